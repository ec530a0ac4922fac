"""Benchmarks for brandcheck.phonetics: cold start, warm analysis, distances.

Run: ``python benchmarks/bench_phonetics.py``. Prints figures only (no assertions): wall-clock limits
are targets for humans, not tests. Ratios against in-process reference runs make the figures
comparable across machines.

Targets (docs/pronounceability.md): cold ``analyze`` for the 22 markets of the ``global`` preset in a
fresh process well under 3 s on a 2-core machine; warm ``analyze`` under 20 ms per market.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAMES = ["Zelvora", "Lumora", "Sprint", "Dalvo", "Tasko", "Novakia", "TX4", "Kamo", "Brightwell", "Quixotic"]

COLD = """
import time
t0 = time.perf_counter()
from brandcheck.phonetics import analyze
from brandcheck.markets import PRESETS
for tag in PRESETS["global"]:
    analyze({name!r}, tag)
print(time.perf_counter() - t0)
"""

IMPORT_ONLY = """
import time
t0 = time.perf_counter()
import brandcheck.phonetics
print(time.perf_counter() - t0)
"""

PANPHON_REFERENCE = """
import time
t0 = time.perf_counter()
import panphon.featuretable
panphon.featuretable.FeatureTable()
print(time.perf_counter() - t0)
"""

SHARED_TABLE = """
import time
t0 = time.perf_counter()
from brandcheck.phonetics.features import feature_table
feature_table()
print(time.perf_counter() - t0)
"""

EPITRAN_REFERENCE = """
import time
t0 = time.perf_counter()
import epitran
for code in ("spa-Latn", "deu-Latn", "fra-Latn"):
    epitran.Epitran(code)
print(time.perf_counter() - t0)
"""

EPITRAN_SHARED = """
import time
t0 = time.perf_counter()
from brandcheck.phonetics.readers import epitran_reader
for code in ("spa-Latn", "deu-Latn", "fra-Latn"):
    epitran_reader(code)
print(time.perf_counter() - t0)
"""


def fresh(code: str, runs: int = 3) -> list[float]:
    out = []
    for _ in range(runs):
        res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
        out.append(float(res.stdout.strip().splitlines()[-1]))
    return out


def fmt(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:7.1f} ms  (runs: {', '.join(f'{v * 1000:.0f}' for v in values)})"


def main() -> None:
    print("== fresh-process timings")
    imp = fresh(IMPORT_ONLY)
    print(f"import brandcheck.phonetics          {fmt(imp)}")
    cold = fresh(COLD.format(name="Zelvora"))
    print(f"cold analyze, global preset (22)     {fmt(cold)}")
    cold_oov = fresh(COLD.format(name="Quixotrela"))
    print(f"  same, name not in CMUdict          {fmt(cold_oov)}")
    ref = fresh(PANPHON_REFERENCE)
    shared = fresh(SHARED_TABLE)
    print(f"panphon FeatureTable (reference)     {fmt(ref)}")
    print(f"shared FeatureTable (csv, no pandas) {fmt(shared)}   ratio {statistics.median(ref) / statistics.median(shared):.1f}x")
    eref = fresh(EPITRAN_REFERENCE, runs=2)
    eshared = fresh(EPITRAN_SHARED, runs=2)
    print(f"3 epitran readers (reference)        {fmt(eref)}")
    print(f"3 epitran readers (shared table)     {fmt(eshared)}   ratio {statistics.median(eref) / statistics.median(eshared):.1f}x")

    print("== in-process timings")
    sys.path.insert(0, str(ROOT))
    from brandcheck.markets import PRESETS
    from brandcheck.phonetics import analyze, intended
    from brandcheck.phonetics.features import ipa_distance

    tags = PRESETS["global"]
    for tag in tags:  # warm the readers and tables
        analyze("Warmup", tag)
    per_market = []
    for name in NAMES:
        t0 = time.perf_counter()
        for tag in tags:
            analyze(name, tag)
        per_market.append((time.perf_counter() - t0) / len(tags))
    print(f"warm analyze, new name, per market   median {statistics.median(per_market) * 1000:.2f} ms, "
          f"max {max(per_market) * 1000:.2f} ms")
    t0 = time.perf_counter()
    for _ in range(200):
        for tag in tags:
            analyze("Zelvora", tag)
    print(f"cached analyze, per call             {(time.perf_counter() - t0) / (200 * len(tags)) * 1e6:.1f} µs")

    seqs = [intended(n).ipa for n in NAMES]
    pairs = [(a, b) for a in seqs for b in seqs]
    t0 = time.perf_counter()
    reps = 50
    for _ in range(reps):
        for a, b in pairs:
            ipa_distance(a, b)
    dt = (time.perf_counter() - t0) / (reps * len(pairs))
    print(f"ipa_distance (7-segment words)       {dt * 1e6:.1f} µs per pair ({1 / dt:,.0f} pairs/s)")


if __name__ == "__main__":
    main()
