"""Korean for Italian and Spanish spellings by the NIKL tables (brandcheck.phonetics.scripts.hangul_romance)."""

from __future__ import annotations

import pytest

from brandcheck.markets import get
from brandcheck.phonetics.scripts import render
from brandcheck.phonetics.scripts.hangul_romance import italian_hangul, spanish_hangul
from brandcheck.phonetics.source import intended


@pytest.mark.parametrize("name, expected", [
    ("Bugatti", "부가티"),  # a double consonant once
    ("Pirelli", "피렐리"), ("Giovanni", "조반니"),  # but ll and nn as two
    ("Lavazza", "라바차"),  # zz inside a word is ㅊ
    ("Bertolucci", "베르톨루치"),  # cc before i is ㅊ, r without a vowel 르, l after a vowel ㄹㄹ
    ("Marchesi", "마르케시"),  # ch is ㅋ
    ("Quattrocchi", "콰트로키"),  # qu + a is 콰
    ("Modigliani", "모딜리아니"),  # gli before a vowel
])
def test_italian_spellings(name, expected):
    assert italian_hangul(name) == expected


@pytest.mark.parametrize("name, expected", [
    ("Jiménez", "히메네스"), ("Villegas", "비예가스"), ("Guadalajara", "과달라하라"), ("Vázquez", "바스케스"),
])
def test_spanish_spellings(name, expected):
    assert spanish_hangul(name) == expected


def test_english_spellings_are_not_read_as_italian_or_spanish():
    assert italian_hangul("London") is None and spanish_hangul("London") is None
    assert italian_hangul("Missouri") is None  # ou is not Italian


@pytest.mark.parametrize("name, first", [
    ("Lamborghini", "람보르기니"),  # an Italian brand English says its own way: Korean follows Italian
    ("Miami", "마이애미"),  # an everyday English name keeps its English form
    ("James", "제임스"),  # English says it far from its Spanish letters
])
def test_which_reading_comes_first(name, first):
    assert render(intended(name), get("ko"), k=3)[0].text == first

