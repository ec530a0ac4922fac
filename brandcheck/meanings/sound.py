"""Sound-alikes: the market's reading of the name against the pronunciation of listed words.

A listed word's pronunciation is read from its own spelling with the epitran map of its
language: the native script where epitran reads it well (Cyrillic, hangul, kana, Devanagari,
Thai, pinyin), otherwise the Latin-letter term (:mod:`.readings`, which keeps the bundled lists'
readings in a generated table). Distances are panphon feature-weighted
(:func:`brandcheck.phonetics.features.ipa_similarity`); a cheap segment-bigram overlap screens
out hopeless pairs first so a warm check stays in milliseconds.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass
from itertools import chain
from typing import Iterator, Sequence

from ..phonetics.features import INDEL_VOWEL, ipa_similarity, is_consonant, is_vowel
from .lexicon import Entry, Lexicon
from .match import Hit

__all__ = ["term_ipa", "sound_hits", "WHOLE_THRESHOLD", "PART_THRESHOLD"]

# Similarity (1 − normalised weighted feature distance) needed to call two readings alike.
# 0.86 for the whole name admits one near-sound change in a 5–6 segment word (e.g. /v/~/f/,
# /s/~/ʃ/) but not a changed vowel plus consonant; embedded parts must be closer (0.95) because
# a short window finds chance resemblances easily. "Identical" (0.98) still allows a voicing
# difference (Pfizer read in French ≈ pisser) but not a changed vowel (Asus ≠ isis, 0.975).
# Set by hand on the project's own blunders and on 300 bundled brand names (eval_meanings.py).
WHOLE_THRESHOLD = 0.86
# ... and, for a near (not identical) match, at most this much feature distance in all, in
# segments' worth: one weak change (v~f, s~ʃ, a voicing). A ratio alone let a whole consonant
# change through in five or six sounds (Apple read /apaɾɯ/ in Japanese ~ anaru, Lumora ~ tumore,
# Nova /noba/ ~ robo): chance resemblances a workshop laughs at.
NEAR_CHANGE = 0.5
IDENTICAL = 0.98
PART_THRESHOLD = 0.95
MIN_SEGMENTS = 3

@functools.lru_cache(maxsize=None)
def _indexed(lex: Lexicon) -> tuple[tuple[Entry, tuple[str, ...], frozenset], ...]:
    from .readings import term_ipa  # the listed words as said (mostly from the generated table)

    out = []
    for e in lex.entries:
        if e.severity <= 0 or e.term.isdigit():
            continue
        ipa = term_ipa(e)
        if len(ipa) >= MIN_SEGMENTS:
            out.append((e, ipa, _bigrams(ipa)))
    return tuple(out)


# Length is folded for exact matches; so is the tense/lax split for the lists whose epitran map
# ignores the spelling rule for short vowels (German "fick" comes out /fiːk/; the name Vicks is
# read /fɪks/). Folding it for every language made chance matches in Vietnamese and Thai.
_LENGTH = str.maketrans({"ː": None})
_LAX = str.maketrans({"ː": None, "ɪ": "i", "ʊ": "u", "ɛ": "e", "ɔ": "o", "ʏ": "y"})
_LAX_BLIND = frozenset({"de", "nl"})


def _plain(segs: Sequence[str], language: str = "") -> tuple[str, ...]:
    return _folded(segs, language in _LAX_BLIND)


def _folded(segs: Sequence[str], lax: bool) -> tuple[str, ...]:
    table = _LAX if lax else _LENGTH
    return tuple(seg.translate(table) for seg in segs)


def _bigrams(segs: Sequence[str]) -> frozenset:
    return frozenset(zip(segs, segs[1:]))



def _inside_syllable(reading: Sequence[str], start: int) -> bool:
    """A stretch that starts with a vowel right after a consonant starts inside that consonant's
    syllable, so it is not heard on its own: Always read /oːɾɯweizɯ/ in Japanese does not say
    エイズ, Original /oɾidʑinaɾɯ/ does not say アナル (eval_blunders.py: such matches gave dozens
    of bundled brands a medium finding)."""
    return start > 0 and is_vowel(reading[start]) and is_consonant(reading[start - 1])


# A stop and the fricative after it at the same place are one affricate sound (Otsuka's /ts/): a
# stretch that starts or ends between them cuts a sound in two.
_AFFRICATE_PARTS = frozenset({("t", "s"), ("t", "ʃ"), ("t", "ɕ"), ("d", "z"), ("d", "ʒ"), ("d", "ʑ"), ("p", "f")})
# Consonant pairs that begin a syllable together (pl-, tr-, sk-): a consonant before one of them
# may start the next syllable rather than close the one before.
_ONSET_SECOND = frozenset("rɹɾʁʀljwʋ")


def _cut_after(reading: Sequence[str], end: int) -> bool:
    """A stretch ending at ``end`` leaves part of its last syllable behind, so it is not heard as a
    word: before two consonants that cannot start a syllable together the first closes the
    stretch's syllable (Hornby /hɔɹn.bi/ is not whore), and a stop whose fricative follows is half
    of an affricate. A single consonant after it at the very end is an ending (Vicks = fick + s),
    as :func:`_word_edges` says. A consonant before a vowel is not counted as a cut, though it
    starts the next syllable: a strong word is still heard so (Merdi ⊃ merde, Huyovo ⊃ khuy)."""
    if end <= 0 or end >= len(reading):
        return False
    last, nxt = reading[end - 1], reading[end]
    if (last, nxt) in _AFFRICATE_PARTS:
        return True
    if is_consonant(nxt) and end + 1 < len(reading) and is_consonant(reading[end + 1]):
        first, second = nxt, reading[end + 1]
        onset = second[:1] in _ONSET_SECOND or first[:1] in "sʃ"
        return not onset
    return False


def _cut_before(reading: Sequence[str], start: int) -> bool:
    """A stretch starting at ``start`` begins inside a syllable (:func:`_inside_syllable`) or
    inside an affricate (Otsuka /otsuka/ does not say suka)."""
    return _inside_syllable(reading, start) or (start > 0 and (reading[start - 1], reading[start]) in _AFFRICATE_PARTS)


# A name of this many sounds or fewer is changed by any change (Jeep /dʒip/ ≁ gyp /dʒɪp/, Roots
# read /zɔt/ in Vietnamese ≁ dốt /dɔt/): only the very same sounds make it that word.
_SHORT_NAME = 4


def _same_sound(reading: Sequence[str], ipa: Sequence[str], sim: float) -> bool:
    """The whole name is heard as the listed word: the same sounds, or for a longer name a change
    as small as a voicing (Pfizer ≈ pisser) with no vowel changed (:func:`_vowel_changed`)."""
    if sim >= 1.0:
        return True
    return sim >= IDENTICAL and len(reading) > _SHORT_NAME and not _vowel_changed(reading, ipa)


def _not_heard(reading: Sequence[str], start: int, n: int, spelled: bool) -> bool:
    """The stretch of ``n`` sounds at ``start`` cuts a syllable of a name read as a word. Letters
    read aloud are heard letter by letter (MR2 /ɛm.ɛʁ.dø/ ⊃ merde), so there only a stretch
    starting inside a syllable is not heard."""
    if spelled:
        return _inside_syllable(reading, start)
    return _cut_before(reading, start) or _cut_after(reading, start + n)


def _vowel_changed(a: Sequence[str], b: Sequence[str], *, ending: bool = False) -> bool:
    """Two readings differ in a vowel listeners tell apart (broadly: not merely ɪ/i or length):
    Bamba /bɐmbɐ/ is not bimba, Enel /ɪnəl/ not anal, Renno /ʁɛno/ not ranho. Feature distances
    make all vowels close (ɐ~i costs what k~ɡ does), so the ``IDENTICAL`` threshold alone lets
    any one vowel through; a consonant's voicing (Pfizer ≈ pisser) still passes."""
    from ..phonetics.features import align, broad

    pairs = align(a, b)
    if ending and pairs and pairs[-1][1] is not None and is_vowel(pairs[-1][1]):
        pairs = pairs[:-1]  # with ``ending``, b's last vowel is an inflection ending (pizd|o in Pizd|un)
    for x, y in pairs:
        if x is None or y is None or not (is_vowel(x) and is_vowel(y)):
            continue
        if broad((x,)) != broad((y,)):
            return True
    return False


