"""Recognising names spelled in Japanese romaji, Spanish or Italian orthography (pure).

Russian and Korean write such names by their own rules for that language (Polivanov and the NIKL
tables for Japanese; letter values for Spanish and Italian), not as an English speaker would say
them. A spelling counts only when it carries marks English spelling lacks (shi, tsu, ky-; -ez, a j
between vowels; cc, zz, gli) and none of the letters the orthography does not use, so Toledo,
Sonata or China stay with the other readings. The marks were chosen on Wikidata names outside the
evaluation sample (docs/transliteration.md).
"""

from __future__ import annotations

import functools
import re
from typing import Mapping, NamedTuple

from ...data import read_tsv

__all__ = ["Mora", "morae", "hepburn_morae", "ROMAJI_MARK", "spanish", "italian", "RomajiOnset", "romaji_onsets", "CONTINENTAL_MARK",
           "continental_looking"]

_SYLLABLE = re.compile(
    r"(?:kk|ss|tt|pp|tc)?(?:ky|gy|sh|ch|ts|ny|hy|by|py|my|ry|[kgsztdnhbpmryjfw])?[aiueo]|n(?![aiueoy])")
_MARK = re.compile(r"shi|[^t]chi|tsu|ji|zu|fu|[kgbpmr]y[aou]|sh[ou]|uu|[^s]yo")
ROMAJI_MARK = _MARK
"""Spellings of romaji English spelling lacks (shi, tsu, fu, ky-…)."""
_ONSETS = frozenset({"", "k", "g", "s", "z", "t", "d", "n", "h", "b", "p", "m", "r", "j", "f", "w", "y", "sh",
                     "ch", "ts", "ky", "gy", "ny", "hy", "by", "py", "my", "ry"})
# Spanish and Italian: marks of the orthography, and letters it does not use outside loanwords.
_ES_MARK = re.compile(r"ez$|[aeiou]j[aeiou]|^j[aeiou][a-z]*(ez|es|o|a)$|[aeiou]ll[aeiou][a-z]*[aeo]s?$")
_ES_FOREIGN = re.compile(r"[kw]|([bcdfgmnpstvz])\1|sh|^h?[^aeiou]*$")
_IT_STRONG = re.compile(r"(cc|zz|gg)[aeiou]|gli[aeiou]|sc[ei]|[nrcs]chi$|cch")
_IT_MARK = re.compile(_IT_STRONG.pattern + r"|[^aeiou](tt|pp|ll|rr|nn|ss|mm)[aeiou][a-z]*[aeio]$|[^aeiou]i$")
_IT_FOREIGN = re.compile(r"[jkwxy]|^h|[^cg]h|sh|th|ou")


CONTINENTAL_MARK = re.compile(
    r"sch|dt|(?<!fi)tz|[aeiu]h[^aeiouy]|[^aeiouyrc]ke$|sen$|sson$|mann$|sz|cz|wicz$|[sc]k[iy]$|[^z][aei]z$|[oe]v$")
"""Spellings that mark a name as continental rather than English, whatever its ending: German sch,
dt, tz, -mann, a lengthening h (Lehmann) and -ke, Scandinavian -sen and -sson (Jakobsen, Johansson),
Polish sz, cz, -wicz and -ski (not the Norman Fitz- of Fitzgerald), Spanish -ez, -iz, -az (López, Ruiz, Díaz) and Slavic -ov, -ev
(Pavlov). Cues that also occur in English spelling (ei, ie, au, -er, -el, ch) were tried on Wikidata
names outside the evaluation sample and left out; -mann, -sson, -ez and -ov were added on the
transliteration development list."""


def continental_looking(letters: str, spelling: str = "") -> bool:
    """A continental spelling mark, or a final -a, -i, -o (Italian, Spanish, Japanese, Korean, Slavic
    names: Porsche, Hyundai, Mazda), or (given the ``spelling``) a letter with an accent English
    does not write (Nestlé, Hermès, Citroën): the names whose letter reading scripts that spell
    foreign names from their letters (Thai, Greek, Arabic, Hebrew) put right after the English one."""
    return CONTINENTAL_MARK.search(letters) is not None or letters[-1:] in ("a", "i", "o") or accented(spelling)


def accented(spelling: str) -> bool:
    """A Latin letter with a diacritic in ``spelling`` (é, ñ, ü…)."""
    import unicodedata

    return any(c.isalpha() and not c.isascii() and unicodedata.decomposition(c)[:1].isalnum() for c in spelling)


def spanish(letters: str) -> bool:
    """Spelled the Spanish way (Jiménez, Villegas, Espejo), not the Italian or English way."""
    return bool(_ES_MARK.search(letters)) and not _IT_MARK.search(letters) and not _ES_FOREIGN.search(letters)


