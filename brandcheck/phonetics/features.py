"""Phonological features and distances between IPA segment sequences.

One panphon :class:`~panphon.featuretable.FeatureTable` is shared by the whole process. panphon
0.22 builds a table by reading ``ipa_all.csv`` (6,367 rows) with pandas ``iterrows``, about 0.5 s
per build, and epitran builds three per reader (``Epitran``, ``SimpleEpitran``, ``XSampa``). We
replace the class, before epitran is imported, with a memoising subclass whose ``__new__`` returns
the one initialised instance and whose table is parsed with the :mod:`csv` module; this takes the
cold cost of readers for a dozen languages from ~13 s to well under a second (see
``docs/pronounceability.md``). It has to stay a *subclass*: panphon calls
``FeatureTable.normalize`` as a static method.

Distances use the table's feature vectors with the weights in :data:`_WEIGHTS`:
:func:`segment_distance` in [0, 1] and :func:`ipa_distance`, a normalised weighted edit distance
over segment sequences. Pair costs are memoised, so the dynamic programme is a few
dict look-ups per cell; with a ``cutoff`` (:func:`ipa_similarity`) it stops as soon as exact lower
bounds show the threshold is out of reach, which is what scanning a lexicon mostly meets.
:func:`_reference_ipa_distance` is the plain programme the tests hold the fast one to.

Segments in brandcheck are plain IPA strings: affricates and English-style diphthongs are single
segments written without tie bars (``"tʃ"``, ``"dʒ"``, ``"aɪ"``, ``"eɪ"``, ``"oʊ"``); length marks stay
attached (``"aː"``).
"""

from __future__ import annotations

import csv
import re
import functools
import importlib
import math
import sys
import types
import unicodedata
from importlib import resources
from typing import Iterable, Sequence

__all__ = [
    "feature_table",
    "install_shared_table",
    "vector",
    "known",
    "is_vowel",
    "is_consonant",
    "segment_distance",
    "ipa_distance",
    "ipa_similarity",
    "segment",
    "nearest",
    "sonority",
    "align",
    "broad",
    "AFFRICATES",
    "DIPHTHONGS",
]

AFFRICATES = ("tʃ", "dʒ", "ts", "dz", "tɕ", "dʑ", "pf", "tʂ", "dʐ")
"""Affricates kept as one segment (written without a tie bar)."""

DIPHTHONGS = ("aɪ", "aʊ", "eɪ", "oʊ", "ɔɪ", "əʊ", "aj", "aw", "ej", "oj", "ɛɪ", "œʏ", "ɔʏ", "ʌɪ", "ɐʊ",
              "ɑɪ", "ɑʊ")
"""Diphthongs kept as one segment when a source writes them as one (English, Dutch, German…)."""

_FEATURES = ("syl", "son", "cons", "cont", "delrel", "lat", "nas", "strid", "voi", "sg", "cg", "ant",
             "cor", "distr", "lab", "hi", "lo", "back", "round", "velaric", "tense", "long")
"""The panphon features we compare (tone features left out: names are compared toneless)."""


# --------------------------------------------------------------------------------------------------
# The shared FeatureTable


class _Deferred(types.ModuleType):
    """Stands in for a module while another is imported: imports the real one on first use.

    panphon imports pandas at module level (~0.3 s cold) and epitran imports requests (~50 ms, for
    downloading dictionaries we never use), but brandcheck never calls either. While those are
    imported the stand-in sits in ``sys.modules``; afterwards it is removed, so everybody else
    imports the real module as usual, and their own calls (code paths we do not use) still work
    through :meth:`__getattr__`.
    """

    def __getattr__(self, name: str):
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        real = importlib.import_module(self.__name__)
        return getattr(real, name)


def import_with_stand_ins(modules: tuple[str, ...], stand_ins: tuple[str, ...]) -> None:
    """Import ``modules`` with a :class:`_Deferred` stand-in for each of ``stand_ins`` not yet imported."""
    stubs = {name: _Deferred(name) for name in stand_ins if name not in sys.modules}
    sys.modules.update(stubs)
    try:
        for module in modules:
            importlib.import_module(module)
    finally:
        for name, stub in stubs.items():
            if sys.modules.get(name) is stub:
                del sys.modules[name]


def _import_panphon():
    import_with_stand_ins(("panphon", "panphon.featuretable"), ("pandas",))


