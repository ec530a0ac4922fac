"""Arabic writes a final [eɪ] spelt e as يه, Persian a final e as ه (arabic module, rules)."""

from __future__ import annotations

from brandcheck.markets import get
from brandcheck.phonetics.scripts import render
from brandcheck.phonetics.source import intended


def _first(name: str, tag: str) -> str:
    return render(intended(name), get(tag), k=1)[0].text


def test_arabic_writes_a_final_ei_spelt_e_as_yeh_heh():
    assert _first("Chevrolet", "ar") == "شيفروليه"
    assert _first("Harvey", "ar") == "هارفي"  # an English -ey stays ي
    assert not _first("Monday", "ar").endswith("يه")


def test_persian_writes_a_final_e_as_heh():
    assert _first("Porsche", "fa") == "پورشه"
    assert _first("Sony", "fa") == "سونی"  # a final [i] stays ی
