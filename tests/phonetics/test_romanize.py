"""The one IPA romaniser (brandcheck.phonetics.romanize): hand-written expectations."""

from __future__ import annotations

import pytest

from brandcheck.phonetics.romanize import romanize


@pytest.mark.parametrize("segments, expected", [
    (("ʃ", "ɑ", "ŋ"), "shang"),
    (("tʃ", "i", "z"), "chiz"),
    (("t", "ʃ", "i"), "tshi"),  # two segments are two spellings
    (("dʒ", "ɛ", "θ"), "jeth"),
    (("k", "aː", "ɾ", "ɯ"), "kaaru"),  # long sounds doubled
    (("tɕʰ", "i", "k͈", "a"), "chika"),  # aspiration and tenseness change no letter
    (("bʱ", "a", "t̪"), "bhat"),  # breathy voice as h, the dental mark dropped
    (("dʒ̤", "ɐ"), "jha"),
    (("ʔ", "a", "x", "a"), "'akha"),
    (("ɲ", "o", "ʎ", "o"), "nyolyo"),
])
def test_romanize(segments, expected):
    assert romanize(segments) == expected


@pytest.mark.parametrize("segments, expected", [
    (("b", "ɒː", "z", "ɒː", "r"), "bazar"),  # Persian: length not shown
    (("ʔ", "e", "j", "l", "ɒː", "t"), "eylat"),  # no apostrophe for a glottal stop
    (("ʃ", "a", "l", "o", "m"), "shalom"),
])
def test_romanize_informal(segments, expected):
    assert romanize(segments, informal=True) == expected


def test_one_romaniser():
    from brandcheck.phonetics import score
    from brandcheck.phonetics.scripts import _common

    assert score.romanize is romanize  # re-exported for callers of the score module
    assert not hasattr(score, "_ROMAN") and not hasattr(_common, "ipa_latin")
