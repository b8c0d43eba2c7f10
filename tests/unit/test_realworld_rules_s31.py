"""Session 31: general gaps that dev's real pages and the session's fresh batches showed (each case here is the
project's own text of the shape that failed)."""

from __future__ import annotations

import datetime as dt

import pytest

from readouts.extract.text import split_sentences
from readouts.reference import load_reference
from tests.helpers import extract_text, participants_by_actor

SITE = "https://www.president.gov.tw/NEWS/1"


# A kin's, spouse's or stand-in's title written onto the leader's title: no leader of that state takes part.
NAMED_THROUGH_THE_TITLE = {
    # the prime minister's wife (總理夫人): the president meets no second leader
    "wife": (
        "總統接見「貝里斯總理夫人兼婦幼特使羅莎娜」\n\n"
        "蔡英文總統今（14）日上午接見「貝里斯總理夫人兼婦幼特使羅莎娜」時表示，台灣和貝里斯是理念相近的盟友。\n",
        dt.date(2023, 2, 14),
        "BLZ",
    ),
    # the Honduran president's brother (總統胞兄), a political adviser
    "brother": (
        "總統接見宏都拉斯總統胞兄葉男德茲(Marco Hernández) 首席政治顧問伉儷\n\n"
        "馬英九總統今（11）日下午接見宏都拉斯總統胞兄葉男德茲(Marco Hernández) 首席政治顧問伉儷，除歡迎訪賓遠道而來，"
        "亦盼未來臺宏持續加強雙邊合作。\n",
        dt.date(2015, 2, 11),
        "HND",
    ),
    # a designated stand-in for the president (總統職務指定人), received by the vice president
    "designate": (
        "副總統伉儷接見宏都拉斯總統職務指定人兼總統府部長柏紀妍（Maria Antonieta Guillen de Bogran）等一行\n\n"
        "蕭萬長副總統伉儷晚間接見宏都拉斯總統職務指定人兼總統府部長柏紀妍（Maria Antonieta Guillen de Bogran）等一行，"
        "代表中華民國政府與人民歡迎訪問團所有成員。\n",
        dt.date(2011, 10, 6),
        "HND",
    ),
}


@pytest.mark.parametrize(("text", "published", "state"), NAMED_THROUGH_THE_TITLE.values(), ids=NAMED_THROUGH_THE_TITLE)
def test_a_person_named_through_a_leaders_title_is_no_leader(text: str, published: dt.date, state: str) -> None:
    got = extract_text(text, "zh", published, url=SITE)
    assert got.outcome == "not_readout"
    assert state not in participants_by_actor(got)


def test_the_prime_minister_himself_is_still_met() -> None:
    """The wife's lead with the prime minister himself: a meeting of two leaders."""
    text = (
        "總統接見「貝里斯總理白里康」\n\n"
        "蔡英文總統今（14）日上午接見「貝里斯總理白里康」時表示，台灣和貝里斯是理念相近的盟友。\n"
    )
    got = extract_text(text, "zh", dt.date(2023, 2, 14), url=SITE)
    assert got.outcome == "readout"
    assert set(participants_by_actor(got)) == {"TWN", "BLZ"}


def test_an_associations_chair_is_no_leader() -> None:
    """ "接見日本台灣交流協會大橋光夫會長": the chair (會長) of an association is an official, so the president's
    reception is no leaders' meeting, though the page later recalls the Japanese prime minister's summits."""
    text = (
        "總統接見「日本台灣交流協會大橋光夫會長」\n\n"
        "蔡英文總統今（16）日上午接見「日本台灣交流協會大橋光夫會長」時表示，台日關係持續深化。"
        "岸田首相在與美國拜登總統進行的雙邊高峰會時，也再三強調台海和平及穩定的重要性。\n"
    )
    got = extract_text(text, "zh", dt.date(2022, 12, 16), url=SITE)
    assert got.outcome == "not_readout"


