"""Screening on a Dask cluster (the ``[dask]`` extra: ``pip install 'brandcheck[dask]'``).

:class:`DaskRunner` is the cluster twin of :class:`~brandcheck.batch.engine.ProcessPool`: the
run's :class:`~brandcheck.batch.engine.Job` goes to every worker once, each chunk of names is one
task, and :func:`~brandcheck.batch.engine.stream` puts the reports back in input order. Every
worker loads the bundled data once, when the :class:`WarmData` plugin is set up on it, so no
task pays for a cold start. :func:`connect` turns a ``--scheduler`` spec into a client.

Dask is imported inside the functions that need it, never at import: without the extra, this
module still imports and :func:`connect` says how to install it.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import re
import weakref
from contextlib import contextmanager
from typing import Any, Iterator

from ..errors import SchedulerError
from ..markets import Market
from ..names import CandidateName
from .engine import Job, screen_chunk

__all__ = ["DaskRunner", "connect", "WarmData", "MISSING_DASK", "CONNECT_TIMEOUT", "LOCAL_HTTP"]

MISSING_DASK = "the Dask scheduler needs the dask extra: pip install 'brandcheck[dask]'"

CONNECT_TIMEOUT = 5.0
"""Seconds to wait for a scheduler before saying it cannot be reached (a scheduler on the same
network answers in milliseconds; Dask's own default of 30 s only delays the error)."""

WARM_NAME = "Zelvora"
"""The coined name each worker screens once in the run's markets to load every table they need."""

_MIN_WORKER_MEMORY = 1 << 30
"""Floor for a ``local:N`` worker's memory limit: a warm worker in the 22 ``global`` markets holds
about 340 MB (benchmarks/bench_cluster.py), and Dask pauses a worker at 80 % of its limit."""

_SPEC = re.compile(r"(?:(?P<scheme>tcp|tls)://(?P<host>\[[^\]]+\]|[^\s/:]+):(?P<port>\d{1,5})"
                   r"|local:(?P<n>\d+))\Z")

LOCAL_HTTP = {"dashboard_address": "127.0.0.1:0"}
"""Scheduler options for a LocalCluster: without a dashboard the scheduler still serves its health
and metrics routes, on port 8787 unless told otherwise, so a second cluster on the machine (another
user's, a test's) would collide with it; a free loopback port never does."""

# The market sets this process has warmed, in order: the plugin appends, tests and `client.run`
# read it to see that each worker warmed once.
_warmed: list[tuple[str, ...]] = []


def _require_distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise SchedulerError(MISSING_DASK) from None
    return distributed


def warm(markets: tuple[Market, ...]) -> None:
    """Load what screening in ``markets`` needs by screening :data:`WARM_NAME` once."""
    from ..context import Options
    from ..names import parse
    from ..pipeline import assess

    assess(parse(WARM_NAME), markets, Options(), frozenset())
    _warmed.append(tuple(m.tag for m in markets))


@functools.cache  # one class, so pickle finds the very class it was given under its name
def _warm_data_class() -> type:
    from distributed.diagnostics.plugin import WorkerPlugin  # not dask.distributed…: dask/distributed#8778

    class WarmData(WorkerPlugin):
        """Loads the bundled data a run's markets need, once per worker process."""

        # Registering the same markets again (a second run on the same client) is a no-op.
        idempotent = True

        def __init__(self, markets: tuple[Market, ...]) -> None:
            self.markets = markets
            self.name = "brandcheck-warm-" + ",".join(sorted(m.tag for m in markets))

        async def setup(self, worker: Any) -> None:
            # Off the event loop, so the worker keeps answering heartbeats while it loads; the
            # worker takes no task before setup returns.
            await asyncio.to_thread(warm, self.markets)

    WarmData.__qualname__ = "WarmData"  # pickled by reference, resolved by __getattr__ below
    return WarmData


def __getattr__(name: str) -> Any:
    # WarmData subclasses Dask's WorkerPlugin, so it is built on first use rather than at import;
    # workers unpickle it as ``brandcheck.batch.cluster.WarmData`` and land here.
    if name == "WarmData":
        _require_distributed()
        return _warm_data_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class DaskRunner:
    """Runs chunks on the workers of a Dask cluster (see :class:`~brandcheck.batch.engine.Runner`).

    The client is the caller's: :meth:`close` releases what this run put on the cluster and
    never closes the client.
    """

    def __init__(self, client: Any, job: Job) -> None:
        _require_distributed()
        self._client = client
        client.register_plugin(_warm_data_class()(job.markets))
        # One copy on every worker; each task then refers to it instead of carrying the user's
        # word lists and brand register. hash=False: a random key, no hashing of a large register.
        [self._job] = client.scatter([job], broadcast=True, hash=False)
        # Weak, so a chunk's result is released on the cluster as soon as the stream drops it.
        self._submitted: weakref.WeakSet[_Task] = weakref.WeakSet()

    def submit(self, chunk: tuple[CandidateName, ...]) -> _Task:
        task = _Task(self._client.submit(screen_chunk, self._job, chunk, pure=False))
        self._submitted.add(task)
        return task

    def close(self, cancel: bool) -> None:
        if cancel and _open(self._client):
            outstanding = [t.future for t in self._submitted if not t.future.cancelled()]
            if outstanding:
                self._client.cancel(outstanding)
        self._submitted.clear()
        if self._job is not None:
            if _open(self._client):
                self._job.release()
            self._job = None


class _Task:
    """One chunk's Dask future, as the engine sees it."""

    __slots__ = ("future", "__weakref__")

    def __init__(self, future: Any) -> None:
        self.future = future

    def result(self) -> Any:
        return self.future.result()

    def cancel(self) -> None:
        # A stream abandoned after the user closed the client (the generator outlives a
        # `with Client(...)` block) has nothing left to cancel; Dask would raise "IOLoop is closed".
        if _open(self.future.client):
            self.future.cancel()


def _open(client: Any) -> bool:
    return client.status not in ("closing", "closed")


@contextmanager
def connect(spec: str, *, timeout: float = CONNECT_TIMEOUT) -> Iterator[Any]:
    """A ``dask.distributed.Client`` for a ``--scheduler`` spec, closed on exit.

    ``tcp://HOST:PORT`` (or ``tls://``) connects to a running scheduler; ``local:N`` starts a
    LocalCluster of N single-threaded worker processes on this machine and stops it on exit.

    >>> with connect("bogus"):
    ...     pass
    Traceback (most recent call last):
    ...
    brandcheck.errors.SchedulerError: unknown scheduler 'bogus': give tcp://HOST:PORT or local:N
    """
    match = _SPEC.match(spec.strip())
    if match is None:
        raise SchedulerError(f"unknown scheduler {spec!r}: give tcp://HOST:PORT or local:N")
    if match["n"] is not None and int(match["n"]) < 1:
        raise SchedulerError(f"unknown scheduler {spec!r}: local:N needs at least one worker")
    if match["port"] is not None and not 0 < int(match["port"]) < 65536:
        raise SchedulerError(f"unknown scheduler {spec!r}: the port must be 1-65535")
    distributed = _require_distributed()

    if match["n"] is None:
        try:
            client = distributed.Client(spec.strip(), timeout=timeout)
        except OSError:  # Dask's TimeoutError after `timeout`, or a refused/unresolvable address
            raise SchedulerError(f"cannot reach the Dask scheduler at {spec.strip()} "
                                 f"(waited {timeout:g} s; is `dask scheduler` running there?)") from None
        with client:
            yield client
        return

    n = int(match["n"])
    from distributed.system import MEMORY_LIMIT

    # Checks are CPU-bound Python: one thread per process, or workers wait on each other's GIL.
    # Each worker gets an even share of this machine's memory (Dask's "auto" shares it per
    # core, which over-commits when N exceeds the cores).
    with distributed.LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None,
                                  scheduler_kwargs=LOCAL_HTTP, memory_limit=max(MEMORY_LIMIT // n, _MIN_WORKER_MEMORY),
                                  silence_logs=logging.ERROR) as cluster, distributed.Client(cluster) as client:
        yield client
