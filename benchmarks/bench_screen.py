"""Batch screening throughput (issue 10 targets), printed, never asserted.

* names/s of an offline ``global`` screen of coined names on one worker and on all cores
  (targets: ≥ 80 names/s on one worker, ≥ 150 on 2 cores);
* same-process ratio: N markets that share one language against one market (target < 1.3×);
* with ``--big N``: the CLI screening N names to JSONL, wall time and peak RSS of the whole process
  tree (target: 50,000 names in under 6 minutes, peak under 1.2 GB).

* with ``--resume-check N``: SIGTERM an N-name screen halfway, ``--resume`` it, and check every
  name is in the output exactly once.
* with ``--against COMMIT``: CPU ms per name of a one-worker screen of the same names by this
  checkout and by ``COMMIT`` (exported with ``git archive``), in fresh processes taking turns
  (``--rounds`` each), and their ratio: the before/after figure that survives a shared machine.

Usage: ``python benchmarks/bench_screen.py [--names 400] [--big 50000] [--resume-check 5000]``. The machine is noisy:
compare figures from one run, and read ratios rather than absolute times.
"""

from __future__ import annotations

import argparse
import itertools
import os
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
_CODAS = ("", "n", "r", "l", "s", "x", "m")


def coined(n: int, offset: int = 0) -> list[str]:
    """``n`` distinct pronounceable coined names, the same on every run (56,700 at most)."""
    out = []
    for i, (o1, v1, o2, v2, c) in enumerate(itertools.product(_ONSETS, _VOWELS, _ONSETS, _VOWELS, _CODAS)):
        if i < offset:
            continue
        out.append((o1 + v1 + o2 + v2 + c).capitalize())
        if len(out) == n:
            break
    return out


def _cpu() -> float:
    """CPU seconds of this process and of its ended worker processes (the pool is shut down, and
    its workers waited for, before ``screen`` returns its last report)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def rate(names: list[str], markets, workers: int) -> tuple[float, float]:
    """(names per second of wall time, CPU ms per name): on a shared machine the wall figure
    moves with the load while CPU time per name stays close to the work done."""
    import brandcheck

    t0, c0 = time.perf_counter(), _cpu()
    for _ in brandcheck.screen(names, markets, online=False, workers=workers):
        pass
    return len(names) / (time.perf_counter() - t0), 1000 * (_cpu() - c0) / len(names)


def per_name_ms(names: list[str], markets) -> float:
    import brandcheck

    times = []
    for name in names:
        t0 = time.perf_counter()
        brandcheck.check(name, markets, online=False)
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def _tree_rss_mib(pid: int) -> float:
    """Resident memory of a process and all its descendants, from /proc (Linux)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/statm") as fh:
                total += int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    todo += [int(c) for c in fh.read().split()]
        except (FileNotFoundError, ProcessLookupError, ValueError):
            continue
    return total / 2**20


def _run_cli(args: list[str], *, stop_after_lines: int = 0, out: Path | None = None) -> tuple[int, float, float]:
    """Run the CLI; sample the tree's memory every 0.2 s; optionally SIGTERM it once ``out`` holds
    ``stop_after_lines`` lines. Returns (exit code, wall seconds, peak tree RSS in MiB)."""
    import signal

    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "brandcheck", *args], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    peak = 0.0
    while proc.poll() is None:
        peak = max(peak, _tree_rss_mib(proc.pid))
        if stop_after_lines and out is not None and out.exists():
            with out.open("rb") as fh:
                if sum(1 for _ in fh) >= stop_after_lines:
                    proc.send_signal(signal.SIGTERM)
                    stop_after_lines = 0
        time.sleep(0.2)
    proc.stderr.read()
    return proc.returncode, time.perf_counter() - t0, peak


