"""Words written together: the parts of a camel-case word stay one word in scripts that write a
foreign name as one word (SourceWord.joined, _common.combine's ``together``)."""

from __future__ import annotations

from brandcheck.markets import get
from brandcheck.phonetics.scripts import render
from brandcheck.phonetics.source import intended


def test_a_camel_case_word_stays_one_word_in_katakana_and_hangul():
    # SoundCloud is read as two dictionary words but written as one: no ・ or space between them
    source = intended("SoundCloud")
    assert [w.joined for w in source.words] == [False, True]
    assert render(source, get("ja"), k=1)[0].text == "サウンドクラウド"
    assert render(source, get("ko"), k=1)[0].text == "사운드클라우드"
    assert render(intended("Pizza Hut"), get("ja"), k=1)[0].text == "ピザ・ハット"  # two written words keep ・


def test_a_camel_case_word_stays_one_word_in_the_other_scripts():
    # hand-written: SoundCloud as the Russian, Thai, Hindi and Arabic press write it
    source = intended("SoundCloud")
    assert render(source, get("ru"), k=1)[0].text == "Саундклауд"  # one capital
    assert " " not in render(source, get("th"), k=1)[0].text
    assert render(source, get("hi"), k=1)[0].text == "साउंडक्लाउड"
    assert render(source, get("ar"), k=1)[0].text == "ساوندكلاود"
    assert " " in render(intended("Burger King"), get("ru"), k=1)[0].text  # two written words stay two


def test_the_joint_inside_a_word_follows_the_script():
    from brandcheck.phonetics.scripts.arabic import arabic_joint, persian_joint
    from brandcheck.phonetics.scripts.hebrew import _inner_joint

    assert _inner_joint("אין", "בב") == "אינבב"  # final nun becomes the inner form
    assert persian_joint("فیس", "بوک") == "فیس\u200cبوک"  # a joining letter: zero-width non-joiner
    assert persian_joint("ساوند", "کلاود") == "ساوندکلاود"  # د never joins: nothing needed
    assert arabic_joint("لينكد", "إن") == "لينكد إن"  # a part beginning with a written vowel stays apart


def test_hangul_writes_a_name_of_several_words_as_one_word():
    assert render(intended("Burger King"), get("ko"), k=1)[0].text == "버거킹"
    assert render(intended("Pizza Hut"), get("ko"), k=1)[0].text == "피자헛"


def test_a_camel_case_joint_before_a_vowel_is_not_crossed():
    # WhatsApp and LinkedIn are whole CMUdict entries, but their parts are written as alone
    assert [w.spelling for w in intended("LinkedIn").words] == ["Linked", "In"]
    assert render(intended("LinkedIn"), get("ja"), k=1)[0].text == "リンクトイン"
    assert "와츠앱" in [r.text for r in render(intended("WhatsApp"), get("ko"), k=3)]
    assert [w.spelling for w in intended("YouTube").words] == ["YouTube"]  # no vowel at the joint
