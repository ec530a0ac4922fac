"""Famous real brands checked as candidates must not raise false alarms (the false-alarm round):
a contained mark after another beginning, and a sector word of another sector, are no high
findings. Expected values written by hand."""

from brandcheck.markets import resolve
from brandcheck.model import Severity
from brandcheck.similarity import near_brands
from brandcheck.similarity.brands import BrandRecord
from brandcheck.similarity.score import full_scores

GLOBAL = resolve("global")


def _worst_against(name: str, brand: str) -> Severity | None:
    found = [f.severity for f in near_brands(name, GLOBAL).findings if f.evidence["brand"] == brand]
    return max(found, default=None)


def test_a_dominant_mark_after_another_beginning_is_a_weaker_likeness():
    late = full_scores("Alnatura", "Natura")  # 6 of 8 letters, but the name begins 'Al'
    assert 0.80 <= late.containment < 0.90
    assert any("after another beginning" in why for why in late.why)
    assert _worst_against("Alnatura", "Natura") == Severity.MEDIUM
    # the same share at the start of the name is the mark itself, lengthened: high
    assert full_scores("Naturaxy", "Natura").containment >= 0.90


def test_a_sector_word_of_another_sector_tells_the_marks_apart():
    # Ariel is a detergent (household): 'Motor' names another sector
    ariel = [f for f in near_brands("Ariel Motor", GLOBAL).findings if f.evidence["brand"] == "Ariel"]
    assert ariel and max(f.severity for f in ariel) == Severity.MEDIUM
    assert any("another sector" in why for f in ariel for why in f.evidence["why"])
    # a carmaker's name with 'Motors' is its own sector: still high
    assert _worst_against("Toyota Motors", "Toyota") >= Severity.HIGH


def test_a_user_brand_without_a_sector_keeps_the_generic_discount():
    from brandcheck.similarity import BrandIndex

    index = BrandIndex([BrandRecord("Zorblat", (), "", (), "", "user")])
    near = near_brands("Zorblat Motors", GLOBAL, type("O", (), {"brands": index})())
    assert any(m.brand == "Zorblat" and m.overall >= 0.89 for m in near.matches)


def test_a_short_mark_one_slip_from_another_is_medium_though_contained_in_it():
    # Tang is contained in Tango and one letter from it: the slip rule for short names decides
    for name, brand in (("Tang", "Tango"), ("Vale", "Valeo")):
        sc = full_scores(name, brand)
        assert sc.typo and 0.80 <= sc.overall < 0.90
    # a longer mark one slip away stays high
    assert full_scores("Pringle", "Pringles").overall >= 0.90


def test_a_word_shared_inside_a_camel_case_name_does_not_make_two_names_alike():
    # UnionPay is union + pay: 'Union Pivo' shares only the word 'union' with it
    sc = full_scores("Union Pivo", "UnionPay")
    assert sc.overall <= 0.78 and any("share only 'union'" in why for why in sc.why)


def test_a_slip_between_five_letter_names_is_high_only_when_they_sound_the_same():
    assert 0.80 <= full_scores("Saran", "Safran").overall < 0.90  # one omission, another sound
    for a, b in (("Bryte", "Brite"), ("Lyfta", "Lifta")):  # one vowel swap, the same sound
        assert full_scores(a, b).overall >= 0.90, (a, b)
