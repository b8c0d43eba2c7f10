"""Session 20: rules driven by fresh real pages of the corpus's dev split and by real news probes
(closed licences, kept out of the repository) -- each case here is the project's own sentence of the
shape that failed."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import extract_text, participants_by_actor


@pytest.mark.parametrize(
    ("text", "initiator"),
    [
        # the state named before "...に電話" is no side of the call: the other call of the 15th is
        # background, and "に" belongs to the day
        (
            "岸田首相は17日夜、ロシアのプーチン大統領と約30分間電話会談した。"
            "首相はウクライナのゼレンスキー大統領とも15日に電話で会談している。",
            None,
        ),
        # the called side named by its state first, and a side of the call: the caller stands
        ("岸田首相は17日夜、ロシアのプーチン大統領に電話をかけ、約30分間会談した。", "JPN"),
    ],
)
def test_a_called_state_that_is_no_side_names_no_caller(text, initiator):
    result = extract_text(text, "ja", dt.date(2022, 2, 17), title="岸田首相、プーチン大統領と電話会談")
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"JPN", "RUS"}
    assert result.initiator_code == initiator


@pytest.mark.parametrize(
    ("text", "readout"),
    [
        # a government's schedule of the day: its entries, in the present, are still to come
        (
            "Agenda del Gobierno - 12.6.2024\n-\nPedro Sánchez\nPresidente del Gobierno\n-\n10:30 h.\n"
            "Recibe al presidente de la República Argentina, Javier Milei, en el Palacio de la Moncloa.\n"
            "A continuación, mantiene una reunión con el presidente de la República Argentina.\n",
            False,
        ),
        # the same meeting reported: a readout
        (
            "Sánchez recibe a Milei en la Moncloa\n\nEl presidente del Gobierno, Pedro Sánchez, se reunió hoy en "
            "el Palacio de la Moncloa con el presidente de la República Argentina, Javier Milei.\n",
            True,
        ),
    ],
)
def test_a_schedule_of_the_day_announces_its_engagements(text, readout):
    result = extract_text(text, "es", dt.date(2024, 6, 12))
    assert (result.outcome == "readout") is readout
    if not readout:
        assert result.reason == "announces an engagement to come, not one that took place"
    else:
        assert set(participants_by_actor(result)) == {"ARG", "ESP"}


@pytest.mark.parametrize(
    ("text", "published", "actors", "initiator"),
    [
        # a CIS leader addressed by first name and patronymic alone, on the host's site
        (
            "В.Путин: Уважаемый Александр Григорьевич! Спасибо, что приняли приглашение. Рад Вас видеть в Москве.",
            dt.date(2002, 6, 14),
            {"RUS": "Vladimir Putin", "BLR": "Alexander Lukashenko"},
            "RUS",
        ),
        (
            "В.Путин: Уважаемый Шавкат Миромонович! Рад приветствовать Вас в Кремле.",
            dt.date(2019, 4, 3),
            {"RUS": "Vladimir Putin", "UZB": "Shavkat Mirziyoyev"},
            None,
        ),
    ],
)
def test_a_leader_addressed_by_name_and_patronymic(text, published, actors, initiator):
    result = extract_text(text, "ru", published, url="http://kremlin.ru/events/president/transcripts/1")
    assert participants_by_actor(result) == actors
    assert result.initiator_code == initiator


@pytest.mark.parametrize(
    ("text", "readout"),
    [
        # met at a place and talked: a meeting held, though the guest arrived "to pay" a state visit
        (
            "시-푸 정상, 현안 논의\n\n"
            "시진핑 중국 국가주석과 블라디미르 푸틴 러시아 대통령이 오늘(5일) "
            "크렘린궁에서 만나 현안을 논의했습니다.\n\n"
            "러시아를 국빈 방문하기 위해 오늘 모스크바에 도착한 시 주석은 관계가 좋다고 말했습니다.\n\n"
            "시 주석은 내일(6일) 포럼에 참석해 연설할 예정입니다.",
            True,
        ),
        # a greeting's "만나 뵙게 되어" (nice to meet you) is no meeting of the leaders named
        ("트럼프 대통령의 메시지를 전했습니다.\n황교안 대통령 권한대행: 만나 뵙게 되어 반갑습니다.", False),
    ],
)
def test_met_at_a_place_is_a_meeting_held(text, readout):
    result = extract_text(text, "ko", dt.date(2019, 6, 5))
    assert (result.outcome == "readout") is readout
    if readout:
        assert set(participants_by_actor(result)) == {"CHN", "RUS"}
        assert result.engagement_type == "meeting"


TAIWAN_PRESIDENT = "https://www.president.gov.tw/NEWS/1"


def test_welcoming_a_leader_who_came_at_the_head_of_a_delegation_is_a_meeting():
    text = "馬英九總統今天代表政府與人民，熱烈歡迎率團來訪的巴拉圭共和國總統卡提斯。兩國邦誼深厚。"
    result = extract_text(text, "zh", dt.date(2014, 6, 5), url=TAIWAN_PRESIDENT)
    assert result.outcome == "readout"
    assert result.engagement_type == "meeting"
    assert participants_by_actor(result) == {"TWN": "Ma Ying-jeou", "PRY": "Horacio Cartes"}


@pytest.mark.parametrize(
    "text",
    [
        # a party's chair is no head of state
        "李總統登輝先生今天接見多明尼加共和國革命黨主席賓諾戈梅斯夫婦時表示，兩國關係良好。",
        # nor is the president of an organisation's council
        "馬英九總統上午接見「國際民航組織」理事會主席一行時表示，我國願意貢獻。",
        # members of a parliament: the state before them is not the one of the title after them
        "接見美國聯邦眾議員　總統盼深化臺美關係\n\n蔡英文總統今天上午接見美國聯邦眾議員訪問團，感謝美國支持。",
        "接見加拿大國會議員　總統盼臺加未來有更多合作成果\n\n蔡英文總統今天接見加拿大國會議員訪問團。",
    ],
)
def test_a_chair_of_a_party_or_a_council_is_no_leader(text):
    result = extract_text(text, "zh", dt.date(2013, 12, 6), url=TAIWAN_PRESIDENT)
    assert result.outcome == "not_readout"
    assert result.participants == []


@pytest.mark.parametrize(
    ("text", "language", "initiator"),
    [
        (
            "On March 5, Mr. KISHIDA Fumio, Prime Minister of Japan, held a telephone talk with H.E. Mr. Narendra "
            "Modi, Prime Minister of India. The telephone talk was held based on the request from the Indian side.",
            "en",
            "IND",
        ),
        (
            "本日、岸田文雄内閣総理大臣は、インドのモディ首相と約30分間電話会談を行いました。"
            "本電話会談は日本側から呼びかけて行われたものです。",
            "ja",
            "JPN",
        ),
    ],
)
def test_a_foreign_ministrys_note_on_who_asked_for_the_talk(text, language, initiator):
    result = extract_text(text, language, dt.date(2024, 3, 5), url="https://www.mofa.go.jp/s_sa/1.html")
    assert set(participants_by_actor(result)) == {"IND", "JPN"}
    assert result.initiator_code == initiator


@pytest.mark.parametrize("kind", ["Рабочая встреча", "Неформальная встреча", "Двусторонняя встреча"])
def test_a_subjectless_heading_of_a_kind_of_meeting_speaks_for_the_sites_leader(kind):
    text = f"{kind} с Президентом Белоруссии Александром Лукашенко\n10 июня 2021 года\nВстреча прошла в Ново-Огарёве."
    result = extract_text(text, "ru", dt.date(2021, 6, 10), url="http://kremlin.ru/events/president/news/1")
    assert result.engagement_type == "meeting"
    assert participants_by_actor(result) == {"RUS": "Vladimir Putin", "BLR": "Alexander Lukashenko"}


@pytest.mark.parametrize(
    "text",
    [
        # a leader's aide, the leader named as the principal
        "Deputy Head of the Office of the President of Ukraine Ihor Zhovkva had a phone conversation with European "
        "Policy Advisor to the Federal Chancellor of Germany Undine Ruge.",
    ],
)
def test_a_leaders_aides_are_no_leaders(text):
    result = extract_text(text, "en", dt.date(2022, 6, 17), url="https://www.president.gov.ua/en/news/1")
    assert result.outcome == "not_readout"
    assert result.participants == []


def test_a_later_clause_about_an_earlier_meeting_does_not_type_the_call():
    text = (
        "Today, the Prime Minister, Mark Carney, spoke with the President of France, Emmanuel Macron.\n\n"
        "President Macron congratulated Prime Minister Carney on his election. Following the Prime Minister's "
        "meeting with the President in Paris last month, the two leaders discussed their ongoing work."
    )
    result = extract_text(text, "en", dt.date(2025, 4, 29), url="https://www.pm.gc.ca/en/news/readouts/1")
    assert set(participants_by_actor(result)) == {"CAN", "FRA"}
    assert result.engagement_type == "phone_call"


def test_a_dash_in_a_headline_parts_a_state_from_the_title_after_it():
    text = (
        "If troops destroy the city, there will be nothing to talk about with Russia - President of Ukraine\n\n"
        "This was stated by President of Ukraine Volodymyr Zelenskyy during a video meeting at a London think tank."
    )
    result = extract_text(text, "en", dt.date(2022, 5, 6), url="https://www.president.gov.ua/en/news/1")
    assert result.outcome == "not_readout"
    assert result.participants == []


def test_a_senates_president_is_no_leader():
    text = (
        "President of Ukraine Volodymyr Zelenskyy spoke at the Congress of Local and Regional Authorities, which was "
        "held as a video conference. President of the Senate of Romania Florin Cîțu took part in the Congress. "
        "Cîțu said that Romania supports Ukraine."
    )
    result = extract_text(text, "en", dt.date(2022, 4, 27), url="https://www.president.gov.ua/en/news/1")
    assert result.outcome == "not_readout"


def test_an_update_given_at_a_sides_request_on_other_talks_names_no_caller():
    text = (
        "Vladimir Putin had a telephone conversation with President of Serbia Aleksandar Vucic.\n"
        "At the request of Aleksandar Vucic, Vladimir Putin provided an update on the talks between Russian and "
        "Ukrainian representatives."
    )
    result = extract_text(text, "en", dt.date(2022, 4, 6), url="http://en.kremlin.ru/events/president/news/1")
    assert set(participants_by_actor(result)) == {"RUS", "SRB"}
    assert result.initiator_code is None


def test_thanks_for_the_invitation_outside_any_transcript_turn_is_read_without_error():
    text = "Prime Minister Narendra Modi met President Emmanuel Macron in Paris. Thank you for the invitation, he said."
    result = extract_text(text, "en", dt.date(2024, 3, 5))
    assert set(participants_by_actor(result)) == {"FRA", "IND"}


@pytest.mark.parametrize(
    ("text", "published", "url", "actors", "initiator"),
    [
        # thanks "very much", read within the guest's own short turn, not the next one's
        (
            "President of Mongolia Tsakhiagiin Elbegdorj: Mr President, welcome to Ulaanbaatar.\n"
            "President of Russia Vladimir Putin: Mr President, thank you very much for the invitation. "
            "It is a pleasure to visit Mongolia.\n",
            dt.date(2014, 9, 3),
            "http://en.kremlin.ru/events/president/transcripts/1",
            {"MNG", "RUS"},
            "MNG",
        ),
        # thanks "for this invitation"
        (
            "PRESIDENT BIDEN: Mr. Prime Minister, welcome to the White House.\n"
            "PRIME MINISTER DRAGHI: Thank you. Thanks for this invitation. It is a pleasure to be here.\n",
            dt.date(2022, 5, 10),
            "https://www.whitehouse.gov/briefing-room/1",
            {"ITA", "USA"},
            "USA",
        ),
        # thanks "for the invitation," among other things, no event named
        (
            "PRESIDENT BUSH: Welcome, Mr. President.\n\n"
            "PRESIDENT AZNAR: (As translated.) Good evening. I want to thank President Bush once again for this very "
            "warm welcome, for the invitation, for his hospitality.\n",
            dt.date(2004, 1, 14),
            "https://georgewbush-whitehouse.archives.gov/news/1",
            {"ESP", "USA"},
            "USA",
        ),
    ],
)
def test_a_guest_thanking_for_the_invitation_names_the_host(text, published, url, actors, initiator):
    result = extract_text(text, "en", published, url=url)
    assert set(participants_by_actor(result)) == actors
    assert result.initiator_code == initiator
