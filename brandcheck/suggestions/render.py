"""``brandcheck suggest`` output: a terminal table, JSON, CSV or Markdown."""

from __future__ import annotations

import csv
import io
import json
from typing import Sequence

from .model import Suggestion

__all__ = ["render", "FORMATS"]

FORMATS = ("table", "json", "csv", "markdown")


def _source(s: Suggestion) -> str:
    """What it repairs, or where it comes from."""
    if s.repairs:
        shown = ", ".join(s.repairs[:3]) + (f" (+{len(s.repairs) - 3})" if len(s.repairs) > 3 else "")
        return f"repairs {shown}"
    if s.origin:
        return "from " + " × ".join(s.origin)
    return "coined" if s.kind == "coined" else "from your keywords"


def _table(items: Sequence[Suggestion], seeds: Sequence[str], markets: Sequence[str]) -> str:
    shown = ", ".join(markets) if len(markets) <= 6 else f"{', '.join(markets[:6])}… ({len(markets)} markets)"
    head = f"Suggestions for {', '.join(seeds)} in {shown}"
    lines = [head, ""]
    width = max((len(s.name) for s in items), default=4)
    for i, s in enumerate(items, 1):
        mark = f"{i:>3}." if s.dropped is None else "  -"
        lines.append(f"{mark} {s.score:>3}  {s.kind:<7}  {s.name:<{width}}  {_source(s)} — {s.why}")
        if s.dropped is not None:
            lines.append(f"{'':>5}dropped: {s.dropped}")
    kept = sum(s.dropped is None for s in items)
    lines += ["", f"{kept} suggestion{'s' if kept != 1 else ''}, each screened offline in every market "
                  f"(score 0–100, as `brandcheck check` scores)."]
    return "\n".join(lines) + "\n"


def _markdown(items: Sequence[Suggestion], seeds: Sequence[str], markets: Sequence[str]) -> str:
    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    lines = [f"## Suggestions for {cell(', '.join(seeds))} ({cell(', '.join(markets))})", "",
             "| # | name | score | kind | repairs / from | why | dropped |", "|---|---|---|---|---|---|---|"]
    for i, s in enumerate(items, 1):
        lines.append(f"| {i} | {cell(s.name)} | {s.score} | {s.kind} | {cell(_source(s))} | {cell(s.why)} | "
                     f"{cell(s.dropped or '')} |")
    return "\n".join(lines) + "\n"


def _csv(items: Sequence[Suggestion]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["rank", "name", "score", "verdict", "kind", "origin", "repairs", "why", "dropped"])
    for i, s in enumerate(items, 1):
        w.writerow([i, s.name, s.score, s.report.verdict.value, s.kind, " ".join(s.origin), " ".join(s.repairs),
                    s.why, s.dropped or ""])
    return buf.getvalue()


def render(items: Sequence[Suggestion], fmt: str, *, seeds: Sequence[str], markets: Sequence[str],
           seed: int = 0) -> str:
    """The suggestions in one of :data:`FORMATS`."""
    if fmt == "json":
        doc = {"seeds": list(seeds), "markets": list(markets), "seed": seed,
               "suggestions": [s.to_dict() for s in items]}
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        return _csv(items)
    if fmt == "markdown":
        return _markdown(items, seeds, markets)
    return _table(items, seeds, markets)
