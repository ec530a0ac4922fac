"""The check registry.

A check is a pure function of readings. *Market* checks take the name's
:class:`~brandcheck.phonetics.reading.Reading` in one market and that market's context and return
findings for that market; *name* checks run once per name with the readings of every market
(mixed scripts) and return findings with or without a market. The nearest known brands are a
step of their own in :mod:`brandcheck.pipeline` (they give a list as well as findings). Network
checks are not here: they live in :mod:`brandcheck.availability` and are called by the API only
when ``online=True``.

Each check family imports its engine lazily inside the check, so ``import brandcheck`` stays light
and a family whose engine cannot load is reported as absent instead of failing the report.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..model import Finding

__all__ = ["Check", "market_checks", "name_checks", "register"]


@dataclass(frozen=True, slots=True)
class Check:
    """A registered check."""

    family: str
    """Check-id prefix: ``pronounceability``, ``meaning``, ``similarity``, ``distinctiveness``."""
    scope: str
    """``"market"`` (once per market) or ``"name"`` (once per name)."""
    run: Callable[..., tuple[Finding, ...]]
    """``run(reading, ctx)`` for market checks, ``run(name, readings, options)`` for name checks."""


_REGISTRY: list[Check] = []


def register(family: str, scope: str) -> Callable[[Callable[..., tuple[Finding, ...]]], Callable[..., tuple[Finding, ...]]]:
    """Decorator adding a check to the registry."""

    def deco(fn: Callable[..., tuple[Finding, ...]]) -> Callable[..., tuple[Finding, ...]]:
        _REGISTRY.append(Check(family, scope, fn))
        return fn

    return deco


def _load() -> None:
    if not _REGISTRY:
        from . import builtin  # noqa: F401  (registers the built-in checks)


def market_checks() -> tuple[Check, ...]:
    """Checks run once per market, in registration order."""
    _load()
    return tuple(c for c in _REGISTRY if c.scope == "market")


def name_checks() -> tuple[Check, ...]:
    """Checks run once per name."""
    _load()
    return tuple(c for c in _REGISTRY if c.scope == "name")
