"""Session 36, group lB: Persian (Iran's and Afghanistan's Dari wording) and Arabic language data ported from the
English keys (several_engagement_phrases, several_times_phrases, interview_words, speech_title_openers,
press_briefing_titles, reaction_words, cue_free_phrases, recall_words, initiator patterns, titles), each shown on
the project's own sentence, with guards that must stay readouts."""

from __future__ import annotations

import datetime as dt

from tests.helpers import extract_text, participants_by_actor

PRESIDENT_IR = "https://www.president.ir/fa/999001"
PRESIDENT_AF = "https://president.gov.af/fa/news-999001/"
VOA_PERSIAN = "https://ir.voanews.com/a/test-999001.html"
PRESIDENCY_EG = "https://www.presidency.eg/ar/news/999001/"
ALHURRA = "https://www.alhurra.com/world/2024/05/20/test"
STATE_AR = "https://www.state.gov/ar/daily-press-briefing-999001/"

SEVERAL = "reports several engagements (a roundup or an essay), not one"
INTERVIEW = "an interview a leader gave (named by the first engagement cue), not an engagement"
SPEECH = "a speech a leader gave (named by the title), not an engagement"
NO_ENGAGEMENT = "no engagement (call, video conference or meeting) is reported"


def test_fa_met_a_number_of_heads_of_state_is_a_roundup():
    """ "با تعدادی از سران کشورها دیدار کرد": meetings with several leaders, not one."""
    result = extract_text(
        "مسعود پزشکیان رئیس جمهور امروز در حاشیه اجلاس بریکس در کازان با تعدادی از سران کشورها دیدار کرد. "
        "وی با شی جین‌پینگ رئیس جمهور چین و نارندرا مودی نخست‌وزیر هند گفت‌وگو کرد.",
        "fa",
        dt.date(2024, 10, 23),
        title="دیدارهای پزشکیان در کازان",
        url=PRESIDENT_IR,
    )
    assert result.outcome == "not_readout"
    assert result.reason == SEVERAL


def test_fa_dari_phoned_with_teelfoon_names_the_caller():
    """Dari "X به Y تیلفون کرد" (X phoned Y): X placed the call."""
    result = extract_text(
        "ولادیمیر پوتین رئیس جمهور روسیه امروز به محمد اشرف غنی رئیس جمهور افغانستان تیلفون کرد. "
        "دو رهبر در مورد روند صلح گفتگو کردند.",
        "fa",
        dt.date(2020, 5, 2),
        title="تماس تیلفونی پوتین با رئیس جمهور غنی",
        url=PRESIDENT_AF,
    )
    assert result.outcome == "readout"
    assert result.engagement_type == "phone_call"
    assert set(participants_by_actor(result)) == {"AFG", "RUS"}
    assert result.initiator_code == "RUS"


def test_fa_talk_with_the_voice_of_america_is_an_interview():
    """ "در گفت‌وگو با صدای آمریکا گفت": the leader answered VOA; the call he speaks of is recalled."""
    result = extract_text(
        "جو بایدن، رئیس جمهوری آمریکا، در گفت‌وگو با صدای آمریکا گفت که هفته گذشته با ولادیمیر پوتین تلفنی "
        "صحبت کرده و به او هشدار داده است.",
        "fa",
        dt.date(2022, 2, 20),
        title="بایدن: با پوتین صریح صحبت کردم",
        url=VOA_PERSIAN,
    )
    assert result.outcome == "not_readout"
    assert result.reason == INTERVIEW


def test_fa_title_of_a_speech_gives_the_words_said():
    """A title opening "سخنرانی" (speech): the page gives a speech, not a report of the meeting it mentions."""
    result = extract_text(
        "رئیس جمهور پزشکیان امشب در ضیافت شام به افتخار شیخ تمیم بن حمد آل ثانی امیر قطر گفت روابط دو کشور "
        "برادرانه است و دیدار امروز با امیر قطر بسیار سازنده بود.",
        "fa",
        dt.date(2024, 10, 23),
        title="سخنرانی رئیس جمهور در ضیافت شام به افتخار امیر قطر",
        url=PRESIDENT_IR,
    )
    assert result.outcome == "not_readout"
    assert result.reason == SPEECH


