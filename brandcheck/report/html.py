"""A self-contained HTML report a workshop can project: heat map, findings, availability grid.

No external assets, no scripts: one file that opens anywhere. Every value is HTML-escaped.
"""

from __future__ import annotations

from html import escape
from typing import Sequence

from ..model import Report

__all__ = ["CSS", "render_html", "render_heat_map", "render_card"]

CSS = """
body{font-family:system-ui,sans-serif;margin:2rem;color:#222}
table{border-collapse:collapse;margin:1rem 0}
th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
td.s{text-align:center;font-weight:600;color:#111}
.go{color:#176c2e}.caution{color:#a36a00}.stop{color:#b00020}
.sev-critical{background:#f7c6cc}.sev-high{background:#fbd9c9}.sev-medium{background:#fff0c2}
.sev-low{background:#e6f2fb}.sev-info{background:#f4f4f4}
.available{background:#d6f5dc}.taken{background:#f7c6cc}.unknown{background:#eee}.invalid{background:#ddd}
small{color:#666}
"""


def _heat(score: int) -> str:
    # Red (0) → amber (60) → green (100), readable on a projector.
    if score >= 80:
        return "#b9e6c1"
    if score >= 60:
        return "#e9f0b0"
    if score >= 40:
        return "#fbd9a5"
    return "#f5b5b5"


def render_heat_map(reports: Sequence[Report], anchors: Sequence[str]) -> str:
    """The candidate × market table; each name links to ``#anchor`` (one per report)."""
    tags: list[str] = []
    for r in reports:
        for t in r.markets:
            if t not in tags:
                tags.append(t)
    out = ["<table><tr><th>name</th><th>score</th><th>verdict</th>"]
    out += [f"<th>{escape(t)}</th>" for t in tags]
    out.append("</tr>")
    for r, anchor in zip(reports, anchors):
        v = r.verdict.value
        out.append(f"<tr><td><a href='#{anchor}'>{escape(r.name)}</a></td><td class='s'>{r.score}</td>"
                   f"<td class='{v}'>{v}</td>")
        for t in tags:
            m = r.markets.get(t)
            out.append(f"<td class='s' style='background:{_heat(m.score)}'>{m.score}</td>" if m else "<td></td>")
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def render_card(r: Report, anchor: str) -> str:
    """One name's detail: pronunciations, findings, similar brands, availability (heading ``id=anchor``)."""
    out = [f"<h2 id='{anchor}'>{escape(r.name)} — {r.score} "
           f"<span class='{r.verdict.value}'>{r.verdict.value}</span></h2>"]
    if any(m.pronounceability for m in r.markets.values()):
        out.append("<table><tr><th>market</th><th>score</th><th>reading (IPA)</th><th>local form</th>"
                   "<th>notes</th></tr>")
        for t, m in r.markets.items():
            p = m.pronounceability
            if p:
                out.append(f"<tr><td>{escape(t)}</td><td class='s'>{p.score}</td><td>{escape(p.reading)}</td>"
                           f"<td>{escape(p.adapted)}</td><td>{escape('; '.join(p.notes))}</td></tr>")
        out.append("</table>")
    if r.findings:
        out.append("<table><tr><th>severity</th><th>market</th><th>check</th><th>finding</th><th>evidence</th></tr>")
        for f in r.findings:
            ev = ", ".join(f"{escape(str(k))}: {escape(str(v))}" for k, v in f.evidence.items())
            acc = " <small>(accepted)</small>" if f.accepted else ""
            out.append(f"<tr class='sev-{f.severity.label}'><td>{f.severity.label}{acc}</td>"
                       f"<td>{escape(f.market or 'all')}</td><td>{escape(f.check)}</td>"
                       f"<td>{escape(f.message)}</td><td><small>{ev}</small></td></tr>")
        out.append("</table>")
    else:
        out.append("<p>No findings.</p>")
    if r.similar_brands:
        out.append("<table><tr><th>similar brand</th><th>sector</th><th>overall</th><th>sight</th><th>sound</th>"
                   "<th>why</th></tr>")
        for b in r.similar_brands:
            where = b.sector or (f"{b.mark.office} {b.mark.number}, {b.mark.status.value}" if b.mark else "")
            out.append(f"<tr><td>{escape(b.brand)}</td><td>{escape(where)}</td><td>{b.overall:.2f}</td>"
                       f"<td>{b.sight:.2f}</td><td>{b.sound:.2f}</td><td>{escape('; '.join(b.why))}</td></tr>")
        out.append("</table>")
    items = [(d.domain, d.status.value, d.reason) for d in r.availability.domains] + \
            [(f"{h.platform}: {h.handle}", h.status.value, h.reason) for h in r.availability.handles]
    if items:
        out.append("<table><tr><th>domain / handle</th><th>status</th><th>reason</th></tr>")
        out += [f"<tr><td>{escape(a)}</td><td class='{s}'>{s}</td><td><small>{escape(why)}</small></td></tr>"
                for a, s, why in items]
        out.append("</table>")
    if r.checks_absent:
        out.append("<p><small>Not checked: " + escape("; ".join(r.checks_absent)) + "</small></p>")
    return "".join(out)


def render_html(reports: Sequence[Report]) -> str:
    """The full report: heat map of every name, then every name's card."""
    anchors = [f"n-{i}" for i in range(len(reports))]
    out = ["<!doctype html><html lang='en'><head><meta charset='utf-8'>",
           "<title>brandcheck report</title>", f"<style>{CSS}</style></head><body>",
           "<h1>brandcheck report</h1>", "<h2>Heat map</h2>", render_heat_map(reports, anchors)]
    out += [render_card(r, a) for r, a in zip(reports, anchors)]
    out.append("</body></html>\n")
    return "".join(out)
