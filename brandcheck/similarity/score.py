"""Similarity channels and how they combine (pure).

Channels, each in [0, 1]:

* **sight** — in the fast pass, the mean of the normalised Indel similarity (rapidfuzz
  ``ratio``) and the Jaro-Winkler similarity of the look-alike skeletons (:func:`fold.skeleton`),
  so ``Amaz0n`` and ``Arnazon`` read as ``amazon`` and shared beginnings count extra; in the full
  pass, the mean of that and TRI-SIM (:mod:`ngram`, Kondrak 2005), the spelling measure that
  best separates confusable drug names in Kondrak & Dorr (2006);
* **sound** — in the fast pass, the similarity of phonetic keys (:func:`phonetic_key.sound_key`);
  in the full pass, ``0.7 ×`` the panphon feature-weighted similarity of the pronunciations
  (English, and each Latin-script market's reading) ``+ 0.3 ×`` the key similarity;
* **containment** — a mark of 4+ letters inside the other name: ``0.6 + 0.4 × share`` of the
  longer name it covers (``nikestore`` ⊃ ``nike`` → 0.78);
* **typo** — when one name is a single typing slip away from the other (:mod:`typo`):
  ``0.90 + 0.06 ×`` the sight/sound blend, so a slip always lands in the high band and, of two
  marks one slip away (*Ikia*: IKEA and Kia), the one that also looks and sounds closer wins.

``overall = max(blend, containment, typo)``, and 1.0 for identical skeletons. The fast pass
(what the index ranks millions of marks by) blends ``0.5 × sight + 0.5 × sound``. The full pass
(:func:`brandcheck.similarity`, reports) blends ``2/3 × sight + 1/3 × sound`` and lets a channel
that is all but identical stand on its own, ``0.95 × max(sight, sound)⁴`` (phonetic identity is
enough for examiners: *Koka-Kola* and *Coca-Cola* sound the same, 0.95). On the project's 44
confusable pairs against 440 random pairs (``benchmarks/eval_similarity.py``) and on a second
set of 60 (both looked at when choosing, so neither is held out), ROC AUC went from 0.975 /
0.979 (equal weights, no TRI-SIM) to 0.982 / 0.989, and 0.985 / 0.991 with a different beginning weighed less
(:data:`START_WEIGHT`); normalised Levenshtein scores 0.967 / 0.968. Equal weights would follow trademark
practice more literally, but the spelling channel is the stronger witness on every pair set here
(sound alone: 0.929 / 0.949). The bands used for findings were set on the same pairs:
``overall`` ≥ 0.90 high, ≥ 0.80 medium, ≥ 0.70 low.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Sequence

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel, JaroWinkler

from ..names import fold
from .fold import plain_key, skeleton
from .ngram import ngram_similarity
from .phonetic_key import sound_key
from .typo import _typo_kind_plain

__all__ = ["Features", "Scores", "features", "fast_scores", "fast_scores_many", "fast_columns", "full_scores", "home_tag", "BANDS", "TYPO_SCORE"]

TYPO_SCORE = 0.93
MIN_CONTAINED = 4
BANDS = ((0.90, "high"), (0.80, "medium"), (0.70, "low"))


@dataclass(frozen=True, slots=True)
class Features:
    text: str
    skeleton: str
    key: str
    plain: str


@functools.lru_cache(maxsize=100_000)
def features(text: str) -> Features:
    return Features(text, skeleton(text), sound_key(text), plain_key(text))


@dataclass(frozen=True, slots=True)
class Scores:
    sight: float
    sound: float
    containment: float
    typo: float
    overall: float
    why: tuple[str, ...] = field(default=())
    contained_at_edge: bool = False
    """The containment (if any) is strong: the mark begins the name or a word, or dominates it."""


def _ratio(a: str, b: str) -> float:
    return fuzz.ratio(a, b) / 100.0 if a and b else 0.0


_WORD_PART = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+|[^\W\d_]+")


@functools.lru_cache(maxsize=100_000)
def word_edges(text: str) -> frozenset[int]:
    """Positions in ``plain_key(text)`` where a word starts or ends: spaces, hyphens and other
    punctuation, and a change of case inside a word (*ExxonMobil*, *CaixaBank*); empty when the
    words do not spell the key (then only the two ends of the name count)."""
    parts = [plain_key(w) for w in _WORD_PART.findall(text.replace("&", " and "))]
    edges, at = {0}, 0
    for part in parts:
        at += len(part)
        edges.add(at)
    return frozenset(edges) if "".join(parts) == plain_key(text) else frozenset()


DOMINANT_SHARE = 0.75
"""A contained mark that covers this share of the longer name dominates it wherever it sits; when it
does not begin the name or one of its words, the different beginning weighs :data:`START_WEIGHT`
(*Alnatura* ⊃ *Natura* is medium, not high)."""
WEAK_BASE, WEAK_SPREAD = 0.70, 0.08
"""A mark buried inside a word (*Avis* in *Gaviscon*, *Sonic* ending *Panasonic*) is a faint echo:
``0.70 + 0.08 × share``, the low band at most, said as such. Set on the bundled brands' alarms
(``benchmarks/eval_brand_recall.py alarms``), not on the held-out lists."""


ORDINARY_ZIPF = 3.0
"""A word at least this frequent (wordfreq Zipf) in English or a market's language is read as
itself, not as a mark plus an ending: *Fanta* is not seen in *Fantasy*, nor *Mars* in *Marshall*,
nor *Ross* in *Rossignol* (French: nightingale)."""


@functools.lru_cache(maxsize=100_000)
def _word_zipf(word: str, languages: tuple[str, ...]) -> tuple[float, str]:
    """(Zipf, language) of ``word`` where it is most frequent among ``languages``."""
    from ..distinctiveness.frequency import zipf

    return max(((zipf(word, lang), lang) for lang in languages), default=(0.0, ""))


def _ordinary_word(word: str, languages: tuple[str, ...] = ("en",)) -> bool:
    return _word_zipf(word, languages)[0] >= ORDINARY_ZIPF


@functools.lru_cache(maxsize=256)
def _languages(markets: tuple[str, ...]) -> tuple[str, ...]:
    """English and the languages of ``markets`` (tags), each once: where a name is read as a word."""
    from ..markets import get

    out = ["en"]
    for tag in markets:
        try:
            out.append(get(tag).language)
        except Exception:  # an unknown tag reads nothing
            continue
    return tuple(dict.fromkeys(out))


RUN_ON = 3
"""In the full pass, a mark that begins a word running on for this many letters or more that are no
everyday word themselves (*Bell|agio*, *King|sford*, *Ross|ignol*) only begins a longer word of its
own: weak. Followed by an everyday word (*Nike|store*, *Avis|rent*) it is the mark plus a word: strong."""
SHORT_RUN_ON = 2
"""A mark of :data:`MIN_CONTAINED` letters, the shortest that counts as contained, runs on into a word of
its own with two letters more (*Brio|ni*, a third of the name new): such a short mark stands out in a
longer word only when it dominates it (one letter more) or is followed by an everyday word."""


def _runs_on(mark: str, rest: str) -> bool:
    """Whether ``rest`` after ``mark`` makes a longer word of its own: :data:`RUN_ON` letters, or
    :data:`SHORT_RUN_ON` after a mark of :data:`MIN_CONTAINED` letters when they hold a vowel other
    than a final silent e (a new syllable: *Brio|ni*; *Opel|le*, *Lego|ss* are the mark respelt)."""
    if len(rest) >= RUN_ON:
        return True
    return (len(mark) <= MIN_CONTAINED and len(rest) >= SHORT_RUN_ON
            and bool(set("aeiouy") & set(rest.removesuffix("e"))))


def _word_after(rest: str, ordinary) -> bool:
    """Whether the letters after a mark are a word of their own (mark + word). Two letters are one in
    some language or other (*ni*, *os*, *bo*: Zipf about 4 in English too), so they count only as a
    very common English word (Zipf ≥ :data:`DESCRIBER_ZIPF`: *on*, *up*, *go*)."""
    return ordinary(rest) if len(rest) >= RUN_ON else _word_zipf(rest, ("en",))[0] >= DESCRIBER_ZIPF


LEAD_LETTERS, LEAD_ZIPF = 4, 4.0
"""A word before a contained mark leads the name when it is a word of the name's own: this many
letters or more, no generic word, and no common word (Zipf below 4 in English and the market
languages: *Gerry* Weber, *Warby* Parker, *Smurfit* Kappa). A common word before a mark (*Rent* Avis,
*Hunter* Boots, *Super*, *Big*) describes it and leaves the mark the name's distinctive part."""


