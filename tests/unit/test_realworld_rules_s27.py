"""Session 27: rules driven by fresh official pages (first scored at sight, then added to the real-world corpus's
dev split) -- each case here is the project's own text of the shape that failed."""

from __future__ import annotations

import datetime as dt

import pytest

from readouts.extract.text import split_sentences
from readouts.reference import load_reference
from tests.helpers import extract_text, participants_by_actor


def test_a_request_for_what_a_leader_told_names_no_initiator():
    """ "At the Prime Minister's request, X told him about ...": the request was for the briefing, not the call
    (``request_matter_verbs``: told, gave an assessment)."""
    for sentence in (
        "At the Prime Minister's request, Vladimir Putin told him about the Russian proposals on security guarantees.",
        "Vladimir Putin, at the request of the Indian Prime Minister, gave an assessment of the negotiations.",
    ):
        result = extract_text(
            "Vladimir Putin had a telephone conversation with Prime Minister of India Narendra Modi. " + sentence,
            "en",
            dt.date(2022, 3, 7),
        )
        assert result.outcome == "readout"
        assert result.initiator_code is None, sentence


def test_a_visit_to_come_the_leaders_discussed_leaves_the_call_reported():
    """A to-come word in the lead after "discussed ... preparations for" is a topic of the call under the heading,
    not a plan instead of it (``to_come_topic_words``)."""
    result = extract_text(
        "The leaders discussed current issues on the bilateral agenda, including preparations for the forthcoming "
        "visit by the Prime Minister of Armenia to Russia.",
        "en",
        dt.date(2022, 4, 9),
        title="Telephone conversation with Prime Minister of Armenia Nikol Pashinyan",
        url="http://en.kremlin.ru/events/president/news/1",
    )
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"ARM", "RUS"}
    assert result.engagement_date == dt.date(2022, 4, 9)


def test_a_plan_with_no_topic_word_before_it_is_still_announced():
    """The same heading over a lead whose to-come word no topic word precedes: the lead announces the visit."""
    result = extract_text(
        "The forthcoming visit by the Prime Minister of Armenia to Russia will take place next week.",
        "en",
        dt.date(2022, 4, 9),
        title="Telephone conversation with Prime Minister of Armenia Nikol Pashinyan",
        url="http://en.kremlin.ru/events/president/news/1",
    )
    assert result.outcome == "not_readout"
    assert result.reason == "announces an engagement to come, not one that took place"


def test_a_day_after_its_month_ends_a_sentence_at_its_dot():
    """ "on April 6. In this connection": the dot after a day written after its month ends the sentence
    (``months_before_day``); a dot after a number before a month is an ordinal's ("am 6. April")."""
    ref = load_reference()
    english = "He spoke of his talks in Brussels on April 6. In this connection, the leaders agreed."
    assert len(split_sentences(english, ref)) == 2
    german = "Die Präsidenten trafen sich am 6. April in Brüssel."
    assert len(split_sentences(german, ref)) == 1


def test_dates_of_recalled_agreements_after_a_day_make_no_roundup():
    """Three days in what was one run-on sentence ("on April 6. In this connection ... of November 9, 2020, January 11
    and November 26, 2021") no longer read as several engagements of the call."""
    result = extract_text(
        "Nikol Pashinyan informed Mr Putin about his talks with President of Azerbaijan Ilham Aliyev in Brussels on "
        "April 6. In this connection, the leaders reaffirmed the importance of the agreements of November 9, 2020, "
        "January 11 and November 26, 2021.",
        "en",
        dt.date(2022, 4, 9),
        title="Telephone conversation with Prime Minister of Armenia Nikol Pashinyan",
        url="http://en.kremlin.ru/events/president/news/1",
    )
    assert result.outcome == "readout"
    assert result.engagement_type == "phone_call"
    assert result.engagement_date == dt.date(2022, 4, 9)


def test_a_response_met_with_is_no_meeting():
    """ "it would be met with severe and coordinated economic response": the passive of "meet with" meets no one
    (``cue_free_phrases``)."""
    result = extract_text(
        "I've been absolutely clear with President Putin. If Russian units move across the border, it would be met "
        "with a severe and coordinated economic response.",
        "en",
        dt.date(2022, 1, 20),
        title="Remarks by President Biden on infrastructure",
    )
    assert result.outcome == "not_readout"


