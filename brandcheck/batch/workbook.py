"""The rows of an Excel workbook's first sheet (.xlsx), with the file checked before openpyxl reads it.

Pure I/O, no network. openpyxl (``read_only=True``: rows stream from the zip; ``data_only=True``:
a formula gives the value Excel last computed) reads the sheet; before it sees the file, the zip
itself is checked, so a hostile or foreign file is one :class:`~brandcheck.errors.DataError` line:

* not a zip: an OLE file is a legacy ``.xls`` or a password-protected workbook (Excel encrypts
  the whole package into an OLE file), anything else is not a workbook at all;
* a zip that is not a workbook (no ``xl/workbook.xml``: an ``.ods``, an ``.xlsb``, an archive);
* a zip bomb: the members' declared sizes may unpack to :data:`UNPACKED_LIMIT` bytes at most,
  and Python's zip reader stops each member at its declared size; only the methods Excel
  writes (stored, deflate) are let through, as the others decompress without that bound;
* a huge sheet: at most :data:`ROW_LIMIT` rows and :data:`CELL_LIMIT` cells are read (a row
  numbered in the billions would otherwise be reached through as many empty rows).

Cells become text as Excel shows them unformatted: 42 not 42.0, dates as ISO 8601, TRUE/FALSE.
"""

from __future__ import annotations

import datetime
import io
import zipfile
from typing import IO, Iterator

from ..errors import DataError

__all__ = ["UNPACKED_LIMIT", "ROW_LIMIT", "CELL_LIMIT", "EXTENSIONS", "looks_like_workbook", "ole_kind",
           "sheet_rows", "cell_text"]

UNPACKED_LIMIT = 256 * 2**20
"""Bytes a workbook's parts may unpack to, all together (as :data:`~brandcheck.batch.files.TEXT_LIMIT`
for text files): a million names with notes unpack to well under 200 MB."""
ROW_LIMIT = 1_048_576
"""Excel's own row limit: a sheet that goes further was not saved by Excel."""
CELL_LIMIT = 20_000_000
"""Cells read (blank ones between cells count): twenty columns of Excel's largest sheet."""
EXTENSIONS = (".xlsx", ".xlsm", ".xltx", ".xltm")
"""Workbook extensions openpyxl reads (macro-enabled and template workbooks are the same format)."""

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")  # the OLE stream an encrypted workbook keeps its package in
_SCAN = 1 << 20


def looks_like_workbook(head: bytes) -> bool:
    """Whether a file's first bytes are those of an .xlsx (a zip whose first parts are a workbook's)."""
    return head.startswith(b"PK\x03\x04") and (b"xl/" in head or b"[Content_Types].xml" in head) \
        and b"content.xml" not in head and b"mimetype" not in head


def ole_kind(head: bytes) -> str:
    """What an OLE (Compound File) Office file is, from bytes of it: ``""`` if not one."""
    if not head.startswith(_OLE):
        return ""
    if _ENCRYPTED in head:
        return ("a password-protected (encrypted) Office file; remove the password in Excel "
                "(File > Info > Protect Workbook) and save it as .xlsx or CSV (UTF-8)")
    return "an Excel 97-2003 workbook (.xls) or other old Office file; save it as .xlsx or CSV (UTF-8)"


def _seekable(stream: IO[bytes], label: str) -> IO[bytes]:
    """``stream`` itself if it can seek (a file), else its bytes in memory (a pipe), up to the limit."""
    try:
        if stream.seekable():
            stream.seek(0)
            return stream
    except (OSError, ValueError):
        pass
    data = bytearray()
    while len(data) <= UNPACKED_LIMIT and (more := stream.read(UNPACKED_LIMIT + 1 - len(data))):
        data += more  # a raw pipe gives what it has, a part at a time
    if len(data) > UNPACKED_LIMIT:
        raise DataError(f"{label}: a workbook larger than {UNPACKED_LIMIT >> 20} MB; save it as CSV")
    return io.BytesIO(bytes(data))


