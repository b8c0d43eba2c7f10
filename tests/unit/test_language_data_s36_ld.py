"""Session 36, group lD: Russian, Ukrainian and Chinese language data ported from the English-tuned keys (each case
here is a sentence of its own in the official wording of kremlin.ru, president.gov.ua and Chinese releases; the guards
beside them hold what must stay a readout)."""

from __future__ import annotations

import datetime as dt

from tests.helpers import extract_text, participants_by_actor

PRESIDENT_UA = "https://www.president.gov.ua/news/rozmova-prezidenta-ukrayini-12345"
KREMLIN = "http://kremlin.ru/events/president/news/12345"
XINHUA = "http://www.news.cn/politics/leaders/2024-05/05/c_1.htm"

SEVERAL = "reports several engagements (a roundup or an essay), not one"


def test_uk_caller_named_before_a_relative_clause_initiated_the_call():
    """ "Прем'єр-міністрові ..., який зателефонував Президенту України, Глава держави подякував": the one who called is
    named (in the dative) before "який зателефонував", the called side after it."""
    result = extract_text(
        "Прем'єр-міністрові Японії Фуміо Кісіді, який зателефонував Президенту України Володимиру Зеленському, Глава "
        "держави подякував за нові пакети допомоги. Сторони обговорили відновлення енергетики.",
        "uk",
        dt.date(2023, 3, 2),
        url=PRESIDENT_UA,
    )
    assert result.outcome == "readout"
    assert result.engagement_type == "phone_call"
    assert result.initiator_code == "JPN"


def test_uk_headline_with_the_called_president_in_the_dative_names_the_caller_after_the_verb():
    """ "Президенту України зателефонував Прем'єр-міністр Японії": the dative title before the verb is the called
    side."""
    result = extract_text(
        "Президент України Володимир Зеленський провів телефонну розмову з Прем'єр-міністром Японії Фуміо Кісідою. "
        "Сторони обговорили підготовку до конференції з відновлення.",
        "uk",
        dt.date(2023, 3, 2),
        title="Президенту України зателефонував Прем'єр-міністр Японії",
        url=PRESIDENT_UA,
    )
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"JPN", "UKR"}
    assert result.initiator_code == "JPN"


def test_ru_headline_with_the_called_president_in_the_dative_names_the_caller_after_the_verb():
    """ "Президенту России позвонил Федеральный канцлер Германии": the caller follows the verb."""
    result = extract_text(
        "Состоялся телефонный разговор Владимира Путина с Федеральным канцлером Германии Олафом Шольцем. "
        "Обсуждались вопросы поставок газа.",
        "ru",
        dt.date(2022, 5, 13),
        title="Президенту России позвонил Федеральный канцлер Германии",
        url=KREMLIN,
    )
    assert result.outcome == "readout"
    assert result.initiator_code == "DEU"


def test_ru_caller_named_before_a_relative_clause_initiated_the_call():
    """ "Канцлер ..., который позвонил Президенту России, ...": the one who called, before "который позвонил"."""
    result = extract_text(
        "Федеральный канцлер Германии Олаф Шольц, который позвонил Президенту России Владимиру Путину, выразил "
        "обеспокоенность положением дел. Обсуждались вопросы поставок газа.",
        "ru",
        dt.date(2022, 5, 13),
        url=KREMLIN,
    )
    assert result.outcome == "readout"
    assert result.initiator_code == "DEU"


def test_uk_eve_of_an_anniversary_is_no_day_before_publication():
    """ "напередодні річниці" is the eve of an anniversary: the meeting is of the page's own day."""
    result = extract_text(
        "Президент України Володимир Зеленський зустрівся у Києві з Прем'єр-міністром Італії Джорджею Мелоні, яка "
        "прибула напередодні річниці повномасштабного вторгнення. Сторони обговорили оборонну допомогу.",
        "uk",
        dt.date(2023, 2, 21),
        url=PRESIDENT_UA,
    )
    assert result.outcome == "readout"
    assert result.engagement_date == dt.date(2023, 2, 21)


def test_uk_eve_of_a_meeting_still_dates_the_day_before():
    """Guard: "напередодні зустрічі" (on the eve of the meeting) keeps its day before."""
    result = extract_text(
        "Президент України провів телефонну розмову з Президентом Франції Емманюелем Макроном. Лідери скоординували "
        "позиції напередодні зустрічі у Парижі.",
        "uk",
        dt.date(2023, 2, 21),
        url=PRESIDENT_UA,
    )
    assert result.outcome == "readout"
    assert result.engagement_date == dt.date(2023, 2, 20)