def test_a_headline_meeting_with_no_leader_is_no_engagement():
    """ "Meeting with Director General of ... Corporation Boris Obnosov": the headline's object names no leader, no
    leader's title and no state, so a leader the transcript mentions later is no counterpart."""
    result = extract_text(
        "Vladimir Putin: Your corporation is marking its 20th anniversary. Boris Obnosov: Exactly. We showed the "
        "exhibit two years ago, together with President Erdogan of Turkey.",
        "en",
        dt.date(2022, 1, 4),
        title="Meeting with Director General of Tactical Missiles Corporation Boris Obnosov",
        url="http://en.kremlin.ru/events/president/news/2",
    )
    assert result.outcome == "not_readout"


def test_a_headline_meeting_with_a_leader_by_title_is_still_read():
    result = extract_text(
        "The leaders discussed trade and energy.",
        "en",
        dt.date(2022, 1, 4),
        title="Meeting with President of Kazakhstan Kassym-Jomart Tokayev",
        url="http://en.kremlin.ru/events/president/news/3",
    )
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"KAZ", "RUS"}


def test_the_president_of_a_states_chamber_of_commerce_is_no_head_of_state():
    """ "The President of the American Chamber of Commerce Andy Hunder": the state word opens an organisation's name
    (``organisation_nouns``), so the title is the chamber's."""
    result = extract_text(
        "President of Ukraine Volodymyr Zelenskyy met with the management of large international companies. The "
        "President of the American Chamber of Commerce Andy Hunder stressed that this meeting with the President of "
        "Ukraine is a sign of trust.",
        "en",
        dt.date(2021, 11, 30),
        title="Volodymyr Zelenskyy met with the board of directors of the chamber",
    )
    assert result.outcome == "not_readout"


def test_the_president_of_the_united_states_is_still_a_head_of_state():
    """Guard: "the President of the United States Joe Biden" holds no organisation's noun after the state."""
    result = extract_text(
        "Volodymyr Zelenskyy met with the President of the United States Joe Biden in Washington.",
        "en",
        dt.date(2021, 9, 1),
    )
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"UKR", "USA"}


def test_each_summits_summary_below_one_lead_is_a_roundup():
    """ "...大統領との二国間首脳会談が行われたところ、それぞれの概要以下のとおり": the summary of each of three summits
    (``successive_words``), several engagements."""
    result = extract_text(
        "28日午前、福田総理とサス・ンゲソ・コンゴ共和国大統領、ゲレ・ジブチ大統領、ムベキ・南アフリカ大統領との二国間首脳会談が"
        "行われたところ、それぞれの概要以下のとおり。",
        "ja",
        dt.date(2008, 5, 28),
    )
    assert result.outcome == "not_readout"
    assert result.reason == "reports several engagements (a roundup or an essay), not one"


def test_a_chairman_of_a_states_association_is_no_head_of_state():
    """ "总统接见美国西南区中华会馆主席回国访问团": the signs between the state and the title hold an organisation's
    noun (``name_blockers``: 会馆, 委员会, 总会 ...), so they are no name and the title is the association's."""
    result = extract_text("總統接見美國西南區中華會館主席回國訪問團", "zh", dt.date(1999, 7, 27))
    assert result.outcome == "not_readout"


@pytest.mark.parametrize(
    ("body", "published", "title", "sides"),
    [
        (
            "The presidents continued to exchange views on the situation at the border, taking into account the "
            "previous telephone conversation between Alexander Lukashenko and Acting Federal Chancellor of Germany "
            "Angela Merkel.",
            dt.date(2021, 11, 16),
            "Telephone conversation with President of Belarus Alexander Lukashenko",
            {"BLR", "RUS"},
        ),
        (
            "The leaders discussed the situation around Ukraine.",
            dt.date(2022, 3, 12),
            "Telephone conversation with Olaf Scholz and Emmanuel Macron",
            {"DEU", "FRA", "RUS"},
        ),
    ],
    ids=["other-side-then-a-recalled-call", "two-others"],
)
def test_a_leaders_site_title_naming_the_other_side_adds_its_own_leader(body, published, title, sides):
    """ "Telephone conversation with President of Belarus Alexander Lukashenko", "... with Olaf Scholz and Emmanuel
    Macron" on kremlin.ru: the leaders the title names and the site's own leader took part, not a leader a later
    sentence names as another call's counterpart."""
    result = extract_text(body, "en", published, title=title, url="http://en.kremlin.ru/events/president/news/67111")
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == sides


