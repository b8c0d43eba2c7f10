"""Extraction benchmark: documents per second per core on a generated corpus.

``python -m readouts benchmark [--files 10000] [--dir DIR] [--keep]`` writes a
deterministic corpus of N files, then times in one process, one after the other:

- **read + hash**: every file's bytes read and hashed (the floor any stage pays);
- **parse**: read, hash and ``readouts.parse.parse_file`` (as the pipeline's parse step);
- **parse + extract**: the same, then ``readouts.extract.extract`` on each document.

The reference data, the language detector and the extractor's lazy state are loaded and
warmed up before the clock starts; their load times are reported on their own. The
result is a measurement printed as a table, never a pass/fail gate.

The corpus is built from this project's own texts (``include/samples/`` and
``tests/devset/``): each generated document starts from one of them, with other leader
names in the same script (leaders in office on the document's day), other countries, a shifted date, other figures, more
paragraphs (from phrases written here for each language) up to 1-6 KB, and page
furniture: site menus, scripts, related-news lists, share and copyright lines. File types
are mixed: ``.txt`` with and without a ``date`` header line, ``.html`` pages, ``.json``
(one object or an array) and ``.jsonl`` feeds (several records).
"""

from __future__ import annotations

import cProfile
import datetime as dt
import html
import io
import json
import pstats
import random
import re
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from readouts.config import PROJECT_ROOT, load_settings
from readouts.models import InboxFile
from readouts.reference import Reference

TARGET_DOCS_PER_SECOND = 300.0
CORPUS_MARKER = ".benchmark-corpus.json"
GENERATOR_VERSION = 3  # 2: names of equal length in a fixed order; 3: leaders in office on the document's day
FIRST_YEAR, LAST_YEAR = 2001, 2025  # generated documents' days
LANGUAGES = ("en", "de", "fr", "es", "ru", "zh")
MIN_BYTES, MAX_BYTES = 1000, 6000

# Countries per language, swapped for one another in the seed texts and used in fillers.
COUNTRIES: dict[str, tuple[str, ...]] = {
    "en": ("Kazakhstan", "Kenya", "Brazil", "India", "Germany", "Spain", "Vietnam", "Egypt", "Chile", "Japan"),
    "de": (
        "Kasachstan",
        "Kenia",
        "Brasilien",
        "Indien",
        "Deutschland",
        "Spanien",
        "Vietnam",
        "Ägypten",
        "Chile",
        "Japan",
    ),
    "fr": ("Kazakhstan", "Kenya", "Brésil", "Inde", "Allemagne", "Espagne", "Viêt Nam", "Égypte", "Chili", "Japon"),
    "es": ("Kazajistán", "Kenia", "Brasil", "India", "Alemania", "España", "Vietnam", "Egipto", "Chile", "Japón"),
    "ru": ("Казахстан", "Кения", "Бразилия", "Индия", "Германия", "Испания", "Вьетнам", "Египет", "Чили", "Япония"),
    "zh": ("哈萨克斯坦", "肯尼亚", "巴西", "印度", "德国", "西班牙", "越南", "埃及", "智利", "日本"),
}

