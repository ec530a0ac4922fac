"""Chinese name proposals: phonetic, phono-semantic and semantic (issue 11).

A team entering China chooses a Chinese name, and the choice is made in one of three ways:

* **phonetic** — the standard transliteration characters of the Xinhua tradition, sound first
  (Adidas 阿迪达斯); the syllables come from :mod:`brandcheck.phonetics.scripts.chinese`;
* **phono-semantic** — for each syllable, characters with the same or a near syllable chosen for
  a positive meaning that fits the sector (Tide 汰渍 "wash out stains", Nike 耐克 "endure,
  overcome"), often dropping weak syllables to keep two to four characters (Reebok 锐步); a
  second pass keeps the standard syllables and changes only the characters (Walmart 沃尔玛), and
  a hybrid writes an English word at either end by meaning and the rest by sound (Starbucks
  星巴克: star 星 + 巴克);
* **semantic** — the meaning of English words inside the name or of the user's keywords, from a
  curated English → Chinese morpheme table (Microsoft 微软 "micro soft").

Every proposal is screened before it is shown: no character of the avoid list (characters marked
negative in ``wordlists/chinese/characters.tsv``) is ever used; every adjacent pair of syllables is
checked against negative words (``奔斯`` Bēnsī is heard as 笨死 "dead stupid"), every syllable
against negative homophones (:func:`brandcheck.meanings.chinese.homophone_hits`), the whole name
against the Chinese names of bundled brands, and the tones for euphony (no run of three identical
tones; 3-3 sandhi noted).

``sound`` is the fidelity the ``check`` pipeline gives a Chinese rendering
(:mod:`brandcheck.phonetics.score`): half the fidelity of the Mandarin adaptation of the intended
pronunciation, half the feature-weighted similarity between the intended sounds and the
proposal's syllables. A proposal that drops syllables loses sound in proportion, and lists them.

Ranking: ``score`` = w_sound × heard + w_fit × fit + w_euphony × euphony − warning penalties,
with weights by kind (:data:`_WEIGHTS`), ``heard`` the mean of ``sound`` and the slot-by-slot
closeness to the standard transliteration (``sound`` compares broad transcriptions and cannot tell
b from p), and a small preference for two or three characters. ``style="balanced"`` keeps at least
one proposal of each kind in the top ``k`` and at most two spellings of one sound.

Readings: the name is read the English way; a word outside the English dictionary is also read by
its letters (continental values: Nivea, Zegna), and ``language=`` reads it in a named source
language first; proposals of the second reading are interleaved from the third place.

The generator never looks brands up and stores no answer for a particular name: ``known=True``
only *appends* the bundled brand's own Chinese name, marked :attr:`NameKind.KNOWN`.

Data: ``wordlists/chinese/characters.tsv`` (pinyin, tone, gloss, polarity, connotation tags,
sectors), ``words.tsv`` (common two-character words, positive and negative) and
``morphemes.tsv`` (English morphemes → Chinese); rules and weights stay here.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from enum import Enum
from typing import Iterable, Mapping, Sequence

from ..errors import BrandcheckError, InvalidNameError
from ..phonetics.scripts.chinese import tone_marked  # one tone marker for renderings and proposals

__all__ = ["ChineseName", "NameKind", "NameWarning", "InvalidOptionError", "chinese_names", "avoid_list", "STYLES",
           "SECTORS", "TAGS", "SECTOR_TAGS", "tone_marked"]


class InvalidOptionError(BrandcheckError, ValueError):
    """An option of :func:`chinese_names` is not one it knows (a sector, a style, a script, k)."""


class NameKind(str, Enum):
    """How a proposal was made."""

    PHONETIC = "phonetic"
    PHONO_SEMANTIC = "phono-semantic"
    SEMANTIC = "semantic"
    KNOWN = "known"
    """The bundled brand's own Chinese name (only with ``known=True``; never generated)."""


@dataclass(frozen=True, slots=True)
class NameWarning:
    """Something a person should check before using a proposal."""

    code: str
    """Stable id: ``NEG_PAIR``, ``NEG_HOMOPHONE``, ``NEG_WORD``, ``BRAND``, ``SAME_TONE_RUN``,
    ``T3_RUN``, ``RARE_CHAR``, ``SECTOR_MISMATCH``, ``POLYPHONE``."""
    severity: str
    """``info``, ``low``, ``medium`` or ``high`` (as :class:`brandcheck.Severity` names)."""
    message: str
    """One sentence a person can act on."""


@dataclass(frozen=True, slots=True)
class ChineseName:
    """One proposed Chinese name."""

    text: str
    """Simplified characters (``耐克``)."""
    traditional: str
    """Traditional characters (``耐克``; ``锐步`` → ``銳步``)."""
    pinyin: str
    """Hanyu Pinyin with tone marks, one syllable per character, space-separated (``nài kè``)."""
    glosses: tuple[str, ...]
    """One short English gloss per character."""
    meaning: str
    """How the whole name reads in English (glosses joined; a listed word's own gloss)."""
    kind: NameKind
    """phonetic, phono-semantic, semantic, or known (the bundled brand's own name)."""
    sound: float
    """0–1: how close the Mandarin syllables are to the name's intended pronunciation (the
    fidelity of ``check``'s Mandarin reading)."""
    fit: float
    """0–1: positive connotation and fit with the sector and keywords."""
    score: float
    """0–1: the ranking score (sound, fit and euphony weighed by kind, less warnings)."""
    dropped: tuple[str, ...]
    """Syllables of the name left out (toneless pinyin of their standard characters)."""
    euphony: str
    """A note on the tone pattern (``tones 4-4 (仄仄)``; runs and 3-3 sandhi named)."""
    warnings: tuple[NameWarning, ...]
    """What to check before use (negative homophones, pairs, brand clashes, tone runs)."""

    def shown(self, script: str = "simplified") -> str:
        """The characters in ``script`` (``simplified`` or ``traditional``)."""
        return self.traditional if script == "traditional" else self.text


STYLES = ("balanced", "phonetic", "phono-semantic", "semantic")

# Connotation tags used in characters.tsv and morphemes.tsv (validated by the tests).
TAGS = frozenset("""strength speed beauty elegance health nature luck wealth cleanliness taste technology joy trust
comfort quality wisdom brightness home harmony freshness precious victory travel softness fragrance growth peace
longevity excellence connection feminine brand""".split())
"""Connotation tags; ``brand`` marks the commonest characters of foreign brand names in China
(克, 斯, 达, 丽, 宝…): common and easy to read. How conventional each character is among those of
its syllable is graded in brand_characters.tsv (:func:`_brand_ranks`)."""

# What each sector wants a name to suggest (project choice, after Huang & Chan 1997/2005 and the
# research note's sector table: beauty → elegance and flowers, autos → speed and power, …).
SECTOR_TAGS: dict[str, frozenset[str]] = {k: frozenset(v.split()) for k, v in {
    "automotive": "speed strength victory travel precious",
    "beverages": "taste joy freshness health",
    "food": "taste joy freshness health",
    "retail": "joy home wealth luck quality",
    "fashion": "beauty elegance quality",
    "luxury": "precious elegance wealth excellence",
    "beauty": "beauty elegance fragrance softness cleanliness freshness",
    "technology": "technology wisdom speed brightness excellence",
    "software": "technology wisdom speed connection",
    "internet": "technology speed wisdom connection",
    "telecom": "connection speed technology trust",
    "electronics": "technology brightness quality speed",
    "finance": "wealth trust luck peace",
    "insurance": "trust peace health longevity",
    "energy": "strength brightness nature",
    "media": "brightness wisdom joy connection",
    "entertainment": "joy brightness",
    "gaming": "joy victory speed",
    "travel": "travel joy nature",
    "airline": "travel speed nature",
    "hospitality": "home comfort joy",
    "pharma": "health trust longevity",
    "health": "health longevity comfort",
    "industrial": "strength quality trust",
    "logistics": "speed trust travel connection",
    "household": "cleanliness home comfort",
    "sports": "strength speed victory health",
    "toys": "joy growth",
    "tobacco": "taste joy",
    "alcohol": "joy taste wealth",
    "chemicals": "quality technology",
    "construction": "strength trust home",
    "education": "wisdom brightness growth",
    "other": "",
}.items()}
SECTORS = tuple(SECTOR_TAGS)
# Sectors where a feminine character (娜, 莉, 丝…) reads as a mismatch unless asked for.
_MASCULINE_SECTORS = frozenset({"automotive", "industrial", "construction", "energy", "logistics", "chemicals"})

# Ranking weights by kind: (sound, fit, euphony). A project choice: a phonetic name is judged on
# its sound, a semantic one on its meaning; phono-semantic names on both (Wu et al. 2019 found no
# single kind best, so all three are offered).
_WEIGHTS = {
    NameKind.PHONETIC: (0.75, 0.12, 0.13),
    NameKind.PHONO_SEMANTIC: (0.6, 0.27, 0.13),
    NameKind.SEMANTIC: (0.2, 0.6, 0.2),
    NameKind.KNOWN: (0.5, 0.35, 0.15),
}
_PENALTY = {"info": 0.0, "low": 0.03, "medium": 0.12, "high": 0.3}
_MAX_CHARS = 4
_EXTRA_CHAR = 0.05
_ONE_CHAR = 0.15
"""A name of one character is rare (a Chinese brand name has two at least): 陶氏, not 陶."""
_LONG_COST = 0.08


# --------------------------------------------------------------------------------------------------
# Data


@dataclass(frozen=True, slots=True)
class _Char:
    char: str
    pinyin: str  # toneless, ü written v
    tone: int
    gloss: str
    polarity: str
    severity: int
    tags: frozenset[str]
    sectors: frozenset[str]
    avoid_sectors: frozenset[str]
    register: str


@functools.lru_cache(maxsize=1)
def _chars() -> dict[str, _Char]:
    from ..data import read_tsv

    out = {}
    for row in read_tsv("chinese/characters.tsv", required=("char", "pinyin", "tone", "gloss", "polarity")).dicts():
        sectors = [s for s in (row.get("sectors") or "").split(",") if s]
        out[row["char"]] = _Char(
            row["char"], row["pinyin"], int(row["tone"] or 5), row["gloss"], row["polarity"],
            int(row.get("severity") or 0), frozenset(t for t in (row.get("tags") or "").split(",") if t),
            frozenset(s for s in sectors if not s.startswith("-")),
            frozenset(s[1:] for s in sectors if s.startswith("-")), row.get("register") or "common")
    return out


@functools.lru_cache(maxsize=1)
def _by_syllable() -> dict[str, tuple[_Char, ...]]:
    """Toneless syllable → characters a phono-semantic name may use: positive ones, neutral ones
    with a connotation tag, and the standard transliteration characters; never negative or rare
    ones, nor everyday words without a pleasant sense (妈 'mum', 泵 'pump')."""
    from ..phonetics.scripts.chinese import GRID

    standard = set("".join(GRID.values()))
    out: dict[str, list[_Char]] = {}
    for c in _chars().values():
        if c.polarity == "negative" or c.register == "rare":
            continue
        if c.polarity == "positive" or c.tags or c.char in standard or c.char in _brand_ranks():
            out.setdefault(c.pinyin, []).append(c)
    return {k: tuple(v) for k, v in out.items()}