def test_a_state_broadcasters_headline_does_not_speak_for_its_states_leader():
    """darivoa.com speaks for the United States, but a headline there names no US participant."""
    result = extract_text(
        "حامد کرزی رئیس جمهور افغانستان امروز با منموهن سینگ صدر اعظم هند در دهلی جدید ملاقات کرد.",
        "fa",
        dt.date(2008, 8, 4),
        title="ملاقات حامد کرزی با صدر اعظم هند",
        url="https://www.darivoa.com/a/a-31-2008-08-04-voa1-88226912/1432351.html",
    )
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"AFG", "IND"}


@pytest.mark.parametrize(
    ("text", "language", "published", "leader"),
    [
        ("總統今天上午接見貝里斯總理巴洛，雙方就兩國合作交換意見。", "zh", dt.date(2012, 5, 3), "Dean Barrow"),
        ("總統以國宴款待海地共和國總統亞里斯第德伉儷。", "zh", dt.date(2002, 7, 17), "Jean-Bertrand Aristide"),
        ("麻生総理は、セベレ・トンガ首相と約15分間首脳会談を行った。", "ja", dt.date(2009, 5, 22), "Feleti Sevele"),
        ("総理は、ポヒヴァ首相と首脳会談を行った。", "ja", dt.date(2015, 5, 23), "ʻAkilisi Pōhiva"),
    ],
    ids=["zh-barrow", "zh-aristide", "ja-sevele", "ja-pohiva"],
)
def test_leaders_of_taiwans_allies_and_the_pacific_are_known_by_the_names_their_hosts_write(
    text, language, published, leader
):
    """Belize, Haiti and Tonga's leaders of 2000-2025, by the transliterations Taiwan's presidential office and
    Japan's foreign ministry use (reference/leaders): verified leaders, not unverified names."""
    result = extract_text(text, language, published)
    assert result.outcome == "readout"
    assert leader in [p.name for p in result.participants if p.verified]


def test_a_guest_who_had_come_at_an_invitation_before_names_no_initiator():
    """ "羅亞克總統...曾應邀來華參與我國總統就職典禮" recalls an earlier visit at an invitation
    (``recall_words``: 曾应邀); this state visit's initiator is not said."""
    result = extract_text(
        "馬英九總統今天上午以軍禮歡迎馬紹爾群島共和國總統羅亞克伉儷，並舉行會談。羅亞克總統於去年1月就任後，"
        "曾應邀來華參與我國總統就職典禮，此行係首度來華進行國是訪問。",
        "zh",
        dt.date(2013, 3, 27),
    )
    assert result.outcome == "readout"
    assert result.initiator_code is None


def test_a_guests_thanks_for_your_invitation_later_in_the_turn_names_the_host():
    """ "... it is our turn to come to India, and I thank you for your invitation. Russia views ...": the thanks closes
    a clause of the guest's turn, past its first words; and "your invitation" is not the speaker's own "our
    invitation"."""
    putin_turn = (
        "Prime Minister, my friend. It is an honour and a privilege for me to visit friendly India once again. We "
        "regularly hold summits at the highest level, in fact, they take place every year, with India and Russia "
        "taking turns in hosting them. Unfortunately, we had to skip last year due to the pandemic. Still, it is our "
        "turn to come to India, and I thank you for your invitation. Russia views India as a major power."
    )
    result = extract_text(
        "Prime Minister of India Narendra Modi (retranslated): Your Excellency, welcome to India.\n"
        f"President of Russia Vladimir Putin: {putin_turn}",
        "en",
        dt.date(2021, 12, 6),
        title="Russian-Indian talks",
        url="http://en.kremlin.ru/events/president/news/67315",
    )
    assert result.outcome == "readout"
    assert result.initiator_code == "IND"


