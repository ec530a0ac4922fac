"""Coined names from the markets' common phonology: syllables every chosen market says and reads
alike (:class:`~.palette.Palette`), two or three of them, the last one a word-final syllable, with
a final consonant only where every language may end a word with it."""

from __future__ import annotations

import random
from typing import Iterator

from .model import Candidate
from .palette import Palette
from .spelling import display

__all__ = ["coined"]

OPEN_START = 0.15
"""Share of names that start with a bare vowel (Amazon, Ikea); coined names are otherwise (C)V."""
FINAL_CODA = 0.2
"""Share of names closed by a final consonant (Sony has none, Kodak one)."""


SYLLABLES = (2, 3, 3, 3)
"""Syllable counts drawn from: mostly three, because short coined names crowd the brand space
(in a sample of 200, two thirds of the 4-letter ones were close to a listed brand, 1 in 17 of the 6-letter ones)."""
MIN_LETTERS = 5


def coined(palette: Palette, rng: random.Random, *, count: int = 200, syllables: tuple[int, ...] = SYLLABLES
           ) -> Iterator[Candidate]:
    """Up to ``count`` distinct coined names of at least ``MIN_LETTERS`` letters (fewer when the
    palette allows fewer)."""
    if not palette.syllables or not palette.finals:
        return
    seen: set[str] = set()
    for _ in range(count * 20):
        if len(seen) >= count:
            return
        n = rng.choice(syllables)
        parts = [rng.choice(palette.syllables) for _ in range(n - 1)] + [rng.choice(palette.finals)]
        if any(a == b for a, b in zip(parts, parts[1:])):
            continue  # "Kakato": a repeated syllable reads as a stammer
        if rng.random() < OPEN_START:
            parts[0] = parts[0][-1]  # the first syllable without its consonant: ke-ma-ru → e-ma-ru
        if palette.codas and rng.random() < FINAL_CODA:
            parts[-1] += rng.choice(palette.codas)
        text = "".join(parts)
        if len(text) < MIN_LETTERS or text in seen:
            continue
        seen.add(text)
        shape = "-".join(parts)
        yield Candidate(display(text), "coined", f"Coined from syllables every chosen market says alike ({shape}).")
