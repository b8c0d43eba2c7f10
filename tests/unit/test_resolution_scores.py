"""Pairwise precision and recall of "the same engagement", on a hand-counted example."""

from __future__ import annotations

from readouts.resolution_eval import pairwise_scores


def test_pairwise_scores_count_pairs_put_together_and_kept_apart():
    gold = {"a1": "A", "a2": "A", "a3": "A", "b1": "B", "c1": "C"}
    # a3 split off, b1 wrongly joined to c1: of 3 gold pairs (a1a2, a1a3, a2a3) one is kept
    predicted = {"a1": 1, "a2": 1, "a3": 2, "b1": 3, "c1": 3}
    score = pairwise_scores(predicted, gold)
    assert (score.pairs_said, score.pairs_true, score.pairs_right) == (2, 3, 1)
    assert (score.precision, score.recall) == (0.5, 1 / 3)
    assert score.wrongly_together == [("b1", "c1")]
    assert score.wrongly_apart == [("a1", "a3"), ("a2", "a3")]


def test_a_readout_the_warehouse_did_not_load_is_together_with_nothing():
    score = pairwise_scores({"a1": 1}, {"a1": "A", "a2": "A"})
    assert (score.precision, score.recall) == (1.0, 0.0)
