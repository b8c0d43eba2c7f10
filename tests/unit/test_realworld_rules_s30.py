"""Session 30: general gaps that dev's real pages showed (each case here is the project's own text of the shape
that failed)."""

from __future__ import annotations

import datetime as dt

from tests.helpers import extract_text, participants_by_actor


def test_a_former_leaders_state_title_in_the_same_sentence_is_theirs() -> None:
    """A call with a former president, congratulated on "his election as President of Kazakhstan" years ago: the
    title is the former president's, not his successor's, so the call has one leader and is no readout."""
    text = (
        "Telephone conversation with Nursultan Nazarbayev\n\n"
        "During a telephone conversation, Vladimir Putin congratulated Nursultan Nazarbayev on the anniversary of "
        "his first election as President of the Republic of Kazakhstan.\n"
    )
    got = extract_text(text, "en", dt.date(2021, 12, 1))
    assert got.outcome == "not_readout"
    assert set(participants_by_actor(got)) <= {"RUS"}


def test_a_sitting_leaders_state_title_still_names_the_holder() -> None:
    """The same sentence with a sitting president: the title of his state still names him."""
    text = (
        "Telephone conversation with the President of Kazakhstan\n\n"
        "During a telephone conversation, Vladimir Putin congratulated the President of the Republic of Kazakhstan "
        "on the anniversary of the country's independence.\n"
    )
    got = extract_text(text, "en", dt.date(2021, 12, 16))
    assert got.outcome == "readout"
    assert participants_by_actor(got)["KAZ"] == "Kassym-Jomart Tokayev"


def test_a_lead_naming_two_pairs_talks_by_their_initials_is_a_roundup() -> None:
    """A day's page headed "日韓首脳会談・日中首脳会談": the talks of two pairs, two engagements."""
    text = (
        "日韓首脳会談・日中首脳会談\n\n"
        "令和2年5月9日、安倍総理は、日韓首脳会談及び日中首脳会談を行いました。"
        "昼には、総理は文在寅大統領と総理大臣官邸で会談を行いました。\n"
    )
    got = extract_text(text, "ja", dt.date(2018, 5, 9))
    assert got.outcome == "not_readout"
    assert got.reason is not None and "several engagements" in got.reason


def test_a_bilateral_named_beside_the_summit_it_was_held_at_stays_one() -> None:
    """ "日米豪印首脳会合に出席するため ... 日印首脳会談を行い": the pair is within the summit's states, so the
    page reports one engagement."""
    text = (
        "日印首脳会談\n\n"
        "9月21日、日米豪印首脳会合に出席するため米国を訪問中の岸田文雄内閣総理大臣は、"
        "ナレンドラ・モディ・インド首相と日印首脳会談を行いました。\n"
    )
    got = extract_text(text, "ja", dt.date(2024, 9, 21))
    assert got.outcome == "readout"
    assert set(participants_by_actor(got)) == {"JPN", "IND"}


def test_calls_with_a_number_of_international_leaders_are_a_roundup() -> None:
    """ "spoke with a number of international leaders today": several calls, not one."""
    text = (
        "PM phone calls with international leaders\n\n"
        "Prime Minister Theresa May spoke with a number of international leaders today. The Prime Minister and "
        "Prime Minister Key of New Zealand discussed trade.\n"
    )
    got = extract_text(text, "en", dt.date(2016, 7, 26))
    assert got.outcome == "not_readout"


def test_a_call_said_to_follow_up_earlier_talks_keeps_its_own_day() -> None:
    """ "The call was a follow-up of sorts on the December 7 videoconference and the December 30 telephone
    conversation": earlier engagements, recalled; the call reported is the page's, of its own day."""
    text = (
        "Briefing following a telephone conversation between Vladimir Putin and Joseph Biden\n\n"
        "A telephone conversation between President of Russia Vladimir Putin and President of the United States "
        "Joseph Biden has just concluded. The call was as a follow-up of sorts on the December 7 videoconference "
        "talks, and the December 30 telephone conversation.\n"
    )
    got = extract_text(text, "en", dt.date(2022, 2, 12))
    assert got.outcome == "readout"
    assert got.engagement_date == dt.date(2022, 2, 12)


def test_a_cue_written_around_a_bracketed_latin_name_is_found() -> None:
    """ "出席恩史瓦帝三世國王（King Mswati Ⅲ）國宴": the cue "國王國宴" with the King's name in Latin letters set
    between its words is still a cue."""
    text = (
        "總統出席史王國宴\n\n"
        "賴清德總統出訪史瓦帝尼，於當地時間3日晚間出席恩史瓦帝三世國王（King Mswati Ⅲ）國宴，感謝國王的熱情邀請。\n"
    )
    got = extract_text(text, "zh", dt.date(2026, 5, 4))
    assert got.outcome == "readout"
    assert got.engagement_type == "meeting"
    assert set(participants_by_actor(got)) == {"TWN", "SWZ"}


