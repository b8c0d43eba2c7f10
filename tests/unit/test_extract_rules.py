"""The extractor's resolution rules of issue #3, each on a short text written for the rule."""

from __future__ import annotations

import datetime as dt

import pytest

from readouts.extract import NOT_A_PAST_DATE, calendar_date, name_after, page_date, weekday_date
from readouts.models import Extraction
from readouts.reference import load_reference
from tests.helpers import extract_text, participants_by_actor


def _read(text: str, language: str, published: dt.date | None = None) -> Extraction:
    return extract_text(text, language, published)


_people = participants_by_actor


def test_an_unknown_leader_named_after_title_and_actor_is_captured_unverified():
    got = _read(
        # Niue's premier is not in the reference (Tonga's and the Cook Islands' prime ministers, used before, now
        # are); pick another office-holder it lacks if he is added
        "Prime Minister Anthony Albanese held a telephone conversation with the Premier of Niue "
        "Dalton Tagelagi on Tuesday. They discussed climate resilience.",
        "en",
        dt.date(2025, 3, 4),
    )
    assert got.outcome == "readout"
    unverified = [p for p in got.participants if not p.verified]
    assert [(p.name, p.actor_code, p.office) for p in unverified] == [("Dalton Tagelagi", "NIU", "prime_minister")]
    assert unverified[0].leader_code.startswith("unverified:")
    assert got.engagement_date == dt.date(2025, 3, 4)


def test_a_name_after_a_title_stops_at_lower_case_words():
    text = "the President of Malawi Lazarus Chakwera on trade"
    assert name_after(text, text.index("Malawi") + len("Malawi"), len(text)) == "Lazarus Chakwera"
    assert name_after("the Prime Minister of Tuvalu said", 28, 33) is None


def test_a_surname_two_leaders_share_means_the_one_in_office_on_the_day():
    text = "Vladimir Putin held talks with President Aliyev in Moscow. The leaders discussed transport."
    assert _people(_read(text, "en", dt.date(2002, 1, 25)))["AZE"] == "Heydar Aliyev"
    assert _people(_read(text, "en", dt.date(2023, 4, 20)))["AZE"] == "Ilham Aliyev"


def test_a_title_resolves_to_the_office_holder_on_the_engagement_date():
    text = "The Federal Chancellor of Germany held a telephone conversation with the President of France on trade."
    assert _people(_read(text, "en", dt.date(2019, 6, 3))) == {"DEU": "Angela Merkel", "FRA": "Emmanuel Macron"}
    assert _people(_read(text, "en", dt.date(2023, 6, 3)))["DEU"] == "Olaf Scholz"


def test_the_head_of_state_alone_is_the_publishing_side():
    text = (
        "ASTANA. KAZINFORM – The Head of State had a telephone conversation with the President of Uzbekistan. "
        "The sides discussed trade."
    )
    assert _people(_read(text, "en", dt.date(2023, 3, 1))) == {
        "KAZ": "Kassym-Jomart Tokayev",
        "UZB": "Shavkat Mirziyoyev",
    }


def test_a_person_merely_mentioned_is_not_a_participant():
    text = (
        "Xi Jinping spoke by phone with Vladimir Putin on 8 February 2024. "
        "They discussed the recent remarks of UN Secretary-General António Guterres."
    )
    got = _read(text, "en")
    assert set(_people(got)) == {"CHN", "RUS"}
    assert "guterres" in got.mentioned_leaders


