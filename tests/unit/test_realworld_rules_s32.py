"""Session 32: general gaps that dev's real pages and the session's fresh batches showed (each case here is the
project's own text of the shape that failed)."""

from __future__ import annotations

import datetime as dt

import pytest

from readouts.extract import extract
from readouts.models import InboxFile
from readouts.parse import parse_file, sha256_hex
from readouts.reference import ReferenceDataError, load_reference
from tests.helpers import extract_text, participants_by_actor, reference_copy

WHITE_HOUSE = "https://www.whitehouse.gov/briefing-room/statements-releases/2024/12/14/readout/"

G7_ON_13_DECEMBER_2024 = {
    "CAN": "Justin Trudeau",
    "DEU": "Olaf Scholz",
    "FRA": "Emmanuel Macron",
    "GBR": "Keir Starmer",
    "ITA": "Giorgia Meloni",
    "JPN": "Shigeru Ishiba",
    "USA": "Joe Biden",
}


@pytest.mark.parametrize(
    "sentence",
    [
        "On December 13, 2024, President Biden met virtually with G7 Leaders.",
        "Today, President Biden joined a call with the G7 to discuss the attack and to coordinate a response.",
    ],
    ids=["met-with-g7-leaders", "a-call-with-the-g7"],
)
def test_the_g7_as_the_counterpart_brings_in_every_members_leader_of_the_day(sentence):
    """A page naming the G7 as the one engaged with names no other leader: every member's leader that day took
    part, the EU's two presidents among them (reference/leader_groups.yaml)."""
    result = extract_text(
        f"{sentence} The leaders discussed support for Ukraine.", "en", dt.date(2024, 12, 13), url=WHITE_HOUSE
    )
    assert result.outcome == "readout"
    people = {(p.actor_code, p.name) for p in result.participants}
    assert people == {*G7_ON_13_DECEMBER_2024.items(), ("EU", "António Costa"), ("EU", "Ursula von der Leyen")}


@pytest.mark.parametrize(
    "text",
    [
        # a call to come, named beside the one reported
        "President Biden spoke today with Prime Minister Ishiba of Japan ahead of the G7 leaders' call next week.",
        # a body of ministers, not of leaders
        "President Biden spoke today with Prime Minister Ishiba of Japan after a call with the G7 finance ministers.",
    ],
    ids=["a-g7-call-to-come", "g7-ministers"],
)
def test_the_g7_named_beside_a_bilateral_call_brings_in_no_member(text):
    result = extract_text(text, "en", dt.date(2024, 12, 13), url=WHITE_HOUSE)
    assert result.outcome == "readout"
    assert participants_by_actor(result) == {"JPN": "Shigeru Ishiba", "USA": "Joe Biden"}


def test_a_speech_at_a_leaders_video_conference_is_no_readout_of_it():
    """The page gives a leader's words at the meeting (its title says so), not a report of the meeting."""
    result = extract_text(
        "I would like to thank you for the invitation. Mr. Chancellor, thank you. We are meeting today in this "
        "format to decide what must be done.",
        "en",
        dt.date(2022, 5, 8),
        title="Speech by the President of Ukraine at the video conference of the G7 leaders",
        url="https://www.president.gov.ua/en/news/speech-1",
    )
    assert result.outcome == "not_readout"
    assert result.reason == "a speech a leader gave (named by the title), not an engagement"