def test_the_full_name_of_a_party_holding_a_states_name_names_no_state() -> None:
    """ "致電中國國民黨朱立倫主席": the party's chair, not China's head of state."""
    text = (
        "蔡總統會見民眾黨柯主席\n\n"
        "蔡英文總統今（14）日午間於總統府內與台灣民眾黨柯文哲主席進行會談。"
        "蔡總統於大年初一時，主動致電中國國民黨朱立倫主席，及台灣民眾黨柯文哲主席，互道新春祝福。\n"
    )
    got = extract_text(text, "zh", dt.date(2024, 3, 14))
    assert "CHN" not in participants_by_actor(got)
    assert got.outcome == "not_readout"


def test_a_bureau_chief_received_by_video_is_no_leader() -> None:
    """ "以視訊方式接見日本自民黨青年局長訪團": a party bureau's chief, no leader; the Prime Minister named twice later
    in passing takes no part."""
    text = (
        "視訊接見日本自民黨青年局長訪團　總統盼臺日持續深化交流合作\n\n"
        "蔡英文總統昨（6）日下午以視訊方式接見「日本自民黨青年局長小倉將信眾議員訪團」。"
        "總統說，訪團也計劃參觀岸田文雄首相曾祖父所開設的舊址。"
        "總統提到，正在英國訪問的岸田文雄首相也提到，日本持續關注臺海和平穩定。\n"
    )
    got = extract_text(text, "zh", dt.date(2022, 5, 7), url="https://www.president.gov.tw/NEWS/26718")
    assert got.outcome == "not_readout"


def test_a_plan_joined_by_also_after_a_meeting_held_leaves_the_meeting_reported() -> None:
    """ "今日上午與諾魯總統昆洛斯雙邊會晤，歡迎他率團參加國慶大典，也將出席玉山論壇": the meeting was held; what he
    "also will" attend is another event."""
    text = (
        "會晤諾魯總統昆洛斯\n\n"
        "蔡英文總統今（9）日上午與諾魯共和國總統昆洛斯（Russ Joseph Kun）伉儷雙邊會晤，歡迎昆洛斯總統此行率團參加我國慶"
        "大典，也將出席玉山論壇發表開幕演說。\n"
    )
    got = extract_text(text, "zh", dt.date(2023, 10, 9), url="https://www.president.gov.tw/NEWS/27792")
    assert got.outcome == "readout"
    assert set(participants_by_actor(got)) == {"TWN", "NRU"}


def test_a_virtual_leaders_meeting_is_by_video() -> None:
    """ "participated in the APEC Virtual Leaders' Meeting hosted by Prime Minister Jacinda Ardern": by video."""
    text = (
        "Readout of President Biden's Participation in the APEC Virtual Leaders' Meeting\n\n"
        "Today President Joseph R. Biden Jr. participated in the APEC Virtual Leaders' Meeting hosted by Prime "
        "Minister Jacinda Ardern of New Zealand.\n"
    )
    got = extract_text(text, "en", dt.date(2021, 11, 12))
    assert got.outcome == "readout"
    assert got.engagement_type == "video_call"


def test_a_virtual_meeting_tomorrow_does_not_type_todays_call() -> None:
    """ "spoke today ... plans for the G7 virtual leaders' meeting tomorrow": the call was by phone; the video
    meeting is to come."""
    text = (
        "Readout of President Biden's Call with Prime Minister Boris Johnson\n\n"
        "President Joe Biden and Prime Minister Boris Johnson of the United Kingdom spoke today about Afghanistan. "
        "The leaders discussed plans for the G7 virtual leaders' meeting tomorrow, underscoring the need to "
        "coordinate.\n"
    )
    got = extract_text(text, "en", dt.date(2021, 8, 23))
    assert got.outcome == "readout"
    assert got.engagement_type == "phone_call"


def test_a_hosts_state_visit_at_my_invitation_in_chinese() -> None:
    """A host's welcome speech: "費南德斯總統閣下暨夫人應本人邀請，率團前來...進行國是訪問" (at my invitation): the
    host's side initiated."""
    text = (
        "軍禮歡迎多明尼加共和國總統費南德斯\n\n"
        "陳總統今天下午以軍禮歡迎多明尼加共和國總統費南德斯伉儷，兩國元首並檢閱儀隊，隨後分別致詞。"
        "總統致詞內容為：此次多明尼加共和國費南德斯總統閣下暨夫人應本人邀請，率團前來中華民國（台灣）進行國是訪問，"
        "本人感到十分榮幸。\n"
    )
    got = extract_text(text, "zh", dt.date(2006, 6, 26), url="https://www.president.gov.tw/NEWS/10619")
    assert got.outcome == "readout"
    assert got.initiator_code == "TWN"