def test_fa_spoke_many_times_is_no_one_call():
    """ "بارها با پوتین تلفنی صحبت کرده است": many calls, none reported."""
    result = extract_text(
        "دونالد ترامپ، رئیس جمهوری آمریکا، روز سه‌شنبه گفت که بارها با ولادیمیر پوتین تلفنی صحبت کرده است و "
        "رابطه خوبی با او دارد.",
        "fa",
        dt.date(2024, 10, 23),
        title="ترامپ: با پوتین رابطه خوبی دارم",
        url=VOA_PERSIAN,
    )
    assert result.outcome == "not_readout"
    assert result.reason == SEVERAL


def test_fa_in_reaction_to_a_call_reports_the_reaction():
    """ "در واکنش به گفتگوی تلفنی ترامپ و پوتین": a spokesman's reaction, not the call."""
    result = extract_text(
        "اسماعیل بقائی سخنگوی وزارت امور خارجه در واکنش به گفتگوی تلفنی دونالد ترامپ و ولادیمیر پوتین گفت "
        "ایران از حقوق خود دفاع می‌کند.",
        "fa",
        dt.date(2025, 3, 20),
        title="واکنش تهران",
        url=VOA_PERSIAN,
    )
    assert result.outcome == "not_readout"
    assert result.reason.startswith("reports a reaction to an engagement")


def test_fa_nuclear_talks_are_no_leaders_meeting():
    """ "مذاکرات هسته‌ای" names negotiators' talks: no meeting of the leaders named beside it."""
    result = extract_text(
        "دونالد ترامپ رئیس جمهوری آمریکا روز شنبه گفت مذاکرات هسته‌ای با ایران به خوبی پیش می‌رود و ولادیمیر "
        "پوتین نیز از آن حمایت کرده است.",
        "fa",
        dt.date(2025, 4, 20),
        title="ترامپ: پیشرفت خوب است",
        url=VOA_PERSIAN,
    )
    assert result.outcome == "not_readout"
    assert result.reason == NO_ENGAGEMENT


def test_fa_guard_president_in_moscow_meets_putin():
    """Guard: "رئیس جمهور در مسکو" is Iran's president in Moscow, meeting Russia's."""
    result = extract_text(
        "مسعود پزشکیان رئیس جمهور در مسکو با ولادیمیر پوتین رئیس جمهور روسیه دیدار و گفت‌وگو کرد.",
        "fa",
        dt.date(2024, 10, 23),
        title="دیدار پزشکیان و پوتین",
        url=PRESIDENT_IR,
    )
    assert result.outcome == "readout"
    assert result.engagement_type == "meeting"
    assert set(participants_by_actor(result)) == {"IRN", "RUS"}


def test_ar_met_a_number_of_state_leaders_is_a_roundup():
    """ "التقى ... عددا من زعماء الدول": several meetings in turn, not one."""
    result = extract_text(
        "التقى الرئيس عبد الفتاح السيسي اليوم على هامش قمة العشرين عددا من زعماء الدول، بينهم الرئيس الفرنسي "
        "إيمانويل ماكرون ورئيس الوزراء الهندي ناريندرا مودي.",
        "ar",
        dt.date(2024, 10, 23),
        title="الرئيس يلتقي قادة على هامش القمة",
        url=PRESIDENCY_EG,
    )
    assert result.outcome == "not_readout"
    assert result.reason == SEVERAL


