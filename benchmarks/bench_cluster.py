"""Screening speed on a Dask LocalCluster against the local engine (issue 10, item 3).

The same 1,000 coined names, offline, in the 22 ``global`` markets, three ways in one process:

* local, 2 workers: ``screen(..., workers=2)``, worker processes started and warmed by the call;
* local, 1 worker: in this process, already warm (``screen(..., workers=1)``);
* Dask, 2 workers: a ``LocalCluster`` of two single-threaded worker processes, started and warmed
  once (start-up shown apart), then ``screen(..., client=client)``.

Prints names/s, names per worker CPU-second (which other load on the machine hardly moves),
ratios, and each Dask worker's resident memory once warm; never asserts.
Needs the ``[dask]`` extra. Run ``python benchmarks/bench_cluster.py [N]``.
"""

from __future__ import annotations

import itertools
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import psutil  # noqa: E402 - comes with the dask extra

MARKETS = "global"


def coined_names(n: int) -> list[str]:
    """``n`` distinct CVCV names spread over the whole product (the same family as the tests)."""
    onsets = "b d f g k l m n p r s t v z br tr pl".split()
    every = list(itertools.product(onsets, "aeiou", onsets, "aeiou"))  # 7,225 names
    return ["".join(parts).capitalize() for parts in every[:: len(every) // n][:n]]


def children_cpu() -> float:
    """CPU seconds of this process's finished child processes (the local pool's workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def worker_cpu() -> float:
    """CPU seconds of the process it runs in (called on each Dask worker)."""
    times = psutil.Process().cpu_times()
    return times.user + times.system


def rss_mb() -> float:
    return psutil.Process().memory_info().rss / 2**20


def timed(run, names: list[str], workers_cpu) -> tuple[float, float, float, list]:
    """Wall names/s, names per worker CPU-second, this process's CPU seconds, the reports."""
    wall, here, before = time.perf_counter(), time.process_time(), workers_cpu()
    reports = list(run(names))
    wall, here = time.perf_counter() - wall, time.process_time() - here
    return len(names) / wall, len(names) / (workers_cpu() - before), here, reports


def main() -> None:
    import brandcheck
    from distributed import Client, LocalCluster

    from brandcheck.batch.cluster import LOCAL_HTTP

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    names = coined_names(n)
    print(f"{n} coined names, offline, markets {MARKETS} ({len(brandcheck.list_markets(MARKETS))})")

    # The local pool first, while this process is cold: its workers are forked (Linux, Python
    # < 3.14) and would otherwise inherit this process's caches of these very names.
    two = timed(lambda ns: brandcheck.screen(ns, MARKETS, online=False, workers=2), names, children_cpu)

    t0 = time.perf_counter()
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      scheduler_kwargs=LOCAL_HTTP, memory_limit="2GiB") as cluster, Client(cluster) as client:
        list(brandcheck.screen(["Zelvora"], MARKETS, online=False, client=client))  # registers the warm-up
        start = time.perf_counter() - t0
        dask = timed(lambda ns: brandcheck.screen(ns, MARKETS, online=False, client=client), names,
                     lambda: sum(client.run(worker_cpu).values()))
        memory = sorted(client.run(rss_mb).values())

    brandcheck.check("Zelvora", markets=MARKETS, online=False)  # warm this process for workers=1
    one = timed(lambda ns: brandcheck.screen(ns, MARKETS, online=False, workers=1), names, time.process_time)

    # Wall rates move with whatever else the machine runs; names per worker CPU-second do not.
    print("                                          names/s   per worker CPU-s   this process CPU")
    for label, (wall, per_cpu, here, _) in (("local, 1 worker (in-process, warm)", one),
                                            ("local, 2 worker processes (start incl.)", two),
                                            ("Dask LocalCluster, 2 workers (warm)", dask)):
        print(f"{label:42s}{wall:7.1f}   {per_cpu:12.1f}       {here:8.1f} s")
    print(f"Dask cluster start + warm-up {start:.1f} s; worker memory once warm: "
          f"{', '.join(f'{m:.0f} MB' for m in memory)}")
    print(f"wall ratios: Dask / local-1 {dask[0] / one[0]:.2f}x, local-2 / local-1 {two[0] / one[0]:.2f}x, "
          f"Dask / local-2 {dask[0] / two[0]:.2f}x")
    print(f"per-CPU ratios: Dask / local-1 {dask[1] / one[1]:.2f}x, local-2 / local-1 {two[1] / one[1]:.2f}x")
    same = [r.to_dict() for r in dask[3]] == [r.to_dict() for r in one[3]]
    print(f"Dask reports identical to the local run: {same}")


if __name__ == "__main__":  # spawned worker processes re-import this file
    main()