class _LazyRegex:
    """panphon compiles one 6,000-alternative regex per table (~0.3 s) that only panphon's
    distance/collapse helpers use; compile it on first use instead."""

    __slots__ = ("_build", "_compiled")

    def __init__(self, build) -> None:
        self._build = build
        self._compiled = None

    def __getattr__(self, name: str):
        if self._compiled is None:
            self._compiled = self._build()
        return getattr(self._compiled, name)


@functools.lru_cache(maxsize=1)
def _shared_class():
    _import_panphon()
    import panphon
    import panphon.featuretable as pft
    from panphon.segment import Segment

    base = pft.FeatureTable
    if getattr(base, "_brandcheck_shared", False):
        return base

    class SharedFeatureTable(base):  # type: ignore[misc, valid-type]
        """A panphon FeatureTable built once per process (parsed without pandas)."""

        _brandcheck_shared = True
        _instance = None

        def __new__(cls, feature_set: str = "spe+"):
            inst = cls.__dict__.get("_instance")
            if inst is None:
                inst = object.__new__(cls)
                base.__init__(inst, feature_set)
                cls._instance = inst
            return inst

        def __init__(self, *args, **kwargs) -> None:  # already initialised in __new__
            pass

        def _build_seg_regex(self):
            return _LazyRegex(lambda: base._build_seg_regex(self))

        def _read_weights(self, weights_fn: str) -> list[float]:
            with resources.files("panphon").joinpath(weights_fn).open(encoding="utf-8") as f:
                rows = list(csv.reader(f))
            return [float(x) for x in rows[1]]

        def _read_bases(self, fn: str, weights):
            spec_to_int = {"+": 1, "0": 0, "-": -1}
            with resources.files("panphon").joinpath(fn).open(encoding="utf-8") as f:
                reader = csv.reader(f)
                names = next(reader)[1:]
                segments = []
                for row in reader:
                    ipa = unicodedata.normalize("NFD", row[0])
                    values = {n: spec_to_int[v] for n, v in zip(names, row[1:])}
                    segments.append((ipa, Segment(names, values, weights=weights)))
            return segments, dict(segments), names

    pft.FeatureTable = SharedFeatureTable
    panphon.FeatureTable = SharedFeatureTable
    # modules that did `from panphon.featuretable import FeatureTable` before us
    for mod_name in ("panphon.distance", "panphon._panphon", "panphon.permissive"):
        mod = sys.modules.get(mod_name)
        if mod is not None and getattr(mod, "FeatureTable", None) is base:
            mod.FeatureTable = SharedFeatureTable
    return SharedFeatureTable


def install_shared_table() -> None:
    """Make every ``panphon.FeatureTable()`` in this process return one shared, memoised table.

    Called by :mod:`brandcheck.phonetics.readers` before epitran is imported. Idempotent.
    """
    _shared_class()


def feature_table():
    """The shared panphon FeatureTable (built on first use, ~0.15 s)."""
    return _shared_class()()


# --------------------------------------------------------------------------------------------------
# Feature vectors


_WEIGHTS = {
    "syl": 1.0, "son": 1.0, "cons": 1.0, "cont": 0.6, "delrel": 0.4, "lat": 0.5, "nas": 0.6,
    "strid": 0.3, "voi": 0.5, "sg": 0.2, "cg": 0.3, "ant": 0.4, "cor": 0.6, "distr": 0.2, "lab": 0.6,
    "hi": 0.5, "lo": 0.5, "back": 0.5, "round": 0.4, "velaric": 0.3, "tense": 0.2, "long": 0.15,
}
"""Feature weights. The major-class features keep panphon's weight 1 (``feature_weights.csv``);
the others are raised from panphon's 0.125–0.25 so that voicing and place count as audible
differences (p/b, k/t) rather than rounding errors — a project choice, checked against the pairs
in ``tests/phonetics/test_phonetics_features.py`` (p–b < l–ɾ < k–t < w–v < a–k)."""

_SCALE = 10.0
"""Weighted difference treated as a complete change (≈ an open vowel vs. a voiceless stop, 10.8);
larger differences are capped at 1."""


def _canonical(seg: str) -> str:
    return unicodedata.normalize("NFD", seg.replace("ˈ", "").replace("ˌ", ""))