def _brand_ranks() -> dict[str, int]:
    """Character → its rank among the conventional brand characters of its syllable (see
    :func:`brandcheck.phonetics.scripts.chinese.brand_ranks`: one reader for check and proposals)."""
    from ..phonetics.scripts.chinese import brand_ranks

    return brand_ranks()


@functools.lru_cache(maxsize=1)  # read once, like the table it comes from; asked for every candidate character
def avoid_list() -> frozenset[str]:
    """Characters no proposal may contain (marked negative in characters.tsv)."""
    return frozenset(c.char for c in _chars().values() if c.polarity == "negative")


@functools.lru_cache(maxsize=1)
def _polyphones() -> dict[str, tuple[tuple[str, str], ...]]:
    """Character → its everyday readings with a word for each, the commoner first (polyphones.tsv)."""
    from ..data import read_tsv

    out = {}
    for row in read_tsv("chinese/polyphones.tsv", required=("char", "readings", "words")).dicts():
        out[row["char"]] = tuple(zip(row["readings"].split(","), row["words"].split(",")))
    return out


def _polyphone_warnings(text: str, sylls: Sequence[str], tones: Sequence[int]) -> list[NameWarning]:
    """A character read one way in the proposal but another way in everyday words: readers may
    say it the other way (low when the proposal uses the rarer reading, as 欧米茄 jiā for 茄 qié)."""
    out = []
    for char, used, tone in zip(text, sylls, tones):
        readings = _polyphones().get(char)
        if not readings:
            continue
        others = [(r, w) for r, w in readings if _toneless(r) != used]
        if len(others) == len(readings) or not others:
            continue  # the proposal's reading is not among the listed ones, or it is the only one
        rarer = _toneless(readings[0][0]) != used
        said = "; ".join(f"{r} in {w}" for r, w in others)
        out.append(NameWarning("POLYPHONE", "low" if rarer else "info",
                               f"{char} is read {tone_marked(used, tone)} here but {said}"
                               + (": most readers will say it that way" if rarer else ": a reader may stumble")))
    return out


@dataclass(frozen=True, slots=True)
class _Word:
    word: str
    syllables: tuple[str, ...]  # toneless
    tones: tuple[int, ...]
    gloss: str
    polarity: str
    severity: int


def _split_pinyin(text: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    sylls, tones = [], []
    for part in text.split():
        tone = int(part[-1]) if part[-1].isdigit() else 5
        sylls.append(part.rstrip("012345").replace("ü", "v"))
        tones.append(tone)
    return tuple(sylls), tuple(tones)


@functools.lru_cache(maxsize=1)
def _words() -> tuple[dict[str, _Word], dict[str, tuple[_Word, ...]], dict[str, tuple[_Word, ...]]]:
    """words.tsv: (word → entry, toneless key ``bensi`` → negative entries, the same keyed by
    :func:`_merge`)."""
    from ..data import list_files, read_tsv

    by_word: dict[str, _Word] = {}
    negative: dict[str, list[_Word]] = {}
    merged: dict[str, list[_Word]] = {}
    if "chinese/words.tsv" not in list_files("chinese"):
        return {}, {}, {}
    for row in read_tsv("chinese/words.tsv", required=("word", "pinyin", "gloss", "polarity", "severity")).dicts():
        sylls, tones = _split_pinyin(row["pinyin"])
        w = _Word(row["word"], sylls, tones, row["gloss"], row["polarity"], int(row["severity"] or 0))
        by_word[w.word] = w
        if w.polarity == "negative":
            negative.setdefault("".join(sylls), []).append(w)
            merged.setdefault("".join(_merge(x) for x in sylls), []).append(w)
    return by_word, {k: tuple(v) for k, v in negative.items()}, {k: tuple(v) for k, v in merged.items()}


def _merge(syllable: str) -> str:
    """A syllable as accents that merge zh/z, ch/c, sh/s, -ng/-n and l/n hear it (southern
    Mandarin, Taiwan): 标致 biāozhì then sounds like 婊子 biǎozi."""
    for a, b in (("zh", "z"), ("ch", "c"), ("sh", "s")):
        if syllable.startswith(a):
            syllable = b + syllable[len(a):]
    if syllable.startswith("n") and not syllable.startswith("ng"):
        syllable = "l" + syllable[1:]
    if syllable.endswith("ng") and syllable not in ("ang", "ong") and not syllable.endswith(("ang", "ong")):
        syllable = syllable[:-1]
    return syllable


@dataclass(frozen=True, slots=True)
class _Morpheme:
    english: str
    chinese: str
    gloss: str
    tags: frozenset[str]


@functools.lru_cache(maxsize=1)
def _morphemes() -> dict[str, tuple[_Morpheme, ...]]:
    """morphemes.tsv: English morpheme → Chinese renderings, in file order of preference."""
    from ..data import list_files, read_tsv

    if "chinese/morphemes.tsv" not in list_files("chinese"):
        return {}
    out: dict[str, list[_Morpheme]] = {}
    for row in read_tsv("chinese/morphemes.tsv", required=("english", "chinese", "gloss")).dicts():
        tags = frozenset(t for t in (row.get("tags") or "").split(",") if t)
        out.setdefault(row["english"], []).append(_Morpheme(row["english"], row["chinese"], row["gloss"], tags))
    return {k: tuple(v) for k, v in out.items()}


@functools.lru_cache(maxsize=1)
def _brand_forms() -> dict[str, str]:
    """Chinese names of bundled brands (Han aliases of two or more characters) → brand name."""
    from ..similarity.brands import bundled_brands

    out: dict[str, str] = {}
    for record in bundled_brands():
        for alias in record.aliases:
            if len(alias) >= 2 and all(_is_han(c) for c in alias):
                out.setdefault(alias, record.name)
    return out


@functools.lru_cache(maxsize=1)
def _brand_parts() -> dict[str, tuple[str, str]]:
    """Every run of two or more characters of a bundled brand's Chinese name → (name, brand)."""
    out: dict[str, tuple[str, str]] = {}
    for form, brand in _brand_forms().items():
        for i in range(len(form)):
            for j in range(i + 2, len(form) + 1):
                out.setdefault(form[i:j], (form, brand))
    return out


def _brand_clash(text: str) -> tuple[str, str] | None:
    """A bundled brand's Chinese name that equals, contains or is contained in ``text`` (either
    script: the bundled names are simplified or traditional)."""
    from ..phonetics.scripts.chinese import to_traditional

    forms, parts = _brand_forms(), _brand_parts()
    for shown in dict.fromkeys((text, to_traditional(text))):
        if shown in forms:
            return shown, forms[shown]
    for shown in dict.fromkeys((text, to_traditional(text))):
        for i in range(len(shown)):
            for j in range(len(shown), i + 1, -1):
                if shown[i:j] in forms:
                    return shown[i:j], forms[shown[i:j]]
        if len(shown) >= 2 and shown in parts:
            return parts[shown]
    return None


def _is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


# --------------------------------------------------------------------------------------------------
# Pinyin helpers

def _reading(char: str) -> tuple[str, int]:
    """(toneless syllable, tone) of a character: its brand reading in the table, else pypinyin's."""
    info = _chars().get(char)
    if info is not None:
        return info.pinyin, info.tone
    from pypinyin import Style, pinyin

    r = pinyin(char, style=Style.TONE3, heteronym=False, neutral_tone_with_five=True)[0][0]
    tone = int(r[-1]) if r[-1].isdigit() else 5
    return r.rstrip("012345").replace("ü", "v"), tone


@functools.lru_cache(maxsize=None)
def _syllable_ipa(syllable: str) -> tuple[str, ...]:
    from ..phonetics.scripts.chinese import pinyin_ipa

    return pinyin_ipa(syllable)


# Initials of pinyin and how alike two of them sound (research note §3: place, manner and
# aspiration; a project table — aspiration pairs and dental/retroflex pairs are near, the
# zero initial is near y and w).
_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c",
             "s", "y", "w")
_NEAR_INITIALS: dict[frozenset[str], float] = {frozenset(k.split()): v for k, v in {
    "b p": 0.8, "d t": 0.8, "g k": 0.8, "z c": 0.8, "zh ch": 0.8, "j q": 0.8, "z zh": 0.85, "c ch": 0.85,
    "s sh": 0.85, "j zh": 0.6, "q ch": 0.6, "x sh": 0.7, "x s": 0.7, "j z": 0.6, "q c": 0.6, "l n": 0.7, "l r": 0.7,
    "r zh": 0.4, "f h": 0.6, "h k": 0.5, "h g": 0.4, "w ": 0.7, "y ": 0.7, "f w": 0.4, "m n": 0.5, "b m": 0.4,
    "p f": 0.4, "b d": 0.4, "d g": 0.4, "t k": 0.4, "p t": 0.4}.items()}


def _split_initial(syllable: str) -> tuple[str, str]:
    for ini in _INITIALS:
        if syllable.startswith(ini) and len(syllable) > len(ini):
            return ini, syllable[len(ini):]
    return "", syllable


@functools.lru_cache(maxsize=65536)
def _syllable_similarity(a: str, b: str) -> float:
    """How alike two toneless syllables sound, 0–1: initials from :data:`_NEAR_INITIALS` (0.4),
    rhymes by feature-weighted IPA similarity, squared (0.6)."""
    from ..phonetics.features import ipa_similarity

    if a == b:
        return 1.0
    ia, ib = _split_initial(a)[0], _split_initial(b)[0]
    if ia == ib:
        initial = 1.0
    else:
        initial = _NEAR_INITIALS.get(frozenset((ia, ib)), 0.1)
    fa = _syllable_ipa(a)[1 if ia and ia not in ("y", "w") else 0:]
    fb = _syllable_ipa(b)[1 if ib and ib not in ("y", "w") else 0:]
    # squared: vowels of different height or backness (a/e, o/ei) are different rhymes to a Mandarin ear
    rhyme = 1.0 if fa == fb else ipa_similarity(fa, fb) ** 2
    return round(0.4 * initial + 0.6 * rhyme, 4)


# --------------------------------------------------------------------------------------------------
# The name's syllables


@dataclass(frozen=True, slots=True)
class _Syl:
    onset: str
    column: str
    standard: str  # the grid character
    pinyin: str  # its toneless syllable
    options: tuple[tuple[str, float], ...]  # (toneless syllable, closeness), best first
    droppable: bool
    stress: int = 0  # of the English vowel: 1 primary, 2 secondary, 0 unstressed, -1 no vowel (bare)
    word_start: bool = False  # the first slot of a later word of the name (Goldman Sachs: the 萨 of Sachs)


