"""The curated phonology of each market language, from ``wordlists/phonology/``.

* ``inventories.tsv`` — the phonemes (core and marginal) of each language;
* ``syllables.tsv`` — its syllable template: allowed onset/coda clusters, repair strategy;
* ``substitutions.tsv`` — how it replaces sounds it lacks, and how noticeable that is.

Cluster patterns (``onsets``, ``codas``…) are comma-separated; each pattern is ``+``-joined tokens,
a token being a sound class or a literal segment; a leading ``!`` forbids what it matches:

==========  =====================================================
``C``       any consonant
``P``       oral stop (not ʔ)
``A``       affricate
``F``       fricative
``N``       nasal
``L``       lateral
``R``       rhotic (r ɾ ɹ ʁ ʀ r̝ ɻ)
``G``       glide (j w ɥ ɰ ʋ)
``Q``       (codas only) first half of a geminate: the same consonant starts the next syllable
==========  =====================================================

Tables are parsed once per language on first use.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..data import read_tsv
from ..errors import DataError
from .features import AFFRICATES, is_vowel, vector

__all__ = [
    "LANGUAGES", "Inventory", "Template", "Substitution", "inventory", "template", "substitutions",
    "sound_classes", "base", "Pattern", "language_of",
]

INVENTORIES = "phonology/inventories.tsv"
SYLLABLES = "phonology/syllables.tsv"
SUBSTITUTIONS = "phonology/substitutions.tsv"

RHOTICS = frozenset({"r", "ɾ", "ɹ", "ʁ", "ʀ", "r̝", "ɻ", "ɽ", "ɺ"})
GLIDES = frozenset({"j", "w", "ɥ", "ɰ", "ʋ"})
_MODIFIERS = re.compile(r"[ːˑʰʱʲʷˠˤ\u0303\u0325\u032c\u0324\u0329\u032f\u0306\u0348\u0361\u035c]")


def base(seg: str) -> str:
    """A segment without length, aspiration, palatalisation, nasalisation or tension marks (``"tʰ"`` → ``"t"``)."""
    stripped = _MODIFIERS.sub("", seg)
    return stripped or seg


@functools.lru_cache(maxsize=4096)
def sound_classes(seg: str) -> frozenset[str]:
    """Class letters of a segment (``V`` for vowels; ``C`` plus P/A/F/N/L/R/G for consonants)."""
    if is_vowel(seg):
        return frozenset("V")
    b = base(seg)
    out = {"C"}
    if b in RHOTICS:
        out.add("R")
        return frozenset(out)
    if b in GLIDES:
        out.add("G")
        return frozenset(out)
    if b in AFFRICATES:
        out.add("A")
        return frozenset(out)
    v = vector(b) or vector(seg)
    if v is None:
        return frozenset(out)
    # feature order: syl son cons cont delrel lat nas strid voi ...
    son, cont, delrel, lat, nas = v[1], v[3], v[4], v[5], v[6]
    if nas > 0:
        out.add("N")
    elif lat > 0:
        out.add("L")
    elif son > 0:
        out.add("G")
    elif delrel > 0:
        out.add("A")
    elif cont > 0:
        out.add("F")
    elif b != "ʔ":
        out.add("P")
    return frozenset(out)


_CLASS_LETTERS = frozenset("CPAFNLRGQ")


@dataclass(frozen=True, slots=True)
class Pattern:
    """One cluster pattern: tokens (class letters or literal segments) and whether it forbids."""

    tokens: tuple[str, ...]
    forbid: bool = False

    def matches(self, cluster: tuple[str, ...], *, next_seg: str | None = None) -> bool:
        if len(cluster) != len(self.tokens):
            return False
        for tok, seg in zip(self.tokens, cluster):
            if tok == "Q":
                if next_seg is None or base(next_seg) != base(seg) or is_vowel(seg):
                    return False
            elif tok in _CLASS_LETTERS:
                if tok not in sound_classes(seg):
                    return False
            elif tok != seg and tok != base(seg):
                return False
        return True


def _patterns(text: str) -> tuple[Pattern, ...]:
    out = []
    for item in text.split(","):
        item = item.strip()
        if not item:
            continue
        forbid = item.startswith("!")
        out.append(Pattern(tuple(item.lstrip("!").split("+")), forbid))
    return tuple(out)


def match(patterns: tuple[Pattern, ...], cluster: tuple[str, ...], *, next_seg: str | None = None) -> bool:
    """True when some allowing pattern matches and no forbidding one does."""
    ok = False
    for p in patterns:
        if p.matches(cluster, next_seg=next_seg):
            if p.forbid:
                return False
            ok = True
    return ok


@dataclass(frozen=True, slots=True)
class Inventory:
    """The sounds of one language."""

    language: str
    core: frozenset[str]
    """Phonemes native speakers say without effort."""
    marginal: frozenset[str]
    """Sounds found only in loans or some varieties: sayable, with a small cost."""

    def __contains__(self, seg: object) -> bool:
        return seg in self.core

    @property
    def all(self) -> frozenset[str]:
        return self.core | self.marginal


@dataclass(frozen=True, slots=True)
class Template:
    """The syllable template of one language (one row of syllables.tsv)."""

    language: str
    onsets: tuple[Pattern, ...]
    onsets_marginal: tuple[Pattern, ...]
    codas: tuple[Pattern, ...]
    final_codas: tuple[Pattern, ...]
    codas_marginal: tuple[Pattern, ...]
    coda_clusters: tuple[Pattern, ...]
    coda_map: tuple[tuple[str, tuple[str, ...], str], ...]
    """(sound, replacement, context) applied to codas that are kept: ``"_C"`` = only before a consonant."""
    coda_repair: str
    """``epenthesis`` or ``deletion`` for codas the language cannot keep."""
    epenthesis_default: str
    epenthesis_after: tuple[tuple[str, frozenset[str]], ...]
    harmony: bool
    prothesis_vowel: str
    prothesis_scope: str
    """``sC`` (s + consonant) or ``CC`` (any initial cluster); empty when no prothesis."""
    diphthongs: str
    """``units`` (keep listed diphthongs), ``glide`` (a + j) or ``hiatus`` (a + i)."""
    final_devoicing: bool
    unit: str
    """``syllable`` or ``mora`` (Japanese)."""
    note: str


@dataclass(frozen=True, slots=True)
class Substitution:
    """How a language replaces one sound it lacks."""

    sound: str
    replacement: tuple[str, ...]
    context: str
    severity: int
    note: str


LANGUAGES = ("en", "de", "es", "pt", "fr", "it", "nl", "sv", "no", "da", "fi", "pl", "cs", "ro", "hu", "tr",
             "el", "ru", "uk", "ar", "he", "fa", "hi", "zh", "ja", "ko", "th", "vi", "id", "ms", "tl",
             "hr", "sr", "bg", "sk", "sl", "lt", "lv", "et", "bn", "ur", "sw")
"""Languages with curated phonology (every market language)."""


def language_of(language_or_tag: str) -> str:
    """``"pt-BR"`` → ``"pt"``; raises DataError for a language without phonology tables."""
    lang = str(language_or_tag).replace("_", "-").split("-")[0].lower()
    if lang not in LANGUAGES:
        raise DataError(f"no phonology tables for language {language_or_tag!r}")
    return lang


@functools.lru_cache(maxsize=1)
def _inventories() -> dict[str, Inventory]:
    table = read_tsv(INVENTORIES, required=("language", "phoneme", "kind", "marginal"))
    core: dict[str, set[str]] = {}
    marg: dict[str, set[str]] = {}
    for row in table.dicts():
        (marg if row["marginal"] else core).setdefault(row["language"], set()).add(row["phoneme"])
    return {lang: Inventory(lang, frozenset(core.get(lang, ())), frozenset(marg.get(lang, ())))
            for lang in set(core) | set(marg)}


def inventory(language: str) -> Inventory:
    """The phoneme inventory of a language."""
    lang = language_of(language)
    try:
        return _inventories()[lang]
    except KeyError:
        raise DataError(f"{INVENTORIES} has no rows for {lang!r}") from None


def _coda_map(text: str) -> tuple[tuple[str, tuple[str, ...], str], ...]:
    out = []
    for item in text.split(","):
        item = item.strip()
        if not item:
            continue
        rule, _, context = item.partition("/")
        src, _, repl = rule.partition(">")
        out.append((src, tuple(repl.split()), context))
    return tuple(out)


def _epenthesis(text: str) -> tuple[str, tuple[tuple[str, frozenset[str]], ...], bool]:
    parts = [p.strip() for p in text.split(";") if p.strip()]
    if not parts:
        return "ə", (), False
    if parts[0] == "harmony":
        return "i", (), True
    after = []
    for p in parts[1:]:
        vowel, _, conds = p.partition("/")
        after.append((vowel.strip(), frozenset(c.strip() for c in conds.split(",") if c.strip())))
    return parts[0], tuple(after), False


@functools.lru_cache(maxsize=1)
def _templates() -> dict[str, Template]:
    cols = ("language", "onsets", "onsets_marginal", "codas", "final_codas", "codas_marginal", "coda_clusters",
            "coda_map", "coda_repair", "epenthesis", "prothesis", "diphthongs", "final_devoicing", "unit")
    table = read_tsv(SYLLABLES, required=cols)
    out = {}
    for row in table.dicts():
        default, after, harmony = _epenthesis(row["epenthesis"])
        pvowel, _, pscope = row["prothesis"].partition("/")
        codas = _patterns(row["codas"])
        out[row["language"]] = Template(
            language=row["language"],
            onsets=_patterns(row["onsets"]),
            onsets_marginal=_patterns(row["onsets_marginal"]),
            codas=codas,
            final_codas=_patterns(row["final_codas"]) or codas,
            codas_marginal=_patterns(row["codas_marginal"]),
            coda_clusters=_patterns(row["coda_clusters"]),
            coda_map=_coda_map(row["coda_map"]),
            coda_repair=row["coda_repair"] or "epenthesis",
            epenthesis_default=default,
            epenthesis_after=after,
            harmony=harmony,
            prothesis_vowel=pvowel.strip(),
            prothesis_scope=pscope.strip(),
            diphthongs=row["diphthongs"] or "glide",
            final_devoicing=row["final_devoicing"] == "yes",
            unit=row["unit"] or "syllable",
            note=row.get("note", ""),
        )
    return out


def template(language: str) -> Template:
    """The syllable template of a language."""
    lang = language_of(language)
    try:
        return _templates()[lang]
    except KeyError:
        raise DataError(f"{SYLLABLES} has no row for {lang!r}") from None


@functools.lru_cache(maxsize=1)
def _substitutions() -> dict[str, dict[str, tuple[Substitution, ...]]]:
    table = read_tsv(SUBSTITUTIONS, required=("language", "sound", "replacement", "context", "severity"))
    out: dict[str, dict[str, list[Substitution]]] = {}
    for row in table.dicts():
        sub = Substitution(row["sound"], tuple(row["replacement"].split()), row["context"],
                           int(row["severity"]), row.get("note", ""))
        out.setdefault(row["language"], {}).setdefault(row["sound"], []).append(sub)
    # contextual rules are tried before the context-free one
    return {lang: {s: tuple(sorted(v, key=lambda x: x.context == "")) for s, v in d.items()} for lang, d in out.items()}


def substitutions(language: str) -> dict[str, tuple[Substitution, ...]]:
    """``{sound: (Substitution, …)}`` for a language (contextual rules first)."""
    return _substitutions().get(language_of(language), {})
