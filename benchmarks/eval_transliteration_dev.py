"""Transliteration on the DEVELOPMENT list ``benchmarks/data/transliteration_dev.tsv`` (tune here only).

Each row gives an English-read name and its accepted forms in katakana, hangul, Russian Cyrillic,
Arabic and Chinese (``|`` separates accepted variants). Prints top-1 and top-3 per script, and the
CPU time of rendering every name in all five markets (the cost the renderers add per name).
``--misses SCRIPT`` lists the names missed at top-1 in that script (dev data, for tuning).

Run: ``python benchmarks/eval_transliteration_dev.py [--misses ko]`` (prints; never asserts).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from brandcheck.markets import get  # noqa: E402
from brandcheck.phonetics.scripts import render  # noqa: E402
from brandcheck.phonetics.source import intended  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "transliteration_dev.tsv"
COLUMNS = {"ja": "katakana", "ko": "hangul", "ru": "cyrillic", "ar": "arabic", "zh": "chinese"}


def load() -> list[dict[str, str]]:
    lines = [ln for ln in DATA.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, ln.split("\t"))) for ln in lines[1:]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", help="list top-1 misses for this market (ja, ko, ru, ar, zh)")
    args = parser.parse_args(argv)
    rows = load()
    sources = {row["name"]: intended(row["name"]) for row in rows}
    markets = {tag: get(tag) for tag in COLUMNS}
    for tag, market in markets.items():  # warm the tables and kanalizer before timing
        render(sources[rows[0]["name"]], market)
    t0 = time.process_time()
    out = {tag: {name: [r.text for r in render(src, m, k=3)] for name, src in sources.items()}
           for tag, m in markets.items()}
    cpu = time.process_time() - t0
    print("| script | n | top-1 | top-3 |")
    print("|---|---|---|---|")
    for tag, script in COLUMNS.items():
        n = top1 = top3 = 0
        for row in rows:
            gold = {g for g in row[tag].split("|") if g}
            if not gold:
                continue
            got = out[tag][row["name"]]
            n += 1
            top1 += bool(got) and got[0] in gold
            top3 += bool(gold & set(got[:3]))
            if args.misses == tag and not (got and got[0] in gold):
                print(f"  miss {row['name']}: {got[:3]} want {row[tag]}")
        print(f"| {script} ({tag}) | {n} | {top1 / n:.3f} | {top3 / n:.3f} |")
    print(f"CPU time rendering {len(rows)} names in {len(markets)} markets: {cpu * 1000:.0f} ms "
          f"({cpu * 1000 / len(rows):.2f} ms per name)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
