"""Session 33: general gaps that the session's fresh batch J showed at first sight (each case here is the project's
own text of the shape that failed)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import extract_text, participants_by_actor

MOFA_EN = "https://www.mofa.go.jp/a_o/ocn/fj/page1e_000123.html"
MOFA_JA = "https://www.mofa.go.jp/mofaj/s_sa/sw/lk/page4_001234.html"


def test_an_official_named_after_by_in_a_title_went_not_the_sites_leader():
    """ "Courtesy Call on Prime Minister X by Foreign Minister Y" on the foreign ministry's site: the minister called on
    the prime minister; the site's own leader, whom no sentence names, took no part."""
    result = extract_text(
        "Japan-Fiji Relations\n"
        "Courtesy Call on Prime Minister and Minister for Foreign Affairs BAINIMARAMA of the Republic of Fiji by "
        "Foreign Minister HAYASHI\n\n"
        "On May 7, for about 50 minutes, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, who was "
        "visiting Fiji, paid a courtesy call on Hon. Josaia Voreqe BAINIMARAMA, Prime Minister and Minister for "
        "Foreign Affairs of the Republic of Fiji. The overview is as follows.",
        "en",
        dt.date(2022, 5, 7),
        url=MOFA_EN,
    )
    assert result.outcome == "not_readout"
    assert "JPN" not in participants_by_actor(result)


def test_an_official_accompanying_a_leader_is_no_agent_of_the_meeting():
    """ "accompanied by Foreign Minister Y" names who came along: the leaders met."""
    result = extract_text(
        "Prime Minister Kishida met with Prime Minister Bainimarama of Fiji, accompanied by Foreign Minister "
        "Hayashi. The two leaders discussed maritime security.",
        "en",
        dt.date(2022, 5, 7),
        url=MOFA_EN,
    )
    assert result.outcome == "readout"
    assert participants_by_actor(result) == {"FJI": "Frank Bainimarama", "JPN": "Fumio Kishida"}


def test_the_chief_cabinet_secretary_meeting_a_prime_minister_is_no_leaders_meeting():
    """Japan's Chief Cabinet Secretary is a minister, though the same person is prime minister five years later: his
    talks with a visiting prime minister are no meeting of leaders, and the bare 首相 of a later sentence (the
    visitor's re-appointment) brings in no prime minister of Japan."""
    result = extract_text(
        "スリランカ民主社会主義共和国\n\n平成27年10月6日\n\n"
        " 本6日午後1時55分から約25分間,菅義偉内閣官房長官は,公式実務訪問賓客として訪日中のラニル・ウィクラマシンハ・"
        "スリランカ民主社会主義共和国首相(Hon. Mr. Ranil Wickremesinghe,Prime Minister of the Democratic Socialist "
        "Republic of Sri Lanka)と会談したところ,概要以下のとおりです。\n\n"
        "1 冒頭,菅官房長官から,訪日を歓迎するとともに,選挙による首相再任に祝意を表しました。"
        "これに対し,ウィクラマシンハ首相から,訪日を嬉しく思う旨述べました。",
        "ja",
        dt.date(2015, 10, 6),
        url=MOFA_JA,
    )
    assert result.outcome == "not_readout"
    assert "JPN" not in participants_by_actor(result)


def test_a_call_over_secure_video_is_a_video_call():
    result = extract_text(
        "President George W. Bush and Prime Minister Nouri al-Maliki of Iraq continued their consultations today. "
        "Via secure video, the two leaders discussed the training of Iraqi security forces.",
        "en",
        dt.date(2006, 10, 28),
    )
    assert result.outcome == "readout"
    assert result.engagement_type == "video_call"


MOFA_OMAN = "https://www.mofa.go.jp/mofaj/me_a/me2/om/page4_005555.html"


