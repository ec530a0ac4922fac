"""A name split into spoken tokens, and which tokens are said letter by letter.

Shared by :mod:`.source` (the intended pronunciation) and :mod:`.readers` (a market reading the
whole name), so both cut a name into the same words and agree on what is an initialism.
"""

from __future__ import annotations

import re
import unicodedata

from .english import arpabet_to_ipa, cmu_lookup

__all__ = ["tokens", "latin_letters", "is_initialism"]

_SPLIT = re.compile(r"[\s\-./・·‧･]+")  # the middle dots of コカ・コーラ and 可口·可乐 part words
_VOWELS = frozenset("aeiouyáéíóúàèìòùâêîôûäëïöüåæøœ")


def _char_kind(ch: str) -> str:
    if unicodedata.decimal(ch, None) is not None:  # 4, ٤, ४, ４, 𝟒: any script's decimal digits
        return "digit"
    cat = unicodedata.category(ch)
    if cat[0] in "LM" or ch in "'’":
        return "letter"
    if ch in "&+":
        return "symbol"
    return "other"


def tokens(name: str) -> list[str]:
    """Split a name into spoken tokens: words (letters with their combining marks and inner
    apostrophes), digit runs, and ``&``/``+``; spaces, hyphens, dots and slashes separate words."""
    out: list[str] = []
    for chunk in _SPLIT.split(name):
        current, kind = "", ""
        for ch in chunk:
            k = _char_kind(ch)
            if k == "digit":
                ch = str(unicodedata.decimal(ch))  # said as the number it is, whatever its script
            if k == "letter" and kind == "letter" or (k == "digit" and kind == "digit"):
                current += ch
                continue
            if current:
                out.append(current)
            current, kind = (ch, k) if k != "other" else ("", "")
            if k == "symbol":
                out.append(ch)
                current, kind = "", ""
        if current:
            out.append(current)
    return [t.strip("'’") for t in out if t.strip("'’")]


def latin_letters(token: str) -> bool:
    """True when every letter of the token is a Latin letter (with or without diacritics)."""
    return all(unicodedata.name(c, "").startswith("LATIN") for c in token if c.isalpha())


def is_initialism(token: str, language: str) -> bool:
    """True when a token is said letter by letter in ``language``: a single Latin letter; 2–4
    capitals without a vowel or that are not a word (English: not in CMUdict, or listed there with
    its letter names in any of its variants, as IBM; other languages: not shaped like
    consonant–vowel syllables); 5–6 capitals without a vowel."""
    if not token.isalpha() or not latin_letters(token):
        return False
    if len(token) == 1:
        return True
    if not token.isupper():
        return False
    has_vowel = any(c in _VOWELS for c in token.lower())
    if 2 <= len(token) <= 4:
        if language == "en":
            entries = cmu_lookup(token)
            # any listed variant said as letters will do: CMUdict often lists the word reading
            # of a capital run first (US as "us", ID as "id") and its letter names after
            return not entries or not has_vowel or any(_said_as_letters(token, e) for e in entries)
        # no dictionary outside English: a capital run is an initialism unless it looks like a word
        return not has_vowel or not re.fullmatch(r"[^aeiouy]?([^aeiouy][aeiouy]|[aeiouy])+[^aeiouy]?", token.lower())
    return not has_vowel and len(token) <= 6


def _said_as_letters(token: str, arpabet: tuple[str, ...]) -> bool:
    """CMUdict lists some initialisms with their letter names (IBM = AY B IY EH M): still letters."""
    from .lexicon import letter

    spelled = tuple(seg for ch in token for seg in letter(ch, "en")[1])
    return arpabet_to_ipa(arpabet)[0] == spelled
