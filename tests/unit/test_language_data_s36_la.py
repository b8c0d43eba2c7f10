"""Session 36, group lA: Turkish and Indonesian language data ported from the English keys (the project's own
sentences; the guards beside them hold what must stay a readout)."""

from __future__ import annotations

import datetime as dt

from tests.helpers import extract_text, participants_by_actor

ILETISIM = "https://www.iletisim.gov.tr/turkce/haberler/detay/cumhurbaskani-erdogan-gorustu"
VOA_TR = "https://www.voaturkce.com/a/erdogan-gorusme/123456.html"
PRESIDENRI = "https://www.presidenri.go.id/siaran-pers/presiden-bertemu/"
SETKAB = "https://setkab.go.id/presiden-menerima-kunjungan/"

SEVERAL = "reports several engagements (a roundup or an essay), not one"
NO_LEADER = "the counterpart in the engagement sentence holds no leader's office"
TO_COME = "announces an engagement to come, not one that took place"


def test_tr_the_call_of_a_side_names_the_initiator():
    """ "Scholz'un aramasıyla gerçekleşen görüşmede": the talk came about by Scholz's call."""
    result = extract_text(
        "Cumhurbaşkanı Recep Tayyip Erdoğan, Almanya Başbakanı Olaf Scholz ile telefonda görüştü. Scholz'un "
        "aramasıyla gerçekleşen görüşmede enerji arzı ve göç konuları ele alındı.",
        "tr",
        dt.date(2023, 2, 14),
        title="Cumhurbaşkanı Erdoğan, Almanya Başbakanı Scholz ile telefonda görüştü",
        url=ILETISIM,
    )
    assert result.outcome == "readout"
    assert result.initiator_code == "DEU"


def test_tr_then_separately_after_a_first_talk_is_several_meetings():
    """ "...ile görüştü; ardından X ve Y ile ayrı ayrı bir araya geldi": the adverb "ardından" (then) does not make the
    sentence a recall of earlier talks, so "ayrı ayrı" makes it several meetings."""
    result = extract_text(
        "Cumhurbaşkanı Erdoğan, G20 zirvesi marjında Fransa Cumhurbaşkanı Emmanuel Macron ile görüştü; ardından "
        "Japonya Başbakanı Fumio Kishida ve Kanada Başbakanı Justin Trudeau ile ayrı ayrı bir araya geldi.",
        "tr",
        dt.date(2023, 9, 9),
        title="Erdoğan G20'de liderlerle görüştü",
        url=VOA_TR,
    )
    assert result.outcome == "not_readout"
    assert result.reason == SEVERAL


def test_tr_a_call_recalled_in_a_speech_reports_none():
    """A speech recalling "geçtiğimiz günlerde yaptığımız telefon görüşmesinde": no engagement reported."""
    result = extract_text(
        "Cumhurbaşkanı Recep Tayyip Erdoğan, Beştepe'de düzenlenen programda bir konuşma yaptı. Erdoğan, 'Sayın "
        "Scholz ile geçtiğimiz günlerde yaptığımız telefon görüşmesinde göç meselesini konuştuk' dedi.",
        "tr",
        dt.date(2023, 3, 2),
        title="Cumhurbaşkanı Erdoğan programda konuştu",
        url=ILETISIM,
    )
    assert result.outcome == "not_readout"
    assert result.reason == "only recalls an earlier engagement, reports none"


def test_tr_talks_held_many_times_are_no_one_engagement():
    """ "defalarca telefonda görüştü": many calls, no one engagement."""
    result = extract_text(
        "Cumhurbaşkanı Erdoğan, Rusya Devlet Başkanı Vladimir Putin ile savaş boyunca defalarca telefonda görüştü. "
        "Tahıl koridoru bu görüşmelerin başlıca konusu oldu.",
        "tr",
        dt.date(2023, 5, 2),
        title="Erdoğan ve Putin arasındaki diplomasi",
        url=VOA_TR,
    )
    assert result.outcome == "not_readout"
    assert result.reason == SEVERAL


def test_tr_an_interview_recalling_a_call_reports_none():
    """ "CNN'e verdiği röportajda": the page is an interview, its answers recall the call."""
    result = extract_text(
        "Cumhurbaşkanı Erdoğan, CNN'e verdiği röportajda ABD Başkanı Joe Biden ile yaptığı telefon görüşmesinde "
        "F-16 konusunu konuştuklarını anlattı.",
        "tr",
        dt.date(2023, 9, 25),
        title="Erdoğan'dan CNN'e açıklamalar",
        url=VOA_TR,
    )
    assert result.outcome == "not_readout"
    assert result.reason == "an interview a leader gave (named by the first engagement cue), not an engagement"


def test_tr_a_parliament_chair_received_is_no_leader():
    """ "Kore Ulusal Meclisi Başkanı": a speaker of parliament, though the title holds "Başkanı"."""
    result = extract_text(
        "Cumhurbaşkanı Recep Tayyip Erdoğan, Kore Ulusal Meclisi Başkanı Kim Jin-pyo'yu Külliye'de kabul etti.",
        "tr",
        dt.date(2023, 6, 20),
        title="Cumhurbaşkanı Erdoğan, Kore Ulusal Meclisi Başkanı Kim'i kabul etti",
        url=ILETISIM,
    )
    assert result.outcome == "not_readout"


