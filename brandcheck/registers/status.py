"""Live or dead: the office's status code or text looked up in ``wordlists/trademarks/status.tsv``.

Codes are listed one by one, not as ranges (USPTO's 6xx, 7xx and 8xx blocks each mix live and
dead codes). A code the table does not know counts as live: conservative for clearance.
"""

from __future__ import annotations

import functools

from ..data import read_tsv
from ..model import MarkStatus

__all__ = ["status_of", "class_is_live"]


@functools.lru_cache(maxsize=1)
def _table() -> dict[tuple[str, str], str]:
    table = read_tsv("trademarks/status.tsv", required=("office", "code", "status"))
    return {(r["office"], r["code"].casefold()): r["status"] for r in table.dicts()}


def status_of(scheme: str, code: str) -> MarkStatus:
    """``status_of("USPTO", "602")`` → DEAD; ``scheme`` is ``USPTO`` or ``ST66`` (texts, any case).
    The plain words live/dead (and active, inactive) are understood under any scheme."""
    key = " ".join(code.split()).casefold()
    if key in ("live", "active", "alive"):
        return MarkStatus.LIVE
    if key in ("dead", "inactive"):
        return MarkStatus.DEAD
    found = _table().get((scheme, key))
    return MarkStatus.DEAD if found == "dead" else MarkStatus.LIVE


def class_is_live(code: str) -> bool:
    """A USPTO ``classification/status-code``: False for a cancelled or deleted class."""
    return _table().get(("USPTO-class", code.strip().casefold())) != "dead"
