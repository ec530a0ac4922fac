"""Issue 15, item 3: the distinctive part of a brand, brands heard as their home market says
them, and a reason for every near match. Expected values written by hand."""

import pytest

from brandcheck.markets import resolve
from brandcheck.model import Severity
from brandcheck.similarity import near_brands
from brandcheck.similarity.generic import distinctive
from brandcheck.similarity.score import full_scores, home_tag

GLOBAL = resolve("global")


def test_company_form_and_generic_words_are_set_aside():
    assert distinctive("Tiffany & Co.") == ("Tiffany", ("&", "Co."))
    assert distinctive("Bank of America") == ("America", ("Bank", "of"))
    assert distinctive("SK Group") == ("SK Group", ())  # too little would remain
    assert distinctive("Zelvora") == ("Zelvora", ())


def test_tifany_finds_tiffany_first_and_says_the_generic_part_was_set_aside():
    near = near_brands("Tifany", GLOBAL)
    assert near.matches[0].brand == "Tiffany & Co."
    finding = near.findings[0]
    assert finding.evidence["brand"] == "Tiffany & Co." and finding.severity >= Severity.HIGH
    assert any("generic part" in why for why in finding.evidence["why"])


def test_brands_are_heard_as_their_home_market_says_them():
    assert home_tag("FR") == "fr" and home_tag("DE") == "de" and home_tag("US") is None
    plain, at_home = full_scores("Peejo", "Peugeot"), full_scores("Peejo", "Peugeot", b_home="fr")
    assert at_home.overall > plain.overall
    assert any("home market" in why for why in at_home.why)


@pytest.mark.parametrize("name, brand, least", [("Peejo", "Peugeot", Severity.LOW), ("Boosh", "Bosch", Severity.MEDIUM),
                                                ("Reno", "Renault", Severity.HIGH)])
def test_sound_alikes_of_brands_said_the_french_or_german_way_are_found(name, brand, least):
    near = near_brands(name, GLOBAL)
    assert any(f.evidence["brand"] == brand and f.severity >= least for f in near.findings)


def test_peejo_finds_peugeot_first_by_its_french_sound():
    near = near_brands("Peejo", GLOBAL)
    assert near.matches[0].brand == "Peugeot"
    assert any("home market (fr)" in why for why in near.matches[0].why)


@pytest.mark.parametrize("name", ["Tifany", "Zelvora", "Lumora", "Peejo", "Kamo", "ソニ"])
def test_every_near_match_says_why(name):
    near = near_brands(name, GLOBAL)
    assert all(m.why for m in near.matches)
    assert all(f.evidence["why"] for f in near.findings)
