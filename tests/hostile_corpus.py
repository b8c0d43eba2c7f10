"""A generated corpus of hostile, broken and ordinary input files, with what must become of each.

``write_corpus(inbox, outside)`` writes the files (deterministic for a seed) into the
inbox folder and a few link targets into ``outside`` (a folder that is not under the
inbox), and returns ``{file name relative to the inbox: Expected}``.

Statuses are the manifest's (``loaded``, ``duplicate``, ``not_readout``, ``rejected``,
``failed_quality``), or ``pending`` (a file still being written: not picked up by this
run, picked up by the next) or ``left`` (not a file the pipeline takes: a hidden
upload in progress or a named pipe; it stays in the inbox, untouched). ``a|b`` means
either status is right (copies of one text: the first is loaded, the others are
duplicates, and which one comes first is the pipeline's business).
"""

from __future__ import annotations

import json
import os
import random
import time
from dataclasses import dataclass
from pathlib import Path

from readouts.intake import inbox_name

FINAL = ("loaded", "duplicate", "not_readout", "rejected", "failed_quality")
LARGE_FILE_BYTES = 50 * 1024 * 1024
BIG_FEED_RECORDS = 10_000


@dataclass
class Expected:
    """What must become of one file: status per record (None: the file is one document)."""

    category: str
    statuses: dict[int | None, str]
    reason: str | None = None  # a word the manifest's reason must hold (case-insensitive), for rejected documents
    encoded_name: bytes | None = None  # the name as written, when it is not valid UTF-8

    @property
    def documents(self) -> int:
        return len(self.statuses)


READOUTS = {
    "en": (
        "Telephone conversation",
        "President Vladimir Putin had a telephone conversation with President of Kazakhstan Kassym-Jomart "
        "Tokayev. The leaders discussed trade and energy cooperation (note {n}).",
    ),
    "de": (
        "Telefonat",
        "Bundeskanzler Olaf Scholz hat am Montag mit dem französischen Präsidenten Emmanuel Macron telefoniert. "
        "Sie sprachen über die Lage in der Ukraine und den Handel (Notiz {n}).",
    ),
    "ru": (
        "Телефонный разговор",
        "Владимир Путин провёл телефонный разговор с Президентом Республики Узбекистан Шавкатом Мирзиёевым. "
        "Обсуждены вопросы торгово-экономического сотрудничества (заметка {n}).",
    ),
    "fr": (
        "Entretien téléphonique",
        "Le Président Emmanuel Macron s'est entretenu par téléphone avec le Chancelier Olaf Scholz. Les deux "
        "dirigeants ont évoqué la situation en Ukraine et l'énergie (note {n}).",
    ),
    "es": (
        "Conversación telefónica",
        "El presidente del Gobierno, Pedro Sánchez, mantuvo una conversación telefónica con el presidente de la "
        "República Francesa, Emmanuel Macron. Abordaron la seguridad energética (nota {n}).",
    ),
    "zh": (
        "习近平同普京通电话",
        "国家主席习近平同俄罗斯总统普京通电话。两国元首就双边关系和共同关心的国际问题交换了意见（编号{n}）。",
    ),
}
NOT_READOUT = (
    "Essay {n}: telephone diplomacy has a long history. Leaders have used the telephone since the early "
    "twentieth century, and historians still argue about what such calls achieve."
)
FEED_FILLER = "Bulletin {n}: the museum extended its opening hours and the city library added new reading rooms."


class _Corpus:
    def __init__(self, inbox: Path, outside: Path, seed: int) -> None:
        self.inbox = inbox
        self.outside = outside
        self.rng = random.Random(seed)
        self.serial = 0
        self.expected: dict[str, Expected] = {}

    def n(self) -> int:
        self.serial += 1
        return self.serial

    def put(self, name: str, data: bytes, category: str, status: str, reason: str | None = None) -> Path:
        return self.put_records(name, data, category, {None: status}, reason)

    def put_records(
        self, name: str, data: bytes, category: str, statuses: dict[int | None, str], reason: str | None = None
    ) -> Path:
        assert name not in self.expected, name
        path = self.inbox / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        self.expected[name] = Expected(category, statuses, reason)
        return path

    def readout(self, lang: str, day: int | None = None) -> tuple[str, str]:
        title, body = READOUTS[lang]
        return title, body.format(n=self.n())

    def readout_txt(self, lang: str) -> str:
        title, body = self.readout(lang)
        return f" date 2024-03-{self.rng.randint(1, 28):02d} {title}\n\n{body}\n"

    def readout_html(self, lang: str, extra_head: str = "", extra_body: str = "") -> str:
        title, body = self.readout(lang)
        day = self.rng.randint(1, 28)
        return (
            f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="article:published_time" content="2024-04-{day:02d}T09:00:00Z">{extra_head}</head>'
            f"<body><h1>{title}</h1>{extra_body}<p>{body}</p></body></html>"
        )