DESCRIBER_ZIPF = 5.0
"""A mark that is itself an everyday English word (Zipf ≥ :data:`LEAD_ZIPF`: *Boots*, *King*) is read in
its ordinary sense after a word that makes a phrase with it (*Hunter Boots*, *Burger King*): any
word before it leads the name unless it is one of the very common words that describe (Zipf ≥ 5:
*super*, *new*, *best*, *green*, *home*). Set on the dev list (``eval_brand_recall.py famous-dev``)."""


def _leading_word(long_: Features, at: int, edges: frozenset[int], languages: tuple[str, ...],
                  mark: str = "") -> str:
    """The first word of ``long_`` before position ``at`` that leads the name (:data:`LEAD_LETTERS`,
    :data:`LEAD_ZIPF`, or :data:`DESCRIBER_ZIPF` before a ``mark`` that is an everyday word; not a
    generic word), or ''."""
    from .generic import generic_words

    kinds = generic_words()
    below = DESCRIBER_ZIPF if mark and _word_zipf(mark, ("en",))[0] >= LEAD_ZIPF else LEAD_ZIPF
    cuts = sorted(e for e in edges if e <= at)
    for start, end in zip(cuts, cuts[1:]):
        word = long_.plain[start:end]
        if len(word) >= LEAD_LETTERS and word not in kinds and _word_zipf(word, languages)[0] < below:
            return word
    return ""


def _containment(a: Features, b: Features, ordinary=None, languages: tuple[str, ...] = ("en",)
                 ) -> tuple[float, str, bool]:
    """(score, reason, strong): a mark of 4+ letters inside the other name. It is strong — it stands
    out to a reader — when it is a whole word of the name, or begins the name or a word in it
    without running past that word's end, or covers most of the name; buried inside a word, only
    ending one, or (with ``ordinary``, a test for everyday words: the full pass) beginning an everyday
    word (*Fantasy* for *Fanta*) it is weak: low band, with the reason. In the full pass a mark that
    is a later word, after a word of the name's own that leads it (*Gerry Weber*, *Warby Parker*),
    weighs :data:`START_WEIGHT` and is not strong: the name begins otherwise."""
    short, long_ = (a, b) if len(a.plain) <= len(b.plain) else (b, a)
    if len(short.plain) < MIN_CONTAINED or short.plain == long_.plain or short.plain not in long_.plain:
        return 0.0, "", False
    share = len(short.plain) / len(long_.plain)
    edges = word_edges(long_.text) or frozenset((0, len(long_.plain)))
    if share >= DOMINANT_SHARE:
        if any(at in edges for at in _occurrences(long_.plain, short.plain)):
            return 0.6 + 0.4 * share, f"'{long_.text}' contains '{short.text}'", True
        # the name begins otherwise (Alnatura ⊃ Natura, Fanta ⊃ Anta): what readers take in first differs
        return ((0.6 + 0.4 * share) * START_WEIGHT,
                f"'{long_.text}' contains '{short.text}' after another beginning: a weaker likeness", True)
    weak = f"'{short.text}' is buried inside '{long_.text}', not at the start of a word: a weak echo"
    at = long_.plain.find(short.plain)
    while at >= 0:
        end = at + len(short.plain)
        if at in edges:
            word_end = min(e for e in edges if e > at)
            if end == word_end:
                lead = _leading_word(long_, at, edges, languages, short.plain) if ordinary is not None and at > 0 else ""
                if lead:
                    return ((0.6 + 0.4 * share) * START_WEIGHT,
                            f"'{short.text}' is a later word of '{long_.text}', after '{lead}', a word of its own "
                            f"that leads the name: a weaker likeness", False)
                return 0.6 + 0.4 * share, f"'{long_.text}' contains '{short.text}'", True
            word = long_.plain[at:word_end]
            if end > word_end:
                weak = f"'{short.text}' runs across the words of '{long_.text}': a weak echo"
            elif ordinary is not None and ordinary(word):
                weak = f"'{short.text}' only begins the everyday word '{word}' in '{long_.text}': a weak echo"
            elif (ordinary is not None and _runs_on(short.plain, long_.plain[end:word_end])
                  and not _word_after(long_.plain[end:word_end], ordinary)):
                # Bell|agio, King|sford: the mark runs on into a longer word of its own, not mark + word
                weak = f"'{short.text}' only begins '{word}', a longer word of its own in '{long_.text}': a weak echo"
            else:
                return 0.6 + 0.4 * share, f"'{long_.text}' contains '{short.text}'", True
        at = long_.plain.find(short.plain, at + 1)
    return WEAK_BASE + WEAK_SPREAD * share, weak, False


def _occurrences(text: str, part: str) -> list[int]:
    found, at = [], text.find(part)
    while at >= 0:
        found.append(at)
        at = text.find(part, at + 1)
    return found


