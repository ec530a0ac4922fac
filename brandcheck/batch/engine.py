"""The batch engine: chunks of names go to workers, reports come back in input order.

Memory stays bounded whatever the input size: at most ``window`` chunks are in flight, and a
report is handed on as soon as every report before it is done. Three runners share one contract
(``submit(chunk) -> future`` with ``.result()`` and ``.cancel()``, and ``close(cancel)``):

* :class:`InProcess` — here, one name after another (small batches, ``workers=1``);
* :class:`ProcessPool` — local worker processes; each loads the data once, on its first chunk;
* ``brandcheck.batch.cluster.DaskRunner`` — the workers of a Dask cluster.

An interrupt (Ctrl-C) in the consumer cancels what is queued and returns at once: worker
processes ignore SIGINT, so only the parent decides, and nothing waits for queued chunks.
"""

from __future__ import annotations

import itertools
import os
import signal
from collections import deque
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Protocol

from ..context import Options
from ..markets import Market
from ..model import Report
from ..names import CandidateName

__all__ = ["Job", "Runner", "InProcess", "ProcessPool", "screen_chunk", "stream", "chunked", "DEFAULT_CHUNK"]

DEFAULT_CHUNK = 16
"""Names per task: large enough that sending a chunk and pickling its reports is a small share of
its work (a report pickles in ~0.1 ms against ~15 ms to screen in the ``global`` markets), small
enough that progress moves smoothly and an interrupt loses little."""


@dataclass(frozen=True, slots=True)
class Job:
    """What every chunk of one screening run shares: sent to each worker once."""

    markets: tuple[Market, ...]
    """The markets every name is screened in."""
    options: Options
    """The run's settings (user word lists and register included)."""
    accepted: frozenset[str] = frozenset()
    """Finding ids a workshop accepted (lower case)."""


def screen_chunk(job: Job, chunk: tuple[CandidateName, ...]) -> tuple[Report, ...]:
    """Offline reports for one chunk of names (runs on a worker)."""
    from ..pipeline import assess

    return tuple(assess(name, job.markets, job.options, job.accepted) for name in chunk)


class Runner(Protocol):
    def submit(self, chunk: tuple[CandidateName, ...]) -> Any: ...

    def close(self, cancel: bool) -> None: ...


GC_THRESHOLD = 20_000
"""Allocations between young-generation collections while a batch runs (Python's default is 700):
a screen allocates many short-lived objects and frees nearly all of them by reference counting,
and the collections also walked the ~450,000 objects of the loaded word lists, brand index and
models. With those frozen (``gc.freeze``) and this threshold, collection costs ~0.2 ms a name
instead of ~1.2 ms (``global``, coined names)."""


class GcSettled:
    """The collector tuned for a long batch, and put back as it was."""

    def __init__(self) -> None:
        self._saved: tuple[int, ...] | None = None

    def settle(self) -> None:
        import gc

        if self._saved is None:
            self._saved = gc.get_threshold()
            gc.freeze()  # what exists now (the loaded data) outlives the batch: not scanned again
            gc.set_threshold(GC_THRESHOLD, *self._saved[1:])

    def restore(self) -> None:
        import gc

        if self._saved is not None:
            gc.set_threshold(*self._saved)
            gc.unfreeze()
            self._saved = None


class InProcess:
    """Runs each chunk here when it is submitted. From the second chunk on (a batch, not a
    handful of names) the collector is tuned (:class:`GcSettled`); ``close`` puts it back."""

    def __init__(self, job: Job) -> None:
        self.job = job
        self._chunks = 0
        self._gc = GcSettled()

    def submit(self, chunk: tuple[CandidateName, ...]) -> Future:
        self._chunks += 1
        if self._chunks == 2:
            self._gc.settle()
        fut: Future = Future()
        fut.set_result(screen_chunk(self.job, chunk))
        return fut

    def close(self, cancel: bool) -> None:
        self._gc.restore()


# The job a worker process was started with: set once by the pool initializer, so each chunk
# sends only its names, not the user's word lists and register again.
_WORKER_JOB: Job | None = None


def _init_worker(job: Job) -> None:
    global _WORKER_JOB
    # The parent alone handles Ctrl-C; a worker interrupted mid-chunk would only turn the
    # interrupt into that chunk's result and go on with the next one.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A forked worker inherits the CLI's SIGTERM handler (which writes the interrupt message):
    # here a SIGTERM should simply end the process.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _WORKER_JOB = job


_WORKER_GC = GcSettled()


def _worker_chunk(chunk: tuple[CandidateName, ...]) -> tuple[Report, ...]:
    assert _WORKER_JOB is not None, "worker started without a job"
    reports = screen_chunk(_WORKER_JOB, chunk)
    # the first chunk loaded the data, which lives as long as the worker (never restored: the
    # process is ours and ends with the pool)
    _WORKER_GC.settle()
    return reports


class ProcessPool:
    """Local worker processes."""

    def __init__(self, job: Job, workers: int) -> None:
        from concurrent.futures import ProcessPoolExecutor

        self._pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(job,))

    def submit(self, chunk: tuple[CandidateName, ...]) -> Future:
        return self._pool.submit(_worker_chunk, chunk)

    def close(self, cancel: bool) -> None:
        self._pool.shutdown(wait=not cancel, cancel_futures=cancel)


def chunked(items: Iterable[Any], size: int) -> Iterator[tuple[Any, ...]]:
    """Tuples of ``size`` items (the last may be shorter)."""
    it = iter(items)
    while chunk := tuple(itertools.islice(it, size)):
        yield chunk


def stream(names: Iterable[CandidateName], runner: Runner, *, chunk_size: int = DEFAULT_CHUNK,
           window: int = 4, progress: Callable[[int], None] | None = None) -> Iterator[Report]:
    """Reports for ``names`` in input order, at most ``window`` chunks in flight.

    The runner is closed when the stream ends, fails or is abandoned (``close()`` on the
    generator, an interrupt): then queued chunks are cancelled instead of awaited.
    """
    chunks = chunked(names, chunk_size)
    pending: deque = deque()
    done = 0
    finished = False
    try:
        for chunk in itertools.islice(chunks, window):
            pending.append(runner.submit(chunk))
        while pending:
            reports = pending.popleft().result()
            nxt = next(chunks, None)
            if nxt is not None:
                pending.append(runner.submit(nxt))  # keep the workers busy while the consumer writes
            for report in reports:
                yield report
                done += 1
            if progress is not None:
                progress(done)
        finished = True
    finally:
        if not finished:
            for fut in pending:
                fut.cancel()
        runner.close(cancel=not finished)


def default_workers() -> int:
    """All cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1
