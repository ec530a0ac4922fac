"""Screening on a real Dask LocalCluster: same bytes as a local run, input order, data loaded once
per worker, abandoned runs cancelled, and one-line errors from ``connect``.

The cluster's workers are spawned processes. Nothing here runs at import (no cluster is started
outside a fixture), so a process that re-imports this module does no work.
"""

from __future__ import annotations

import itertools
import json
import socket
import subprocess
import sys
import time

import pytest
from distributed import Client, LocalCluster

import brandcheck
from brandcheck.batch import cluster
from brandcheck.batch.cluster import LOCAL_HTTP, MISSING_DASK, DaskRunner, connect
from brandcheck.batch.engine import Job, chunked, stream
from brandcheck.context import Options
from brandcheck.errors import SchedulerError
from brandcheck.markets import resolve
from brandcheck.names import parse

MARKETS = ["de"]  # one cheap market: 500 names are ~4 s of work on one core


def coined_names(n: int) -> list[str]:
    """``n`` distinct CVCV names, spread over the whole product so first letters vary."""
    onsets = "b d f g k l m n p r s t v z br tr pl".split()
    vowels = "aeiou"
    every = list(itertools.product(onsets, vowels, onsets, vowels))  # 7,225 names
    step = len(every) // n
    return ["".join(parts).capitalize() for parts in every[::step][:n]]


NAMES = coined_names(500)


def jsonl(reports) -> list[str]:
    return [json.dumps(r.to_dict(), ensure_ascii=False, sort_keys=True) for r in reports]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    scratch = tmp_path_factory.mktemp("dask")
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      scheduler_kwargs=LOCAL_HTTP, memory_limit="1.5GiB", local_directory=str(scratch)) as local, \
            Client(local) as c:
        yield c


@pytest.fixture(scope="module")
def cluster_reports(client):
    return list(brandcheck.screen(NAMES, MARKETS, online=False, client=client))


def live_chunk_tasks(client) -> list[str]:
    """Chunk tasks the scheduler still means to run (waiting, queued or running), once it has
    taken in our cancels: a cancel is a one-way message, so give it a moment to arrive."""

    def live(dask_scheduler):
        return sorted(str(key) for key, ts in dask_scheduler.tasks.items()
                      if str(key).startswith("screen_chunk-")
                      and ts.state in ("waiting", "queued", "processing", "no-worker"))

    give_up = time.monotonic() + 30
    while (found := client.run_on_scheduler(live)) and time.monotonic() < give_up:
        time.sleep(0.05)
    return found


class KeepingRunner(DaskRunner):
    """A DaskRunner that keeps every future it hands out, for the test to look at afterwards."""

    def __init__(self, client, job):
        super().__init__(client, job)
        self.submitted = []

    def submit(self, chunk):
        self.submitted.append(super().submit(chunk))
        return self.submitted[-1]


def test_cluster_run_gives_the_same_jsonl_as_a_local_run(cluster_reports):
    local = jsonl(brandcheck.screen(NAMES, MARKETS, online=False, workers=1))
    assert len(set(NAMES)) == 500
    assert "\n".join(jsonl(cluster_reports)).encode() == "\n".join(local).encode()


def test_cluster_run_keeps_input_order(cluster_reports):
    assert [r.name for r in cluster_reports] == NAMES


def test_each_worker_warms_the_data_once_across_runs(client, cluster_reports):
    again = list(brandcheck.screen(NAMES[:20], MARKETS, online=False, client=client))
    assert [r.name for r in again] == NAMES[:20]
    warmed = client.run(lambda: list(cluster._warmed))
    assert len(warmed) == 2
    assert all(runs == [("de",)] for runs in warmed.values()), warmed


def test_closing_the_runner_cancels_its_outstanding_chunks(client):
    runner = DaskRunner(client, Job(resolve(MARKETS), Options()))
    tasks = [runner.submit(chunk) for chunk in chunked(map(parse, NAMES[:128]), 8)]
    runner.close(cancel=True)
    assert all(t.future.cancelled() for t in tasks)
    assert live_chunk_tasks(client) == []


def test_abandoning_a_screen_midway_leaves_nothing_queued(client):
    runner = KeepingRunner(client, Job(resolve(MARKETS), Options()))
    reports = stream(map(parse, NAMES), runner, chunk_size=4, window=8)
    assert next(reports).name == NAMES[0]
    reports.close()
    assert 1 < len(runner.submitted) < len(NAMES) // 4  # stopped midway, with chunks still in flight
    assert all(t.future.cancelled() for t in runner.submitted[1:])
    assert live_chunk_tasks(client) == []

    through_api = brandcheck.screen(NAMES, MARKETS, online=False, client=client, chunk_size=4)
    assert next(through_api).name == NAMES[0]
    through_api.close()
    assert live_chunk_tasks(client) == []


def test_connect_local_starts_a_cluster_and_stops_it():
    with connect("local:2") as c:
        assert sorted(c.nthreads().values()) == [1, 1]
        reports = list(brandcheck.screen(["Zelvora", "Kamo"], MARKETS, online=False, client=c))
        assert [r.name for r in reports] == ["Zelvora", "Kamo"]
        outliving = brandcheck.screen(NAMES[:40], MARKETS, online=False, client=c, chunk_size=4)
        assert next(outliving).name == NAMES[0]
    assert c.status == "closed"
    outliving.close()  # a stream abandoned after its client closed ends quietly


@pytest.mark.parametrize("spec", ["bogus", "local:0", "local:two", "tcp://scheduler", "http://host:8786",
                                  "tcp://host:70000", ""])
def test_connect_rejects_a_bad_spec_in_one_line(spec):
    with pytest.raises(SchedulerError, match="unknown scheduler") as caught:
        with connect(spec):
            pass
    assert "\n" not in str(caught.value)


def test_connect_says_when_no_scheduler_answers():
    with socket.socket() as s:  # a loopback port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(SchedulerError, match=rf"cannot reach the Dask scheduler at tcp://127.0.0.1:{port}") as caught:
        with connect(f"tcp://127.0.0.1:{port}", timeout=1):
            pass
    assert "\n" not in str(caught.value)


def test_without_dask_the_error_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # `import distributed` now fails
    with pytest.raises(SchedulerError) as caught:
        with connect("local:2"):
            pass
    assert str(caught.value) == MISSING_DASK == "the Dask scheduler needs the dask extra: pip install 'brandcheck[dask]'"
    with pytest.raises(SchedulerError, match="dask extra"):
        DaskRunner(object(), Job(resolve(MARKETS), Options()))


def test_importing_the_cluster_module_loads_no_dask():
    code = "import sys, brandcheck.batch.cluster; print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
