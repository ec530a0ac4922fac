"""Dump ``Report.to_dict()`` of ~330 varied names (offline ``global``) as JSON, for comparing the
output of two versions byte for byte (performance work must not change results).

Usage:

* ``python benchmarks/guard_reports.py OUT.json [WORKERS]``: dump this checkout's reports, then
  ``cmp`` two dumps (any number of workers gives the same file);
* ``python benchmarks/guard_reports.py --against COMMIT [--workers N]``: dump the reports of this
  checkout and of ``COMMIT`` (exported with ``git archive`` to a temporary folder, run on the same
  names) and print whether they are identical, with the first names that differ. Prints the CPU
  seconds of each run too (same names, same process layout: a rough before/after figure).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_WORDS = ("apple", "amazon", "river", "shadow", "honey", "bitch", "merda", "shit", "fuck", "piss", "kaka",
          "mist", "nova", "death", "fortune", "lucky", "happy", "golden", "bright", "ocean", "cloud",
          "sunny", "pepsi", "coca", "puma", "nike", "sony", "toyota", "siri", "alexa", "zara", "ikea",
          "bimbo", "barf", "gift", "kuso", "shinu", "sile", "bensi", "always", "super", "emerdata",
          "channel", "zero", "seven", "four", "eight", "hello", "kiss", "moon", "star", "tiger")
_BRANDLIKE = ("Gooogle", "Adidaz", "Nikey", "Sonny", "Samsunk", "Pepsy", "Koka Kola", "Mikrosoft", "Fasebook",
              "Amazone", "Toyotta", "Starbux", "Nesle", "Volksvagen", "Lufthanza", "Heineken2", "Superpiss",
              "Bich", "Vodafon", "Orangina", "Xiaomy", "Huawai", "Alibabba", "Tencentt", "Baidoo", "Lenovvo",
              "Hyundae", "Kiaa", "Rakutin", "Uniqlow", "Panasonik", "Nintendoo", "Segga", "Canonn", "Nokya",
              "Erikson", "Spottify", "Netflics", "Uberr", "Lyftt", "Zalandoo", "Aldee", "Lidel", "Tesko",
              "Renno", "Pejo", "Shaomi", "Wahway", "Alnatura", "Ariel Motor", "Tifany", "Tata Motorz")
_MULTI = ("Blue River", "Golden Gate Foods", "Happy Cow", "Big Apple Labs", "Red Bull Run", "Nova Star",
          "Sun & Moon", "Four Seasons Tea", "Death Star Coffee", "My Kiss", "Zero Eight", "Open Door",
          "Green Leaf Co", "Fast Lane", "Silver Fox", "Tiger Balm Plus", "Cloud Nine", "Bright Path",
          "R17", "Channel 4", "Studio 88", "3M Plus", "Area 51", "7 Eleven Go")
_NATIVE = ("小米", "ソニー", "Пепси", "华为", "味の素", "삼성", "トヨタ", "Яндекс", "Ελλάδα", "שלום", "نوكيا",
           "पेप्सी", "可口可乐", "百度", "ラーメン", "김치", "Мир", "Спутник", "たまごっち", "阿里巴巴")


def names() -> list[str]:
    """The guarded names: coined ones (the benchmark's), words, brand look-alikes, multi-word
    names, names in other scripts, the example workshop's candidates and every 60th bundled brand
    (a name that is itself a listed brand)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_screen import coined

    examples = [line.strip() for line in (ROOT / "examples" / "candidates.txt").read_text(encoding="utf-8").splitlines()
                if line.strip() and not line.startswith("#")]
    brands = []
    for path in sorted((ROOT / "wordlists" / "brands").glob("*.tsv")):
        rows = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
        brands += [row.split("\t")[0] for row in rows[1:]]
    return [*coined(150, offset=5000), *(w.capitalize() for w in _WORDS), *_BRANDLIKE, *_MULTI, *_NATIVE,
            *examples, *brands[::60]]


def dump(out: Path, workers: int) -> None:
    import brandcheck

    reports = [r.to_dict() for r in brandcheck.screen(names(), "global", online=False, workers=workers,
                                                      chunk_size=8)]
    out.write_text(json.dumps(reports, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    print(f"{len(reports)} reports -> {out}")


def _run(code: Path, out: Path, workers: int) -> float:
    """Dump the reports of the package in ``code`` in a fresh interpreter; its CPU seconds."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, __file__, str(out), str(workers), "--code", str(code)], check=True,
                   stdout=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def against(commit: str, workers: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base"
        base.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit], check=True, capture_output=True)
        subprocess.run(["tar", "-x", "-C", str(base)], input=archive.stdout, check=True)
        t0 = time.perf_counter()
        cpu_base = _run(base, Path(tmp) / "base.json", workers)
        cpu_here = _run(ROOT, Path(tmp) / "here.json", workers)
        old = json.loads((Path(tmp) / "base.json").read_text(encoding="utf-8"))
        new = json.loads((Path(tmp) / "here.json").read_text(encoding="utf-8"))
        differ = [a["name"] for a, b in zip(old, new) if a != b]
        same = len(old) == len(new) and not differ
        print(f"{len(new)} names, {workers} worker(s): {'IDENTICAL' if same else 'DIFFERENT'} to {commit} "
              f"({len(differ)} differ{': ' + ', '.join(differ[:10]) if differ else ''}); CPU s with start-up "
              f"{commit} {cpu_base:.1f} vs here {cpu_here:.1f} ({time.perf_counter() - t0:.0f} s wall)")
        return 0 if same else 1


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", nargs="?", type=Path)
    ap.add_argument("workers", nargs="?", type=int, default=1)
    ap.add_argument("--against", metavar="COMMIT")
    ap.add_argument("--workers", dest="n", type=int)
    ap.add_argument("--code", type=Path, default=ROOT, help="the checkout whose brandcheck is run")
    args = ap.parse_args()
    if args.against:
        return against(args.against, args.n or args.workers)
    if args.out is None:
        ap.error("give OUT.json or --against COMMIT")
    sys.path.insert(0, str(args.code))
    dump(args.out, args.n or args.workers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
