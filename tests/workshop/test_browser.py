"""End to end in a real headless Chromium: the system's browser driven by Playwright (no download).

Runs in CI (`.ci/run` installs Debian's chromium when it is missing). Without a browser this test
fails and says how to get one; set BRANDCHECK_NO_BROWSER=1 to skip it on purpose.
"""

import os
import subprocess
import sys
from pathlib import Path


ROOT = Path(__file__).resolve().parents[2]


class Server:
    """``brandcheck workshop`` in a subprocess, on a free loopback port."""

    def __init__(self, workshop):
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.proc = subprocess.Popen([sys.executable, "-m", "brandcheck", "workshop", "--port", "0", "--markets", "de",
                                      "--workshop", str(workshop)], stdout=subprocess.PIPE, text=True, env=env)
        self.url = None
        for line in self.proc.stdout:  # "warming up…", then the URL
            if "http://" in line:
                self.url = line.split()[2]
                break
        assert self.url and self.url.startswith("http://127.0.0.1:"), self.url

    def stop(self):
        self.proc.terminate()
        assert self.proc.wait(timeout=30) == 0
        self.proc.stdout.close()


def test_add_screen_accept_reload_restart(browser, tmp_path):
    workshop = tmp_path / "room.sqlite"
    server = Server(workshop)
    origins = [server.url.rstrip("/")]
    page = browser.new_page()
    problems, requests = [], []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("request", lambda r: requests.append(r.url))
    try:
        page.goto(server.url)
        page.fill("#names", "Kamo\nZelvora")
        page.click("form#add button")
        kamo = page.locator("article[data-name='Kamo']:not(.pending)")
        kamo.locator("tr[data-finding]:visible").first.wait_for(timeout=30_000)
        page.locator("article[data-name='Zelvora']:not(.pending)").wait_for(timeout=30_000)
        assert page.input_value("#names") == ""
        assert int(kamo.get_attribute("data-score")) >= 0

        row = kamo.locator("tr[data-state='open']:visible").first
        finding = row.get_attribute("data-finding")
        row.locator("button.accept").click()
        accepted = f"article[data-name='Kamo'] tr[data-finding='{finding}'][data-state='accepted']"
        page.locator(accepted).wait_for(timeout=30_000)
        page.locator("article[data-name='Zelvora'] button.shortlist").click()
        page.locator("article[data-name='Zelvora'] .badge.shortlisted").wait_for(timeout=30_000)

        page.select_option("#sort", "name")
        page.wait_for_function("document.querySelector('#list article').dataset.name === 'Kamo'")

        page.reload()
        page.locator(accepted).wait_for(timeout=30_000)
        server.stop()
        server = Server(workshop)  # a restart loses nothing
        origins.append(server.url.rstrip("/"))
        page.goto(server.url)
        page.locator(accepted).wait_for(timeout=30_000)
        assert page.locator("article[data-name='Zelvora'] .badge.shortlisted").count() == 1

        page.fill("#names", "bad<name")
        page.click("form#add button")
        page.locator("#error:not([hidden])").wait_for(timeout=30_000)
        assert "invalid name" in page.inner_text("#error")
    finally:
        page.close()
        server.stop()
    elsewhere = [u for u in requests if not u.startswith(tuple(origins))]
    assert elsewhere == []  # nothing from a CDN or any other host
    assert [p for p in problems if "400" not in p] == []  # the refused bad name logs its 400, nothing else