@dataclass(frozen=True, slots=True)
class _Analysis:
    name: str
    source: object
    syllables: tuple[_Syl, ...]
    standard: tuple[str, ...]  # the phonetic spellings (full, swapped, shortened)
    adapted_fidelity: float
    english: tuple[tuple[str, ...], ...]  # segmentations of the name into morphemes
    merged_away: tuple[str, ...] = ()  # syllables a cluster reduction left out (the r of Kraft)
    listed: str = ""  # the name with its given names and surnames in their usual forms (雨果博斯), if any

    @property
    def vowel_target(self) -> int:
        """The length a chosen name usually has: one character per slot with a vowel, two to four."""
        return max(2, min(_MAX_CHARS, sum(1 for s in self.syllables if s.column)))


# Columns that sound alike enough to stand in for each other in a phono-semantic name
# (nasal finals for open ones and back: Nike 耐 for nai, 克 for ki; a project heuristic).
_NEAR_COLUMNS = {
    "a": ("an", "ai", "ang"), "e": ("en", "ai", "i", "ə"), "ə": ("e", "en", ""), "i": ("in", "ing", "", "e"),
    "o": ("ong", "ao", "u"), "u": ("un", "ong", "o"), "ai": ("a", "an", "e"), "ao": ("o", "ong"),
    "an": ("a", "ang"), "en": ("e", "in", "un"), "in": ("i", "ing", "en"), "ong": ("o", "un"),
    "un": ("u", "en", "ong"), "ang": ("an", "a"), "ing": ("in", "i"), "": ("i", "u", "e"),
}
# Onsets that may replace each other (l/r are one in Xinhua practice; s/sh, z/j, f/h are close).
_NEAR_ONSETS = {"l": ("ɹ",), "ɹ": ("l",), "s": ("ʃ", "ts"), "ʃ": ("s",), "z": ("dʒ", "ts", "s"), "dʒ": ("z", "ʒ"),
                "ts": ("s", "tʃ"), "tʃ": ("ts",), "v": ("w", "f"), "w": ("v",), "f": ("h", "v"),
                "b": ("p",), "p": ("b",), "d": ("t",), "t": ("d",), "ɡ": ("k",), "k": ("ɡ", "h"),
                "h": ("f", "x"), "n": ("l",), "m": (), "": ("j", "w")}


_NEAR = 0.8
_BARE_VOWELLED = 0.7
"""Syllables at least this alike (:func:`_syllable_similarity`) may stand in for the standard one."""
_FIRST_NEAR = 0.85
"""The first syllable carries recognition: only closer stand-ins there."""


# Brand-naming conventions beside the Xinhua grid (project observations of how foreign brands are
# written): a final s/z/sh is often 士/仕/氏 shì (Rolex 劳力士, Lux 力士); a final d is often 特
# (Ford 福特); an unstressed final -ki/-ke is often the bare 克 (Nike 耐克).
_BRAND_CODAS = {"s": ("shi", 0.9), "z": ("shi", 0.9), "ʃ": ("shi", 0.95), "d": ("te", 0.9), "t": ("de", 0.85)}


@functools.lru_cache(maxsize=4096)
def _options(onset: str, column: str, last: bool = False) -> tuple[tuple[str, float], ...]:
    """Candidate syllables for one transliteration slot with their closeness (best first)."""
    from ..phonetics.scripts.chinese import COLUMNS, GRID

    def grid(o: str, col: str) -> str | None:
        row = GRID.get(o)
        return row[COLUMNS.index(col)] if row is not None and col in COLUMNS else None

    std = grid(onset, column) or grid("", column) or "尔"
    base = _reading(std)[0]
    seeds: dict[str, float] = {base: 1.0}
    for col in _NEAR_COLUMNS.get(column, ()):
        ch = grid(onset, col)
        if ch:
            # a consonant said with a vowel it does not have (s as 西 xī, t as 蒂) is further off
            # than a vowel said a little differently
            seeds.setdefault(_reading(ch)[0], _BARE_VOWELLED if column == "" else 0.8)
    for o in _NEAR_ONSETS.get(onset, ()):
        ch = grid(o, column)
        if ch:
            seeds.setdefault(_reading(ch)[0], 0.8)
    if column == "" and onset in _BRAND_CODAS:
        syl, close = _BRAND_CODAS[onset]
        seeds[syl] = max(seeds.get(syl, 0.0), close)
    if column == "" and onset == "z":
        seeds["si"] = max(seeds.get("si", 0.0), 0.95)  # a written -s said /z/ keeps 斯 (Levi's 李维斯)
    if last and column in ("i", "ə", "e") and onset in ("k", "ɡ", "t", "d"):
        bare = grid(onset, "")
        if bare:
            seeds[_reading(bare)[0]] = max(seeds.get(_reading(bare)[0], 0.0), 0.9)
    # the table's syllables close in sound to the standard one (zhe for ze, lan for la, wei for wo)
    for syl in _by_syllable():
        if syl not in seeds:
            sim = _syllable_similarity(base, syl)
            if sim >= _NEAR:
                seeds[syl] = sim
    return tuple(sorted(seeds.items(), key=lambda kv: (-kv[1], kv[0])))


# How foreign brands are commonly written in mainland China, beside the Xinhua grid (project
# observations of many brand names; each is a general habit, not a rule for one name):
# * /eɪ/ and /ɛ/ after b, p, m, f, l, r, n, w, v take the rhyme ei (贝 佩 美 菲 雷 内 维), not the
#   grid's ai (拜 迈 莱) — Maybelline 美宝莲, Lexus 雷克萨斯, Benetton 贝纳通; l/r also le (乐, Lego);
# * a word-initial p is often written with b (宝 百 奔 必 标): Mandarin b is an unaspirated [p],
#   and the b syllables carry the pleasant characters — Porsche 保时捷, Pepsi 百事, Penfolds 奔富;
# * /oʊ/ after a consonant is often ao (劳 高 宝 保): Rolex 劳力士, Colgate 高露洁, Polaroid 宝丽来;
# * a name opening on m + a vowel is very often 美 mei "beautiful", the commonest character of
#   foreign brand names in China (Mattel 美泰, Mobil 美孚, Maggi 美极, Mead Johnson 美赞臣);
# * the closeness these syllables get puts them beside the grid syllable, not above it: the
#   characters' meaning then chooses between them.
_EI_INITIALS = {"b": "b", "p": "p", "m": "m", "f": "f", "l": "l", "ɹ": "l", "n": "n", "w": "w", "v": "w"}
_CLUSTER_CLOSE = 0.9
_JIA_NEAR = 0.9
_YA_NEAR = 0.92
_YI_NEAR = 0.88
_ZI_FINAL = 0.85
_OU_INITIALS = {"": "", "k": "k", "ɡ": "g", "l": "l", "ɹ": "l", "d": "d", "t": "t", "h": "h"}
_OU_NEAR = 0.9
_FLAP_NEAR = 0.9
_AI_NEAR = 0.88
_EI_NEAR = 0.88
_CHI_NEAR = 0.9
_SI_NEAR = 0.92
_NASAL_NEAR = 0.9
_MEI_NEAR = 0.9
_AO_INITIALS = {"b": "b", "p": "b", "m": "m", "l": "l", "ɹ": "l", "ɡ": "g", "k": "g", "h": "h", "d": "d", "t": "t"}


def _conventions(onset: str, column: str, vowel: str, index: int, last: bool = False, stress: int = 1
                 ) -> dict[str, float]:
    """Brand-convention syllables for one slot with their closeness (see the comment above);
    ``stress`` is the English vowel's (1 primary, 2 secondary, 0 none)."""
    from ..phonetics.scripts.chinese import COLUMNS, GRID

    out: dict[str, float] = {}
    if onset == "t" and column and index > 0 and stress == 0:
        # an unstressed t between vowels is unaspirated (a flap in American English): 达 多 迪 德
        # beside 塔 托 蒂 特 (Fanta 芬达, Toronto 多伦多, Atlanta 亚特兰大, Bugatti 布加迪)
        out[_reading(GRID["d"][COLUMNS.index(column)])[0]] = _FLAP_NEAR
    if index == 0 and onset == "" and vowel in ("ɛ", "ɪ", "i"):
        out["yi"] = max(out.get("yi", 0.0), _YI_NEAR)  # a name opening on a front vowel: 伊 依 宜 (Evian 依云)
    if index == 0 and onset == "" and vowel in ("ɛ", "eɪ"):
        out["ai"] = _AI_NEAR  # or 艾 爱 (Ericsson 爱立信, Airbnb 爱彼迎)
    if vowel == "ɛ" and stress == 1 and column == "e" and onset in GRID and onset not in _EI_INITIALS:
        # a stressed [ɛ] may take the [eɪ] column: 戴 泰 凯 盖 赛 (Dell 戴尔, Mattel 美泰)
        out[_reading(GRID[onset][COLUMNS.index("ei")])[0]] = _EI_NEAR
    if last and onset == "z" and column == "":
        out.update({"si": 1.0, "shi": 0.95})  # a final written s said /z/: 斯, 士, 氏 (Levi's, Heinz)
    if index == 0 and onset == "" and column == "a":
        out["ya"] = _YA_NEAR  # a name opening on a bare /æ, ɑ/: 雅 亚 (Abbott 雅培, Accor 雅高, Asics 亚瑟士)
    if index == 0 and onset == "" and vowel == "aɪ":
        out["yi"] = _YI_NEAR  # on /aɪ/: 宜 伊 (IKEA 宜家, Ibis 宜必思)
    if onset == "k" and column == "a":
        out["jia"] = _JIA_NEAR  # 佳 嘉 家 (Canon 佳能, Carlsberg 嘉士伯, Carrefour 家乐福)
    if vowel in ("eɪ", "ɛ") and onset in _EI_INITIALS:
        out[_EI_INITIALS[onset] + "ei"] = 0.95
        if onset in ("l", "ɹ"):
            out["le"] = 0.88
    if vowel == "oʊ" and onset in _AO_INITIALS:
        out[_AO_INITIALS[onset] + "ao"] = 0.92
    if vowel == "oʊ" and onset in _OU_INITIALS:
        out[_OU_INITIALS[onset] + "ou"] = _OU_NEAR  # 欧 蔻 楼: the English diphthong kept as one
    if onset == "tʃ" and column == "i":
        out["chi"] = _CHI_NEAR  # /tʃi/: the grid's 奇 qí, brands also 驰 chí (the English ch kept)
    if onset in ("s", "z") and column == "i":
        out["si"] = max(out.get("si", 0.0), _SI_NEAR)  # /si/: the grid's 西 xī, brands 思 丝 诗 士
        out["shi"] = max(out.get("shi", 0.0), _SI_NEAR - 0.02)
    if column in ("an", "en", "in", "ang", "ing"):
        row = GRID.get(onset)
        if row is not None:  # -n and -ng are one sound to many ears: 林/灵, 恩/能 (the coda's place only)
            std = _reading(row[COLUMNS.index(column)])[0]
            other = std[:-1] if std.endswith("ng") else std + "g" if std.endswith("n") else ""
            if other:
                out[other] = max(out.get(other, 0.0), _NASAL_NEAR)
    if index == 0 and onset == "m" and column and column != "ei":
        out["mei"] = max(out.get("mei", 0.0), _MEI_NEAR)  # a name opening on m + vowel: 美 (美泰, 美孚, 美极)
    if index == 0 and onset == "p" and column:
        b = _reading(GRID["b"][COLUMNS.index(column)])[0]
        out[b] = max(out.get(b, 0.0), 0.92)
        for syl, close in list(out.items()):
            if syl.startswith("p"):
                out["b" + syl[1:]] = max(out.get("b" + syl[1:], 0.0), close - 0.02)
    return out


