"""Pronounceability orderings on generated name pairs: does the score put the easier name first?

Pairs are built from the same letters, so only the structure differs (the issue's own examples:
*Dalvo* > *Dlavo* everywhere, *Tasko* > *Stako* where initial s+C needs a repair, *Bako* > *Pako*
in Arabic):

* metathesis into an onset cluster few languages allow — C1 V C2 C3 V  vs  C1 C2 V C3 V
  (Dalvo / Dlavo, Bandi / Bnadi), in every `global` market;
* initial s + stop — T V s K V  vs  s T V K V (Tasko / Stako), in the markets whose syllables
  forbid an initial s-cluster (they insert a vowel: Spanish, Japanese, Arabic, Persian, Hindi…);
* a missing sound — the same frame with a consonant the language lacks vs one it has (Bako /
  Pako in Arabic, Bamo / Vamo in Japanese and Korean).

Consonants and vowels are drawn with a fixed seed, so every run measures the same pairs.
Run: ``python benchmarks/eval_pronounceability.py [--n 100]`` (prints figures; never asserts).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from brandcheck.markets import PRESETS  # noqa: E402
from brandcheck.phonetics import analyze  # noqa: E402

STOPS = "ptkbdg"
# Onset clusters few languages allow (d+l as in Dlavo, stop+nasal, stop+stop); kl-, tr-, kr- are
# legal in most of Europe, so a pair like Kirti / Kriti has no unambiguous order and is not used.
RARE_ONSETS = [("d", "l"), ("t", "l"), ("b", "n"), ("p", "n"), ("g", "m"), ("k", "m"), ("d", "m"), ("t", "m"),
               ("b", "d"), ("p", "t"), ("g", "d"), ("k", "p")]
NASALS = "mn"
VOWELS = "aeiou"
S_CLUSTER_MARKETS = ("es", "es-MX", "ja", "ko", "zh", "ar", "ar-EG", "fa", "hi", "th", "vi", "id", "pt-BR")
MISSING = {  # market → (a sound it has, the same frame with one it lacks)
    "ar": ("b", "p"), "ar-EG": ("b", "p"), "ja": ("b", "v"), "ko": ("p", "f"), "th": ("b", "v"),
    "zh": ("b", "v"), "hi": ("b", "z"),
}


def metathesis_pairs(rng: random.Random, n: int) -> list[tuple[str, str]]:
    out = []
    while len(out) < n:
        (c1, c2), c3 = rng.choice(RARE_ONSETS), rng.choice(STOPS + NASALS)
        v1, v2 = rng.choice(VOWELS), rng.choice("aoi")
        out.append(((c1 + v1 + c2 + c3 + v2).capitalize(), (c1 + c2 + v1 + c3 + v2).capitalize()))
    return out


def s_cluster_pairs(rng: random.Random, n: int) -> list[tuple[str, str]]:
    out = []
    while len(out) < n:
        t, k = rng.choice("ptk"), rng.choice("ptkmn")
        v1, v2 = rng.choice(VOWELS), rng.choice("aoi")
        out.append(((t + v1 + "s" + k + v2).capitalize(), ("s" + t + v1 + k + v2).capitalize()))
    return out


def missing_pairs(rng: random.Random, n: int, has: str, lacks: str) -> list[tuple[str, str]]:
    out = []
    while len(out) < n:
        tail = rng.choice(VOWELS) + rng.choice("kmnlt") + rng.choice("aoi")
        out.append(((has + tail).capitalize(), (lacks + tail).capitalize()))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=60, help="pairs per kind (default 60)")
    args = parser.parse_args(argv)
    rng = random.Random(2024)
    started = time.perf_counter()
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []

    def judge(kind: str, market: str, better: str, worse: str) -> None:
        ok = analyze(better, market).score > analyze(worse, market).score
        tally[kind][0] += ok
        tally[kind][1] += 1
        if not ok and len(misses) < 12:
            misses.append(f"{kind} {market}: {better} vs {worse}")

    for better, worse in metathesis_pairs(rng, args.n):
        for market in PRESETS["global"]:
            judge("metathesis", market, better, worse)
    for better, worse in s_cluster_pairs(rng, args.n):
        for market in S_CLUSTER_MARKETS:
            judge("initial s+C", market, better, worse)
    for market, (has, lacks) in MISSING.items():
        for better, worse in missing_pairs(rng, max(10, args.n // 3), has, lacks):
            judge("missing sound", market, better, worse)

    right = sum(t[0] for t in tally.values())
    total = sum(t[1] for t in tally.values())
    for kind, (ok, n) in tally.items():
        print(f"{kind:<14} {ok:>5}/{n:<5} = {100 * ok / n:5.1f}% ordered right")
    print(f"{'all':<14} {right:>5}/{total:<5} = {100 * right / total:5.1f}% ordered right "
          f"(target 95%)   elapsed {time.perf_counter() - started:.1f} s")
    if misses:
        print("first misses: " + "; ".join(misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