def test_a_guests_thanks_after_a_label_the_turns_do_not_read_names_the_host():
    """Guard (right before the session too, then by the substring "y-our invitation"): the thanks right after an
    unread label ("Bolsonaro JairPresident of Brazil(retranslated): ... your invitation is a great honour")."""
    result = extract_text(
        "President of Russia Vladimir Putin: Mr President, friends, welcome to Moscow. "
        "Jair Bolsonaro Bolsonaro JairPresident of Brazil(retranslated): It is a great pleasure, your invitation is a "
        "great honour for me.",
        "en",
        dt.date(2022, 2, 16),
        title="Russian-Brazilian talks",
        url="http://en.kremlin.ru/events/president/news/67789",
    )
    assert result.outcome == "readout"
    assert result.initiator_code == "RUS"


@pytest.mark.parametrize(
    "text",
    [
        "트럼프-푸틴 이번 주 회담 전망, 북핵 문제 등 논의\n\n"
        "도널드 트럼프 미국 대통령이 블라디미르 푸틴 러시아 대통령과 "
        "이번 주 베트남에서 회동할 전망입니다.",
        '백악관 "APEC서 트럼프-푸틴 공식회담 없어"\n\n'
        "도널드 트럼프 미국 대통령과 블라디미르 푸틴 러시아 대통령이 "
        "이번 주 베트남에서 공식 회동할 계획이 없다고 미 백악관이 오늘 밝혔습니다.",
    ],
    ids=["in-prospect", "none-planned"],
)
def test_a_korean_meeting_in_prospect_or_none_planned_is_no_readout(text):
    """ "회담 전망", "회동할 전망입니다" (in prospect), "계획이 없다", "공식회담 없어" (none planned):
    ``not_readout_cues``."""
    result = extract_text(text, "ko", dt.date(2017, 11, 8))
    assert result.outcome == "not_readout"


def test_another_pairs_calls_in_the_lead_make_no_roundup_of_the_call():
    """ "as agreed during President of Belarus Alexander Lukashenko's telephone conversations with ... Angela Merkel":
    a several-engagements phrase in a sentence naming another pair only speaks of their calls, not of this one's."""
    result = extract_text(
        "A number of current international issues were discussed in depth during the call. Support was affirmed for "
        "systematic EU-Minsk cooperation, as agreed during President of Belarus Alexander Lukashenko's telephone "
        "conversations with Acting Chancellor of Germany Angela Merkel.",
        "en",
        dt.date(2021, 11, 24),
        title="Telephone conversation with European Council President Charles Michel",
        url="http://en.kremlin.ru/events/president/news/67189",
    )
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"EU", "RUS"}


def test_a_transcript_under_a_two_states_compound_title_is_no_roundup():
    """ "News conference following Russian-French talks": the leaders the speakers name in groups of their own
    (Biden and Zelensky, Scholz) are spoken of, not met one after the other."""
    result = extract_text(
        "President of Russia Vladimir Putin: Mr President, ladies and gentlemen, our talks with President Macron "
        "were substantive. I spoke with President Biden about security guarantees. Chancellor Scholz held talks in "
        "Kyiv. President Erdogan called me too.\n"
        "President of France Emmanuel Macron (retranslated): Thank you, Mr President.",
        "en",
        dt.date(2022, 2, 7),
        title="News conference following Russian-French talks",
        url="http://en.kremlin.ru/events/president/news/67735",
    )
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"FRA", "RUS"}


def test_a_korean_call_that_rules_out_other_plans_is_still_a_readout():
    """Guard: "계획이 없다" of a plan other than a meeting ("추가 제재 계획이 없다고") says nothing of the call."""
    result = extract_text(
        "문재인 대통령은 오늘 트럼프 미국 대통령과 전화통화를 하고 당분간 추가 제재 계획이 없다고 밝혔습니다.",
        "ko",
        dt.date(2018, 3, 9),
    )
    assert result.outcome == "readout"


def test_a_headline_meeting_at_a_place_is_still_read():
    """Guard: "the trilateral meeting at Camp David": capitalised words after a preposition are a place, not the
    cue's object."""
    result = extract_text(
        "President Joe Biden met today at Camp David with Prime Minister Fumio Kishida of Japan and President Yoon Suk "
        "Yeol of the Republic of Korea.",
        "en",
        dt.date(2023, 8, 18),
        title="Readout of the trilateral meeting at Camp David",
        url="https://www.whitehouse.gov/briefing-room/statements-releases/2023/08/18/readout-camp-david/",
    )
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"JPN", "KOR", "USA"}
