"""BrandIndex at register scale (issue 5): build, memory, save/load, query time, batch.

Targets: an index of 1,000,000 marks builds in under 60 s, uses under 1.5 GB, is saved for
reuse, and answers ``nearest()`` within 3x the time of one plain rapidfuzz ``process.extract``
over the same list (measured in the same process, as a ratio). Batch screening uses all cores.
Prints figures; never asserts. ``python benchmarks/bench_similarity_scale.py [N]``.
"""

from __future__ import annotations

import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rapidfuzz import fuzz, process  # noqa: E402

from brandcheck.similarity import BrandIndex  # noqa: E402

ONSETS = ["", "b", "br", "c", "ch", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k", "kl", "l", "m", "n", "p", "pr",
          "qu", "r", "s", "st", "sp", "t", "tr", "v", "w", "x", "z"]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "io", "y", "oo"]
CODAS = ["", "", "", "n", "r", "s", "l", "x", "m", "nt", "ck"]


def fake_marks(n: int, seed: int = 7) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        syl = rnd.choice((2, 2, 3, 3, 4))
        out.append("".join(rnd.choice(ONSETS) + rnd.choice(VOWELS) + rnd.choice(CODAS) for _ in range(syl)).capitalize())
    return out


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    marks = fake_marks(n)
    base = rss_mb()
    t0 = time.perf_counter()
    index = BrandIndex(marks)
    build = time.perf_counter() - t0
    mem = rss_mb() - base
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "index.gz")
        t0 = time.perf_counter()
        index.save(path)
        save = time.perf_counter() - t0
        size = os.path.getsize(path) / 1e6
        t0 = time.perf_counter()
        BrandIndex.load(path)
        load = time.perf_counter() - t0

    queries = [m[:-1] + "e" for m in random.Random(1).sample(marks, 20)]
    lowered = [m.lower() for m in marks]
    t0 = time.perf_counter()
    for q in queries:
        process.extract(q.lower(), lowered, scorer=fuzz.ratio, limit=5)
    plain = (time.perf_counter() - t0) / len(queries)
    t0 = time.perf_counter()
    for q in queries:
        index.nearest(q, k=5)
    ours = (time.perf_counter() - t0) / len(queries)

    batch = queries * 5
    t0 = time.perf_counter()
    index.nearest_many(batch, k=5, workers=1)
    one_core = time.perf_counter() - t0
    t0 = time.perf_counter()
    index.nearest_many(batch, k=5, workers=-1)
    all_cores = time.perf_counter() - t0

    print(f"marks: {n:,}  cores: {os.cpu_count()}")
    print(f"build: {build:.1f} s (target < 60 s)   memory: +{mem:.0f} MB (target < 1500 MB)")
    print(f"save: {save:.1f} s, {size:.1f} MB on disk   load: {load:.1f} s")
    print(f"plain process.extract: {plain * 1000:.0f} ms/query   nearest(): {ours * 1000:.0f} ms/query   "
          f"ratio {ours / plain:.2f}x (target <= 3x)")
    print(f"batch of {len(batch)}: 1 core {one_core:.1f} s, all cores {all_cores:.1f} s "
          f"(speed-up {one_core / all_cores:.2f}x)")


if __name__ == "__main__":
    main()
