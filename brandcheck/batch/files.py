"""Reading files of names lazily, whatever their format and encoding; writing reports as they come.

Pure I/O helpers, no network. A name file is plain text (one name a line, ``#`` comments), CSV or
TSV (one column holds the names), an Excel workbook (the first visible sheet, read as a CSV
file is, through :mod:`brandcheck.batch.workbook`) or JSONL (one object a line, or a bare JSON
string). It is read
as it is consumed, so a million-line file never sits in memory; a line that cannot be used (an
invalid name, broken JSON, a missing column, bytes that are not text in the file's encoding) is
handed to ``on_skip`` and skipped, and the reading goes on.

Reports go out through a :class:`ReportSink` (JSONL, CSV or a JSON array, one record at a time,
each flushed whole); :func:`read_done` reads such a file back so that ``--resume`` can skip the
names it already holds; :func:`write_atomic` writes whole-file formats by rename.

Encoding: UTF-8 with or without a byte-order mark, UTF-16/32 with one, and for anything else the
guess of charset-normalizer on the first 64 KB, kept only when the text reads as written in that
encoding's own script; a few short lines, too little for a guess, are read in the first code page
where they do, Western and Central European first (``encoding=`` overrides it). Problems with the
file as a whole (missing, a folder, binary, an unknown column) raise :class:`~brandcheck.errors.DataError`
with a one-line message when the file is opened, before any name is read.

>>> import io
>>> src = NameFile.from_stream(io.BytesIO(b"# ideas\\nZelvora\\n\\nKamo\\n"), label="ideas.txt")
>>> list(src.names())
[(2, 'Zelvora'), (4, 'Kamo')]
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import json
import os
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, IO, Callable, Iterator

from ..errors import DataError, InvalidNameError
from ..model import Report, Severity
from ..names import parse, script_of
from ..report.escape import csv_value
from . import workbook

__all__ = ["INPUT_FORMATS", "NameFile", "format_of", "detect_encoding", "read_text", "read_sheet", "special_file", "Rewound", "SkipHandler", "STREAM_FORMATS",
           "RESUMABLE_FORMATS", "ReportSink", "Resumed", "read_done", "open_sink", "check_output", "write_atomic",
           "jsonl_record"]

INPUT_FORMATS = ("txt", "csv", "tsv", "jsonl", "json", "xlsx")
_EXTENSIONS = {".txt": "txt", ".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl",
               ".json": "json", ".xlsx": "xlsx", ".xlsm": "xlsx", ".xltx": "xlsx", ".xltm": "xlsx"}
NAME_COLUMNS = (
    "name", "names", "candidate", "candidates", "brand", "brands", "brand name", "brandname", "mark", "trademark",
    "wordmark", "word mark",
    # the same word in the languages spreadsheets come in (German, French, Spanish, Italian,
    # Portuguese, Dutch, Japanese, Chinese, Korean, Russian)
    "marke", "markenname", "nom", "marque", "nombre", "marca", "nome", "naam", "merk", "名前", "名称", "ブランド",
    "品牌", "商标", "名字", "이름", "브랜드", "название", "имя", "бренд",
    # Polish, Swedish, Danish/Norwegian, Finnish, Czech, Turkish, Greek, Hebrew, Arabic, Thai,
    # Vietnamese, Malay/Indonesian, Hindi
    "nazwa", "namn", "navn", "nimi", "název", "nazev", "isim", "όνομα", "ονομα", "שם", "الاسم", "اسم", "ชื่อ",
    "tên", "nama", "नाम",
)
"""Header names taken as the name column when ``column`` is not given (case-insensitive); a
title with one of them as a word (``Product name``, ``Nom de marque``) is one too."""
HEADER_WORDS = ("id", "no.", "nr", "nr.", "#", "number", "note", "notes", "comment", "comments", "remark",
                "remarks", "description", "score", "rank", "status", "date", "owner", "country", "sector",
                "classes", "class", "aliases", "source", "notiz", "bemerkung", "kommentar", "nummer", "commentaire",
                "remarque", "nota", "notas", "comentario", "opmerking", "メモ", "备注", "비고", "примечание")
"""Other column titles: a first row with one of them (and no name column title) is a header
whose names are in the first column. A first row with none is data: a file without a header
loses no name to guessing."""

_SAMPLE = 64 * 1024  # enough lines for the encoding guess and the CSV dialect, read once
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),  # before UTF-16: FF FE 00 00
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))

SkipHandler = Callable[[int, str], None]
"""``on_skip(line_number, reason)`` for a line that is skipped."""


def _escape_undecodable(error: UnicodeError) -> tuple[str, int]:
    """Python's surrogateescape for bytes from 0x80 up, U+FFFD for lower ones: surrogateescape
    alone raises on those, as on the NUL left over at the end of a truncated UTF-16 or UTF-32 file."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start:error.end]
    return "".join(chr(0xDC00 + b) if b >= 0x80 else "\ufffd" for b in bad), error.end


_ESCAPE = "brandcheck.escape"
codecs.register_error(_ESCAPE, _escape_undecodable)


