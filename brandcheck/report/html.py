"""A self-contained HTML report a workshop can project and print.

One file with its CSS and a little vanilla JavaScript inline; it loads nothing from the network.
Summary first (go / caution / stop counts, date, version, markets, online or offline, settings),
then a sortable, filterable candidate × market heat map, an availability grid (names × TLDs and
names × platforms, each cell with a link a person can open to check by hand), then one card per
name: how every market writes and reads it (local form, romanisation, reading of that form), its
Chinese name proposals in zh / zh-TW, the findings as sentences with their evidence laid out, the
nearest brands and why. Every finding shows its id and an "accept" box; the page exports the
boxes ticked as a file ``--accept-file`` reads back (one id a line, ``#`` comments).

The page is complete without JavaScript (every row shown, best-first or input order); the script
only sorts, filters and exports. Every value from a name, a register, a word list or a server is
HTML-escaped.
"""

from __future__ import annotations

from html import escape
from typing import Any, Callable, Mapping, Sequence

from ..model import Finding, Report, Severity, Verdict, _heat_colour
from .explain import default_meta, display_domain, domain_lookup_url, evidence_rows, fmt_number, meta_items, tld_of

__all__ = ["CSS", "JS", "render_html", "render_heat_map", "render_availability", "render_card",
           "default_meta", "meta_table", "ChineseProposals"]

ChineseProposals = Callable[[Report], Sequence[Any]]
"""``report → ChineseName records`` shown in a card's zh / zh-TW sections."""

CSS = """
body{font-family:system-ui,sans-serif;margin:1.5rem;color:#222;line-height:1.35}
h1{margin:.2rem 0}h2{margin:1.4rem 0 .4rem}h3{margin:.8rem 0 .3rem;font-size:1rem}
table{border-collapse:collapse;margin:.5rem 0}
th,td{border:1px solid #ddd;padding:.25rem .45rem;text-align:left;vertical-align:top}
td.s{text-align:center;font-weight:600;color:#111}
.go{color:#176c2e}.caution{color:#a36a00}.stop{color:#b00020}
.sev-critical{background:#f7c6cc}.sev-high{background:#fbd9c9}.sev-medium{background:#fff0c2}
.sev-low{background:#e6f2fb}.sev-info{background:#f4f4f4}
.available{background:#d6f5dc}.taken{background:#f7c6cc}.unknown{background:#eee}.invalid{background:#ddd}
small,.muted{color:#666}code{font-size:.8em;color:#444}
.counts span{display:inline-block;margin-right:1rem;font-size:1.3rem;font-weight:600}
.bar{margin:.4rem 0;padding:.3rem 0}.bar input,.bar select{margin-right:.6rem}
#heat th{cursor:pointer;position:sticky;top:0;background:#f6f6f6}.markets td:nth-child(3){white-space:nowrap}
.card{border-top:2px solid #ccc;margin-top:1.2rem;padding-top:.2rem}
.f{border-left:4px solid #ccc;margin:.4rem 0;padding:.2rem .6rem}
.f.sev-critical{border-color:#b00020}.f.sev-high{border-color:#d9541e}.f.sev-medium{border-color:#d8a200}
.f.sev-low{border-color:#6aa6d6}.f.sev-info{border-color:#bbb}
.f p{margin:.1rem 0}.f dl{margin:.2rem 0;display:grid;grid-template-columns:max-content 1fr;gap:0 .8rem;font-size:.88rem}
.f dt{color:#666}.f dd{margin:0}.f label{font-size:.85rem;white-space:nowrap}
.f.accepted{opacity:.6}.sev{font-weight:600;text-transform:uppercase;font-size:.75rem;margin-right:.4rem}
#avail td a,.card td a{color:inherit}
#accept-bar{position:sticky;bottom:0;background:#fafafa;border-top:1px solid #ccc;padding:.4rem}
#accept-out{width:100%;height:6rem;font-family:monospace}
@media print{.bar,#accept-bar,input[type=checkbox]{display:none}body{margin:0}
a{color:inherit;text-decoration:none}#heat th{position:static}.card{break-inside:avoid-page}h2{break-after:avoid}}
"""

