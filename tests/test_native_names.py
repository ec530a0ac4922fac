"""Issue 15, item 1: names written in their own script are read, shown and compared by that script's
rules (小米, ソニー, 삼성, 华为, Пепси, コカ・コーラ). Expected values written by hand."""

import pytest

import brandcheck
from brandcheck.context import Options
from brandcheck.markets import resolve
from brandcheck.model import Severity
from brandcheck.names import parse
from brandcheck.phonetics.native import native_language, native_romanization, native_script
from brandcheck.phonetics.reading import read_markets
from brandcheck.phonetics.source import intended
from brandcheck.similarity import near_brands

GLOBAL = resolve("global")


@pytest.mark.parametrize("name, brand", [("小米", "Xiaomi"), ("ソニー", "Sony"), ("삼성", "Samsung"),
                                         ("华为", "Huawei"), ("Пепси", "Pepsi")])
def test_listed_local_form_finds_its_brand_first_and_high(name, brand):
    near = near_brands(name, GLOBAL)
    assert near.matches[0].brand == brand
    top = near.findings[0]
    assert top.evidence["brand"] == brand and top.severity >= Severity.HIGH
    assert top.evidence["why"]


@pytest.mark.parametrize("name, brand", [("ソニ", "Sony"), ("샘숭", "Samsung")])
def test_unlisted_form_is_near_its_brand_across_scripts(name, brand):
    near = near_brands(name, GLOBAL)
    assert near.matches[0].brand == brand
    assert near.findings[0].severity >= Severity.MEDIUM


def test_middle_dot_names_are_accepted():
    assert parse("コカ・コーラ").words == ("コカ", "コーラ")
    assert parse("可口·可乐").words == ("可口", "可乐")
    with pytest.raises(brandcheck.InvalidNameError):
        parse("コカ\u200bコーラ")  # invisible characters stay refused


def test_decorative_stars_break_words_and_other_symbols_stay_refused():
    assert parse("遊☆戯☆王").words == ("遊", "戯", "王")
    assert parse("らき★すた").words == ("らき", "すた")
    for symbol in "♪♡✓😀©":
        with pytest.raises(brandcheck.InvalidNameError, match="symbol or emoji"):
            parse(f"らき{symbol}すた")


def test_script_detection_is_for_names_without_latin_letters():
    assert native_script("Zelvora") is None
    assert native_script("味の素") == "Kana"
    assert native_script("小米") == "Han"
    assert native_script("삼성") == "Hangul"


def test_own_reading_of_each_script():
    assert intended("小米").ipa == ("ɕ", "j", "aʊ", "m", "i")
    assert intended("ソニー").ipa == ("s", "o", "ɲ", "iː")
    assert intended("삼성").ipa == ("s", "a", "m", "s", "ʌ", "ŋ")
    assert native_romanization("味の素", "ja") == "Ajinomoto"  # kanji through the dictionary


def test_source_language_picks_the_reading_of_chinese_characters():
    assert intended("小米", source_language="zh").ipa != intended("小米", source_language="ja").ipa
    assert intended("小米", source_language="ja").ipa[:2] == ("k", "o")  # kogome
    assert native_language("Han", "zh-HK") == "yue"
    assert intended("小米", source_language="zh-HK").ipa[0] == "s"  # siu mai


def test_native_name_is_shown_as_each_market_writes_it():
    readings = read_markets(parse("小米"), resolve("zh,zh-TW,ja,de"), Options())
    assert readings["zh"].local.text == "小米"
    assert readings["ja"].local.text == "シャオミ"  # from its sound, not シーアウミー
    assert readings["de"].local.text == "Xiaomi"
    sony = read_markets(parse("ソニー"), resolve("ja,ko"), Options())
    assert sony["ja"].local.text == "ソニー" and sony["ko"].local.text == "소니"


def test_hong_kong_reads_chinese_characters_in_cantonese():
    hk = read_markets(parse("小米"), resolve("zh-HK"), Options())["zh-HK"]
    assert hk.local.text == "小米" and hk.local.romanization == "siu2 mai5"
    assert hk.market.variety == "yue"
    zelvora = read_markets(parse("Zelvora"), resolve("zh-HK"), Options())["zh-HK"]
    assert zelvora.local.romanization.split()[0] == "zaak6"  # 澤 in jyutping, not pinyin zé


def test_source_language_takes_effect_through_the_api():
    as_chinese = brandcheck.check("小米", markets=["ja"], online=False, source_language="zh")
    as_japanese = brandcheck.check("小米", markets=["ja"], online=False, source_language="ja")
    chinese, japanese = (r.markets["ja"].pronounceability for r in (as_chinese, as_japanese))
    assert chinese.reading != japanese.reading
    assert chinese.adapted == "シャオミ" and japanese.adapted != "シャオミ"


def test_localize_shows_a_native_name_as_its_own_market_writes_it():
    assert brandcheck.localize("小米", "zh")[0].text == "小米"
    assert brandcheck.localize("小米", "ja")[0].text == "シャオミ"
    assert brandcheck.localize("삼성", "zh")[0].text == "三星"  # Samsung's listed Chinese name
