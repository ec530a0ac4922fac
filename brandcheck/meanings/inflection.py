"""Inflected and derived forms of strong listed words.

A reader sees *Mierdoso* as "shitty", *Govnyuk* as "little shit" and *Kurcina* as "big dick":
the listed word (mierda, govno, kurac) with its lemma ending taken off and one of the language's
common endings put on. Lists give the lemma; this module finds the forms, from a short table of
endings per language (``wordlists/morphology/endings.tsv``: lemma endings to take off, form
endings to put on, and vowels that drop before a final consonant, as *kurac* → *kurc-*).

* **A word of the name is a form** (stem + ending, the whole word): kind ``inflected``, weighed
  as the word itself; a stem of three letters (sik, got) only one step lower, as a prefix.
* **A stem starts a compound** whose rest is a common word (Wichs|bar): kind ``compound``, as
  :func:`brandcheck.meanings.edges.compound_hits` weighs a listed word there. Stems of four
  letters or more only.
* **A coined name is a strong word with a brand-name ending** (Kurv|ix, Fotz|ix, Sharmut|ix,
  Cazz|ari): the endings coined names are made with in every market (``*  coined`` in the
  table: -ix, -ex, -ify, -ium …) put on a listed word or its stem, the whole word of the name,
  weighed as a compound. Stems of four letters or more; any strong word (an illness, a hate
  name: Ebol|ix, Hitl|er is not a stem), not only abuse, since a coined name is read at sight.
  A milder word of illness, the body or death (severity 2: Tumor|ex) counts too, from stems of
  five letters, as kind ``coined`` (weighed as a long prefix), and a coined stem may be the word cut after a consonant
  (five letters or more: Diarr|ex from diarrhea).
* **A coined name is a strong word and one open syllable** (Shitai|ra, Geber|to, Puki|ta: a
  consonant and a vowel): names in every market end so, and the word stays whole at the start. The listed word
  itself (four letters or more; a milder word of death or illness from five), the name no
  everyday or English word; weighed as the coined endings are.
* **A short word of abuse with a coined ending** (Kus|ix, Cum|ex): a strongest (4) word of three
  letters before an ending of the ``*`` table that cannot be an inflection (two letters with an
  x, or three or more): kind ``coined_short``, two steps down (three letters are often chance).

Otherwise only strong words (list severity 3–4) written in letters (not digits or phrases). Everything is a
look-up in a per-lexicon index built once: microseconds per name.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Callable, Iterator, Sequence

from ..data import list_files, read_tsv
from .edges import as_written
from .lexicon import Lexicon, key_of
from .match import Hit

__all__ = ["Endings", "endings", "inflected_hits", "stems_of"]

STRONG = 3
MIN_STEM = 3
# A stem this short is a chance string too often to be read as the word without its ending.
SHORT_STEM = 3
MIN_COMPOUND_STEM = 4
_VOWELS = frozenset("aeiouy")
# Words of abuse are inflected in insults and jokes; an illness or a deity is not (Vich|y is not HIV).
ABUSE = frozenset({"vulgar", "sexual", "slur", "insult", "excrement"})
# A milder word of illness, the body or death (severity 2: tumour, vomit, diarrhoea) still puts
# customers off when a coined name shows it whole (Tumor|ix): its stem read at sight, as a long prefix.
GRIM = frozenset({"death", "disease", "bodily"})
MILD = 2
# A coined name may also cut such a word after a consonant (Diarr|ix from diarrhée): a cut this long.
MIN_CUT = 5
# One open syllable a coined name may end with after a whole word (-ra, -to, -o): a consonant and a vowel.
# A lone vowel is left to each language's inflections (Asan|a), and a tail written with a mark is a
# word of the language it is spelt in (Bollo|ré), not a coined ending.
_OPEN_TAIL = re.compile(r"[b-df-hj-np-tv-z][aeiou]")
# A word of three letters takes a coined ending only at the strongest (4) and only an ending no
# language inflects with (an -x ending of two letters, or three letters or more: Kus|ix, Cum|tek).
SHORT_COINED_SEVERITY = 4


def _short_coined_ending(ending: str) -> bool:
    return len(ending) >= 3 or (len(ending) == 2 and "x" in ending)


# A stem that is itself this common a word (Zipf, the list's language or English) is read as that word.
EVERYDAY = 3.0
# A whole word this common in English is read as English in any market (Victoria Bitter in France).
ENGLISH_WORD = 3.5


def _english(word: str) -> bool:
    from ..distinctiveness.frequency import zipf

    return zipf(word, "en") >= ENGLISH_WORD


def _everyday(stem: str, language: str) -> bool:
    """An everyday word of the list's language, or of English from four letters (pull): three
    English letters are as often a name or a chance string (Jeb) as a word readers see."""
    from ..distinctiveness.frequency import zipf

    english = zipf(stem, "en") if len(stem) > SHORT_STEM else 0.0
    return max(zipf(stem, language), english) >= EVERYDAY


@dataclass(frozen=True, slots=True)
class Endings:
    """One language's endings, in key spelling (ASCII, no marks)."""

    lemma: tuple[str, ...] = ()
    form: tuple[str, ...] = ()
    fleeting: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=None)
