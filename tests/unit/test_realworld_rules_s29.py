"""Session 29: the general gaps in finding who initiated an engagement that dev's real pages showed (each case here is
the project's own text of the shape that failed)."""

from __future__ import annotations

import datetime as dt

from tests.helpers import extract_text, participants_by_actor


def test_a_hosts_own_invitation_after_a_label_run_into_a_heading() -> None:
    """A transcript whose line breaks were lost runs a section's heading into the host's label ("*** Beginning of
    talks with President of Mongolia ... President of Russia Vladimir Putin: ..."): the words after the label are
    still the host's, who thanks the guest for accepting the invitation."""
    text = (
        "Talks with President of Mongolia Ukhnaagiin Khurelsukh\n\n"
        "The talks continued over a working breakfast.*** Beginning of talks with President of Mongolia Ukhnaagiin "
        "Khurelsukh President of Russia Vladimir Putin: Mr President, first of all, I would like to thank you for "
        "accepting the invitation to come to Russia. Welcome. President of Mongolia Ukhnaagiin Khurelsukh "
        "(retranslated): Thank you very much, Mr President.\n"
    )
    got = extract_text(text, "en", dt.date(2021, 12, 16))
    assert got.outcome == "readout"
    assert got.initiator_code == "RUS"


def test_a_guests_thanks_with_words_between_thanks_and_the_invitation() -> None:
    """ "Thank you, Mr President, first of all, for the invitation to visit Moscow", right after the guest's label:
    the host invited the guest."""
    text = (
        "Meeting with President of Kazakhstan Kassym-Jomart Tokayev\n\n"
        "Vladimir Putin: Mr President, friends, I am very happy to see you. Welcome.\n"
        "President of the Republic of Kazakhstan Kassym-Jomart Tokayev: Thank you, Mr President, first of all, for "
        "the invitation to visit Moscow. We have a lot to discuss today.\n"
    )
    got = extract_text(text, "en", dt.date(2022, 2, 10))
    assert got.outcome == "readout"
    assert got.initiator_code == "RUS"


def test_the_first_person_on_a_leaders_own_site_is_the_publishing_side() -> None:
    """A leader's remarks on their own site, with no speaker's label ("who accepted the invitation I had made to
    him"): the speaker, and so the host who invited, is the publishing side."""
    text = (
        "Déclaration du Président de la République lors de la conférence de presse conjointe avec M. Donald Trump\n\n"
        "J'ai été ravi d'accueillir aujourd'hui à Paris le Président Donald Trump, qui a accepté l'invitation que "
        "je lui avais faite de venir pour le 14 juillet. Nous avons eu une séance de travail détaillée sur la Syrie "
        "et le climat.\n"
    )
    got = extract_text(text, "fr", dt.date(2017, 7, 13), url="https://www.elysee.fr/emmanuel-macron/2017/07/13/x")
    assert got.outcome == "readout"
    assert got.initiator_code == "FRA"


def test_the_first_person_elsewhere_names_no_initiator() -> None:
    """The same remarks on a site that is neither side's say who spoke only through a label: none here, so no
    initiator."""
    text = (
        "Conférence de presse conjointe de M. Emmanuel Macron et M. Donald Trump\n\n"
        "J'ai été ravi d'accueillir aujourd'hui à Paris le Président Donald Trump, qui a accepté l'invitation que "
        "je lui avais faite de venir pour le 14 juillet. Nous avons eu une séance de travail détaillée sur la Syrie "
        "et le climat.\n"
    )
    got = extract_text(text, "fr", dt.date(2017, 7, 13), url="https://fr.wikinews.org/wiki/x")
    assert got.outcome == "readout"
    assert got.initiator_code is None


def test_a_minister_named_by_a_list_of_portfolios_is_no_leader() -> None:
    """A minister named by a list of portfolios ("接見聖露西亞外交、國際貿易暨民航部長": foreign affairs, trade and
    aviation) or a deputy assistant secretary ("國務院亞太局副助卿"): the president received an official, though the
    text names a leader elsewhere."""
    text = (
        "總統接見聖露西亞外交、國際貿易暨民航部長包提斯\n104年02月10日\n\n"
        "馬英九總統今（10）日上午接見聖露西亞外交、國際貿易暨民航部長包提斯一行。總統表示，他曾訪問聖露西亞，並獲得"
        "總理安東尼熱忱接待；安東尼總理也在同年11月回訪。"
    )
    got = extract_text(text, "zh", dt.date(2015, 2, 10), url="https://www.president.gov.tw/NEWS/19000")
    assert got.outcome == "not_readout"
    assert "no leader" in (got.reason or "")