def italian(letters: str) -> bool:
    """Spelled the Italian way (Caracciolo, Buscemi, Migliore): a final vowel, no j k w x y."""
    return (bool(_IT_MARK.search(letters)) and letters[-1:] in ("a", "e", "i", "o")
            and not _IT_FOREIGN.search(letters))


class Mora(NamedTuple):
    geminate: bool
    """A small tsu before it (the doubled consonant of Hattori, Matsuda's tt is not one)."""
    onset: str
    """Romaji onset: "", k, sh, ch, ts, ky…, or "n" alone for the moraic n (then vowel is "")."""
    vowel: str
    long: bool
    """The vowel continues the previous one (ou, oo, uu, aa, ii): written once by most systems."""


def morae(letters: str) -> tuple[Mora, ...] | None:
    """The morae of a lower-case ASCII word spelled in romaji, or None.

    >>> [m.onset + m.vowel for m in morae("suzuki")]
    ['su', 'zu', 'ki']
    >>> morae("toledo") is None, morae("bianchi") is None
    (True, True)
    """
    if not _MARK.search(letters) or _IT_STRONG.search(letters):
        return None  # an Italian mark wins: Bianchi is not bi-a-n-chi
    out: list[Mora] = []
    pos = 0
    for m in _SYLLABLE.finditer(letters):
        if m.start() != pos:
            return None  # not romaji all the way through
        pos = m.end()
        syl = m.group()
        if syl == "n":
            out.append(Mora(False, "n", "", False))
            continue
        gem = syl[:2] in ("kk", "ss", "tt", "pp", "tc")
        if gem:
            syl = syl[1:]
        onset, vowel = syl[:-1], syl[-1]
        if onset not in _ONSETS or (gem and not onset):
            return None  # a double letter must double a listed onset (kk+ka, tc+chi; not ss+ma)
        prev = out[-1].vowel if out else ""
        long = not onset and not gem and (vowel == prev and vowel in "aou" or (vowel == "u" and prev == "o"))
        out.append(Mora(gem, onset, vowel, long))
    if pos != len(letters) or not out:
        return None
    return tuple(out)


_HEPBURN = re.compile(
    r"(?:kk|ss|tt|pp|tc)?(?:[kgnhbpmr]y(?=[auo])|sh|ch|j|ts(?=u)|f(?=u)|y(?=[auo])|w(?=[ao])"
    r"|[kgnbpmr]|[sz](?=[aueo])|[td](?=[aeo])|h(?=[aieo]))?[aiueo]|n(?![aiueoy])")


def hepburn_morae(letters: str) -> tuple[str, ...] | None:
    """The morae of a lower-case word when all of it is Hepburn romaji (ka, shi, tsu, kyo, a moraic
    n, a doubled consonant), else None; unlike :func:`morae` no mark is needed: ``kaori`` → (ka, o,
    ri), ``taobao`` → (ta, o, ba, o), while Kunrei si, tu, hu, and wi, we, l, v, c… are not Hepburn
    (``huawei``, ``meituan``, ``lume`` → None).

    >>> hepburn_morae("hitachi"), hepburn_morae("weibo")
    (('hi', 'ta', 'chi'), None)
    """
    out: list[str] = []
    pos = 0
    for m in _HEPBURN.finditer(letters):
        if m.start() != pos:
            return None
        pos = m.end()
        out.append(m.group())
    return tuple(out) if out and pos == len(letters) else None


class RomajiOnset(NamedTuple):
    """How a romaji onset is written in Russian and Korean (a row of ``wordlists/scripts/romaji.tsv``)."""

    cyrillic: str
    """Polivanov: ``z`` дз, ``sh`` с (with the iotated vowel letter), ``ts`` ц."""
    hangul_initial: str
    """NIKL table for Japanese, at the start of a word: ``k`` ㄱ, ``t`` ㄷ."""
    hangul_medial: str
    """NIKL table for Japanese, inside a word: ``k`` ㅋ, ``t`` ㅌ."""


@functools.lru_cache(maxsize=1)
def romaji_onsets() -> Mapping[str, RomajiOnset]:
    """Romaji onset → its Russian and Korean letters (``""`` for a mora that is a vowel alone)."""
    table = read_tsv("scripts/romaji.tsv", required=("onset", "cyrillic", "hangul_initial", "hangul_medial"))
    out = {row["onset"]: RomajiOnset(row["cyrillic"], row["hangul_initial"], row["hangul_medial"])
           for row in table.dicts()}
    out[""] = RomajiOnset("", "ㅇ", "ㅇ")  # a vowel alone: no letter in Cyrillic, the silent ㅇ in hangul
    return out
