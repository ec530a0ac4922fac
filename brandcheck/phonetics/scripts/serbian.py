"""English → Serbian Cyrillic (sr-Cyrl), as Serbian writes foreign names and brands.

Serbian spelling is phonemic, one letter a sound (Vuk's rule, «Пиши као што говориш»), and
the Pravopis (Matica srpska, 2010, т. 178–200, transcription of English names) writes a foreign
name by how its language says it, with Serbian letters, not by the Russian tradition: [dʒ] is џ
(Jeep Џип), [j] ј (Yahoo Јаху), [n l] before [j] are њ љ (Newton Њутн), [w] is в (William
Вилијам), [æ] е (McDonald's Мекдоналдс, Apple Епл), [ɔ] and [oʊ] о (Shaw Шо, Coca-Cola Кока-Кола),
diphthongs ај еј ој ау; doubled consonants are written once (Nissan Нисан, Facebook Фејсбук); и
before а or е takes a ј (Fiat Фијат, India Индија). Reduced vowels take their letter as in
Russian practice (Heineken Хајнекен). Names spelled the continental way (-a, -i, -o; romaji)
are also read by their letters (Toyota Тојота, Mitsubishi Мицубиши). Serbian Latin (gajica) is
the same letters one for one, so the romanisation is the Serbian Latin spelling (Џип → Džip).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._common import Unit, Word, combine, continental, rank, said_as_spelled, unwritten_schwa, without_possessive, \
    words_of, written_together

if TYPE_CHECKING:  # pragma: no cover
    from ...markets import Market
    from ..source_types import Source

__all__ = ["render", "rules", "candidates", "romanize", "serbian_ipa", "SERBIAN_LETTERS"]

SERBIAN_LETTERS = frozenset("ђјљњћџЂЈЉЊЋЏ")
"""Letters Serbian Cyrillic writes and Russian, Ukrainian and Bulgarian do not (Macedonian shares ј љ њ џ)."""

CONSONANT: dict[str, str] = {
    "p": "п", "b": "б", "t": "т", "d": "д", "k": "к", "ɡ": "г", "f": "ф", "v": "в", "θ": "т", "ð": "д",
    "s": "с", "z": "з", "ʃ": "ш", "ʒ": "ж", "h": "х", "x": "х", "tʃ": "ч", "dʒ": "џ", "ts": "ц", "m": "м",
    "n": "н", "ŋ": "нг", "l": "л", "ɹ": "р", "w": "в", "j": "ј",
}
VOWEL: dict[str, str] = {
    "i": "и", "ɪ": "и", "eɪ": "еј", "ɛ": "е", "æ": "е", "ɑ": "а", "ɔ": "о", "oʊ": "о", "ʊ": "у", "u": "у",
    "ʌ": "а", "ə": "а", "ɚ": "ер", "aɪ": "ај", "aʊ": "ау", "ɔɪ": "ој",
}
_LETTER = {"a": "а", "e": "е", "i": "и", "o": "о", "u": "у", "y": "и"}
_PALATAL = {"н": "њ", "л": "љ"}  # [nj] [lj] are one Serbian sound each (Newton Њутн)
_VOWELS_SR = frozenset("аеиоу")


def _vowel(units: list[Unit], k: int) -> str:
    u = units[k]
    ph, letters, stressed = u.phone, u.letters, u.stress >= 1
    if k == 1 and units[0].phone == "m" and letters in ("a", "") and len(units) > 2 and units[2].phone == "k":
        return "е"  # Mc/Mac is said [mek]: Мекдоналдс
    if ph == "ə" or (ph in ("ɪ", "ɛ") and not stressed) or (ph == "ʌ" and letters == "o"):
        vowels = [c for c in letters if c in _LETTER]
        if vowels:  # a reduced vowel takes its letter (Heineken Хајнекен); -ou-, -io- their last
            return _LETTER[vowels[-1] if letters in ("ou", "io", "ia", "iu") else vowels[0]]
        return "а" if ph == "ə" else VOWEL[ph]
    if ph == "ɑ" and "o" in letters:
        return "о"
    if ph == "ɚ":
        if letters.startswith("ar"):
            return "ар"
        if letters.startswith(("or", "wor")) or letters == "our":
            return "ор"
        if letters.startswith("ir") and not stressed:
            return "ир"
        return "ер"
    if ph == "eɪ" and letters in ("a", "e") and not stressed:
        return _LETTER[letters]
    return VOWEL.get(ph, "а")


def rules(word: Word) -> str:
    """Serbian Cyrillic for one word (see module docstring)."""
    sounding = [u for u in word.units if u.phone]
    sounding = [u for k, u in enumerate(sounding) if not unwritten_schwa(sounding, k)]
    out: list[str] = []
    n = len(sounding)
    for i, u in enumerate(sounding):
        ph = u.phone
        prev = sounding[i - 1] if i else None
        nxt = sounding[i + 1] if i + 1 < n else None
        if u.vowel:
            v = _vowel(sounding, i)
            if ph == "ɚ" and nxt is not None and nxt.phone == "ɹ":
                v = v[:-1]  # the r is written once
            if out and out[-1].endswith("ј") and v.startswith("и"):
                out[-1] = out[-1][:-1]  # no ј before и
            out.append(v)
            continue
        if prev is not None and prev.phone == ph:
            continue  # a doubled sound is written once (Nissan Нисан)
        if ph == "j" and "i" in u.letters and out and out[-1][-1:] not in _VOWELS_SR:
            out.append("иј")  # a [j] written i after a consonant is a syllable (Daniel Денијел, William Вилијам)
            continue
        if ph == "j" and out and out[-1][-1:] in _PALATAL and not (nxt is not None and nxt.phone == "i"):
            out[-1] = out[-1][:-1] + _PALATAL[out[-1][-1]]  # Њутн, Бриљантин
            continue
        if ph == "j" and nxt is not None and nxt.phone in ("i", "ɪ"):
            continue
        cons = CONSONANT.get(ph, "")
        if ph == "z" and u.letters in ("s", "es", "'s", "se") and nxt is None:
            cons = "с"  # a final -s is с (Мекдоналдс, Денијелс)
        if ph == "ŋ" and (nxt is not None and nxt.phone in ("k", "ɡ") or "g" not in u.letters):
            cons = "н"
        if ph == "k" and u.letters == "x" and (nxt is None or nxt.phone != "s"):
            cons = "кс"
        out.append(cons)
    text = "".join(out)
    return _iotate(text)


def _iotate(text: str) -> str:
    """и before а or е takes a ј (Fiat Фијат, Daniels Денијелс, India Индија); not before о (Марио)."""
    out = []
    for k, ch in enumerate(text):
        out.append(ch)
        if ch == "и" and k + 1 < len(text) and text[k + 1] in "ае":
            out.append("ј")
    return "".join(out)


_LETTERS = dict(zip("abcdefghijklmnopqrstuvwxyz", "а б ц д е ф г х и ј к л м н о п к р с т у в в кс ј з".split()))


def candidates(word: Word) -> list[tuple[str, float]]:
    """Scored candidates for one word, best first."""
    if word.kind == "letters":
        letters = word.letters or "".join(c for c in word.spelling.lower() if c.isalpha())
        return [("".join(_LETTERS.get(c, "") for c in letters).upper(), 0.7)]
    base = 0.8 if word.kind in ("dictionary", "user", "number") else 0.65
    out = [(rules(word), base)]
    reading = continental(word.spelling) if word.kind in ("dictionary", "g2p") else None
    if reading is not None:
        from .cyrillic import CONTINENTAL_SPELLING

        first = CONTINENTAL_SPELLING.search(reading.letters) is not None or said_as_spelled(word, reading)
        out.append((rules(reading), base + 0.01 if first else base - 0.1))
    bare = without_possessive(word)
    if bare is not None:
        out.append((rules(bare), base - 0.05))
    return rank(out, 6)


def render(source: "Source", market: "Market", *, k: int = 3) -> list:
    """Serbian Cyrillic renderings, best first (capitalised)."""
    from . import Rendering
    from .cyrillic import lower_joint

    per_word = [[(t[:1].upper() + t[1:], s) for t, s in candidates(w)] for w in words_of(source)]
    return [Rendering(text, romanize(text), serbian_ipa(text), round(score, 4))
            for text, score in combine(per_word, " ", k, written_together(source), lower_joint)]


# --------------------------------------------------------------------------------------------------
# Serbian Cyrillic read and romanised (one letter one sound; Latin by the Serbian Latin alphabet).

_ROMAN = dict(zip("абвгдђежзијклљмнњопрстћуфхцчџш",
                  "a b v g d đ e ž z i j k l lj m n nj o p r s t ć u f h c č dž š".split()))
_IPA = dict(zip("абвгдђежзијклљмнњопрстћуфхцчџш",
                "a b v ɡ d dʑ e ʒ z i j k l ʎ m n ɲ o p r s t tɕ u f x ts tʃ dʒ ʃ".split()))


def romanize(text: str) -> str:
    """Serbian Latin letters (Џип → ``Džip``, Мекдоналдс → ``Mekdonalds``); other Cyrillic letters
    by the Russian table."""
    from .cyrillic import romanize as russian

    out = []
    for ch in text:
        low = ch.lower()
        latin = _ROMAN.get(low)
        if latin is None:
            latin = russian(low) if low.isalpha() else ch
        out.append(latin[:1].upper() + latin[1:] if ch != low else latin)
    return "".join(out)


def serbian_ipa(text: str) -> tuple[str, ...]:
    """IPA segments of Serbian Cyrillic (one letter one sound).

    >>> "".join(serbian_ipa("Џип"))
    'dʒip'
    """
    return tuple(_IPA[c] for c in text.lower() if c in _IPA)
