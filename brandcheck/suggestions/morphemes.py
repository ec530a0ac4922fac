"""The curated morpheme table (``wordlists/suggest/morphemes.tsv``): roots, prefixes and endings
with their glosses, for variants and keyword compounds."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from ..data import read_tsv

__all__ = ["Morpheme", "morphemes", "for_keyword", "MORPHEMES"]

MORPHEMES = "suggest/morphemes.tsv"


@dataclass(frozen=True, slots=True)
class Morpheme:
    text: str
    """Lower-case letters as they enter a name (``lum``, ``ora``)."""
    kind: str
    """``root``, ``prefix`` or ``ending``."""
    gloss: str
    origin: str
    """ISO 639-1 code of the language it comes from (``la`` Latin, ``gr`` Greek…)."""
    tags: tuple[str, ...]

    @property
    def label(self) -> str:
        """``lum 'light' (Latin)`` as a suggestion's explanation shows it."""
        lang = {"la": "Latin", "gr": "Greek", "it": "Italian", "es": "Spanish", "fr": "French", "pt": "Portuguese",
                "en": "English", "ja": "Japanese"}.get(self.origin, self.origin)
        dash = "-" if self.kind == "ending" else ""
        return f"{dash}{self.text} '{self.gloss}' ({lang})"


@functools.lru_cache(maxsize=1)
def morphemes() -> tuple[Morpheme, ...]:
    """Every row of the table, in file order."""
    table = read_tsv(MORPHEMES, required=("morpheme", "kind", "gloss", "origin", "tags"))
    return tuple(Morpheme(r["morpheme"], r["kind"], r["gloss"], r["origin"],
                          tuple(t for t in r["tags"].split(",") if t)) for r in table.dicts())


def for_keyword(word: str, table: tuple[Morpheme, ...]) -> tuple[Morpheme, ...]:
    """Roots and prefixes whose gloss or tags name the keyword (``light`` → lum, luc, lux, phos…)."""
    w = word.strip().casefold()
    if not w:
        return ()
    out = []
    for m in table:
        if m.kind == "ending":
            continue
        glosses = {g.strip() for part in m.gloss.split(";") for g in part.replace(",", ";").split(";")}
        words = {x for g in glosses for x in g.split()}
        # a sector name meets the tags by its start: technology → tech, beverages → bev…
        by_start = len(w) > 4 and any(len(t) >= 4 and (w.startswith(t) or t.startswith(w[:5])) for t in m.tags)
        if w in m.tags or w in glosses or w in words or by_start:
            out.append(m)
    return tuple(out)
