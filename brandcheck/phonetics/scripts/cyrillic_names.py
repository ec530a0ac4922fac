"""Russian transcription of names spelled in Japanese, Spanish or Italian orthography (pure).

Russian writes a foreign name by the rules of the language it is spelled in, not by how an
English speaker would say it: Japanese by the Polivanov system (Higashi Хигаси, Suzuki Судзуки),
Spanish and Italian by their own letter values (Jiménez Хименес, Caracciolo Караччоло). These
functions recognise such spellings by marks no English word has and transcribe them letter by
letter, following the tables of Гиляревский & Старостин, *Иностранные имена и названия в русском
тексте* (1985), and Ермолович, *Имена собственные на стыке языков и культур* (2001). Each returns
``None`` when the spelling does not carry its language's marks: the English reading then stands.
"""

from __future__ import annotations

import functools
from typing import Mapping, NamedTuple

from ...data import read_tsv
from .foreign_spelling import italian, morae, romaji_onsets, spanish

__all__ = ["transcribe", "latin_letters", "LatinLetter"]


class LatinLetter(NamedTuple):
    """A row of ``wordlists/scripts/cyrillic_letters.tsv``."""

    letter: str
    """Its Cyrillic value in a letter-by-letter transcription (x кс, c к)."""
    initialism: str
    """The Cyrillic letter standing for it in an initialism written in Cyrillic (BMW БМВ; c ц, x х)."""


@functools.lru_cache(maxsize=1)
def latin_letters() -> Mapping[str, LatinLetter]:
    """Latin letter → its Cyrillic letters (``wordlists/scripts/cyrillic_letters.tsv``)."""
    table = read_tsv("scripts/cyrillic_letters.tsv", required=("latin", "letter", "initialism"))
    return {row["latin"]: LatinLetter(row["letter"], row["initialism"]) for row in table.dicts()}


# --------------------------------------------------------------------------------------------------
# Japanese (Hepburn romaji → Polivanov; the onsets are in wordlists/scripts/romaji.tsv)

_JA_VOWEL = {"a": "а", "i": "и", "u": "у", "e": "э", "o": "о"}
_JA_IOTATED = {"a": "я", "u": "ю", "o": "ё", "e": "э", "i": "и"}


def _japanese(letters: str) -> str | None:
    found = morae(letters)
    if found is None:
        return None
    onsets = romaji_onsets()
    out: list[str] = []
    prev = ""
    for mora in found:
        if mora.onset == "n" and not mora.vowel:
            out.append("н")
            prev = ""
            continue
        if mora.geminate:
            out.append(onsets[mora.onset].cyrillic[:1] or "т")  # Isshiki Иссики, Matchida Маттида
        onset, vowel = mora.onset, mora.vowel
        if onset in ("sh", "ch", "j", "y") or onset.endswith("y"):
            # palatal onsets take the iotated vowel letters: sha ся, cho тё, ju дзю, ya я
            text = onsets[onset].cyrillic + _JA_IOTATED[vowel]
        else:
            text = onsets[onset].cyrillic + _JA_VOWEL[vowel]
        if mora.long:
            text = ""  # a long vowel is written once (Ōno Оно, Satou Сато)
        elif not onset and vowel == "i" and prev in ("a", "e", "o", "u"):
            text = "й"  # the second half of a diphthong: ai ай, ei эй
        out.append(text)
        prev = vowel
    return "".join(out)


# --------------------------------------------------------------------------------------------------
# Spanish and Italian

_VOWELS = "aeiou"
_SOFTENED = {"a": "я", "e": "е", "i": "и", "o": "о", "u": "ю"}
"""The vowel letter after a palatal ль or нь (Villegas Вильегас, Mignogna Миньонья)."""


def _e_letter(out: list[str]) -> str:
    """э at the start of a word or after a vowel (Escamez Эскамес, Rafael Рафаэль), е after a consonant."""
    return "э" if not out or out[-1][-1:] in "аэиоуеяюй" else "е"


def _soft_l(letters: str, i: int) -> bool:
    nxt = letters[i + 1:i + 2]
    return nxt == "" or (nxt not in _VOWELS and nxt != "l")