# Sorting and filtering of the heat map (and the cards with it), and the accept export. The page is
# complete without it.
JS = """
(function(){
var heat=document.getElementById('heat');
if(heat){var body=heat.tBodies[0],rows=[].slice.call(body.rows),q=document.getElementById('hq'),
vs=document.getElementById('hv'),n=document.getElementById('hn');
document.getElementById('hbar').hidden=false;
function show(){var s=q.value.toLowerCase(),w=vs.value,k=0;rows.forEach(function(r){
var on=(!w||r.dataset.verdict==w)&&r.dataset.name.indexOf(s)>=0;r.hidden=!on;k+=on;
var c=document.getElementById(r.dataset.card);if(c)c.hidden=!on});n.textContent=k+' of '+rows.length+' shown'}
q.oninput=show;vs.onchange=show;
[].forEach.call(heat.tHead.rows[0].cells,function(h,c){h.title='click to sort';h.onclick=function(){
var num=h.dataset.k=='n',d=h.d=h.d?-h.d:(num?-1:1);rows.forEach(function(r){var x=r.cells[c];
r.v=num?(x.dataset.v===undefined?-1:+x.dataset.v):x.textContent.toLowerCase()});
rows.sort(function(a,z){return a.v<z.v?-d:a.v>z.v?d:0});
var f=document.createDocumentFragment();rows.forEach(function(r){f.appendChild(r)});body.appendChild(f)}})}
var boxes=[].slice.call(document.querySelectorAll('input.acc')),out=document.getElementById('accept-out'),
cnt=document.getElementById('accept-n');
function ids(){var seen={},l=[];boxes.forEach(function(b){if(b.checked&&!seen[b.value]){seen[b.value]=1;l.push(b.value)}});
return l.sort()}
function text(){return '# brandcheck accepted findings: one finding id a line\\n# exported from '+document.title+
' on '+new Date().toISOString().slice(0,10)+'\\n# read back with: brandcheck check ... --accept-file FILE\\n'+
ids().map(function(i){return i+'\\n'}).join('')}
function sync(){if(cnt)cnt.textContent=ids().length;if(out)out.textContent=text()}
var key='brandcheck-accept:'+location.pathname+':'+document.title,saved={};
try{saved=JSON.parse(localStorage.getItem(key)||'{}')}catch(e){}
function mark(b,on){b.checked=on;var f=b.closest('.f');if(f)f.classList.toggle('accepted',on)}
boxes.forEach(function(b){if(Object.prototype.hasOwnProperty.call(saved,b.value))mark(b,!!saved[b.value])});
boxes.forEach(function(b){b.onchange=function(){boxes.forEach(function(o){if(o.value==b.value)mark(o,b.checked)});
saved[b.value]=b.checked;try{localStorage.setItem(key,JSON.stringify(saved))}catch(e){}sync()}});
var ex=document.getElementById('accept-export');
if(ex){document.getElementById('accept-bar').hidden=false;ex.onclick=function(){
var a=document.createElement('a');a.href=URL.createObjectURL(new Blob([text()],{type:'text/plain'}));
a.download='brandcheck-accept.txt';document.body.appendChild(a);a.click();a.remove()}}
sync()})();
"""


def _e(text: Any) -> str:
    return escape(str(text), quote=True)


def _heat(score: int) -> str:
    # Red (0) → amber (60) → green (100), readable on a projector and in print.
    return _heat_colour(score)


def _tags(reports: Sequence[Report]) -> list[str]:
    tags: list[str] = []
    for r in reports:
        for t in r.markets:
            if t not in tags:
                tags.append(t)
    return tags


# ---------------------------------------------------------------------------------------------
# Summary


def meta_table(meta: Mapping[str, Any]) -> str:
    items = meta_items(meta)
    if not items:
        return ""
    return "<table class=meta>" + "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in items) + "</table>"


def counts_html(verdicts: Mapping[Verdict, int]) -> str:
    return ("<p class=counts>" + "".join(f"<span class={v.value}>{v.value} {verdicts.get(v, 0)}</span>"
                                          for v in Verdict) + "</p>")


# ---------------------------------------------------------------------------------------------
# Heat map and availability grid


