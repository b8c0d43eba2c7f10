"""The blind split's gold is checked by an independent second labelling (tests/realworld/second_labels).

A change to a blind gold file that the second labels do not share shows here: correct both, with a
note, or say why the first label stands."""

from __future__ import annotations

from readouts.evaluate import DevsetReport, devset_files, readout_kappa, second_label_agreement
from readouts.reference import load_reference
from tests.helpers import PROJECT_ROOT

BLIND = PROJECT_ROOT / "tests" / "realworld" / "blind"
SECOND = PROJECT_ROOT / "tests" / "realworld" / "second_labels" / "blind"


def test_every_blind_page_has_a_second_label() -> None:
    first = {gold.relative_to(BLIND) for _, _, gold in devset_files(BLIND)}
    second = {path.relative_to(SECOND) for path in SECOND.glob("*/*.gold.json")}
    assert first == second


def _assert_agreement(
    report: DevsetReport,
    documents: int,
    readout: float,
    kappa: float,
    participants: float,
    engagement_type: float,
    date: float,
    initiator: float,
) -> None:
    """The second labels scored against the first reach these figures (accuracy, or F1 for participants and
    initiator), over this many documents."""
    assert report.documents == documents
    scored = report.overall("readout")
    assert scored.accuracy >= readout
    assert readout_kappa(scored) >= kappa
    assert report.overall("participants").f1 >= participants
    assert report.overall("engagement_type").accuracy >= engagement_type
    assert report.overall("date").accuracy >= date
    assert report.overall("initiator").f1 >= initiator


def test_the_two_labellings_agree() -> None:
    report = second_label_agreement(BLIND, SECOND, load_reference())
    _assert_agreement(
        report, 431, readout=0.99, kappa=0.98, participants=0.98, engagement_type=0.98, date=0.98, initiator=0.95
    )


DEV = PROJECT_ROOT / "tests" / "realworld" / "dev"
DEV_SAMPLE = PROJECT_ROOT / "tests" / "realworld" / "second_labels" / "dev_sample"


def test_a_random_sample_of_session_29s_fresh_dev_pages_labelled_twice_agrees() -> None:
    """100 of the 240 fresh pages session 29 added to dev, drawn at random and labelled again by readers who saw
    neither the first labels nor dev's precedents: the first labels hold (two disagreements, both on conventions
    dev's precedents settle: a multilateral's unnamed leaders, an inauguration day beside one bilateral)."""
    report = second_label_agreement(DEV, DEV_SAMPLE, load_reference())
    _assert_agreement(
        report, 100, readout=0.98, kappa=0.96, participants=0.95, engagement_type=0.98, date=0.98, initiator=0.9
    )
