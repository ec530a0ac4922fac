"""One name through the offline checks: name → readings → checks → report.

:func:`assess` reads the name once in every market
(:func:`brandcheck.phonetics.reading.read_markets`), hands each market's
:class:`~brandcheck.phonetics.reading.Reading` to every registered check, finds the nearest known
brands, and scores the findings into a :class:`~brandcheck.model.Report`. :func:`with_availability`
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
from .model import Availability, Finding, MarketResult, Pronounceability, Report
from .names import CandidateName

__all__ = ["assess", "with_availability", "accept_findings", "availability_for"]


def _offline(name: CandidateName, chosen: tuple[Market, ...], options: Options):
    from .phonetics.reading import read_markets
    from .similarity import near_brands

    readings = read_markets(name, chosen, options)
    shared: dict = {}  # one name's work that its markets share (see MarketContext.shared)
    findings: list[Finding] = []
    checks = market_checks()
    for market in chosen:
        ctx = MarketContext(market, options, shared)
        for chk in checks:
            findings.extend(chk.run(readings[market.tag], ctx))
    for chk in name_checks():
        findings.extend(chk.run(name, readings, options))
    near = near_brands(name, readings, options)
    findings.extend(near.findings)
    pron = {tag: _pronounceability(r) for tag, r in readings.items()}
    return findings, pron, near.matches


def _pronounceability(r) -> "Pronounceability":
    """The report's view of one market: the local form shown with its own romanisation and reading
    (a listed brand's own form, カフェ・ノワール from the loanword table), never a reading of another form."""
    model = r.pronunciation.to_model()
    if r.market.latin:
        return replace(model, adapted=r.local.text)
    return replace(model, adapted=r.local.text, romanization=r.local.romanization, local_reading="".join(r.local.ipa))


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
    findings, pron, similar = _offline(name, chosen, options)
    return _build(name, chosen, accept_findings(findings, accepted), pron, similar, Availability(),
                  ["availability: offline run"])


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