def _word_edges(reading: Sequence[str], n: int) -> tuple[int, ...]:
    """Where a whole-word term of ``n`` sounds may be heard as that word: ending the name after a
    closed syllable (Cal|pis ⊃ piss, Gut|vik ⊃ fick, As|cona ⊃ cona), or starting it with only a
    consonant ending after it (Vicks = fick + s). After an open syllable the sounds run on (Pa-ci-fic
    is not heard as fick), and at the start of a longer name the term is only a first syllable
    (Victoria); both gave chance matches in famous names (eval_meanings.py)."""
    out = []
    tail = len(reading) - n
    if tail > 0 and is_consonant(reading[tail - 1]):
        out.append(tail)
    if tail == 1 and is_consonant(reading[-1]):
        out.append(0)
    return tuple(out)


@dataclass(frozen=True, slots=True)
class _Term:
    """What the scan needs of one listed word, worked out once per lexicon."""

    order: int
    """Position in :func:`_indexed` (hits are reported in this order)."""
    entry: Entry
    ipa: tuple[str, ...]
    bigrams: frozenset
    first: str
    last: str
    """First characters of the first and last sounds (the window screen for embedded words)."""


@dataclass(frozen=True, slots=True)
class _Scan:
    """A lexicon's listed words arranged so that a scan visits only those that can match."""

    unscreened: dict[int, tuple[_Term, ...]]
    """By number of sounds: words compared with any whole reading of a near length (four sounds
    or fewer, or no bigrams)."""
    by_bigram: dict[tuple[str, str], tuple[int, ...]]
    """Sound bigram → positions (in ``terms``) of the words containing it (the others need a
    shared bigram to be compared)."""
    short: dict[tuple[int, bool, bool], dict[tuple[str, ...], tuple[_Term, ...]]]
    """(sounds, tense/lax folded, embeddable) → folded sounds → strong words of 3–4 sounds, for
    exact matches at the edges."""
    terms: tuple[_Term, ...]
    """Every word, by position (``_Term.order``)."""


