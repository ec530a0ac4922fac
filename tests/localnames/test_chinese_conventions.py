"""Brand-writing conventions of chinese_names() beside the Xinhua grid (issue 11, quality).

Expected values are written by hand from how foreign brands are written in mainland China; the
brands named in comments are illustrations, not fixtures of the generator.
"""

from __future__ import annotations

import pytest

from brandcheck.localnames import chinese as zh
from brandcheck.localnames.chinese import NameKind, chinese_names
from brandcheck.phonetics.scripts._common import words_of
from brandcheck.phonetics.source import intended


def slots(name: str) -> list[tuple[str, str, str]]:
    return [s for w in words_of(intended(name)) for s in zh._voiced_slots(w)]


def test_slots_carry_the_english_vowel():
    # /eɪ/ has the grid's column ei (Xinhua: 贝 梅 雷), /aɪ/ the column ai; the vowel rides along
    assert slots("Maybelline")[0] == ("m", "ei", "eɪ")
    assert slots("Nike")[0] == ("n", "ai", "aɪ")
    # a bare consonant carries no vowel; the glide of /ɔɪ/ has its own slot
    assert slots("Lexus")[1] == ("k", "", "")
    assert slots("Boy") == [("b", "o", "ɔɪ"), ("", "i", "ɪ")]


@pytest.mark.parametrize("onset, column, vowel, syllable", [
    ("m", "ai", "eɪ", "mei"),  # 美 (Maybelline 美宝莲)
    ("l", "e", "ɛ", "lei"),  # 雷 (Lexus 雷克萨斯)
    ("ɹ", "e", "ɛ", "lei"),
    ("b", "e", "ɛ", "bei"),  # 贝 (Benetton 贝纳通)
    ("v", "ai", "eɪ", "wei"),  # v is w
])
def test_ei_for_e_vowels(onset, column, vowel, syllable):
    assert zh._conventions(onset, column, vowel, 1)[syllable] >= 0.9


def test_l_before_e_may_be_le():
    assert zh._conventions("l", "e", "ɛ", 0)["le"] == pytest.approx(0.88)


def test_ei_not_for_ai_diphthong_nor_other_onsets():
    assert "nei" not in zh._conventions("n", "ai", "aɪ", 0)  # Nike stays 耐 nài
    assert "kei" not in zh._conventions("k", "ai", "eɪ", 0)  # k + /eɪ/ keeps 凯
    assert zh._conventions("d", "e", "ɛ", 1, stress=0) == {}  # stressed, it may be 戴 (test_chinese_variety)


def test_word_initial_p_may_be_b():
    assert zh._conventions("p", "o", "ɔ", 0)["bo"] == pytest.approx(0.92)
    assert zh._conventions("p", "a", "æ", 0)["ba"] == pytest.approx(0.92)
    assert zh._conventions("p", "o", "ɔ", 1) == {}  # only at the start of the name
    assert zh._conventions("p", "", "", 0) == {}  # not a bare p


def test_initial_p_with_ei_also_gets_bei():
    found = zh._conventions("p", "e", "ɛ", 0)
    assert found["pei"] == pytest.approx(0.95)
    assert found["bei"] == pytest.approx(0.93)


def test_ou_vowel_may_be_ao():
    assert zh._conventions("ɹ", "o", "oʊ", 0)["lao"] == pytest.approx(0.92)  # 劳 (Rolex 劳力士)
    assert zh._conventions("k", "o", "oʊ", 0)["gao"] == pytest.approx(0.92)  # 高 (Colgate 高露洁)
    assert "lao" not in zh._conventions("l", "o", "ɑ", 0)


def test_conventions_become_slot_options():
    first = dict(zh._analyse("Maybelline").syllables[0].options)
    assert first["mei"] == 1.0 and first["mai"] < 0.95  # /eɪ/ is the grid's ei (美), ai only near
    assert dict(zh._analyse("Rolex").syllables[0].options)["lao"] == pytest.approx(0.92)


def test_ei_characters_win_on_meaning_among_equals():
    top = chinese_names("Maybelline", sector="beauty", k=3)
    assert any(p.pinyin.startswith("měi") for p in top)  # 美 'beautiful' for a beauty brand


def test_nike_keeps_its_vowel():
    assert chinese_names("Nike", sector="sports", k=3)[0].pinyin.startswith("nài")


