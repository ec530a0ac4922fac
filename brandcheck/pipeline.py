"""One name through the offline checks: name → readings → checks → report.

:func:`assess` is the whole offline pipeline for one parsed name; :func:`with_availability`
adds the network results afterwards. The API, the batch engine and the cluster workers all call
these two, so a name screened alone, in a batch or on a Dask worker gives the same report.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from . import scoring
from .checks import market_checks, name_checks
from .context import MarketContext, Options
from .markets import Market
from .model import Availability, BrandMatch, Finding, MarketResult, Pronounceability, Report
from .names import CandidateName

__all__ = ["assess", "with_availability", "accept_findings", "availability_for"]


def _absent(family: str, exc: BaseException) -> str:
    return f"{family}: not available ({exc})"


def _is_missing_engine(exc: ModuleNotFoundError) -> bool:
    # Only a missing brandcheck engine means "check not built"; a missing third-party module
    # is a broken installation and must surface.
    return bool(exc.name and exc.name.startswith("brandcheck."))


def _pronounceability(name: CandidateName, market: Market, options: Options) -> Pronounceability | None:
    try:
        from .phonetics import analyze
    except ModuleNotFoundError as exc:
        if _is_missing_engine(exc):
            return None
        raise
    return analyze(name.text, market, source_language=options.source_language, ipa=options.ipa).to_model()


def _similar(name: CandidateName, chosen: tuple[Market, ...], options: Options) -> tuple[BrandMatch, ...]:
    try:
        from .similarity import screen as similarity_screen
    except ModuleNotFoundError as exc:
        if _is_missing_engine(exc):
            return ()
        raise
    return similarity_screen(name, chosen, options).matches


def _run_offline(name: CandidateName, chosen: tuple[Market, ...], options: Options):
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


def accept_findings(findings: Iterable[Finding], accepted: frozenset[str]) -> list[Finding]:
    """The findings with those whose id a workshop accepted marked ``accepted``."""
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


def assess(name: CandidateName, chosen: tuple[Market, ...], options: Options,
           accepted: frozenset[str] = frozenset()) -> Report:
    """The offline report for one name: every offline check in every chosen market."""
    findings, pron, similar, absent = _run_offline(name, chosen, options)
    absent.append("availability: offline run")
    return _build(name, chosen, accept_findings(findings, accepted), pron, similar, Availability(), absent)


def availability_for(names: list[str], chosen: tuple[Market, ...], **kw) -> list[tuple[Availability, tuple[Finding, ...], str]]:
    """Network checks for names; a failure there never costs the offline results (principle: offline first)."""
    from .availability import check_names
    from .errors import BrandcheckError

    try:
        return [(a, f, "") for a, f in check_names(names, chosen, **kw)]
    except BrandcheckError:
        raise  # bad user input (unknown platform, malformed override): the user must hear it
    except Exception as exc:  # an unexpected failure at the network edge
        return [(Availability(), (), f"availability: failed ({type(exc).__name__}: {exc})") for _ in names]


def with_availability(report: Report, availability: Availability, found: tuple[Finding, ...], problem: str,
                      accepted: frozenset[str]) -> Report:
    """An offline report completed with its domains and handles."""
    findings = accept_findings(list(report.findings) + list(found), accepted)
    absent = tuple(a for a in report.checks_absent if not a.startswith("availability")) + ((problem,) if problem else ())
    ordered = scoring.sort_findings(findings)
    score = scoring.overall_score((m.score for m in report.markets.values()), ordered)
    return replace(report, findings=ordered, availability=availability, checks_absent=absent, score=score,
                   verdict=scoring.verdict(score, ordered))