def test_short_meetings_with_many_leaders_on_a_summits_sidelines_are_a_roundup() -> None:
    """ "Held short meetings with leaders of a number of countries ... also had brief meetings with X, Y and Z": several
    engagements on one page, though the first is told at length."""
    text = (
        "The President spoke with a number of foreign leaders on the sidelines of the climate conference\n\n"
        "As part of the conference in Glasgow, the President of Ukraine held short meetings with leaders of a number "
        "of countries. During the conversation with German Chancellor Angela Merkel, the parties discussed the "
        "security situation. Volodymyr Zelenskyy also had brief meetings with Lithuanian President Gitanas Nausėda "
        "and President of Finland Sauli Niinistö."
    )
    got = extract_text(text, "en", dt.date(2021, 11, 1))
    assert got.outcome == "not_readout"
    assert "several" in (got.reason or "")


def test_met_many_times_after_the_reported_meeting_is_a_recall() -> None:
    """Remarks "at the conclusion of his meeting with David Cameron" that go on "we have met many times over the
    years": one meeting reported, earlier ones recalled; the guest thanks the host "for the invitation today"."""
    text = (
        "Prime Minister Stephen Harper made the following remarks at the conclusion of his meeting with David Cameron, "
        "Prime Minister of the United Kingdom:\n"
        "“David, it is a delight to be here. We have, as you said, met many times over the years. Once again, we had "
        "a good discussion. I would like to thank Prime Minister Cameron for the invitation today.”"
    )
    got = extract_text(text, "en", dt.date(2010, 6, 3))
    assert got.outcome == "readout"
    assert got.initiator_code == "GBR"


def test_a_call_in_the_coming_days_is_to_come() -> None:
    """A call "in the coming days" ("奥巴马总统和俄罗斯总统梅德韦杰夫未来几天打电话商讨后": after they talk by phone in
    the coming days): still to come."""
    text = "白宫发言人说，奥巴马总统和俄罗斯总统梅德韦杰夫未来几天打电话商讨后，才会最后敲定有关协议。"
    got = extract_text(text, "zh", dt.date(2010, 3, 24))
    assert got.outcome == "not_readout"


def test_a_kings_envoy_is_no_leader() -> None:
    """ "總統接見史瓦帝尼王國國王特使札杜莉副總理": the king's envoy, not the king; the king greeted through her is no
    participant."""
    text = (
        "總統接見史瓦帝尼王國國王特使札杜莉副總理\n115年04月30日\n\n"
        "總統請特使向恩史瓦帝三世國王轉達最高的敬意。感謝恩史瓦帝三世國王陛下第一時間給予臺灣的各項協助。"
    )
    got = extract_text(text, "zh", dt.date(2026, 4, 30), url="https://www.president.gov.tw/NEWS/40000")
    assert got.outcome == "not_readout"


def test_persian_talks_with_and_a_dari_invitation_of_the_british_government() -> None:
    """ "در پایان گفتگوهای خود با ..." (at the end of his talks with): a meeting; "به دعوت حکومت بریتانیه" (at the
    invitation of the British government, in Dari's spelling): the host invited."""
    talks = "پرزیدنت بوش روز پنجشنبه در پایان گفتگوهای خود با جونیچیرو کویزومی نخست وزیر ژاپن در کاخ سفید سخن گفت."
    got = extract_text(talks, "fa", dt.date(2006, 6, 29))
    assert got.outcome == "readout"
    assert got.engagement_type == "meeting"
    invited = (
        "ملکه الیزابت از براک اوباما رئیس جمهور ایالات متحده در اولین سفر رسمی وی به دعوت حکومت بریتانیه در قصر "
        "شاهی استقبال نمود."
    )
    got = extract_text(invited, "fa", dt.date(2011, 5, 24))
    assert got.outcome == "readout"
    assert got.initiator_code == "GBR"


