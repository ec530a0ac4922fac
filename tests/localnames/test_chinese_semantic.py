"""Chinese name proposals, the semantic side (issue 11): English words inside a name translated by
morphemes.tsv. The names are made-up illustrations; expected renderings are the table's own rows."""

from __future__ import annotations

from brandcheck.localnames import chinese as zh
from brandcheck.localnames.chinese import chinese_names


def texts(name, **kw):
    return [p.text for p in chinese_names(name, k=10, **kw)]


def test_words_of_a_name_split_at_spaces_camel_case_and_a_possessive():
    assert zh._name_words("StoneBridge") == ("stone", "bridge")
    assert zh._name_words("Silver Hawk's") == ("silver", "hawk")
    assert zh._name_words("Sun-Valley 7") == ("sun", "valley")


def test_segmentation_goes_word_by_word_and_takes_a_plural_ending():
    assert ("silver", "hawk") in zh._segmentations("Silver Hawks")
    assert ("green", "field") in zh._segmentations("Greenfields")
    assert ("box",) in zh._segmentations("Boxes")
    # a word the table cannot cover leaves the whole name untranslated
    assert zh._segmentations("Silver Zorbs") == ()


def test_a_compound_and_a_two_word_name_are_translated_piece_by_piece():
    assert "银鹰" in texts("Silver Hawks", style="semantic")
    assert "石桥" in texts("Stonebridge", style="semantic")


def test_a_person_s_name_is_not_translated():
    # walker is a surname beside a listed given name: said, not "wanderer"
    assert zh._segmentations("Johnny Walker") == ()
    assert not any(p.kind is zh.NameKind.SEMANTIC for p in chinese_names("Johnny Walker", k=10))


def test_one_character_translation_becomes_a_name_with_brand():
    found = texts("Nest", style="semantic")
    assert "巢牌" in found
    assert all(len(t) > 1 or t + zh._BRAND_SUFFIX in found for t in found)


def test_a_short_word_inside_a_longer_one_is_not_translated_by_the_hybrid():
    # "cast" + "rol": the sound part is too short to be a word of its own; star|bucks-like cuts are
    analysis = zh._analyse("Castwel")
    assert not zh._hybrid(analysis, zh._wants(None, ()))
    assert any(p.text.startswith("星") for p in zh._hybrid(zh._analyse("Starbeck"), zh._wants(None, ())))


def test_the_translation_of_a_one_word_name_ranks_below_its_sound():
    names = chinese_names("Harbour", k=10)
    kinds = [p.kind for p in names]
    assert zh.NameKind.SEMANTIC in kinds  # still offered
    assert kinds.index(zh.NameKind.SEMANTIC) >= 3


def test_pulling_a_sound_forward_keeps_every_kind_in_view():
    a, w = zh._analyse("Pepsi"), zh._wants(None, ())
    built = [zh._build(t, zh.NameKind.PHONO_SEMANTIC, a, w) for t in ("佩普喜", "佩喜", "佩思")]
    semantic = zh._build("百事", zh.NameKind.SEMANTIC, a, w, meaning="hundred affairs")
    pool = built + [zh._build("百喜", zh.NameKind.PHONO_SEMANTIC, a, w)]
    out = zh._distinct_front(built + [semantic], pool + [semantic], 4)
    assert len(out) == 4 and semantic in out


def test_a_surname_that_is_also_a_word_is_a_name_beside_an_unknown_given_name():
    table = zh._morphemes()
    assert zh._person_words(("zorba", "green"), table) == {"green"}  # Zorba Green: a person
    assert zh._person_words(("silver", "stone"), table) == set()  # both words translate: a thing
    assert not any(p.text.endswith("绿") for p in zh._hybrid(zh._analyse("Zorba Green"), zh._wants(None, ())))


def test_no_hybrid_when_the_said_part_half_says_another_word_of_the_table():
    # herb|aluna and herba|luna: the name is herb + a + luna, neither half a sound of its own
    assert not zh._hybrid(zh._analyse("Herbaluna"), zh._wants(None, ()))
