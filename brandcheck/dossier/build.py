"""What a clearance dossier holds, per name: built from a report plus the registers, offices and
Nice classes (pure apart from reading the registers).

Per name: a summary risk table per market; per market the offices with search links; the nearest
marks (bundled brands and register marks) with the four factors examiners weigh — appearance,
sound, meaning, commercial impression — each scored with a sentence; common-word evidence per
market language; the meaning findings; the Chinese name proposal when a Chinese market is asked.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

from ..model import BrandMatch, Finding, Report, Severity

__all__ = ["Dossier", "NameDossier", "MarketRow", "OfficeLink", "Factor", "NearMark", "WordEvidence",
           "build_dossier", "DISCLAIMER", "RISK_LEVELS"]

DISCLAIMER = ("This dossier prepares a short list for trademark counsel. It is not legal advice and not a "
              "clearance opinion: registers change daily, brandcheck holds only the registers you imported "
              "and its bundled list of well-known brands, and similarity scores are a screening aid.")

RISK_LEVELS = ("none", "low", "medium", "high")


@dataclass(frozen=True, slots=True)
class Factor:
    name: str
    """appearance, sound, meaning or commercial impression."""
    score: float
    """0–1: how much this factor makes the two marks alike."""
    sentence: str


@dataclass(frozen=True, slots=True)
class NearMark:
    match: BrandMatch
    source: str
    """``bundled`` (well-known brand), or the office of a register mark."""
    link: str
    """The register record's address when the office has one, else empty."""
    factors: tuple[Factor, ...]
    markets: tuple[str, ...]
    """Markets where it bears (the office's countries; every market for bundled brands)."""


@dataclass(frozen=True, slots=True)
class OfficeLink:
    office: str
    name: str
    url: str
    prefilled: bool
    """True when the link carries the name (the search takes it in its address)."""
    instruction: str


@dataclass(frozen=True, slots=True)
class WordEvidence:
    market: str
    language: str
    zipf: float
    """wordfreq Zipf frequency of the whole name in the language (0 = not among common words)."""
    sentence: str
    findings: tuple[Finding, ...] = ()


@dataclass(frozen=True, slots=True)
class MarketRow:
    market: str
    name: str
    marks: str
    """Risk from the nearest marks that bear on this market (none/low/medium/high)."""
    meaning: str
    descriptive: str
    overall: str
    nearest: str
    """The nearest mark there, shortly."""
    offices: tuple[OfficeLink, ...]


@dataclass(frozen=True, slots=True)
class NameDossier:
    name: str
    classes: tuple[int, ...]
    class_headings: tuple[str, ...]
    markets: tuple[MarketRow, ...]
    near: tuple[NearMark, ...]
    words: tuple[WordEvidence, ...]
    meanings: tuple[Finding, ...]
    chinese: Any = None
    """The top :func:`brandcheck.chinese_names` proposal when a Chinese market is asked (a proposal)."""
    report: Report | None = field(default=None, repr=False)


@dataclass(frozen=True, slots=True)
class Dossier:
    names: tuple[NameDossier, ...]
    markets: tuple[str, ...]
    classes: tuple[int, ...]
    sector: str | None
    registers: tuple[str, ...]
    disclaimer: str = DISCLAIMER

    def to_dict(self) -> dict[str, Any]:
        return _jsonable(self)


def _level(score: float) -> str:
    return "high" if score >= 0.9 else "medium" if score >= 0.8 else "low" if score >= 0.7 else "none"


def _sev_level(findings: Iterable[Finding]) -> str:
    worst = max((f.severity for f in findings if not f.accepted), default=None)
    if worst is None or worst <= Severity.INFO:
        return "none"
    return {Severity.LOW: "low", Severity.MEDIUM: "medium"}.get(worst, "high")