@functools.lru_cache(maxsize=256)  # user lists are new Lexicon objects on every check() call
def _scan(lex: Lexicon) -> _Scan:
    unscreened: dict[int, list[_Term]] = {}
    by_bigram: dict[tuple[str, str], list[int]] = {}
    terms = []
    short: dict[tuple[int, bool, bool], dict[tuple[str, ...], list[_Term]]] = {}
    for order, (e, ipa, tb) in enumerate(_indexed(lex)):
        t = _Term(order, e, ipa, tb, ipa[0][:1], ipa[-1][:1])
        terms.append(t)
        n = len(ipa)
        if not tb or n <= 4:
            unscreened.setdefault(n, []).append(t)
        for bigram in tb:
            by_bigram.setdefault(bigram, []).append(order)
        if n <= 4 and e.severity >= 3:
            table = short.setdefault((n, e.language in _LAX_BLIND, e.embed), {})
            table.setdefault(_plain(ipa, e.language), []).append(t)
    return _Scan({n: tuple(v) for n, v in unscreened.items()}, {k: tuple(v) for k, v in by_bigram.items()},
                 {k: {p: tuple(v) for p, v in table.items()} for k, table in short.items()}, tuple(terms))


def sound_hits(reading: Sequence[str], lex: Lexicon, *, label: str, skip: set[str],
               short_anywhere: bool = False) -> Iterator[Hit]:
    """Entries that sound like the whole reading, or like a stretch inside it. Short words (3–4
    sounds) count only when heard exactly, at the start or end, or anywhere with ``short_anywhere``
    (a name read aloud letter by letter: MR2 → /ɛmɛʁdø/ ⊃ merde)."""
    reading = tuple(reading)
    size = len(reading)
    if size < MIN_SEGMENTS:
        return
    scan = _scan(lex)
    rb = _bigrams(reading)
    # Only words that can match are visited (same rules as _reference_sound_hits, which visits
    # every word in order); hits are put back in lexicon order at the end, since callers keep the
    # first of equally severe findings.
    # how many of the reading's bigrams each word shares, counted in C, words in first-seen order
    shared = Counter(chain.from_iterable(scan.by_bigram.get(bigram, ()) for bigram in rb))
    sharing = [scan.terms[order] for order in shared]
    found: dict[int, Hit] = {}

    # 1. the whole reading, for words within two sounds of its length whose bigram screen passes;
    # a length difference costs at least one vowel indel per sound, so some lengths cannot reach
    # the threshold at all (exact: the same bound ipa_similarity's cutoff uses)
    def near_length(n: int) -> bool:
        gap = abs(n - size)
        return gap <= 2 and gap * INDEL_VOWEL <= (1.0 - WHOLE_THRESHOLD) * max(n, size) + 1e-9

    lengths = [n for n in range(size - 2, size + 3) if near_length(n)]
    whole = [t for n in lengths for t in scan.unscreened.get(n, ())]
    longer = {n for n in lengths if n > 4}
    whole += [t for t in sharing if len(t.ipa) in longer and shared[t.order] * 2 >= len(t.bigrams) * 0.5]
    shown = "".join(reading)
    for t in whole:
        if t.entry.term in skip:
            continue
        sim = ipa_similarity(reading, t.ipa, cutoff=WHOLE_THRESHOLD)
        if sim >= WHOLE_THRESHOLD and (sim >= IDENTICAL or (1 - sim) * max(size, len(t.ipa)) <= NEAR_CHANGE):
            kind = "sound" if _same_sound(reading, t.ipa, sim) else "sound_near"
            found[t.order] = Hit(t.entry, kind, shown, "the whole name", 0, label, round(sim, 3))

    # 2a. strong words of three or four sounds heard exactly at the start or the end of the name
    # (or at a word edge for whole-word terms, anywhere with short_anywhere)
    folded: dict[bool, tuple[str, ...]] = {}
    for (n, lax, embed), table in scan.short.items():
        if n >= size:
            continue
        if embed:
            starts = range(size - n + 1) if short_anywhere else (0, size - n)
        else:
            starts = _word_edges(reading, n)
        plain = folded.get(lax)
        if plain is None:
            plain = folded[lax] = _folded(reading, lax)
        for start in starts:
            if _not_heard(reading, start, n, short_anywhere):
                continue
            for t in table.get(plain[start:start + n], ()):
                if t.order in found or t.entry.term in skip:
                    continue
                edge = start == 0 or start + n == size
                where = ("inside the name" if not edge else
                         "the start of the name" if start == 0 else "the end of the name")
                found[t.order] = Hit(t.entry, "sound_edge" if edge else "sound_part",
                                     "".join(reading[start:start + n]), where, start, label, 1.0)

    # 2b. embeddable words of five sounds or more, close enough somewhere inside the reading
    heads = [seg[:1] for seg in reading]
    for t in sharing:
        n = len(t.ipa)
        if n < 5 or n >= size or not t.entry.embed or t.order in found or t.entry.term in skip:
            continue
        best = (0.0, 0)
        first, last, ipa = t.first, t.last, t.ipa
        for start in range(0, size - n + 1):
            if heads[start] != first and heads[start + n - 1] != last or _not_heard(reading, start, n, short_anywhere):
                continue
            # below the threshold (or the best so far) a window cannot change the outcome
            sim = ipa_similarity(reading[start:start + n], ipa, cutoff=max(PART_THRESHOLD, best[0]))
            if sim > best[0]:
                best = (sim, start)
        if best[0] >= PART_THRESHOLD:
            start = best[1]
            changed = best[0] < 1.0 and _vowel_changed(reading[start:start + n], ipa, ending=True)
            if changed:
                continue  # a stretch of the name that needs another vowel and more (Nvidia ≁ vadia)
            # an exact match heard first or last is as salient as a prefix; a near one is not
            edge = (start == 0 or start + n == size) and (best[0] >= 1.0 or best[0] >= IDENTICAL and not changed)
            where = "inside the name" if not edge else "the start of the name" if start == 0 else "the end of the name"
            found[t.order] = Hit(t.entry, "sound_edge" if edge else "sound_part", "".join(reading[start:start + n]),
                                 where, start, label, round(best[0], 3))
    for order in sorted(found):
        yield found[order]


