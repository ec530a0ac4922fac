"""English → Devanagari (hi), as Hindi writes English names and loanwords.

Conventions (Central Hindi Directorate, मानक हिंदी वर्तनी, 2016, and newspaper practice): English
alveolar [t d] are heard as retroflex ट ड; [f z] take a nukta (फ़ ज़); [æ] is ै (बैट), the
"open o" [ɒ ɔ] is ॉ with the candra (कॉफ़ी, बॉस्टन); [ʌ ə] are the inherent vowel; [w v] are both
व. Consonants with no vowel between them are joined with a virama (halant) into a conjunct
(स्प्रिंट); a nasal before a consonant is an anusvara on the vowel (स्प्रिंट, not स्प्रिन्ट); a
word-final consonant is written bare — Hindi readers drop the final inherent vowel (schwa
deletion), so गूगल is read [ɡuːɡəl], not [ɡuːɡələ].
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._common import Unit, Word, british_bath, combine, rank, spelled_vowels, without_possessive, words_of, written_together

if TYPE_CHECKING:  # pragma: no cover
    from ...markets import Market
    from ..source_types import Source

__all__ = ["render", "rules", "candidates", "romanize", "hindi_reading"]

HALANT = "\u094d"
ANUSVARA = "\u0902"
NUKTA = "\u093c"

CONSONANT: dict[str, str] = {
    "p": "प", "b": "ब", "t": "ट", "d": "ड", "k": "क", "ɡ": "ग", "f": "फ़", "v": "व", "θ": "थ", "ð": "द",
    "s": "स", "z": "ज़", "ʃ": "श", "ʒ": "ज़", "h": "ह", "x": "ख़", "tʃ": "च", "dʒ": "ज", "ts": "त्स",
    "m": "म", "n": "न", "ŋ": "ङ", "l": "ल", "ɹ": "र", "w": "व", "j": "य",
}

# Vowel sound → (independent letter, matra). "" matra = the inherent vowel.
_STOPS = frozenset("p b t d k ɡ tʃ dʒ".split())

VOWEL: dict[str, tuple[str, str]] = {
    "ə": ("अ", ""), "ʌ": ("अ", ""), "ɑ": ("आ", "ा"), "æ": ("ऐ", "ै"), "ɛ": ("ए", "े"), "eɪ": ("ए", "े"),
    "i": ("ई", "ी"), "ɪ": ("इ", "ि"), "u": ("ऊ", "ू"), "ʊ": ("उ", "ु"), "ɔ": ("ऑ", "ॉ"), "oʊ": ("ओ", "ो"),
    "aɪ": ("आइ", "ाइ"), "aʊ": ("आउ", "ाउ"), "ɔɪ": ("ऑय", "ॉय"), "ɚ": ("अर", "र"),
}


def _vowel(u: Unit) -> str:
    if u.phone == "ɑ" and "o" in u.letters:
        return "ɔ"  # British short o: Boston बॉस्टन
    if u.phone == "ə" and u.letters in ("o",) and u.stress < 1:
        return "ə"
    return u.phone


def rules(word: Word, *, halant_everywhere: bool = True, vowels=None, consonants=None) -> str:
    """Devanagari for one word (see module docstring).

    A schwa no letter writes (apple, Google) is simply the inherent vowel: ऐपल, गूगल. ``vowels``
    (units, index, pending) → (independent letter, matra) or None lets a script that borrows these
    rules write a vowel its own way, and ``consonants`` (sound → letter, None: written with the
    vowel after it) a consonant (Bengali: :mod:`.bengali`).
    """
    units = [u for u in word.units if u.phone]
    # British long a before s + consonant: Master मास्टर, plastic प्लास्टिक (Bengali মাস্টার too)
    units = [Unit("ɑ", u.letters, u.stress) if u.phone == "æ" and british_bath(units, u) else u for u in units]
    n = len(units)
    out: list[str] = []
    pending = False  # last written item is a consonant still waiting for its vowel
    for i, u in enumerate(units):
        ph = u.phone
        nxt = units[i + 1] if i + 1 < n else None
        if u.vowel:
            v = _vowel(u)
            indep, matra = (vowels and vowels(units, i, pending)) or VOWEL.get(v, ("अ", ""))
            if v in ("ə", "ʌ") and nxt is None:
                # a final [ə] is written ा (Zebra ज़ेबरा), after [i] as या (Nokia नोकिया)
                if pending:
                    out.append("ा")
                elif i and units[i - 1].phone in ("i", "ɪ"):
                    if out and out[-1] == "ी":
                        out[-1] = "ि"
                    out.append("या")
                else:
                    out.append("आ")
                pending = False
                continue
            if pending:
                if v == "ɚ":
                    # C + ɚ: the consonant keeps its inherent vowel and r follows (टर्नर)
                    out.append(matra)
                    pending = nxt is None or not nxt.vowel
                    if pending and nxt is not None:
                        out.append(HALANT)
                        pending = False
                    continue
                out.append(matra)
            else:
                out.append(indep)
            pending = False
            continue
        own = (consonants or {}).get(ph, "")
        if own is None and nxt is not None and nxt.vowel:
            continue  # the vowels hook writes it
        if i and units[i - 1].phone == ph and not units[i - 1].vowel:
            continue  # doubled sound written once
        if ph in ("n", "m", "ŋ") and i and units[i - 1].vowel and (
                nxt is None and ph == "ŋ" or nxt is not None and nxt.phone in _STOPS):
            out.append(ANUSVARA)  # nasal before a stop: स्प्रिंट, and final ng: सैमसंग
            if nxt is None:
                out.append("ग")
            continue
        if pending and (halant_everywhere or not (i > 1 and units[i - 2].vowel)) and \
                not (i > 1 and units[i - 1].phone == "ɹ" and units[i - 2].vowel and nxt is not None and nxt.vowel):
            # conjunct; but r + consonant after a vowel stays apart before that consonant's vowel
            # (स्टारबक्स), and is a reph in a closed syllable (कार्ड, फ़ोर्ड)
            out.append(HALANT)
        letter = own or CONSONANT.get(ph, "")
        if ph == "z" and u.letters == "s" and nxt is None:
            letter = "स"  # final -s: मैकडॉनल्ड्स
        out.append(letter)
        pending = True
    return "".join(out)


def candidates(word: Word, **style) -> list[tuple[str, float]]:
    """Scored candidates for one word, best first (``style``: ``vowels``, ``consonants`` of :func:`rules`)."""
    from ._common import letter_word

    if word.kind == "letters":
        parts = [rules(letter_word(c), **style) for c in word.letters]
        return [("".join(parts), 0.7), (" ".join(parts), 0.5)]
    base = 0.75 if word.kind in ("dictionary", "user", "number") else 0.6
    out = [(rules(word, **style), base), (rules(word, halant_everywhere=False, **style), base - 0.1)]
    bare = without_possessive(word)
    if bare is not None:
        out.append((rules(bare, **style), base - 0.05))
    spelled = spelled_vowels(word) if word.kind in ("dictionary", "g2p") else None
    if spelled is not None:
        # Indian English says a vowel English reduces by its letter (Instagram इंस्टाग्राम)
        out.append((rules(spelled, **style), base - 0.06))
    return rank(out, 6)


# English sound → Hindi sound (retroflex t d, aspirated nothing, [ɪ] prothesis before s + stop).
_HINDI_SOUND = {
    "t": ("ʈ",), "d": ("ɖ",), "θ": ("t̪ʰ",), "ð": ("d̪",), "w": ("ʋ",), "v": ("ʋ",), "ɹ": ("ɾ",), "ʒ": ("z",),
    "x": ("x",), "i": ("iː",), "ɪ": ("ɪ",), "eɪ": ("eː",), "ɛ": ("eː",), "æ": ("ɛː",), "ɑ": ("aː",),
    "ɔ": ("ɔː",), "oʊ": ("oː",), "ʊ": ("ʊ",), "u": ("uː",), "ʌ": ("ə",), "ə": ("ə",), "ɚ": ("ə", "ɾ"),
    "aɪ": ("aː", "ɪ"), "aʊ": ("aː", "ʊ"), "ɔɪ": ("ɔː", "j"), "ŋ": ("ŋ",),
}


def hindi_reading(word: Word) -> tuple[str, ...]:
    """How a Hindi speaker says the word: retroflex t d, Hindi vowels, and the colloquial prothetic
    [ɪ] before an initial s + consonant (school [ɪskuːl])."""
    units = [u for u in word.units if u.phone]
    segs: list[str] = []
    for u in units:
        ph = _vowel(u) if u.vowel else u.phone
        segs.extend(_HINDI_SOUND.get(ph, (ph,)))
    if len(units) > 1 and units[0].phone == "s" and not units[1].vowel:
        segs.insert(0, "ɪ")
    return tuple(segs)


def render(source: "Source", market: "Market", *, k: int = 3) -> list:
    """Devanagari renderings, best first."""
    from . import Rendering

    words = words_of(source)
    reading = tuple(seg for w in words for seg in hindi_reading(w))
    per_word = [candidates(w) for w in words]
    return [Rendering(text, romanize(text), reading, round(score, 4))
            for text, score in combine(per_word, " ", k, written_together(source))]


# --------------------------------------------------------------------------------------------------
# Romanisation: ISO 15919-style letters without diacritics, final inherent vowel dropped.

_ROMAN_CONS = {
    "क": "k", "ख": "kh", "ग": "g", "घ": "gh", "ङ": "ng", "च": "ch", "छ": "chh", "ज": "j", "झ": "jh",
    "ट": "t", "ठ": "th", "ड": "d", "ढ": "dh", "ण": "n", "त": "t", "थ": "th", "द": "d", "ध": "dh", "न": "n",
    "प": "p", "फ": "ph", "ब": "b", "भ": "bh", "म": "m", "य": "y", "र": "r", "ल": "l", "व": "v", "श": "sh",
    "ष": "sh", "स": "s", "ह": "h",
}
_NUKTA_ROMAN = {"फ": "f", "ज": "z", "ख": "kh", "ड": "r"}
_ROMAN_VOWEL = {
    "अ": "a", "आ": "aa", "इ": "i", "ई": "ee", "उ": "u", "ऊ": "oo", "ए": "e", "ऐ": "ai", "ओ": "o", "औ": "au",
    "ऑ": "o", "ा": "aa", "ि": "i", "ी": "ee", "ु": "u", "ू": "oo", "े": "e", "ै": "ai", "ो": "o", "ौ": "au",
    "ॉ": "o",
}


def _has_vowel_after(chars: list[str], j: int) -> bool:
    """The consonant at ``chars[j]`` is followed by a vowel sign or its own inherent vowel (not halant
    and not the end of the word)."""
    if j >= len(chars) or chars[j] not in _ROMAN_CONS:
        return False
    k = j + 1
    if k < len(chars) and chars[k] == NUKTA:
        k += 1
    return k < len(chars) and chars[k] != HALANT and chars[k] not in " -"


def romanize(text: str) -> str:
    """Latin letters for Devanagari (स्प्रिंट → ``sprint``, गूगल → ``google``)."""
    out: list[str] = []
    chars = list(text)
    for k, ch in enumerate(chars):
        nxt = chars[k + 1] if k + 1 < len(chars) else ""
        if ch in _ROMAN_CONS:
            base = _NUKTA_ROMAN[ch] if nxt == NUKTA and ch in _NUKTA_ROMAN else _ROMAN_CONS[ch]
            prev_is_vowel = bool(out) and out[-1][-1:] in "aeiou" and k > 0 and chars[k - 1] != HALANT
            out.append(base)
            after = chars[k + 2] if nxt == NUKTA and k + 2 < len(chars) else nxt
            if after not in _ROMAN_VOWEL and after not in (HALANT,) and after and after not in " -":
                # inherent vowel, unless schwa deletion drops it (VC_CV: स्टारबक्स staarbaks)
                nxt_cons = after in _ROMAN_CONS
                if not (prev_is_vowel and nxt_cons and _has_vowel_after(chars, k + (2 if nxt == NUKTA else 1))):
                    out.append("a")
            elif not after or after in " -":
                pass  # final inherent vowel dropped
        elif ch in _ROMAN_VOWEL:
            out.append(_ROMAN_VOWEL[ch])
        elif ch == ANUSVARA:
            out.append("n")
        elif ch in " -":
            out.append(ch)
    return "".join(out)
