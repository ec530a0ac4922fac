"""The intended English pronunciation of coined and foreign names against how English speakers say them.

Every market's reading of a Latin-script name starts from :func:`brandcheck.phonetics.source.intended`
(CMUdict, gruut and the repairs of :mod:`brandcheck.phonetics.english`). This scores it on two lists
written by the project (General American IPA, syllables, stress):

* ``benchmarks/data/english_readings_dev.tsv`` — DEV: the reader may be tuned on it (``--misses``
  lists its misses);
* ``benchmarks/data/english_readings_heldout.tsv`` — HELD-OUT: written before the reader was
  changed, never tuned on; only totals are printed;
* ``benchmarks/data/english_readings_heldout2.tsv`` — a SECOND HELD-OUT list (foreign and coined
  names), written before the final-e / ei / vowel-sequence / romaji work; totals only;
* ``benchmarks/data/english_readings_heldout3.tsv`` — a THIRD HELD-OUT list (real and coined
  brand-like names with the reading the naming team intends), written before the origin-reading /
  initial-x / c-before-y / umlaut work; totals only.

Figures per list: **syllables** (same count), **stress** (the same syllable carries the primary
stress), **vowels** (vowel-by-vowel agreement after aligning the two vowel sequences: matched
vowels over the longer sequence) in coarse classes (the spelled vowel quality: i/ɪ, e/ɛ/eɪ, a/æ/ɑ,
o/ɔ/oʊ, u/ʊ, ə/ʌ, ɚ, aɪ, aʊ, ɔɪ; an unstressed ə also matches ɪ) and exactly (ʌ = ə), and **all**
(count, stress and every coarse vowel right).

Run: ``python benchmarks/eval_english_readings.py [--misses] [--origin] [--dev]`` (prints; never asserts).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from brandcheck.phonetics.features import is_vowel  # noqa: E402
from brandcheck.phonetics.source import intended  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
LISTS = {"dev": DATA / "english_readings_dev.tsv", "heldout": DATA / "english_readings_heldout.tsv",
         "heldout2": DATA / "english_readings_heldout2.tsv", "heldout3": DATA / "english_readings_heldout3.tsv"}

_REF_VOWELS = sorted(["aɪ", "aʊ", "ɔɪ", "eɪ", "oʊ", "i", "ɪ", "e", "ɛ", "æ", "a", "ɑ", "ɒ", "ɔ", "o",
                      "ʊ", "u", "ʌ", "ə", "ɚ", "ɝ"], key=len, reverse=True)
_CLASS = {"i": "I", "ɪ": "I", "e": "E", "ɛ": "E", "eɪ": "E", "æ": "A", "a": "A", "ɑ": "A", "ɒ": "A",
          "ɔ": "O", "o": "O", "oʊ": "O", "u": "U", "ʊ": "U", "ʌ": "ə", "ə": "ə", "ɚ": "R", "ɝ": "R",
          "aɪ": "AI", "aʊ": "AU", "ɔɪ": "OI"}


def _exact(v: str) -> str:
    v = v.replace("ː", "").replace("ˑ", "")
    return {"ʌ": "ə", "ɝ": "ɚ", "o": "oʊ", "e": "eɪ"}.get(v, v)


def reference(ipa: str) -> tuple[list[str], int | None]:
    """The vowel of each syllable of a reference transcription and the stressed syllable."""
    vowels: list[str] = []
    stress = None
    for n, syl in enumerate(ipa.split(".")):
        if "ˈ" in syl:
            stress = n
        body = syl.replace("ˈ", "").replace("ˌ", "")
        found = None
        for i in range(len(body)):
            found = next((v for v in _REF_VOWELS if body.startswith(v, i)), None)
            if found:
                break
        if found is None:
            raise ValueError(f"syllable without a vowel in {ipa!r}")
        vowels.append(found)
    if stress is None and len(vowels) == 1:
        stress = 0
    return vowels, stress


def hypothesis(name: str) -> tuple[list[str], int | None]:
    """The vowels of brandcheck's intended pronunciation and the index of the stressed one."""
    src = intended(name)
    vowels: list[str] = []
    stress = None
    at = src.stress
    for i, seg in enumerate(src.ipa):
        if is_vowel(seg):
            if i == at:
                stress = len(vowels)
            vowels.append(seg)
    if stress is None and len(vowels) == 1:
        stress = 0
    return vowels, stress