def _refuse_foreign(stream: IO[bytes], label: str) -> None:
    """Raise unless ``stream`` is a zip (not OLE, not anything else) holding a workbook of safe size."""
    head = stream.read(8)
    if head.startswith(_OLE):
        # the stream names sit in the OLE directory, which may be anywhere in the file
        position, encrypted = 0, False
        while not encrypted and position < UNPACKED_LIMIT:
            stream.seek(position)
            chunk = stream.read(_SCAN)
            encrypted = _ENCRYPTED in chunk
            if len(chunk) < _SCAN:
                break
            position += _SCAN - len(_ENCRYPTED)  # overlap: the name may straddle two chunks
        raise DataError(f"{label}: {ole_kind(_OLE + (_ENCRYPTED if encrypted else b''))}")
    stream.seek(0)
    if not head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        raise DataError(f"{label}: not an Excel workbook (an .xlsx is a zip archive; this is not one)")
    try:
        with zipfile.ZipFile(stream) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise DataError(f"{label}: not a readable Excel workbook (a damaged zip archive: {exc})") from None
    names = {m.filename for m in members}
    if "xl/workbook.bin" in names:
        raise DataError(f"{label}: an Excel binary workbook (.xlsb); save it as .xlsx or CSV (UTF-8)")
    if "content.xml" in names or "mimetype" in names:
        raise DataError(f"{label}: an OpenDocument spreadsheet (.ods); save it as .xlsx or CSV (UTF-8)")
    if "xl/workbook.xml" not in names:
        raise DataError(f"{label}: a zip archive, not an Excel workbook (it has no xl/workbook.xml)")
    if any(m.flag_bits & 0x1 for m in members):
        raise DataError(f"{label}: a workbook with encrypted parts; save it without a password")
    if any(m.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) for m in members):
        raise DataError(f"{label}: a workbook packed with a compression Excel does not use; save it again in Excel")
    unpacked = sum(m.file_size for m in members)
    if unpacked > UNPACKED_LIMIT:
        raise DataError(f"{label}: a workbook that unpacks to {unpacked >> 20} MB, more than "
                        f"{UNPACKED_LIMIT >> 20} MB; not read (save the names as CSV)")
    stream.seek(0)


def sheet_rows(stream: IO[bytes], label: str) -> tuple[str, Iterator[tuple[int, list[str]]]]:
    """The first visible worksheet's title and its rows: (row number, cells as text), blank rows
    left out. The workbook is checked and opened here; the rows are read as they are consumed."""
    stream = _seekable(stream, label)
    _refuse_foreign(stream, label)
    try:
        import openpyxl
    except ModuleNotFoundError:  # a runtime dependency, unless installed with --no-deps
        raise DataError(f"{label}: reading .xlsx needs openpyxl (pip install openpyxl); or save it as CSV") from None
    import warnings

    try:
        with warnings.catch_warnings():
            # openpyxl warns about parts it does not read (data validation, a missing default style)
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(stream, read_only=True, data_only=True, keep_links=False)
    except DataError:
        raise
    except Exception as exc:  # noqa: BLE001 - a hostile file can make any parser raise anything
        raise DataError(f"{label}: not a readable workbook ({_why(exc)})") from None
    sheets = book.worksheets
    if not sheets:
        book.close()
        raise DataError(f"{label}: a workbook with no worksheets")
    sheet = next((s for s in sheets if s.sheet_state == "visible"), sheets[0])
    sheet.reset_dimensions()  # a declared size ("A1:XFD1048576") would pad every row to it
    return sheet.title, _rows(book, sheet, label)


def _rows(book, sheet, label: str) -> Iterator[tuple[int, list[str]]]:
    import warnings

    cells = 0
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            # gaps between rows come back as empty rows: one past the limit says the sheet goes on
            for number, values in enumerate(sheet.iter_rows(max_row=ROW_LIMIT + 1, values_only=True), 1):
                if number > ROW_LIMIT:
                    raise DataError(f"{label}: sheet {sheet.title!r} goes past row {ROW_LIMIT:,}, "
                                    "Excel's last; not read")
                cells += len(values)
                if cells > CELL_LIMIT:
                    raise DataError(f"{label}: sheet {sheet.title!r} has more than {CELL_LIMIT:,} cells; "
                                    "not read (save the name column as CSV)")
                row = [cell_text(v) for v in values]
                if any(c.strip() for c in row):
                    yield number, row
    except DataError:
        raise
    except Exception as exc:  # noqa: BLE001 - damaged sheet XML, a bad CRC at the end of a part
        raise DataError(f"{label}: sheet {sheet.title!r} cannot be read ({_why(exc)})") from None
    finally:
        book.close()


def _why(exc: BaseException) -> str:
    """An exception's first line, short: openpyxl's messages run over several lines."""
    lines = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {lines[0][:120]}" if lines else type(exc).__name__


def cell_text(value: object) -> str:
    """A cell's value as text: ``""`` for a blank, whole numbers without ``.0``, dates and times
    in ISO 8601 (a date alone when the time is midnight), booleans as Excel writes them."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat(sep=" ")
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return str(value)
