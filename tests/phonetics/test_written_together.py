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
