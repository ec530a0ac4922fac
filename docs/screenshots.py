"""Take the screenshot of the live workshop shown in the docs: ``python docs/screenshots.py``.

Starts ``brandcheck workshop`` on a free loopback port with a fresh workshop file, types three
names the way a room would, accepts a finding and shortlists a name, then saves the page as
``docs/workshop.png``. Needs the ``[workshop]`` extra, playwright and the system's Chromium
(``BRANDCHECK_CHROMIUM`` to point at another one).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent


def workshop_png(out: Path, chromium: str) -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        server = subprocess.Popen([sys.executable, "-m", "brandcheck", "workshop", "--port", "0", "--markets",
                                   "de,ja,zh,it", "--workshop", os.path.join(tmp, "room.sqlite")],
                                  stdout=subprocess.PIPE, text=True, env=env)
        try:
            url = next(line.split()[2] for line in server.stdout if "http://" in line)
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=chromium, headless=True)
                page = browser.new_page(viewport={"width": 1000, "height": 760})
                page.goto(url)
                page.fill("#names", "Zelvora, Lumora, Kamo")
                page.click("form#add button")
                for name in ("Zelvora", "Lumora", "Kamo"):
                    page.locator(f"article[data-name='{name}']:not(.pending)").wait_for(timeout=60_000)
                lumora = page.locator("article[data-name='Lumora']")
                lumora.locator("tr[data-state='open'] button.accept").first.click()
                page.locator("article[data-name='Lumora'] tr[data-state='accepted']").wait_for(timeout=60_000)
                page.locator("article[data-name='Zelvora'] button.shortlist").click()
                page.locator("article[data-name='Zelvora'] .badge.shortlisted").wait_for(timeout=60_000)
                page.evaluate("window.scrollTo(0, 0)")
                page.screenshot(path=str(out))
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=30)


def main() -> int:
    chromium = os.environ.get("BRANDCHECK_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not os.path.exists(chromium):
        print("screenshots.py: Chromium not found (apt-get install chromium, or set BRANDCHECK_CHROMIUM)",
              file=sys.stderr)
        return 2
    out = DOCS / "workshop.png"
    workshop_png(out, chromium)
    print(f"wrote {out.relative_to(ROOT)} ({out.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
