"""Korean for names spelled in Italian or Spanish orthography, by the NIKL tables (pure).

외래어 표기법 writes a foreign name by the rules of its own language, not by how an English
speaker says it: Italian (제3장 제5절; Lamborghini 람보르기니, Gucci 구치, Zegna 제냐) and Spanish
(제3장 제4절; Jiménez 히메네스, Sevilla 세비야). The letters are read by the language's values,
then written as hangul the NIKL way: a double consonant once (Bugatti 부가티) but ll, mm, nn as
two (Pirelli 피렐리, Giovanni 조반니), an l before a vowel doubled after a vowel or r (Milano
밀라노, Carlo 카를로), l, m, n closing the syllable before a consonant (Alba 알바), any other
consonant without a vowel said with ㅡ (Prada 프라다, Madrid 마드리드). Each function returns
``None`` when :mod:`.foreign_spelling` does not recognise the spelling as that language's.
"""

from __future__ import annotations

import unicodedata

from .foreign_spelling import italian, spanish
from .jamo import compose

__all__ = ["italian_hangul", "spanish_hangul"]

_PLAIN = {"a": "ㅏ", "e": "ㅔ", "i": "ㅣ", "o": "ㅗ", "u": "ㅜ"}
_Y = {"a": "ㅑ", "e": "ㅖ", "i": "ㅣ", "o": "ㅛ", "u": "ㅠ"}
_W = {"a": "ㅘ", "e": "ㅞ", "i": "ㅟ", "o": "ㅝ", "u": "ㅜ"}
_VOWELS = "aeiou"
_NO_Y = frozenset("ㅈㅊ")  # NIKL writes 자 조 추, never 쟈 죠 츄


def _letters(spelling: str) -> str:
    """Lower-case letters with accents dropped, ñ kept (Peña, Jiménez → pena… jimenez)."""
    out = []
    for c in spelling.lower():
        if c == "ñ":
            out.append(c)
            continue
        base = unicodedata.normalize("NFD", c)[0]
        if base.isalpha():
            out.append(base)
    return "".join(out)


# A segment is (kind, value, class): ("c", initial jamo, letter class for the coda rules: l m n r s
# x ch, else k) for a consonant; ("v", vowel letter, "") for a vowel; ("y" or "w", "", "") for a
# glide joined to the next vowel.


def _vowel_at(s: str, i: int) -> bool:
    return i < len(s) and s[i] in _VOWELS


def _italian_segments(s: str) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    i = 0
    while i < len(s):
        c = s[i]
        nxt = s[i + 1:i + 2]
        if c in _VOWELS:
            out.append(("v", c, ""))
            i += 1
            continue
        if c == nxt and c not in "lmn":
            i += 1  # a double consonant is written once (tt, ss, rr, cc, zz…)
            continue
        if c == "h":
            i += 1
            continue
        if s.startswith("sch", i):
            out += [("c", "ㅅ", "s"), ("c", "ㅋ", "k")]
            i += 3
            continue
        if s.startswith("sc", i) and s[i + 2:i + 3] in ("e", "i"):
            i += 2
            if s[i] == "i" and _vowel_at(s, i + 1):
                i += 1  # scia, scio: the i only softens
            out.append(("c", "ㅅ", "s"))
            out.append(("y", "", ""))  # sce 셰, scia 샤
            continue
        if s.startswith("gli", i):
            out.append(("c", "ㄹ", "l"))
            i += 3 if _vowel_at(s, i + 3) else 2  # glia 리아, Gigli 질리
            if i < len(s) and s[i] == "i":
                continue
            out.append(("v", "i", ""))
            continue
        if s.startswith("gn", i):
            out.append(("c", "ㄴ", "n"))
            out.append(("y", "", ""))
            i += 2
            continue
        if c in "cg" and nxt == "h":
            out.append(("c", "ㅋ" if c == "c" else "ㄱ", "k"))
            i += 2
            continue
        if c in "cg" and nxt in ("e", "i"):
            out.append(("c", "ㅊ" if c == "c" else "ㅈ", "ch"))
            i += 1
            if s[i] == "i" and _vowel_at(s, i + 1):
                i += 1  # cia, gio: the i only softens (Giorgio 조르조)
            continue
        if c == "q" and nxt == "u":
            out.append(("c", "ㅋ", "k"))
            out.append(("w", "", ""))
            i += 2
            continue
        if c == "z":
            out.append(("c", "ㅈ" if i == 0 else "ㅊ", "z"))  # Zegna 제냐; Firenze 피렌체, Lavazza 라바차
            i += 1
            continue
        jamo = {"b": "ㅂ", "p": "ㅍ", "d": "ㄷ", "t": "ㅌ", "f": "ㅍ", "v": "ㅂ", "m": "ㅁ", "n": "ㄴ", "l": "ㄹ",
                "r": "ㄹ", "s": "ㅅ", "c": "ㅋ", "g": "ㄱ"}.get(c)
        if jamo is None:
            return []
        out.append(("c", jamo, c if c in "lmnrs" else "k"))
        i += 1
    return out


