"""A name's reading in one market: computed once, then shared by every check.

The pipeline (:mod:`brandcheck.pipeline`) reads a name in every chosen market with
:func:`read_markets` before any check runs; each check then takes the :class:`Reading` of its
market, so pronounceability, meanings, distinctiveness and similarity all see the same
pronunciation, the same local form and the same letters read aloud::

    name ──▶ Source (intended pronunciation, once per name)
               └─▶ per market: renderings (local script, bundled brand form first)
                               pronunciation (reading, adaptation, score, findings)
                               spoken (letters and digits read aloud, once per language)

Pure code: nothing is loaded at import time.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ..context import Options
    from ..markets import Market
    from ..meanings.spoken import SpokenForm
    from ..names import CandidateName
    from .score import MarketPronunciation
    from .scripts import Rendering
    from .source import Source

__all__ = ["Reading", "read_markets"]


@dataclass(frozen=True, slots=True)
class Reading:
    """How one market reads, says and writes one name."""

    name: "CandidateName"
    """The candidate."""
    market: "Market"
    """The market reading it."""
    source: "Source"
    """The intended pronunciation (the same object in every market of one name)."""
    renderings: "tuple[Rendering, ...]"
    """How the market writes the name, best first: in a market with its own script the bundled
    brand's own local form when the name is a listed brand, then the transcriptions; in a
    Latin-script market one entry, the name as written with the market's reading of it."""
    pronunciation: "MarketPronunciation"
    """How the market says it (its reading of the spelling, or the intended sounds adapted to its
    sound system and transcribed), with the pronounceability score and findings. For a listed
    brand its ``adapted`` form is the transcription, while ``renderings[0]`` is the brand's own."""
    spoken: "tuple[SpokenForm, ...]"
    """Model codes and initialisms read aloud letter by letter and number by number in the
    market's language (``MR2`` in French: *em er deux*); empty for ordinary names."""

    @property
    def sounds(self) -> tuple[str, ...]:
        """IPA segments of how the market says the name."""
        return self.pronunciation.reading

    @property
    def local(self) -> "Rendering":
        """The name as the market writes it (the first rendering)."""
        return self.renderings[0]


def read_markets(name: "CandidateName", markets: "tuple[Market, ...]", options: "Options") -> dict[str, Reading]:
    """The name's :class:`Reading` in each market, keyed by tag, in market order.

    The intended pronunciation is computed once for all markets, the letters read aloud once per
    language, and the pronunciation once for markets that read alike (en, en-GB, en-IE…).
    """
    from ..meanings.spoken import spelled_out
    from .localize import native_form, renderings, transcriptions, with_brand_forms
    from .score import analyze_source
    from .scripts import Rendering
    from .source import intended

    source = intended(name.text, source_language=options.source_language, ipa=options.ipa)
    native = native_form(name.text, options.source_language)  # None for a Latin name: one str test
    spoken: dict[str, tuple[SpokenForm, ...]] = {}
    # Markets that read alike — one language, one reader, one script (en, en-GB, en-IE; es, es-MX) —
    # get one analysis; only the market tag on its findings differs.
    alike: dict[tuple[str, str | None, str], tuple[MarketPronunciation, tuple[Rendering, ...]]] = {}
    out: dict[str, Reading] = {}
    for market in markets:
        key = market.reads_like
        if key in alike:
            pron, forms = alike[key]
            pron = replace(pron, market=market.tag,
                           findings=tuple(replace(f, market=market.tag) for f in pron.findings))
        elif market.latin:
            # written as it is; its reading is the market's reading of the spelling
            pron = analyze_source(source, market)
            forms = (Rendering(source.name, source.name, pron.reading, 1.0),)
            if native is not None:
                # a name in another script is written in its own romanisation (小米 → Xiaomi)
                pron = replace(pron, adapted=native.romanization, romanization=native.romanization)
                forms = (Rendering(native.romanization, native.romanization, pron.reading, 1.0),)
        elif native is not None:
            # a name in another script: its own script's market writes it as it is (小米 stays 小米,
            # in Traditional characters in Taiwan and Hong Kong); the others transcribe its sound
            found = transcriptions(source, market)
            forms = native.renderings(market, source, found)[:3] or renderings(source, market)
            pron = analyze_source(source, market, found)
            if forms and forms[0].text != pron.adapted:
                pron = replace(pron, adapted=forms[0].text, romanization=forms[0].romanization)
        else:
            # The score is about the name's sound, so it is made on the transcriptions; a listed
            # brand's own local form (苹果, 喜力) is how the market writes it, for display and for
            # the checks of meaning, but it need not sound like the name at all.
            found = transcriptions(source, market)
            pron = analyze_source(source, market, found)
            forms = with_brand_forms(found, source, market) or renderings(source, market)
        if market.variety == "yue" and (native is None or native.script == "Han"):
            # Hong Kong reads the characters in Cantonese: jyutping and Cantonese IPA
            from .native import jyutping, native_ipa

            forms = tuple(replace(f, romanization=jyutping(f.text),
                                  ipa=native_ipa(f.text, "yue") or f.ipa) for f in forms)
        alike.setdefault(key, (pron, forms))
        if market.language not in spoken:
            spoken[market.language] = spelled_out(name, market.language)
        out[market.tag] = Reading(name, market, source, forms, pron, spoken[market.language])
    return out

