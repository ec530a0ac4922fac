"""Plain-text renderers: JSON, CSV, Markdown and the terminal table."""

from __future__ import annotations

import csv
import io
import json
import textwrap
from typing import Any, Mapping, Sequence

from ..model import Report, Severity, Status, Verdict
from .escape import csv_cell, md_text, term_text

__all__ = ["render_json", "render_csv", "CsvLayout", "CSV_ROWS", "render_markdown", "render_table", "markdown_section", "table_block"]

_SEVERITY_COLOR = {
    Severity.INFO: "\033[2m", Severity.LOW: "\033[36m", Severity.MEDIUM: "\033[33m",
    Severity.HIGH: "\033[31m", Severity.CRITICAL: "\033[1;31m",
}
_VERDICT_COLOR = {"go": "\033[32m", "caution": "\033[33m", "stop": "\033[1;31m"}
_RESET = "\033[0m"

TERMINAL_FINDINGS = 5
"""Findings ``check`` shows per name on a terminal before "N more (use --all)"."""
BRIEF_AFTER = 10
"""With more names than this, each gets its summary line and its BRIEF_FINDINGS worst findings only."""
BRIEF_FINDINGS = 2
WIDTH = 100
"""Terminal lines are wrapped to this width (the markets line)."""


def render_json(reports: Sequence[Report]) -> str:
    """Always an array, one object per name, in input order."""
    return json.dumps([r.to_dict() for r in reports], ensure_ascii=False, indent=2) + "\n"


CSV_ROWS = ("names", "findings")
"""``--csv-rows``: one row per name (the default) or one row per finding."""

FINDING_COLUMNS = ["name", "score", "verdict", "market", "market_score", "check", "severity", "message", "accepted"]
NAME_COLUMNS = ["name", "score", "verdict", "worst", "critical", "high", "medium", "low", "info", "accepted",
                "weakest_market", "worst_findings", "finding_ids"]
"""Columns of a names CSV before one ``score_<market>`` column per market."""
WORST_SHOWN = 3
"""Findings named in a names row's ``worst_findings`` (the unaccepted ones above info, worst first)."""


class CsvLayout:
    """The columns of a CSV: ``rows`` ``"names"`` or ``"findings"``; a names CSV has one score
    column per market of ``markets``. The same layout writes the header, the rows and reads a file
    back for ``--resume``."""

    def __init__(self, rows: str = "names", markets: Sequence[str] = ()) -> None:
        if rows not in CSV_ROWS:
            raise ValueError(f"csv rows {rows!r}: choose names or findings")
        self.rows = rows
        self.markets = tuple(markets)

    @classmethod
    def of(cls, reports: Sequence[Report], rows: str = "names") -> "CsvLayout":
        tags: list[str] = []
        for r in reports:
            tags += [t for t in r.markets if t not in tags]
        return cls(rows, tags)

    def columns(self) -> list[str]:
        if self.rows == "findings":
            return list(FINDING_COLUMNS)
        return NAME_COLUMNS + [f"score_{t}" for t in self.markets]

    def header(self) -> str:
        return _csv_lines([self.columns()])

    def lines(self, report: Report) -> str:
        """The report's rows (no header), each cell guarded against spreadsheet formulas."""
        return _csv_lines(self._rows(report))

    def _rows(self, r: Report) -> list[list]:
        if self.rows == "findings":
            rows = []
            for f in r.findings:
                mscore = r.markets[f.market].score if f.market in r.markets else ""
                rows.append([r.name, r.score, r.verdict.value, f.market or "", mscore, f.check, f.severity.label,
                             f.message, "yes" if f.accepted else ""])
            return rows or [[r.name, r.score, r.verdict.value, "", "", "", "", "", ""]]
        counts = [0] * len(Severity)
        accepted = 0
        for f in r.findings:
            if f.accepted:
                accepted += 1
            else:
                counts[f.severity] += 1
        worst = r.worst
        weakest = min(r.markets.items(), key=lambda item: item[1].score) if r.markets else None
        shown = [f for f in r.findings if not f.accepted and f.severity > Severity.INFO][:WORST_SHOWN]
        return [[r.name, r.score, r.verdict.value, worst.label if worst is not None else "",
                 *(counts[s] for s in (4, 3, 2, 1, 0)), accepted,
                 f"{weakest[0]} {weakest[1].score}" if weakest else "",
                 " | ".join(f"{f.severity.label} {f.market or 'all'}: {f.message}" for f in shown),
                 " | ".join(f.id for f in r.findings),
                 *(r.markets[t].score if t in r.markets else "" for t in self.markets)]]


