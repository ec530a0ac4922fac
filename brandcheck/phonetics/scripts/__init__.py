"""How a name is written in a market's own script: katakana, hangul, Chinese characters, Cyrillic…

:func:`render` takes the intended pronunciation of a name (:class:`~brandcheck.phonetics.source.Source`)
and a market, and returns the most likely ways the name gets written there, best first, each with
a romanisation and the IPA of how the written form is said locally::

    >>> from brandcheck.phonetics.source import intended
    >>> from brandcheck.markets import get
    >>> render(intended("Sprint"), get("ko"))[0].text
    '스프린트'

One module per script, each a set of readable rule tables with the reference they follow:

==========  ==============  =============================================================
market      module          rules
==========  ==============  =============================================================
ja          katakana        kanalizer (learned) + loanword adaptation rules (Ozaki 2014)
ko          hangul          NIKL 외래어 표기법, chapter 3 §1 (English)
zh, zh-TW   chinese         Xinhua-style 译音表 syllables and transliteration characters
ru, uk      cyrillic        Russian/Ukrainian practical transcription (Ermolovich; Гиляревский)
el          greek           ELOT-style practical transcription of English names
ar, fa      arabic          Arabic/Persian practical transliteration (long vowels written)
he          hebrew          Academy of the Hebrew Language transcription rules (matres lectionis)
hi          devanagari      Hindi loanword spelling (nukta, retroflex t/d, halant, anusvara)
th          thai            Royal Institute transcription principles for English loans
sr-Cyrl     serbian         Pravopis (Matica srpska 2010): phonemic, џ ј љ њ, doubled letters once
==========  ==============  =============================================================

Everything here is pure: no I/O beyond the bundled tables, loaded on first use.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ...markets import Market
    from ..source_types import Source

__all__ = ["Rendering", "render", "renderer_for", "script_market", "SCRIPTS", "OTHER_SCRIPTS"]


@dataclass(frozen=True, slots=True)
class Rendering:
    """One way a market writes a name."""

    text: str
    """The name in the local script (``スプリント``, ``스프린트``, ``Спринт``, ``斯普林特``)."""
    romanization: str
    """A Latin-letter reading of :attr:`text`: Hepburn for kana (``supurinto``), Revised Romanization
    for hangul (``seupeurinteu``), scientific transliteration for Cyrillic (``sprint``), pinyin with
    tone marks and syllables separated by spaces for Chinese (``sī pǔ lín tè``)."""
    ipa: tuple[str, ...]
    """IPA segments of how :attr:`text` is said by local readers."""
    score: float
    """Ranking confidence in [0, 1]; renderings are returned best first."""


# market language (or tag) → renderer module inside this package
SCRIPTS: dict[str, str] = {
    "ja": "katakana",
    "ko": "hangul",
    "zh": "chinese",
    "zh-TW": "chinese",
    "ru": "cyrillic",
    "uk": "cyrillic",
    "el": "greek",
    "ar": "arabic",
    "fa": "arabic",
    "he": "hebrew",
    "hi": "devanagari",
    "th": "thai",
    "bg": "cyrillic",
    "ur": "arabic",
    "bn": "bengali",
    "sr-Cyrl": "serbian",
}
"""Which module renders which market (by tag first, then by language)."""


OTHER_SCRIPTS: dict[str, tuple[str, str]] = {"sr-Cyrl": ("sr", "Cyrl")}
"""Markets also written in another script than the one brandcheck reads them in: Serbia is read in
Latin letters (brands, shops and the web mostly use them), but Serbian writes Cyrillic too, and a
name may be given or met in it (Џип, Мекдоналдс). Tag → (registered market, script)."""


def script_market(tag: str) -> "Market":
    """The market for ``tag``: a registered one, or one of :data:`OTHER_SCRIPTS` (``sr-Cyrl``:
    Serbia writing Cyrillic), for rendering a name in that script."""
    import dataclasses

    from ...markets import get

    if tag in OTHER_SCRIPTS:
        base, script = OTHER_SCRIPTS[tag]
        return dataclasses.replace(get(base), tag=tag, script=script, reader=None)
    return get(tag)


def renderer_for(market: "Market"):
    """The renderer module for a market, or None for a Latin-script (or unknown) market."""
    name = SCRIPTS.get(market.tag) or SCRIPTS.get(market.language)
    if name is None or market.script == "Latn":
        return None
    return importlib.import_module(f"{__name__}.{name}")


def render(source: "Source", market: "Market", *, k: int = 3) -> list[Rendering]:
    """The ``k`` most likely renderings of ``source`` in ``market``'s script, best first.

    Latin-script markets (and markets without a renderer) get an empty list: the name is written
    as it is; see :func:`brandcheck.phonetics.localize.localize` for a reading of it.
    """
    if k < 1:
        return []
    module = renderer_for(market)
    if module is None or not source.words:
        return []
    return list(module.render(source, market, k=k))
