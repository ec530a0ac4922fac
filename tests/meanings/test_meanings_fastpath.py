"""The meaning matchers' fast paths against their naive twins (``_reference_*``), on readings and
spellings made from the lists themselves so that hits of every kind occur."""

from __future__ import annotations

import dataclasses
import functools

import pytest
from hypothesis import given, strategies as st

from brandcheck.meanings import match, sound
from brandcheck.meanings.lexicon import Entry, key_of, lexicon

LANGUAGES = ("de", "en", "es", "fr", "it", "ja", "nl", "ru", "tr")
NOISE = ["a", "e", "i", "o", "u", "s", "t", "k", "p", "n", "m", "l", "r", "ʃ", "f", "ɪ", "ə", "aː", "ɛ"]


@functools.lru_cache(maxsize=None)
def _words(language: str):
    return sound._indexed(lexicon(language))


@pytest.fixture(scope="module", autouse=True)
def _pronounced_lists():
    # pronounce the lists before hypothesis draws from them: the English pronouncer's first use
    # touches the random module, which hypothesis reports as flaky data generation
    for language in LANGUAGES:
        _words(language)


@st.composite
def readings(draw):
    """A listed word's sounds, perhaps changed a little, perhaps inside other sounds."""
    language = draw(st.sampled_from(LANGUAGES))
    lex = lexicon(language)
    _, ipa, _ = draw(st.sampled_from(_words(language)))
    r = list(ipa)
    for op, seg, where in draw(st.lists(st.tuples(st.sampled_from("sid"), st.sampled_from(NOISE),
                                                  st.integers(0, 30)), max_size=2)):
        if op == "s":
            r[where % len(r)] = seg
        elif op == "i":
            r.insert(where % (len(r) + 1), seg)
        elif len(r) > 1:
            del r[where % len(r)]
    before = draw(st.lists(st.sampled_from(NOISE), max_size=4))
    after = draw(st.lists(st.sampled_from(NOISE), max_size=4))
    return tuple(before + r + after), lex


@given(readings(), st.booleans(), st.booleans())
def test_sound_hits_are_the_reference_hits_in_the_same_order(case, short_anywhere, skip_first):
    reading, lex = case
    reference = list(sound._reference_sound_hits(reading, lex, label="L", skip=set(), short_anywhere=short_anywhere))
    skip = {reference[0].entry.term} if skip_first and reference else set()
    got = list(sound.sound_hits(reading, lex, label="L", skip=skip, short_anywhere=short_anywhere))
    assert got == list(sound._reference_sound_hits(reading, lex, label="L", skip=skip,
                                                   short_anywhere=short_anywhere))


@given(st.sampled_from(LANGUAGES), st.lists(st.sampled_from(NOISE), max_size=12))
def test_sound_hits_on_any_sounds(language, segs):
    lex = lexicon(language)
    assert list(sound.sound_hits(segs, lex, label="L", skip=set())) == \
        list(sound._reference_sound_hits(segs, lex, label="L", skip=set()))


@st.composite
def spellings(draw):
    """Words of a name made from listed terms (as listed, native, with a plural or a prefix) and
    coined words."""
    language = draw(st.sampled_from(LANGUAGES + ("zh", "ko", "ar")))
    lex = lexicon(language)
    words = []
    for _ in range(draw(st.integers(1, 4))):
        e = draw(st.sampled_from(lex.entries))
        words.append(draw(st.sampled_from([e.term, e.native, e.term + "s", "x" + e.term.replace(" ", ""),
                                           e.term.replace(" ", "") + "ko",
                                           draw(st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=9))])))
    phrase = draw(st.sampled_from(["", " ".join(words)]))
    return tuple(words), lex, phrase


@given(spellings())
def test_text_hits_are_the_reference_hits_in_the_same_order(case):
    words, lex, phrase = case
    assert list(match.text_hits(words, lex, phrase=phrase)) == \
        list(match._reference_text_hits(words, lex, phrase=phrase))


def test_entry_key_is_computed_once_and_stays_out_of_equality():
    e = Entry("Scheiße", "Scheiße", "shit", "vulgar", 3, "", True, "de", "meanings/de.tsv")
    assert e.key == key_of(e.term) == "scheisse"
    assert dataclasses.replace(e, term="Mist").key == "mist"
    assert e == dataclasses.replace(e) and hash(e) == hash(dataclasses.replace(e))
    assert "key" not in repr(e)
    for language in LANGUAGES:
        assert all(x.key == key_of(x.term) for x in lexicon(language).entries)
