"""How the bundled brands are said (pure): read now, or from a generated table.

Rescoring a candidate's nearest brands hears each brand in English and in the Latin-script markets
(:func:`.score.full_scores`). A batch meets new brands for its first several hundred names, and
each costs a G2P reading and a handful of market readings (~1 ms a brand): :data:`FILE` holds
those readings for every Latin-script form of the bundled brands (name, aliases, distinctive
part, home spelling), so they are looked up, not read. A form or market the file does not hold
(a user's brand, a row added since it was generated) is read at check time: a stale file costs
time, never a reading. The file is written (and checked) by :mod:`.readings_file`;
``tests/similarity/test_brand_readings.py`` checks it against the readers. This module only loads
it, so :mod:`.score` can use it without an import cycle.
"""

from __future__ import annotations

import functools

__all__ = ["FILE", "ENGLISH", "BrandReadings", "brand_readings"]

FILE = "similarity/brand_readings.tsv"

ENGLISH = "english"
"""The column of the English reading (:func:`.score._english_ipa`); the other columns are market
tags read as :func:`.score._read_in` reads (one per group of markets that read alike)."""


class BrandReadings:
    """The table: form → its row (kept as the file's undecoded line, read when the form is looked up);
    ``home_tag``/``home`` hold the reading in the brand's home market when that market has no
    column of its own (ja, zh: romaji, pinyin)."""

    __slots__ = ("columns", "_lines")

    def __init__(self, columns: tuple[str, ...], lines: dict[str, bytes]) -> None:
        self.columns = {c: i for i, c in enumerate(columns, 1)}
        self._lines = lines

    def get(self, text: str, column: str) -> tuple[str, ...] | None:
        """IPA segments of ``text`` in ``column`` (:data:`ENGLISH` or a market tag), or None when
        the table does not hold them (read them now)."""
        line = self._lines.get(text)
        if line is None:
            return None
        row = line.decode("utf-8").split("\t")
        at = self.columns.get(column)
        if at is None:
            if row[-2] != column:
                return None
            at = len(row) - 1
        return tuple(row[at].split()) if row[at] else ()

    def __len__(self) -> int:
        return len(self._lines)


@functools.lru_cache(maxsize=1)
def brand_readings() -> BrandReadings:
    """The bundled table (loaded once; an empty table when the file is absent). Only the comments
    and header go through the shared TSV parser (format version, columns): its per-field checks
    would cost the cold check ~0.1 s on 4,000 rows that ``tests/test_wordlists.py`` validates, and
    decoding all 2 MB ~7 ms; a row is decoded when its form is looked up (~3 ms to load)."""
    from ..data import data_root, list_files, parse_tsv
    from ..errors import DataError

    if FILE not in list_files("similarity"):
        return BrandReadings((), {})
    raw = (data_root() / FILE).read_bytes()
    end = raw.index(b"\n", raw.index(b"\nform\t") + 1) + 1
    header = parse_tsv(raw[:end].decode("utf-8"), source=FILE).header
    if header[:2] != ("form", ENGLISH) or header[-2:] != ("home_tag", "home"):
        raise DataError(f"{FILE}: unexpected columns {header!r}")
    lines = {line[:line.index(b"\t")].decode("utf-8"): line for line in raw[end:].split(b"\n") if line}
    return BrandReadings(header[1:-2], lines)
