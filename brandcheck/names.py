"""Normalising and validating a candidate name.

A name is NFC-normalised, trimmed and its inner white space collapsed; it must then be 1–64
characters of letters (any script, with their combining marks), digits, spaces and the
punctuation brand names use: hyphen, apostrophe, period, ampersand and plus, and the word
separators of names in other scripts (the middle dots of コカ・コーラ and 可口·可乐, the stars of
遊☆戯☆王). Anything else —
control characters, zero-width and bidi controls, emoji, symbols — raises
:class:`~brandcheck.errors.InvalidNameError` with a one-line reason.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .errors import InvalidNameError

__all__ = ["CandidateName", "normalize", "parse", "script_of", "fold", "invisible_reason", "MAX_LENGTH"]

MAX_LENGTH = 64
_PUNCTUATION = frozenset(" -'.&+")
# The word separators of names in other scripts: the katakana middle dot (コカ・コーラ; its
# half-width form), the middle dot of Chinese and Catalan names (可口·可乐, Cal·lígraf) and the
# hyphenation point Taiwan uses; Hebrew geresh and gershayim, which mark initialisms (צה״ל); and
# the stars Japanese titles and brands set between words (遊☆戯☆王), read as a word break.
NAME_PUNCTUATION = frozenset("・･·‧׳״☆★")
# Typographic apostrophes and dashes people paste from documents; folded to the ASCII forms.
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2010": "-", "\u2011": "-", "\u2013": "-"})
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_WORD_SPLIT = re.compile(r"[ \-&+./・･·‧☆★]+")

# Unicode script families, by the first word of a character's name (enough for look-alike mixing).
_SCRIPT_PREFIXES = {
    "LATIN": "Latin", "CYRILLIC": "Cyrillic", "GREEK": "Greek", "ARABIC": "Arabic", "HEBREW": "Hebrew",
    "DEVANAGARI": "Devanagari", "THAI": "Thai", "HANGUL": "Hangul", "HIRAGANA": "Kana", "KATAKANA": "Kana",
    "CJK": "Han", "BENGALI": "Bengali", "ARMENIAN": "Armenian", "GEORGIAN": "Georgian", "TAMIL": "Tamil",
}


# Latin letters that are not a base letter plus a combining mark, so NFKD cannot take them apart.
_LATIN_LETTERS = str.maketrans({"æ": "ae", "ø": "o", "œ": "oe", "ß": "ss", "å": "a", "ð": "d", "þ": "th", "ł": "l",
                                "đ": "d", "ı": "i", "ħ": "h", "ŋ": "ng"})


def fold(text: str) -> str:
    """Lower-case ASCII: letters case-folded, written without their marks, ligatures and letters
    like ø, ł, þ spelled out, everything else that is not ASCII dropped (``"Ærø Café"`` → ``"aero
    cafe"``). Every matching key in brandcheck (word lists, brand names, English look-ups) is this,
    filtered to what the key needs.
    """
    if text.isascii():
        return text.lower()  # the same result: nothing to spell out, decompose or drop (most calls)
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LATIN_LETTERS))
    return "".join(c for c in decomposed if c.isascii())


def script_of(char: str) -> str:
    """Script family of one letter (``"Latin"``, ``"Cyrillic"``, ``"Han"``…; ``"Other"`` if unlisted)."""
    name = unicodedata.name(char, "")
    parts = re.split(r"[ -]", name)
    first = parts[1] if parts[0] in ("HALFWIDTH", "FULLWIDTH") and len(parts) > 1 else parts[0]
    return _SCRIPT_PREFIXES.get(first, "Other")


@dataclass(frozen=True, slots=True)
class CandidateName:
    """A validated candidate name."""

    text: str
    """The normalised name as shown in reports (``"Zelvora"``)."""
    words: tuple[str, ...]
    """Words of a multi-word name, split at spaces, hyphens, ``&``, ``+``, ``.`` and ``/``."""
    scripts: tuple[str, ...]
    """Script families of its letters, in order of first appearance."""

    @property
    def key(self) -> str:
        """Case-folded letters and digits only: the form matched against word lists."""
        return "".join(ch for ch in self.text.casefold() if ch.isalnum())

    @property
    def mixed_script_words(self) -> tuple[str, ...]:
        """Words that mix letters of two or more scripts (a spoofing sign, like Cyrillic о in Gооgle)."""
        out = []
        for word in self.words:
            scripts = {script_of(c) for c in word if c.isalpha()}
            # Japanese writes kana and kanji together by design; that is not mixing.
            if len(scripts - {"Kana", "Han"}) + (1 if scripts & {"Kana", "Han"} else 0) > 1:
                out.append(word)
        return tuple(out)


def normalize(text: str) -> str:
    """NFC, typographic punctuation folded, white space trimmed and collapsed. Idempotent."""
    text = unicodedata.normalize("NFC", str(text)).translate(_FOLD)
    return _SPACES.sub(" ", text).strip(" ")


_INVISIBLE = None


def _invisible_pattern():
    # Unicode's Default_Ignorable_Code_Point property (DerivedCoreProperties.txt): characters a
    # renderer shows as nothing — variation selectors (U+FE0F, U+E0100), the combining grapheme
    # joiner U+034F, Mongolian free variation selectors, Khmer inherent vowels U+17B4/5, Hangul
    # fillers (U+115F, U+1160, U+3164, U+FFA0), zero-width and bidi controls, the soft hyphen,
    # tag characters… The `regex` module (a dependency of epitran) knows the property.
    global _INVISIBLE
    if _INVISIBLE is None:
        import regex

        _INVISIBLE = regex.compile(r"[\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}"
                                   r"\p{Zl}\p{Zp}]")
    return _INVISIBLE


def invisible_reason(text: str) -> str:
    """``""`` when ``text`` has no invisible character; else a one-line reason naming the first one
    (default-ignorable, control, format, private-use, unassigned, line or paragraph separator)."""
    found = _invisible_pattern().search(text)
    if not found:
        return ""
    ch = found.group()
    category = unicodedata.category(ch)
    if category == "Cc":
        return f"control character U+{ord(ch):04X} is not allowed"
    if category in ("Cs", "Co", "Cn"):
        return f"unassigned or private character U+{ord(ch):04X} is not allowed"
    if category in ("Zl", "Zp"):
        return f"separator U+{ord(ch):04X} is not allowed"
    if ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c":
        return f"bidi control U+{ord(ch):04X} is not allowed"
    if category == "Cf":
        return f"invisible formatting character U+{ord(ch):04X} is not allowed"
    what = unicodedata.name(ch, "").lower() or "character"
    return f"invisible character U+{ord(ch):04X} ({what}) is not allowed"


def _reject(reason: str) -> InvalidNameError:
    return InvalidNameError(f"invalid name: {reason}")


def parse(text: object) -> CandidateName:
    """Validate and normalise one name; raises InvalidNameError with a one-line reason."""
    if not isinstance(text, str):
        raise _reject(f"expected text, got {type(text).__name__}")
    name = normalize(text)
    if not name:
        raise _reject("the name is empty")
    if len(name) > MAX_LENGTH:
        raise _reject(f"{len(name)} characters; at most {MAX_LENGTH} are allowed")
    hidden = invisible_reason(name)
    if hidden:
        raise _reject(hidden)
    for i, ch in enumerate(name):
        previous = name[i - 1] if i else " "
        category = unicodedata.category(ch)
        if category[0] in "LN" and (category != "No" or ch.isdigit()):
            if category == "Nl" or category == "No":
                raise _reject(f"number symbol {ch!r} (U+{ord(ch):04X}) is not allowed")
            continue
        if category[0] == "M":  # combining marks of Devanagari, Thai, Arabic vowels…
            if not unicodedata.category(previous).startswith(("L", "M", "N")):
                raise _reject(f"combining mark U+{ord(ch):04X} has no letter to sit on")
            continue
        if ch in _PUNCTUATION or ch in NAME_PUNCTUATION:
            continue
        raise _reject(_describe(ch, category))
    if not any(ch.isalnum() for ch in name):
        raise _reject("the name has no letters or digits")
    words = tuple(w for w in _WORD_SPLIT.split(name) if w)
    scripts: list[str] = []
    for ch in name:
        if ch.isalpha():
            s = script_of(ch)
            if s not in scripts:
                scripts.append(s)
    return CandidateName(name, words, tuple(scripts))


def _describe(ch: str, category: str) -> str:
    code = f"U+{ord(ch):04X}"
    if category == "Cc":
        return f"control character {code} is not allowed"
    if category == "Cf":
        kind = "bidi control" if ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f" else "invisible formatting character"
        return f"{kind} {code} is not allowed"
    if category == "So" or category == "Sk" and ord(ch) > 0x2000:
        return f"symbol or emoji {ch!r} ({code}) is not allowed"
    if category.startswith("Z"):
        return f"separator {code} is not allowed"
    if category == "Cs" or category == "Co" or category == "Cn":
        return f"unassigned or private character {code} is not allowed"
    return f"character {ch!r} ({code}) is not allowed; use letters, digits, space, - ' . & + (and ・ · ☆ in names written in other scripts)"