@functools.lru_cache(maxsize=4096)
def vector(seg: str) -> tuple[float, ...] | None:
    """Feature vector of one segment (values −1/0/+1 in :data:`_FEATURES` order), or None if unknown.

    Affricates are looked up with their tie bar; diphthongs and other sequences panphon lists as
    several segments get the mean of their parts' vectors.
    """
    ft = feature_table()
    s = _canonical(seg)
    data = ft.seg_dict
    for form in (s, s[:1] + "\u0361" + s[1:] if len(s) == 2 else None, s.replace("\u0361", "")):
        if form and form in data:
            d = data[form]
            return tuple(float(d[n]) for n in _FEATURES)
    if s == "ɚ":
        return vector("ə˞")
    parts = ft.ipa_segs(s)
    if not parts:
        return None
    vecs = [v for v in (vector(p) for p in parts) if v is not None]
    if not vecs:
        return None
    return tuple(sum(col) / len(vecs) for col in zip(*vecs))


def known(seg: str) -> bool:
    """True when the segment has a feature vector."""
    return vector(seg) is not None


_VOWEL_CHARS = frozenset("aeiouyɑɐɒæɛɜɞəɘɵɤɯɪʏʊʌɔøœɶɨʉɚɝ")


@functools.lru_cache(maxsize=4096)
def is_vowel(seg: str) -> bool:
    """True for syllabic vowels (diphthongs included); decided from the first character when possible."""
    s = _canonical(seg)
    if not s:
        return False
    if s[0] in _VOWEL_CHARS:
        return True
    v = vector(s)
    return bool(v and v[0] > 0 and v[2] < 0)


def is_consonant(seg: str) -> bool:
    """True for anything that is not a vowel."""
    return not is_vowel(seg)


_WEIGHT_VECTOR = tuple(_WEIGHTS[n] for n in _FEATURES)


_PAIR: dict[tuple[str, str], float] = {}


def segment_distance(a: str, b: str) -> float:
    """Feature-weighted distance between two segments in [0, 1] (0 = same segment).

    Sum over panphon features of weight × |difference| (weights :data:`_WEIGHTS`), divided by
    :data:`_SCALE` and capped at 1.
    Unknown segments are at distance 1 from everything but themselves. Different segments with
    identical features are 0.02 apart so that the edit distance still sees them.
    """
    if a == b:
        return 0.0
    key = (a, b) if a < b else (b, a)
    cost = _PAIR.get(key)
    if cost is None:
        va, vb = vector(a), vector(b)
        if va is None or vb is None:
            cost = 1.0
        else:
            cost = sum(w * abs(x - y) for w, x, y in zip(_WEIGHT_VECTOR, va, vb)) / _SCALE
            # a vowel for a consonant is a bigger change than features alone say (syl is one feature)
            if is_vowel(a) != is_vowel(b):
                cost = max(cost, 0.6)
            cost = min(1.0, max(cost, 0.02))
        _PAIR[key] = cost
    return cost


INDEL_CONSONANT = 1.0
"""Cost of inserting/deleting a consonant (the unit of the edit distance)."""
INDEL_VOWEL = 0.8
"""Cost of inserting/deleting a vowel: an epenthetic vowel changes a name less than a lost consonant
(loanword studies: listeners still map ``sutoraiku`` back to *strike*); a project choice."""


def _indel(seg: str) -> float:
    return INDEL_VOWEL if is_vowel(seg) else INDEL_CONSONANT


class _CostRow(dict):
    """Substitution costs from one segment to others, filled on first use (``row[other]``)."""

    __slots__ = ("seg",)

    def __init__(self, seg: str) -> None:
        super().__init__()
        self.seg = seg

    def __missing__(self, other: str) -> float:
        cost = self[other] = segment_distance(self.seg, other)
        return cost


class _Rows(dict):
    def __missing__(self, seg: str) -> _CostRow:
        row = self[seg] = _CostRow(seg)
        return row


class _Indels(dict):
    def __missing__(self, seg: str) -> float:
        cost = self[seg] = _indel(seg)
        return cost


_ROWS = _Rows()
_INDELS = _Indels()

_MARGIN = 1e-9
"""Slack on every early exit: floating-point error in a DP over names (costs ≤ 1, a few dozen
cells) is ~1e-13, so a pair is given up only when its lower bound clears the limit by far more."""


