"""Trademark registers: import office bulk files into an on-disk index and find the nearest marks.

``Register`` (store.py) is an SQLite file of :class:`~brandcheck.model.Mark` records with an
n-gram prefilter; parsers.py streams USPTO XML, WIPO ST.66 and CSV; classes.py holds the Nice
classes, sectors and related classes; status.py live/dead; offices.py the offices to search per
market.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__all__ = ["Register", "RegisterMatch", "ImportResult", "open_register", "FORMATS", "detect_format",
           "UnknownClassError", "parse_classes", "resolve_classes", "sector_classes", "relation", "import_files"]

# Each name is imported from its module on first use: every check reads the Nice classes
# (classes.py), while the parsers (XML, zip, the batch file readers) and the SQLite store are only
# for runs with a register.
_WHERE = {"UnknownClassError": "classes", "parse_classes": "classes", "relation": "classes",
          "resolve_classes": "classes", "sector_classes": "classes", "FORMATS": "parsers",
          "detect_format": "parsers", "ImportResult": "store", "Register": "store", "RegisterMatch": "store",
          "open_register": "store"}

if TYPE_CHECKING:  # pragma: no cover
    from .classes import UnknownClassError, parse_classes, relation, resolve_classes, sector_classes
    from .parsers import FORMATS, detect_format
    from .store import ImportResult, Register, RegisterMatch, open_register


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


def import_files(register: str, files, fmt: str | None = None, *, office: str = "", progress=None):
    """Import register files into ``register`` (created when missing); yields one
    :class:`ImportResult` per file. ``fmt`` None: each file's format is read from its content."""
    import os

    from .parsers import detect_format
    from .store import Register

    reg = Register(register, create=not os.path.exists(register)) if isinstance(register, str) else register
    try:
        for path in files:
            yield reg.import_file(path, fmt or detect_format(path), office=office, progress=progress)
    finally:
        reg.close()
