"""Letters and digits read aloud in a market's language (``TX4`` → French "té iks quatre").

Names with digits, and short all-capital words (acronyms, model codes), are read letter by letter
and number by number. Letter names and number words come from the phonology tables
(``wordlists/phonology/letters.tsv`` and ``numbers.tsv``), written as Latin-letter respellings so
they can be matched against the meaning lists' terms.
"""

from __future__ import annotations

import functools
import re

from ..data import list_files, read_tsv
from ..names import CandidateName

__all__ = ["spelled_out", "should_spell"]


def should_spell(word: str) -> bool:
    """Model codes and acronyms: any digit, or 2–5 capitals (``TX4``, ``MR2``, ``KZ``)."""
    return any(c.isdigit() for c in word) or (2 <= len(word) <= 5 and word.isupper() and word.isalpha())


def _column(header: tuple[str, ...], *names: str) -> str | None:
    return next((n for n in names if n in header), None)


@functools.lru_cache(maxsize=None)
def _table(kind: str) -> dict[str, dict[str, str]]:
    path = f"phonology/{kind}.tsv"
    if path not in list_files("phonology"):
        return {}
    table = read_tsv(path)
    key_col = _column(table.header, "letter", "number", "symbol", "digit")
    spell_col = _column(table.header, "respelling", "spelled", "spelling", "name", "word", "words")
    if key_col is None or spell_col is None or "language" not in table.header:
        return {}
    out: dict[str, dict[str, str]] = {}
    for row in table.dicts():
        out.setdefault(row["language"], {}).setdefault(row[key_col].lower(), row[spell_col])
    return out


def _number_words(digits: str, numbers: dict[str, str]) -> list[str]:
    if digits in numbers:
        return [numbers[digits]]
    return [numbers.get(d, d) for d in digits]  # digit by digit, as codes are usually read


def spelled_out(name: CandidateName, language: str) -> tuple[str, ...]:
    """Readings of the name with letters and digits spelled out, or () when nothing is spelled."""
    letters = _table("letters").get(language, {})
    numbers = _table("numbers").get(language, {})
    if not letters and not numbers:
        return ()
    forms: list[str] = []
    for word in name.words:
        if not should_spell(word):
            continue
        parts: list[str] = []
        for chunk in re.findall(r"\d+|[^\W\d_]+", word):
            if chunk.isdigit():
                parts += _number_words(chunk, numbers)
            elif chunk.isupper() or len(chunk) <= 3:
                parts += [letters.get(c.lower(), c) for c in chunk]
            else:
                parts.append(chunk)
        forms.append(" ".join(parts))
    return tuple(forms)
