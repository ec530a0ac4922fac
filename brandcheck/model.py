"""The result model shared by the API, the CLI and every report format.

All results are frozen, slotted dataclasses holding tuples, so a finding computed once reads
the same in a script, a terminal and a workshop report. ``Report.to_dict()`` is the JSON
format documented in the README.
"""

from __future__ import annotations

import collections.abc
import enum
from dataclasses import dataclass, field
from typing import Any, Mapping

__all__ = [
    "Severity",
    "Verdict",
    "Status",
    "FrozenMap",
    "Finding",
    "Pronounceability",
    "MarketResult",
    "BrandMatch",
    "Mark",
    "MarkStatus",
    "DomainResult",
    "HandleResult",
    "Availability",
    "Report",
]


class Severity(enum.IntEnum):
    """How much a finding should worry a naming team. Ordered: ``INFO < LOW < … < CRITICAL``."""

    INFO = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4

    @property
    def label(self) -> str:
        """Lower-case name used in JSON and on screen (``"medium"``)."""
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> "Severity":
        """``"high"`` → ``Severity.HIGH``; raises ``ValueError`` for anything else."""
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {text!r}") from None


class Verdict(str, enum.Enum):
    """Overall recommendation for a name (see :mod:`brandcheck.scoring`)."""

    GO = "go"
    CAUTION = "caution"
    STOP = "stop"


class Status(str, enum.Enum):
    """Availability of a domain or handle. Never a boolean: unknown and invalid are answers."""

    AVAILABLE = "available"
    TAKEN = "taken"
    UNKNOWN = "unknown"
    INVALID = "invalid"


class FrozenMap(collections.abc.Mapping):
    """A read-only mapping that, unlike ``types.MappingProxyType``, pickles: reports cross process
    boundaries when :func:`brandcheck.screen` runs a large batch on several cores."""

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, Any] | None = None) -> None:
        self._data = dict(data or {})

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self):
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Mapping) and dict(self._data) == dict(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return repr(self._data)

    def __reduce__(self):
        return (FrozenMap, (self._data,))


def _frozen_mapping(data: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return FrozenMap(data)


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a check noticed about a name, with the evidence for it."""

    check: str
    """Stable check id, e.g. ``"meaning.vulgar"``; starts with the check family."""
    market: str | None
    """BCP 47 market tag the finding applies to, or ``None`` when it holds everywhere."""
    severity: Severity
    """How much it matters."""
    message: str
    """One sentence a person can act on."""
    evidence: Mapping[str, Any] = field(default_factory=dict)
    """What matched, where, in which reading (JSON-serialisable values)."""
    accepted: bool = False
    """True when a workshop accepted this finding; it then no longer lowers the score."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "evidence", _frozen_mapping(self.evidence))
        object.__setattr__(self, "severity", Severity(self.severity))

    @property
    def id(self) -> str:
        """Stable id a workshop can use to accept the finding: ``check@market:key``."""
        key = self.evidence.get("term") or self.evidence.get("word") or self.evidence.get("brand") or ""
        return f"{self.check}@{self.market or '*'}:{key}".lower()

    def to_dict(self) -> dict[str, Any]:
        """JSON form: ``{"check", "market", "severity", "message", "evidence"}`` (+ ``accepted``)."""
        out: dict[str, Any] = {
            "id": self.id,
            "check": self.check,
            "market": self.market,
            "severity": self.severity.label,
            "message": self.message,
            "evidence": _jsonable(self.evidence),
        }
        if self.accepted:
            out["accepted"] = True
        return out


@dataclass(frozen=True, slots=True)
class Pronounceability:
    """How one market says and writes the name."""

    score: int
    """0–100; 100 = said as intended with no effort."""
    reading: str
    """The market's pronunciation in IPA."""
    adapted: str
    """The name in the market's script (katakana, hangul, Cyrillic…) or its local spelling."""
    notes: tuple[str, ...] = ()
    """Short reasons behind the score."""
    romanization: str = ""
    """Latin letters for :attr:`adapted` in a market with its own script (Hepburn, pinyin…); empty
    where the market writes Latin letters."""
    local_reading: str = ""
    """IPA of how local readers say :attr:`adapted` (カフェ・ノワール: kafe nowaːru), which can differ
    from :attr:`reading`, the name's own sound adapted to the language; empty in Latin markets."""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"score": self.score, "reading": self.reading, "adapted": self.adapted,
                               "notes": list(self.notes)}
        if self.romanization:
            out["romanization"] = self.romanization
        if self.local_reading:
            out["local_reading"] = self.local_reading
        return out


@dataclass(frozen=True, slots=True)
class MarketResult:
    """Per-market summary inside a report."""

    market: str
    """BCP 47 tag."""
    score: int
    """0–100 for this market, from :func:`brandcheck.scoring.market_score`."""
    pronounceability: Pronounceability | None = None
    """Absent when the pronounceability engine is not available."""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"score": self.score}
        if self.pronounceability is not None:
            out["pronounceability"] = self.pronounceability.to_dict()
        return out


