"""Work spread over the machine's cores with forked worker processes, where it pays.

Forking shares the parent's loaded modules and data with the workers for free, so a task is
just an index into a list the parent prepared. Below `min_items` the work runs in this process:
starting workers costs more than it saves. Where fork is unavailable, everything runs here.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any

_lock = threading.Lock()
_job: tuple[Callable[[Any], Any], Sequence[Any]] | None = None


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
) -> Iterator[Any]:
    """`func(item)` for every item, in order; in `jobs` forked processes when there are many.

    `meanwhile` runs in this process once the workers have their tasks (before the first
    result is yielded), so other work overlaps theirs.
    """
    jobs = available_cores() if jobs is None else jobs
    forking = jobs > 1 and len(items) >= min_items
    if not forking or "fork" not in multiprocessing.get_all_start_methods():
        yield from _here(func, items, meanwhile)
        return
    if not _lock.acquire(blocking=False):
        # Another map of this process is under way (or was abandoned unfinished and not yet
        # collected): its workers own `_job`, so this one runs here.
        yield from _here(func, items, meanwhile)
        return
    global _job
    frozen = gc.get_freeze_count() > 0  # by the caller, who unfreezes
    try:
        _job = (func, items)
        context = multiprocessing.get_context("fork")
        gc.freeze()  # a collection would touch, and so copy, every inherited object
        workers = min(jobs, max(1, len(items) // chunksize))
        # the collector, off in a build, runs in the workers: what they inherit is frozen
        # out of its sight, and what they make (Jinja's contexts, YAML's nodes) has cycles
        with context.Pool(workers, initializer=gc.enable) as pool:
            results = pool.imap(_call, range(len(items)), chunksize)
            if meanwhile is not None:
                meanwhile()
            yield from results
    finally:
        _job = None
        if not frozen:
            gc.unfreeze()
        _lock.release()


def _here(
    func: Callable[[Any], Any], items: Sequence[Any], meanwhile: Callable[[], object] | None
) -> Iterator[Any]:
    if meanwhile is not None:
        meanwhile()
    for item in items:
        yield func(item)


def _call(index: int) -> Any:
    assert _job is not None
    func, items = _job
    return func(items[index])
