"""Meaning matching: each match kind, with cases written by hand."""

import pytest

import brandcheck
from brandcheck.context import MarketContext, Options
from brandcheck.meanings import load_wordlists, meaning_findings
from brandcheck.meanings.severity import finding_severity
from brandcheck.markets import get
from brandcheck.model import Severity
from brandcheck.names import parse


def findings(name, market, **kw):
    from brandcheck.phonetics.reading import read_markets

    m, options = get(market), Options(**kw)
    reading = read_markets(parse(name), (m,), options)[m.tag]
    return meaning_findings(reading, MarketContext(m, options))


def by_term(found, term):
    return [f for f in found if f.evidence.get("term") == term]


# --- bundled lists, whole words and embedded -------------------------------------------------

@pytest.mark.parametrize("name, market, term", [
    ("Mist", "de", "mist"),            # German: rubbish
    ("Silver Mist", "de", "mist"),     # a word of a multi-word name
    ("Gift Box", "de", "gift"),        # German: poison
    ("Pajero", "es", "pajero"),        # Spanish vulgar
    ("Fitta", "sv", "fitta"),          # Swedish vulgar
    ("Black and Tan", "en-IE", "black and tan"),
    ("Merda", "it", "merda"),
])
def test_whole_name_and_word_hits_are_serious(name, market, term):
    hits = by_term(findings(name, market), term)
    assert hits, f"{term} not found for {name} in {market}"
    assert hits[0].severity >= Severity.MEDIUM
    ev = hits[0].evidence
    assert ev["gloss"] and ev["language"] and ev["match"] in ("whole", "word") and ev["position"]


def test_embedded_term_at_the_end():
    hits = by_term(findings("Laputa", "es"), "puta")
    assert hits and hits[0].evidence["match"] == "suffix" and hits[0].severity >= Severity.MEDIUM


def test_short_terms_only_as_whole_words():
    # Turkish "am" (vulgar) must not fire inside "Amazon"-like coined names.
    assert not by_term(findings("Ambrova", "tr"), "am")


def test_hit_inside_a_common_word_is_weighed_down():
    plain = by_term(findings("Scheissa", "de"), "scheiss")
    assert all(f.severity <= Severity.CRITICAL for f in plain)
    common = findings("Grapefruit", "en")  # common English word containing nothing to fear
    assert all(f.severity <= Severity.LOW for f in common)


# --- numbers, letters read aloud ---------------------------------------------------------------

def test_number_taboos_by_market():
    assert any(f.evidence.get("term") == "88" and f.severity >= Severity.HIGH for f in findings("Volt 88", "de"))
    assert any(f.evidence.get("term") == "4" for f in findings("Kira 4", "zh"))
    assert not any(f.evidence.get("term") == "88" and f.severity >= Severity.MEDIUM for f in findings("Volt 88", "zh"))


# --- regional slang -------------------------------------------------------------------------------

def test_regional_slang_is_strongest_in_its_region():
    ar = by_term(findings("Concha", "es-AR"), "concha")
    es = by_term(findings("Concha", "es"), "concha")
    assert ar and ar[0].severity >= Severity.HIGH
    assert not es or es[0].severity < ar[0].severity


# --- user lists ----------------------------------------------------------------------------------

def test_plain_user_wordlist(tmp_path):
    path = tmp_path / "ours.txt"
    path.write_text("# our own\nzelv\nquux\n", encoding="utf-8")
    lists = load_wordlists([f"{path}:de"])
    hits = by_term(findings("Zelvora", "de", wordlists=lists), "zelv")
    assert hits and hits[0].evidence["match"] == "prefix" and hits[0].evidence["list"] == str(path)
    assert not by_term(findings("Zelvora", "es", wordlists=lists), "zelv")  # German list only


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "utf-8-sig"])
def test_a_user_wordlist_saved_in_a_legacy_or_wide_encoding_is_read(tmp_path, encoding):
    # two short rows, as a spreadsheet saves them: too little text for a statistical guess
    path = tmp_path / "ours.tsv"
    path.write_bytes("term\tgloss\tcategory\tseverity\nzelvoño\tour word\tuser\t3\n".encode(encoding))
    lists = load_wordlists([f"{path}:es"])
    assert [e.native for e in lists[0].lexicon.entries] == ["zelvoño"]


def test_accepted_finding_is_reported_but_does_not_lower_score(tmp_path):
    path = tmp_path / "ours.txt"
    path.write_text("zelvora\n", encoding="utf-8")
    first = brandcheck.check("Zelvora", markets=["de"], online=False, wordlists=[str(path)])
    hit = [f for f in first.findings if f.check == "meaning.user"][0]
    second = brandcheck.check("Zelvora", markets=["de"], online=False, wordlists=[str(path)], accept=[hit.id])
    accepted = [f for f in second.findings if f.id == hit.id]
    assert accepted and accepted[0].accepted and second.score > first.score


