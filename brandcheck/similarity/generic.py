"""The distinctive part of a brand name: company-form and generic words set aside (pure).

Examiners compare the element of a mark that identifies its owner; company forms (& Co., Inc.,
GmbH, AG, SA, Ltd…) and generic sector words (Bank, Motors, Airlines, Group, Holdings…) carry
little weight. ``distinctive("Tiffany & Co.")`` → ``("Tiffany", ("&", "Co."))``. The words are
data (``wordlists/similarity/generic.tsv``); they are only taken off the ends of a name
(*Bank of America*, *Tata Motors*), never out of its middle, and never when fewer than four
letters would remain (*Sea Group* stays whole).
"""

from __future__ import annotations

import functools
import re

from ..data import read_tsv

__all__ = ["distinctive", "generic_words", "generic_sectors"]

_WORD = re.compile(r"\S+")


@functools.lru_cache(maxsize=1)
def generic_words() -> dict[str, str]:
    """Set-aside word (lower case, no dots) → its kind: ``form``, ``generic`` or ``connector``."""
    table = read_tsv("similarity/generic.tsv", required=("word", "kind"))
    return {row["word"]: row["kind"] for row in table.dicts()}


@functools.lru_cache(maxsize=1)
def generic_sectors() -> dict[str, str]:
    """Sector word (lower case) → the brand sector it names (``motors`` → ``automotive``)."""
    table = read_tsv("similarity/generic.tsv", required=("word", "kind", "sector"))
    return {row["word"]: row["sector"] for row in table.dicts() if row["sector"]}


def _bare(word: str) -> str:
    return word.casefold().strip(".,()")


@functools.lru_cache(maxsize=20_000)
def distinctive(text: str) -> tuple[str, tuple[str, ...]]:
    """``(the name without set-aside words at its ends, the words set aside)``; the name unchanged
    and ``()`` when nothing is set aside."""
    if " " not in text:
        return text, ()  # one word: nothing to set aside (and the common case costs nothing)
    words = _WORD.findall(text)
    table = generic_words()
    start, end = 0, len(words)
    while start < end and table.get(_bare(words[start])):
        start += 1
    while end > start and table.get(_bare(words[end - 1])):
        end -= 1
    kept = words[start:end]
    # an article or connector left at an edge goes too ("Bank of America" → "America")
    while kept and table.get(_bare(kept[0])) == "connector":
        kept, start = kept[1:], start + 1
    rest = " ".join(kept)
    if (start, end) == (0, len(words)) or sum(c.isalpha() for c in rest) < 4:
        return text, ()
    return rest, tuple(words[:start] + words[end:])