def format_of(path: str) -> str:
    """Input format from a file's extension (``txt`` for stdin and unknown extensions)."""
    return _EXTENSIONS.get(os.path.splitext(path)[1].lower(), "txt") if path != "-" else "txt"


def detect_encoding(sample: bytes, *, complete: bool, label: str) -> str:
    """The encoding of a file from its first bytes (``complete``: the sample is the whole file)."""
    for bom, name in _BOMS:
        if sample.startswith(bom):
            return name
    kind = _binary_kind(sample)
    if kind:
        raise DataError(f"{label}: {kind}, not a text file")
    if b"\x00" in sample and not _wide(sample):
        # a stray NUL (padding a tool left at the end, a cell's junk) does not make text binary;
        # the NUL itself is trimmed from the name's edges or makes its line's name invalid
        sample = sample.replace(b"\x00", b"")
    # Not final unless complete: a character cut at the end of the sample is not an error.
    text = codecs.getincrementaldecoder("utf-8")("surrogateescape").decode(sample, final=complete)
    bad = sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
    good = sum(1 for ch in text if ch > "\x7f") - bad
    # UTF-8 with a stray byte or two stays UTF-8 (those lines are skipped); legacy text read as
    # UTF-8 almost never forms a valid multi-byte sequence.
    if "\x00" not in text and (bad == 0 or good >= bad):
        return "utf-8"
    import charset_normalizer  # only for files that are not UTF-8

    if "\x00" in text:
        # NUL bytes in text only make sense in UTF-16/32; elsewhere the file is binary.
        best = charset_normalizer.from_bytes(sample, cp_isolation=list(_WIDE)).best()
        if best is None:
            raise DataError(f"{label}: not a text file (or an encoding that cannot be told; save it as UTF-8 "
                            "or give --encoding)")
        return best.encoding
    matches = charset_normalizer.from_bytes(sample, cp_exclusion=list(_WIDE))
    best = matches.best()
    if best is not None and best.percent_coherence > 0 and _plausible(sample, best.encoding):
        # Enough text for charset-normalizer to recognise a language. Latin code pages often tie
        # (same letters, same languages): then the one most legacy files use, Windows-1252
        # (WHATWG reads even "latin-1" as it).
        rank = (best.percent_chaos, best.percent_coherence)
        tied = [m for m in matches if (m.percent_chaos, m.percent_coherence) == rank]
        return "cp1252" if any("cp1252" in m.could_be_from_charset for m in tied) else best.encoding
    # A few short lines give charset-normalizer nothing to go on (two Latin-1 names come out as
    # Big5). Then the first reading that looks like text in its encoding's own script, trying
    # the Western and Central European pages first, as most spreadsheets outside Asia save.
    order = ("cp1252", "cp1250", *(m.encoding for m in matches), *_LEGACY)
    for encoding in dict.fromkeys(order):
        if _plausible(sample, encoding):
            return encoding
    raise DataError(f"{label}: not a text file (or an encoding that cannot be told; save it as UTF-8 "
                    "or give --encoding)")


_MAGIC = (
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"%PDF-", "a PDF document"), (b"\x1f\x8b", "a gzip archive"), (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "a program"), (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"), (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
)


def _binary_kind(sample: bytes) -> str:
    """What a file is when its first bytes are a well-known binary format's signature, else ``""``."""
    if sample.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        if b"xl/" in sample or b"[Content_Types].xml" in sample:
            return "an Excel workbook (.xlsx); save it as CSV (UTF-8)"
        if b"content.xml" in sample or b"mimetype" in sample:
            return "an OpenDocument file (.ods); save it as CSV (UTF-8)"
        return "a ZIP archive"
    return workbook.ole_kind(sample) or next((kind for magic, kind in _MAGIC if sample.startswith(magic)), "")


