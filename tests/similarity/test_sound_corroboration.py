"""Issue 15, item 3, round three: sound-alikes a naming team would believe. A likeness that one
market's reader alone hears (vowels reduced or merged) is not taken on its own; one heard in English,
in the brand's home market, or in two readings is. Expected values written by hand."""

import pytest

from brandcheck.markets import resolve
from brandcheck.model import Severity
from brandcheck.similarity import near_brands
from brandcheck.similarity.score import _corroborated

GLOBAL = resolve("global")


def _worst_against(name: str, brand: str) -> Severity | None:
    found = [f.severity for f in near_brands(name, GLOBAL).findings if f.evidence["brand"] == brand]
    return max(found, default=None)


def test_a_reading_heard_alone_gives_way_to_the_second_best():
    heard = {(("a",), ("b",)): ("pt-BR", 0.97, False), (("c",), ("d",)): ("it", 0.90, False),
             (("e",), ("f",)): ("English", 0.80, True)}
    value, where = _corroborated(heard)
    assert value == 0.90 and where.startswith("it /c/ vs /d/") and "pt-BR alone, 0.97" in where


def test_english_or_the_home_reading_counts_on_its_own():
    heard = {(("a",), ("b",)): ("English", 0.95, True), (("c",), ("d",)): ("it", 0.70, False)}
    assert _corroborated(heard) == (0.95, "English /a/ vs /b/")
    heard = {(("a",), ("b",)): ("fr", 0.96, True), (("c",), ("d",)): ("English", 0.60, True)}
    assert _corroborated(heard)[0] == 0.96


@pytest.mark.parametrize("name, brand", [("Tecate", "Takeda"), ("Lowe's", "Loewe"), ("Hinge", "Engie"),
                                         ("Brita", "Prada"), ("Sol", "Shell"), ("Weber", "Whopper")])
def test_a_sound_alike_only_one_market_hears_is_not_an_alarm(name, brand):
    assert _worst_against(name, brand) in (None, Severity.LOW)


@pytest.mark.parametrize("name, brand", [("Peejo", "Peugeot"), ("Reekar", "Ricard"), ("Owdee", "Audi"),
                                         ("Peryay", "Perrier"), ("Boosh", "Bosch"), ("Nikey", "Nike")])
def test_a_sound_alike_heard_in_english_or_at_home_still_finds_the_brand_first(name, brand):
    near = near_brands(name, GLOBAL)
    assert near.matches[0].brand == brand and near.matches[0].why
