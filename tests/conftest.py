"""Shared test settings: hypothesis profile sized for a 2-core CI machine; the system's Chromium
driven by Playwright for the browser tests (no browser download)."""

import os
import shutil

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci")


def chromium_path():
    given = os.environ.get("BRANDCHECK_CHROMIUM")
    for candidate in ([given] if given else []) + ["chromium", "chromium-browser", "/usr/bin/chromium"]:
        found = shutil.which(candidate)
        if found:
            return found
    return None


@pytest.fixture(scope="session")
def chromium_exe():
    """The system's Chromium; the browser tests fail without it (BRANDCHECK_NO_BROWSER=1 skips them)."""
    if os.environ.get("BRANDCHECK_NO_BROWSER") == "1":
        pytest.skip("BRANDCHECK_NO_BROWSER=1: the browser tests were switched off on purpose")
    path = chromium_path()
    if path is None:
        pytest.fail("the browser tests need Chromium: `apt-get install chromium` (or set "
                    "BRANDCHECK_CHROMIUM=/path/to/chromium; BRANDCHECK_NO_BROWSER=1 skips the test)")
    return path


@pytest.fixture(scope="session")
def browser(chromium_exe):
    """That Chromium driven by Playwright (no browser download)."""
    try:
        from playwright.sync_api import sync_playwright
    except ModuleNotFoundError:
        pytest.fail("the browser tests need playwright: pip install -e '.[test]'")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_exe, headless=True)
        yield b
        b.close()