def render_heat_map(reports: Sequence[Report], anchors: Sequence[str]) -> str:
    """The candidate × market table (id ``heat``), sortable by any column and filterable by name
    and verdict; each name links to its card ``#anchor``."""
    tags = _tags(reports)
    out = ["<div class=bar id=hbar hidden>Filter <input id=hq type=search placeholder='name'> "
           "<select id=hv><option value=''>every verdict<option>go<option>caution<option>stop</select> "
           "<span id=hn></span></div>",
           "<table id=heat><thead><tr><th>name</th><th data-k=n>score</th><th>verdict</th><th data-k=n>findings</th>"]
    out += [f"<th data-k=n>{_e(t)}</th>" for t in tags]
    out.append("</tr></thead><tbody>")
    for r, anchor in zip(reports, anchors):
        v = r.verdict.value
        live = sum(1 for f in r.findings if not f.accepted and f.severity > Severity.INFO)
        out.append(f"<tr data-name='{_e(r.name.lower())}' data-verdict={v} data-card={anchor}>"
                   f"<td><a href='#{anchor}'>{_e(r.name)}</a></td><td class=s data-v={r.score}>{r.score}</td>"
                   f"<td class={v}>{v}</td><td class=s data-v={live}>{live}</td>")
        for t in tags:
            m = r.markets.get(t)
            if m is None:
                out.append("<td></td>")
                continue
            p = m.pronounceability
            tip = f" title='{_e(p.adapted)}'" if p and p.adapted != r.name else ""
            out.append(f"<td class=s data-v={m.score} style='background:{_heat(m.score)}'{tip}>{m.score}</td>")
        out.append("</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def render_availability(reports: Sequence[Report], anchors: Sequence[str] | None = None) -> str:
    """Names × TLDs and names × platforms (``<section id=avail>``), coloured by status; each cell
    links to a page a person can open to check by hand. Offline runs say so."""
    tlds: list[str] = []
    platforms: list[str] = []
    for r in reports:
        for d in r.availability.domains:
            t = tld_of(d.domain)
            if t not in tlds:
                tlds.append(t)
        for h in r.availability.handles:
            if h.platform not in platforms:
                platforms.append(h.platform)
    out = ["<section id=avail><h2>Availability</h2>"]
    if not tlds and not platforms:
        out.append("<p class=muted>Domains and handles were not looked up (offline run).</p></section>")
        return "".join(out)
    out.append("<p><small>available · taken · unknown (with the reason on hover) · invalid (breaks the "
               "platform's rules); a link opens a page to check by hand.</small></p>")
    anchors = anchors or [""] * len(reports)
    if tlds:
        out.append("<table class=grid id=avail-domains><thead><tr><th>name</th>"
                   + "".join(f"<th>.{_e(t)}</th>" for t in tlds) + "</tr></thead><tbody>")
        for r, a in zip(reports, anchors):
            cells: dict[str, list] = {}
            for d in r.availability.domains:
                cells.setdefault(tld_of(d.domain), []).append(d)
            out.append(f"<tr><td>{_name_link(r.name, a)}</td>")
            for t in tlds:
                found = cells.get(t, [])
                if not found:
                    out.append("<td></td>")
                    continue
                parts = [f"<a href='{_e(domain_lookup_url(d.domain))}' title='{_e(d.status.value + ': ' + d.reason)}'>"
                         f"{_e(display_domain(d.domain))}</a> <small>{d.status.value}</small>" for d in found]
                out.append(f"<td class={found[0].status.value}>" + "<br>".join(parts) + "</td>")
            out.append("</tr>")
        out.append("</tbody></table>")
    if platforms:
        out.append("<table class=grid id=avail-handles><thead><tr><th>name</th>"
                   + "".join(f"<th>{_e(p)}</th>" for p in platforms) + "</tr></thead><tbody>")
        for r, a in zip(reports, anchors):
            by = {h.platform: h for h in r.availability.handles}
            out.append(f"<tr><td>{_name_link(r.name, a)}</td>")
            for p in platforms:
                h = by.get(p)
                if h is None:
                    out.append("<td></td>")
                    continue
                label = f"@{_e(h.handle)}"
                if h.url.startswith(("https://", "http://")):
                    label = f"<a href='{_e(h.url)}'>{label}</a>"
                out.append(f"<td class={h.status.value} title='{_e(h.reason)}'>{label} <small>{h.status.value}</small></td>")
            out.append("</tr>")
        out.append("</tbody></table>")
    out.append("</section>")
    return "".join(out)


def _name_link(name: str, anchor: str) -> str:
    return f"<a href='#{anchor}'>{_e(name)}</a>" if anchor else _e(name)


# ---------------------------------------------------------------------------------------------
# Cards


def _finding(f: Finding) -> str:
    sev = f.severity.label
    where = _e(f.market or "every market")
    acc = " checked" if f.accepted else ""
    rows = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in evidence_rows(f))
    return (f"<div class='f sev-{sev}{' accepted' if f.accepted else ''}' data-id='{_e(f.id)}'>"
            f"<p><span class=sev>{sev}</span><b>{where}</b> — {_e(f.message)}</p>"
            + (f"<dl>{rows}</dl>" if rows else "")
            + f"<p><label><input type=checkbox class=acc value='{_e(f.id)}'{acc}> accept</label> "
              f"<code class=fid>{_e(f.id)}</code></p></div>")


