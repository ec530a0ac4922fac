"""Every native-script form listed for a bundled brand (小米, ソニー, 삼성, Пепси…), checked as a
candidate name: is that brand the nearest, with a high or critical finding? (issue 15, item 1).
Prints, never asserts. Usage: ``python benchmarks/eval_native_forms.py [--show-misses]``.
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


def main(argv: list[str]) -> None:
    show = "--show-misses" in argv
    markets = resolve("global")
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