TYPO_BASE, TYPO_SPREAD = 0.90, 0.06
HOME_WEIGHT, HOME_POWER = 0.95, 4
"""A name heard like a brand said the way its home market says it (Reno ~ Renault /ʁəno/) scores
``0.95 × similarity⁴`` on sound alone, the rule for one channel that stands on its own: 0.95 when
identical, 0.78 at 0.95, 0.62 at 0.90 (set on the dev list ``benchmarks/data/
brand_soundalikes_dev.tsv`` and the count of bundled brands alarmed by another, eval_brand_recall)."""
FULL_SIGHT_WEIGHT = 2 / 3
ALONE_WEIGHT, ALONE_POWER = 0.95, 4
BY_EAR_POWER = 3
"""Against a spelling by ear of how a brand is said at home (:mod:`.home`) sound is the point of
the comparison and the letters are a guess: sound on its own counts ``0.95 × sound³`` there.
Set on the dev list and the alarms (``benchmarks/eval_brand_recall.py``)."""


def _combine(sight: float, sound: float, containment: float, typo: float, same_skeleton: bool,
             sight_weight: float = 0.5, one_channel: bool = False, start: float = 1.0,
             typo_base: float = TYPO_BASE, sound_alone: float | None = None, power: int = ALONE_POWER) -> float:
    if same_skeleton:
        return 1.0
    blend = sight_weight * sight + (1.0 - sight_weight) * sound
    if one_channel:
        # a channel that is all but identical is enough on its own (phonetic identity: Koka-Kola)
        blend = max(blend, ALONE_WEIGHT * max(sight, sound if sound_alone is None else sound_alone) ** power)
    blend *= start
    if typo:
        typo = typo_base + TYPO_SPREAD * blend
        # a mark one slip from the other is contained in it as well (Tang in Tango, Time in Timex):
        # one fact, weighed once, by the slip rule for short names (_typo_base)
        containment = min(containment, typo)
    return max(blend, containment, typo)


SAME_BASE = 0.85
"""Sound stands on its own (:data:`ALONE_WEIGHT`) only as far as the two readings are the same
sound for sound: ``min(sound, 0.85 + 0.15 × s)``, ``s`` the share of segments that match exactly
(length aside) in the reading that made the sound score. Feature distance is kind to a changed
vowel (*Wendy's* /wɛndiz/ ~ *Windows* /wɪndoʊz/ 0.96, *Sega* ~ *Sika*), which with the fourth power
alone made a medium finding of two different words; identical readings (*Koka Kola*) keep it all.
Set on the bundled brands' alarms and the dev lists (``benchmarks/eval_brand_recall.py``)."""


_VOWEL_CLASS = {"ʌ": "ə", "ɐ": "ə", "ɜ": "ə", "ɔ": "o", "ɒ": "o", "oʊ": "o", "eɪ": "e", "ɛ": "e", "ɑ": "a",
                "ɪ": "i", "ʊ": "u", "ɯ": "u"}
"""Vowels a listener hardly tells apart in a name (reduced vowels; open and closed o and e; lax and
tense i and u; a glide after o or e) count as the same segment; *Starbux* /ʌ/ ~ *Starbucks* /ə/, *Owdee* /oʊ/ ~ *Audi* /ɔ/."""


def _same_segments(ia: tuple[str, ...], ib: tuple[str, ...]) -> float:
    """Share of segments two readings have in common (Levenshtein over segments, length aside, close
    vowels as one: :data:`_VOWEL_CLASS`)."""
    from rapidfuzz.distance import Levenshtein

    a = [_VOWEL_CLASS.get(x.replace("ː", ""), x.replace("ː", "")) for x in ia]
    b = [_VOWEL_CLASS.get(x.replace("ː", ""), x.replace("ː", "")) for x in ib]
    return 1.0 - Levenshtein.distance(a, b) / max(len(a), len(b), 1)


def _sound_alone(sound: float, heard: dict, best: float) -> float | None:
    pair = next((pair for pair, (_, sim, _) in heard.items() if sim == best), None)
    return None if pair is None else min(sound, SAME_BASE + (1.0 - SAME_BASE) * _same_segments(*pair))


START_WEIGHT = 0.95
"""Look and sound of two names that begin differently — another first letter and another first sound
in every reading (*Teams* / *Beams*, *Toom* / *Zoom*) — weigh this much: the start of a name is what
readers and listeners take in first (trade-mark offices give the beginning of a mark more weight),
and one changed opening consonant makes a new word more often than a copy. A change of voicing
only (*Tyson* / *Dyson*, *Folkswagen*) or of spelling only (*Kartier*) is no different beginning.
Set on the bundled brands' alarms and the dev lists (``benchmarks/eval_brand_recall.py``)."""
_DEVOICE = str.maketrans("bdgɡvzʒðʁʀɾɹ", "ptkkfsʃθrrrr")  # voicing and r-sounds aside
_ONE_R = str.maketrans("ʁʀɾɹ", "rrrr")
VOICED_SHORT = 4
"""In names of this many letters or fewer (one syllable, as a rule) a change of voicing of the first
sound makes another word (*Toom* / *Doom*, *Ping* / *Bing*): the start differs. Longer names keep
their likeness through the rest of the word (*Tyson* / *Dyson*)."""


def _onset(segment: str, voicing: bool = False) -> str:
    # the whole first segment (an affricate /ts/ is not /t/), length and secondary marks aside
    bare = "".join(c for c in segment if unicodedata.category(c) not in ("Lm", "Mn", "Sk"))
    return bare.translate(_ONE_R if voicing else _DEVOICE)


def _start_differs(fa: Features, fb: Features, pairs) -> bool:
    """Another first letter, and another first sound (voicing aside, unless both names are short:
    :data:`VOICED_SHORT`) in every reading in ``pairs`` ((ipa a, ipa b), ...)."""
    if not fa.plain or not fb.plain or fa.plain[0] == fb.plain[0]:
        return False
    voicing = max(len(fa.plain), len(fb.plain)) <= VOICED_SHORT
    firsts = [(ia[0], ib[0]) for ia, ib in pairs if ia and ib]
    return bool(firsts) and all(_onset(x, voicing) != _onset(y, voicing) for x, y in firsts)


SHORT_SLIP, SLIP_LENGTH = 0.06, 6
"""A slip in a short name changes more of it: below ``SLIP_LENGTH`` letters each letter fewer lowers
the typo score's base by ``SHORT_SLIP`` (*Vale* / *Valeo*, *Tang* / *Tango*, *Saran* / *Safran* medium,
not high: two real names of five letters one slip apart coexist; high takes a sound that is the
same too, *Bryte* / *Brite*, through :data:`ALONE_WEIGHT`). Set (0.06 a letter) on the unbundled famous brands of the
dev list (``benchmarks/eval_brand_recall.py famous-dev``) with the sound-alike dev list unchanged. A slip
that changes the first letter and sound (*Toom* / *Zoom*, *Fanta* / *Anta*) is not a typo-squat at
all: typists and readers get the first letter right (:data:`START_WEIGHT`)."""


