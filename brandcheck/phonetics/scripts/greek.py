"""English → Greek (el), as Greek writes foreign names and brands by sound.

Conventions of Greek practice (press style books; ELOT 743 is the reverse, Greek → Latin): Greek
has no letters for [b d ɡ], so they are written μπ ντ γκ (Μπιλ, Μακντόναλντς, Γκουγκλ); [ʃ ʒ]
are σ ζ, [tʃ dʒ] τσ τζ, [h] χ, [w] ου (γου at the start: Γουόκερ), [u] ου; [ks ps] are ξ ψ
(Πέψι); [j] before a vowel at the start or after a vowel is γι (γ before ε, ι: Γιάχου, Τογιότα,
Γέιλ), [w] between vowels γου (Τάιγουαν). English vowels fold into the five Greek ones, reduced vowels follow their letter
(Heineken Χάινεκεν). Words of two or more syllables carry the accent (τόνος) on the stressed
vowel; final σ is ς.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from ._common import Unit, Word, combine, continental, rank, unwritten_schwa, without_possessive, words_of
from .foreign_spelling import continental_looking

if TYPE_CHECKING:  # pragma: no cover
    from ...markets import Market
    from ..source_types import Source

__all__ = ["render", "rules", "candidates", "romanize", "greek_ipa"]

CONSONANT: dict[str, str] = {
    "p": "π", "b": "μπ", "t": "τ", "d": "ντ", "k": "κ", "ɡ": "γκ", "f": "φ", "v": "β", "θ": "θ", "ð": "δ",
    "s": "σ", "z": "ζ", "ʃ": "σ", "ʒ": "ζ", "h": "χ", "x": "χ", "tʃ": "τσ", "dʒ": "τζ", "ts": "τσ", "m": "μ",
    "n": "ν", "ŋ": "νγκ", "l": "λ", "ɹ": "ρ", "w": "ου", "j": "ι",
}

# Vowel sound → Greek letters; the accent goes on the letter at the given index when stressed.
VOWEL: dict[str, tuple[str, int]] = {
    "i": ("ι", 0), "ɪ": ("ι", 0), "eɪ": ("ει", 0), "ɛ": ("ε", 0), "æ": ("α", 0), "ɑ": ("α", 0), "ɔ": ("ο", 0),
    "oʊ": ("ο", 0), "ʊ": ("ου", 1), "u": ("ου", 1), "ʌ": ("α", 0), "ə": ("ε", 0), "ɚ": ("ερ", 0),
    "aɪ": ("αι", 0), "aʊ": ("αου", 0), "ɔɪ": ("οι", 0),
}
_LETTER = {"a": ("α", 0), "e": ("ε", 0), "i": ("ι", 0), "o": ("ο", 0), "u": ("ου", 1), "y": ("ι", 0)}
# After an accented α/ο the ι of αι/οι is a separate vowel ([ai], not [e]): Νάικι; without the
# accent on α it needs a diaeresis (αϊ).
_ACUTE = {"α": "ά", "ε": "έ", "η": "ή", "ι": "ί", "ο": "ό", "υ": "ύ", "ω": "ώ"}


def _vowel(u: Unit) -> tuple[str, int]:
    if u.phone == "ɑ" and "o" in u.letters:
        return ("ο", 0)
    if u.phone in ("ə", "ɪ") and u.stress < 1 and u.letters in _LETTER:
        return _LETTER[u.letters]
    if u.phone == "eɪ":
        return ("έι", -1) if u.stress == 1 else ("ει", 0)
    if u.phone == "aɪ":
        return ("άι", -1) if u.stress == 1 else ("αϊ", 0)
    if u.phone == "ɔɪ":
        return ("όι", -1) if u.stress == 1 else ("οϊ", 0)
    return VOWEL.get(u.phone, ("α", 0))


def rules(word: Word, *, accent: bool = True) -> str:
    """Greek spelling of one word (see module docstring)."""
    units = [u for u in word.units if u.phone]
    units = [u for k, u in enumerate(units) if not unwritten_schwa(units, k)]
    n = len(units)
    syllables = sum(1 for u in units if u.vowel) + sum(1 for u in units if u.phone in ("aɪ", "eɪ", "ɔɪ", "aʊ"))
    pieces: list[str] = []
    i = 0
    while i < n:
        u = units[i]
        ph = u.phone
        nxt = units[i + 1] if i + 1 < n else None
        if u.vowel:
            text, at = _vowel(u)
            if accent and syllables > 1 and u.stress == 1 and at >= 0:
                text = text[:at] + _ACUTE.get(text[at], text[at]) + text[at + 1:]
            elif at < 0 and not (accent and syllables > 1):
                text = unicodedata.normalize("NFC", "".join(
                    c for c in unicodedata.normalize("NFD", text) if c != "\u0301"))
            pieces.append(text)
            i += 1
            continue
        if i and units[i - 1].phone == ph:
            i += 1
            continue  # doubled sound written once (Bill Μπιλ)
        if nxt is not None and nxt.phone in ("s", "z") and (ph == "p" or (ph == "k" and u.letters == "x")):
            pieces.append("ξ" if ph == "k" else "ψ")  # ps ψ (Πέψι), x ξ (Ξέροξ); ck + s stays κς
            i += 2
            continue
        letter = CONSONANT.get(ph, "")
        after_vowel = i == 0 or units[i - 1].vowel
        if ph == "w" and (i == 0 or (units[i - 1].vowel and nxt is not None and nxt.vowel)):
            letter = "γου"  # initial or between vowels: Γουόκερ, Τάιγουαν, Χουαγουέι
        if ph == "j" and after_vowel and nxt is not None and nxt.vowel:
            letter = "γ" if nxt.phone in ("i", "ɪ", "ɛ", "eɪ") else "γι"  # [j] + vowel: Γιουτιούμπ, Τογιότα, Γέιλ
        if ph == "d" and i and units[i - 1].phone == "n":
            letter = "τ"  # nd → ντ, not νντ
        if ph == "ɡ" and i and units[i - 1].phone in ("n", "ŋ"):
            letter = "κ"
        if ph == "b" and i and units[i - 1].phone == "m":
            letter = "π"
        if ph == "z" and u.letters == "s" and nxt is None:
            letter = "ς"
        pieces.append(letter)
        i += 1
    text = "".join(pieces)
    if text.endswith("σ"):
        text = text[:-1] + "ς"
    return text


def candidates(word: Word) -> list[tuple[str, float]]:
    """Scored candidates for one word, best first."""
    from ._common import letter_word

    if word.kind == "letters":
        parts = [rules(letter_word(c)) for c in word.letters]
        spelled = "-".join(rules(letter_word(c), accent=False) for c in word.letters)
        return [(_strip_accents(spelled).upper(), 0.6), ("".join(parts), 0.5)]
    base = 0.75 if word.kind in ("dictionary", "user", "number") else 0.6
    out = [(rules(word), base)]
    bare = without_possessive(word)
    if bare is not None:
        out.append((rules(bare), base - 0.05))
    if word.kind in ("dictionary", "g2p") and continental_looking(word.letters):
        reading = continental(word.spelling, written=True)
        if reading is not None:
            # the Greek press writes Italian, Japanese, Korean names by their letters (Πόρσε, Χιούνταϊ)
            out.append((rules(reading), base - 0.05))
    return rank(out, 6)


def _strip_accents(text: str) -> str:
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", text) if c != "\u0301"))


def render(source: "Source", market: "Market", *, k: int = 3) -> list:
    """Greek renderings, best first (capitalised)."""
    from . import Rendering

    per_word = [[(t[:1].upper() + t[1:], s) for t, s in candidates(w)] for w in words_of(source)]
    return [Rendering(text, romanize(text), greek_ipa(text), round(score, 4))
            for text, score in combine(per_word, " ", k)]


# --------------------------------------------------------------------------------------------------
# Reading and romanising Greek letters (Modern Greek values; ELOT 743-style Latin).

_DIGRAPHS = (("μπ", ("b",), "b"), ("ντ", ("d",), "d"), ("γκ", ("ɡ",), "g"), ("τσ", ("ts",), "ts"),
             ("τζ", ("dz",), "tz"), ("ου", ("u",), "ou"), ("αι", ("e",), "ai"), ("ει", ("i",), "ei"),
             ("οι", ("i",), "oi"), ("γγ", ("ŋ", "ɡ"), "ng"))
_SINGLE = {
    "α": ("a", "a"), "β": ("v", "v"), "γ": ("ɣ", "g"), "δ": ("ð", "d"), "ε": ("e", "e"), "ζ": ("z", "z"),
    "η": ("i", "i"), "θ": ("θ", "th"), "ι": ("i", "i"), "κ": ("k", "k"), "λ": ("l", "l"), "μ": ("m", "m"),
    "ν": ("n", "n"), "ξ": ("ks", "x"), "ο": ("o", "o"), "π": ("p", "p"), "ρ": ("r", "r"), "σ": ("s", "s"),
    "ς": ("s", "s"), "τ": ("t", "t"), "υ": ("i", "y"), "φ": ("f", "f"), "χ": ("x", "ch"), "ψ": ("ps", "ps"),
    "ω": ("o", "o"),
}


def _plain(text: str) -> str:
    """Lower case without accents, keeping the diaeresis as a separate mark (``"`` before the letter)."""
    out = []
    for ch in unicodedata.normalize("NFD", text.lower()):
        if ch == "\u0308":
            out.append("¨")
        elif not unicodedata.combining(ch):
            out.append(ch)
    return "".join(out)


def _walk(text: str):
    """Yield (ipa segments, latin) per grapheme; an accented or diaeresis ι/υ after a vowel is separate."""
    plain = _plain(text)
    accented = unicodedata.normalize("NFD", text.lower())
    # positions where the second letter of a vowel pair carries its own vowel (άι, αϊ): no digraph
    split_pairs = set()
    base_index = -1
    for ch in accented:
        if not unicodedata.combining(ch):
            base_index += 1
        elif ch == "\u0301" and base_index >= 0:
            split_pairs.add(base_index + 1)  # accent on the first vowel of αι/οι/ει
    plain = plain.replace("¨", "")
    i = 0
    while i < len(plain):
        if plain[i] == " ":
            yield (), " "
            i += 1
            continue
        for digraph, ipa, latin in _DIGRAPHS:
            if plain.startswith(digraph, i) and not (digraph in ("αι", "ει", "οι") and (i + 1) in split_pairs):
                if digraph in ("αι", "ει", "οι") and i + 1 in split_pairs:
                    break
                yield ipa, latin
                i += len(digraph)
                break
        else:
            ipa1, latin1 = _SINGLE.get(plain[i], ((), ""))
            yield ((ipa1,) if isinstance(ipa1, str) and len(ipa1) < 3 and ipa1 not in ("ks", "ps") else
                   tuple(ipa1) if ipa1 in ("ks", "ps") else (ipa1,) if ipa1 else ()), latin1
            i += 1


_NASAL_OF = {"b": ("m", "mb"), "d": ("n", "nd"), "ɡ": ("ŋ", "ng")}
_VOWEL_SEGS = frozenset("aeiou")


def _graphemes(text: str) -> list[tuple[tuple[str, ...], str]]:
    """Graphemes with their reading; μπ ντ γκ after a vowel are [mb nd ŋɡ], elsewhere [b d ɡ]."""
    out: list[tuple[tuple[str, ...], str]] = []
    for ipa, latin in _walk(text):
        if ipa in (("b",), ("d",), ("ɡ",)) and latin in ("b", "d", "g") and out and out[-1][0] and \
                out[-1][0][-1] in _VOWEL_SEGS:
            nasal, spelled = _NASAL_OF[ipa[0]]
            out.append(((nasal, ipa[0]), spelled))
            continue
        out.append((ipa, latin))
    return out


def greek_ipa(text: str) -> tuple[str, ...]:
    """IPA segments of Greek text (μπ [b], ντ [d], γκ [ɡ] — [mb nd ŋɡ] after a vowel —, ου [u],
    αι [e] unless the accent splits it).

    >>> "".join(greek_ipa("Σπριντ"))
    'sprind'
    """
    return tuple(seg for ipa, _ in _graphemes(text) for seg in ipa)


def romanize(text: str) -> str:
    """Latin letters by sound (Σπριντ → ``sprind``, Μακντόναλντς → ``makdonalds``)."""
    return "".join(latin for _, latin in _graphemes(text))