def _with_conventions(opts: list[tuple[str, float]], onset: str, column: str, vowel: str, index: int,
                      last: bool = False, stress: int = 1) -> list[tuple[str, float]]:
    merged = dict(opts)
    found = _conventions(onset, column, vowel, index, last, stress)
    for syl, close in found.items():
        if syl in _by_syllable() and close > merged.get(syl, 0.0):
            merged[syl] = close
    if last and onset == "z" and column == "" and "zi" in merged:
        merged["zi"] = min(merged["zi"], _ZI_FINAL)  # 兹 zī is the grid's, rarely a brand's ending
    return sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))


def _word_slots(word) -> list[tuple[str, str]]:
    return [(onset, col) for onset, col, _ in _voiced_slots(word)]


def _voiced_slots(word) -> list[tuple[str, str, str]]:
    """The word's Mandarin slots ``(onset, column, vowel)``: ``vowel`` is the English vowel the
    slot carries (``eɪ``, ``ɛ``, ``oʊ``…) or ``""`` for a bare consonant. The grid column alone
    cannot tell /eɪ/ from /aɪ/ (both ``ai``), and brand conventions differ for them."""
    return [(onset, col, vowel) for onset, col, vowel, _ in _stressed_slots(word)]


def _stressed_slots(word) -> list[tuple[str, str, str, int]]:
    """:func:`_voiced_slots` with the stress of each slot's English vowel: 1 primary, 2 secondary,
    0 unstressed, -1 a bare consonant (it has no vowel of its own)."""
    from ..phonetics.scripts import chinese as zh
    from ..phonetics.scripts._common import letter_word, unwritten_schwa

    if word.kind == "letters":
        # each letter is said in full and stressed (IBM: ai bi em)
        return [(o, c, v, 1 if c else -1) for ch in word.letters for o, c, v, _ in _stressed_slots(letter_word(ch))]
    slots = zh.syllables(word)
    units = [u for u in word.units if u.phone]
    vowels = [u for k, u in enumerate(units) if u.vowel and not unwritten_schwa(units, k)]
    out, at, last = [], 0, ""
    for onset, col in slots:
        stress = -1
        if col and last == "ɔɪ" and (onset, col) == ("", "i"):
            phone = "ɪ"  # the glide half of /ɔɪ/ (its own slot)
            stress = 0
        elif (col or (onset == "" and at < len(vowels) and vowels[at].phone == "ɚ")) and at < len(vowels):
            phone, stress, at = vowels[at].phone, max(0, vowels[at].stress), at + 1
        else:
            phone = ""
        last = phone
        out.append((onset, col, phone, stress if col else -1))
    return out


READINGS = ("english", "spelled")
"""How the name's letters are read before transliteration: ``english`` (the intended English
pronunciation) and ``spelled`` (the continental letter values: plain vowels, every letter said —
how many Italian, French, German and Spanish brands reached Chinese: Nivea 妮维雅, Kia 起亚)."""


@functools.lru_cache(maxsize=512)
def _analyse(name: str, reading: str = "english", language: str | None = None) -> _Analysis:
    """The name's slots in one reading (:data:`READINGS`); ``language`` (``it``, ``fr``…) reads
    the letters with that language's rules instead (the source language, when the user knows it)."""
    from ..markets import get
    from ..names import parse
    from ..phonetics.score import analyze_source
    from ..phonetics.scripts import chinese as zh
    from ..phonetics.scripts._common import words_of
    from ..phonetics.source import intended

    candidate = parse(name)
    source = intended(candidate.text, source_language=language)
    if reading == "spelled":
        source = _spelled(source)
    source = _nasals_opened(source)
    words = words_of(source)
    # a connector between words is not said in a Chinese name (Dolce & Gabbana 杜嘉班纳, Procter &
    # Gamble 宝洁): & and a middle "and" are left out, like the space
    inner = range(1, len(words) - 1)
    spoken = [w for k, w in enumerate(words) if not (k in inner and (w.kind == "symbol" or w.letters == "and"))]
    words = spoken or words
    voiced: list[tuple[str, str, str, int]] = []
    starts: set[int] = set()
    spans: list[tuple[str, int, int]] = []  # (letters, first slot, end) of each word that is said
    for w in words:
        if voiced and w.kind != "symbol":
            starts.add(len(voiced))
        begin = len(voiced)
        voiced += _stressed_slots(w)
        if len(voiced) > begin:
            spans.append((w.letters, begin, len(voiced)))
    slots = [(onset, col) for onset, col, _, _ in voiced]
    vowels = [v for _, _, v, _ in voiced]
    stresses = [st for _, _, _, st in voiced]
    if not slots:
        raise InvalidNameError(f"{name!r} has nothing Mandarin can say (no pronounceable letters)")
    if len(slots) == 1 and slots[0][1] in ("in", "ing", "an", "ang", "en", "ong", "un"):
        # one closed syllable: its nasal may open a second one (Bing 必应 bì yìng)
        onset, col = slots[0]
        slots = [(onset, {"in": "i", "ing": "i", "an": "a", "ang": "a", "en": "e", "ong": "o", "un": "u"}[col]),
                 ("", col)]
        vowels = [vowels[0], ""]
        stresses = [stresses[0], 0]
    mac = bool(words) and words[0].letters.startswith(("mc", "mac"))
    standard_full = zh.spell(slots, mac=mac)
    sylls = []
    for k, (onset, col) in enumerate(slots):
        std = standard_full[k]
        pin = _reading(std)[0]
        opts = list(_options(onset, col, k == len(slots) - 1))
        if pin not in dict(opts):
            opts.insert(0, (pin, 1.0))
        opts = _with_conventions(opts, onset, col, vowels[k], k, k == len(slots) - 1, stresses[k])
        if onset == "" and col == "a" and k and slots[k - 1][1] in ("i", "in", "ing", "e", "ei"):
            opts.insert(1, ("ya", 0.95))  # a after i or e glides: -ia, -ea are 亚/雅 (Nokia 诺基亚, Nivea 妮维雅)
        # the first syllable carries recognition and stays; vowel-less consonants and the rest may go
        sylls.append(_Syl(onset, col, std, pin, tuple(opts), k > 0, stresses[k], k in starts))
    spellings = [standard_full]
    # a given name, surname or place with a usual Chinese form keeps it, the other words their grid
    # spelling (Hugo Boss 雨果博斯, John Deere 约翰迪尔)
    if len(spans) == 1:
        spans = [(spans[0][0], 0, len(slots))]  # the one closed syllable may have opened a second
    usual = zh.usual_forms([w for w, _, _ in spans])
    listed = ("".join(forms[0] if forms else standard_full[a:b] for forms, (_, a, b) in zip(usual, spans))
              if any(usual) else "")
    adapted = analyze_source(source, get("zh"), ()).fidelity
    english = _segmentations(candidate.text)
    return _Analysis(candidate.text, source, tuple(sylls), tuple(dict.fromkeys(spellings)), adapted, english,
                     listed=listed)


def _nasals_opened(source):
    """``source`` with each nasal vowel said as vowel + n (French ɑ̃ ɔ̃ ɛ̃: Lancôme 兰蔻, Lanvin
    浪凡, Longchamp 珑骧): Mandarin has no nasal vowels, only a nasal coda."""
    from ..phonetics.source_types import Source, SourceWord

    if not any("\u0303" in seg for seg in source.ipa):
        return source
    words = []
    for w in source.words:
        segs: list[str] = []
        for seg in w.ipa:
            segs += [seg.replace("\u0303", ""), "n"] if "\u0303" in seg else [seg]
        words.append(SourceWord(w.spelling, tuple(segs), None, w.kind, None))
    return Source(source.name, source.language, tuple(words))


def _spelled(source):
    """``source`` with every word read by its letters' continental values (a letter word, a number
    or a word in another script stays as it is)."""
    from ..phonetics.scripts._common import continental
    from ..phonetics.source_types import Source, SourceWord

    words = []
    for w in source.words:
        said = continental(w.spelling) if w.kind in ("dictionary", "g2p") else None
        if said is None:
            words.append(w)
            continue
        phones = tuple(u.phone for u in said.units if u.phone)
        stress = next((k for k, u in enumerate(u for u in said.units if u.phone) if u.stress == 1), None)
        words.append(SourceWord(w.spelling, phones, None, "g2p", stress))
    return Source(source.name, source.language, tuple(words))


def _cluster_reduced(analysis: _Analysis) -> _Analysis | None:
    """The analysis with an opening consonant + l/r cluster said as one syllable: the liquid goes
    and the first consonant takes its vowel (Kraft 卡夫, Crest 佳洁士, Breitling 百年灵), a common
    way chosen names keep to two or three characters. None when the name does not open so."""
    sylls = analysis.syllables
    if len(sylls) < 3 or sylls[0].column != "" or sylls[1].onset not in ("l", "ɹ") or not sylls[1].column:
        return None
    first, liquid = sylls[0], sylls[1]
    opts = _with_conventions(list(_options(first.onset, liquid.column)), first.onset, liquid.column, "", 0)
    # the cluster loses a sound: every option a little further from the name than the grid's own
    opts = [(syl, round(close * _CLUSTER_CLOSE, 4)) for syl, close in opts]
    merged = _Syl(first.onset, liquid.column, first.standard, opts[0][0], tuple(opts), False, liquid.stress)
    return replace(analysis, syllables=(merged,) + sylls[2:], merged_away=(liquid.pinyin,))


def _nasal_merged(analysis: _Analysis) -> _Analysis | None:
    """The analysis with each vowel-less m closing the syllable before it as a nasal coda (Amway
    安利, Amgen 安进, Jim Beam 金宾): Mandarin's only codas are n and ng, and the Xinhua rule that m
    before b, p is n is widened this way in many brand names. None when no such m follows a vowel."""
    from ..phonetics.scripts.chinese import _NASAL

    sylls = list(analysis.syllables)
    out: list[_Syl] = []
    merged_away: list[str] = []
    for k, syl in enumerate(sylls):
        prev = out[-1] if out else None
        if prev is not None and syl.onset == "m" and syl.column == "" and (prev.column, "n") in _NASAL:
            col = _NASAL[(prev.column, "n")]
            opts = _with_conventions(list(_options(prev.onset, col, k == len(sylls) - 1)), prev.onset, col, "", len(out) - 1)
            opts = [(p, round(close * _CLUSTER_CLOSE, 4)) for p, close in opts]
            out[-1] = replace(prev, column=col, pinyin=opts[0][0], options=tuple(opts))
            merged_away.append(syl.pinyin)
            continue
        out.append(syl)
    if not merged_away or len(out) < 2:
        return None
    return replace(analysis, syllables=tuple(out), merged_away=analysis.merged_away + tuple(merged_away))


