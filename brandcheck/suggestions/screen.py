"""Screening and ranking of generated names: cheap prefilters, the full offline check, the drop
rules, ranking by the combined score, diversity, and (online) required domains and handles.

Every candidate goes through the same offline pipeline as ``brandcheck.screen`` (the batch
engine's runners: local processes or this one); there is no second checker here.
"""

from __future__ import annotations

import functools
from collections import deque
from dataclasses import dataclass, replace
from typing import Iterable, Iterator, Sequence

from ..errors import BrandcheckError, InvalidNameError
from ..model import Report, Severity, Status
from ..names import parse
from .model import Candidate, Suggestion
from .palette import Palette, initial_cluster
from .spelling import key

__all__ = ["prefilter", "brand_keys", "drop_reason", "verified_repairs", "judge", "rank", "diversify", "Screening",
           "parse_require", "Required", "unavailable", "PRONOUNCEABILITY_FLOOR", "MIN_LETTERS", "MAX_LETTERS"]

PRONOUNCEABILITY_FLOOR = 70
"""A suggestion whose pronounceability is under this in any chosen market is dropped (the scale's
"noticeable effort" band starts here; the issue's target for the top 20 is a mean of 85)."""
MIN_LETTERS, MAX_LETTERS = 3, 12
"""Generated names shorter or longer than this are not screened."""
KIND_ORDER = {"repair": 0, "variant": 1, "blend": 2, "coined": 3}


@functools.lru_cache(maxsize=1)
def brand_keys() -> frozenset[str]:
    """Folded keys of every bundled brand name and Latin-letter alias (a suggestion is never one)."""
    from ..similarity.brands import bundled_brands

    out = set()
    for record in bundled_brands():
        for text in (record.name, *record.aliases):
            k = key(text)
            if k and text.isascii():
                out.add(k)
            elif k and record.name == text:
                out.add(k)
    return frozenset(out)


SURELY_NEAR_BRAND = 0.9
"""A candidate (other than a repair) whose quick similarity to its nearest bundled brand
(``BrandIndex.nearest``, spelling and keys only) is at least this is not screened: in a sample of
200 coined names, 33 of the 34 at or above 0.9 were dropped by the full check for a medium+
similarity finding, against 62 of 117 at 0.8."""


def prefilter(candidates: Iterable[Candidate], palette: Palette, *, seeds: Sequence[str],
              brands: frozenset[str], index=None) -> Iterator[Candidate]:
    """Candidates worth screening, in order: valid names, 3–12 letters, not a seed, not a bundled
    brand, not seen before, no further outside the markets' palette than the seeds they come
    from (a coined name not at all), no new word-initial cluster some language cannot say, and — given the bundled ``index`` — not surely too close to
    a brand (repairs are screened anyway: moving away from a brand is what they try)."""
    seed_keys = {key(s) for s in seeds}
    limits = {s: palette.violations(s) for s in seeds}
    seen: set[str] = set()
    for c in candidates:
        try:
            name = parse(c.name).text
        except InvalidNameError:
            continue
        k = key(name)
        if not (MIN_LETTERS <= len(k) <= MAX_LETTERS) or k in seen or k in seed_keys or k in brands:
            continue
        # no further outside the palette than its seeds; a keyword compound one letter or cluster
        # (its roots are the user's words, not sounds chosen for the markets); a coined name none
        limit = min((limits.get(o, 0) for o in c.origin), default=0 if c.kind == "coined" else 1)
        if palette.violations(k) > limit:
            continue
        if not palette.onset_ok(k) and all(initial_cluster(k) != initial_cluster(key(o)) for o in c.origin):
            continue  # a new word-initial cluster some language cannot start a word with (Ttravio)
        seen.add(k)
        if index is not None and c.kind != "repair":
            near = index.nearest(name, k=1)
            if near and near[0].scores.overall >= SURELY_NEAR_BRAND:
                continue
        yield c if c.name == name else replace(c, name=name)


