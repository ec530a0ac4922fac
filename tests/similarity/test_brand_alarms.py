"""Issue 15, item 3: similarity findings a naming workshop would not laugh at — a mark buried
inside a word is a weak echo, a mark that begins the name or a word stands out. Expected values
written by hand."""

import pytest

from brandcheck.markets import resolve
from brandcheck.model import Severity
from brandcheck.similarity import near_brands
from brandcheck.similarity.score import full_scores, word_edges

GLOBAL = resolve("global")


def _worst_against(name: str, brand: str) -> Severity | None:
    found = [f.severity for f in near_brands(name, GLOBAL).findings if f.evidence["brand"] == brand]
    return max(found, default=None)


def test_word_edges_follow_spaces_punctuation_and_case_changes():
    assert word_edges("ExxonMobil") == {0, 5, 10}
    assert word_edges("Air Jordan") == {0, 3, 9}
    assert word_edges("Gaviscon") == {0, 8}
    assert word_edges("Chick-fil-A") == {0, 5, 8, 9}


@pytest.mark.parametrize("name, brand", [("Gaviscon", "Avis"), ("Cuisinart", "Sina"), ("Panasonic", "Sonic"),
                                         ("Tavismo", "Avis"), ("Lonikeda", "Nike"), ("Kubernetes", "Uber")])
def test_a_mark_buried_inside_a_word_is_at_most_low_and_says_why(name, brand):
    assert _worst_against(name, brand) in (None, Severity.LOW)
    sc = full_scores(name, brand)
    assert not sc.contained_at_edge and any("buried inside" in why for why in sc.why)


@pytest.mark.parametrize("name, brand", [("Avisrent", "Avis"), ("Nikestore", "Nike"), ("Rent Avis", "Avis"),
                                         ("GoNike", "Nike"), ("Sonic Sounds", "Sonic")])
def test_a_mark_that_begins_the_name_or_a_word_is_at_least_medium(name, brand):
    assert _worst_against(name, brand) >= Severity.MEDIUM
    assert full_scores(name, brand).contained_at_edge


def test_a_mark_that_covers_most_of_the_name_counts_wherever_it_sits():
    assert full_scores("Xnikes", "Nikes").contained_at_edge  # 5 of 6 letters
    assert not full_scores("Xanikesz", "Nikes").contained_at_edge  # 5 of 8


@pytest.mark.parametrize("name, brand", [("MCM", "MGM"), ("AMD", "AMG"), ("Gap", "GAZ"), ("NBA", "NBC"),
                                         ("Qix", "Qin")])
def test_short_marks_one_letter_apart_are_weak_neighbours(name, brand):
    sc = full_scores(name, brand, markets=("de", "fr", "it"))
    # capped with the reason, or weak already on its own
    assert sc.overall < 0.80 and (any("3 characters or fewer" in why for why in sc.why) or sc.overall <= 0.78)


@pytest.mark.parametrize("name, brand", [("MGM", "MGM"), ("MBW", "MWB"), ("Nikon", "Nikkon")])
def test_the_short_mark_rule_spares_identical_reordered_and_longer_marks(name, brand):
    sc = full_scores(name, brand, markets=("de",))
    assert not any("3 characters or fewer" in why for why in sc.why)


def test_initialisms_are_heard_letter_by_letter_in_each_market():
    from brandcheck.similarity.score import _market_ipa

    assert "".join(_market_ipa("CBS", "de")) != "kps"  # said tse-be-es, not run together
    assert len(_market_ipa("BMW", "de")) > 3
    # two initialisms that only run together alike no longer sound the same
    assert full_scores("CBS", "KBS", markets=("de",)).sound < 0.97


@pytest.mark.parametrize("name, brand", [("Canada Goose", "Canada Post"), ("Tiger Balm", "Tiger Beer"),
                                         ("Royal Bank of Scotland", "Royal Bank of Canada"),
                                         ("Blue Heron Foods", "Blue Harbor Foods")])
def test_names_alike_only_through_a_shared_word_are_weak(name, brand):
    sc = full_scores(name, brand, markets=("de", "fr"))
    assert sc.overall < 0.80 and any("share only" in why for why in sc.why)


@pytest.mark.parametrize("name, brand", [("Deutsche Bahn", "Deutsche Bank"), ("Tiger Bear", "Tiger Beer")])
def test_shared_words_with_the_rest_alike_still_count(name, brand):
    sc = full_scores(name, brand, markets=("de",))
    assert sc.overall >= 0.80 and not any("share only" in why for why in sc.why)


@pytest.mark.parametrize("name, brand", [("Radisson Blu", "Radisson"), ("Pepsi Max", "Pepsi"),
                                         ("Apple Watch", "Apple"), ("Nintendo Switch", "Nintendo")])
def test_two_marks_of_one_owner_are_said_to_be_a_family_not_raised(name, brand):
    found = [f for f in near_brands(name, GLOBAL).findings if f.evidence["brand"] == brand]
    assert found and all(f.severity == Severity.INFO and f.check == "similarity.same_family" for f in found)
    assert any("same owner" in why for why in found[0].evidence["why"])


@pytest.mark.parametrize("name, brand", [("Budweiser", "Budweiser Budvar"), ("Radisson Red", "Radisson"),
                                         ("Pepsi Cherry", "Pepsi")])
def test_marks_of_different_owners_and_new_names_are_still_raised(name, brand):
    assert _worst_against(name, brand) >= Severity.MEDIUM


def test_every_family_names_bundled_brands_and_has_two_of_them():
    from collections import Counter

    from brandcheck.similarity.brands import brand_families, bundled_brands

    names = {r.name for r in bundled_brands()}
    families = brand_families()
    assert set(families) <= names
    assert min(Counter(families.values()).values()) >= 2


def test_a_letter_with_no_latin_look_alike_keeps_a_skeleton_from_being_identical():
    from brandcheck.similarity.fold import skeleton

    assert skeleton("ВТБ") != skeleton("BT")  # Б has no Latin twin
    assert skeleton("Gооgle") == skeleton("Google")  # Cyrillic о does
    assert skeleton("小米") == ""  # a name wholly in another script has no Latin skeleton
    assert _worst_against("BT", "VTB") in (None, Severity.LOW)


@pytest.mark.parametrize("name, brand, why", [("Final Fantasy", "Fanta", "everyday word"),
                                              ("Kingdom Hearts", "King", "everyday word"),
                                              ("Marshall", "Mars", "everyday word"),
                                              ("American Airlines", "Americana", "across the words")])
def test_a_mark_that_only_begins_an_everyday_word_or_runs_across_words_is_weak(name, brand, why):
    sc = full_scores(name, brand)
    assert not sc.contained_at_edge and any(why in w for w in sc.why)
    assert _worst_against(name, brand) in (None, Severity.LOW)
