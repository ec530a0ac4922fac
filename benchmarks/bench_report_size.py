"""Size and cost of the summary-first report of a large screen (issue 10, item 4).

Screens ~300 generated coined names (``global``, offline: real reports), then feeds 10,000
reports into a :class:`~brandcheck.report.digest.Digest` with ``detail top:200`` by cycling
through them; each fed report is a fresh copy (unpickled, as from a worker process) renamed
``<name>-<index>`` so every name is distinct. Prints the HTML size, render time, the digest's
memory (tracemalloc) and, when Chromium is installed, how long headless Chromium takes to load
the page. Target: under 15 MB for 10,000 names. Prints figures; never asserts.

    python benchmarks/bench_report_size.py [--base 300] [--names 10000] [--top 200] [--workers 1]
"""

from __future__ import annotations

import argparse
import dataclasses
import pickle
import random
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ONSETS = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "kl", "tr", "st", "pr", "gr"]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "io"]
CODAS = ["", "", "", "n", "r", "l", "s", "x", "m"]


def coined(count: int, seed: int = 10) -> list[str]:
    """Distinct invented names of two or three syllables (Zelvora-like), the same for a seed."""
    rng = random.Random(seed)
    out: dict[str, None] = {}
    while len(out) < count:
        syllables = rng.choice((2, 3, 3))
        word = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS) for _ in range(syllables))
        out[word.capitalize()] = None
    return list(out)


def deep_size(obj, seen: set[int]) -> int:
    """Bytes of obj and what it holds that no other row shares (``seen`` collects ids)."""
    if id(obj) in seen or obj is None or isinstance(obj, (bool, int)) and -5 <= obj <= 256:
        return 0
    seen.add(id(obj))
    size = sys.getsizeof(obj)
    if isinstance(obj, (tuple, list)):
        size += sum(deep_size(x, seen) for x in obj)
    elif hasattr(obj, "__slots__") and not isinstance(obj, (str, int)):
        size += sum(deep_size(getattr(obj, s), seen) for s in obj.__slots__)
    return size


def chromium_load(path: Path) -> tuple[float, int, int] | None:
    """(seconds, DOM bytes, exit code) for headless Chromium to load and dump the page."""
    exe = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if not exe:
        return None
    with tempfile.TemporaryDirectory() as profile:
        cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
               "--dump-dom", path.as_uri()]
        t0 = time.perf_counter()
        try:
            done = subprocess.run(cmd, capture_output=True, timeout=180)
        except subprocess.TimeoutExpired:
            return (180.0, 0, -1)
        return (time.perf_counter() - t0, len(done.stdout), done.returncode)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", type=int, default=300, help="names actually screened")
    ap.add_argument("--names", type=int, default=10_000, help="reports fed to the digest")
    ap.add_argument("--top", type=int, default=200, help="detail top:N")
    ap.add_argument("--workers", type=int, default=1, help="processes for the screening step")
    args = ap.parse_args(argv)

    import brandcheck
    from brandcheck.report import render
    from brandcheck.report.digest import Digest, parse_detail

    names = coined(args.base)
    t0 = time.perf_counter()
    reports = list(brandcheck.screen(names, markets="global", online=False, workers=args.workers))
    screened = time.perf_counter() - t0
    print(f"screened {len(reports)} coined names, global offline, {args.workers} worker(s): {screened:.1f} s")
    verdicts = {v.value: sum(r.verdict is v for r in reports) for v in brandcheck.Verdict}
    print(f"  verdicts {verdicts}; findings per name {sum(len(r.findings) for r in reports) / len(reports):.1f}")
    blobs = [pickle.dumps(r) for r in reports]

    t0 = time.perf_counter()
    old = render(reports, "html")
    old_s = time.perf_counter() - t0
    print(f"full report (brandcheck check) for these {len(reports)}: {len(old.encode()) / 1e6:.1f} MB in {old_s:.2f} s "
          f"-> about {len(old.encode()) / len(reports) * args.names / 1e6:.0f} MB for {args.names:,}")
    del old

    print(f"feeding {args.names:,} reports: the {len(reports)} above cycled, each a fresh unpickled copy renamed "
          f"'<name>-<index>' so names are distinct")

    def feed() -> tuple[Digest, float]:
        digest = Digest(detail=parse_detail(f"top:{args.top}"))
        adding = 0.0
        for i in range(args.names):
            report = pickle.loads(blobs[i % len(blobs)])
            report = dataclasses.replace(report, name=f"{report.name}-{i}")
            t0 = time.perf_counter()
            digest.add(report)
            adding += time.perf_counter() - t0
            del report
        return digest, adding

    _, adding = feed()  # timed without tracemalloc, which slows every allocation
    tracemalloc.start()
    base_mem = tracemalloc.get_traced_memory()[0]
    digest, _ = feed()
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    seen: set[int] = set(id(x) for x in digest._shared)  # shared tags, families, count tuples
    rows = digest._rows
    row_bytes = sum(deep_size(r, seen) for r in rows) / len(rows)
    print(f"digest: add() {adding:.2f} s in all ({adding / args.names * 1e6:.0f} us a name); holds {len(digest):,} rows "
          f"and {digest.held} reports")
    print(f"  memory held {(current - base_mem) / 1e6:.1f} MB, peak {(peak - base_mem) / 1e6:.1f} MB (tracemalloc); "
          f"a row averages {row_bytes:.0f} B -> 50,000 rows about {row_bytes * 50_000 / 1e6:.0f} MB")

    meta = {"version": brandcheck.__version__, "date": time.strftime("%Y-%m-%d"), "markets": "global",
            "online": False, "settings": {"workers": args.workers}, "screened": args.names, "skipped": 0}
    out_dir = Path(tempfile.mkdtemp(prefix="bench_report_size_"))
    for fmt in ("html", "markdown", "table", "csv"):
        t0 = time.perf_counter()
        text = digest.render(fmt, meta=meta)
        took = time.perf_counter() - t0
        data = text.encode()
        path = out_dir / f"digest.{ 'md' if fmt == 'markdown' else fmt}"
        path.write_bytes(data)
        extra = ""
        if fmt == "html":
            summary = text[text.index("<tbody>"):text.index("</tbody>")].encode()
            extra = (f"; summary {len(summary) / 1e6:.2f} MB ({len(summary) / len(digest):.0f} B/row), "
                     f"detail {args.top} cards {(len(data) - len(summary)) / 1e6:.2f} MB")
            html_path = path
        print(f"{fmt:<8} {len(data) / 1e6:6.2f} MB  render {took:5.2f} s{extra}")

    print(f"files in {out_dir}")
    loaded = chromium_load(html_path)
    if loaded is None:
        print("chromium: not installed (apt-get install chromium), load time not measured")
        return
    for attempt in (1, 2):
        if attempt == 2:
            loaded = chromium_load(html_path)
        secs, dom, code = loaded
        print(f"headless chromium --dump-dom, run {attempt}: {secs:.1f} s (exit {code}, DOM {dom / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