def _table() -> dict[str, Endings]:
    if "morphology/endings.tsv" not in list_files("morphology"):
        return {}
    rows: dict[str, dict[str, tuple[str, ...]]] = {}
    for row in read_tsv("morphology/endings.tsv", required=("language", "kind", "endings")).dicts():
        rows.setdefault(row["language"], {})[row["kind"]] = tuple(row["endings"].split())
    return {lang: Endings(tuple(sorted(kinds.get("lemma", ()), key=len, reverse=True)), kinds.get("form", ()),
                          frozenset("".join(kinds.get("fleeting", ()))))
            for lang, kinds in rows.items()}


def endings(language: str) -> Endings:
    """The endings of one language (empty when none are listed)."""
    return _table().get(language, Endings())


def coined_endings() -> tuple[str, ...]:
    """Endings coined brand names are made with in any market (-ix, -ex, -ify …), longest first."""
    return tuple(sorted(_table().get("*", Endings()).form, key=len, reverse=True))


def stems_of(key: str, ends: Endings) -> tuple[str, ...]:
    """The stems a listed word's key takes endings on: the key itself, the key without a lemma
    ending, and each of those without a fleeting vowel before its last consonant."""
    stems = [key]
    stems += [key[:-len(e)] for e in ends.lemma if key.endswith(e) and len(key) - len(e) >= MIN_STEM]
    for stem in list(stems):
        if (len(stem) > MIN_STEM and stem[-2] in ends.fleeting and stem[-1] not in _VOWELS
                and stem[-3] not in _VOWELS):
            stems.append(stem[:-2] + stem[-1])
    return tuple(dict.fromkeys(stems))


@functools.lru_cache(maxsize=256)
def _stems(lex: Lexicon) -> dict[str, tuple]:
    """Stem → the lexicon's strong words of abuse with that stem (a word is its own stem too)."""
    ends = endings(lex.language)
    out: dict[str, list] = {}
    if not ends.form:
        return {}
    for e in lex.entries:
        if e.severity < STRONG or e.category not in ABUSE or not e.key.isalpha() or " " in e.term:
            continue
        for stem in stems_of(e.key, ends):
            out.setdefault(stem, []).append(e)
    return {k: tuple(v) for k, v in out.items()}


@functools.lru_cache(maxsize=256)
def _coined_stems(lex: Lexicon) -> dict[str, tuple]:
    """Stem (four letters or more) → strong entries of any category a coined ending may follow:
    the word itself and its stems without a lemma ending (tumor|e, kurv|a, fotz|e)."""
    ends = endings(lex.language)
    out: dict[str, list] = {}
    for e in lex.entries:
        mild = e.severity == MILD and e.category in GRIM
        if (e.severity < STRONG and not mild) or e.category == "positive" or not e.key.isalpha() or " " in e.term:
            continue
        # a coined name drops the word's last vowel before its ending (Ebol|ix), in any language
        dropped = (e.key[:-1],) if e.key[-1] in _VOWELS else ()
        # or cuts it after a consonant before a vowel or a doubled one (Syphil|ix, Diarr|ex), not
        # inside a cluster, where the cut ends in a letter of the next part (kackb|ratze)
        cuts = tuple(e.key[:n] for n in range(MIN_CUT, len(e.key) - 1)
                     if e.key[n - 1] not in _VOWELS and (e.key[n] in _VOWELS or e.key[n - 1] == e.key[n - 2]))
        # a mild word shows only from five letters (Tumor|ex); a shorter one is chance (Mort|ex)
        shortest = MIN_CUT if mild else MIN_COMPOUND_STEM
        for stem in stems_of(e.key, ends) + dropped + cuts:
            if len(stem) >= shortest:
                out.setdefault(stem, []).append(e)
    return {k: tuple(v) for k, v in out.items()}


