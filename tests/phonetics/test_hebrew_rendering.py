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


def test_an_accented_name_is_also_written_from_its_letters():
    from brandcheck.phonetics.scripts.foreign_spelling import accented

    assert accented("Nestlé") and accented("Citroën") and not accented("Nestle")
    assert "נסטלה" in _he("Nestlé")[:2]  # the t and the final é written, as the press does
    assert "נסטלה" not in _he("Nestle")  # the same letters without the accent read as English
