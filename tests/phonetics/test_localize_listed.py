"""Established spellings come before the rules: loanwords, compounds of them, and bundled brands."""

from brandcheck import localize


def first(name, market):
    return localize(name, market)[0].text


def test_listed_loanwords_beat_the_rules():
    # the rules (and kanalizer) would give コフィー / 코피; everyone writes コーヒー / 커피
    assert first("coffee", "ja") == "コーヒー"
    assert first("coffee", "ko") == "커피"
    assert first("vitamin", "ja") == "ビタミン"


def test_a_compound_of_listed_words_is_written_as_its_parts():
    assert first("Goldstar", "ja") == "ゴールドスター"
    assert first("Coffeehouse", "ko") == "커피하우스"


def test_a_bundled_brand_keeps_its_own_local_name():
    assert first("Nike", "zh") == "耐克"
    assert first("Nike", "ja") == "ナイキ"
    assert first("Samsung", "ko") == "삼성"
    rendering = localize("Toyota", "ja")[0]
    assert rendering.romanization == "toyota" and rendering.ipa


def test_new_names_still_go_through_the_rules():
    assert first("Lumora", "ja") == "ルモラ"
    assert len(localize("Lumora", "zh", k=3)) >= 2


def test_brand_lookup_ignores_accents_case_and_possessives():
    assert first("Hermes", "ja") == "エルメス"        # listed as Hermès
    assert first("mcdonalds", "zh") == first("McDonald's", "zh")


def test_a_letter_before_a_listed_word_is_said_by_its_name():
    assert first("Gmail", "ja") == "ジーメール"     # gm- starts no English syllable
    assert first("Gmail", "ko") == "지메일"
    assert first("Slime", "ja") == "スライム"       # sl- does: read as one word


def test_a_name_taiwan_or_hong_kong_gives_a_brand_is_that_regions_alone():
    assert first("Nike", "zh-TW") == "耐吉"
    assert first("Mercedes-Benz", "zh-HK") == "平治"
    assert first("Shell", "zh-TW") == "殼牌"  # Hong Kong's 蜆殼 is not Taiwan's
    assert first("Mercedes-Benz", "zh-TW") == "賓士"
    assert "平治" not in [r.text for r in localize("Mercedes-Benz", "zh-TW") + localize("Mercedes-Benz", "zh")]
    assert first("Seagate", "zh-TW") == "希捷"  # no regional name: the mainland one, traditional


def test_every_regional_name_is_an_alias_of_its_brand():
    from brandcheck.phonetics.scripts.chinese import regional_names
    from brandcheck.similarity.brands import brand_by_name

    for (brand, region), name in regional_names().items():
        record = brand_by_name(brand)
        assert record is not None and record.name == brand, brand
        assert region in ("TW", "HK") and name in record.aliases, (brand, name)
