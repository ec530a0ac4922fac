"""HTML of the live workshop: the page, the candidate list and one card per candidate.

Pure functions from :class:`~brandcheck.workshop.store.Candidate` records to HTML text; every value
from a user or a report is escaped. Interactions are htmx attributes (``hx-post`` with
``hx-vals``); the CSRF token rides in ``hx-headers`` on ``<body>``.
"""

from __future__ import annotations

import json
from html import escape
from typing import Any, Iterable, Mapping, Sequence

from .store import Candidate

__all__ = ["page", "candidate_list", "card", "chinese_proposals", "SORTS", "sort_candidates"]

SORTS = ("added", "score", "name", "verdict")
_VERDICT_ORDER = {"go": 0, "caution": 1, "stop": 2, None: 3}
_SHOWN_FINDINGS = 12


def _attr(value: Any) -> str:
    return escape(str(value), quote=True)


def _vals(**values: Any) -> str:
    return _attr(json.dumps(values, ensure_ascii=False))


def sort_candidates(cands: Iterable[Candidate], sort: str) -> list[Candidate]:
    cands = list(cands)
    if sort == "score":
        return sorted(cands, key=lambda c: (c.score is None, -(c.score or 0), c.position))
    if sort == "name":
        return sorted(cands, key=lambda c: (c.name.casefold(), c.position))
    if sort == "verdict":
        return sorted(cands, key=lambda c: (_VERDICT_ORDER.get(c.verdict, 3), -(c.score or 0), c.position))
    return sorted(cands, key=lambda c: c.position)


def page(*, markets: Sequence[str], online: bool, csrf: str, body: str, path: str) -> str:
    """The whole page around the candidate list ``body``."""
    mode = "online" if online else "offline"
    sort_options = "".join(f"<option value='{s}'>{s}</option>" for s in SORTS)
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        "<meta name='htmx-config' content='{\"allowEval\": false, \"includeIndicatorStyles\": false}'>"
        "<title>brandcheck workshop</title><link rel='icon' href='data:,'><link rel='stylesheet' href='/static/workshop.css'>"
        "<script src='/static/htmx.min.js'></script><script src='/static/workshop.js'></script></head>"
        f"<body hx-headers='{_attr(json.dumps({'X-Brandcheck-Csrf': csrf}))}'>"
        "<header><h1>brandcheck workshop</h1>"
        f"<p class='meta'>markets {escape(', '.join(markets))} · {mode} · "
        f"<span title='{_attr(path)}'>{escape(path.rsplit('/', 1)[-1])}</span> · "
        "<a href='/export' download>export the report</a></p></header>"
        "<form id='add' hx-post='/names' hx-target='#list' hx-swap='innerHTML'>"
        "<label for='names'>Candidates (one a line, or separated by commas)</label>"
        "<textarea id='names' name='names' rows='3' placeholder='Zelvora, Lumora'></textarea>"
        "<button type='submit'>Screen</button></form>"
        "<div id='error' role='alert' hidden></div>"
        "<div class='tools'><label>Sort by <select name='sort' id='sort' hx-get='/candidates' "
        f"hx-trigger='change' hx-target='#list' hx-swap='innerHTML'>{sort_options}</select></label>"
        + f"</div><main id='list'>{body}</main></body></html>\n"
    )


def candidate_list(cands: Sequence[Candidate], *, chinese: bool = False) -> str:
    if not cands:
        return "<p class='empty'>No candidates yet: type some names above.</p>"
    return "".join(card(c, chinese=chinese) for c in cands)


def chinese_proposals(name: str, proposals: Sequence[Any], script: str) -> str:
    """Ranked Chinese names for ``name`` (``ChineseName`` records) as a small table."""
    if not proposals:
        return "<p class='none'>No Chinese proposal.</p>"
    rows = "".join(
        f"<tr><td class='zh'>{escape(p.shown(script))}</td><td>{escape(p.pinyin)}</td>"
        f"<td>{escape(p.meaning)}</td><td>{p.score:.2f}</td></tr>" for p in proposals)
    return (f"<table class='proposals' data-for='{_attr(name)}'><tr><th>Chinese name</th><th>pinyin</th>"
            f"<th>meaning</th><th>score</th></tr>{rows}</table>")