def _factors(name: str, m: BrandMatch, languages: Sequence[str]) -> tuple[Factor, ...]:
    from ..distinctiveness.frequency import zipf
    from ..similarity.fold import plain_key

    why = "; ".join(m.why)
    sight = Factor("appearance", m.sight,
                   f"Spelling similarity {m.sight:.2f}: " + (
                       "the two read alike at a glance." if m.sight >= 0.85 else
                       "they share much of their spelling." if m.sight >= 0.7 else
                       "they look clearly different."))
    sound = Factor("sound", m.sound,
                   f"Pronunciation similarity {m.sound:.2f}: " + (
                       "said aloud they are hard to tell apart." if m.sound >= 0.85 else
                       "they sound related." if m.sound >= 0.7 else "they sound different."))
    a, b = plain_key(name), plain_key(m.brand)
    words = [(lang, zipf(b, lang)) for lang in languages if b]
    known = [(lang, z) for lang, z in words if z >= 3.0]
    if a and a == b:
        meaning = Factor("meaning", 1.0, "Identical words: whatever one means, the other means too.")
    elif a and b and (a in b or b in a) and min(len(a), len(b)) >= 4:
        meaning = Factor("meaning", 0.6, f"One contains the other ('{m.brand}' / '{name}'): the shared element "
                                         f"carries the same idea in both.")
    elif known:
        langs = ", ".join(lang for lang, _ in known)
        meaning = Factor("meaning", 0.2, f"'{m.brand}' is an ordinary word in {langs} and '{name}' is not: a "
                                         f"clear difference in meaning can offset likeness in sight and sound.")
    else:
        meaning = Factor("meaning", 0.5, "Neither is an ordinary word in the market languages (coined names): "
                                         "meaning neither separates nor joins them.")
    rel = {"same": "in the same Nice class", "related": "in a related Nice class",
           "other": "in unrelated Nice classes", "": "with no class comparison (no classes given or known)"}[m.classes]
    dead = m.mark is not None and m.mark.status.value == "dead"
    impression = Factor("commercial impression", m.overall,
                        f"Overall {m.overall:.2f} {rel}" + ("; the mark is dead, so it weighs less" if dead else "")
                        + (f" ({why})." if why else "."))
    return sight, sound, meaning, impression


def _near(name: str, report: Report, languages: Sequence[str], tags: Sequence[str]) -> tuple[NearMark, ...]:
    from ..markets import get
    from ..registers.offices import offices, record_link

    out = []
    table = offices()
    for m in report.similar_brands:
        if m.mark is None:
            source, link, where = "bundled", "", tuple(tags)
        else:
            office = table.get(m.mark.office)
            source = m.mark.office
            link = record_link(office, m.mark.number) if office else ""
            countries = office.countries if office else ()
            where = tuple(t for t in tags if "*" in countries or get(t).country in countries) if office else ()
            if m.mark.office in ("WIPO",):
                where = tuple(tags)
        out.append(NearMark(m, source, link, _factors(name, m, languages), where))
    return tuple(out)


def _words(report: Report, tags: Sequence[str]) -> tuple[WordEvidence, ...]:
    from ..distinctiveness.frequency import zipf
    from ..markets import get
    from ..similarity.fold import plain_key

    out = []
    seen = set()
    key = plain_key(report.name)
    for tag in tags:
        market = get(tag)
        findings = tuple(f for f in report.findings if f.market == tag and f.check.startswith("distinctiveness."))
        if market.language in seen and not findings:
            continue
        seen.add(market.language)
        z = max(zipf(report.name.casefold(), market.language), zipf(key, market.language)) if key else 0.0
        if findings:
            sentence = " ".join(f.message for f in findings)
        elif z >= 3.0:
            sentence = f"'{report.name}' is a known {market.language_name} word (Zipf {z:.1f}), though not common."
        else:
            sentence = (f"'{report.name}' is not among the common {market.language_name} words "
                        f"(no entry at Zipf 3 or above): no sign of descriptiveness from word frequency.")
        out.append(WordEvidence(tag, market.language_name, z, sentence, findings))
    return tuple(out)


def _chinese(name: str, tags: Sequence[str], sector: str | None) -> Any:
    from ..markets import get

    if not any(get(t).language == "zh" for t in tags):
        return None
    from ..localnames.chinese import SECTORS, chinese_names

    wanted = sector if sector in SECTORS else None
    try:
        proposals = chinese_names(name, sector=wanted, k=1, script="traditional" if "zh-TW" in tags else "simplified")
    except Exception:  # noqa: BLE001 - a name the Chinese namer cannot read: the dossier says there is none
        return None
    return proposals[0] if proposals else None