def _cost(a: tuple[str, ...], b: tuple[str, ...], limit: float) -> float | None:
    """The weighted edit cost of ``a`` vs ``b`` (both non-empty, different), or None once a lower
    bound proves it exceeds ``limit``.

    Cell for cell the same additions as :func:`_reference_ipa_distance`, so a returned cost is
    bit-identical to it. The bounds only decide when to stop: costs are non-negative, so the
    final cost is at least the smallest cell of every row; and a length difference costs at least
    one vowel indel per segment. Below ``limit`` only the diagonal band a path within it can use
    is filled (:func:`_banded`).
    """
    n, m = len(a), len(b)
    stop = limit + _MARGIN
    if abs(n - m) * INDEL_VOWEL > stop:
        return None
    if n == m and stop < 2 * INDEL_VOWEL - _MARGIN:
        # Equal lengths and a limit below two indels: any path off the diagonal deletes and inserts
        # at least once (≥ 1.6), so only the diagonal can stay within the limit. The DP's value is
        # the least, over paths, of the costs summed in path order, so when the diagonal's sum is
        # within the limit it is exactly the DP's value; when it is not, no path is.
        rows = _ROWS
        total = 0.0
        for x, y in zip(a, b):
            total += rows[x][y]
            if total > stop:
                return None
        return total
    indels = _INDELS
    ib = [indels[x] for x in b]
    prev = [0.0]
    total = 0.0
    for c in ib:
        total += c
        prev.append(total)
    rows = _ROWS
    if stop < INDEL_VOWEL * (n + m):
        return _banded(a, b, ib, prev, stop)
    for i, ai in enumerate(a, 1):
        subs = rows[ai]
        da = indels[ai]
        left = prev[0] + da
        cur = [left]
        lowest = left
        for diag, up, bj, cj in zip(prev, prev[1:], b, ib):
            x = diag + subs[bj]
            y = up + da
            if y < x:
                x = y
            y = left + cj
            if y < x:
                x = y
            cur.append(x)
            left = x
            if x < lowest:
                lowest = x
        if lowest > stop and i < n:
            return None
        prev = cur
    return prev[m]


def _banded(a: tuple[str, ...], b: tuple[str, ...], ib: list[float], first: list[float], stop: float) -> float | None:
    """:func:`_cost`'s table filled only where a path within ``stop`` can pass: a path through cell
    (i, j) makes at least |i - j| indels to reach it and |(n - m) - (i - j)| more to reach the end,
    each costing at least :data:`INDEL_VOWEL`, so cells with i - j outside
    [(n - m - W) / 2, (n - m + W) / 2], W = stop / INDEL_VOWEL, are left out (infinite). Every path
    within ``stop`` stays inside the band, so the band's least cost, when within ``stop``, is the
    full table's, the same additions in the same order (a limit of two indels or more: scans of
    longer lexicon words and windows, and rescoring against the best so far)."""
    n, m = len(a), len(b)
    reach = stop / INDEL_VOWEL
    low, high = (n - m - reach) / 2, (n - m + reach) / 2  # the band: low <= i - j <= high
    inf = math.inf
    last = min(m, math.floor(-low))  # row 0: j <= -low
    prev = first[:last + 1] + [inf] * (m - last)
    indels, rows = _INDELS, _ROWS
    for i, ai in enumerate(a, 1):
        subs = rows[ai]
        da = indels[ai]
        start = max(0, math.ceil(i - high))
        end = min(m, math.floor(i - low))
        cur = [inf] * (m + 1)
        if start == 0:
            left = prev[0] + da
            cur[0] = left
            start = 1
        else:
            left = inf
        lowest = left
        for j in range(start, end + 1):
            x = prev[j - 1] + subs[b[j - 1]]
            y = prev[j] + da
            if y < x:
                x = y
            y = left + ib[j - 1]
            if y < x:
                x = y
            cur[j] = x
            left = x
            if x < lowest:
                lowest = x
        if lowest > stop and i < n:
            return None
        prev = cur
    return prev[m]