def _wide(sample: bytes) -> bool:
    """Whether NUL bytes fall where UTF-16 or UTF-32 puts them (every other byte or more, in
    step), not here and there as stray bytes do."""
    even, odd = sample[0::2], sample[1::2]
    return max(even.count(0), odd.count(0)) >= 0.25 * max(1, len(sample) // 2)


_WIDE = ("utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le")
_LEGACY = ("cp1251", "cp1253", "cp1254", "cp1257", "cp1255", "cp1256", "cp874", "cp932", "gb18030", "big5", "cp949")
# The scripts a legacy encoding is made to write (by codec family); its letters outside these
# mean the bytes were meant for another encoding.
_JAPANESE = {"Han", "Kana"}
_FAMILY_SCRIPTS = {
    "cp1252": {"Latin"}, "cp1250": {"Latin"}, "cp1254": {"Latin"}, "cp1257": {"Latin"}, "latin_1": {"Latin"},
    "iso8859_2": {"Latin"}, "iso8859_15": {"Latin"}, "cp1251": {"Cyrillic"}, "koi8_r": {"Cyrillic"},
    "koi8_u": {"Cyrillic"}, "iso8859_5": {"Cyrillic"}, "cp1253": {"Greek"}, "iso8859_7": {"Greek"},
    "cp1255": {"Hebrew"}, "iso8859_8": {"Hebrew"}, "cp1256": {"Arabic"}, "iso8859_6": {"Arabic"},
    "cp874": {"Thai"}, "tis_620": {"Thai"}, "cp932": _JAPANESE, "shift_jis": _JAPANESE,
    "shift_jis_2004": _JAPANESE, "euc_jp": _JAPANESE, "euc_jis_2004": _JAPANESE, "gb18030": {"Han"},
    "gbk": {"Han"}, "gb2312": {"Han"}, "big5": {"Han"}, "big5hkscs": {"Han"}, "cp950": {"Han"},
    "cp949": {"Hangul", "Han"}, "euc_kr": {"Hangul", "Han"}, "johab": {"Hangul", "Han"},
}
_TYPOGRAPHY = set("‘’‚“”„–—…•€£¥¢°·«»¡¿§©®™×÷±¶†‡‰′″ ")


def _plausible(sample: bytes, encoding: str) -> bool:
    """Whether ``sample`` read as ``encoding`` looks like text written in that encoding: every
    character outside ASCII a letter of the encoding's scripts or common typography, one script
    per word, and Latin text mostly plain letters (Cyrillic or Greek bytes read as Latin-1 come
    out as runs of accented letters)."""
    try:
        text = codecs.getincrementaldecoder(encoding)().decode(sample, final=False)
    except (UnicodeDecodeError, LookupError):
        return False
    scripts = _FAMILY_SCRIPTS.get(codecs.lookup(encoding).name.replace("-", "_"))
    latin = accented = 0
    for word in re.findall(r"[^\W\d_]+", text):
        seen = set()
        for ch in word:
            if ch.isascii():
                latin += 1
                continue
            script = script_of(ch)
            if scripts is not None and script not in scripts:
                return False
            seen.add(script)
            if script == "Latin":
                latin += 1
                accented += 1
        # Japanese writes kanji and kana in one word; no other writing mixes scripts inside a word.
        if (len(seen) > 1 and not seen <= _JAPANESE) or (seen and "Latin" not in seen and any(ch.isascii() for ch in word)):
            return False
    if any(not ch.isascii() and not (ch.isalnum() or unicodedata.category(ch).startswith("M")) and ch not in _TYPOGRAPHY
           and not ch.isspace() for ch in text):
        return False
    # a symbol between two letters ("zelvo±o") is a letter of another code page
    if re.search(r"[^\W\d_][^\x00-\x7f\w\s’·][^\W\d_]", text):
        return False
    return accented <= 0.6 * latin if latin else True


TEXT_LIMIT = 256 * 2**20
"""Bytes :func:`read_text` reads: word lists, brand registers and accept files are far smaller;
a file (or a pipe) that goes on is not one of them."""


def read_text(path: str, what: str) -> str:
    """A whole small file (a word list, a brand register) as text, in the encoding it was saved
    in (as :func:`detect_encoding` tells); ``what`` names it in the one-line errors."""
    special = special_file(path)
    if special:
        raise DataError(f"{what} {path!r} {special}")
    try:
        with open(path, "rb") as file:
            raw = file.read(TEXT_LIMIT + 1)
        if len(raw) > TEXT_LIMIT:
            raise DataError(f"{what} {path!r} is larger than {TEXT_LIMIT >> 20} MB; not read")
    except FileNotFoundError:
        raise DataError(f"{what} {path!r} not found") from None
    except OSError as exc:
        raise DataError(f"{what} {path!r} cannot be read ({exc.strerror or exc})") from None
    try:
        text = raw.decode(detect_encoding(raw[:_SAMPLE], complete=len(raw) <= _SAMPLE, label=f"{what} {path!r}"))
    except (UnicodeDecodeError, LookupError):
        raise DataError(f"{what} {path!r} is not text in any encoding brandcheck recognises") from None
    return text.lstrip("\ufeff")


def read_sheet(path: str, what: str) -> list[list[str]]:
    """The non-blank rows of a small workbook's first sheet (a brand register), read whole, with
    the one-line errors of :func:`read_text`."""
    label = f"{what} {path!r}"
    special = special_file(path)
    if special:
        raise DataError(f"{label} {special}")
    try:
        with open(path, "rb") as stream:
            return [cells for _, cells in workbook.sheet_rows(stream, label)[1]]
    except FileNotFoundError:
        raise DataError(f"{label} not found") from None
    except OSError as exc:
        raise DataError(f"{label} cannot be read ({exc.strerror or exc})") from None


class Rewound(io.RawIOBase):
    """A stream that replays the bytes already read from its start (stdin cannot seek back)."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read1(len(buffer)) if hasattr(self._rest, "read1") else self._rest.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


class NameFile:
    """A file of names, opened and checked; :meth:`names` reads it lazily.

    ``fmt`` is one of :data:`INPUT_FORMATS` (default: from the extension); ``column`` is a CSV
    header name or 1-based index (of a workbook's first sheet too), or a JSONL key (default
    ``name``); ``encoding`` overrides the guess (a workbook has none to give). ``"-"`` reads
    standard input.
    """

    def __init__(self, path: str, *, fmt: str | None = None, column: str | None = None,
                 encoding: str | None = None, _stream: IO[bytes] | None = None, _label: str | None = None) -> None:
        self.path = path
        self.label = _label or ("<stdin>" if path == "-" else path)
        self.format = fmt or format_of(_label or path)
        self._guessed = fmt is None
        if self.format not in INPUT_FORMATS:
            raise DataError(f"unknown input format {self.format!r}; choose one of {', '.join(INPUT_FORMATS)}")
        if column is not None and self.format == "txt":
            raise DataError("--column applies only to csv, tsv, xlsx, jsonl and json input")
        if column is not None and not column.strip():
            raise DataError("--column needs a name or a number")
        self.column = column
        if encoding is not None:
            try:
                encoding = codecs.lookup(encoding).name
            except LookupError:
                raise DataError(f"unknown encoding {encoding!r}") from None
        raw = _stream
        if raw is None:
            if path == "-":
                raw = sys.stdin.buffer
            else:
                _check_readable(path)
                raw = open(path, "rb")  # noqa: SIM115 - closed by close()
        self._raw = raw
        self._header: list[str] | None = None
        self._index = 0  # the name column, 0-based
        try:
            self._open(encoding)
        except BaseException:
            self.close()
            raise

    @classmethod
    def from_stream(cls, stream: IO[bytes], *, label: str, fmt: str | None = None, column: str | None = None,
                    encoding: str | None = None) -> "NameFile":
        """A name file over an open binary stream (pipes, tests); ``label`` names it in messages."""
        return cls("-", fmt=fmt, column=column, encoding=encoding, _stream=stream, _label=label)

    def _open(self, encoding: str | None) -> None:
        self._rows: Iterator[tuple[int, list[str] | None, str]] = iter(())
        self.sheet: str | None = None
        """xlsx: the title of the sheet read."""
        if self.format == "xlsx":
            self._start_workbook(self._raw)
            return
        read = getattr(self._raw, "read1", self._raw.read)
        head = read(_SAMPLE)
        while len(head) < _SAMPLE and (more := read(_SAMPLE - len(head))):
            head += more
        if self._guessed and workbook.looks_like_workbook(head):
            # a workbook piped in or saved under another name: read as one (not as text)
            self.format = "xlsx"
            self._start_workbook(Rewound(head, self._raw))
            return
        if encoding in ("utf-8", "utf-16", "utf-32") and any(head.startswith(b) for b, _ in _BOMS):
            encoding = None  # a byte-order mark says it better (and is not part of the first name)
        self.encoding = encoding or detect_encoding(head, complete=len(head) < _SAMPLE, label=self.label)
        sample_text = head.decode(self.encoding, errors="replace").lstrip("\ufeff")
        if self._guessed and self.format == "txt" and _tabbed(sample_text):
            self.format = "tsv"  # a table saved as .txt (Excel's "Unicode text"): its names are a column
        self._numbered = self.format == "txt" and _numbered(sample_text)
        # A stray undecodable byte stays on its own line, which is then skipped alone (_ESCAPE).
        self._text = io.TextIOWrapper(io.BufferedReader(Rewound(head, self._raw)), encoding=self.encoding,
                                      errors=_ESCAPE, newline="")
        self._lines = enumerate(self._text, 1)
        if self.format in ("csv", "tsv"):
            self._start_csv(head.decode(self.encoding, errors="replace").lstrip("\ufeff"))
        elif self.format == "json":
            self._items = self._json_items()

    def _json_items(self) -> list:
        """The entries of a JSON file: an array of names (strings, or objects with the name under
        ``column``, default ``name``), or an object holding one such array (``{"names": […]}``);
        read whole, so a broken or foreign file is refused before any name is screened."""
        text = self._text.read(TEXT_LIMIT + 1)
        if len(text) > TEXT_LIMIT:
            raise DataError(f"{self.label}: a JSON file larger than {TEXT_LIMIT >> 20} MB; write it as JSONL")
        try:
            data = json.loads(text.lstrip("\ufeff"))
        except ValueError as exc:
            where = f" at line {exc.lineno}" if hasattr(exc, "lineno") else ""
            raise DataError(f"{self.label}: not valid JSON ({getattr(exc, 'msg', exc)}{where})") from None
        except RecursionError:
            raise DataError(f"{self.label}: JSON nested too deeply to be a list of names") from None
        if isinstance(data, dict):
            lists = [v for v in data.values() if isinstance(v, list)]
            data = lists[0] if len(lists) == 1 else data
        if not isinstance(data, list):
            raise DataError(f"{self.label}: JSON, but not a list of names (an array of strings or of objects "
                            "with a name)")
        return data

    def _start_csv(self, sample: str) -> None:
        delimiters = "\t" if self.format == "tsv" else ",;\t|"
        first, _, rest = (re.split(r"(\r\n|\r|\n)", sample, maxsplit=1) + ["", ""])[:3]
        hint = re.fullmatch(r"(?i)sep=(.)", first.strip().strip('"'))
        if hint:  # Excel's "sep=;" line names the delimiter and is not data
            next(self._lines, None)
            sample, delimiters = rest, hint.group(1)
        cut = sample.rfind("\n")  # sniff whole lines only: a cut-off last line misleads the sniffer
        sample = sample[:cut + 1] if cut > 0 else sample
        try:
            dialect = csv.Sniffer().sniff(sample, delimiters=delimiters)
        except csv.Error:  # one column, rows of unequal length, or too few lines to tell
            dialect = _dialect_of_first_line(sample, delimiters)
        if dialect.delimiter == "," and ";" in delimiters and _decimal_commas(sample):
            dialect = _dialect_of_first_line(sample, ";")
        self._start_table(self._csv_rows(dialect))

    def _start_workbook(self, raw: IO[bytes]) -> None:
        """The first sheet's rows, its name column chosen as a CSV file's is."""
        self.encoding = "utf-8"  # the XML of a workbook; cells hold no undecodable bytes
        self.sheet, rows = workbook.sheet_rows(raw, self.label)
        rows = ((number, cells, "") for number, cells in rows)
        first = next(rows, None)
        if first is None:
            raise DataError(f"{self.label}: sheet {self.sheet!r} (the first) is empty")
        self._start_table(itertools.chain([first], rows))

    def _start_table(self, rows: Iterator[tuple[int, list[str] | None, str]]) -> None:
        """Find the header and the name column in the first rows; the rows are put back."""
        first = next(rows, None)
        self._rows = rows
        if first is None or first[1] is None:
            self._rows = itertools.chain([first] if first else [], rows)
            return
        line, cells = first[0], first[1]
        folded = [c.strip().casefold() for c in cells]
        by_number = self.column is not None and self.column.strip().isdigit()
        # a few rows ahead (put back below) tell a column of numbers from the names
        ahead = list(itertools.islice(rows, 20))
        self._rows = itertools.chain(ahead, rows)
        sample_rows = [r for _, r, _ in ahead if r is not None]
        if self.column is not None and not by_number:
            wanted = self.column.strip().casefold()
            if wanted not in folded:
                raise DataError(f"{self.label}: no column {self.column!r} in the header "
                                f"({', '.join(c.strip() for c in cells)})")
            self._header, self._index = cells, folded.index(wanted)
        elif name_column(folded) is not None:
            self._header, self._index = cells, name_column(folded)
        elif any(c in HEADER_WORDS for c in folded):
            self._header = cells
            if self.column is None:
                self._index = _column_of_names(sample_rows, folded)
        else:
            self._rows = itertools.chain([first], self._rows)
            if self.column is None:
                self._index = _column_of_names([cells, *sample_rows], None)
        if by_number:
            self._index = int(self.column) - 1
            if self._index < 0:
                raise DataError(f"--column {self.column}: columns are counted from 1")
            if self._index >= len(cells):
                raise DataError(f"{self.label}: no column {self._index + 1}; line {line} has {len(cells)}")

    def _csv_rows(self, dialect) -> Iterator[tuple[int, list[str] | None, str]]:
        """(first line number, cells or None, error) of each non-blank row."""
        last = 0

        def texts() -> Iterator[str]:
            nonlocal last
            for last, text in self._lines:  # noqa: B007 - `last` is read by the loop below
                yield text

        reader = csv.reader(texts(), dialect)
        while True:
            start = last + 1  # a quoted field may span lines; a row is known by its first line
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield start, None, str(exc)
                continue
            if any(trim(cell) for cell in row):
                yield start, row, ""

    def records(self, on_skip: SkipHandler | None = None) -> Iterator[tuple[int, str]]:
        """(line number, raw text) of every entry, before the name itself is checked."""
        skip = on_skip or _ignore
        if self.format == "txt":
            for number, text in self._lines:
                stripped = trim(text)
                if stripped and not stripped.startswith("#"):
                    # a list copied from a document: "• Zelvora", "- Lumora", and "1. Kamo" when
                    # every entry is numbered (a lone "1. FC Köln" keeps its number)
                    stripped = _BULLET.sub("", stripped, count=1)
                    yield number, _NUMBERING.sub("", stripped, count=1) if self._numbered else stripped
        elif self.format in ("jsonl", "json"):
            key = self.column if self.column is not None else "name"
            # JSON: an entry's number is its place in the array
            entries = enumerate(self._items, 1) if self.format == "json" else self._lines
            for number, text in entries:
                if self.format == "json":
                    value = text
                elif not text.strip():
                    continue
                else:
                    try:
                        value = json.loads(text)
                    except ValueError as exc:
                        skip(number, f"not valid JSON ({getattr(exc, 'msg', exc)})")
                        continue
                    except RecursionError:
                        skip(number, "JSON nested too deeply")
                        continue
                if isinstance(value, dict):
                    if key not in value:
                        skip(number, f"no key {key!r}")
                        continue
                    value = value[key]
                if not isinstance(value, str):
                    skip(number, f"the name is not a JSON string but {type(value).__name__}")
                    continue
                yield number, trim(value)
        else:
            for number, row, error in self._rows:
                if row is None:
                    skip(number, f"broken CSV row ({error})")
                elif self._index >= len(row):
                    skip(number, f"no column {self._column_label()} (the row has {len(row)})")
                else:
                    yield number, trim(row[self._index])

    def names(self, on_skip: SkipHandler | None = None) -> Iterator[tuple[int, str]]:
        """(line number, normalised name) of every valid name; other entries go to ``on_skip``."""
        skip = on_skip or _ignore
        for number, text in self.records(skip):
            if any("\udc80" <= ch <= "\udcff" for ch in text):  # bytes surrogateescape kept
                skip(number, f"bytes that are not {self.encoding} text")
                continue
            try:
                yield number, parse(text).text
            except InvalidNameError as exc:
                skip(number, str(exc))

    def count(self) -> int | None:
        """How many entries the file holds, by a second quick pass (None for standard input)."""
        if self.path == "-":
            return None
        with NameFile(self.path, fmt=self.format, column=self.column, encoding=self.encoding) as again:
            return sum(1 for _ in again.records())

    def _column_label(self) -> str:
        if self._header is not None and self._index < len(self._header):
            return repr(self._header[self._index].strip())
        return str(self._index + 1)

    def close(self) -> None:
        if self._raw is not None and self._raw is not sys.stdin.buffer:
            self._raw.close()
        self._raw = None

    def __enter__(self) -> "NameFile":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _ignore(line: int, reason: str) -> None:
    pass


def name_column(titles: list[str]) -> int | None:
    """The column of names by its title (case-folded ``titles``): one of :data:`NAME_COLUMNS`,
    else the first title that has one of them as a word; None when no title says so."""
    exact = next((i for i, t in enumerate(titles) if t in NAME_COLUMNS), None)
    if exact is not None:
        return exact
    return next((i for i, t in enumerate(titles) if any(w in NAME_COLUMNS for w in re.findall(r"\w+", t))), None)


_NUMBER = re.compile(r"[#№]?\s*[-+]?[\d.,'\s]*\d[\d.,'\s]*%?"
                     # an ISO date or time (a workbook's date cells are written so): not a name either
                     r"|\d{4}-\d\d-\d\d(?:[ T]\d\d:\d\d(?::\d\d(?:\.\d+)?)?)?|\d\d:\d\d(?::\d\d(?:\.\d+)?)?")


def _numbers_only(cells: list[str]) -> bool:
    """Whether a column holds nothing but numbers (row numbers, ids, scores, prices) or dates."""
    values = [c.strip() for c in cells if c.strip()]
    return bool(values) and all(_NUMBER.fullmatch(v) for v in values)


def _column_of_names(rows: list[list[str]], titles: list[str] | None) -> int:
    """Where the names are when no title names their column: the one column whose title is not
    another known column's (``#``, ``Note`` …), else the first column that is not all numbers
    (a row number or id before the names is not a name)."""
    width = max((len(r) for r in rows), default=1)
    columns = [[r[i] if i < len(r) else "" for r in rows] for i in range(width)]
    if titles is not None:
        unknown = [i for i, t in enumerate(titles) if t and t not in HEADER_WORDS]
        if len(unknown) == 1:
            return unknown[0]
    order = [i for i in range(width) if titles is None or i >= len(titles) or titles[i] not in HEADER_WORDS]
    return next((i for i in order + list(range(width)) if not _numbers_only(columns[i]) and any(
        c.strip() for c in columns[i])), 0)


def _tabbed(sample: str) -> bool:
    """Whether text given as plain lines is really a table: every line (but comments) has the
    same number of tabs (Excel's "Unicode text" export, a copied spreadsheet range)."""
    lines = [ln for ln in re.split(r"\r\n|\r|\n", sample)[:-1] if ln.strip() and not ln.lstrip().startswith("#")]
    counts = {ln.count("\t") for ln in lines}
    return bool(lines) and len(counts) == 1 and counts != {0}


_BULLET = re.compile(r"^[-*•‣◦▪▫●○■□–—·⁃]\s+(?=\S)")
_NUMBERING = re.compile(r"^\(?\d{1,5}[.)]\s+(?=\S)")


def _numbered(sample: str) -> bool:
    """Whether every entry of a plain list (two or more) starts with its number: ``1. Zelvora``,
    ``2) Lumora``, ``(3) Kamo``."""
    lines = [trim(ln) for ln in re.split(r"\r\n|\r|\n", sample)[:-1]]
    entries = [_BULLET.sub("", ln, count=1) for ln in lines if ln and not ln.startswith("#")]
    return len(entries) >= 2 and all(_NUMBERING.match(e) for e in entries)


def _decimal_commas(sample: str) -> bool:
    """Whether every comma in ``sample`` sits between two digits (1,5 in a semicolon-separated
    European file): then the comma is not the delimiter."""
    return "," in sample and ";" in sample and "," not in re.sub(r"(?<=\d),(?=\d)", "", sample)


def _dialect_of_first_line(sample: str, delimiters: str) -> type[csv.Dialect]:
    """The delimiter the header line uses most (the sniffer wants every row alike)."""
    first = sample.split("\n", 1)[0]
    best = max(delimiters, key=first.count)

    class Dialect(csv.excel):
        delimiter = best if first.count(best) else delimiters[0]

    return Dialect


def trim(text: str) -> str:
    """``text`` without white space, control characters and invisible formatting characters
    (zero-width spaces, byte-order marks, direction marks, a NUL or DOS end-of-file mark left by
    a tool) at either end: what copy and paste leaves around a cell. Inside a name they stay, and
    the name check says so."""
    start, end = 0, len(text)
    while start < end and (text[start].isspace() or unicodedata.category(text[start]) in ("Cc", "Cf")):
        start += 1
    while end > start and (text[end - 1].isspace() or unicodedata.category(text[end - 1]) in ("Cc", "Cf")):
        end -= 1
    return text[start:end]


def _check_readable(path: str) -> None:
    if not os.path.exists(path):
        raise DataError(f"{path}: no such file")
    if os.path.isdir(path):
        raise DataError(f"{path}: is a folder, not a file of names")
    special = special_file(path)
    if special:
        raise DataError(f"{path}: {special}")
    if not os.access(path, os.R_OK):
        raise DataError(f"{path}: not readable (permission denied)")


def special_file(path: str) -> str:
    """Why ``path`` cannot be read as a file (a folder, a device such as /dev/zero or /dev/null,
    a socket), or ``""``: a regular file, a pipe (``<(generate-names)``) or a terminal reads."""
    import stat

    try:
        mode = os.stat(path).st_mode
    except OSError:
        return ""  # opening it says what is wrong
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    if stat.S_ISCHR(mode):
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        except OSError:
            return "is a device, not a file"
        try:
            if os.isatty(fd):
                return ""  # /dev/stdin on a terminal: typed names
        finally:
            os.close(fd)
        return "is a device, not a file"
    if stat.S_ISBLK(mode) or stat.S_ISSOCK(mode):
        return "is a device or socket, not a file"
    return ""


# ---------------------------------------------------------------------------------------------
# Writing reports as they come, and picking up where a run stopped

STREAM_FORMATS = ("jsonl", "csv", "json")
"""Output formats written record by record as reports arrive."""
RESUMABLE_FORMATS = ("jsonl", "csv")
"""Output formats ``--resume`` can read back."""
FSYNC_EVERY = 256
"""Records between fsyncs: each record is flushed to the OS at once, but an fsync per record
would cost more than screening a short name; 256 loses at most a few seconds to a power cut."""


def jsonl_record(report: Report, index: int, line: int) -> str:
    """One JSONL line: the input position and line number, then the report's JSON object."""
    return json.dumps({"index": index, "line": line, **report.to_dict()}, ensure_ascii=False) + "\n"


def _layout(layout: Any = None) -> Any:
    from ..report.text import CsvLayout

    return layout if layout is not None else CsvLayout()


class ReportSink:
    """Writes reports to a stream as they come; :meth:`close` leaves a complete file.

    ``owned``: the sink opened the stream (a file) and closes it; standard output is not closed
    and not fsynced (it may be a pipe).
    """

    def __init__(self, fmt: str, stream: IO[str], *, owned: bool, header: bool = True, layout: Any = None) -> None:
        if fmt not in STREAM_FORMATS:
            raise ValueError(f"format {fmt!r} is not written as a stream")
        self.format = fmt
        self.written = 0
        self._stream = stream
        self._owned = owned
        self._closed = False
        self.layout = _layout(layout)
        """CSV: the columns (:class:`brandcheck.report.text.CsvLayout`; default one row per name)."""
        if fmt == "csv" and header:
            self._put(self.layout.header())

    def write(self, report: Report, index: int, line: int) -> None:
        """Append one report (one write call, then a flush: a reader never sees half a record)."""
        if self.format == "jsonl":
            text = jsonl_record(report, index, line)
        elif self.format == "csv":
            text = self.layout.lines(report)
        else:
            # The streamed array is byte for byte what render_json writes for the same reports.
            body = json.dumps(report.to_dict(), ensure_ascii=False, indent=2).replace("\n", "\n  ")
            text = ("[\n  " if self.written == 0 else ",\n  ") + body
        self._put(text)
        self.written += 1
        if self._owned and self.written % FSYNC_EVERY == 0:
            os.fsync(self._stream.fileno())

    def _put(self, text: str) -> None:
        self._stream.write(text)
        self._stream.flush()

    def close(self) -> None:
        """Finish the file (the JSON array's closing bracket), fsync and close it."""
        if self._closed:
            return
        self._closed = True
        try:
            if self.format == "json":
                self._put("[]\n" if self.written == 0 else "\n]\n")
            if self._owned:
                os.fsync(self._stream.fileno())
        finally:
            if self._owned:
                self._stream.close()


@dataclass
class Resumed:
    """What an earlier run left in an output file."""

    done: Counter = field(default_factory=Counter)
    """How many reports each (normalised) name already has."""
    records: int = 0
    """Reports kept."""
    worst: Severity | None = None
    """The most severe unaccepted finding among them (for the exit code)."""
    keep: int = 0
    """Bytes of the file to keep; what follows is an unfinished record, cut before appending."""
    exists: bool = False


def read_done(path: str, fmt: str, *, layout: Any = None) -> Resumed:
    """Scan an output file of an earlier run for ``--resume`` (nothing is changed yet).

    JSONL: every complete line is a report; a last line without its newline was cut short and
    goes. CSV (``layout``, default one row per name): a file of one row per finding has its rows
    grouped by name, and the last name's rows go too, as they may be incomplete; that name is
    screened again. A file that is not brandcheck output, or a CSV with other columns than
    ``layout`` would write, raises :class:`DataError` rather than have records appended to it.
    """
    layout = _layout(layout)
    per_finding = layout.rows == "findings"
    state = Resumed()
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        return state
    if fmt not in RESUMABLE_FORMATS:
        raise ValueError(f"format {fmt!r} cannot be resumed")
    state.exists = True
    header = layout.header().encode()
    last_name, last_start = None, 0
    with open(path, "rb") as fh:
        offset = 0
        for number, raw in enumerate(fh, 1):
            start, offset = offset, offset + len(raw)
            if not raw.endswith(b"\n"):
                break  # cut short mid-write: dropped
            if fmt == "csv" and number == 1:
                if raw != header:
                    raise DataError(f"{path}: not a brandcheck CSV with these columns (its header differs: "
                                    "another --csv-rows or other markets?); choose another -o or run without --resume")
                state.keep = offset
                continue
            if fmt == "jsonl":
                name, severities = _jsonl_done(raw, path, number)
            else:
                name, severities = _csv_done(raw, path, number, per_finding)
            for severity in severities:
                if state.worst is None or severity > state.worst:
                    state.worst = severity
            if fmt == "csv" and per_finding and name == last_name:
                state.keep = offset
                continue
            state.done[name] += 1
            state.records += 1
            state.keep = offset
            last_name, last_start = name, start
    if fmt == "csv" and per_finding and last_name is not None:
        # The last name's rows may be a report cut short between rows: screen it again.
        state.done[last_name] -= 1
        state.records -= 1
        state.keep = last_start
    return state


def _jsonl_done(raw: bytes, path: str, number: int) -> tuple[str, list[Severity]]:
    try:
        record = json.loads(raw)
        name = record["name"]
        findings = record.get("findings", [])
        severities = [Severity.parse(f["severity"]) for f in findings if not f.get("accepted")]
    except (ValueError, KeyError, TypeError, AttributeError):
        raise DataError(f"{path}:{number}: not a brandcheck JSONL record; "
                        "choose another -o or run without --resume") from None
    if not isinstance(name, str):
        raise DataError(f"{path}:{number}: not a brandcheck JSONL record (no name)")
    return name, severities


def _csv_done(raw: bytes, path: str, number: int, per_finding: bool) -> tuple[str, list[Severity]]:
    # One physical line per row: brandcheck's messages and names hold no line breaks.
    try:
        [row] = list(csv.reader([raw.decode("utf-8")]))
        if not per_finding:  # name, score, verdict, worst (unaccepted), ...
            return csv_value(row[0]), [Severity.parse(row[3])] if row[3] else []
        name, severity, accepted = csv_value(row[0]), row[6], row[8]
        return name, [Severity.parse(severity)] if severity and accepted != "yes" else []
    except (ValueError, IndexError, UnicodeDecodeError):
        raise DataError(f"{path}:{number}: not a brandcheck CSV row; "
                        "choose another -o or run without --resume") from None


def open_sink(fmt: str, path: str | None, *, resume: Resumed | None = None, layout: Any = None) -> ReportSink:
    """A sink writing to ``path`` (None: standard output); with ``resume``, cut what
    :func:`read_done` said to drop and append after it. Without it an existing file is replaced."""
    if path is None:
        return ReportSink(fmt, sys.stdout, owned=False, layout=layout)
    if resume is not None and resume.exists:
        with open(path, "r+b") as fh:
            fh.truncate(resume.keep)
        stream = open(path, "a", encoding="utf-8", newline="")  # noqa: SIM115 - the sink closes it
        return ReportSink(fmt, stream, owned=True, header=resume.keep == 0, layout=layout)
    stream = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115 - the sink closes it
    return ReportSink(fmt, stream, owned=True, layout=layout)


def check_output(path: str, *, inputs: tuple[str, ...] = ()) -> None:
    """Raise :class:`DataError` unless ``path`` can be written: its folder exists, it is not a
    folder itself, we may write there, and it is not one of the ``inputs``."""
    folder = os.path.dirname(os.path.abspath(path))
    if os.path.isdir(path):
        raise DataError(f"-o {path}: is a folder; give a file name")
    if not os.path.isdir(folder):
        raise DataError(f"-o {path}: the folder {folder} does not exist")
    if os.path.exists(path):
        if not os.access(path, os.W_OK):
            raise DataError(f"-o {path}: not writable (permission denied)")
        for other in inputs:
            if other != "-" and os.path.exists(other) and os.path.samefile(path, other):
                raise DataError(f"-o {path}: is also the input; give another output file")
    elif not os.access(folder, os.W_OK):
        raise DataError(f"-o {path}: cannot create files in {folder} (permission denied)")


def write_atomic(path: str, text: str) -> None:
    """Write a whole file so that it is either the old or the new one, never half of it.

    A temporary file in the same folder, fsynced, then renamed over ``path``, then the folder
    fsynced so that the rename itself survives a power cut.
    """
    import tempfile

    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=folder, prefix="." + os.path.basename(path) + ".", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp makes the file private (0600); give it the mode a plain open() would have.
        if os.path.exists(path):
            mode = os.stat(path).st_mode & 0o777
        else:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:  # not every platform opens folders (Windows)
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)
