"""What every format says about a finding, a domain or a handle, in words a naming team reads.

Pure helpers shared by the HTML, Markdown and terminal renderers: the evidence of a finding laid
out as labelled rows (word, gloss, language, where in the name, how it matched) instead of a raw
key: value dump; domains shown in Unicode with a link a person can open to check by hand; low
notes of markets that share a language merged into one line (zh + zh-TW, es + es-MX).
"""

from __future__ import annotations

import datetime
import functools
from typing import Any, Iterable, Mapping, Sequence
from urllib.parse import quote

from ..model import Finding, Report, Severity

__all__ = ["evidence_rows", "language_name", "display_domain", "domain_lookup_url", "tld_of", "merge_alike",
           "Merged", "fmt_number", "default_meta", "meta_items", "report_tags"]

# How a meaning was matched, in words (the `match` evidence of meanings/ and checks/).
_HOW = {
    "word": "as a word of the name",
    "whole": "the whole name is the word",
    "embed": "inside the name",
    "prefix": "at the start of the name",
    "suffix": "at the end of the name",
    "sound": "how the local spelling sounds",
    "sound_near": "sounds close in the local reading",
    "letters_sound": "the name read aloud, letter by letter",
    "letters": "the letters of the name",
    "homophone": "a Chinese homophone of a syllable",
    "number": "a number read aloud",
}

# Evidence keys shown as their own row, in this order, with the label a reader sees. Keys not listed
# here are shown after them under their own name; _HIDDEN ones are bookkeeping for tools.
_LABELS = (
    ("term", "word"), ("word", "word"), ("native", "written"), ("gloss", "meaning"), ("category", "kind"),
    ("language", "language"), ("region", "region"), ("position", "where in the name"), ("where", "where in the name"),
    ("match", "how it matched"), ("matched", "matched text"), ("reading", "in the reading"),
    ("brand", "brand"), ("sector", "sector"), ("country", "home country"), ("nice_classes", "Nice classes"),
    ("why", "why"), ("source", "from"), ("zipf", "frequency (Zipf)"), ("intended", "intended sound"),
    ("adapted", "local form"), ("romanization", "romanisation"),
)
_HIDDEN = frozenset({"list", "list_severity", "overall", "sight", "sound", "containment", "typo", "same_tone",
                     "similarity", "fidelity", "positions", "inserted", "deleted", "drifts", "source_syllables",
                     "syllables", "segment", "replacement"})


@functools.lru_cache(maxsize=1)
def _language_names() -> dict[str, str]:
    from ..markets import all_markets

    names: dict[str, str] = {}
    for m in all_markets():
        names.setdefault(m.language, m.language_name)
    return names


def language_name(code: str) -> str:
    """``"es"`` → ``"Spanish"``; a code the registry does not know is returned as it is."""
    return _language_names().get(str(code), str(code))


def fmt_number(value: Any) -> str:
    """Numbers as reports show them: floats to at most three places."""
    if isinstance(value, float):
        return f"{round(value, 3):g}"
    return str(value)


def _value(key: str, value: Any) -> str:
    if key == "language":
        return language_name(value)
    if key == "match":
        return _HOW.get(str(value), str(value).replace("_", " "))
    if key == "source":
        return {"bundled": "brandcheck's list of well-known brands", "user": "your register"}.get(str(value), str(value))
    if isinstance(value, (list, tuple)):
        return "; ".join(fmt_number(v) if not isinstance(v, (list, tuple)) else "→".join(map(str, v)) for v in value)
    return fmt_number(value)


def evidence_rows(finding: Finding) -> list[tuple[str, str]]:
    """(label, text) rows for a finding's evidence, most telling first; empty values left out.

    The word and its native form share a row when they differ; a sound-alike's similarity and a
    brand's sight/sound scores are added to the row they qualify.
    """
    ev = dict(finding.evidence)
    rows: list[tuple[str, str]] = []
    done: set[str] = set()
    for key, label in _LABELS:
        if key in done or key not in ev:
            continue
        value = ev[key]
        if value in (None, "", [], (), False):
            continue
        if key in ("term", "word") and finding.check.startswith("pronounceability"):
            continue  # there `word` names the kind of change, already in the message
        done.update(("term", "word") if key in ("term", "word") else (key,))
        text = _value(key, value)
        if key in ("term", "word") and ev.get("native") and str(ev["native"]) != str(value):
            text = f"{ev['native']} ({value})"
            done.add("native")
        if key == "match" and isinstance(ev.get("similarity"), (int, float)):
            text += f" (similarity {fmt_number(float(ev['similarity']))})"
        if label == "brand" and isinstance(ev.get("overall"), (int, float)):
            text += (f" (overall {fmt_number(float(ev['overall']))}, sight {fmt_number(float(ev.get('sight', 0)))}, "
                     f"sound {fmt_number(float(ev.get('sound', 0)))})")
        rows.append((label, text))
    for key, value in ev.items():
        if key in done or key in _HIDDEN or key in dict(_LABELS) or value in (None, "", [], (), False):
            continue
        rows.append((key.replace("_", " "), _value(key, value)))
    return rows


