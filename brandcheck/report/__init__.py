"""Renderers: the same reports as a terminal table, JSON, CSV, Markdown or a self-contained HTML page.

:func:`render` writes every report in full (``brandcheck check``); a :class:`Digest` writes a
summary row per name and full detail for a few, for screens of thousands of names.
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from ..model import Report
from .digest import Digest, parse_detail
from .html import render_html
from .text import TERMINAL_FINDINGS, render_csv, render_json, render_markdown, render_table

__all__ = ["FORMATS", "render", "Digest", "parse_detail"]

FORMATS = ("table", "json", "csv", "markdown", "html")


def render(reports: Sequence[Report], fmt: str, *, color: bool = False, meta: Mapping[str, Any] | None = None,
           csv_rows: str = "names", all_findings: bool = False, quiet: bool = False, sector: str | None = None) -> str:
    """Render reports in one of :data:`FORMATS`, in the order given.

    ``meta`` describes the run at the top of HTML and Markdown (default: today, this version, the
    reports' markets); ``csv_rows`` is ``names`` or ``findings``; the terminal ``table`` shows the
    worst findings of each name unless ``all_findings``, one line per name when ``quiet``;
    ``sector`` weighs the Chinese name proposals of the HTML cards."""
    if fmt == "json":
        return render_json(reports)
    if fmt == "csv":
        return render_csv(reports, rows=csv_rows)
    if fmt == "markdown":
        return render_markdown(reports, meta=meta)
    if fmt == "html":
        return render_html(reports, meta=meta, sector=sector)
    if fmt == "table":
        return render_table(reports, color=color, limit=None if all_findings else TERMINAL_FINDINGS, quiet=quiet)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
