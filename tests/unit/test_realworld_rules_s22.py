"""Session 22: rules driven by real pages (the corpus's dev split and closed-licence probes kept in notes) -- each
case here is the project's own text of the shape that failed."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from readouts.config import load_settings
from readouts.extract.text import scan
from readouts.reference import ReferenceDataError, load_reference
from tests.helpers import extract_text, participants_by_actor

_TW = "https://www.president.gov.tw/NEWS/99999"


def test_bilateral_after_a_name_the_reference_lacks_ends_the_name():
    """A bilateral meeting ("雙邊會晤") named right after the guest: 雙邊 is no part of the name."""
    text = "總統與吐瓦魯總理賈拉雙邊會晤\n\n賴清德總統今（5）日上午與吐瓦魯總理賈拉雙邊會晤，雙方就氣候變遷交換意見。"
    result = extract_text(text, "zh", dt.date(2025, 3, 5), url=_TW)
    assert result.outcome == "readout"
    names = [p.name for p in result.participants if p.actor_code == "TUV"]
    assert "贾拉" in names and not any("双边" in name for name in names)
    assert set(participants_by_actor(result)) == {"TUV", "TWN"}


def test_a_headline_ending_with_a_leaders_initials_is_no_sentence_and_its_lead_plans_a_meeting():
    """The title's full stop ends "Marcos Jr.": the title is a headline, and the body's first cue sentence
    (a meeting the President "will host") says the engagement is still to come."""
    title = (
        "Statement from the Press Secretary on the Bilateral Meeting Between President Joe Biden and "
        "Philippine President Ferdinand R. Marcos Jr."
    )
    text = (
        "Next month, President Joe Biden will host Philippine President Ferdinand R. Marcos Jr. for a bilateral "
        "meeting at the White House. The leaders will discuss the alliance and regional security."
    )
    result = extract_text(text, "en", dt.date(2023, 4, 20), title=title)
    assert result.outcome == "not_readout"
    assert "to come" in (result.reason or "")


def test_a_meeting_of_other_leaders_this_year_told_in_remarks_is_a_recall():
    """The President receives a commission's delegation (no leader); his remarks recall a meeting of two
    other leaders "今年6月" (in June this year): no engagement of leaders is reported."""
    text = (
        "總統接見美國「經濟暨安全檢討委員會」訪華團\n102年07月16日\n\n"
        "馬英九總統下午接見美國「經濟暨安全檢討委員會」訪華團時表示，希望能持續深化臺美關係。"
        "總統說，美國歐巴馬總統今年6月與中國大陸領導人習近平會晤時，也曾表示強烈支持兩岸關係發展。"
    )
    result = extract_text(text, "zh", dt.date(2013, 7, 16), url=_TW)
    assert result.outcome == "not_readout"


def test_takaichi_named_by_her_surname_in_kanji():
    """Her surname alone ("高市総理大臣" on MOFA's pages, like "岸田" and "石破"): the Prime Minister of
    Japan, not the visited state's ("マレーシアを訪問中の高市内閣総理大臣")."""
    text = (
        "10月26日、ASEAN関連首脳会議に出席するためマレーシアを訪問中の高市内閣総理大臣は、"
        "フェルディナンド・マルコス・フィリピン共和国大統領と首脳会談を行いました。"
    )
    result = extract_text(text, "ja", dt.date(2025, 10, 26))
    assert participants_by_actor(result) == {"JPN": "Sanae Takaichi", "PHL": "Ferdinand Marcos Jr."}


def test_a_leader_of_the_meeting_ahead_is_a_mention_es():
    """Before the planned meeting ("antes de la reunión prevista con ..."): its leader is no participant
    of the call, as after "ahead of" in English."""
    text = (
        "El presidente Donald Trump sostuvo este domingo una conversación telefónica con el presidente de Rusia, "
        "Vladimir Putin, pocas horas antes de la reunión prevista con el mandatario ucraniano, Volodímir Zelensky."
    )
    result = extract_text(text, "es", dt.date(2025, 12, 28))
    assert set(participants_by_actor(result)) == {"RUS", "USA"}


def test_one_leader_briefing_another_on_the_content_of_his_call_with_a_third_is_no_second_call():
    """Explaining "the content of his call with Xi" (说明了他同习近平电话会谈的内容): the call with Xi is what was
    said on the reported call, not a call of three states."""
    text = (
        "首相高市早苗於25日與美國總統川普進行了電話會談，討論了與中國的關係。\n\n"
        "在約25分鐘的通話中，雙方就強化同盟關係交換了意見。"
        "川普向高市首相說明了他在美東時間24日與中國國家主席習近平電話會談的內容。"
    )
    result = extract_text(text, "zh", dt.date(2025, 11, 25))
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"JPN", "USA"}