def drop_reason(report: Report, floor: int = PRONOUNCEABILITY_FLOOR) -> str | None:
    """Why a screened name is dropped, or None: a medium+ meaning or similarity finding, or a
    pronounceability score under ``floor`` in some market."""
    for f in report.findings:
        if not f.accepted and f.severity >= Severity.MEDIUM and f.check.startswith(("meaning.", "similarity.")):
            return f"{f.severity.label} finding {f.id}"
    for tag, m in report.markets.items():
        if m.pronounceability is not None and m.pronounceability.score < floor:
            return f"pronounceability {m.pronounceability.score} in {tag} (under {floor})"
    return None


def verified_repairs(claimed: Sequence[str], report: Report) -> tuple[str, ...]:
    """The claimed finding ids the report no longer has."""
    present = {f.id for f in report.findings}
    return tuple(x for x in claimed if x not in present)


def judge(c: Candidate, report: Report) -> Suggestion:
    """A screened candidate as a suggestion, ``dropped`` set when a rule drops it."""
    reason = drop_reason(report)
    fixed = verified_repairs(c.repairs, report)
    if c.repairs and not fixed and reason is None:
        reason = f"does not remove {c.repairs[0]}"
    return Suggestion(report.name, c.kind, c.origin, fixed, c.why, report.score, report, reason)


def rank(items: Iterable[Suggestion]) -> list[Suggestion]:
    """Best first: combined score, then more repaired findings, then generator, then name."""
    return sorted(items, key=lambda s: (-s.score, -len(s.repairs), KIND_ORDER.get(s.kind, 9), s.name))


MIN_EDITS_TOP = 2
"""In the first ``TOP_DIVERSE`` no two names are fewer edits apart than this (no one-letter twins)."""
MIN_NORMALISED_TOP = 0.3
"""… and no two share more than about two thirds of their letters in place (normalised edit distance)."""
TOP_DIVERSE = 20
KIND_TOP, MAX_PER_KIND = 10, 6
"""In the first ``KIND_TOP`` at most ``MAX_PER_KIND`` of one generator while others have names to
offer: a room circling back wants to see repairs of its own name next to coined ones."""


def diversify(ranked: Sequence[Suggestion], *, top: int = TOP_DIVERSE) -> list[Suggestion]:
    """The ranked list with near-twins moved below the first ``top``, and no generator filling the
    first ``KIND_TOP`` alone (greedy, best first; what is held back comes right after)."""
    from rapidfuzz.distance import Levenshtein

    def far(s: Suggestion, head: list[Suggestion]) -> bool:
        k = key(s.name)
        return all(Levenshtein.distance(k, key(h.name)) >= MIN_EDITS_TOP
                   and Levenshtein.normalized_distance(k, key(h.name)) >= MIN_NORMALISED_TOP for h in head)

    kinds = {s.kind for s in ranked}
    head: list[Suggestion] = []
    held: list[Suggestion] = []  # good names of a generator that already has its share of the first ten
    rest: list[Suggestion] = []

    def release() -> None:
        for h in held:
            (head if len(head) < top and far(h, head) else rest).append(h)
        held.clear()

    for s in ranked:
        if len(head) >= top or not far(s, head):
            rest.append(s)
        elif len(head) < KIND_TOP and len(kinds) > 1 and sum(h.kind == s.kind for h in head) >= MAX_PER_KIND:
            held.append(s)
        else:
            head.append(s)
            if len(head) == KIND_TOP:
                release()
    release()
    return head + rest


