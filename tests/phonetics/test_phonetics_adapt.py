"""Loanword adaptation (expected forms written by hand from the adaptation literature cited)."""

from __future__ import annotations

import pytest

from brandcheck.phonetics.adapt import CHANGE_KINDS, adapt
from brandcheck.phonetics.source import intended

SPRINT = ("s", "p", "ɹ", "ɪ", "n", "t")


def kinds(a):
    return [c.kind for c in a.changes]


def test_japanese_sprint_gets_u_and_final_o():
    # スプリント supurinto: u after s and p, moraic n, o after t (Ozaki 2014)
    a = adapt(SPRINT, "ja")
    assert a.segments == ("s", "ɯ", "p", "ɯ", "ɾ", "i", "ɴ", "t", "o")
    assert kinds(a).count("epenthesis") == 3


def test_korean_sprint_follows_nikl():
    # 스프린트 seu-peu-rin-teu: 으 after every cluster consonant and the final t
    a = adapt(SPRINT, "ko")
    assert a.segments == ("s", "ɯ", "pʰ", "ɯ", "ɾ", "i", "n", "tʰ", "ɯ")
    assert [("".join(s)) for s in a.syllables] == ["sɯ", "pʰɯ", "ɾin", "tʰɯ"]


def test_japanese_has_no_l():
    a = adapt(intended("Lumora").ipa, "ja")
    assert a.segments[0] == "ɾ"
    sub = next(c for c in a.changes if c.kind == "substitution" and c.segment == "l")
    assert sub.result == "ɾ" and sub.severity == 2 and sub.position == 0


def test_arabic_has_no_p():
    a = adapt(("p", "ɛ", "p", "s", "i"), "ar")  # Pepsi → بيبسي
    assert a.segments[0] == "b" and a.segments[2] == "b"
    assert all(c.severity == 2 for c in a.changes if c.segment == "p")


def test_spanish_prothesis_before_s_cluster():
    a = adapt(("s", "t", "a", "k", "o"), "es")
    assert a.segments[:3] == ("e", "s", "t")
    assert "prothesis" in kinds(a)
    assert ("".join(a.syllables[0])) == "es"


@pytest.mark.parametrize("lang,vowel", [("hi", "i"), ("fa", "e"), ("ar", "i")])
def test_prothesis_languages(lang, vowel):
    a = adapt(("s", "k", "u", "l"), lang)  # school → iskool, eskul
    assert a.segments[0] == vowel and "prothesis" in kinds(a)


def test_mandarin_codas_and_final_l():
    a = adapt(("d", "æ", "l", "v", "oʊ"), "zh")  # Dalvo → 达尔沃 da-er-wo
    assert a.segments == ("t", "a", "ɚ", "w", "ou")
    a = adapt(("s", "m", "ɪ", "θ"), "zh")  # Smith → 史密斯 shi-mi-si
    assert len(a.syllables) == 3


def test_thai_coda_neutralisation_and_deletion():
    a = adapt(("ɡ", "ɑ", "l", "f"), "th")  # golf → กอล์ฟ [kɔ́ɔp]
    assert a.segments[-1] == "p" and "l" not in a.segments and "deletion" in kinds(a)


def test_german_final_devoicing():
    a = adapt(("h", "a", "n", "d"), "de", native=True)
    assert a.segments[-1] == "t" and kinds(a) == ["devoicing"]


def test_turkish_epenthesis_harmonises():
    a = adapt(("k", "l", "u", "p"), "tr")  # marginal onset kept: kulüp is optional
    assert a.segments[0] == "k"
    a = adapt(("s", "m", "o", "k"), "fi")  # Finnish: final k is not a legal coda → -i
    assert a.segments[-1] == "i"


def test_degemination_and_changes_are_well_formed():
    a = adapt(("x", "a", "s", "s"), "es", native=True)  # Jazz read by Spanish spelling rules
    assert a.segments == ("x", "a", "s")
    for lang in ("ja", "ko", "zh", "ar", "th", "hi", "ru", "es"):
        for c in adapt(intended("Strength").ipa, lang).changes:
            assert c.kind in CHANGE_KINDS


def test_cv_names_need_no_repair():
    for lang in ("ja", "ko", "zh", "ar", "es", "de", "th", "vi", "hi"):
        a = adapt(("k", "a", "m", "o"), lang)
        assert not [c for c in a.changes if c.kind in ("epenthesis", "prothesis", "deletion")]
        assert len(a.syllables) == 2


def test_japanese_counts_morae():
    a = adapt(SPRINT, "ja")
    assert a.units == 5  # su pu ri n to
