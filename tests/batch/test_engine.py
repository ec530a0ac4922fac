"""The batch engine: input order, bounded work in flight, cancellation, progress."""

from concurrent.futures import Future

import pytest

from brandcheck.batch import engine


class FakeRunner:
    """Completes chunks in reverse order of submission, records what is in flight."""

    def __init__(self) -> None:
        self.in_flight: list[Future] = []
        self.most = 0
        self.submitted = 0
        self.closed: bool | None = None

    def submit(self, chunk):
        fut: Future = Future()
        fut.chunk = chunk  # type: ignore[attr-defined]
        self.in_flight = [f for f in self.in_flight if not f.done()] + [fut]
        self.most = max(self.most, len(self.in_flight))
        self.submitted += 1
        # finish every waiting chunk except the oldest, newest first: results arrive out of order
        for f in reversed(self.in_flight[1:]):
            if not f.done():
                f.set_result(tuple(f"report:{n}" for n in f.chunk))
        return _Lazy(fut)

    def close(self, cancel: bool) -> None:
        self.closed = cancel


class _Lazy:
    """A future whose result is made when asked, like a worker finishing the head chunk last."""

    def __init__(self, fut: Future) -> None:
        self.fut = fut

    def result(self):
        if not self.fut.done():
            self.fut.set_result(tuple(f"report:{n}" for n in self.fut.chunk))
        return self.fut.result()

    def cancel(self):
        return self.fut.cancel()


def test_reports_come_in_input_order_with_a_bounded_window():
    runner = FakeRunner()
    out = list(engine.stream(iter(range(100)), runner, chunk_size=7, window=3))
    assert out == [f"report:{n}" for n in range(100)]
    assert runner.most <= 3
    assert runner.closed is False


def test_input_is_read_only_as_far_as_the_window_needs():
    pulled: list[int] = []

    def names():
        for n in range(10**9):  # endless: the engine must not try to read it all
            pulled.append(n)
            yield n

    stream = engine.stream(names(), FakeRunner(), chunk_size=10, window=2)
    first = [next(stream) for _ in range(5)]
    assert first == [f"report:{n}" for n in range(5)]
    assert len(pulled) <= 3 * 10 + 1
    stream.close()


def test_abandoning_the_stream_cancels_what_is_queued():
    runner = FakeRunner()
    stream = engine.stream(iter(range(50)), runner, chunk_size=5, window=4)
    next(stream)
    stream.close()
    assert runner.closed is True


def test_progress_counts_names_done():
    seen: list[int] = []
    list(engine.stream(iter(range(23)), FakeRunner(), chunk_size=10, window=2, progress=seen.append))
    assert seen == [10, 20, 23]


def test_a_failing_chunk_stops_the_stream_and_closes_the_runner():
    class Failing(FakeRunner):
        def submit(self, chunk):
            fut: Future = Future()
            fut.set_exception(RuntimeError("worker died"))
            return fut

    runner = Failing()
    with pytest.raises(RuntimeError, match="worker died"):
        list(engine.stream(iter(range(10)), runner, chunk_size=2))
    assert runner.closed is True


def test_chunked_keeps_everything_in_order():
    assert list(engine.chunked("abcdefg", 3)) == [("a", "b", "c"), ("d", "e", "f"), ("g",)]
    assert list(engine.chunked([], 3)) == []


def test_an_in_process_batch_puts_the_collector_back_as_it_was():
    import gc

    import brandcheck

    before, frozen = gc.get_threshold(), gc.get_freeze_count()
    names = [f"Tes{c}mo" for c in "abdfgklmnprstvz"] * 3  # three chunks of 16: tuned from the second
    stream = brandcheck.screen(names, "de", online=False, workers=1)
    next(stream), [next(stream) for _ in range(20)]
    assert gc.get_threshold()[0] == engine.GC_THRESHOLD  # a batch runs with the tuned collector
    assert len(list(stream)) == len(names) - 21
    assert gc.get_threshold() == before and gc.get_freeze_count() == frozen
