import pytest
from hypothesis import given, settings, strategies as st

import brandcheck
from brandcheck.similarity import BrandIndex, compare
from brandcheck.similarity.brands import load_brand_file
from brandcheck.similarity.fold import skeleton
from brandcheck.similarity.score import fast_scores, features
from brandcheck.similarity.typo import typo_kind

names = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=10)


@given(names, names)
def test_fast_scores_symmetric_bounded_identity(a, b):
    ab, ba = fast_scores(features(a), features(b)), fast_scores(features(b), features(a))
    assert 0.0 <= ab.overall <= 1.0 and abs(ab.overall - ba.overall) < 1e-9
    assert abs(ab.sight - ba.sight) < 1e-9 and abs(ab.sound - ba.sound) < 1e-9
    assert fast_scores(features(a), features(a)).overall == 1.0


@settings(max_examples=25)
@given(names, names)
def test_pairwise_similarity_symmetric_bounded_identity(a, b):
    s, r = compare(a, b), compare(b, a)
    for x in (s.sight, s.sound, s.overall):
        assert 0.0 <= x <= 1.0
    assert abs(s.overall - r.overall) < 1e-9 and abs(s.sight - r.sight) < 1e-9 and abs(s.sound - r.sound) < 1e-9
    assert compare(a, a).overall == pytest.approx(1.0)


@settings(max_examples=30)
@given(st.lists(names, min_size=30, max_size=120, unique=True), names)
def test_index_matches_brute_force(corpus, query):
    index = BrandIndex(corpus)
    fast = [(m.record.name, round(m.scores.overall, 6)) for m in index.nearest(query, k=3)]
    slow = [(m.record.name, round(m.scores.overall, 6)) for m in index.brute_force(query, k=3)]
    assert [s for _, s in fast] == [s for _, s in slow]


@pytest.mark.parametrize("variant, brand, kind", [
    ("Gogle", "Google", "omission"), ("Amazoon", "Amazon", "repetition"), ("Googel", "Google", "transposition"),
    ("Netflux", "Netflix", "vowel-swap"), ("Adidaz", "Adidas", "replacement"), ("Nikes", "Nike", "plural"),
    ("Face-book", "Facebook", "hyphenation"), ("Paypa1", "Paypal", "homoglyph"), ("Amazoin", "Amazon", "insertion"),
])
def test_typo_kinds_are_named(variant, brand, kind):
    assert typo_kind(variant, brand) == kind


def test_look_alike_folding():
    assert skeleton("Gооgle") == skeleton("G00gle") == "google"  # Cyrillic о, zeros
    assert skeleton("Arnazon") == "amazon" and skeleton("PayPaI") == "paypal"


def test_index_save_load_roundtrip(tmp_path):
    index = BrandIndex(["Amazon", "Google", "Nike", "Colgate"])
    path = tmp_path / "idx.gz"
    index.save(str(path))
    loaded = BrandIndex.load(str(path))
    assert [m.record.name for m in loaded.nearest("Kolgate", 2)] == [m.record.name for m in index.nearest("Kolgate", 2)]


def test_user_register_formats(tmp_path):
    csv = tmp_path / "reg.csv"
    csv.write_text("id,Trademark,classes\n1,Zelvoran,\"32,33\"\n2,Quorbit,9\n", encoding="utf-8")
    plain = tmp_path / "reg.txt"
    plain.write_text("Zelvoran\nQuorbit\n", encoding="utf-8")
    assert [r.name for r in load_brand_file(str(csv))] == ["Zelvoran", "Quorbit"]
    assert load_brand_file(str(csv))[0].nice_classes == (32, 33)
    assert [r.name for r in load_brand_file(str(plain))] == ["Zelvoran", "Quorbit"]


def test_report_uses_user_register_and_sector(tmp_path):
    reg = tmp_path / "reg.txt"
    reg.write_text("Zelvoran\n", encoding="utf-8")
    report = brandcheck.check("Zelvora", markets=["en"], online=False, brands=load_brand_file(str(reg)))
    assert report.similar_brands and report.similar_brands[0].brand == "Zelvoran"
    assert any(f.check.startswith("similarity.") and f.evidence["brand"] == "Zelvoran" for f in report.findings)


def test_short_names_are_not_typo_squats():
    from brandcheck.similarity.typo import typo_kind

    assert typo_kind("Tumi", "TUI") is None and typo_kind("TUI", "Tumi") is None   # 3-letter mark
    assert typo_kind("Nifa", "FIFA") is None                                       # a bit flip in 4 letters
    assert typo_kind("Amazom", "Amazon") is not None


def test_at_most_three_faint_resemblances_become_findings():
    from brandcheck.context import Options
    from brandcheck.model import Severity
    from brandcheck.names import parse
    from brandcheck.similarity import MAX_LOW, near_brands

    result = near_brands(parse("Pajero"), [], Options())
    assert sum(f.severity == Severity.LOW for f in result.findings) <= MAX_LOW
    assert result.findings[0].evidence["brand"] == "Pajero"     # the real match stays first
