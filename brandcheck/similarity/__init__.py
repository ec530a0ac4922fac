"""Similarity to known brands: sight, sound, containment and typo-squatting.

``compare(a, b)`` compares two names; :class:`BrandIndex` finds the nearest marks in a list
of any size; ``near_brands(name, markets, options)`` gives a report's ``similar_brands`` and
``similarity.*`` findings against the bundled well-known brands and the user's register.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence

from ..model import BrandMatch, Finding, Severity
from .brands import BrandRecord, bundled_brands, load_brand_file
from .index import BrandIndex
from .score import BANDS, Scores, full_scores

__all__ = ["compare", "Similarity", "BrandIndex", "BrandRecord", "load_brand_file", "near_brands", "NearBrands",
           "bundled_index"]


@dataclass(frozen=True, slots=True)
class Similarity:
    """How close two names are, channel by channel, with the reasons."""

    a: str
    b: str
    sight: float
    """Spelling / look-alike similarity in [0, 1]."""
    sound: float
    """Pronunciation similarity in [0, 1]."""
    overall: float
    """Combined, per the documented rule in :mod:`brandcheck.similarity.score`."""
    containment: float = 0.0
    typo: float = 0.0
    reasons: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"a": self.a, "b": self.b, "sight": round(self.sight, 3), "sound": round(self.sound, 3),
                "overall": round(self.overall, 3), "reasons": list(self.reasons)}


def compare(a: str, b: str, *, markets: Sequence[str] = ()) -> Similarity:
    """Compare two names by sight, sound (English and the given Latin-script markets), containment, typo.

    >>> s = compare("Amazoon", "Amazon")
    >>> s.overall > 0.9, s.sight == compare("Amazon", "Amazoon").sight
    (True, True)
    """
    from ..names import parse

    a_text, b_text = parse(a).text, parse(b).text
    sc = full_scores(a_text, b_text, markets=markets)
    rev = full_scores(b_text, a_text, markets=markets)  # symmetric by construction: take the mean
    return Similarity(a_text, b_text, (sc.sight + rev.sight) / 2, (sc.sound + rev.sound) / 2,
                      (sc.overall + rev.overall) / 2, max(sc.containment, rev.containment), max(sc.typo, rev.typo),
                      sc.why)


@functools.lru_cache(maxsize=1)
def bundled_index() -> BrandIndex:
    """The index of the bundled well-known brands (built once per process)."""
    return BrandIndex(bundled_brands())


@dataclass(frozen=True, slots=True)
class NearBrands:
    """The known brands nearest a name, and what they mean for it."""

    matches: tuple[BrandMatch, ...]
    """The nearest brands and marks (five unless asked otherwise), nearest first (a report's ``similar_brands``)."""
    findings: tuple[Finding, ...]
    """``similarity.*`` findings for those close enough to matter."""


def _same_sector(record: BrandRecord, sector: str | None) -> bool:
    if not sector:
        return False
    wanted = {s.strip().lower() for s in sector.split(",") if s.strip()}
    classes = {int(s) for s in wanted if s.isdigit()}
    return record.sector.lower() in wanted or bool(classes & set(record.nice_classes))


def _user_index(brands: Any) -> BrandIndex | None:
    if brands is None:
        return None
    if isinstance(brands, BrandIndex):
        return brands
    return _index_for(tuple(brands))


@functools.lru_cache(maxsize=8)
def _index_for(records: tuple) -> BrandIndex:
    return BrandIndex(records)


def _severity(match: BrandMatch, record: BrandRecord, scores: Scores) -> tuple[Severity, str] | None:
    if match.overall >= 0.999 and record.famous:
        return Severity.CRITICAL, "similarity.identical"
    if scores.typo and match.overall >= 0.9:
        return Severity.HIGH, "similarity.typosquat"
    band = next((label for threshold, label in BANDS if match.overall >= threshold), None)
    if band is None:
        return None
    sev = {"high": Severity.HIGH, "medium": Severity.MEDIUM, "low": Severity.LOW}[band]
    if scores.containment and scores.containment >= max(0.5 * scores.sight + 0.5 * scores.sound, scores.typo):
        return max(sev, Severity.MEDIUM) if record.famous else sev, "similarity.contains_mark"
    if scores.sound > scores.sight + 0.1:
        return sev, "similarity.sound_alike"
    return sev, "similarity.look_alike"


MAX_LOW = 3
"""At most this many low-band (0.70–0.80) similarity findings per name, nearest first."""


def _weigh(record: BrandRecord, mark, classes: tuple[int, ...]) -> tuple[float, str, list[str]]:
    """Class and status weighting of one match: (factor, class relation, reasons)."""
    from ..model import MarkStatus
    from ..registers.classes import CLASS_WEIGHT, DEAD_WEIGHT, relation

    rel = relation(classes, record.nice_classes)
    factor = CLASS_WEIGHT[rel]
    if record.famous:
        factor = max(factor, CLASS_WEIGHT["related"])  # a well-known mark's reputation reaches beyond its classes
    theirs = ",".join(map(str, record.nice_classes))
    why = {"same": [f"same Nice class ({theirs})"], "related": [f"related Nice class ({theirs})"],
           "other": [f"other Nice classes ({theirs})"], "": []}[rel]
    if mark is not None and mark.status is MarkStatus.DEAD:
        factor *= DEAD_WEIGHT
        why.append(f"dead mark (status {mark.status_code or 'dead'})")
    return factor, rel, why


@functools.lru_cache(maxsize=2048)
def _near_cached(text: str, tags: tuple[str, ...], sector: str | None, user: BrandIndex | None,
                 intended: tuple[str, ...] | None, classes: tuple[int, ...] = (), registers: tuple = (),
                 k: int = 5) -> NearBrands:
    from ..markets import get

    latin_tags = tuple(t for t in tags if get(t).latin and get(t).reader)
    pool: list[tuple[BrandRecord, str, object]] = [(m.record, m.matched, None)
                                                   for m in bundled_index().nearest(text, k=12)]
    if user is not None:
        pool += [(m.record, m.matched, None) for m in user.nearest(text, k=12)]
    if registers:
        from ..registers.store import comparable

        for register in registers:
            for rm in register.nearest(text, k=max(12, 2 * k)):
                mark = rm.mark
                pool.append((BrandRecord(mark.text, (), "", mark.classes, "", f"{mark.office} register"),
                             comparable(mark.text), mark))
    rescored = []
    for record, matched, mark in pool:
        best = None
        for candidate in dict.fromkeys((matched, record.name) if mark is None else (matched,)):
            sc = full_scores(text, candidate, markets=latin_tags[:6], a_intended=intended)
            if best is None or sc.overall > best[1].overall:
                best = (candidate, sc)
        candidate, sc = best
        overall = sc.overall
        why = list(sc.why)
        rel = ""
        if classes or mark is not None:
            factor, rel, more = _weigh(record, mark, classes)
            overall *= factor
            why += more
        elif _same_sector(record, sector):
            overall = min(1.0, overall + 0.05)
            why.append(f"same sector or Nice class ({record.sector}; classes "
                       f"{','.join(map(str, record.nice_classes)) or '-'})")
        rescored.append((overall, record, sc, tuple(why), mark, rel))
    rescored.sort(key=lambda x: (-x[0], x[1].name, x[4].office if x[4] else "", x[4].number if x[4] else ""))
    seen: set = set()
    matches: list[BrandMatch] = []
    findings: list[Finding] = []
    for overall, record, sc, why, mark, rel in rescored:
        key = (record.name.casefold(), mark.office if mark else None, mark.number if mark else None)
        if key in seen:
            continue
        seen.add(key)
        match = BrandMatch(record.name, overall, sc.sight, sc.sound, record.sector, why, record.country,
                           record.nice_classes, mark, rel)
        if len(matches) < k:
            matches.append(match)
        graded = _severity(match, record, sc)
        if graded and graded[0] == Severity.LOW and sum(f.severity == Severity.LOW for f in findings) >= MAX_LOW:
            graded = None  # a long tail of faint resemblances is noise; they stay in the nearest list
        if graded:
            sev, check = graded
            if mark is not None:
                where = (f"{mark.office} {mark.number}, class{'es' if len(mark.classes) != 1 else ''} "
                         f"{','.join(map(str, mark.classes)) or '-'}, {mark.status.value}")
            else:
                where = f"{record.sector}, {record.country}" if record.sector else (record.source or "your register")
            kind = "mark" if mark is not None else "brand"
            evidence = {"brand": record.name, "overall": round(overall, 3), "sight": round(sc.sight, 3),
                        "sound": round(sc.sound, 3), "containment": round(sc.containment, 3), "typo": sc.typo > 0,
                        "sector": record.sector, "nice_classes": list(record.nice_classes), "country": record.country,
                        "source": record.source or "bundled", "why": list(why)}
            if rel:
                evidence["classes"] = rel
            if mark is not None:
                evidence["mark"] = mark.to_dict()
            findings.append(Finding(
                check, None, sev,
                f"'{text}' is close to the {'well-known ' if record.famous else ''}{kind} '{record.name}' ({where}): "
                f"{'; '.join(why) or 'similar overall'} — ask trademark counsel before committing.",
                evidence,
            ))
    return NearBrands(tuple(matches), tuple(findings[:8]))


def near_brands(name, markets: Iterable = (), options=None, *, k: int = 5) -> NearBrands:
    """Nearest brands and ``similarity.*`` findings for a candidate (memoised).

    ``markets`` are markets or tags, or the name's readings keyed by tag: then the name is heard
    as the reading says it is meant to sound (the user's ``--ipa`` or source language included)
    rather than read again. With ``options.classes`` each match is weighed by how its classes
    stand to the candidate's (same > related > other) and a dead register mark weighs less;
    ``options.registers`` adds the nearest marks of those trademark registers. ``k``: how many
    nearest marks to keep.
    """
    from ..phonetics.reading import Reading

    text = getattr(name, "text", name)
    tags = tuple(getattr(m, "tag", m) for m in markets)
    readings = [r for r in markets.values() if isinstance(r, Reading)] if isinstance(markets, Mapping) else []
    intended = readings[0].source.ipa if readings else None
    sector = getattr(options, "sector", None) if options is not None else None
    user = _user_index(getattr(options, "brands", None) if options is not None else None)
    classes = tuple(getattr(options, "classes", ()) or ())
    registers = tuple(getattr(options, "registers", ()) or ())
    return _near_cached(text, tags, sector, user, intended, classes, registers, k)