def test_three_days_beside_one_counterpart_are_one_engagements_surroundings():
    """A condolence call dated to its day, with the late king's death and the new king's accession dated too: three
    days in the cue sentence, one counterpart, one engagement (not a roundup)."""
    result = extract_text(
        "本14日,オマーン国を訪問中の安倍晋三内閣総理大臣は,10日に崩御されたカブース前国王の弔問のため,"
        "11日に就任したハイサム国王(H.M. Sultan Haitham bin Tariq, Sultan of Oman)を弔問し,懇談したところ,"
        "概要以下のとおりです。\n\n1 冒頭,安倍総理から哀悼の意を表しました。"
        "これに対し,ハイサム国王から謝意が述べられました。",
        "ja",
        dt.date(2020, 1, 14),
        url=MOFA_OMAN,
    )
    assert result.outcome == "readout"
    assert participants_by_actor(result) == {"JPN": "Shinzō Abe", "OMN": "Haitham bin Tariq"}
    assert result.engagement_date == dt.date(2020, 1, 14)


def test_three_days_of_talks_with_three_counterparts_are_a_roundup():
    result = extract_text(
        "本14日,安倍晋三内閣総理大臣は,ハイサム・オマーン国王と会談しました。"
        "12日にはマクロン・フランス大統領と電話会談を行い,10日にはトランプ米国大統領と電話会談を行いました。",
        "ja",
        dt.date(2020, 1, 14),
        url=MOFA_OMAN,
    )
    assert result.outcome == "not_readout"
    assert result.reason.startswith("reports several engagements")


VOA_KOREAN = "https://www.voakorea.com/a/korea_us-politics_1.html"


def test_agreeing_to_cooperate_after_talks_announces_nothing():
    """Agreeing to cooperate ("협력하기로 합의했습니다") closes a report of talks held; only a meeting or a call agreed
    on is one to come."""
    result = extract_text(
        "조 바이든 대통령과 스가 요시히데 일본 총리가 16일 백악관에서 정상회담을 갖고 북한 등 역내 문제에 "
        "협력하기로 합의했습니다.",
        "ko",
        dt.date(2021, 4, 16),
        url=VOA_KOREAN,
    )
    assert result.outcome == "readout"
    assert participants_by_actor(result) == {"USA": "Joe Biden", "JPN": "Yoshihide Suga"}


@pytest.mark.parametrize(
    "agreed",
    ["다음 달 워싱턴에서 정상회담을 하기로 합의했습니다.", "조만간 만나기로 합의했습니다."],
    ids=["a-summit", "to-meet"],
)
def test_a_meeting_agreed_on_is_one_to_come(agreed):
    result = extract_text(
        f"조 바이든 대통령과 스가 요시히데 일본 총리가 {agreed}", "ko", dt.date(2021, 4, 16), url=VOA_KOREAN
    )
    assert result.outcome == "not_readout"


MOFA_LUX = "https://www.mofa.go.jp/mofaj/erp/we/lu/page4_001300.html"


@pytest.mark.parametrize(
    ("text", "day", "guest"),
    [
        (
            "本17日,安倍晋三内閣総理大臣は,訪日中のグザヴィエ・ベッテル・ルクセンブルク大公国首相と首脳会談を実施しました。"
            "\n\n1 冒頭,ベッテル首相から,安倍総理大臣の招待及び接遇に謝意が表明されました。",
            dt.date(2015, 7, 17),
            "LUX",
        ),
        (
            "本6日,安倍晋三内閣総理大臣は,実務訪問賓客として訪日中のタバレ・バスケス・ウルグアイ東方共和国大統領と首脳会談を"
            "行いました。\n\n1 バスケス大統領から,訪日招待いただき感謝する旨述べました。",
            dt.date(2015, 11, 6),
            "URY",
        ),
        (
            "本11日,安倍晋三内閣総理大臣は,訪日中のナナ・アクフォ=アド・ガーナ共和国大統領と首脳会談を行いました。"
            "\n\n1 アクフォ=アド大統領から,訪日招待を感謝する旨述べました。",
            dt.date(2018, 12, 11),
            "GHA",
        ),
    ],
    ids=["invitation-and-hospitality", "invited-honorific", "invitation-as-object"],
)
def test_a_guests_thanks_for_the_invitation_name_the_host(text, day, guest):
    """The guest thanks for the invitation to Japan in the report's words (with the hospitality, after the
    honorific, as the object): Japan, the host, invited them."""
    result = extract_text(text, "ja", day, url=MOFA_LUX)
    assert result.outcome == "readout"
    assert guest in participants_by_actor(result)
    assert result.initiator_code == "JPN"


