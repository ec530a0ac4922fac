"""Letter names and number words per language, from ``wordlists/phonology/{letters,numbers}.tsv``.

Used when a name contains an initialism (``TX``, ``BMW``) or digits (``4``, ``360``): the source
reading says them in the source language, and a Latin-script market reads them in its own.
letters.tsv is the one source of letter names: the readers, the pronounceability score, the
meanings check and the script renderers (katakana, hangul, Cyrillic) all read it through
:func:`letter_names` (or :func:`letter`, built on it).

IPA in these files is written as space-separated brandcheck segments (``"t iː"``), so no segmenter
is needed to read it back.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from typing import Mapping

from ..data import read_tsv
from ..errors import DataError

__all__ = ["LetterName", "letter_names", "letter", "letters_known", "number", "symbol"]

LETTERS_FILE = "phonology/letters.tsv"
NUMBERS_FILE = "phonology/numbers.tsv"

Spoken = tuple[tuple[str, ...], ...]
"""Several spoken words, each a tuple of IPA segments."""


def _segs(text: str) -> tuple[str, ...]:
    return tuple(text.split())


@dataclass(frozen=True, slots=True)
class LetterName:
    """How one Latin letter (or ``&``, ``+``) is said in one language: a row of letters.tsv."""

    name: str
    """The name most used today, written as the language writes it (``ケー``, ``씨``, ``би``)."""
    ipa: tuple[str, ...]
    """IPA segments of :attr:`name`."""
    alt: str = ""
    """A second name in common use (``ケイ``, ``시``, ``бэ``), or ``""``."""
    alt_ipa: tuple[str, ...] = ()
    """IPA segments of :attr:`alt`."""

    @property
    def names(self) -> tuple[str, ...]:
        """The names, most used first."""
        return (self.name, self.alt) if self.alt else (self.name,)


@functools.lru_cache(maxsize=1)
def _letters() -> Mapping[str, Mapping[str, LetterName]]:
    table = read_tsv(LETTERS_FILE, required=("language", "letter", "name", "ipa", "alt", "alt_ipa"))
    out: dict[str, dict[str, LetterName]] = {}
    for row in table.dicts():
        entry = LetterName(row["name"], _segs(row["ipa"]), row["alt"], _segs(row["alt_ipa"]))
        out.setdefault(row["language"], {})[row["letter"]] = entry
    return out


def letter_names(language: str) -> Mapping[str, LetterName]:
    """The curated names of the Latin letters (and ``&``, ``+``) in ``language``, keyed by the
    lower-case letter; empty when the language has none. The one source renderers and readers use.

    >>> letter_names("ja")["k"].names
    ('ケー', 'ケイ')
    """
    return _letters().get(language, {})


@functools.lru_cache(maxsize=1)
def _numbers() -> Mapping[str, Mapping[str, tuple[str, tuple[str, ...]]]]:
    table = read_tsv(NUMBERS_FILE, required=("language", "number", "word", "ipa"))
    out: dict[str, dict[str, tuple[str, tuple[str, ...]]]] = {}
    for row in table.dicts():
        out.setdefault(row["language"], {})[row["number"]] = (row["word"], _segs(row["ipa"]))
    return out


def letters_known(language: str) -> bool:
    """True when letter names are curated for the language."""
    return language in _letters()


def letter(ch: str, language: str) -> tuple[str, tuple[str, ...]]:
    """``(name, ipa)`` of one Latin letter said in ``language`` (English names when not curated;
    letters with diacritics are said as their base letter; unknown letters give empty IPA)."""
    key = ch.lower()
    for lang in (language, "en"):
        entry = letter_names(lang).get(key)
        if entry:
            return entry.name, entry.ipa
    base = unicodedata.normalize("NFD", key)[:1]  # a letter with a diacritic: say its base letter
    if base != key:
        return letter(base, language)
    from .english import ascii_fold

    folded = ascii_fold(key)  # ı → i, ø → o, æ → ae…
    if folded and folded != key:
        names = [letter(c, language) for c in folded]
        return "".join(n for n, _ in names), tuple(s for _, ipa in names for s in ipa)
    return key, ()  # a letter no table knows (IPA letters, rare Latin extensions): not said


def symbol(ch: str, language: str) -> tuple[str, tuple[str, ...]] | None:
    """How ``&`` or ``+`` is said in ``language`` (rows ``&`` and ``+`` of letters.tsv), or None."""
    for lang in (language, "en"):
        entry = letter_names(lang).get(ch)
        if entry:
            return entry.name, entry.ipa
    return None


# How numbers above the listed ones are put together. Each entry: (order, joiner) where order
# "tu" = tens then units (twenty-one), "ut" = units then tens (einundzwanzig); joiner is the number
# key of a joining word in numbers.tsv ("and") or "" for none. Sources: standard grammars of each
# language; where the real system is irregular beyond what this covers (French 70–99, Danish
# vigesimal tens) the irregular forms are listed explicitly in numbers.tsv and win.
_COMPOSE: dict[str, tuple[str, str]] = {
    "de": ("ut", "and"), "nl": ("ut", "and"), "da": ("ut", "and"), "ar": ("ut", "and"),
    "es": ("tu", "and"), "pt": ("tu", "and"), "ro": ("tu", "and"), "fa": ("tu", "and"),
    "he": ("tu", "and"), "tl": ("tu", "and"),
    # Hindi has a distinct word for every number to 100; those not listed are read digit by digit.
    "hi": ("digits", ""), "bn": ("digits", ""), "ur": ("digits", ""),
    "sl": ("ut", "and"), "sw": ("tu", "and"), "bg": ("tu", "and"),
}


def _lookup(language: str, key: str) -> tuple[str, tuple[str, ...]] | None:
    return _numbers().get(language, {}).get(key)


def number(digits: str, language: str) -> Spoken:
    """How a run of ASCII digits is said in ``language``: IPA segments per spoken word.

    Numbers up to 9,999 are read as cardinals built from the table (0–20, tens, 100, 1000, plus any
    irregular forms listed); a leading zero or more than four digits are read digit by digit. A
    language without a table is read in English.
    """
    lang = language if language in _numbers() else "en"
    if not digits.isdigit():
        raise ValueError(f"not a digit run: {digits!r}")
    if (len(digits) > 1 and digits[0] == "0") or len(digits) > 4:
        return tuple(w for d in digits for w in _cardinal(int(d), lang))
    return _cardinal(int(digits), lang)


def _cardinal(n: int, lang: str) -> Spoken:
    entry = _lookup(lang, str(n))
    if entry:
        return (entry[1],)
    if n < 100:
        tens, units = divmod(n, 10)
        order, joiner = _COMPOSE.get(lang, ("tu", ""))
        if order == "digits":
            return tuple(w for d in str(n) for w in _cardinal(int(d), lang))
        if lang == "fr":
            return _french(n)
        t = _lookup(lang, str(tens * 10))
        u = _lookup(lang, str(units))
        if t is None or u is None:
            raise DataError(f"numbers.tsv lacks {tens * 10} or {units} for {lang!r}")
        parts = [t[1], u[1]] if order == "tu" else [u[1], t[1]]
        j = _lookup(lang, joiner) if joiner else None
        if j:
            parts.insert(1, j[1])
        return tuple(parts)
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = _scaled(hundreds, "100", lang)
        return head + (_cardinal(rest, lang) if rest else ())
    thousands, rest = divmod(n, 1000)
    head = _scaled(thousands, "1000", lang)
    return head + (_cardinal(rest, lang) if rest else ())


def _french(n: int) -> Spoken:
    """French 21–99: 70–79 and 90–99 are 60/80 + 10–19; ``et`` before un/onze (vingt et un)."""
    tens, units = divmod(n, 10)
    base = (tens - 1) * 10 if tens in (7, 9) else tens * 10
    rest = n - base
    head = _lookup("fr", str(base))[1]
    parts: list[tuple[str, ...]] = [head]
    if rest in (1, 11) and base != 80:
        parts.append(_lookup("fr", "and")[1])
    parts.extend(_cardinal(rest, "fr"))
    return tuple(parts)


def _scaled(count: int, unit: str, lang: str) -> Spoken:
    listed = _lookup(lang, str(count * int(unit)))
    if listed:
        return (listed[1],)
    base = _lookup(lang, unit) if count == 1 else (_lookup(lang, "x" + unit) or _lookup(lang, unit))
    if base is None:
        raise DataError(f"numbers.tsv lacks {unit} for {lang!r}")
    if count == 1:
        return (base[1],)
    return _cardinal(count, lang) + (base[1],)