def test_a_guest_thanking_the_host_for_having_invited_them_names_the_host() -> None:
    """A prime minister's statement after talks abroad: "Je remercie le premier ministre Cameron de m'avoir invité"
    names the host who invited, the initiator."""
    text = (
        "Déclaration du Premier ministre à la suite de sa rencontre avec David Cameron\n\n"
        "Londres, le 3 juin 2010. Suite à sa rencontre avec David Cameron, premier ministre du Royaume-Uni, le Premier "
        "ministre Stephen Harper a fait la déclaration suivante : « Je remercie le premier ministre Cameron de m'avoir "
        "invité aujourd'hui. Nous avons eu une discussion féconde. »\n"
    )
    got = extract_text(text, "fr", dt.date(2010, 6, 3))
    assert got.outcome == "readout"
    assert got.initiator_code == "GBR"


def test_a_guest_thanking_the_host_by_name_in_the_second_person_names_the_host() -> None:
    """Remarks before a trilateral meeting: "I would like to thank Joe for your kind invitation" names the host among
    three sides."""
    text = (
        "Remarks by President Biden, President Yoon Suk Yeol and Prime Minister Kishida Fumio before their trilateral "
        "meeting\n\n"
        "PRIME MINISTER KISHIDA: (As interpreted.) First of all, I would like to thank Joe for your kind invitation to "
        "the two of us to Camp David. I am glad to hold this meeting of the three leaders today.\n"
    )
    got = extract_text(text, "en", dt.date(2023, 8, 18), url="https://www.whitehouse.gov/briefing-room/1")
    assert got.outcome == "readout"
    assert got.initiator_code == "USA"


def test_a_guests_thanks_in_the_second_sentence_of_their_words_names_the_host() -> None:
    """A transcript whose guest's label runs into the name ("Raisi Sayyid EbrahimPresident of Iran (retranslated):"),
    the thanks in the second sentence of his words: "Thank you very much. ... I would like to thank you sincerely, Your
    Excellency, for inviting me to Moscow": the host invited."""
    text = (
        "Meeting with President of Iran Sayyid Ebrahim Raisi\n\n"
        "Vladimir Putin held talks at the Kremlin with President of the Islamic Republic of Iran Sayyid Ebrahim Raisi. "
        "President of Russia Vladimir Putin: Mr President, welcome to Moscow. We have a lot to discuss. "
        "Raisi Sayyid EbrahimPresident of Iran (retranslated): Thank you very much. In the name of God, I would like "
        "to thank you sincerely, Your Excellency, for inviting me to Moscow. I am very happy to have this meeting.\n"
    )
    got = extract_text(text, "en", dt.date(2022, 1, 19), url="http://en.kremlin.ru/events/president/news/1")
    assert got.outcome == "readout"
    assert got.initiator_code == "RUS"


def test_a_vice_presidents_welcome_brings_in_no_president_by_default() -> None:
    """A joint statement whose lead, wrapped mid-title, says the Vice President welcomed a prime minister: the site's
    own leader is not added to a lead that names its deputy, so one leader took part."""
    title = (
        "Joint Statement on the Strategic Third Neighbor Partnership between the United States of America and Mongolia"
    )
    text = (
        f"{title}\n"
        "August 2, 2023\n\n"
        "Vice President Kamala Harris welcomed Prime\n"
        "Minister Oyun-Erdene Luvsannamsrai to Washington, D.C., on August 2 to celebrate the partnership between the\n"
        "United States and Mongolia. The two sides discussed trade and energy.\n"
    )
    got = extract_text(
        text, "en", dt.date(2023, 8, 2), title=title, url="https://www.whitehouse.gov/briefing-room/statements/1"
    )
    assert got.outcome == "not_readout"
    assert "USA" not in participants_by_actor(got)


UA_SITE = "https://www.president.gov.ua/en/news/1"


def test_the_president_of_a_parliament_named_with_its_states_adjective_is_no_head_of_state() -> None:
    """ "Met with the President of the German Bundestag": the chamber's president, not Germany's."""
    text = (
        "Head of State met with the President of the German Bundestag\n\n"
        "President of Ukraine Volodymyr Zelenskyy met with President of the Bundestag of the Federal Republic of "
        "Germany Bärbel Bas who is on a visit to Kyiv. Volodymyr Zelenskyy thanked Germany for its support.\n"
    )
    got = extract_text(text, "en", dt.date(2022, 5, 8), url=UA_SITE)
    assert got.outcome == "not_readout"
    assert "DEU" not in participants_by_actor(got)


