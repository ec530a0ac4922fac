"""How well one market can say a name: the pronounceability score and its findings.

:func:`analyze` reads the name the way the market would and scores two things (formula and the
origin of every constant in ``docs/pronounceability.md``):

* **ease** — how much work the name is for local speakers: sounds the language lacks, clusters it
  cannot hold and the vowels needed to repair them, clusters it can hold but that are still hard,
  syllable inflation, and (Latin-script markets) letters the local spelling rules read differently;
* **fidelity** — how close the local pronunciation stays to the intended one (feature-weighted
  edit distance between broad transcriptions).

Latin-script markets read the spelling with their own rules (epitran, then adapted to the
language's sound system); other markets hear the intended pronunciation and adapt it, and write it
with the script renderers of :mod:`brandcheck.phonetics.scripts`.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Mapping

from ..model import Finding, FrozenMap, Pronounceability, Severity
from .adapt import Adaptation, Change, adapt
from ..markets import get
from .features import align, broad, ipa_similarity, is_vowel, segment_distance
from .lexicon import letter, letters_known, number, symbol
from .readers import read
from .tokenise import latin_letters
from .phonology import sound_classes
from .source import Source, SourceWord, intended

if TYPE_CHECKING:  # pragma: no cover
    from ..markets import Market
    from .scripts import Rendering

__all__ = ["MarketPronunciation", "analyze", "analyze_source", "romanize", "WEIGHTS"]

# --------------------------------------------------------------------------------------------------
# Constants (see docs/pronounceability.md for where each comes from)

W_EASE = 0.6
W_FIDELITY = 0.4
"""Score = 100 × (0.6 ease + 0.4 fidelity): effort weighs more than faithfulness because a name
people cannot say is lost, while a name said a little differently still works (Alter &
Oppenheimer 2006: fluency drives the effect); a project choice."""

WEIGHTS: dict[str, float] = {
    "substitution_2": 0.12,   # a sound the language lacks and merges with another (ja l, ar p)
    "substitution_1": 0.05,   # a noticeable but close replacement (ja f → ɸ, zh v → w)
    "marginal": 0.03,         # a loan-only sound (ar ɡ, hi f): sayable, slightly foreign
    "epenthesis": 0.08,       # each vowel the language must add to break a cluster
    "prothesis": 0.10,        # a vowel added before the name (es e-, hi i-): changes its first sound
    "deletion": 0.08,         # a sound the language drops (th final consonants)
    "devoicing": 0.02,        # final devoicing: regular and barely noticed
    "onset_cluster": 0.08,    # per extra consonant in a legal onset cluster (harder than CV everywhere)
    "s_stop_onset": 0.03,     # s + stop onsets break the sonority rise (marked even where legal)
    "coda_cluster": 0.04,     # per extra consonant in a legal coda cluster
    "marginal_cluster": 0.05, # a cluster found only in loans (tr tren, it final -rt)
    "inflation": 0.05,        # per syllable of growth beyond 30 % (on top of the vowels counted above)
    "spelling": 0.04,         # per sound the local spelling rules read differently from the intent
}
"""Penalties subtracted (as a sum P) from ease = exp(−P). Relative sizes follow the loanword
literature's hierarchy of repairs (segment substitution of a merging sound > insertion > close
substitution > phonetic detail); absolute values are calibrated so that a CV name such as *Kamo*
stays ≥ 90 and each epenthetic vowel costs ~5 points."""

INITIAL_FACTOR = 1.75
"""Changes in the first syllable weigh 1.5×: the onset of a name carries most of its recognition
(word-onset primacy in spoken word recognition; Marslen-Wilson's cohort model)."""


# --------------------------------------------------------------------------------------------------
# Result


@dataclass(frozen=True, slots=True)
class MarketPronunciation:
    """How one market says and writes a name."""

    market: str
    """BCP 47 tag of the market."""
    source: Source
    """The intended pronunciation."""
    reading: tuple[str, ...]
    """IPA segments of how the market says it (Latin markets: its reading of the spelling adapted
    to the language; other markets: the intended pronunciation adapted to the language)."""
    adapted: str
    """The local written form: the spelling in Latin-script markets, else the best rendering."""
    romanization: str
    """A Latin-letter form of :attr:`adapted`."""
    score: int
    """0–100; 100 = said as intended with no effort."""
    ease: float
    """Ease component in [0, 1]."""
    fidelity: float
    """Fidelity component in [0, 1]."""
    changes: tuple[Change, ...]
    """Adaptation changes (substitution, epenthesis, prothesis, deletion, devoicing)."""
    findings: tuple[Finding, ...]
    """Pronounceability findings for this market."""
    syllables: tuple[tuple[str, ...], ...] = ()
    """The reading in syllables."""
    words: tuple[tuple[str, ...], ...] = ()
    """The reading word by word."""
    alternatives: tuple[tuple[str, str], ...] = ()
    """Other renderings ``(text, romanization)``, best first (non-Latin markets)."""
    penalties: Mapping[str, float] = field(default_factory=dict)
    """The ease penalties by kind (for explanations and tuning)."""

    def to_model(self) -> Pronounceability:
        """The compact result model used in reports."""
        reading = " ".join("".join(w) for w in self.words) if self.words else "".join(self.reading)
        return Pronounceability(self.score, reading, self.adapted, tuple(f.message for f in self.findings))


# --------------------------------------------------------------------------------------------------
# Entry points


def analyze(name: str, market: "Market | str", *, source_language: str | None = None,
            ipa: str | None = None) -> MarketPronunciation:
    """Score how ``market`` says ``name`` (see module docstring).

    >>> analyze("Kamo", "ja").score >= 80
    True
    """
    from ..markets import Market, get

    m = market if isinstance(market, Market) else get(market)
    src = _intended(name, source_language, ipa)
    return analyze_source(src, m)


@functools.lru_cache(maxsize=4096)
def _intended(name: str, source_language: str | None, ipa: str | None) -> Source:
    return intended(name, source_language=source_language, ipa=ipa)


def analyze_source(source: Source, market: "Market", renderings: "tuple[Rendering, ...] | None" = None
                   ) -> MarketPronunciation:
    """:func:`analyze` for an already computed :class:`Source`; ``renderings`` are the market's
    transcriptions (:func:`brandcheck.phonetics.localize.transcriptions`) when already made."""
    if renderings is None and not market.latin:
        from .localize import transcriptions

        renderings = transcriptions(source, market)
    return _analyze(source, market.tag, renderings or ())


@functools.lru_cache(maxsize=4096)
def _analyze(src: Source, tag: str, renderings: "tuple[Rendering, ...]") -> MarketPronunciation:
    m = get(tag)
    lang = m.language
    same_language = src.language == lang
    if m.latin:
        return _latin(src, m, same_language)
    return _other(src, m, same_language, renderings)


# --------------------------------------------------------------------------------------------------
# Latin-script markets: read the spelling


def _word_adaptations(words: tuple[tuple[str, ...], ...], lang: str, native: bool) -> list[Adaptation]:
    return [adapt(w, lang, native=native) for w in words if w]


def _local_word(word: SourceWord, m: "Market", lang: str) -> tuple[str, ...]:
    """How the market reads one written word: local letter names for initialisms, local number
    words for digits, its spelling rules for everything else."""
    if word.kind == "letters":
        if word.spelling in ("&", "+"):
            said = symbol(word.spelling, lang)
            return said[1] if said else word.ipa
        if letters_known(lang):
            return tuple(s for ch in word.spelling for s in letter(ch, lang)[1])
        return word.ipa
    if word.kind == "number" and word.spelling.isdigit():
        return tuple(s for w in number(word.spelling, lang) for s in w)
    if not latin_letters(word.spelling):
        return word.ipa  # a word in another script: said as its own script reads it
    return read(word.spelling, m) or word.ipa


def _latin(src: Source, m: "Market", same_language: bool) -> MarketPronunciation:
    lang = m.language
    if same_language:
        read_words = tuple(w.ipa for w in src.words)
    else:
        read_words = tuple(_local_word(w, m, lang) for w in src.words)
    reading = _word_adaptations(read_words, lang, True)
    segs = tuple(s for a in reading for s in a.segments)
    fidelity = _fidelity(src.ipa, segs)
    drifts: list[tuple[str, str, float]] = []
    if not same_language:
        for w, a in zip(src.words, reading):
            if w.kind in ("dictionary", "g2p", "user"):
                drifts += _spelling_drifts(w.ipa, a.segments)
    penalties = _penalties(reading, src)
    if drifts:
        penalties["spelling"] = WEIGHTS["spelling"] * sum(d[2] for d in drifts)
    ease = math.exp(-sum(penalties.values()))
    score = _score(ease, fidelity)
    changes = _offset_changes(reading)
    findings = _findings(src, m, reading, changes, drifts, score, fidelity, src.name, src.name)
    return MarketPronunciation(
        market=m.tag, source=src, reading=segs, adapted=src.name, romanization=src.name, score=score,
        ease=round(ease, 4), fidelity=round(fidelity, 4), changes=changes, findings=findings,
        syllables=tuple(s for a in reading for s in a.syllables), words=tuple(a.segments for a in reading),
        penalties=FrozenMap(penalties),
    )


def _spelling_drifts(intended_ipa: tuple[str, ...], read: tuple[str, ...]) -> list[tuple[str, str, float]]:
    """Sounds the market's spelling rules produce differently from the intended pronunciation:
    ``(intended, read, weight)``. Consonants: weight 1 for a different sound (distance ≥ 0.3, or a
    consonant added/dropped, e.g. a silent letter), 0.5 for a close one (≥ 0.12: s/ʃ, θ/t). Vowels:
    listed with weight 0 when the vowel changes (≥ 0.1: French u = /y/, Swedish o = /u/), except the
    reduced vowel ə: English vowel letters have so many values that a different vowel is no sign of a
    spelling trap (fidelity still counts it)."""
    out = []
    for x, y in align(broad(intended_ipa), broad(read)):
        if x is None or y is None:
            seg = x or y or ""
            if seg and not is_vowel(seg):
                out.append((x or "", y or "", 1.0))
            continue
        if x == y:
            continue
        d = segment_distance(x, y)
        if is_vowel(x) and is_vowel(y):
            if x != "ə" and d >= 0.1:
                out.append((x, y, 0.0))  # reported, not penalised: English vowel letters are too variable
        elif d >= 0.3:
            out.append((x, y, 1.0))
        elif d >= 0.12:
            out.append((x, y, 0.5))
    return out


# --------------------------------------------------------------------------------------------------
# Other scripts: hear and adapt, then write with the renderers


def _other(src: Source, m: "Market", same_language: bool, renderings: "tuple[Rendering, ...]") -> MarketPronunciation:
    lang = m.language
    heard: list[Adaptation] = []
    for w in src.words:
        if w.kind == "letters" and w.spelling.isalpha() and letters_known(lang) and not same_language:
            # initialisms are said with the market's own names for the Latin letters
            local = tuple(s for ch in w.spelling for s in letter(ch, lang)[1])
            heard.append(adapt(local, lang, native=True))
        elif w.ipa:
            heard.append(adapt(w.ipa, lang, native=same_language))
    segs = tuple(s for a in heard for s in a.segments)
    fid_adapted = _fidelity(src.ipa, segs)
    if renderings and renderings[0].ipa:
        best = renderings[0]
        fidelity = 0.5 * fid_adapted + 0.5 * _fidelity(src.ipa, tuple(best.ipa))
        text, roman = best.text, best.romanization
    else:
        fidelity = fid_adapted
        text = roman = " ".join(romanize(a.segments) for a in heard)
    penalties = _penalties(heard, src)
    ease = math.exp(-sum(penalties.values()))
    score = _score(ease, fidelity)
    changes = _offset_changes(heard)
    findings = _findings(src, m, heard, changes, [], score, fidelity, text, roman)
    return MarketPronunciation(
        market=m.tag, source=src, reading=segs, adapted=text, romanization=roman, score=score,
        ease=round(ease, 4), fidelity=round(fidelity, 4), changes=changes, findings=findings,
        syllables=tuple(s for a in heard for s in a.syllables), words=tuple(a.segments for a in heard),
        alternatives=tuple((r.text, r.romanization) for r in renderings[1:]),
        penalties=FrozenMap(penalties),
    )


# --------------------------------------------------------------------------------------------------
# Scoring


def _fidelity(intended_ipa: tuple[str, ...], local: tuple[str, ...]) -> float:
    return ipa_similarity(broad(intended_ipa), broad(local))


def _score(ease: float, fidelity: float) -> int:
    return max(0, min(100, round(100 * (W_EASE * ease + W_FIDELITY * fidelity))))


def _syllable_count(segs: tuple[str, ...]) -> int:
    return sum(1 for s in segs if is_vowel(s))


def _first_vowel(segs: tuple[str, ...]) -> int:
    for i, s in enumerate(segs):
        if is_vowel(s):
            return i
    return len(segs)


def _penalties(adaptations: list[Adaptation], src: Source) -> dict[str, float]:
    p: dict[str, float] = {}

    def add(kind: str, value: float) -> None:
        p[kind] = p.get(kind, 0.0) + value

    for a in adaptations:
        initial_limit = _first_vowel(a.source)
        for c in a.changes:
            factor = INITIAL_FACTOR if c.position <= initial_limit else 1.0
            if c.kind == "substitution":
                if c.severity >= 2:
                    add("missing_sound", WEIGHTS["substitution_2"] * factor)
                elif c.severity == 1:
                    add("missing_sound", WEIGHTS["substitution_1"] * factor)
            elif c.kind == "deletion" and sound_classes(c.segment) & {"L", "R", "G"}:
                # a dropped liquid or glide (Thai car → kaa) loses less than a dropped obstruent
                add("cluster", WEIGHTS["deletion"] * 0.5 * factor)
            elif c.kind in ("epenthesis", "prothesis", "deletion", "devoicing"):
                add("cluster" if c.kind != "devoicing" else "devoicing", WEIGHTS[c.kind] * factor)
        if a.marginal:
            add("marginal", WEIGHTS["marginal"] * len(a.marginal))
        for where, cluster, status in a.clusters:
            extra = max(0, len(cluster) - 1)
            if status == "marginal":
                add("marked_cluster", WEIGHTS["marginal_cluster"])
            if where == "onset":
                add("marked_cluster", WEIGHTS["onset_cluster"] * extra)
                if cluster[0] in ("s", "ʃ") and len(cluster) > 1 and cluster[1].rstrip("ʰ") in (
                        "p", "t", "k", "b", "d", "ɡ"):
                    add("marked_cluster", WEIGHTS["s_stop_onset"])
            else:
                add("marked_cluster", WEIGHTS["coda_cluster"] * extra)
    src_syl = max(1, _syllable_count(src.ipa))
    new_syl = sum(len(a.syllables) for a in adaptations)
    growth = new_syl - 1.3 * src_syl
    if growth > 0:
        add("inflation", WEIGHTS["inflation"] * growth)
    return p


def _offset_changes(adaptations: list[Adaptation]) -> tuple[Change, ...]:
    out = []
    offset = 0
    for a in adaptations:
        for c in a.changes:
            out.append(Change(c.kind, c.segment, c.result, c.position + offset, c.severity, c.note))
        offset += len(a.source)
    return tuple(out)


# --------------------------------------------------------------------------------------------------
# Findings


def _findings(src: Source, m: "Market", adaptations: list[Adaptation], changes: tuple[Change, ...],
              drifts: list[tuple[str, str, float]], score: int, fidelity: float,
              text: str, roman: str) -> tuple[Finding, ...]:
    lang_name = m.language_name
    reading = " ".join("".join(a.segments) for a in adaptations)
    shown = text if text == roman else f"{text} ({roman})"
    out: list[Finding] = []
    base_ev: dict[str, Any] = {"reading": reading, "adapted": text, "romanization": roman}

    seen: set[tuple[str, str]] = set()
    for c in changes:
        if c.kind != "substitution" or c.severity < 1 or (c.segment, c.result) in seen:
            continue
        seen.add((c.segment, c.result))
        sev = Severity.LOW if c.severity >= 2 else Severity.INFO
        out.append(Finding(
            "pronounceability.missing_sound", m.tag, sev,
            (f"{lang_name} has no /{c.segment}/ at the end of a syllable" if c.note == "coda neutralised"
             else f"{lang_name} has no /{c.segment}/") + f": {src.name} becomes {shown}, with /{c.result or '∅'}/",
            dict(base_ev, segment=c.segment, replacement=c.result, position=c.position, word=c.segment,
                 note=c.note),
        ))
    inserted = [c for c in changes if c.kind in ("epenthesis", "prothesis")]
    deleted = [c for c in changes if c.kind == "deletion"]
    if inserted or deleted:
        pro = any(c.kind == "prothesis" for c in inserted)
        sev = Severity.LOW if (pro or len(inserted) + len(deleted) >= 2) else Severity.INFO
        parts = []
        if pro:
            parts.append("a vowel is put before the initial cluster")
        n_ep = sum(1 for c in inserted if c.kind == "epenthesis")
        if n_ep:
            parts.append(f"{n_ep} vowel{'s are' if n_ep > 1 else ' is'} added to break clusters")
        if deleted:
            parts.append(f"{len(deleted)} consonant{'s are' if len(deleted) > 1 else ' is'} dropped")
        out.append(Finding(
            "pronounceability.cluster", m.tag, sev,
            f"{lang_name} cannot keep the consonant clusters of {src.name}: {', '.join(parts)} ({shown})",
            dict(base_ev, inserted=[c.segment for c in inserted], deleted=[c.segment for c in deleted],
                 positions=[c.position for c in inserted + deleted], word="cluster"),
        ))
    src_syl = max(1, _syllable_count(src.ipa))
    new_syl = sum(len(a.syllables) for a in adaptations)
    if new_syl - src_syl >= 2 and new_syl >= 1.75 * src_syl:
        out.append(Finding(
            "pronounceability.inflation", m.tag, Severity.LOW,
            f"{src.name} grows from {src_syl} to {new_syl} syllables in {lang_name} ({shown})",
            dict(base_ev, source_syllables=src_syl, syllables=new_syl, word="inflation"),
        ))
    strong = sorted(drifts, key=lambda d: -d[2])
    if sum(d[2] for d in drifts) >= 1.0:
        pairs = ", ".join(f"/{x or '∅'}/ as /{y or '∅'}/" for x, y, _ in strong[:4])
        out.append(Finding(
            "pronounceability.spelling", m.tag,
            Severity.LOW if sum(d[2] for d in drifts) >= 2 else Severity.INFO,
            f"{lang_name} readers follow their own spelling rules: {src.name} is read [{reading}], "
            f"with {pairs}",
            dict(base_ev, drifts=[[x, y] for x, y, _ in strong], word="spelling"),
        ))
    if fidelity < 0.7:
        sev = Severity.MEDIUM if fidelity < 0.5 else Severity.LOW
        out.append(Finding(
            "pronounceability.drift", m.tag, sev,
            f"{src.name} drifts far from its intended sound in {lang_name}: "
            f"[{''.join(src.ipa)}] becomes [{reading}] (fidelity {fidelity:.2f})",
            dict(base_ev, intended="".join(src.ipa), fidelity=round(fidelity, 3), word="drift"),
        ))
    if score < 50:
        sev = Severity.HIGH if score < 30 else Severity.MEDIUM
        out.append(Finding(
            "pronounceability.hard", m.tag, sev,
            f"{src.name} is hard to say in {lang_name} (pronounceability {score}/100): consider a simpler form",
            dict(base_ev, score=score, word="hard"),
        ))
    return tuple(out)


# --------------------------------------------------------------------------------------------------
# Romanising adapted IPA (used when no script renderer is available): the package's one IPA
# romaniser (phonetics/romanize.py, letters in wordlists/phonology/romanization.tsv), re-exported here.

from .romanize import romanize  # noqa: E402
