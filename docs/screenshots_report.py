"""Take the screenshot of the HTML report shown in the README: docs/report.png.

Screens a handful of names offline (real reports, nothing made up: the availability grid says the
run was offline), writes the report to a temporary file and has headless Chromium photograph it.

    python docs/screenshots_report.py [--out docs/report.png] [--width 1100] [--height 1500]

Needs ``chromium`` on the PATH (Debian: apt-get install chromium).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NAMES = ["Zelvora", "Café Noir", "Lumora", "Kamo", "Pajero", "Nova"]
MARKETS = ["de", "es", "es-MX", "ja", "zh", "zh-TW", "ru"]


def main(argv: list[str] | None = None) -> int:
    import brandcheck
    from brandcheck.report.html import render_html

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "docs" / "report.png"))
    ap.add_argument("--width", type=int, default=1100)
    ap.add_argument("--height", type=int, default=1500)
    args = ap.parse_args(argv)
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        print("chromium is not installed (apt-get install chromium)", file=sys.stderr)
        return 2
    reports = list(brandcheck.screen(NAMES, markets=MARKETS, online=False, workers=1))
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "report.html"
        page.write_text(render_html(reports, sector="food"), encoding="utf-8")
        cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", f"--user-data-dir={tmp}/profile",
               f"--window-size={args.width},{args.height}", f"--screenshot={args.out}", page.as_uri()]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)
    print(f"wrote {args.out} ({Path(args.out).stat().st_size // 1024} kB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
