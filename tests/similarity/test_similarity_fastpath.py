"""The similarity fast paths against their naive twins (``_reference_*``): identical scores."""

from __future__ import annotations

import functools

import pytest
from hypothesis import given, settings, strategies as st

from brandcheck.markets import PRESETS
from brandcheck.similarity import bundled_index
from brandcheck.similarity import ngram, score, typo

LETTERS = "abcdefghijklmnopqrstuvwxyz"


@functools.lru_cache(maxsize=1)
def _brands() -> tuple[str, ...]:
    return tuple(t for r in bundled_index().records for t in (r.name, *r.aliases))


@st.composite
def slips(draw):
    """A bundled brand name and a variant a slip or two away (the pairs typo_kind and the scores
    have to get right), or another brand."""
    brand = draw(st.sampled_from(_brands()))
    s = list(brand)
    for op, ch, where in draw(st.lists(st.tuples(st.sampled_from("sidtp"), st.sampled_from(LETTERS + "-01 "),
                                                 st.integers(0, 40)), max_size=2)):
        if op == "s" and s:
            s[where % len(s)] = ch
        elif op == "i":
            s.insert(where % (len(s) + 1), ch)
        elif op == "d" and len(s) > 1:
            del s[where % len(s)]
        elif op == "t" and len(s) > 1:
            i = where % (len(s) - 1)
            s[i], s[i + 1] = s[i + 1], s[i]
        else:
            s += list(draw(st.sampled_from(["s", "es", "-", "store"])))
    other = draw(st.one_of(st.just(brand), st.sampled_from(_brands())))
    return "".join(s), other





SLIPS = [("Nikes", "Nike"), ("Adidases", "Adidas"), ("Amazom", "Amazon"), ("Gogle", "Google"), ("Gooogle", "Google"),
         ("Googgle", "Google"), ("Goolge", "Google"), ("Amaz-on", "Amazon"), ("Ama-zon", "Ama-zon"),
         ("Samsong", "Samsung"), ("G0ogle", "Google"), ("Tesla", "Tesla"), ("Tes", "Test"), ("Amazonstore", "Amazon"),
         ("Mikrosoft", "Microsoft"), ("Yamaha", "Yamahz"), ("Nikwe", "Nike")]


@pytest.mark.parametrize("a, b", SLIPS)
def test_typo_kind_is_the_reference_on_every_kind(a, b):
    assert typo.typo_kind(a, b) == typo._reference_typo_kind(a, b)
    assert typo.typo_kind(b, a) == typo._reference_typo_kind(b, a)
    fa, fb = score.features(a), score.features(b)
    assert score.fast_scores(fa, fb) == score._reference_fast_scores(fa, fb)


@given(slips())
def test_typo_kind_is_the_reference(pair):
    a, b = pair
    assert typo.typo_kind(a, b) == typo._reference_typo_kind(a, b)
    assert typo.typo_kind(b, a) == typo._reference_typo_kind(b, a)


@given(st.text(LETTERS + "-É1", max_size=9), st.text(LETTERS + "-", max_size=9))
def test_typo_kind_is_the_reference_on_any_text(a, b):
    assert typo.typo_kind(a, b) == typo._reference_typo_kind(a, b)


@given(slips())
def test_fast_scores_are_the_reference(pair):
    fa, fb = score.features(pair[0]), score.features(pair[1])
    assert score.fast_scores(fa, fb) == score._reference_fast_scores(fa, fb)


@given(slips(), st.lists(st.sampled_from(_brands()), max_size=30))
def test_fast_scores_many_are_fast_scores(pair, others):
    a = score.features(pair[0])
    bs = [score.features(t) for t in (pair[1], *others)]
    assert score.fast_scores_many(a, bs) == [score.fast_scores(a, b) for b in bs]


@given(st.text(LETTERS + "-É1 ", max_size=9), st.lists(st.text(LETTERS + "-0 ", max_size=9), max_size=8))
def test_fast_scores_many_are_fast_scores_on_any_text(a, others):
    fa, bs = score.features(a), [score.features(t) for t in others]
    assert score.fast_scores_many(fa, bs) == [score.fast_scores(fa, b) for b in bs]


