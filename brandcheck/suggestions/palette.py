"""What every chosen market can say and reads alike: the letters and syllables generators build from.

A :class:`Palette` is derived from the existing phonology (``wordlists/phonology/``) and readers:

* a consonant letter belongs to it when every chosen market's language has its sound (in the core
  inventory, or replaced by a substitution listeners ignore — Mandarin *b* as unaspirated [p]), and
  every reader of the name (the Latin-script markets' own spelling rules, English for the markets
  that hear the name through its intended pronunciation) reads it as that sound;
* a syllable (consonant letter + vowel letter) belongs to it when every reader says it as written,
  word-finally and word-internally (Japanese romaji reads *ti* as [tɕi], German a final *e* as [ə]);
* a final consonant belongs to it when every language's syllable template allows it at the end.

:meth:`Palette.violations` counts what in a spelled name falls outside the palette: the cheap
phonotactic prefilter run before any candidate is screened.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from ..markets import Market
from ..phonetics.features import is_vowel
from ..phonetics.phonology import base, inventory, match, substitutions, template
from ..phonetics.readers import read_language

__all__ = ["Palette", "palette_for", "initial_cluster", "CONSONANT_LETTERS", "VOWEL_LETTERS"]

CONSONANT_LETTERS = "bdfghjklmnprstvwz"
"""Consonant letters a coined name may use (c, q, x and y have several common readings)."""
VOWEL_LETTERS = "aeiou"

# The sound a letter is meant to have, to compare every reader's reading against (General American).
_INTENDED = {"b": "b", "d": "d", "f": "f", "g": "ɡ", "h": "h", "j": "dʒ", "k": "k", "l": "l", "m": "m", "n": "n",
             "p": "p", "r": "ɹ", "s": "s", "t": "t", "v": "v", "w": "w", "z": "z",
             "a": "a", "e": "e", "i": "i", "o": "o", "u": "u"}

# Differences listeners ignore when they compare two readings: voicing of stops and s/z
# (Mandarin and Korean write b d g as unaspirated p t k), the kind of r, f as [ɸ].
_SAME = {"b": "p", "d": "t", "ɡ": "k", "g": "k", "z": "s", "ɾ": "r", "ɹ": "r", "ʀ": "r", "ʁ": "r", "ɻ": "r",
         "ɸ": "f", "ɑ": "a", "ɐ": "a", "ä": "a", "ɛ": "e", "ɔ": "o", "ɯ": "u", "ʊ": "u", "ɪ": "i"}


def _key(seg: str) -> str:
    b = base(seg)
    return _SAME.get(b, b)


def _sayable(sound: str, language: str) -> bool:
    """The language has the sound, or replaces it with something listeners ignore (severity 0)."""
    inv = inventory(language)
    if sound in inv.core or base(sound) in inv.core:
        return True
    if sound == "ɹ" and any(_key(s) == "r" for s in inv.core):
        return True
    # coined syllables put every consonant before a vowel, so a rule for that context counts too
    return any(s.severity == 0 and s.context in ("", "_V") for s in substitutions(language).get(sound, ()))


# Vowels close enough that a reader's own quality is not a different name: Swedish reads o as
# [uː], French and Indonesian an unstressed e as [ə].
_NEAR = (frozenset("ou"), frozenset("eə"))


def _same(got: str, expected: str) -> bool:
    a, b = _key(got), _key(expected)
    return a == b or any({a, b} <= group for group in _NEAR)


def _reads_as(word: str, expected: tuple[str, ...], language: str, *, consonants_only: bool) -> bool:
    got = read_language(word, language)
    if got[:1] == ("ʔ",) and expected[:1] != ("ʔ",):
        got = got[1:]  # Vietnamese writes a glottal onset before an initial vowel
    if len(got) != len(expected):
        return False
    for g, e in zip(got, expected):
        if consonants_only and is_vowel(e):
            continue
        if not _same(g, e):
            return False
    return True


@dataclass(frozen=True, slots=True)
class Palette:
    """Letters and syllables every chosen market says and reads alike."""

    languages: tuple[str, ...]
    """The chosen markets' languages."""
    consonants: tuple[str, ...]
    """Consonant letters every market has and reads alike."""
    vowels: tuple[str, ...]
    """Vowel letters every reader reads alike."""
    syllables: tuple[str, ...]
    """Consonant + vowel syllables every reader says as written inside a word."""
    finals: tuple[str, ...]
    """Syllables every reader says as written at the end of a word."""
    codas: tuple[str, ...]
    """Consonant letters every language allows at the end of a word."""
    sounds: tuple[tuple[str, str], ...]
    """(letter, intended sound) for the palette's letters."""

    def letter_ok(self, letter: str) -> bool:
        return letter in self.consonants or letter in self.vowels

    def onset_ok(self, name: str) -> bool:
        """The consonants a name starts with may start a word in every language (one always may)."""
        text = "".join(c for c in name.casefold() if c.isalpha())
        cluster = initial_cluster(text)
        if len(cluster) <= 1:
            return True
        segs = tuple(_INTENDED.get(c, "") for c in cluster)
        if "" in segs:
            return False
        return all(match(template(lang).onsets, segs) or match(template(lang).onsets_marginal, segs)
                   for lang in self.languages)

    def violations(self, name: str) -> int:
        """How many letters, clusters and endings of a spelled name fall outside the palette.

        Letters outside it count one each; two consonant letters in a row count one unless the
        first may close a syllable in every language; a final consonant that some language cannot
        end a word with counts one.
        """
        text = "".join(c for c in name.casefold() if c.isalpha())
        bad = sum(1 for c in text if not self.letter_ok(c))
        for a, b in zip(text, text[1:]):
            if a not in VOWEL_LETTERS and b not in VOWEL_LETTERS and a not in self.codas:
                bad += 1
        if text and text[-1] not in VOWEL_LETTERS and text[-1] not in self.codas:
            bad += 1
        return bad