@pytest.mark.parametrize(
    ("language", "text", "caller"),
    [
        # a headline's present tense
        ("en", "Netanyahu calls Biden to thank him for his support\n\nThe two leaders spoke by phone.", "ISR"),
        # a day between the verb and the medium
        (
            "es",
            "El presidente Donald Trump llamó ayer miércoles por teléfono a su homólogo argentino Mauricio Macri.",
            "USA",
        ),
        # a day between the call and its caller ({when} before the slot)
        (
            "en",
            "President Joe Biden received a phone call on Monday from Prime Minister Justin Trudeau of Canada.",
            "CAN",
        ),
    ],
    ids=["en-calls", "es-llamo-ayer-miercoles", "en-received-on-monday-from"],
)
def test_the_caller_is_the_initiator(language, text, caller):
    result = extract_text(text, language, dt.date(2019, 4, 18) if language != "en" else dt.date(2023, 10, 11))
    assert result.outcome == "readout"
    assert result.initiator_code == caller


def test_a_governor_abbreviated_gov_is_no_leader():
    text = (
        "California Gov. Gavin Newsom had a surprise meeting with China's leader Xi Jinping in Beijing on Wednesday "
        "after being warmly welcomed by other senior leaders.\nThe Xi-Newsom meeting signals that Xi is likely to "
        "attend the summit in San Francisco in November, which will bring President Joe Biden to the city."
    )
    assert extract_text(text, "en", dt.date(2023, 10, 25)).outcome == "not_readout"


def test_a_phrase_opening_on_a_mark_is_found_right_after_a_word():
    """A spouse named as "Zelensky's wife" is no leader: a phrase that opens on an apostrophe ("'s wife") is found
    right after a word (it was taken for the inside of one)."""
    result = extract_text(
        "President Joe Biden meets with Zelensky's wife at the White House.", "en", dt.date(2022, 7, 19)
    )
    assert result.outcome == "not_readout"


@pytest.mark.parametrize(
    "text",
    [
        "A first meeting between President Donald Trump and North Korean leader Kim Jong Un will take place in "
        "Singapore on June 12.",
        "The spokesman confirmed that a telephone conversation between Vladimir Putin and Donald Trump is scheduled "
        "for Tuesday.",
    ],
    ids=["will-take-place", "is-scheduled-for"],
)
def test_an_engagement_its_own_clause_puts_in_the_future_is_to_come(text):
    result = extract_text(text, "en", dt.date(2018, 5, 11) if "Kim" in text else dt.date(2025, 3, 17))
    assert result.outcome == "not_readout"
    assert "to come" in (result.reason or "")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "La reunión entre Pedro Sánchez y Emmanuel Macron tendrá lugar el martes en París."),
        ("fr", "La rencontre entre Emmanuel Macron et Olaf Scholz aura lieu mardi à Berlin."),
        ("pt", "O encontro entre Lula e Joe Biden será realizado na sexta-feira em Washington."),
    ],
    ids=["es", "fr", "pt"],
)
def test_an_engagement_its_own_clause_puts_in_the_future_is_to_come_in_other_languages(language, text):
    result = extract_text(text, language, dt.date(2023, 7, 3))
    assert result.outcome == "not_readout"


def test_the_leads_initiator_phrase_comes_before_a_later_recall():
    """The lead's caller ("called up") is the initiator, not the caller of an earlier call a later sentence
    recalls ("when Obama telephoned Putin"), whatever order the language file lists the phrases in."""
    text = (
        "Russian President Vladimir Putin called up US President Barack Obama to discuss the Iran nuclear talks, "
        "the White House said.\n\nThe two leaders had not spoken since February, when Obama telephoned Putin."
    )
    result = extract_text(text, "en", dt.date(2015, 6, 25))
    assert result.initiator_code == "RUS"


@pytest.mark.parametrize(
    "text",
    [
        "Melania Trump met President Emmanuel Macron at the Elysee Palace on Sunday.",
        "President Joe Biden welcomed Olena Zelenska, spouse of Ukraine's President Volodymyr Zelenskyy, at the "
        "White House on Tuesday.",
    ],
    ids=["a-namesake-of-reference-namesakes", "spouse-of"],
)
def test_a_leaders_relative_is_no_leader(text):
    assert extract_text(text, "en", dt.date(2018, 7, 19) if "Melania" in text else dt.date(2022, 7, 19)).outcome == (
        "not_readout"
    )


