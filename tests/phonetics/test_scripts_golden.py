"""Golden renderings, written by hand from the standard references of each script.

Sources: Japanese loanword dictionaries and brand usage; Korean: the NIKL 외래어 표기법 examples
(chapter 3 §1, English); Russian/Ukrainian: Гиляревский–Старостин and established brand names;
Greek, Arabic, Persian, Hebrew, Hindi, Thai: the brands' own local spellings. Expected values are
the references', never the code's output.
"""

from __future__ import annotations

import unicodedata

import pytest

from brandcheck.markets import get
from brandcheck.phonetics.localize import localize
from brandcheck.phonetics.scripts import render
from brandcheck.phonetics.source import intended


def texts(name: str, tag: str, k: int = 3) -> list[str]:
    return [r.text for r in render(intended(name), get(tag), k=k)]


def top(name: str, tag: str) -> str:
    return texts(name, tag, k=1)[0]


# --------------------------------------------------------------------------------------------------
# Japanese


@pytest.mark.parametrize("name, expected", [
    ("Sprint", "スプリント"), ("Starbucks", "スターバックス"), ("Heineken", "ハイネケン"), ("Xerox", "ゼロックス"),
    ("Lexus", "レクサス"), ("BMW", "ビーエムダブリュー"), ("cat", "キャット"), ("bed", "ベッド"),
    ("match", "マッチ"), ("bridge", "ブリッジ"), ("street", "ストリート"), ("Rolex", "ロレックス"),
])
def test_katakana_top1(name, expected):
    assert top(name, "ja") == expected


@pytest.mark.parametrize("name, expected", [
    ("McDonald's", "マクドナルド"), ("cake", "ケーキ"), ("Nike", "ナイキ"), ("Apple", "アップル"),
])
def test_katakana_in_top3(name, expected):
    assert expected in texts(name, "ja")


def test_katakana_ipa_and_romaji():
    from brandcheck.phonetics.scripts.katakana import kana_ipa, romanize

    assert "".join(kana_ipa("スプリント")) == "sɯpɯɾinto"
    assert romanize("スプリント") == "supurinto"
    assert romanize("キャット") == "kyatto"
    assert romanize("マッチ") == "matchi"
    assert "".join(kana_ipa("ティー")) == "tiː"
    r = render(intended("Sprint"), get("ja"))[0]
    assert r.romanization == "supurinto"


def test_katakana_multiword_uses_nakaguro():
    assert "・" in top("Coca-Cola", "ja")


# --------------------------------------------------------------------------------------------------
# Korean — examples of 외래어 표기법 제3장 제1절 (English)

NIKL_EXAMPLES = [
    # 제1항 voiceless stops
    ("gap", "갭"), ("cat", "캣"), ("book", "북"), ("apt", "앱트"), ("setback", "셋백"), ("act", "액트"),
    ("stamp", "스탬프"), ("cape", "케이프"), ("nest", "네스트"), ("part", "파트"), ("desk", "데스크"),
    ("make", "메이크"), ("apple", "애플"), ("chipmunk", "치프멍크"),
    # 제2항 voiced stops
    ("bulb", "벌브"), ("land", "랜드"), ("zigzag", "지그재그"), ("kidnap", "키드냅"), ("olive", "올리브"),
    # 제3항 fricatives
    ("mask", "마스크"), ("jazz", "재즈"), ("thrill", "스릴"), ("flash", "플래시"), ("shrub", "슈러브"),
    ("shark", "샤크"), ("fashion", "패션"), ("shopping", "쇼핑"), ("shoe", "슈"), ("vision", "비전"),
    ("sheriff", "셰리프"),
    # 제4항 affricates
    ("Keats", "키츠"), ("odds", "오즈"), ("switch", "스위치"), ("bridge", "브리지"), ("chart", "차트"),
    ("virgin", "버진"),
    # 제5항 nasals
    ("steam", "스팀"), ("corn", "콘"), ("ring", "링"), ("lamp", "램프"), ("hint", "힌트"), ("ink", "잉크"),
    ("hanging", "행잉"), ("longing", "롱잉"),
    # 제6항 l
    ("hotel", "호텔"), ("pulp", "펄프"), ("slide", "슬라이드"), ("film", "필름"), ("helm", "헬름"),
    # 제7항–제8항 long vowels, diphthongs
    ("team", "팀"), ("route", "루트"), ("time", "타임"), ("house", "하우스"), ("skate", "스케이트"),
    ("oil", "오일"), ("boat", "보트"), ("tower", "타워"),
    # 제9항 glides
    ("word", "워드"), ("wag", "왜그"), ("west", "웨스트"), ("witch", "위치"), ("wool", "울"),
    ("swing", "스윙"), ("twist", "트위스트"), ("penguin", "펭귄"), ("quarter", "쿼터"), ("yard", "야드"),
    ("yank", "얭크"), ("yellow", "옐로"), ("you", "유"), ("union", "유니언"),
    # brands
    ("Sprint", "스프린트"), ("cake", "케이크"), ("Google", "구글"), ("Reebok", "리복"), ("BMW", "비엠더블유"),
]


