"""The benchmark command works end to end on a tiny corpus; its generator is deterministic.

Correctness only: no assertion here is about speed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from collections import Counter
from pathlib import Path

import pytest

from readouts.__main__ import main
from readouts.benchmark import CORPUS_MARKER, MAX_BYTES, MIN_BYTES, CorpusGenerator, corpus_files, load_seeds
from readouts.reference import load_reference


@pytest.fixture(scope="module")
def generator() -> CorpusGenerator:
    ref = load_reference()
    return CorpusGenerator(load_seeds(ref), ref, seed=3)


def test_generator_is_deterministic_and_mixed(generator: CorpusGenerator):
    files = [generator.file(i) for i in range(120)]
    assert files == [generator.file(i) for i in range(120)]
    suffixes = Counter(Path(name).suffix for name, _ in files)
    assert set(suffixes) == {".txt", ".html", ".json", ".jsonl"}
    languages = {name.split("_")[1] for name, _ in files}
    assert languages == {"en", "de", "fr", "es", "ru", "zh"}
    txt = [data.decode() for name, data in files if name.endswith(".txt")]
    assert any(t.startswith("date ") for t in txt) and any(not t.startswith("date ") for t in txt)
    for name, data in files:
        assert MIN_BYTES * 0.8 <= len(data) <= MAX_BYTES * 1.5, (name, len(data))
        if name.endswith(".jsonl"):
            assert len([json.loads(line) for line in data.decode().splitlines()]) >= 2


def _in_office(generator: CorpusGenerator, alias: str, day: dt.date) -> bool:
    return any(term.holds_office_on(day) for term in generator.terms_by_alias.get(alias, []))


def test_generated_leaders_hold_office_on_the_documents_day(generator: CorpusGenerator):
    """A seed's own leaders get a day in their common term; swapped-in leaders are in office on the day."""
    rnd = random.Random(11)
    seeds = [s for s in generator.seeds if len(s.names) >= 2]
    assert len(seeds) >= 20
    months = [dt.date(year, month, 15) for year in range(2001, 2026) for month in range(1, 13)]
    kept = swapped = 0
    for seed in seeds:
        day = generator._day_in_office(rnd, seed.names)
        if any(all(_in_office(generator, name, month) for name in seed.names) for month in months):
            assert all(_in_office(generator, name, day) for name in seed.names), (seed.title, day)
            kept += 1
        replacements = generator._names_in_office(rnd, seed.names, day)
        assert set(replacements) <= set(seed.names)
        for alias in replacements.values():
            assert _in_office(generator, alias, day), (alias, day)
        persons = {generator.terms_by_alias[name][0].person_id for name in replacements}
        chosen = {generator.terms_by_alias[alias][0].person_id for alias in set(replacements.values())}
        assert len(chosen) == len(persons), (seed.title, replacements)
        swapped += bool(replacements)
    assert kept >= 10 and swapped >= 10


def test_benchmark_command_on_a_tiny_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    folder = tmp_path / "corpus"
    assert main(["benchmark", "--files", "12", "--dir", str(folder), "--keep"]) == 0
    out = capsys.readouterr().out
    for stage in ("read + hash", "parse", "extract", "documents/s"):
        assert stage in out
    assert "extraction outcomes" in out
    paths = corpus_files(folder)
    assert len(paths) == 12 and (folder / CORPUS_MARKER).exists()
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in paths)).hexdigest()

    assert main(["benchmark", "--files", "12", "--dir", str(folder)]) == 0  # the kept corpus is reused as is
    assert "reused" in capsys.readouterr().out
    assert hashlib.sha256(b"".join(p.read_bytes() for p in corpus_files(folder))).hexdigest() == digest


def test_benchmark_refuses_a_folder_that_holds_other_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    assert main(["benchmark", "--files", "5", "--dir", str(tmp_path)]) == 2
    assert "not empty" in capsys.readouterr().err
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"