def test_an_undated_page_of_a_known_month_gives_the_office_held_that_month() -> None:
    """Medvedev's state visit to Denmark on a page known only to April 2010: he took part as the president he was
    then, not as the prime minister he became in 2012 (the latest of his terms)."""
    text = (
        "Дмитрий Медведев прибыл в Данию с государственным визитом. В аэропорту его встретила Королева Дании "
        "Маргрете II. Состоялась встреча Дмитрия Медведева и Королевы Маргрете II.\n"
    )
    got = extract_text(text, "ru", published_month="2010-04")
    assert got.outcome == "readout"
    offices = {p.actor_code: p.office for p in got.participants}
    assert offices["RUS"] == "president"


def test_a_korean_wife_with_her_husband_lends_her_title_to_no_guest() -> None:
    """Xi, with his wife, met the visiting Kim Jong-un ("시진핑 국가주석이 부인 펑리위안 여사와 함께 중국을 방문한
    김정은 위원장 부부를 만났다"): her title (여사, madam), joined to Xi by "와 함께" (together with), is not
    the guest's."""
    text = (
        "김정은 북한 국무위원장이 오늘(19일) 중국을 방문해 시진핑 국가주석과 정상회담을 열었습니다.\n"
        "중국 관영 매체는 이날 시진핑 국가주석이 부인 펑리위안 여사와 함께 중국을 방문한 김정은 위원장 부부를 만났다고 "
        "보도했습니다.\n"
    )
    got = extract_text(text, "ko", dt.date(2018, 6, 19))
    assert got.outcome == "readout"
    assert participants_by_actor(got)["PRK"] == "Kim Jong-un"


def test_the_leaders_of_states_are_each_states_leading_office_holder() -> None:
    """ "Met with the leaders of Germany, France, Romania and Italy": Germany's chancellor and Italy's prime minister,
    not the presidents a president's counterparts would be."""
    text = "Volodymyr Zelenskyy met with the leaders of Germany, France, Romania and Italy in Kyiv."
    got = extract_text(text, "en", dt.date(2022, 6, 16))
    assert got.outcome == "readout"
    sides = participants_by_actor(got)
    assert sides["DEU"] == "Olaf Scholz"
    assert sides["ITA"] == "Mario Draghi"


def test_a_recalled_meeting_day_is_not_the_days_date() -> None:
    """ "Last time we met in here this hall on February 10", said at talks on the page's day: the talks are of the
    publication date."""
    text = (
        "Conversation with President of Kazakhstan Kassym-Jomart Tokayev\n\n"
        "Vladimir Putin spoke with President of Kazakhstan Kassym-Jomart Tokayev following the CSTO summit.\n\n"
        "Kassym-Jomart Tokayev: Thank you, Mr President. I am glad to have the chance to meet. Last time we met in "
        "here this hall on February 10. Indeed, trade is growing.\n"
    )
    got = extract_text(text, "en", dt.date(2022, 5, 16))
    assert got.outcome == "readout"
    assert got.engagement_date == dt.date(2022, 5, 16)


def test_a_traditional_chinese_overseas_telephone_talk() -> None:
    """ "進行英文越洋電話談話" (held an overseas telephone talk in English): a call."""
    text = "蔡英文總統今（29）日上午在總統府與史瓦帝尼王國恩史瓦帝三世國王進行英文越洋電話談話。"
    got = extract_text(text, "zh", dt.date(2018, 10, 29), url="https://www.president.gov.tw/NEWS/23800")
    assert got.outcome == "readout"
    assert got.engagement_type == "phone_call"


def test_calls_recalled_on_days_of_their_own_make_no_roundup() -> None:
    """A call "to congratulate" placed by the guest, with two earlier video greetings recalled ("曾於2016年1月16日
    ... 以視訊方式表達祝賀"): one call, the caller's side initiating it."""
    text = (
        "宏都拉斯總統葉南德茲致電恭賀蔡總統連任\n109年05月26日\n\n"
        "宏都拉斯共和國葉南德茲總統今（26）日上午與蔡總統進行電話通話。"
        "葉南德茲總統曾於2016年1月16日總統勝選當晚，以視訊方式表達祝賀，總統也曾於2017年12月27日，以視訊方式致賀"
        "葉南德茲總統連任。"
    )
    got = extract_text(text, "zh", dt.date(2020, 5, 26), url="https://www.president.gov.tw/NEWS/25379")
    assert got.outcome == "readout"
    assert got.initiator_code == "HND"


