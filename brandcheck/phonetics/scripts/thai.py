"""English → Thai script (th), by the Royal Institute's principles for transcribing English.

Rules: ราชบัณฑิตยสถาน, หลักเกณฑ์การทับศัพท์ภาษาอังกฤษ (Royal Institute, 1988/2535): English
consonants take fixed Thai letters — aspirated พ ท ค for [p t k], บ ด ก for [b d ɡ], ซ for [s z]
(ส in an s-cluster: สปริง), ช for [ʃ tʃ], จ for [dʒ], ฟ for [f v], ฮ for [h]; a word keeps its
final consonant letters, the first pronounced and the others silenced with the karan ์
(Sprint สปรินต์, Starbucks สตาร์บัคส์); the r of an r-coloured vowel is written ร์ (เตอร์), and the
consonant after it is the spoken final, written bare (Ford ฟอร์ด). An unstressed *o* is โ when the
syllable is open (Motorola โมโตโรล่า) and ั in the name endings -ton, -son (Lipton ลิปตัน), as the press
writes them; [i] before an unstressed vowel is the diphthong เ–ีย (India อินเดีย).
Syllables are cut with Thai onsets (one consonant, or a cluster with ร ล ว, or ส + consonant) and
written with the vowel frames of Thai spelling (เ–, แ–, โ–, ไ– before the onset). Tone marks are
not written (the Institute leaves them out except where a word is established with one).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ._common import (Unit, Word, british_bath, combine, continental, glue_words, rank, spelled_vowels, without_possessive,
                      words_of, written_together)
from .foreign_spelling import continental_looking

if TYPE_CHECKING:  # pragma: no cover
    from ...markets import Market
    from ..source_types import Source

__all__ = ["render", "rules", "candidates"]

KARAN = "\u0e4c"

ONSET: dict[str, str] = {
    "p": "พ", "b": "บ", "t": "ท", "d": "ด", "k": "ค", "ɡ": "ก", "f": "ฟ", "v": "ว", "θ": "ธ", "ð": "ด",
    "s": "ซ", "z": "ซ", "ʃ": "ช", "ʒ": "ช", "h": "ฮ", "x": "ค", "tʃ": "ช", "dʒ": "จ", "ts": "ซ", "m": "ม",
    "n": "น", "ŋ": "ง", "l": "ล", "ɹ": "ร", "w": "ว", "j": "ย",
}
# In an s-cluster the stops are unaspirated and written ป ต ก (สปริง, สตาร์, สกี).
CLUSTER_AFTER_S = {"p": "ป", "t": "ต", "k": "ก"}
FINAL: dict[str, str] = {
    "p": "ป", "b": "บ", "t": "ต", "d": "ด", "k": "ก", "ɡ": "ก", "f": "ฟ", "v": "ฟ", "θ": "ธ", "ð": "ด",
    "s": "ส", "z": "ซ", "ʃ": "ช", "ʒ": "ช", "tʃ": "ช", "dʒ": "จ", "ts": "ตส", "m": "ม", "n": "น", "ŋ": "ง",
    "l": "ล", "ɹ": "ร", "h": "ห", "x": "ค", "w": "ว", "j": "ย",
}
_FINAL_SOUND = {"p": "p̚", "b": "p̚", "f": "p̚", "v": "p̚", "t": "t̚", "d": "t̚", "s": "t̚", "z": "t̚", "ʃ": "t̚",
                "ʒ": "t̚", "tʃ": "t̚", "dʒ": "t̚", "θ": "t̚", "ð": "t̚", "ts": "t̚", "k": "k̚", "ɡ": "k̚",
                "x": "k̚", "m": "m", "n": "n", "ŋ": "ŋ", "l": "n", "w": "w", "j": "j"}
_ONSET_SOUND = {"p": "pʰ", "t": "tʰ", "k": "kʰ", "θ": "tʰ", "ð": "d", "z": "s", "ʃ": "tɕʰ", "ʒ": "tɕʰ",
                "tʃ": "tɕʰ", "dʒ": "tɕ", "v": "w", "ts": "s", "x": "kʰ", "ɹ": "r"}
_CLUSTER_SECOND = frozenset("ɹ l w".split())


@dataclass
class _Syllable:
    onset: list[str]
    vowel: Unit | None
    coda: list[str]


def _syllabify(units: list[Unit]) -> list[_Syllable]:
    sylls: list[_Syllable] = []
    pending: list[str] = []
    for u in units:
        if u.vowel:
            sylls.append(_Syllable(pending, u, []))
            pending = []
        else:
            pending.append(u.phone)
    if not sylls:
        return [_Syllable(pending, None, [])]
    # distribute consonants between vowels: the longest legal Thai onset goes to the next syllable
    for k in range(1, len(sylls)):
        cluster = sylls[k].onset
        split = len(cluster) - 1 if cluster else 0
        # inside a word an s before a consonant closes the syllable (Boston บอส-ตัน)
        if len(cluster) >= 2 and _legal_onset(cluster[-2:]) and cluster[-2] != "s":
            split = len(cluster) - 2
        sylls[k - 1].coda = cluster[:split]
        sylls[k].onset = cluster[split:]
    sylls[-1].coda = pending
    return _diphthong_ia(sylls)


def _diphthong_ia(sylls: list[_Syllable]) -> list[_Syllable]:
    """[i] + an unstressed vowel with no consonant between them is one syllable, the diphthong
    เ–ีย (Nokia โนเกีย, India อินเดีย, Fiat เฟียต), not two (โนคีอา)."""
    out: list[_Syllable] = []
    for syl in sylls:
        prev = out[-1] if out else None
        if (prev is not None and prev.vowel is not None and prev.vowel.phone in ("i", "ɪ") and not prev.coda
                and not syl.onset and syl.vowel is not None and syl.vowel.phone in ("ə", "ʌ", "ɑ")
                and syl.vowel.stress < 1):
            prev.vowel = replace(prev.vowel, phone="iə", letters=prev.vowel.letters + syl.vowel.letters)
            prev.coda = syl.coda
            continue
        out.append(syl)
    return out


def _legal_onset(cluster: list[str]) -> bool:
    if len(cluster) == 2:
        a, b = cluster
        # Thai has no tl, dl (ตล, ดล: Atlantic แอตแลนติก, Nestlé เนสท์เล่), and w only after k, t (กว,
        # คว, ทว: Twitter ทวิตเตอร์; Subway ซับเวย์, Edward เอ็ดเวิร์ด)
        if b == "w":
            return a in ("k", "ɡ", "t", "s")
        return (b in _CLUSTER_SECOND and a in ("p", "b", "t", "d", "k", "ɡ", "f") and not (a in "td" and b == "l")) \
            or (a == "s" and b in "ptkmnlw")
    if len(cluster) == 3:
        return cluster[0] == "s" and cluster[1] in ("p", "t", "k") and cluster[2] in _CLUSTER_SECOND
    return len(cluster) <= 1


def _onset_letters(onset: list[str]) -> tuple[str, str]:
    """(prefix written before the vowel frame, cluster the frame wraps)."""
    if not onset:
        return "", "อ"
    if onset[0] == "s" and len(onset) > 1:
        rest = "".join(CLUSTER_AFTER_S.get(c, ONSET.get(c, "")) for c in onset[1:])
        return "ส", rest
    return "", "".join(ONSET.get(c, "") for c in onset)


def _vowel_kind(u: Unit) -> str:
    ph, letters = u.phone, u.letters
    if ph == "iə":
        return "ia"
    if ph == "ɑ" and "o" in letters:
        return "ɔ"
    if ph == "ə":
        if not letters:
            return "ə"  # a schwa no letter writes (Google กูเกิล)
        if letters in ("a", "u"):
            return "a_short"
        if letters in ("e",):
            return "e_short"
        if letters in ("o",):
            return "ɔ"
        if letters in ("i", "y"):
            return "ɪ"
        return "ə"
    return {"ʌ": "a_short", "ɑ": "a_long", "æ": "æ", "ɛ": "e_short", "eɪ": "e_long", "i": "i", "ɪ": "ɪ",
            "u": "u", "ʊ": "ʊ", "ɔ": "ɔ", "oʊ": "o", "aɪ": "ai", "aʊ": "ao", "ɔɪ": "oi", "ɚ": "ɚ"}.get(ph, "a_short")


def _schwa_o(syl: _Syllable, coda: list[str]) -> str:
    """An unstressed *o* as Thai press writes it: โ in an open syllable (Motorola โมโตโรล่า,
    Marlboro มาร์ลโบโร), ั in the name endings -ton, -son (Lipton ลิปตัน, Wilson วิลสัน), else อ."""
    if not coda:
        return "o"
    if syl.onset in (["t"], ["s"]) and coda == ["n"]:
        return "a_short"
    return "ɔ"


# Vowel frames: (open syllable, closed syllable); "O" = onset cluster, "F" = final letters.
FRAMES: dict[str, tuple[str, str]] = {
    "a_long": ("Oา", "OาF"), "a_short": ("Oะ", "OัF"), "æ": ("แO", "แOF"), "e_short": ("เO", "เO็F"),
    "e_long": ("เO", "เOF"), "i": ("Oี", "OีF"), "ɪ": ("Oิ", "OิF"), "u": ("Oู", "OูF"), "ʊ": ("Oุ", "OุF"),
    "ɔ": ("Oอ", "OอF"), "o": ("โO", "โOF"), "ai": ("ไO", "ไOF"), "ao": ("Oาว", "เOาF"), "oi": ("Oอย", "OอยF"),
    "ɚ": ("เOอร์", "เOิร์F"), "ə": ("เOอ", "เOิF"), "ia": ("เOีย", "เOียF"),
}
_VOWEL_SOUND = {"a_long": ("aː",), "a_short": ("a",), "æ": ("ɛː",), "e_short": ("e",), "e_long": ("eː",),
                "i": ("iː",), "ɪ": ("i",), "u": ("uː",), "ʊ": ("u",), "ɔ": ("ɔː",), "o": ("oː",),
                "ai": ("a", "j"), "ao": ("a", "w"), "oi": ("ɔː", "j"), "ɚ": ("ɤː",), "ə": ("ɤː",), "ia": ("iə",)}
_VOWEL_ROMAN = {"a_long": "a", "a_short": "a", "æ": "ae", "e_short": "e", "e_long": "e", "i": "i", "ɪ": "i",
                "u": "u", "ʊ": "u", "ɔ": "o", "o": "o", "ai": "ai", "ao": "ao", "oi": "oi", "ɚ": "oe", "ə": "oe", "ia": "ia"}
_ROMAN_ONSET = {"p": "ph", "t": "th", "k": "kh", "b": "b", "d": "d", "ɡ": "k", "f": "f", "v": "w", "θ": "th",
                "ð": "d", "s": "s", "z": "s", "ʃ": "ch", "ʒ": "ch", "h": "h", "x": "kh", "tʃ": "ch", "dʒ": "ch",
                "ts": "s", "m": "m", "n": "n", "ŋ": "ng", "l": "l", "ɹ": "r", "w": "w", "j": "y"}
_ROMAN_FINAL = {"p̚": "p", "t̚": "t", "k̚": "k", "m": "m", "n": "n", "ŋ": "ng", "w": "o", "j": "i"}


_ONE_LETTER = frozenset("p b t d k ɡ f s z m n l".split())  # not ร (its karan), nor the affricates (Pizza)


def _doubled(units: list[Unit]) -> list[Unit]:
    """A doubled consonant letter between vowels is written twice, closing the syllable before it
    and opening the next (Apple แอปเปิล, Twitter ทวิตเตอร์, Oppo ออปโป้), and a final -ll twice, the
    second silenced (Dell เดลล์, Shell เชลล์): the Institute's rule for double letters."""
    out: list[Unit] = []
    for k, u in enumerate(units):
        doubled = u.letters in ("ck",) + tuple(c * 2 for c in "bdfgklmnpstz") and u.phone in _ONE_LETTER
        before = k > 0 and units[k - 1].vowel
        after = units[k + 1].vowel if k + 1 < len(units) else u.letters == "ll"
        if doubled and not u.vowel and before and after:
            out.append(Unit(u.phone, u.letters[0], -1))
        out.append(u)
    return out