def ipa_distance(a: Sequence[str], b: Sequence[str]) -> float:
    """Normalised feature-weighted edit distance between two segment sequences, in [0, 1].

    Substitution costs :func:`segment_distance`, insertion/deletion costs 1 (consonants) or 0.8
    (vowels); the total is divided by the length of the longer sequence. Symmetric; 0 for equal
    sequences; 1 when one side is empty and the other is not.
    """
    a = tuple(a)
    b = tuple(b)
    if a == b:
        return 0.0
    n, m = len(a), len(b)
    if not n or not m:
        return 1.0
    return min(1.0, _cost(a, b, float("inf")) / max(n, m))


def ipa_similarity(a: Sequence[str], b: Sequence[str], *, cutoff: float | None = None) -> float:
    """``1 - ipa_distance(a, b)``.

    With ``cutoff``, a similarity below it is returned as 0.0 and the computation stops as soon
    as a bound proves it cannot reach the cutoff (scanning lexicons costs a fraction); a
    similarity at or above it is exactly the value without ``cutoff``.
    """
    if cutoff is None or cutoff <= 0.0:
        return 1.0 - ipa_distance(a, b)
    a = tuple(a)
    b = tuple(b)
    if a == b:
        return 1.0 if cutoff <= 1.0 else 0.0
    n, m = len(a), len(b)
    if not n or not m:
        return 0.0
    longest = max(n, m)
    cost = _cost(a, b, (1.0 - cutoff) * longest)
    if cost is None:
        return 0.0
    sim = 1.0 - min(1.0, cost / longest)
    return sim if sim >= cutoff else 0.0


def _reference_ipa_distance(a: Sequence[str], b: Sequence[str]) -> float:
    """Naive twin of :func:`ipa_distance` (the code before the fast path), for tests and benchmarks."""
    a = tuple(a)
    b = tuple(b)
    if a == b:
        return 0.0
    n, m = len(a), len(b)
    if not n or not m:
        return 1.0
    prev = [0.0] * (m + 1)
    for j in range(1, m + 1):
        prev[j] = prev[j - 1] + _indel(b[j - 1])
    for i in range(1, n + 1):
        ai = a[i - 1]
        da = _indel(ai)
        cur = [prev[0] + da] + [0.0] * m
        for j in range(1, m + 1):
            bj = b[j - 1]
            sub = prev[j - 1] + (0.0 if ai == bj else segment_distance(ai, bj))
            dele = prev[j] + da
            ins = cur[j - 1] + _indel(bj)
            cur[j] = sub if sub <= dele and sub <= ins else (dele if dele <= ins else ins)
        prev = cur
    return min(1.0, prev[m] / max(n, m))


# --------------------------------------------------------------------------------------------------
# Segmenting IPA text

_STRIP = str.maketrans("", "", "ˈˌ.|‖ \u200b-")


@functools.lru_cache(maxsize=8192)
def segment(ipa: str) -> tuple[str, ...]:
    """Split an IPA string into brandcheck segments (stress marks and syllable dots dropped).

    Uses panphon's segmenter, then joins affricates (with or without tie bar) and the diphthongs in
    :data:`DIPHTHONGS`; ``ɝ``/``ə˞`` become ``ɚ``. Characters panphon does not know are dropped.
    """
    text = unicodedata.normalize("NFD", ipa.translate(_STRIP)).replace("ɝ", "ɚ").replace("ə˞", "ɚ")
    text = text.replace("g", "ɡ").replace("ʦ", "ts").replace("ʧ", "tʃ").replace("ʤ", "dʒ")
    if not unicodedata.is_normalized("NFD", text):  # not expected (only base letters replaced)
        return _reference_segment(ipa)
    # panphon's longest_one_seg_prefix, walking its trie from each position: the same answer
    # without re-normalising the rest of the text at every step (every tail of an NFD text is NFD)
    ft = feature_table()
    trie, leaf = ft.seg_trie, ft.TRIE_LEAF_MARKER
    out: list[str] = []
    i, size = 0, len(text)
    while i < size:
        if text[i] == "ɚ":
            out.append("ɚ")
            i += 1
            continue
        node, pos, found = trie, i, 0
        while pos < size:
            node = node.get(text[pos])
            if node is None:
                break
            pos += 1
            if leaf in node:
                found = pos - i
        if not found:
            i += 1
            continue
        seg = text[i:i + found].replace("\u0361", "").replace("\u035c", "")
        i += found
        out.append(unicodedata.normalize("NFC", seg))
    return _join_units(out)


