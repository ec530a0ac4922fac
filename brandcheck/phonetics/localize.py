"""How a name is written and said in a market: one call for every market.

>>> [r.text for r in localize("Sprint", "ja")][:1]
['スプリント']
>>> localize("Sprint", "de")[0].text
'Sprint'

For a market with its own script (``ja``, ``ko``, ``zh``, ``zh-TW``, ``ru``, ``uk``, ``el``, ``ar``,
``fa``, ``he``, ``hi``, ``th``) the answer is the renderings of :func:`brandcheck.phonetics.scripts.render`,
best first. For a Latin-script market the name is written as it is: the one answer is the name
itself, with the market's reading of it (from :mod:`brandcheck.phonetics.readers`: *Sprint* read by
a German is [ʃpʁɪnt]); a Spanish speaker's prothetic [e] in *Spotify* is part of that reading, not
a respelling.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .scripts import Rendering, render, renderer_for

if TYPE_CHECKING:  # pragma: no cover
    from ..markets import Market

__all__ = ["localize", "Rendering"]


def localize(name: str, market: "Market | str", *, k: int = 3, source_language: str | None = None,
             ipa: str | None = None) -> tuple[Rendering, ...]:
    """The ways ``market`` writes ``name``, best first (at most ``k``; at least one).

    ``market`` is a :class:`~brandcheck.markets.Market` or a tag (``"ja"``, ``"zh-TW"``, ``"pt-BR"``);
    ``source_language`` and ``ipa`` say how the name is meant to sound (see
    :func:`brandcheck.phonetics.source.intended`). Raises :class:`~brandcheck.errors.UnknownMarketError`
    for an unknown tag and :class:`~brandcheck.errors.InvalidNameError` for a name with nothing to say.
    """
    from ..markets import Market, get
    from .source import intended

    target = market if isinstance(market, Market) else get(str(market))
    source = intended(name, source_language=source_language, ipa=ipa)
    if renderer_for(target) is not None:
        found = render(source, target, k=max(1, k))
        if found:
            return tuple(found)
    return (Rendering(source.name, source.name, _latin_reading(source.name, target, source.ipa), 1.0),)


def _latin_reading(name: str, market: "Market", fallback: tuple[str, ...]) -> tuple[str, ...]:
    """The market's reading of a Latin-letter name, or the intended pronunciation when no reader works."""
    try:
        from .readers import read_name

        words = read_name(name, market)
    except Exception:  # noqa: BLE001 - a reader problem must not hide the rendering itself
        return tuple(fallback)
    segs = tuple(seg for word in words for seg in word)
    return segs or tuple(fallback)
