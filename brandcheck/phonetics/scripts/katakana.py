"""English → Japanese katakana (ja).

Two sources of candidates:

* **kanalizer** (VOICEVOX project, MIT licence), a small neural model trained on English words and
  their dictionary katakana; it reads the *spelling* and is the best single guess for an ordinary
  English word or name (about 0.60 exact match on CMUdict-covered names, see docs/transliteration.md).
* **our phoneme rules** (:func:`rules`), from the intended pronunciation. They follow the
  standard loanword adaptation patterns (Ozaki 2014, "Notes on English Loanwords in Japanese";
  the Cabinet notice 外来語の表記, 1991, for which kana combinations are used):
  epenthetic /u/, /o/ after /t d/, /i/ after /tʃ dʒ/; sokuon ッ after a short stressed vowel before
  a final stop; r-less long vowels (car カー); æ after /k ɡ/ as キャ ギャ; long vowels for tense
  stressed vowels. They are used for coined names whose IPA was given, for digits and letters,
  and as alternatives.

Names with a continental spelling (German, Scandinavian, Spanish, Slavic: :data:`.foreign_spelling.CONTINENTAL_MARK`)
are also written from their letters (:func:`letter_rules`: Lehmann レーマン, Bach バッハ), right after
kanalizer's form; every other name gets that reading as a later alternative.

Initialisms use the Japanese names of the Latin letters from ``wordlists/phonology/letters.tsv``
(:func:`brandcheck.phonetics.lexicon.letter_names`: ケー, ジェイ…, with ケイ, ジェー… as alternatives).
The IPA of a rendering is computed from the katakana by :func:`kana_ipa` (our own table,
Hepburn-style values: シ ɕi, ツ tsu, フ ɸu, ラ ɾa, ン as ɴ/m/n/ŋ by the next sound).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from ..lexicon import letter_names
from ._common import (Unit, Word, combine, continental, is_short, listed_spelling, rank, without_possessive, words_of,
                      written_together)
from .foreign_spelling import CONTINENTAL_MARK

if TYPE_CHECKING:  # pragma: no cover
    from ...markets import Market
    from ..source_types import Source

__all__ = ["render", "rules", "candidates", "kana_ipa", "romanize", "is_katakana"]

_V = "aiueo"

# Consonant → katakana for the five vowels a i u e o (外来語の表記 first and second tables).
KANA: dict[str, tuple[str, str, str, str, str]] = {
    "": ("ア", "イ", "ウ", "エ", "オ"),
    "k": ("カ", "キ", "ク", "ケ", "コ"),
    "ɡ": ("ガ", "ギ", "グ", "ゲ", "ゴ"),
    "s": ("サ", "シ", "ス", "セ", "ソ"),
    "z": ("ザ", "ジ", "ズ", "ゼ", "ゾ"),
    "θ": ("サ", "シ", "ス", "セ", "ソ"),  # th → s-row (thrill スリル)
    "ð": ("ザ", "ジ", "ズ", "ゼ", "ゾ"),  # voiced th → z-row
    "t": ("タ", "ティ", "トゥ", "テ", "ト"),
    "d": ("ダ", "ディ", "ドゥ", "デ", "ド"),
    "n": ("ナ", "ニ", "ヌ", "ネ", "ノ"),
    "h": ("ハ", "ヒ", "フ", "ヘ", "ホ"),
    "x": ("ハ", "ヒ", "フ", "ヘ", "ホ"),
    "f": ("ファ", "フィ", "フ", "フェ", "フォ"),
    "v": ("バ", "ビ", "ブ", "ベ", "ボ"),  # ヴ forms are an alternative (see _VU)
    "b": ("バ", "ビ", "ブ", "ベ", "ボ"),
    "p": ("パ", "ピ", "プ", "ペ", "ポ"),
    "m": ("マ", "ミ", "ム", "メ", "モ"),
    "l": ("ラ", "リ", "ル", "レ", "ロ"),
    "ɹ": ("ラ", "リ", "ル", "レ", "ロ"),
    "w": ("ワ", "ウィ", "ウ", "ウェ", "ウォ"),
    "j": ("ヤ", "イ", "ユ", "イェ", "ヨ"),
    "ʃ": ("シャ", "シ", "シュ", "シェ", "ショ"),
    "ʒ": ("ジャ", "ジ", "ジュ", "ジェ", "ジョ"),
    "tʃ": ("チャ", "チ", "チュ", "チェ", "チョ"),
    "dʒ": ("ジャ", "ジ", "ジュ", "ジェ", "ジョ"),
    "ts": ("ツァ", "ツィ", "ツ", "ツェ", "ツォ"),
}

_VU = ("ヴァ", "ヴィ", "ヴ", "ヴェ", "ヴォ")  # v written with ヴ (second table of 外来語の表記)

# Consonant + /j/ + vowel: the i-kana of the consonant with a small ャ ュ ョ (cute キュート, mule ミュール).
_YOON = {"a": "ャ", "u": "ュ", "o": "ョ", "e": "ェ"}

# Epenthetic vowel after a consonant with no vowel of its own (Ozaki 2014 §3): /o/ after t d,
# /i/ after tʃ dʒ, /u/ elsewhere (ʃ ʒ take the u-kana シュ ジュ).
_EPENTHETIC = {"t": "o", "d": "o", "tʃ": "i", "dʒ": "i"}

_STOPS_GEMINATE = frozenset("p t k tʃ ʃ d ɡ dʒ".split())
"""Consonants that take sokuon ッ after a short stressed vowel at the end of a word (cat キャット,
bed ベッド, bag バッグ, match マッチ, bridge ブリッジ, dish ディッシュ)."""


def _vowels(unit: Unit, nxt: Unit | None, final: bool, *, ei: str, oa: str, after: Unit | None = None) -> str:
    """The kana vowel(s) of a vowel unit, as letters a i u e o with ``ː`` for length.

    ``nxt`` is the next sound and ``after`` the one after it: an /ɹ/ not followed by a vowel is a
    coda r, which is not said but lengthens or colours the vowel (car カー, beer ビア, air エア).
    """
    ph, st, letters = unit.phone, unit.stress, unit.letters
    stressed = st >= 1
    coda_r = nxt is not None and nxt.phone == "ɹ" and not (after is not None and after.vowel)
    if ph == "i":
        if final and not stressed and letters.endswith("e") and letters not in ("ee", "ie", "ye"):
            return "i"  # Nike ナイキ, Porsche-like final e
        return "iː" if stressed or final else "i"
    if ph == "ɪ":
        return "ia" if coda_r else "i"
    if ph == "eɪ":
        return ei
    if ph == "ɛ":
        return "ea" if coda_r else "e"
    if ph == "æ":
        return "a"
    if ph == "ɑ":
        if coda_r or (letters.startswith("a") and stressed and letters != "o"):
            return "aː" if coda_r else "a"
        return "o" if "o" in letters else "a"
    if ph == "ɔ":
        return "oː" if (stressed or coda_r) else "o"
    if ph == "oʊ":
        if final and letters.endswith("w"):
            return oa  # window ウインドウ / ウインドー
        return "oː" if stressed else "o"
    if ph == "ʊ":
        return "u"
    if ph == "u":
        return "uː" if stressed or final else "u"
    if ph == "ʌ":
        return "a"
    if ph == "ə":
        return _schwa(letters)
    if ph == "ɚ":
        if "or" in letters and not stressed and not final:
            return "o"
        return "aː" if (stressed or final) else "a"
    if ph == "aɪ":
        return "aia" if coda_r else "ai"
    if ph == "aʊ":
        return "aua" if coda_r else "au"
    if ph == "ɔɪ":
        return "oi"
    return "a"


def _schwa(letters: str) -> str:
    """A schwa takes the vowel its letters spell (Heineken ハイネケン, Jackson ジャクソン)."""
    vowels = [c for c in letters if c in "aeiouy"]
    if not vowels:
        return "a"  # Mc → マク
    if letters in ("ou", "u"):
        return "a"
    last = vowels[-1]
    return {"y": "i"}.get(last, last)


def _kana(cons: str, vowel: str, *, vu: bool, palatal: bool = False) -> str:
    """Consonant + one vowel letter → katakana (``palatal`` adds /j/: キャ, ミュ, テュ)."""
    if palatal and vowel in _YOON and cons not in ("", "j", "ʃ", "ʒ", "tʃ", "dʒ"):
        if cons in ("t", "d"):
            return {"t": "テ", "d": "デ"}[cons] + _YOON[vowel]  # tune テューン, duty デューティー
        if cons in ("f", "v") and not vu:
            return ("フ" if cons == "f" else "ビ") + _YOON[vowel]
        i_kana = KANA.get(cons, KANA[""])[1]
        return i_kana[0] + _YOON[vowel]
    row = _VU if (vu and cons == "v") else KANA.get(cons, KANA[""])
    return row[_V.index(vowel)]


def rules(word: Word, *, ei: str = "ei", vu: bool = False, oa: str = "oː", long_i: bool = True,
          ki_after_ei: bool = False) -> str:
    """Katakana for one word from its sounds (see module docstring for the rules followed)."""
    units = [u for u in word.units if u.phone]
    out: list[str] = []
    i = 0
    n = len(units)
    vowel_count = sum(1 for u in units if u.vowel)

    def next_vowel_index(k: int) -> int | None:
        return k if k < n and units[k].vowel else None

    while i < n:
        u = units[i]
        ph = u.phone
        if u.vowel:
            nxt = units[i + 1] if i + 1 < n else None
            final = i == n - 1 or (i + 1 < n and all(not x.vowel and x.phone == "ɹ" for x in units[i + 1:]))
            vs = _vowels(u, nxt, final, ei=ei, oa=oa, after=units[i + 2] if i + 2 < n else None)
            if ph == "i" and not long_i and u.stress < 1:
                vs = "i"
            out.append(_vowel_kana("", vs))
            if nxt is not None and nxt.phone == "ɹ" and not (i + 2 < n and units[i + 2].vowel):
                i += 2  # r after a vowel and before a consonant or the end: not pronounced (car カー)
                continue
            i += 1
            continue
        # consonant
        nxt = units[i + 1] if i + 1 < n else None
        prev = units[i - 1] if i else None
        if ph == "ŋ":
            out.append("ン")
            if nxt is None and "g" in u.letters:
                out.append("グ")  # king キング
            elif nxt is not None and nxt.vowel and "g" in u.letters:
                out.append(_vowel_kana("ɡ", _vowels(nxt, None, i + 1 == n - 1, ei=ei, oa=oa)))
                i += 2
                continue
            i += 1
            continue
        if ph in ("n", "m") and (nxt is None or not nxt.vowel) and not (nxt is not None and nxt.phone == "j"):
            if ph == "n" or (nxt is not None and nxt.phone in ("p", "b", "m")):
                out.append("ン")
            else:
                out.append("ム")  # final m: Sam サム
            i += 1
            continue
        # sokuon
        if prev is not None and prev.vowel and _geminates(units, i, vowel_count):
            out.append("ッ")
        if ph == "j" and nxt is not None and nxt.vowel:
            vs = _vowels(nxt, units[i + 2] if i + 2 < n else None, i + 1 == n - 1, ei=ei, oa=oa,
                         after=units[i + 3] if i + 3 < n else None)
            if prev is not None and not prev.vowel and prev.phone not in ("ŋ", "n", "m", "ɹ", "l", "w"):
                # C + j + V: the palatalised kana replaces the consonant's kana (cute キュート)
                pass
            out.append(_vowel_kana("j", vs))
            i += 2
            continue
        if nxt is not None and nxt.phone == "j" and i + 2 < n and units[i + 2].vowel and ph not in ("ɹ",):
            vu_ = units[i + 2]
            vs = _vowels(vu_, units[i + 3] if i + 3 < n else None, i + 2 == n - 1, ei=ei, oa=oa,
                         after=units[i + 4] if i + 4 < n else None)
            first = vs[0]
            if first == "i":
                out.append(_vowel_kana(ph, vs, vu=vu))
            else:
                out.append(_kana(ph, first, vu=vu, palatal=True) + _tail(vs))
            i += 3
            continue
        if nxt is not None and nxt.vowel:
            vs = _vowels(nxt, units[i + 2] if i + 2 < n else None, i + 1 == n - 1, ei=ei, oa=oa,
                         after=units[i + 3] if i + 3 < n else None)
            if ph in ("k", "ɡ") and nxt.phone == "æ":
                out.append(_kana(ph, "a", vu=vu, palatal=True) + _tail(vs))  # cat キャット
            elif nxt.phone == "i" and not long_i and nxt.stress < 1:
                out.append(_vowel_kana(ph, "i", vu=vu))
            else:
                out.append(_vowel_kana(ph, vs, vu=vu))
            after = units[i + 2] if i + 2 < n else None
            if after is not None and after.phone == "ɹ" and not (i + 3 < n and units[i + 3].vowel):
                i += 3
                continue
            i += 2
            continue
        # consonant with no vowel: epenthesis
        if ph == "ɹ":
            i += 1
            continue  # stray r (after a consonant cluster handled above) – drop
        if ph == "h" and nxt is not None:
            i += 1
            continue
        if ph == "w":
            out.append("ウ")
            i += 1
            continue
        if ph == "j":
            out.append("イ")
            i += 1
            continue
        if ph in ("t", "d") and nxt is not None and nxt.phone in ("s", "z") and i + 2 == n:
            out.append("ツ" if ph == "t" else "ズ")  # final ts ツ, ds ズ (cards カーズ, friends フレンズ)
            i += 2
            continue
        ep = _EPENTHETIC.get(ph, "u")
        if ph == "k" and ki_after_ei and nxt is None and prev is not None and prev.phone == "eɪ":
            ep = "i"  # cake ケーキ (older loans)
        out.append(_kana(ph, ep, vu=vu))
        i += 1
    return "".join(out)


_LETTER_VOWEL = {"ɑ": "a", "æ": "a", "ɛ": "e", "eɪ": "ei", "i": "i", "ɪ": "i", "ɔ": "o", "oʊ": "o", "u": "u",
                 "ʊ": "u", "ʌ": "a", "ə": "a", "aɪ": "ai", "aʊ": "au", "ɔɪ": "oi"}
_LONG_LETTERS = frozenset({"aa", "ee", "ie", "oo", "uu", "ue"})
_DOUBLE_STOPS = frozenset({"tt", "pp", "kk", "ck", "cc", "gg", "dd", "bb", "tz", "dt"})


def letter_rules(word: Word) -> str:
    """Katakana for a continental letter reading (:func:`._common.continental`), the way Japanese
    writes German, Scandinavian, Spanish and Slavic names from their own spelling: vowels short
    unless doubled or followed by a lengthening h (Lehmann レーマン), an r before a consonant ル
    (Hartmann ハルトマン), a final -er アー (Schneider シュナイダー), ch [x] as ッハ/ッホ after a
    short a o u and ヒ elsewhere (Bach バッハ, Richter リヒター), a final Spanish z ス (López ロペス),
    a double stop ッ (Schmidt is written from its sound: シュミット)."""
    units = list(word.units)
    out: list[str] = []
    n = len(units)

    def vowel_at(k: int) -> bool:
        return 0 <= k < n and units[k].vowel

    k = 0
    while k < n:
        u = units[k]
        if not u.phone:
            if u.letters == "h" and out and k and units[k - 1].vowel and not vowel_at(k + 1):
                out.append("ー")  # lengthening h: Lehmann レーマン
            k += 1
            continue
        nxt_k = next((j for j in range(k + 1, n) if units[j].phone), None)
        nxt = units[nxt_k] if nxt_k is not None else None
        if u.vowel:
            v = _LETTER_VOWEL.get(u.phone, "a")
            out.append(_vowel_kana("", v + ("ː" if u.letters in _LONG_LETTERS else "")))
            k += 1
            continue
        ph = u.phone
        if u.letters == "z":  # Spanish z ス (López ロペス, González ゴンサレス), German z ツ (Schwarz シュヴァルツ)
            ph = "s" if re.search(r"[aeiou]z$", word.letters) else "ts"
        prev = units[k - 1] if k else None
        if prev is not None and prev.vowel and (u.letters in _DOUBLE_STOPS or (
                ph == "x" and nxt is None and prev.phone in ("ɑ", "ɔ", "u"))) and "ː" not in out[-1:]:
            out.append("ッ")  # Schmidt シュミット, Fritz フリッツ, Bach バッハ
        if nxt is not None and nxt.vowel:
            v = _LETTER_VOWEL.get(nxt.phone, "a")
            after = next((j for j in range(nxt_k + 1, n) if units[j].phone), None)
            if nxt.phone == "ɛ" and after is not None and units[after].phone == "ɹ" and \
                    next((j for j in range(after + 1, n) if units[j].phone), None) is None:
                out.append(_vowel_kana(ph, "aː"))  # final -er: Schneider シュナイダー
                k = n
                continue
            long = "ː" if nxt.letters in _LONG_LETTERS else ""
            out.append(_vowel_kana(ph if ph != "ɹ" else "l", v + long))
            k = nxt_k + 1
            continue
        if ph in ("n", "ŋ") or (ph == "m" and nxt is not None and nxt.phone in ("p", "b")):
            out.append("ン")
        elif ph == "x":
            back = prev is not None and prev.phone in ("ɑ", "ɔ", "u")
            out.append(_kana("h", _LETTER_VOWEL[prev.phone][0] if back else "i", vu=False))
        elif ph in ("t", "d") and nxt is not None and nxt.phone in ("s", "z") and \
                next((j for j in range(nxt_k + 1, n) if units[j].phone), None) is None:
            out.append("ツ" if ph == "t" else "ズ")
            k = nxt_k + 1
            continue
        else:
            out.append(_kana(ph, _EPENTHETIC.get(ph, "u"), vu=False))
        k += 1
    text = "".join(out)
    return text + "ー" if word.letters.endswith(("ski", "sky")) else text  # Kowalski コワルスキー


def _tail(vs: str) -> str:
    """Kana for the rest of a vowel string after its first vowel (length mark, second vowel)."""
    return _vowel_kana("", vs[1:]) if len(vs) > 1 else ""


def _vowel_kana(cons: str, vs: str, *, vu: bool = False) -> str:
    """Consonant + vowel string (``"oː"``, ``"ai"``) → kana: first mora with the consonant, then vowels/ー."""
    out = []
    for k, ch in enumerate(vs):
        if ch == "ː":
            out.append("ー")
        elif k == 0:
            out.append(_kana(cons, ch, vu=vu))
        else:
            out.append(KANA[""][_V.index(ch)])
    return "".join(out)


def _geminates(units: list[Unit], i: int, vowel_count: int) -> bool:
    """Sokuon before ``units[i]`` (a consonant right after a vowel)?"""
    u, prev = units[i], units[i - 1]
    if u.phone not in _STOPS_GEMINATE and u.phone != "k":
        return False
    if not is_short(prev) or prev.phone == "ə" and prev.stress < 1 and vowel_count > 1:
        return False
    if prev.stress == 0 and vowel_count > 1 and not _doubled(u):
        return False
    rest = units[i + 1 :]
    if not rest:
        return True  # final stop: cat キャット
    if not any(x.vowel for x in rest):
        # only consonants follow: gem before a final s (Max マックス) or a final stop cluster
        return rest[0].phone in ("s", "z") or u.letters == "x"
    nxt = rest[0]
    if nxt.vowel:
        # between vowels: only a doubled spelling geminates, and not a flapped t/d (butter バター)
        return _doubled(u) and u.phone not in ("t", "d")
    return u.letters == "x" or (_doubled(u) and nxt.phone in ("s", "l", "ɹ"))


def _doubled(u: Unit) -> bool:
    return u.letters in ("pp", "tt", "ck", "kk", "cc", "gg", "dd", "bb", "x", "tch", "dg", "dge", "zz", "ch") and (
        u.letters != "ch" or u.phone == "tʃ"
    )


# --------------------------------------------------------------------------------------------------
# kanalizer (letters: _candidates, from letters.tsv)


@functools.lru_cache(maxsize=4096)
def _kanalizer(letters: str) -> str | None:
    try:
        import warnings

        import kanalizer
    except ImportError:  # pragma: no cover - kanalizer is a dependency, but stay usable without it
        return None
    if not letters or len(letters) > 40:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return kanalizer.convert(letters, on_invalid_input="ignore", on_incomplete="error") or None
        except Exception:
            return None


def render(source: "Source", market: "Market", *, k: int = 3) -> list:
    """Katakana renderings of a name, best first (words joined with ・)."""
    from . import Rendering

    per_word = [candidates(w) for w in words_of(source)]
    out = []
    for text, score in combine(per_word, "・", k, written_together(source)):
        out.append(Rendering(text, " ".join(romanize(p) for p in text.split("・")), kana_ipa(text), round(score, 4)))
    return out


def candidates(word: Word) -> list[tuple[str, float]]:
    """Scored katakana candidates for one word, best first."""
    out = _candidates(word)
    bare = without_possessive(word)
    if bare is not None:
        # a possessive brand is often written without its s (McDonald's マクドナルド)
        out += [(t, s - 0.05) for t, s in _candidates(bare)[:2]]
    return rank(out, 8)


def _candidates(word: Word) -> list[tuple[str, float]]:
    if word.kind == "letters":
        letters = word.letters or "".join(c for c in word.spelling.lower() if c.isalpha())
        names = [letter_names("ja").get(c) for c in letters]
        main = "".join(n.name for n in names if n)
        alt = "".join(n.alt or n.name for n in names if n)  # ケイ, ジェー… where a second name is in use
        spaced = "・".join(n.name for n in names if n)
        return [(main, 0.9), (alt, 0.6), (spaced, 0.5)]
    variants = [
        rules(word),
        rules(word, ei="eː"),
        rules(word, vu=True),
        rules(word, oa="ou", long_i=False),
        rules(word, ki_after_ei=True, ei="eː"),
    ]
    out: list[tuple[str, float]] = []
    listed = listed_spelling(word, "ja")
    if listed:
        out.append(listed)
    learned = None
    if word.kind in ("dictionary", "g2p"):
        learned = _kanalizer(word.letters)
    elif word.kind == "number" and word.parts:
        spelled = [_kanalizer(p) for p in word.parts]
        learned = "".join(spelled) if all(spelled) else None  # type: ignore[arg-type]
    if learned:
        agree = learned in variants
        score = 0.9 if agree else 0.8
        out.append((learned, score))
        if not agree and word.kind == "dictionary" and misses_diphthong(word, learned, variants[0]):
            out.append((variants[0], score - 0.001))  # the sound, right after kanalizer's letter reading
        out += [(text, score + delta) for text, delta in _press_variants(word, learned)]
    base = 0.7 if word.kind in ("dictionary", "user", "number") else 0.6
    for n, text in enumerate(variants):
        out.append((text, base - 0.08 * n))
    reading = continental(word.spelling) if word.kind in ("dictionary", "g2p") else None
    if reading is not None:
        # the letter reading of a German, Scandinavian, Spanish or Slavic spelling comes right after
        # kanalizer's reading; any other name gets it as a later alternative (a continental name
        # CMUdict reads the English way)
        out.append((letter_rules(reading), 0.79 if CONTINENTAL_MARK.search(word.letters) else 0.6))
    return out


_VU_PLAIN = (("ヴァ", "バ"), ("ヴィ", "ビ"), ("ヴェ", "ベ"), ("ヴォ", "ボ"), ("ヴ", "ブ"))


def _press_variants(word: Word, learned: str) -> list[tuple[str, float]]:
    """Spellings the press uses beside kanalizer's, as alternatives just below it: v written with
    the b-row (ネヴァダ → ネバダ), and a final -s said [z] written ス (ジェンキンズ → ジェンキンス,
    as names in -s often are: Pérez ペレス)."""
    out: list[tuple[str, float]] = []
    if "ヴ" in learned:
        plain = learned
        for vu, b in _VU_PLAIN:
            plain = plain.replace(vu, b)
        out.append((plain, -0.005))
    if learned.endswith("ズ") and word.letters.endswith(("s", "z")):
        out.append((learned[:-1] + "ス", -0.006))
    return out


# The kana vowels that write a stressed English diphthong (ei or a long e for [eɪ], ai for [aɪ]).
_DIPHTHONG_KANA = {"eɪ": ("ei", "ee"), "aɪ": ("ai",)}


def misses_diphthong(word: Word, learned: str, ruled: str) -> bool:
    """kanalizer reads the spelling: where English stresses [eɪ] or [aɪ] written with a plain vowel
    letter (Amy, Jason, Brian, Diana) it writes the letter's vowel (アミー, ブリアン) and the press the
    sound (エイミー, ブライアン). True when the learned spelling lacks the diphthong that the rules
    write, for an English-read name (not one English says the continental way: Diego ディエゴ); the
    rules' form is then offered right after kanalizer's (first, it lost 2 points of top-1 on the
    Wikidata names of the final measurement).
    Measured on the transliteration development list (9 names right for 2 wrong) and, with the
    listed spellings set aside, on the 861 loanwords of ``loanwords.tsv`` (as many right as wrong)."""
    from ._common import continental, said_as_spelled

    learned_r, ruled_r = romanize(learned), romanize(ruled)
    units = [u for u in word.units if u.phone]
    for i, u in enumerate(units):
        kana = _DIPHTHONG_KANA.get(u.phone) if u.stress == 1 else None
        # only in an open syllable, where the letter reads long in English (A-my, Bri-an; not the
        # closed syllables of change チェンジ, matrix マトリックス that Japanese writes short)
        open_ = i + 1 >= len(units) or units[i + 1].vowel or (i + 2 < len(units) and units[i + 2].vowel)
        if kana and open_ and not any(k in learned_r for k in kana) and any(k in ruled_r for k in kana):
            letters = continental(word.spelling)
            return letters is None or not said_as_spelled(word, letters)
    return False


# --------------------------------------------------------------------------------------------------
# Katakana → IPA and romaji (our own tables; Hepburn romanisation)

_MORA_IPA: dict[str, tuple[str, str]] = {
    "ア": ("", "a"), "イ": ("", "i"), "ウ": ("", "ɯ"), "エ": ("", "e"), "オ": ("", "o"),
    "カ": ("k", "a"), "キ": ("k", "i"), "ク": ("k", "ɯ"), "ケ": ("k", "e"), "コ": ("k", "o"),
    "ガ": ("ɡ", "a"), "ギ": ("ɡ", "i"), "グ": ("ɡ", "ɯ"), "ゲ": ("ɡ", "e"), "ゴ": ("ɡ", "o"),
    "サ": ("s", "a"), "シ": ("ɕ", "i"), "ス": ("s", "ɯ"), "セ": ("s", "e"), "ソ": ("s", "o"),
    "ザ": ("z", "a"), "ジ": ("dʑ", "i"), "ズ": ("z", "ɯ"), "ゼ": ("z", "e"), "ゾ": ("z", "o"),
    "タ": ("t", "a"), "チ": ("tɕ", "i"), "ツ": ("ts", "ɯ"), "テ": ("t", "e"), "ト": ("t", "o"),
    "ダ": ("d", "a"), "ヂ": ("dʑ", "i"), "ヅ": ("z", "ɯ"), "デ": ("d", "e"), "ド": ("d", "o"),
    "ナ": ("n", "a"), "ニ": ("ɲ", "i"), "ヌ": ("n", "ɯ"), "ネ": ("n", "e"), "ノ": ("n", "o"),
    "ハ": ("h", "a"), "ヒ": ("ç", "i"), "フ": ("ɸ", "ɯ"), "ヘ": ("h", "e"), "ホ": ("h", "o"),
    "バ": ("b", "a"), "ビ": ("b", "i"), "ブ": ("b", "ɯ"), "ベ": ("b", "e"), "ボ": ("b", "o"),
    "パ": ("p", "a"), "ピ": ("p", "i"), "プ": ("p", "ɯ"), "ペ": ("p", "e"), "ポ": ("p", "o"),
    "マ": ("m", "a"), "ミ": ("m", "i"), "ム": ("m", "ɯ"), "メ": ("m", "e"), "モ": ("m", "o"),
    "ヤ": ("j", "a"), "ユ": ("j", "ɯ"), "ヨ": ("j", "o"),
    "ラ": ("ɾ", "a"), "リ": ("ɾ", "i"), "ル": ("ɾ", "ɯ"), "レ": ("ɾ", "e"), "ロ": ("ɾ", "o"),
    "ワ": ("w", "a"), "ヰ": ("", "i"), "ヱ": ("", "e"), "ヲ": ("", "o"), "ヴ": ("v", "ɯ"),
}
"""Katakana → (onset, vowel) in IPA (standard Japanese phonetics: ɯ for u; ɕ tɕ dʑ ç ɲ ɸ before i/u)."""

_SMALL_VOWEL = {"ァ": "a", "ィ": "i", "ゥ": "ɯ", "ェ": "e", "ォ": "o", "ャ": "a", "ュ": "ɯ", "ョ": "o", "ヮ": "a"}

# Onset kept when a small vowel kana replaces a big kana's vowel (ティ ti, ファ ɸa, ウィ wi, クァ kwa).
_ONSET_SMALL = {"ウ": "w", "イ": "j", "ク": "kw", "グ": "ɡw", "ス": "s", "ズ": "z", "テ": "t", "デ": "d",
                "ト": "t", "ド": "d", "フ": "ɸ", "ヴ": "v", "ツ": "ts", "シ": "ɕ", "ジ": "dʑ", "チ": "tɕ"}

_ROMAJI_ONSET = {
    "": "", "k": "k", "ɡ": "g", "s": "s", "z": "z", "ɕ": "sh", "dʑ": "j", "tɕ": "ch", "ts": "ts", "t": "t",
    "d": "d", "n": "n", "ɲ": "n", "h": "h", "ç": "h", "ɸ": "f", "b": "b", "p": "p", "m": "m", "j": "y",
    "ɾ": "r", "w": "w", "v": "v", "kw": "kw", "ɡw": "gw",
}
_ROMAJI_VOWEL = {"a": "a", "i": "i", "ɯ": "u", "e": "e", "o": "o"}


def _morae(text: str) -> list[tuple[str, str, str]]:
    """Split katakana into (kind, onset, vowel): kind is "mora", "long" (ー), "geminate" (ッ), "nasal" (ン)."""
    out: list[tuple[str, str, str]] = []
    bigs: list[str] = []  # the big kana of each entry, to read a following small kana
    for ch in text:
        if ch in ("ー", "ッ", "ン"):
            out.append(({"ー": "long", "ッ": "geminate", "ン": "nasal"}[ch], "", ""))
            bigs.append(ch)
        elif ch in _SMALL_VOWEL:
            vowel = _SMALL_VOWEL[ch]
            if out and out[-1][0] == "mora" and bigs[-1] in _MORA_IPA:
                _, onset, _old = out.pop()
                big = bigs.pop()
                if ch in "ャュョ":
                    if onset in ("ɕ", "dʑ", "tɕ", "ɲ", "ç", "j"):
                        new_onset = onset
                    elif onset:
                        new_onset = onset + "ʲ"  # キャ kʲa, テュ tʲɯ
                    else:
                        new_onset = "j"
                else:
                    new_onset = _ONSET_SMALL.get(big, onset)
                out.append(("mora", new_onset, vowel))
                bigs.append(big + ch)
            else:
                out.append(("mora", "", vowel))
                bigs.append(ch)
        elif ch in _MORA_IPA:
            onset, vowel = _MORA_IPA[ch]
            out.append(("mora", onset, vowel))
            bigs.append(ch)
    return out


@functools.lru_cache(maxsize=4096)
def kana_ipa(text: str) -> tuple[str, ...]:
    """IPA segments of a katakana string (ー lengthens, ッ doubles the next consonant, ン by context).

    >>> "".join(kana_ipa("スプリント"))
    'sɯpɯɾinto'
    >>> "".join(kana_ipa("マクドナルド"))
    'makɯdonaɾɯdo'
    """
    segs: list[str] = []
    morae = _morae(text)
    for k, (kind, onset, vowel) in enumerate(morae):
        if kind == "long":
            if segs and segs[-1] in _VOWEL_IPA:
                segs[-1] += "ː"
        elif kind == "geminate":
            nxt = morae[k + 1] if k + 1 < len(morae) else None
            if nxt and nxt[1]:
                segs.append(nxt[1][0] if nxt[1] not in ("ɕ",) else "ɕ")
        elif kind == "nasal":
            nxt = morae[k + 1] if k + 1 < len(morae) else None
            first = nxt[1][:1] if nxt else ""
            segs.append("m" if first in ("p", "b", "m") else "ŋ" if first in ("k", "ɡ") else
                        "n" if first and first in "tdnsɾzɕ" else "ɴ")
        else:
            if onset:
                segs.append(onset)
            segs.append(vowel)
    return tuple(segs)


_VOWEL_IPA = frozenset("aiɯeo")


def romanize(text: str) -> str:
    """Hepburn romaji of katakana, long vowels doubled (スプリント → ``supurinto``).

    >>> romanize("スターバックス")
    'sutaabakkusu'
    """
    out: list[str] = []
    morae = _morae(text)
    for k, (kind, onset, vowel) in enumerate(morae):
        if kind == "long":
            if out and out[-1] and out[-1][-1] in "aiueo":
                out.append(out[-1][-1])
        elif kind == "geminate":
            nxt = morae[k + 1] if k + 1 < len(morae) else None
            rom = _romaji(nxt[1], nxt[2]) if nxt and nxt[0] == "mora" else ""
            out.append("t" if rom.startswith("ch") else rom[:1] if rom and rom[0] not in "aiueo" else "")
        elif kind == "nasal":
            out.append("n")
        else:
            out.append(_romaji(onset, vowel))
    return "".join(out)


def _romaji(onset: str, vowel: str) -> str:
    v = _ROMAJI_VOWEL.get(vowel, vowel)
    if onset.endswith("ʲ"):
        base = _ROMAJI_ONSET.get(onset[:-1], onset[:-1])
        return base + "y" + v
    if onset == "ç" and vowel != "i":
        return "hy" + v
    if onset == "ɲ" and vowel != "i":
        return "ny" + v
    return _ROMAJI_ONSET.get(onset, onset) + v


def is_katakana(text: str) -> bool:
    """True when ``text`` is made only of katakana, ー and ・ (and spaces)."""
    return bool(text) and all(("\u30a0" <= c <= "\u30ff") or c in " ・ー" for c in text)