def test_a_minister_by_a_longer_ministry_name_is_no_leader() -> None:
    """ "Met with the Minister for Europe and Foreign Affairs of France": a minister, though the president of France is
    thanked in her meeting."""
    text = (
        "President of Ukraine met with the Minister for Europe and Foreign Affairs of France\n\n"
        "President Volodymyr Zelenskyy had a meeting with Minister for Europe and Foreign Affairs of France Catherine "
        'Colonna, who is on a visit to Ukraine. "I want to thank you, France and President Emmanuel Macron for '
        'supporting Ukraine," the President said.\n'
    )
    got = extract_text(text, "en", dt.date(2022, 5, 30), url=UA_SITE)
    assert got.outcome == "not_readout"
    assert "FRA" not in participants_by_actor(got)


def test_an_address_telling_of_two_calls_is_a_roundup_though_a_later_sentence_recalls_an_earlier_one() -> None:
    """An evening address: "I spoke today with Prime Minister of Canada Justin Trudeau. I also had a conversation with
    the President of Ecuador", then a sentence pairing Ecuador's call with "yesterday's" call with Guatemala's
    president: two calls of the day, reported one after the other; the recalled pair does not hide them."""
    text = (
        "Address by the President of Ukraine\n\n"
        "I spoke today with Prime Minister of Canada Justin Trudeau. We discussed the supply of weapons. "
        "I also had a conversation with the President of Ecuador. I informed him about the situation on the "
        "battlefield. Both this conversation with the President of Ecuador and yesterday's conversation with the "
        "President of Guatemala are just the beginning of our new policy in Latin America.\n"
    )
    got = extract_text(text, "en", dt.date(2022, 6, 14), url=UA_SITE)
    assert got.outcome == "not_readout"
    assert got.reason is not None and "several engagements" in got.reason


def test_a_farewell_with_military_honours_is_a_meeting_as_the_welcome_is() -> None:
    """ "以軍禮歡送馬紹爾群島共和國總統": the two presidents met at the farewell ceremony."""
    text = (
        "總統以軍禮歡送馬紹爾群島共和國總統諾特\n\n"
        "陳水扁總統今天上午在總統府前廣場以軍禮歡送馬紹爾群島共和國總統諾特（Kessai Note）伉儷，"
        "兩位元首並肩校閱三軍儀隊。\n"
    )
    got = extract_text(text, "zh", dt.date(2002, 5, 17), url=SITE)
    assert got.outcome == "readout"
    assert set(participants_by_actor(got)) == {"TWN", "MHL"}
    assert got.engagement_type == "meeting"


def test_a_participant_list_set_out_one_leader_a_line_under_a_colon_is_read_whole() -> None:
    """ "Joining President Biden at the meeting were the following leaders:" over a bulleted list: every leader listed
    took part."""
    text = (
        "Readout of President Biden's Meeting with the Leaders of the Bucharest Nine\n\n"
        "President Joseph R. Biden, Jr. met today with the Bucharest Nine group of our eastern flank NATO Allies to "
        "underscore the U.S. commitment to Transatlantic security.\n\n"
        "Joining President Biden at the meeting were the following leaders:\n\n"
        "-   Bulgarian President Rumen Radev\n"
        "-   Czech Republic Prime Minister Petr Fiala\n"
        "-   Polish President Andrzej Duda\n"
        "-   Slovak President Zuzana Caputova\n"
    )
    got = extract_text(text, "en", dt.date(2023, 2, 22), url="https://www.whitehouse.gov/briefing-room/statements/1")
    assert got.outcome == "readout"
    assert {"USA", "BGR", "CZE", "POL", "SVK"} <= set(participants_by_actor(got))


def test_guinea_bissau_written_whole_is_not_guinea() -> None:
    """ "O Presidente da Guiné-Bissau ... encontrou com o seu homólogo Denis Sassou Nguesso": Guinea-Bissau's president
    (José Mário Vaz in 2017), not Guinea's."""
    text = (
        "Vaz em périplo pela região\n\n"
        "O Presidente da Guiné-Bissau encontra-se desde domingo, 30, na República do Congo, onde se encontrou com "
        "o seu homólogo Denis Sassou Nguesso.\n"
    )
    got = extract_text(text, "pt", dt.date(2017, 5, 1))
    assert got.outcome == "readout"
    assert set(participants_by_actor(got)) == {"GNB", "COG"}