def big_run(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "names.txt"
        src.write_text("\n".join(coined(n)) + "\n", encoding="utf-8")
        out = Path(tmp) / "out.jsonl"
        code, wall, peak = _run_cli(["screen", str(src), "--offline", "--markets", "global", "--format", "jsonl",
                                     "-o", str(out), "--no-progress"])
        lines = sum(1 for _ in out.open(encoding="utf-8")) if out.exists() else 0
        print(f"CLI screen {n} names global --format jsonl  {wall:7.1f} s, {n / wall:6.1f} names/s, "
              f"peak RSS of the process tree {peak:.0f} MiB, {lines} lines (exit {code}; "
              f"targets: 50,000 in < 360 s, < 1,200 MiB)")


def kill_and_resume(n: int) -> None:
    """SIGTERM a run halfway, resume it, and count every name: the issue's resume criterion."""
    import json

    with tempfile.TemporaryDirectory() as tmp:
        names = coined(n)
        src = Path(tmp) / "names.txt"
        src.write_text("\n".join(names) + "\n", encoding="utf-8")
        out = Path(tmp) / "out.jsonl"
        cmd = ["screen", str(src), "--offline", "--markets", "de,ja", "--format", "jsonl", "-o", str(out),
               "--no-progress"]
        first, _, _ = _run_cli(cmd, stop_after_lines=n // 2, out=out)
        kept = sum(1 for _ in out.open(encoding="utf-8"))
        second, _, _ = _run_cli(cmd + ["--resume"])
        seen = [json.loads(line)["name"] for line in out.open(encoding="utf-8")]
        exact = sorted(seen) == sorted(names) and len(seen) == len(set(seen))
        print(f"kill at {n // 2} of {n} and --resume: first run exit {first} with {kept} lines; resumed exit "
              f"{second}; {len(seen)} lines, every name exactly once: {exact}")


def _cpu_once(names: int, code: str | None) -> None:
    """Print the CPU ms per name of a one-worker screen of ``names`` coined names (after a warm-up
    check) by the brandcheck in ``code``, for :func:`against`."""
    import brandcheck

    assert code is None or Path(brandcheck.__file__).resolve().is_relative_to(Path(code).resolve()), brandcheck.__file__

    brandcheck.check("Warmup", "global", online=False)
    _, cpu = rate(coined(names), "global", 1)
    print(f"{cpu:.4f}")


def against(commit: str, names: int, rounds: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit], check=True, capture_output=True)
        subprocess.run(["tar", "-x", "-C", tmp], input=archive.stdout, check=True)
        figures: dict[str, list[float]] = {commit: [], "here": []}
        for _ in range(rounds):
            for label, code in ((commit, tmp), ("here", str(ROOT))):
                out = subprocess.run([sys.executable, __file__, "--cpu-once", str(names), "--code", code],
                                     check=True, capture_output=True, text=True).stdout
                figures[label].append(float(out.split()[-1]))
    base, here = statistics.median(figures[commit]), statistics.median(figures["here"])
    print(f"screen global, {names} coined names, 1 worker, CPU ms per name (median of {rounds} fresh processes "
          f"each, taking turns): {commit} {base:.2f} ({', '.join(f'{x:.2f}' for x in figures[commit])}) -> here "
          f"{here:.2f} ({', '.join(f'{x:.2f}' for x in figures['here'])}) = {here / base:.3f}x; "
          f"{1000 / base:.0f} -> {1000 / here:.0f} names per CPU second")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--names", type=int, default=400)
    ap.add_argument("--big", type=int, default=0)
    ap.add_argument("--resume-check", type=int, default=0, metavar="N")
    ap.add_argument("--against", metavar="COMMIT")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--cpu-once", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--code", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.code:
        sys.path.insert(0, args.code)  # the checkout whose brandcheck is measured
    if args.cpu_once:
        _cpu_once(args.cpu_once, args.code)
        return
    if args.against:
        against(args.against, args.names, args.rounds)
        return

    import brandcheck

    brandcheck.check("Warmup", "global", online=False)
    names = coined(args.names)
    cores = len(os.sched_getaffinity(0))
    one, cpu = rate(names, "global", 1)
    print(f"screen global, {len(names)} coined names, 1 worker      {one:7.1f} names/s "
          f"({1000 / one:.1f} ms per name, CPU {cpu:.1f} ms per name = {1000 / cpu:.0f} names per CPU second; "
          f"target >= 80)")
    many, cpu = rate(coined(args.names, offset=args.names), "global", cores)
    print(f"screen global, {len(names)} coined names, {cores} workers     {many:7.1f} names/s (target >= 150 on 2 cores; "
          f"CPU {cpu:.1f} ms per name, workers' start-up included)")

    english = ("en", "en-GB", "en-CA", "en-AU", "en-IE", "en-IN")
    spanish = ("es", "es-MX", "es-AR", "es-CO")
    offset = 3 * args.names
    for label, group in (("English", english), ("Spanish", spanish)):
        # fresh names for every measurement, alternating, so neither side meets warm caches
        singles, shared = [], []
        for _ in range(3):
            singles.append(per_name_ms(coined(40, offset), group[:1]))
            shared.append(per_name_ms(coined(40, offset + 40), group))
            offset += 80
        one, many = statistics.median(singles), statistics.median(shared)
        print(f"{len(group)} {label} markets vs 1, per name median   {many:6.2f} ms vs {one:6.2f} ms = "
              f"{many / one:.2f}x (target < 1.3x)")
    if args.big:
        big_run(args.big)
    if args.resume_check:
        kill_and_resume(args.resume_check)


if __name__ == "__main__":
    main()