def _spanish(letters: str) -> str | None:
    if not spanish(letters):
        return None
    out: list[str] = []
    i = 0
    n = len(letters)
    while i < n:
        c = letters[i]
        nxt = letters[i + 1:i + 2]
        after = letters[i + 2:i + 3]
        if letters.startswith("ll", i) and after in _VOWELS and after:
            if after == "i" and letters[i + 3:i + 4] in _VOWELS and letters[i + 3:i + 4]:
                after = letters[i + 3]  # llia: one palatal l (Galliano Гальяно)
                i += 1
            out.append("ль" + _SOFTENED[after])  # Villegas Вильегас
            i += 3
            continue
        if letters.startswith("ch", i):
            out.append("ч")
            i += 2
            continue
        if letters.startswith("qu", i) and after in ("e", "i"):
            out.append("к")
            i += 2
            continue
        if letters.startswith("gu", i) and after in ("e", "i"):
            out.append("г")
            i += 2
            continue
        if c == "h":
            i += 1  # silent (Herrero Эрреро)
            continue
        if c == "c":
            out.append("с" if nxt in ("e", "i") else "к")
        elif c == "g":
            out.append("х" if nxt in ("e", "i") else "г")
        elif c == "j":
            out.append("х")
        elif c == "z":
            out.append("с")
        elif c == "l":
            out.append("ль" if _soft_l(letters, i) else "л")
        elif c == "y":
            out.append("й" if nxt in _VOWELS and nxt else "и")
        elif c == "e":
            out.append(_e_letter(out))
        else:
            out.append(_plain(c))
        i += 1
    return "".join(out)


def _italian(letters: str) -> str | None:
    if not italian(letters):
        return None
    out: list[str] = []
    i = 0
    n = len(letters)
    while i < n:
        c = letters[i]
        nxt = letters[i + 1:i + 2]
        after = letters[i + 2:i + 3]
        if letters.startswith("gli", i):
            vowel = letters[i + 3:i + 4]
            out.append("ль" + _SOFTENED.get(vowel, "и"))
            i += 4 if vowel in ("a", "e", "o", "u") and vowel else 3
            continue
        if letters.startswith("gn", i):
            vowel = after
            out.append("нь" + _SOFTENED.get(vowel, ""))
            i += 3 if vowel else 2
            continue
        if letters.startswith("sc", i) and after in ("e", "i"):
            skip = 3 if after == "i" and letters[i + 3:i + 4] in _VOWELS and letters[i + 3:i + 4] else 2
            out.append("ш")
            i += skip
            continue
        if c in ("c", "g") and nxt in ("h",):
            out.append("к" if c == "c" else "г")
            i += 2
            continue
        if c in ("c", "g") and nxt in ("c", "g") and nxt == c and after in ("e", "i"):
            out.append("ч" if c == "c" else "д")  # cci чч, ggi ддж: the first half of the double
            i += 1
            continue
        if c in ("c", "g") and nxt in ("e", "i"):
            out.append("ч" if c == "c" else "дж")
            # a written i between c/g and a vowel only softens: Caracciolo Караччоло, Gianni Джанни
            i += 2 if nxt == "i" and after in _VOWELS and after else 1
            continue
        if c == "z":
            out.append("дз" if i == 0 else "ц")
        elif c == "h":
            pass
        elif c == "l":
            out.append("ль" if _soft_l(letters, i) else "л")
        elif c == "i" and nxt == "e" and i > 0 and letters[i - 1] not in _VOWELS:
            out.append("ье")  # Pietro Пьетро, Ranieri Раньери
            i += 2
            continue
        elif c == "e":
            out.append(_e_letter(out))
        else:
            out.append(_plain(c))
        i += 1
    return "".join(out)


def _plain(c: str) -> str:
    """A letter no rule above covers: its plain Cyrillic value (cyrillic_letters.tsv)."""
    entry = latin_letters().get(c)
    return entry.letter if entry else ""


def transcribe(letters: str) -> tuple[str, str] | None:
    """``(language, Cyrillic)`` when ``letters`` (lower-case ASCII) is spelled the Japanese,
    Spanish or Italian way, else ``None``.

    >>> transcribe("higashi"), transcribe("jimenez"), transcribe("caracciolo")
    (('ja', 'хигаси'), ('es', 'хименес'), ('it', 'караччоло'))
    >>> transcribe("shell") is None and transcribe("michael") is None
    True
    """
    for language, fn in (("ja", _japanese), ("es", _spanish), ("it", _italian)):
        text = fn(letters)
        if text:
            return language, text
    return None
