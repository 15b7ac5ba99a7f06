"""digest.parallel: forked workers where they pay, and never a deadlock."""

from __future__ import annotations

import os
import subprocess
import sys

from digest.parallel import _chunks, parallel_map


def _square(number: int) -> tuple[int, int]:
    return number * number, os.getpid()


def test_results_come_in_order_from_workers() -> None:
    results = list(parallel_map(_square, list(range(200)), jobs=2, min_items=10, chunksize=8))
    assert [square for square, _pid in results] == [n * n for n in range(200)]
    assert os.getpid() not in {pid for _square, pid in results}


def test_heavy_items_travel_in_smaller_chunks() -> None:
    """A chunk's results come back at once: weights keep a chunk of big pages small."""
    assert _chunks(5, 2, None) == [range(0, 2), range(2, 4), range(4, 5)]
    assert _chunks(5, 4, [1, 1, 30, 1, 2]) == [range(0, 2), range(2, 3), range(3, 5)]
    assert _chunks(0, 4, []) == []
    weights = [1 + (n % 7 == 0) * 40 for n in range(200)]
    chunks = _chunks(200, 8, weights)
    assert [i for chunk in chunks for i in chunk] == list(range(200))
    assert all(len(chunk) == 1 or sum(weights[i] for i in chunk) <= 8 for chunk in chunks)
    results = parallel_map(_square, list(range(200)), 2, min_items=10, chunksize=8, weights=weights)
    assert [square for square, _pid in results] == [n * n for n in range(200)]


def test_a_map_abandoned_half_way_does_not_block_the_next() -> None:
    """A failure can leave a map suspended (held by a traceback); the next one has workers of
    its own, which the first one's job never reaches."""
    first = parallel_map(_square, list(range(200)), jobs=2, min_items=10, chunksize=8)
    assert next(first)[0] == 0
    second = list(parallel_map(_square, list(range(50)), jobs=2, min_items=10, chunksize=8))
    assert [square for square, _pid in second] == [n * n for n in range(50)]
    assert [square for square, _pid in first] == [n * n for n in range(1, 200)]
    first.close()
    third = list(parallel_map(_square, list(range(50)), jobs=2, min_items=10, chunksize=8))
    assert os.getpid() not in {pid for _square, pid in third}


def test_meanwhile_runs_once_even_with_nothing_to_map() -> None:
    calls: list[int] = []
    for jobs in (1, 2):
        assert list(parallel_map(_square, [], jobs=jobs, meanwhile=lambda: calls.append(1))) == []
    assert calls == [1, 1]


_ABANDON = """
from digest.parallel import _chunks, parallel_map

def page(number):
    return bytes(300_000)  # a big result: a worker spends its time sending it

for _ in range(200):
    pages = parallel_map(page, list(range(64)), jobs=2, min_items=2, chunksize=1)
    next(pages)
    pages.close()  # as when writing fails on a full disk
print("done")
"""


def test_abandoning_a_map_of_big_results_never_hangs() -> None:
    """multiprocessing.Pool hung here in two runs of three: terminate() killed a worker holding
    the result queue's lock, and the pool's own shutdown then waited for that lock."""
    result = subprocess.run(
        [sys.executable, "-c", _ABANDON], capture_output=True, text=True, timeout=120
    )
    assert (result.returncode, result.stdout.strip()) == (0, "done"), result.stderr[-2000:]
