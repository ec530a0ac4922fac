"""Speed of the per-name offline core (issue 10: ≥ 80 names/s on one worker for ``global``).

1. A warm ``brandcheck.check(name, online=False)`` over generated coined names in the 22 markets
   of ``global``: ms per name, and the same figure as a ratio to a fixed pure-Python yardstick
   timed in the same process (so runs on a busy machine stay comparable).
2. Each hot function against its naive twin (``_reference_*``, the code before the fast paths),
   on arguments recorded from real checks, in the same process.

Run: ``python benchmarks/bench_hotpaths.py [--names N]``. Prints figures; never asserts.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

_ONSETS = ["", "b", "k", "l", "m", "n", "r", "s", "t", "v", "z", "d", "f", "g", "p", "tr", "br", "st", "fl", "qu",
           "sh", "ch", "pl", "gr"]
_VOWELS = ["a", "e", "i", "o", "u", "ia", "ea", "ou", "y"]
_CODAS = ["", "", "", "n", "r", "s", "x", "l", "m", "k"]


def coined(n: int, seed: int = 10) -> list[str]:
    """``n`` distinct pronounceable coined names (two or three syllables), the same on every run."""
    rng = random.Random(seed)
    out: dict[str, None] = {}
    while len(out) < n:
        name = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS)
                       for _ in range(rng.randint(2, 3)))
        out[name.capitalize()] = None
    return list(out)


def _yardstick() -> float:
    """Seconds for a fixed pure-Python unit-cost Levenshtein workload (independent of brandcheck)."""
    words = ["zelvora", "lumora", "tavero", "quorvia", "nimbra", "velasto", "orbinex", "sanvira"]
    t0 = time.perf_counter()
    for _ in range(20):
        for a in words:
            for b in words:
                prev = list(range(len(b) + 1))
                for i, ca in enumerate(a, 1):
                    cur = [i]
                    for j, cb in enumerate(b, 1):
                        cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
                    prev = cur
    return time.perf_counter() - t0


def per_name(names: list[str]) -> list[float]:
    import brandcheck

    out = []
    for name in names:
        t0 = time.perf_counter()
        brandcheck.check(name, online=False)
        out.append(time.perf_counter() - t0)
    return out


def _timeit(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def _record(names: list[str]) -> dict[str, list]:
    """Arguments the hot functions receive while checking ``names`` (for timing them alone)."""
    import importlib

    import brandcheck

    # by module path: ``brandcheck.similarity`` as an attribute is the re-exported function
    match_mod, sound_mod, sim_pkg, score_mod, features, meanings_pkg = (importlib.import_module(m) for m in (
        "brandcheck.meanings.match", "brandcheck.meanings.sound", "brandcheck.similarity",
        "brandcheck.similarity.score", "brandcheck.phonetics.features", "brandcheck.meanings"))

    calls: dict[str, list] = {"sound_hits": [], "full_scores": [], "text_hits": [], "ipa": []}
    originals = (sound_mod.sound_hits, score_mod.full_scores, sim_pkg.full_scores, match_mod.text_hits,
                 features.ipa_similarity)

    def sound_hits(reading, lex, **kw):
        calls["sound_hits"].append((tuple(reading), lex, kw))
        return originals[0](reading, lex, **kw)

    def full_scores(a, b, *, markets=(), **kw):  # recorded with the markets only (the reference's arguments)
        calls["full_scores"].append((a, b, tuple(markets)))
        return originals[1](a, b, markets=markets, **kw)

    def text_hits(words, lex, **kw):
        calls["text_hits"].append((tuple(words), lex, kw))
        return originals[3](words, lex, **kw)

    def ipa_similarity(a, b, **kw):
        calls["ipa"].append((tuple(a), tuple(b)))
        return originals[4](a, b, **kw)

    sound_mod.sound_hits, score_mod.full_scores, sim_pkg.full_scores = sound_hits, full_scores, full_scores
    match_mod.text_hits, features.ipa_similarity = text_hits, ipa_similarity
    saved_text_hits, saved_sound_hits = meanings_pkg.text_hits, meanings_pkg.sound_hits
    meanings_pkg.text_hits, meanings_pkg.sound_hits = text_hits, sound_hits  # imported by name there
    try:
        for name in names:
            brandcheck.check(name, online=False)
    finally:
        (sound_mod.sound_hits, score_mod.full_scores, sim_pkg.full_scores, match_mod.text_hits,
         features.ipa_similarity) = originals
        meanings_pkg.text_hits, meanings_pkg.sound_hits = saved_text_hits, saved_sound_hits
    return calls


def hot_functions(names: list[str]) -> None:
    import importlib

    lexicon_mod, match, sound, features, ngram, score, typo = (importlib.import_module(f"brandcheck.{m}") for m in (
        "meanings.lexicon", "meanings.match", "meanings.sound", "phonetics.features", "similarity.ngram",
        "similarity.score", "similarity.typo"))

    if not hasattr(features, "_reference_ipa_distance"):
        print("(no _reference_* twins in this tree: old-vs-new section skipped)")
        return
    calls = _record(names)
    pairs = calls["ipa"]
    print(f"recorded on {len(names)} names: {len(pairs)} ipa_similarity, {len(calls['sound_hits'])} sound_hits, "
          f"{len(calls['full_scores'])} full_scores, {len(calls['text_hits'])} text_hits calls")

    def row(label: str, old: float, new: float, count: int) -> None:
        if not count:
            print(f"  {label:<34} (no calls recorded)")
            return
        print(f"  {label:<34} old {old / count * 1e6:9.2f} µs   new {new / count * 1e6:9.2f} µs   "
              f"× {old / new:5.1f}")

    ref_d, fast_d = features._reference_ipa_distance, features.ipa_distance
    row("ipa_distance (recorded pairs)", _timeit(lambda: [ref_d(a, b) for a, b in pairs]),
        _timeit(lambda: [fast_d(a, b) for a, b in pairs]), len(pairs))
    sim = features.ipa_similarity
    row("ipa_similarity cutoff=0.86", _timeit(lambda: [1.0 - ref_d(a, b) for a, b in pairs]),
        _timeit(lambda: [sim(a, b, cutoff=0.86) for a, b in pairs]), len(pairs))

    row("align (recorded pairs)", _timeit(lambda: [features._reference_align(a, b) for a, b in pairs]),
        _timeit(lambda: [features.align(a, b) for a, b in pairs]), len(pairs))

    sh = calls["sound_hits"]
    row("sound_hits", _timeit(lambda: [list(sound._reference_sound_hits(r, lx, **kw)) for r, lx, kw in sh]),
        _timeit(lambda: [list(sound.sound_hits(r, lx, **kw)) for r, lx, kw in sh]), len(sh))

    fs = calls["full_scores"]
    # the memo of the fast path would turn repeats into look-ups: time it on a cleared cache each round
    def fast_full():
        score._full_cached.cache_clear()
        return [score.full_scores(a, b, markets=m) for a, b, m in fs]
    row("full_scores (memo cleared)", _timeit(lambda: [score._reference_full_scores(a, b, markets=m) for a, b, m in fs]),
        _timeit(fast_full), len(fs))

    th = calls["text_hits"]
    row("text_hits", _timeit(lambda: [list(match._reference_text_hits(w, lx, **kw)) for w, lx, kw in th]),
        _timeit(lambda: [list(match.text_hits(w, lx, **kw)) for w, lx, kw in th]), len(th))

    entries = [e for lang in ("en", "de", "es", "fr") for e in lexicon_mod.lexicon(lang).entries]
    row("Entry.key (per entry)", _timeit(lambda: [lexicon_mod.key_of(e.term) for e in entries]),
        _timeit(lambda: [e.key for e in entries]), len(entries))

    from brandcheck.similarity import bundled_index

    brands = [t for r in bundled_index().records[:400] for t in (r.name,)]
    ty = [(n, b) for n in names[:20] for b in brands]
    row("typo_kind", _timeit(lambda: [typo._reference_typo_kind(a, b) for a, b in ty]),
        _timeit(lambda: [typo.typo_kind(a, b) for a, b in ty]), len(ty))
    skel = [(score.features(n).skeleton, score.features(b).skeleton) for n in names[:20] for b in brands[:100]]
    row("ngram_similarity", _timeit(lambda: [ngram._reference_ngram_similarity(a, b) for a, b in skel]),
        _timeit(lambda: [ngram.ngram_similarity(a, b) for a, b in skel]), len(skel))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=200, help="coined names to time (default 200)")
    args = parser.parse_args(argv)
    import brandcheck

    names = coined(args.names + 40)
    warm, timed = names[:20], names[40:]
    for name in warm:  # data loading and first-use caches, as in a long-running screen
        brandcheck.check(name, online=False)
    yard = min(_yardstick() for _ in range(3))
    times = per_name(timed)
    yard = min(yard, _yardstick())
    med, mean = statistics.median(times), statistics.fmean(times)
    print(f"brandcheck from {Path(brandcheck.__file__).parent}")
    print(f"warm check, global, {len(timed)} coined names: median {med * 1000:.2f} ms, mean {mean * 1000:.2f} ms "
          f"per name ({1 / mean:.1f} names/s; target ≥ 80)")
    print(f"  yardstick {yard * 1000:.2f} ms; mean per name / yardstick = {mean / yard:.3f}")
    hot_functions(names[20:40])


if __name__ == "__main__":
    main()