def initial_cluster(text: str) -> str:
    """The consonant letters before a word's first vowel letter."""
    out = ""
    for c in text:
        if c in VOWEL_LETTERS or c == "y":
            break
        out += c
    return out


def _readers(markets: tuple[Market, ...]) -> tuple[tuple[str, bool], ...]:
    """(language, consonants only) for every reader of a coined name in these markets.

    Latin-script markets read the spelling by their own rules; the others hear the intended
    (English) pronunciation, so English reads for them — its consonants only, because English
    reduces unstressed vowels whatever the spelling. Japanese and Korean also read romaji for
    their meaning checks, so their readers take part.
    """
    out: dict[str, bool] = {}
    for m in markets:
        if m.language == "en" or not m.latin:
            out.setdefault("en", True)
        if m.latin and m.language != "en":
            out[m.language] = False
        if m.language in ("ja", "ko"):
            out[m.language] = False
    return tuple(sorted(out.items()))


@functools.lru_cache(maxsize=32)
def _palette(languages: tuple[str, ...], readers: tuple[tuple[str, bool], ...]) -> Palette:
    consonants = []
    for c in CONSONANT_LETTERS:
        sound = _INTENDED[c]
        if not all(_sayable(sound, lang) for lang in languages):
            continue
        if all(_reads_as(f"ta{c}o", ("t", "a", sound, "o"), lang, consonants_only=True) for lang, _ in readers):
            consonants.append(c)
    vowels = [v for v in VOWEL_LETTERS
              if all(_reads_as(f"m{v}na", ("m", _INTENDED[v], "n", "a"), lang, consonants_only=only)
                     for lang, only in readers)]
    syllables, finals = [], []
    for c in consonants:
        for v in vowels:
            exp = (_INTENDED[c], _INTENDED[v])
            if all(_reads_as(f"{c}{v}ma", exp + ("m", "a"), lang, consonants_only=only) for lang, only in readers):
                syllables.append(c + v)
                if all(_reads_as(f"ta{c}{v}", ("t", "a") + exp, lang, consonants_only=only) for lang, only in readers):
                    finals.append(c + v)
    codas = []
    for c in consonants:
        sound = _INTENDED[c]
        if all(match(template(lang).final_codas, (sound,)) or any(src == sound for src, _, _ in template(lang).coda_map)
               for lang in languages):
            codas.append(c)
    letters = consonants + vowels
    return Palette(languages, tuple(consonants), tuple(vowels), tuple(syllables), tuple(finals), tuple(codas),
                   tuple((x, _INTENDED[x]) for x in letters))


def palette_for(markets: tuple[Market, ...]) -> Palette:
    """The palette of a set of markets (memoised per set of languages and readers)."""
    languages = tuple(sorted({m.language for m in markets}))
    return _palette(languages, _readers(markets))