def test_a_guest_thanking_for_having_been_invited_in_chinese() -> None:
    """ "戴斐立總理再次感謝此次受邀擔任雙十國慶的主賓": the guest was invited, the host initiated."""
    text = (
        "總統會晤吐瓦魯總理戴斐立伉儷\n\n"
        "賴清德總統今（8）日上午會晤吐瓦魯國總理戴斐立（Feleti Teo）伉儷。"
        "戴斐立總理再次感謝此次受邀擔任雙十國慶的主賓。\n"
    )
    got = extract_text(text, "zh", dt.date(2024, 10, 8), url="https://www.president.gov.tw/NEWS/38790")
    assert got.outcome == "readout"
    assert got.initiator_code == "TWN"


def test_a_press_gaggle_recalling_a_call_of_an_earlier_day_reports_none() -> None:
    """A press gaggle (its title says so) where the press secretary recalls that "the President spoke to the Prime
    Minister on Monday": an earlier call, already read out, not reported here."""
    text = (
        "MS. JEAN-PIERRE: As you know, the President spoke to Prime Minister Netanyahu on Monday. We read that out "
        "on Monday. I'm not going to go beyond what the readout has been.\n"
    )
    got = extract_text(
        text,
        "en",
        dt.date(2024, 5, 9),
        title="Press Gaggle by Press Secretary Karine Jean-Pierre En Route Mountain View, CA",
        url="https://www.whitehouse.gov/briefing-room/press-briefings/2024/05/09/press-gaggle/",
    )
    assert got.outcome == "not_readout"
    assert got.reason is not None and "press briefing" in got.reason


def test_a_press_gaggle_reading_out_a_call_of_the_day_reports_it() -> None:
    """The same kind of page reading out a call held "this morning": the day's call, reported."""
    text = (
        "MS. JEAN-PIERRE: The President spoke with Prime Minister Netanyahu again this morning. The two leaders had a "
        "detailed exchange on the events in Gaza.\n"
    )
    got = extract_text(
        text,
        "en",
        dt.date(2021, 5, 19),
        title="Press Gaggle by Press Secretary Karine Jean-Pierre Aboard Air Force One",
        url="https://www.whitehouse.gov/briefing-room/press-briefings/2021/05/19/press-gaggle/",
    )
    assert got.outcome == "readout"
    assert set(participants_by_actor(got)) == {"USA", "ISR"}


def test_a_name_the_reference_lacks_beside_the_states_known_holder_is_one_person() -> None:
    """ "聖克里斯多福總理道格拉斯（DENZIL L.DOUGLAS）": the Latin name read after a title that is also a chancellor's
    is the same prime minister, not a second participant of that state."""
    text = (
        "總統以軍禮歡迎聖克里斯多福總理道格拉斯\n\n"
        "陳總統水扁先生今天上午以隆重軍禮歡迎率團來台訪問的聖克里斯多福總理道格拉斯（DENZIL L.DOUGLAS）。"
        "總統偕同道格拉斯總理檢閱三軍儀隊，隨後分別致詞。\n"
    )
    got = extract_text(text, "zh", dt.date(2008, 1, 28), url="https://www.president.gov.tw/NEWS/11969")
    assert got.outcome == "readout"
    assert participants_by_actor(got) == {"KNA": "Denzil Douglas", "TWN": "Chen Shui-bian"}


def test_a_dinner_hosted_at_the_residence_is_a_meeting() -> None:
    """ "於官邸款宴...諾魯共和國總統安格明": hosting a banquet for the visitor is a meeting."""
    text = (
        "總統於官邸晚宴諾魯新任總統安格明\n\n"
        "蔡英文總統今(28)日晚間於官邸款宴我太平洋友邦諾魯共和國總統安格明(Lionel Aingimea)，"
        "誠摯歡迎安總統上任後首次經臺灣"
        "過境返國。\n"
    )
    got = extract_text(text, "zh", dt.date(2019, 9, 28), url="https://www.president.gov.tw/NEWS/24870")
    assert got.outcome == "readout"
    assert got.engagement_type == "meeting"
    assert set(participants_by_actor(got)) == {"TWN", "NRU"}
