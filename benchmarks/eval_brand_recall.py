"""Does a misspelling or sound-alike of a bundled brand find that brand first? And do the bundled
brands raise similarity alarms against each other? (issue 15, item 3). Prints, never asserts.

* ``dev``: ``benchmarks/data/brand_soundalikes_dev.tsv`` — the list the matcher may be tuned on;
* ``heldout``: ``benchmarks/data/brand_soundalikes_heldout.tsv`` — written before tuning and never
  tuned on (target: brand found first ≥ 98%);
* ``heldout2``: ``benchmarks/data/brand_soundalikes_heldout2.tsv`` — a second held-out list
  (misspellings, sound-alikes, home-language readings), written before the round-two tuning;
* ``heldout3``: ``benchmarks/data/brand_soundalikes_heldout3.tsv`` — a third held-out list, written
  before the false-alarm tuning (aggregate only: its misses are never printed);
* ``heldout4``: ``benchmarks/data/brand_soundalikes_heldout4.tsv`` — a fourth held-out list, written
  before the coexisting-marks tuning (aggregate only);
* ``heldout5``: ``benchmarks/data/brand_soundalikes_heldout5.tsv`` — a fifth held-out list (look-alike
  letters, added suffixes, compound variations too), written before the compound-words tuning
  (aggregate only);
* ``famous``: ``benchmarks/data/brands_unbundled_heldout.tsv`` — real well-known brands that are
  NOT bundled, checked as candidates: how many get a medium+ / high+ similarity finding (a real
  famous brand coexists with the others, so this should be low; held out, never tuned on);
  ``famous-dev`` is the same measure on ``brands_unbundled_dev.tsv``, which tuning may look at;
  ``famous2`` on ``brands_unbundled_heldout2.tsv``, a second held-out list (aggregate only);
  ``famous3`` on ``brands_unbundled_heldout3.tsv`` (152 brands, 54 countries), a third, written before
  the coexisting-marks tuning (aggregate only);
  ``famous4`` on ``brands_unbundled_heldout4.tsv`` (158 brands, 98 countries), a fourth, written before
  the compound-words tuning (aggregate only);
* ``alarms``: how many bundled brands, checked as candidates themselves, get a medium+
  ``similarity.*`` finding against a DIFFERENT bundled brand (should not grow).

Each query is screened like ``brandcheck check`` does it for the ``global`` markets
(:func:`brandcheck.similarity.near_brands`). Usage:
``python benchmarks/eval_brand_recall.py [dev heldout heldout2 heldout3 heldout4 heldout5 famous famous2 famous3 famous4 famous-dev alarms]
[--show-misses]`` (``--show-misses`` never lists the cases of ``heldout3``, ``heldout4``, ``heldout5``, ``famous2``,
``famous3`` or ``famous4``).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from brandcheck.markets import resolve  # noqa: E402
from brandcheck.model import Severity  # noqa: E402
from brandcheck.similarity import near_brands  # noqa: E402
from brandcheck.similarity.brands import bundled_brands  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
MARKETS = resolve("global")


def pairs(name: str) -> list[tuple[str, str]]:
    lines = (DATA / f"brand_soundalikes_{name}.tsv").read_text(encoding="utf-8").splitlines()
    rows = [ln.split("\t") for ln in lines if ln and not ln.startswith("#")][1:]
    return [(r[0], r[1]) for r in rows]


AGGREGATE_ONLY = {"heldout3", "heldout4", "heldout5", "heldout2-famous", "heldout3-famous", "heldout4-famous"}
"""Held-out lists written before the false-alarm tuning: their cases are never printed, so they cannot
be tuned on by reading them."""


def recall(name: str, show: bool) -> None:
    show = show and name not in AGGREGATE_ONLY
    cases = pairs(name)
    first = flagged = 0
    misses = []
    t0 = time.perf_counter()
    for query, brand in cases:
        near = near_brands(query, MARKETS)
        top = near.matches[0].brand if near.matches else None
        first += top == brand
        flagged += any(f.evidence.get("brand") == brand and f.severity >= Severity.MEDIUM for f in near.findings)
        if top != brand:
            misses.append(f"{query} → {top} (wanted {brand})")
    n = len(cases)
    print(f"{name:8s} n={n:3d}  brand found first {first / n:6.1%}  with a medium+ finding {flagged / n:6.1%}"
          f"  ({(time.perf_counter() - t0) / n * 1000:.0f} ms/name)")
    if show:
        for m in misses:
            print("   miss:", m)


def alarms(show: bool) -> None:
    brands = bundled_brands()
    hit = []
    t0 = time.perf_counter()
    for record in brands:
        near = near_brands(record.name, MARKETS)
        others = [f for f in near.findings if f.severity >= Severity.MEDIUM
                  and str(f.evidence.get("brand", "")).casefold() != record.name.casefold()]
        if others:
            hit.append(f"{record.name} ~ {others[0].evidence.get('brand')} ({others[0].severity.name.lower()})")
    print(f"alarms   bundled brands with a medium+ similarity finding against another brand: {len(hit)} "
          f"of {len(brands)}  ({(time.perf_counter() - t0) / len(brands) * 1000:.0f} ms/brand)")
    if show:
        for h in hit:
            print("   ", h)


def famous(show: bool, which: str = "heldout") -> None:
    show = show and f"{which}-famous" not in AGGREGATE_ONLY
    lines = (DATA / f"brands_unbundled_{which}.tsv").read_text(encoding="utf-8").splitlines()
    names = [ln.split("\t")[0] for ln in lines if ln and not ln.startswith("#")][1:]
    medium, high = [], 0
    t0 = time.perf_counter()
    for name in names:
        near = near_brands(name, MARKETS)
        worst = max((f for f in near.findings), key=lambda f: f.severity, default=None)
        if worst is not None and worst.severity >= Severity.MEDIUM:
            medium.append(f"{name} ~ {worst.evidence.get('brand')} ({worst.severity.name.lower()}): "
                          f"{'; '.join(worst.evidence.get('why', []))[:110]}")
            high += worst.severity >= Severity.HIGH
    n = len(names)
    label = {"heldout": "famous", "heldout2": "famous2", "heldout3": "famous3", "heldout4": "famous4"}.get(which, f"famous-{which}")
    print(f"{label:8s} n={n:3d}  unbundled famous brands with a medium+ finding {len(medium) / n:6.1%} ({len(medium)}), "
          f"high+ {high / n:6.1%} ({high})  ({(time.perf_counter() - t0) / n * 1000:.0f} ms/name)")
    if show:
        for m in medium:
            print("   ", m)


def main(argv: list[str]) -> None:
    show = "--show-misses" in argv
    parts = [a for a in argv if not a.startswith("--")] or [
        "dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "famous", "famous2", "famous3", "famous4",
        "alarms"]
    for part in parts:
        {"alarms": alarms, "famous": famous, "famous2": lambda s: famous(s, "heldout2"),
         "famous3": lambda s: famous(s, "heldout3"), "famous4": lambda s: famous(s, "heldout4"),
         "famous-dev": lambda s: famous(s, "dev")}.get(
            part, lambda s: recall(part, s))(show)


if __name__ == "__main__":
    main(sys.argv[1:])