# Paragraph material written for this benchmark: background without leaders or engagement words.
FILLERS: dict[str, tuple[str, ...]] = {
    "en": (
        "Trade between {c1} and {c2} reached US${f} billion in {y}, according to official statistics.",
        "Joint projects in transport, logistics and energy are to be reviewed at the next session of the "
        "intergovernmental commission.",
        "The ministries of {c1} plan to prepare a roadmap on digital services, education and tourism by the end "
        "of {y}.",
        "Investment from {c2} grew by {p}% over the previous year and now covers {n} projects in industry and "
        "agriculture.",
        "Experts note that demand in the region for fertiliser, grain and machinery keeps rising.",
        "A business forum with some {n} companies from {c1} and {c2} is planned for the autumn.",
    ),
    "de": (
        "Der Handel zwischen {c1} und {c2} erreichte {y} nach amtlichen Angaben {f} Milliarden US-Dollar.",
        "Gemeinsame Vorhaben in Verkehr, Logistik und Energie sollen bei der nächsten Sitzung der "
        "Regierungskommission geprüft werden.",
        "Die Ministerien in {c1} wollen bis Ende {y} einen Fahrplan für digitale Dienste, Bildung und Tourismus "
        "vorlegen.",
        "Die Investitionen aus {c2} stiegen gegenüber dem Vorjahr um {p} Prozent und umfassen inzwischen {n} "
        "Projekte in Industrie und Landwirtschaft.",
        "Fachleute verweisen auf die wachsende Nachfrage der Region nach Düngemitteln, Getreide und Maschinen.",
        "Für den Herbst ist ein Wirtschaftsforum mit rund {n} Unternehmen aus {c1} und {c2} geplant.",
    ),
    "fr": (
        "Les échanges entre le pays {c1} et le pays {c2} ont atteint {f} milliards de dollars en {y}, selon les "
        "statistiques officielles.",
        "Les projets communs dans les transports, la logistique et l'énergie seront examinés lors de la prochaine "
        "session de la commission intergouvernementale.",
        "Les ministères concernés ({c1}) prépareront d'ici la fin de {y} une feuille de route sur le numérique, "
        "l'éducation et le tourisme.",
        "Les investissements venus du pays {c2} ont progressé de {p} % sur un an et concernent désormais {n} "
        "projets dans l'industrie et l'agriculture.",
        "Selon les experts, la demande régionale d'engrais, de céréales et de machines augmente régulièrement.",
        "Un forum d'affaires réunissant quelque {n} entreprises ({c1}, {c2}) est prévu à l'automne.",
    ),
    "es": (
        "El comercio entre {c1} y {c2} alcanzó {f} millones de dólares en {y}, según las estadísticas oficiales.",
        "Los proyectos conjuntos de transporte, logística y energía se revisarán en la próxima sesión de la "
        "comisión intergubernamental.",
        "Los ministerios de {c1} elaborarán antes de finales de {y} una hoja de ruta sobre servicios digitales, "
        "educación y turismo.",
        "La inversión procedente de {c2} creció un {p} % respecto al año anterior y abarca ya {n} proyectos en la "
        "industria y la agricultura.",
        "Los expertos señalan que la demanda regional de fertilizantes, cereales y maquinaria crece de forma "
        "constante.",
        "Para el otoño se prevé un foro empresarial con unas {n} compañías de {c1} y {c2}.",
    ),
    "ru": (
        "По официальным данным, товарооборот по линии «{c1} — {c2}» в {y} году составил {f} млрд долларов США.",
        "Совместные проекты в области транспорта, логистики и энергетики будут рассмотрены на очередном "
        "заседании межправительственной комиссии.",
        "Профильные министерства (страна — {c1}) подготовят до конца {y} года дорожную карту по цифровым "
        "услугам, образованию и туризму.",
        "Объём инвестиций (страна-инвестор — {c2}) вырос на {p}% по сравнению с предыдущим годом и охватывает "
        "{n} проектов в промышленности и сельском хозяйстве.",
        "Эксперты отмечают устойчивый рост спроса в регионе на удобрения, зерно и сельхозтехнику.",
        "Осенью планируется бизнес-форум, в котором примут участие около {n} компаний (страны — {c1}, {c2}).",
    ),
    "zh": (
        "据官方统计，{y}年{c1}与{c2}贸易额达到{f}亿美元。",
        "交通、物流和能源领域的合作项目将在政府间委员会下次会议上审议。",
        "{c1}有关部门将于{y}年底前制定数字服务、教育和旅游领域的路线图。",
        "来自{c2}的投资同比增长{p}%，目前涵盖工业和农业领域{n}个项目。",
        "专家指出，该地区对化肥、粮食和机械的需求稳步增长。",
        "今年秋季将举办商务论坛，来自{c1}和{c2}的约{n}家企业将参加。",
    ),
}

