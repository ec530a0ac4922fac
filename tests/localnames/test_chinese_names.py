"""Chinese name proposals (brandcheck.chinese_names): screening, euphony, scripts, errors.

Expected values are written by hand from Mandarin, not captured from the code's output.
"""

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import brandcheck
from brandcheck.errors import BrandcheckError, InvalidNameError
from brandcheck.localnames import chinese as zh
from brandcheck.localnames.chinese import ChineseName, InvalidOptionError, NameKind, chinese_names


def _proposal(text, name="Bensi", sector=None):
    """One proposal built and screened the way the generators do it."""
    return zh._build(text, NameKind.PHONETIC, zh._analyse(name), zh._wants(sector, ()))


def _codes(p):
    return [w.code for w in p.warnings]


# --- the public surface ---------------------------------------------------------------------------


def test_exported_lazily_from_the_package():
    assert "chinese_names" in brandcheck.__all__
    assert brandcheck.chinese_names is chinese_names


def test_proposals_are_frozen_and_complete():
    names = chinese_names("Zelvora", sector="beauty", k=5)
    assert len(names) == 5
    for p in names:
        assert isinstance(p, ChineseName)
        assert 2 <= len(p.text) <= 6
        assert len(p.glosses) == len(p.text) == len(p.traditional) == len(p.pinyin.split())
        assert all(g for g in p.glosses)
        assert 0 <= p.sound <= 1 and 0 <= p.fit <= 1 and 0 <= p.score <= 1
        assert p.euphony.startswith("tones ")
    with pytest.raises(dataclasses.FrozenInstanceError):
        names[0].text = "x"
    # best first, except that a proposal repeating the sound of one of the first three waits
    front = {zh._toneless(p.pinyin) for p in names[:3]}
    later = [p for p in names[3:] if zh._toneless(p.pinyin) not in front]
    assert [p.score for p in later] == sorted((p.score for p in later), reverse=True)
    assert all(p.score <= min(q.score for q in names[:2]) for p in later)


def test_balanced_mixes_kinds():
    kinds = {p.kind for p in chinese_names("Zelvora", sector="beauty", k=5)}
    assert {NameKind.PHONETIC, NameKind.PHONO_SEMANTIC} <= kinds


def test_phonetic_style_is_the_standard_transliteration():
    # 特斯拉 is how Tesla is transliterated (Xinhua: t-e 特, s 斯, l-a 拉)
    first = chinese_names("Tesla", style="phonetic", k=3)[0]
    assert first.text == "特斯拉"
    assert first.pinyin == "tè sī lā"
    assert first.kind is NameKind.PHONETIC and first.dropped == ()


def test_dropping_a_syllable_costs_sound_and_is_listed():
    full = _proposal("泰德", name="Tide")
    short = zh._build("泰", NameKind.PHONETIC, zh._analyse("Tide"), zh._wants(None, ()), ("de",))
    assert short.sound < full.sound
    assert short.dropped == ("de",)


def test_semantic_names_translate_english_words():
    # Microsoft: micro 微 + soft 软 — the way 微软 was made
    texts = [p.text for p in chinese_names("Microsoft", style="semantic", k=5)]
    assert "微软" in texts
    p = next(p for p in chinese_names("Microsoft", style="semantic", k=5) if p.text == "微软")
    assert p.kind is NameKind.SEMANTIC and p.pinyin == "wēi ruǎn"


def test_hybrid_names_translate_one_word_and_transliterate_the_rest():
    # the way Starbucks became 星巴克: star 星 by meaning, "bucks" 巴克 by sound
    names = chinese_names("Starlumo", k=10)
    hybrid = [p for p in names if p.text.startswith("星") and p.meaning.startswith("star +")]
    assert hybrid and hybrid[0].kind is NameKind.PHONO_SEMANTIC
    assert hybrid[0].text == "星卢莫"  # 卢 lú, 莫 mò: the Xinhua characters for lu, mo


