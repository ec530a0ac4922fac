"""Chinese homophones: the syllables of the name's Chinese rendering against negative characters.

A rendering picks neutral characters, but listeners hear syllables: 斯 sī is also the sound of
死 sǐ "death" (another tone), and a syllable pair can sound like a negative word (标致 biāozhì
was heard as 婊子 biǎozi). Syllables come from pypinyin on the rendering itself, so the check
does not depend on how the renderer spells its romanisation.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Iterator

from ..data import list_files, read_tsv
from ..phonetics.pinyin import readings as pinyin_readings
from .lexicon import Entry, Lexicon
from .match import Hit

__all__ = ["Syllable", "syllables_of", "homophone_hits", "negative_characters"]


@dataclass(frozen=True, slots=True)
class Syllable:
    char: str
    pinyin: str
    """Toneless pinyin (``si``)."""
    tone: int
    """1–4, 5 for the neutral tone."""


def syllables_of(text: str) -> tuple[Syllable, ...]:
    return tuple(_syllable(char) for char in text if "\u4e00" <= char <= "\u9fff")


@functools.lru_cache(maxsize=8192)  # one pypinyin look-up per character: Chinese name proposals screen thousands
def _syllable(char: str) -> Syllable:
    from ..phonetics.pinyin import character_pinyin

    toneless, tone, _, _ = character_pinyin(char)  # pypinyin's reading, from a table for listed characters
    return Syllable(char, toneless, tone)


@functools.lru_cache(maxsize=None)
def negative_characters() -> dict[str, tuple[tuple[str, int, str, int], ...]]:
    """toneless pinyin → ((char, tone, gloss, severity), …) of characters marked negative."""
    if "chinese/characters.tsv" not in list_files("chinese"):
        return {}
    out: dict[str, list[tuple[str, int, str, int]]] = {}
    for row in read_tsv("chinese/characters.tsv").dicts():
        if row.get("polarity") != "negative":
            continue
        try:
            tone, severity = int(row["tone"] or 5), int(row["severity"] or 1)
        except ValueError:
            continue
        out.setdefault(row["pinyin"].replace("ü", "v"), []).append((row["char"], tone, row["gloss"], severity))
    return {k: tuple(v) for k, v in out.items()}


def _syllable_count(entry: Entry, default: int) -> int:
    """Syllables of a listed Chinese word: one per Han character of its native form."""
    han = sum(1 for c in entry.native if "\u4e00" <= c <= "\u9fff")
    return han or default


def homophone_hits(rendering: str, lex: Lexicon) -> Iterator[tuple[Hit | None, dict]]:
    """Yield (hit, extra evidence) for negative words and characters heard in a rendering.

    Multi-syllable listed words (``sile`` 死了) match runs of toneless syllables; single
    syllables match the negative-character table, with the tone deciding how strong it is.
    """
    sylls = syllables_of(rendering)
    if not sylls:
        return
    toneless = [s.pinyin for s in sylls]
    # words of two or more syllables from the zh list
    for n in range(len(toneless), 1, -1):
        for i in range(len(toneless) - n + 1):
            joined = "".join(toneless[i:i + n])
            for entry in lex.by_key.get(joined, ()):
                if entry.severity <= 0 or _syllable_count(entry, n) != n:
                    continue  # "di"+"ao" is not the one-syllable word diao: tones and breaks differ
                chars = "".join(s.char for s in sylls[i:i + n])
                yield Hit(entry, "homophone", chars, f"syllables {' '.join(toneless[i:i + n])} of {rendering}", i,
                          f"Chinese rendering {rendering}"), {"rendering": rendering, "syllables": toneless[i:i + n]}
    table = negative_characters()
    for i, s in enumerate(sylls):
        for char, tone, gloss, severity in table.get(s.pinyin, ()):
            if char == s.char:
                continue  # the renderer itself chose a negative character: reported by the renderer's check
            if heard_as_itself(s.char, char):
                continue
            yield None, {"rendering": rendering, "syllable": s.pinyin, "tone": s.tone, "char": s.char,
                         "sounds_like": char, "sounds_like_tone": tone, "gloss": gloss, "severity": severity,
                         "same_tone": tone == s.tone, "position": i, "count": len(sylls)}


# A character this common (Zipf, wordfreq's Chinese list) is a word everybody knows.
_COMMON_CHARACTER = 4.5


def heard_as_itself(char: str, negative: str) -> bool:
    """One character that is a very common word, and more common than the negative character of
    its sound, is heard as itself: 王 wáng 'king' is not heard as 亡 'perish', 美 měi not as 霉
    'mould'; so is a character chosen for its good sense (characters.tsv: positive), 昌 chāng
    'prosperous' and not 娼. A transliteration character (斯 sī) still brings 死 sǐ to mind, as
    does a character rarer than its negative twin. (Issue 15: single syllables are not heard
    alone; the pairs and triples of :func:`rendering_pair_hits` are.)"""
    from ..distinctiveness.frequency import zipf

    if char in positive_characters():
        return True
    common = zipf(char, "zh")
    return common >= _COMMON_CHARACTER and common > zipf(negative, "zh")


@functools.lru_cache(maxsize=1)
def positive_characters() -> frozenset[str]:
    """Characters chinese/characters.tsv marks positive (chosen for their good sense)."""
    if "chinese/characters.tsv" not in list_files("chinese"):
        return frozenset()
    return frozenset(row["char"] for row in read_tsv("chinese/characters.tsv").dicts()
                     if row.get("polarity") == "positive")


@functools.lru_cache(maxsize=1)
def negative_words() -> dict[str, tuple[tuple[str, str, str, int], ...]]:
    """chinese/words.tsv: toneless key (``bensi``) → ((word, tone-numbered pinyin, gloss, severity), …)
    of its negative words of two or three syllables."""
    if "chinese/words.tsv" not in list_files("chinese"):
        return {}
    out: dict[str, list[tuple[str, str, str, int]]] = {}
    for row in read_tsv("chinese/words.tsv", required=("word", "pinyin", "gloss", "polarity", "severity")).dicts():
        parts = row["pinyin"].split()
        if row["polarity"] != "negative" or not 2 <= len(parts) <= 3:
            continue
        key = "".join(p.rstrip("012345") for p in parts).replace("ü", "v")
        out.setdefault(key, []).append((row["word"], row["pinyin"], row["gloss"], int(row["severity"] or 1)))
    return {k: tuple(v) for k, v in out.items()}


def pinyin_hits(key: str) -> Iterator[dict]:
    """Negative Chinese words heard in a name read as pinyin, over adjacent syllable pairs and
    triples (Bensi read bēn sǐ ≈ 奔死 'rush to one's death'). Single syllables are not matched:
    one syllable of several is too weak a hint, and they are the rendering check's business."""
    words = negative_words()
    seen: set[str] = set()
    for reading in pinyin_readings(key):
        for n in (3, 2):
            for i in range(len(reading) - n + 1):
                part = reading[i:i + n]
                for word, pinyin, gloss, severity in words.get("".join(part), ()):
                    if word in seen:
                        continue
                    seen.add(word)
                    yield {"word": word, "pinyin": pinyin, "gloss": gloss, "severity": severity,
                           "syllables": part, "whole": n == len(reading), "edge": i == 0 or i + n == len(reading),
                           "reading": " ".join(reading)}


def rendering_pair_hits(rendering: str) -> Iterator[dict]:
    """Negative words heard over adjacent syllable pairs and triples of a Chinese rendering (标致
    biāozhì ≈ 婊子 biǎozi), by toneless syllables; ``same_tone`` says whether the tones agree too.
    A rendering that writes the negative word itself is the renderer's business, not a homophone."""
    sylls = syllables_of(rendering)
    words = negative_words()
    seen: set[str] = set()
    for n in (3, 2):
        for i in range(len(sylls) - n + 1):
            part = sylls[i:i + n]
            chars = "".join(s.char for s in part)
            for word, pinyin, gloss, severity in words.get("".join(s.pinyin for s in part), ()):
                if word in seen or word == chars:
                    continue
                seen.add(word)
                tones = tuple(int(p[-1]) if p[-1].isdigit() else 5 for p in pinyin.split())
                yield {"word": word, "pinyin": pinyin, "gloss": gloss, "severity": severity,
                       "syllables": tuple(s.pinyin for s in part), "whole": n == len(sylls),
                       "edge": i == 0 or i + n == len(sylls), "reading": rendering, "chars": chars,
                       "same_tone": tones == tuple(s.tone for s in part)}
