"""Issue 15, item 3: bundled brands are also found under a spelling of how their home market says
them (Renno ~ Renault heard *reno*). Expected values written by hand; the data file is generated."""

import gzip

import pytest

from brandcheck.data import read_tsv
from brandcheck.markets import resolve
from brandcheck.similarity import BrandIndex, BrandRecord, bundled_index, near_brands
from brandcheck.similarity.home import FILE, generate, home_spellings, respell

GLOBAL = resolve("global")


@pytest.mark.parametrize("ipa, spelling", [("ʀ ə n o", "reno"), ("p œ ʒ o", "pejo"), ("ɡ u tʃː i", "guchi"),
                                           ("v yː ɐ̯ t", "vurt"), ("m i ʃ ə l ɛ̃", "mishelan"),
                                           ("i v | s ɛ̃", "iv san")])
def test_a_reading_is_spelt_with_plain_letters(ipa, spelling):
    assert respell(ipa.split()) == spelling


def test_the_generated_file_is_what_the_readers_give_today():
    rows = [tuple(r) for r in read_tsv(FILE).rows]
    assert rows == generate(), "regenerate: python -m brandcheck.similarity.home > wordlists/similarity/home_spellings.tsv"
    from brandcheck.markets import get

    assert all(respell(ipa.split(), get(tag).language) == spelling for _, tag, ipa, spelling in rows)


@pytest.mark.parametrize("name, brand", [("Renno", "Renault"), ("Mishlan", "Michelin"), ("Boosh", "Bosch"),
                                         ("Peejo", "Peugeot"), ("Guchi", "Gucci")])
def test_a_name_spelt_by_ear_finds_the_brand_first_and_says_how_it_is_said(name, brand):
    near = near_brands(name, GLOBAL)
    assert near.matches[0].brand == brand
    assert any("home market" in why for why in near.matches[0].why)


def test_a_spelling_by_ear_is_no_mark_no_containment_or_slip_counts_against_it():
    # 'sara' is Zara heard in Spain: a name that merely contains it is not near Zara through it
    near = near_brands("Sarahlux", GLOBAL)
    assert not any(f.evidence["brand"] == "Zara" and "spelt by ear" in " ".join(f.evidence["why"])
                   and f.check == "similarity.contains_mark" for f in near.findings)
    assert "Renault" in home_spellings() and "Nike" not in home_spellings()


def test_heard_entries_are_reported_as_the_brand_and_not_saved(tmp_path):
    index = BrandIndex([BrandRecord("Renault", country="FR"), BrandRecord("Rennie")])
    index.add_heard({"Renault": "reno"})
    top = index.nearest("Renno", k=2)
    assert top[0].record.name == "Renault" and top[0].matched == "Renault"
    path = tmp_path / "ix.gz"
    index.save(str(path))
    assert "reno\t" not in gzip.open(path, "rt", encoding="utf-8").read()
    assert "Renault" in {m.record.name for m in bundled_index().nearest("Renno", k=12)}


def test_a_chinese_brand_named_in_pinyin_is_spelt_as_heard_at_home():
    from brandcheck.similarity.home import home_spellings, respell

    # Mandarin plain stops sound like b/d/g, /x/ like h; a medial glide is w, a palatal's glide goes
    assert respell(("p", "a", "i̯", "t", "u"), "zh") == "baidu"
    assert respell(("x", "u", "a", "u̯", "e", "i̯"), "zh") == "hwawei"
    assert respell(("ɕ", "i̯", "a", "u̯", "m", "i"), "zh") == "shaumi"
    assert respell(("p", "a", "i̯", "t", "u")) == "paitu"  # other languages keep the plain letters
    spellings = home_spellings()
    assert spellings["Xiaomi"].spelling == "shaumi"
    assert "Lenovo" not in spellings  # an English-style name does not read as pinyin


def test_shaomi_finds_xiaomi_through_its_home_spelling():
    from brandcheck.markets import resolve
    from brandcheck.similarity import near_brands

    assert near_brands("Shaomi", resolve("global")).matches[0].brand == "Xiaomi"