def _same(ref: str, hyp: str, stressed: bool, exact: bool) -> bool:
    if exact:
        return _exact(ref) == _exact(hyp)
    a, b = _CLASS.get(_exact(ref), ref), _CLASS.get(_exact(hyp), hyp)
    if a == b:
        return True
    return not stressed and {a, b} == {"ə", "I"}  # a reduced vowel heard as ə or ɪ


def agreement(ref: list[str], ref_stress: int | None, hyp: list[str], exact: bool) -> int:
    """Matched vowels of the best alignment (indel and mismatch cost 1, a match 0)."""
    n, m = len(ref), len(hyp)
    # cost, matches
    table = [[(j, 0) for j in range(m + 1)]] + [[(i, 0)] + [(0, 0)] * m for i in range(1, n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            same = _same(ref[i - 1], hyp[j - 1], i - 1 == ref_stress, exact)
            diag = table[i - 1][j - 1]
            options = [(diag[0] + (0 if same else 1), diag[1] + same),
                       (table[i - 1][j][0] + 1, table[i - 1][j][1]),
                       (table[i][j - 1][0] + 1, table[i][j - 1][1])]
            table[i][j] = min(options, key=lambda o: (o[0], -o[1]))
    return table[n][m][1]


def load(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, ln.split("\t"))) for ln in lines[1:]]


def score(rows: list[dict[str, str]]) -> tuple[dict[str, float], list[tuple]]:
    totals = defaultdict(float)
    misses = []
    for row in rows:
        ref, ref_stress = reference(row["ipa"])
        hyp, hyp_stress = hypothesis(row["name"])
        longest = max(len(ref), len(hyp)) or 1
        coarse = agreement(ref, ref_stress, hyp, exact=False)
        exact = agreement(ref, ref_stress, hyp, exact=True)
        syl = len(ref) == len(hyp)
        stress = ref_stress == hyp_stress
        right = syl and stress and coarse == len(ref)
        totals["n"] += 1
        totals["syllables"] += syl
        totals["stress"] += stress
        totals["vowels"] += coarse / longest
        totals["exact vowels"] += exact / longest
        totals["all"] += right
        if not right:
            misses.append((row["name"], row["ipa"], " ".join(hyp), hyp_stress, syl, stress))
    return totals, misses


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true", help="list the DEV misses (never held-out)")
    parser.add_argument("--origin", action="store_true", help="DEV figures per origin label")
    parser.add_argument("--dev", action="store_true", help="the DEV list only (while tuning: held-out figures are read once, at the end)")
    args = parser.parse_args(argv)
    print("| list | n | syllables | stress | vowels | exact vowels | all |")
    print("|---|---|---|---|---|---|---|")
    dev_misses: list[tuple] = []
    for label, path in LISTS.items():
        if args.dev and label != "dev":
            continue
        rows = load(path)
        totals, misses = score(rows)
        n = totals["n"]
        print(f"| {label} | {int(n)} | " + " | ".join(f"{totals[k] / n:.3f}" for k in
                                                      ("syllables", "stress", "vowels", "exact vowels", "all")) + " |")
        if label == "dev":
            dev_misses = misses
            if args.origin:
                groups = defaultdict(list)
                for row in rows:
                    groups[row["origin"]].append(row)
                for origin, group in sorted(groups.items()):
                    t, _ = score(group)
                    print(f"|   dev {origin} | {int(t['n'])} | " + " | ".join(
                        f"{t[k] / t['n']:.3f}" for k in ("syllables", "stress", "vowels", "exact vowels", "all")) + " |")
    if args.misses:
        print("\nDEV misses (name, reference, brandcheck vowels, stressed vowel, syllables ok, stress ok):")
        for miss in dev_misses:
            print("  ", *miss, sep="\t")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