def test_a_korean_summit_next_year_is_to_come() -> None:
    """A summit "next February" ("내년 2월 슬로바키아에서 정상회담을 갖는": who will hold a summit in Slovakia):
    still to come."""
    text = (
        "또한 부쉬 대통령은 내년 2월 슬로바키아에서 정상회담을 갖는 블라디미르 푸틴 러시아 대통령과의 관계를 "
        "강조했습니다."
    )
    got = extract_text(text, "ko", dt.date(2004, 12, 21))
    assert got.outcome == "not_readout"


def test_a_spokesperson_on_a_leaders_site_reacts_to_other_leaders_call() -> None:
    """On the Presidential Office's site, its spokesperson speaking of a call between the US and Chinese presidents
    reacts to it: no readout there; the same words on a news service's site stay a report of the call."""
    text = (
        "總統府：與美方密切溝通\n106年02月10日\n美中元首越洋通話 總統府：與美方密切溝通\n\n"
        "針對美國總統川普在今天稍早與中國大陸國家主席習近平進行越洋電話會談，總統府發言人黃重諺表示，臺美雙方對此保持"
        "密切聯繫與溝通。"
    )
    own_site = extract_text(text, "zh", dt.date(2017, 2, 10), url="https://www.president.gov.tw/NEWS/21090")
    assert own_site.outcome == "not_readout"
    assert "spokesperson" in (own_site.reason or "")
    news = extract_text(text, "zh", dt.date(2017, 2, 10), url="https://www.voachinese.com/a/x.html")
    assert news.outcome == "readout"


def test_a_title_in_the_possessive_before_an_office_names_no_participant() -> None:
    """ "Head of the President's Office ... had a phone conversation with US President's National Security Advisor":
    officials; the presidents whose office and adviser they are took no part."""
    text = (
        "Head of the President's Office Andriy Yermak had a phone conversation with US President's National Security "
        "Advisor Jacob Sullivan."
    )
    got = extract_text(text, "en", dt.date(2022, 6, 22), url="https://www.president.gov.ua/en/news/x")
    assert got.outcome == "not_readout"


def test_a_japanese_guest_named_as_asean_chair_and_thanks_for_an_invitation_to_the_summit() -> None:
    """ "本年のASEAN議長であるジョコ大統領" is the president, chair of ASEAN besides; his thanks for the invitation to
    the G7 summit ("G7広島サミットへの招待に対する謝意") are not for the meeting: no initiator."""
    text = (
        "5月20日、岸田文雄内閣総理大臣は、G7広島サミットに出席するため訪日中のジョコ・ウィドド・インドネシア共和国大統領と"
        "首脳会談を行いました。\n"
        "冒頭、岸田総理大臣から、本年のASEAN議長であるジョコ大統領を交え、G7広島サミットにおいて率直な議論を行いたい旨"
        "述べました。これに対し、ジョコ大統領から、G7広島サミットへの招待に対する謝意が表明されました。\n"
    )
    got = extract_text(text, "ja", dt.date(2023, 5, 20))
    assert got.outcome == "readout"
    assert set(participants_by_actor(got)) == {"IDN", "JPN"}
    assert got.initiator_code is None


def test_a_government_sites_own_leader_named_apart_from_the_lead_took_part() -> None:
    """A kremlin.ru report of a leaders' meeting whose lead names only the guests, its own leader speaking further
    on ("Vladimir Putin: Colleagues, good afternoon"): the site's own leader took part too."""
    text = (
        "Informal meeting of the CIS heads of state\n\n"
        "President of the Republic of Belarus Alexander Lukashenko, President of the Republic of Kazakhstan "
        "Kassym-Jomart Tokayev and President of the Republic of Uzbekistan Shavkat Mirziyoyev met in St Petersburg "
        "for the informal summit. * * * Vladimir Putin: Colleagues, good afternoon. I am glad to see you all.\n"
    )
    got = extract_text(text, "en", dt.date(2021, 12, 28), url="http://en.kremlin.ru/events/president/news/67475")
    assert got.outcome == "readout"
    assert {"BLR", "KAZ", "RUS", "UZB"} <= set(participants_by_actor(got))
