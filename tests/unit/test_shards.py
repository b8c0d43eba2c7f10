"""How a batch's files are split into shards (no database: the plan is a pure function)."""

from __future__ import annotations

import random

import pytest

from readouts.pipeline import split_shards


def _files(count: int, seed: int = 1) -> list[tuple[int, int]]:
    rnd = random.Random(seed)
    return [(file_id, rnd.randint(500, 8000)) for file_id in range(1, count + 1)]


def test_every_file_in_exactly_one_shard_in_ascending_order():
    files = _files(500)
    shards = split_shards(files, shard_bytes=100_000)
    ids = [i for shard in shards for i in shard]
    assert sorted(ids) == [f for f, _ in files]
    assert all(shard == sorted(shard) for shard in shards)


def test_shard_count_follows_the_bytes_and_the_shards_are_balanced():
    files = _files(500)
    total = sum(size for _, size in files)
    shards = split_shards(files, shard_bytes=total // 4 + 1)
    assert len(shards) == 4
    size = dict(files)
    loads = [sum(size[i] for i in shard) for shard in shards]
    assert max(loads) - min(loads) <= max(size.values())


@pytest.mark.parametrize("workers", [1, 2, 3, 4])
def test_a_pool_gets_a_multiple_of_its_workers(workers):
    files = _files(500)
    total = sum(size for _, size in files)
    shards = split_shards(files, shard_bytes=total // 5 + 1, workers=workers)  # 5 by bytes
    assert len(shards) % workers == 0 and len(shards) >= 5


def test_a_fixed_shard_count_wins_and_never_more_shards_than_files_and_never_none():
    files = _files(10)
    assert len(split_shards(files, shard_bytes=1, shards=4)) == 4
    assert len(split_shards(files, shard_bytes=1)) == 10  # one byte a shard: one file each
    assert len(split_shards(files[:3], shard_bytes=10**9, workers=8)) == 3
    assert split_shards([], shard_bytes=10**9) == [[]]
    assert split_shards([(7, 0), (8, 0)], shard_bytes=10**9) == [[7, 8]]


def test_the_same_files_give_the_same_shards():
    files = _files(300, seed=5)
    assert split_shards(files, 50_000) == split_shards(list(reversed(files)), 50_000)