def test_a_report_opening_on_the_sites_minister_brings_in_no_leader_of_its_side():
    """MOFA's page of its foreign minister's courtesy call on a prime minister: the bare 首相 of the page's own
    side is no second leader, since the report says its minister went."""
    text = (
        "(画像1)カタール首相表敬 アブドッラー首相兼内務大臣への表敬\n\n"
        " 9月9日,河野太郎外務大臣は,カタールを訪問したところ,概要は以下のとおりです。\n\n"
        " 河野大臣は,アブドッラー・カタール国首相兼内務大臣を表敬しました。"
    )
    result = extract_text(text, "ja", dt.date(2017, 9, 9), url="https://www.mofa.go.jp/mofaj/me_a/me1/qa/page1.html")
    assert result.outcome == "not_readout"
    assert result.participants == []


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # "said he trusts" (신뢰한다고 말했습니다): a verb in the present, no meeting to come
        (
            "미국의 조지 부쉬 대통령은, 고이즈미 준이치로 일본 총리의 경제 시책들에 강력한 신뢰감을 표명했습니다. "
            "부쉬 대통령은, 18일 도꾜에서 고이즈미 총리와 정상 회담을 한 뒤 가진 공동 기자 회견에서 고이즈미 총리의 "
            "능력을 신뢰한다고 말했습니다.",
            "readout",
        ),
        # "said he expects to hold separate talks" (회담을 가질 것으로 예상한다고): still to come
        (
            "트럼프 대통령은 또 이번 아시아 순방 기간 블라디미르 푸틴 러시아 대통령과 별도의 회담을 가질 것으로 "
            "예상한다고 밝혔습니다.",
            "not_readout",
        ),
    ],
    ids=["present-tense", "expects-to-hold"],
)
def test_korean_reported_speech_announces_only_a_meeting_to_be_held(text, outcome):
    result = extract_text(text, "ko", dt.date(2002, 2, 18) if outcome == "readout" else dt.date(2017, 11, 5))
    assert result.outcome == outcome


def test_a_spoken_thanks_for_the_invitation_names_the_host_as_initiator():
    """謝謝…的邀請 (thank you for the invitation), as 感謝…的邀請 does."""
    text = (
        "總統出席馬紹爾群島共和國海妮總統國宴\n\n"
        "蔡英文總統於10月30日晚間，出席馬紹爾群島共和國海妮（Hilda C. Heine）總統國宴。\n\n"
        "蔡總統致詞時表示，今日是她率團訪問馬紹爾群島的第一天。最後，蔡總統再次謝謝海妮總統的邀請和款待。"
    )
    result = extract_text(text, "zh", dt.date(2017, 10, 30), url="https://www.president.gov.tw/NEWS/1")
    assert result.outcome == "readout"
    assert result.initiator_code == "MHL"


def test_a_group_phrase_of_no_listed_group_is_refused_with_the_file_named(tmp_path):
    reference_copy(tmp_path)
    text = (tmp_path / "languages" / "en.yaml").read_text(encoding="utf-8")
    (tmp_path / "languages" / "en.yaml").write_text(
        text.replace("leader_group_phrases:\n  G7:", "leader_group_phrases:\n  G9:"), encoding="utf-8"
    )
    with pytest.raises(ReferenceDataError, match=r"en.yaml: leader_group_phrases name no group .*'G9'"):
        load_reference(tmp_path)


def test_a_group_member_without_its_office_is_refused(tmp_path):
    reference_copy(tmp_path)
    with (tmp_path / "reference" / "leader_groups.yaml").open("a", encoding="utf-8") as out:
        out.write("Quad:\n  - {actor: AUS}\n")
    with pytest.raises(ReferenceDataError, match="leader_groups.yaml: Quad: a member needs actor and office"):
        load_reference(tmp_path)


MOFA = "https://www.mofa.go.jp/mofaj/area/page1.html"


def test_a_menu_line_of_mofa_is_no_engagement_and_a_heading_names_the_meeting():
    """The old MOFA page's menu ("会談・訪問 報道・広報 ...") holds 会談 but reports nothing; the heading 日米首脳会談
    over the report names the engagement, its leaders the holders of the day."""
    text = (
        "会談・訪問 報道・広報 キッズ外務省 資料・公開情報 各種手続き\n"
        "トップページ 会談・訪問 主な要人の来日日程\n\n"
        "日米首脳会談概要\n\n"
        " 18日に行われた日米首脳会談の概要は以下のとおり。\n\n"
        " 総理より、大統領の訪日を歓迎する旨発言した。"
    )
    raw = text.encode()
    (page,) = parse_file(InboxFile(1, "m.txt", "m.txt", sha256_hex(raw), len(raw)), raw, load_reference())
    page.language_hint, page.published_date, page.url = "ja", dt.date(2002, 2, 18), MOFA
    result = extract(page, load_reference())
    assert result.outcome == "readout"
    assert participants_by_actor(result) == {"JPN": "Junichirō Koizumi", "USA": "George W. Bush"}


