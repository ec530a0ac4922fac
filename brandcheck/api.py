"""The public API: ``check``, ``screen`` and friends.

Every function here validates its input, resolves markets, runs the registered checks and
builds the frozen result model. Engines (phonetics, meanings, similarity, availability) are
imported on first use, never at ``import brandcheck``.
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from typing import Any, Callable, Iterable, Sequence

from . import markets as _markets
from . import scoring
from .checks import MarketContext, Options, market_checks, name_checks
from .model import Availability, BrandMatch, Finding, MarketResult, Pronounceability, Report
from .names import CandidateName, parse

__all__ = ["check", "screen", "markets", "ProgressCallback"]

ProgressCallback = Callable[[int, int], None]
"""``progress(done, total)``, called after each name of a batch."""


def markets(preset: str | None = None) -> tuple[_markets.Market, ...]:
    """All markets in the registry, or the markets of one preset (``"eu"``, ``"global"``…)."""
    return _markets.all_markets() if preset is None else _markets.resolve(preset)


def _absent(family: str, exc: BaseException) -> str:
    return f"{family}: not available ({exc})"


def _is_missing_engine(exc: ModuleNotFoundError) -> bool:
    # Only a missing brandcheck engine means "check not built"; a missing third-party module
    # is a broken installation and must surface.
    return bool(exc.name and exc.name.startswith("brandcheck."))


def _pronounceability(name: CandidateName, market: _markets.Market, options: Options) -> Pronounceability | None:
    try:
        from .phonetics import analyze
    except ModuleNotFoundError as exc:
        if _is_missing_engine(exc):
            return None
        raise
    return analyze(name.text, market, source_language=options.source_language, ipa=options.ipa).to_model()


def _similar(name: CandidateName, chosen: tuple[_markets.Market, ...], options: Options) -> tuple[BrandMatch, ...]:
    try:
        from .similarity import screen as similarity_screen
    except ModuleNotFoundError as exc:
        if _is_missing_engine(exc):
            return ()
        raise
    return similarity_screen(name, chosen, options).matches


def _run_offline(name: CandidateName, chosen: tuple[_markets.Market, ...], options: Options):
    findings: list[Finding] = []
    absent: dict[str, str] = {}
    missing: set[object] = set()  # checks whose engine is not installed: skipped for the other markets

    def attempt(chk, *args) -> None:
        if chk.run in missing:
            return
        try:
            findings.extend(chk.run(*args))
        except ModuleNotFoundError as exc:
            if not _is_missing_engine(exc):
                raise
            missing.add(chk.run)
            absent.setdefault(chk.family, _absent(chk.family, exc))

    pron: dict[str, Pronounceability | None] = {}
    for market in chosen:
        ctx = MarketContext(market, options)
        for chk in market_checks():
            attempt(chk, name, ctx)
        pron[market.tag] = None if "pronounceability" in absent else _pronounceability(name, market, options)
    for chk in name_checks():
        attempt(chk, name, chosen, options)
    similar = () if "similarity" in absent else _similar(name, chosen, options)
    return findings, pron, similar, list(absent.values())


def _accept(findings: Iterable[Finding], accepted: frozenset[str]) -> list[Finding]:
    if not accepted:
        return list(findings)
    return [replace(f, accepted=True) if f.id in accepted else f for f in findings]


def _build(name: CandidateName, chosen, findings, pron, similar, availability, absent) -> Report:
    ordered = scoring.sort_findings(findings)
    results = {}
    for market in chosen:
        p = pron.get(market.tag)
        results[market.tag] = MarketResult(
            market.tag, scoring.market_score(market.tag, p.score if p else None, ordered), p
        )
    score = scoring.overall_score((m.score for m in results.values()), ordered)
    return Report(
        name=name.text,
        score=score,
        verdict=scoring.verdict(score, ordered),
        markets=results,
        findings=ordered,
        similar_brands=tuple(similar),
        availability=availability,
        checks_absent=tuple(absent),
    )


def _options(source_language, ipa, wordlists, brands, sector, extra=None) -> Options:
    user_lists: tuple[Any, ...] = ()
    if wordlists:
        from .meanings import load_wordlists

        user_lists = load_wordlists(wordlists)
    return Options(
        source_language=source_language,
        ipa=ipa,
        wordlists=user_lists,
        brands=brands,
        sector=sector,
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
    accept: Iterable[str] = (),
    tlds: Iterable[str] = (),
    platforms: Iterable[str] | None = None,
    timeout: float | None = None,
    network: Any = None,
) -> Report:
    """Screen one name in the given markets (``None`` = the ``global`` preset).

    Offline checks always run; with ``online=True`` domains and handles are looked up too and a
    missing network turns them into ``unknown`` without touching the offline results.

    >>> report = check("Zelvora", markets=["de", "es"], online=False)
    >>> report.name, sorted(report.markets)
    ('Zelvora', ['de', 'es'])
    """
    candidate = parse(name)
    chosen = _markets.resolve(markets)
    options = _options(source_language, ipa, wordlists, brands, sector)
    return _check_parsed(candidate, chosen, options, online=online, accept=frozenset(a.lower() for a in accept),
                         tlds=tuple(tlds), platforms=platforms, timeout=timeout, network=network)


def _check_parsed(candidate, chosen, options, *, online, accept, tlds=(), platforms=None, timeout=None,
                  network=None) -> Report:
    findings, pron, similar, absent = _run_offline(candidate, chosen, options)
    availability = Availability()
    if online:
        availability, found, problem = _availability([candidate.text], chosen, tlds=tlds, platforms=platforms,
                                                     timeout=timeout, settings=network)[0]
        findings.extend(found)
        if problem:
            absent.append(problem)
    else:
        absent.append("availability: offline run")
    return _build(candidate, chosen, _accept(findings, accept), pron, similar, availability, absent)


def _availability(names, chosen, **kw) -> list[tuple[Availability, tuple[Finding, ...], str]]:
    """Network checks for names; a failure there never costs the offline results (principle: offline first)."""
    from .availability import check_names
    from .errors import BrandcheckError

    try:
        return [(a, f, "") for a, f in check_names(names, chosen, **kw)]
    except BrandcheckError:
        raise  # bad user input (unknown platform, malformed override): the user must hear it
    except Exception as exc:  # an unexpected failure at the network edge
        return [(Availability(), (), f"availability: failed ({type(exc).__name__}: {exc})") for _ in names]


def _offline_worker(args) -> Report:
    candidate, chosen, options, accept = args
    return _check_parsed(candidate, chosen, options, online=False, accept=accept)


def screen(
    names: Iterable[str],
    markets: str | Iterable[str] | None = None,
    *,
    online: bool = True,
    workers: int | None = None,
    progress: bool | ProgressCallback = False,
    source_language: str | None = None,
    wordlists: Sequence[str] = (),
    brands: Any = None,
    sector: str | None = None,
    accept: Iterable[str] = (),
    network: Any = None,
) -> list[Report]:
    """Screen many names; reports come back in input order.

    All names are validated first (an invalid one raises :class:`InvalidNameError` naming its
    position, before any work is done). Offline checks of large batches run on ``workers``
    processes (default: all cores); availability runs on one shared network pool.
    """
    from .errors import InvalidNameError

    candidates: list[CandidateName] = []
    for i, raw in enumerate(names, 1):
        try:
            candidates.append(parse(raw))
        except InvalidNameError as exc:
            raise InvalidNameError(f"name {i}: {exc}") from None
    chosen = _markets.resolve(markets)
    options = _options(source_language, None, wordlists, brands, sector)
    accepted = frozenset(a.lower() for a in accept)
    total = len(candidates)
    report_progress = _progress_reporter(progress, total)

    n_workers = workers if workers is not None else (os.cpu_count() or 1)
    jobs = [(c, chosen, options, accepted) for c in candidates]
    reports: list[Report] = []
    # Start-up of a worker process costs about one cold check, so small batches stay in-process.
    if n_workers > 1 and total >= 4 * n_workers:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=n_workers) as pool:
            for done, report in enumerate(pool.map(_offline_worker, jobs, chunksize=max(1, total // (n_workers * 8))), 1):
                reports.append(report)
                report_progress(done)
    else:
        for done, job in enumerate(jobs, 1):
            reports.append(_offline_worker(job))
            report_progress(done)

    if online and reports:
        results = _availability([r.name for r in reports], chosen, settings=network)
        reports = [_with_availability(r, avail, found, problem, accepted)
                   for r, (avail, found, problem) in zip(reports, results)]
    return reports


def _with_availability(report: Report, availability: Availability, found: tuple[Finding, ...], problem: str,
                       accepted: frozenset[str]) -> Report:
    findings = _accept(list(report.findings) + list(found), accepted)
    absent = tuple(a for a in report.checks_absent if not a.startswith("availability")) + ((problem,) if problem else ())
    ordered = scoring.sort_findings(findings)
    score = scoring.overall_score((m.score for m in report.markets.values()), ordered)
    return replace(report, findings=ordered, availability=availability, checks_absent=absent, score=score,
                   verdict=scoring.verdict(score, ordered))


def _progress_reporter(progress: bool | ProgressCallback, total: int) -> Callable[[int], None]:
    if callable(progress):
        return lambda done: progress(done, total)
    if not progress:
        return lambda done: None

    def bar(done: int) -> None:
        width = 30
        filled = int(width * done / max(total, 1))
        sys.stderr.write(f"\rscreening [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return bar
