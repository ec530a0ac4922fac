"""Cantonese homophones for Hong Kong (``Market.variety == "yue"``): jyutping syllables against
``wordlists/chinese/cantonese.tsv``.

Hong Kong reads Chinese characters in Cantonese, so a rendering that is harmless in Mandarin can
say something else there, and the Mandarin checks of :mod:`.chinese` do not hear it. Two forms
are checked, as for Mandarin: the syllables of the name's Hong Kong rendering (by ToJyutping on
the characters themselves), and a Latin name read as jyutping (every split into toneless
syllables). Words of two or three syllables match adjacent syllables; a one-syllable word (the
classic vulgar syllables, 死 sei2) matches a one-syllable name, or one syllable of a rendering
only weakly. Syllables are compared toneless and with the everyday mergers of Hong Kong speech
(n- said as l-, ng- dropped: 撚 nan2 ≈ lan2, 我 ngo5 ≈ o5), so a word is heard however it is said.
"""

from __future__ import annotations

import functools
import re
from typing import Iterator

from ..data import list_files, read_tsv
from ..phonetics.pinyin import syllable_readings

__all__ = ["plain", "cantonese_words", "jyutping_syllables", "jyutping_readings", "jyutping_hits",
           "rendering_hits", "hong_kong_forms"]

_TONE = re.compile(r"[0-9]")


def plain(syllable: str) -> str:
    """A jyutping syllable as heard for matching: toneless, n- as l-, ng- dropped (``nan2`` → ``lan``)."""
    s = _TONE.sub("", syllable.lower())
    if s.startswith("ng") and len(s) > 2:
        return s[2:]
    if s.startswith("n") and not s.startswith("ng") and len(s) > 1:
        return "l" + s[1:]
    return s


@functools.lru_cache(maxsize=1)
def cantonese_words() -> dict[tuple[str, ...], tuple[tuple[str, str, str, int], ...]]:
    """Plain syllables (``("sei", "hoi")``) → ((word, jyutping, gloss, severity), …) of the
    negative words of ``chinese/cantonese.tsv``."""
    if "chinese/cantonese.tsv" not in list_files("chinese"):
        return {}
    out: dict[tuple[str, ...], list[tuple[str, str, str, int]]] = {}
    table = read_tsv("chinese/cantonese.tsv", required=("word", "jyutping", "gloss", "polarity", "severity"))
    for row in table.dicts():
        parts = row["jyutping"].split()
        if row["polarity"] != "negative" or not 1 <= len(parts) <= 3:
            continue
        key = tuple(plain(p) for p in parts)
        out.setdefault(key, []).append((row["word"], row["jyutping"], row["gloss"], int(row["severity"] or 1)))
    return {k: tuple(v) for k, v in out.items()}


@functools.lru_cache(maxsize=1)
def jyutping_syllables() -> frozenset[str]:
    """Every toneless jyutping syllable ToJyutping gives a CJK character (about 650)."""
    import ToJyutping

    text = "".join(chr(c) for c in range(0x4E00, 0x9FA6))
    return frozenset(_TONE.sub("", j) for _, j in ToJyutping.get_jyutping_list(text)
                     if j and " " not in j and _TONE.sub("", j).isalpha())


def jyutping_readings(key: str, limit: int = 8) -> tuple[tuple[str, ...], ...]:
    """The ways a Latin-letter key reads as a run of jyutping syllables (``seihoi`` → (sei, hoi)),
    fewest syllables first; empty when it does not read as jyutping."""
    return syllable_readings(key, jyutping_syllables(), limit)


def _found(word: str, jyutping: str, gloss: str, severity: int, part: tuple[str, ...], n: int, i: int,
           reading: str) -> dict:
    return {"word": word, "pinyin": jyutping, "gloss": gloss, "severity": severity, "syllables": part,
            "whole": i == 0 and len(part) == n, "edge": i == 0 or i + len(part) == n, "reading": reading,
            "variety": "yue"}


# Hong Kong writes Cantonese in Latin letters its own way (street names, people's names, chat):
# ch for c (Chan 陳 can4), ts for c and z (Tsui 徐), sh for s, y for j (Yau 邱 jau1), ee for i,
# oo for u, eung for oeng (Cheung 張). Read back into jyutping spelling before splitting.
_HK_SPELLING = ((re.compile(r"eung"), "oeng"), (re.compile(r"ch|ts"), "c"), (re.compile(r"sh"), "s"),
                (re.compile(r"ee"), "i"), (re.compile(r"oo"), "u"), (re.compile(r"(^|(?<=[aeiou]))y(?=[aeiou])"), "j"))


def hong_kong_forms(key: str) -> tuple[str, ...]:
    """The key as written, and read back from Hong Kong's everyday romanisation into jyutping
    (``chisin`` → ``cisin``, ``yauseng`` → ``jauseng``), when that differs."""
    folded = key
    for pattern, repl in _HK_SPELLING:
        folded = pattern.sub(repl, folded)
    return (key,) if folded == key else (key, folded)


def jyutping_hits(key: str) -> Iterator[dict]:
    """Cantonese negative words heard in a Latin name read as jyutping, as written or in Hong
    Kong's everyday romanisation (:func:`hong_kong_forms`): over adjacent syllable pairs and
    triples, and a one-syllable word only when it is the whole name (``Diu``)."""
    words = cantonese_words()
    seen: set[str] = set()
    readings = dict.fromkeys(r for form in hong_kong_forms(key) for r in jyutping_readings(form))
    for reading in readings:
        heard = tuple(plain(s) for s in reading)
        for n in (3, 2, 1):
            for i in range(len(heard) - n + 1):
                if n == 1 and len(heard) > 1:
                    break  # one syllable of several is too weak a hint (as for pinyin)
                for word, jp, gloss, severity in words.get(heard[i:i + n], ()):
                    if word not in seen:
                        seen.add(word)
                        yield _found(word, jp, gloss, severity, reading[i:i + n], len(reading), i, " ".join(reading))


def rendering_hits(rendering: str) -> Iterator[dict]:
    """Cantonese negative words heard in a Hong Kong rendering's syllables (by ToJyutping on its
    characters): pairs and triples like :func:`.chinese.rendering_pair_hits`, with ``same_tone``;
    single syllables too, marked ``single`` (weighed like one Mandarin syllable: low at best).
    A rendering that writes the word itself is the renderer's business."""
    import ToJyutping

    sylls = [(c, j) for c, j in ToJyutping.get_jyutping_list(rendering) if j and " " not in j]
    heard = tuple(plain(j) for _, j in sylls)
    words = cantonese_words()
    seen: set[str] = set()
    for n in (3, 2, 1):
        for i in range(len(sylls) - n + 1):
            chars = "".join(c for c, _ in sylls[i:i + n])
            for word, jp, gloss, severity in words.get(heard[i:i + n], ()):
                if word in seen or word == chars:
                    continue
                seen.add(word)
                tones = tuple(p[-1] for p in jp.split())
                found = _found(word, jp, gloss, severity, tuple(j for _, j in sylls[i:i + n]), len(sylls), i,
                               rendering)
                found.update(chars=chars, same_tone=tones == tuple(j[-1] for _, j in sylls[i:i + n]),
                             single=n == 1, position=i, count=len(sylls))
                yield found