def test_ar_secretary_general_in_egypts_wording_is_the_un_leader():
    """Egypt's presidency writes "السكرتير العام للأمم المتحدة" for the UN Secretary-General."""
    result = extract_text(
        "استقبل الرئيس عبد الفتاح السيسي اليوم السكرتير العام للأمم المتحدة في قصر الاتحادية، وبحث معه "
        "الأوضاع في السودان.",
        "ar",
        dt.date(2024, 10, 23),
        title="الرئيس يستقبل السكرتير العام",
        url=PRESIDENCY_EG,
    )
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"EGY", "UN"}


def test_ar_official_invitation_names_the_host():
    """ "بدعوة رسمية من الرئيس ماكرون": the host invited, and initiated the meeting."""
    result = extract_text(
        "التقى الرئيس عبد الفتاح السيسي اليوم الرئيس الفرنسي إيمانويل ماكرون في قصر الإليزيه، خلال زيارته إلى "
        "فرنسا بدعوة رسمية من الرئيس ماكرون.",
        "ar",
        dt.date(2024, 10, 23),
        title="السيسي في باريس",
        url=PRESIDENCY_EG,
    )
    assert result.outcome == "readout"
    assert set(participants_by_actor(result)) == {"EGY", "FRA"}
    assert result.initiator_code == "FRA"


def test_ar_said_in_an_interview_is_no_call():
    """ "في مقابلة مع شبكة سي بي إس": the leader's answers recall a call, report none."""
    result = extract_text(
        "قال الرئيس الأمريكي جو بايدن في مقابلة مع شبكة سي بي إس إنه تحدث مع الرئيس الصيني شي جين بينغ حول تايوان.",
        "ar",
        dt.date(2024, 5, 20),
        title="بايدن: لن نسمح بذلك",
        url=ALHURRA,
    )
    assert result.outcome == "not_readout"
    assert result.reason == INTERVIEW


def test_ar_press_briefing_recalls_yesterdays_call():
    """A title "الإيجاز الصحفي" over a spokesman telling of yesterday's call: recalled, not reported."""
    result = extract_text(
        "السيد برايس: طاب يومكم. تحدث الرئيس بايدن أمس مع الرئيس الفرنسي إيمانويل ماكرون حول أوكرانيا. "
        "سؤال: هل من جديد؟",
        "ar",
        dt.date(2024, 10, 23),
        title="الإيجاز الصحفي اليومي لوزارة الخارجية",
        url=STATE_AR,
    )
    assert result.outcome == "not_readout"
    assert result.reason.startswith("a press briefing recalls")


def test_ar_had_met_before_recalls_and_reports_none():
    """ "سبق أن التقى ... العام الماضي": an earlier meeting recalled, none reported."""
    result = extract_text(
        "سبق أن التقى الرئيس التركي رجب طيب أردوغان بالرئيس الأمريكي جو بايدن العام الماضي في مدريد، وقال اليوم "
        "إن العلاقات تتحسن.",
        "ar",
        dt.date(2023, 5, 20),
        title="أردوغان يشيد بالعلاقات مع واشنطن",
        url=ALHURRA,
    )
    assert result.outcome == "not_readout"
    assert result.reason.startswith("only recalls an earlier engagement")


def test_ar_guard_arrival_on_an_official_visit_and_a_meeting():
    """Guard: "وصل ... إلى باريس في زيارة رسمية، والتقى الرئيس": the visit's talks were held."""
    result = extract_text(
        "وصل الشيخ تميم بن حمد آل ثاني أمير دولة قطر اليوم إلى باريس في زيارة رسمية، والتقى الرئيس الفرنسي "
        "إيمانويل ماكرون في قصر الإليزيه.",
        "ar",
        dt.date(2024, 10, 23),
        title="أمير قطر يصل إلى باريس",
        url="https://www.qna.org.qa/ar/news/999001",
    )
    assert result.outcome == "readout"
    assert result.engagement_type == "meeting"
    assert set(participants_by_actor(result)) == {"FRA", "QAT"}