def test_a_vice_president_a_clause_before_a_visiting_leader_does_not_make_him_one() -> None:
    """ "馬英九總統偕同蕭萬長副總統在總統府代表政府與人民歡迎來訪的宏都拉斯共和國羅博（Porfirio Lobo Sosa）總統":
    the vice president's title stands a clause before the guest's name, not in front of it; the guest is Honduras's
    president."""
    text = (
        "總統偕同副總統會晤宏都拉斯共和國羅博總統伉儷暨訪問團成員\n\n"
        "馬英九總統今天上午偕同蕭萬長副總統在總統府代表政府與人民歡迎來訪的宏都拉斯共和國羅博（Porfirio Lobo Sosa）"
        "總統伉儷暨訪問團成員。總統表示，羅博總統曾以該國國會議長身分訪華。\n"
    )
    got = extract_text(text, "zh", dt.date(2010, 11, 15), url=SITE)
    assert got.outcome == "readout"
    assert set(participants_by_actor(got)) == {"TWN", "HND"}


def test_a_background_call_previewing_a_summit_announces_it() -> None:
    """ "Background Press Call by Senior Administration Officials Previewing the North American Leaders' Summit": the
    officials tell what the leaders will do, so the summit is to come."""
    title = "Background Press Call by Senior Administration Officials Previewing the North American Leaders' Summit"
    text = (
        f"{title}\n"
        "Via Teleconference\n\n"
        "SENIOR ADMINISTRATION OFFICIAL: Thanks. Tomorrow the President hosts Prime Minister Trudeau and President "
        "López Obrador at the White House for the North American Leaders' Summit. He will meet each of them.\n"
    )
    got = extract_text(
        text, "en", dt.date(2021, 11, 17), title=title, url="https://www.whitehouse.gov/briefing-room/press-briefings/1"
    )
    assert got.outcome == "not_readout"


def test_the_managing_director_of_the_imf_is_no_leader() -> None:
    """ "President and the IMF Managing Director discussed ...": the Fund's head is no leader, nor is "Managing
    Director" a name."""
    text = (
        "President and the IMF Managing Director discussed the support of Ukraine's economy during the war\n\n"
        "President of Ukraine Volodymyr Zelenskyy held a video conference with Managing Director of the International "
        "Monetary Fund Kristalina Georgieva. The President thanked the IMF for supporting Ukraine's economy.\n"
    )
    got = extract_text(text, "en", dt.date(2022, 5, 16), url=UA_SITE)
    assert got.outcome == "not_readout"
    assert "IMF" not in participants_by_actor(got)


def test_a_meeting_a_day_after_the_page_date_abroad_keeps_its_day() -> None:
    """A page dated the 27th in Washington: "met in Tokyo, Japan, on October 28, 2025": the meeting's own day, on
    which Takaichi, not Ishiba, was prime minister."""
    text = (
        "Implementation of the Agreement Toward a New Golden Age for the U.S.-Japan Alliance\n\n"
        "President of the United States of America, Donald J. Trump, and Prime Minister of Japan, Takaichi Sanae, met "
        "in Tokyo, Japan, on October 28, 2025. The two leaders noted with satisfaction the progress of the agreement.\n"
    )
    got = extract_text(text, "en", dt.date(2025, 10, 27), url="https://www.whitehouse.gov/briefings-statements/1")
    assert got.outcome == "readout"
    assert got.engagement_date == dt.date(2025, 10, 28)
    assert participants_by_actor(got)["JPN"] == "Sanae Takaichi"


def test_the_pope_whose_inaugural_mass_two_leaders_attend_is_no_participant() -> None:
    """ "avant que les deux dirigeants n'assistent à la messe inaugurale de Sa Sainteté le pape Léon XIV": the mass was
    held for the Pope; he did not take part in the two leaders' meeting."""
    text = (
        "ROME, le 17 mai 2025 /CNW/ - Aujourd'hui, le premier ministre Mark Carney a rencontré le président de "
        "l'Ukraine, Volodymyr Zelenskyy, avant que les deux dirigeants n'assistent à la messe inaugurale de Sa "
        "Sainteté le pape Léon XIV.\n"
    )
    got = extract_text(text, "fr", dt.date(2025, 5, 17))
    assert got.outcome == "readout"
    assert set(participants_by_actor(got)) == {"CAN", "UKR"}


