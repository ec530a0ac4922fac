"""Summary-first reports for large screens: a small row for every name, full detail for a few.

A screen of 10,000 names rendered with :func:`brandcheck.report.render` keeps every report in
memory and writes a card per name (about 17 kB each in HTML: 170 MB, more than a browser will
open). A :class:`Digest` is fed reports one at a time, keeps a :class:`Row` per name and the full
report only for the names chosen by a :class:`Detail` selector, and renders::

    counts of go / caution / stop, the run's settings
    one row per name, best first: score, verdict, findings by severity, the worst finding of
        each check family, the markets that fail and the weakest market
    the detail cards of the chosen names (the same cards ``brandcheck check`` writes)

>>> from brandcheck.model import Report, Verdict
>>> digest = Digest(detail=parse_detail("top:1"))
>>> for i, score in enumerate([55, 91, 73]):
...     digest.add(Report(f"Name{i}", score, Verdict.GO if score >= 70 else Verdict.CAUTION, {}))
>>> [row.name for row in digest.rows], [r.name for r in digest.details]
(['Name1', 'Name2', 'Name0'], ['Name1'])

Memory: a row is a slotted object of shared small parts (about 1 kB for a name with a worst
finding in four families; less when it is clean), so 50,000 names hold about 50 MB of rows and
at most N full reports for ``top:N``. ``all`` and a long short list keep what they are asked to.
"""

from __future__ import annotations

import csv
import heapq
import io
import os
from dataclasses import dataclass
from html import escape as _escape
from typing import Any, Iterable, Mapping, NamedTuple

from ..model import Report, Severity, Verdict
from ..names import normalize
from .escape import csv_cell as _cell  # a spreadsheet runs a cell starting with = + - @ as a formula
from .escape import term_text
from .explain import meta_items
from .html import CSS, JS, accept_bar, chinese_for, counts_html, render_availability, render_card, render_heat_map
from .text import markdown_section, table_block

__all__ = ["Digest", "Detail", "Row", "Worst", "parse_detail", "DIGEST_FORMATS", "AUTO_TOP", "CAUTION_LINE"]

DIGEST_FORMATS = ("html", "markdown", "table", "csv")

AUTO_TOP = 100
"""``auto`` detail is ``top:100``: every name of a screen of up to 100 is in detail, and only the
100 best of a larger one (a detail card is about 10 kB of HTML, so about 1 MB of cards)."""

CHINESE_CARDS = 100
"""Detail cards (the best first) that show Chinese name proposals in their zh / zh-TW rows: making
them costs about 0.1 s a name, so a long detail section stays quick to render."""

CAUTION_LINE = 70
"""A market scoring below this fails (:func:`brandcheck.scoring.verdict` gives no "go" below 70)."""

SHORT = 80
"""Characters of a finding's message kept in a summary row; the detail cards have it whole."""

# Families in the order a naming team reads them: what the name says, whom it resembles, how it
# is said, whether it is protectable, whether the domain is free. Unknown families sort after.
FAMILIES = ("meaning", "similarity", "pronounceability", "distinctiveness", "availability")

_VERDICT_RANK = {Verdict.GO: 0, Verdict.CAUTION: 1, Verdict.STOP: 2}


# ---------------------------------------------------------------------------------------------
# The detail selector


@dataclass(frozen=True, slots=True)
class Detail:
    """Which names get a full detail card."""

    kind: str
    """``"top"``, ``"all"``, ``"none"`` or ``"names"``."""
    top: int = 0
    """For ``top``: how many of the best names by score."""
    names: frozenset[str] = frozenset()
    """For ``names``: the short list, as :func:`name_key` keys."""
    spec: str = ""
    """The text it was parsed from, for messages."""

    def describe(self, screened: int) -> str:
        """What the detail section holds, in words (``"the 200 best by score"``)."""
        if self.kind == "all" or (self.kind == "top" and self.top >= screened):
            return "every name"
        if self.kind == "top":
            return f"the {self.top} best by score" if self.top else "no names (summary only)"
        if self.kind == "names":
            return f"the short list ({len(self.names)} names)"
        return "no names (summary only)"