def _name_words(name: str) -> tuple[str, ...]:
    """The name's words, folded to letters, CamelCase parts apart (BlackBerry: black, berry) and a
    possessive 's left out (McDonald's): where a translated word may start or end."""
    from ..names import fold

    out = []
    for token in re.split(r"[^\w]+|\d+|_", re.sub(r"['’]s\b", "", name)):
        for part in re.split(r"(?<=[a-z])(?=[A-Z])", token):
            letters = re.sub(r"[^a-z]", "", fold(part))
            if letters:
                out.append(letters)
    return tuple(out)


_PLURAL = ("s", "es")
"""Endings a word may add to a morpheme of the table (Motors: motor, Origins: origin)."""


def _word_segmentations(word: str, table: Mapping[str, object]) -> list[tuple[str, ...]]:
    """Ways to cut one word into morphemes of the table, a plural ending allowed at its end."""
    best: list[list[tuple[str, ...]]] = [[] for _ in range(len(word) + 1)]
    best[0] = [()]
    for i in range(len(word)):
        if not best[i]:
            continue
        for j in range(i + 2, min(len(word), i + 12) + 1):
            piece = word[i:j]
            if piece in table:
                for prefix in best[i][:3]:
                    best[j].append(prefix + (piece,))
    out = list(best[len(word)])
    for ending in _PLURAL:
        cut = len(word) - len(ending)
        if cut > 2 and word.endswith(ending):
            out += [p for p in best[cut] if p]
    return sorted(set(out), key=len)[:3]


def _person_words(words: Sequence[str], table: Mapping[str, object]) -> set[str]:
    """Words of the name read as a person's name, not translated: listed given names and surnames
    (:func:`~brandcheck.phonetics.scripts.chinese.personal_forms`), and a surname that is also a
    word (brown, stone) beside a word the table cannot translate (a given name it does not list)."""
    from ..phonetics.scripts.chinese import name_and_word, personal_forms

    person = {w for w, forms in zip(words, personal_forms(words)) if forms}
    if len(words) > 1:
        plain = [w for w in words if not _word_segmentations(w, table)]
        person |= {w for w in words if name_and_word(w) and any(o != w for o in plain)}
    return person


def _segmentations(name: str) -> tuple[tuple[str, ...], ...]:
    """Ways to cut the name into morphemes of morphemes.tsv, word by word (fewest pieces first)."""
    table = _morphemes()
    words = _name_words(name)
    if not words or not table or _person_words(words, table):
        return ()  # a person's name (Johnny Walker) is said, not translated
    found: list[tuple[str, ...]] = [()]
    for word in words:
        cuts = _word_segmentations(word, table)
        if not cuts:
            return ()
        found = [f + c for f in found for c in cuts][:9]
    return tuple(sorted(set(found), key=len)[:3])


# --------------------------------------------------------------------------------------------------
# Scoring pieces


def _sound(analysis: _Analysis, pinyins: Sequence[str]) -> float:
    """The fidelity ``check`` would give this rendering (see :mod:`brandcheck.phonetics.score`)."""
    from ..phonetics.features import broad, ipa_similarity

    ipa = tuple(seg for p in pinyins for seg in _syllable_ipa(p))
    own = ipa_similarity(broad(analysis.source.ipa), broad(ipa)) if ipa else 0.0
    return round(0.5 * analysis.adapted_fidelity + 0.5 * own, 4)


@dataclass(frozen=True, slots=True)
class _Wants:
    sector: str | None
    tags: frozenset[str]
    keywords: tuple[str, ...]
    keyword_chars: frozenset[str]


def _wants(sector: str | None, keywords: Sequence[str]) -> _Wants:
    tags = set(SECTOR_TAGS.get(sector or "", ()))
    chars: set[str] = set()
    words = tuple(k.strip().lower() for k in keywords if k and k.strip())
    table = _morphemes()
    for k in words:
        if k in TAGS:
            tags.add(k)
        for m in table.get(k, ()):
            tags |= m.tags
            chars.update(c for c in m.chinese if _is_han(c))
        # characters whose gloss names the keyword ("speed", "clean")
        for c in _chars().values():
            if c.polarity != "negative" and re.search(rf"\b{re.escape(k)}", c.gloss):
                chars.add(c.char)
    return _Wants(sector, frozenset(tags), words, frozenset(chars))


_BRAND_TAG = 0.2
_BRAND_TOP = 0.15
_BRAND_STEP = 0.025
"""The fit bonus of a character usual in foreign brand names: :data:`_BRAND_TAG` for the ``brand``
tag (the commonest of all, 克 斯 达 丽: it favours their syllables too), and a graded prior among
the characters of one syllable (brand_characters.tsv): rank 1 gets :data:`_BRAND_TOP`, each rank
below :data:`_BRAND_STEP` less (斯 > 思 > 丝 for si)."""


def _brand_prior(c: _Char) -> float:
    rank = _brand_ranks().get(c.char)
    graded = 0.0 if rank is None else max(0.0, _BRAND_TOP - _BRAND_STEP * (rank - 1))
    return graded + (_BRAND_TAG if "brand" in c.tags else 0.0)


def _char_fit(c: _Char | None, wants: _Wants) -> float:
    if c is None:
        return 0.3
    value = {"positive": 0.55, "neutral": 0.35}.get(c.polarity, 0.0)
    if c.tags & wants.tags:
        value += 0.25 + 0.05 * min(2, len(c.tags & wants.tags) - 1)
    elif c.tags - {"feminine", "brand"}:
        value += 0.05  # a pleasant meaning, if not the sector's own
    value += _brand_prior(c)  # reads like a foreign brand's name, the more the commoner
    if c.register == "literary":
        value -= 0.12  # harder to read for many customers
    if c.char in wants.keyword_chars:
        value += 0.2
    if wants.sector and wants.sector in c.sectors:
        value += 0.1
    if wants.sector and wants.sector in c.avoid_sectors:
        value -= 0.35
    if "feminine" in c.tags and wants.sector in _MASCULINE_SECTORS:
        value -= 0.2
    return max(0.0, min(1.0, value))


def _fit(text: str, wants: _Wants) -> float:
    table = _chars()
    per = [_char_fit(table.get(c), wants) for c in text]
    value = sum(per) / len(per)
    words = _words()[0]
    for i in range(len(text) - 1):
        w = words.get(text[i:i + 2])
        if w is not None and w.polarity == "positive":
            value += 0.15  # reads as a real, pleasant word (可口, 宜家)
    return round(max(0.0, min(1.0, value)), 4)


_LEVEL = {1: "平", 2: "平", 3: "仄", 4: "仄", 5: "轻"}


def _euphony_tones(text: str) -> tuple[int, ...]:
    """The citation tones of a proposal's characters (their brand readings)."""
    return tuple(_reading(c)[1] for c in text)


def _euphony(tones: Sequence[int]) -> tuple[float, str, list[NameWarning]]:
    """Score, note and warnings for a tone pattern (research note §4: a high first tone, few third
    tones, no 3-3, no three identical tones in a row; a level ending)."""
    score = 0.7
    notes: list[str] = []
    warnings: list[NameWarning] = []
    if tones and tones[0] == 1:
        score += 0.1
    score -= 0.05 * sum(1 for t in tones if t == 3)
    for i in range(len(tones) - 1):
        if tones[i] == tones[i + 1] == 3:
            score -= 0.1
            if "3-3 sandhi" not in " ".join(notes):
                notes.append("3-3 sandhi: the first third tone is said as a second")
                warnings.append(NameWarning("T3_RUN", "info", "two third tones in a row: the first is said as a "
                                            "second tone, so the name sounds different from its spelling"))
    runs = [i for i in range(len(tones) - 2) if tones[i] == tones[i + 1] == tones[i + 2]]
    if runs:
        score -= 0.3
        notes.append("three identical tones in a row")
        warnings.append(NameWarning("SAME_TONE_RUN", "low",
                                    f"three tone-{tones[runs[0]]} syllables in a row are flat and hard to say"))
    if len(tones) >= 2 and len({_LEVEL[t] for t in tones}) > 1:
        score += 0.1
        notes.append("level and oblique tones alternate" if len(tones) > 2 else "mixed level/oblique tones")
    if tones and tones[-1] in (1, 2):
        score += 0.05
    pattern = "-".join(str(t) for t in tones)
    levels = "".join(_LEVEL[t] for t in tones)
    note = f"tones {pattern} ({levels})" + ("; " + "; ".join(notes) if notes else "")
    return max(0.0, min(1.0, round(score, 4))), note, warnings


def _screen(text: str, sylls: Sequence[str], tones: Sequence[int], name: str) -> list[NameWarning] | None:
    """Warnings for one proposal; None when it must not be proposed (an avoid-list character)."""
    from ..meanings.chinese import homophone_hits
    from ..meanings.lexicon import lexicon
    from ..phonetics.scripts.chinese import to_traditional

    table = _chars()
    if any(c in avoid_list() for c in text):
        return None
    out: list[NameWarning] = []
    # every adjacent pair (and triple) against the negative words
    _, negative, merged = _words()
    for n in (2, 3):
        for i in range(len(sylls) - n + 1):
            window = sylls[i:i + n]
            exact = negative.get("".join(window), ())
            accent = [w for w in merged.get("".join(_merge(x) for x in window), ()) if w not in exact]
            for w, by_accent in [(w, False) for w in exact] + [(w, True) for w in accent]:
                if w.word == text[i:i + n]:
                    return None  # the proposal *is* the negative word
                # a neutral tone in the word matches any tone
                same = all(wt in (5, t) for wt, t in zip(w.tones, tones[i:i + n]))
                level = 2 + (w.severity >= 3) + (w.severity >= 4 or same) - by_accent
                sev = ("low", "low", "medium", "high")[max(0, min(3, level - 1))]
                where = " in accents that merge zh/z, sh/s, n/l or -ng/-n" if by_accent else ""
                out.append(NameWarning("NEG_PAIR", sev,
                                       f"{text[i:i + n]} ({' '.join(window)}) sounds like {w.word} "
                                       f"'{w.gloss}'" + (" in the same tones" if same else " (other tones)") + where))
    seen_words = {m.message for m in out}
    for hit, extra in homophone_hits(text, lexicon("zh")):
        if hit is not None:
            e = hit.entry
            if e.severity <= 0:
                continue
            msg = f"{hit.matched} ({' '.join(extra.get('syllables', ()))}) sounds like {e.native} '{e.gloss}'"
            if msg not in seen_words:
                seen_words.add(msg)
                out.append(NameWarning("NEG_WORD", "medium" if e.severity >= 3 else "low", msg))
            continue
        sev = int(extra["severity"])
        if sev >= 3 and extra["same_tone"]:
            level = "medium"
        elif sev >= 4:
            level = "low"
        else:
            continue
        out.append(NameWarning("NEG_HOMOPHONE", level,
                               f"{extra['char']} ({extra['syllable']}) is also the sound of {extra['sounds_like']} "
                               f"'{extra['gloss']}'" + (" in the same tone" if extra["same_tone"] else
                                                        " (another tone)")))
    clash = _brand_clash(text)
    if clash is not None:
        from ..names import fold

        form, brand = clash
        own = fold(brand).replace(" ", "") == fold(name).replace(" ", "")
        out.append(NameWarning("BRAND", "info" if own else "high",
                               f"{text} {'is' if form in (text, to_traditional(text)) else 'overlaps'} {form}, the "
                               f"Chinese name of {brand}" + (" (this name's own)" if own else ": a trademark conflict")))
    out += _polyphone_warnings(text, sylls, tones)
    rare = [c for c in text if (table.get(c) and table[c].register in ("rare", "literary"))]
    if rare:
        out.append(NameWarning("RARE_CHAR", "info", f"{''.join(rare)}: literary, harder to read and type"))
    return out