def test_the_uae_president_named_by_title_and_family_name_takes_part() -> None:
    """ "Remarks by President Biden, Prime Minister Lapid, President bin Zayed Al Nahyan and Prime Minister Modi": the
    UAE's president, named "President bin Zayed", is one of the four."""
    got = extract_text(
        "Remarks by President Biden, Prime Minister Lapid, President bin Zayed Al Nahyan, and Prime Minister Modi at "
        "the I2U2 Leaders' Virtual Summit\n\nPRESIDENT BIDEN: Good morning. It's good to meet with you all today.\n",
        "en",
        dt.date(2022, 7, 14),
        url="https://www.whitehouse.gov/briefing-room/speeches-remarks/1",
    )
    assert "ARE" in participants_by_actor(got)


def test_a_sentence_ending_on_a_short_word_ends_there() -> None:
    """An address whose sentences end on "us." and "the EU.": "the whole world is with us. In the morning I spoke with
    His Holiness Pope Francis ... membership in the EU. I spoke with President of Slovakia Zuzana Čaputová": each
    call its own sentence, two calls of the day, so the address is a roundup."""
    text = (
        "Address by the President of Ukraine\n\n"
        "Today was one of those days that allows us to say with confidence that the whole world is with us. In the "
        "morning I spoke with His Holiness Pope Francis about the search for peace for Ukraine. And I am grateful to "
        "Italy for supporting Ukraine's membership in the EU. I spoke with President of Slovakia Zuzana Čaputová. An "
        "important conversation also took place with the Prime Minister of Canada.\n"
    )
    got = extract_text(text, "en", dt.date(2022, 3, 22), url=UA_SITE)
    assert got.outcome == "not_readout"
    assert got.reason is not None and "several engagements" in got.reason


def test_abbreviations_still_do_not_end_a_sentence() -> None:
    """ "Mr. Biden met Dr. Smith." and "ca. 100 people" stay one sentence each; "us. In" does not."""
    text = "The whole world is with us. In the morning Mr. Biden met Dr. Smith. It was ca. 100 people. The EU. It met."
    cut = [text[s.start : s.end] for s in split_sentences(text, load_reference())]
    assert cut == [
        "The whole world is with us.",
        "In the morning Mr. Biden met Dr. Smith.",
        "It was ca. 100 people.",
        "The EU.",
        "It met.",
    ]


def test_a_president_setting_off_on_a_trip_reports_its_meetings_to_come() -> None:
    """ "陳總統今天上午啟程前往中美洲友邦瓜地馬拉共和國，參加新任總統柯隆就職典禮": the departure; the trip's
    meetings are to come."""
    text = (
        "總統「睦誼共隆、永續發展之旅」啟程\n\n"
        "陳總統水扁先生今天上午啟程前往中美洲友邦瓜地馬拉共和國，參加新任總統柯隆就職典禮，並前往聖露西亞進行國是訪問，"
        "與瓜地馬拉總統柏傑會晤。\n"
    )
    got = extract_text(text, "zh", dt.date(2008, 1, 13), url=SITE)
    assert got.outcome == "not_readout"


def test_a_leaders_wife_named_through_of_and_his_title_is_no_leader() -> None:
    """ "Wife of the President of Ukraine Olena Zelenska had a phone conversation with Her Majesty Queen Mathilde":
    the title says whose wife she is; the president took no part."""
    text = (
        "Olena Zelenska discussed with Queen Mathilde of Belgium the National Program of Mental Health\n\n"
        "Wife of the President of Ukraine Olena Zelenska had a phone conversation with Her Majesty Queen Mathilde of "
        "Belgium, during which the National Program of Mental Health was discussed.\n"
    )
    got = extract_text(text, "en", dt.date(2022, 5, 31), url=UA_SITE)
    assert got.outcome == "not_readout"
    assert "UKR" not in participants_by_actor(got)