def test_tr_a_talk_that_will_take_place_is_to_come():
    """ "görüşme cuma günü gerçekleşecek": the talk will take place."""
    result = extract_text(
        "İki lider arasındaki ikili görüşme cuma günü Beştepe'de gerçekleşecek. Cumhurbaşkanı Erdoğan, Macar "
        "Başbakan Viktor Orban'ı resmi törenle karşılayacak.",
        "tr",
        dt.date(2023, 4, 10),
        title="Macaristan Başbakanı Orban Türkiye'ye geliyor",
        url=VOA_TR,
    )
    assert result.outcome == "not_readout"
    assert result.reason == TO_COME


def test_tr_guard_a_talk_followed_by_a_press_conference_stays_a_readout():
    """Guard: "görüşmenin ardından" after the talk reported is no earlier engagement."""
    result = extract_text(
        "Cumhurbaşkanı Recep Tayyip Erdoğan, Hollanda Başbakanı Mark Rutte ile Ankara'da bir araya geldi. "
        "Görüşmenin ardından iki lider ortak basın toplantısı düzenledi.",
        "tr",
        dt.date(2023, 3, 15),
        title="Cumhurbaşkanı Erdoğan, Hollanda Başbakanı Rutte ile görüştü",
        url=ILETISIM,
    )
    assert result.outcome == "readout"
    assert participants_by_actor(result) == {"TUR": "Recep Tayyip Erdoğan", "NLD": "Mark Rutte"}
    assert result.engagement_type == "meeting"


def test_id_greetings_passed_on_leave_the_leader_a_mention():
    """ "menitipkan salam untuk Presiden Xi": Xi was greeted through the guest, not met."""
    result = extract_text(
        "Presiden Joko Widodo bertemu dengan Perdana Menteri Singapura Lee Hsien Loong di Istana Bogor, Senin "
        "(16/3/2023), dan menitipkan salam untuk Presiden Tiongkok Xi Jinping.",
        "id",
        dt.date(2023, 3, 16),
        title="Presiden Jokowi Bertemu Tamu Negara di Bogor",
        url=SETKAB,
    )
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"IDN", "SGP"}


def test_id_a_courtesy_call_of_a_parliament_chair_is_no_leaders_meeting():
    """ "menerima kunjungan kehormatan Ketua DPR": a speaker of parliament, no leader."""
    result = extract_text(
        "Presiden Prabowo Subianto menerima kunjungan kehormatan Ketua Parlemen Jepang Fukushiro Nukaga di Istana "
        "Merdeka, Jakarta, Selasa (4/2/2025). Pertemuan membahas kerja sama energi.",
        "id",
        dt.date(2025, 2, 4),
        title="Presiden Prabowo Terima Ketua Parlemen Jepang",
        url=PRESIDENRI,
    )
    assert result.outcome == "not_readout"
    assert result.reason == NO_LEADER


def test_id_a_minister_received_in_a_headline_is_no_leaders_meeting():
    """ "Terima Kunjungan Menteri Perdagangan": the headline's bare verb, a minister of any portfolio."""
    result = extract_text(
        "Presiden Joko Widodo menerima Menteri Perdagangan Amerika Serikat Gina Raimondo di Istana Merdeka, Jakarta. "
        "Keduanya membahas rantai pasok nikel.",
        "id",
        dt.date(2023, 8, 29),
        title="Presiden Jokowi Terima Kunjungan Menteri Perdagangan AS",
        url=SETKAB,
    )
    assert result.outcome == "not_readout"
    assert result.reason == NO_LEADER


def test_id_a_meeting_hoped_for_in_a_letter_is_no_engagement():
    """ "melalui surat ... berharap dapat segera bertemu": a letter and a hope, no meeting."""
    result = extract_text(
        "Presiden Prabowo Subianto menyampaikan ucapan selamat melalui surat kepada Perdana Menteri Inggris Keir "
        "Starmer dan berharap dapat segera bertemu dengan PM Starmer.",
        "id",
        dt.date(2024, 7, 6),
        title="Presiden Prabowo Ucapkan Selamat kepada PM Starmer",
        url=PRESIDENRI,
    )
    assert result.outcome == "not_readout"
    assert result.reason == TO_COME


def test_id_meetings_many_times_are_no_one_engagement():
    """ "telah bertemu ... berkali-kali": many meetings, no one engagement."""
    result = extract_text(
        "Presiden Joko Widodo mengatakan ia telah bertemu dengan Presiden Tiongkok Xi Jinping berkali-kali selama "
        "masa jabatannya.",
        "id",
        dt.date(2023, 10, 2),
        title="Jokowi dan Xi Jinping",
        url="https://www.voaindonesia.com/a/jokowi-xi/123456.html",
    )
    assert result.outcome == "not_readout"
    assert result.reason == SEVERAL


def test_id_guard_a_headline_reception_of_a_prime_minister_stays_a_readout():
    """Guard: "Terima Kunjungan PM Jepang" over the report of the meeting is a readout of it."""
    result = extract_text(
        "Presiden Joko Widodo menerima kunjungan Perdana Menteri Jepang Fumio Kishida di Istana Bogor, Kamis "
        "(12/1/2023). Kedua pemimpin membahas kerja sama energi dan pertahanan.",
        "id",
        dt.date(2023, 1, 12),
        title="Presiden Jokowi Terima Kunjungan PM Jepang",
        url=SETKAB,
    )
    assert result.outcome == "readout"
    assert participants_by_actor(result) == {"IDN": "Joko Widodo", "JPN": "Fumio Kishida"}
    assert result.engagement_type == "meeting"
