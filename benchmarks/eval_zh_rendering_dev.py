"""The zh renderer on its own DEVELOPMENT list ``benchmarks/data/zh_names_dev.tsv`` (tune here only).

English surnames, given names and places with their usual mainland forms; prints the exact top-1
and top-3 rate of ``render(…, zh)`` and, with ``--misses``, the names missed at top-1.

Run: ``python benchmarks/eval_zh_rendering_dev.py [--misses]`` (prints; never asserts).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from brandcheck.markets import get  # noqa: E402
from brandcheck.phonetics.scripts import render  # noqa: E402
from brandcheck.phonetics.source import intended  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "zh_names_dev.tsv"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true", help="list the names missed at top-1")
    args = parser.parse_args(argv)
    rows = [line.split("\t")[:2] for line in DATA.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#") and not line.startswith("name\t")]
    top1 = top3 = 0
    for name, want in rows:
        got = [r.text for r in render(intended(name), get("zh"), k=3)]
        top1 += bool(got) and got[0] == want
        top3 += want in got
        if args.misses and (not got or got[0] != want):
            print(f"  miss {name}: {got} want {want}")
    n = len(rows)
    print(f"zh renderer dev list: {n} names, top-1 {top1 / n:.3f}, top-3 {top3 / n:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