def _csv_lines(rows: list[list]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    for cells in rows:
        # Names, messages and ids come from users and data: no cell may run as a spreadsheet formula.
        writer.writerow([csv_cell(c) for c in cells])
    return buf.getvalue()


def render_csv(reports: Sequence[Report], *, rows: str = "names", markets: Sequence[str] | None = None) -> str:
    """A header, then one row per name (``rows="names"``: counts by severity, the worst findings,
    every finding id and one score column per market) or one row per finding (``"findings"``; a
    name without findings has one row)."""
    layout = CsvLayout.of(reports, rows) if markets is None else CsvLayout(rows, markets)
    return layout.header() + "".join(layout.lines(r) for r in reports)


# | would end a table cell; < and > would open raw HTML in a Markdown viewer (names, brand
# registers and word-list glosses come from users); a backslash could undo an escape.
_md_escape = md_text


def render_markdown(reports: Sequence[Report], *, meta: Mapping[str, Any] | None = None) -> str:
    """Summary first (counts, the run, a table of names), then each name's section."""
    from .explain import default_meta, meta_items

    counts = {v: sum(1 for r in reports if r.verdict is v) for v in Verdict}
    out = [f"# brandcheck report: {len(reports)} name{'' if len(reports) == 1 else 's'}", "",
           "**" + " · ".join(f"{v.value} {counts[v]}" for v in Verdict) + "**", ""]
    out += [f"- {_md_escape(k)}: {_md_escape(v)}" for k, v in meta_items(default_meta(reports) if meta is None else meta)]
    out += ["", "| name | score | verdict | worst market | findings |", "|---|---:|---|---|---:|"]
    for r in reports:
        worst = min(r.markets.values(), key=lambda m: m.score, default=None)
        worst_txt = f"{_md_escape(worst.market)} ({worst.score})" if worst else ""
        out.append(f"| {_md_escape(r.name)} | {r.score} | {r.verdict.value} | {worst_txt} | {len(r.findings)} |")
    for r in reports:
        out += markdown_section(r)
    return "\n".join(out) + "\n"


def markdown_section(r: Report) -> list[str]:
    """One name's detail as Markdown lines, starting with a blank line and its ``##`` heading:
    how each market writes and reads it, findings as sentences with evidence and ids, nearest
    brands and why, domains and handles with links to check by hand."""
    from .explain import display_domain, domain_lookup_url, evidence_rows, fmt_number

    e = _md_escape
    out = ["", f"## {e(r.name)} — {r.score} ({r.verdict.value})", ""]
    if r.markets:
        roman = any(m.pronounceability and m.pronounceability.romanization for m in r.markets.values())
        out += ["| market | score | local form | " + ("romanisation | " if roman else "") + "reading |",
                "|---|---:|---|" + ("---|" if roman else "") + "---|"]
        for tag, m in r.markets.items():
            p = m.pronounceability
            cells = [e(tag), str(m.score), e(p.adapted) if p else ""]
            if roman:
                cells.append(e(p.romanization) if p else "")
            cells.append(e(p.local_reading or p.reading) if p else "")
            out.append("| " + " | ".join(cells) + " |")
    if r.findings:
        out += ["", "Findings:", ""]
        for f in r.findings:
            acc = " (accepted)" if f.accepted else ""
            out.append(f"- **{f.severity.label}**{acc} {e(f.market or 'every market')} — {e(f.message)} "
                       f"(id: {e(f.id)})")
            out += [f"  - {e(k)}: {e(v)}" for k, v in evidence_rows(f)]
    if r.similar_brands:
        out += ["", "| similar brand | sector | overall | why |", "|---|---|---:|---|"]
        out += [f"| {e(b.brand)} | {e(b.sector)} | {fmt_number(round(b.overall, 3))} | {e('; '.join(b.why))} |"
                for b in r.similar_brands]
    if r.availability.domains or r.availability.handles:
        out += ["", "| domain / handle | status | check by hand |", "|---|---|---|"]
        # Links as plain escaped text (a viewer links them): no autolink brackets, no raw URL markup.
        out += [f"| {e(display_domain(d.domain))} | {d.status.value} | {e(domain_lookup_url(d.domain))} |"
                for d in r.availability.domains]
        out += [f"| {e(h.platform)} @{e(h.handle)} | {h.status.value} | "
                + (f"{e(h.url)} |" if h.url.startswith(("https://", "http://")) else " |")
                for h in r.availability.handles]
    if r.checks_absent:
        out += ["", "Not checked: " + "; ".join(e(a) for a in r.checks_absent)]
    return out


def render_table(reports: Sequence[Report], *, color: bool = False, limit: int | None = TERMINAL_FINDINGS,
                 quiet: bool = False) -> str:
    """The terminal view: a summary line per name, its markets, the worst findings (``limit``;
    None = all) with low notes of markets sharing a language merged, then "N more (use --all)".
    ``quiet``: the summary line only. ANSI colour only when ``color`` (the CLI sets it on a TTY)."""
    lines: list[str] = []
    brief = limit is not None and len(reports) > BRIEF_AFTER
    for r in reports:
        lines += table_block(r, color=color, limit=min(limit, BRIEF_FINDINGS) if brief else limit, quiet=quiet,
                             brief=brief)
    return "\n".join(lines) + ("\n" if quiet and lines else "")


def table_block(r: Report, *, color: bool = False, limit: int | None = TERMINAL_FINDINGS,
                quiet: bool = False, brief: bool = False) -> list[str]:
    """One name's terminal lines, ending with a blank line (no blank line when ``quiet``);
    ``brief`` leaves out the markets, similar brands and availability lines."""
    from .explain import display_domain, merge_alike

    def paint(text: str, code: str) -> str:
        return f"{code}{text}{_RESET}" if color else text

    t = term_text  # names, register entries and server replies may hold ESC, BEL, CR…
    counts = [0] * len(Severity)
    for f in r.findings:
        if not f.accepted:
            counts[f.severity] += 1
    tally = ", ".join(f"{counts[s]} {s.label}" for s in reversed(Severity) if counts[s] and s > Severity.INFO)
    verdict = paint(r.verdict.value.upper(), _VERDICT_COLOR[r.verdict.value])
    weakest = min(r.markets.items(), key=lambda item: item[1].score) if r.markets else None
    head = f"{t(r.name)}  {r.score}/100  {verdict}"
    if weakest:
        head += f"  weakest {t(weakest[0])} {weakest[1].score}"
    head += f"  ({tally})" if tally else "  (no findings above info)"
    if quiet:
        return [head]
    lines = [head]
    if r.markets and not brief:
        cells = []
        for tag, m in r.markets.items():
            p = m.pronounceability
            local = f" {t(p.adapted)}" if p and p.adapted and p.adapted != r.name else ""
            cells.append(f"{t(tag)} {m.score}{local}")
        lines += textwrap.wrap("  ".join(cells), width=WIDTH, initial_indent="  markets  ",
                               subsequent_indent="           ", break_on_hyphens=False)
    shown = [f for f in r.findings if limit is None or f.severity > Severity.INFO]
    merged = merge_alike(shown)
    for item in merged if limit is None else merged[:limit]:
        f = item.finding
        sev = paint(f"{f.severity.label:<8}", _SEVERITY_COLOR[f.severity])
        acc = " [accepted]" if f.accepted else ""
        lines.append(f"  {sev} {t(item.where):<6} {t(f.message)}{acc}")
        if f.severity >= Severity.MEDIUM or limit is None:
            lines.append(f"           id: {t(' '.join(item.ids))}")
    hidden = (len(merged) - limit if limit is not None and len(merged) > limit else 0)
    infos = sum(1 for f in r.findings if f.severity == Severity.INFO) if limit is not None else 0
    if hidden or infos:
        more = [f"{hidden} more" if hidden else "", f"{infos} info notes" if infos else ""]
        lines.append(f"  … {' and '.join(x for x in more if x)} (use --all)")
    if brief:
        return lines + [""]
    if r.similar_brands:
        lines.append("  similar  " + ", ".join(f"{t(b.brand)} {b.overall:.2f}" for b in r.similar_brands[:3]))
    if r.availability.domains or r.availability.handles:
        def mark(s: Status) -> str:
            return {"available": "free", "taken": "taken", "unknown": "?", "invalid": "invalid"}[s.value]
        doms = [f"{t(display_domain(d.domain))}:{mark(d.status)}" for d in r.availability.domains]
        hands = [f"{t(h.platform)}:{mark(h.status)}" for h in r.availability.handles]
        cap = None if limit is None else 8
        for label, items in (("domains", doms), ("handles", hands)):
            if items:
                extra = f"  +{len(items) - cap} more" if cap and len(items) > cap else ""
                lines.append(f"  {label}  " + "  ".join(items[:cap]) + extra)
    for absent in r.checks_absent:
        lines.append(f"  (not checked: {t(absent)})")
    lines.append("")
    return lines