def rules(word: Word) -> tuple[str, str, tuple[str, ...]]:
    """(Thai text, RTGS-style romanisation, IPA) for one word."""
    units = _doubled([u for u in word.units if u.phone])
    text: list[str] = []
    roman: list[str] = []
    ipa: list[str] = []
    sylls = _syllabify(units)
    for syl in sylls:
        prefix, cluster = _onset_letters(syl.onset)
        coda = list(syl.coda)
        if syl.vowel is not None and syl.vowel.phone == "ɚ" and coda[:1] == ["ɹ"]:
            coda = coda[1:]
        finals = ""
        if coda:
            first, rest = coda[0], coda[1:]
            finals = FINAL.get(first, "")
            if first == "ɹ":
                finals += KARAN
            # after a silent ร์ the next consonant is the spoken final, written bare (การ์ด, คาร์ล)
            for n, c in enumerate(rest):
                finals += FINAL.get(c, "") + ("" if n == 0 and first == "ɹ" else KARAN)
            if first == "k" and rest[:1] == ["s"]:
                finals = "ค" + FINAL["s"] + KARAN  # Starbucks สตาร์บัคส์
        kind = _vowel_kind(syl.vowel) if syl.vowel is not None else None
        onset = syl.onset
        if kind == "æ" and british_bath(units, syl.vowel):
            kind = "a_long"  # British [ɑː] before s + consonant: Master มาสเตอร์, plastic พลาสติก, class คลาส
        if kind == "ɔ" and syl.vowel.phone == "ə":
            kind = _schwa_o(syl, coda)
        if kind == "a_short" and not coda and syl is sylls[-1]:
            kind = "a_long"  # a final -a is long (Coca-Cola โคคา-โคลา)
        if kind is None:
            text.append(prefix + cluster + finals)
        else:
            frame = FRAMES[kind][1 if finals else 0]
            if kind == "a_long" and coda[:1] == ["ɹ"] and not finals.strip(KARAN + "ร"):
                frame = "OาF"
            text.append(prefix + frame.replace("O", cluster).replace("F", finals))
        # romanisation and reading
        for n, c in enumerate(onset):
            after_s = n > 0 and onset[0] == "s"
            ipa.append(c if after_s and c in ("p", "t", "k") else _ONSET_SOUND.get(c, c))
            roman.append(c if after_s and c in ("p", "t", "k") else _ROMAN_ONSET.get(c, c))
            if n == 0 and c == "s" and len(onset) > 1:
                ipa.append("a")
                roman.append("a")
        if kind is not None:
            ipa.extend(_VOWEL_SOUND[kind])
            roman.append(_VOWEL_ROMAN[kind])
        sounding = [c for c in coda if c != "ɹ"]
        if sounding:
            fin = _FINAL_SOUND.get(sounding[0], "")
            if fin:
                ipa.append(fin)
                roman.append(_ROMAN_FINAL.get(fin, ""))
    return "".join(text), "".join(roman), tuple(ipa)


