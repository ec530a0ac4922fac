"""Closed compounds that share only an everyday first word (the compound-words round): *Super|drug* and
*Super|dry* coexist, told apart by the words after the head; a copy of the other part keeps the
likeness. Expected values written by hand."""

import pytest

from brandcheck.similarity.score import SHARED_WORD_CAP, full_scores

LATIN = ("de", "fr", "it", "pt-BR", "es", "nl")


@pytest.mark.parametrize("name, brand", [("Superdrug", "Superdry"), ("Kingspan", "Kingston"),
                                         ("Euronews", "Euronext"), ("Super Mario", "Superman")])
def test_a_shared_everyday_head_with_other_words_after_it_is_low(name, brand):
    sc = full_scores(name, brand, markets=LATIN)
    assert sc.overall <= SHARED_WORD_CAP and not sc.contained_at_edge
    assert any("share only the everyday word" in why for why in sc.why)


@pytest.mark.parametrize("name, brand", [
    ("Facetook", "Facebook"),    # one letter changed in the other part
    ("Mastercart", "Mastercard"),
    ("Netflicks", "Netflix"),    # the other part said the same
    ("Kingstone", "Kingston"),   # the other part plus an ending
    ("Superdri", "Superdry"),    # no word after the head
    ("Tensen", "Tencent"),       # a head of three letters is no word of its own here
])
def test_a_near_copy_of_the_other_part_keeps_the_likeness(name, brand):
    sc = full_scores(name, brand, markets=LATIN)
    assert sc.overall >= 0.80
    assert not any("share only the everyday word" in why for why in sc.why)


@pytest.mark.parametrize("name, brand", [("Brioni", "Brio"), ("Totoro", "Toto")])
def test_a_four_letter_mark_running_on_into_a_new_syllable_is_a_weak_echo(name, brand):
    sc = full_scores(name, brand, markets=LATIN)
    assert sc.overall < 0.80 and not sc.contained_at_edge
    assert any("a longer word of its own" in why for why in sc.why)


@pytest.mark.parametrize("name, brand", [("Opelle", "Opel"), ("Legoss", "Lego"), ("Nikeon", "Nike"),
                                         ("Teslaro", "Tesla")])
def test_a_respelt_ending_a_very_common_word_or_a_longer_mark_keeps_the_containment(name, brand):
    assert full_scores(name, brand, markets=LATIN).contained_at_edge