def test_talks_held_and_then_a_dinner_is_no_plan():
    """会談を行うとともに (held talks and then ...) is no 会談を行うと発表 (announced it would hold talks)."""
    text = (
        "日・フィンランド首脳会談及びワーキング・ディナー\n"
        "12月10日、午後6時20分から約30分間、石破茂内閣総理大臣は、訪日中のペッテリ・オルポ・フィンランド共和国首相と"
        "会談を行うとともに、引き続き、ワーキング・ディナーを行ったところ、概要は以下のとおりです。"
    )
    result = extract_text(text, "ja", dt.date(2024, 12, 10), url=MOFA)
    assert result.outcome == "readout"
    assert participants_by_actor(result) == {"FIN": "Petteri Orpo", "JPN": "Shigeru Ishiba"}


def test_the_state_a_prime_minister_is_visiting_is_not_his():
    """カナダを訪問中の菅総理大臣: Japan's prime minister visiting Canada (the language's name_blockers)."""
    text = (
        "カナダ東部時間27日午後6時55分から約35分間,G8・G20サミット出席のためにカナダを訪問中の菅総理大臣は,"
        "オバマ大統領との間で日米首脳会談を行ったところ,概要以下のとおり。"
    )
    result = extract_text(text, "ja", dt.date(2010, 6, 27), url=MOFA)
    assert participants_by_actor(result) == {"JPN": "Naoto Kan", "USA": "Barack Obama"}


def test_a_side_named_far_before_a_phrase_of_offer_is_no_initiator():
    """ "日本からオイルフェンス…に関する支援の申し出": an offer of support inside the talks, its side many signs before
    の申し出, not a request for the meeting (a Chinese or Japanese side stands right before its phrase)."""
    text = (
        "菅総理大臣は,オバマ大統領との間で日米首脳会談を行ったところ,概要以下のとおり。"
        "オバマ大統領から,日本からオイルフェンス及び沖合油回収装置に関する支援の申し出があることに対する謝意が表明された。"
    )
    result = extract_text(text, "ja", dt.date(2010, 6, 27), url=MOFA)
    assert result.outcome == "readout"
    assert result.initiator_code is None


def test_a_prime_minister_elect_joined_by_a_hyphen_is_no_leader():
    text = (
        "PM call with Prime Minister-elect Jacinda Ardern: 20 October 2017\n\n"
        "The Prime Minister spoke to Prime Minister-elect Jacinda Ardern of New Zealand today and extended her warm "
        "congratulations on the election result."
    )
    result = extract_text(text, "en", dt.date(2017, 10, 20), url="https://www.gov.uk/government/news/pm-call-1")
    assert result.outcome == "not_readout"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Singapore's senior minister in the Prime Minister's Office (總理公署內閣資政): no prime minister
        (
            "總統晚宴新加坡總理公署內閣資政李光耀\n\n"
            "李總統登輝伉儷今天以晚宴，款待來訪的新加坡總理公署內閣資政李光耀夫婦，對他們再度訪華，表達誠摯的歡迎之意。\n\n"
            "晚宴是於今晚七時三十分在台北賓館進行。之前，總統並接見李光耀資政，雙方就共同關切問題，廣泛交換意見。",
            dt.date(1992, 2, 11),
        ),
        # "总统抵巴拉圭": the President arrives in Paraguay; Paraguay's president is not named by the title
        (
            "總統抵巴拉圭　受到隆重軍禮歡迎\n\n"
            "蔡英文總統率訪團於巴拉圭時間6月27日晚間9時抵達巴京國際機場，巴拉圭外交部長羅依沙卡在禮車處恭迎。",
            dt.date(2016, 6, 28),
        ),
    ],
    ids=["senior-minister", "arrives-in"],
)
def test_a_chinese_title_beside_another_states_name_names_no_leader_of_it(text, day):
    result = extract_text(text, "zh", day, url="https://www.president.gov.tw/NEWS/1")
    assert result.outcome == "not_readout"