def test_commentary_roundups_and_announcements_are_not_readouts():
    commentary = _read(
        "Analysis\n\nWhen Emmanuel Macron spoke by phone with Vladimir Putin, critics doubted the calls.",
        "en",
        dt.date(2022, 5, 2),
    )
    assert commentary.outcome == "not_readout" and "commentary" in commentary.reason
    roundup = _read(
        "On Monday Joe Biden spoke by phone with Olaf Scholz. On Tuesday Xi Jinping held talks with Narendra Modi. "
        "On Wednesday Vladimir Putin had a phone call with Recep Tayyip Erdoğan.",
        "en",
        dt.date(2022, 5, 6),
    )
    assert roundup.outcome == "not_readout" and "several engagements" in roundup.reason
    announcement = _read(
        "President Sadyr Japarov will pay a state visit to Türkiye at the invitation of Recep Tayyip Erdoğan.",
        "en",
        dt.date(2024, 11, 1),
    )
    assert announcement.outcome == "not_readout" and "to come" in announcement.reason


def test_a_weekday_is_resolved_against_the_publication_date_in_german():
    got = _read(
        "Bundeskanzler Olaf Scholz hat am Mittwoch mit dem kenianischen Präsidenten William Ruto telefoniert.",
        "de",
        dt.date(2023, 4, 13),
    )
    assert got.engagement_date == dt.date(2023, 4, 12)
    assert set(_people(got)) == {"DEU", "KEN"}


def test_a_vice_president_or_former_president_is_not_the_office_holder():
    got = _read(
        "Vice President of China Han Zheng held talks with the former President of Brazil in Beijing.",
        "en",
        dt.date(2024, 5, 2),
    )
    assert got.outcome == "not_readout"
    assert not got.participants


@pytest.mark.parametrize(
    ("phrase", "language", "published", "expected"),
    [
        ("8. Februar 2023", "de", None, dt.date(2023, 2, 8)),
        ("08.02.2023", "de", None, dt.date(2023, 2, 8)),  # CLDR: day first in German
        ("February 8th, 2023", "en", None, dt.date(2023, 2, 8)),
        ("8th of Feb 2023", "en", None, dt.date(2023, 2, 8)),
        ("2023-02-08", "en", None, dt.date(2023, 2, 8)),  # year first: year, month, day
        ("8 de febrero de 2023", "es", None, dt.date(2023, 2, 8)),
        ("1er février 2023", "fr", None, dt.date(2023, 2, 1)),
        ("8 февраля", "ru", dt.date(2023, 3, 1), dt.date(2023, 2, 8)),  # genitive month name
        ("2023年2月8日", "zh", None, dt.date(2023, 2, 8)),
        ("2月8日", "zh", dt.date(2023, 3, 1), dt.date(2023, 2, 8)),  # CLDR: month first in Chinese
        ("8 Şubat 2023", "tr", None, dt.date(2023, 2, 8)),
        ("令和6年10月2日", "ja", None, dt.date(2024, 10, 2)),  # Japanese era year: Reiwa 6
        ("平成元年1月8日", "ja", None, dt.date(1989, 1, 8)),  # 元年, the era's first year
        ("30 December", "en", dt.date(2024, 1, 2), dt.date(2023, 12, 30)),  # the year before publication
        ("5 January", "en", dt.date(2024, 1, 2), NOT_A_PAST_DATE),  # days after publication: a plan
        ("31 February 2023", "en", None, None),  # no such day
        ("8 February", "en", None, None),  # no year and nothing to anchor one
        ("on Wednesday", "en", dt.date(2023, 2, 8), None),  # dateparser's business
    ],
)
def test_calendar_dates_are_read_with_cldr_month_names_and_order(
    phrase: str, language: str, published: dt.date | None, expected: dt.date | None
):
    profile = load_reference().languages[language]
    assert calendar_date(phrase, profile, published) == expected


def test_a_day_and_month_after_publication_is_not_the_engagement_date():
    got = _read(
        "Президент Казахстана Касым-Жомарт Токаев 7 июля провёл телефонный разговор с Президентом России "
        "Владимиром Путиным.",
        "ru",
        dt.date(2023, 5, 23),
    )
    assert got.outcome == "readout"
    assert got.engagement_date == dt.date(2023, 5, 23)  # the publication date, not 7 July 2022


