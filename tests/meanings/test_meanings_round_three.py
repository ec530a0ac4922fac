"""Issue 15 item 2, the remaining part: Cantonese for Hong Kong, romanised words standing alone,
and the reviewed lists of the weaker languages (each case fails on the code before it)."""

import pytest

import brandcheck
from brandcheck.context import MarketContext, Options
from brandcheck.markets import get
from brandcheck.meanings import meaning_findings
from brandcheck.meanings.cantonese import jyutping_hits, jyutping_readings, plain, rendering_hits
from brandcheck.model import Severity
from brandcheck.names import parse


def findings(name, market):
    from brandcheck.phonetics.reading import read_markets

    m, options = get(market), Options()
    reading = read_markets(parse(name), (m,), options)[m.tag]
    return meaning_findings(reading, MarketContext(m, options))


def worst(found, native, language=None):
    hits = [f.severity for f in found if f.evidence.get("native") == native
            and (language is None or f.evidence.get("language") == language)]
    return max(hits, default=None)


# --- Cantonese (zh-HK) -------------------------------------------------------------------------

def test_hong_kong_mergers():
    assert plain("nan2") == plain("lan2") == "lan"  # 撚 is said both ways
    assert plain("ngo5") == "o" and plain("ng5") == "ng" and plain("m4") == "m"


def test_latin_name_read_as_jyutping():
    assert ("sei", "hoi") in jyutping_readings("seihoi")
    assert {h["word"] for h in jyutping_hits("seihoi")} >= {"死開"}
    assert {h["word"] for h in jyutping_hits("zaplap")} >= {"執笠"}


def test_one_syllable_words_only_as_the_whole_name():
    assert {h["word"] for h in jyutping_hits("diu")} >= {"屌"}
    assert "屌" not in {h["word"] for h in jyutping_hits("diulok")}


def test_rendering_syllables_read_in_cantonese():
    # 汁粒 zap1 nap1 is heard as 執笠 zap1 lap1 'go bust'; 四海 sei3 hoi2 as 死開 in other tones
    found = {h["word"]: h for h in rendering_hits("汁粒")}
    assert found["執笠"]["same_tone"] and found["執笠"]["whole"]
    assert not {h["word"]: h for h in rendering_hits("四海")}["死開"]["same_tone"]
    assert "執笠" not in {h["word"] for h in rendering_hits("執笠")}  # written so: the renderer's business


def test_hong_kong_hears_cantonese_and_the_mainland_does_not():
    assert worst(findings("Seihoi", "zh-HK"), "死開", "yue") == Severity.MEDIUM
    assert worst(findings("Seihoi", "zh"), "死開") is None
    assert worst(findings("汁粒", "zh-HK"), "執笠", "yue") == Severity.MEDIUM
    report = brandcheck.check("Pukgaai", markets=["zh-HK"], online=False)
    assert any(f.evidence.get("native") == "仆街" and f.severity >= Severity.MEDIUM for f in report.findings)


def test_one_cantonese_syllable_in_another_tone_is_not_reported():
    # 斯 si1 in 特斯拉 is not 屎 si2: it would be in every other rendering
    assert worst(findings("Tesla", "zh-HK"), "屎", "yue") is None


# --- romanised words standing alone ------------------------------------------------------------

@pytest.mark.parametrize("name, market, native", [
    ("Kutta", "hi", "कुत्ता"), ("Kamina", "hi", "कमीना"), ("Kalb", "ar", "كلب"), ("Himar", "ar", "حمار"),
])
def test_romanised_insult_as_the_whole_name_weighs_in_full(name, market, native):
    assert worst(findings(name, market), native) == Severity.MEDIUM


def test_short_or_one_syllable_romanisations_still_step_down():
    # one pinyin syllable (bing: 病 but also 冰, 兵) stays a chance spelling in China
    assert worst(findings("Bing", "zh"), "病") == Severity.MEDIUM  # list severity 3, one step down
    assert (worst(findings("Jim", "th"), "จิ๋ม") or Severity.INFO) <= Severity.MEDIUM


# --- reviewed lists of the weaker languages ------------------------------------------------------

@pytest.mark.parametrize("name, market, term", [
    ("Mwanaharamu", "sw", "mwanaharamu"), ("Kuzimu", "sw", "kuzimu"),
    ("Voda", "bn", "voda"), ("Madarchod", "bn", "madarchod"),
    ("Bhosri", "ur", "bhosri"), ("Besharam", "ur", "besharam"),
    ("Fokken", "en-ZA", "fokken"), ("Moffie", "en-ZA", "moffie"), ("Nyash", "en-NG", "nyash"),
    ("Trolo", "es-AR", "trolo"), ("Fudido", "pt-BR", "fudido"), ("Pakyu", "tl", "pakyu"),
    ("Lancau", "ms", "lancau"), ("Bozi", "ko", "bozi"), ("Tbon", "ar-MA", "tbon"),
])
def test_added_words_are_found(name, market, term):
    hits = [f.severity for f in findings(name, market) if f.evidence.get("term") == term]
    assert max(hits, default=Severity.INFO) >= Severity.MEDIUM


def test_regional_slang_weighs_less_outside_its_region():
    # Afrikaans 'moffie' is a slur in South Africa, not a word an American reader knows
    za = max(f.severity for f in findings("Moffie", "en-ZA") if f.evidence.get("term") == "moffie")
    us = max((f.severity for f in findings("Moffie", "en") if f.evidence.get("term") == "moffie"), default=None)
    assert us is None or us < za
