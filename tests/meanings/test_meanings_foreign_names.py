"""A listed word that is one word of a plainly foreign name (the false-alarm round): reported, but
one step lower and never high for that alone (a syllable of three letters or fewer: two steps); a phrase of the market's own words keeps its weight.
Expected values written by hand."""

import brandcheck
from brandcheck.model import Severity


def _worst(name: str, market: str, term: str) -> Severity | None:
    report = brandcheck.check(name, markets=[market], online=False)
    found = [f.severity for f in report.findings if f.check.startswith("meaning.") and f.evidence.get("term") == term]
    return max(found, default=None)


def test_a_word_of_a_foreign_name_is_medium_not_high():
    assert _worst("Max Mara", "ja", "mara") == Severity.MEDIUM  # Latin letters in a market of another script


def test_a_syllable_of_three_letters_among_foreign_words_is_low():
    # 'fung' is no Indonesian word: 'tai' reads as a syllable of a foreign name, as it would in a
    # market of another script (Jim Beam in Thailand)
    assert _worst("Din Tai Fung", "id", "tai") == Severity.LOW


def test_the_same_word_alone_or_among_the_markets_own_words_keeps_its_weight():
    assert _worst("Tai", "id", "tai") >= Severity.HIGH
    assert _worst("Puta Madre", "es", "puta") >= Severity.HIGH
