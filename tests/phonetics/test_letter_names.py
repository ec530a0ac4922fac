"""Letter names: one source (wordlists/phonology/letters.tsv) for readers, scores and renderers.

Golden initialisms, written by hand from how the companies and the press write them: Japanese NHK
エヌエイチケー, JR ジェイアール, KDDI ケーディーディーアイ (company and broadcaster usage);
Korean CJ 씨제이, LG 엘지, CGV 씨지브이, MBC 엠비씨 (the companies' own Korean names); Russian and
Ukrainian Би-би-си, Ай-би-эм, Эйч-пи / Бі-бі-сі, Ел-джі (the English letter names in Cyrillic, as
the press writes foreign initialisms). Expected values are the references', never the code's output.
"""

from __future__ import annotations

import pytest

from brandcheck.markets import get
from brandcheck.phonetics.lexicon import letter, letter_names
from brandcheck.phonetics.readers import read_name
from brandcheck.phonetics.scripts import render
from brandcheck.phonetics.source import intended


def texts(name: str, tag: str, k: int = 3) -> list[str]:
    return [r.text for r in render(intended(name), get(tag), k=k)]


def top(name: str, tag: str) -> str:
    return texts(name, tag, k=1)[0]


@pytest.mark.parametrize("name, expected", [
    ("NHK", "エヌエイチケー"), ("JR", "ジェイアール"), ("KDDI", "ケーディーディーアイ"), ("IBM", "アイビーエム"),
    ("JT", "ジェイティー"), ("KFC", "ケーエフシー"), ("NTT", "エヌティーティー"), ("HP", "エイチピー"),
    ("LG", "エルジー"), ("AKB", "エーケービー"), ("DVD", "ディーブイディー"), ("TBS", "ティービーエス"),
    ("BMW", "ビーエムダブリュー"),
])
def test_japanese_initialisms(name, expected):
    assert top(name, "ja") == expected


def test_japanese_second_names_are_offered():
    assert "ジェーシービー" in texts("JCB", "ja")  # JCB's own spelling keeps the older ジェー
    assert "ケイエフシー" in texts("KFC", "ja")


@pytest.mark.parametrize("name, expected", [
    ("CJ", "씨제이"), ("LG", "엘지"), ("SK", "에스케이"), ("KT", "케이티"), ("KB", "케이비"), ("GS", "지에스"),
    ("CGV", "씨지브이"), ("JYP", "제이와이피"), ("HP", "에이치피"), ("KFC", "케이에프씨"), ("RGB", "알지비"),
    ("MBC", "엠비씨"), ("KBS", "케이비에스"), ("DVD", "디브이디"), ("BMW", "비엠더블유"),
])
def test_korean_initialisms(name, expected):
    assert top(name, "ko") == expected


def test_korean_dictionary_names_are_the_alternative():
    assert "시제이" in texts("CJ", "ko")
    assert "아르지비" in texts("RGB", "ko")


@pytest.mark.parametrize("name, expected", [
    ("IBM", "Ай-би-эм"), ("HP", "Эйч-пи"), ("LG", "Эл-джи"), ("BBC", "Би-би-си"), ("CNN", "Си-эн-эн"),
    ("MTV", "Эм-ти-ви"), ("KFC", "Кей-эф-си"), ("HTC", "Эйч-ти-си"), ("DVD", "Ди-ви-ди"), ("JBL", "Джей-би-эл"),
    ("AMD", "Эй-эм-ди"), ("XYZ", "Экс-уай-зед"),
])
def test_russian_initialisms(name, expected):
    assert top(name, "ru") == expected


@pytest.mark.parametrize("name, expected", [
    ("BBC", "Бі-бі-сі"), ("IBM", "Ай-бі-ем"), ("LG", "Ел-джі"), ("HP", "Ейч-пі"), ("CNN", "Сі-ен-ен"),
    ("KFC", "Кей-еф-сі"), ("MTV", "Ем-ті-ві"), ("DVD", "Ді-ві-ді"), ("HTC", "Ейч-ті-сі"), ("AMD", "Ей-ем-ді"),
    ("JBL", "Джей-бі-ел"), ("SMS", "Ес-ем-ес"),
])
def test_ukrainian_initialisms(name, expected):
    assert top(name, "uk") == expected


@pytest.mark.parametrize("tag", ["ru", "uk"])
def test_cyrillic_capitals_and_school_names_are_offered(tag):
    found = texts("BMW", tag)
    assert "БМВ" in found  # a German initialism is written in Cyrillic capitals
    assert found[2].startswith("Бе-ем-" if tag == "uk" else "Бэ-эм-")  # the school names of the letters


@pytest.mark.parametrize("language, ch, expected", [
    ("ja", "k", ("ケー", "ケイ")), ("ja", "j", ("ジェイ", "ジェー")), ("ja", "a", ("エー", "エイ")),
    ("ko", "c", ("씨", "시")), ("ko", "r", ("알", "아르")), ("ru", "b", ("би", "бэ")), ("uk", "g", ("джі", "ґе")),
    ("en", "z", ("zee", "zed")), ("de", "v", ("Vau",)),
])
def test_names_most_used_first(language, ch, expected):
    assert letter_names(language)[ch].names == expected


def test_one_source_for_readings_and_renderings():
    # the renderers write exactly the names the readers say
    for tag in ("ja", "ko"):
        assert top("BK", tag) == letter("b", tag)[0] + letter("k", tag)[0]
    assert top("BK", "ru") == f"{letter('b', 'ru')[0]}-{letter('k', 'ru')[0]}".capitalize()
    assert read_name("NHK", "ja") == (("e", "n", "ɯ", "e", "i", "tɕ", "i", "k", "eː"),)
    assert read_name("CJ", "ko") == (("s͈", "i", "tɕ", "e", "i"),)
    assert letter("k", "ja") == ("ケー", ("k", "eː"))


def test_no_letter_tables_left_in_the_renderers():
    from brandcheck.phonetics.scripts import cyrillic, hangul, katakana

    for module in (katakana, hangul, cyrillic):
        assert not hasattr(module, "LETTER_NAMES")


def test_every_second_name_has_its_ipa():
    from brandcheck.data import read_tsv
    from brandcheck.phonetics.features import known

    for row in read_tsv("phonology/letters.tsv").dicts():
        assert bool(row["alt"]) == bool(row["alt_ipa"]), row
        assert all(known(s) for s in row["alt_ipa"].split()), row