def _typo_base(fa: Features, fb: Features) -> float:
    return TYPO_BASE - SHORT_SLIP * max(0, SLIP_LENGTH - min(len(fa.plain), len(fb.plain)))


def _sight(a: str, b: str) -> float:
    # Indel ratio for the whole spelling, Jaro-Winkler for the weight readers give to the start
    # of a name (confusions cluster on shared beginnings; POCA also mixes several spelling measures).
    if not a or not b:
        return 0.0
    return 0.5 * _ratio(a, b) + 0.5 * JaroWinkler.similarity(a, b)


EAR_WEIGHT = 0.92
_EAR_VOWELS = (("ee", "i"), ("oo", "u"))
"""Doubled vowels that English spelling by ear writes for one vowel (*Deeor* for Dior, *Soozooki*,
*Neekon*): the name is also looked at with them read as that vowel, at :data:`EAR_WEIGHT` (the
weight of a brand's own home spelling by ear, ``similarity.HEARD_WEIGHT``): never identical."""


def _by_ear(skel: str) -> str:
    for pair, vowel in _EAR_VOWELS:
        skel = skel.replace(pair, vowel)
    return skel


def _ear_sight(fa: Features, fb: Features, sight: float) -> float:
    """The full pass's sight, or the candidate's doubled vowels read as one vowel (:data:`_EAR_VOWELS`)
    against the brand's spelling when that looks closer."""
    ear = _by_ear(fa.skeleton)
    if ear == fa.skeleton or not fb.skeleton:
        return sight
    return max(sight, EAR_WEIGHT * (0.5 * _sight(ear, fb.skeleton) + 0.5 * ngram_similarity(ear, fb.skeleton)))


def _typo_either(a: Features, b: Features) -> str | None:
    # typo_kind both ways, from the plain keys the features already hold; no kind changes the
    # length by more than two letters, which rules out most of the marks the index ranks
    if abs(len(a.plain) - len(b.plain)) > 2:
        return None
    # every kind is at most two Indel edits apart (a replacement or transposition is two, a plural
    # "es" two, hyphenation none): one C call rules out the rest before the Python checks
    if Indel.distance(a.plain, b.plain, score_cutoff=2) > 2:
        return None
    return (_typo_kind_plain(a.plain, b.plain, a.text, b.text)
            or _typo_kind_plain(b.plain, a.plain, b.text, a.text))


def fast_scores(a: Features, b: Features) -> Scores:
    """Channels without pronunciations: what the index ranks millions of marks by."""
    sight = _sight(a.skeleton, b.skeleton)
    sound = _ratio(a.key, b.key)
    contain, _, strong = _containment(a, b)
    kind = _typo_either(a, b)
    typo = TYPO_SCORE if kind else 0.0
    overall = _combine(sight, sound, contain, typo, bool(a.skeleton) and a.skeleton == b.skeleton)
    return Scores(sight, sound, contain, typo, overall, (), strong)


def fast_scores_many(a: Features, bs: Sequence[Features]) -> list[Scores]:
    """:func:`fast_scores` of ``a`` against each of ``bs``, the same values (the same float
    operations in the same order): the string measures of all pairs in one rapidfuzz ``cdist``
    pass each, and the Python checks only for pairs that could be contained or a slip apart."""
    sight, sound, overall, special = fast_columns(a, bs)
    return [special[j] if j in special else Scores(si, so, 0.0, 0.0, ov)
            for j, (si, so, ov) in enumerate(zip(sight, sound, overall))]


def fast_columns(a: Features, bs: Sequence[Features]) -> tuple[list[float], list[float], list[float],
                                                                 dict[int, Scores]]:
    """:func:`fast_scores_many` as columns: (sight, sound, overall) of each pair, and the full
    :class:`Scores` of the pairs that went through the containment and slip checks (by position);
    any other pair's scores are ``Scores(sight, sound, 0.0, 0.0, overall)``. A ranking builds
    scores only for the pairs it keeps (:meth:`.index.BrandIndex._rank`)."""
    if not bs:
        return [], [], [], {}
    import numpy as np
    from rapidfuzz import process

    def column(query: str, choices: list[str], scorer) -> "np.ndarray":
        return process.cdist([query], choices, scorer=scorer, dtype=np.float64)[0]

    skeletons = [b.skeleton for b in bs]
    plains = [b.plain for b in bs]
    ratio = column(a.skeleton, skeletons, fuzz.ratio)
    sight = 0.5 * (ratio / 100.0) + 0.5 * column(a.skeleton, skeletons, JaroWinkler.similarity)
    sound = column(a.key, [b.key for b in bs], fuzz.ratio) / 100.0
    if not a.skeleton:
        sight[:] = 0.0
    else:
        sight[[not s for s in skeletons]] = 0.0
    if not a.key:
        sound[:] = 0.0
    else:
        sound[[not b.key for b in bs]] = 0.0
    blend = 0.5 * sight + 0.5 * sound
    # containment needs the shorter plain key inside the longer (then the Indel distance is the
    # length difference); a slip needs at most two Indel edits (see _typo_either); an identical
    # skeleton has ratio 100. Only such pairs go through the Python checks.
    indel = column(a.plain, plains, Indel.distance)
    gap = np.abs(np.array([len(p) for p in plains]) - len(a.plain))
    special = (indel <= 2) | ((indel == gap) & (gap > 0)) | (ratio == 100.0)
    sights, sounds, overall = sight.tolist(), sound.tolist(), blend.tolist()
    checked = {}
    for j in np.flatnonzero(special).tolist():
        b, si, so = bs[j], sights[j], sounds[j]
        contain, _, strong = _containment(a, b)
        typo = TYPO_SCORE if _typo_either(a, b) else 0.0
        checked[j] = Scores(si, so, contain, typo,
                            _combine(si, so, contain, typo, bool(a.skeleton) and a.skeleton == b.skeleton),
                            (), strong)
        overall[j] = checked[j].overall
    return sights, sounds, overall, checked


def _reference_fast_scores(a: Features, b: Features) -> Scores:
    """Naive twin of :func:`fast_scores` (the code before the fast path), for tests and benchmarks."""
    from .typo import _reference_typo_kind

    sight = _sight(a.skeleton, b.skeleton)
    sound = _ratio(a.key, b.key)
    contain, _, strong = _containment(a, b)
    kind = _reference_typo_kind(a.text, b.text) or _reference_typo_kind(b.text, a.text)
    typo = TYPO_SCORE if kind else 0.0
    overall = _combine(sight, sound, contain, typo, bool(a.skeleton) and a.skeleton == b.skeleton)
    return Scores(sight, sound, contain, typo, overall, (), strong)


@functools.lru_cache(maxsize=50_000)
def _english_ipa(text: str) -> tuple[str, ...]:
    from .readings import ENGLISH, brand_readings

    # a bundled brand's reading is looked up (generated data: the same as reading it now)
    listed = brand_readings().get(text, ENGLISH)
    return listed if listed is not None else _english_ipa_now(text)