def inflected_hits(words: Sequence[str], lex: Lexicon, morpheme: Callable[[str], str | None],
                   skip: set[str]) -> Iterator[Hit]:
    """Forms of strong listed words among the name's words, and their stems at the start of a
    compound whose rest is a morpheme (``morpheme(rest)`` as in :func:`edges.compound_hits`)."""
    stems = _stems(lex)  # empty for a language without listed endings (ja): coined endings still apply
    if not stems and not _coined_stems(lex):
        return
    form_endings = endings(lex.language).form
    seen: set[str] = set(skip)

    def derived_ok(stem: str, entry) -> bool:
        # pull (from Swedish pulla), mam (from mamar): readers see the everyday word, not the stem
        return stem == entry.key or not _everyday(stem, lex.language)

    for word in words:
        key = key_of(word)
        if key in lex.by_key:
            continue  # a listed word is matched as itself
        for ending in form_endings:
            stem = key[:-len(ending)]
            if not key.endswith(ending) or len(stem) < MIN_STEM:
                continue
            if len(stem) <= SHORT_STEM and len(ending) < 2:
                continue  # sik+a, ass+a: a three-letter stem and one letter is any short name
            # a consonant doubled before the ending (Twatt|o, Shitt|y) is the same stem
            doubled = stem[:-1] if len(stem) > MIN_STEM and stem[-1] == stem[-2] and stem[-1] not in _VOWELS else ""
            if doubled and len(doubled) <= SHORT_STEM and len(ending) < 2:
                doubled = ""  # Nikk|a is nik + a: as short as sik+a
            found = [(stem, e) for e in stems.get(stem, ())] + [(doubled, e) for e in stems.get(doubled, ())]
            if found and lex.language != "en" and _english(key):
                continue  # Bitter, Cumin: an English word, read as that everywhere
            for base, entry in found:
                if entry.term not in seen and derived_ok(stem, entry):
                    seen.add(entry.term)
                    kind = "inflected_short" if len(base) <= SHORT_STEM else "inflected"
                    yield Hit(entry, kind, word, f"'{word}' is a form of '{entry.term}' ({stem}+{ending})", 0)
        for ending in coined_endings():
            stem = key[:-len(ending)]
            if not key.endswith(ending) or len(stem) < MIN_COMPOUND_STEM or _english(key):
                continue
            for entry in _coined_stems(lex).get(stem, ()):
                if entry.term not in seen and derived_ok(stem, entry):
                    seen.add(entry.term)
                    kind = "compound" if entry.severity >= STRONG else "coined"
                    yield Hit(entry, kind, word, f"'{word}' is '{entry.term}' with the coined ending -{ending}", 0)
        # the word whole and one open syllable (Shitai|ra)
        stem, tail = key[:-2], as_written(word, key)[-2:]
        if (len(stem) >= MIN_COMPOUND_STEM and _OPEN_TAIL.fullmatch(tail) and not _english(key)
                and not _everyday(key, lex.language)):
            for entry in _coined_stems(lex).get(stem, ()):
                if entry.key == stem and entry.term not in seen:
                    seen.add(entry.term)
                    kind = "compound" if entry.severity >= STRONG else "coined"
                    yield Hit(entry, kind, word, f"'{word}' is '{entry.term}' with the syllable -{tail}", 0)
        for ending in coined_endings():  # a short word of abuse with a coined ending (Kus|ix)
            stem = key[:-len(ending)]
            if (len(stem) != SHORT_STEM or not key.endswith(ending) or not _short_coined_ending(ending)
                    or _english(key)):
                continue
            for entry in lex.by_key.get(stem, ()):
                if (entry.severity >= SHORT_COINED_SEVERITY and entry.category in ABUSE and entry.term not in seen
                        and not _everyday(stem, lex.language)):
                    seen.add(entry.term)
                    yield Hit(entry, "coined_short", word, f"'{word}' may be '{entry.term}' with the coined ending -{ending}", 0)
        for size in range(MIN_COMPOUND_STEM, len(key) - 2):
            stem = key[:size]
            for entry in stems.get(stem, ()):
                if stem == entry.key or entry.term in seen or not derived_ok(stem, entry):
                    continue  # the word itself at a compound's edge is edges.compound_hits' business
                split = morpheme(as_written(word, key)[size:])
                if split:
                    seen.add(entry.term)
                    yield Hit(entry, split, stem, f"start of '{word}', split {stem}+{key[size:]} ({stem} from {entry.term})", 0)