class Screening:
    """Candidates through the offline checks on a batch-engine runner, in order, a few chunks in flight.

    ``submit`` takes an iterable that is read lazily, a chunk at a time as the workers need more
    (the prefilter's work on later candidates overlaps the screening of earlier ones, and is never
    done when enough names have passed); ``results`` yields ``(candidate, report)`` in submission
    order. Closing cancels what is still queued.
    """

    def __init__(self, runner, *, chunk_size: int = 8, window: int = 4) -> None:
        self._runner = runner
        self._chunk = chunk_size
        self._window = window
        self._queued: deque[tuple[tuple[Candidate, ...], object]] = deque()
        self._chunks: Iterator[tuple[Candidate, ...]] = iter(())

    def submit(self, candidates: Iterable[Candidate]) -> None:
        from ..batch.engine import chunked

        self._chunks = chunked(candidates, self._chunk)
        self._fill()

    def _fill(self) -> None:
        while len(self._queued) < self._window:
            chunk = next(self._chunks, None)
            if chunk is None:
                return
            self._queued.append((chunk, self._runner.submit(tuple(parse(c.name) for c in chunk))))

    def results(self) -> Iterator[tuple[Candidate, Report]]:
        while self._queued:
            chunk, fut = self._queued.popleft()
            reports = fut.result()  # type: ignore[attr-defined]
            self._fill()
            yield from zip(chunk, reports)

    def close(self) -> None:
        for _, fut in self._queued:
            fut.cancel()  # type: ignore[attr-defined]
        self._queued.clear()
        self._chunks = iter(())
        self._runner.close(cancel=True)


# ---------------------------------------------------------------------------------------------
# --require: domains and handles that must be available


@dataclass(frozen=True, slots=True)
class Required:
    """What ``require`` asks for: TLDs (``com``) and platform ids (``instagram``)."""

    tlds: tuple[str, ...] = ()
    platforms: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.tlds or self.platforms)


def _can_look_up(tld: str, settings) -> bool:
    """Some service answers for the TLD: the user's RDAP or WHOIS server, the RDAP bootstrap
    (refreshed or bundled), or the bundled WHOIS table — as the domain check itself routes it."""
    from ..availability.domains import rdap_base
    from ..data import read_tsv

    if settings.rdap or settings.whois or rdap_base(tld):
        return True
    return tld.rsplit(".", 1)[-1] in read_tsv("availability/whois.tsv").column("tld")


def parse_require(items: Iterable[str], network=None) -> Required:
    """``["com", "instagram"]`` → TLDs and platforms; anything else is a :class:`BrandcheckError`."""
    from ..availability.labels import TLDError, normalize_tld
    from ..availability.platforms import load_platforms
    from ..availability.settings import Settings

    settings = network if network is not None else Settings.from_env()
    platforms = load_platforms(settings.platforms_file)
    tlds: list[str] = []
    plats: list[str] = []
    for raw in items:
        for item in str(raw).split(","):
            item = item.strip().lower().lstrip(".")
            if not item:
                continue
            if item in platforms:
                plats.append(item)
                continue
            try:
                tld = normalize_tld(item)
            except TLDError:
                tld = None
            if tld is None or not _can_look_up(tld, settings):
                raise BrandcheckError(f"--require {item!r} is neither a TLD brandcheck can look up nor a platform "
                                      f"(platforms: {', '.join(sorted(platforms))})")
            tlds.append(tld)
    return Required(tuple(dict.fromkeys(tlds)), tuple(dict.fromkeys(plats)))


def unavailable(names: Sequence[str], required: Required, network=None) -> list[str | None]:
    """For each name, why a required domain or handle is not available (None when all are).
    Unknown is not available."""
    from ..availability import check_domains, check_handles

    out: list[str | None] = [None] * len(names)
    if required.tlds:
        for i, (_, results) in enumerate(check_domains(list(names), tlds=required.tlds, settings=network)):
            for d in results:
                if d.domain.rsplit(".", 1)[-1] in required.tlds and d.status != Status.AVAILABLE and out[i] is None:
                    out[i] = f"{d.domain} {d.status.value}" + (f" ({d.reason})" if d.reason else "")
    if required.platforms:
        for i, (_, results) in enumerate(check_handles(list(names), platforms=required.platforms, settings=network)):
            for h in results:
                if h.status != Status.AVAILABLE and out[i] is None:
                    out[i] = f"{h.platform} @{h.handle} {h.status.value}" + (f" ({h.reason})" if h.reason else "")
    return out

