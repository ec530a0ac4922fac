"""End-to-end speed of ``brandcheck check`` (issue 3 targets, for the whole offline check).

* cold: ``brandcheck check NAME --offline --markets global`` in a fresh process (target < 2 s, issue 10);
* warm: a new name checked in a process that has already checked one, per market (target < 20 ms);
* reference: ``python -c pass`` in the same loop, so the ratio survives a noisy machine.
Prints figures; never asserts.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def fresh(cmd: list[str], runs: int = 3, cpu: list[float] | None = None) -> list[float]:
    """Wall seconds of ``runs`` fresh processes; their CPU seconds go to ``cpu`` (on a shared
    machine wall time moves with the load, CPU time much less)."""
    out = []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), os.times()
        subprocess.run(cmd, cwd=ROOT, check=False, capture_output=True)
        out.append(time.perf_counter() - t0)
        c1 = os.times()
        if cpu is not None:
            cpu.append(c1.children_user + c1.children_system - c0.children_user - c0.children_system)
    return out


def main() -> None:
    py = sys.executable
    ref = fresh([py, "-c", "pass"])
    cpu: list[float] = []
    cold = fresh([py, "-m", "brandcheck", "check", "Zelvora", "--offline", "--markets", "global", "--format", "json"],
                 cpu=cpu)
    print(f"python start-up (reference)        median {statistics.median(ref) * 1000:7.0f} ms")
    print(f"cold check, global (22 markets)    median {statistics.median(cold) * 1000:7.0f} ms "
          f"(runs {', '.join(f'{t:.2f}' for t in cold)} s; CPU median {statistics.median(cpu):.2f} s; "
          f"target < 2000 ms)")

    import brandcheck
    from brandcheck.markets import PRESETS

    brandcheck.check("Warmup", online=False)
    names = ["Lumora", "Tavero", "Kestrel Bay", "Quorvia", "Nimbra", "Velasto", "Orbinex", "Sanvira"]
    per_market = []
    for name in names:
        t0 = time.perf_counter()
        brandcheck.check(name, online=False)
        per_market.append((time.perf_counter() - t0) / len(PRESETS["global"]))
    print(f"warm check, new name, per market   median {statistics.median(per_market) * 1000:7.2f} ms "
          f"(max {max(per_market) * 1000:.2f} ms; target < 20 ms)")


if __name__ == "__main__":
    main()