def _meaning(text: str, glosses: Sequence[str], kind: NameKind) -> str:
    words = _words()[0]
    parts: list[str] = []
    i = 0
    while i < len(text):
        w = words.get(text[i:i + 2])
        if w is not None and w.polarity == "positive":
            parts.append(w.gloss)
            i += 2
            continue
        parts.append(re.sub(r"\s*\(.*?\)", "", glosses[i].split(";")[0].split(",")[0]).strip())
        i += 1
    reading = " + ".join(p for p in parts if p)
    if kind is NameKind.PHONETIC:
        return f"sound only; the characters read {reading}"
    return reading


def _build(text: str, kind: NameKind, analysis: _Analysis, wants: _Wants, dropped: tuple[str, ...] = (),
           meaning: str | None = None, closeness: float = 1.0, glosses: dict[str, str] | None = None,
           translated: bool = False, readings: Sequence[tuple[str, int]] | None = None) -> ChineseName | None:
    """One screened proposal (None when screening rejects it). ``closeness`` (0–1) is how near the
    syllables are to the standard transliteration, slot by slot (a dropped syllable counts 0, a
    dropped vowel-less consonant 0.5): ranking weighs it with ``sound``, which compares whole
    transcriptions and cannot tell b from p; ``glosses`` gives glosses for characters the table
    lacks (from morphemes); ``readings`` the (syllable, tone) of each character when the name as a
    whole fixes them (an existing name: 欧米茄 ōu mǐ jiā), else each character's brand reading."""
    from ..phonetics.scripts.chinese import to_traditional

    text = "".join(c for c in text if _is_han(c))
    if not text:
        return None
    readings = list(readings) if readings is not None else [_reading(c) for c in text]
    sylls = [r[0] for r in readings]
    tones = [r[1] for r in readings]
    warnings = _screen(text, sylls, tones, analysis.name)
    if warnings is None:
        return None
    euph, note, tone_warnings = _euphony(tones)
    if kind in (NameKind.PHONO_SEMANTIC, NameKind.SEMANTIC) and any(w.code == "SAME_TONE_RUN" for w in tone_warnings):
        return None  # a chosen name never has three identical tones in a row (the standard one is only warned)
    warnings += tone_warnings
    if wants.sector in _MASCULINE_SECTORS and any("feminine" in (_chars().get(c) or _NO).tags for c in text):
        warnings.append(NameWarning("SECTOR_MISMATCH", "low", f"{text} has feminine characters for a "
                                    f"{wants.sector} name"))
    table = _chars()
    extra = glosses or {}
    glosses_ = tuple(table[c].gloss if c in table else extra.get(c, "(transliteration)") for c in text)
    sound = _sound(analysis, sylls)
    fit = _fit(text, wants)
    if (kind is NameKind.SEMANTIC and meaning) or translated:
        fit = min(1.0, fit + 0.25)  # it says what the name itself says (微软), or what the user asked for
    ws, wf, we = _WEIGHTS[kind]
    penalty = sum(_PENALTY[w.severity] for w in warnings)
    length = len(text)
    # 2–4 characters read as a name; longer transliterations are hard to remember (research §1)
    length_cost = 0.04 * max(0, length - _MAX_CHARS) + (_ONE_CHAR if length == 1 else 0.0)
    if kind is not NameKind.PHONETIC:
        length_cost += _LONG_COST * max(0, length - 3)  # chosen names keep to two or three characters
    if kind is NameKind.PHONO_SEMANTIC and length in (2, 3):
        length_cost -= 0.03  # chosen names are mostly two or three characters (Huang & Chan 2005)
    if kind is not NameKind.SEMANTIC and not (kind is NameKind.PHONETIC and not dropped):
        # a chosen name has about one character per English vowel: consonants without a vowel of
        # their own are mostly left out (宾利, 百事, 雷达), so each one kept costs a little
        length_cost += _EXTRA_CHAR * max(0, length - analysis.vowel_target)
    heard = 0.5 * sound + 0.5 * closeness
    score = max(0.0, min(1.0, ws * heard + wf * fit + we * euph - penalty - length_cost))
    return ChineseName(
        text=text, traditional=to_traditional(text), pinyin=" ".join(tone_marked(s, t) for s, t in zip(sylls, tones)),
        glosses=glosses_, meaning=meaning or _meaning(text, glosses_, kind), kind=kind, sound=round(sound, 3),
        fit=round(fit, 3), score=round(score, 3), dropped=dropped, euphony=note, warnings=tuple(warnings))


_NO = _Char("", "", 5, "", "neutral", 0, frozenset(), frozenset(), frozenset(), "common")


# --------------------------------------------------------------------------------------------------
# Generators


def _kept_share(sylls: Sequence[_Syl], kept: Sequence[int]) -> float:
    """Closeness of a spelling that keeps the standard characters of ``kept`` slots only."""
    lost = sum(1.0 - _drop_kept(s) for k, s in enumerate(sylls) if k not in kept)
    return 1.0 - lost / len(sylls)


# What leaving a slot out costs, by what it carries: a consonant without a vowel of its own is
# epenthetic in Mandarin (Bentley 宾利 drops the t), an unstressed vowel is weak in English too
# (Colgate, Heineken), a stressed one carries the name and is rarely dropped.
_DROP_COST = {-1: 0.25, 0: 0.35, 2: 0.5, 1: 0.8}
_DROP_KEPT = {-1: 0.5, 0: 0.3, 2: 0.1, 1: 0.0}
_WORD_START_COST = 0.5


def _drop_cost(syl: _Syl) -> float:
    """Beam cost of dropping ``syl`` (a consonant slot counts as bare whatever its stress field);
    the first slot of each later word costs more: a name of several words keeps a syllable of each
    (Goldman Sachs 高盛, Procter & Gamble 宝洁, Ernst & Young 安永)."""
    return _DROP_COST[-1 if syl.column == "" else syl.stress] + (_WORD_START_COST if syl.word_start else 0.0)


def _drop_kept(syl: _Syl) -> float:
    """How much of ``syl``'s sound a name that drops it still conveys (slot closeness, 0–1)."""
    return _DROP_KEPT[-1 if syl.column == "" else syl.stress]


def _phonetic(analysis: _Analysis, wants: _Wants) -> list[ChineseName]:
    out = []
    sylls = analysis.syllables
    if analysis.listed:
        out.append(_build(analysis.listed, NameKind.PHONETIC, analysis, wants))

    for spelling in analysis.standard:
        out.append(_build(spelling, NameKind.PHONETIC, analysis, wants))
        # professional names drop trailing vowel-less consonants (Starbucks 星巴克, Reebok 锐步)
        keep = len(spelling)
        while keep > 2 and sylls[keep - 1].column == "":
            keep -= 1
            out.append(_build(spelling[:keep], NameKind.PHONETIC, analysis, wants,
                              tuple(s.pinyin for s in sylls[keep:]), closeness=_kept_share(sylls, range(keep))))
        # the usual compact form: consonants without a vowel of their own go, except the hissing
        # ones (斯, 士) and 尔 (Bentley 宾利 not 本特利, Lipton 立顿, Kodak 柯达; Tesla 特斯拉 keeps 斯)
        compact = [k for k, s in enumerate(sylls) if k == 0 or s.column != "" or s.onset in _KEPT_CODAS]
        if 2 <= len(compact) < len(spelling):
            out.append(_build("".join(spelling[k] for k in compact), NameKind.PHONETIC, analysis, wants,
                              tuple(s.pinyin for k, s in enumerate(sylls) if k not in compact),
                              closeness=_kept_share(sylls, compact)))
        if len(spelling) > _MAX_CHARS:
            chosen = [k for k, s in enumerate(sylls) if k == 0 or s.column != ""][:_MAX_CHARS]
            text = "".join(spelling[k] for k in chosen)
            out.append(_build(text, NameKind.PHONETIC, analysis, wants,
                              tuple(s.pinyin for k, s in enumerate(sylls) if k not in chosen),
                              closeness=_kept_share(sylls, chosen)))
    return [p for p in out if p is not None]


_KEPT_CODAS = frozenset({"s", "z", "ʃ", "θ", "l", "ɹ", ""})
"""Vowel-less consonants a compact transliteration keeps (斯, 士, 尔)."""

_DROP_BARE = 0.25
_DROP_VOWEL = 0.6
"""What dropping a slot costs in the beam: a consonant without a vowel of its own, a syllable."""
_BEAM = 160
_SECOND_BEAM = 30
"""A second reading fills a few places: a narrower beam is enough (and keeps calls fast)."""
_PER_SLOT = 10
_PER_SOUND = 3


def _slot_chars(syl: _Syl, wants: _Wants, first: bool, exact: bool = False) -> list[tuple[float, float, _Char]]:
    """The best characters for one slot: (value, closeness, char) by closeness of sound and fit;
    ``exact``: only the standard syllable and the conventions beside it (closeness ≥ 0.9)."""
    scored = []
    for pin, close in syl.options[:12]:
        if (first and close < _FIRST_NEAR) or (exact and close < 0.9):
            continue
        for c in _by_syllable().get(pin, ()):
            fit = _char_fit(c, wants)
            value = 0.7 * close + 0.3 * fit + (0.05 if first and c.tone == 1 else 0.0)
            scored.append((value, close, c))
    scored.sort(key=lambda vc: (-vc[0], vc[2].char))
    return scored[:_PER_SLOT]


