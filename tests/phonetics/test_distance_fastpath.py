"""The fast feature distance against its naive twin: the same value, bit for bit, and with a
cutoff the same decision and, at or above the cutoff, the same value."""

from __future__ import annotations

import math

from hypothesis import example, given, strategies as st

from brandcheck.phonetics import features as F

SEGMENTS = ["p", "b", "t", "d", "k", "ɡ", "f", "v", "s", "z", "ʃ", "tʃ", "dʒ", "m", "n", "ŋ", "l", "ɾ", "ɹ", "r",
            "w", "j", "h", "ʁ", "x", "a", "e", "i", "o", "u", "ə", "ɯ", "y", "ɪ", "ʊ", "ɛ", "ɔ", "aɪ", "oʊ", "ɚ",
            "aː", "tʰ", "q̃"]
seqs = st.lists(st.sampled_from(SEGMENTS), max_size=10).map(tuple)


@st.composite
def near_pairs(draw):
    """A sequence and a copy with a few substitutions, insertions or deletions (pairs near the
    thresholds, where the early exits have to be right)."""
    a = draw(st.lists(st.sampled_from(SEGMENTS), min_size=1, max_size=12))
    b = list(a)
    for op, seg, where in draw(st.lists(st.tuples(st.sampled_from("sid"), st.sampled_from(SEGMENTS),
                                                  st.integers(0, 20)), max_size=3)):
        if op == "s" and b:
            b[where % len(b)] = seg
        elif op == "i":
            b.insert(where % (len(b) + 1), seg)
        elif b:
            del b[where % len(b)]
    return tuple(a), tuple(b)


pairs = st.one_of(st.tuples(seqs, seqs), near_pairs())


@given(pairs)
@example((("k", "a", "t"), ("k", "a", "t")))
@example(((), ("a",)))
def test_distance_is_the_reference_bit_for_bit(pair):
    a, b = pair
    assert F.ipa_distance(a, b) == F._reference_ipa_distance(a, b)
    assert F.ipa_distance(list(a), iter(b)) == F._reference_ipa_distance(a, b)  # any sequences


@given(pairs, st.sampled_from([0.5, 0.8, 0.86, 0.9, 0.95, 0.98, 1.0]))
def test_cutoff_keeps_the_decision_and_the_value(pair, cutoff):
    a, b = pair
    exact = 1.0 - F._reference_ipa_distance(a, b)
    got = F.ipa_similarity(a, b, cutoff=cutoff)
    if exact >= cutoff:
        assert got == exact
    else:
        assert got == 0.0


@given(pairs)
def test_cutoff_at_the_similarity_itself(pair):
    # the early exits have a margin: a cutoff equal to (or a hair around) the exact value decides
    # exactly as the comparison with the exact value does
    a, b = pair
    exact = 1.0 - F._reference_ipa_distance(a, b)
    for cutoff in (exact, math.nextafter(exact, 2.0), math.nextafter(exact, -1.0), exact + 1e-12, exact - 1e-12):
        if cutoff <= 0.0:
            continue
        got = F.ipa_similarity(a, b, cutoff=cutoff)
        assert got == (exact if exact >= cutoff else 0.0)


@given(pairs)
def test_no_cutoff_is_the_plain_similarity(pair):
    a, b = pair
    assert F.ipa_similarity(a, b) == 1.0 - F._reference_ipa_distance(a, b)
    assert F.ipa_similarity(a, b, cutoff=None) == F.ipa_similarity(a, b)


@given(near_pairs())
def test_transposed_pairs_agree_exactly(pair):
    # the DP is symmetric in floating point too (same cells, transposed)
    a, b = pair
    assert F.ipa_distance(a, b) == F.ipa_distance(b, a)


def test_cutoff_examples():
    fik, fiks = ("f", "ɪ", "k"), ("f", "ɪ", "k", "s")
    assert F.ipa_similarity(fik, fik, cutoff=0.99) == 1.0
    assert F.ipa_similarity(fik, fiks, cutoff=0.5) == 1.0 - F._reference_ipa_distance(fik, fiks)
    assert F.ipa_similarity(fik, fiks, cutoff=0.9) == 0.0      # one consonant added in four: 0.75
    assert F.ipa_similarity((), fik, cutoff=0.5) == 0.0


@given(pairs)
def test_alignment_is_the_reference(pair):
    a, b = pair
    assert F.align(a, b) == F._reference_align(a, b)


IPA_CHARS = "abdefhijklmnoprstuvwxzɐɑɒæɓʙβɔɕçɗɖðʤəɘɚɛɜɝɞɟʄɡɠɢʛɦɧħɥʜɨɪʝɭɬɫɮʟɱɯɰŋɳɲɴøɵɸθœɶʘɹɺɾɻʀʁɽʂʃʈʧʉʊʋⱱʌɣɤʍχʎʏʑʐʒʔʡʕʢǀǁǂǃˈˌːˑ̆|‖.  ʰʲʷˠˤ̃̊̈̚͜͡ʦtɕ3Qé"


@given(st.text(IPA_CHARS, max_size=16))
def test_segmentation_is_the_reference(ipa):
    assert F.segment(ipa) == F._reference_segment(ipa)
