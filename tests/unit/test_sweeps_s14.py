"""Session 14's paradigm sweep (tests/sweeps/s14_cells.yaml): every cell, passing or known to fail, so
that a rule change that breaks one of them shows, and a known failure that starts passing is noticed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.helpers import extract_text

CELLS_FILE = Path(__file__).parents[1] / "sweeps" / "s14_cells.yaml"


def _cells() -> list[Any]:
    cells = yaml.safe_load(CELLS_FILE.read_text(encoding="utf-8"))
    return [
        pytest.param(
            cell,
            id=f"{cell['family']}-{cell['language']}-{index}",
            marks=[pytest.mark.xfail(strict=True, reason=cell["left"])] if "left" in cell else [],
        )
        for index, cell in enumerate(cells)
    ]


@pytest.mark.parametrize("cell", _cells())
def test_sweep_cell(cell: dict[str, Any]):
    published = dt.date.fromisoformat(cell["published"]) if cell["published"] else None
    got = extract_text(cell["text"], cell["language"], published)
    expected = cell["expected"]
    assert got.outcome == expected["outcome"], got.reason
    if expected["outcome"] != "readout":
        return
    if "engagement_type" in expected:
        assert got.engagement_type == expected["engagement_type"]
    if "participants" in expected:
        assert sorted({p.actor_code for p in got.participants}) == expected["participants"]
    if "date" in expected:
        assert str(got.engagement_date) == expected["date"]
    if "initiator" in expected:
        assert got.initiator_code == expected["initiator"]
