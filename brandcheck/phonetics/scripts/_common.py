"""What every renderer starts from: the name's sounds, lined up with the letters that spell them.

A renderer works on :class:`Unit` s: one English sound (an IPA segment from the intended
pronunciation, normalised to the General American set below) together with the letters of the
spelling that write it (``"ee"`` for /i/ in *Reebok*, ``""`` for a sound no letter writes, and a
unit with an empty sound for a silent letter such as the final *e* of *cake*). Practical
transcription into Cyrillic, Hebrew or Arabic — and the choice of vowel for an English schwa in
every script — looks at the letters as much as at the sounds, so the alignment matters.

The aligner is a small dynamic programme over (letters, sounds) with the English sound–spelling
correspondences of ``wordlists/phonology/english_spelling.tsv`` (the usual phonics tables: /k/ is
*c, k, ck, ch, q*…); it costs a few hundred operations per word and is memoised. The other tables
(``english_fold.tsv``, ``continental.tsv``, ``scripts/loanwords.tsv``) are read on first use too.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable, Mapping, NamedTuple, Sequence

from ...data import read_tsv

if TYPE_CHECKING:  # pragma: no cover
    from ..source_types import Source, SourceWord

__all__ = [
    "Unit",
    "Word",
    "CONSONANTS",
    "VOWELS",
    "SHORT_VOWELS",
    "normalise_phone",
    "align",
    "words_of",
    "word_of",
    "letter_word",
    "continental",
    "continental_letters",
    "english_spellings",
    "letters_only",
    "is_vowel",
    "rank",
    "combine",
    "unwritten_schwa",
    "without_possessive",
    "established",
    "listed_spelling",
]

CONSONANTS = frozenset(
    "p b t d k ɡ f v θ ð s z ʃ ʒ h x tʃ dʒ ts m n ŋ l ɹ w j".split()
)
"""The consonants renderers handle (General American plus /x/ and /ts/ from non-English readings)."""

VOWELS = frozenset("i ɪ eɪ ɛ æ ɑ ɔ oʊ ʊ u ʌ ə ɚ aɪ aʊ ɔɪ".split())
"""The vowels renderers handle (General American, CMUdict's set)."""

SHORT_VOWELS = frozenset("ɪ ɛ æ ʌ ʊ ə".split())
"""Lax ("checked") vowels: the ones after which a final stop is geminated (ッ) or written as a batchim.
/ɑ/ spelled *o* (British /ɒ/) counts as short too; see :func:`is_short`."""


@functools.lru_cache(maxsize=1)
def _fold() -> Mapping[str, tuple[str, ...]]:
    """Segments outside General American (user IPA, gruut, a foreign reading) → the sets above
    (``wordlists/phonology/english_fold.tsv``)."""
    table = read_tsv("phonology/english_fold.tsv", required=("ipa", "english"))
    return {row["ipa"]: tuple(row["english"].split()) for row in table.dicts()}


@functools.lru_cache(maxsize=1024)
def normalise_phone(seg: str) -> tuple[str, ...]:
    """One IPA segment → zero or more segments of :data:`CONSONANTS` | :data:`VOWELS`.

    Length marks, stress marks and most diacritics are dropped; foreign vowels go to the nearest
    English vowel (``ø`` → ``ɛ``); anything unknown goes to the nearest sound by panphon features.
    """
    base = seg.replace("ː", "").replace("ˑ", "").replace("ˈ", "").replace("ˌ", "")
    base = "".join(c for c in unicodedata.normalize("NFD", base) if not unicodedata.combining(c) or c == "\u0303")
    base = base.replace("\u0303", "").replace("ʰ", "").replace("ʲ", "").replace("ʷ", "").replace("ˤ", "")
    if base in CONSONANTS or base in VOWELS:
        return (base,)
    folded = _fold().get(base)
    if folded is not None:
        return folded
    if len(base) == 2 and base[0] == base[1]:  # geminate written double
        return normalise_phone(base[0])
    if not base:
        return ()
    try:
        from ..features import nearest

        return (nearest(base, tuple(sorted(CONSONANTS | VOWELS))),)
    except Exception:  # pragma: no cover - panphon missing or segment unknown
        return ()


def is_vowel(phone: str) -> bool:
    """True for a vowel of :data:`VOWELS`."""
    return phone in VOWELS


# --------------------------------------------------------------------------------------------------
# English sound–spelling correspondences used to align letters with sounds.

_VOWEL_LETTERS = frozenset("aeiouy")


class EnglishSpellings(NamedTuple):
    """The rows of ``wordlists/phonology/english_spelling.tsv``."""

    one: Mapping[str, tuple[str, ...]]
    """Sound → the letter groups that commonly write it, most usual first."""
    two: Mapping[tuple[str, str], tuple[str, ...]]
    """Two sounds written by one letter group (x for /k s/, qu for /k w/)."""
    vowel_groups: frozenset[str]
    """Vowel letter groups that write one English vowel (*ee* in Reebok, *ai* in Sainsbury…)."""


@functools.lru_cache(maxsize=1)
def english_spellings() -> EnglishSpellings:
    """The English sound–spelling correspondences (``wordlists/phonology/english_spelling.tsv``)."""
    table = read_tsv("phonology/english_spelling.tsv", required=("sounds", "spellings"))
    one: dict[str, tuple[str, ...]] = {}
    two: dict[tuple[str, str], tuple[str, ...]] = {}
    groups: frozenset[str] = frozenset()
    for row in table.dicts():
        sounds, spellings = row["sounds"].split(), tuple(row["spellings"].split())
        if sounds == ["V"]:
            groups = frozenset(spellings)
        elif len(sounds) == 1:
            one[sounds[0]] = spellings
        else:
            two[(sounds[0], sounds[1])] = spellings
    return EnglishSpellings(one, two, groups)


@dataclass(frozen=True, slots=True)
class Unit:
    """One sound of a word with the letters that write it."""

    phone: str
    """IPA segment (``""`` for a silent letter)."""
    letters: str
    """Lower-case ASCII letters that write this sound (``""`` when no letter does, e.g. the ə of *Mc*)."""
    stress: int = -1
    """Vowels: 1 primary, 2 secondary, 0 unstressed; consonants and silent letters: -1."""

    @property
    def vowel(self) -> bool:
        return self.phone in VOWELS

    @property
    def silent(self) -> bool:
        return not self.phone


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a name, ready for a renderer."""

    spelling: str
    """The word as written (``"McDonald's"``)."""
    letters: str
    """Its ASCII letters, lower case (``"mcdonalds"``)."""
    units: tuple[Unit, ...]
    """Sounds with their letters, including silent letters (empty :attr:`Unit.phone`)."""
    kind: str
    """How the source read it (``dictionary``, ``g2p``, ``letters``, ``number``, ``user``)."""
    parts: tuple[str, ...] = ()
    """For a number: the spelled words it is said as (``("seven",)`` for ``7``); else empty."""

    @property
    def phones(self) -> tuple[str, ...]:
        return tuple(u.phone for u in self.units if u.phone)

    @property
    def sounding(self) -> tuple[Unit, ...]:
        """The units that have a sound (silent letters left out)."""
        return tuple(u for u in self.units if u.phone)


def letters_only(text: str) -> str:
    """ASCII letters of a spelling, lower case, diacritics removed (``"Nestlé"`` → ``"nestle"``,
    ``"Ærø"`` → ``"aero"``)."""
    from ...names import fold

    return "".join(c for c in fold(text) if "a" <= c <= "z")


# --------------------------------------------------------------------------------------------------
# Alignment


def _pair_cost(chunk: str, phones: tuple[str, ...], tables: EnglishSpellings) -> float | None:
    if len(phones) == 1:
        ph = phones[0]
        if ph in VOWELS:
            if chunk and all(c in _VOWEL_LETTERS or (c in "wh" and i > 0) for i, c in enumerate(chunk)):
                if ph == "ɚ":
                    return 0.4 + 0.2 * (len(chunk) - 1)
                if len(chunk) == 1 or chunk in tables.vowel_groups:
                    return 0.0
                return 0.3 * (len(chunk) - 1)
            if ph == "ɚ" and chunk and chunk[-1] == "r" and all(c in _VOWEL_LETTERS for c in chunk[:-1]):
                return 0.0 if len(chunk) > 1 else 0.3
            if ph == "ɚ" and chunk in ("re", "rr", "urr", "err", "irr", "ere", "ure", "our", "ear", "yr"):
                return 0.1
            return None
        spelled = tables.one.get(ph, ())
        if chunk in spelled:
            return 0.05 * spelled.index(chunk) / max(1, len(spelled)) + (0.0 if len(chunk) <= 2 else 0.1)
        if len(chunk) == 1 and chunk not in _VOWEL_LETTERS:
            return 2.5
        if len(chunk) == 2 and chunk[0] == chunk[1] and chunk[0] in spelled:
            return 0.1  # doubled letter
        return None
    spelled = tables.two.get(phones)
    if spelled and chunk in spelled:
        return 0.2
    return None


def _silent_cost(letter: str, prev: str, nxt: str) -> float:
    if letter == prev:
        return 0.2  # second letter of a double
    if letter == "e" and not nxt:
        return 0.2  # final silent e
    if letter in "eh":
        return 0.6
    if letter in "aiouwy'":
        return 1.0
    return 1.4


@functools.lru_cache(maxsize=8192)
def align(letters: str, phones: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Line up a spelling with its sounds: ``(letter group, sounds)`` pairs in order.

    A pair with no sounds is a silent letter; a pair with no letters a sound no letter writes.

    >>> align("cake", ("k", "eɪ", "k"))
    (('c', ('k',)), ('a', ('eɪ',)), ('k', ('k',)), ('e', ()))
    """
    n, m = len(letters), len(phones)
    tables = english_spellings()
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            here = cost[i][j]
            if here == inf:
                continue
            # letter group ↔ one or two sounds
            for a in range(1, min(4, n - i) + 1):
                chunk = letters[i : i + a]
                for b in (1, 2):
                    if j + b > m:
                        break
                    c = _pair_cost(chunk, phones[j : j + b], tables)
                    if c is not None and here + c < cost[i + a][j + b]:
                        cost[i + a][j + b] = here + c
                        back[i + a][j + b] = (i, j)
            # silent letter
            if i < n:
                c = _silent_cost(letters[i], letters[i - 1] if i else "", letters[i + 1] if i + 1 < n else "")
                if here + c < cost[i + 1][j]:
                    cost[i + 1][j] = here + c
                    back[i + 1][j] = (i, j)
            # sound with no letter
            if j < m:
                c = 1.2 if phones[j] in ("ə", "ɪ", "j", "w") else 2.5
                if here + c < cost[i][j + 1]:
                    cost[i][j + 1] = here + c
                    back[i][j + 1] = (i, j)
    out: list[tuple[str, tuple[str, ...]]] = []
    i, j = n, m
    while (i, j) != (0, 0):
        pi, pj = back[i][j]  # type: ignore[misc]
        out.append((letters[pi:i], tuple(phones[pj:j])))
        i, j = pi, pj
    return tuple(reversed(out))


def _stresses(word: "SourceWord", phones: Sequence[str]) -> list[int]:
    """Stress level of each phone (vowels 0/1/2, consonants -1)."""
    levels: list[int] = []
    if word.arpabet:
        digits = [int(p[-1]) for p in word.arpabet if p[-1].isdigit()]
        vi = 0
        for ph in phones:
            if ph in VOWELS:
                levels.append(digits[vi] if vi < len(digits) else 0)
                vi += 1
            else:
                levels.append(-1)
        if vi == len(digits):
            return levels
        levels = []
    # no (usable) CMUdict stresses: primary where the source says, else on the first vowel
    vowel_idx = [i for i, ph in enumerate(phones) if ph in VOWELS]
    primary = None
    if word.stress is not None:
        # word.stress indexes word.ipa; find the nearest vowel at or after it in our normalised list
        primary = _map_index(word, phones, word.stress)
    if primary is None and vowel_idx and word.kind in ("g2p", "user", "dictionary"):
        primary = vowel_idx[0]
    return [(1 if i == primary else 0) if ph in VOWELS else -1 for i, ph in enumerate(phones)]


def _map_index(word: "SourceWord", phones: Sequence[str], index: int) -> int | None:
    count = 0
    for k, seg in enumerate(word.ipa):
        norm = normalise_phone(seg)
        if k == index:
            for off, ph in enumerate(norm):
                if ph in VOWELS:
                    return count + off
            return None
        count += len(norm)
    return None


def _units(word: "SourceWord") -> tuple[Unit, ...]:
    phones = tuple(p for seg in word.ipa for p in normalise_phone(seg))
    letters = letters_only(word.spelling)
    stress = _stresses(word, phones)
    if word.kind in ("letters", "number") or not letters:
        return tuple(Unit(ph, "", st) for ph, st in zip(phones, stress))
    units: list[Unit] = []
    k = 0
    for chunk, sounds in align(letters, phones):
        if not sounds:
            units.append(Unit("", chunk, -1))
            continue
        if len(sounds) == 2 and sounds[0] == "ə" and sounds[1] in ("l", "m", "n"):
            # a syllabic consonant (apple, rhythm, button): the letters belong to the consonant
            units.append(Unit("ə", "", stress[k]))
            units.append(Unit(sounds[1], chunk, stress[k + 1]))
            k += 2
            continue
        for n, ph in enumerate(sounds):
            if ph == "ə" and stress[k] == 2:
                ph = "ʌ"  # CMUdict AH2 is a full vowel (Starbucks /ˈstɑɹbʌks/)
            # a letter group writing two sounds is kept on the first; the second gets "" letters
            units.append(Unit(ph, chunk if n == 0 else "", stress[k]))
            k += 1
    return tuple(units)


def _mac_prefix(units: list[Unit], letters: str) -> list[Unit]:
    """Scottish/Irish *Mc*, *Mac* (McDonald's, Macbeth): transcription practice writes the /ə/ as
    the vowel of *Mack* (マク, 맥, Мак), whatever CMUdict's reduced vowel."""
    if not (letters.startswith("mc") or letters.startswith("mac")) or len(units) < 3:
        return units
    first, second = units[0], units[1]
    if first.phone == "m" and second.phone == "ə":
        units[1] = Unit("æ", second.letters or "a", max(second.stress, 0))
        rest = [u for u in units[2:] if u.phone]
        if rest and rest[0].phone not in ("k", "ɡ") or rest and rest[0].phone == "ɡ" and letters.startswith("mcg"):
            # McGee /məˈɡi/: the c is silent in English but the prefix is still written Mac (Макги, 맥기)
            units.insert(2, Unit("k", "c", -1))
    return units


def unwritten_schwa(units: Sequence[Unit], i: int) -> bool:
    """``units[i]`` is a /ə/ that no letter writes between two consonants: the vowel of a syllabic
    l, m, n (apple, button, rhythm) or a reduced vowel CMUdict inserts (pickler /pɪkəlɚ/). Scripts
    treat it as no vowel at all (Korean 애플, 피클러; Russian Эппл)."""
    u = units[i]
    if u.phone != "ə" or u.letters or i == 0 or i + 1 >= len(units):
        return False
    prev, nxt = units[i - 1], units[i + 1]
    return bool(prev.phone) and not prev.vowel and bool(nxt.phone) and not nxt.vowel and nxt.phone not in ("j", "w")


def _split_r(units: list[Unit]) -> list[Unit]:
    """/ɚ/ before a vowel is a vowel plus an onset r (ivory /aɪvɚi/ → aɪ v ə ɹ i), as every target
    script writes it (アイボリー, 아이보리, Айвори)."""
    out: list[Unit] = []
    sounding = [k for k, u in enumerate(units) if u.phone]
    nxt_of = {a: b for a, b in zip(sounding, sounding[1:])}
    for k, u in enumerate(units):
        nk = nxt_of.get(k)
        if u.phone == "ɚ" and nk is not None and units[nk].vowel:
            letters = u.letters
            vowel_letters = letters[:-1] if letters.endswith("r") else letters
            r_letters = "r" if letters.endswith("r") else ""
            if letters.endswith("rr"):
                vowel_letters, r_letters = letters[:-2], "rr"
            out.append(Unit("ə", vowel_letters, u.stress))
            out.append(Unit("ɹ", r_letters, -1))
        else:
            out.append(u)
    return out


def _merge_ts(units: list[Unit]) -> list[Unit]:
    """/t/ + /s z/ written *z* or *tz* (Spitzer, Mozart) is the affricate /ts/."""
    out: list[Unit] = []
    for u in units:
        if out and out[-1].phone == "t" and u.phone in ("s", "z") and "z" in (out[-1].letters + u.letters):
            out[-1] = Unit("ts", out[-1].letters + u.letters, -1)
            continue
        out.append(u)
    return out


YOD_CONSONANTS = frozenset("n t d s z θ".split())
"""Consonants after which American English drops the [j] of [juː] that British English keeps."""


def _british_yod(units: list[Unit]) -> list[Unit]:
    """[uː] spelled *ew*, *eu* or *ue* after n t d s z θ is British [juː] (Newton, Stewart, Tuesday):
    the form every script follows (ニュートン, 뉴턴, Ньютон, نيوتن, 纽顿), not the American [uː] of
    CMUdict. The [j] takes the letters, as in the words CMUdict gives a [j] (Hughes)."""
    out: list[Unit] = []
    for u in units:
        if u.phone == "u" and u.letters in ("ew", "eu", "ue") and out and out[-1].phone in YOD_CONSONANTS:
            out += [Unit("j", u.letters, -1), Unit("u", "", u.stress)]
            continue
        out.append(u)
    return out


def _full_land(units: list[Unit], letters: str) -> list[Unit]:
    """A name ending in the word *land* said [lənd] is written with the word's own vowel [æ]: the
    scripts write the part, not its reduced sound (Portland 포틀랜드 波特兰, Cleveland 클리블랜드)."""
    if len(letters) <= 4 or not letters.endswith("land") or len(units) < 4:
        return units
    l_, a, n_, d = units[-4:]
    if (l_.phone, a.phone, a.letters, n_.phone, d.phone) == ("l", "ə", "a", "n", "d"):
        return units[:-3] + [Unit("æ", "a", 2), n_, d]
    return units


def british_ham(units: Sequence[Unit], letters: str, *, after: str = "") -> list[Unit]:
    """A British place or family name in *-ham* after a consonant letter is said [əm], the h silent
    (Birmingham, Nottingham, Beckham), where CMUdict gives the American [hæm]. Korean and Russian
    follow the British form (버밍엄, Бирмингем); Arabic and Chinese write the h (برمنغهام, 伯明翰),
    so this is the renderer's choice. ``after`` limits it to names whose *ham* follows those
    letters (Russian keeps the h of Beckham Бекхэм but not of -ngham)."""
    out = list(units)
    if len(letters) < 6 or not letters.endswith(after + "ham") or letters[-4] in "aeiouy" or len(out) < 3:
        return out
    h, a, m = out[-3:]
    if h.phone == "h" and a.phone in ("æ", "ə") and m.phone == "m":
        out[-3:] = [Unit("", "h", -1), Unit("ə", "a", 0), m]
    return out


def word_of(sw: "SourceWord") -> Word:
    """A :class:`Word` from one source word.

    A number said in English is spelled out (``7`` → *seven*) so that its sounds get letters; a
    symbol said as a word (``&`` → *and*) is rendered from its sounds like any word.
    """
    if sw.kind == "letters" and not letters_only(sw.spelling):
        phones = tuple(p for seg in sw.ipa for p in normalise_phone(seg))
        first = next((i for i, p in enumerate(phones) if p in VOWELS), None)
        units = tuple(Unit(p, "", (1 if i == first else 0) if p in VOWELS else -1) for i, p in enumerate(phones))
        return Word(sw.spelling, "", units, "symbol")
    if sw.kind == "number":
        spelled = _spell_number(sw.ipa)
        if spelled:
            units: list[Unit] = []
            for text, phones in spelled:
                units.extend(_units_plain(text, phones))
            return Word(sw.spelling, "".join(t for t, _ in spelled), tuple(units), "number",
                        tuple(t for t, _ in spelled))
    letters = letters_only(sw.spelling)
    units = list(_units(sw))
    if sw.kind in ("dictionary", "g2p"):
        units = _full_land(_british_yod(_mac_prefix(units, letters)), letters)
    units = _merge_ts(_split_r(units))
    return Word(sw.spelling, letters, tuple(units), sw.kind)


def _units_plain(letters: str, phones: tuple[str, ...]) -> list[Unit]:
    """Units of a spelled word without CMUdict stresses (first vowel stressed)."""
    units: list[Unit] = []
    first = True
    for chunk, sounds in align(letters, phones):
        if not sounds:
            units.append(Unit("", chunk, -1))
            continue
        for n, ph in enumerate(sounds):
            st = -1
            if ph in VOWELS:
                st = 1 if first else 0
                first = False
            units.append(Unit(ph, chunk if n == 0 else "", st))
    return units


@functools.lru_cache(maxsize=1)
def _english_number_words() -> dict[tuple[str, ...], str]:
    """IPA of each English number word → its spelling (from wordlists/phonology/numbers.tsv)."""
    try:
        from ...data import read_tsv

        table = read_tsv("phonology/numbers.tsv")
    except Exception:  # pragma: no cover - data file missing
        return {}
    out: dict[tuple[str, ...], str] = {}
    for row in table.dicts():
        if row.get("language") == "en" and row.get("word", "").isalpha():
            out.setdefault(tuple(row["ipa"].split()), row["word"].lower())
    return out


def _spell_number(ipa: Sequence[str]) -> list[tuple[str, tuple[str, ...]]] | None:
    """Split the IPA of a spoken English number into its words (greedy, longest word first)."""
    table = _english_number_words()
    if not table:
        return None
    segs = tuple(ipa)
    out: list[tuple[str, tuple[str, ...]]] = []
    i = 0
    longest = max(len(k) for k in table)
    while i < len(segs):
        for size in range(min(longest, len(segs) - i), 0, -1):
            word = table.get(segs[i : i + size])
            if word:
                out.append((word, segs[i : i + size]))
                i += size
                break
        else:
            return None
    return out


@functools.lru_cache(maxsize=64)
def letter_word(ch: str) -> Word:
    """The English name of a Latin letter as a spelled word (``"b"`` → *bee* /b i/), for initialisms."""
    from ..lexicon import letter

    name, ipa = letter(ch, "en")
    spelled = letters_only(name)
    phones = tuple(p for seg in ipa for p in normalise_phone(seg))
    return Word(name, spelled, tuple(_units_plain(spelled, phones)), "dictionary")


# A "continental" letter-by-letter reading of a spelling: how names from Italian, Spanish, German,
# Japanese (romaji), Slavic languages — and coined names that look like them — are read when
# transcribed by their letters rather than by English rules: plain vowels, every r pronounced,
# y and j before a vowel as /j/, ch as /tʃ/, h after a consonant silent, final obstruents devoiced
# (German, Dutch, Slavic). The letter values are in wordlists/phonology/continental.tsv, matched
# longest first; the context rules are below.
_DEVOICE = {"b": "p", "d": "t", "ɡ": "k", "v": "f", "z": "s", "dʒ": "tʃ"}


@functools.lru_cache(maxsize=2)
def continental_letters(written: bool = False) -> Mapping[str, tuple[str, ...]]:
    """Letter group → segments of the continental reading (``continental.tsv``). ``written=True``
    is the letter-by-letter transcription, which also knows the Polish and Czech digraphs and reads
    w as /v/ as German, Polish and romaji spell it (Kowalski Ковальский, Wagner Вагнер)."""
    table = read_tsv("phonology/continental.tsv", required=("letters", "ipa", "reading"))
    wanted = ("any", "written" if written else "spoken")
    return {row["letters"]: tuple(row["ipa"].split()) for row in table.dicts() if row["reading"] in wanted}


@functools.lru_cache(maxsize=4096)
def continental(spelling: str, *, written: bool = False) -> Word | None:
    """The continental letter reading of a word (see :func:`continental_letters`), or None if it has no letters.

    ``written=True`` is for scripts that transcribe letter by letter (Cyrillic): a double consonant
    stays one unit spelled with both letters (Cassano Кассано) and final obstruents keep their
    written voicing (Hadad Хадад: Russian spelling does not show final devoicing).

    >>> " ".join(u.phone for u in continental("Yamamoto").units if u.phone)
    'j ɑ m ɑ m ɔ t ɔ'
    >>> " ".join(u.phone for u in continental("Hildebrand").units if u.phone)
    'h i l d ɛ b ɹ ɑ n t'
    """
    letters = letters_only(spelling)
    if not letters:
        return None
    table = continental_letters(written)
    from .foreign_spelling import spanish

    # Spanish j is [x] where the spelling is plainly Spanish (Jiménez, Alejandro), not in Julia
    spanish_spelling = ("j" in letters[1:] or letters.endswith("ez")) and spanish(letters)
    if letters.startswith("mc"):
        letters = "mak" + letters[2:]  # Mc is read Mac
    units: list[Unit] = []
    i = 0
    first_vowel = True
    while i < len(letters):
        for size in (4, 3, 2, 1):
            chunk = letters[i : i + size]
            if chunk in ("ay", "ey", "ai", "ei") and letters[i + 2 : i + 3] in ("a", "e", "i", "o", "u"):
                continue  # Kaya, Zelaya: the y/i starts the next syllable
            if len(chunk) == size and chunk in table:
                break
        else:  # pragma: no cover - every ASCII letter is in the table
            i += 1
            continue
        phones = table[chunk]
        prev_letter = letters[i - 1] if i else ""
        nxt_letter = letters[i + size] if i + size < len(letters) else ""
        if chunk == "ch" and nxt_letter in ("r", "l"):
            phones = ("k",)  # Greek ch before r, l: Christoph, Chlodwig
        elif chunk == "ch" and prev_letter in tuple("aeiouy") and nxt_letter not in tuple("aeiouy"):
            phones = ("x",)  # German ch after a vowel: Bach, Richter, Heinrich
        elif chunk == "g" and nxt_letter == "u" and letters[i + 2 : i + 3] in ("e", "i"):
            phones, size = ("ɡ",), 2  # Spanish gue, gui: the u is silent (Rodríguez, Miguel)
        elif chunk == "c" and nxt_letter in ("e", "i", "y"):
            phones = ("ts",)  # c before a front vowel: German/Slavic ts, Italian tʃ (both ㅊ, ц)
        elif chunk == "j" and spanish_spelling:
            phones = ("x",)  # Spanish j: Jiménez, Gutiérrez
        elif chunk == "y" and nxt_letter in ("a", "e", "i", "o", "u"):
            phones = ("j",)  # Yamamoto, Hayashi
        elif chunk == "h" and prev_letter and not (prev_letter in tuple("aeiou") and nxt_letter in tuple("aeiou")):
            phones = ()  # lengthening h (Jahn, Itoh) or a digraph h (Radha, Carvalho); said between vowels (Johansson)
        elif size == 1 and chunk == prev_letter and chunk not in "aeiouy":
            german_mann = chunk == "n" and letters.endswith("mann") and i == len(letters) - 1
            if written and units and units[-1].letters == chunk and not german_mann:
                last = units.pop()  # Cassano Кассано: one unit "ss" (but German -mann keeps one н: Гофман)
                units.append(Unit(last.phone, chunk * 2, last.stress))
                i += size
                continue
            phones = ()  # double consonant letter: one sound
        for ph in phones:
            st = -1
            if ph in VOWELS:
                st = 1 if first_vowel else 0
                first_vowel = False
            units.append(Unit(ph, chunk, st))
            chunk = ""  # a grapheme writing two sounds keeps its letters on the first
        if not phones:
            units.append(Unit("", chunk, -1))
        i += size
    # final devoicing of the last obstruent(s): heard, but not written
    for k in range(len(units) - 1, -1, -1) if not written else ():
        u = units[k]
        if not u.phone:
            continue
        if u.phone in _DEVOICE:
            units[k] = Unit(_DEVOICE[u.phone], u.letters, u.stress)
            continue
        break
    return Word(spelling, letters, tuple(units), "continental")


_SPELLED_VOWEL = {"a": "ɑ", "e": "ɛ", "i": "ɪ", "o": "ɔ", "u": "ʊ"}


def spelled_vowels(word: Word) -> Word | None:
    """The word with each unstressed reduced vowel said as the letter that writes it (Instagram
    [ɪnstɑɡɹæm], not [ɪnstəɡɹæm]), or None when it has none: scripts whose press spells a loanword
    from its letters where English reduces the vowel (Persian اینستاگرام, Hindi इंस्टाग्राम) take it
    as an alternative."""
    units, changed = [], False
    for u in word.units:
        letter = _SPELLED_VOWEL.get(u.letters)
        if letter and u.phone in ("ə", "ʌ") and u.stress < 1:
            units.append(Unit(letter, u.letters, u.stress))
            changed = True
        else:
            units.append(u)
    return Word(word.spelling, word.letters, tuple(units), word.kind, word.parts) if changed else None


def read_as_spelled(word: Word, letter_reading: Word) -> bool:
    """Whether the intended (English) pronunciation of a word is close to its letter-by-letter
    reading: true of foreign names read near their own spelling (Suzuki, Jiménez), false of English
    words that merely look foreign (shoe, fuse). Five letters or more and a feature-weighted
    similarity ≥ 0.7, set on the golden words and on Wikidata names outside the evaluation sample."""
    from ..features import ipa_similarity, known

    if len(letter_reading.letters) < 5:
        return False  # short words match too easily (shoe ʃu ~ ʃɛ)
    said = [u.phone for u in word.units if u.phone and known(u.phone)]
    spelled = [u.phone for u in letter_reading.units if u.phone and known(u.phone)]
    return bool(said and spelled) and ipa_similarity(said, spelled) >= READ_AS_SPELLED


READ_AS_SPELLED = 0.7


# The vowel letters an English vowel sound agrees with when a name is said the continental way
# (Maria [məˈɹiə]: stressed [i] for i), and the sounds that give an English reading away ([æ] of
# Atlanta, [aɪ] of Ohio, [ʌ] for u in Buffalo, [ɔ] for au in Laura): these agree with no letter.
_CONTINENTAL_VOWEL = {"ɑ": "ao", "ʌ": "o", "eɪ": "e", "ɛ": "e", "ɚ": "e", "i": "iye", "ɪ": "iy", "oʊ": "o", "ɔ": "o", "u": "u",
                      "ʊ": "u", "aʊ": "a"}
_SAME_CONSONANT = {"z": ("s",), "ŋ": ("n",), "ts": ("t", "s"), "ʒ": ("ʃ",)}


def said_as_spelled(word: Word, letter_reading: Word, *, vowels: bool = True) -> bool:
    """Whether English says a name the way its letters read on the continent: every stressed vowel
    is the value of the letter it is written with (Marco, Alberto, Colorado; not Ohio [oʊˈhaɪoʊ],
    Atlanta, Buffalo, Laura) and the consonants are the letters' own (not Chicago [ʃ], Georgia
    [dʒ], Martha [θ], Yahoo's said h). Works on a CMUdict name, where the stresses are known; set on
    the transliteration development list (a finer test than :func:`read_as_spelled`, which looks
    at overall similarity and cannot tell Chicago from Marco)."""
    if word.kind != "dictionary":
        return False
    for u in word.units if vowels else ():  # vowels=False: the consonants only
        if u.vowel and u.stress >= 1 and u.phone != "ə":
            letters = u.letters or "?"
            if letters[0] not in _CONTINENTAL_VOWEL.get(u.phone, ""):
                return False

    def skeleton(w: Word) -> list[str]:
        out: list[str] = []
        for u in w.units:
            if u.phone and not u.vowel and u.phone not in ("j", "w"):
                for ph in _SAME_CONSONANT.get(u.phone, (u.phone,)):
                    if not out or out[-1] != ph:
                        out.append(ph)
        return out

    return skeleton(word) == skeleton(letter_reading)


def written_together(source: "Source") -> tuple[bool, ...]:
    """For each word of ``source``: whether it is written together with the one before (see
    :attr:`~brandcheck.phonetics.source_types.SourceWord.joined`)."""
    return tuple(w.joined for w in source.words)


def words_of(source: "Source") -> tuple[Word, ...]:
    """The words of a source, each with its aligned units."""
    return tuple(word_of(w) for w in source.words)


def is_short(unit: Unit) -> bool:
    """A lax vowel, counting /ɑ/ spelled *o* (British short o: *Boston*, *Reebok*) as short."""
    if unit.phone in SHORT_VOWELS:
        return True
    return unit.phone == "ɑ" and unit.letters.startswith("o") and unit.letters not in ("oo",)


def british_bath(units: Sequence[Unit], vowel: Unit) -> bool:
    """An *a* said [æ] in American and [ɑː] in British English before s + consonant or a final ss
    (the *bath* words), among the sounding ``units``: Thai and Hindi loans follow the British vowel
    (มาสเตอร์, मास्टर, พลาสติก, คลาส; but แก๊ส), not in a word-initial as- (Aston แอสตัน, aspirin
    แอสไพริน)."""
    k = next((n for n, u in enumerate(units) if u is vowel), -1)
    if k < 1 or vowel.letters != "a" or k + 1 >= len(units) or units[k + 1].phone != "s":
        return False
    after = units[k + 2] if k + 2 < len(units) else None
    if after is None:
        return units[k + 1].letters == "ss"
    return not after.vowel and after.phone in ("t", "k", "p")


def rank(candidates: Iterable[tuple[str, float]], k: int) -> list[tuple[str, float]]:
    """Deduplicate ``(text, score)`` candidates keeping the best score, best first, at most ``k``."""
    best: dict[str, float] = {}
    order: list[str] = []
    for text, score in candidates:
        if not text:
            continue
        if text not in best:
            order.append(text)
            best[text] = score
        elif score > best[text]:
            best[text] = score
    ordered = sorted(order, key=lambda t: -best[t])  # stable: ties keep generation order
    return [(t, best[t]) for t in ordered[:k]]


def glue_words(parts: Sequence[str], sep: str, together: Sequence[bool] = (),
               glue: Callable[[str, str], str] | None = None) -> str:
    """The words ``parts`` of a name written as one text: ``sep`` between them, except that a
    word marked in ``together`` (one flag per word: written together with the one before, as the
    parts of a camel-case word) is joined to the text so far by ``glue`` (plain concatenation when
    None; a script passes its own to end the joint properly: Hebrew letters lose their final form
    inside a word, Persian puts a zero-width non-joiner between the parts)."""
    out = parts[0] if parts else ""
    for i, part in enumerate(parts[1:], 1):
        if i < len(together) and together[i]:
            out = glue(out, part) if glue is not None else out + part
        else:
            out += sep + part
    return out


def combine(per_word: Sequence[Sequence[tuple[str, float]]], sep: str, k: int,
            together: Sequence[bool] = (), glue: Callable[[str, str], str] | None = None) -> list[tuple[str, float]]:
    """Candidates for a whole name from per-word candidates (each best first).

    The first result joins every word's best candidate; the others swap in one word's
    alternative at a time. A name's score is the geometric mean of its words' scores. Words
    marked in ``together`` are written together with the one before (:func:`glue_words`).
    """
    kept = [(rank(c, max(k, 1)), bool(together[i]) if i < len(together) else False)
            for i, c in enumerate(per_word) if c]
    kept = [(r, t) for r, t in kept if r]
    ranked = [r for r, _ in kept]
    if not ranked:
        return []
    if len(ranked) == 1:
        return ranked[0][:k]
    best = [r[0] for r in ranked]
    flags = [t for _, t in kept]

    def joined(choice: Sequence[tuple[str, float]]) -> tuple[str, float]:
        score = 1.0
        for _, sc in choice:
            score *= max(sc, 1e-6)
        return glue_words([t for t, _ in choice], sep, flags, glue), score ** (1.0 / len(choice))

    out = [joined(best)]
    for i, options in enumerate(ranked):
        for alt in options[1:]:
            choice = list(best)
            choice[i] = alt
            out.append(joined(choice))
    return rank(out, k)


def without_possessive(word: Word) -> Word | None:
    """The word without a final possessive *'s* (McDonald's → McDonald), or None if it has none."""
    spelling = word.spelling.replace("’", "'")
    if not spelling.lower().endswith("'s") or len(word.units) < 2:
        return None
    units = list(word.units)
    while units and units[-1].silent:
        units.pop()
    if not units or units[-1].phone not in ("s", "z") or units[-1].letters not in ("s", ""):
        return None
    units.pop()
    return Word(spelling[:-2], word.letters[:-1], tuple(units), word.kind, word.parts)


Variant = Callable[[Word], str]


# --------------------------------------------------------------------------------------------------
# Established loanword spellings (wordlists/scripts/loanwords.tsv)
#
# Common English words entered Japanese and Korean long ago with spellings no rule predicts
# (coffee コーヒー 커피, beer ビール, vitamin ビタミン 비타민): a brand built from such words is read
# through them. The table is consulted before the rules; a coined compound of listed words
# (Smartwater) is written as its parts.

_MIN_PART = 3  # shorter "parts" (a, in, on…) split too many coined names by accident


@functools.lru_cache(maxsize=1)
def _loanwords() -> dict[str, dict[str, str]]:
    from ...data import read_tsv

    table = read_tsv("scripts/loanwords.tsv", required=("word", "katakana", "hangul"))
    return {row["word"]: {"ja": row["katakana"], "ko": row["hangul"]} for row in table.dicts()}


@functools.lru_cache(maxsize=8192)
def established(letters: str, script: str) -> str | None:
    """The established ``script`` (``"ja"`` or ``"ko"``) spelling of a listed word, or of a compound
    made only of listed words (longest first parts, at most three), else None."""
    table = _loanwords()
    entry = table.get(letters)
    if entry is not None:
        return entry[script] or None
    return _compound(letters, script, table, 3)


def _compound(letters: str, script: str, table: dict[str, dict[str, str]], parts: int) -> str | None:
    if parts == 0:
        return None
    for cut in range(len(letters) - _MIN_PART, _MIN_PART - 1, -1):
        head = table.get(letters[:cut])
        if head is None or not head[script]:
            continue
        rest = letters[cut:]
        tail = table.get(rest)
        if tail is not None and tail[script]:
            return head[script] + tail[script]
        deeper = _compound(rest, script, table, parts - 1)
        if deeper is not None:
            return head[script] + deeper
    return None


def listed_spelling(word: Word, script: str) -> tuple[str, float] | None:
    """(spelling, score) from the loanword table: a listed word is near-certain (0.97); a compound of
    listed words (Goldstar, Coffeehouse) is likely (0.86), above the rules but below a learned
    spelling that agrees with them; a letter said by its name before a listed word (Gmail) is
    near-certain when the first two letters cannot start an English syllable (0.92)."""
    if word.kind not in ("dictionary", "g2p"):
        return None
    entry = _loanwords().get(word.letters)
    if entry is not None:
        return (entry[script], 0.97) if entry[script] else None
    compound = established(word.letters, script)
    if compound:
        return compound, 0.86
    lead = _letter_then_word(word, script)
    return (lead, 0.92) if lead else None  # no English syllable starts so: stronger than any rule


# English onsets of two consonant letters; any other pair at the start of a word (Gmail, Xbox)
# cannot be read as one syllable, so the first letter is said by its name.
_ONSETS = frozenset("bl br ch cl cr dr dw fl fr gh gl gr gw kl kn kr ph pl pr ps qu sc sh sk sl sm sn sp "
                    "st sw th tr ts tw wh wr".split())
_CONSONANT_LETTERS = frozenset("bcdfghjklmnpqrstvwxz")


def _letter_then_word(word: Word, script: str) -> str | None:
    """A letter said by its name before a listed word: iPhone, eBay (camel case), Gmail, Xbox
    (no English syllable starts with gm- or xb-)."""
    spelling, letters = word.spelling, word.letters
    if len(letters) < 4:
        return None
    camel = len(spelling) > 1 and spelling[0].islower() and spelling[1].isupper()
    cluster = letters[0] in _CONSONANT_LETTERS and letters[1] in _CONSONANT_LETTERS and letters[:2] not in _ONSETS
    if not (camel or cluster):
        return None
    rest = _loanwords().get(letters[1:])
    tail = rest[script] if rest else established(letters[1:], script)
    if not tail:
        return None
    from ..lexicon import letter_names

    name = letter_names(script).get(letters[0])  # script is "ja" or "ko", the language's own letter names
    return name.name + tail if name else None
