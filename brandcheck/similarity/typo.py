"""Typo-squatting: is one name a single typing slip away from a brand? (pure)

The edit kinds are the ones domain look-alike tools enumerate (dnstwist and its ports):
omission, insertion (of a neighbouring key), repetition, transposition, replacement by a
keyboard neighbour, homoglyph, vowel swap, hyphenation, bit flip, plural. Checking a pair
directly costs O(length), so no variant table has to be held in memory.
"""

from __future__ import annotations

from .fold import HOMOGLYPHS, plain_key

__all__ = ["typo_kind", "KINDS"]

KINDS = ("omission", "insertion", "repetition", "transposition", "replacement", "homoglyph", "vowel-swap",
         "hyphenation", "bitsquatting", "plural")

_ROWS = ("1234567890-", "qwertyuiop", "asdfghjkl", "zxcvbnm")
_QWERTZ = ("1234567890", "qwertzuiop", "asdfghjkl", "yxcvbnm")
_AZERTY = ("1234567890", "azertyuiop", "qsdfghjklm", "wxcvbn")


def _neighbours() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for layout in (_ROWS, _QWERTZ, _AZERTY):
        for r, row in enumerate(layout):
            for c, ch in enumerate(row):
                near = out.setdefault(ch, set())
                for dr in (-1, 0, 1):
                    rr = r + dr
                    if 0 <= rr < len(layout):
                        for dc in (-1, 0, 1):
                            cc = c + dc
                            if (dr or dc) and 0 <= cc < len(layout[rr]):
                                near.add(layout[rr][cc])
    return out


_NEAR = _neighbours()
_VOWELS = set("aeiouy")
_LOOKALIKE = {(a, b) for a, b in HOMOGLYPHS.items() if a.isascii()} | {
    ("m", "n"), ("n", "m"), ("u", "v"), ("v", "u"), ("i", "l"), ("l", "i"), ("g", "q"), ("q", "g"), ("b", "d"),
    ("d", "b"), ("c", "e"), ("e", "c"),
}


def _bitflip(a: str, b: str) -> bool:
    x = ord(a) ^ ord(b)
    return x != 0 and x & (x - 1) == 0


def typo_kind(candidate: str, brand: str) -> str | None:
    """The typo kind that turns ``brand`` into ``candidate``, or None (identical names → None)."""
    return _typo_kind_plain(plain_key(candidate), plain_key(brand), candidate, brand)


def _typo_kind_plain(c: str, b: str, candidate: str, brand: str) -> str | None:
    """:func:`typo_kind` given ``plain_key`` of both names (the similarity features hold them)."""
    gap = len(c) - len(b)
    # every kind but hyphenation changes the length by -1 (omission), 0, +1 (insertion,
    # repetition) or +1/+2 (plural): ranking hundreds of marks per name, most leave here
    if gap < -1 or gap > 2:
        return None
    # a slip on a name of three letters or fewer lands on half the dictionary: not evidence
    if min(len(b), len(c)) < 4 or c == b:
        raw = candidate.casefold()
        if c == b and "-" in raw and raw.replace("-", "") == brand.casefold().replace("-", ""):
            return "hyphenation"
        return None
    if c in (b + "s", b + "es"):
        return "plural"
    if gap == -1:
        for i in range(len(b)):
            if b[:i] + b[i + 1:] == c:
                return "omission"
        return None
    if gap == 1:
        for i in range(len(c)):
            if c[:i] + c[i + 1:] == b:
                inserted = c[i]
                if (i > 0 and c[i - 1] == inserted) or (i + 1 < len(c) and c[i + 1] == inserted):
                    return "repetition"
                near = (i > 0 and inserted in _NEAR.get(c[i - 1], ())) or \
                       (i + 1 < len(c) and inserted in _NEAR.get(c[i + 1], ()))
                return "insertion" if near else None
        return None
    if gap:
        return None
    diffs = [i for i, (x, y) in enumerate(zip(b, c)) if x != y]
    if len(diffs) == 2 and diffs[1] == diffs[0] + 1 and b[diffs[0]] == c[diffs[1]] and b[diffs[1]] == c[diffs[0]]:
        return "transposition"
    if len(diffs) != 1:
        return None
    x, y = b[diffs[0]], c[diffs[0]]
    if (x, y) in _LOOKALIKE or (y, x) in _LOOKALIKE:
        return "homoglyph"
    if x in _VOWELS and y in _VOWELS:
        return "vowel-swap"
    if y in _NEAR.get(x, ()):
        return "replacement"
    if _bitflip(x, y) and len(b) >= 6:
        return "bitsquatting"  # a flipped bit in a short name is chance, not a squatter's choice
    return None


def _reference_typo_kind(candidate: str, brand: str) -> str | None:
    """Naive twin of :func:`typo_kind` (the code before the fast path), for tests and benchmarks."""
    c, b = plain_key(candidate), plain_key(brand)
    raw = candidate.casefold()
    # a slip on a name of three letters or fewer lands on half the dictionary: not evidence
    if min(len(b), len(c)) < 4 or c == b:
        if c == b and "-" in raw and raw.replace("-", "") == brand.casefold().replace("-", ""):
            return "hyphenation"
        return None
    if c in (b + "s", b + "es"):
        return "plural"
    if len(c) == len(b) - 1:
        for i in range(len(b)):
            if b[:i] + b[i + 1:] == c:
                return "omission"
        return None
    if len(c) == len(b) + 1:
        for i in range(len(c)):
            if c[:i] + c[i + 1:] == b:
                inserted = c[i]
                if (i > 0 and c[i - 1] == inserted) or (i + 1 < len(c) and c[i + 1] == inserted):
                    return "repetition"
                near = (i > 0 and inserted in _NEAR.get(c[i - 1], ())) or \
                       (i + 1 < len(c) and inserted in _NEAR.get(c[i + 1], ()))
                return "insertion" if near else None
        return None
    if len(c) != len(b):
        return None
    diffs = [i for i in range(len(b)) if b[i] != c[i]]
    if len(diffs) == 2 and diffs[1] == diffs[0] + 1 and b[diffs[0]] == c[diffs[1]] and b[diffs[1]] == c[diffs[0]]:
        return "transposition"
    if len(diffs) != 1:
        return None
    x, y = b[diffs[0]], c[diffs[0]]
    if (x, y) in _LOOKALIKE or (y, x) in _LOOKALIKE:
        return "homoglyph"
    if x in _VOWELS and y in _VOWELS:
        return "vowel-swap"
    if y in _NEAR.get(x, ()):
        return "replacement"
    if _bitflip(x, y) and len(b) >= 6:
        return "bitsquatting"  # a flipped bit in a short name is chance, not a squatter's choice
    return None
