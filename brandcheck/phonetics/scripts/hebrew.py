"""English → Hebrew script (he), by the rules for transcribing foreign names.

Rules: the Academy of the Hebrew Language's transcription rules for foreign words and names
(כללי התעתיק, 2011), as practised in the press and on packaging. Hebrew is written without vowel
points, so vowels are shown with *matres lectionis*: י for [i ɪ] and the diphthongs [eɪ aɪ]
(doubled יי: Nike נייקי), ו for [u ʊ o ɔ] (Google גוגל); [a] and [e] are usually not written
inside a word, but a final [a] is ה and a final [i] is י (Coca-Cola קוקה קולה, Pepsi פפסי).
A word starting with a vowel takes א. Foreign [t] and [k] are ט and ק (Intel אינטל), consonantal
[v w] inside a word are וו, and sounds Hebrew lacks take a geresh: ג׳ [dʒ], צ׳ [tʃ], ז׳ [ʒ],
ת׳ [θ], ד׳ [ð]. Final forms ך ם ן ף ץ end a word; a final [p] stays פ (ף would be read [f]).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..romanize import romanize as romanize_ipa
from ._common import (Unit, Word, combine, continental, rank, unwritten_schwa, without_possessive, words_of,
                      written_together)
from .foreign_spelling import continental_looking

if TYPE_CHECKING:  # pragma: no cover
    from ...markets import Market
    from ..source_types import Source

__all__ = ["render", "rules", "candidates", "romanize", "GERESH"]

GERESH = "\u05f3"

CONSONANT: dict[str, str] = {
    "p": "פ", "b": "ב", "t": "ט", "d": "ד", "k": "ק", "ɡ": "ג", "f": "פ", "v": "ו", "θ": "ת" + GERESH,
    "ð": "ד" + GERESH, "s": "ס", "z": "ז", "ʃ": "ש", "ʒ": "ז" + GERESH, "h": "ה", "x": "ח",
    "tʃ": "צ" + GERESH, "dʒ": "ג" + GERESH, "ts": "צ", "m": "מ", "n": "נ", "ŋ": "נג", "l": "ל", "ɹ": "ר",
    "w": "ו", "j": "י",
}
FINAL_FORMS = {"כ": "ך", "מ": "ם", "נ": "ן", "צ": "ץ"}
"""Final letter forms (פ → ף only when it is [f])."""

# Vowel sound → mater lectionis inside a word ("" = not written).
MATER: dict[str, str] = {
    "i": "י", "ɪ": "י", "eɪ": "יי", "ɛ": "", "æ": "", "ɑ": "", "ʌ": "", "ə": "", "ɔ": "ו", "oʊ": "ו",
    "ʊ": "ו", "u": "ו", "ɚ": "", "aɪ": "יי", "aʊ": "או", "ɔɪ": "וי",
}
_FINAL_VOWEL = {"ɑ": "ה", "æ": "ה", "ʌ": "ה", "ə": "ה", "ɛ": "ה", "eɪ": "יי", "i": "י", "ɪ": "י"}


def _mater(u: Unit) -> str:
    if u.phone == "ɑ" and u.stress >= 1 and u.letters.startswith("a"):
        return "א"  # a stressed long [ɑː] is often written with alef (Starbucks סטארבקס)
    if u.phone == "ɑ" and "o" in u.letters:
        return "ו"  # Boston בוסטון
    if u.phone == "ə" and u.letters in ("o", "u", "ou"):
        return "ו"  # Johnson ג׳ונסון
    if u.phone == "ə" and u.letters in ("i", "y"):
        return "י"
    return MATER.get(u.phone, "")


def rules(word: Word, *, write_e: bool = False, v_bet: bool = False) -> str:
    """Hebrew spelling of one word (see module docstring); ``write_e`` writes [ɛ] with י, ``v_bet``
    a [v] inside the word with ב (Lenovo לנובו, Chevrolet שברולט: the press's other spelling, which
    keeps it apart from the vowel letter ו)."""
    units = [u for u in word.units if u.phone]
    units = [u for k, u in enumerate(units) if not unwritten_schwa(units, k)]
    n = len(units)
    out: list[str] = []
    for i, u in enumerate(units):
        ph = u.phone
        nxt = units[i + 1] if i + 1 < n else None
        if u.vowel:
            if i == 0:
                out.append("א")
            if nxt is None and ph in _FINAL_VOWEL:
                mater = _mater(u) or _FINAL_VOWEL[ph]
                out.append("י" if ph in ("i", "ɪ") else mater)
                continue
            mater = _mater(u)
            if ph == "ɛ" and write_e:
                mater = "י"
            if ph == "ɚ" and not (nxt is not None and nxt.phone == "ɹ"):
                mater = "ר"  # the r of an r-coloured vowel (Turner טרנר)
            out.append(mater)
            continue
        if i and units[i - 1].phone == ph:
            continue  # doubled sound written once
        letter = CONSONANT.get(ph, "")
        if ph in ("v", "w") and 0 < i and (nxt is not None and nxt.vowel) and _mater(nxt) != "ו":
            letter = "וו"  # consonantal vav inside a word (before a ו mater one is enough: Volvo וולוו)
        if ph == "v" and i and v_bet:
            letter = "ב"
        if ph == "z" and u.letters == "s" and nxt is None:
            letter = "ס"  # final -s: McDonald's מקדונלדס
        if ph == "f" and nxt is None:
            letter = "ף"
        if ph == "j" and i and nxt is not None and nxt.vowel and units[i - 1].vowel and \
                not {_mater(units[i - 1])[-1:], _mater(nxt)[:1]} & {"ו", "י"}:
            letter = "יי"  # consonantal yod between vowels, single beside a vowel letter (Toyota טויוטה)
        out.append(letter)
    text = "".join(out)
    if text and text[-1] in FINAL_FORMS:
        text = text[:-1] + FINAL_FORMS[text[-1]]
    return text


def candidates(word: Word) -> list[tuple[str, float]]:
    """Scored candidates for one word, best first."""
    from ._common import letter_word

    if word.kind == "letters":
        parts = [rules(letter_word(c)) for c in word.letters]
        return [("-".join(parts), 0.7), ("".join(parts), 0.5)]
    base = 0.75 if word.kind in ("dictionary", "user", "number") else 0.6
    out = [(rules(word), base), (rules(word, write_e=True), base - 0.1), (rules(word, v_bet=True), base - 0.05)]
    bare = without_possessive(word)
    if bare is not None:
        out.append((rules(bare), base - 0.05))
    if word.kind in ("dictionary", "g2p") and continental_looking(word.letters, word.spelling):
        reading = continental(word.spelling, written=True)
        if reading is not None:
            # Italian, Japanese, Korean names by their letters (Toyota טויוטה, Lamborghini למבורגיני)
            out.append((rules(reading), base - 0.05))
    return rank(out, 6)


# English sound → Israeli Hebrew sound (five vowels a e i o u; r uvular; no θ ð w).
_HEBREW_SOUND = {
    "i": ("i",), "ɪ": ("i",), "eɪ": ("e", "j"), "ɛ": ("e",), "æ": ("a",), "ɑ": ("a",), "ɔ": ("o",),
    "oʊ": ("o",), "ʊ": ("u",), "u": ("u",), "ʌ": ("a",), "ə": ("e",), "ɚ": ("e", "ʁ"), "aɪ": ("a", "j"),
    "aʊ": ("a", "u"), "ɔɪ": ("o", "j"), "θ": ("t",), "ð": ("d",), "w": ("v",), "ŋ": ("n", "ɡ"), "ɹ": ("ʁ",),
    "h": ("h",), "x": ("χ",),
}


def hebrew_reading(word: Word) -> tuple[str, ...]:
    """How an Israeli reader says the word (unwritten vowels supplied from the English sounds)."""
    units = [u for u in word.units if u.phone]
    units = [u for k, u in enumerate(units) if not unwritten_schwa(units, k)]
    segs: list[str] = []
    for u in units:
        if u.phone == "ɑ" and "o" in u.letters:
            segs.append("o")
        elif u.phone == "ɚ" and u.letters[:1] in ("a", "o"):
            segs.extend((u.letters[0], "ʁ"))  # Oscar [oskaʁ]
        elif u.phone == "ə" and u.letters in ("a", "o", "u", "i"):
            segs.append({"a": "a", "o": "o", "u": "o", "i": "i"}[u.letters])
        else:
            segs.extend(_HEBREW_SOUND.get(u.phone, (u.phone,)))
    return tuple(segs)


def render(source: "Source", market: "Market", *, k: int = 3) -> list:
    """Hebrew renderings, best first."""
    from . import Rendering

    words = words_of(source)
    readings = [hebrew_reading(w) for w in words]
    reading = tuple(seg for r in readings for seg in r)
    # vowels are unwritten: romanise the reading, as everyday Hebrew romanisation does
    latin = " ".join(romanize_ipa(r, informal=True) for r in readings)
    per_word = [candidates(w) for w in words]
    return [Rendering(text, latin, reading, round(score, 4))
            for text, score in combine(per_word, " ", k, written_together(source), _inner_joint)]


_NOT_FINAL = str.maketrans("ךםןףץ", "כמנפצ")


def _inner_joint(left: str, right: str) -> str:
    """Two parts of a camel-case word written as one word: the joint is inside it, so the first
    part's last letter loses its final form (פייסבוק, not a ם or ן before the second part)."""
    return left[:-1] + left[-1:].translate(_NOT_FINAL) + right