def _rows(name: str, report: Report, near: Sequence[NearMark], tags: Sequence[str]) -> tuple[MarketRow, ...]:
    from ..markets import get
    from ..registers.offices import offices_for, search_link

    rows = []
    for tag in tags:
        market = get(tag)
        bearing = [n for n in near if tag in n.markets]
        top = max(bearing, key=lambda n: n.match.overall, default=None)
        marks = _level(top.match.overall) if top else "none"
        meaning = _sev_level(f for f in report.findings if f.market == tag and f.check.startswith("meaning."))
        descriptive = _sev_level(f for f in report.findings
                                 if f.market == tag and f.check.startswith("distinctiveness."))
        overall = max((marks, meaning, descriptive), key=RISK_LEVELS.index)
        nearest = (f"{top.match.brand} ({top.source}"
                   + (f" {top.match.mark.number}" if top.match.mark else "") + f", {top.match.overall:.2f})") if top else ""
        links = tuple(OfficeLink(o.id, o.name, search_link(o, name), bool(o.query_url), o.instruction)
                      for o in offices_for(market.country))
        rows.append(MarketRow(tag, market.name, marks, meaning, descriptive, overall, nearest, links))
    return tuple(rows)


def build_dossier(names: Sequence[str], markets: Any = None, *, classes: Any = None, sector: str | None = None,
                  registers: Any = (), brands: Any = None, near: int = 10) -> Dossier:
    """A clearance dossier for ``names`` in ``markets`` (see the module docstring).

    ``classes`` / ``sector`` are the candidate's Nice classes, as for :func:`brandcheck.check`;
    ``registers`` the trademark registers to search; ``near`` how many nearest marks to list.
    """
    from .. import api
    from ..markets import resolve
    from ..registers.classes import nice_classes, resolve_classes
    from ..similarity import near_brands

    chosen = resolve(markets)
    tags = tuple(m.tag for m in chosen)
    wanted = resolve_classes(classes, sector)
    regs = api._registers(registers)
    languages = tuple(dict.fromkeys(m.language for m in chosen))
    table = nice_classes()
    out = []
    for name in names:
        report = api.check(name, tags, online=False, sector=sector, classes=classes, registers=regs, brands=brands)
        options = api._options(None, None, (), brands, sector, classes=classes, registers=regs)
        nearest = near_brands(report.name, tags, options, k=near).matches
        report_near = Report(report.name, report.score, report.verdict, report.markets, report.findings,
                             nearest, report.availability, report.checks_absent)
        close = _near(report.name, report_near, languages, tags)
        meanings = tuple(f for f in report.findings if f.check.startswith("meaning."))
        out.append(NameDossier(report.name, wanted, tuple(table[c].heading for c in wanted),
                               _rows(report.name, report, close, tags), close, _words(report, tags), meanings,
                               _chinese(report.name, tags, sector), report))
    return Dossier(tuple(out), tags, wanted, sector, tuple(os.path.basename(r.path) for r in regs))


def _jsonable(value: Any) -> Any:
    import dataclasses
    import enum

    if isinstance(value, Report):
        return None  # the full report is not part of the dossier's JSON (brandcheck check gives it)
    if isinstance(value, (Finding, BrandMatch)) or hasattr(value, "to_dict") and not dataclasses.is_dataclass(value) \
            or type(value).__name__ == "Mark":
        return value.to_dict()
    if type(value).__name__ == "ChineseName":
        return {"text": value.text, "traditional": getattr(value, "traditional", ""), "pinyin": value.pinyin,
                "glosses": list(value.glosses), "meaning": value.meaning, "kind": getattr(value.kind, "value", str(value.kind)),
                "score": round(value.score, 3), "proposal": True}
    if dataclasses.is_dataclass(value):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)
                if f.name != "report"}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, float):
        return round(value, 3)
    return value
