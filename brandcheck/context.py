"""What every check may read about a run: the user's settings and the market at hand."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from .markets import Market

__all__ = ["Options", "MarketContext"]


@dataclass(frozen=True, slots=True)
class Options:
    """Per-run settings every check may read."""

    source_language: str | None = None
    """Language the name is meant to be read in (None = English)."""
    ipa: str | None = None
    """The intended pronunciation, when the user states it."""
    wordlists: tuple[Any, ...] = ()
    """User word lists (parsed by :mod:`brandcheck.meanings`)."""
    brands: Any = None
    """A user brand index to screen against as well as the bundled list."""
    sector: str | None = None
    """The candidate's sector or Nice classes, to weigh brands in the same field."""
    classes: tuple[int, ...] = ()
    """The candidate's Nice classes (from ``classes=`` or the sector): marks in the same class
    weigh most, in a related class less, in other classes least."""
    registers: tuple[Any, ...] = ()
    """Trademark registers (:class:`brandcheck.registers.Register`) searched for the nearest marks."""
    extra: Mapping[str, Any] = field(default_factory=dict)
    """Room for check-specific settings."""


@dataclass(frozen=True, slots=True)
class MarketContext:
    """What a market check knows about where it runs."""

    market: Market
    """The market at hand."""
    options: Options
    """The run's settings."""
    shared: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)
    """Work the markets of one name can share, keyed by everything it depends on (the meaning
    matches of one language and reading serve en, en-GB and en-IE alike). The pipeline passes one
    dict to every market of a name and drops it with the name."""
