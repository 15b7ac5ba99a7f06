"""digest.parallel: forked workers where they pay, and never a deadlock."""

from __future__ import annotations

import os

from digest.parallel import parallel_map


def _square(number: int) -> tuple[int, int]:
    return number * number, os.getpid()


def test_results_come_in_order_from_workers() -> None:
    results = list(parallel_map(_square, list(range(200)), jobs=2, min_items=10, chunksize=8))
    assert [square for square, _pid in results] == [n * n for n in range(200)]
    assert os.getpid() not in {pid for _square, pid in results}


def test_a_map_abandoned_half_way_does_not_block_the_next() -> None:
    """A failure can leave a map suspended (held by a traceback); the next one runs here."""
    first = parallel_map(_square, list(range(200)), jobs=2, min_items=10, chunksize=8)
    assert next(first)[0] == 0
    second = list(parallel_map(_square, list(range(50)), jobs=2, min_items=10, chunksize=8))
    assert [square for square, _pid in second] == [n * n for n in range(50)]
    assert {pid for _square, pid in second} == {os.getpid()}
    assert [square for square, _pid in first] == [n * n for n in range(1, 200)]
    first.close()
    third = list(parallel_map(_square, list(range(50)), jobs=2, min_items=10, chunksize=8))
    assert os.getpid() not in {pid for _square, pid in third}


def test_meanwhile_runs_once_even_with_nothing_to_map() -> None:
    calls: list[int] = []
    for jobs in (1, 2):
        assert list(parallel_map(_square, [], jobs=jobs, meanwhile=lambda: calls.append(1))) == []
    assert calls == [1, 1]
