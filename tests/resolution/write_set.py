"""Writes the labelled resolution set: tests/resolution/readouts/ and gold.yaml.

Run by hand after changing it (``.venv/bin/python tests/resolution/write_set.py``). The
texts are the project's own, about made-up engagements of real office-holders, each
reported by two or three readouts in different languages and formats (.txt with a
header line, .json, .html), plus near misses that must stay apart. Each readout is
written so that the extractor reads it right (tests/unit checks that): the set tests
resolution, not extraction. gold.yaml maps every file to the engagement it reports.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import shutil
from pathlib import Path

import yaml

HERE = Path(__file__).parent
OUT = HERE / "readouts"

# title and name of each leader in the languages the templates use
NAMES = {
    "putin": (
        "President Vladimir Putin",
        "Президент России Владимир Путин",
        "俄罗斯总统普京",
        "der russische Präsident Wladimir Putin",
        "le président russe Vladimir Poutine",
        "el presidente ruso, Vladímir Putin",
    ),
    "xi": (
        "President Xi Jinping",
        "Председатель КНР Си Цзиньпин",
        "国家主席习近平",
        "der chinesische Staatspräsident Xi Jinping",
        "le président chinois Xi Jinping",
        "el presidente chino, Xi Jinping",
    ),
    "scholz": (
        "Chancellor Olaf Scholz",
        "Федеральный канцлер Германии Олаф Шольц",
        "德国总理朔尔茨",
        "Bundeskanzler Olaf Scholz",
        "le chancelier allemand Olaf Scholz",
        "el canciller alemán, Olaf Scholz",
    ),
    "macron": (
        "President Emmanuel Macron",
        "Президент Франции Эммануэль Макрон",
        "法国总统马克龙",
        "der französische Präsident Emmanuel Macron",
        "le président Emmanuel Macron",
        "el presidente francés, Emmanuel Macron",
    ),
    "tusk": (
        "Prime Minister Donald Tusk",
        "Премьер-министр Польши Дональд Туск",
        "波兰总理图斯克",
        "der polnische Ministerpräsident Donald Tusk",
        "le Premier ministre polonais Donald Tusk",
        "el primer ministro polaco, Donald Tusk",
    ),
    "sanchez": (
        "Prime Minister Pedro Sánchez",
        "Председатель правительства Испании Педро Санчес",
        "西班牙首相桑切斯",
        "der spanische Ministerpräsident Pedro Sánchez",
        "le président du gouvernement espagnol Pedro Sánchez",
        "el presidente del Gobierno, Pedro Sánchez",
    ),
    "meloni": (
        "Prime Minister Giorgia Meloni",
        "Председатель Совета министров Италии Джорджа Мелони",
        "意大利总理梅洛尼",
        "die italienische Ministerpräsidentin Giorgia Meloni",
        "la présidente du Conseil italien Giorgia Meloni",
        "la primera ministra italiana, Giorgia Meloni",
    ),
    "erdogan": (
        "President Recep Tayyip Erdoğan",
        "Президент Турции Реджеп Тайип Эрдоган",
        "土耳其总统埃尔多安",
        "der türkische Präsident Recep Tayyip Erdoğan",
        "le président turc Recep Tayyip Erdoğan",
        "el presidente turco, Recep Tayyip Erdoğan",
    ),
    "modi": (
        "Prime Minister Narendra Modi",
        "Премьер-министр Индии Нарендра Моди",
        "印度总理莫迪",
        "der indische Premierminister Narendra Modi",
        "le Premier ministre indien Narendra Modi",
        "el primer ministro indio, Narendra Modi",
    ),
    "biden": (
        "President Joe Biden",
        "Президент США Джо Байден",
        "美国总统拜登",
        "US-Präsident Joe Biden",
        "le président américain Joe Biden",
        "el presidente estadounidense, Joe Biden",
    ),
    "kishida": (
        "Prime Minister Fumio Kishida",
        "Премьер-министр Японии Фумио Кисида",
        "日本首相岸田文雄",
        "der japanische Premierminister Fumio Kishida",
        "le Premier ministre japonais Fumio Kishida",
        "el primer ministro japonés, Fumio Kishida",
    ),
    "yoon": (
        "President Yoon Suk Yeol",
        "Президент Республики Корея Юн Сок Ёль",
        "韩国总统尹锡悦",
        "der südkoreanische Präsident Yoon Suk Yeol",
        "le président sud-coréen Yoon Suk Yeol",
        "el presidente surcoreano, Yoon Suk Yeol",
    ),
    "albanese": (
        "Prime Minister Anthony Albanese",
        "Премьер-министр Австралии Энтони Албаниз",
        "澳大利亚总理阿尔巴尼斯",
        "der australische Premierminister Anthony Albanese",
        "le Premier ministre australien Anthony Albanese",
        "el primer ministro australiano, Anthony Albanese",
    ),
    "li-qiang": (
        "Premier Li Qiang",
        "Премьер Госсовета КНР Ли Цян",
        "国务院总理李强",
        "der chinesische Ministerpräsident Li Qiang",
        "le Premier ministre chinois Li Qiang",
        "el primer ministro chino, Li Qiang",
    ),
    "tokayev": (
        "President Kassym-Jomart Tokayev",
        "Президент Казахстана Касым-Жомарт Токаев",
        "哈萨克斯坦总统托卡耶夫",
        "der kasachische Präsident Kassym-Jomart Tokajew",
        "le président kazakh Kassym-Jomart Tokaïev",
        "el presidente kazajo, Kassym-Jomart Tokáyev",
    ),
    "mirziyoyev": (
        "President Shavkat Mirziyoyev",
        "Президент Узбекистана Шавкат Мирзиёев",
        "乌兹别克斯坦总统米尔济约耶夫",
        "der usbekische Präsident Schawkat Mirsijojew",
        "le président ouzbek Shavkat Mirziyoyev",
        "el presidente uzbeko, Shavkat Mirziyoyev",
    ),
    "starmer": (
        "Prime Minister Keir Starmer",
        "Премьер-министр Великобритании Кир Стармер",
        "英国首相斯塔默",
        "der britische Premierminister Keir Starmer",
        "le Premier ministre britannique Keir Starmer",
        "el primer ministro británico, Keir Starmer",
    ),
    "sunak": (
        "Prime Minister Rishi Sunak",
        "Премьер-министр Великобритании Риши Сунак",
        "英国首相苏纳克",
        "der britische Premierminister Rishi Sunak",
        "le Premier ministre britannique Rishi Sunak",
        "el primer ministro británico, Rishi Sunak",
    ),
    "zelensky": (
        "President Volodymyr Zelensky",
        "Президент Украины Владимир Зеленский",
        "乌克兰总统泽连斯基",
        "der ukrainische Präsident Wolodymyr Selenskyj",
        "le président ukrainien Volodymyr Zelensky",
        "el presidente ucraniano, Volodímir Zelenski",
    ),
    "mishustin": (
        "Prime Minister Mikhail Mishustin",
        "Председатель Правительства России Михаил Мишустин",
        "俄罗斯总理米舒斯京",
        "der russische Ministerpräsident Michail Mischustin",
        "le Premier ministre russe Mikhaïl Michoustine",
        "el primer ministro ruso, Mijaíl Mishustin",
    ),
    "von-der-leyen": (
        "European Commission President Ursula von der Leyen",
        "Председатель Европейской комиссии Урсула фон дер Ляйен",
        "欧盟委员会主席冯德莱恩",
        "EU-Kommissionspräsidentin Ursula von der Leyen",
        "la présidente de la Commission européenne Ursula von der Leyen",
        "la presidenta de la Comisión Europea, Ursula von der Leyen",
    ),
}
LANGS = ("en", "ru", "zh", "de", "fr", "es")
MONTHS = {
    "ru": [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
}


def date_text(day: dt.date, lang: str) -> str:
    if lang == "en":
        return f"{day:%B} {day.day}, {day.year}"
    if lang == "zh":
        return f"{day.year}年{day.month}月{day.day}日"
    month = MONTHS[lang][day.month - 1]
    return {
        "ru": f"{day.day} {month} {day.year} года",
        "de": f"{day.day}. {month} {day.year}",
        "fr": f"{day.day} {month} {day.year}",
        "es": f"{day.day} de {month} de {day.year}",
    }[lang]


SENTENCES = {
    ("en", "phone_call"): "{a} held a telephone conversation with {b} on {date}.",
    ("en", "video_call"): "{a} held talks with {b} via video link on {date}.",
    ("en", "meeting"): "{a} held talks with {b} in {city} on {date}.",
    ("ru", "phone_call"): "{date} {a} и {b} провели телефонный разговор.",
    ("ru", "video_call"): "{date} {a} и {b} провели переговоры в режиме видеоконференции.",
    ("ru", "meeting"): "{date} {a} и {b} провели переговоры в городе {city}.",
    ("zh", "phone_call"): "{date}，{a}同{b}通电话。",
    ("zh", "video_call"): "{date}，{a}同{b}举行视频会晤。",
    ("zh", "meeting"): "{date}，{a}在{city}同{b}举行会谈。",
    ("de", "phone_call"): "{a} und {b} haben am {date} miteinander telefoniert.",
    ("de", "video_call"): "{a} und {b} haben am {date} per Videokonferenz beraten.",
    ("de", "meeting"): "{a} und {b} sind am {date} in {city} zu Gesprächen zusammengekommen.",
    ("fr", "phone_call"): "{a} et {b} se sont entretenus par téléphone le {date}.",
    ("fr", "video_call"): "{a} et {b} se sont entretenus par visioconférence le {date}.",
    ("fr", "meeting"): "{a} et {b} se sont rencontrés à {city} le {date} pour un entretien.",
    ("es", "phone_call"): "{a} y {b} mantuvieron el {date} una conversación telefónica.",
    ("es", "video_call"): "{a} y {b} mantuvieron el {date} una videoconferencia.",
    ("es", "meeting"): "{a} y {b} se reunieron el {date} en {city}.",
}
# the same sentences without a date: for readouts that state none
UNDATED = {
    ("en", "phone_call"): "{a} held a telephone conversation with {b}.",
    ("ru", "phone_call"): "{a} и {b} провели телефонный разговор.",
}
TRILATERAL = {
    "en": "{a}, {b} and {c} met in {city} on {date} for trilateral talks.",
    "de": "{a}, {b} und {c} sind am {date} in {city} zu trilateralen Gesprächen zusammengekommen.",
    "fr": "{a}, {b} et {c} se sont rencontrés à {city} le {date} pour un entretien trilatéral.",
}
INITIATIVE = {  # the side that asked for it, by language and actor
    ("ru", "CHN"): "Разговор состоялся по инициативе китайской стороны.",
    ("ru", "TUR"): "Разговор состоялся по инициативе турецкой стороны.",
    ("zh", "RUS"): "应俄方请求，两国元首通了电话。",
    ("en", "TUR"): "The conversation took place at the initiative of the Turkish side.",
    ("en", "CHN"): "The conversation took place at the initiative of the Chinese side.",
    ("zh", "USA"): "应美方请求，两国元首通了电话。",
    ("en", "FRA"): "The conversation took place at the initiative of the French side.",
    ("en", "UKR"): "The conversation took place at the initiative of the Ukrainian side.",
    ("ru", "KAZ"): "Разговор состоялся по инициативе казахстанской стороны.",
}
TOPICS = {
    "en": "The leaders discussed trade and economic cooperation and regional security.",
    "ru": "Обсуждались вопросы торгово-экономического сотрудничества и региональной безопасности.",
    "zh": "双方就经贸合作和地区安全问题交换了意见。",
    "de": "Die beiden sprachen über die wirtschaftliche Zusammenarbeit und die Sicherheit in Europa.",
    "fr": "Ils ont évoqué la coopération économique et la sécurité régionale.",
    "es": "Ambos abordaron la cooperación económica y la seguridad regional.",
}
CITY = {
    "Berlin": {"en": "Berlin", "ru": "Берлин", "zh": "柏林", "de": "Berlin", "fr": "Berlin", "es": "Berlín"},
    "Paris": {"en": "Paris", "ru": "Париж", "zh": "巴黎", "de": "Paris", "fr": "Paris", "es": "París"},
    "Madrid": {"en": "Madrid", "ru": "Мадрид", "zh": "马德里", "de": "Madrid", "fr": "Madrid", "es": "Madrid"},
    "Moscow": {"en": "Moscow", "ru": "Москва", "zh": "莫斯科", "de": "Moskau", "fr": "Moscou", "es": "Moscú"},
    "Tashkent": {
        "en": "Tashkent",
        "ru": "Ташкент",
        "zh": "塔什干",
        "de": "Taschkent",
        "fr": "Tachkent",
        "es": "Taskent",
    },
    "Seoul": {"en": "Seoul", "ru": "Сеул", "zh": "首尔", "de": "Seoul", "fr": "Séoul", "es": "Seúl"},
    "Canberra": {
        "en": "Canberra",
        "ru": "Канберра",
        "zh": "堪培拉",
        "de": "Canberra",
        "fr": "Canberra",
        "es": "Canberra",
    },
    "London": {"en": "London", "ru": "Лондон", "zh": "伦敦", "de": "London", "fr": "Londres", "es": "Londres"},
    "Warsaw": {"en": "Warsaw", "ru": "Варшава", "zh": "华沙", "de": "Warschau", "fr": "Varsovie", "es": "Varsovia"},
    "Beijing": {"en": "Beijing", "ru": "Пекин", "zh": "北京", "de": "Peking", "fr": "Pékin", "es": "Pekín"},
    "Rome": {"en": "Rome", "ru": "Рим", "zh": "罗马", "de": "Rom", "fr": "Rome", "es": "Roma"},
    "Astana": {"en": "Astana", "ru": "Астана", "zh": "阿斯塔纳", "de": "Astana", "fr": "Astana", "es": "Astaná"},
    "Washington": {
        "en": "Washington",
        "ru": "Вашингтон",
        "zh": "华盛顿",
        "de": "Washington",
        "fr": "Washington",
        "es": "Washington",
    },
    "New Delhi": {
        "en": "New Delhi",
        "ru": "Нью-Дели",
        "zh": "新德里",
        "de": "Neu-Delhi",
        "fr": "New Delhi",
        "es": "Nueva Delhi",
    },
    "Kyiv": {"en": "Kyiv", "ru": "Киев", "zh": "基辅", "de": "Kyjiw", "fr": "Kyiv", "es": "Kiev"},
}
KINDS = ("phone_call", "video_call", "meeting")
TITLES = {
    "en": ("Telephone conversation", "Talks via video link", "Talks"),
    "ru": ("Телефонный разговор", "Переговоры в режиме видеоконференции", "Переговоры"),
    "zh": ("两国领导人通电话", "两国领导人举行视频会晤", "两国领导人举行会谈"),
    "de": ("Telefonat", "Videokonferenz", "Gespräche"),
    "fr": ("Entretien téléphonique", "Entretien par visioconférence", "Entretien"),
    "es": ("Conversación telefónica", "Videoconferencia", "Reunión"),
}
TRILATERAL_TITLE = {"en": "Trilateral talks", "de": "Trilaterale Gespräche", "fr": "Entretien trilatéral"}
SOURCES = {"ru": "TASS", "zh": "Xinhua", "de": "Bundesregierung", "fr": "Élysée", "es": "La Moncloa", "en": "Wire"}

# engagement: (date, type, leaders, city, readouts); a readout: (lang, format, options)
# options: source (of a .json or .html), day (the date it states, when another),
# published (days after that date), initiator, undated
D = dt.date
ENGAGEMENTS = {
    "e01_putin_xi_call": (
        D(2024, 2, 8),
        "phone_call",
        ("putin", "xi"),
        None,
        [
            ("ru", "html", {"initiator": "CHN", "source": "Kremlin"}),
            ("zh", "json", {"initiator": "RUS", "source": "Xinhua"}),
            ("en", "txt", {}),
        ],
    ),
    "e02_putin_xi_call_two_days_later": (
        D(2024, 2, 10),
        "phone_call",
        ("putin", "xi"),
        None,
        [
            ("ru", "json", {"source": "Kremlin"}),
            ("zh", "txt", {}),
        ],
    ),
    "e03_scholz_macron_call": (
        D(2024, 3, 4),
        "phone_call",
        ("scholz", "macron"),
        None,
        [
            ("de", "html", {}),
            ("fr", "txt", {}),
        ],
    ),
    "e04_scholz_macron_meeting_same_day": (
        D(2024, 3, 4),
        "meeting",
        ("scholz", "macron"),
        "Berlin",
        [
            ("de", "json", {}),
            ("fr", "html", {}),
            ("en", "txt", {}),
        ],
    ),
    "e05_weimar_trilateral": (
        D(2024, 3, 15),
        "meeting",
        ("scholz", "macron", "tusk"),
        "Berlin",
        [
            ("de", "txt", {}),
            ("fr", "json", {}),
            ("en", "html", {}),
        ],
    ),
    "e06_scholz_macron_on_the_margins": (
        D(2024, 3, 15),
        "meeting",
        ("scholz", "macron"),
        "Berlin",
        [
            ("de", "html", {}),
            ("fr", "txt", {}),
        ],
    ),
    "e07_biden_xi_video_across_the_date_line": (
        D(2024, 4, 2),
        "video_call",
        ("biden", "xi"),
        None,
        [
            ("en", "html", {"source": "White House"}),
            ("zh", "json", {"day": D(2024, 4, 3), "source": "Xinhua"}),
        ],
    ),
    "e08_sanchez_macron_meeting": (
        D(2024, 4, 10),
        "meeting",
        ("sanchez", "macron"),
        "Paris",
        [
            ("es", "json", {"source": "La Moncloa"}),
            ("es", "txt", {}),
            ("fr", "html", {}),
        ],
    ),
    "e09_meloni_scholz_call": (
        D(2024, 4, 18),
        "phone_call",
        ("meloni", "scholz"),
        None,
        [
            ("en", "txt", {}),
            ("de", "json", {}),
        ],
    ),
    "e10_erdogan_putin_call": (
        D(2024, 5, 3),
        "phone_call",
        ("erdogan", "putin"),
        None,
        [
            ("ru", "html", {"initiator": "TUR", "source": "Kremlin"}),
            ("en", "json", {"initiator": "TUR", "source": "Anadolu"}),
        ],
    ),
    "e11_modi_putin_meeting": (
        D(2024, 7, 8),
        "meeting",
        ("modi", "putin"),
        "Moscow",
        [
            ("ru", "txt", {}),
            ("en", "json", {"source": "PIB"}),
            ("zh", "html", {}),
        ],
    ),
    "e12_kishida_yoon_meeting": (
        D(2024, 9, 6),
        "meeting",
        ("kishida", "yoon"),
        "Seoul",
        [
            ("en", "txt", {}),
            ("zh", "json", {}),
        ],
    ),
    "e13_albanese_li_qiang_meeting": (
        D(2024, 6, 17),
        "meeting",
        ("albanese", "li-qiang"),
        "Canberra",
        [
            ("en", "html", {}),
            ("zh", "txt", {}),
        ],
    ),
    "e14_tokayev_putin_call": (
        D(2024, 5, 20),
        "phone_call",
        ("tokayev", "putin"),
        None,
        [
            ("ru", "json", {}),
            ("en", "txt", {"published": 1}),
            ("zh", "html", {}),
        ],
    ),
    "e15_mirziyoyev_putin_meeting": (
        D(2024, 5, 27),
        "meeting",
        ("mirziyoyev", "putin"),
        "Tashkent",
        [
            ("ru", "html", {}),
            ("en", "json", {}),
        ],
    ),
    "e16_starmer_macron_meeting": (
        D(2024, 7, 18),
        "meeting",
        ("starmer", "macron"),
        "London",
        [
            ("en", "txt", {}),
            ("fr", "json", {}),
        ],
    ),
    "e17_zelensky_scholz_call": (
        D(2024, 8, 20),
        "phone_call",
        ("zelensky", "scholz"),
        None,
        [
            ("de", "txt", {}),
            ("en", "json", {}),
            ("fr", "html", {}),
        ],
    ),
    "e18_mishustin_li_qiang_meeting": (
        D(2024, 8, 21),
        "meeting",
        ("mishustin", "li-qiang"),
        "Moscow",
        [
            ("ru", "txt", {}),
            ("zh", "json", {}),
            ("en", "html", {}),
        ],
    ),
    "e19_von_der_leyen_meloni_call": (
        D(2024, 9, 12),
        "phone_call",
        ("von-der-leyen", "meloni"),
        None,
        [
            ("en", "txt", {}),
            ("de", "json", {}),
            ("fr", "html", {}),
        ],
    ),
    "e20_tusk_scholz_meeting": (
        D(2024, 7, 2),
        "meeting",
        ("tusk", "scholz"),
        "Warsaw",
        [
            ("de", "txt", {}),
            ("en", "html", {}),
            ("fr", "json", {}),
        ],
    ),
    "e21_sunak_scholz_call": (
        D(2024, 4, 24),
        "phone_call",
        ("sunak", "scholz"),
        None,
        [
            ("en", "txt", {}),
            ("de", "html", {}),
        ],
    ),
    "e22_biden_kishida_video": (
        D(2024, 4, 20),
        "video_call",
        ("biden", "kishida"),
        None,
        [
            ("en", "txt", {}),
            ("zh", "html", {}),
            ("fr", "json", {}),
        ],
    ),
    "e23_xi_putin_call_one_undated": (
        D(2024, 6, 20),
        "phone_call",
        ("putin", "xi"),
        None,
        [
            ("ru", "txt", {}),
            ("en", "txt", {"undated": True}),
        ],
    ),
    "e24_macron_xi_meeting": (
        D(2024, 5, 6),
        "meeting",
        ("macron", "xi"),
        "Paris",
        [
            ("fr", "html", {"source": "Élysée"}),
            ("zh", "txt", {}),
            ("en", "json", {"initiator": "CHN", "source": "Wire"}),
        ],
    ),
    "e25_putin_xi_meeting": (
        D(2024, 5, 16),
        "meeting",
        ("putin", "xi"),
        "Beijing",
        [
            ("ru", "json", {"initiator": "CHN", "source": "Kremlin"}),
            ("en", "html", {"initiator": "CHN", "source": "TASS"}),
            ("zh", "txt", {}),
        ],
    ),
    "e26_meloni_sanchez_video": (
        D(2024, 6, 5),
        "video_call",
        ("meloni", "sanchez"),
        None,
        [
            ("es", "json", {"source": "La Moncloa"}),
            ("en", "txt", {}),
        ],
    ),
}

# Added in session 5 (36 more engagements): 2-4 readouts each, and near misses - the same
# pair three or two days apart, a phone call and a video call the same day, a bilateral
# on the day of the same leaders' trilateral - besides dates a day apart (time zones),
# publication the day after, and sides that name different initiators.
ENGAGEMENTS |= {
    "e27_putin_tokayev_meeting": (
        D(2024, 11, 27), "meeting", ("putin", "tokayev"), "Astana",
        [("ru", "json", {"source": "Kremlin"}), ("en", "html", {}), ("zh", "txt", {}), ("ru", "txt", {})],
    ),
    "e28_putin_tokayev_call": (
        D(2024, 10, 14), "phone_call", ("putin", "tokayev"), None,
        [("ru", "txt", {"initiator": "KAZ"}), ("en", "json", {})],
    ),
    "e29_putin_tokayev_call_three_days_later": (
        D(2024, 10, 17), "phone_call", ("putin", "tokayev"), None,
        [("ru", "html", {}), ("zh", "json", {})],
    ),
    "e30_modi_putin_call": (
        D(2024, 8, 27), "phone_call", ("modi", "putin"), None,
        [("ru", "json", {"source": "Kremlin"}), ("en", "txt", {}), ("zh", "html", {})],
    ),
    "e31_erdogan_putin_meeting_astana": (
        D(2024, 7, 3), "meeting", ("erdogan", "putin"), "Astana",
        [("ru", "txt", {}), ("en", "json", {}), ("zh", "html", {})],
    ),
    "e32_putin_xi_tokayev_trilateral": (
        D(2024, 7, 4), "meeting", ("putin", "xi", "tokayev"), "Astana",
        [("en", "txt", {}), ("fr", "json", {}), ("de", "html", {})],
    ),
    "e33_xi_tokayev_meeting_same_day": (
        D(2024, 7, 4), "meeting", ("xi", "tokayev"), "Astana",
        [("en", "json", {}), ("zh", "txt", {}), ("ru", "html", {})],
    ),
    "e34_biden_zelensky_meeting": (
        D(2024, 9, 26), "meeting", ("biden", "zelensky"), "Washington",
        [("en", "html", {}), ("de", "txt", {}), ("fr", "json", {})],
    ),
    "e35_biden_xi_call_same_day_as_video": (
        D(2024, 4, 2), "phone_call", ("biden", "xi"), None,
        [("en", "txt", {"initiator": "CHN"}), ("zh", "json", {"initiator": "USA"})],
    ),
    "e36_kishida_biden_call_a_day_apart": (
        D(2024, 2, 13), "phone_call", ("kishida", "biden"), None,
        [("en", "txt", {}), ("zh", "json", {"day": D(2024, 2, 14)}), ("fr", "html", {})],
    ),
    "e37_sanchez_modi_meeting": (
        D(2024, 10, 29), "meeting", ("sanchez", "modi"), "New Delhi",
        [("es", "json", {"source": "La Moncloa"}), ("en", "txt", {}), ("zh", "html", {})],
    ),
    "e38_albanese_modi_meeting": (
        D(2024, 11, 19), "meeting", ("albanese", "modi"), "Canberra",
        [("en", "txt", {}), ("zh", "json", {})],
    ),
    "e39_meloni_erdogan_call": (
        D(2024, 5, 14), "phone_call", ("meloni", "erdogan"), None,
        [("en", "json", {"initiator": "TUR"}), ("de", "txt", {}), ("fr", "html", {})],
    ),
    "e40_macron_erdogan_call_published_next_day": (
        D(2024, 6, 11), "phone_call", ("macron", "erdogan"), None,
        [("fr", "txt", {"published": 1}), ("en", "json", {}), ("ru", "html", {"initiator": "TUR"})],
    ),
    "e41_starmer_scholz_meeting": (
        D(2024, 8, 28), "meeting", ("starmer", "scholz"), "Berlin",
        [("en", "html", {}), ("de", "json", {}), ("fr", "txt", {})],
    ),
    "e42_starmer_zelensky_call": (
        D(2024, 11, 4), "phone_call", ("starmer", "zelensky"), None,
        [("en", "txt", {"initiator": "UKR"}), ("de", "json", {})],
    ),
    "e43_starmer_zelensky_call_two_days_later": (
        D(2024, 11, 6), "phone_call", ("starmer", "zelensky"), None,
        [("en", "html", {}), ("fr", "json", {})],
    ),
    "e44_von_der_leyen_zelensky_video": (
        D(2024, 10, 8), "video_call", ("von-der-leyen", "zelensky"), None,
        [("en", "txt", {}), ("de", "html", {}), ("fr", "json", {})],
    ),
    "e45_tusk_zelensky_meeting": (
        D(2024, 9, 9), "meeting", ("tusk", "zelensky"), "Kyiv",
        [("en", "html", {}), ("fr", "txt", {}), ("de", "json", {})],
    ),
    "e46_mirziyoyev_xi_meeting": (
        D(2024, 1, 24), "meeting", ("mirziyoyev", "xi"), "Beijing",
        [("zh", "txt", {}), ("ru", "json", {}), ("en", "html", {})],
    ),
    "e47_mishustin_mirziyoyev_meeting": (
        D(2024, 10, 3), "meeting", ("mishustin", "mirziyoyev"), "Tashkent",
        [("ru", "txt", {}), ("en", "json", {})],
    ),
    "e48_li_qiang_albanese_call": (
        D(2024, 3, 12), "phone_call", ("li-qiang", "albanese"), None,
        [("en", "txt", {}), ("zh", "json", {})],
    ),
    "e49_yoon_kishida_call": (
        D(2024, 5, 8), "phone_call", ("yoon", "kishida"), None,
        [("en", "html", {}), ("zh", "txt", {})],
    ),
    "e50_yoon_kishida_video_same_day": (
        D(2024, 5, 8), "video_call", ("yoon", "kishida"), None,
        [("en", "txt", {}), ("zh", "json", {})],
    ),
    "e51_macron_sanchez_call": (
        D(2024, 2, 20), "phone_call", ("macron", "sanchez"), None,
        [("es", "txt", {}), ("fr", "json", {}), ("en", "html", {})],
    ),
    "e52_macron_meloni_meeting": (
        D(2024, 6, 14), "meeting", ("macron", "meloni"), "Rome",
        [("fr", "html", {}), ("en", "json", {}), ("es", "txt", {})],
    ),
    "e53_scholz_sanchez_call": (
        D(2024, 1, 16), "phone_call", ("scholz", "sanchez"), None,
        [("de", "txt", {}), ("es", "json", {})],
    ),
    "e54_scholz_erdogan_meeting": (
        D(2024, 10, 19), "meeting", ("scholz", "erdogan"), "Berlin",
        [("de", "html", {}), ("en", "txt", {}), ("fr", "json", {}), ("ru", "json", {})],
    ),
    "e55_tokayev_xi_call": (
        D(2024, 3, 26), "phone_call", ("tokayev", "xi"), None,
        [("ru", "txt", {}), ("zh", "json", {}), ("en", "html", {})],
    ),
    "e56_albanese_li_qiang_call_before_the_meeting": (
        D(2024, 6, 14), "phone_call", ("albanese", "li-qiang"), None,
        [("en", "json", {}), ("zh", "html", {})],
    ),
    "e57_sunak_meloni_meeting": (
        D(2024, 4, 13), "meeting", ("sunak", "meloni"), "Rome",
        [("en", "txt", {}), ("fr", "json", {})],
    ),
    "e58_kishida_albanese_video": (
        D(2024, 8, 1), "video_call", ("kishida", "albanese"), None,
        [("en", "txt", {}), ("zh", "json", {})],
    ),
    "e59_macron_zelensky_meeting": (
        D(2024, 10, 10), "meeting", ("macron", "zelensky"), "Paris",
        [("fr", "txt", {}), ("en", "json", {}), ("de", "html", {}), ("ru", "html", {})],
    ),
    "e60_modi_xi_meeting": (
        D(2024, 10, 23), "meeting", ("modi", "xi"), "Moscow",
        [("en", "json", {}), ("zh", "txt", {}), ("ru", "html", {})],
    ),
    "e61_putin_mirziyoyev_call": (
        D(2024, 12, 2), "phone_call", ("putin", "mirziyoyev"), None,
        [("ru", "json", {"source": "Kremlin"}), ("en", "txt", {})],
    ),
    "e62_erdogan_zelensky_call": (
        D(2024, 12, 3), "phone_call", ("erdogan", "zelensky"), None,
        [("en", "txt", {"initiator": "UKR"}), ("fr", "json", {}), ("de", "html", {})],
    ),
}  # fmt: skip


def body(day: dt.date, kind: str, leaders: tuple[str, ...], city: str | None, lang: str, opts: dict) -> str:
    names = [NAMES[leader][LANGS.index(lang)] for leader in leaders]
    where = CITY[city][lang] if city else ""
    if len(leaders) == 3:
        first = TRILATERAL[lang]
    elif opts.get("undated"):
        first = UNDATED[(lang, kind)]
    else:
        first = SENTENCES[(lang, kind)]
    names = [n[0].upper() + n[1:] if first.startswith("{a}") and i == 0 else n for i, n in enumerate(names)]
    text = first.format(
        a=names[0], b=names[1], c=names[2] if len(names) > 2 else "", city=where, date=date_text(day, lang)
    )
    text = text[0].upper() + text[1:]
    lines = [text]
    if opts.get("initiator"):
        lines.append(INITIATIVE[(lang, opts["initiator"])])
    lines.append(TOPICS[lang])
    return "\n\n".join(lines)


def write() -> dict[str, str]:
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir()
    gold: dict[str, str] = {}
    for label, (day, kind, leaders, city, readouts) in ENGAGEMENTS.items():
        for no, (lang, fmt, opts) in enumerate(readouts, start=1):
            stated = opts.get("day", day)
            published = None if opts.get("undated") else stated + dt.timedelta(days=opts.get("published", 0))
            text = body(stated, kind, leaders, city, lang, opts)
            title = TRILATERAL_TITLE[lang] if len(leaders) == 3 else TITLES[lang][KINDS.index(kind)]
            source = opts.get("source", SOURCES[lang])
            name = f"{label}_{no}_{lang}.{fmt}"
            if fmt == "txt":
                header = f" date {published.isoformat()} {title}\n\n" if published else ""
                content = header + text + "\n"
            elif fmt == "json":
                record = {
                    "title": title,
                    "published": published.isoformat() if published else None,
                    "source": source,
                    "language": lang,
                    "text": text,
                }
                content = json.dumps({k: v for k, v in record.items() if v is not None}, ensure_ascii=False, indent=2)
            else:
                paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n"))
                date_meta = f'<meta name="date" content="{published.isoformat()}">' if published else ""
                content = (
                    f'<html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>\n'
                    f'{date_meta}<meta property="og:site_name" content="{html.escape(source)}"></head>\n'
                    f"<body><h1>{html.escape(title)}</h1>\n{paragraphs}\n</body></html>\n"
                )
            (OUT / name).write_text(content, encoding="utf-8")
            gold[name] = label
    header = "# Which engagement each readout of tests/resolution/readouts/ reports (written by write_set.py).\n"
    (HERE / "gold.yaml").write_text(header + yaml.safe_dump(gold, allow_unicode=True, sort_keys=True), encoding="utf-8")
    return gold


if __name__ == "__main__":
    print(f"{len(write())} readouts written to {OUT}")