def _spanish_segments(s: str) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    i = 0
    while i < len(s):
        c = s[i]
        nxt = s[i + 1:i + 2]
        if c in _VOWELS:
            out.append(("v", c, ""))
            i += 1
            continue
        if c == "h":
            i += 1
            continue
        if c == "l" and nxt == "l":
            out.append(("y", "", "") if _vowel_at(s, i + 2) else ("v", "i", ""))  # Sevilla 세비야
            i += 2
            continue
        if c == "y":
            out.append(("y", "", "") if _vowel_at(s, i + 1) else ("v", "i", ""))
            i += 1
            continue
        if c == "ñ":
            out += [("c", "ㄴ", "n"), ("y", "", "")]
            i += 1
            continue
        if c == "c" and nxt == "h":
            out.append(("c", "ㅊ", "ch"))
            i += 2
            continue
        if c == nxt and c in "rcn":
            i += 1  # rr, cc (before e/i: ks), nn once
            if c == "c":
                out.append(("c", "ㅋ", "k"))
            continue
        if c in "gq" and nxt == "u" and s[i + 2:i + 3] in ("e", "i"):
            out.append(("c", "ㄱ" if c == "g" else "ㅋ", "k"))  # guerra 게라, Quito 키토: the u is silent
            i += 2
            continue
        if c == "g" and nxt == "u" and s[i + 2:i + 3] in ("a", "o"):
            out += [("c", "ㄱ", "k"), ("w", "", "")]  # Guadalajara 과달라하라
            i += 2
            continue
        if c == "x":
            out += [("c", "ㄱ", "x"), ("c", "ㅅ", "s")]
            i += 1
            continue
        if c == "c":
            out.append(("c", "ㅅ" if nxt in ("e", "i") else "ㅋ", "s" if nxt in ("e", "i") else "k"))
            i += 1
            continue
        if c == "g":
            out.append(("c", "ㅎ" if nxt in ("e", "i") else "ㄱ", "k"))
            i += 1
            continue
        jamo = {"b": "ㅂ", "v": "ㅂ", "p": "ㅍ", "d": "ㄷ", "t": "ㅌ", "f": "ㅍ", "m": "ㅁ", "n": "ㄴ", "l": "ㄹ",
                "r": "ㄹ", "s": "ㅅ", "z": "ㅅ", "j": "ㅎ", "k": "ㅋ"}.get(c)
        if jamo is None:
            return []
        out.append(("c", jamo, "s" if c == "z" else c if c in "lmnrs" else "k"))
        i += 1
    return out


def _write(segments: list[tuple[str, str, str]]) -> str | None:
    """Hangul for the segments, NIKL-style (see the module docstring)."""
    syllables: list[list[str]] = []  # [initial, vowel, final]
    pending: str | None = None  # an onset waiting for its vowel
    pending_class = ""
    glide = ""
    for kind, value, cls in segments:
        if kind in ("y", "w"):
            glide = kind
            continue
        if kind == "v":
            initial = pending or "ㅇ"
            table = _Y if glide == "y" else _W if glide == "w" else _PLAIN
            vowel = table[value]
            if glide == "y" and initial in _NO_Y:
                vowel = _PLAIN[value]
            if pending_class == "l" and syllables and not syllables[-1][2]:
                syllables[-1][2] = "ㄹ"  # an l between vowels is ㄹㄹ (Milano 밀라노, Carlo 카를로)
            syllables.append([initial, vowel, ""])
            pending, pending_class, glide = None, "", ""
            continue
        # a consonant: the one waiting is closed off first
        if pending is not None:
            _close(syllables, pending, pending_class)
        pending, pending_class, glide = value, cls, ""  # a glide with no vowel after it is lost
    if pending is not None:
        _close(syllables, pending, pending_class)
    if not syllables:
        return None
    return "".join(compose(*s) for s in syllables)


def _close(syllables: list[list[str]], jamo: str, cls: str) -> None:
    """A consonant with no vowel of its own: l, m, n close the syllable before it (알바, 람보르기니);
    any other is said with ㅡ (프라다, 마르코, 마드리드)."""
    last = syllables[-1] if syllables else None
    if cls in ("l", "m", "n") and last is not None and not last[2]:
        last[2] = jamo
        return
    if cls == "x" and last is not None and not last[2]:
        last[2] = "ㄱ"  # x is ks: 멕시코
        return
    if cls == "ch":
        syllables.append([jamo, "ㅣ", ""])
        return
    syllables.append([jamo, "ㅡ", ""])


def italian_hangul(spelling: str) -> str | None:
    """Hangul for a name spelled the Italian way, by the NIKL table, or None if it is not one.

    >>> italian_hangul("Lamborghini"), italian_hangul("Gucci"), italian_hangul("Modigliani")
    ('람보르기니', '구치', '모딜리아니')
    >>> italian_hangul("Pirelli"), italian_hangul("Bertolucci"), italian_hangul("London")
    ('피렐리', '베르톨루치', None)
    """
    letters = _letters(spelling)
    if not letters or not italian(letters):
        return None
    segments = _italian_segments(letters)
    return _write(segments) if segments else None


def spanish_hangul(spelling: str) -> str | None:
    """Hangul for a name spelled the Spanish way, by the NIKL table, or None if it is not one.

    >>> spanish_hangul("Jiménez"), spanish_hangul("Villegas"), spanish_hangul("Rodríguez")
    ('히메네스', '비예가스', '로드리게스')
    """
    letters = _letters(spelling)
    if not letters or not spanish(letters.replace("ñ", "n")):
        return None
    segments = _spanish_segments(letters)
    return _write(segments) if segments else None
