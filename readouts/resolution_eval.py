"""Scoring engagement resolution on a labelled set (``tests/resolution/``: ``readouts/``
and ``gold.yaml``, which maps each file to the engagement it reports).

The set goes through the real pipeline into a warehouse; every pair of its readouts is
then "the same engagement" or not, in the warehouse and in gold. Pairwise precision: of
the pairs the warehouse put together, the share gold puts together; recall: of the pairs
gold puts together, the share the warehouse did.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml


@dataclass
class PairwiseScore:
    readouts: int
    engagements: int  # in gold
    pairs_said: int  # pairs the warehouse put in one engagement
    pairs_true: int  # pairs gold puts in one engagement
    pairs_right: int
    wrongly_together: list[tuple[str, str]] = field(default_factory=list)
    wrongly_apart: list[tuple[str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.pairs_right / self.pairs_said if self.pairs_said else 1.0

    @property
    def recall(self) -> float:
        return self.pairs_right / self.pairs_true if self.pairs_true else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def pairwise_scores(predicted: Mapping[str, object], gold: Mapping[str, str]) -> PairwiseScore:
    """Pairwise precision and recall of "the same engagement" over the documents of ``gold``
    (``predicted``: file name -> engagement id in the warehouse)."""
    pairs = list(itertools.combinations(sorted(gold), 2))
    said = {p for p in pairs if predicted.get(p[0]) is not None and predicted.get(p[0]) == predicted.get(p[1])}
    true = {p for p in pairs if gold[p[0]] == gold[p[1]]}
    return PairwiseScore(
        readouts=len(gold),
        engagements=len(set(gold.values())),
        pairs_said=len(said),
        pairs_true=len(true),
        pairs_right=len(said & true),
        wrongly_together=sorted(said - true),
        wrongly_apart=sorted(true - said),
    )


def read_gold(directory: Path) -> dict[str, str]:
    """File name -> engagement label, from ``directory/gold.yaml``."""
    gold = yaml.safe_load((directory / "gold.yaml").read_text(encoding="utf-8"))
    if not isinstance(gold, dict) or not gold:
        raise ValueError(f"{directory / 'gold.yaml'}: expected a mapping of file name to engagement label")
    return {str(k): str(v) for k, v in gold.items()}


def engagement_of_file(url: str) -> dict[str, int]:
    """File name -> engagement id of every loaded readout of the warehouse at ``url``."""
    from readouts import db

    with db.engine(url).connect() as conn:
        rows = conn.exec_driver_sql("select file_name, engagement_id from mart.readout where status = 'loaded'")
        return dict(rows.all())


def evaluate_resolution(directory: Path) -> PairwiseScore:
    """Load the labelled set of ``directory`` into a fresh warehouse on a throwaway embedded
    PostgreSQL (in a temporary folder, removed after) and score it."""
    from readouts import db, pipeline
    from readouts.embedded_pg import EmbeddedPostgres, free_port
    from readouts.pipeline_benchmark import fresh_warehouse_environment, scoped_environment

    gold = read_gold(directory)
    files = sorted(p for p in (directory / "readouts").iterdir() if p.is_file())
    missing = sorted(set(gold) - {p.name for p in files})
    if missing:
        raise ValueError(f"gold.yaml names files that are not in {directory / 'readouts'}: {missing[:5]}")
    root = Path(tempfile.mkdtemp(prefix="readouts-resolution-"))
    root.chmod(0o755)  # the server user (when root) must traverse it
    server = EmbeddedPostgres(root / "pg" / "data", free_port())
    try:
        server.start()
        env = fresh_warehouse_environment(server, root, "resolution")
        with scoped_environment(env):
            url = env["READOUTS_WAREHOUSE_URL"]
            db.migrate(url)
            inbox = Path(env["READOUTS_LANDING_DIR"]) / "inbox"
            for path in files:
                shutil.copy2(path, inbox / path.name)
            pipeline.run_batches(run_id="evaluate:resolution", settle_seconds=0, workers=1)
            predicted = engagement_of_file(url)
            db.engine(url).dispose()
        return pairwise_scores(predicted, gold)
    finally:
        try:
            server.stop()
        finally:
            shutil.rmtree(root, ignore_errors=True)


def print_resolution_report(score: PairwiseScore, label: str) -> None:
    print(f"Resolution on {label}: {score.readouts} readouts of {score.engagements} engagements")
    print(f"  pairs put together: {score.pairs_said}, together in gold: {score.pairs_true}, right: {score.pairs_right}")
    print(f"  pairwise precision {score.precision:.3f}  recall {score.recall:.3f}  F1 {score.f1:.3f}")
    for a, b in score.wrongly_together:
        print(f"  together, but not in gold: {a} + {b}")
    for a, b in score.wrongly_apart:
        print(f"  apart, but together in gold: {a} + {b}")