class MarkStatus(str, enum.Enum):
    """Whether a registered or applied-for mark still stands (an unknown status counts as live)."""

    LIVE = "live"
    DEAD = "dead"


@dataclass(frozen=True, slots=True)
class Mark:
    """One trademark from a register (a USPTO case file, an ST.66 record, a CSV row)."""

    office: str
    """The office that keeps it (``USPTO``, ``EUIPO``, or the office a CSV names)."""
    number: str
    """Application or serial number at that office."""
    text: str
    """The mark's words as registered."""
    classes: tuple[int, ...] = ()
    """Nice classes still in force (dead classes of a partly cancelled mark are left out)."""
    status: MarkStatus = MarkStatus.LIVE
    """live or dead."""
    status_code: str = ""
    """The office's own status code or text."""
    filed: str = ""
    """Filing date, ISO ``YYYY-MM-DD`` (empty when unknown)."""
    registered: str = ""
    """Registration date, ISO ``YYYY-MM-DD`` (empty when not registered)."""
    owner: str = ""
    """Current owner or applicant, as the register names it."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "status", MarkStatus(self.status))

    def to_dict(self) -> dict[str, Any]:
        return {"office": self.office, "number": self.number, "text": self.text, "classes": list(self.classes),
                "status": self.status.value, "status_code": self.status_code, "filed": self.filed,
                "registered": self.registered, "owner": self.owner}


@dataclass(frozen=True, slots=True)
class BrandMatch:
    """A known brand that is close to the candidate."""

    brand: str
    """The brand's name as listed."""
    overall: float
    """Combined similarity in [0, 1]."""
    sight: float
    """Spelling similarity in [0, 1]."""
    sound: float
    """Pronunciation similarity in [0, 1]."""
    sector: str = ""
    """The brand's sector."""
    why: tuple[str, ...] = ()
    """Reasons the pair is close (the factors an examiner weighs)."""
    country: str = ""
    """Home country (ISO 3166-1 alpha-2)."""
    nice_classes: tuple[int, ...] = ()
    """Nice classes the brand is chiefly registered in."""
    mark: Mark | None = None
    """The register entry when the match comes from a trademark register (None for the bundled
    well-known brands and plain brand lists)."""
    classes: str = ""
    """How its classes stand to the candidate's (``same``, ``related``, ``other``; empty when no
    classes were given): ``overall`` is already weighed by it and by a dead mark's status."""

    def to_dict(self) -> dict[str, Any]:
        out = {
            "brand": self.brand,
            "overall": round(self.overall, 3),
            "sight": round(self.sight, 3),
            "sound": round(self.sound, 3),
            "sector": self.sector,
            "why": list(self.why),
        }
        if self.classes:
            out["classes"] = self.classes
        if self.mark is not None:
            out["mark"] = self.mark.to_dict()
        return out