def _english_ipa_now(text: str) -> tuple[str, ...]:
    from ..phonetics.source import intended

    try:
        return intended(text).ipa
    except Exception:  # a name the G2P cannot read (digits only, other scripts): no English sound
        return ()


@functools.lru_cache(maxsize=100_000)
def _read_in(text: str, tag: str) -> tuple[str, ...]:
    from .readings import brand_readings

    listed = brand_readings().get(text, tag)
    return listed if listed is not None else _read_in_now(text, tag)


def _read_in_now(text: str, tag: str) -> tuple[str, ...]:
    from ..markets import get
    from ..phonetics.readers import read_name

    try:
        # as the market reads a name: initialisms by its letter names (CBS in German is /tseːbeːɛs/,
        # not /kps/), digits as its numbers
        return tuple(seg for word in read_name(text, get(tag)) for seg in word)
    except Exception:  # epitran leaks or rejects some characters; that reading is then skipped
        return ()


@functools.lru_cache(maxsize=None)
def _reads_like(tag: str) -> str:
    """The first market in the registry that reads like ``tag`` (:attr:`Market.reads_like`: es and
    es-MX read a name alike), so brand names are read once for all of them, not once per market."""
    from ..markets import all_markets, get

    try:
        market = get(tag)
    except Exception:  # an unknown tag: read (and fail) on its own
        return tag
    if not market.reader:
        return tag
    return next(m.tag for m in all_markets() if m.reads_like == market.reads_like)


def _market_ipa(text: str, tag: str) -> tuple[str, ...]:
    return _read_in(text, _reads_like(tag))


_HOME_LANGUAGE = {"AT": "de", "CH": "de", "LI": "de", "BE": "fr", "LU": "fr", "MC": "fr"}
"""Home countries without a market of their own → the language their brands are said in."""


@functools.lru_cache(maxsize=None)
def home_tag(country: str) -> str | None:
    """The market whose reading is how a brand from ``country`` is said at home (FR → ``fr``,
    JP → ``ja``, CN → ``zh``: its Latin name read as romaji or pinyin), or None for English-speaking
    homes and languages read only by the generic reader."""
    from ..markets import MARKETS, all_markets
    from ..phonetics.readers import reader_code

    tag = next((m.tag for m in all_markets() if m.country == country), None) or _HOME_LANGUAGE.get(country)
    if tag is None or tag not in MARKETS:
        return None
    language = MARKETS[tag].language
    return None if language == "en" or reader_code(language) == "generic-Latn" else tag


def _home_reads_latin(tag: str) -> bool:
    from ..markets import get

    return get(tag).latin


SHORT_MARK, SHORT_CAP = 3, 0.78
"""Marks of three characters or fewer (*MCM*, *AMD*, *Gap*) are told apart by one letter: two such
marks that differ (not merely in order) are at most in the low band. Set on the bundled brands'
alarms (``benchmarks/eval_brand_recall.py alarms``)."""


def _characters(text: str) -> str:
    return "".join(c for c in fold(text) if c.isalnum())


SHARED_WORD_CAP, REST_ALIKE = 0.78, 0.75
"""Two names of several words that share a word (*Canada Goose* and *Canada Post*, *Tiger Balm*
and *Tiger Beer*) but whose other words are unlike (fast blend < 0.75) are at most in the low
band: such marks coexist, told apart by the words they do not share. Set on the bundled brands'
alarms (``benchmarks/eval_brand_recall.py alarms``)."""
_WORDS = re.compile(r"[a-z0-9]+")


def _words_of(text: str) -> list[str]:
    """The words of a name, a change of case inside a word starting a new one (*UnionPay* is union +
    pay, as :func:`word_edges` reads it)."""
    parts = [p for w in _WORD_PART.findall(text.replace("&", " and ")) for p in _WORDS.findall(fold(w))]
    return parts if "".join(parts) == "".join(_WORDS.findall(fold(text))) else _WORDS.findall(fold(text))


def _shared_word(fa: Features, fb: Features, overall: float) -> tuple[float, str]:
    """(overall, reason): names alike only through a word they share are weak neighbours."""
    if overall <= SHARED_WORD_CAP:
        return overall, ""
    wa, wb = _words_of(fa.text), _words_of(fb.text)
    if len(wa) < 2 or len(wb) < 2:
        return overall, ""
    shared = [w for w in dict.fromkeys(wa) if w in wb]
    rest_a, rest_b = [w for w in wa if w not in shared], [w for w in wb if w not in shared]
    if not shared or not rest_a or not rest_b:
        return overall, ""
    ra, rb = features(" ".join(rest_a)), features(" ".join(rest_b))
    rest = 0.5 * _sight(ra.skeleton, rb.skeleton) + 0.5 * _ratio(ra.key, rb.key)
    if rest >= REST_ALIKE:
        return overall, ""
    return SHARED_WORD_CAP, (f"'{fa.text}' and '{fb.text}' share only {' '.join(shared)!r}; the other words "
                             f"({' '.join(rest_a)!r} / {' '.join(rest_b)!r}) differ, and tell them apart (weak)")


def _short_marks(fa: Features, fb: Features, overall: float) -> tuple[float, str]:
    """(overall, reason): two different marks of three characters or fewer are weak neighbours."""
    a, b = _characters(fa.text), _characters(fb.text)
    if (max(len(a), len(b)) > SHORT_MARK or overall <= SHORT_CAP or (fa.skeleton and fa.skeleton == fb.skeleton)
            or sorted(a) == sorted(b)):
        return overall, ""
    return SHORT_CAP, (f"'{fa.text}' and '{fb.text}' are marks of {SHORT_MARK} characters or fewer that differ: "
                       f"one letter tells such marks apart (weak)")


EVERYDAY_MARGIN = 1.0
"""A single-word name that is an everyday word (Zipf ≥ :data:`ORDINARY_ZIPF` in English or a market's
language) at least this much more frequent than the brand's name is read as that word: unless the
two sound the same, it is at most in the low band against the brand (:data:`SHARED_WORD_CAP`)."""


def _sound_same(heard: dict, best: float) -> bool:
    """Whether the reading that made the sound score, or one where the brand is known, hears the two
    names segment for segment alike (close vowels as one: :func:`_same_segments`)."""
    return any(_same_segments(*pair) >= 1.0 for pair, (_, sim, trusted) in heard.items()
               if trusted or (best and sim >= best))


