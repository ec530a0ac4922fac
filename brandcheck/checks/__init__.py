"""The check registry.

A check is a pure function of readings. *Market* checks take the name's
:class:`~brandcheck.phonetics.reading.Reading` in one market and that market's context and return
findings for that market; *name* checks run once per name with the readings of every market
(mixed scripts) and return findings with or without a market. The nearest known brands are a
step of their own in :mod:`brandcheck.pipeline` (they give a list as well as findings). Network
checks are not here: they live in :mod:`brandcheck.availability` and are called by the API only
when ``online=True``.

Each check imports its engine inside the call, so ``import brandcheck`` stays light.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..model import Finding

__all__ = ["Check", "market_checks", "name_checks"]


@dataclass(frozen=True, slots=True)
class Check:
    """A registered check."""

    family: str
    """Check-id prefix: ``pronounceability``, ``meaning``, ``similarity``, ``distinctiveness``."""
    scope: str
    """``"market"`` (once per market) or ``"name"`` (once per name)."""
    run: Callable[..., tuple[Finding, ...]]
    """``run(reading, ctx)`` for market checks, ``run(name, readings, options)`` for name checks."""


def _builtin() -> tuple[Check, ...]:
    from . import builtin as b

    # In the order reports list them.
    return (
        Check("pronounceability", "market", b.pronounceability),
        Check("meaning", "market", b.meaning),
        Check("distinctiveness", "market", b.distinctiveness),
        Check("similarity", "name", b.mixed_script),
    )


def market_checks() -> tuple[Check, ...]:
    """Checks run once per market, in report order."""
    return tuple(c for c in _builtin() if c.scope == "market")


def name_checks() -> tuple[Check, ...]:
    """Checks run once per name."""
    return tuple(c for c in _builtin() if c.scope == "name")
