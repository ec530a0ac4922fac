"""Hindi (and Bengali, which borrows its rules) write the British long a of the bath words and a
reph in a closed syllable (devanagari module docstring)."""

from __future__ import annotations

from brandcheck.markets import get
from brandcheck.phonetics.scripts import render
from brandcheck.phonetics.source import intended


def _first(name: str, tag: str) -> str:
    return render(intended(name), get(tag), k=1)[0].text


def test_a_before_s_and_a_consonant_is_the_british_long_a():
    assert _first("Master", "hi") == "मास्टर"
    assert _first("Plastic", "bn") == "প্লাস্টিক"
    assert _first("Gas", "hi") == "गैस"  # one s, no consonant after: [æ]
    assert _first("Aston", "hi").startswith("ऐ")  # word-initial as- keeps its [æ]


def test_r_closing_a_syllable_is_a_reph_and_stays_apart_before_a_vowel():
    assert _first("Card", "hi") == "कार्ड"
    assert _first("Ford", "hi") == "फ़ॉर्ड"
    assert _first("Starbucks", "hi") == "स्टारबक्स"