@dataclass(frozen=True, slots=True)
class DomainResult:
    """Availability of one domain name."""

    domain: str
    """The domain asked about (A-label form for IDNs is in ``evidence``)."""
    status: Status
    """available / taken / unknown / invalid."""
    reason: str = ""
    """Why: which source answered, or why we could not tell."""

    def to_dict(self) -> dict[str, Any]:
        return {"domain": self.domain, "status": self.status.value, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class HandleResult:
    """Availability of one handle on one platform."""

    platform: str
    """Platform id (``github``, ``weibo``…)."""
    handle: str
    """The handle asked about."""
    url: str
    """The profile URL probed (or that would be probed)."""
    status: Status
    """available / taken / unknown / invalid."""
    reason: str = ""
    """Why: which rule matched, or why we could not tell."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "platform": self.platform,
            "handle": self.handle,
            "url": self.url,
            "status": self.status.value,
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class Availability:
    """Domains and handles of one name."""

    domains: tuple[DomainResult, ...] = ()
    handles: tuple[HandleResult, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"domains": [d.to_dict() for d in self.domains], "handles": [h.to_dict() for h in self.handles]}


@dataclass(frozen=True, slots=True)
class Report:
    """Everything brandcheck found about one candidate name."""

    name: str
    """The normalised name."""
    score: int
    """Overall 0–100 (see :mod:`brandcheck.scoring`)."""
    verdict: Verdict
    """go / caution / stop."""
    markets: Mapping[str, MarketResult]
    """Per-market results keyed by BCP 47 tag, in the order asked."""
    findings: tuple[Finding, ...] = ()
    """All findings, most severe first."""
    similar_brands: tuple[BrandMatch, ...] = ()
    """Nearest known brands, nearest first."""
    availability: Availability = field(default_factory=Availability)
    """Domains and handles (empty when run offline)."""
    checks_absent: tuple[str, ...] = ()
    """Check families that did not run, with the reason (e.g. ``"availability: offline"``)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "markets", FrozenMap(self.markets))

    @property
    def worst(self) -> Severity | None:
        """The most severe unaccepted finding, or None."""
        live = [f.severity for f in self.findings if not f.accepted]
        return max(live) if live else None

    def __repr__(self) -> str:
        # One line for a notebook or a log; the dataclass repr would dump every finding.
        worst = next((f for f in self.findings if not f.accepted), None)
        tail = f", worst={worst.severity.label} {worst.market or 'all'}: {worst.message[:60]!r}" if worst else ""
        return (f"<Report {self.name!r} {self.verdict.value} {self.score}/100, {len(self.markets)} markets, "
                f"{len(self.findings)} findings{tail}>")

    def _repr_html_(self) -> str:
        """A compact card for Jupyter: verdict, score, market scores, the worst findings with ids."""
        from html import escape

        def e(text: object) -> str:
            return escape(str(text), quote=True)

        v = self.verdict.value
        color = {"go": "#176c2e", "caution": "#a36a00", "stop": "#b00020"}[v]
        chips = " ".join(f"<span style='background:{_heat_colour(m.score)};padding:0 .3em;border-radius:3px'>"
                         f"{e(t)} {m.score}</span>" for t, m in self.markets.items())
        live = [f for f in self.findings if not f.accepted and f.severity > Severity.INFO]
        items = "".join(f"<li><b>{f.severity.label}</b> {e(f.market or 'all')}: {e(f.message)} "
                        f"<code style='font-size:.8em;color:#666'>{e(f.id)}</code></li>" for f in live[:5])
        more = f"<li>… {len(live) - 5} more</li>" if len(live) > 5 else ""
        return (f"<div style='font-family:system-ui,sans-serif;border:1px solid #ddd;padding:.5em;max-width:60em'>"
                f"<b style='font-size:1.2em'>{e(self.name)}</b> <span style='color:{color};font-weight:600'>{v}</span> "
                f"{self.score}/100<div style='margin:.3em 0'>{chips}</div>"
                + (f"<ul style='margin:.2em 0'>{items}{more}</ul>" if items else "<div>No findings above info.</div>")
                + "</div>")

    def to_json(self, **kw: Any) -> str:
        """:meth:`to_dict` as a JSON string (``ensure_ascii=False``; keywords go to ``json.dumps``)."""
        import json

        kw.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kw)

    def to_dict(self) -> dict[str, Any]:
        """The documented JSON object for this name."""
        return {
            "name": self.name,
            "score": self.score,
            "verdict": self.verdict.value,
            "markets": {tag: m.to_dict() for tag, m in self.markets.items()},
            "findings": [f.to_dict() for f in self.findings],
            "similar_brands": [b.to_dict() for b in self.similar_brands],
            "availability": self.availability.to_dict(),
            "checks_absent": list(self.checks_absent),
        }


def _heat_colour(score: int) -> str:
    """Red (0) → amber (60) → green (100): the heat map's colours (``report/html.py`` uses the same)."""
    return "#b9e6c1" if score >= 80 else "#e9f0b0" if score >= 60 else "#fbd9a5" if score >= 40 else "#f5b5b5"


def _jsonable(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, float):
        return round(value, 3)  # three places in every output
    return value
