"""pypinyin's reading of a character comes from a generated table for the bundled lists' characters
(phonetics/pinyin.py), so a check need not import pypinyin; other characters are still read."""

import subprocess
import sys

from brandcheck.data import read_tsv
from brandcheck.phonetics.pinyin import (CHARACTERS_FILE, character_pinyin, generate_character_pinyin,
                                         listed_character_pinyin, read_character_pinyin)


def test_the_generated_file_is_what_pypinyin_gives_today():
    rows = [tuple(r) for r in read_tsv(CHARACTERS_FILE).rows]
    assert rows == generate_character_pinyin(), ("regenerate: python -m brandcheck.phonetics.pinyin > wordlists/"
                                                 + CHARACTERS_FILE)


def test_a_listed_character_reads_as_pypinyin_reads_it():
    # ü, a neutral tone, a syllable without a vowel letter
    for char, expected in (("绿", ("lv", 4, "lǜ", "lv")), ("的", ("de", 5, "de", "de")), ("斯", ("si", 1, "sī", "si"))):
        assert char in listed_character_pinyin()
        assert character_pinyin(char) == read_character_pinyin(char) == expected


def test_a_character_the_table_does_not_hold_is_read_by_pypinyin():
    char = next(chr(c) for c in range(0x4E00, 0x9FFF) if chr(c) not in listed_character_pinyin())
    assert character_pinyin(char) == read_character_pinyin(char)
    assert character_pinyin("A") == ("A", 5, "A", "A")  # no reading: the character itself, as pypinyin gives it


def test_a_cold_check_of_a_latin_name_does_not_import_pypinyin():
    code = ("import sys, brandcheck; brandcheck.check('Apple', ['zh', 'zh-TW'], online=False); "
            "print('pypinyin' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
