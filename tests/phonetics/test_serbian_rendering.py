"""Serbian Cyrillic is written by its own phonemic rules, not through Russian renderings (serbian
module docstring); a name in it is read as Serbian and found as the brand. Examples from the dev list
or written here, never from a held-out list."""

from __future__ import annotations

import pytest

from brandcheck.markets import resolve
from brandcheck.model import Severity
from brandcheck.phonetics.native import native_language, native_romanization
from brandcheck.phonetics.readers import read_script
from brandcheck.phonetics.scripts import render, script_market
from brandcheck.phonetics.source import intended
from brandcheck.similarity import near_brands


def _sr(name: str, k: int = 1) -> list[str]:
    return [r.text for r in render(intended(name), script_market("sr-Cyrl"), k=k)]


@pytest.mark.parametrize("name, form", [
    ("Yahoo", "Јаху"),  # [j] ј
    ("Jackson", "Џексон"),  # [dʒ] џ, [æ] е
    ("Facebook", "Фејсбук"),  # [eɪ] еј, the doubled sound once
    ("Nissan", "Нисан"),
    ("William", "Вилијам"),  # [w] в; a [j] written i is a syllable
    ("Shaw", "Шо"),  # [ɔ] о
    ("Toyota", "Тојота"),
])
def test_serbian_writes_by_sound_with_its_own_letters(name, form):
    assert _sr(name)[0] == form


def test_mc_is_mek_and_n_before_j_is_nj():
    assert _sr("McDonald")[0] == "Мекдоналд"
    assert _sr("Newton")[0].startswith("Њут")


def test_i_before_a_or_e_takes_j_and_continental_names_are_read_by_their_letters():
    assert "Фијат" in _sr("Fiat", k=3)
    assert _sr("India")[0] == "Индија"
    assert _sr("Mitsubishi")[0] == "Мицубиши"


def test_serbian_cyrillic_is_not_a_registered_market_and_romanises_to_serbian_latin():
    market = script_market("sr-Cyrl")
    assert (market.language, market.script, market.country) == ("sr", "Cyrl", "RS")
    assert "sr-Cyrl" not in {m.tag for m in resolve("all")}
    assert render(intended("Jackson"), market)[0].romanization == "Džekson"


def test_serbian_letters_pick_the_serbian_reader():
    assert native_language("Cyrillic", None, "Јаху") == "sr"
    assert native_language("Cyrillic", None, "Найкі") == "uk"
    assert native_language("Cyrillic", "ru", "Јаху") == "sr"  # ru does not write ј
    assert native_language("Cyrillic", None, "Яху") == "ru"
    assert native_romanization("Џексон", "sr") == "Džekson"
    assert "".join(read_script("Џексон")) == "dʒekson"


@pytest.mark.parametrize("name, brand", [("Јаху", "Yahoo"), ("Фејсбук", "Facebook"), ("Џексон Хјулит", None)])
def test_a_name_in_serbian_cyrillic_finds_the_brand(name, brand):
    near = near_brands(name, resolve("global"))
    if brand is None:
        assert not [f for f in near.findings if f.severity >= Severity.HIGH]
        return
    assert near.matches[0].brand == brand
    assert max(f.severity for f in near.findings if f.evidence["brand"] == brand) >= Severity.HIGH