@pytest.mark.parametrize("name, expected", NIKL_EXAMPLES)
def test_hangul_nikl_examples(name, expected):
    assert top(name, "ko") == expected


@pytest.mark.parametrize("name, expected, why", [
    ("graph", "그래프", "NIKL keeps [æ] here although it writes the BATH vowel as 아 in mask 마스크"),
    ("want", "원트", "NIKL reads British [wɒnt] (워); CMUdict's American [wɑnt] gives 완트, like NIKL's wander 완더"),
])
def test_hangul_known_differences(name, expected, why):
    if top(name, "ko") != expected:
        pytest.xfail(why)


def test_hangul_in_top3_established_spelling():
    assert "맥도날드" in texts("McDonald's", "ko", k=3) or "맥도널드" in texts("McDonald's", "ko", k=3)
    assert "하이네켄" in texts("Heineken", "ko")


def test_hangul_composition_and_romanization():
    from brandcheck.phonetics.scripts.hangul import romanize
    from brandcheck.phonetics.scripts.jamo import compose, decompose

    assert compose("ㅅ", "ㅡ") == "스"
    assert compose("ㄹ", "ㅣ", "ㄴ") == "린"
    assert decompose("캣") == ("ㅋ", "ㅐ", "ㅅ")
    assert romanize("스프린트") == "seupeurinteu"
    assert romanize("슬라이드") == "seullaideu"


# --------------------------------------------------------------------------------------------------
# Chinese


def test_chinese_sprint_follows_xinhua():
    r = render(intended("Sprint"), get("zh"))[0]
    assert r.text == "斯普林特"
    assert r.romanization == "sī pǔ lín tè"


def test_chinese_ton_is_dun():
    assert top("Clinton", "zh") == "克林顿"
    assert top("Clinton", "zh-TW") == "克林頓"


def test_chinese_nike_neutral_and_legal():
    from pypinyin import Style, pinyin

    from brandcheck.phonetics.scripts.chinese import is_negative

    legal = _mandarin_syllables()
    for tag in ("zh", "zh-TW"):
        for r in render(intended("Nike"), get(tag), k=3):
            assert r.text and all("\u4e00" <= c <= "\u9fff" for c in r.text)
            for c in r.text:
                assert not is_negative(c)
                syllable = pinyin(c, style=Style.NORMAL)[0][0]
                assert syllable in legal, (c, syllable)
            assert len(r.romanization.split()) == len(r.text)


def _mandarin_syllables() -> set[str]:
    """Every toneless syllable pypinyin reads the common CJK characters as."""
    from pypinyin import Style, pinyin

    chars = "".join(chr(c) for c in range(0x4E00, 0x9FA6))
    return {p[0] for p in pinyin(chars, style=Style.NORMAL, errors="ignore")}


def test_chinese_never_uses_negative_characters():
    from brandcheck.phonetics.scripts.chinese import is_negative

    for name in ("Sigma", "Dorsey", "Shilo", "Sygen", "Fanta", "Lumora", "Pisa", "Tsibo"):
        for r in render(intended(name), get("zh"), k=3):
            assert not any(is_negative(c) for c in r.text), (name, r.text)


# --------------------------------------------------------------------------------------------------
# Cyrillic


@pytest.mark.parametrize("name, expected", [
    ("Heineken", "Хайнекен"), ("Reebok", "Рибок"), ("Sprint", "Спринт"), ("McDonald's", "Макдоналдс"),
    ("Walker", "Уокер"), ("Bill", "Билл"), ("Jones", "Джонс"), ("William", "Уильям"), ("Starbucks", "Старбакс"),
    ("Microsoft", "Майкрософт"), ("Facebook", "Фейсбук"), ("Google", "Гугл"), ("Apple", "Эппл"),
])
def test_russian(name, expected):
    assert expected in texts(name, "ru")


@pytest.mark.parametrize("name, expected", [
    ("Bill", "Білл"), ("Smith", "Сміт"), ("Harry", "Гаррі"), ("Google", "Ґуґл"), ("Heineken", "Гайнекен"),
])
def test_ukrainian(name, expected):
    assert expected in texts(name, "uk")


