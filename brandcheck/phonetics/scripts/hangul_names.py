"""Korean for names spelled in Japanese romaji, by the NIKL table for Japanese (pure).

외래어 표기법 제2장 표 4 (일본어의 가나와 한글 대조표): voiceless stops and affricates are
plain at the start of a word and aspirated inside it (Tokyo 도쿄, Kitakyushu 기타큐슈), tsu is
쓰, z/j are ㅈ, long vowels are not written (Ōsaka 오사카), the moraic n is ㄴ and the small tsu
ㅅ as a final consonant (Isshiki 잇시키). English-looking spellings never reach this table:
:func:`foreign_spelling.morae` accepts only words that are romaji throughout and carry a Japanese mark.
"""

from __future__ import annotations

from .foreign_spelling import morae, romaji_onsets
from .jamo import compose, decompose

__all__ = ["japanese_hangul"]

_VOWEL = {"a": "ㅏ", "i": "ㅣ", "u": "ㅜ", "e": "ㅔ", "o": "ㅗ"}
_Y_VOWEL = {"a": "ㅑ", "u": "ㅠ", "o": "ㅛ", "e": "ㅖ", "i": "ㅣ"}
_PALATAL = frozenset({"sh", "ch", "j", "y"})


def _vowel(onset: str, vowel: str) -> str:
    if onset == "w":
        return "ㅘ" if vowel == "a" else _VOWEL[vowel]  # wa 와, wo 오
    if onset == "f" and vowel == "u":
        return "ㅜ"  # fu 후
    if onset in ("ts", "s", "z") and vowel == "u":
        return "ㅡ"  # tsu 쓰, su 스, zu 즈
    if onset in _PALATAL or onset.endswith("y"):
        if onset in ("sh", "ch", "j") and vowel in ("a", "u", "o"):
            # 샤 슈 쇼, 자 주 조 / 차 추 초: NIKL writes sha 샤 but ja 자, cha 차 (no ㅑ after ㅈ/ㅊ)
            return _Y_VOWEL[vowel] if onset == "sh" else _VOWEL[vowel]
        return _Y_VOWEL[vowel]
    return _VOWEL[vowel]


def japanese_hangul(letters: str) -> str | None:
    """Hangul for a romaji spelling by the NIKL table, or None if it is not romaji.

    >>> japanese_hangul("tokyo"), japanese_hangul("suzuki"), japanese_hangul("matsumoto")
    ('도쿄', '스즈키', '마쓰모토')
    >>> japanese_hangul("isshiki"), japanese_hangul("yoshida"), japanese_hangul("london")
    ('잇시키', '요시다', None)
    """
    found = morae(letters)
    if found is None:
        return None
    onsets = romaji_onsets()
    out: list[str] = []
    for n, mora in enumerate(found):
        if mora.onset == "n" and not mora.vowel:
            if out:
                ini, vow, _ = decompose(out[-1])
                out[-1] = compose(ini, vow, "ㄴ")
            continue
        if mora.long:
            continue  # Ōsaka, Satou: the long vowel is not written
        if mora.geminate and out:
            ini, vow, fin = decompose(out[-1])
            if not fin:
                out[-1] = compose(ini, vow, "ㅅ")
        onset = onsets[mora.onset]  # romaji.tsv: the jamo at the start of the word, or inside it
        initial = onset.hangul_initial if n == 0 else onset.hangul_medial
        out.append(compose(initial, _vowel(mora.onset, mora.vowel)))
    return "".join(out)