def test_keywords_steer_the_meaning():
    plain = chinese_names("Tide", k=10, style="phono-semantic")
    clean = chinese_names("Tide", k=10, style="phono-semantic", keywords=["clean"])
    # 汰 (tài, 'wash out') is a 'tai' character about cleaning
    assert clean[0].text.startswith("汰")
    assert clean[0].fit >= plain[0].fit


def test_sector_changes_the_characters():
    autos = chinese_names("Bensi", sector="automotive", k=5, style="phono-semantic")
    assert any("驰" in p.text or "骐" in p.text or "奔" in p.text for p in autos)  # gallop, fine horse, rush


def test_sound_agrees_with_check():
    # the phonetic proposal's sound is check's Mandarin fidelity for the same rendering
    from brandcheck.phonetics.score import analyze

    first = chinese_names("Zelvora", style="phonetic", k=1)[0]
    pron = analyze("Zelvora", "zh")
    assert pron.adapted == first.text
    assert first.sound == pytest.approx(pron.fidelity, abs=0.002)


# --- screening -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name,sector", [("Zelvora", "beauty"), ("Sixi", None), ("Bensi", "automotive"),
                                         ("Tomb", "finance"), ("Kusi", "health"), ("Shabi", None),
                                         ("Wangba", "food"), ("Lajee", "household")])
def test_no_proposal_contains_an_avoid_character(name, sector):
    avoid = zh.avoid_list()
    assert {"死", "病", "丧", "穷", "笨", "鬼", "四"} <= avoid
    for style in ("balanced", "phonetic", "phono-semantic"):
        for p in chinese_names(name, sector=sector, k=10, style=style):
            assert not set(p.text) & avoid, (name, p.text)


def test_avoid_characters_are_rejected_outright():
    assert _proposal("死斯") is None
    assert _proposal("笨死") is None  # the proposal would *be* the negative word


def test_pair_check_warns_bensi():
    # 奔斯 Bēnsī, Mercedes' early name, was heard as 笨死 'dead stupid' / 奔死 'rush to death'
    p = _proposal("奔斯")
    pairs = [w for w in p.warnings if w.code == "NEG_PAIR"]
    assert pairs and any("笨死" in w.message for w in pairs)
    assert all(w.severity in ("medium", "high") for w in pairs)


def test_a_character_with_another_everyday_reading_is_warned():
    # 乐 is lè in 快乐 but yuè in 音乐: a name built on lè may be read yuè
    p = _proposal("乐思")
    [w] = [w for w in p.warnings if w.code == "POLYPHONE"]
    assert w.message.startswith("乐 is read lè here") and "yuè" in w.message and w.severity == "info"
    assert not [w for w in _proposal("索尼").warnings if w.code == "POLYPHONE"]


def test_an_existing_name_is_read_as_a_word_and_its_rarer_reading_warned():
    # 欧米茄 is ōu mǐ jiā, though 茄 is qié in most words (茄子)
    [own] = [p for p in chinese_names("Omega", known=True) if p.kind is NameKind.KNOWN]
    assert own.pinyin == "ōu mǐ jiā"
    assert any(w.code == "POLYPHONE" and w.severity == "low" and "qié" in w.message for w in own.warnings)


def test_pair_check_same_tone_is_high():
    # 基巴 jī bā is 鸡巴 jī ba (vulgar) — a neutral tone matches any tone
    p = _proposal("基巴")
    assert any(w.code == "NEG_PAIR" and w.severity == "high" for w in p.warnings)


def test_pair_check_hears_southern_mergers():
    # 标致 biāozhì sounds like 婊子 biǎozi where zh and z merge
    p = _proposal("标致")
    assert any(w.code == "NEG_PAIR" and "婊子" in w.message and "merge" in w.message for w in p.warnings)


def test_bundled_brand_names_are_flagged():
    p = _proposal("耐克", name="Naike")
    assert any(w.code == "BRAND" and w.severity == "high" and "Nike" in w.message for w in p.warnings)
    own = _proposal("耐克", name="Nike")
    assert any(w.code == "BRAND" and w.severity == "info" for w in own.warnings)


