"""Thai renderings follow how Thai press writes English names (thai module docstring)."""

from __future__ import annotations

from brandcheck.markets import get
from brandcheck.phonetics.scripts import render
from brandcheck.phonetics.scripts.thai import KARAN
from brandcheck.phonetics.source import intended


def _th(name: str) -> str:
    return render(intended(name), get("th"), k=1)[0].text


def test_an_unstressed_o_is_written_o_when_open_and_a_in_ton_son():
    assert _th("Motorola").startswith("โมโ")  # โมโตโรล่า: not โมทอ-
    assert _th("Wilson").endswith("ซัน")  # วิลสัน: the -son ending takes ั
    assert _th("Hilton").endswith("ทัน")  # ฮิลตัน
    assert _th("Amazon").endswith("ซอน")  # a full [ɑ] keeps อ
    assert _th("Canon").endswith("อน")  # ... and so does -non


def test_after_a_silent_r_the_final_consonant_is_written_bare():
    assert _th("Ford") == "ฟอร์ด"
    assert _th("Arm") == "อาร์ม"
    assert _th("Starbucks").endswith("คส" + KARAN)  # a second final after a sounding one stays silenced


def test_i_before_an_unstressed_vowel_is_the_diphthong_ia():
    assert _th("India").endswith("เดีย")  # อินเดีย, not อินดีอา
    assert _th("Columbia").endswith("เบีย")
    assert _th("Ariel").endswith("เรียล")  # a closed syllable keeps its final
    assert _th("Leo") == "ลีโอ"  # a full vowel after [i] stays its own syllable


def test_a_before_s_and_a_consonant_is_the_british_long_a():
    assert _th("Master").startswith("มาส")  # มาสเตอร์, not แมส-
    assert _th("Plastic").startswith("พลาส")
    assert _th("Class") == "คลาส"  # a final ss too
    assert _th("Gas").startswith("แ")  # one s: the American and British [æ] alike
    assert _th("Aston").startswith("แอส")  # a word-initial as- keeps แอ


def test_a_silent_final_consonant_letter_is_also_written_as_said():
    forms = [r.text for r in render(intended("Chevrolet"), get("th"), k=3)]
    assert forms[0].endswith("เล")  # the English sound first
    assert any(f.endswith("เลต") for f in forms)  # เชฟโรเลต, the press's spelling, as the next choice


def test_a_doubled_consonant_letter_closes_one_syllable_and_opens_the_next():
    assert _th("Apple").startswith("แอปเ")  # แอปเปิล, not แอเพิล
    assert _th("Twitter").startswith("ทวิตเ")
    assert _th("Dell") == "เด็ลล" + KARAN  # a final -ll twice, the second silenced (เดลล์)
    assert _th("Boss") == "บอส"  # other final doubles are written once
    assert "ตส" not in _th("Pizza")  # an affricate is not doubled as a final


def test_silent_final_consonant_letters_are_kept_together():
    forms = [r.text for r in render(intended("Renault"), get("th"), k=3)]
    assert any(f.endswith("ลต" + KARAN) for f in forms)  # เรโนลต์


def test_t_and_d_before_l_close_the_syllable_thai_has_no_tl_cluster():
    assert _th("Atlantic").startswith("อัตแ")  # แอตแลนติก: ต closes, ล opens


def test_w_after_a_consonant_other_than_k_t_s_opens_the_next_syllable():
    assert _th("Subway").startswith("ซับเว")  # ซับเวย์, not ซะเบว
    assert _th("Edward").startswith("เอ็ดเว")
    assert _th("Twitter").startswith("ทวิ")  # ทว is a Thai cluster
