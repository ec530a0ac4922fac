"""Brand records: the bundled well-known brands and users' own registers."""

from __future__ import annotations

import csv
import functools
import io
import unicodedata
from dataclasses import dataclass

from ..data import list_files, read_tsv
from ..errors import DataError

__all__ = ["BrandRecord", "bundled_brands", "brand_by_name", "brand_by_alias", "brand_families", "native_key",
           "load_brand_file"]


@dataclass(frozen=True, slots=True)
class BrandRecord:
    name: str
    """The mark as usually written."""
    aliases: tuple[str, ...] = ()
    """Other spellings and native-script names."""
    sector: str = ""
    nice_classes: tuple[int, ...] = ()
    country: str = ""
    source: str = ""
    """``bundled`` or the user's file."""
    famous: bool = False
    """True for the bundled well-known brands (containment of a famous mark matters more)."""


def _classes(text: str) -> tuple[int, ...]:
    out = []
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if part.isdigit() and 1 <= int(part) <= 45:
            out.append(int(part))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def bundled_brands() -> tuple[BrandRecord, ...]:
    """All bundled brands, merged across files (a repeated name keeps the first record)."""
    seen: dict[str, BrandRecord] = {}
    for path in list_files("brands"):
        for row in read_tsv(path, required=("name", "aliases", "sector", "nice_classes", "country")).dicts():
            key = row["name"].casefold()
            if key in seen:
                continue
            aliases = tuple(a.strip() for a in row["aliases"].split("|") if a.strip())
            seen[key] = BrandRecord(row["name"], aliases, row["sector"], _classes(row["nice_classes"]),
                                    row["country"], "bundled", True)
    return tuple(seen.values())


@functools.lru_cache(maxsize=1)
def brand_families() -> dict[str, str]:
    """Bundled brand name → the family (owner or group) it belongs to, for brands whose family
    holds at least two bundled brands (``wordlists/similarity/families.tsv``)."""
    table = read_tsv("similarity/families.tsv", required=("brand", "family"))
    return {row["brand"]: row["family"] for row in table.dicts()}


def _lookup_key(text: str) -> str:
    """Case, accents, punctuation and a possessive 's folded away: Hermes = Hermès, Kellogg = Kellogg's."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("'s", "").replace("’s", "").replace("+", "plus")  # Disney+ is not Disney
    return "".join(c for c in text if c.isalnum())


@functools.lru_cache(maxsize=1)
def _by_name() -> dict[str, BrandRecord]:
    # by the brand's own name only: an alias (Coke, Boss) is a different word from the recorded
    # local names of the full brand (コカ・コーラ, ヒューゴ・ボス)
    out: dict[str, BrandRecord] = {}
    for record in bundled_brands():
        out.setdefault(_lookup_key(record.name), record)
    return out


def brand_by_name(name: str) -> BrandRecord | None:
    """The bundled brand named ``name``, ignoring case, accents, punctuation and a possessive 's."""
    key = _lookup_key(name)
    if not key:
        return None
    table = _by_name()
    return table.get(key) or (table.get(key[:-1]) if key.endswith("s") and len(key) > 3 else None)


def native_key(text: str) -> str:
    """A native-script form compared within its script: compatibility forms unified (half-width
    kana), case folded, spaces and name punctuation (・ · -) dropped (コカ・コーラ = コカコーラ)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(c for c in text if c.isalnum() or unicodedata.category(c).startswith("M"))


@functools.lru_cache(maxsize=1)
def _by_alias() -> dict[str, BrandRecord]:
    out: dict[str, BrandRecord] = {}
    for record in bundled_brands():
        for alias in record.aliases:
            out.setdefault(native_key(alias), record)
    return out


def brand_by_alias(text: str) -> BrandRecord | None:
    """The bundled brand that lists ``text`` among its other names (ソニー → Sony), if any."""
    key = native_key(text)
    return _by_alias().get(key) if key else None


def _name_column(header: list[str]) -> int | None:
    from ..batch.files import name_column  # one list of name-column titles for every file of names

    return name_column(header)


def _cells(line: str, delimiter: str) -> list[str]:
    """A line's cells as CSV reads them (a quoted title or name may hold the delimiter)."""
    try:
        return next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return line.split(delimiter)