def name_key(name: str) -> str:
    """How a short-list entry matches a report's name: normalised and case-folded."""
    return normalize(name).casefold()


def parse_detail(spec: str | None = None) -> Detail:
    """Parse a detail selector: ``top:N``, ``all``, ``none``, ``names:A,B,C``, ``@FILE`` or a path.

    ``None`` and ``"auto"`` mean ``top:100`` (:data:`AUTO_TOP`): every name of a screen of up to
    100 names is in detail, and only the 100 best of a larger one. A file holds one name per
    line; blank lines and ``#`` comments are skipped. A keyword wins over a file of the same
    name; write ``@all`` for the file. Raises ``ValueError`` with a one-line message.

    >>> parse_detail("top:200").top, parse_detail("names:Zelvora, Kamo").names == {"zelvora", "kamo"}
    (200, True)
    >>> parse_detail("top:ten")
    Traceback (most recent call last):
    ...
    ValueError: detail 'top:ten': N in top:N must be a whole number (top:200)
    """
    if spec is None:
        return Detail("top", AUTO_TOP, spec="auto")
    text = spec.strip()
    low = text.lower()
    if low == "auto":
        return Detail("top", AUTO_TOP, spec=text)
    if low in ("all", "none"):
        return Detail(low, spec=text)
    if low.startswith("top:"):
        count = text[4:].strip()
        if not (count.isascii() and count.isdigit()):
            raise ValueError(f"detail {spec!r}: N in top:N must be a whole number (top:200)")
        return Detail("top", int(count), spec=text)
    if low.startswith("names:"):
        return Detail("names", names=_short_list(text[6:].split(","), spec), spec=text)
    if text.startswith("@") or (text and os.path.isfile(text)):
        path = text[1:] if text.startswith("@") else text
        from ..batch.files import NameFile, format_of, read_text
        from ..errors import DataError

        try:
            if format_of(path) == "xlsx":  # a workbook: its first sheet's name column, as `screen` reads it
                with NameFile(path) as source:
                    lines = [text for _, text in source.records()]
            else:
                lines = read_text(path, "the file of names").splitlines()  # in the encoding it was saved in
        except DataError as exc:
            raise ValueError(f"detail {spec!r}: {exc}") from None
        return Detail("names", names=_short_list((ln for ln in lines if not ln.lstrip().startswith("#")), spec),
                      spec=text)
    raise ValueError(f"detail {spec!r}: expected top:N, all, none, auto, names:A,B,C or @FILE")


def _short_list(entries: Iterable[str], spec: str) -> frozenset[str]:
    names = frozenset(name_key(e) for e in entries if e.strip())
    if not names:
        raise ValueError(f"detail {spec!r}: the short list has no names")
    return names


# ---------------------------------------------------------------------------------------------
# Summary rows


class Worst(NamedTuple):
    """The worst unaccepted finding of one check family."""

    family: str
    """``"meaning"``, ``"similarity"``… (the check id up to its first dot)."""
    severity: Severity
    market: str | None
    """Its market, or None when it holds everywhere."""
    message: str
    """The message, cut to :data:`SHORT` characters."""


