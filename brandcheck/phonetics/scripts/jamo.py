"""Hangul syllables from jamo and back, by Unicode arithmetic (pure).

A syllable of the Hangul Syllables block is ``0xAC00 + (initial × 21 + vowel) × 28 + final``, with
the jamo numbered in the orders below. Shared by :mod:`.hangul` (English → Korean) and
:mod:`.hangul_names` (romaji → Korean).
"""

from __future__ import annotations

__all__ = ["INITIALS", "VOWELS", "FINALS", "compose", "decompose"]

# Jamo orders of the Unicode Hangul Syllables block.
INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
FINALS = ("", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ",
          "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ")


def compose(initial: str, vowel: str, final: str = "") -> str:
    """One hangul syllable from compatibility jamo (``compose("ㅅ", "ㅡ")`` → ``스``)."""
    return chr(0xAC00 + (INITIALS.index(initial) * 21 + VOWELS.index(vowel)) * 28 + FINALS.index(final))


def decompose(syllable: str) -> tuple[str, str, str]:
    """A hangul syllable → (initial, vowel, final) jamo; ``""`` final when there is none."""
    code = ord(syllable) - 0xAC00
    if not 0 <= code < 11172:
        raise ValueError(f"not a hangul syllable: {syllable!r}")
    return INITIALS[code // 588], VOWELS[(code % 588) // 28], FINALS[code % 28]
