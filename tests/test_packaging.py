"""The wheel (not only the source tree) ships the curated data."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_contains_wordlists(tmp_path):
    pytest.importorskip("hatchling")
    subprocess.run([sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(tmp_path)], cwd=ROOT,
                   check=True, capture_output=True)
    wheel = next(tmp_path.glob("*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    source = {f"brandcheck/wordlists/{p.relative_to(ROOT / 'wordlists').as_posix()}"
              for p in (ROOT / "wordlists").rglob("*") if p.is_file()}
    assert source and source <= names
    assert "brandcheck/__init__.py" in names
    assert {"brandcheck/workshop/static/htmx.min.js", "brandcheck/workshop/static/htmx.LICENSE"} <= names
