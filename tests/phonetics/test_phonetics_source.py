"""Intended pronunciations (expected IPA written by hand from CMUdict conventions / standard grammars)."""

from __future__ import annotations

import pytest

from brandcheck.errors import InvalidNameError
from brandcheck.phonetics.lexicon import letter, number
from brandcheck.phonetics.source import intended
from brandcheck.phonetics.tokenise import tokens


def test_dictionary_word():
    src = intended("Sprint")
    (w,) = src.words
    assert w.kind == "dictionary"
    assert w.ipa == ("s", "p", "ɹ", "ɪ", "n", "t")
    assert w.arpabet == ("S", "P", "R", "IH1", "N", "T")
    assert w.stress == 3
    assert src.language == "en"


def test_coined_word_goes_to_gruut_with_r_kept_before_a_vowel():
    (w,) = intended("Zelvora").words
    assert w.kind == "g2p" and w.arpabet is None
    assert w.ipa[:4] == ("z", "ɛ", "l", "v")
    assert "ɹ" in w.ipa and "ɚ" not in w.ipa


def test_affricates_and_diphthongs_are_single_segments():
    assert intended("Chase").ipa == ("tʃ", "eɪ", "s")
    assert intended("Joy").ipa == ("dʒ", "ɔɪ")


def test_initialisms_and_numbers_in_english():
    src = intended("TX4")
    assert [w.kind for w in src.words] == ["letters", "number"]
    assert src.ipa == ("t", "i", "ɛ", "k", "s", "f", "ɔ", "ɹ")
    assert [w.kind for w in intended("BMW").words] == ["letters"]
    assert [w.kind for w in intended("NASA").words] == ["dictionary"]  # a word, not letters


def test_initialisms_and_numbers_in_french():
    src = intended("TX4", source_language="fr")
    assert src.ipa == ("t", "e", "i", "k", "s", "k", "a", "t", "ʀ")  # té iks quatre


def test_number_words():
    assert [" ".join(w) for w in number("21", "de")] == ["aɪ n s", "ʊ n t", "ts v a n ts ɪ ç"]  # einundzwanzig
    assert [" ".join(w) for w in number("71", "fr")] == ["s w a s ɑ̃ t", "e", "ɔ̃ z"]  # soixante et onze
    assert [" ".join(w) for w in number("007", "en")] == ["z ɪ ɹ oʊ", "z ɪ ɹ oʊ", "s ɛ v ə n"]
    assert letter("w", "de") == ("We", ("v", "eː"))


def test_multiword_names_split_on_separators():
    assert tokens("Coca-Cola & Co.") == ["Coca", "Cola", "&", "Co"]
    assert tokens("TX4 नमस्ते") == ["TX", "4", "नमस्ते"]
    src = intended("AT&T")
    assert [w.kind for w in src.words] == ["letters", "letters", "letters"]


def test_source_language_reader():
    assert intended("Zelvora", source_language="es").ipa == ("s", "e", "l", "b", "o", "ɾ", "a")
    assert intended("Tsubasa", source_language="ja").ipa == ("ts", "ɯ", "b", "a", "s", "a")


def test_user_ipa():
    (w,) = intended("Zelvora", ipa="/zɛlˈvɔɹə/").words
    assert w.kind == "user"
    assert w.ipa == ("z", "ɛ", "l", "v", "ɔ", "ɹ", "ə")
    assert w.stress == 4


def test_other_scripts_are_read_in_their_language():
    assert intended("Москва").ipa == ("m", "o", "s", "k", "v", "a")


def test_invalid():
    with pytest.raises(InvalidNameError):
        intended("")
    with pytest.raises(InvalidNameError):
        intended("Zelvora", ipa="   ")


def test_digits_of_any_script_are_said_as_numbers():
    from brandcheck.phonetics.source import intended

    for name in ("4", "٤", "४", "４", "𝟒"):
        (word,) = intended(name).words
        assert (word.kind, word.spelling) == ("number", "4"), name