@dataclass(frozen=True, slots=True)
class Row:
    """One name's line in the summary. Built by :meth:`Row.of`; holds no part of the report."""

    position: int
    """Input position, from 1."""
    name: str
    score: int
    verdict: Verdict
    counts: tuple[int, ...]
    """Unaccepted findings by severity, indexed by :class:`Severity` (``counts[Severity.HIGH]``)."""
    accepted: int
    """Findings a workshop accepted (not in ``counts``)."""
    worst: tuple[Worst, ...]
    """The worst finding of each family that has one, families in :data:`FAMILIES` order."""
    failing: tuple[str, ...]
    """Markets scoring below :data:`CAUTION_LINE` or with a high or critical finding of their own,
    in report order. A finding for every market lowers every score, so it shows here too."""
    worst_market: str | None
    """The lowest-scoring market (the first of equals), or None without markets."""
    worst_market_score: int | None

    @classmethod
    def of(cls, report: Report, position: int, shared: dict | None = None) -> "Row":
        """Summarise ``report``. ``shared`` is a cache that lets rows share equal strings and tuples."""
        pool: dict = {} if shared is None else shared
        counts = [0] * len(Severity)
        accepted = 0
        worst: dict[str, Any] = {}
        hot: set[str] = set()
        for f in report.findings:
            if f.accepted:
                accepted += 1
                continue
            counts[f.severity] += 1
            family = f.check.split(".", 1)[0]
            if family not in worst or f.severity > worst[family].severity:
                worst[family] = f
            if f.market is not None and f.severity >= Severity.HIGH:
                hot.add(f.market)
        markets = report.markets
        failing = tuple(t for t, m in markets.items() if m.score < CAUTION_LINE or t in hot)
        low = min(markets.items(), key=lambda item: item[1].score) if markets else None
        order = sorted(worst, key=lambda fam: (FAMILIES.index(fam) if fam in FAMILIES else len(FAMILIES), fam))
        items = tuple(Worst(_one(pool, fam), worst[fam].severity, _one(pool, worst[fam].market),
                            _short(worst[fam].message)) for fam in order)
        return cls(position, report.name, report.score, report.verdict, _one(pool, tuple(counts)), accepted,
                   items, _one(pool, tuple(_one(pool, t) for t in failing)),
                   _one(pool, low[0]) if low else None, low[1].score if low else None)

    @property
    def rank_key(self) -> tuple[int, int, int]:
        """Larger is better: score, then go before caution before stop, then earlier input."""
        return (self.score, -_VERDICT_RANK[self.verdict], -self.position)


def _one(pool: dict, value: Any) -> Any:
    # Market tags, families and count tuples repeat across rows; keep one copy of each.
    if value is None:
        return None
    return pool.setdefault(value, value)