def test_a_guest_glad_to_have_been_invited_names_the_host():
    """ "很高興受邀來臺灣訪問" (glad to have been invited to visit Taiwan), as 應邀來: the host invited."""
    result = extract_text(
        "蔡英文總統今天下午與馬紹爾群島共和國總統海妮會晤。海妮總統致詞時表示，很高興受邀來臺灣訪問。",
        "zh",
        dt.date(2018, 7, 27),
        url="https://www.president.gov.tw/NEWS/23511",
    )
    assert result.outcome == "readout"
    assert result.initiator_code == "TWN"


WHITE_HOUSE_2022 = "https://www.whitehouse.gov/briefing-room/statements-releases/2022/02/18/readout/"


def test_a_headline_naming_leaders_by_a_plural_noun_leaves_them_to_the_report():
    """ "Meeting with Baltic Leaders" names leaders, not an official: the report's first sentence names them (the Vice
    President's meeting with three leaders of three states is their meeting, by the corpus's convention)."""
    result = extract_text(
        "Vice President Kamala Harris met today with President Egils Levits of Latvia, President Gitanas Nauseda of "
        "Lithuania, and Prime Minister Kaja Kallas of Estonia in Munich, Germany. The leaders discussed their "
        "readiness for a swift response.",
        "en",
        dt.date(2022, 2, 18),
        title="Readout of Vice President Kamala Harris's Meeting with Baltic Leaders",
        url=WHITE_HOUSE_2022,
    )
    assert result.outcome == "readout"
    assert participants_by_actor(result) == {
        "EST": "Kaja Kallas",
        "LTU": "Gitanas Nausėda",
        "LVA": "Egils Levits",
    }


def test_a_headline_naming_other_leaders_still_makes_no_readout():
    result = extract_text(
        "President Biden met today with faith leaders from across the country to discuss the fight against hunger.",
        "en",
        dt.date(2022, 2, 18),
        title="Readout of President Biden's Meeting with Faith Leaders",
        url=WHITE_HOUSE_2022,
    )
    assert result.outcome == "not_readout"


MOFA_URUGUAY = "https://www.mofa.go.jp/mofaj/la_c/sa/uy/page4_004555.html"


def test_a_heading_pairing_japan_with_a_states_full_name_names_both_leaders():
    """A heading of Japan's initial sign, a middle dot, Uruguay's full name and 首脳 ("日・ウルグアイ首脳会談"): the
    two states' leaders met, though the report names the president by a katakana name the reference does not
    hold."""
    result = extract_text(
        "ウルグアイ東方共和国\n日・ウルグアイ首脳会談\n平成30年12月2日\n\n"
        "現地時間2日午前11時50分頃から約50分間,安倍総理は,大統領公邸において,バスケス大統領と会談を行いました。",
        "ja",
        dt.date(2018, 12, 2),
        url=MOFA_URUGUAY,
    )
    assert result.outcome == "readout"
    assert participants_by_actor(result) == {"JPN": "Shinzō Abe", "URY": "Tabaré Vázquez"}


def test_a_heading_pairing_foreign_ministers_names_no_leaders():
    result = extract_text(
        "ウルグアイ東方共和国\n日・ウルグアイ外相会談\n平成30年12月2日\n\n"
        "現地時間2日,河野外務大臣は,ニン・ノボア外相と会談を行いました。",
        "ja",
        dt.date(2018, 12, 2),
        url=MOFA_URUGUAY,
    )
    assert result.outcome == "not_readout"


def test_a_korean_pair_of_initials_with_a_middle_dot_names_both_leaders():
    """ "한·미 정상은 ... 회담했습니다": the pair written with a middle dot, as "한미 정상"."""
    result = extract_text(
        "한·미 정상은 21일 백악관에서 회담했습니다. 두 정상은 북한 문제를 논의했습니다.",
        "ko",
        dt.date(2021, 5, 21),
        url=VOA_KOREAN,
    )
    assert result.outcome == "readout"
    assert participants_by_actor(result) == {"KOR": "Moon Jae-in", "USA": "Joe Biden"}
