"""Trademark registers: import office bulk files into an on-disk index and find the nearest marks.

``Register`` (store.py) is an SQLite file of :class:`~brandcheck.model.Mark` records with an
n-gram prefilter; parsers.py streams USPTO XML, WIPO ST.66 and CSV; classes.py holds the Nice
classes, sectors and related classes; status.py live/dead; offices.py the offices to search per
market.
"""

from __future__ import annotations

from .classes import UnknownClassError, parse_classes, relation, resolve_classes, sector_classes
from .parsers import FORMATS, detect_format
from .store import ImportResult, Register, RegisterMatch, open_register

__all__ = ["Register", "RegisterMatch", "ImportResult", "open_register", "FORMATS", "detect_format",
           "UnknownClassError", "parse_classes", "resolve_classes", "sector_classes", "relation", "import_files"]


def import_files(register: str, files, fmt: str | None = None, *, office: str = "", progress=None):
    """Import register files into ``register`` (created when missing); yields one
    :class:`ImportResult` per file. ``fmt`` None: each file's format is read from its content."""
    import os

    reg = Register(register, create=not os.path.exists(register)) if isinstance(register, str) else register
    try:
        for path in files:
            yield reg.import_file(path, fmt or detect_format(path), office=office, progress=progress)
    finally:
        reg.close()
