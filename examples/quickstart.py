"""One name, a few markets, the evidence behind each finding.

python examples/quickstart.py Zelvora de ja zh
"""

from __future__ import annotations

import sys

import brandcheck

name = sys.argv[1] if len(sys.argv) > 1 else "Zelvora"
markets = sys.argv[2:] or ["de", "ja", "zh", "es-MX"]
report = brandcheck.check(name, markets=markets, online=False)
print(f"{report.name}: {report.score}/100, {report.verdict.value}")
for tag, market in report.markets.items():
    p = market.pronounceability
    if p:
        print(f"  {tag:<6} {market.score:3d}  /{p.reading}/  {p.adapted}")
for f in report.findings:
    print(f"  [{f.severity.label}] {f.market or 'all'}: {f.message}")
for tag in markets:
    shown = ", ".join(f"{r.text} ({r.romanization})" for r in brandcheck.localize(name, tag)[:3])
    print(f"  local forms in {tag}: {shown}")