def _everyday_name(fa: Features, fb: Features, overall: float, languages: tuple[str, ...],
                   same_sound: bool) -> tuple[float, str]:
    """(overall, reason): a name that is an everyday word, not said like the brand, means that word
    (*Weekday* ~ Workday, *Cava* ~ Canva, *Boulanger* ~ Bollinger): offices hold that a clear meaning
    of one mark the other lacks sets them apart, and such pairs coexist. The brand's name must be far
    less common as a word (:data:`EVERYDAY_MARGIN`): *Sonny* ~ Sony is not excused."""
    if overall <= SHARED_WORD_CAP or same_sound or (fa.skeleton and fa.skeleton == fb.skeleton):
        return overall, ""
    word = fa.text.strip().casefold()
    if not word or not word.isalpha():
        return overall, ""
    from .brands import brand_by_name

    if brand_by_name(word) is not None:
        return overall, ""  # a listed brand's frequency is the mark's own (Asus), not a word's
    z, lang = _word_zipf(word, languages)
    if z < ORDINARY_ZIPF:
        return overall, ""
    theirs = max(_word_zipf(fb.text.strip().casefold(), languages)[0], _word_zipf(fb.plain, languages)[0])
    if z - theirs < EVERYDAY_MARGIN:
        return overall, ""
    return SHARED_WORD_CAP, (f"'{fa.text}' is an everyday word in {lang} (Zipf {z:.1f}), far more common than "
                             f"'{fb.text}' (Zipf {theirs:.1f}), and not said the same: its meaning tells them apart (weak)")


SHORT_WORD = 5
"""A name of this many letters or fewer is a short word: one other consonant makes another word of
it (*Tide* / *Time*, *Dole* / *Dove*, *Pixar* / *Pixel*, *Globo* / *Globus*)."""

RUN_ON_VOWELS = frozenset("aeiouy")


def _short_words(fa: Features, fb: Features, overall: float, same_sound: bool, typo: float,
                 contain: float, start: float = 1.0, languages: tuple[str, ...] = ("en",)) -> tuple[float, str]:
    """(overall, reason): two names, one of them a short word (:data:`SHORT_WORD`), whose consonants
    differ (another phonetic key), that are neither a slip apart nor one inside the other nor said the
    same, are at most in the low band (:data:`SHARED_WORD_CAP`): such pairs are two words, not a copy;
    a respelling keeps the consonants (*Neekon*, *Deeor*: the same key). One word inside the other
    after another first letter and sound (``start`` below 1) that becomes the onset of its first vowel
    (*Etro* / *Metro*, *Zelle* / *Elle*) is a new first syllable of a short word, another word too;
    a letter stacked before a consonant (*Xnikes*) reads as a prefix to the mark, and a name that
    takes the whole mark (*Sikea*, *Bapple*) is excused only when it is an everyday word itself
    (*Zelle*, German for cell: Zipf ≥ :data:`ORDINARY_ZIPF` in a market language). Set on the dev lists and the bundled brands' alarms
    (``benchmarks/eval_brand_recall.py``)."""
    if (overall <= SHARED_WORD_CAP or same_sound or typo or fa.key == fb.key
            or min(len(fa.plain), len(fb.plain)) > SHORT_WORD):
        return overall, ""
    inner = min(fa.plain, fb.plain, key=len)
    if contain >= overall and (start == 1.0 or inner[:1] not in RUN_ON_VOWELS or len(_words_of(fa.text)) > 1
                               or len(_words_of(fb.text)) > 1
                               # the name takes the whole mark (Sikea, Bapple) unless it is a word itself
                               or (inner == fb.plain and _word_zipf(fa.plain, languages)[0] < ORDINARY_ZIPF)):
        return overall, ""
    return SHARED_WORD_CAP, (f"'{fa.text}' and '{fb.text}' are short words with other consonants, neither a slip "
                             f"apart nor said the same: one consonant makes another word (weak)")



COMPOUND_PART = 3
"""Closed compounds (:func:`_other_compound`): each part after the shared first word has at least this
many letters; the shared word has :data:`LEAD_LETTERS` (a short head such as *mar* is seldom read as a
word of its own: *Marmot* / *Marmite*)."""


def _other_compound(fa: Features, fb: Features, overall: float, same_sound: bool, typo: float,
                    languages: tuple[str, ...]) -> tuple[float, str]:
    """(overall, reason): two names that begin with the same everyday word (:data:`LEAD_LETTERS`+
    letters, Zipf ≥ :data:`LEAD_ZIPF`: *King|span* / *King|ston*, *Super|drug* / *Super|dry*) and go on
    differently — parts at least two letters apart, neither the other plus an ending (*book* /
    *books*) nor said like it (*flicks* / *flix*) — each name read as a word of its own in the language
    of the head word (its other part an everyday word there, or the whole name one: *Kingston*), not a
    slip apart and not said the same, are at most low (:data:`SHARED_WORD_CAP`): the closed-compound
    form of :func:`_shared_word` (which alone judges two names that both have several words). A common first word is the weak part of such marks; the words after
    it tell them apart. One letter changed in the other part (*Face|took*, *Master|cart*) keeps the
    likeness, and so does a word of another language after the head (a respelling as likely as
    another word). Set on the dev lists and the alarms (``benchmarks/eval_brand_recall.py``)."""
    if (overall <= SHARED_WORD_CAP or same_sound or typo or (fa.skeleton and fa.skeleton == fb.skeleton)
            or min(len(_words_of(fa.text)), len(_words_of(fb.text))) > 1):  # words apart: _shared_word's case
        return overall, ""
    a, b = fa.plain, fb.plain
    common = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    from rapidfuzz.distance import Levenshtein

    zipf = _word_zipf
    for cut in range(common, LEAD_LETTERS - 1, -1):
        head, ta, tb = a[:cut], a[cut:], b[cut:]
        if min(len(ta), len(tb)) < COMPOUND_PART or zipf(head, languages)[0] < LEAD_ZIPF:
            continue
        if (ta.startswith(tb) or tb.startswith(ta) or Levenshtein.distance(ta, tb) < 2
                or _same_segments(_english_ipa(ta), _english_ipa(tb)) >= 1.0):
            # the same word plus an ending, one letter changed, or the same word respelt (Net|flicks)
            return overall, ""
        # both names read as words of ONE language that has the head word too: a word of another
        # language after the head is a respelling as likely as another word
        if any(zipf(head, (lang,))[0] >= LEAD_ZIPF
               and all(zipf(tail, (lang,))[0] >= ORDINARY_ZIPF or zipf(whole, (lang,))[0] >= ORDINARY_ZIPF
                       for tail, whole in ((ta, a), (tb, b)))
               for lang in languages):
            return SHARED_WORD_CAP, (f"'{fa.text}' and '{fb.text}' share only the everyday word '{head}' they begin "
                                     f"with; the words after it ('{ta}' / '{tb}') differ, and tell them apart (weak)")
        return overall, ""
    return overall, ""


