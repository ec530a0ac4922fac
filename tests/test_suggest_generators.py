"""The generators of brandcheck.suggest on their own: properties (hypothesis) and hand-checked cases."""

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from brandcheck.markets import resolve
from brandcheck.model import Finding, Report, Severity, Verdict
from brandcheck.names import parse
from brandcheck.suggestions.blends import blends, heads, tails
from brandcheck.suggestions.coined import coined
from brandcheck.suggestions.morphemes import for_keyword, morphemes
from brandcheck.suggestions.palette import palette_for
from brandcheck.suggestions.repairs import repairs
from brandcheck.suggestions.screen import brand_keys, prefilter
from brandcheck.suggestions.spelling import key
from brandcheck.suggestions.variants import variants

MARKET_SETS = ("ja,zh,de", "de", "es,fr", "global")
seeds = st.text(alphabet="abcdefghijklmnoprstuvwyz", min_size=3, max_size=10).map(str.capitalize)


def palette(markets):
    return palette_for(resolve(markets))


def assert_valid(cands, seed_names):
    for c in cands:
        assert parse(c.name).text == c.name  # a valid name, already normalised
        assert key(c.name) not in {key(s) for s in seed_names}


# --- the palette -----------------------------------------------------------------------------

def test_palette_leaves_out_what_a_market_lacks_or_misreads():
    p = palette("ja,zh,de")
    assert "l" not in p.consonants  # Japanese has no /l/
    assert "v" not in p.consonants  # nor /v/ (and German reads v as f)
    assert "z" not in p.consonants  # German reads z as ts
    assert {"k", "m", "n", "t"} <= set(p.consonants)
    assert "ti" not in p.syllables  # Japanese romaji reads ti as [tɕi]
    assert "ka" in p.syllables and "n" in p.codas and "k" not in p.codas


def test_palette_of_one_latin_market_is_wider_than_of_many():
    assert set(palette("global").consonants) < set(palette("de").consonants)
    assert "u" not in palette("es,fr").vowels  # French reads u as [y]


def test_violations_count_letters_clusters_and_final_consonants():
    p = palette("ja,zh,de")
    assert p.violations("Kamono") == 0
    assert p.violations("Kamonok") == 1  # a final k: Japanese and Mandarin cannot end on it
    assert p.violations("Zelvora") >= 3  # z, l, v and r


# --- coined ----------------------------------------------------------------------------------

@pytest.mark.parametrize("markets", MARKET_SETS)
def test_coined_names_use_only_the_palette(markets):
    p = palette(markets)
    names = list(coined(p, random.Random(3), count=60))
    assert len(names) == 60 and len({c.name for c in names}) == 60
    assert_valid(names, ())
    assert all(p.violations(c.name) == 0 for c in names)
    assert all(c.kind == "coined" and c.origin == () for c in names)


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 10**6), st.sampled_from(MARKET_SETS))
def test_coined_is_deterministic_for_a_seed(seed, markets):
    p = palette(markets)
    a = [c.name for c in coined(p, random.Random(seed), count=10)]
    b = [c.name for c in coined(p, random.Random(seed), count=10)]
    assert a == b


# --- variants and blends ---------------------------------------------------------------------

@settings(max_examples=40, deadline=None)
@given(seeds, st.sampled_from(MARKET_SETS), st.lists(st.sampled_from(["light", "speed", "health", "sea"]),
                                                        max_size=2))
def test_variants_are_valid_and_never_the_seed(seed, markets, keywords):
    out = list(variants(seed, palette(markets), morphemes(), random.Random(0), keywords=tuple(keywords)))
    assert_valid(out, [seed])
    assert all(c.origin in ((seed,), ()) and c.kind == "variant" and c.why.endswith(".") for c in out)
    assert all("keyword" in c.why for c in out if c.origin == ())  # no seed in it: made of keywords


@settings(max_examples=40, deadline=None)
@given(st.lists(seeds, min_size=2, max_size=3, unique=True))
def test_blends_are_valid_and_come_from_both_parts(parts):
    out = list(blends(parts, random.Random(0)))
    assert_valid(out, parts)
    for c in out:
        a, b = c.origin
        assert any(key(c.name).startswith(h) for h in heads(key(a)))
        assert any(key(c.name).endswith(t) for t in tails(key(b)))


def test_blend_of_lumora_and_zelvora():
    names = {c.name for c in blends(["Lumora", "Zelvora"], random.Random(0))}
    assert {"Lumvora", "Zelmora"} <= names
    assert "Lumoora" not in names  # no hiatus at the seam


def test_keywords_find_roots_by_gloss_and_tag():
    texts = {m.text for m in for_keyword("light", morphemes())}
    assert {"lum", "luc", "lux", "phos"} <= texts
    assert all(m.kind != "ending" for m in for_keyword("light", morphemes()))


