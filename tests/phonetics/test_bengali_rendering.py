"""Bengali renderings follow Bengali, not Hindi, spelling of foreign names (bengali module docstring)."""

from __future__ import annotations

from brandcheck.markets import get
from brandcheck.phonetics.scripts import render
from brandcheck.phonetics.scripts.bengali import bengali_spelling
from brandcheck.phonetics.source import intended


def _bn(name: str) -> list[str]:
    return [r.text for r in render(intended(name), get("bn"), k=3)]


def test_vowels_the_inherent_o_cannot_carry_are_written():
    assert any("বাক" in t for t in _bn("Starbucks"))  # [ʌ] is া, not the inherent [ɔ]
    assert _bn("Canon")[0].startswith("ক্যা")  # [æ] is য-ফলা + া
    assert _bn("Apple")[0].startswith("অ্যা")  # ... and অ্যা at the start
    assert _bn("Burger King")[0].startswith("বার্গার")  # [ɚ] is ার


def test_y_nasals_and_long_vowels_as_bengali_writes_them():
    assert _bn("Yamaha")[0].startswith("ইয়")  # য alone reads [dʒ]
    assert "িয়" in _bn("Nokia")[0]
    assert _bn("Intel")[0].startswith("ইন্ট")  # a written conjunct, not anusvara
    assert _bn("Samsung")[0].endswith("সাং")  # ং alone is [ŋ]
    for name in ("Google", "Nike", "Ferrari", "Netflix", "Siemens", "Coca-Cola"):
        for text in _bn(name):
            assert not set(text) & set("ীূঈঊ"), text  # foreign words take short ই-কার, উ-কার only
            assert "\u09bc" not in text.replace("য\u09bc", ""), text  # no nukta but on য়


def test_respelling_is_general():
    assert bengali_spelling("যামাহা") == "ইয\u09bcামাহা"
    assert bengali_spelling("সংটো") == "সন্টো"
    assert bengali_spelling("কংকো") == "কংকো"  # before k g the anusvara stays
    assert bengali_spelling("ফ\u09bcী") == "ফি"


def test_v_and_w_as_bengali_writes_them():
    assert _bn("Volvo")[0].startswith("ভ")  # [v] is ভ; ব would read [b]
    assert _bn("Twitter")[0].startswith("টুই")  # [w] + [ɪ] is উই, after a consonant ু + ই
    assert _bn("Walmart")[0].startswith("ওয়া")  # [w] before another vowel: ও + য় + the vowel
    hindi = [r.text for r in render(intended("Twitter"), get("hi"), k=1)]
    assert hindi[0].startswith("ट्वि")  # Hindi keeps its own व conjunct
