"""Plain-text renderers: JSON, CSV, Markdown and the terminal table."""

from __future__ import annotations

import csv
import io
import json
from typing import Sequence

from ..model import Report, Severity, Status
from .escape import csv_cell, md_text, term_text

__all__ = ["render_json", "render_csv", "render_markdown", "render_table", "markdown_section", "table_block"]

_SEVERITY_COLOR = {
    Severity.INFO: "\033[2m", Severity.LOW: "\033[36m", Severity.MEDIUM: "\033[33m",
    Severity.HIGH: "\033[31m", Severity.CRITICAL: "\033[1;31m",
}
_VERDICT_COLOR = {"go": "\033[32m", "caution": "\033[33m", "stop": "\033[1;31m"}
_RESET = "\033[0m"


def render_json(reports: Sequence[Report]) -> str:
    """Always an array, one object per name, in input order."""
    return json.dumps([r.to_dict() for r in reports], ensure_ascii=False, indent=2) + "\n"


def render_csv(reports: Sequence[Report]) -> str:
    """One row per finding (and one row for a name without findings), spreadsheet-friendly."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["name", "score", "verdict", "market", "market_score", "check", "severity", "message",
                     "accepted"])

    def row(cells: list) -> None:
        # Names and messages come from users and data: no cell may run as a spreadsheet formula.
        writer.writerow([csv_cell(c) for c in cells])

    for r in reports:
        rows = 0
        for f in r.findings:
            mscore = r.markets[f.market].score if f.market in r.markets else ""
            row([r.name, r.score, r.verdict.value, f.market or "", mscore, f.check, f.severity.label,
                 f.message, "yes" if f.accepted else ""])
            rows += 1
        if not rows:
            row([r.name, r.score, r.verdict.value, "", "", "", "", "", ""])
    return buf.getvalue()


# | would end a table cell; < and > would open raw HTML in a Markdown viewer (names, brand
# registers and word-list glosses come from users); a backslash could undo an escape.
_md_escape = md_text


def render_markdown(reports: Sequence[Report]) -> str:
    """A Markdown summary table, then each name's findings and nearest brands."""
    out = ["| name | score | verdict | worst market | findings |", "|---|---:|---|---|---:|"]
    for r in reports:
        worst = min(r.markets.values(), key=lambda m: m.score, default=None)
        worst_txt = f"{worst.market} ({worst.score})" if worst else ""
        out.append(f"| {_md_escape(r.name)} | {r.score} | {r.verdict.value} | {worst_txt} | {len(r.findings)} |")
    for r in reports:
        out += markdown_section(r)
    return "\n".join(out) + "\n"


def markdown_section(r: Report) -> list[str]:
    """One name's detail as Markdown lines, starting with a blank line and its ``##`` heading."""
    out = ["", f"## {_md_escape(r.name)} — {r.score} ({r.verdict.value})", ""]
    if r.markets:
        out += ["| market | score | reading | local form |", "|---|---:|---|---|"]
        for tag, m in r.markets.items():
            p = m.pronounceability
            out.append(f"| {_md_escape(tag)} | {m.score} | {_md_escape(p.reading) if p else ''} | "
                       f"{_md_escape(p.adapted) if p else ''} |")
    if r.findings:
        out += ["", "| severity | market | check | finding |", "|---|---|---|---|"]
        for f in r.findings:
            acc = " (accepted)" if f.accepted else ""
            out.append(f"| {f.severity.label}{acc} | {_md_escape(f.market or 'all')} | {_md_escape(f.check)} | "
                       f"{_md_escape(f.message)} |")
    if r.similar_brands:
        out += ["", "Nearest brands: " + ", ".join(f"{_md_escape(b.brand)} ({b.overall:.2f})"
                                                   for b in r.similar_brands)]
    taken = [d for d in r.availability.domains] + [h for h in r.availability.handles]
    if taken:
        out += ["", "Availability: " + ", ".join(
            f"{_md_escape(getattr(x, 'domain', None) or x.platform)} {x.status.value}" for x in taken)]
    if r.checks_absent:
        out += ["", "Not checked: " + "; ".join(_md_escape(a) for a in r.checks_absent)]
    return out


def render_table(reports: Sequence[Report], *, color: bool = False) -> str:
    """A compact terminal view; ANSI colour only when ``color`` (the CLI sets it on a TTY)."""
    lines: list[str] = []
    for r in reports:
        lines += table_block(r, color=color)
    return "\n".join(lines)


def table_block(r: Report, *, color: bool = False) -> list[str]:
    """One name's terminal lines, ending with a blank line."""

    def paint(text: str, code: str) -> str:
        return f"{code}{text}{_RESET}" if color else text

    t = term_text  # names, register entries and server replies may hold ESC, BEL, CR…
    lines: list[str] = []
    verdict = paint(r.verdict.value.upper(), _VERDICT_COLOR[r.verdict.value])
    lines.append(f"{t(r.name)}  score {r.score}/100  {verdict}")
    if r.markets:
        cells = []
        for tag, m in r.markets.items():
            p = m.pronounceability
            local = f" {t(p.adapted)}" if p and p.adapted and p.adapted != r.name else ""
            cells.append(f"{t(tag)}:{m.score}{local}")
        lines.append("  markets  " + "  ".join(cells))
    for f in r.findings:
        sev = paint(f"{f.severity.label:<8}", _SEVERITY_COLOR[f.severity])
        acc = " [accepted]" if f.accepted else ""
        lines.append(f"  {sev} {t(f.market or 'all'):<6} {t(f.message)}{acc}")
    if r.similar_brands:
        lines.append("  similar  " + ", ".join(f"{t(b.brand)} {b.overall:.2f}" for b in r.similar_brands[:5]))
    if r.availability.domains or r.availability.handles:
        def mark(s: Status) -> str:
            return {"available": "free", "taken": "taken", "unknown": "?", "invalid": "invalid"}[s.value]
        doms = "  ".join(f"{t(d.domain)}:{mark(d.status)}" for d in r.availability.domains)
        hands = "  ".join(f"{t(h.platform)}:{mark(h.status)}" for h in r.availability.handles)
        if doms:
            lines.append("  domains  " + doms)
        if hands:
            lines.append("  handles  " + hands)
    for absent in r.checks_absent:
        lines.append(f"  (not checked: {t(absent)})")
    lines.append("")
    return lines