def _short(message: str) -> str:
    text = " ".join(message.split())
    if len(text) <= SHORT:
        return text
    cut = text[: SHORT - 1]
    space = cut.rfind(" ")
    # End on a whole word unless that throws away more than a fifth of the room.
    return (cut[:space] if space > SHORT * 4 // 5 else cut).rstrip(" ,;:") + "…"


# ---------------------------------------------------------------------------------------------
# The digest


class Digest:
    """Summary rows for every name added, full reports for the names ``detail`` selects.

    ``detail`` is a :class:`Detail` (from :func:`parse_detail`) or its text; default ``auto``.
    Feed reports in input order with :meth:`add`, then :meth:`render`.
    """

    def __init__(self, detail: Detail | str | None = None, *, chinese: bool = True, order: str = "score",
                 top: int | None = None, quiet: bool = False) -> None:
        self.detail = detail if isinstance(detail, Detail) else parse_detail(detail)
        self.chinese = chinese
        """Detail cards show Chinese name proposals in their zh / zh-TW rows."""
        if order not in ("score", "name", "input"):
            raise ValueError(f"order {order!r}: choose score, name or input")
        self.order = order
        """How the summary rows are ordered: ``score`` (best first), ``name`` or ``input``."""
        self.top = top
        """Only the ``top`` best names appear in the summary (None: every name)."""
        self.quiet = quiet
        """The terminal table shows the summary only."""
        self._rows: list[Row] = []
        self._shared: dict = {}
        # top:N keeps a min-heap of (rank key, report): the root is the first to give way.
        self._heap: list[tuple[tuple[int, int, int], Report]] = []
        self._kept: list[tuple[tuple[int, int, int], Report]] = []
        self._found: set[str] = set()
        self._verdicts = dict.fromkeys(Verdict, 0)
        self._worst: Severity | None = None

    def add(self, report: Report) -> None:
        """Take the next report (in input order); keep it whole only if it is selected for detail."""
        row = Row.of(report, len(self._rows) + 1, self._shared)
        self._rows.append(row)
        self._verdicts[row.verdict] += 1
        live = report.worst
        if live is not None and (self._worst is None or live > self._worst):
            self._worst = live
        kind = self.detail.kind
        if kind == "top" and self.detail.top > 0:
            entry = (row.rank_key, report)
            if len(self._heap) < self.detail.top:
                heapq.heappush(self._heap, entry)
            elif entry[0] > self._heap[0][0]:
                heapq.heapreplace(self._heap, entry)
        elif kind == "all":
            self._kept.append((row.rank_key, report))
        elif kind == "names":
            key = name_key(report.name)
            if key in self.detail.names:
                self._found.add(key)
                self._kept.append((row.rank_key, report))

    def extend(self, reports: Iterable[Report]) -> None:
        """:meth:`add` each report of an iterable (a :func:`brandcheck.screen` stream)."""
        for report in reports:
            self.add(report)

    def __len__(self) -> int:
        return len(self._rows)

    @property
    def rows(self) -> list[Row]:
        """Every name's row (the ``top`` best only, when given) in :attr:`order`: best first (see
        :attr:`Row.rank_key`), by name, or in input order."""
        rows = sorted(self._rows, key=lambda r: r.rank_key, reverse=True)
        if self.top is not None:
            rows = rows[: self.top]
        if self.order == "name":
            rows.sort(key=lambda r: (r.name.casefold(), r.position))
        elif self.order == "input":
            rows.sort(key=lambda r: r.position)
        return rows

    @property
    def details(self) -> list[Report]:
        """The full reports kept for detail, best first."""
        return [report for _, report in self._detail_entries()]

    def _detail_entries(self) -> list[tuple[int, Report]]:
        """(input position, report) of the kept reports, best first."""
        entries = sorted(self._heap if self.detail.kind == "top" else self._kept, key=lambda e: e[0], reverse=True)
        return [(-key[2], report) for key, report in entries]

    @property
    def held(self) -> int:
        """How many full reports the digest holds now."""
        return len(self._heap) + len(self._kept)

    @property
    def verdicts(self) -> dict[Verdict, int]:
        """Names per verdict."""
        return dict(self._verdicts)

    @property
    def worst(self) -> Severity | None:
        """The most severe unaccepted finding of any name (the CLI's exit code), or None."""
        return self._worst

    @property
    def missing(self) -> list[str]:
        """Short-list names that no added report matched (as keys), sorted."""
        return sorted(self.detail.names - self._found)

    def render(self, fmt: str, *, meta: Mapping[str, Any] | None = None, color: bool = False) -> str:
        """The digest as ``html``, ``markdown``, ``table`` or ``csv`` (one row per name; no meta).

        ``meta`` describes the run and is shown above the summary, in its order. Keys the CLI
        passes: ``version``, ``date``, ``markets``, ``online`` (bool), ``settings`` (a mapping),
        ``screened`` and ``skipped``; any other key is shown under its own name. ``color``
        paints the terminal table's detail section.
        """
        view = _View(self, meta or {})
        if fmt == "html":
            return _html(view)
        if fmt == "markdown":
            return _markdown(view)
        if fmt == "table":
            return _table(view, color)
        if fmt == "csv":
            return _csv(view)
        raise ValueError(f"unknown digest format {fmt!r}; choose one of {', '.join(DIGEST_FORMATS)}")


class _View:
    """What every format shows, computed once per render."""

    def __init__(self, digest: Digest, meta: Mapping[str, Any]) -> None:
        self.rows = digest.rows
        self.order = digest.order
        self.quiet = digest.quiet
        entries = digest._detail_entries()
        self.details = [report for _, report in entries]
        self.detail_positions = [position for position, _ in entries]
        self.verdicts = digest.verdicts
        self.meta = _meta_items(meta)
        settings = meta.get("settings")
        self.sector = settings.get("sector") if isinstance(settings, Mapping) else None
        self.chinese = digest.chinese
        self.detail_note = digest.detail.describe(len(digest))
        self.missing = digest.missing
        seen = {w.family for row in self.rows for w in row.worst}
        self.families = sorted(seen, key=lambda f: (FAMILIES.index(f) if f in FAMILIES else len(FAMILIES), f))
        self.title = f"brandcheck screen: {len(self.rows)} name{'' if len(self.rows) == 1 else 's'}"

    def counts_text(self) -> str:
        return " · ".join(f"{v.value} {self.verdicts[v]}" for v in Verdict)

    def missing_text(self) -> str:
        if not self.missing:
            return ""
        shown = ", ".join(self.missing[:20]) + (f" and {len(self.missing) - 20} more" if len(self.missing) > 20 else "")
        return f"Not in this screen: {shown}."


def _meta_items(meta: Mapping[str, Any]) -> list[tuple[str, str]]:
    return meta_items(meta)


def _notes(view: _View) -> list[str]:
    order = {"score": "Names are sorted by score, best first (equal scores: go, caution, stop, then input order).",
             "name": "Names are sorted by name.", "input": "Names are in input order."}[view.order]
    return [
        order,
        "For each check family the worst finding is shown, cut short; info notes are counted, not shown.",
        f"A market fails when it scores below {CAUTION_LINE} or has a high or critical finding.",
        f"Detail follows for {view.detail_note}.",
    ]


# ---------------------------------------------------------------------------------------------
# HTML


def _text(text: str) -> str:
    """Escape for element content (never used inside an attribute value): & < > only."""
    return _escape(text, quote=False)


_SEV_WORD = {Severity.LOW: "low", Severity.MEDIUM: "medium", Severity.HIGH: "high", Severity.CRITICAL: "critical"}

_DIGEST_CSS = """
#s{font-size:.85rem}#s tr{color:#222}#s td{padding:.15rem .35rem}#s th{position:sticky;top:0;background:#f6f6f6;cursor:pointer}
#s tr.go>td:nth-child(4){color:#176c2e}#s tr.caution>td:nth-child(4){color:#a36a00}
#s tr.stop>td:nth-child(4){color:#b00020;font-weight:600}
.s1{background:#e6f2fb}.s2{background:#fff0c2}.s3{background:#fbd9c9}.s4{background:#f7c6cc}
.meta th{font-weight:normal;color:#555}form{margin:.5rem 0}
@media print{form{display:none}body{margin:0}a{color:inherit;text-decoration:none}#s th{position:static}
h2{break-after:avoid}}
"""

# Sorting and filtering for the summary; the page is complete without it (already best first,
# every row shown, the controls hidden). Columns sort as numbers (n), severities (s) or verdicts (v).
_DIGEST_JS = """
(function(){var t=document.getElementById('s'),b=t.tBodies[0],rows=[].slice.call(b.rows),
q=document.getElementById('q'),v=document.getElementById('v'),n=document.getElementById('n'),V='go caution stop';
document.getElementById('f').hidden=false;
function show(){var s=q.value.toLowerCase(),w=v.value,k=0;rows.forEach(function(r){
if(r.t===undefined)r.t=r.textContent.toLowerCase();var on=(!w||r.className==w)&&r.t.indexOf(s)>=0;
r.hidden=!on;k+=on});n.textContent=k+' of '+rows.length+' shown'}
q.oninput=show;v.onchange=show;
[].forEach.call(t.tHead.rows[0].cells,function(h,c){h.title='sort';h.onclick=function(){
var k=h.dataset.k,d=h.d=h.d?-h.d:(k?-1:1);rows.forEach(function(r){var x=r.cells[c],s=x.textContent;
r.v=k=='n'?+s||0:k=='s'?+x.className.slice(1)||0:k=='v'?V.indexOf(s):s.toLowerCase()});
rows.sort(function(a,z){return a.v<z.v?-d:a.v>z.v?d:0});
var f=document.createDocumentFragment();rows.forEach(function(r){f.appendChild(r)});b.appendChild(f)}})})();
"""


def _failing_text(row: Row, limit: int = 0) -> str:
    """The failing markets; ``limit`` > 0 shows that many and counts the rest."""
    if not row.failing:
        return ""
    if limit and len(row.failing) > limit:
        return " ".join(row.failing[:limit]) + f" +{len(row.failing) - limit}"
    return " ".join(row.failing)


def _html(view: _View) -> str:
    out = ["<!doctype html><html lang=en><head><meta charset=utf-8>",
           "<meta name=viewport content='width=device-width,initial-scale=1'>",
           f"<title>{_text(view.title)}</title><style>{CSS}{_DIGEST_CSS}</style></head><body>",
           f"<h1>{_text(view.title)}</h1>", counts_html(view.verdicts)]
    if view.meta:
        out.append("<table class=meta>" + "".join(f"<tr><th>{_text(k)}<td>{_text(v)}" for k, v in view.meta)
                   + "</table>")
    out.append("<p><small>" + " ".join(_text(n) for n in _notes(view)) + "</small></p>")
    out.append("<h2>Summary</h2><form id=f hidden onsubmit='return false'>Filter <input id=q type=search "
               "placeholder='name, market, text'> <select id=v><option value=''>every verdict<option>go"
               "<option>caution<option>stop</select> <span id=n></span></form>")
    head = ["<th data-k=n>#", "<th>name", "<th data-k=n>score", "<th data-k=v>verdict",
            "<th data-k=n>crit", "<th data-k=n>high", "<th data-k=n>med", "<th data-k=n>low", "<th data-k=n>info",
            "<th>failing markets", "<th>weakest"] + [f"<th data-k=s>{_text(f)}" for f in view.families]
    out.append("<table id=s><thead><tr>" + "".join(head) + "</thead><tbody>\n")
    linked = set(view.detail_positions)
    for row in view.rows:
        out.append(_html_row(row, view.families, row.position in linked))
    out.append("</tbody></table>")
    if view.missing:
        out.append(f"<p>{_text(view.missing_text())}</p>")
    if view.details:
        anchors = [f"d{position}" for position in view.detail_positions]
        out.append(f"<h2>Detail: {_text(view.detail_note)}</h2>")
        out.append(render_heat_map(view.details, anchors))
        out.append(render_availability(view.details, anchors))
        sector = view.sector
        # Proposals cost about 0.1 s a name: the best CHINESE_CARDS cards get them.
        out += [render_card(r, a, chinese=chinese_for(r, sector) if view.chinese and i < CHINESE_CARDS else None)
                for i, (r, a) in enumerate(zip(view.details, anchors))]
        out.append(accept_bar())
    out.append(f"<script>{_DIGEST_JS}{JS}</script></body></html>\n")
    return "".join(out)


def _html_row(row: Row, families: list[str], linked: bool) -> str:
    # End tags of tr and td are optional in HTML; leaving them out saves a fifth of the summary.
    name = _text(row.name)
    if linked:
        name = f"<a href=#d{row.position}>{name}</a>"
    cells = [f"<tr class={row.verdict.value}><td>{row.position}<td>{name}<td>{row.score}<td>{row.verdict.value}"]
    cells += [f"<td>{row.counts[s] or ''}" for s in (4, 3, 2, 1, 0)]
    cells.append(f"<td>{_text(_failing_text(row))}<td>")
    if row.worst_market is not None:
        cells.append(f"{_text(row.worst_market)} {row.worst_market_score}")
    worst = {w.family: w for w in row.worst if w.severity > Severity.INFO}
    for family in families:
        w = worst.get(family)
        if w is None:
            cells.append("<td>")
        else:
            where = f" {_text(w.market)}" if w.market else ""
            cells.append(f"<td class=s{int(w.severity)}>{_SEV_WORD[w.severity]}{where}: {_text(w.message)}")
    cells.append("\n")
    return "".join(cells)


# ---------------------------------------------------------------------------------------------
# Markdown, terminal table, CSV


def _md(text: str) -> str:
    # Names and messages come from users and data: keep them from opening tables, links or HTML.
    text = " ".join(text.split())
    for ch in "\\|<>*_`[]":
        text = text.replace(ch, "\\" + ch)
    return text


def _worst_text(row: Row, fmt=lambda s: s) -> dict[str, str]:
    """family → "severity market: message" for the families whose worst is above info."""
    out = {}
    for w in row.worst:
        if w.severity > Severity.INFO:
            where = f" {fmt(w.market)}" if w.market else ""
            out[w.family] = f"{_SEV_WORD[w.severity]}{where}: {fmt(w.message)}"
    return out


def _markdown(view: _View) -> str:
    out = [f"# {_md(view.title)}", "", f"**{view.counts_text()}**", ""]
    out += [f"- {_md(k)}: {_md(v)}" for k, v in view.meta]
    out += ["", " ".join(_notes(view)), "", "## Summary", ""]
    out.append("| # | name | score | verdict | crit | high | med | low | info | failing markets | weakest | "
               + " | ".join(view.families) + (" |" if view.families else "|"))
    out.append("|---:|---|---:|---|---:|---:|---:|---:|---:|---|---|" + "---|" * len(view.families))
    for row in view.rows:
        counts = " | ".join(str(row.counts[s] or "") for s in (4, 3, 2, 1, 0))
        weakest = f"{row.worst_market} {row.worst_market_score}" if row.worst_market else ""
        worst = _worst_text(row, _md)
        cells = [str(row.position), _md(row.name), str(row.score), row.verdict.value, counts,
                 _md(_failing_text(row)), _md(weakest)] + [worst.get(f, "") for f in view.families]
        out.append("| " + " | ".join(cells) + " |")
    if view.missing:
        out += ["", _md(view.missing_text())]
    if view.details:
        out += ["", f"## Detail: {view.detail_note}"]
        for report in view.details:
            out += markdown_section(report)
    return "\n".join(out) + "\n"


def _table(view: _View, color: bool) -> str:
    # Names, meta values and messages come from users and data: no ESC or BEL reaches the terminal
    # (the detail blocks clean their own text; their colours are ours).
    out = [f"{view.title} — {view.counts_text()}"]
    if not view.quiet:
        out += [f"  {k}: {term_text(v)}" for k, v in view.meta]
        out += ["", *(f"  {n}" for n in _notes(view)), ""]
    width = min(24, max([len(r.name) for r in view.rows] + [4]))
    out.append(f"{'#':>6}  {'name':<{width}}  score  {'verdict':<7}  c/h/m/l  {'failing markets':<22}  worst")
    for row in view.rows:
        counts = "/".join(str(row.counts[s]) for s in (4, 3, 2, 1))
        # One line per name: the families that have something to say, then the worst message.
        shown = [w for w in row.worst if w.severity > Severity.INFO]
        top = max(shown, key=lambda w: w.severity, default=None)
        said = " ".join(f"{w.family}:{_SEV_WORD[w.severity]}" for w in shown) + f" — {term_text(top.message)}" if top else ""
        out.append(f"{row.position:>6}  {term_text(row.name):<{width}}  {row.score:>5}  {row.verdict.value:<7}  {counts:<7}  "
                   f"{_failing_text(row, 5):<22}  {said}".rstrip())
    if view.missing:
        out += ["", view.missing_text()]
    if view.details and not view.quiet:
        out += ["", f"Detail: {view.detail_note}", ""]
        for report in view.details:
            out += table_block(report, color=color)
    return "\n".join(out) + "\n"


def _csv(view: _View) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    head = ["position", "name", "score", "verdict", "critical", "high", "medium", "low", "info", "accepted",
            "failing_markets", "weakest_market", "weakest_score"]
    for family in view.families:
        head += [f"{family}_severity", f"{family}_market", f"{family}_message"]
    writer.writerow(head)
    for row in view.rows:
        line: list[Any] = [row.position, _cell(row.name), row.score, row.verdict.value,
                           *(row.counts[s] for s in (4, 3, 2, 1, 0)), row.accepted, " ".join(row.failing),
                           row.worst_market or "", "" if row.worst_market_score is None else row.worst_market_score]
        worst = {w.family: w for w in row.worst}
        for family in view.families:
            w = worst.get(family)
            line += [w.severity.label, w.market or "", _cell(w.message)] if w else ["", "", ""]
        writer.writerow(line)
    return buf.getvalue()
