"""The one IPA romaniser: a plain Latin spelling of IPA segments (``ʃ`` → sh, ``tʃ`` → ch, ``ŋ`` → ng).

Used for the label of an adapted pronunciation when no script renderer applies
(:mod:`brandcheck.phonetics.score`, long sounds doubled) and for the romanisation of renderings in
scripts that leave vowels unwritten, Hebrew and Persian (``informal=True``: length not shown, no
apostrophe for a glottal stop, as everyday romanisations of those languages write names). The
letters are in ``wordlists/phonology/romanization.tsv``; script-specific systems (Hepburn, Revised
Romanization, the Cyrillic and Greek transliterations…) stay with their renderers, since they read
the written form, not IPA.
"""

from __future__ import annotations

import functools
from typing import Iterable, Mapping

from ..data import read_tsv

__all__ = ["romanize"]

# Marks that change no letter (aspiration, tenseness, no audible release, palatalisation, dental,
# syllabic, non-syllabic), and the breathy-voice marks, written as an h after the letters (Hindi bʱ
# bh, dʒ̤ jh).
_SILENT_MARKS = ("ʰ", "\u0348", "\u031a", "ʲ", "\u032a", "\u0329", "\u032f")
_BREATHY_MARKS = ("ʱ", "\u0324")


@functools.lru_cache(maxsize=1)
def _letters() -> Mapping[str, str]:
    table = read_tsv("phonology/romanization.tsv", required=("ipa", "latin"))
    return {row["ipa"]: row["latin"] for row in table.dicts()}


def romanize(segments: Iterable[str], *, informal: bool = False) -> str:
    """Latin letters for IPA segments.

    Long sounds are doubled and ʔ ʕ written as an apostrophe; ``informal=True`` leaves length and
    apostrophes out. A segment the table does not list is spelled sign by sign, or kept as it is.

    >>> romanize(("ʃ", "iː", "n", "ɡ"))
    'shiing'
    >>> romanize(("b", "ɒː", "ʔ", "i", "ʃ"), informal=True)
    'baish'
    """
    table = _letters()
    out = []
    for seg in segments:
        long = seg.endswith("ː")
        core = seg.rstrip("ː")
        breathy = any(mark in core for mark in _BREATHY_MARKS)
        for mark in _SILENT_MARKS + _BREATHY_MARKS:
            core = core.replace(mark, "")
        if core in table:
            latin = table[core]
        elif len(core) > 1 and all(c in table or c.isalpha() for c in core):
            latin = "".join(table.get(c, c) for c in core)
        else:
            latin = core
        if informal:
            latin = latin.replace("'", "")
        elif long and latin:
            latin += latin[-1]
        out.append(latin + "h" if breathy else latin)
    return "".join(out)