@pytest.mark.parametrize("tag, name, expected", [
    # letter-by-letter transcription of continental names (Ageenko & Zarva; Gilyarevsky & Starostin)
    ("ru", "Kowalski", "Ковальский"), ("ru", "Grabowski", "Грабовский"), ("ru", "Kubicki", "Кубицкий"),
    ("uk", "Kowalski", "Ковальський"), ("ru", "Schmidt", "Шмидт"), ("ru", "Toledo", "Толедо"),
    ("ru", "Cassano", "Кассано"), ("ru", "Olga", "Ольга"),
    # by the spelling's own language: Polivanov for romaji, Spanish and Italian letter values
    ("ru", "Suzuki", "Судзуки"), ("ru", "Higashi", "Хигаси"), ("ru", "Kojima", "Кодзима"),
    ("ru", "Jimenez", "Хименес"), ("ru", "Villegas", "Вильегас"), ("ru", "Caracciolo", "Караччоло"),
    ("ru", "Buscemi", "Бушеми"), ("ru", "Migliore", "Мильоре"),
    # Korean writes Japanese names by the NIKL table for Japanese (외래어 표기법 표 4)
    ("ko", "Suzuki", "스즈키"), ("ko", "Yoshida", "요시다"), ("ko", "Matsumoto", "마쓰모토"),
])
def test_foreign_spellings_by_their_own_rules(tag, name, expected):
    assert top(name, tag) == expected


def test_cyrillic_romanization():
    r = render(intended("Sprint"), get("ru"))[0]
    assert r.romanization == "sprint"
    from brandcheck.phonetics.scripts.cyrillic import romanize

    assert romanize("Хайнекен") == "khayneken"


# --------------------------------------------------------------------------------------------------
# Greek, Arabic, Persian, Hebrew, Hindi, Thai: the brands' local spellings


@pytest.mark.parametrize("tag, name, expected", [
    ("el", "Sprint", "Σπριντ"), ("el", "McDonald's", "Μακντόναλντς"), ("el", "Nike", "Νάικι"),
    ("el", "Pepsi", "Πέψι"), ("el", "Google", "Γκουγκλ"),
    ("ar", "Pepsi", "بيبسي"), ("ar", "Nike", "نايكي"), ("ar", "McDonald's", "ماكدونالدز"), ("ar", "Oscar", "أوسكار"),
    ("fa", "Pepsi", "پپسی"), ("fa", "Google", "گوگل"), ("fa", "Starbucks", "استارباکس"),
    ("he", "Sprint", "ספרינט"), ("he", "Google", "גוגל"), ("he", "Pepsi", "פפסי"), ("he", "Nike", "נייקי"),
    ("he", "Volvo", "וולוו"),
    ("hi", "Sprint", "स्प्रिंट"), ("hi", "Google", "गूगल"), ("hi", "Pepsi", "पेप्सी"), ("hi", "Starbucks", "स्टारबक्स"),
    ("hi", "Nokia", "नोकिया"),
    ("th", "Sprint", "สปรินต์"), ("th", "Starbucks", "สตาร์บัคส์"), ("th", "Google", "กูเกิล"),
])
def test_local_spellings(tag, name, expected):
    found = [unicodedata.normalize("NFC", t) for t in texts(name, tag)]
    assert unicodedata.normalize("NFC", expected) in found


def test_arabic_g_variants():
    found = texts("Google", "ar")
    assert "غوغل" in found and "جوجل" in found


def test_arabic_reading_adds_prothesis():
    r = render(intended("Sprite"), get("ar"))[0]
    assert r.text.startswith("سب")
    assert r.ipa[:2] == ("ʔ", "i")  # [ʔisbrajt]: the reader's prothetic vowel


def test_hindi_reading_is_retroflex():
    r = render(intended("Tide"), get("hi"))[0]
    assert r.text.startswith("ट")
    assert r.ipa[0] == "ʈ" and r.ipa[-1] == "ɖ"


# --------------------------------------------------------------------------------------------------
# localize


def test_localize_latin_market_keeps_the_name():
    (r,) = localize("Sprint", "de")
    assert r.text == "Sprint" and r.score == 1.0
    assert r.ipa and r.ipa[0] in ("ʃ", "s")


def test_localize_accepts_market_objects_and_tags():
    assert localize("Sprint", get("ko"))[0].text == localize("Sprint", "KO")[0].text == "스프린트"


def test_localize_unknown_market():
    from brandcheck.errors import UnknownMarketError

    with pytest.raises(UnknownMarketError):
        localize("Sprint", "xx-YY")


def test_localize_coined_name_with_user_ipa():
    rs = localize("Zelvora", "ja", ipa="zɛlˈvɔɹə")
    assert rs and all(r.text for r in rs)
    assert localize("Zelvora", "ko", ipa="zɛlˈvɔɹə")[0].text == "젤보라"


def test_initialisms_listed_in_cmudict_are_still_letters():
    # CMUdict lists IBM with its letter names; Japanese writes the letter names, Chinese the letters
    assert top("IBM", "ja") == "アイビーエム"
    assert top("NBA", "zh") == "NBA"
    assert localize("KitKat", "ja")[0].text == "キットカット"  # the bundled brand's own name


def test_abbreviations_are_said_in_full():
    assert localize("Dr Pepper", "ko")[0].text == "닥터페퍼"  # written as one word, as on the can
    assert localize("Mr Clean", "ja")[0].text == "ミスター・クリーン"
    assert localize("Oral-B", "ja")[0].text == "オーラルB"  # a local name may keep a Latin letter
