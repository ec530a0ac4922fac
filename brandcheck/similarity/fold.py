"""Folding spellings so that look-alikes compare equal (pure).

``skeleton("Gооgle")`` (Cyrillic о) and ``skeleton("G00gle")`` both give ``google``; ``rn``
reads as ``m``, ``cl`` as ``d``, ``vv`` as ``w``. This is the "sight" normal form: what a reader
glancing at a logo or a URL sees. The tables follow the look-alike pairs that domain look-alike
tools enumerate and Unicode's confusable skeletons (UTS #39), written out by hand for the letters
that matter in brand names.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from ..names import fold

__all__ = ["skeleton", "plain_key", "script_key", "HOMOGLYPHS"]

# Single characters that look like a Latin letter (Cyrillic, Greek, digits, symbols).
HOMOGLYPHS = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t",
    "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w", "һ": "h", "ӏ": "l",
    "ь": "b", "г": "r", "п": "n", "и": "u", "л": "n", "ш": "w", "д": "a",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u",
    "χ": "x", "γ": "y", "ω": "w", "μ": "u", "ς": "c", "σ": "o",
    # digits and symbols used as letters
    "0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g", "@": "a", "$": "s", "!": "i",
    "|": "l",
}
# Letter pairs that read as one letter at a glance (checked after single characters).
_PAIRS = (("rn", "m"), ("cl", "d"), ("vv", "w"), ("nn", "m"), ("ii", "u"))
_NON_ALNUM = re.compile(r"[^a-z0-9]")


@functools.lru_cache(maxsize=200_000)
def plain_key(text: str) -> str:
    """Case-folded ASCII letters and digits only, diacritics removed, ``&`` said (``Nestlé`` → ``nestle``)."""
    return _NON_ALNUM.sub("", fold(text.replace("&", "and")))


@functools.lru_cache(maxsize=200_000)
def skeleton(text: str) -> str:
    """Look-alike normal form: homoglyphs and digit-letters mapped, then letter pairs folded."""
    # A capital I looks like a lower-case l (PayPaI); decide before case folding.
    text = unicodedata.normalize("NFKC", text).replace("I", "l")
    folded = "".join(HOMOGLYPHS.get(c, c) for c in text.casefold())
    key = plain_key(folded)
    if key and len(key) < sum(c.isalnum() for c in folded) and any(c.isalpha() and not plain_key(c) for c in folded):
        # a letter with no Latin look-alike (Б in ВТБ) still shows: it is no glance-identical to "BT"
        key += "?" * sum(c.isalpha() and not plain_key(c) for c in folded)
    for pair, single in _PAIRS:
        key = key.replace(pair, single)
    return key


@functools.lru_cache(maxsize=50_000)
def script_key(text: str) -> str:
    """A name in another script compared within it: as :func:`~brandcheck.similarity.brands.native_key`
    (half-width kana unified, name punctuation dropped), hangul syllables taken apart into their
    letters so 삼성 and 삼선 differ by one letter, not one syllable."""
    from ..phonetics.scripts.jamo import decompose
    from .brands import native_key

    out = []
    for ch in native_key(text):
        out.append("".join(decompose(ch)) if "\uac00" <= ch <= "\ud7a3" else ch)
    return "".join(out)
