"""Finding listed words in a name by spelling: whole name, whole words, embedded, read aloud.

Pure functions over keys (lower-case ASCII letters and digits, see :func:`lexicon.key_of`) and,
for names written in another script, over the native spelling.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Iterator, Sequence

from .lexicon import MIN_EMBED, Entry, Lexicon, key_of

__all__ = ["Hit", "text_hits"]


@dataclass(frozen=True, slots=True)
class Hit:
    """One match of a listed entry in the name."""

    entry: Entry
    kind: str
    """whole, word, prefix, suffix, middle, letters, sound, sound_near, sound_part, homophone."""
    matched: str
    """The part of the name (or of its reading) that matched."""
    where: str
    """Human wording of the position ("the whole name", "start of 'Lapu'", …)."""
    start: int = 0
    """Offset of the match in the form it was found in."""
    reading: str = "spelling"
    """Which form of the name matched: spelling, letters read aloud in X, local reading /…/."""
    similarity: float = 1.0
    """1.0 for spelling matches; the sound similarity for sound-alikes."""


def _plural_stems(key: str) -> tuple[str, ...]:
    # "Puffs" should meet German "Puff": a final s / es is the commonest way names pluralise.
    stems = [key]
    # stems of four letters or more only: a three-letter word plus s (Asus ⊃ asu) is too often chance
    if len(key) > 5 and key.endswith("es"):
        stems.append(key[:-2])
    if len(key) > 4 and key.endswith("s"):
        stems.append(key[:-1])
    return tuple(stems)


@functools.lru_cache(maxsize=256)
def _embedded(lex: Lexicon) -> dict[str, tuple[int, ...]]:
    """Key → positions in ``lex.embeddable`` of the entries with that key."""
    out: dict[str, list[int]] = {}
    for order, entry in enumerate(lex.embeddable):
        out.setdefault(entry.key, []).append(order)
    return {k: tuple(v) for k, v in out.items()}


@functools.lru_cache(maxsize=256)
def _natives(lex: Lexicon) -> tuple[tuple[Entry, str], ...]:
    """Each entry with its native spelling as compared (case-folded, spaces dropped)."""
    return tuple((e, e.native.casefold().replace(" ", "")) for e in lex.entries)


def text_hits(words: Sequence[str], lex: Lexicon, *, phrase: str = "") -> Iterator[Hit]:
    """Hits of ``lex`` in a name made of ``words`` (as written).

    Whole name (all words joined, also with spaces for listed phrases), each word, then
    embedded terms inside each word and inside the joined name.
    """
    keys = [key_of(w) for w in words]
    joined = "".join(keys)
    spaced = " ".join(k for k in keys if k)
    seen: set[tuple[str, str]] = set()

    def emit(entry: Entry, kind: str, matched: str, where: str, start: int = 0) -> Iterator[Hit]:
        mark = (entry.term, entry.region + entry.category)
        if mark not in seen:
            seen.add(mark)
            yield Hit(entry, kind, matched, where, start)

    # 1. the whole name, spaced ("black and tan") or joined ("laputa")
    for form in {joined, key_of(spaced.replace(" ", "")), *_plural_stems(joined)}:
        for entry in lex.by_key.get(form, ()):
            yield from emit(entry, "whole", phrase or " ".join(words), "the whole name")
    # native-script names (Кока-Кола, 死神): compare with the native spelling
    native = "".join(w.casefold() for w in words)
    if native and not native.isascii():
        for entry, n in _natives(lex):
            if n and n == native:
                yield from emit(entry, "whole", phrase or " ".join(words), "the whole name")
            elif n and len(n) >= 2 and n in native and entry.embed:
                yield from emit(entry, "middle", entry.native, f"inside '{phrase or ' '.join(words)}'")

    # 2. each word of a multi-word name
    if len(keys) > 1:
        for word, key in zip(words, keys):
            for form in _plural_stems(key):
                for entry in lex.by_key.get(form, ()):
                    yield from emit(entry, "word", word, f"the word '{word}'")
        # multi-word phrases inside a longer name ("the black and tan bar")
        for n in range(2, min(5, len(keys)) + 1):
            for i in range(len(keys) - n + 1):
                form = "".join(keys[i:i + n])
                for entry in lex.by_key.get(form, ()):
                    if " " in entry.term:
                        yield from emit(entry, "word", " ".join(words[i:i + n]), "words of the name")

    # 3. embedded terms (start, middle, end) in each word and across the joined name
    targets = [(w, k) for w, k in zip(words, keys) if len(k) > MIN_EMBED]
    if len(keys) > 1 and len(joined) > MIN_EMBED:
        targets.append((" ".join(words), joined))
    embedded = _embedded(lex)
    longest = len(lex.embeddable[0].key) if lex.embeddable else 0
    for word, key in targets:
        # look every stretch of the key up instead of searching for every term (a term longer
        # than the key does not count); the terms found are then taken in the lexicon's order
        # (longest first), as a scan of the list would
        size = len(key)
        inside = {order for length in range(MIN_EMBED, min(size - 1, longest) + 1)
                  for start in range(size - length + 1)
                  for order in embedded.get(key[start:start + length], ())}
        for order in sorted(inside):
            entry = lex.embeddable[order]
            term = entry.key
            pos = key.find(term)
            kind = "prefix" if pos == 0 else "suffix" if pos + len(term) == len(key) else "middle"
            where = {"prefix": "start", "suffix": "end", "middle": "middle"}[kind]
            yield from emit(entry, kind, key[pos:pos + len(term)], f"{where} of '{word}'", pos)


def _reference_text_hits(words: Sequence[str], lex: Lexicon, *, phrase: str = "") -> Iterator[Hit]:
    """Naive twin of :func:`text_hits` (the code before the fast path), for tests and benchmarks."""
    keys = [key_of(w) for w in words]
    joined = "".join(keys)
    spaced = " ".join(k for k in keys if k)
    seen: set[tuple[str, str]] = set()

    def emit(entry: Entry, kind: str, matched: str, where: str, start: int = 0) -> Iterator[Hit]:
        mark = (entry.term, entry.region + entry.category)
        if mark not in seen:
            seen.add(mark)
            yield Hit(entry, kind, matched, where, start)

    # 1. the whole name, spaced ("black and tan") or joined ("laputa")
    for form in {joined, key_of(spaced.replace(" ", "")), *_plural_stems(joined)}:
        for entry in lex.by_key.get(form, ()):
            yield from emit(entry, "whole", phrase or " ".join(words), "the whole name")
    # native-script names (Кока-Кола, 死神): compare with the native spelling
    native = "".join(w.casefold() for w in words)
    if native and not native.isascii():
        for entry in lex.entries:
            n = entry.native.casefold().replace(" ", "")
            if n and n == native:
                yield from emit(entry, "whole", phrase or " ".join(words), "the whole name")
            elif n and len(n) >= 2 and n in native and entry.embed:
                yield from emit(entry, "middle", entry.native, f"inside '{phrase or ' '.join(words)}'")

    # 2. each word of a multi-word name
    if len(keys) > 1:
        for word, key in zip(words, keys):
            for form in _plural_stems(key):
                for entry in lex.by_key.get(form, ()):
                    yield from emit(entry, "word", word, f"the word '{word}'")
        # multi-word phrases inside a longer name ("the black and tan bar")
        for n in range(2, min(5, len(keys)) + 1):
            for i in range(len(keys) - n + 1):
                form = "".join(keys[i:i + n])
                for entry in lex.by_key.get(form, ()):
                    if " " in entry.term:
                        yield from emit(entry, "word", " ".join(words[i:i + n]), "words of the name")

    # 3. embedded terms (start, middle, end) in each word and across the joined name
    targets = [(w, k) for w, k in zip(words, keys) if len(k) > MIN_EMBED]
    if len(keys) > 1 and len(joined) > MIN_EMBED:
        targets.append((" ".join(words), joined))
    for word, key in targets:
        for entry in lex.embeddable:
            term = key_of(entry.term)
            if len(term) >= len(key):
                continue
            pos = key.find(term)
            if pos < 0:
                continue
            kind = "prefix" if pos == 0 else "suffix" if pos + len(term) == len(key) else "middle"
            where = {"prefix": "start", "suffix": "end", "middle": "middle"}[kind]
            yield from emit(entry, kind, key[pos:pos + len(term)], f"{where} of '{word}'", pos)
