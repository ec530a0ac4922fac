"""How a listed word's severity becomes a finding's severity.

The list gives 1–4 (mildly negative … strongly obscene / hate symbol). It maps to
low / medium / high / critical, then steps down for weaker ways of matching:

=============================================  ======
how it matched                                 steps
=============================================  ======
the whole name, or a whole word of the name    0
the name read aloud (letters, digits) in full  0
a sound-alike of the name read aloud           0
a long prefix (≥ 4 letters, ≥ 40% of the word)  0
  (medium at most below severity 4: Skittles)
a prefix or suffix of a word                   1
a strong whole-word term at a compound's edge  1
  (Super|piss: the rest is a common word;
  two steps when it is common in English only)
a strong term of ≥ 5 letters filling ≥ 60 %    1
  of a word, even in its middle (E|merda|ta)
a respelling of a strong word (Bich ~ bitch)   0
  (capped like every sound-alike)
a listed number said inside a longer name      0
  (R17, Channel 4; never above medium, or
  high for a hate code: Volt 88 in Germany)
sound-alike of the whole name (identical)      0
sound-alike of the whole name (near)           2
inside a word (middle)                         2
exact sound-alike at the start or end          1
  (a ``word``-only term: at the end after a closed
  syllable, or at the start before one consonant)
sound-alike inside the name                    2
Chinese homophone of one syllable              fixed: low
an inflected or derived form (Mierd|oso)       0
  (a three-letter stem: 1)
a strong word with a coined ending (Kurv|ix)   1
  (weighed as a compound)
a milder (2) word of illness, the body or      0
  death with a coined ending (Tumor|ex)
  (the same for a word and one open syllable:
  Shitai|ra, Geber|to)
a strongest word of three letters with a       2
  coined ending (Kus|ix)
=============================================  ======

A word heard in part of a word of the name that is itself a common word weighs two steps less,
as a spelled hit inside one does (Church's Chicken ⊃ chikan). A one-word name read as a phrase of
ordinary words (nova = no va) is low at most (``meanings._split_reading``).

A word that is not abuse (a holy name, an illness, a sad word) heard in part of a name
(``sound_edge``, ``sound_part``) weighs one step less: people joke about an insult heard there,
not about a syllable that sounds like a mosque (Axis ~ aqsa).

Two ceilings come last, after every step. A word only seen as the long prefix of a longer word
(Skittles ⊃ skit, Ritalin ⊃ rital) is medium at most unless the word is of the strongest (4): the
reader has to pick it out. A listed word of one or two letters (CU, CP, dm) is medium at most, a
hate code (SS, KZ) aside: two letters are read as an initialism first, and as a word only by some.

Then: one more step down when the sense is regional slang of *another* region of the same
language (an Argentine vulgarism in Mexico), two when the word is an ordinary word there (concha,
'shell', in Spain and Mexico), one more when a Latin-letter romanisation is matched
in a market that reads another script (people there meet the name in their own script or by
ear) — but not for a word of abuse of four letters or more that stands alone as the name or one
of its words (Hindi *kutta*, Arabic *kalb*: speakers write insults in Latin letters every day;
see ``meanings._romanised_by_chance``), and two more when the hit sits inside a word that is itself common in the market's
language or in English ("Dumpling" ⊃ "dump": readers see the common word, not the hit). One step
down, too, when the word needs a letter the name lacks and that letter makes it another word
(Spanish ñ: *Cono* is "cone", not *coño*; Vietnamese đ: *Dai* is read /zaj/, not *đái*).
A stretch of a name of several words that runs over the break between two of them (Normann
Copenhagen ⊃ manko, China Life ⊃ chinal) is one step lower: the words are read and said apart,
unless the next word starts with a vowel after a consonant and is said run on. So is a word of
three sounds heard as the first syllable of a longer name (Hormel ~ whore): listeners hear the
longer word (``meanings._heard_as_first_syllable``).

These steps for the context (another region, another script, a common word) come after the
ceilings of the way of matching, so a sound-alike of another region's slang is low, not medium.
Severity never goes below info, a sound-alike alone never goes above medium, and a merely
*near* sound-alike of the whole name never above low: a reading
that merely *sounds* like a listed word (Nike read the French way ≈ *nique*) is a question for
native speakers in the workshop, not a verdict; spelled, read-aloud and homophone hits carry
their full weight. Measured with ``benchmarks/eval_meanings.py`` and 300 bundled brand names
screened in ``global``: uncapped sound-alikes gave 12.5 % of famous clean brands a high finding
and 31 % a medium one; with these caps (and short words matched only when heard exactly, at the
start or end) none get a high and 5 % a medium, while all 63 of the project's blunders still
come out at medium or above.
"""

from __future__ import annotations

from ..model import Severity

__all__ = ["STEPS", "SOUND_KINDS", "SOUND_CEILING", "NEAR_CEILING", "finding_severity"]

STEPS = {
    "whole": 0,
    "word": 0,
    "letters": 0,
    "letters_sound": 0,
    "salient_prefix": 0,
    "prefix": 1,
    "suffix": 1,
    "sound": 0,
    "sound_near": 2,
    "middle": 2,
    "sound_edge": 1,
    "sound_part": 2,
    "compound": 1,
    "compound_foreign": 2,
    "dominant": 1,
    "respelled": 0,
    "number": 0,
    "inflected": 0,
    "inflected_short": 1,
    "coined": 0,
    "coined_short": 2,
}

SOUND_KINDS = frozenset({"sound", "sound_near", "sound_edge", "sound_part", "letters_sound", "respelled"})
SOUND_CEILING = int(Severity.MEDIUM)
NEAR_CEILING = int(Severity.LOW)


def finding_severity(list_severity: int, kind: str, *, other_region: bool = False, foreign_script: bool = False,
                     inside_common_word: bool = False, letter_missing: bool = False,
                     heard_in_part: bool = False, two_letters: bool = False,
                     apart: bool = False, ordinary_here: bool = False) -> Severity:
    """The documented mapping (module docstring). ``two_letters``: the listed word has one or two
    letters and is no hate code; ``apart``: the stretch is not heard as a word of its own — it runs
    over a break between two written words, or is the first syllable of a longer word (the caller
    decides both); ``ordinary_here``: another region's slang that is an ordinary word of the
    market's language (concha, 'shell' in Spain), one more step with ``other_region``."""
    if list_severity <= 0:
        return Severity.INFO
    strength = min(list_severity, 4)
    level = strength - STEPS[kind]
    level -= 1 if heard_in_part else 0
    ceiling = NEAR_CEILING if kind == "sound_near" else SOUND_CEILING if kind in SOUND_KINDS else 4
    if kind == "number":  # unlucky numbers stop at medium; hate codes (88 in Germany) do not
        ceiling = int(Severity.HIGH) if list_severity >= 4 else SOUND_CEILING
    level = min(ceiling, level)
    level -= (2 if ordinary_here else 1) if other_region else 0
    level -= 1 if foreign_script or letter_missing else 0
    level -= 2 if inside_common_word else 0
    level -= 1 if apart else 0
    if two_letters or (kind == "salient_prefix" and strength < 4):
        level = min(level, SOUND_CEILING)  # an initialism first; a word the reader must pick out
    return Severity(max(0, level))