def test_uk_several_times_in_the_lead_is_no_one_engagement():
    """ "неодноразово зустрічався" in the first cue sentence: many meetings, not one reported."""
    result = extract_text(
        "Президент України Володимир Зеленський неодноразово зустрічався з Президентом Польщі Анджеєм Дудою, і ці "
        "зустрічі зміцнили партнерство двох держав. Польща залишається надійним союзником.",
        "uk",
        dt.date(2023, 4, 5),
        url=PRESIDENT_UA,
    )
    assert result.outcome == "not_readout"
    assert result.reason == SEVERAL


def test_ru_several_times_in_the_lead_is_no_one_engagement():
    """ "неоднократно проводил переговоры" in the first cue sentence: many meetings, not one reported."""
    result = extract_text(
        "Президент России Владимир Путин неоднократно проводил переговоры с Президентом Казахстана Касым-Жомартом "
        "Токаевым, обсуждая вопросы интеграции. Казахстан остаётся ключевым партнёром.",
        "ru",
        dt.date(2023, 4, 5),
        url=KREMLIN,
    )
    assert result.outcome == "not_readout"
    assert result.reason == SEVERAL


def test_uk_received_a_decision_is_no_meeting():
    """ "прийняв рішення" (took a decision) names no meeting: "прийняв" needs a person after it."""
    result = extract_text(
        "Президент України Володимир Зеленський прийняв рішення щодо продовження підтримки енергетичної ініціативи, "
        "яку висунув Президент Франції Емманюель Макрон.",
        "uk",
        dt.date(2023, 4, 5),
        url=PRESIDENT_UA,
    )
    assert result.outcome == "not_readout"
    assert result.reason == "no engagement (call, video conference or meeting) is reported"


def test_uk_received_a_president_is_a_meeting():
    """Guard: "прийняв Президента Польщі" is a meeting."""
    result = extract_text(
        "Президент України Володимир Зеленський прийняв Президента Польщі Анджея Дуду. Сторони обговорили "
        "оборонну співпрацю.",
        "uk",
        dt.date(2023, 4, 5),
        url=PRESIDENT_UA,
    )
    assert result.outcome == "readout"
    assert result.engagement_type == "meeting"
    assert set(participants_by_actor(result)) == {"POL", "UKR"}


def test_ru_condolences_title_reports_no_meeting():
    """A title of condolences on a death ("Соболезнования в связи с кончиной ..."): the meetings recalled are no
    report."""
    result = extract_text(
        "Владимир Путин выразил глубокие соболезнования. Президент России вспомнил свою встречу с Президентом "
        "Алжира Абдельазизом Бутефликой, прошедшую в Москве.",
        "ru",
        dt.date(2021, 9, 18),
        title="Соболезнования в связи с кончиной Абдельазиза Бутефлики",
        url=KREMLIN,
    )
    assert result.outcome == "not_readout"
    assert result.reason == "a statement or condolences on a death, not an engagement"


def test_zh_condolence_title_on_a_death_reports_no_meeting():
    """A title mourning a death ("悼念……逝世"): the meeting its words recall is no report."""
    result = extract_text(
        "习近平表示，我同阿尔及利亚总统布特弗利卡在北京举行会谈时结下深厚友谊。",
        "zh",
        dt.date(2021, 9, 18),
        title="习近平悼念阿尔及利亚前总统布特弗利卡逝世",
        url=XINHUA,
    )
    assert result.outcome == "not_readout"
    assert result.reason == "a statement or condolences on a death, not an engagement"


def test_zh_many_meetings_said_in_the_lead_is_no_one_engagement():
    """ "两人曾多次会晤" before any engagement is reported: several meetings recalled, not one."""
    result = extract_text(
        "习近平同普京曾多次会晤，两国关系处于历史最好时期。中俄全面战略协作伙伴关系不断深化。",
        "zh",
        dt.date(2023, 4, 5),
        url=XINHUA,
    )
    assert result.outcome == "not_readout"
    assert result.reason == SEVERAL


def test_zh_many_calls_after_the_reported_call_keeps_the_readout():
    """Guard: "多次通话" after the cue sentence naming both sides is an aside of the call reported."""
    result = extract_text(
        "国家主席习近平同法国总统马克龙通电话。习近平指出，去年以来我同总统先生多次通话，保持密切沟通。",
        "zh",
        dt.date(2023, 4, 5),
        url=XINHUA,
    )
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"CHN", "FRA"}
