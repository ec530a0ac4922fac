"""Chinese name proposals from more than one reading of the letters (issue 11, accuracy).

A coined or foreign word has no sure English pronunciation: its continental letter reading (plain
vowels, every letter said) is offered beside the English one, and a source language named by the
user reads the name first. Expected values are written by hand from how the letters read; the
names are illustrations, not fixtures of the generator.
"""

from __future__ import annotations

import pytest

from brandcheck.localnames import chinese as zh
from brandcheck.localnames.chinese import InvalidOptionError, chinese_names


def slots(name: str, reading: str = "english", language: str | None = None) -> list[str]:
    return [s.pinyin for s in zh._analyse(name, reading, language).syllables]


def heard(p) -> str:
    return zh._toneless(p.pinyin)


def test_a_after_e_glides_like_a_after_i():
    assert ("ya", 0.95) in zh._analyse("Nivea", "spelled").syllables[-1].options


def test_spelled_reading_says_every_vowel_letter():
    # English leaves a final e silent; read by its letters every vowel letter is a syllable
    for name in ("Lamore", "Sabine"):
        assert len(slots(name)) < len(slots(name, "spelled")) == 3, name
    assert slots("Kia", "spelled") == ["ji", "ya"]


def test_spelled_reading_is_offered_only_for_words_outside_the_dictionary():
    for name in ("Colgate", "Visa", "Gucci"):  # dictionary words: the English reading is the one said
        a = zh._analyse(name)
        assert not zh._reads_by_letters(a, zh._analyse(name, "spelled")), name
    assert zh._reads_by_letters(zh._analyse("Nivea"), zh._analyse("Nivea", "spelled"))


def test_spelled_proposals_join_the_first_three():
    spelled = slots("Nivea", "spelled")
    top = chinese_names("Nivea", sector="beauty")[:3]
    # a proposal of the letter reading's length and opening is among the first three
    assert any(heard(p).split()[0] == spelled[0] and len(p.text) == len(spelled) for p in top), [p.text for p in top]
    assert len({heard(p) for p in top}) == 3


def test_interleave_keeps_the_first_two_and_skips_repeated_sounds():
    a = zh._analyse("Pepsi")
    w = zh._wants(None, ())
    first = [zh._build(t, zh.NameKind.PHONETIC, a, w) for t in ("佩普西", "百事", "佩喜")]
    second = [zh._build(t, zh.NameKind.PHONETIC, a, w) for t in ("百士", "贝西")]  # 百士 says what 百事 says
    out = zh._interleave(first, second, 5)
    assert [p.text for p in out] == ["佩普西", "百事", "贝西", "佩喜"]


def test_a_source_language_reads_the_name_first():
    # Italian ce is [tʃe], German sch is [ʃ]: the first proposal follows that reading
    assert slots("Versace", language="it")[-1] == "qie"
    assert slots("Versace", language="it") != slots("Versace")
    first = chinese_names("Versace", language="it")[0]
    assert len(first.text) == len(slots("Versace", language="it"))


def test_french_nasal_vowels_become_a_nasal_coda():
    assert slots("Lancome", language="fr")[0] == "lan"
    assert slots("Lanvin", language="fr") == ["lan", "wen"]


@pytest.mark.parametrize("language", ["xx", "zh", "klingon"])
def test_an_unknown_source_language_is_a_clear_error(language):
    with pytest.raises(InvalidOptionError):
        chinese_names("Versace", language=language)


def test_english_as_source_language_is_the_default_reading():
    assert [p.text for p in chinese_names("Zelvora", language="en")] == [p.text for p in chinese_names("Zelvora")]