@pytest.mark.parametrize(
    ("phrase", "language", "expected"),
    [
        ("Wednesday", "en", dt.date(2023, 4, 12)),  # published on Thursday 13 April 2023
        ("on Thursday", "en", dt.date(2023, 4, 13)),  # the weekday of publication: that very day
        ("am Freitag", "de", dt.date(2023, 4, 7)),
        ("el lunes", "es", dt.date(2023, 4, 10)),
        ("во вторник", "ru", dt.date(2023, 4, 11)),
        ("星期三", "zh", dt.date(2023, 4, 12)),
        ("В среду", "ru", None),  # accusative, not a CLDR form: left to dateparser
        ("next Friday", "en", None),  # more than a preposition before it: left to dateparser
    ],
)
def test_weekdays_are_read_with_cldr_names_against_the_publication_date(
    phrase: str, language: str, expected: dt.date | None
):
    profile = load_reference().languages[language]
    assert weekday_date(phrase, profile, dt.date(2023, 4, 13)) == expected


def test_a_date_line_above_the_report_is_the_publication_date_when_metadata_has_none():
    ref = load_reference()
    head = "Accueil\nActivités\n\n06/06/2023\n\nLe Président reçoit la Présidente du Conseil"
    assert page_date(head, ref.languages["fr"]) == dt.date(2023, 6, 6)  # CLDR: day first in French
    assert page_date("首页 > 外交动态\n2024-06-07 20:15 来源：新华社\n", ref.languages["zh"]) == dt.date(2024, 6, 7)
    assert page_date("Posted On: 04 JUN 2020 6:10PM by PIB Delhi", ref.languages["en"]) == dt.date(2020, 6, 4)
    assert (
        page_date(
            "Trade reached US$5 billion in 2023 according to statistics of 12.03.2023 and more text",
            ref.languages["en"],
        )
        is None
    )
    got = _read(
        "06/06/2023\n\nLe Président de la République Kaïs Saïed a reçu mardi la Présidente du Conseil des "
        "ministres italien Giorgia Meloni au Palais de Carthage.",
        "fr",
    )
    assert got.engagement_date == dt.date(2023, 6, 6)  # "mardi": the Tuesday of that page date


def test_an_initiator_named_by_a_part_of_a_participants_name():
    got = _read(
        "President Samia Suluhu Hassan of Tanzania held talks with President Filipe Nyusi of Mozambique at "
        "State House on Monday. President Nyusi is in the country for a state visit at the invitation of Dr Samia.",
        "en",
        dt.date(2022, 5, 10),
    )
    assert set(_people(got)) == {"TZA", "MOZ"}
    assert got.initiator_code == "TZA"


def test_commentary_marked_at_the_head_of_the_title_is_not_a_readout():
    got = extract_text(
        "Le président Emmanuel Macron s'est entretenu par téléphone avec le chancelier Olaf Scholz lundi.",
        "fr",
        dt.date(2023, 3, 8),
        title="Analyse - Les entretiens téléphoniques de l'Élysée",
    )
    assert got.outcome == "not_readout" and "commentary" in got.reason


def test_the_latter_in_an_initiator_phrase_is_the_participant_named_last():
    got = _read(
        "El presidente del Gobierno, Pedro Sánchez, mantuvo ayer una conversación telefónica con la primera "
        "ministra de Italia, Giorgia Meloni, a petición de esta.",
        "es",
        dt.date(2024, 2, 22),
    )
    assert set(_people(got)) == {"ESP", "ITA"} and got.initiator_code == "ITA"


def test_page_dates_in_a_top_bar_or_a_footer_and_numeric_dates_in_the_order_they_allow():
    ref = load_reference()
    assert page_date("Martes 14 de mayo de 2024 | Buenos Aires 14°C | Dólar BNA $ 890,00", ref.languages["es"]) == (
        dt.date(2024, 5, 14)
    )
    assert page_date("27/01/2025", ref.languages["en"]) == dt.date(2025, 1, 27)  # month first cannot be 27
    got = _read(
        "Le président Emmanuel Macron s'est entretenu hier par téléphone avec le chancelier Olaf Scholz.\n\n"
        "Publié le 12/04/2023",
        "fr",
    )
    assert got.engagement_date == dt.date(2023, 4, 11)  # "hier" against the footer's date


