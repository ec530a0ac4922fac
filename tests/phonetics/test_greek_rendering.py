"""Greek writes [j] before a vowel as γι and [w] between vowels as γου (greek module docstring)."""

from __future__ import annotations

from brandcheck.markets import get
from brandcheck.phonetics.scripts import render
from brandcheck.phonetics.source import intended


def _el(name: str) -> str:
    return render(intended(name), get("el"), k=1)[0].text


def test_j_before_a_vowel_is_gamma_iota_at_the_start_or_after_a_vowel():
    assert _el("Yahoo").startswith("Γιά")
    assert _el("Toyota") == "Τογιότα"
    assert _el("Yale").startswith("Γέ")  # γ alone before ε
    assert _el("Newton").startswith("Νιού")  # after a consonant: ι


def test_w_between_vowels_is_gamma_ou_and_a_diphthong_carries_one_accent():
    assert _el("Huawei").startswith("Χουάγου")
    assert _el("Walker").startswith("Γουό")
    assert _el("Hyundai").count("\u0301") + sum(c in "άέίόύ" for c in _el("Hyundai")) <= 1
