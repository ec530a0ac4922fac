"""The dossier as self-contained, printable HTML, as Markdown (every value escaped) and as JSON."""

from __future__ import annotations

import datetime
import html
import json
import urllib.parse

from ..report.escape import md_text
from .build import Dossier, NameDossier

__all__ = ["render_dossier", "DOSSIER_FORMATS"]

DOSSIER_FORMATS = ("html", "markdown", "json")


def render_dossier(dossier: Dossier, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(dossier.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "markdown":
        return _markdown(dossier)
    if fmt == "html":
        return _html(dossier)
    raise ValueError(f"unknown dossier format {fmt!r}")


def _classes_line(d: NameDossier) -> str:
    if not d.classes:
        return "no Nice classes given (marks are not weighed by class)"
    return "; ".join(f"{c} ({h})" for c, h in zip(d.classes, d.class_headings))


def _safe_url(url: str) -> str:
    """Only http(s) links go into a document; anything else is dropped."""
    parts = urllib.parse.urlsplit(url)
    return url if parts.scheme in ("http", "https") and parts.netloc else ""


# ---- Markdown -------------------------------------------------------------------------------------

def _md_link(label: str, url: str) -> str:
    url = _safe_url(url)
    if not url:
        return md_text(label)
    # <…> keeps spaces and parentheses in the address from ending the link; < > are never in a quoted URL
    return f"[{md_text(label)}](<{url.replace('<', '%3C').replace('>', '%3E')}>)"


def _markdown(dossier: Dossier) -> str:
    out = [f"# Trademark clearance dossier — {md_text(', '.join(n.name for n in dossier.names))}", "",
           f"> **{md_text(dossier.disclaimer)}**", "",
           f"Markets: {md_text(', '.join(dossier.markets))} · "
           f"Registers searched: {md_text(', '.join(dossier.registers) or 'none (bundled well-known brands only)')} · "
           f"Prepared {datetime.date.today().isoformat()} by brandcheck", ""]
    for d in dossier.names:
        out += [f"## {md_text(d.name)}", "", f"Classes: {md_text(_classes_line(d))}", "",
                "### Summary risk per market", "",
                "| market | marks | meaning | descriptive | overall | nearest mark there |",
                "|---|---|---|---|---|---|"]
        for r in d.markets:
            out.append(f"| {md_text(r.market)} ({md_text(r.name)}) | {r.marks} | {r.meaning} | {r.descriptive} | "
                       f"**{r.overall}** | {md_text(r.nearest or '—')} |")
        out += ["", "### Offices to search", ""]
        for r in d.markets:
            out.append(f"- **{md_text(r.market)}**: " + "; ".join(
                _md_link(o.office + (" (search prefilled)" if o.prefilled else ""), o.url)
                + ("" if o.prefilled else f" — {md_text(o.instruction)}") for o in r.offices))
        out += ["", "### Nearest marks", ""]
        if not d.near:
            out.append("No bundled brand or register mark comes close.")
        for n in d.near:
            m = n.match
            head = f"**{md_text(m.brand)}**"
            if m.mark is not None:
                mk = m.mark
                ident = f"{mk.office} {mk.number}"
                head += (f" — {_md_link(ident, n.link) if n.link else md_text(ident)}, classes "
                         f"{md_text(','.join(map(str, mk.classes)) or '—')}, {mk.status.value} "
                         f"({md_text(mk.status_code)}), owner {md_text(mk.owner or '—')}, filed {md_text(mk.filed or '—')}")
            else:
                head += (f" — well-known brand (bundled list), {md_text(m.sector or '—')}, classes "
                         f"{md_text(','.join(map(str, m.nice_classes)) or '—')}")
            out += [f"- {head}; overall **{m.overall:.2f}**"]
            out += [f"  - {f.name}: {f.score:.2f} — {md_text(f.sentence)}" for f in n.factors]
        out += ["", "### Descriptiveness and common-word evidence", ""]
        out += [f"- {md_text(w.market)} ({md_text(w.language)}): {md_text(w.sentence)}" for w in d.words]
        out += ["", "### Meaning findings", ""]
        out += [f"- {md_text(f.market or 'all')} · {f.severity.label} · {md_text(f.message)}" for f in d.meanings] \
            or ["- none"]
        if d.chinese is not None:
            c = d.chinese
            out += ["", "### Chinese name (a proposal, not a chosen name)", "",
                    f"{md_text(c.text)} ({md_text(c.traditional)}) — {md_text(c.pinyin)} — "
                    f"{md_text(' · '.join(c.glosses))}: proposed by brandcheck's Chinese namer for the sound and "
                    f"meaning; have it checked by native speakers and searched at CNIPA before use."]
        out.append("")
    out += ["---", "", md_text(dossier.disclaimer), ""]
    return "\n".join(out)


# ---- HTML -----------------------------------------------------------------------------------------

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d232a;margin:2em auto;max-width:980px;padding:0 1em}
h1{font-size:1.6em;margin:.2em 0}h2{font-size:1.35em;border-bottom:2px solid #1d232a;margin-top:2em;padding-bottom:.2em}
h3{font-size:1.05em;margin:1.4em 0 .4em;text-transform:uppercase;letter-spacing:.04em;color:#4a5560}
.legal{border:2px solid #8a5a00;background:#fff8e6;padding:.7em 1em;border-radius:6px;font-weight:600}
.meta{color:#4a5560}table{border-collapse:collapse;width:100%;margin:.3em 0}
th,td{border:1px solid #c9d1d9;padding:.3em .5em;text-align:left;vertical-align:top}th{background:#eef1f4}
.lv{font-weight:700;text-align:center}.none{background:#e6f4ea}.low{background:#fdf6d8}.medium{background:#fde4c8}
.high{background:#f9d0d0}.mark{border:1px solid #c9d1d9;border-radius:6px;padding:.5em .8em;margin:.6em 0;break-inside:avoid}
.mark .score{float:right;font-weight:700}.factors td:first-child{width:11em}.dead{color:#6b7280}
.zh{font-size:1.4em}a{color:#0b5cad}ul{margin:.3em 0}
@media print{body{margin:0;max-width:none;font-size:11px}h2{break-before:page}h2:first-of-type{break-before:auto}
a{color:inherit}a[href]::after{content:" <" attr(href) ">";font-size:.8em;color:#4a5560;word-break:break-all}}
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _a(label: str, url: str) -> str:
    url = _safe_url(url)
    return f'<a href="{_e(url)}" rel="noopener noreferrer">{_e(label)}</a>' if url else _e(label)


def _lv(level: str) -> str:
    return f'<td class="lv {level}">{level}</td>'


def _html(dossier: Dossier) -> str:
    names = ", ".join(n.name for n in dossier.names)
    body = [f"<h1>Trademark clearance dossier — {_e(names)}</h1>",
            f'<p class="legal">{_e(dossier.disclaimer)}</p>',
            f'<p class="meta">Markets: {_e(", ".join(dossier.markets))} · Registers searched: '
            f'{_e(", ".join(dossier.registers) or "none (bundled well-known brands only)")} · Prepared '
            f'{datetime.date.today().isoformat()} by brandcheck</p>']
    for d in dossier.names:
        body += [f"<h2>{_e(d.name)}</h2>", f"<p><b>Classes:</b> {_e(_classes_line(d))}</p>",
                 "<h3>Summary risk per market</h3>",
                 "<table><tr><th>Market</th><th>Marks</th><th>Meaning</th><th>Descriptive</th><th>Overall</th>"
                 "<th>Nearest mark there</th></tr>"]
        for r in d.markets:
            body.append(f"<tr><td>{_e(r.market)} ({_e(r.name)})</td>{_lv(r.marks)}{_lv(r.meaning)}"
                        f"{_lv(r.descriptive)}{_lv(r.overall)}<td>{_e(r.nearest or '—')}</td></tr>")
        body += ["</table>", "<h3>Offices to search</h3>", "<table><tr><th>Market</th><th>Office</th><th>How</th></tr>"]
        for r in d.markets:
            for i, o in enumerate(r.offices):
                first = f'<td rowspan="{len(r.offices)}">{_e(r.market)}</td>' if i == 0 else ""
                how = "Search link carries the name." if o.prefilled else o.instruction
                body.append(f"<tr>{first}<td>{_a(o.name, o.url)}</td><td>{_e(how)}</td></tr>")
        body += ["</table>", "<h3>Nearest marks</h3>"]
        if not d.near:
            body.append("<p>No bundled brand or register mark comes close.</p>")
        for n in d.near:
            m = n.match
            dead = m.mark is not None and m.mark.status.value == "dead"
            if m.mark is not None:
                mk = m.mark
                ident = f"{mk.office} {mk.number}"
                info = (f"{_a(ident, n.link) if n.link else _e(ident)} · classes {_e(','.join(map(str, mk.classes)) or '—')}"
                        f" · <b>{_e(mk.status.value)}</b> ({_e(mk.status_code)}) · owner {_e(mk.owner or '—')}"
                        f" · filed {_e(mk.filed or '—')}" + (f" · registered {_e(mk.registered)}" if mk.registered else ""))
            else:
                info = (f"well-known brand (bundled list) · {_e(m.sector or '—')} · classes "
                        f"{_e(','.join(map(str, m.nice_classes)) or '—')}")
            rows = "".join(f"<tr><td>{_e(f.name)}</td><td>{f.score:.2f}</td><td>{_e(f.sentence)}</td></tr>"
                           for f in n.factors)
            body.append(f'<div class="mark{" dead" if dead else ""}"><span class="score">{m.overall:.2f}</span>'
                        f"<b>{_e(m.brand)}</b><br>{info}<table class=\"factors\">{rows}</table></div>")
        body += ["<h3>Descriptiveness and common-word evidence</h3>", "<ul>"]
        body += [f"<li><b>{_e(w.market)}</b> ({_e(w.language)}): {_e(w.sentence)}</li>" for w in d.words]
        body += ["</ul>", "<h3>Meaning findings</h3>", "<ul>"]
        body += [f"<li><b>{_e(f.market or 'all')}</b> · {_e(f.severity.label)} · {_e(f.message)}</li>"
                 for f in d.meanings] or ["<li>none</li>"]
        body.append("</ul>")
        if d.chinese is not None:
            c = d.chinese
            body += ["<h3>Chinese name — a proposal, not a chosen name</h3>",
                     f'<p><span class="zh">{_e(c.text)}</span> ({_e(c.traditional)}) · {_e(c.pinyin)} · '
                     f"{_e(' · '.join(c.glosses))}<br>Proposed by brandcheck's Chinese namer for sound and meaning; "
                     f"have it checked by native speakers and searched at CNIPA before use.</p>"]
    body.append(f'<p class="legal">{_e(dossier.disclaimer)}</p>')
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Dossier — {_e(names)}"
            f"</title><style>{_CSS}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n")
