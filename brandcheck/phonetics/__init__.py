"""Pronunciation: how a name is meant to sound, and how each market says and writes it.

Pure code; nothing is loaded at import time. The public entry point is :func:`analyze`::

    >>> from brandcheck.phonetics import analyze
    >>> result = analyze("Lumora", "ja")
    >>> result.score >= 60
    True

Modules (each loaded on first use):

* :mod:`.source` — :func:`intended`: the intended pronunciation (CMUdict, gruut, letter names, numbers);
* :mod:`.readers` — :func:`read`: how a language reads Latin letters (epitran maps, small rule tables);
* :mod:`.features` — :func:`ipa_distance`: feature-weighted distances (one shared panphon table);
* :mod:`.phonology`, :mod:`.adapt` — :func:`.adapt.adapt`: inventories, syllable templates, loanword repairs;
* :mod:`.score` — :func:`analyze`: the pronounceability score and findings;
* :mod:`.reading` — :func:`~.reading.read_markets`: a name's :class:`~.reading.Reading` in each market,
  made once and handed to every check;
* :mod:`.scripts` — renderers for non-Latin scripts (katakana, hangul, Chinese characters…).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from .adapt import Adaptation, Change
    from .features import ipa_distance, ipa_similarity
    from .readers import read, read_name
    from .score import MarketPronunciation, analyze
    from .source import Source, SourceWord, intended

__all__ = [
    "analyze",
    "MarketPronunciation",
    "intended",
    "Source",
    "SourceWord",
    "read",
    "read_name",
    "Adaptation",
    "Change",
    "ipa_distance",
    "ipa_similarity",
]

_LAZY = {
    "analyze": "score",
    "MarketPronunciation": "score",
    "intended": "source",
    "Source": "source",
    "SourceWord": "source",
    "read": "readers",
    "read_name": "readers",
    "Adaptation": "adapt",
    "Change": "adapt",
    "ipa_distance": "features",
    "ipa_similarity": "features",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