# --- the prefilter: never a brand, never a seed ------------------------------------------------

@settings(max_examples=25, deadline=None)
@given(st.lists(seeds, min_size=1, max_size=2, unique=True), st.sampled_from(MARKET_SETS))
def test_prefiltered_pool_has_no_brand_no_seed_no_repeat(seed_names, markets):
    p = palette(markets)
    rng = random.Random(1)
    cands = [c for s in seed_names for c in variants(s, p, morphemes(), rng)]
    cands += list(blends(seed_names, rng)) + list(coined(p, rng, count=30))
    # a brand and the seed itself, written differently, are let in by hand
    from brandcheck.suggestions.model import Candidate

    cands += [Candidate("Nivea", "variant", "x.", (seed_names[0],)), Candidate(seed_names[0].upper(), "coined", "x.")]
    pool = list(prefilter(cands, p, seeds=seed_names, brands=brand_keys()))
    keys = [key(c.name) for c in pool]
    assert len(keys) == len(set(keys))
    assert not set(keys) & brand_keys()
    assert not set(keys) & {key(s) for s in seed_names}
    assert_valid(pool, seed_names)


# --- repairs ---------------------------------------------------------------------------------

def _report(name, *findings):
    return Report(name, 80, Verdict.CAUTION, {}, tuple(findings))


def test_a_missing_sound_repair_replaces_every_letter_of_that_sound():
    f = Finding("pronounceability.missing_sound", "ja", Severity.LOW, "Japanese has no /l/",
                {"segment": "l", "replacement": "ɾ", "word": "l"})
    out = list(repairs("Lullaby", _report("Lullaby", f), palette("ja,zh,de"), random.Random(0)))
    claiming = [c for c in out if f.id in c.repairs]
    assert claiming and all("l" not in key(c.name) for c in claiming if "cluster" not in c.why)
    assert all(c.kind == "repair" and c.origin == ("Lullaby",) for c in out)


def test_a_meaning_repair_changes_the_stretch_where_the_word_sits():
    f = Finding("meaning.vulgar", "es", Severity.HIGH, "…", {"term": "caca", "matched": "caca", "word": "caca"})
    out = [c for c in repairs("Tocacalo", _report("Tocacalo", f), palette("es"), random.Random(0)) if f.id in c.repairs]
    assert out
    for c in out:
        k = key(c.name)
        assert "caca" not in k and k[:2] == "to" and k[-2:] == "lo"  # only the matched letters change


@settings(max_examples=30, deadline=None)
@given(seeds, st.sampled_from(MARKET_SETS))
def test_repairs_are_valid_names_claiming_only_the_reports_findings(seed, markets):
    findings = (
        Finding("pronounceability.missing_sound", "ja", Severity.LOW, "…", {"segment": "r", "word": "r"}),
        Finding("pronounceability.cluster", "ja", Severity.LOW, "…", {"word": "cluster"}),
        Finding("similarity.look_alike", None, Severity.MEDIUM, "…", {"brand": "Nivea"}),
        Finding("meaning.negative", "es", Severity.MEDIUM, "…", {"term": seed[1:3].lower(), "word": "x"}),
        Finding("distinctiveness.common_word", "de", Severity.LOW, "…", {"word": seed.lower()}),
    )
    ids = {f.id for f in findings}
    out = list(repairs(seed, _report(seed, *findings), palette(markets), random.Random(0)))
    assert_valid(out, [seed])
    assert all(c.repairs and set(c.repairs) <= ids for c in out)
    assert len({c.name for c in out}) == len(out)  # one candidate per name, claiming all it repairs


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=20))
def test_any_seed_text_gives_valid_candidates_or_none(text):
    from brandcheck.errors import InvalidNameError

    try:
        seed = parse(text).text
    except InvalidNameError:
        return
    p = palette("ja,zh,de")
    f = Finding("meaning.negative", "de", Severity.MEDIUM, "…", {"term": text[:3], "word": text[:3]})
    out = list(variants(seed, p, morphemes(), random.Random(0), keywords=(text,)))
    out += list(blends([seed, "Lumora"], random.Random(0)))
    out += list(repairs(seed, _report(seed, f), p, random.Random(0)))
    assert_valid(out, [seed])


@settings(max_examples=60, deadline=None)
@given(seeds, st.sampled_from(MARKET_SETS))
def test_a_seed_rebuilt_from_the_palette_is_inside_it(seed, markets):
    from brandcheck.suggestions.repairs import _palette_echo

    p = palette(markets)
    echo = _palette_echo(key(seed), p)
    assert p.violations(echo) == 0
    assert echo[:1] == "" or echo[0] in p.consonants + p.vowels
