"""Marks that one letter or syllable turns into another word coexist (the changed-words round): a
new ending syllable, a new first letter of a short word, another voicing of a short word's first
sound; a mark that is an everyday word, in a phrase. Copies that keep the word stay medium. Expected values written by hand."""

import pytest

from brandcheck.similarity.score import SHARED_WORD_CAP, full_scores

LATIN = ("de", "fr", "it", "pt-BR", "es", "nl")


@pytest.mark.parametrize("name, brand", [("Revol", "Revolut"), ("Corsa", "Corsair"), ("Brio", "Brioni")])
def test_a_name_that_stops_short_of_the_brands_last_syllable_is_another_word(name, brand):
    sc = full_scores(name, brand, markets=LATIN)
    assert sc.overall <= SHARED_WORD_CAP and not sc.contained_at_edge
    # Brio|ni: the short mark already runs on into a longer word of its own (a weak containment)
    assert any("on into another word" in why or "a longer word of its own" in why for why in sc.why)


@pytest.mark.parametrize("name, brand", [("Opelle", "Opel"), ("Nikestore", "Nike"), ("Pringle", "Pringles"),
                                         ("Googleon", "Google"), ("Teslaro", "Tesla")])
def test_a_whole_mark_run_on_a_silent_e_an_everyday_word_or_one_letter_is_no_new_word(name, brand):
    sc = full_scores(name, brand, markets=LATIN)
    assert (sc.overall >= 0.80 or sc.contained_at_edge) and not any("on into another word" in why for why in sc.why)


@pytest.mark.parametrize("name, brand", [("Etro", "Metro"), ("Zelle", "Elle")])
def test_a_new_first_letter_of_a_short_word_makes_another_word(name, brand):
    sc = full_scores(name, brand, markets=LATIN)
    assert sc.overall <= SHARED_WORD_CAP and not sc.contained_at_edge


@pytest.mark.parametrize("name, brand", [("Toom", "Doom"), ("Ping", "Bing")])
def test_voicing_of_a_short_words_first_sound_makes_another_word(name, brand):
    # one syllable: the voicing of its first sound is the whole difference (Tyson / Dyson keeps more)
    sc = full_scores(name, brand, markets=LATIN)
    assert sc.overall < 0.80 and sc.typo == 0.0
    assert any("begin with another letter and sound" in why for why in sc.why)


@pytest.mark.parametrize("name, brand", [("Hunter Boots", "Boots"), ("Burger King", "King")])
def test_a_mark_that_is_an_everyday_word_is_read_as_that_word_in_a_phrase(name, brand):
    sc = full_scores(name, brand, markets=LATIN)
    assert sc.overall < 0.80 and not sc.contained_at_edge
    assert any("later word" in why for why in sc.why)


@pytest.mark.parametrize("name, brand", [("Sikea", "IKEA"), ("Bapple", "Apple"), ("Xaudi", "Audi")])
def test_a_name_that_takes_a_whole_short_mark_behind_a_new_letter_stays_medium(name, brand):
    # no word of its own: the whole earlier mark is what a reader finds in it
    assert full_scores(name, brand, markets=LATIN).overall >= 0.80