# --- the documented severity mapping -------------------------------------------------------------

@pytest.mark.parametrize("sev, kind, kw, expected", [
    (4, "whole", {}, Severity.CRITICAL),
    (4, "suffix", {}, Severity.HIGH),
    (4, "middle", {}, Severity.MEDIUM),
    (4, "middle", {"inside_common_word": True}, Severity.INFO),
    (3, "whole", {"other_region": True}, Severity.MEDIUM),
    (2, "sound_near", {}, Severity.INFO),
    (4, "sound_near", {}, Severity.LOW),         # a near sound-alike never goes above low
    (4, "sound_edge", {}, Severity.MEDIUM),      # an exact one at the edge: medium at most
    (0, "whole", {}, Severity.INFO),
])
def test_severity_mapping(sev, kind, kw, expected):
    assert finding_severity(sev, kind, **kw) == expected


def test_a_sound_alike_alone_is_never_above_medium():
    from brandcheck.meanings.severity import finding_severity

    assert finding_severity(4, "sound") == Severity.MEDIUM
    assert finding_severity(4, "whole") == Severity.CRITICAL


def test_a_long_prefix_weighs_like_a_word():
    hits = by_term(findings("Fartfull", "en"), "fart")
    assert hits and hits[0].severity >= Severity.MEDIUM
    # a short term at the start of a long word stays a prefix (one step down)
    assert all(h.severity <= Severity.MEDIUM for h in by_term(findings("Pissarovsky", "en"), "piss"))


def test_chinese_homophones_respect_syllable_breaks():
    # 迪奥 di-ao is two syllables; the listed one-syllable vulgar word diao must not match it
    from brandcheck.meanings.chinese import homophone_hits
    from brandcheck.meanings.lexicon import lexicon

    words = [hit.entry.term for hit, _ in homophone_hits("迪奥", lexicon("zh")) if hit is not None]
    assert "diao" not in words


def test_the_local_spelling_romanised_is_matched_in_japanese_and_korean():
    # Siri is written シリ in Japan: "shiri" is the word for buttocks
    hits = by_term(findings("Siri", "ja"), "shiri")
    assert hits and hits[0].severity == Severity.MEDIUM and "シリ" in hits[0].evidence["position"]
    assert by_term(findings("Babo", "ko"), "babo")[0].severity >= Severity.MEDIUM


@pytest.mark.parametrize("name, market, term", [
    ("Calpis", "en", "piss"),    # Cal|pis: heard after a closed syllable
    ("Vicks", "de", "fick"),     # read /fɪks/: the word plus an ending
    ("Gutvik", "de", "fick"),
    ("Ascona", "pt-PT", "cona"),
])
def test_a_whole_word_term_heard_at_an_edge(name, market, term):
    hits = by_term(findings(name, market), term)
    assert hits and hits[0].evidence["match"] == "sound_edge" and hits[0].severity == Severity.MEDIUM


@pytest.mark.parametrize("name, market, term", [
    ("Pacific", "de", "fick"),     # pa-ci-fic: the sounds run on after an open syllable
    ("Victoria", "de", "fick"),    # only the first syllable of a longer name
    ("Corsa", "ar", "kos"),        # kos + a vowel is re-syllabified: ko-sa
])
def test_a_whole_word_term_is_not_heard_mid_flow(name, market, term):
    assert not by_term(findings(name, market), term)


def test_a_number_in_a_longer_name_weighs_as_a_number_word():
    # issue 15: said as a word of its own (RAV4, Channel 4), but capped at medium unless a hate code
    assert max(f.severity for f in by_term(findings("RAV4", "zh"), "4")) == Severity.MEDIUM
    assert max(f.severity for f in by_term(findings("Channel 4", "zh"), "4")) == Severity.MEDIUM
    # the read-aloud form in characters is not matched by its leftover digits
    assert all(f.evidence["match"] != "letters" for f in by_term(findings("RAV4", "zh"), "4"))


def test_a_missing_distinct_letter_weighs_one_step_less():
    # Spanish ñ and Vietnamese đ make other words: Cono is "cone", Dai is not đái
    assert by_term(findings("Cono", "es"), "cono")[0].severity < by_term(findings("Coño", "es"), "cono")[0].severity
    assert by_term(findings("Dai Lo", "vi"), "dai")[0].severity == Severity.MEDIUM