@pytest.mark.parametrize("name, compact", [("Bentley", "本利"), ("Lipton", "利顿")])
def test_compact_phonetic_drops_vowelless_stops(name, compact):
    found = {p.text: p for p in chinese_names(name, style="phonetic", k=10)}
    assert compact in found
    assert found[compact].kind is NameKind.PHONETIC and found[compact].dropped


def test_compact_phonetic_keeps_s():
    # Tesla keeps its 斯: the hissing consonants stay in the compact form
    texts = [p.text for p in chinese_names("Tesla", style="phonetic", k=10)]
    assert "特斯拉" in texts and "特拉" not in texts


def test_final_s_may_be_shi_with_brand_characters():
    # 士 / 氏 / 事 are the usual brand spellings of a final s (力士, 亨氏, 乐事) beside 斯
    last = dict(zh._analyse("Lux").syllables[-1].options)
    assert last["si"] == 1.0 and last["shi"] >= 0.9
    shi = {c.char for c in zh._by_syllable()["shi"]}
    assert {"士", "氏", "事", "世"} <= shi


def test_cluster_reduction_gives_the_first_consonant_the_vowel():
    reduced = zh._cluster_reduced(zh._analyse("Kraft"))
    assert [s.pinyin for s in reduced.syllables] == ["ka", "fu", "te"]
    assert reduced.merged_away == ("la",)
    assert dict(reduced.syllables[0].options)["ka"] == pytest.approx(0.9)  # below the full grid form
    # no opening consonant + l/r: nothing to reduce
    assert zh._cluster_reduced(zh._analyse("Tesla")) is None
    assert zh._cluster_reduced(zh._analyse("Sprite")) is None


def test_reduced_proposals_list_the_liquid_as_dropped():
    found = chinese_names("Kraft", sector="food", style="phono-semantic", k=10)
    reduced = [p for p in found if p.pinyin.startswith("kā") and len(p.text) <= 3 and "la" in p.dropped]
    assert reduced


def test_final_s_said_z_is_written_si_or_shi_not_zi():
    last = dict(zh._analyse("Levi's").syllables[-1].options)
    assert last["si"] == 1.0 and last["shi"] == pytest.approx(0.95)
    assert last["zi"] == pytest.approx(0.85)  # the grid's 兹, rarely a brand's ending
    # inside the name the grid's zi stays (Mazda 马自达)
    assert dict(zh._analyse("Mazda").syllables[1].options)["zi"] == 1.0


def test_k_before_a_may_be_jia():
    assert zh._conventions("k", "a", "æ", 0)["jia"] == pytest.approx(0.9)  # 佳 (Canon 佳能)
    assert "jia" not in zh._conventions("k", "o", "ɑ", 0)


def test_opening_bare_vowels_may_be_ya_or_yi():
    assert zh._conventions("", "a", "æ", 0)["ya"] == pytest.approx(0.92)  # 雅 (Accor 雅高)
    assert zh._conventions("", "ai", "aɪ", 0)["yi"] == pytest.approx(0.88)  # 宜 (IKEA 宜家)
    assert "ya" not in zh._conventions("", "a", "æ", 1)  # only where the name opens
    assert "yi" not in zh._conventions("", "ai", "eɪ", 0)


def test_a_vowelless_m_after_a_vowel_may_close_that_syllable():
    merged = zh._nasal_merged(zh._analyse("Amway"))
    assert [s.pinyin for s in merged.syllables] == ["an", "wei"]
    assert merged.merged_away == ("mu",)
    assert zh._nasal_merged(zh._analyse("Tesla")) is None  # no m to merge


def test_nasal_merged_proposals_list_the_m_as_dropped():
    found = [p for p in chinese_names("Amgen", k=10) if p.text.startswith("安")]
    assert found and all("mu" in p.dropped for p in found)


def test_given_names_and_surnames_in_a_name_are_offered_in_their_usual_form_second():
    # the whole name with 雨果 for Hugo (a listed given name), Boss by the grid
    assert [p.text for p in chinese_names("Hugo Boss", k=5)][1] == "雨果博斯"
    assert zh._analyse("Zelvora").listed == ""  # nothing listed: no such proposal
    assert zh._analyse("Burger King").listed == ""  # king is a word here, not a surname