def _reference_sound_hits(reading: Sequence[str], lex: Lexicon, *, label: str, skip: set[str],
                          short_anywhere: bool = False) -> Iterator[Hit]:
    """Naive twin of :func:`sound_hits` (the code before the fast path), for tests and benchmarks."""
    from ..phonetics.features import _reference_ipa_distance

    def ipa_similarity(a, b):
        return 1.0 - _reference_ipa_distance(a, b)

    reading = tuple(reading)
    if len(reading) < MIN_SEGMENTS:
        return
    rb = _bigrams(reading)
    shown = "".join(reading)
    for entry, ipa, tb in _indexed(lex):
        if entry.term in skip:
            continue
        n = len(ipa)
        # whole reading
        if abs(n - len(reading)) <= 2 and (not tb or len(rb & tb) * 2 >= len(tb) * 0.5 or n <= 4):
            sim = ipa_similarity(reading, ipa)
            if sim >= WHOLE_THRESHOLD and (sim >= IDENTICAL or (1 - sim) * max(len(reading), n) <= NEAR_CHANGE):
                kind = "sound" if _same_sound(reading, ipa, sim) else "sound_near"
                yield Hit(entry, kind, shown, "the whole name", 0, label, round(sim, 3))
                continue
        # a stretch inside the reading: terms allowed to match inside names, and any strong word of
        # three or four sounds heard exactly at an edge (Calpis ends in /pɪs/, Vicks read in German
        # starts with /fɪk/) — hearing it there does not depend on how the word is spelled
        if n < 3 or n >= len(reading) or not (entry.embed or n <= 4):
            continue
        if n <= 4:
            # three or four sounds match by chance everywhere: only a strong word heard exactly at the
            # start or the end of the name counts (Pschitt ends in /ʃɪt/)
            if entry.severity < 3:
                continue
            starts = range(len(reading) - n + 1) if short_anywhere else (0, len(reading) - n)
            if not entry.embed:
                starts = _word_edges(reading, n)
            plain_term = _plain(ipa, entry.language)
            for start in starts:
                # short words: the very same sounds, not merely close ones (Spanish /soɾa/ is not zorra)
                if _not_heard(reading, start, n, short_anywhere):
                    continue
                if _plain(reading[start:start + n], entry.language) == plain_term:
                    edge = start == 0 or start + n == len(reading)
                    where = ("inside the name" if not edge else
                             "the start of the name" if start == 0 else "the end of the name")
                    yield Hit(entry, "sound_edge" if edge else "sound_part", "".join(reading[start:start + n]),
                              where, start, label, 1.0)
                    break
            continue
        if not (tb & rb):
            continue
        best = (0.0, 0)
        for start in range(0, len(reading) - n + 1):
            window = reading[start:start + n]
            if (window[0][:1] != ipa[0][:1] and window[-1][:1] != ipa[-1][:1]
                    or _not_heard(reading, start, n, short_anywhere)):
                continue
            sim = ipa_similarity(window, ipa)
            if sim > best[0]:
                best = (sim, start)
        if best[0] >= PART_THRESHOLD:
            start = best[1]
            changed = best[0] < 1.0 and _vowel_changed(reading[start:start + n], ipa, ending=True)
            if changed:
                continue
            # an exact match heard first or last is as salient as a prefix; a near one is not
            edge = (start == 0 or start + n == len(reading)) and (best[0] >= 1.0 or best[0] >= IDENTICAL and not changed)
            where = "inside the name" if not edge else "the start of the name" if start == 0 else "the end of the name"
            yield Hit(entry, "sound_edge" if edge else "sound_part", "".join(reading[start:start + n]), where, start,
                      label, round(best[0], 3))
