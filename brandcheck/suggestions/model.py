"""What the generators propose and what :func:`brandcheck.suggest` returns."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..model import Report

__all__ = ["Candidate", "Suggestion", "KINDS"]

KINDS = ("repairs", "variants", "blends", "coined")
"""The generators, in the order their candidates are screened."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """One name a generator proposes, before screening."""

    name: str
    kind: str
    """The generator: ``repair``, ``variant``, ``blend`` or ``coined``."""
    why: str
    """One sentence: how the name was made."""
    origin: tuple[str, ...] = ()
    """The seed names it comes from (empty for a coined name)."""
    repairs: tuple[str, ...] = ()
    """Ids of the seed's findings it is meant to remove."""


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A screened alternative name."""

    name: str
    """The suggested name."""
    kind: str
    """The generator that made it: ``repair``, ``variant``, ``blend`` or ``coined``."""
    origin: tuple[str, ...]
    """The seed names it comes from (empty for a coined name)."""
    repairs: tuple[str, ...]
    """Ids of the seed's findings this name no longer has (checked by screening it); empty if none."""
    why: str
    """One sentence: why it is here."""
    score: int
    """0–100 combined score, the same scale as :attr:`brandcheck.Report.score`."""
    report: Report
    """The full offline report it was screened with."""
    dropped: str | None = None
    """Why it was dropped (only set on suggestions returned with ``keep_all``); None when kept."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON form documented in the README ("brandcheck suggest")."""
        return {
            "name": self.name,
            "kind": self.kind,
            "origin": list(self.origin),
            "repairs": list(self.repairs),
            "why": self.why,
            "score": self.score,
            "dropped": self.dropped,
            "report": self.report.to_dict(),
        }