def display_domain(domain: str) -> str:
    """A domain as a person reads it: IDN labels in Unicode (``xn--cafnoir-dya.com`` → ``cafénoir.com``)."""
    if "xn--" not in domain.lower():
        return domain
    try:
        return domain.encode("ascii").decode("idna")
    except (UnicodeError, ValueError):
        return domain


def tld_of(domain: str) -> str:
    """The part after the name's label (``zelvora.com.br`` → ``com.br``), in Unicode."""
    shown = display_domain(domain)
    return shown.split(".", 1)[1] if "." in shown else shown


def domain_lookup_url(domain: str) -> str:
    """A page where a person can check a domain by hand (ICANN's registration data lookup)."""
    return "https://lookup.icann.org/en/lookup?name=" + quote(display_domain(domain), safe="")


class Merged:
    """One or more findings that say the same thing in markets of one language (es, es-MX)."""

    __slots__ = ("finding", "markets", "ids")

    def __init__(self, finding: Finding) -> None:
        self.finding = finding
        self.markets: list[str] = [finding.market or "all"]
        self.ids: list[str] = [finding.id]

    @property
    def where(self) -> str:
        return ", ".join(self.markets)


def merge_alike(findings: Iterable[Finding], *, up_to: Severity = Severity.LOW) -> list[Merged]:
    """Findings in order, with those of ``up_to`` severity or lower that repeat in markets of one
    language (the same check, key and severity: the same finding id but for the market; the message
    may name another country) merged into the first of them."""
    from ..markets import get

    out: list[Merged] = []
    seen: dict[tuple, Merged] = {}
    for f in findings:
        if f.severity <= up_to and f.market is not None:
            try:
                language = get(f.market).language
            except Exception:  # noqa: BLE001 - a tag from a hand-made report: merge by the tag's language part
                language = f.market.split("-")[0]
            key = (language, f.id.split('@', 1)[0], f.id.split(':', 1)[-1], f.severity, f.accepted)
            if key in seen:
                seen[key].markets.append(f.market)
                seen[key].ids.append(f.id)
                continue
            seen[key] = Merged(f)
            out.append(seen[key])
        else:
            out.append(Merged(f))
    return out


def visible(findings: Sequence[Finding], min_severity: Severity | None) -> tuple[Finding, ...]:
    """The findings at ``min_severity`` or above (all when None)."""
    if min_severity is None:
        return tuple(findings)
    return tuple(f for f in findings if f.severity >= min_severity)


def report_tags(reports: Sequence[Report]) -> list[str]:
    """The markets of the reports, in first-seen order."""
    tags: list[str] = []
    for r in reports:
        tags += [t for t in r.markets if t not in tags]
    return tags


def default_meta(reports: Sequence[Report]) -> dict[str, Any]:
    """What the page says about its run when the caller gives nothing: today, this version, the
    markets of the reports, and whether availability was looked up."""
    import sys

    # The package is always imported before its report module; reading its version this way keeps
    # report/ from importing the package (an import cycle).
    version = getattr(sys.modules.get("brandcheck"), "__version__", "")
    offline = bool(reports) and all(any(a.startswith("availability") for a in r.checks_absent) for r in reports)
    return {"version": version, "date": datetime.date.today().isoformat(), "markets": report_tags(reports),
            "online": not offline}


_META_LABELS = {"version": "brandcheck", "online": "network", "screened": "names screened",
                "skipped": "names skipped"}


def meta_items(meta: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(label, text) for a run's description: ``online`` as online/offline, mappings as k=v; empty
    values left out."""
    out = []
    for key, value in meta.items():
        if value is None or value == "" or value == [] or value == ():
            continue
        if key == "online" and isinstance(value, bool):
            text = "online" if value else "offline (no domains or handles looked up)"
        elif isinstance(value, Mapping):
            text = "; ".join(f"{k}={_plain(v)}" for k, v in value.items() if v not in (None, "", (), [], False))
        else:
            text = _plain(value)
        if text:
            out.append((_META_LABELS.get(key, str(key).replace("_", " ")), text))
    return out


def _plain(value: Any) -> str:
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return fmt_number(value)
