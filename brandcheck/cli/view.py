"""What the output of ``check`` and ``screen`` shows: ``--min-severity``, ``--sort``, ``--top``,
the accepted findings of ``--accept``/``--accept-file``, and the run's description.

Scores, verdicts and exit codes are made from every finding; these options only change what is
written.
"""

from __future__ import annotations

import argparse
import datetime
import heapq
from dataclasses import dataclass, replace
from typing import Any, Iterable, Sequence

from ..model import Report, Severity, Verdict

__all__ = ["SORTS", "View", "accepted_ids", "run_meta", "RankedSink"]

SORTS = ("score", "name", "input")

_VERDICT_RANK = {Verdict.GO: 0, Verdict.CAUTION: 1, Verdict.STOP: 2}


def rank_key(report: Report, position: int) -> tuple[int, int, int]:
    """Larger is better: score, then go before caution before stop, then earlier input."""
    return (report.score, -_VERDICT_RANK[report.verdict], -position)


@dataclass(frozen=True)
class View:
    min_severity: Severity | None = None
    sort: str | None = None
    top: int | None = None

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> "View":
        from . import UsageError

        top = getattr(args, "top", None)
        if top is not None and top < 1:
            raise UsageError("--top must be at least 1")
        level = getattr(args, "min_severity", None)
        return cls(Severity.parse(level) if level else None, getattr(args, "sort", None), top)

    @property
    def reorders(self) -> bool:
        """True when reports cannot be written in input order as they come."""
        return self.top is not None or self.sort not in (None, "input")

    def shown(self, report: Report) -> Report:
        """The report with the findings below ``min_severity`` left out (score and verdict kept)."""
        if self.min_severity is None:
            return report
        return replace(report, findings=tuple(f for f in report.findings if f.severity >= self.min_severity))

    def arrange(self, reports: Sequence[Report], default_sort: str = "input") -> list[Report]:
        """``top`` best by score, in ``sort`` order (``default_sort`` when not given)."""
        items = list(enumerate(reports))
        if self.top is not None:
            items = heapq.nlargest(self.top, items, key=lambda item: rank_key(item[1], item[0]))
        return [r for _, r in self.order(items, default_sort)]

    def order(self, items: list[tuple[int, Report]], default_sort: str) -> list[tuple[int, Report]]:
        how = self.sort or default_sort
        if how == "score":
            return sorted(items, key=lambda item: rank_key(item[1], item[0]), reverse=True)
        if how == "name":
            return sorted(items, key=lambda item: (item[1].name.casefold(), item[0]))
        return sorted(items, key=lambda item: item[0])


class RankedSink:
    """A stream sink (JSONL, CSV, JSON) for ``--sort``/``--top``: holds the reports (only the
    ``top`` best when given) and writes them in order when closed."""

    def __init__(self, inner: Any, view: View) -> None:
        self.inner = inner
        self.view = view
        self.written = 0
        self._held: list[tuple[tuple[int, int, int], int, int, Report]] = []

    def write(self, report: Report, index: int, line: int) -> None:
        entry = (rank_key(report, index), index, line, report)
        if self.view.top is None:
            self._held.append(entry)
        elif len(self._held) < self.view.top:
            heapq.heappush(self._held, entry)
        elif entry[0] > self._held[0][0]:
            heapq.heapreplace(self._held, entry)
        self.written += 1

    def close(self) -> None:
        by_index = {index: (line, report) for _, index, line, report in self._held}
        items = [(index, report) for index, (_, report) in by_index.items()]
        for index, report in self.view.order(items, "input"):
            self.inner.write(report, index, by_index[index][0])
        self.inner.close()


def read_accept_files(paths: Iterable[str]) -> list[str]:
    from ..report.accept import read_accept_file

    out: list[str] = []
    for path in paths:
        out += read_accept_file(path)
    return out


def accepted_ids(args: argparse.Namespace) -> list[str]:
    """``--accept`` ids and those of every ``--accept-file``, validated."""
    from ..api import _accepted

    ids = list(getattr(args, "accept", []) or []) + read_accept_files(getattr(args, "accept_file", []) or [])
    _accepted(ids)  # the same check the API makes, before any work
    return ids


def run_meta(args: argparse.Namespace, markets: Sequence[str], accept: Sequence[str]) -> dict[str, Any]:
    """What a report says about its run: date, version, markets, online or offline, settings."""
    from .. import __version__

    settings = {"source_language": getattr(args, "source_language", None), "sector": getattr(args, "sector", None),
                "classes": getattr(args, "classes", None), "registers": getattr(args, "register", None),
                "wordlists": getattr(args, "wordlist", None), "brands": getattr(args, "brands", None),
                "accepted": len(accept) or None, "min_severity": getattr(args, "min_severity", None),
                "sort": getattr(args, "sort", None), "top": getattr(args, "top", None),
                "config": getattr(args, "config_file", None)}
    return {"version": __version__, "date": datetime.date.today().isoformat(), "markets": list(markets),
            "online": not getattr(args, "offline", False), "settings": settings}
