"""Market readings of written names (expected forms from each language's spelling rules)."""

from __future__ import annotations

from brandcheck.markets import get
from brandcheck.phonetics.readers import read, read_language, read_name


def test_german_reads_w_as_v_and_sp_as_shp():
    assert read("Wolf", "de")[0] == "v"
    assert read("Sport", get("de"))[:2] == ("ʃ", "p")


def test_german_says_g_and_n_in_native_words_and_nj_in_french_endings():
    for word in ("Wagner", "Signal", "Gnom"):
        assert "ɡ" in read(word, "de") and "j" not in read(word, "de"), word
    assert read("Lasagne", "de")[-3:] == ("n", "j", "ə")


def test_spanish_reads_j_as_velar_fricative():
    assert read("Jota", "es")[0] == "x"


def test_italian_reads_c_before_e_as_ch():
    assert read("Cielo", "it")[0] == "tʃ"


def test_swedish_sk_before_a_back_vowel_stays_sk():
    segs = read("Tasko", "sv")
    assert "s" in segs and "k" in segs and "ɧ" not in segs


def test_danish_rule_reader():
    assert read_language("lade", "da") == ("l", "a", "ð", "ə")  # soft d, final -e as schwa
    assert read_language("rose", "da")[0] == "ʁ"


def test_japanese_romaji_reader():
    assert read_language("shika", "ja") == ("ɕ", "i", "k", "a")
    assert read_language("lumo", "ja")[0] == "ɾ"


def test_whole_name_reading_uses_local_letters_and_numbers():
    words = read_name("TX4", "de")
    assert words == (("t", "eː", "ɪ", "k", "s"), ("f", "iː", "ɐ"))


def test_french_reads_a_final_es_of_a_name_as_es_but_not_of_the_common_words():
    from brandcheck.phonetics.readers import read

    # Hermès, Agnès: /ɛs/; très, après keep the map's silent s
    assert read("Hermès", "fr")[-2:] == ("ɛ", "s")
    assert read("Agnès", "fr")[-1] == "s"
    assert read("très", "fr")[-1] != "s" and read("après", "fr")[-1] != "s"
