"""Properties every renderer keeps, for any name: target-script text, ranked scores, IPA present."""

from __future__ import annotations

import string
import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from brandcheck.markets import all_markets, get
from brandcheck.phonetics.localize import localize
from brandcheck.phonetics.scripts import SCRIPTS, Rendering, render, renderer_for
from brandcheck.phonetics.source import intended

# Allowed characters of each market's script, with the marks the renderers may use.
_RANGES = {
    "ja": [(0x30A0, 0x30FF)],                      # katakana incl. ー and ・
    "ko": [(0xAC00, 0xD7A3)],                      # hangul syllables
    "zh": [(0x4E00, 0x9FFF)],
    "zh-TW": [(0x4E00, 0x9FFF)],
    "ru": [(0x0400, 0x04FF)],
    "uk": [(0x0400, 0x04FF)],
    "el": [(0x0370, 0x03FF), (0x1F00, 0x1FFF)],
    "ar": [(0x0600, 0x06FF)],
    "fa": [(0x0600, 0x06FF), (0x200C, 0x200C)],    # incl. the zero-width non-joiner of compounds
    "he": [(0x0590, 0x05FF)],                      # incl. geresh ׳
    "hi": [(0x0900, 0x097F)],
    "th": [(0x0E00, 0x0E7F)],
}
_SEPARATORS = " -"

NON_LATIN = sorted(_RANGES)


def in_script(text: str, tag: str) -> bool:
    ranges = _RANGES[tag]
    return bool(text.strip(_SEPARATORS)) and all(
        c in _SEPARATORS or any(lo <= ord(c) <= hi for lo, hi in ranges)
        for c in unicodedata.normalize("NFC", text)
    )


def test_every_non_latin_market_has_a_renderer():
    for market in all_markets():
        if market.script != "Latn":
            assert renderer_for(market) is not None, market.tag
    assert set(NON_LATIN) <= set(SCRIPTS)


names = st.text(alphabet=string.ascii_letters, min_size=1, max_size=10)


@settings(max_examples=100, deadline=None)
@given(name=names)
@example(name="Hay")  # the only Mandarin spelling of its sound, 黑 'black', is a negative character
def test_any_letter_name_renders_in_the_target_script(name):
    source = intended(name)
    for tag in NON_LATIN:
        found = render(source, get(tag), k=3)
        assert found, (name, tag)
        assert any(in_script(r.text, tag) for r in found), (name, tag, [r.text for r in found])
        _check_ranked(found)


def _check_ranked(found: list[Rendering]) -> None:
    scores = [r.score for r in found]
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert scores == sorted(scores, reverse=True)
    assert len({r.text for r in found}) == len(found)  # no duplicates
    for r in found:
        assert isinstance(r.ipa, tuple) and all(isinstance(s, str) and s for s in r.ipa)
        assert isinstance(r.romanization, str)


@settings(max_examples=25, deadline=None)
@given(name=st.from_regex(r"[A-Z][a-z]{1,7}( [A-Z][a-z]{1,7})?( [0-9]{1,3})?", fullmatch=True))
def test_multiword_names_and_digits(name):
    for tag in ("ja", "ko", "zh", "ru", "ar", "hi"):
        found = render(intended(name), get(tag), k=3)
        assert found and in_script(found[0].text.replace("・", " "), tag if tag != "ja" else "ja")


@pytest.mark.parametrize("tag", NON_LATIN)
def test_k_is_respected(tag):
    for k in (1, 2, 3):
        assert 1 <= len(render(intended("Heineken"), get(tag), k=k)) <= k
    assert render(intended("Heineken"), get(tag), k=0) == []


def test_latin_markets_render_nothing_but_localize_answers():
    assert render(intended("Sprint"), get("fr")) == []
    (r,) = localize("Sprint", "fr")
    assert r.text == "Sprint" and r.ipa


@settings(max_examples=30, deadline=None)
@given(name=names)
def test_localize_total_for_letter_names(name):
    for tag in ("ja", "de", "zh-TW", "he"):
        found = localize(name, tag, k=2)
        assert 1 <= len(found) <= 2
        assert all(r.text for r in found)


def test_rendering_is_a_frozen_dataclass():
    r = render(intended("Sprint"), get("ko"))[0]
    with pytest.raises(AttributeError):
        r.text = "x"  # type: ignore[misc]


@settings(max_examples=300, deadline=None)
@given(letters=st.text(alphabet=string.ascii_lowercase, min_size=1, max_size=12))
def test_japanese_spanish_italian_transcription_is_total(letters):
    from brandcheck.phonetics.scripts.cyrillic_names import transcribe

    found = transcribe(letters)
    assert found is None or (found[0] in ("ja", "es", "it") and found[1] and in_script(found[1], "ru"))