def _proposals_html(found: Sequence[Any], traditional: bool) -> str:
    items = []
    for p in found:
        text = p.traditional if traditional and getattr(p, "traditional", "") else p.text
        warn = f" <small class=stop>⚠ {_e('; '.join(w.message for w in p.warnings))}</small>" if p.warnings else ""
        items.append(f"<li><b>{_e(text)}</b> <i>{_e(p.pinyin)}</i> — {_e(p.meaning)} "
                     f"<small>({_e(p.kind.value)}, score {fmt_number(p.score)})</small>{warn}</li>")
    return "<ul>" + "".join(items) + "</ul>"


def render_card(r: Report, anchor: str, *, chinese: Sequence[Any] | None = None) -> str:
    """One name's card (``<section class=card id=anchor>``): how each market writes and reads it,
    findings with evidence, ids and accept boxes, nearest brands, availability.

    ``chinese``: Chinese name proposals (``brandcheck.chinese_names`` records) shown under the zh
    and zh-TW rows."""
    v = r.verdict.value
    out = [f"<section class=card id='{_e(anchor)}' data-name='{_e(r.name.lower())}'>"
           f"<h2>{_e(r.name)} — {r.score} <span class={v}>{v}</span></h2>"]
    live = [f for f in r.findings if not f.accepted]
    worst = live[0] if live else None
    if worst is not None and worst.severity > Severity.INFO:
        out.append(f"<p>Worst: <b>{worst.severity.label}</b> in {_e(worst.market or 'every market')} — "
                   f"{_e(worst.message)}</p>")
    if r.markets:
        roman = any(m.pronounceability and m.pronounceability.romanization for m in r.markets.values())
        out.append("<h3>How each market writes and says it</h3><table class=markets><tr><th>market</th><th>score</th>"
                   "<th>local form</th>" + ("<th>romanisation</th>" if roman else "")
                   + "<th>reading (IPA)</th><th>notes</th></tr>")
        for t, m in r.markets.items():
            p = m.pronounceability
            if p is None:
                out.append(f"<tr><td>{_e(t)}</td><td class=s style='background:{_heat(m.score)}'>{m.score}</td>"
                           f"<td colspan={4 if roman else 3} class=muted>pronunciation not available</td></tr>")
                continue
            # The reading shown is the reading of the local form shown (カフェ・ノワール: kaɸenowaːɾɯ).
            reading = p.local_reading or p.reading
            out.append(f"<tr><td>{_e(t)}</td><td class=s style='background:{_heat(m.score)}'>{m.score}</td>"
                       f"<td lang='{_e(t)}'>{_e(p.adapted)}</td>" + (f"<td>{_e(p.romanization)}</td>" if roman else "")
                       + f"<td>{_e(reading)}</td><td><small>{_e('; '.join(p.notes))}</small></td></tr>")
            if chinese and t.split("-")[0] == "zh":
                out.append(f"<tr class=zh-names><td></td><td colspan={5 if roman else 4}>Chinese name proposals "
                           f"(for native review):{_proposals_html(chinese, t != 'zh')}</td></tr>")
        out.append("</table>")
    if r.findings:
        out.append(f"<h3>Findings ({len(r.findings)})</h3>")
        out += [_finding(f) for f in r.findings]
    else:
        out.append("<p>No findings.</p>")
    if r.similar_brands:
        out.append("<h3>Similar brands</h3><table><tr><th>brand</th><th>sector</th><th>overall</th><th>sight</th>"
                   "<th>sound</th><th>why it is close</th></tr>")
        for b in r.similar_brands:
            where = b.sector or (f"{b.mark.office} {b.mark.number}, {b.mark.status.value}" if b.mark else "")
            out.append(f"<tr><td>{_e(b.brand)}</td><td>{_e(where)}</td><td>{fmt_number(round(b.overall, 3))}</td>"
                       f"<td>{fmt_number(round(b.sight, 3))}</td><td>{fmt_number(round(b.sound, 3))}</td>"
                       f"<td>{_e('; '.join(b.why))}</td></tr>")
        out.append("</table>")
    if r.availability.domains or r.availability.handles:
        out.append("<h3>Domains and handles</h3><table><tr><th>domain / handle</th><th>status</th><th>reason</th></tr>")
        for d in r.availability.domains:
            out.append(f"<tr><td><a href='{_e(domain_lookup_url(d.domain))}'>{_e(display_domain(d.domain))}</a></td>"
                       f"<td class={d.status.value}>{d.status.value}</td><td><small>{_e(d.reason)}</small></td></tr>")
        for h in r.availability.handles:
            label = f"{_e(h.platform)}: @{_e(h.handle)}"
            if h.url.startswith(("https://", "http://")):
                label = f"<a href='{_e(h.url)}'>{label}</a>"
            out.append(f"<tr><td>{label}</td><td class={h.status.value}>{h.status.value}</td>"
                       f"<td><small>{_e(h.reason)}</small></td></tr>")
        out.append("</table>")
    if r.checks_absent:
        out.append("<p><small>Not checked: " + _e("; ".join(r.checks_absent)) + "</small></p>")
    out.append("</section>")
    return "".join(out)


