"""Every native-script form listed for a bundled brand (小米, ソニー, 삼성, Пепси…), checked as a
candidate name: is that brand the nearest, with a high or critical finding? (issue 15, item 1).
Also the forms it does NOT list (``benchmarks/data/native_unlisted_{dev,heldout,heldout2,heldout3}.tsv``: other
spellings and scripts, the three held-out lists never tuned on; a row whose form the brand list has since
come to carry is left out and counted), by script: brand found first, and first with a
medium+ / high+ finding; and ordinary words in those scripts (``native_everyday.tsv``): how many get a
medium+ similarity finding (should be near none).
Prints, never asserts. Usage: ``python benchmarks/eval_native_forms.py [--show-misses] [--unlisted-only]``.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from brandcheck.markets import resolve  # noqa: E402
from brandcheck.model import Severity  # noqa: E402
from brandcheck.names import parse, script_of  # noqa: E402
from brandcheck.similarity import near_brands  # noqa: E402
from brandcheck.similarity.brands import bundled_brands  # noqa: E402


def native_forms() -> list[tuple[str, str, str]]:
    """(form, brand, script) for every alias without Latin letters."""
    out = []
    for record in bundled_brands():
        for alias in record.aliases:
            letters = [c for c in alias if c.isalpha()]
            if letters and not any(script_of(c) == "Latin" for c in letters):
                out.append((alias, record.name, script_of(letters[0])))
    return out


def _rows(name: str) -> list[list[str]]:
    path = ROOT / "benchmarks" / "data" / name
    return [line.rstrip("\n").split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:]
            if line.strip() and not line.startswith("#")][1:]  # the header row after the comments


def unlisted(name: str, markets, show: bool) -> None:
    """Forms of bundled brands the brand list does not carry: found first, and how strongly."""
    total, first, medium, high = Counter(), Counter(), Counter(), Counter()
    misses = []
    # a form the brand list has come to carry since the list was written is no longer unlisted
    listed = {(form, brand) for form, brand, _ in native_forms()}
    rows = [row for row in _rows(name) if (row[0], row[1]) not in listed]
    left_out = len(_rows(name)) - len(rows)
    for form, brand, script, *_ in rows:
        near = near_brands(form, markets)
        top = near.matches[0].brand if near.matches else None
        sev = max((f.severity for f in near.findings if f.evidence.get("brand") == brand), default=None)
        total[script] += 1
        first[script] += top == brand
        medium[script] += top == brand and sev is not None and sev >= Severity.MEDIUM
        high[script] += top == brand and sev is not None and sev >= Severity.HIGH
        if show and not (top == brand and sev is not None and sev >= Severity.HIGH):
            misses.append(f"{form} ({brand}) → {top} {sev.name if sev else 'no finding'}")
    n = sum(total.values())
    print(f"{name} n={n}: brand first {sum(first.values()) / n:6.1%}, first+medium {sum(medium.values()) / n:6.1%}, "
          f"first+high {sum(high.values()) / n:6.1%}" + (f"  ({left_out} now listed, left out)" if left_out else ""))
    for script, count in sorted(total.items()):
        print(f"   {script:13s} n={count:3d}  first {first[script] / count:6.1%}  medium+ {medium[script] / count:6.1%}"
              f"  high+ {high[script] / count:6.1%}")
    for m in misses:
        print("   miss:", m)


def everyday(markets, show: bool) -> None:
    """Ordinary words in those scripts: a medium+ similarity finding for one is a false alarm."""
    rows = _rows("native_everyday.tsv")
    alarms = []
    for word, script, *_ in rows:
        near = near_brands(word, markets)
        hit = [f for f in near.findings if f.severity >= Severity.MEDIUM]
        if hit:
            alarms.append(f"{word} ({script}) → {hit[0].evidence.get('brand')} {hit[0].severity.name}")
    print(f"everyday words n={len(rows)}: with a medium+ similarity finding {len(alarms)}")
    for a in alarms if show else ():
        print("   alarm:", a)


def main(argv: list[str]) -> None:
    show = "--show-misses" in argv
    markets = resolve("global")
    for name in ("native_unlisted_dev.tsv", "native_unlisted_heldout.tsv", "native_unlisted_heldout2.tsv",
                 "native_unlisted_heldout3.tsv"):
        unlisted(name, markets, show and "heldout" not in name)  # the held-out list: aggregates only
    everyday(markets, show)
    if "--unlisted-only" in argv:
        return
    forms = native_forms()
    total, good = Counter(), Counter()
    misses, invalid = [], 0
    t0 = time.perf_counter()
    for form, brand, script in forms:
        try:
            parse(form)
        except ValueError:
            invalid += 1
            misses.append(f"{form} ({brand}): rejected as a name")
            total[script] += 1
            continue
        near = near_brands(form, markets)
        top = near.matches[0].brand if near.matches else None
        high = any(f.evidence.get("brand") == top and f.severity >= Severity.HIGH for f in near.findings)
        total[script] += 1
        # a form two brands share (雅阁 for two models) counts when either is first
        ok = top is not None and high and (top == brand or form in next(
            (r.aliases for r in bundled_brands() if r.name == top), ()))
        good[script] += ok
        if not ok:
            misses.append(f"{form} ({brand}) → {top} {'high' if high else 'below high'}")
    n = sum(total.values())
    print(f"native forms n={n}  brand found first with a high finding {sum(good.values()) / n:6.1%}  "
          f"(rejected as names: {invalid}; {(time.perf_counter() - t0) / n * 1000:.0f} ms/form)")
    for script, count in total.most_common():
        print(f"   {script:10s} {good[script]:4d}/{count:<4d} {good[script] / count:6.1%}")
    if show:
        for m in misses:
            print("   miss:", m)


if __name__ == "__main__":
    main(sys.argv[1:])