@given(st.text("abkmnst", max_size=7), st.lists(st.text("abkmnst", max_size=7), max_size=60), st.integers(1, 30))
def test_top_is_the_set_process_extract_returns(query, choices, limit):
    from rapidfuzz import fuzz, process

    from brandcheck.similarity.index import _top

    expected = {i for _, _, i in process.extract(query, choices, scorer=fuzz.ratio, limit=limit)}
    assert set(_top(query, choices, limit)) == expected  # many ties: a seven-letter alphabet


def test_fast_scores_many_on_slips_and_containment():
    fa = score.features("Amazonstore")
    bs = [score.features(t) for t in ("Amazon", "Amazonstore", "Amazom", "Azon", "Store", "Nike", "")]
    assert score.fast_scores_many(fa, bs) == [score.fast_scores(fa, b) for b in bs]
    assert score.fast_scores_many(fa, bs)[0].containment > 0.6


@given(st.text(LETTERS + "\0", max_size=12), st.text(LETTERS, max_size=12), st.integers(1, 4))
def test_ngram_similarity_is_the_reference(a, b, n):
    assert ngram.ngram_similarity(a, b, n) == ngram._reference_ngram_similarity(a, b, n)
    assert ngram.ngram_similarity(a, b) == ngram._reference_ngram_similarity(a, b)


LATIN_GLOBAL = ("de", "fr", "it", "pt-BR", "es", "es-MX")


@settings(max_examples=25)
@given(slips())
def test_full_scores_are_the_reference(pair):
    a, b = pair
    for markets in (LATIN_GLOBAL, (), ["es", "es-MX", "zz"]):
        assert score.full_scores(a, b, markets=markets) == score._reference_full_scores(a, b, markets=markets)
    # asked again (the memo): the same answer
    assert score.full_scores(a, b, markets=LATIN_GLOBAL) == score._reference_full_scores(a, b, markets=LATIN_GLOBAL)


@settings(max_examples=15)
@given(st.sampled_from(("Zelvora", "Lumora", "Kolgate", "Nestlé", "Gü-Tech", "Ikea 4", "Søren")))
def test_markets_that_read_alike_read_once(name):
    # full_scores reads a name once for es and es-MX (one language, reader and script)
    for tag in PRESETS["all"]:
        assert score._market_ipa(name, tag) == score._read_in(name, tag)


def _reference_rank(index, q, entries, k):
    """The ranking before scores were made lazily: every entry's Scores, a spelling by ear weighed,
    each record's first best entry, sorted by overall, sight and name."""
    import dataclasses

    from brandcheck.similarity.brands import native_key

    top = {}
    for i in entries:
        if q.plain or index._skeletons[i]:
            scores = score.fast_scores(q, score.features(index._texts[i]))
        else:  # native-script names: exact alias match only
            same = float(native_key(q.text) == native_key(index._texts[i]))
            scores = score.Scores(same, same, 0.0, 0.0, same)
        if i in index._heard:
            scores = dataclasses.replace(scores, overall=scores.overall * index._heard_weight)
        held = top.get(index._owner[i])
        if held is None or scores.overall > held[0]:
            top[index._owner[i]] = (scores.overall, i, scores)
    ranked = sorted(top.items(), key=lambda it: (-it[1][2].overall, -it[1][2].sight, index.records[it[0]].name))
    return [(index.records[r].name, index.records[r].name if i in index._heard else index._texts[i], s)
            for r, (_, i, s) in ranked[:k]]


@settings(max_examples=30, deadline=None)
@given(slips())
def test_rank_is_the_reference_ranking(pair):
    # candidates as nearest() gathers them, heard spellings (Renault's 'reno') among them
    index = bundled_index()
    for name in pair:
        q = score.features(name)
        entries = index._candidates(q, 120)
        fast = [(m.record.name, m.matched, m.scores) for m in index._rank(q, entries, 12)]
        assert fast == _reference_rank(index, q, entries, 12)


def test_rank_weighs_a_spelling_by_ear():
    index = bundled_index()
    q = score.features("Reno")
    entries = index._candidates(q, 120)
    assert entries & index._heard
    fast = [(m.record.name, m.matched, m.scores) for m in index._rank(q, entries, 12)]
    assert fast == _reference_rank(index, q, entries, 12)
    assert ("Renault", "Renault") in [(b, m) for b, m, _ in fast]