def _reference_segment(ipa: str) -> tuple[str, ...]:
    """Naive twin of :func:`segment` (the code before the fast path), for tests and benchmarks."""
    text = unicodedata.normalize("NFD", ipa.translate(_STRIP)).replace("ɝ", "ɚ").replace("ə˞", "ɚ")
    text = text.replace("g", "ɡ").replace("ʦ", "ts").replace("ʧ", "tʃ").replace("ʤ", "dʒ")
    ft = feature_table()
    out: list[str] = []
    i = 0
    while i < len(text):
        if text[i] == "ɚ":
            out.append("ɚ")
            i += 1
            continue
        seg = ft.longest_one_seg_prefix(text[i:])
        if not seg:
            i += 1
            continue
        i += len(seg)
        seg = seg.replace("\u0361", "").replace("\u035c", "")
        out.append(unicodedata.normalize("NFC", seg))
    return _join_units(out)


def _join_units(segs: Iterable[str]) -> tuple[str, ...]:
    out: list[str] = []
    for s in segs:
        if out:
            pair = out[-1] + s
            if pair in AFFRICATES or pair in DIPHTHONGS:
                out[-1] = pair
                continue
        out.append(s)
    return tuple(out)


# --------------------------------------------------------------------------------------------------
# Nearest sound and sonority


def nearest(seg: str, inventory: Iterable[str]) -> str:
    """The inventory sound closest to ``seg`` by :func:`segment_distance` (vowels stay vowels when possible)."""
    inv = tuple(inventory)
    if seg in inv or not inv:
        return seg
    want_vowel = is_vowel(seg)
    same = [s for s in inv if is_vowel(s) == want_vowel] or list(inv)
    return min(same, key=lambda s: (segment_distance(seg, s), s))


@functools.lru_cache(maxsize=4096)
def sonority(seg: str) -> int:
    """Sonority rank: 0 stops, 1 affricates, 2 fricatives, 3 nasals, 4 liquids, 5 glides, 6 vowels."""
    if is_vowel(seg):
        return 6
    base = seg.rstrip("ːʰʲʷˠˤ̃")
    if base in AFFRICATES:
        return 1
    v = vector(seg)
    if v is None:
        return 0
    syl, son, cons, cont, delrel, lat, nas = v[:7]
    if nas > 0:
        return 3
    if son > 0 and cons > 0:
        return 4
    if son > 0:
        return 5
    if cont > 0:
        return 2
    if delrel > 0:
        return 1
    return 0


# --------------------------------------------------------------------------------------------------
# Alignment and broad transcription


def align(a: Sequence[str], b: Sequence[str]) -> list[tuple[str | None, str | None]]:
    """The cheapest alignment behind :func:`ipa_distance`: pairs ``(x, y)``, ``None`` for a gap."""
    a = tuple(a)
    b = tuple(b)
    n, m = len(a), len(b)
    # the same cells and tie-breaks as _reference_align, with the costs read from the memo rows
    rows, indels = _ROWS, _INDELS
    ia = [indels[x] for x in a]
    ib = [indels[y] for y in b]
    first = [0.0]
    for c in ib:
        first.append(first[-1] + c)
    cost = [first]
    for ai, da in zip(a, ia):
        prev = cost[-1]
        subs = rows[ai]
        left = prev[0] + da
        cur = [left]
        for diag, up, bj, cj in zip(prev, prev[1:], b, ib):
            left = min(diag + subs[bj], up + da, left + cj)
            cur.append(left)
        cost.append(cur)
    out: list[tuple[str | None, str | None]] = []
    i, j = n, m
    while i > 0 or j > 0:
        if i > 0 and j > 0 and abs(cost[i][j] - cost[i - 1][j - 1] - rows[a[i - 1]][b[j - 1]]) < 1e-9:
            out.append((a[i - 1], b[j - 1]))
            i, j = i - 1, j - 1
        elif i > 0 and abs(cost[i][j] - cost[i - 1][j] - ia[i - 1]) < 1e-9:
            out.append((a[i - 1], None))
            i -= 1
        else:
            out.append((None, b[j - 1]))
            j -= 1
    out.reverse()
    return out


