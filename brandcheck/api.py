"""The public API: ``check``, ``screen`` and friends.

Every function here validates its input, resolves markets, runs the registered checks and
builds the frozen result model. Engines (phonetics, meanings, similarity, availability) are
imported on first use, never at ``import brandcheck``.
"""

from __future__ import annotations

import re
import sys
from typing import Any, Callable, Generator, Iterable, Iterator, Sequence

from . import markets as _markets
from .context import Options
from .model import Report
from .names import CandidateName, parse

__all__ = ["check", "screen", "list_markets", "ProgressCallback"]

ProgressCallback = Callable[[int, "int | None"], None]
"""``progress(done, total)``, called as chunks of a batch are done (``total`` is None when the
input's length is not known)."""


def list_markets(preset: str | None = None) -> tuple[_markets.Market, ...]:
    """All markets in the registry, or the markets of one preset (``"eu"``, ``"global"``…)."""
    return _markets.all_markets() if preset is None else _markets.resolve(preset)


_FINDING_ID = re.compile(r"[a-z_]+\.[a-z0-9_]+@[^:\s]+:.*", re.S)


def _one_or_many(value: Any, what: str, *, commas: bool = False) -> tuple[str, ...]:
    """A str where a list is expected is one item (or, with ``commas``, a comma-separated list):
    never its letters one by one."""
    if value is None:
        return ()
    if isinstance(value, (str, bytes)):
        text = value.decode() if isinstance(value, bytes) else value
        return tuple(t.strip() for t in text.split(",") if t.strip()) if commas else (text,)
    try:
        return tuple(value)
    except TypeError:
        raise TypeError(f"{what} must be a str or a list of str, not {type(value).__name__}") from None


def _accepted(accept: Iterable[str]) -> frozenset[str]:
    from .errors import BrandcheckError

    out = set()
    for a in _one_or_many(accept, "accept"):
        text = str(a).strip().lower()
        if not _FINDING_ID.fullmatch(text):
            raise BrandcheckError(f"--accept {a!r} is not a finding id (check@market:key, as reports show it, "
                                  f"e.g. meaning.vulgar@de:mist)")
        out.add(text)
    return frozenset(out)


def _registers(registers: Any) -> tuple[Any, ...]:
    """Paths or :class:`~brandcheck.registers.Register` objects → open registers (checked now)."""
    if not registers:
        return ()
    from .registers import open_register

    if isinstance(registers, (str, bytes)) or hasattr(registers, "__fspath__"):
        registers = [registers]
    return tuple(dict.fromkeys(open_register(r) for r in registers))


def _options(source_language, ipa, wordlists, brands, sector, extra=None, classes=None, registers=()) -> Options:
    from .registers.classes import resolve_classes

    if source_language is not None:
        _markets.check_language(source_language, "source")
    user_lists: tuple[Any, ...] = ()
    wordlists = _one_or_many(wordlists, "wordlists")  # wordlists="mine.txt" is one list
    if wordlists:
        from .meanings import load_wordlists

        user_lists = load_wordlists(wordlists)
    return Options(
        source_language=source_language,
        ipa=ipa,
        wordlists=user_lists,
        brands=brands,
        sector=sector,
        classes=resolve_classes(classes, sector),
        registers=_registers(registers),
        extra=dict(extra or {}),
    )


def check(
    name: str,
    markets: str | Iterable[str] | None = None,
    *,
    online: bool = True,
    source_language: str | None = None,
    ipa: str | None = None,
    wordlists: Sequence[str] = (),
    brands: Any = None,
    sector: str | None = None,
    classes: str | Iterable[int] | None = None,
    registers: Any = (),
    accept: Iterable[str] = (),
    tlds: Iterable[str] = (),
    platforms: Iterable[str] | None = None,
    timeout: float | None = None,
    network: Any = None,
) -> Report:
    """Screen one name in the given markets (``None`` = the ``global`` preset).

    Offline checks always run; with ``online=True`` domains and handles are looked up too and a
    missing network turns them into ``unknown`` without touching the offline results.

    ``classes`` (``"3,5"`` or ``[3, 5]``) or ``sector`` (``"beauty"``) give the candidate's Nice
    classes, which weigh the nearest marks (same class > related > other); ``registers`` are
    trademark registers made by ``brandcheck register import`` (paths or
    :class:`~brandcheck.registers.Register`), searched as well as the bundled brands.

    >>> report = check("Zelvora", markets=["de", "es"], online=False)
    >>> report.name, sorted(report.markets)
    ('Zelvora', ['de', 'es'])
    """
    from .pipeline import assess, availability_for, with_availability

    candidate = parse(name)
    chosen = _markets.resolve(markets)
    options = _options(source_language, ipa, wordlists, brands, sector, classes=classes, registers=registers)
    accepted = _accepted(accept)
    tlds, platforms = _targets(tlds, platforms, online, network)
    report = assess(candidate, chosen, options, accepted)
    if not online:
        return report
    (found,) = availability_for([candidate.text], chosen, tlds=tlds, platforms=platforms, timeout=timeout,
                                settings=network)
    return with_availability(report, *found, accepted)


