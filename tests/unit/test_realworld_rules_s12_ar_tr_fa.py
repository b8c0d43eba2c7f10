"""Rules and phrase data found on fresh State Department Arabic and Persian pages of session 12
and on the Arabic date and Turkish negative families they pointed to: each case is a sentence
written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.helpers import extract_text, participants_by_actor

DAY_2022 = dt.date(2022, 10, 27)
DAY_2023 = dt.date(2023, 9, 21)  # a Thursday


@pytest.mark.parametrize(
    "text",
    [
        "رحب الرئيس جو بايدن بالرئيس الإسرائيلي إسحاق هرتسوغ في البيت الأبيض.",
        # the subject's initial ("جوزيف ر. بايدن") ends no clause
        "ورحب الرئيس جوزيف ر. بايدن جونيور اليوم بالرئيس الإسرائيلي إسحاق هرتسوغ.",
        "رحب الرئيس جو بايدن بنظيره الإسرائيلي إسحاق هرتسوغ في المكتب البيضاوي.",
    ],
)
def test_an_arabic_leader_welcoming_a_leader_joined_to_bi_is_a_meeting(text: str):
    got = extract_text(text, "ar", DAY_2022)
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == "meeting"
    assert participants_by_actor(got) == {"USA": "Joe Biden", "ISR": "Isaac Herzog"}


@pytest.mark.parametrize(
    "text",
    [
        # welcomed a leader's remarks, an agreement: no one welcomed in person
        "رحب الرئيس الفلسطيني محمود عباس بتصريحات الرئيس الأمريكي جو بايدن حول القدس.",
        "رحب الرئيس جو بايدن بالاتفاق الذي أعلنه رئيس الوزراء الإسرائيلي يائير لابيد.",
    ],
)
def test_an_arabic_welcome_of_a_thing_is_no_meeting(text: str):
    got = extract_text(text, "ar", DAY_2022)
    assert got.outcome == "not_readout"


def test_a_persian_virtual_session_is_a_video_call_even_beside_a_press_teleconference():
    text = (
        "کاخ سفید، از طریق کنفرانس تلفنی. "
        "ما امروز به بازخوانی جلسه مجازی دوجانبه پرزیدنت جو بایدن با شی جین پینگ، رئیس‌جمهوری چین، می‌پردازیم. "
        "این تماس تلفنی به نقل از یک مقام ارشد خواهد بود."
    )
    got = extract_text(text, "fa", dt.date(2021, 11, 16))
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == "video_call"
    assert set(participants_by_actor(got)) == {"USA", "CHN"}


CALL = "تلقى الرئيس عبد الفتاح السيسي اتصالا هاتفيا من الرئيس جو بايدن {}."


@pytest.mark.parametrize(
    ("when", "day"),
    [
        # month names written without their hamza, as many pages write them
        ("في 18 اغسطس 2023", dt.date(2023, 8, 18)),
        ("في 4 ابريل 2023", dt.date(2023, 4, 4)),
        # Levantine names, one word or two, alone or paired with the common name
        ("في 18 أيلول 2023", dt.date(2023, 9, 18)),
        ("في 2 تشرين الثاني 2022", dt.date(2022, 11, 2)),
        ("في 26 تشرين الأول/أكتوبر 2022", dt.date(2022, 10, 26)),
        ("في 14 حزيران/يونيو 2022", dt.date(2022, 6, 14)),
        # Maghrebi names, and the Gregorian era's letter after the year
        ("في 13 ماي 2021", dt.date(2021, 5, 13)),
        ("في 7 جويلية 2023", dt.date(2023, 7, 7)),
        ("في 18 سبتمبر 2022م", dt.date(2022, 9, 18)),
        # weekdays written with or without the hamza that CLDR writes or leaves out
        ("يوم الاربعاء", dt.date(2023, 9, 20)),
        ("يوم الإثنين", dt.date(2023, 9, 18)),
        ("اول امس", dt.date(2023, 9, 19)),
        ("مساء أمس الأول", dt.date(2023, 9, 19)),
    ],
)
def test_arabic_date_spellings_and_regional_month_names(when: str, day: dt.date):
    got = extract_text(CALL.format(when), "ar", DAY_2023)
    assert got.outcome == "readout", got.reason
    assert got.engagement_date == day


@pytest.mark.parametrize(
    "text",
    [
        "Beyaz Saray, Başkan Joe Biden'ın Cumhurbaşkanı Recep Tayyip Erdoğan ile görüşme planı olmadığını açıkladı.",
        "Cumhurbaşkanı Recep Tayyip Erdoğan, ABD Başkanı Joe Biden ile görüşme talep etti.",
        "Cumhurbaşkanı Recep Tayyip Erdoğan ile ABD Başkanı Joe Biden arasındaki görüşme iptal edildi.",
        "Cumhurbaşkanı Recep Tayyip Erdoğan ile ABD Başkanı Joe Biden arasında görüşme yapılmayacak.",
        "Cumhurbaşkanı Recep Tayyip Erdoğan, ABD Başkanı Joe Biden ile planlanmış bir görüşme olmadığını söyledi.",
        "Cumhurbaşkanı Recep Tayyip Erdoğan, ABD Başkanı Joe Biden'ın davetini kabul etti.",
        # a future participle, a condition, the date of a talk to come
        "ABD Başkanı Joe Biden, Cumhurbaşkanı Recep Tayyip Erdoğan ile yapacağı görüşme öncesinde açıklama yaptı.",
        "Cumhurbaşkanı Recep Tayyip Erdoğan ile ABD Başkanı Joe Biden arasında yapılacak görüşmede konular belli oldu.",
        "Recep Tayyip Erdoğan ile ABD Başkanı Joe Biden arasındaki görüşme gerçekleşirse ilk kez yüz yüze olacak.",
        "Cumhurbaşkanı Recep Tayyip Erdoğan ile ABD Başkanı Joe Biden'ın görüşme tarihi netleşti.",
    ],
)
def test_a_turkish_talk_planned_asked_for_called_off_or_invited_to_is_no_readout(text: str):
    got = extract_text(text, "tr", DAY_2023)
    assert got.outcome == "not_readout"


@pytest.mark.parametrize(
    "text",
    [
        "Cumhurbaşkanı Recep Tayyip Erdoğan, Azerbaycan Cumhurbaşkanı İlham Aliyev'i kabul etti.",
        "Cumhurbaşkanı Recep Tayyip Erdoğan, Azerbaycan Cumhurbaşkanı İlham Aliyev ile bir görüşme gerçekleştirdi.",
    ],
)
def test_a_turkish_guest_received_or_a_talk_held_is_still_a_meeting(text: str):
    got = extract_text(text, "tr", DAY_2023)
    assert got.outcome == "readout", got.reason
    assert participants_by_actor(got) == {"TUR": "Recep Tayyip Erdoğan", "AZE": "Ilham Aliyev"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a call placed: the verb with its person joined to ب, the verb's noun right before its person
        ("اتصل الرئيس جو بايدن برئيس الوزراء الياباني فوميو كيشيدا لبحث العلاقات الثنائية.", "phone_call"),
        ("أجرى الرئيس جو بايدن اتصالا برئيس الوزراء الياباني فوميو كيشيدا.", "phone_call"),
        # phoned, hosted: the person as the object after the verb's subject
        ("هاتف الرئيس جو بايدن رئيس الوزراء الياباني فوميو كيشيدا لبحث العلاقات الثنائية.", "phone_call"),
        ("استضاف الرئيس جو بايدن اليوم رئيس الوزراء الياباني فوميو كيشيدا في البيت الأبيض.", "meeting"),
        # the pair's own call
        ("ناقش الرئيس جو بايدن ورئيس الوزراء الياباني فوميو كيشيدا خلال مكالمتهما الهاتفية التجارة.", "phone_call"),
    ],
)
def test_arabic_calls_placed_phoned_and_hosted_leaders(text: str, kind: str):
    got = extract_text(text, "ar", DAY_2022)
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == kind
    assert participants_by_actor(got) == {"USA": "Joe Biden", "JPN": "Fumio Kishida"}


@pytest.mark.parametrize(
    "text",
    [
        "اتصل الرئيس جو بايدن بعائلات الرهائن وأشاد برئيس الوزراء الياباني فوميو كيشيدا.",
        "استضاف الرئيس جو بايدن حفل عشاء تحدث فيه عن رئيس الوزراء الياباني فوميو كيشيدا.",
    ],
)
def test_arabic_calls_to_others_and_hosted_events_are_no_engagement(text: str):
    got = extract_text(text, "ar", DAY_2022)
    assert got.outcome == "not_readout"


DAY_2008 = dt.date(2008, 3, 20)
VOA_PERSIAN = "https://ir.voanews.com/a/a-31-2008-03-20/1.html"


def test_a_persian_vice_president_written_with_jomhouri_is_no_leader():
    text = "دیک چینی، معاون رئیس جمهوری آمریکا، امروز در کابل با حامد کرزی رئیس جمهوری افغانستان ملاقات کرد."
    got = extract_text(text, "fa", DAY_2008, url=VOA_PERSIAN)
    assert got.outcome == "not_readout"


def test_a_persian_meeting_asked_for_in_the_subjunctive_is_still_to_come():
    text = (
        "دیک چینی، معاون رئیس جمهوری آمریکا، امروز در کابل با حامد کرزی رئیس جمهوری افغانستان ملاقات کرد. "
        "پرزیدنت بوش از معاون خود خواسته بود پیش از نشست ماه آینده با کرزی ملاقات کند."
    )
    got = extract_text(text, "fa", DAY_2008, url=VOA_PERSIAN)
    assert got.outcome == "not_readout"


def test_a_persian_meeting_held_is_still_read_beside_one_to_come():
    text = (
        "جورج بوش رئیس جمهوری آمریکا امروز در کابل با حامد کرزی رئیس جمهوری افغانستان ملاقات کرد. "
        "دو رهبر درباره امنیت افغانستان و نیروهای ناتو گفتگو کردند. "
        "آقای کرزی همچنین خواسته است هفته بعد با پرویز مشرف دیدار کند."
    )
    got = extract_text(text, "fa", DAY_2008, url=VOA_PERSIAN)
    assert got.outcome == "readout", got.reason
    assert participants_by_actor(got) == {"USA": "George W. Bush", "AFG": "Hamid Karzai"}


@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        (
            "تلقى الرئيس عبد الفتاح السيسي اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون "
            "تناول مبادرة الرئيس جو بايدن.",
            "ar",
            {"EGY", "FRA"},
        ),
        (
            "بحث الرئيس عبد الفتاح السيسي مع الرئيس الفرنسي إيمانويل ماكرون هاتفيا حول تصريحات الرئيس جو بايدن.",
            "ar",
            {"EGY", "FRA"},
        ),
        (
            "جو بایدن رئیس جمهوری آمریکا در گفتگوی تلفنی با اولاف شولتس صدراعظم آلمان "
            "درباره جنگ ولادیمیر پوتین صحبت کرد.",
            "fa",
            {"USA", "DEU"},
        ),
    ],
)
def test_arabic_and_persian_leaders_named_after_a_topic_word_are_mentions(text: str, language: str, pair: set[str]):
    got = extract_text(text, language, DAY_2023)
    assert got.outcome == "readout", got.reason
    assert set(participants_by_actor(got)) == pair


@pytest.mark.parametrize("when", ["geçtiğimiz salı", "önceki gün", "evvelki gün"])
def test_turkish_last_weekday_and_day_before_yesterday(when: str):
    text = f"Cumhurbaşkanı Recep Tayyip Erdoğan, Rusya Devlet Başkanı Vladimir Putin ile {when} telefonda görüştü."
    got = extract_text(text, "tr", DAY_2023)
    assert got.outcome == "readout", got.reason
    assert got.engagement_date == dt.date(2023, 9, 19)


@pytest.mark.parametrize(
    ("when", "day"),
    [
        # a weekday of two words written with a space, not read as Saturday (شنبه) alone
        ("روز سه شنبه", dt.date(2023, 9, 19)),
        ("پنج شنبه", dt.date(2023, 9, 21)),
        ("روز یک شنبه", dt.date(2023, 9, 17)),
        # last night, yesterday, last evening
        ("دیشب", dt.date(2023, 9, 20)),
        ("روز گذشته", dt.date(2023, 9, 20)),
        ("شام گذشته", dt.date(2023, 9, 20)),
    ],
)
def test_persian_spaced_weekdays_and_last_night(when: str, day: dt.date):
    text = f"جو بایدن رئیس جمهوری آمریکا {when} با اولاف شولتس صدراعظم آلمان تلفنی گفتگو کرد."
    got = extract_text(text, "fa", DAY_2023)
    assert got.outcome == "readout", got.reason
    assert got.engagement_date == day


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # called: the person as the object right before the verb, with its case ending
        ("Cumhurbaşkanı Recep Tayyip Erdoğan, Rusya Devlet Başkanı Vladimir Putin'i aradı.", "phone_call"),
        ("Recep Tayyip Erdoğan, Devlet Başkanı Vladimir Putin'i arayarak bayramını kutladı.", "phone_call"),
        ("Cumhurbaşkanı Recep Tayyip Erdoğan'ı Rusya Devlet Başkanı Vladimir Putin aradı.", "phone_call"),
        # welcomed with a ceremony, in the passive
        ("Recep Tayyip Erdoğan, Vladimir Putin tarafından Kremlin'de resmi törenle karşılandı.", "meeting"),
    ],
)
def test_turkish_leaders_called_or_welcomed(text: str, kind: str):
    got = extract_text(text, "tr", DAY_2023)
    assert got.outcome == "readout", got.reason
    assert got.engagement_type == kind
    assert participants_by_actor(got) == {"TUR": "Recep Tayyip Erdoğan", "RUS": "Vladimir Putin"}


@pytest.mark.parametrize(
    "text",
    [
        "Cumhurbaşkanı Recep Tayyip Erdoğan, Rusya Devlet Başkanı Vladimir Putin'in sözlerine karşı çözüm aradı.",
        "Cumhurbaşkanı Recep Tayyip Erdoğan ile Vladimir Putin krize bir çıkış yolu arayarak açıklama yaptı.",
    ],
)
def test_a_turkish_search_for_a_thing_is_no_call(text: str):
    got = extract_text(text, "tr", DAY_2023)
    assert got.outcome == "not_readout"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Cumhurbaşkanı Recep Tayyip Erdoğan, ABD Başkanı Joe Biden'ın özel temsilcisini kabul etti.", "tr"),
        ("Cumhurbaşkanı Recep Tayyip Erdoğan, ABD Başkanı Joe Biden'ın ulusal güvenlik danışmanıyla görüştü.", "tr"),
        ("President Recep Tayyip Erdogan met President Joe Biden's national security adviser in Ankara.", "en"),
    ],
)
def test_a_leader_named_as_an_officials_principal_takes_no_part(text: str, language: str):
    got = extract_text(text, language, DAY_2023)
    assert got.outcome == "not_readout"


@pytest.mark.parametrize(
    ("text", "caller"),
    [
        ("Cumhurbaşkanı Recep Tayyip Erdoğan, Rusya Devlet Başkanı Vladimir Putin'i aradı.", "TUR"),
        ("Vladimir Putin, Cumhurbaşkanı Recep Tayyip Erdoğan'ı arayarak geçmiş olsun dileklerini iletti.", "RUS"),
    ],
)
def test_the_turkish_caller_before_the_comma_initiated(text: str, caller: str):
    got = extract_text(text, "tr", DAY_2023)
    assert got.outcome == "readout", got.reason
    assert got.initiator_code == caller


@pytest.mark.parametrize(
    "text",
    [
        "ولادیمیر پوتین رئیس جمهوری روسیه روز دوشنبه با رجب طیب اردوغان رئیس جمهوری ترکیه دیدار می‌کند.",
        "ولادیمیر پوتین رئیس جمهوری روسیه با رجب طیب اردوغان رئیس جمهوری ترکیه ملاقات میکند.",
        "دیدار ولادیمیر پوتین و رجب طیب اردوغان در سوچی برگزار می‌شود.",
    ],
)
def test_a_persian_meeting_in_the_present_tense_is_still_to_come(text: str):
    got = extract_text(text, "fa", DAY_2023)
    assert got.outcome == "not_readout"