def _reference_align(a: Sequence[str], b: Sequence[str]) -> list[tuple[str | None, str | None]]:
    """Naive twin of :func:`align` (the code before the fast path), for tests and benchmarks."""
    a = tuple(a)
    b = tuple(b)
    n, m = len(a), len(b)
    cost = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        cost[i][0] = cost[i - 1][0] + _indel(a[i - 1])
    for j in range(1, m + 1):
        cost[0][j] = cost[0][j - 1] + _indel(b[j - 1])
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            cost[i][j] = min(
                cost[i - 1][j - 1] + segment_distance(a[i - 1], b[j - 1]),
                cost[i - 1][j] + _indel(a[i - 1]),
                cost[i][j - 1] + _indel(b[j - 1]),
            )
    out: list[tuple[str | None, str | None]] = []
    i, j = n, m
    while i > 0 or j > 0:
        if i > 0 and j > 0 and abs(cost[i][j] - cost[i - 1][j - 1] - segment_distance(a[i - 1], b[j - 1])) < 1e-9:
            out.append((a[i - 1], b[j - 1]))
            i, j = i - 1, j - 1
        elif i > 0 and abs(cost[i][j] - cost[i - 1][j] - _indel(a[i - 1])) < 1e-9:
            out.append((a[i - 1], None))
            i -= 1
        else:
            out.append((None, b[j - 1]))
            j -= 1
    out.reverse()
    return out


_BROAD = {
    "ɹ": "r", "ɾ": "r", "ʁ": "r", "ʀ": "r", "r̝": "r", "ɻ": "r", "ɽ": "r",
    "ɑ": "a", "æ": "a", "ɐ": "a", "ä": "a", "ă": "a", "ɒ": "a", "ʌ": "a", "ɪ": "i", "ʊ": "u", "ɯ": "u", "ɛ": "e",
    "ɔ": "o", "ɤ̆": "ə", "ɤ": "ə", "ɨ": "i", "z̩": "i", "ʐ̩": "i", "ɵ": "o", "ʏ": "y", "œ": "ø",
    "tɕ": "tʃ", "dʑ": "dʒ", "ɕ": "ʃ", "ʑ": "ʒ", "ʂ": "ʃ", "ʐ": "ʒ", "tʂ": "tʃ", "ʈʂ": "tʃ", "dʐ": "dʒ",
    "ʈ": "t", "ɖ": "d", "ɸ": "f", "ʋ": "v", "ɦ": "h", "ɴ": "n", "ç": "h", "x": "h", "ɳ": "n",
    "ʝ": "j", "ɰ": "w", "ɥ": "w", "ɫ": "l", "ʎ": "l", "ɲ": "n",
    "oʊ": "o", "əʊ": "o", "eɪ": "e", "ej": "e", "ou": "o", "ei": "e",
}
_BROAD_SPLIT = {"ɚ": ("ə", "r")}
_MODS = re.compile(r"[ːˑʰʱʲʷˠˤ\u0303\u0325\u032c\u0324\u0329\u032f\u0306\u0348]")


@functools.lru_cache(maxsize=4096)
def _broad_one(seg: str) -> tuple[str, ...]:
    if seg in _BROAD_SPLIT:
        return _BROAD_SPLIT[seg]
    if seg in _BROAD:
        return (_BROAD[seg],)
    s = _MODS.sub("", seg) or seg
    if s == "ʔ":
        return ()
    if s in _BROAD:
        return (_BROAD[s],)
    if len(s) >= 2 and s not in AFFRICATES and all(c in _VOWEL_CHARS or c in "jw" for c in s):
        # diphthong: its two parts (aɪ → a i, aj → a i)
        return tuple(_BROAD.get(c, c) if c not in "jw" else ("i" if c == "j" else "u") for c in s)
    return (s,)


def broad(segments: Sequence[str]) -> tuple[str, ...]:
    """A broad (phonemic-level) transcription for comparing pronunciations across languages.

    Differences listeners do not treat as a different name are folded away: rhotic variants (ɹ ɾ ʁ → r),
    length, aspiration and other modifiers, near vowels (ɪ → i, ʊ/ɯ → u, ɛ → e, ɔ → o, ɑ/æ/ʌ/ɐ → a),
    transcription variants (tɕ → tʃ, ɕ → ʃ), retroflex t/d, glottal stops; the English long mid vowels
    eɪ/oʊ are e/o, other diphthongs become their parts.
    """
    return tuple(x for s in segments for x in _broad_one(s))
