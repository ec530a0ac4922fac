"""Latin names that read as Cyrillic words: CYKA is сука to a Russian reader.

A name written only in Latin letters whose shapes are Cyrillic letters (``wordlists/scripts/
cyrillic_lookalikes.tsv``: C С, Y У, P Р, H Н, B В, X Х …) can be read in a market that writes
Cyrillic as the Cyrillic word those shapes spell, the way Russian speakers read *CYKA* on a
T-shirt. The reading is matched whole against the native spelling of the market's listed words.
"""

from __future__ import annotations

import functools
from typing import Iterator, Sequence

from ..data import list_files, read_tsv
from .lexicon import Lexicon
from .match import Hit

__all__ = ["cyrillic_lookalikes", "as_cyrillic", "lookalike_hits"]

# Three letters or more: one or two shapes read as a Cyrillic word are chance.
MIN_LETTERS = 3


@functools.lru_cache(maxsize=1)
def cyrillic_lookalikes() -> dict[str, str]:
    """Latin letter or digit → the Cyrillic letter of its shape."""
    if "scripts/cyrillic_lookalikes.tsv" not in list_files("scripts"):
        return {}
    table = read_tsv("scripts/cyrillic_lookalikes.tsv", required=("latin", "cyrillic"))
    return {row["latin"]: row["cyrillic"] for row in table.dicts()}


def as_cyrillic(word: str) -> str | None:
    """The word read as Cyrillic letters, or None when a letter of it has no Cyrillic shape or it
    has no Latin letter at all."""
    shapes = cyrillic_lookalikes()
    if not any(c.isascii() and c.isalpha() for c in word) or any(c not in shapes for c in word):
        return None
    return "".join(shapes[c] for c in word)


@functools.lru_cache(maxsize=256)
def _by_native(lex: Lexicon) -> dict[str, tuple]:
    out: dict[str, list] = {}
    for e in lex.entries:
        if e.severity > 0 and e.native and " " not in e.native:
            out.setdefault(e.native.casefold(), []).append(e)
    return {k: tuple(v) for k, v in out.items()}


def lookalike_hits(words: Sequence[str], lex: Lexicon, skip: set[str]) -> Iterator[Hit]:
    """Listed words that the whole name, or one word of it, spells in Cyrillic shapes."""
    table = _by_native(lex)
    forms = [(" ".join(words), "".join(words), "whole", "the whole name")]
    if len(words) > 1:
        forms += [(w, w, "word", f"the word '{w}'") for w in words]
    for shown, text, kind, where in forms:
        cyr = as_cyrillic(text)
        if cyr is None or len(cyr) < MIN_LETTERS:
            continue
        for entry in table.get(cyr.casefold(), ()):
            if entry.term not in skip:
                yield Hit(entry, kind, shown, f"{where}, read as Cyrillic letters", 0, f"read as Cyrillic: {cyr}")