def load_brand_file(path: str) -> tuple[BrandRecord, ...]:
    """A user register: CSV/TSV with a name column (and optional sector / nice_classes / country /
    aliases columns), or one name per line."""
    import re

    from ..batch.files import format_of, read_text

    if format_of(path) == "xlsx":  # a workbook's first sheet, as tab-separated rows (every cell quoted)
        from ..batch.files import read_sheet

        out = io.StringIO()
        csv.writer(out, delimiter="\t", quoting=csv.QUOTE_ALL, lineterminator="\n").writerows(
            read_sheet(path, "brand file"))
        text = out.getvalue()
    else:
        # as spreadsheets save them: UTF-8, UTF-16 with a byte-order mark, or a legacy code page
        text = read_text(path, "brand file")
    every = text.splitlines()
    lines = [ln for ln in every if ln.strip() and not ln.startswith("#")]
    hint = re.fullmatch(r"(?i)sep=(.)", lines[0].strip().strip('"')) if lines else None
    if hint:  # Excel's "sep=;" line names the delimiter and is not data
        every = every[every.index(lines[0]) + 1:]
        lines = lines[1:]
    if not lines:
        raise DataError(f"brand file {path!r} has no names")
    first = lines[0]
    after_header = every[every.index(first) + 1:]  # rows as written: a quoted cell may hold a line break
    # The separator is the one whose header names a name column (a register exported with ';' or
    # '|' as in many European spreadsheets), else the first one that splits the header (a quoted
    # name with a comma in a one-column file splits nothing).
    present = [hint.group(1)] if hint else [d for d in "\t,;|" if len(_cells(first, d)) > 1]
    delimiter = next((d for d in present if _name_column([c.strip().lower() for c in _cells(first, d)]) is not None),
                     present[0] if present else None)
    header = [c.strip().lower() for c in _cells(first, delimiter)] if delimiter else []
    name_col = _name_column(header)
    records = []
    if delimiter and name_col is not None:
        reader = csv.reader(io.StringIO("\n".join(ln for ln in after_header if not ln.startswith("#"))),
                            delimiter=delimiter)
        col = {c: header.index(c) for c in ("sector", "nice_classes", "classes", "country", "aliases") if c in header}

        def get(row, c):
            i = col.get(c)
            return row[i].strip() if i is not None and i < len(row) else ""

        for row in _rows(reader, path):
            if name_col < len(row) and row[name_col].strip():
                records.append(BrandRecord(
                    row[name_col].strip(), tuple(a for a in get(row, "aliases").split("|") if a),
                    get(row, "sector"), _classes(get(row, "nice_classes") or get(row, "classes")),
                    get(row, "country"), path))
    elif delimiter and name_col is None and len(header) > 1:
        raise DataError(f"brand file {path!r}: no name column (expected one of name, brand, mark, trademark "
                        "or the word in another language)")
    else:
        # one name a line; a quoted one ("Procter, Gamble") loses its quotes
        names = ("".join(_cells(ln.strip(), "\n")) if ln.lstrip().startswith('"') else ln.strip() for ln in lines)
        records = [BrandRecord(name.strip(), source=path) for name in names if name.strip()]
    if not records:
        raise DataError(f"brand file {path!r} has a header but no names")
    for record in records:
        if len(record.name) > BRAND_NAME_LIMIT:
            raise DataError(f"brand file {path!r}: {record.name[:24]!r}… is {len(record.name)} characters long; "
                            f"a brand name has at most {BRAND_NAME_LIMIT} (is it a brand list?)")
    return tuple(records)


BRAND_NAME_LIMIT = 256
"""Characters a brand name in a user's file may have: registered names are far shorter, and a
cell of thousands (a description in the name column) would cost every comparison its length."""


def _rows(reader, path: str):
    """The reader's rows; a cell too large for the csv module is a one-line error, not a crash."""
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise DataError(f"brand file {path!r}: broken CSV row ({exc})") from None
        yield row
