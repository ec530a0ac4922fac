"""Renderers: the same reports as a terminal table, JSON, CSV, Markdown or a self-contained HTML page.

:func:`render` writes every report in full (``brandcheck check``); a :class:`Digest` writes a
summary row per name and full detail for a few, for screens of thousands of names.
"""

from __future__ import annotations

from typing import Sequence

from ..model import Report
from .digest import Digest, parse_detail
from .html import render_html
from .text import render_csv, render_json, render_markdown, render_table

__all__ = ["FORMATS", "render", "Digest", "parse_detail"]

FORMATS = ("table", "json", "csv", "markdown", "html")


def render(reports: Sequence[Report], fmt: str, *, color: bool = False) -> str:
    """Render reports in one of :data:`FORMATS`."""
    if fmt == "json":
        return render_json(reports)
    if fmt == "csv":
        return render_csv(reports)
    if fmt == "markdown":
        return render_markdown(reports)
    if fmt == "html":
        return render_html(reports)
    if fmt == "table":
        return render_table(reports, color=color)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