def screen(
    names: Iterable[str],
    markets: str | Iterable[str] | None = None,
    *,
    online: bool = True,
    workers: int | None = None,
    client: Any = None,
    progress: bool | ProgressCallback = False,
    source_language: str | None = None,
    wordlists: Sequence[str] = (),
    brands: Any = None,
    sector: str | None = None,
    classes: str | Iterable[int] | None = None,
    registers: Any = (),
    accept: Iterable[str] = (),
    tlds: Iterable[str] = (),
    platforms: Iterable[str] | None = None,
    network: Any = None,
    chunk_size: int | None = None,
    total: int | None = None,
) -> Iterator[Report]:
    """Screen many names; yields reports in input order as they are done.

    ``names`` may be any iterable but a str (``screen("Zelvora")`` raises TypeError), a generator
    over a 50,000-line file included: names are read as
    the workers need them and a report is handed on as soon as it is done, so memory does not grow
    with the batch (``list(screen(...))`` when you want them all). A list or tuple is validated
    whole before any work starts (an invalid name raises :class:`InvalidNameError` naming its
    position); from other iterables an invalid name raises when it is reached.

    Offline checks run on ``workers`` local processes (default: all cores; small batches stay in
    this process) or, given a ``dask.distributed.Client`` as ``client``, on its cluster. ``total``
    says how many names an iterator will give (for progress, and so a short one stays in process).
    Availability runs here, on one shared network pool, chunk by chunk: ``.com``, the markets'
    ccTLDs and ``tlds``; the markets' platforms or ``platforms`` (as :func:`check`).

    >>> [r.name for r in screen(["Zelvora", "Kamo"], markets=["de"], online=False)]
    ['Zelvora', 'Kamo']
    """
    from .batch import engine

    if isinstance(names, (str, bytes)):
        raise TypeError(f"screen() takes a list of names, not a str (it would screen each letter): "
                        f"screen([{names!r}]) or check({names!r})")
    chosen = _markets.resolve(markets)
    options = _options(source_language, None, wordlists, brands, sector, classes=classes, registers=registers)
    job = engine.Job(chosen, options, _accepted(accept))
    tlds, platforms = _targets(tlds, platforms, online, network)
    candidates: Iterable[CandidateName] = _parsed(names)
    if isinstance(names, (list, tuple)):
        total = len(names)
        candidates = list(candidates)  # all or nothing: validate before any work
    size = chunk_size or engine.DEFAULT_CHUNK
    n_workers = workers if workers is not None else engine.default_workers()
    if client is not None:
        from .batch.cluster import DaskRunner

        runner: engine.Runner = DaskRunner(client, job)
    # Start-up of a worker process costs about one cold check, so small batches stay in-process.
    elif n_workers > 1 and (total is None or total >= 4 * n_workers):
        runner = engine.ProcessPool(job, n_workers)
        size = chunk_size or max(1, min(engine.DEFAULT_CHUNK, (total or 10**9) // (4 * n_workers)))
    else:
        runner = engine.InProcess(job)
    window = 2 * max(1, n_workers) if client is None else 4 * _cluster_threads(client)
    reports = engine.stream(candidates, runner, chunk_size=size, window=window,
                            progress=_progress_reporter(progress, total))
    if online:
        reports = _with_network(reports, chosen, job.accepted, network, size, tlds=tlds, platforms=platforms)
    return reports


def _targets(tlds: Iterable[str], platforms: Iterable[str] | None, online: bool,
             network: Any) -> tuple[tuple[str, ...], tuple[str, ...] | None]:
    """TLDs and platforms to look up, checked before any work (a str is a comma-separated list)."""
    tlds = _one_or_many(tlds, "tlds", commas=True)
    if platforms is not None:
        platforms = _one_or_many(platforms, "platforms", commas=True)
    if not online:
        return tlds, platforms
    from .availability import checked_targets

    return checked_targets(tlds, platforms, network)


def _parsed(names: Iterable[str]) -> Iterator[CandidateName]:
    from .errors import InvalidNameError

    for i, raw in enumerate(names, 1):
        try:
            yield parse(raw)
        except InvalidNameError as exc:
            raise InvalidNameError(f"name {i}: {exc}") from None


def _cluster_threads(client: Any) -> int:
    try:
        return max(1, sum(client.nthreads().values()))
    except Exception:  # noqa: BLE001 - a cluster that cannot say still gets a sensible window
        return 2


def _with_network(reports: Generator[Report, None, None], chosen, accepted: frozenset[str], network: Any,
                  size: int, **targets: Any) -> Iterator[Report]:
    """Availability for each chunk of offline reports, on this process's network pool."""
    from .batch.engine import chunked
    from .pipeline import availability_for, with_availability

    try:
        for chunk in chunked(reports, size):
            results = availability_for([r.name for r in chunk], chosen, settings=network, **targets)
            for report, found in zip(chunk, results):
                yield with_availability(report, *found, accepted)
    finally:
        reports.close()  # abandoned or failed: the offline stream cancels its queued chunks now


def _progress_reporter(progress: bool | ProgressCallback, total: int | None) -> Callable[[int], None] | None:
    if callable(progress):
        return lambda done: progress(done, total)
    if not progress:
        return None

    def bar(done: int) -> None:
        sys.stderr.write(f"\rscreened {done}" + (f"/{total}" if total else ""))
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return bar