# Site furniture per language: menu entries, lines the parser drops, a copyright line.
MENU: dict[str, tuple[str, ...]] = {
    "en": ("Home", "News", "Press releases", "Photo", "Video", "Contacts"),
    "de": ("Startseite", "Aktuelles", "Pressemitteilungen", "Mediathek", "Kontakt"),
    "fr": ("Accueil", "Actualités", "Communiqués", "Photos", "Contact"),
    "es": ("Inicio", "Noticias", "Comunicados", "Galería", "Contacto"),
    "ru": ("Главная", "Новости", "Пресс-релизы", "Фото", "Видео", "Контакты"),
    "zh": ("首页", "新闻", "图片", "视频", "联系我们"),
}
PHOTO_LINE = {
    "en": "Photo: press service",
    "de": "Foto: Presseamt",
    "fr": "Photo : service de presse",
    "es": "Foto: servicio de prensa",
    "ru": "Фото: пресс-служба",
    "zh": "图片来源：新闻办公室",
}
SHARE_LINE = {
    "en": "Share this article",
    "de": "Weitere Artikel",
    "fr": "Partager cet article",
    "es": "Noticias relacionadas",
    "ru": "Поделиться",
    "zh": "相关新闻",
}
RIGHTS_LINE = {
    "en": "All rights reserved",
    "de": "Alle Rechte vorbehalten",
    "fr": "Tous droits réservés",
    "es": "Todos los derechos reservados",
    "ru": "Все права защищены",
    "zh": "版权所有",
}
FILE_KINDS = ("txt_header", "txt_plain", "html", "json", "jsonl")
FILE_KIND_WEIGHTS = (20, 15, 30, 15, 20)
_FIGURE = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:[.,]\d{1,2})?)(?=\s?(?:%|per ?cent|percent|Prozent|billion|million|Milliarden|Millionen|"
    r"Mrd|Mio|млрд|млн|миллиард|миллион|亿|万|milliards?|millions?|mil millones|millones))"
)


@dataclass(frozen=True)
class Seed:
    """One clean document of the project's own texts, the start of generated documents."""

    language: str
    title: str
    text: str
    published: dt.date | None
    source: str | None
    names: tuple[str, ...]  # leader aliases found in the text, longest first


@dataclass
class StageResult:
    name: str
    files: int
    documents: int
    wall_seconds: float
    cpu_seconds: float
    outcomes: dict[str, int] = field(default_factory=dict)

    @property
    def per_core(self) -> float:
        """Documents per second of one core (CPU time counted when it exceeds wall time)."""
        return self.documents / max(self.wall_seconds, self.cpu_seconds, 1e-9)


@dataclass
class BenchmarkReport:
    corpus_dir: Path
    files: int
    corpus_bytes: int
    suffixes: dict[str, int]
    generate_seconds: float
    load_seconds: dict[str, float]
    stages: list[StageResult]
    profile: str | None = None


# ---------------------------------------------------------------- corpus generation


def _script(text: str) -> str:
    if any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return "han"
    if any("\u0400" <= ch <= "\u04ff" for ch in text):
        return "cyrillic"
    return "latin"


@dataclass(frozen=True)
class AliasTerm:
    """A leader's alias as generated text may use it, and the term in which it names an office-holder."""

    alias: str
    person_id: str
    valid_from: dt.date
    valid_to: dt.date | None

    def holds_office_on(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day < self.valid_to)


def _alias_terms(ref: Reference) -> dict[str, list[AliasTerm]]:
    """Leader aliases by script, once per term: full names (two words or more), or three Han characters or more."""
    pools: dict[str, set[AliasTerm]] = {"latin": set(), "cyrillic": set(), "han": set()}
    for terms in ref.leaders.values():
        for term in terms:
            for alias in (term.name, *term.aliases):
                script = _script(alias)
                if (script == "han" and len(alias) >= 3) or (script != "han" and len(alias.split()) >= 2):
                    pools[script].add(AliasTerm(alias, term.person_id, term.valid_from, term.valid_to))
    return {
        script: sorted(entries, key=lambda e: (e.alias, e.valid_from, e.person_id)) for script, entries in pools.items()
    }


def _alias_pools(ref: Reference) -> dict[str, list[str]]:
    """Leader aliases by script, each once (see ``_alias_terms``)."""
    return {script: sorted({e.alias for e in entries}) for script, entries in _alias_terms(ref).items()}


def _seed_files(roots: list[Path]) -> Iterator[tuple[Path, str | None]]:
    for root in roots:
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            if (
                path.is_file()
                and not path.name.endswith(".gold.json")
                and path.suffix in (".txt", ".html", ".json", ".jsonl")
            ):
                language = path.parent.name if path.parent.name in LANGUAGES else None
                yield path, language


def load_seeds(ref: Reference, roots: list[Path] | None = None) -> list[Seed]:
    """Every readable document of the project's samples and dev set, with its leader names found."""
    from readouts.parse import parse_file, sha256_hex

    if roots is None:
        roots = [load_settings().include_dir / "samples", PROJECT_ROOT / "tests" / "devset"]
    pools = _alias_pools(ref)
    seeds: list[Seed] = []
    for path, folder_language in _seed_files(roots):
        raw = path.read_bytes()
        item = InboxFile(0, path.name, str(path), sha256_hex(raw), len(raw))
        for doc in parse_file(item, raw, ref):
            language = folder_language or doc.language_hint
            if doc.rejected_reason or language not in LANGUAGES or not doc.text:
                continue
            pool = pools[_script(doc.text)] if language != "zh" else pools["han"]
            found = sorted({alias for alias in pool if alias in doc.text}, key=lambda alias: (-len(alias), alias))
            title = doc.title or doc.text.split("\n", 1)[0][:120]
            seeds.append(Seed(language, title, doc.text, doc.published_date, doc.source_name, tuple(found)))
    if not seeds:
        raise RuntimeError(f"no seed documents found under {', '.join(map(str, roots))}")
    return seeds


def _random_day(rnd: random.Random) -> dt.date:
    return dt.date(rnd.randint(FIRST_YEAR, LAST_YEAR), rnd.randint(1, 12), rnd.randint(1, 28))


class CorpusGenerator:
    """Deterministic documents and files from seeds: same seeds, count and ``seed`` -> same bytes."""

    def __init__(self, seeds: list[Seed], ref: Reference, seed: int = 3) -> None:
        self.seeds = seeds
        self.seed = seed
        self.terms_by_alias: dict[str, list[AliasTerm]] = {}
        self.pools_by_year: dict[tuple[str, int], list[AliasTerm]] = {}
        for script, entries in _alias_terms(ref).items():
            for entry in entries:
                self.terms_by_alias.setdefault(entry.alias, []).append(entry)
                last_year = entry.valid_to.year if entry.valid_to else LAST_YEAR
                for year in range(max(entry.valid_from.year, FIRST_YEAR), min(last_year, LAST_YEAR) + 1):
                    self.pools_by_year.setdefault((script, year), []).append(entry)
        self.titles_by_language: dict[str, list[str]] = {}
        for s in seeds:
            self.titles_by_language.setdefault(s.language, []).append(s.title)
        self.country_patterns = {
            lang: re.compile(
                "|".join(re.escape(c) for c in sorted(names, key=len, reverse=True))
                if lang == "zh"
                else r"\b(?:" + "|".join(re.escape(c) for c in sorted(names, key=len, reverse=True)) + r")\b"
            )
            for lang, names in COUNTRIES.items()
        }

    # -- one document
    def document(self, rnd: random.Random, target_bytes: int) -> dict[str, Any]:
        """A varied document: language, title, published date, paragraphs (about ``target_bytes`` of text)."""
        seed = rnd.choice(self.seeds)
        lang = seed.language
        swap_names = bool(seed.names) and rnd.random() < 0.7
        day = self._day_in_office(rnd, seed.names) if seed.names and not swap_names else _random_day(rnd)
        text, title = seed.text, seed.title
        replacements: dict[str, str] = {}
        if seed.published:
            replacements[seed.published.isoformat()] = day.isoformat()
            replacements[str(seed.published.year)] = str(day.year)
        if swap_names:
            replacements.update(self._names_in_office(rnd, seed.names, day))
        if replacements:
            pattern = re.compile("|".join(re.escape(k) for k in sorted(replacements, key=len, reverse=True)))
            text = pattern.sub(lambda m: replacements[m.group()], text)
            title = pattern.sub(lambda m: replacements[m.group()], title)
        countries = COUNTRIES[lang]
        swap = dict(zip(countries, rnd.sample(countries, len(countries)), strict=True))
        text = self.country_patterns[lang].sub(lambda m: swap[m.group()], text)
        title = self.country_patterns[lang].sub(lambda m: swap[m.group()], title)
        text = _FIGURE.sub(lambda m: _vary_figure(m.group(1), rnd), text)
        paragraphs = [p for p in text.split("\n\n") if p.strip()]
        size = len(title.encode()) + sum(len(p.encode()) + 2 for p in paragraphs)
        while size < target_bytes:
            paragraph = self._filler(rnd, lang, day.year)
            paragraphs.insert(rnd.randint(1, len(paragraphs)), paragraph)
            size += len(paragraph.encode()) + 2
        return {
            "language": lang,
            "title": title,
            "published": day if rnd.random() < 0.85 else None,
            "paragraphs": paragraphs,
            "source": seed.source or "Press office",
        }

    def _day_in_office(self, rnd: random.Random, names: tuple[str, ...]) -> dt.date:
        """A day on which every leader the seed names holds office (a random day when there is none)."""
        first, last = dt.date(FIRST_YEAR, 1, 1), dt.date(LAST_YEAR, 12, 29)
        common = [(first, last)]
        for name in names:
            terms = [(t.valid_from, t.valid_to or last) for t in self.terms_by_alias.get(name, [])]
            common = [
                (max(start, term_start), min(end, term_end))
                for start, end in common
                for term_start, term_end in terms
                if max(start, term_start) < min(end, term_end)
            ]
        if not common:
            return _random_day(rnd)
        offset = rnd.randrange(sum((end - start).days for start, end in common))
        for start, end in common:
            if offset < (end - start).days:
                return start + dt.timedelta(days=offset)
            offset -= (end - start).days
        raise AssertionError("unreachable: the offset is below the intervals' total length")

    def _names_in_office(self, rnd: random.Random, names: tuple[str, ...], day: dt.date) -> dict[str, str]:
        """Other leaders for the seed's names, in the same script, each a different person in office on ``day``.

        Two aliases of one person (a full name and a longer form) get one replacement person.
        """
        replacements: dict[str, str] = {}
        by_person: dict[str, str] = {}
        taken: set[str] = set()
        for name in names:
            person = self.terms_by_alias[name][0].person_id if name in self.terms_by_alias else name
            if person in by_person:
                replacements[name] = by_person[person]
                continue
            pool = self.pools_by_year.get((_script(name), day.year), [])
            choices = [e for e in pool if e.person_id not in taken and e.holds_office_on(day)]
            if not choices:
                continue
            chosen = rnd.choice(choices)
            taken.add(chosen.person_id)
            replacements[name] = by_person[person] = chosen.alias
        return replacements

    def _filler(self, rnd: random.Random, lang: str, year: int) -> str:
        sentences = rnd.sample(FILLERS[lang], rnd.randint(2, 3))
        c1, c2 = rnd.sample(COUNTRIES[lang], 2)
        values = {
            "c1": c1,
            "c2": c2,
            "y": year,
            "f": f"{rnd.randint(1, 40)}{'.' if lang in ('en', 'zh') else ','}{rnd.randint(1, 9)}",
            "p": rnd.randint(2, 60),
            "n": rnd.randint(3, 250),
        }
        joiner = "" if lang == "zh" else " "
        return joiner.join(s.format(**values) for s in sentences)

    # -- one file
    def file(self, index: int) -> tuple[str, bytes]:
        """The name and bytes of file number ``index`` (independent of the other files)."""
        rnd = random.Random(f"{self.seed}:{index}")
        kind = rnd.choices(FILE_KINDS, weights=FILE_KIND_WEIGHTS)[0]
        target = rnd.randint(MIN_BYTES, MAX_BYTES)
        if kind == "jsonl":
            count = rnd.randint(2, 4)
            docs = [self.document(rnd, max(target // count - 250, 200)) for _ in range(count)]
            body = "".join(
                json.dumps(self._record(rnd, d, index, n), ensure_ascii=False) + "\n" for n, d in enumerate(docs)
            )
            return self._name(index, docs[0], "jsonl"), body.encode()
        if kind == "json":
            count = 1 if rnd.random() < 0.7 else rnd.randint(2, 3)
            docs = [self.document(rnd, max(target // count - 300, 200)) for _ in range(count)]
            records = [self._record(rnd, d, index, n) for n, d in enumerate(docs)]
            data: Any = records[0] if count == 1 else records
            return self._name(index, docs[0], "json"), json.dumps(data, ensure_ascii=False, indent=2).encode()
        if kind == "html":
            doc = self.document(rnd, max(target - 1400, 300))
            return self._name(index, doc, "html"), self._page(rnd, doc).encode()
        doc = self.document(rnd, max(target - 250, 300))
        return self._name(index, doc, "txt"), self._text_file(rnd, doc, header=kind == "txt_header").encode()

    def _name(self, index: int, doc: dict[str, Any], suffix: str) -> str:
        day = doc["published"].isoformat() if doc["published"] else "undated"
        return f"{index:06d}_{doc['language']}_{day}.{suffix}"

    def _record(self, rnd: random.Random, doc: dict[str, Any], index: int, n: int) -> dict[str, Any]:
        record: dict[str, Any] = {"title": doc["title"]}
        if doc["published"]:
            record["published"] = doc["published"].isoformat()
        record["source"] = doc["source"]
        record["url"] = f"https://example.invalid/news/{index}/{n}"
        if rnd.random() < 0.3:
            record["language"] = doc["language"]
        if rnd.random() < 0.25:
            record["html"] = "".join(f"<p>{html.escape(p)}</p>" for p in doc["paragraphs"])
        else:
            record["text"] = "\n\n".join(doc["paragraphs"])
        return record

    def _text_file(self, rnd: random.Random, doc: dict[str, Any], header: bool) -> str:
        lang = doc["language"]
        lines: list[str] = []
        if header and doc["published"]:
            lines.append(f"date {doc['published'].isoformat()} {doc['title']}")
        else:
            lines.append(doc["title"])
        lines.append("")
        if rnd.random() < 0.4:
            lines += [PHOTO_LINE[lang], ""]
        for paragraph in doc["paragraphs"]:
            lines += [paragraph, ""]
        if rnd.random() < 0.6:
            lines += [SHARE_LINE[lang], *rnd.sample(self.titles_by_language[lang], 3), RIGHTS_LINE[lang]]
        return "\n".join(lines) + "\n"

    def _page(self, rnd: random.Random, doc: dict[str, Any]) -> str:
        lang, title, site = doc["language"], html.escape(doc["title"]), html.escape(doc["source"])
        lang_attr = f' lang="{lang}"' if rnd.random() < 0.6 else ""
        date = doc["published"].isoformat() if doc["published"] else ""
        date_meta = f'<meta name="date" content="{date}">' if date and rnd.random() < 0.5 else ""
        time_tag = f'<time datetime="{date}">{date}</time>' if date and not date_meta else ""
        menu = "".join(f'<li><a href="/{i}">{html.escape(m)}</a></li>' for i, m in enumerate(MENU[lang]))
        related = "".join(
            f'<li><a href="/news/{rnd.randint(1000, 99999)}">{html.escape(t)}</a></li>'
            for t in rnd.sample(self.titles_by_language[lang], 3)
        )
        body = "\n".join(f"<p>{html.escape(p)}</p>" for p in doc["paragraphs"])
        photo = (
            f'<figure><img src="/img/{rnd.randint(1, 999)}.jpg"><figcaption>{PHOTO_LINE[lang]}</figcaption></figure>'
        )
        return (
            f'<!DOCTYPE html>\n<html{lang_attr}><head><meta charset="utf-8">\n'
            f"<title>{title} | {site}</title>\n"
            f'<meta property="og:title" content="{title}"><meta property="og:site_name" content="{site}">{date_meta}\n'
            "<style>body{font-family:sans-serif;margin:0}.menu li{display:inline;padding:0 8px}"
            ".share a{color:#555}</style>\n"
            "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}</script>\n"
            f'</head><body>\n<header><div class="logo">{site}</div><nav><ul class="menu">{menu}</ul></nav></header>\n'
            f"<main><article><h1>{title}</h1>{time_tag}\n{photo if rnd.random() < 0.5 else ''}\n{body}\n</article>\n"
            f'<div class="share">{SHARE_LINE[lang]}: <a href="#">X</a> <a href="#">Telegram</a></div>\n'
            f"<aside><ul>{related}</ul></aside></main>\n"
            f"<footer>© {date[:4] or '2025'} {site}. {RIGHTS_LINE[lang]}.</footer>\n"
            '<script src="/static/app.js" async></script>\n</body></html>\n'
        )


def _vary_figure(value: str, rnd: random.Random) -> str:
    separator = "," if "," in value else "."
    number = float(value.replace(",", ".")) * rnd.uniform(0.5, 2.0)
    if separator in value:
        return f"{number:.1f}".replace(".", separator)
    return str(max(1, round(number)))


def generate_corpus(folder: Path, files: int, ref: Reference, seed: int = 3) -> int:
    """Write ``files`` generated files into ``folder`` (created); returns the bytes written."""
    folder.mkdir(parents=True, exist_ok=True)
    generator = CorpusGenerator(load_seeds(ref), ref, seed)
    total = 0
    for index in range(files):
        name, data = generator.file(index)
        (folder / name).write_bytes(data)
        total += len(data)
    (folder / CORPUS_MARKER).write_text(
        json.dumps({"files": files, "seed": seed, "generator": GENERATOR_VERSION}), encoding="utf-8"
    )
    return total


def corpus_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


def _is_corpus(folder: Path, files: int, seed: int) -> bool:
    try:
        marker = json.loads((folder / CORPUS_MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return (
        marker == {"files": files, "seed": seed, "generator": GENERATOR_VERSION} and len(corpus_files(folder)) == files
    )


# ---------------------------------------------------------------- measurement


def load_timed() -> tuple[Reference, dict[str, float]]:
    """The reference data and the language detector, loaded before anything is timed; and
    the seconds each took."""
    from readouts.parse import _language_detector
    from readouts.reference import load_reference

    load: dict[str, float] = {}
    started = time.perf_counter()
    ref = load_reference()
    load["reference data"] = time.perf_counter() - started
    started = time.perf_counter()
    _language_detector()
    load["language detector"] = time.perf_counter() - started
    return ref, load


def _timed(name: str, paths: list[Path], work: Callable[[int, Path], tuple[int, Counter[str]]]) -> StageResult:
    outcomes: Counter[str] = Counter()
    documents = 0
    wall, cpu = time.perf_counter(), time.process_time()
    for index, path in enumerate(paths):
        count, seen = work(index, path)
        documents += count
        outcomes.update(seen)
    return StageResult(
        name, len(paths), documents, time.perf_counter() - wall, time.process_time() - cpu, dict(outcomes)
    )


def _stages(ref: Reference) -> dict[str, Callable[[int, Path], tuple[int, Counter[str]]]]:
    from readouts.extract import extract
    from readouts.parse import parse_file, sha256_hex

    empty: Counter[str] = Counter()

    def read_hash(index: int, path: Path) -> tuple[int, Counter[str]]:
        sha256_hex(path.read_bytes())
        return 1, empty

    def parse_only(index: int, path: Path) -> tuple[int, Counter[str]]:
        raw = path.read_bytes()
        item = InboxFile(index, path.name, str(path), sha256_hex(raw), len(raw))
        return len(parse_file(item, raw, ref)), empty

    def parse_extract(index: int, path: Path) -> tuple[int, Counter[str]]:
        raw = path.read_bytes()
        item = InboxFile(index, path.name, str(path), sha256_hex(raw), len(raw))
        docs = parse_file(item, raw, ref)
        return len(docs), Counter(extract(doc, ref).outcome for doc in docs)

    return {"read + hash": read_hash, "parse": parse_only, "parse + extract": parse_extract}


def _warm_up(ref: Reference, paths: list[Path]) -> float:
    """Load what the first documents would otherwise pay for (detector, date parsers...)."""
    started = time.perf_counter()
    work = _stages(ref)["parse + extract"]
    by_suffix: dict[str, Path] = {}
    for path in paths:
        by_suffix.setdefault(path.suffix, path)
    sample = list(by_suffix.values()) + paths[:: max(1, len(paths) // 60)][:60]
    for index, path in enumerate(sample):
        work(index, path)
    return time.perf_counter() - started


def profile_stage(ref: Reference, paths: list[Path], top: int = 30) -> str:
    """cProfile of parse + extract over ``paths``: the top functions by own time, then by cumulative time."""
    work = _stages(ref)["parse + extract"]
    profiler = cProfile.Profile()
    profiler.enable()
    for index, path in enumerate(paths):
        work(index, path)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs()
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def run_benchmark(
    files: int = 10_000,
    directory: Path | None = None,
    keep: bool = False,
    seed: int = 3,
    profile_files: int = 0,
) -> BenchmarkReport:
    """Generate (or reuse) the corpus, warm up, time the three stages; optionally profile."""
    ref, load = load_timed()

    owned = directory is None
    folder = Path(tempfile.mkdtemp(prefix="readouts-bench-")) if directory is None else directory
    if directory is not None and directory.exists() and any(directory.iterdir()):
        if not _is_corpus(directory, files, seed):
            raise ValueError(f"{directory} is not empty and holds no corpus of {files} files (seed {seed})")
        generate_seconds = 0.0
    else:
        started = time.perf_counter()
        generate_corpus(folder, files, ref, seed)
        generate_seconds = time.perf_counter() - started
        owned = True
    try:
        paths = corpus_files(folder)
        load["warm-up (first documents of each kind)"] = _warm_up(ref, paths)
        stages = [_timed(name, paths, work) for name, work in _stages(ref).items()]
        documents = stages[1].documents
        stages[0].documents = documents  # the same files hold the same documents
        profile = profile_stage(ref, paths[:profile_files]) if profile_files else None
        return BenchmarkReport(
            corpus_dir=folder,
            files=len(paths),
            corpus_bytes=sum(p.stat().st_size for p in paths),
            suffixes=dict(Counter(p.suffix for p in paths)),
            generate_seconds=generate_seconds,
            load_seconds=load,
            stages=stages,
            profile=profile,
        )
    finally:
        if owned and not keep:
            shutil.rmtree(folder, ignore_errors=True)


def print_report(report: BenchmarkReport, kept: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if console.width < 110:  # a narrow or piped output: the table's columns stay whole
        console = Console(width=110)
    mix = ", ".join(f"{count} {suffix}" for suffix, count in sorted(report.suffixes.items()))
    console.print(
        f"corpus: {report.files} files ({mix}), {report.corpus_bytes / 1e6:.1f} MB"
        + (f", generated in {report.generate_seconds:.1f} s" if report.generate_seconds else ", reused")
        + (f", kept in {report.corpus_dir}" if kept else "")
    )
    for what, seconds in report.load_seconds.items():
        console.print(f"load: {what}: {seconds:.2f} s (not counted below)")
    table = Table(title=f"single process, one core (target {TARGET_DOCS_PER_SECOND:.0f} documents/s/core)")
    for column in ("stage", "files", "documents", "wall s", "CPU s", "documents/s/core", "vs target"):
        table.add_column(column, justify="left" if column == "stage" else "right")
    for stage in report.stages:
        table.add_row(
            stage.name,
            str(stage.files),
            str(stage.documents),
            f"{stage.wall_seconds:.2f}",
            f"{stage.cpu_seconds:.2f}",
            f"{stage.per_core:,.0f}",
            f"{stage.per_core / TARGET_DOCS_PER_SECOND:.2f}×",
        )
    console.print(table)
    outcomes = report.stages[-1].outcomes
    console.print("extraction outcomes: " + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())))
    if report.profile:
        console.print(report.profile, markup=False, highlight=False)
