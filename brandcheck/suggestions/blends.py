"""Blends: the start of one seed joined to the end of another (Lumora × Zelvora → Lumvora, Zelora),
cut where syllables meet, so each part keeps a piece of its meaning or sound."""

from __future__ import annotations

import itertools
import random
from typing import Iterator, Sequence

from .model import Candidate
from .spelling import display, is_vowel_letter, key, vowel_groups

__all__ = ["blends", "heads", "tails"]

MIN_LEN, MAX_LEN = 4, 10


def heads(text: str) -> list[str]:
    """Starts of a word that end a syllable: after a vowel group, or after the consonant following it."""
    out = []
    for _, end in vowel_groups(text):
        for cut in (end, end + 1):
            if 0 < cut < len(text) and text[:cut] not in out:
                out.append(text[:cut])
    return out


def tails(text: str) -> list[str]:
    """Ends of a word that begin a syllable: at a vowel group, or at the consonant before it."""
    out = []
    for start, _ in vowel_groups(text)[1:]:
        for cut in (start - 1, start):
            if 0 < cut < len(text) and text[cut:] not in out:
                out.append(text[cut:])
    return out


def _clusters(text: str) -> int:
    run = worst = 0
    for c in text:
        run = 0 if is_vowel_letter(c) else run + 1
        worst = max(worst, run)
    return worst


def blends(parts: Sequence[str], rng: random.Random, *, origin: Sequence[str] | None = None) -> Iterator[Candidate]:
    """Blends of every ordered pair of ``parts`` (seeds, and keywords when given), the ones nearest
    the parts' mean length first."""
    words = [(p, key(p)) for p in parts if key(p)]
    if len(words) < 2:
        return
    target = sum(len(k) for _, k in words) / len(words)
    options = []
    for (a, ka), (b, kb) in itertools.permutations(words, 2):
        for h in heads(ka):
            for t in tails(kb):
                new = h + t
                if is_vowel_letter(h[-1]) and is_vowel_letter(t[0]) or h[-1] == t[0]:
                    continue  # Lumo+ora, Lumor+ra: a hiatus or a doubled letter at the seam
                if MIN_LEN <= len(new) <= MAX_LEN and new not in (ka, kb) and _clusters(new) <= 2:
                    options.append((abs(len(new) - target) + rng.random(), new, a, b, h, t))
    options.sort()
    seen = set()
    for _, new, a, b, h, t in options:
        if new in seen:
            continue
        seen.add(new)
        src = tuple(x for x in (a, b) if origin is None or x in origin)
        yield Candidate(display(new), "blend", f"{display(h)}- from {a} + -{t} from {b}.", src)
