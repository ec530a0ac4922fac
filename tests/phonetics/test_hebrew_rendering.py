"""Hebrew renderings: the press's spellings of a foreign [v] (hebrew module docstring)."""

from __future__ import annotations

from brandcheck.markets import get
from brandcheck.phonetics.scripts import render
from brandcheck.phonetics.source import intended


def _he(name: str) -> list[str]:
    return [r.text for r in render(intended(name), get("he"), k=3)]


def test_a_v_inside_a_word_is_also_written_bet():
    assert "לנובו" in _he("Lenovo")[:2]  # besides the vav spelling
    assert _he("Volvo")[0] == "וולוו"  # the Academy's וו stays first
    assert not any("ב" in f[:1] for f in _he("Vodafone"))  # a first [v] keeps its vav
