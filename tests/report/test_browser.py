"""The HTML report for 30 candidates opened in a real headless Chromium: its DOM, after the page's
script ran, holds every candidate card, every finding id and the availability grid.

Needs ``chromium`` (Debian's package; /usr/bin/chromium). Without it the test fails with a clear
message, unless BRANDCHECK_NO_BROWSER=1 says to skip it.
"""

import re
import subprocess
import tempfile
from dataclasses import replace
from html import unescape
from pathlib import Path


import brandcheck
from brandcheck.model import Availability, DomainResult, HandleResult, Status
from brandcheck.report.html import render_html

NAMES = ["Zelvora", "Kamo", "Lumora", "Pajero", "Café Noir", "Brivio", "Tasko", "Nova", "Quorbit", "Mist Stick",
         "Velanto", "Orsenna", "Dralo", "Siri", "Fennix", "Marlo", "Trivana", "Solvi", "Garon", "Penta",
         "Zumba Zoo", "Klaro", "Ventu", "Amazoon", "Pelora", "Nubio", "Ristal", "Moxa", "Tiberi", "Ulani"]


def dump_dom(exe: str, page: Path) -> str:
    with tempfile.TemporaryDirectory() as profile:
        cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
               f"--user-data-dir={profile}", "--dump-dom", page.as_uri()]
        done = subprocess.run(cmd, capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-500:]
    return done.stdout.decode("utf-8")


def availability(name: str, i: int) -> Availability:
    key = re.sub(r"[^a-z]", "", name.lower())
    status = (Status.AVAILABLE, Status.TAKEN, Status.UNKNOWN)[i % 3]
    return Availability((DomainResult(f"{key}.com", status, "test"), DomainResult(f"{key}.de", Status.TAKEN, "test")),
                        (HandleResult("github", key, f"https://github.com/{key}", status, "test"),))


def test_report_for_30_candidates_in_chromium(tmp_path, chromium_exe):
    exe = chromium_exe
    reports = [replace(r, availability=availability(r.name, i)) for i, r in enumerate(
        brandcheck.screen(NAMES, markets=["de", "es", "ja", "zh-TW"], online=False, workers=1))]
    first = reports[0]
    reports[0] = replace(first, findings=(replace(first.findings[0], accepted=True),) + first.findings[1:])
    page = tmp_path / "report.html"
    page.write_text(render_html(reports), encoding="utf-8")
    dom = dump_dom(exe, page)

    cards = re.findall(r'<section class="card" id="(n-\d+)"', dom)
    assert cards == [f"n-{i}" for i in range(30)]
    shown_ids = {unescape(i) for i in re.findall(r'<code class="fid">([^<]*)</code>', dom)}
    wanted = {f.id for r in reports for f in r.findings}
    assert wanted and wanted <= shown_ids
    assert len(re.findall(r'<input type="checkbox" class="acc"', dom)) == sum(len(r.findings) for r in reports)
    grid = dom[dom.index('<section id="avail">'):]
    grid = grid[:grid.index("</section>")]
    assert grid.count("<tr>") == 2 * 30 + 2  # two tables (domains, handles), a header row each
    assert all(r.name in unescape(grid) for r in reports)
    # the page's script ran: the filter bar is shown and the one accepted finding is counted
    assert '<div class="bar" id="hbar">' in dom
    assert '<span id="accept-n">1</span>' in dom
    # the page's export is a file --accept-file reads back, holding the accepted finding's id
    exported = unescape(re.search(r'<textarea id="accept-out" readonly="">(.*?)</textarea>', dom, re.S).group(1))
    saved = tmp_path / "brandcheck-accept.txt"
    saved.write_text(exported, encoding="utf-8")
    from brandcheck.report.accept import read_accept_file

    assert read_accept_file(str(saved)) == [reports[0].findings[0].id]


def test_boxes_ticked_in_the_page_are_kept_after_a_reload(tmp_path, browser):
    reports = [brandcheck.check(name, markets=["de", "es"], online=False) for name in ("Pajero", "Nova")]
    page_file = tmp_path / "report.html"
    page_file.write_text(render_html(reports), encoding="utf-8")
    page = browser.new_page()
    try:
        page.goto(page_file.as_uri())
        first = page.locator("input.acc").first
        finding = first.get_attribute("value")
        assert not first.is_checked()
        first.check()
        assert page.locator("#accept-n").text_content() == "1"
        page.reload()
        assert page.locator(f"input.acc[value='{finding}']").first.is_checked()
        assert page.locator("#accept-n").text_content() == "1" and finding in page.locator("#accept-out").input_value()
        page.locator(f"input.acc[value='{finding}']").first.uncheck()
        page.reload()
        assert page.locator("#accept-n").text_content() == "0"
    finally:
        page.close()