def accept_bar() -> str:
    return ("<div id=accept-bar hidden><b><span id=accept-n>0</span></b> findings accepted. "
            "<button id=accept-export type=button>Export decisions</button> "
            "<small>saves brandcheck-accept.txt; run again with <code>--accept-file brandcheck-accept.txt</code></small>"
            "<details><summary>show the file</summary><textarea id=accept-out readonly></textarea></details></div>")


def chinese_for(report: Report, sector: str | None = None, k: int = 3) -> Sequence[Any]:
    """Chinese name proposals for a card, or nothing when the name has none or no zh market is asked."""
    if not any(t.split("-")[0] == "zh" for t in report.markets):
        return ()
    from ..errors import BrandcheckError
    from ..localnames.chinese import chinese_names

    try:
        return chinese_names(report.name, sector=sector, k=k)
    except (BrandcheckError, ValueError):
        return ()


def render_html(reports: Sequence[Report], *, meta: Mapping[str, Any] | None = None, title: str | None = None,
                chinese: bool = True, sector: str | None = None) -> str:
    """The full report: summary, heat map, availability grid and every name's card, in the order given.

    ``meta`` describes the run (``version``, ``date``, ``markets``, ``online``, ``settings``…;
    default: :func:`default_meta`); ``chinese`` adds Chinese name proposals to the zh / zh-TW
    rows (``sector`` weighs them)."""
    anchors = [f"n-{i}" for i in range(len(reports))]
    counts = dict.fromkeys(Verdict, 0)
    for r in reports:
        counts[r.verdict] += 1
    title = title or f"brandcheck report: {len(reports)} name{'' if len(reports) == 1 else 's'}"
    out = ["<!doctype html><html lang=en><head><meta charset=utf-8>",
           "<meta name=viewport content='width=device-width,initial-scale=1'>",
           f"<title>{_e(title)}</title><style>{CSS}</style></head><body>",
           f"<h1>{_e(title)}</h1>", counts_html(counts), meta_table(default_meta(reports) if meta is None else meta),
           "<h2>Heat map</h2>", render_heat_map(reports, anchors), render_availability(reports, anchors),
           "<h2>Names</h2>"]
    for r, a in zip(reports, anchors):
        out.append(render_card(r, a, chinese=chinese_for(r, sector) if chinese else None))
    out.append(accept_bar())
    out.append(f"<script>{JS}</script></body></html>\n")
    return "".join(out)