def test_a_date_that_ends_the_headline_is_the_publication_date():
    got = extract_text(
        "Bundespräsident Alexander Van der Bellen hat am Vorabend den finnischen Staatspräsidenten Sauli Niinistö "
        "in der Wiener Hofburg empfangen.",
        "de",
        None,
        title="Van der Bellen empfing Niinistö zu Arbeitsbesuch – 13.06.2018",
    )
    assert got.engagement_date == dt.date(2018, 6, 12)  # "am Vorabend" of the headline's date


def test_a_date_line_taken_for_the_title_or_below_a_repeated_heading_is_the_publication_date():
    ref = load_reference()
    assert page_date(
        "Publicado em 21/11/2023 - 19:40 Por Repórter da Agência Brasil - Brasília", ref.languages["pt"]
    ) == (dt.date(2023, 11, 21))
    got = extract_text(
        "Le Président Alassane Ouattara s'entretient au téléphone avec le Président Macky Sall\n\n"
        "Publié le mercredi 12 janvier 2022\n\n"
        "Le Président de la République, S.E.M. Alassane Ouattara, a reçu mardi un appel téléphonique de son "
        "homologue sénégalais, S.E.M. Macky Sall.",
        "fr",
        None,
        title="Le Président Alassane Ouattara s'entretient au téléphone avec le Président Macky Sall - Présidence",
    )
    assert got.engagement_date == dt.date(2022, 1, 11)  # "mardi" before the date under the repeated heading


def test_abbreviated_honorifics_before_an_unverified_name_are_skipped():
    text = "the Prime Minister of Tuvalu, H.E. Mr. Feleti Teo, said"
    start = text.index(",")
    assert name_after(text, start, len(text)) == "Feleti Teo"


def test_a_government_named_after_leaders_is_no_participant():
    # the Vice President is no leader; "the Biden-Harris Administration" names a government, not Biden
    got = extract_text(
        "Vice President Kamala Harris spoke today with Prime Minister Mark Rutte of the Netherlands and thanked "
        "him for his work with the Biden-Harris\nAdministration on energy security.",
        "en",
        dt.date(2023, 3, 2),
        url="https://www.whitehouse.gov/briefing-room/statements-releases/2023/03/02/readout/",
    )
    assert got.outcome == "not_readout"
    assert "USA" not in participants_by_actor(got)


def test_a_medium_word_of_an_engagement_to_come_does_not_type_the_one_reported():
    got = extract_text(
        "The President and Prime Minister Fumio Kishida of Japan spoke today about the floods. They agreed to take "
        "up relief again at the upcoming virtual meeting of Quad partners.",
        "en",
        dt.date(2023, 3, 2),
        title="Readout of President Biden's Call with Prime Minister Kishida of Japan",
        url="https://www.whitehouse.gov/briefing-room/statements-releases/2023/03/02/readout/",
    )
    assert got.outcome == "readout"
    assert got.engagement_type == "phone_call"


def test_a_lone_host_saying_it_is_an_honor_to_have_a_guest_leader_met_him():
    got = extract_text(
        "Cabinet Room\n\n11:05 A.M. EDT\n\n"
        "PRESIDENT TRUMP:  Thank you.  It's an honor to have the Prime Minister of Norway with us today.  "
        "We will talk about energy and about defense.  Thank you very much.\n\nEND 11:07 A.M. EDT",
        "en",
        dt.date(2019, 3, 4),
        url="https://trumpwhitehouse.archives.gov/briefings-statements/remarks-before-bilateral-meeting/",
    )
    assert got.outcome == "readout"
    assert got.engagement_type == "meeting"
    assert set(participants_by_actor(got)) == {"USA", "NOR"}


