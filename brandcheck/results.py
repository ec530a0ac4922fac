"""Many reports kept together, for a notebook or a script: ``Results(brandcheck.screen(...))``.

:func:`brandcheck.screen` stays an iterator (memory stays flat on 50,000 names); wrap it in
:class:`Results` when you want them all at hand. A :class:`Results` is a read-only sequence of
reports in input order that shows itself as a heat map in Jupyter and converts to JSON, flat
records or a pandas DataFrame (pandas is optional: ``pip install pandas``).

>>> from brandcheck.model import MarketResult, Report, Verdict
>>> res = Results([Report("Zelvora", 91, Verdict.GO, {"de": MarketResult("de", 93)})])
>>> res
<Results: 1 name (go 1, caution 0, stop 0)>
>>> res.to_records()[0]["score_de"]
93
"""

from __future__ import annotations

import json
from typing import Any, Iterable, Iterator, Sequence, overload

from .model import Report, Severity, Verdict

__all__ = ["Results"]


class Results(Sequence[Report]):
    """Reports in input order, with notebook and export helpers. ``reports`` is any iterable of
    :class:`~brandcheck.model.Report` (a :func:`brandcheck.screen` stream is consumed whole)."""

    __slots__ = ("_reports",)

    def __init__(self, reports: Iterable[Report]) -> None:
        if isinstance(reports, (str, bytes)):
            raise TypeError("Results takes reports (e.g. brandcheck.screen([...])), not a str")
        items = tuple(reports)
        for r in items:
            if not isinstance(r, Report):
                raise TypeError(f"Results holds Report objects, not {type(r).__name__}")
        self._reports = items

    @overload
    def __getitem__(self, index: int) -> Report: ...

    @overload
    def __getitem__(self, index: slice) -> "Results": ...

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return Results(self._reports[index])
        if isinstance(index, str):  # results["Zelvora"]: the report of that name
            for r in self._reports:
                if r.name == index:
                    return r
            raise KeyError(index)
        return self._reports[index]

    def __len__(self) -> int:
        return len(self._reports)

    def __iter__(self) -> Iterator[Report]:
        return iter(self._reports)

    def __repr__(self) -> str:
        counts = {v: 0 for v in Verdict}
        for r in self._reports:
            counts[r.verdict] += 1
        n = len(self._reports)
        return (f"<Results: {n} name{'' if n == 1 else 's'} ("
                + ", ".join(f"{v.value} {counts[v]}" for v in Verdict) + ")>")

    def sorted(self, by: str = "score") -> "Results":
        """Best first (``"score"``) or by ``"name"``."""
        if by == "score":
            return Results(sorted(self._reports, key=lambda r: -r.score))
        if by == "name":
            return Results(sorted(self._reports, key=lambda r: r.name.casefold()))
        raise ValueError(f"sort by {by!r}: choose score or name")

    def to_dicts(self) -> list[dict[str, Any]]:
        """Each report's :meth:`~brandcheck.model.Report.to_dict` (the JSON format)."""
        return [r.to_dict() for r in self._reports]

    def to_json(self, **kw: Any) -> str:
        """The JSON array ``--format json`` writes (keywords go to ``json.dumps``)."""
        kw.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dicts(), **kw)

    def to_records(self) -> list[dict[str, Any]]:
        """One flat dict per name: ``name``, ``score``, ``verdict``, ``worst`` (the worst unaccepted
        severity or None), counts by severity, ``accepted``, ``worst_finding`` (its message) and one
        ``score_<market>`` per market."""
        out = []
        for r in self._reports:
            counts = {s.label: 0 for s in Severity}
            accepted = 0
            for f in r.findings:
                if f.accepted:
                    accepted += 1
                else:
                    counts[f.severity.label] += 1
            live = next((f for f in r.findings if not f.accepted), None)
            record: dict[str, Any] = {"name": r.name, "score": r.score, "verdict": r.verdict.value,
                                      "worst": r.worst.label if r.worst is not None else None, **counts,
                                      "accepted": accepted, "worst_finding": live.message if live else None}
            record.update({f"score_{t}": m.score for t, m in r.markets.items()})
            out.append(record)
        return out

    def to_pandas(self) -> Any:
        """:meth:`to_records` as a ``pandas.DataFrame`` (needs pandas)."""
        try:
            import pandas
        except ImportError:
            raise ImportError("Results.to_pandas() needs pandas, which brandcheck does not install: "
                              "pip install pandas (or use to_records())") from None
        return pandas.DataFrame.from_records(self.to_records())

    def to_html(self, **kw: Any) -> str:
        """The self-contained HTML report of these names (see :func:`brandcheck.report.html.render_html`)."""
        from .report.html import render_html

        return render_html(self._reports, **kw)

    def _repr_html_(self) -> str:
        # The heat map alone: a notebook cell, not a page (no script; the names are not links).
        from .report.html import counts_html, render_heat_map

        counts = {v: 0 for v in Verdict}
        for r in self._reports:
            counts[r.verdict] += 1
        table = render_heat_map(self._reports, [""] * len(self._reports))
        return f"<div>{counts_html(counts)}{table}</div>"
