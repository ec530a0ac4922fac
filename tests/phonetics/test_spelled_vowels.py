"""Loanwords spelt from their letters: a vowel English reduces said as its letter
(``_common.spelled_vowels``) and the continental letter reading, as alternatives in the scripts whose
press writes names so (Persian, Hindi, Thai). Expected forms written by hand from press usage."""

from __future__ import annotations

from brandcheck.markets import get
from brandcheck.phonetics.scripts import render
from brandcheck.phonetics.scripts._common import spelled_vowels, words_of
from brandcheck.phonetics.source import intended


def _texts(name: str, tag: str) -> list[str]:
    return [r.text for r in render(intended(name), get(tag), k=3)]


def test_a_reduced_vowel_takes_its_letter():
    word = words_of(intended("Canada"))[0]
    phones = [u.phone for u in spelled_vowels(word).units if u.phone]
    assert phones == ["k", "æ", "n", "ɑ", "d", "ɑ"]  # [kænədə] → [kænɑdɑ]: the reduced a letters are said a
    assert spelled_vowels(words_of(intended("Sprint"))[0]) is None  # nothing reduced: no variant


def test_persian_spells_loanwords_from_their_letters():
    assert "کانادا" in _texts("Canada", "fa")
    assert "آدیداس" in _texts("Adidas", "fa")
    assert "هیوندای" in _texts("Hyundai", "fa")  # the continental reading, as Arabic had it


def test_thai_has_the_spelled_reading_as_an_alternative():
    assert "แคนาดา" in _texts("Canada", "th")
    assert len(_texts("Hyundai", "th")) == 2  # a name ending in -i also read by its letters
    assert len(_texts("Sprint", "th")) == 1  # an English word with nothing reduced: one form


def test_continental_looking_names_are_also_read_by_their_letters():
    from brandcheck.phonetics.scripts.foreign_spelling import continental_looking

    assert continental_looking("hyundai") and continental_looking("porsche") and not continental_looking("sprint")
    assert "Χιούνταϊ" in _texts("Hyundai", "el")  # as the Greek press writes it
    assert "هيونداي" in _texts("Hyundai", "ar")[:2]  # second now, not third
    assert _texts("Sprint", "el") == ["Σπριντ"]


def test_hebrew_consonantal_yod_is_single_beside_a_vowel_letter():
    assert _texts("Toyota", "he")[0] == "טויוטה"  # not טוייוטה: the yod stands beside the ו of [o]
    assert "היונדיי" in _texts("Hyundai", "he")  # the continental reading as an alternative