def test_a_joint_statement_that_reports_no_engagement_is_no_readout():
    got = extract_text(
        "We are united in our support for clean energy. The United States and Japan intend to expand their "
        "cooperation on critical minerals and to keep markets open.",
        "en",
        dt.date(2023, 5, 2),
        title="Joint Statement by President Biden and Prime Minister Kishida",
        url="https://www.whitehouse.gov/briefing-room/statements-releases/2023/05/02/joint-statement/",
    )
    assert got.outcome == "not_readout"


def test_a_no_break_space_inside_a_name_in_the_title_still_names_the_leader():
    got = extract_text(
        "President Biden spoke by phone today about energy security and support for Ukraine.",
        "en",
        dt.date(2023, 5, 2),
        title="Readout of President Biden\u2019s Call with President von der\u00a0Leyen",
        url="https://www.whitehouse.gov/briefing-room/statements-releases/2023/05/02/readout/",
    )
    assert got.outcome == "readout"
    assert set(participants_by_actor(got)) == {"USA", "EU"}


def test_a_leader_said_to_be_also_in_attendance_took_part():
    got = extract_text(
        "President Biden spoke today with President Gitanas Nauseda of Lithuania by secure video about energy. "
        "The President also thanked European Council President Charles Michel, who was also in attendance, "
        "for his support.",
        "en",
        dt.date(2022, 4, 5),
        url="https://www.whitehouse.gov/briefing-room/statements-releases/2022/04/05/readout/",
    )
    assert got.outcome == "readout"
    assert set(participants_by_actor(got)) == {"USA", "LTU", "EU"}


def test_a_leaders_call_named_in_the_title_is_a_call_of_the_leaders_listed():
    got = extract_text(
        "Today the leaders – Prime Minister Anthony Albanese of Australia, Prime Minister Rishi Sunak of the "
        "United Kingdom, and President Joe Biden of the United States – convened to review progress on "
        "submarines and advanced capabilities.",
        "en",
        dt.date(2023, 2, 7),
        title="Joint Readout of AUKUS Leaders’ Call",
        url="https://www.whitehouse.gov/briefing-room/statements-releases/2023/02/07/joint-readout/",
    )
    assert got.outcome == "readout"
    assert got.engagement_type == "phone_call"
    assert set(participants_by_actor(got)) == {"AUS", "GBR", "USA"}


def test_an_audience_with_the_pope_is_a_meeting_with_a_leader():
    got = extract_text(
        "President Obama had an audience with Pope Benedict XVI at the Vatican today and thanked him for his "
        "work against poverty.",
        "en",
        dt.date(2009, 7, 10),
        url="https://www.whitehouse.gov/the-press-office/2009/07/10/readout/",
    )
    assert got.outcome == "readout"
    assert got.engagement_type == "meeting"
    assert participants_by_actor(got) == {"USA": "Barack Obama", "VAT": "Pope Benedict XVI"}


def test_the_bare_title_calling_on_the_publishers_page_is_its_own_leader_placing_the_call():
    got = extract_text(
        "The President called President Jacques Chirac of France this morning to talk about the Middle East.",
        "en",
        dt.date(2002, 4, 3),
        url="https://georgewbush-whitehouse.archives.gov/news/releases/2002/04/20020403-9.html",
    )
    assert got.outcome == "readout"
    assert set(participants_by_actor(got)) == {"USA", "FRA"}
    assert got.initiator_code == "USA"


def test_a_meeting_with_the_time_of_day_before_its_object_is_a_meeting():
    got = extract_text(
        "President Obama joined the Secretary of State's meeting this afternoon with Prime Minister Najib Razak "
        "of Malaysia to discuss trade.",
        "en",
        dt.date(2014, 4, 28),
        url="https://obamawhitehouse.archives.gov/the-press-office/2014/04/28/readout",
    )
    assert got.outcome == "readout"
    assert got.engagement_type == "meeting"
    assert set(participants_by_actor(got)) == {"USA", "MYS"}