def _phono_semantic(analysis: _Analysis, wants: _Wants, exact: bool = False, beam_size: int = 0
                    ) -> list[ChineseName]:
    """Beam search over the slots: a character of a near syllable, or the slot dropped. With
    ``exact`` the syllables stay those of the standard transliteration and only the characters
    change (Walmart 沃尔玛, Oreo 奥利奥: the usual way foreign brands are written)."""
    sylls = analysis.syllables
    n = len(sylls)
    lo = min(2, n)
    options = [_slot_chars(s, wants, k == 0, exact) for k, s in enumerate(sylls)]
    # beam over (chars, dropped, partial score)
    beam: list[tuple[float, str, tuple[str, ...], float]] = [(0.0, "", (), 0.0)]
    # room kept for the first syllable of every later word (General Motors keeps a 莫 for Motors)
    starts_after = [sum(1 for s in sylls[k + 1:] if s.word_start) for k in range(n)]
    for k, syl in enumerate(sylls):
        nxt: list[tuple[float, str, tuple[str, ...], float]] = []
        remaining = n - k - 1
        room = _MAX_CHARS - starts_after[k]
        for value, text, dropped, close in beam:
            if syl.droppable and len(text) + remaining >= lo:
                nxt.append((value - _drop_cost(syl), text, dropped + (syl.pinyin,), close + _drop_kept(syl)))
            if len(text) < room or (len(text) < _MAX_CHARS and syl.word_start):
                for v, c_close, c in options[k]:
                    if c.char in text:
                        continue
                    nxt.append((value + v, text + c.char, dropped, close + c_close))
        nxt.sort(key=lambda t: (-t[0], t[1]))
        beam, per_sound = [], {}
        for state in nxt:
            heard = tuple(_reading(c)[0] for c in state[1])
            if per_sound.get(heard, 0) < _PER_SOUND:  # variety of sound, not only of glyphs
                per_sound[heard] = per_sound.get(heard, 0) + 1
                beam.append(state)
                if len(beam) == (beam_size or _BEAM):
                    break
    out = []
    seen = set()
    starts: dict[str, int] = {}
    for _, text, dropped, close in beam:
        start = tuple(_reading(c)[0] for c in text[:2])
        if text in seen or not lo <= len(text) <= _MAX_CHARS or starts.get(start, 0) >= 4:
            continue  # four finished names per opening sound: the rest of the beam adds variety
        seen.add(text)
        starts[start] = starts.get(start, 0) + 1
        p = _build(text, NameKind.PHONO_SEMANTIC, analysis, wants, analysis.merged_away + dropped,
                   closeness=close / n)
        if p is not None:
            out.append(p)
    return out


_BRAND_SUFFIX = "牌"
_ONE_WORD_COST = 0.1
"""'brand, trademark': made a one-character translation a name (Shell 壳牌, Camel 骆驼牌)."""


def _semantic(analysis: _Analysis, wants: _Wants) -> list[ChineseName]:
    table = _morphemes()
    out: list[ChineseName | None] = []
    for pieces in analysis.english:
        if len(pieces) == 1 and len(pieces[0]) < 4:
            continue  # a short word alone (Go, Sun) is a coincidence more often than a meaning
        choices: list[list[_Morpheme]] = [list(table[p][:2]) for p in pieces]
        combos: list[list[_Morpheme]] = [[]]
        for ch in choices:
            combos = [c + [m] for c in combos for m in ch][:8]
        for combo in combos:
            text = "".join(m.chinese for m in combo)
            if len(text) > _MAX_CHARS + 1:
                continue
            meaning = " ".join(m.gloss for m in combo)
            glosses = {c: m.gloss for m in combo for c in m.chinese}
            made = [_build(text, NameKind.SEMANTIC, analysis, wants, meaning=meaning, closeness=0.0,
                           glosses=glosses)]
            if len(text) == 1:
                # one character is no name; "X brand" is the old Chinese way of making it one (壳牌)
                made.append(_build(text + _BRAND_SUFFIX, NameKind.SEMANTIC, analysis, wants,
                                   meaning=f"{meaning} brand", closeness=0.0, glosses=glosses))
            if len(pieces) == 1:
                # a name that is one everyday word (Smart, Metro) mostly keeps its sound in China:
                # its plain translation is offered, below the names that sound like it
                made = [replace(p, score=round(max(0.0, p.score - _ONE_WORD_COST), 3)) if p else p for p in made]
            out += made
    # from the keywords: a modifier + head of two keyword morphemes (快 + 家), else keyword + sector
    kw = [table[k][0] for k in wants.keywords if k in table]
    for i in range(len(kw)):
        for j in range(len(kw)):
            if i != j and len(kw[i].chinese) + len(kw[j].chinese) <= _MAX_CHARS:
                out.append(_build(kw[i].chinese + kw[j].chinese, NameKind.SEMANTIC, analysis, wants,
                                  meaning=f"{kw[i].gloss} {kw[j].gloss}", closeness=0.0,
                                  glosses={c: m.gloss for m in (kw[i], kw[j]) for c in m.chinese}))
    return [p for p in out if p is not None]


_INNER_MIN = 4
"""Within one written word, a translated part and the sound part beside it have this many letters
at least (Star|lumo, Star|bucks): a short word inside a longer one is more often chance (cast in
Castrol, nut in Nutella) than a meaning the name's makers put there."""


def _inner_word(letters: str, at: int, size: int, ends: set[int], word_first: bool,
                table: Mapping[str, object]) -> bool:
    """Whether a cut at ``at`` inside a written word may translate the part of ``size`` letters on
    one side (the left one when ``word_first``) and say the other: both long enough (see
    :data:`_INNER_MIN`), and the said part an English word or free of another word of the table
    at its edges (Herb|alife and Herba|life half-say a second word: the name is herb + a + life)."""
    from ..phonetics.source import cmu_lookup

    start, end = max(e for e in ends if e < at), min(e for e in ends if e > at)
    if size < _INNER_MIN or min(at - start, end - at) < _INNER_MIN:
        return False
    said = letters[at:end] if word_first else letters[start:at]
    if cmu_lookup(said):
        return True
    return not any(said[:i] in table or said[-i:] in table for i in range(3, len(said)))


def _hybrid(analysis: _Analysis, wants: _Wants) -> list[ChineseName]:
    """An English word at the start or end of the name by meaning, the rest by sound (Starbucks
    星巴克: star 星 + 巴克 for "bucks"): phono-semantic proposals."""
    from ..phonetics.scripts import chinese as zh
    from ..phonetics.scripts._common import words_of
    from ..phonetics.source import intended

    words = _name_words(analysis.name)
    table = _morphemes()
    person = _person_words(words, table)
    letters = "".join(words)
    ends = {sum(len(w) for w in words[:i]) for i in range(len(words) + 1)}
    out: list[ChineseName | None] = []
    for cut in range(3, len(letters) - 2):
        for word, rest, word_first in ((letters[:cut], letters[cut:], True), (letters[-cut:], letters[:-cut], False)):
            if word not in table or len(rest) < 3 or word in person:
                continue
            at = cut if word_first else len(letters) - cut
            if at not in ends and not _inner_word(letters, at, len(word), ends, word_first, table):
                continue
            try:
                slots = [s for w in words_of(intended(rest)) for s in _word_slots(w)]
            except BrandcheckError:
                continue
            if not slots:
                continue
            sound = zh.spell(slots)
            while len(sound) > 2 and slots[len(sound) - 1][1] == "":
                sound = sound[:-1]  # a trailing bare consonant goes (巴克 for "bucks")
            for m in table[word][:2]:
                text = m.chinese + sound if word_first else sound + m.chinese
                if len(text) > _MAX_CHARS:
                    continue
                said = f"'{rest}' in sound"
                meaning = f"{m.gloss} + {said}" if word_first else f"{said} + {m.gloss}"
                # closeness: the sound part as transliterated, the translated part half-way
                close = (len(sound) + 0.5 * len(m.chinese)) / (len(sound) + len(m.chinese))
                out.append(_build(text, NameKind.PHONO_SEMANTIC, analysis, wants, meaning=meaning, closeness=close,
                                  glosses={c: m.gloss for c in m.chinese}, translated=True))
    return [p for p in out if p is not None]


def _known(name: str, analysis: _Analysis, wants: _Wants) -> ChineseName | None:
    from ..similarity.brands import brand_by_name

    record = brand_by_name(name)
    if record is None:
        return None
    for alias in record.aliases:
        if alias and all(_is_han(c) for c in alias):
            from pypinyin import Style, pinyin

            # read as a word (pypinyin's phrase readings), not character by character
            said = [r[0] for r in pinyin(alias, style=Style.TONE3, neutral_tone_with_five=True)]
            readings = [(r.rstrip("012345").replace("ü", "v"), int(r[-1]) if r[-1].isdigit() else 5) for r in said]
            p = _build(alias, NameKind.KNOWN, analysis, wants, meaning=None, closeness=0.5, readings=readings)
            if p is not None:
                from dataclasses import replace

                return replace(p, meaning=f"the Chinese name of {record.name}: {p.meaning}",
                               warnings=tuple(w for w in p.warnings if w.code != "BRAND"))
    return None


def _rank(found: Iterable[ChineseName], k: int, diverse: bool, standard: str = "",
          one_word: bool = False) -> list[ChineseName]:
    """Best first, few spellings per sound; ``standard`` (toneless syllables of the standard
    transliteration) may have two spellings more: most real names keep those syllables and choose
    only the characters (沃尔玛, 吉普)."""
    best: dict[str, ChineseName] = {}
    for p in found:
        # one record per text, the best scored; a standard transliteration stays phonetic even when
        # a phono-semantic pass found the same characters (泰德 for Tide), so the kinds stay in view
        held = best.get(p.text)
        if held is None or (p.kind is NameKind.PHONETIC) > (held.kind is NameKind.PHONETIC) \
                or ((p.kind is NameKind.PHONETIC) == (held.kind is NameKind.PHONETIC) and p.score > held.score):
            best[p.text] = p
    ordered = []
    later = []
    per_sound: dict[str, int] = {}
    per_start: dict[str, int] = {}
    ranked = _usual_second(sorted(best.values(), key=lambda p: (-p.score, -p.sound, p.text)))
    for p in ranked:
        key, start = _toneless(p.pinyin), " ".join(_toneless(p.pinyin).split()[:2])
        if per_sound.get(key, 0) >= (_SPELLINGS + 2 if key == standard else _SPELLINGS):
            continue  # at most two spellings of one sound (four of the standard one): variety, not glyphs
        per_sound[key] = per_sound.get(key, 0) + 1
        if per_start.get(start, 0) >= 2:
            later.append(p)  # and few variations on one start: shown only when nothing else is left
            continue
        per_start[start] = per_start.get(start, 0) + 1
        ordered.append(p)
    ordered += later
    if not diverse or k < 3:
        return ordered[:k]
    top = ordered[:k]
    for kind in (NameKind.PHONO_SEMANTIC, NameKind.PHONETIC, NameKind.SEMANTIC):
        if any(p.kind is kind for p in top):
            continue
        # from all proposals: the only phonetic one may spell a sound already shown often (泰德 beside 汰德)
        extra = next((p for p in ordered if p.kind is kind), None) or next((p for p in ranked if p.kind is kind), None)
        if extra is None:
            continue
        counts: dict[NameKind, int] = {}
        for p in top:
            counts[p.kind] = counts.get(p.kind, 0) + 1
        # replace the lowest proposal of the most common kind
        common = max(counts, key=lambda kd: counts[kd])
        drop = max(i for i, p in enumerate(top) if p.kind is common)
        top[drop] = extra
    top.sort(key=lambda p: (-p.score, -p.sound, p.text))
    # The plain transliteration stays in view, third at the latest, as the reference the crafted
    # names are read against (and the form a Chinese reader would guess unprompted).
    reference = next((p for p in top if p.kind is NameKind.PHONETIC), None)
    if reference is not None and top.index(reference) > 2:
        top.remove(reference)
        top.insert(2, reference)
    return _distinct_front(top, ordered, k, one_word)


