"""Nice classes: the curated table, sectors → classes, related classes and how they weigh (pure).

Data: ``wordlists/trademarks/nice.tsv`` (45 classes), ``sectors.tsv`` (the project's sector
vocabulary → classes) and ``coordination.tsv`` (pairs of related classes). Read lazily with
:func:`brandcheck.data.read_tsv`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Iterable

from ..data import read_tsv
from ..errors import BrandcheckError

__all__ = ["NiceClass", "UnknownClassError", "nice_classes", "parse_classes", "sector_classes", "sectors",
           "resolve_classes", "related", "relation", "CLASS_WEIGHT", "DEAD_WEIGHT"]


class UnknownClassError(BrandcheckError, LookupError):
    """A Nice class number outside 1–45, or a sector that is not in the table."""

    def __str__(self) -> str:  # LookupError would otherwise repr() the message
        return self.args[0] if self.args else ""


@dataclass(frozen=True, slots=True)
class NiceClass:
    number: int
    """1–45 (1–34 goods, 35–45 services)."""
    heading: str
    """Short heading, paraphrased."""
    keywords: tuple[str, ...]
    """Typical goods or services, to find a class by."""


@functools.lru_cache(maxsize=1)
def nice_classes() -> dict[int, NiceClass]:
    """The 45 classes by number."""
    table = read_tsv("trademarks/nice.tsv", required=("class", "heading", "keywords"))
    return {int(r["class"]): NiceClass(int(r["class"]), r["heading"],
                                       tuple(k.strip() for k in r["keywords"].split(",") if k.strip()))
            for r in table.dicts()}


@functools.lru_cache(maxsize=1)
def _sector_table() -> dict[str, tuple[int, ...]]:
    table = read_tsv("trademarks/sectors.tsv", required=("sector", "classes"))
    return {r["sector"]: tuple(int(c) for c in r["classes"].split(",") if c) for r in table.dicts()}


def sectors() -> tuple[str, ...]:
    """The sector vocabulary (shared with the brand lists and the Chinese name proposals)."""
    return tuple(_sector_table())


def sector_classes(sector: str) -> tuple[int, ...]:
    """The classes a mark of ``sector`` is usually filed in (``beauty`` → 3, 5, 21, 44)."""
    key = sector.strip().lower()
    table = _sector_table()
    if key not in table:
        raise UnknownClassError(f"unknown sector {sector!r}; choose one of {', '.join(table)}")
    if not table[key]:
        raise UnknownClassError(f"sector {sector!r} has no classes of its own; give the Nice classes (--classes)")
    return table[key]


def parse_classes(spec: str | Iterable[int | str]) -> tuple[int, ...]:
    """``"3,5"`` or ``[3, 5]`` → ``(3, 5)``; a number outside 1–45 raises :class:`UnknownClassError`."""
    parts = spec.replace(";", ",").split(",") if isinstance(spec, str) else list(spec)
    out: list[int] = []
    for part in parts:
        text = str(part).strip()
        if not text:
            continue
        if not text.isdecimal() or not 1 <= int(text) <= 45:  # isdigit() lets ² through to int()
            raise UnknownClassError(f"unknown Nice class {text!r}: classes are numbered 1 to 45")
        if int(text) not in out:
            out.append(int(text))
    return tuple(sorted(out))


def resolve_classes(classes: str | Iterable[int | str] | None, sector: str | None) -> tuple[int, ...]:
    """The candidate's classes: explicit ``classes``, else those of ``sector`` — sector names and
    class numbers, comma-separated (``beauty``, ``32,33``, ``beauty,25``); () when neither is given.
    An unknown class or sector raises :class:`UnknownClassError`."""
    if classes:
        return parse_classes(classes)
    out: set[int] = set()
    for part in (sector or "").replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if part.isdigit():
            out.update(parse_classes(part))
        elif part.lower() in _sector_table():
            out.update(_sector_table()[part.lower()])  # "other" adds none
        else:
            raise UnknownClassError(f"unknown sector {part!r}; choose one of {', '.join(_sector_table())} "
                                    f"or give Nice class numbers")
    return tuple(sorted(out))


@functools.lru_cache(maxsize=1)
def _pairs() -> dict[int, frozenset[int]]:
    table = read_tsv("trademarks/coordination.tsv", required=("class", "related"))
    out: dict[int, set[int]] = {}
    for r in table.dicts():
        a, b = int(r["class"]), int(r["related"])
        out.setdefault(a, set()).add(b)
        out.setdefault(b, set()).add(a)
    return {k: frozenset(v) for k, v in out.items()}


def related(number: int) -> frozenset[int]:
    """Classes related to ``number`` by the coordination table (not the class itself)."""
    return _pairs().get(number, frozenset())


def relation(wanted: Iterable[int], theirs: Iterable[int]) -> str:
    """``same`` when the two share a class, ``related`` when a pair is coordinated, ``other``
    otherwise; ``""`` when either side has no classes (nothing to weigh)."""
    wanted, theirs = set(wanted), set(theirs)
    if not wanted or not theirs:
        return ""
    if wanted & theirs:
        return "same"
    if any(related(c) & theirs for c in wanted):
        return "related"
    return "other"


CLASS_WEIGHT = {"same": 1.0, "related": 0.9, "other": 0.7, "": 1.0}
"""Factor on a mark's similarity by class relation. A project choice: a related class keeps most
of the risk (examiners ask whether buyers would expect one maker), an unrelated class far less;
a well-known brand never falls below ``related`` (its reputation reaches beyond its classes)."""
DEAD_WEIGHT = 0.8
"""Factor for a dead mark: still listed (it may be revived or still in use), but it weighs less."""
