"""Batch screening throughput (issue 10 targets), printed, never asserted.

* names/s of an offline ``global`` screen of coined names on one worker and on all cores
  (targets: ≥ 80 names/s on one worker, ≥ 150 on 2 cores);
* same-process ratio: N markets that share one language against one market (target < 1.3×);
* with ``--big N``: the CLI screening N names to JSONL, wall time and peak RSS of the whole process
  tree (target: 50,000 names in under 6 minutes, peak under 1.2 GB).

Usage: ``python benchmarks/bench_screen.py [--names 400] [--big 50000]``. The machine is noisy:
compare figures from one run, and read ratios rather than absolute times.
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_ONSETS = ("b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "tr", "st", "kl")
_VOWELS = ("a", "e", "i", "o", "u")
_CODAS = ("", "", "n", "r", "l", "s", "x")


def coined(n: int, offset: int = 0) -> list[str]:
    """``n`` distinct pronounceable coined names, the same on every run."""
    out = []
    for i, (o1, v1, o2, v2, c) in enumerate(itertools.product(_ONSETS, _VOWELS, _ONSETS, _VOWELS, _CODAS)):
        if i < offset:
            continue
        out.append((o1 + v1 + o2 + v2 + c).capitalize())
        if len(out) == n:
            break
    return out


def rate(names: list[str], markets, workers: int) -> float:
    import brandcheck

    t0 = time.perf_counter()
    for _ in brandcheck.screen(names, markets, online=False, workers=workers):
        pass
    return len(names) / (time.perf_counter() - t0)


def per_name_ms(names: list[str], markets) -> float:
    import brandcheck

    times = []
    for name in names:
        t0 = time.perf_counter()
        brandcheck.check(name, markets, online=False)
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def big_run(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "names.txt"
        src.write_text("\n".join(coined(n)) + "\n", encoding="utf-8")
        out = Path(tmp) / "out.jsonl"
        cmd = [sys.executable, "-m", "brandcheck", "screen", str(src), "--offline", "--markets", "global",
               "--format", "jsonl", "-o", str(out), "--no-progress"]
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        wall = time.perf_counter() - t0
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        lines = sum(1 for _ in out.open(encoding="utf-8")) if out.exists() else 0
        print(f"CLI screen {n} names --format jsonl   {wall:7.1f} s, {n / wall:6.1f} names/s, "
              f"largest process peak RSS {peak:.0f} MiB, {lines} lines (exit {proc.returncode}; "
              f"targets: 50,000 in < 360 s, < 1.2 GB)")
        if proc.returncode not in (0, 1):
            print(proc.stderr[-2000:])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--names", type=int, default=400)
    ap.add_argument("--big", type=int, default=0)
    args = ap.parse_args()

    import brandcheck

    brandcheck.check("Warmup", "global", online=False)
    names = coined(args.names)
    cores = len(os.sched_getaffinity(0))
    one = rate(names, "global", 1)
    print(f"screen global, {len(names)} coined names, 1 worker      {one:7.1f} names/s "
          f"({1000 / one:.1f} ms per name; target >= 80)")
    many = rate(coined(args.names, offset=args.names), "global", cores)
    print(f"screen global, {len(names)} coined names, {cores} workers     {many:7.1f} names/s (target >= 150 on 2 cores)")

    sample = coined(60, offset=3 * args.names)
    english = ("en", "en-GB", "en-CA", "en-AU", "en-IE", "en-IN")
    spanish = ("es", "es-MX", "es-AR", "es-CO")
    for label, group in (("English", english), ("Spanish", spanish)):
        single = per_name_ms(sample, group[:1])
        shared = per_name_ms(sample, group)
        print(f"{len(group)} {label} markets vs 1, per name median   {shared:6.2f} ms vs {single:6.2f} ms = "
              f"{shared / single:.2f}x (target < 1.3x)")
    if args.big:
        big_run(args.big)


if __name__ == "__main__":
    main()
