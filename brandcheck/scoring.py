"""Scores and verdicts: the one place where findings become numbers.

Formula (documented in the README, "How scores are made"):

* **Market score** (0–100) starts from the market's pronounceability score (100 when that check
  is absent) and subtracts a penalty for every *unaccepted* finding about that market or about the
  name everywhere (market ``None``)::

      info 0 · low 5 · medium 15 · high 35 · critical 60

  The penalties follow the severity scale's intent: one medium finding moves a clean name from
  "go" into "caution"; one high finding alone cannot leave a name above 65; a critical finding
  decides the market. Within one check family only the worst finding costs its full penalty;
  each further one costs half (several near brands are one crowded-space problem).
  Pronounceability findings are already inside the pronounceability score, so they are not
  subtracted twice. Availability findings do not move market scores (they are not linguistic).

* **Overall score** = mean of the market scores, pulled towards the worst market:
  ``round(0.6 · mean + 0.4 · min)`` — a name that fails badly in one market should not hide
  behind twenty good ones. Then availability penalties (``.com`` taken: 10) are subtracted.

* **Verdict**: ``stop`` if any unaccepted finding is critical, or the score is below 40;
  ``caution`` if any unaccepted finding is high or medium, or the score is below 70; else ``go``.
"""

from __future__ import annotations

from typing import Iterable, Mapping

from .model import Finding, Severity, Verdict

__all__ = ["PENALTY", "market_score", "overall_score", "verdict", "sort_findings"]

PENALTY: Mapping[Severity, int] = {
    Severity.INFO: 0,
    Severity.LOW: 5,
    Severity.MEDIUM: 15,
    Severity.HIGH: 35,
    Severity.CRITICAL: 60,
}
# Within one check family (meaning, similarity, distinctiveness) the worst finding costs its full
# penalty and each further one half: three brands near the name are one crowded-space problem,
# worse than one but not three times as bad.
FURTHER_SHARE = 0.5
# Penalty on the overall score for availability findings (keyed by check id).
AVAILABILITY_PENALTY: Mapping[str, int] = {"availability.com_taken": 10}

_NOT_IN_MARKET_SCORE = ("pronounceability.", "availability.")


def _clamp(value: float) -> int:
    return int(max(0, min(100, round(value))))


def market_score(tag: str, pronounceability: int | None, findings: Iterable[Finding]) -> int:
    """Score of one market from its pronounceability score and the findings that concern it."""
    score = 100 if pronounceability is None else pronounceability
    by_family: dict[str, list[int]] = {}
    for f in findings:
        if f.accepted or f.check.startswith(_NOT_IN_MARKET_SCORE):
            continue
        if f.market is None or f.market == tag:
            by_family.setdefault(f.check.split(".", 1)[0], []).append(PENALTY[f.severity])
    for penalties in by_family.values():
        penalties.sort(reverse=True)
        score -= penalties[0] + FURTHER_SHARE * sum(penalties[1:])
    return _clamp(score)


def overall_score(market_scores: Iterable[int], findings: Iterable[Finding] = ()) -> int:
    """Overall score from the market scores and availability findings."""
    scores = list(market_scores)
    base = 100.0 if not scores else 0.6 * (sum(scores) / len(scores)) + 0.4 * min(scores)
    for f in findings:
        if not f.accepted:
            base -= AVAILABILITY_PENALTY.get(f.check, 0)
    return _clamp(base)


def verdict(score: int, findings: Iterable[Finding]) -> Verdict:
    """go / caution / stop from the overall score and the worst unaccepted finding."""
    live = [f.severity for f in findings if not f.accepted]
    worst = max(live) if live else Severity.INFO
    if worst >= Severity.CRITICAL or score < 40:
        return Verdict.STOP
    if worst >= Severity.MEDIUM or score < 70:
        return Verdict.CAUTION
    return Verdict.GO


def sort_findings(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Most severe first; then by check id, market and message so output is stable."""
    return tuple(sorted(findings, key=lambda f: (-int(f.severity), f.check, f.market or "", f.message)))