_ROMAN = {
    "א": "'", "ב": "b", "ג": "g", "ד": "d", "ה": "h", "ו": "v", "ז": "z", "ח": "kh", "ט": "t", "י": "y",
    "כ": "k", "ך": "kh", "ל": "l", "מ": "m", "ם": "m", "נ": "n", "ן": "n", "ס": "s", "ע": "'", "פ": "p",
    "ף": "f", "צ": "ts", "ץ": "ts", "ק": "k", "ר": "r", "ש": "sh", "ת": "t", " ": " ", "-": "-",
}
_GERESH_ROMAN = {"ג": "j", "צ": "ch", "ז": "zh", "ת": "th", "ד": "dh"}


def romanize(text: str) -> str:
    """Letter-by-letter transliteration (ספרינט → ``sprynt``; matres as ``y``/``w``... read as i/o/u)."""
    out: list[str] = []
    chars = list(text)
    for k, ch in enumerate(chars):
        if ch == GERESH or ch == "'":
            continue
        if k + 1 < len(chars) and chars[k + 1] in (GERESH, "'") and ch in _GERESH_ROMAN:
            out.append(_GERESH_ROMAN[ch])
            continue
        if ch == "ו":
            prev = chars[k - 1] if k else ""
            nxt = chars[k + 1] if k + 1 < len(chars) else ""
            out.append("v" if nxt == "ו" or prev == "ו" or not prev or prev == " " else "o")
            continue
        if ch == "י":
            prev = chars[k - 1] if k else ""
            out.append("i" if prev and prev not in " יא" else "y")
            continue
        out.append(_ROMAN.get(ch, ""))
    return "".join(out).replace("vv", "v")
