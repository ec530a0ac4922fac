"""Linguistic tables read from wordlists/ (not written in Python): each is loaded through read_tsv and
gives the values the references give. Expected values are written by hand."""

from __future__ import annotations

import pytest

from brandcheck.data import read_tsv
from brandcheck.phonetics.readers import read_language, read_script
from brandcheck.phonetics.scripts import _common, chinese, cyrillic, cyrillic_names, hangul_names
from brandcheck.phonetics.scripts._common import continental, english_spellings, normalise_phone

TABLES = {
    "phonology/english_spelling.tsv": ("sounds", "spellings", "note"),
    "phonology/english_fold.tsv": ("ipa", "english", "note"),
    "phonology/continental.tsv": ("letters", "ipa", "reading", "note"),
    "phonology/reading_rules.tsv": ("language", "letters", "ipa", "condition", "note"),
    "phonology/romanization.tsv": ("ipa", "latin", "note"),
    "scripts/readings.tsv": ("script", "letters", "ipa", "note"),
    "scripts/romaji.tsv": ("onset", "cyrillic", "hangul_initial", "hangul_medial", "note"),
    "scripts/cyrillic_letters.tsv": ("latin", "letter", "initialism", "note"),
    "chinese/traditional.tsv": ("simplified", "traditional"),
}


@pytest.mark.parametrize("path", sorted(TABLES))
def test_table_header(path):
    table = read_tsv(path)
    assert table.header == TABLES[path]
    assert table.meta["what"] and table.meta["facts"]


def phones(word) -> str:
    return " ".join(u.phone for u in word.units if u.phone)


def test_continental_spoken_and_written():
    assert phones(continental("Walter")) == "w ɑ l t ɛ ɹ"
    assert phones(continental("Walter", written=True)) == "v ɑ l t ɛ ɹ"  # Вальтер
    assert phones(continental("Szymon", written=True)) == "ʃ i m ɔ n"  # Polish sz only when transcribing
    assert phones(continental("Hildebrand")) == "h i l d ɛ b ɹ ɑ n t"  # final devoicing when heard


def test_english_spelling_and_fold():
    tables = english_spellings()
    assert tables.one["k"][:3] == ("k", "c", "ck")
    assert "x" in tables.two[("k", "s")]
    assert "ee" in tables.vowel_groups
    assert normalise_phone("ø") == ("ɛ",)
    assert normalise_phone("ʎ") == ("l", "j")
    assert normalise_phone("ʔ") == ()
    assert _common.align("cake", ("k", "eɪ", "k")) == (("c", ("k",)), ("a", ("eɪ",)), ("k", ("k",)), ("e", ()))


@pytest.mark.parametrize("word, language, expected", [
    ("hvid", "da", "v i ð"),  # initial hv, soft d after a vowel
    ("lund", "da", "l u n"),  # silent d after n at the end
    ("sushi", "ja", "s ɯ ɕ i"),
    ("lemon", "ja", "ɾ e m o ɴ"),  # l read as the Japanese r; final n moraic
    ("kimchi", "ko", "kʰ i m tɕʰ i"),
    ("gangnam", "ko", "k a ŋ n a m"),  # initial g plain
])
def test_reading_rules(word, language, expected):
    assert " ".join(read_language(word, language)) == expected


def test_script_readings():
    assert " ".join(read_script("Αθήνα")) == "a θ i n a"
    assert " ".join(read_script("Μπαμπάς")) == "b a b a s"


def test_romaji_onsets():
    assert cyrillic_names.transcribe("suzuki") == ("ja", "судзуки")
    assert cyrillic_names.transcribe("matsuda") == ("ja", "мацуда")
    assert hangul_names.japanese_hangul("kitakyushu") == "기타큐슈"


def test_cyrillic_letters():
    assert cyrillic_names.transcribe("jimenez") == ("es", "хименес")
    letters = cyrillic_names.latin_letters()
    assert (letters["x"].letter, letters["x"].initialism) == ("кс", "х")
    assert (letters["c"].letter, letters["c"].initialism) == ("к", "ц")


def test_traditional():
    assert chinese.to_traditional("龙华电") == "龍華電"
    assert chinese.to_traditional("可口") == "可口"  # the same in both scripts


def test_no_tables_left_in_code():
    for module, names in ((_common, ("SPELLINGS", "TWO_SOUNDS", "VOWEL_GROUPS", "_FOLD", "CONTINENTAL", "_WRITTEN",
                                     "_LATIN_OF_IPA")),
                          (chinese, ("SIMPLIFIED_TO_TRADITIONAL",)), (cyrillic, ("_RU_LATIN_LETTER", "_LETTER_VOWEL")),
                          (cyrillic_names, ("_PLAIN", "_JA_ONSET"))):
        for name in names:
            assert not hasattr(module, name), (module.__name__, name)
