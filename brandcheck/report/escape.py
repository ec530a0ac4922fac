"""Making text from users and data safe for each output: spreadsheets, Markdown, terminals.

Names, brand registers, word-list glosses and server replies end up in reports. Each renderer
passes every such string through the helper for its format, so none of them can run a formula
in a spreadsheet, open HTML or a table cell in Markdown, or move the cursor, retitle the window or
ring the bell in a terminal.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

__all__ = ["csv_cell", "csv_value", "md_text", "term_text"]

# A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection");
# the full-width forms are read as the same by some spreadsheet applications.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")

# Bidi controls can reorder what a terminal shows (a name that reads backwards, a hidden part).
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def csv_cell(value: Any) -> Any:
    """``value`` for a CSV cell: one line without control characters (a bare CR is not quoted by
    the csv module and would start a new row in a spreadsheet), and text that a spreadsheet would
    run as a formula gets a leading ``'`` (shown as text); numbers and other values pass unchanged."""
    if not isinstance(value, str):
        return value
    text = term_text(value)
    if text.lstrip(" ").startswith(_FORMULA_START):
        return "'" + text
    return text


def csv_value(cell: str) -> str:
    """The text :func:`csv_cell` wrote into a cell (its formula guard taken off), for reading a
    brandcheck CSV back (``--resume``)."""
    if cell.startswith("'") and cell[1:].lstrip(" ").startswith(_FORMULA_START):
        return cell[1:]
    return cell


_MD_SPECIAL = re.compile(r"([\\|<>*_`\[\]])")


def md_text(text: object) -> str:
    """Text for a Markdown paragraph or table cell: one line, control characters dropped, and
    every character that could start markup, HTML, an entity, a link or a cell border escaped."""
    plain = " ".join(term_text(text).split())
    return _MD_SPECIAL.sub(r"\\\1", plain)


def term_text(text: object) -> str:
    """Text for a terminal: C0/C1 control characters (ESC, BEL, CR, backspace…), DEL and bidi
    controls removed; line breaks and tabs become spaces."""
    return _strip_controls(str(text).replace("\n", " ").replace("\t", " ").replace("\r", " "))


def _strip_controls(text: str) -> str:
    if text.isprintable() and not any(c in _BIDI for c in text):
        return text
    return "".join(c for c in text if c not in _BIDI and unicodedata.category(c) != "Cc")
