"""The intended pronunciation of a name: what its owners mean it to sound like.

English by default. Each word of the name is read, in this order of preference:

* ``user``: the caller gave the IPA (``intended("Zelvora", ipa="zɛlˈvɔɹə")``), segmented with panphon;
* ``number``: a run of digits, said as a cardinal in the source language (``4`` → *four*);
* ``letters``: an initialism — 2–4 capitals that are not a dictionary word (``TX``, ``BMW``), or a
  single letter — said letter by letter with the source language's letter names;
* ``dictionary``: the word is in the CMU Pronouncing Dictionary (English only);
* ``native``: a word in another script (小米, ソニー, 삼성, Пепси), read by that script's own
  reader (:mod:`.native`; the source language picks Japanese or Cantonese for Chinese characters);
* ``g2p``: anything else — gruut's English letter-to-sound model for English, the epitran reader of
  the source language otherwise (``source_language="es"`` reads *Zelvora* as a Spanish speaker would).

The English pronouncer lives in :mod:`.english`, the split into words and the initialism test in
:mod:`.tokenise` (both shared with :mod:`.readers`). Everything is loaded on first use: the CMU
dictionary text once per process (looked up by string search, no 135,000-entry dict is built), the
gruut model only when a word is not in CMUdict, and only the English CRF model of gruut (not
gruut's whole text pipeline).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from ..errors import InvalidNameError
from .english import cmu_lookup, cmu_reading, english_g2p
from .source_types import Source, SourceWord
from .tokenise import is_initialism, latin_letters, tokens

__all__ = ["SourceWord", "Source", "intended"]


# --------------------------------------------------------------------------------------------------
# Words of a name (tokens, initialisms: .tokenise)

_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _tokens(name: str) -> Iterator[str]:
    yield from tokens(name)


ABBREVIATIONS = {"dr": "doctor", "mr": "mister", "mrs": "missus", "st": "saint", "mt": "mount", "ft": "fort",
                 "jr": "junior", "sr": "senior"}
"""Abbreviations said in full when they stand before or after another word of a name (Dr Pepper,
St. Ives, Mr Clean, Carl's Jr.)."""


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


def _vowel_joint(parts: list[str]) -> bool:
    """A camel-case word whose later part begins with a vowel after a part of two letters or more
    (WhatsApp, LinkedIn): read part by part even when CMUdict lists it whole, because scripts write a
    compound's parts as each is written alone (NIKL 외래어 표기법 제10항: 왓츠앱, 링크드인), not with
    the consonant before the joint carried into the next part (웟사프, 링크틴). Other joints read the
    same either way, and the whole entry keeps its stress (YouTube, PlayStation)."""
    return any(len(a) > 1 and b[:1].lower() in "aeiou" for a, b in zip(parts, parts[1:]))


def _english_word(token: str) -> list[SourceWord]:
    parts = _CAMEL.split(token)
    by_parts = len(parts) > 1 and all(cmu_lookup(p) for p in parts)
    listed = cmu_reading(token)
    if listed and not (by_parts and _vowel_joint(parts)):
        ipa, stress, phones = listed
        return [SourceWord(token, ipa, phones, "dictionary", stress)]
    if by_parts:
        words = [w for p in parts for w in _english_word(p)]
        return words[:1] + [replace(w, joined=True) for w in words[1:]]
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
        elif not latin_letters(token):
            from .readers import read_script

            # its own script's reader (小米 in Mandarin, or Japanese / Cantonese when the source says so)
            words.append(SourceWord(token, read_script(token, source_language), None, "native", None))
        elif is_initialism(token, language) or (beside_symbol and token.isupper() and len(token) <= 3
                                                 and latin_letters(token)):
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
