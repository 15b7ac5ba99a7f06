"""Work spread over the machine's cores with forked worker processes, where it pays.

Forking shares the parent's loaded modules and data with the workers for free, so a task is
just an index into a list the parent prepared: the function and the list reach each worker as
it is forked (the pool's initializer arguments are never pickled under fork), and only the
worker, made for this one map, keeps them. Below `min_items` the work runs in this process:
starting workers costs more than it saves. Where fork is unavailable, everything runs here.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def parallel_map(
    func: Callable[[Any], Any],
    items: Sequence[Any],
    jobs: int | None = None,
    min_items: int = 64,
    chunksize: int = 32,
    meanwhile: Callable[[], object] | None = None,
    weights: Sequence[int] | None = None,
) -> Iterator[Any]:
    """`func(item)` for every item, in order; in `jobs` forked processes when there are many.

    A worker takes `chunksize` items at a time, or fewer when `weights` (one per item, 1 for
    a typical one) say they are bigger: its results come back together. `meanwhile` runs in
    this process once the workers have their tasks (before the first result is yielded), so
    other work overlaps theirs.
    """
    jobs = available_cores() if jobs is None else jobs
    forking = jobs > 1 and len(items) >= min_items
    if not forking or "fork" not in multiprocessing.get_all_start_methods():
        yield from _here(func, items, meanwhile)
        return
    frozen = gc.get_freeze_count() > 0  # by the caller, who unfreezes
    workers = None
    try:
        gc.freeze()  # a collection would touch, and so copy, every inherited object
        # The collector, off in a build, runs in the workers: what they inherit is frozen out
        # of its sight, and what they make (Jinja's contexts, YAML's nodes) has cycles.
        # Not multiprocessing.Pool: when a map is abandoned (a full disk stops the writing),
        # Pool.terminate() kills workers, and one killed while sending a result keeps the
        # result queue's lock for ever, so the pool's own shutdown hangs. An executor's
        # workers are asked to stop and finish the chunk in hand.
        workers = ProcessPoolExecutor(
            min(jobs, max(1, len(items) // chunksize)),
            mp_context=multiprocessing.get_context("fork"),
            initializer=_start_worker,
            initargs=(os.getpid(), func, items),
        )
        chunks = _chunks(len(items), chunksize, weights)
        results = workers.map(_call_all, chunks)  # the workers are forked here, with the job
        if meanwhile is not None:
            meanwhile()
        for chunk in results:
            yield from chunk
    finally:
        if workers is not None:
            workers.shutdown(wait=True, cancel_futures=True)
        if not frozen:
            gc.unfreeze()


def _chunks(count: int, chunksize: int, weights: Sequence[int] | None) -> list[range]:
    """Consecutive ranges of `count` items, each weighing at most `chunksize` (or one item)."""
    if weights is None:
        return [range(at, min(at + chunksize, count)) for at in range(0, count, chunksize)]
    chunks: list[range] = []
    start = load = 0
    for index, weight in enumerate(weights):
        if index > start and load + weight > chunksize:
            chunks.append(range(start, index))
            start, load = index, 0
        load += weight
    if start < count:
        chunks.append(range(start, count))
    return chunks


def _here(
    func: Callable[[Any], Any], items: Sequence[Any], meanwhile: Callable[[], object] | None
) -> Iterator[Any]:
    if meanwhile is not None:
        meanwhile()
    for item in items:
        yield func(item)


def _start_worker(parent: int, func: Callable[[Any], Any], items: Sequence[Any]) -> None:
    """Keep the job, collect cycles, and die with the build process.

    An executor's workers wait for work on a queue they can also write to, so they never see
    the build process die; killed (SIGKILL), it would leave them waiting for ever, holding
    the output folder's lock. Linux can send them SIGKILL when it dies.
    """
    _call_all.job = (func, items)  # type: ignore[attr-defined]  # this worker's, for its life
    gc.enable()
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # it died before the line above
        os._exit(1)


_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def _call_all(indices: range) -> list[Any]:
    func, items = _call_all.job  # type: ignore[attr-defined]
    return [func(items[index]) for index in indices]