def card(c: Candidate, *, chinese: bool = False) -> str:
    """One candidate; a card whose report is not current asks to be screened as soon as it is shown."""
    ident = f"cand-{c.position}"
    head = f"<h2>{escape(c.name)}</h2>"
    if not c.current:
        return (f"<article class='card pending' id='{ident}' data-name='{_attr(c.name)}' hx-post='/screen' "
                f"hx-vals='{_vals(name=c.name)}' hx-trigger='load' hx-swap='outerHTML'>{head}"
                "<p class='screening'>screening…</p></article>")
    report: Mapping[str, Any] = c.report or {}
    verdict = str(report.get("verdict", ""))
    status = {"shortlisted": "<span class='badge shortlisted'>shortlisted</span>",
              "rejected": f"<span class='badge rejected'>rejected: {escape(c.reason)}</span>"}.get(c.status, "")
    seeds = f"<p class='seeds'>suggested from {escape(', '.join(c.seeds))}" + (
        f": {escape(str(c.suggestion.get('why', '')))}" if c.suggestion.get("why") else "") + "</p>" if c.seeds else ""
    out = [f"<article class='card {_attr(c.status)}' id='{ident}' data-name='{_attr(c.name)}' "
           f"data-score='{_attr(report.get('score', ''))}'>",
           f"<h2>{escape(c.name)} <span class='score {_attr(verdict)}'>{escape(str(report.get('score', '')))}"
           f" {escape(verdict)}</span> {status}</h2>", seeds, _markets(report), _findings(c, report),
           _actions(c, chinese), "<div class='chinese'></div></article>"]
    return "".join(out)


def _markets(report: Mapping[str, Any]) -> str:
    cells = []
    for tag, m in (report.get("markets") or {}).items():
        p = m.get("pronounceability") or {}
        local = f" <span class='local'>{escape(str(p.get('adapted', '')))}</span>" if p.get("adapted") else ""
        cells.append(f"<li><b>{escape(tag)}</b> {escape(str(m.get('score', '')))}{local}</li>")
    return f"<ul class='markets'>{''.join(cells)}</ul>"


def _findings(c: Candidate, report: Mapping[str, Any]) -> str:
    findings = list(report.get("findings") or ())
    if not findings:
        return "<p class='none'>No findings.</p>"
    rejected = set(c.rejected_findings)
    main, rest = [], []
    for f in findings:
        fid = str(f.get("id", ""))
        state = "accepted" if f.get("accepted") else "rejected" if fid in rejected else "open"
        sev = str(f.get("severity", ""))
        if state == "open":
            buttons = (_button("accept", "/finding", name=c.name, finding=fid, decision="accept")
                       + _button("reject", "/finding", name=c.name, finding=fid, decision="reject",
                                 title="the room confirms this is a real problem"))
        else:
            buttons = f"<em>{state}</em> " + _button("undo", "/finding", name=c.name, finding=fid, decision="undo")
        row = (f"<tr data-finding='{_attr(fid)}' data-state='{state}'>"
               f"<td class='sev-{_attr(sev)}'>{escape(sev)}</td><td>{escape(str(f.get('message', '')))}"
               f"<br><code>{escape(fid)}</code></td><td class='do'>{buttons}</td></tr>")
        # Notes (info) and a long tail fold away, so a projected card shows what the room must decide.
        (main if sev != "info" and len(main) < _SHOWN_FINDINGS else rest).append(row)
    out = f"<table class='findings'>{''.join(main)}</table>" if main else ""
    if rest:
        what = "notes" if len(main) < _SHOWN_FINDINGS else "findings"
        out += (f"<details><summary>{len(rest)} more {what}</summary>"
                f"<table class='findings'>{''.join(rest)}</table></details>")
    return out


def _button(label: str, url: str, *, title: str = "", **vals: Any) -> str:
    tip = f" title='{_attr(title)}'" if title else ""
    return (f"<button type='button' class='{_attr(label)}' hx-post='{url}' hx-vals='{_vals(**vals)}' "
            f"hx-target='closest article' hx-swap='outerHTML'{tip}>{escape(label)}</button>")


def _actions(c: Candidate, chinese: bool) -> str:
    out = ["<div class='actions'>"]
    if c.status != "shortlisted":
        out.append(_button("shortlist", "/decide", name=c.name, decision="shortlist"))
    if c.status != "open":
        out.append(_button("reopen", "/decide", name=c.name, decision="reopen"))
    if c.status != "rejected":
        out.append("<form class='reject' hx-post='/decide' hx-target='closest article' hx-swap='outerHTML'>"
                   f"<input type='hidden' name='name' value='{_attr(c.name)}'>"
                   "<input type='hidden' name='decision' value='reject'>"
                   "<input name='reason' placeholder='reason' required maxlength='200'>"
                   "<button type='submit'>reject</button></form>")
    out.append(f"<button type='button' class='alternatives' hx-post='/suggest' hx-vals='{_vals(name=c.name)}' "
               "hx-target='#list' hx-swap='innerHTML'>alternatives</button>")
    if chinese:
        out.append(f"<button type='button' class='chinese-names' hx-post='/chinese' hx-vals='{_vals(name=c.name)}' "
                   "hx-target='next .chinese' hx-swap='innerHTML'>Chinese names</button>")
    out.append("</div>")
    return "".join(out)