def test_a_namesake_of_no_leader_is_refused_with_the_file_named(tmp_path):

    include = load_settings().include_dir
    for folder in ("reference", "languages"):
        shutil.copytree(include / folder, tmp_path / folder)
    with (tmp_path / "reference" / "namesakes.yaml").open("a", encoding="utf-8") as out:
        out.write("- {of: no-such-leader, names: [Nobody Trump]}\n")
    with pytest.raises(ReferenceDataError, match="namesakes.yaml: 'no-such-leader' is no leader id"):
        load_reference(tmp_path)


def test_a_telephone_marathon_is_several_calls():
    text = (
        "From the very morning I continued the telephone marathon for a positive decision on our candidacy. "
        "Eleven leaders today. I spoke with President Maia Sandu. Fruitful conversation with Prime Minister Petr Fiala."
    )
    result = extract_text(text, "en", dt.date(2022, 6, 23), title="Address by the President of Ukraine")
    assert result.outcome == "not_readout"
    assert "several" in (result.reason or "")


def test_gov_uk_in_a_title_is_no_governor():
    """A governor's "Gov." is a word of its own: "GOV.UK" names none (a phrase that ends on a mark still needs no
    letter right after it)."""

    text = "PM call with President Zelenskyy: 28 February 2022 - GOV.UK\n\nCalifornia Gov. Gavin Newsom"
    governors = [text[h.start : h.end] for h in scan(text, load_reference(), "en") if h.entry.value == "gov."]
    assert governors == ["Gov."]


def test_phone_conversations_with_two_leaders_are_several_calls():
    text = (
        "President Donald Trump also had phone conversations with Japanese Prime Minister Shinzo Abe and Australian "
        "Prime Minister Malcolm Turnbull on Saturday."
    )
    result = extract_text(text, "en", dt.date(2017, 1, 29))
    assert result.outcome == "not_readout"
    assert "several" in (result.reason or "")


@pytest.mark.parametrize(
    ("text", "day", "title"),
    [
        # a guest's gratitude for "this invitation" (not only "the invitation")
        (
            "Prime Minister Shinzo Abe held a summit meeting with President Mauricio Macri of Argentina in Tokyo. "
            "President Macri expressed his gratitude for this invitation to Japan, and the two leaders discussed "
            "trade and investment.",
            dt.date(2017, 5, 19),
            "Japan-Argentina Summit Meeting",
        ),
        # a host's label run into the text after a section mark (a transcript whose line breaks were lost)
        (
            "Vladimir Putin met with President of Tajikistan Emomali Rahmon in St Petersburg. * * * President of "
            "Russia Vladimir Putin: Mr Rahmon, thank you for accepting our invitation and for coming. We have much "
            "to discuss. President of Tajikistan Emomali Rahmon: Thank you, Mr President.",
            dt.date(2021, 12, 27),
            "Meeting with President of Tajikistan",
        ),
    ],
    ids=["guest-gratitude-for-this-invitation", "host-label-run-into-the-text"],
)
def test_the_inviting_host_is_the_initiator(text, day, title):
    result = extract_text(text, "en", day, title=title)
    assert result.outcome == "readout"
    assert result.initiator_code == ("JPN" if "Abe" in text else "RUS")


def test_an_aside_said_on_many_occasions_counts_no_engagements():
    """ "As the Chancellor has said on many occasions" counts no engagements: a count of times does only in a
    sentence with an engagement cue ("I have met him many times")."""
    text = (
        "As the Chancellor has said on many occasions, the pipeline is a commercial project. Chancellor Olaf Scholz "
        "held talks with President Vladimir Putin in the Kremlin today."
    )
    result = extract_text(text, "en", dt.date(2022, 2, 15))
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"DEU", "RUS"}


def test_a_sides_initiatives_are_no_initiative_of_the_engagement():
    """ "Russia's initiatives and proposals" do not match "on Russia's initiative": an initiator phrase ending in a
    letter ends at a word's end."""
    text = (
        "Chancellor Olaf Scholz held talks with President Vladimir Putin in the Kremlin today. They exchanged views "
        "on the situation with Russia's initiatives and proposals on security guarantees."
    )
    assert extract_text(text, "en", dt.date(2022, 2, 15)).initiator_code is None
