"""Meaning screening on naming blunders: held-out recall, dev recall, and noise on bundled brands.

* ``data/blunders_heldout.tsv`` — HELD-OUT cases (never tuned on): a name and the market where it
  means or sounds like something offensive, negative or unlucky. Caught = that market gets a
  negative ``meaning.*`` finding at the case's minimum severity (medium) or above.
* ``data/blunders_heldout2.tsv`` — a SECOND held-out list written before the next round of tuning
  (aggregate only: its misses are never printed, so it cannot be tuned on by reading them).
* ``data/blunders_heldout3.tsv`` — a THIRD held-out list (aggregate only), weighted to political and hate
  words outside Europe, death and disaster words, and short Asian words inside coined Latin names.
* ``data/blunders_heldout4.tsv`` — a FOURTH held-out list (aggregate only), weighted to the languages the
  others cover least (Hungarian, Finnish, Polish, Czech, Turkish, Greek, Indonesian, Malay, Tagalog, Vietnamese,
  Thai, Swahili, Hindi, Korean, Japanese, Hebrew, Romanian, Dutch) and to coined names with a native bad word inside.
* ``data/brands_clean_heldout4.tsv`` — a fourth HELD-OUT list of real regional brands from those markets
  (aggregate only).
* ``data/brands_clean_heldout3.tsv`` — a third HELD-OUT list of famous unbundled brands, mostly from Asia,
  the Middle East and Africa (aggregate only).
* ``data/brands_clean_heldout.tsv`` — HELD-OUT famous brands that are not bundled: how many get a
  medium+ / high+ meaning finding in ``global`` (aggregate only).
* ``data/brands_unbundled_heldout2.tsv`` — a second HELD-OUT list of famous unbundled brands, written
  before the false-alarm tuning (same counts; shared with ``eval_brand_recall.py famous2``).
* ``data/brands_clean_dev.tsv`` — famous unbundled brands the noise rules may be tuned on (same counts).
* ``data/blunders_dev.tsv`` — cases the matchers may be tuned on (issue 15's named cases, the older
  ``eval_meanings.py`` cases).
* ``data/blunders_dev2.tsv`` — a second development list (450 cases, 54 markets) written before the
  round that tuned on it: documented blunders and coined names in the forms names take (the word
  inside a compound, inflections, respellings, digits for letters, letters read aloud).
* ``data/blunders_dev3.tsv`` — a third development list (133 cases, 15 markets outside Europe) written
  before the word-list round that used it: slurs and political insults, death, funeral, illness and
  disaster words, short native words inside coined names (tuning allowed).
* Noise: every bundled brand (``wordlists/brands/*.tsv``) screened in ``global``: how many get a
  medium+ and how many a high+ meaning finding (most famous brands are clean, so few should).
* The workshop cases (Apple, Nova, Lumora): the meaning findings they get, for a person to read.

Run: ``python benchmarks/eval_blunders.py [--brands N] [--show-missed] [--dev-only]`` (prints; never asserts).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import brandcheck  # noqa: E402
from brandcheck.model import Severity  # noqa: E402

_LEVEL = {"low": Severity.LOW, "medium": Severity.MEDIUM, "high": Severity.HIGH, "critical": Severity.CRITICAL}


def load(path: Path) -> list[dict]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, ln.split("\t"))) for ln in lines[1:]]


def negative(findings, market: str | None = None):
    return [f for f in findings if f.check.startswith("meaning.") and f.check != "meaning.positive"
            and (market is None or f.market == market)]


def recall(cases: list[dict], label: str, show_missed: bool) -> None:
    caught, missed = 0, []
    for case in cases:
        need = _LEVEL.get(case.get("min_severity") or "medium", Severity.MEDIUM)
        try:
            report = brandcheck.check(case["name"], markets=[case["market"]], online=False)
        except brandcheck.BrandcheckError as exc:
            missed.append(f"{case['name']}@{case['market']} (error: {exc})")
            continue
        found = negative(report.findings)
        if any(f.severity >= need for f in found):
            caught += 1
        else:
            best = max((f.severity for f in found), default=None)
            missed.append(f"{case['name']}@{case['market']}" + (f" ({best.name.lower()})" if best is not None else ""))
    n = len(cases)
    langs = len({c["market"].split("-")[0] for c in cases})
    print(f"{label}: caught at medium+ {caught}/{n} = {caught / n:.1%} ({len({c['market'] for c in cases})} markets, "
          f"{langs} languages)")
    if show_missed and missed:
        print("  missed:", ", ".join(missed))


def clean_noise(path: Path, label: str = "HELD-OUT clean brands") -> None:
    """Famous brands that are not bundled, screened in global: aggregate counts only (held out)."""
    names = [row["name"] for row in load(path)]
    reports = list(brandcheck.screen(names, "global", online=False, workers=1))
    n = len(reports)
    medium = sum(any(f.severity >= Severity.MEDIUM for f in negative(r.findings)) for r in reports)
    high = sum(any(f.severity >= Severity.HIGH for f in negative(r.findings)) for r in reports)
    print(f"{label} in global: {medium}/{n} = {medium / n:.1%} with a medium+ meaning finding, "
          f"{high}/{n} = {high / n:.1%} with a high+ one")


def brand_noise(limit: int | None, show: tuple[str, ...] = ()) -> None:
    from brandcheck.similarity.brands import bundled_brands

    from brandcheck.names import parse

    names = []
    for name in sorted({b.name for b in bundled_brands()}):
        try:
            parse(name)
            names.append(name)
        except brandcheck.BrandcheckError:
            pass  # a brand written with characters candidate names may not use (Yahoo!)
    if limit:
        names = names[:limit]
    t0 = time.perf_counter()
    reports = list(brandcheck.screen(names, "global", online=False, workers=1))
    elapsed = time.perf_counter() - t0
    medium = [r for r in reports if any(f.severity >= Severity.MEDIUM for f in negative(r.findings))]
    high = [r for r in reports if any(f.severity >= Severity.HIGH for f in negative(r.findings))]
    n = len(reports)
    print(f"bundled brands in global: {len(medium)}/{n} = {len(medium) / n:.1%} with a medium+ meaning finding, "
          f"{len(high)}/{n} = {len(high) / n:.1%} with a high+ one ({n / elapsed:.0f} names/s)")
    # which ways of matching give the brands their medium+ findings (one count per brand and way)
    from collections import Counter

    ways = Counter(way for r in medium for way in {str(f.evidence.get("match")) for f in negative(r.findings)
                                                    if f.severity >= Severity.MEDIUM})
    print("   medium+ by way of matching (brands):", ", ".join(f"{k} {v}" for k, v in ways.most_common()))
    for way in show:
        shown = [f"{r.name} {f.market} '{f.evidence.get('term')}'" for r in medium for f in negative(r.findings)
                 if f.severity >= Severity.MEDIUM and f.evidence.get("match") == way]
        print(f"   {way}: " + "; ".join(shown))
    for r in high:
        worst = [f for f in negative(r.findings) if f.severity >= Severity.HIGH][:2]
        print(f"   high: {r.name}: " + "; ".join(f"{f.market} '{f.evidence.get('term')}' ({f.evidence.get('match')})"
                                             for f in worst))


def workshop_noise() -> None:
    for name in ("Apple", "Nova", "Lumora"):
        report = brandcheck.check(name, markets="global", online=False)
        found = [f for f in negative(report.findings) if f.severity >= Severity.LOW]
        shown = ", ".join(f"{f.market} '{f.evidence.get('term')}' {f.severity.name.lower()}" for f in found) or "none"
        print(f"  {name}: {len(found)} low+ meaning findings: {shown}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--brands", type=int, default=0, help="screen only the first N bundled brands (0 = all, -1 = none)")
    parser.add_argument("--show-missed", action="store_true", help="list the cases missed")
    parser.add_argument("--show-way", action="append", default=[], help="list the brands' medium+ findings "
                        "matched this way (sound_edge, respelled, compound…)")
    parser.add_argument("--dev-only", action="store_true", help="skip the held-out lists (for tuning runs)")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    if not args.dev_only:
        recall(load(HERE / "data" / "blunders_heldout.tsv"), "HELD-OUT", args.show_missed)
        recall(load(HERE / "data" / "blunders_heldout2.tsv"), "HELD-OUT 2", show_missed=False)  # aggregate only
        recall(load(HERE / "data" / "blunders_heldout3.tsv"), "HELD-OUT 3", show_missed=False)  # aggregate only
        recall(load(HERE / "data" / "blunders_heldout4.tsv"), "HELD-OUT 4", show_missed=False)  # aggregate only
    recall(load(HERE / "data" / "blunders_dev.tsv"), "dev", args.show_missed)
    recall(load(HERE / "data" / "blunders_dev2.tsv"), "dev 2", args.show_missed)
    recall(load(HERE / "data" / "blunders_dev3.tsv"), "dev 3", args.show_missed)
    if not args.dev_only:
        clean_noise(HERE / "data" / "brands_clean_heldout.tsv")
        clean_noise(HERE / "data" / "brands_unbundled_heldout2.tsv", "HELD-OUT 2 clean brands")
        clean_noise(HERE / "data" / "brands_clean_heldout3.tsv", "HELD-OUT 3 clean brands")
        clean_noise(HERE / "data" / "brands_clean_heldout4.tsv", "HELD-OUT 4 clean brands")
    clean_noise(HERE / "data" / "brands_clean_dev.tsv", "dev clean brands (tuning allowed)")
    print("workshop noise (global):")
    workshop_noise()
    if args.brands >= 0:
        brand_noise(args.brands or None, tuple(args.show_way))
    print(f"elapsed {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
