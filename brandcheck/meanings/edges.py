"""Strong words at the edges of a name's parts, and strong words spelled another way.

Two ways a vulgar or offensive word reaches a reader that plain look-up misses:

* **At a morpheme edge of a compound.** Words listed as whole-word-only (``piss``, ``fick``)
  are not matched inside longer words, because inside a word they are mostly chance
  (*Pissarro*). When the rest of the word is itself a word (Super|piss, Fick|box), readers
  split the compound there and see the listed word whole: :func:`compound_hits`.
* **Spelled differently, said the same.** A name whose spelling folds to the same sound key as
  a strong word (Bich ~ bitch, Kum ~ cum, Konnard ~ connard) is heard as that word:
  :func:`respelled_hits`. Only strong words (list severity 3–4), only the whole name or a whole
  word of it, and only spellings that any Latin-letter reader says alike, so the rule stays quiet.

Both are pure look-ups over small per-lexicon indexes: no sound comparison, microseconds per name.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Callable, Iterable, Iterator, Sequence

from .lexicon import Lexicon, key_of
from .match import Hit

__all__ = ["compound_hits", "as_written", "respelled_hits", "transcribed_hits", "sound_key", "transcription_key"]

# The other part of a compound must be a word this common (Zipf, market language or English) and
# this long: "super", "box", "data" split a compound for any reader; "b" + "itch" does not.
MORPHEME_ZIPF = 3.5
MIN_MORPHEME = 3
# Strong words only: a mild word at a compound edge (Gift|box) is not worth a workshop's time.
STRONG = 3


@functools.lru_cache(maxsize=256)
def _word_only(lex: Lexicon) -> dict[str, tuple]:
    """Key → strong entries listed as whole-word-only (the embeddable ones are matched inside
    words already), three letters or more."""
    out: dict[str, list] = {}
    for e in lex.entries:
        if not e.embed and e.severity >= STRONG and len(e.key) >= 3 and e.key.isalpha():
            out.setdefault(e.key, []).append(e)
    return {k: tuple(v) for k, v in out.items()}


def as_written(word: str, key: str) -> str:
    """The word in lower case with its letters' marks, when it folds letter for letter to ``key``
    (Fittkärring → fittkärring): a compound's other part is looked up as written, since folded it
    may be no word (karring). Otherwise the key itself."""
    lower = word.casefold()
    return lower if len(lower) == len(key) and lower.isalpha() else key


def compound_hits(words: Sequence[str], lex: Lexicon, morpheme: Callable[[str], str | None]) -> Iterator[Hit]:
    """Whole-word-only strong words that start or end a word of the name where the rest of the
    word is a morpheme: ``morpheme(rest)`` gives the hit's kind (``compound`` for a common word
    of the market's language, ``compound_foreign`` for an English one) or None."""
    table = _word_only(lex)
    if not table:
        return
    for word in words:
        key = key_of(word)
        written = as_written(word, key)
        for size in range(3, len(key) - MIN_MORPHEME + 1):
            for kind, term, rest in (("prefix", key[:size], written[size:]), ("suffix", key[-size:], written[:-size])):
                for entry in table.get(term, ()):
                    split = morpheme(rest)
                    if split:
                        where = f"{'start' if kind == 'prefix' else 'end'} of '{word}', split {'+'.join((term, rest) if kind == 'prefix' else (rest, term))}"
                        yield Hit(entry, split, term, where, 0 if kind == "prefix" else len(key) - size)


# Spellings every Latin-letter reader says alike, folded in this order. Letters whose sound
# differs between languages are left alone: c before e/i, j, v/w, s/z, final e, doubled vowels
# (cook is not cock) and doubled l and r (Spanish pola is not polla, pero is not perro).
_FOLDS = (
    (re.compile(r"tch"), "ch"), (re.compile(r"ck"), "k"), (re.compile(r"ph"), "f"),
    (re.compile(r"q(u)?"), "k"), (re.compile(r"c(?=[aoukrlt]|$)"), "k"), (re.compile(r"x"), "ks"),
    (re.compile(r"y"), "i"), (re.compile(r"([b-df-hj-km-np-qs-tv-xz])\1+"), r"\1"),
    # a final -er written -r, the way names drop the vowel (Flickr, Tumblr): Wankr ~ wanker
    (re.compile(r"(?<=[b-df-hj-km-np-tv-z])e?r$"), "r"),
)


