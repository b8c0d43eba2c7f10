"""Session 29: the general gaps in finding who initiated an engagement that dev's real pages showed (each case here is
the project's own text of the shape that failed)."""

from __future__ import annotations

import datetime as dt

from tests.helpers import extract_text


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
    """ "接見聖露西亞外交、國際貿易暨民航部長" (a minister of foreign affairs, trade and aviation) and "國務院亞太局副助卿"
    (a deputy assistant secretary): the president received an official, though the text names a leader elsewhere."""
    text = (
        "總統接見聖露西亞外交、國際貿易暨民航部長包提斯\n104年02月10日\n\n"
        "馬英九總統今（10）日上午接見聖露西亞外交、國際貿易暨民航部長包提斯一行。總統表示，他曾訪問聖露西亞，並獲得"
        "總理安東尼熱忱接待；安東尼總理也在同年11月回訪。"
    )
    got = extract_text(text, "zh", dt.date(2015, 2, 10), url="https://www.president.gov.tw/NEWS/19000")
    assert got.outcome == "not_readout"
    assert "no leader" in (got.reason or "")
