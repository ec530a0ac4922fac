"""Loading the bundled curated data (``wordlists/``) — one parser for every TSV file.

Every file starts with ``#`` comment lines (``# brandcheck wordlist: …``, ``# what: …``,
``# facts: …``, ``# format-version: N``), then one header row, then tab-separated rows. Files are
read with :mod:`importlib.resources` from ``brandcheck/wordlists`` (where the wheel puts them) or,
in a source checkout, from the top-level ``wordlists/`` folder. Each file is parsed once per
process and memoised; an unexpected format version raises :class:`~brandcheck.errors.DataError`.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Iterator, Mapping

from .errors import DataError

__all__ = ["Table", "read_tsv", "parse_tsv", "list_files", "data_root"]

SUPPORTED_FORMAT_VERSION = "1"


@dataclass(frozen=True, slots=True)
class Table:
    """A parsed TSV data file."""

    path: str
    """Path relative to the wordlists root (``meanings/de.tsv``) or the user's file path."""
    meta: Mapping[str, str]
    """The ``# key: value`` comments above the header (``what``, ``facts``, ``format-version``…)."""
    header: tuple[str, ...]
    """Column names."""
    rows: tuple[tuple[str, ...], ...]
    """Data rows, each exactly as long as the header."""

    def dicts(self) -> Iterator[dict[str, str]]:
        """Rows as ``{column: value}`` dicts."""
        for row in self.rows:
            yield dict(zip(self.header, row))

    def column(self, name: str) -> tuple[str, ...]:
        """All values of one column."""
        i = self.header.index(name)
        return tuple(r[i] for r in self.rows)


def data_root() -> Path:
    """The folder holding the curated data: the installed ``brandcheck/wordlists`` or the checkout's."""
    packaged = resources.files("brandcheck") / "wordlists"
    if packaged.is_dir():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parent.parent / "wordlists"
    if checkout.is_dir():
        return checkout
    raise DataError("brandcheck's data folder 'wordlists' is missing from the installation")


def list_files(folder: str, suffix: str = ".tsv") -> tuple[str, ...]:
    """Relative paths of the data files in one folder of the wordlists root, sorted."""
    base = data_root() / folder
    if not base.is_dir():
        return ()
    return tuple(sorted(f"{folder}/{p.name}" for p in base.iterdir() if p.name.endswith(suffix)))


@functools.lru_cache(maxsize=None)
def read_tsv(relpath: str, *, required: tuple[str, ...] = ()) -> Table:
    """Parse one bundled TSV file (memoised). ``required`` columns must be in its header."""
    path = data_root() / relpath
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError(f"bundled data file {relpath!r} is missing") from None
    table = parse_tsv(text, source=relpath)
    missing = [c for c in required if c not in table.header]
    if missing:
        raise DataError(f"{relpath}: missing column(s) {', '.join(missing)}")
    return table


def parse_tsv(text: str, *, source: str = "<text>", require_version: bool = True) -> Table:
    """Parse TSV text in the project format; raises DataError with the line number on any defect."""
    meta: dict[str, str] = {}
    header: tuple[str, ...] | None = None
    rows: list[tuple[str, ...]] = []
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip("\r")
        if header is None:
            if line.startswith("#"):
                key, sep, value = line[1:].partition(":")
                if sep:
                    meta[key.strip().lower()] = value.strip()
                continue
            if not line.strip():
                continue
            header = tuple(c.strip() for c in line.split("\t"))
            if require_version:
                version = meta.get("format-version")
                if version != SUPPORTED_FORMAT_VERSION:
                    raise DataError(
                        f"{source}: format-version {version!r} is not supported "
                        f"(expected {SUPPORTED_FORMAT_VERSION})"
                    )
            continue
        if not line.strip():
            continue
        fields = tuple(unicodedata.normalize("NFC", f.strip()) for f in line.split("\t"))
        if len(fields) != len(header):
            raise DataError(f"{source}:{lineno}: expected {len(header)} fields, found {len(fields)}")
        rows.append(fields)
    if header is None:
        raise DataError(f"{source}: no header row")
    return Table(source, meta, header, tuple(rows))