def sound_key(text: str) -> str:
    """The spelling folded so that respellings of one sound meet (``Bich`` and ``bitch`` → ``bich``)."""
    key = key_of(text)
    for pattern, repl in _FOLDS:
        key = pattern.sub(repl, key)
    return key


def _grouped(entries: Iterable, key: Callable[[str], str]) -> dict[str, tuple]:
    """Entries grouped by ``key`` of their term."""
    out: dict[str, list] = {}
    for e in entries:
        out.setdefault(key(e.term), []).append(e)
    return {k: tuple(v) for k, v in out.items()}


def _latin_spelled(entry) -> bool:
    return all(c.isascii() or unicodedata.category(c).startswith("L") and "LATIN" in unicodedata.name(c, "")
               for c in entry.native if c.isalpha())


@functools.lru_cache(maxsize=256)
def _by_sound_key(lex: Lexicon) -> dict[str, tuple]:
    return _grouped((e for e in lex.entries if e.severity >= STRONG and len(e.key) >= 3 and e.key.isalpha()
                     and _latin_spelled(e)), sound_key)


def respelled_hits(words: Sequence[str], lex: Lexicon, skip: set[str]) -> Iterator[Hit]:
    """Strong words the whole name is a respelling of. Only for lists written in the market's own
    Latin spelling (a romanised Arabic or Chinese word is not spelled, it is transcribed), and
    only the whole name: one word of several (Thomas Cook, Air India) is read in its context."""
    table = _by_sound_key(lex)
    keys = [key_of(w) for w in words]
    forms = [(" ".join(words), "".join(keys), "the whole name")]
    for shown, key, where in forms:
        if len(key) < 3:
            continue
        for entry in table.get(sound_key(key), ()):
            if entry.key != key and entry.term not in skip:
                yield Hit(entry, "respelled", shown, f"{where}, spelled differently", 0,
                          f"spelled '{shown}', said like '{entry.term}'")


# Latin transcriptions of one word of Arabic, Persian, Hindi, Hebrew… vary in doubled letters and
# in how long vowels are written (kussommak / kusomak, sharmoota / sharmuta, chootiya / chutiya).
_TRANSCRIPTION = ((re.compile(r"(oo|ou)"), "u"), (re.compile(r"ee"), "i"), (re.compile(r"([a-z])\1+"), r"\1"))
# Only longer words: three or four letters folded this way meet chance names everywhere.
MIN_TRANSCRIBED = 5
_ABUSE = frozenset({"vulgar", "sexual", "slur", "insult", "excrement"})


def transcription_key(text: str) -> str:
    """The Latin transcription folded so that its common variants meet (``kussommak`` → ``kusomak``)."""
    key = key_of(text)
    for pattern, repl in _TRANSCRIPTION:
        key = pattern.sub(repl, key)
    return key


@functools.lru_cache(maxsize=256)
def _by_transcription(lex: Lexicon) -> dict[str, tuple]:
    return _grouped((e for e in lex.entries if e.severity >= STRONG and e.category in _ABUSE
                     and len(e.key) >= MIN_TRANSCRIBED and e.key.isalpha()), transcription_key)


def transcribed_hits(words: Sequence[str], lex: Lexicon, skip: set[str]) -> Iterator[Hit]:
    """Strong words of abuse that the whole name writes in another common Latin transcription, for
    markets whose language is written in another script (Kussomak ~ kussommak in Arabic)."""
    key = "".join(key_of(w) for w in words)
    if len(key) < MIN_TRANSCRIBED:
        return
    shown = " ".join(words)
    for entry in _by_transcription(lex).get(transcription_key(key), ()):
        if entry.key != key and entry.term not in skip:
            yield Hit(entry, "respelled", shown, "the whole name, transcribed differently", 0,
                      f"written '{shown}', another transcription of '{entry.term}'")
