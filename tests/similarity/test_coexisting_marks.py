"""Coexisting real marks are not medium (the coexisting-marks round): a name that is an everyday
word, not said like the brand, means that word; a mark as a later word after a word of the name's
own is a weaker likeness; a mark beginning an everyday word of a market's language is buried in
it. Expected values written by hand."""

import pytest

from brandcheck.similarity.score import SHARED_WORD_CAP, full_scores

LATIN = ("de", "fr", "it", "pt-BR", "es", "nl")


@pytest.mark.parametrize("name, brand", [("Weekday", "Workday"), ("Cava", "Canva"), ("Boulanger", "Bollinger")])
def test_an_everyday_word_not_said_like_the_brand_is_at_most_low(name, brand):
    sc = full_scores(name, brand, markets=LATIN)
    assert sc.overall <= SHARED_WORD_CAP and not sc.contained_at_edge
    assert any("everyday word" in why for why in sc.why)


@pytest.mark.parametrize("name, brand", [("Brown", "Braun"), ("Sonny", "Sony"), ("Gucchi", "Gucci")])
def test_a_word_said_like_the_brand_or_as_common_as_it_or_no_word_is_not_excused(name, brand):
    sc = full_scores(name, brand, markets=LATIN)
    assert sc.overall >= 0.80 and not any("everyday word" in why for why in sc.why)


def test_a_listed_brand_is_not_read_as_an_everyday_word():
    # Asus is frequent in text because it is a brand: its likeness to ASOS is judged as marks
    assert not any("everyday word" in why for why in full_scores("Asus", "ASOS", markets=LATIN).why)


@pytest.mark.parametrize("name, brand", [("Gerry Weber", "Weber"), ("Warby Parker", "Parker")])
def test_a_mark_after_a_leading_word_of_the_names_own_is_weaker(name, brand):
    sc = full_scores(name, brand, markets=LATIN)
    assert sc.overall < 0.80 and not sc.contained_at_edge
    assert any("later word" in why for why in sc.why)


@pytest.mark.parametrize("name, brand", [("Rent Avis", "Avis"), ("Super Apple", "Apple"), ("Nike Gerry", "Nike")])
def test_a_mark_after_a_common_word_or_first_stays_strong(name, brand):
    assert full_scores(name, brand, markets=LATIN).contained_at_edge


def test_a_mark_beginning_an_everyday_word_of_a_market_language_is_buried_in_it():
    # rossignol is French for nightingale: Ross does not stand out of it for a French reader
    english = full_scores("Rossignol", "Ross")  # English has no such word: Ross runs on into one of its own
    assert not english.contained_at_edge and any("a longer word of its own" in why for why in english.why)
    sc = full_scores("Rossignol", "Ross", markets=("fr",))
    assert not sc.contained_at_edge and any("everyday word 'rossignol'" in why for why in sc.why)


def test_doubled_vowels_spelt_by_ear_are_read_as_one_vowel():
    from brandcheck.markets import resolve
    from brandcheck.similarity import near_brands

    # Deeor is Dior spelt by ear (ee = /i/), not John Deere
    assert near_brands("Deeor", resolve("global")).matches[0].brand == "Dior"
    ear = full_scores("Deeor", "Dior", markets=LATIN)
    assert ear.sight > full_scores("Deyor", "Dior", markets=LATIN).sight
    assert ear.overall < 1.0  # never identical at a glance


@pytest.mark.parametrize("name, brand", [("Tide", "Time"), ("Dole", "Dove"), ("Pixar", "Pixel"), ("Globus", "Globo")])
def test_short_words_with_other_consonants_are_at_most_low(name, brand):
    sc = full_scores(name, brand, markets=LATIN)
    assert sc.overall <= SHARED_WORD_CAP and any("short words with other consonants" in why for why in sc.why)


@pytest.mark.parametrize("name, brand", [("Neekon", "Nikon"), ("Nyke", "Nike"), ("Tango", "Tang")])
def test_a_respelling_or_a_slip_of_a_short_name_is_not_excused(name, brand):
    # the same consonants (a respelt vowel), or one slip apart: the short-word rule does not apply
    assert not any("short words" in why for why in full_scores(name, brand, markets=LATIN).why)


@pytest.mark.parametrize("name, brand", [("Kingsford", "King"), ("Segafredo", "Sega"), ("Metamucil", "Meta")])
def test_a_mark_running_on_into_a_longer_word_of_its_own_is_buried(name, brand):
    sc = full_scores(name, brand, markets=LATIN)
    assert not sc.contained_at_edge and any("a longer word of its own" in why for why in sc.why)
    # followed by an everyday word it is the mark plus a word
    assert full_scores(brand + "store", brand, markets=LATIN).contained_at_edge