def _usual(text: str) -> float:
    """How conventional a spelling is for a foreign brand: the graded prior of its characters."""
    table = _chars()
    return sum(_brand_prior(table[c]) for c in text if c in table) / len(text)


def _usual_second(ranked: list[ChineseName]) -> list[ChineseName]:
    """``ranked`` with each sound's later spellings in order of convention, not score: the best
    scored spelling of a sound stays first, the next place goes to the spelling a foreign brand
    would most usually take (卡 西 before 佳 喜), since real names are as often the plain
    spelling as the meaningful one."""
    groups: dict[str, list[ChineseName]] = {}
    for p in ranked:
        groups.setdefault(_toneless(p.pinyin), []).append(p)
    for key, group in groups.items():
        if len(group) > 2:
            groups[key] = group[:1] + sorted(group[1:], key=lambda p: (-_usual(p.text), -p.score, p.text))
    at: dict[str, int] = {}
    out = []
    for p in ranked:
        key = _toneless(p.pinyin)
        out.append(groups[key][at.get(key, 0)])
        at[key] = at.get(key, 0) + 1
    return out


_FRONT = 3
_FRONT_DEPTH = 20
_SPELLINGS = 2


def _distinct_front(top: list[ChineseName], pool: list[ChineseName], k: int,
                    one_word: bool = False) -> list[ChineseName]:
    """The first three proposals say three different syllable sequences where the pool has them:
    three glyph variants of one sound (豪娜金 豪美金 好娜金) give the reader one choice, not three.
    A repeated sound moves down, behind the next proposal that sounds different. At most two of
    the three open on the same syllable when the first :data:`_FRONT_DEPTH` proposals offer
    another opening: the first syllable carries recognition, and real names often open on a
    syllable other than the standard one (美 for Mi-, 百 for Pe-), so the front tries two."""
    front: list[ChineseName] = []
    heard: set[str] = set()
    openings: dict[str, int] = {}
    candidates = top + [q for q in pool if q not in top]
    for i, p in enumerate(candidates[:_FRONT_DEPTH]):
        key = _toneless(p.pinyin)
        opening = key.split()[0]
        if one_word and p.kind is NameKind.SEMANTIC and i > len(front):
            continue  # the translation of a one-word name (Metro 都市) is no other opening of its sound
        if key not in heard and openings.get(opening, 0) < _FRONT - 1:
            front.append(p)
            heard.add(key)
            openings[opening] = openings.get(opening, 0) + 1
            if len(front) == _FRONT:
                break
    for p in candidates:  # too few openings: fill with the next different sounds
        if len(front) == _FRONT:
            break
        if _toneless(p.pinyin) not in heard and p not in front:
            front.append(p)
            heard.add(_toneless(p.pinyin))
    out = front + [p for p in top if p not in front]
    while len(out) > k:
        # a proposal pulled forward from the pool pushes one out: the last of a kind shown twice,
        # so the kinds the diversity rule put in view stay in view
        kinds = [p.kind for p in out]
        out.pop(max((i for i, kd in enumerate(kinds) if kinds.count(kd) > 1), default=len(out) - 1))
    return out


def _toneless(pinyin: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", pinyin) if not unicodedata.combining(c))


def _generate(analysis: _Analysis, wants: _Wants, style: str, second: bool = False) -> list[ChineseName]:
    """Every proposal of ``style`` from one reading of the name; a ``second`` reading gives only
    its transliterations and its main sound-and-meaning names (it fills a few places)."""
    found: list[ChineseName] = []
    if style in ("balanced", "phonetic"):
        found += _phonetic(analysis, wants)
    if style in ("balanced", "phono-semantic"):
        found += _phono_semantic(analysis, wants, beam_size=_SECOND_BEAM if second else 0)
        if second:
            return found
        for reduced in (_cluster_reduced(analysis), _nasal_merged(analysis)):
            if reduced is not None:
                found += _phono_semantic(reduced, wants)
        found += _phono_semantic(analysis, wants, exact=True)
        found += _hybrid(analysis, wants)
    if style in ("balanced", "semantic"):
        found += _semantic(analysis, wants)
    return found + _family_names(found, analysis, wants)


_FAMILY = "氏"


def _family_names(found: Sequence[ChineseName], analysis: _Analysis, wants: _Wants) -> list[ChineseName]:
    """A one-character sound proposal with 氏 "family, clan" after it: a Chinese name has two
    characters at least, and a one-syllable name (a founder's surname, as many are) is made into
    one with 氏 (Dow 陶氏, Heinz 亨氏, Wyeth 惠氏): phono-semantic, the name's sound kept whole."""
    out = []
    for p in found:
        if len(p.text) == 1 and p.kind is not NameKind.SEMANTIC and _FAMILY not in p.text:
            q = _build(p.text + _FAMILY, NameKind.PHONO_SEMANTIC, analysis, wants, p.dropped,
                       meaning=f"the {p.glosses[0].split(',')[0].split(';')[0]} family: a founder's name",
                       closeness=1.0)
            if q is not None:
                out.append(q)
    return out


_LISTED_AT = 1
"""Where the name written with the usual forms of its given names and surnames goes: second."""
_SECOND_READING_AT = 2
"""Where proposals of the spelled reading join the list: third, then every other place."""


def _reads_by_letters(analysis: _Analysis, spelled: _Analysis) -> bool:
    """Whether the spelled reading is worth showing beside the English one: some word of the name
    is not an English dictionary word (a coined or foreign word, whose English reading is only a
    guess: Nivea, Zegna, Fila) and the letters give other syllables. For a dictionary word the
    English reading is the one people say (Colgate, Visa), and the letters only add noise."""
    if not any(w.kind == "g2p" for w in analysis.source.words):
        return False
    return [s.pinyin for s in spelled.syllables] != [s.pinyin for s in analysis.syllables]


def _interleave(first: list[ChineseName], second: list[ChineseName], k: int) -> list[ChineseName]:
    """``first`` with the best proposals of a second reading placed from position
    :data:`_SECOND_READING_AT` on, every other place, where they say syllables ``first`` does not
    show: the front then covers more than one plausible pronunciation."""
    heard = {_toneless(p.pinyin) for p in first[:_SECOND_READING_AT]}
    extra = [p for p in second if _toneless(p.pinyin) not in heard and p.text not in {q.text for q in first}]
    out = list(first[:_SECOND_READING_AT])
    rest = [p for p in first[_SECOND_READING_AT:]]
    while len(out) < k and (rest or extra):
        for source in (extra, rest):
            while source:
                p = source.pop(0)
                if _toneless(p.pinyin) not in {_toneless(q.pinyin) for q in out}:
                    out.append(p)
                    break
    return out[:k]


def chinese_names(name: str, *, sector: str | None = None, keywords: Sequence[str] = (), k: int = 10,
                  style: str = "balanced", script: str = "simplified", known: bool = False,
                  language: str | None = None) -> tuple[ChineseName, ...]:
    """Ranked Chinese name proposals for ``name`` (see the module docstring).

    ``sector`` is one of :data:`SECTORS`; ``keywords`` are English words for what the name should
    suggest (``("speed", "trust")``); ``style`` one of :data:`STYLES`; ``script`` (``simplified``
    or ``traditional``) decides which form :meth:`ChineseName.shown` gives by default in the CLI —
    both forms are always filled. ``known=True`` appends the bundled brand's own Chinese name.
    ``language`` is the name's source language when the user knows it (``it`` for an Italian
    name: read by that language's letter rules first, the English reading interleaved from the
    third place); without it the English reading leads and, for a word not in the English
    dictionary, the continental letter reading is interleaved (see :func:`_reads_by_letters`).

    Raises :class:`~brandcheck.errors.InvalidNameError` for a name that cannot be read and
    :class:`InvalidOptionError` for an unknown sector, style or script.

    >>> names = chinese_names("Zelvora", sector="beauty", k=5)
    >>> len(names), all(len(p.glosses) == len(p.text) for p in names)
    (5, True)
    """
    if style not in STYLES:
        raise InvalidOptionError(f"unknown style {style!r}; choose one of {', '.join(STYLES)}")
    if sector is not None and sector not in SECTOR_TAGS:
        raise InvalidOptionError(f"unknown sector {sector!r}; choose one of {', '.join(SECTORS)}")
    if script not in ("simplified", "traditional"):
        raise InvalidOptionError(f"unknown script {script!r}; choose simplified or traditional")
    if isinstance(keywords, str):
        keywords = (keywords,)
    if not isinstance(k, int) or k < 1:
        raise InvalidOptionError(f"k must be a positive whole number, not {k!r}")
    if not isinstance(name, str):
        raise InvalidNameError(f"expected text, got {type(name).__name__}")
    if language is not None:
        from ..phonetics.readers import EPITRAN_CODES

        language = str(language).strip().replace("_", "-").split("-")[0].lower()
        if language not in EPITRAN_CODES and language != "en" or language == "zh":
            raise InvalidOptionError(f"unknown source language {language!r}; choose one of en, "
                                     + ", ".join(sorted(c for c in EPITRAN_CODES if c != "zh")))
        if language == "en":
            language = None
    analysis = _analyse(name.strip(), "english", language)
    wants = _wants(sector, tuple(keywords))
    found = _generate(analysis, wants, style)
    if style == "semantic" and not found:
        raise InvalidOptionError(f"no meaning to translate in {name!r}: give --keywords for a semantic name")
    out = _rank(found, k, diverse=style == "balanced", standard=" ".join(s.pinyin for s in analysis.syllables),
                one_word=any(len(pieces) == 1 for pieces in analysis.english))
    usual = next((p for p in found if p.text == analysis.listed and p.kind is NameKind.PHONETIC), None)
    if usual is not None:
        # the usual form of a given name or surname in the name is how a Chinese reader knows it:
        # second, beside the best crafted proposal
        out = [p for p in out if p.text != usual.text]
        out = (out[:_LISTED_AT] + [usual] + out[_LISTED_AT:])[:k]
    if style != "semantic":
        spelled = _analyse(name.strip(), "english") if language else _analyse(name.strip(), "spelled")
        if language or _reads_by_letters(analysis, spelled):
            other = _rank(_generate(spelled, wants, style, second=True), k, diverse=False,
                          standard=" ".join(s.pinyin for s in spelled.syllables))
            out = _interleave(out, other, k)
    if known:
        own = _known(analysis.name, analysis, wants)
        if own is not None:
            out = [p for p in out if p.text != own.text] + [own]
    return tuple(out)
