"""Variants of one seed: new endings that carry meaning, vowel and consonant changes, truncations,
and compounds of the user's keywords with the curated roots (``wordlists/suggest/morphemes.tsv``).
A compound made of keywords and morphemes alone has no seed in its ``origin``."""

from __future__ import annotations

import itertools
import random
from typing import Iterable, Iterator

from ..phonetics.features import segment_distance
from .model import Candidate
from .morphemes import Morpheme, for_keyword
from .palette import Palette
from .spelling import display, is_vowel_letter, key, stem, vowel_groups

__all__ = ["variants", "round_robin"]

PER_KIND = 16
"""At most this many variants of each sort per seed, before screening."""


def round_robin(*streams: Iterable[Candidate]) -> Iterator[Candidate]:
    """One from each stream in turn, so any prefix of the result mixes every sort."""
    its = [iter(s) for s in streams]
    while its:
        for it in list(its):
            try:
                yield next(it)
            except StopIteration:
                its.remove(it)


def _endings(seed: str, text: str, table: tuple[Morpheme, ...], rng: random.Random) -> Iterator[Candidate]:
    base = stem(text)
    endings = [m for m in table if m.kind == "ending"]
    rng.shuffle(endings)
    made = 0
    for m in endings:
        new = base + m.text
        if new != text and made < PER_KIND:
            made += 1
            yield Candidate(display(new), "variant", f"{display(base)}- with the ending {m.label}.", (seed,))


def _vowel_changes(seed: str, text: str, palette: Palette, rng: random.Random) -> Iterator[Candidate]:
    options = [(i, v) for i, c in enumerate(text) if is_vowel_letter(c) for v in palette.vowels if v != c]
    rng.shuffle(options)
    for i, v in options[:PER_KIND]:
        yield Candidate(display(text[:i] + v + text[i + 1:]), "variant", f"{seed} with {text[i]} → {v}.", (seed,))


def _consonant_changes(seed: str, text: str, palette: Palette, rng: random.Random) -> Iterator[Candidate]:
    sounds = dict(palette.sounds)
    options = []
    for i, c in enumerate(text):
        if is_vowel_letter(c):
            continue
        near = sorted((x for x in palette.consonants if x != c),
                      key=lambda x: (segment_distance(sounds[x], sounds.get(c, c)), x))[:2]
        options += [(i, x) for x in near]
    rng.shuffle(options)
    for i, x in options[:PER_KIND]:
        yield Candidate(display(text[:i] + x + text[i + 1:]), "variant", f"{seed} with {text[i]} → {x}.", (seed,))


def _truncations(seed: str, text: str) -> Iterator[Candidate]:
    groups = vowel_groups(text)
    if len(groups) >= 3:
        yield Candidate(display(text[:groups[1][1]]), "variant", f"{seed} cut to its first two syllables.", (seed,))
    if len(groups) >= 3:
        start = groups[0][1]
        yield Candidate(display(text[start:]), "variant", f"{seed} without its first syllable.", (seed,))


def _clip(word: str) -> str:
    """A keyword clipped after its first syllable and the consonant that follows (``light`` → ``lig``)."""
    groups = vowel_groups(word)
    if not groups:
        return word[:3]
    end = groups[0][1]
    return word[:end + 1] if end < len(word) else word


def _compounds(seed: str, text: str, keywords: tuple[str, ...], sector: str | None, table: tuple[Morpheme, ...],
               rng: random.Random) -> Iterator[Candidate]:
    endings = [m for m in table if m.kind == "ending" and len(m.text) >= 2]
    words = [k for k in (key(k) for k in keywords) if k]
    roots = [(kw, m) for kw in (list(keywords) + ([sector] if sector else [])) for m in for_keyword(kw, table)]
    rng.shuffle(roots)
    from .blends import tails

    ends = tails(text)
    tail = ends[0] if ends else text
    made = 0
    for kw, m in roots:
        if made >= PER_KIND:
            break
        e = rng.choice(endings)
        root = m.text.rstrip("aeiou") if e.text[0] in "aeiou" else m.text
        yield Candidate(display(root + e.text), "variant",
                        f"{m.label} from your keyword '{kw}', with the ending {e.label}.")
        yield Candidate(display(m.text + tail), "variant", f"{m.label} from your keyword '{kw}' + {seed}'s "
                        f"ending -{tail}.", (seed,))
        made += 2
    for w in words:
        for e in rng.sample(endings, min(3, len(endings))):
            c = _clip(w)
            yield Candidate(display(c.rstrip("aeiou") + e.text if e.text[0] in "aeiou" else c + e.text), "variant",
                            f"Your keyword '{w}' clipped, with the ending {e.label}.")
    for a, b in itertools.permutations(words, 2):
        yield Candidate(display(_clip(a) + _clip(b)), "variant", f"Your keywords '{a}' and '{b}' clipped and joined.")


def variants(seed: str, palette: Palette, table: tuple[Morpheme, ...], rng: random.Random, *,
             keywords: tuple[str, ...] = (), sector: str | None = None) -> Iterator[Candidate]:
    """Variants of one seed, the sorts interleaved (not yet screened)."""
    text = key(seed)
    if not text:
        return iter(())
    return round_robin(_compounds(seed, text, keywords, sector, table, rng), _endings(seed, text, table, rng),
                       _vowel_changes(seed, text, palette, rng), _consonant_changes(seed, text, palette, rng),
                       _truncations(seed, text))