def _run_on_ending(fa: Features, fb: Features, overall: float, same_sound: bool, typo: float,
                   ordinary) -> tuple[float, str]:
    """(overall, reason): a one-word name ``fa`` whose brand ``fb`` is the name plus an ending of two
    letters or more with a vowel in it other than a final silent e (*Opel|le* is Opel respelt), no
    everyday word (*Revol* / *Revolut*), not a slip apart and not said the same, is at most low
    (:data:`SHARED_WORD_CAP`): the brand's last syllable is what makes it that word, and the name
    stops short of it. A name that runs the whole brand on (*Googleon*, *Teslaro*) contains a
    whole mark at its start and stays a containment (offices weigh a whole earlier mark taken over);
    so does mark + everyday word (*Nike|store*). Set on the dev lists (``benchmarks/eval_brand_recall.py
    famous-dev``)."""
    if (overall <= SHARED_WORD_CAP or same_sound or typo or len(fa.plain) >= len(fb.plain)
            or len(_words_of(fa.text)) > 1 or len(_words_of(fb.text)) > 1):
        return overall, ""
    tail = fb.plain[len(fa.plain):]
    if (len(fa.plain) < MIN_CONTAINED or not fb.plain.startswith(fa.plain) or len(tail) < 2
            or not RUN_ON_VOWELS & set(tail.removesuffix("e")) or (len(tail) >= RUN_ON and ordinary(tail))):
        return overall, ""
    return SHARED_WORD_CAP, (f"'{fb.text}' runs '{fa.text}' on into another word ('-{tail}'), not said the same: "
                             f"the brand's own ending tells them apart (weak)")


def full_scores(a: str, b: str, *, markets: Sequence[str] = (), a_intended: tuple[str, ...] | None = None,
                b_home: str | None = None, trust: str | None = None, by_ear: bool = False) -> Scores:
    """All channels, with pronunciations heard in English and in each Latin-script market.

    ``a_intended`` is how ``a`` is meant to sound when already known (a candidate's
    :class:`~brandcheck.phonetics.reading.Reading` has it, with the user's ``--ipa`` or source
    language); it then stands for ``a``'s English reading. ``b_home`` is the market where ``b`` is
    at home (:func:`home_tag`): ``b`` is also heard the way it is said there, against ``a`` read
    there and against ``a`` as meant (Peugeot said the French way, /pøʒo/, against *Peejo*).
    Sound counts the English reading, ``b``'s home readings and that of the market ``trust`` (when
    ``b`` is a spelling of how that market says a brand) on their own; any other market's reading
    must be corroborated by a second one (:func:`_corroborated`). With ``by_ear`` (``b`` is a spelling
    by ear, :mod:`.home`, which nobody types and no mark contains) only look and sound count.
    """
    markets = tuple(markets)
    try:
        hash(markets)
    except TypeError:
        return _full(a, b, markets, a_intended, b_home, trust, by_ear)
    return _full_cached(a, b, markets, a_intended, b_home, trust, by_ear)


@functools.lru_cache(maxsize=1024)
def _full_cached(a: str, b: str, markets: tuple, a_intended: tuple[str, ...] | None, b_home: str | None,
                 trust: str | None, by_ear: bool) -> Scores:
    # a report rescoring its nearest brands asks for the same pair twice when the matched
    # spelling is the brand's name (m.matched, m.record.name)
    return _full(a, b, markets, a_intended, b_home, trust, by_ear)


_RHOTICS = frozenset("ɹʀʁɾrɻ")


def _one_r(segments: tuple[str, ...]) -> tuple[str, ...]:
    """Rhotic consonants as one /r/ (length kept): how they are made differs from one language's
    reader to another's, not which name a listener hears."""
    return tuple("r" + seg[1:] if seg[:1] in _RHOTICS else seg for seg in segments)


def _corroborated(heard: dict[tuple, tuple[str, float, bool]]) -> tuple[float, str]:
    """(similarity, where) of the readings of two names: the best reading where the brand is known
    (English, and its home market when given: ``trusted``) or else the second best of all the distinct
    readings. A likeness one market's reader alone hears is not taken on its own: Portuguese and
    Italian readers reduce and merge vowels (pt-BR hears Tecate /tɛkɐtɛ/ ~ Takeda /tɐkɛdɐ/ 0.97)
    and a single generous reading among seven made most sound alarms between bundled brands.
    ``heard`` maps (ipa a, ipa b) → (label, similarity, trusted), in reading order."""
    sims = sorted((sim for _, sim, _ in heard.values()), reverse=True)
    trusted = max((sim for _, sim, t in heard.values() if t), default=0.0)
    second = sims[1] if len(sims) > 1 else 0.0
    value = max(trusted, second)
    if value <= 0.0:
        return 0.0, ""
    label, pair = next((lab, pair) for pair, (lab, sim, t) in heard.items() if sim == value and (t or sim == second))
    where = f"{label} /{''.join(pair[0])}/ vs /{''.join(pair[1])}/"
    if sims[0] > value + 0.005:
        top = next(lab for lab, sim, _ in heard.values() if sim == sims[0])
        where += f" (and in {top} alone, {sims[0]:.2f})"
    return value, where


