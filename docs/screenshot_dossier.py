"""Regenerate docs/dossier.png: the example dossier (Zelvora, en/de/zh, beauty, the sample registers)
rendered by headless Chromium. ``python docs/screenshot_dossier.py`` (needs /usr/bin/chromium)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from brandcheck.cli import main  # noqa: E402

SAMPLES = ROOT / "examples" / "registers"


def run() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        register = str(Path(tmp) / "samples.reg")
        files = [str(SAMPLES / f) for f in ("uspto-apc-sample.xml", "apc240611.zip", "euipo-st66-sample.xml",
                                           "marks.csv")]
        assert main(["register", "import", *files, "-o", register]) == 0
        page = Path(tmp) / "dossier.html"
        assert main(["dossier", "Zelvora", "--markets", "en,de,zh", "--sector", "beauty", "--register", register,
                     "--near", "6", "-o", str(page)]) == 0
        out = ROOT / "docs" / "dossier.png"
        subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        "--window-size=1000,1500", f"--screenshot={out}", page.as_uri()],
                       check=True, capture_output=True, timeout=120)
        print(f"wrote {out}")


if __name__ == "__main__":
    run()