def candidates(word: Word) -> list[tuple[str, float]]:
    """Scored candidates for one word, best first."""
    from ._common import letter_word

    if word.kind == "letters":
        return [("".join(rules(letter_word(c))[0] for c in word.letters), 0.6)]
    base = 0.7 if word.kind in ("dictionary", "user", "number") else 0.55
    out = [(rules(v)[0], score) for v, score in variants(word, base)]
    return rank(out, 4)


def variants(word: Word, base: float) -> list[tuple[Word, float]]:
    """The readings of one word Thai writes, with their scores: the English one; without a final
    possessive 's; vowels English reduces said by their letters (Thai press spells loanwords from
    their letters as much as from their sound); the continental letter reading of a name
    with a continental spelling or ending in -a, -i, -o (Hyundai, Porsche), as hangul has it."""
    out = [(word, base)]
    bare = without_possessive(word)
    if bare is not None:
        out.append((bare, base - 0.05))
    if word.kind in ("dictionary", "g2p"):
        kept = kept_final_letters(word)
        if kept is not None:
            out.append((kept, base - 0.04))
        spelled = spelled_vowels(word)
        if spelled is not None:
            out.append((spelled, base - 0.06))
        reading = continental(word.spelling, written=True)
        if reading is not None and continental_looking(word.letters, word.spelling):
            out.append((reading, base - 0.05))
    return out


