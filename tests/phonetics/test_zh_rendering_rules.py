"""The zh renderer's vowel columns (Xinhua practice; issue 11/15). Expected forms are written by
hand from the usual mainland transliterations, not captured from the code's output."""

from __future__ import annotations

import pytest

from brandcheck.markets import get
from brandcheck.phonetics.scripts import render
from brandcheck.phonetics.source import intended


def first(name: str) -> str:
    return render(intended(name), get("zh"))[0].text


@pytest.mark.parametrize("name, expected", [
    ("Hunter", "亨特"),  # [ʌn] is the 恩 column
    ("Evans", "埃文斯"),  # a reduced [ən] too, whatever its letter
    ("Dylan", "迪伦"),
    ("Chapman", "查普曼"),  # but -man keeps 曼 (and -san 珊, -dan 丹)
    ("Brown", "布朗"),  # [aʊn] is the 昂 column
    ("Lincoln", "林肯"),  # unstressed -on after k is 肯, not 昆
    ("Anderson", "安德森"),  # after s it keeps 森 (and 顿 after t)
    ("Lawrence", "劳伦斯"),  # spelled aw/au: the 奥 column
])
def test_vowel_columns(name, expected):
    assert first(name) == expected


def test_reduced_i_before_n_keeps_its_letter():
    assert first("Austin") == "奥斯汀"  # -tin is 汀 (Justin 贾斯汀), not 滕


@pytest.mark.parametrize("name, expected", [
    ("Taylor", "泰勒"),  # unstressed -or after l is the [ə] column
    ("Victor", "维克托"),  # but after t it is 托
    ("Kennedy", "肯尼迪"),  # a reduced -ne- is 尼
])
def test_unstressed_or(name, expected):
    assert first(name) == expected


def test_the_brand_like_rendering_keeps_the_sound():
    # 勒 is lè in transliteration (pypinyin's first reading is lēi): its brand-like swap is a le
    assert [r.romanization.split()[-1] for r in render(intended("Taylor"), get("zh"), k=3)] in (["lè"], ["lè", "lè"])


def test_reduced_an_after_g_is_gen():
    assert first("Morgan").endswith("根")  # Morgan 摩根, Reagan 里根


def test_stressed_wa_is_british_wo():
    assert first("Watson").startswith("沃")  # Watson 沃森, Walmart 沃尔玛
    assert first("Chippewa").endswith("瓦")  # an unstressed -wa stays 瓦 (Ottawa itself is listed: 渥太华)


@pytest.mark.parametrize("name, expected", [
    ("Harris", "哈里斯"),  # American "marry" [ɛ] is British [æ]: the 阿 column
    ("Sarah", "萨拉"),  # a final -ah is 拉, not 勒
])
def test_british_vowels(name, expected):
    assert first(name) == expected


@pytest.mark.parametrize("name", ["Liverpool", "William", "Walter", "Zelvora", "Mary", "Hamilton", "Sarah"])
def test_the_brand_like_rendering_uses_only_brand_characters(name):
    from brandcheck.phonetics.scripts._common import words_of
    from brandcheck.phonetics.scripts.chinese import brand_ranks, spell, syllables

    for word in words_of(intended(name)):
        plain, swapped = spell(syllables(word)), spell(syllables(word), swap=True)
        for a, b in zip(plain, swapped):
            if a != b:  # a swapped character is more usual in foreign brand names (丽, 娜), never 妈 or 辣
                assert brand_ranks().get(b, 99) < brand_ranks().get(a, 99), (name, swapped, a, b)


@pytest.mark.parametrize("name, expected", [("John", "约翰"), ("Elizabeth", "伊丽莎白"), ("Smith", "史密斯"),
                                           ("Stephen King", "斯蒂芬金")])
def test_a_name_with_a_usual_chinese_form_takes_it_first(name, expected):
    assert first(name) == expected


def test_a_surname_that_is_an_ordinary_word_keeps_its_form_only_beside_a_person():
    from brandcheck.phonetics.scripts.chinese import personal_forms

    assert personal_forms(["burger", "king"]) == [(), ()]
    assert personal_forms(["stephen", "king"])[1][0] == "金"


def test_a_place_takes_its_usual_form_but_is_not_a_person():
    from brandcheck.localnames.chinese import _morphemes, _person_words
    from brandcheck.phonetics.scripts.chinese import personal_forms, usual_forms

    assert first("Tuscany") == "托斯卡纳"
    assert usual_forms(["boston", "scientific"])[0] == ("波士顿",)
    assert personal_forms(["boston"]) == [()]
    assert not _person_words(["boston", "scientific"], _morphemes())  # its other words may be translated
    assert usual_forms(["champagne"]) == [()]  # also an ordinary word: alone it is the word
    assert usual_forms(["champagne", "bordeaux"])[0] == ("香槟",)


@pytest.mark.parametrize("name, expected", [
    ("Moore", "穆尔"),  # British [ʊə]: the glide is 尔
    ("Burns", "伯恩斯"),  # [ɜːn] keeps its n apart
    ("Gordon", "戈登"),  # -don is 登 (-ton stays 顿)
    ("Long", "朗"),  # [ɒŋ] is the 昂 column
    ("Shaw", "肖"),
])
def test_more_xinhua_habits(name, expected):
    assert first(name) == expected


@pytest.mark.parametrize("name, expected", [
    ("Virginia", "弗吉尼亚"),  # [nj] spelled ni: 尼, and a final -ia is 亚
    ("Olivia", "奥利维亚"),
    ("Columbia", "科兰比亚"),
    ("Harold", "哈罗德"),  # an unstressed -ld is 德 alone
    ("Raymond", "雷蒙德"),  # -mon is 蒙
    ("Keith", "基思"),  # th without a vowel is 思
    ("Shawn", "肖恩"),  # [ɔːn] keeps its n apart
    ("Ethan", "伊森"),
    ("Motherwell", "马瑟韦尔"),  # [ð] is the 瑟 row, as [θ]
    ("Allen", "艾伦"),  # a stressed opening [æ] before l + vowel is 艾
])
def test_xinhua_habits_for_given_names(name, expected):
    assert first(name) == expected


def test_field_keeps_its_l():
    assert first("Sheffield") == "谢菲尔德"  # a stressed or long vowel before -ld keeps 尔


def test_an_opening_al_before_a_consonant_stays_a():
    assert first("Albert").startswith("阿尔")  # Albert 阿尔伯特