def _full(a: str, b: str, markets: Sequence[str], a_intended: tuple[str, ...] | None = None,
          b_home: str | None = None, trust: str | None = None, by_ear: bool = False) -> Scores:
    from ..phonetics.features import ipa_similarity

    fa, fb = features(a), features(b)
    fast = fast_scores(fa, fb)
    a_english = _english_ipa(a) if a_intended is None else a_intended
    readings = [("English", a_english, _english_ipa(b))]
    for tag in markets if trust is None or trust in markets else (*markets, trust):
        readings.append((tag, _market_ipa(a, tag), _market_ipa(b, tag)))
    if b_home:
        b_there = _market_ipa(b, b_home)
        if b_home not in markets and _home_reads_latin(b_home):
            # the name read there too, where Latin letters are the market's own (not romaji or pinyin
            # rules applied to an English name)
            readings.append((b_home, _market_ipa(a, b_home), b_there))
        # two readers' transcriptions: an English /ɹ/ and a French /ʀ/ are one r to a listener
        readings.append((f"as meant vs '{b}' said in {b_home}", _one_r(a_english), _one_r(b_there)))
    trusted = {"English", trust} | ({b_home, f"as meant vs '{b}' said in {b_home}"} if b_home else set())
    heard: dict[tuple, tuple[str, float, bool]] = {}
    best = first = second = sure = 0.0  # the value _corroborated gives so far, kept as we go
    for label, ia, ib in readings:
        if ia and ib and (ia, ib) not in heard:
            # one pair of readings heard once (es and es-MX read alike); a pair below the best
            # corroborated similarity so far cannot change it: the cutoff returns those as 0.0, sooner
            sim = ipa_similarity(ia, ib, cutoff=best or None)
            heard[(ia, ib)] = (label, sim, label in trusted)
            if sim >= first:
                first, second = sim, first
            elif sim > second:
                second = sim
            if label in trusted and sim > sure:
                sure = sim
            best = max(sure, second)
    best, where = _corroborated(heard) if heard else (0.0, "")
    start = START_WEIGHT if _start_differs(fa, fb, heard) else 1.0
    home_aural = 0.0
    if b_home and best and where.startswith((f"{b_home} ", "as meant vs")):
        # the brand as it is really said (at home) is what the name sounds like: aural similarity
        # on its own, as offices judge it in that territory
        home_aural = HOME_WEIGHT * best ** HOME_POWER * start
        where = f"{where} — '{b}' as said in its home market ({b_home})"
    sound = 0.7 * best + 0.3 * fast.sound if best else fast.sound
    sight = _ear_sight(fa, fb, 0.5 * fast.sight + 0.5 * ngram_similarity(fa.skeleton, fb.skeleton))
    languages = _languages(tuple(markets))
    ordinary = functools.partial(_ordinary_word, languages=languages)
    contain, contain_why, strong = _containment(fa, fb, ordinary, languages) if not by_ear else (0.0, "", False)
    typo = fast.typo if start == 1.0 and not by_ear else 0.0
    kind = _typo_either(fa, fb) if typo else None  # the fast pass already looked for a slip
    overall = max(home_aural, _combine(sight, sound, contain, typo,
                                       bool(fa.skeleton) and fa.skeleton == fb.skeleton, FULL_SIGHT_WEIGHT,
                                       one_channel=True, start=start, typo_base=_typo_base(fa, fb),
                                       # a spelling by ear is already the brand as heard at home
                                       sound_alone=_sound_alone(sound, heard, best) if best and not by_ear
                                       else None, power=BY_EAR_POWER if by_ear else ALONE_POWER))
    why = _reasons(fa, fb, sight, sound, (sound >= 0.75 or home_aural >= BANDS[-1][0]) and bool(where), where,
                   kind, contain_why)
    # a spelling by ear is as long as its letters happen to be: the short-mark rule is for marks
    overall, short = _short_marks(fa, fb, overall) if not by_ear else (overall, "")
    overall, shared = _shared_word(fa, fb, overall)
    # only a pair still above the low band needs the segment-by-segment test
    same_sound = overall > SHARED_WORD_CAP and _sound_same(heard, best)
    overall, everyday = _everyday_name(fa, fb, overall, languages, same_sound)
    if not everyday and not by_ear:
        overall, everyday = _short_words(fa, fb, overall, same_sound, typo, contain, start, languages)
    if not everyday and not by_ear:
        overall, everyday = _run_on_ending(fa, fb, overall, same_sound, typo, ordinary)
    if not everyday and not by_ear:
        overall, everyday = _other_compound(fa, fb, overall, same_sound, typo, languages)
    why += (f"'{a}' and '{b}' begin with another letter and sound: a weaker likeness",) if start < 1.0 and why \
        and contain < overall else ()
    return Scores(sight, sound, contain, typo, overall, why + tuple(w for w in (short, shared, everyday) if w),
                  strong and not everyday)


def _reasons(fa, fb, sight: float, sound: float, heard: bool, where: str, kind: str | None,
             contain_why: str) -> tuple[str, ...]:
    """The sentences of a full comparison's ``why``: how the two look, sound and contain each other."""
    why = []
    if fa.skeleton and fa.skeleton == fb.skeleton:
        why.append(f"identical at a glance ('{fa.skeleton}')")
    elif sight >= 0.75:
        why.append(f"looks alike: '{fa.skeleton}' vs '{fb.skeleton}' (sight {sight:.2f})")
    if heard:
        why.append(f"sounds alike: {where} (sound {sound:.2f})")
    if kind:
        why.append(f"typo-squat: one {kind} away")
    if contain_why:
        why.append(contain_why)
    return tuple(why)


def _reference_full_scores(a: str, b: str, *, markets: Sequence[str] = ()) -> Scores:
    """Naive twin of :func:`full_scores` (the code before the fast path), for tests and benchmarks."""
    from ..phonetics.features import _reference_ipa_distance
    from .ngram import _reference_ngram_similarity as ngram_similarity
    from .typo import _reference_typo_kind as typo_kind

    def ipa_similarity(x, y):
        return 1.0 - _reference_ipa_distance(x, y)


    fa, fb = features(a), features(b)
    fast = _reference_fast_scores(fa, fb)
    readings = [("English", _english_ipa(a), _english_ipa(b))]
    for tag in markets:
        readings.append((tag, _read_in(a, tag), _read_in(b, tag)))
    heard = {}
    for label, ia, ib in readings:
        if ia and ib and (ia, ib) not in heard:
            heard[(ia, ib)] = (label, ipa_similarity(ia, ib), label == "English")
    best, where = _corroborated(heard) if heard else (0.0, "")
    sound = 0.7 * best + 0.3 * fast.sound if best else fast.sound
    sight = 0.5 * fast.sight + 0.5 * ngram_similarity(fa.skeleton, fb.skeleton)
    ear = _by_ear(fa.skeleton)
    if ear != fa.skeleton and fb.skeleton:
        sight = max(sight, EAR_WEIGHT * (0.5 * _sight(ear, fb.skeleton) + 0.5 * ngram_similarity(ear, fb.skeleton)))
    languages = _languages(tuple(markets))
    contain, contain_why, strong = _containment(fa, fb, lambda word: _ordinary_word(word, languages), languages)
    start = START_WEIGHT if _start_differs(fa, fb, heard) else 1.0
    typo = fast.typo if start == 1.0 else 0.0
    kind = (typo_kind(a, b) or typo_kind(b, a)) if typo else None
    overall = _combine(sight, sound, contain, typo, bool(fa.skeleton) and fa.skeleton == fb.skeleton,
                       FULL_SIGHT_WEIGHT, one_channel=True, start=start, typo_base=_typo_base(fa, fb),
                       sound_alone=_sound_alone(sound, heard, best) if best else None)
    why = _reasons(fa, fb, sight, sound, sound >= 0.75 and bool(where), where, kind, contain_why)
    overall, short = _short_marks(fa, fb, overall)
    overall, shared = _shared_word(fa, fb, overall)
    # only a pair still above the low band needs the segment-by-segment test
    same_sound = overall > SHARED_WORD_CAP and _sound_same(heard, best)
    overall, everyday = _everyday_name(fa, fb, overall, languages, same_sound)
    if not everyday:
        overall, everyday = _short_words(fa, fb, overall, same_sound, typo, contain, start, languages)
    if not everyday:
        overall, everyday = _run_on_ending(fa, fb, overall, same_sound, typo,
                                           lambda word: _ordinary_word(word, languages))
    if not everyday:
        overall, everyday = _other_compound(fa, fb, overall, same_sound, typo, languages)
    why += (f"'{a}' and '{b}' begin with another letter and sound: a weaker likeness",) if start < 1.0 and why \
        and contain < overall else ()
    return Scores(sight, sound, contain, typo, overall, why + tuple(w for w in (short, shared, everyday) if w),
                  strong and not everyday)
