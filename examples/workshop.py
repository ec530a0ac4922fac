"""A naming workshop in a script: screen, discuss, accept, circle back.

Run from the project folder:  python examples/workshop.py  (offline; writes workshop.html)
"""

from __future__ import annotations

from pathlib import Path

import brandcheck
from brandcheck.report import render
from brandcheck.similarity import load_brand_file

HERE = Path(__file__).resolve().parent
names = [line.strip() for line in (HERE / "candidates.txt").read_text(encoding="utf-8").splitlines()
         if line.strip() and not line.startswith("#")]
register = load_brand_file(str(HERE / "register.csv"))

# Step 1-3: screen every candidate in the markets the brand must live in, now and later.
reports = list(brandcheck.screen(names, markets="eu,asia", online=False, brands=register, sector="beverages"))
for r in sorted(reports, key=lambda r: -r.score):
    worst = r.findings[0].message if r.findings else "no findings"
    print(f"{r.score:3d} {r.verdict.value:<8} {r.name:<12} {worst}")

# The room discusses a finding and accepts it: it stays in the report, marked, and stops counting.
best = max(reports, key=lambda r: r.score)
accept = [f.id for f in best.findings if f.severity <= brandcheck.Severity.MEDIUM]
again = brandcheck.check(best.name, markets="eu,asia", online=False, brands=register, accept=accept)
print(f"\n{best.name}: {best.score} -> {again.score} after accepting {len(accept)} finding(s)")

# Step 5: circle back — the HTML report to project while the room proposes alternatives.
out = HERE / "workshop.html"
out.write_text(render(reports, "html"), encoding="utf-8")
print(f"report written to {out}")