def test_brand_clash_is_seen_in_either_script():
    # 賓士 is Mercedes-Benz's name in Taiwan; the simplified proposal 宾士 writes the same name
    p = _proposal("宾士", name="Binshi")
    assert any(w.code == "BRAND" and "Mercedes-Benz" in w.message for w in p.warnings)


# --- euphony -------------------------------------------------------------------------------------


def test_three_identical_tones_are_flagged():
    score, note, warnings = zh._euphony((3, 3, 3, 4))  # 可口可乐
    assert "three identical tones" in note and "3-3 sandhi" in note
    assert [w.code for w in warnings] == ["T3_RUN", "SAME_TONE_RUN"]
    better, note2, warnings2 = zh._euphony((1, 4, 2))
    assert better > score and warnings2 == [] and note2.startswith("tones 1-4-2 (平仄平)")


def test_chosen_names_never_have_three_identical_tones_in_a_row():
    for name in ("Zelvora", "Lululemon", "Saab", "Banana", "Microsoft"):
        for p in chinese_names(name, k=10):
            tones = zh._euphony_tones(p.text)
            run = any(tones[i] == tones[i + 1] == tones[i + 2] for i in range(len(tones) - 2))
            if p.kind is NameKind.PHONETIC:
                assert run == ("SAME_TONE_RUN" in _codes(p)), p  # the standard spelling is kept, but warned
            else:
                assert not run, p


# --- scripts -------------------------------------------------------------------------------------


@pytest.mark.parametrize("simplified,traditional", [("锐步", "銳步"), ("泽尔沃拉", "澤爾沃拉"), ("宝洁", "寶潔"),
                                                    ("飞驰", "飛馳"), ("丽华", "麗華"), ("龙凤", "龍鳳"),
                                                    ("宜家", "宜家")])
def test_traditional_forms(simplified, traditional):
    from brandcheck.phonetics.scripts.chinese import to_traditional

    assert to_traditional(simplified) == traditional


def test_every_proposal_has_a_traditional_form_of_its_own_length():
    for p in chinese_names("Revlon", sector="beauty", k=10, script="traditional"):
        assert len(p.traditional) == len(p.text)
        assert p.shown("traditional") == p.traditional and p.shown() == p.text


def test_tone_marks():
    assert zh.tone_marked("lv", 3) == "lǚ"
    assert zh.tone_marked("gou", 4) == "gòu"
    assert zh.tone_marked("xue", 2) == "xué"


# --- known names ---------------------------------------------------------------------------------


def test_known_only_appends_the_bundled_name():
    without = chinese_names("Nike", k=5)
    with_known = chinese_names("Nike", k=5, known=True)
    assert with_known[-1].kind is NameKind.KNOWN and with_known[-1].text == "耐克"
    assert all(p.kind is not NameKind.KNOWN for p in without)


# --- errors --------------------------------------------------------------------------------------


@pytest.mark.parametrize("kwargs", [{"sector": "spaceships"}, {"style": "poetic"}, {"script": "latin"}, {"k": 0}])
def test_unknown_options_raise(kwargs):
    with pytest.raises(InvalidOptionError):
        chinese_names("Zelvora", **kwargs)


@pytest.mark.parametrize("name", ["", "   ", "!!!", "---"])
def test_unreadable_names_raise(name):
    with pytest.raises(InvalidNameError):
        chinese_names(name)


def test_semantic_style_needs_a_meaning():
    with pytest.raises(InvalidOptionError):
        chinese_names("Zelvora", style="semantic")


@settings(max_examples=40, deadline=None)
@given(st.one_of(st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzAEOU -'0123456789éü"), max_size=14),
                 st.text(max_size=12)))
def test_any_name_gives_proposals_or_a_clear_error(name):
    try:
        out = chinese_names(name, k=3)
    except BrandcheckError:
        return
    assert out and all(p.text and len(p.glosses) == len(p.text) for p in out)
    assert not any(set(p.text) & zh.avoid_list() for p in out)