def write_corpus(
    inbox: Path, outside: Path, seed: int = 4, large_file_bytes: int = LARGE_FILE_BYTES
) -> dict[str, Expected]:
    """Write the corpus (about 1,050 entries) and return what must become of each."""
    inbox.mkdir(parents=True, exist_ok=True)
    outside.mkdir(parents=True, exist_ok=True)
    c = _Corpus(inbox, outside, seed)
    langs = list(READOUTS)

    # ordinary readouts: text, HTML, JSON, JSON lines, several languages, a sub-folder
    for i in range(300):
        lang = langs[i % len(langs)]
        c.put(f"ordinary/{lang}_{i:03d}.txt", c.readout_txt(lang).encode(), "ordinary", "loaded")
    for i in range(30):
        lang = langs[i % len(langs)]
        c.put(f"ordinary_{lang}_{i:03d}.html", c.readout_html(lang).encode(), "ordinary", "loaded")
    for i in range(30):
        title, body = c.readout(langs[i % len(langs)])
        record = {"title": title, "published": "2024-05-02", "source": "Corpus Wire", "text": body}
        c.put(f"ordinary_{i:03d}.json", json.dumps(record, ensure_ascii=False).encode(), "ordinary", "loaded")
    for i in range(10):
        lines = [json.dumps({"text": c.readout(lang)[1], "published": "2024-05-03"}) for lang in langs[:3]]
        c.put_records(
            f"feed_{i:02d}.jsonl", ("\n".join(lines) + "\n").encode(), "ordinary", dict.fromkeys([1, 2, 3], "loaded")
        )
    for i in range(30):
        c.put(f"essay_{i:02d}.txt", NOT_READOUT.format(n=c.n()).encode(), "not_readout", "not_readout")

    # copies of one text under other names: one is loaded, the others are duplicates
    for i in range(10):
        data = c.readout_txt("en").encode()
        c.put(f"dup_{i:02d}_a.txt", data, "duplicate", "loaded|duplicate")
        c.put(f"dup_{i:02d}_b.txt", data, "duplicate", "loaded|duplicate")

    # legacy encodings: decoded and processed, not rejected
    for i in range(40):
        c.put(f"legacy_cp1251_{i:02d}.txt", c.readout_txt("ru").encode("cp1251"), "legacy_cp1251", "loaded")
        c.put(f"legacy_gb18030_{i:02d}.txt", c.readout_txt("zh").encode("gb18030"), "legacy_gb18030", "loaded")
    for i in range(10):
        c.put(f"utf16_{i:02d}.txt", c.readout_txt(langs[i % 6]).encode("utf-16"), "utf16_bom", "loaded")

    # empty and blank files
    c.put("empty.txt", b"", "empty", "rejected", "empty")
    for i in range(29):
        blank = "".join(c.rng.choice(" \t\r\n") for _ in range(i + 1)).encode()
        c.put(f"blank_{i:02d}{['.txt', '.html', '.json', '.jsonl'][i % 4]}", blank, "empty", "rejected", "empty")

    # binary files (NUL bytes), and random bytes without NUL under text names
    for i in range(40):
        head = [
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            b"%PDF-1.7\n\x00",
            b"PK\x03\x04\x14\x00",
            b"\x7fELF\x02\x01\x01\x00",
        ]
        data = head[i % 4] + c.rng.randbytes(2000 + i)
        c.put(f"binary_{i:02d}{['.txt', '.html', '.json'][i % 3]}", data, "binary", "rejected", "binary")
    for i in range(20):
        data = bytes(c.rng.randrange(1, 256) for _ in range(3000))
        c.put(f"noise_{i:02d}.txt", data, "binary_noise", "rejected", "UTF-8|binary")

    # invalid UTF-8: real UTF-8 text with broken sequences in it
    for i in range(60):  # texts with non-ASCII letters: a stray byte in pure ASCII reads as Latin-1
        good = c.readout_txt(langs[1 + i % 5]).encode() * 2
        cut = c.rng.randrange(10, len(good) - 10)
        bad = good[:cut] + [b"\xff", b"\xc3(", b"\xe2\x82", b"\xf0\x9f\x98", b"\xc0\xaf"][(i // 5) % 5] + good[cut:]
        c.put(f"bad_utf8_{i:02d}.txt", bad, "invalid_utf8", "rejected", "invalid UTF-8")

    # the size cap: rejected unread
    if large_file_bytes:
        with (inbox / "large_50mb.txt").open("wb") as handle:
            block = (c.readout_txt("en") * 100).encode()
            written = 0
            while written < large_file_bytes:
                handle.write(block)
                written += len(block)
        c.expected["large_50mb.txt"] = Expected("oversize", {None: "rejected"}, "size cap")

    # deep and unclosed HTML
    for i in range(4):
        depth = 60_000 + 10_000 * i
        page = "<div>" * depth + c.readout_html("en") + "</div>" * (depth if i % 2 else 0)
        c.put(f"deep_html_{i}.html", page.encode(), "deep_html", "rejected", "tags")
    for i in range(4):
        page = "<html><body>" + "<div><p><span><b><i>" * (8000 + i) + "text never closed"
        c.put(f"unclosed_html_{i}.html", page.encode(), "deep_html", "rejected", "tags")
    for i in range(12):
        depth = 500 + 250 * i
        inner = c.readout_html(langs[i % 6])
        page = "<div>" * depth + inner + ("</div>" * depth if i % 2 else "")
        c.put(f"nested_html_{i:02d}.html", page.encode(), "deep_html_within_cap", "loaded")

    # scripts, iframes, objects: never fetched or run, and not in the text
    for i in range(40):
        active = (
            f"<script>document.write('SCRIPTED {i}');fetch('http://127.0.0.1:9/steal')</script>"
            f'<iframe src="http://127.0.0.1:9/frame{i}">FRAMED {i}</iframe>'
            f'<object data="file:///etc/passwd"></object><img src="http://127.0.0.1:9/x.png" onerror="alert(1)">'
            f'<form action="http://127.0.0.1:9/"><input name="q" value="FORMED"></form>'
        )
        page = c.readout_html(
            langs[i % 6], extra_head="<script src='http://127.0.0.1:9/a.js'></script>", extra_body=active
        )
        c.put(f"scripted_{i:02d}.html", page.encode(), "scripts_iframes", "loaded")
    for i in range(10):
        page = (
            f"<html><body><script>var story = '{c.readout('en')[1]}';</script><iframe src='x'></iframe></body></html>"
        )
        c.put(f"only_script_{i:02d}.html", page.encode(), "scripts_iframes", "rejected", "too little text")

    # entity declarations: never expanded, nothing fetched
    for i in range(30):
        title, body = c.readout(langs[i % 6])
        decl = (
            '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
            '<!ENTITY net SYSTEM "http://127.0.0.1:9/dtd"><!ENTITY a "LOL"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
            '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        )
        page = f"{decl}<html><head><title>{title}</title></head><body><p>&xxe; &net; &c;</p><p>{body}</p></body></html>"
        c.put(f"entities_{i:02d}{['.html', '.htm'][i % 2]}", page.encode(), "xml_entities", "loaded")

    # JSON: malformed, wrong fields, too deep, too many records, one big feed
    for i in range(40):
        good = json.dumps({"n": c.n(), "text": c.readout("en")[1], "title": "x"})
        cut = [good[: len(good) // 2], good.replace(":", "=", 1), "{'text': 'single quotes'}" + str(i), good + "}"][
            i % 4
        ]
        c.put(f"malformed_{i:02d}.json", cut.encode(), "json_malformed", "rejected", "not valid JSON")
    wrong = [
        ({"body": "the text under another name {n}"}, "neither"),
        ({"text": 42, "n": "{n}"}, "neither"),
        ({"text": "", "html": "", "n": "{n}"}, "neither"),
        ({"text": "enough text to be a document, surely more than forty characters {n}", "title": ["a"]}, "string"),
        (
            {"text": "enough text to be a document, surely more than forty characters {n}", "published": 20240101},
            "string",
        ),
        ("a bare string {n}", "not an object"),
    ]
    for i in range(60):
        record, word = wrong[i % len(wrong)]
        data = json.dumps(record).replace("{n}", str(c.n()))
        c.put(f"wrong_fields_{i:02d}.json", data.encode(), "json_wrong_fields", "rejected", word)
    for i in range(10):
        depth = 50_000 + i
        c.put(f"deep_json_{i:02d}.json", ("[" * depth + "]" * depth).encode(), "json_deep", "rejected", "nested")
    for i in range(10):
        good = [json.dumps({"text": c.readout(lang)[1]}) for lang in langs[:2]]
        lines = [good[0], "{not json " + str(c.n()), json.dumps({"title": f"no body {c.n()}"}), good[1]]
        statuses = {1: "loaded", 2: "rejected", 3: "rejected", 4: "loaded"}
        c.put_records(
            f"mixed_feed_{i:02d}.jsonl", ("\n".join(lines) + "\n").encode(), "jsonl_mixed", statuses, "JSON|neither"
        )
    for i in range(10):
        title, body = c.readout("en")
        record = {"title": title, "text": body.replace(" ", " \u0000", 3) + " \ud800 end", "published": "2024-05-04"}
        c.put(f"nul_in_json_{i:02d}.json", json.dumps(record).encode(), "json_nul_surrogate", "loaded")
    records = []
    statuses: dict[int | None, str] = {}
    for k in range(1, BIG_FEED_RECORDS + 1):
        if k % 500 == 0:
            records.append({"headline": f"wrong field {k}"})
            statuses[k] = "rejected"
        elif k % 1000 == 1:
            records.append({"text": c.readout(langs[k % 6])[1], "published": "2024-06-01"})
            statuses[k] = "loaded"
        else:
            records.append({"text": FEED_FILLER.format(n=c.n()), "published": "2024-06-01"})
            statuses[k] = "not_readout"
    c.put_records("big_feed_10000.json", json.dumps(records).encode(), "json_10000_records", statuses, "neither")
    over = "\n".join(json.dumps({"text": f"r{k}"}) for k in range(20_001))
    c.put("over_cap_feed.jsonl", over.encode(), "json_over_record_cap", "rejected", "cap")

    # awkward file names (the content is an ordinary readout)
    names = [
        "with spaces {i}.txt",
        "  leading and trailing spaces {i} .txt",
        "-rf {i}.txt",
        "--help={i}.txt",
        "-{i}.html",
        "dots..in..name {i}.txt",
        "name {i}...txt",
        "通话记录 {i}.txt",
        "телефонный разговор {i}.txt",
        "émoji 😀 {i}.txt",
        "cafe\u0301 {i}.txt",
        "rtl \u202egnp.{i}.txt",
        "quote'\"`$(x) {i}.txt",
        "semi;colon&amp {i}.txt",
        "UPPER {i}.TXT",
    ]
    for i in range(60):
        name = names[i % len(names)].format(i=i)
        lang = langs[i % 6]
        data = c.readout_html(lang) if name.endswith(".html") else c.readout_txt(lang)
        c.put(f"names/{name}", data.encode(), "file_names", "loaded")
    for i in range(3):  # a name too long to take a ".reason.json" beside it: shortened in the inbox
        long_name = ("long" * 60) + f"{i}.txt"
        (inbox / long_name).write_bytes(b"\n" * (200 + i))
        c.expected[inbox_name(long_name)] = Expected("long_name", {None: "rejected"}, "empty")
    for i in range(2):  # a name that is not valid UTF-8: renamed (escaped) in the inbox
        raw_name = f"latin1 caf\xe9 {i}.txt".encode("latin-1")
        escaped = inbox_name(os.fsdecode(raw_name))
        with open(os.path.join(os.fsencode(inbox), raw_name), "wb") as handle:
            handle.write(c.readout_txt("fr").encode())
        c.expected[escaped] = Expected("non_utf8_name", {None: "loaded"}, encoded_name=raw_name)
    for i, suffix in enumerate([".pdf", ".exe", ".docx", ".xml", "", ".txt.gz", ".sh", ".json~", ".csv", ".rtf"] * 3):
        name = f"unsupported_{i:02d}{suffix}"
        c.put(name, f"<r>{c.readout('en')[1]}</r>".encode(), "unsupported_type", "rejected", "unsupported")

    # symbolic links: never followed, rejected with a reason, the targets left alone
    secret = outside / "secret.txt"
    secret.write_text(c.readout_txt("en"), encoding="utf-8")
    (outside / "folder").mkdir(exist_ok=True)
    (outside / "folder" / "inner.txt").write_text(c.readout_txt("de"), encoding="utf-8")
    links = [secret, outside / "folder", outside / "missing.txt", Path("/etc/passwd"), Path("../../outside.txt")]
    for i in range(20):
        name = f"link_{i:02d}{['.txt', '', '.txt', '.txt', '.html'][i % 5]}"
        os.symlink(links[i % len(links)], inbox / name)
        c.expected[name] = Expected("symlink", {None: "rejected"}, "symbolic link")

    # left in the inbox: a hidden upload in progress, a named pipe
    c.put(".upload-in-progress.txt", c.readout_txt("en").encode(), "hidden", "left")
    os.mkfifo(inbox / "pipe.txt")
    c.expected["pipe.txt"] = Expected("fifo", {None: "left"})

    # settle every file in the past, then one file still being written (fresh mtime)
    past = time.time() - 3600
    for root, dirs, files in os.walk(inbox):
        for name in files + dirs:
            os.utime(os.path.join(root, name), (past, past), follow_symlinks=False)
    c.put("being_written.txt", c.readout_txt("en").encode()[:40], "being_written", "pending")
    return c.expected


def expected_counts(expected: dict[str, Expected]) -> dict[str, int]:
    """Documents per category (the corpus's shape, for reports)."""
    counts: dict[str, int] = {}
    for item in expected.values():
        counts[item.category] = counts.get(item.category, 0) + item.documents
    return counts