_KEPT_FINAL = {"t": "t", "d": "d", "s": "s", "x": "s", "z": "z", "b": "b", "g": "ɡ", "p": "p", "c": "k",
               "k": "k", "l": "l", "n": "n", "m": "m", "h": "h"}


def kept_final_letters(word: Word) -> Word | None:
    """The word with the consonant letters it ends in but does not say written as said (Chevrolet
    เชฟโรเลต, Renault เรโนลต์): the Institute keeps a word's final consonant letters, and the
    press often says them; None when the word ends in none."""
    units = list(word.units)
    cut = len(units)
    while cut and not units[cut - 1].phone:
        cut -= 1
    silent = "".join(u.letters for u in units[cut:])
    if not cut or not silent or any(c not in _KEPT_FINAL for c in silent):
        return None  # nothing silent at the end, or a silent vowel letter (Colgate's e)
    said = [Unit(_KEPT_FINAL[c], c, -1) for n, c in enumerate(silent) if c not in silent[:n]]
    return Word(word.spelling, word.letters, tuple(units[:cut] + said), word.kind, word.parts)


def render(source: "Source", market: "Market", *, k: int = 3) -> list:
    """Thai renderings, best first."""
    from . import Rendering
    from ._common import letter_word

    words = words_of(source)
    info: dict[str, tuple[str, tuple[str, ...]]] = {}
    per_word = []
    for w in words:
        letters = [letter_word(c) for c in w.letters] if w.kind == "letters" else []
        for v in ([v for v, _ in variants(w, 0.0)] if w.kind != "letters" else letters):
            t, r, i = rules(v)
            info.setdefault(t, (r, i))
        if w.kind == "letters":
            parts = [rules(letter_word(c)) for c in w.letters]
            info.setdefault("".join(p[0] for p in parts), ("".join(p[1] for p in parts),
                                                           tuple(s for p in parts for s in p[2])))
        per_word.append(candidates(w))
    out = []
    together = written_together(source)
    for text, score in combine(per_word, " ", k):
        words_text = text.split(" ")
        parts = [info.get(p, ("", ())) for p in words_text]
        if len(words_text) == len(words):  # Thai writes the parts of a camel-case word as one word
            text = glue_words(words_text, " ", together)
        out.append(Rendering(text, " ".join(p[0] for p in parts), tuple(s for p in parts for s in p[1]),
                             round(score, 4)))
    return out
