"""Reading register files record by record, in constant memory (pure apart from reading the file).

Formats:

* ``uspto-xml`` — USPTO trademark bulk XML (``trademark-applications-daily``, daily and annual
  files), plain or zipped, read by a streaming parser target (:class:`_UsptoCases`): ``case-file`` → ``serial-number``, ``case-file-header`` →
  ``mark-identification``, ``status-code``, ``filing-date``, ``registration-date``;
  ``classifications/classification`` → ``international-code`` with its own ``status-code``;
  ``case-file-owners/case-file-owner`` → ``party-name`` (the owner with the highest ``party-type``,
  the latest in the case's history).
* ``st66`` — WIPO ST.66 XML as EUIPO and TMview-style offices publish it (any namespace):
  ``TradeMark`` → ``ApplicationNumber``, ``MarkVerbalElementText``, ``MarkCurrentStatusCode``,
  ``ApplicationDate``, ``RegistrationDate``, ``ClassNumber``, applicant names; a record with
  ``operationCode="Delete"`` removes the mark. Plain or zipped.
* ``csv`` — a header row naming the columns (``mark``/``name``/``text``, ``number``, ``office``,
  ``classes``, ``status``, ``filed``, ``registered``, ``owner``); comma, semicolon, tab or ``|``.

Each parser yields :class:`Entry` items: a mark, a deletion, or a skipped record with the reason.
A file that breaks off (truncated download) raises :class:`TruncatedError` after the records
read so far have been yielded.
"""

from __future__ import annotations

import contextlib
import csv
import datetime
import io
import zipfile
from dataclasses import dataclass
from typing import IO, Iterator
from xml.etree.ElementTree import ParseError, XMLParser, iterparse

from ..batch.files import Rewound
from ..errors import DataError
from ..model import Mark
from .status import class_is_live, status_of

__all__ = ["FORMATS", "Entry", "TruncatedError", "read_entries", "detect_format"]

FORMATS = ("uspto-xml", "st66", "csv")


class TruncatedError(DataError):
    """The file ends early or breaks off (a cut download): what came before it was read."""


@dataclass(frozen=True, slots=True)
class Entry:
    mark: Mark | None = None
    """A mark to add or update."""
    updated: str = ""
    """When the office last changed the record (USPTO ``transaction-date``): a re-import keeps the latest."""
    delete: tuple[str, str] | None = None
    """(office, number) of a mark to remove."""
    skipped: str = ""
    """Why a record was not taken: ``malformed: …`` or ``no words: …`` (a design-only mark)."""


# ---- files: plain or zipped ------------------------------------------------------------------------

def _members(path: str) -> Iterator[tuple[str, IO[bytes]]]:
    """(label, binary stream) for a plain file or each XML/CSV member of a zip archive."""
    from ..batch.files import special_file

    special = special_file(path)
    if special:
        raise DataError(f"register file {path!r} {special}")
    try:
        fh = open(path, "rb")
    except FileNotFoundError:
        raise DataError(f"register file {path!r} not found") from None
    except OSError as exc:
        raise DataError(f"register file {path!r} cannot be read ({exc.strerror or exc})") from None
    with fh:
        if fh.read(4) != b"PK\x03\x04":
            fh.seek(0)
            yield path, fh
            return
        fh.seek(0)
        try:
            archive = zipfile.ZipFile(fh)
            names = [n for n in archive.namelist() if not n.endswith("/")]
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise TruncatedError(f"{path}: broken zip archive ({exc})") from None
        if not names:
            raise DataError(f"{path}: the zip archive holds no files")
        for name in names:
            try:
                with archive.open(name) as member:
                    yield f"{path}!{name}", member
            except (zipfile.BadZipFile, EOFError, OSError) as exc:
                raise TruncatedError(f"{path}!{name}: broken zip member ({exc})") from None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _root_tag(stream: IO[bytes]) -> str | None:
    try:
        for _, elem in iterparse(stream, events=("start",)):
            return _local(elem.tag)
    except ParseError:
        return None
    return None


def detect_format(path: str) -> str:
    """``uspto-xml``, ``st66`` or ``csv`` from the file's first bytes (the first member of a zip)."""
    with contextlib.closing(_members(path)) as members:
        return _sniff(path, members)


def _sniff(path: str, members) -> str:
    for label, stream in members:
        head = stream.read(512)
        if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
            root = _root_tag(Rewound(head, stream))
            if root in _USPTO_ROOTS:
                return "uspto-xml"
            if root in _ST66_ROOTS:
                return "st66"
            raise DataError(f"{label}: XML with root <{root}> is neither USPTO trademark XML nor WIPO ST.66")
        return "csv"
    raise DataError(f"{path}: empty")


def _date(text: str | None) -> str:
    """``20190412`` or ``2019-04-12`` → ``2019-04-12``; empty stays empty; anything else raises ValueError."""
    text = (text or "").strip()
    if not text:
        return ""
    digits = text.replace("-", "")[:8]
    if len(digits) != 8 or not digits.isdigit():
        raise ValueError(f"bad date {text!r}")
    try:
        return datetime.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8])).isoformat()
    except ValueError:
        raise ValueError(f"bad date {text!r}") from None


# ---- XML: one record at a time ---------------------------------------------------------------------

def _records(stream: IO[bytes], label: str, record: str) -> Iterator:
    """Each complete ``record`` element (by local name, any namespace: ST.66); it is detached from its parent after use,
    so memory stays flat however long the file. Raises :class:`TruncatedError` on a broken file."""
    stack = []
    try:
        for event, elem in iterparse(stream, events=("start", "end")):
            if event == "start":
                stack.append(elem)
                continue
            stack.pop()
            if _local(elem.tag) == record:
                yield elem
                elem.clear()
                if stack:
                    stack[-1].remove(elem)
    except ParseError as exc:
        raise TruncatedError(f"{label}: the XML breaks off or is broken ({exc})") from None


_USPTO_ROOTS = ("trademark-applications-daily", "case-file")
_ST66_ROOTS = ("Transaction", "TradeMarkTransaction", "TradeMark", "TradeMarkDetails")


class _UsptoCases:
    """Parser target for USPTO XML: collects the fields of each ``case-file`` as expat streams
    past and builds no element tree at all (measured here: twice as fast as ``iterparse`` with
    clearing, which matters for 14 million case files; memory is flat by construction)."""

    _FIELDS = frozenset({"serial-number", "transaction-date", "filing-date", "registration-date", "status-code",
                         "mark-identification", "international-code", "party-type", "party-name"})

    def __init__(self) -> None:
        self.done: list[dict] = []
        self._path: list[str] = []
        self._buf: list[str] = []
        self._keep = False
        self._case: dict | None = None
        self._part: dict = {}

    def start(self, tag: str, attrs: dict) -> None:
        if tag == "case-file":
            self._case = {"classes": [], "owners": []}
        elif self._case is not None and tag in ("classification", "case-file-owner"):
            self._part = {"codes": []}
        self._path.append(tag)
        self._keep = self._case is not None and tag in self._FIELDS
        self._buf = []

    def data(self, text: str) -> None:
        if self._keep:
            self._buf.append(text)

    def end(self, tag: str) -> None:
        self._path.pop()
        case = self._case
        if case is None:
            return
        parent = self._path[-1] if self._path else ""
        if self._keep:
            text = "".join(self._buf).strip()
            self._keep = False
            if tag == "international-code":
                self._part["codes"].append(text)
            elif parent in ("classification", "case-file-owner"):
                self._part[tag] = text
            elif parent in ("case-file", "case-file-header"):
                case.setdefault(tag, text)
        elif tag == "classification" and parent == "classifications":
            case["classes"].append(self._part)
        elif tag == "case-file-owner":
            case["owners"].append(self._part)
        elif tag == "case-file":
            self.done.append(case)
            self._case = None

    def close(self) -> None:
        return None


def _uspto(stream: IO[bytes], label: str) -> Iterator[Entry]:
    cases = _UsptoCases()
    parser = XMLParser(target=cases)
    try:
        while True:
            chunk = stream.read(1 << 16)
            if not chunk:
                parser.close()  # raises on a file that ends inside an element
            else:
                parser.feed(chunk)
            for case in cases.done:
                yield _uspto_entry(case)
            cases.done.clear()
            if not chunk:
                return
    except ParseError as exc:
        for case in cases.done:
            yield _uspto_entry(case)
        raise TruncatedError(f"{label}: the XML breaks off or is broken ({exc})") from None


def _uspto_entry(case: dict) -> Entry:
    serial = case.get("serial-number", "")
    if not serial.isdigit():
        return Entry(skipped=f"malformed: serial number {serial!r}")
    text = " ".join(case.get("mark-identification", "").split())
    if not text:
        return Entry(skipped=f"no words: {serial} (a design-only mark)")
    try:
        filed = _date(case.get("filing-date"))
        registered = _date(case.get("registration-date"))
        updated = _date(case.get("transaction-date"))
        classes: list[int] = []
        for c in case["classes"]:
            if not class_is_live(c.get("status-code") or "6"):
                continue
            for value in c["codes"]:
                if not value.isdigit():
                    raise ValueError(f"class {value!r}")
                if 1 <= int(value) <= 45 and int(value) not in classes:
                    classes.append(int(value))
    except ValueError as exc:
        return Entry(skipped=f"malformed: {serial}: {exc}")
    owner, rank = "", -1
    for o in case["owners"]:
        party = o.get("party-type", "0")
        r = int(party) if party.isdigit() else 0
        if r >= rank:
            owner, rank = " ".join(o.get("party-name", "").split()), r
    code = case.get("status-code", "")
    return Entry(Mark("USPTO", serial, text, tuple(sorted(classes)), status_of("USPTO", code), code, filed,
                      registered, owner), updated)


_ST66_OFFICES = {"EM": "EUIPO", "WO": "WIPO", "GB": "UKIPO", "DE": "DPMA", "FR": "INPI-FR", "IT": "UIBM",
                 "ES": "OEPM", "BX": "BOIP"}


def _st66(stream: IO[bytes], label: str) -> Iterator[Entry]:
    for tm in _records(stream, label, "TradeMark"):
        found: dict[str, str] = {}
        classes: list[int] = []
        owners: list[str] = []
        bad = ""
        for el in tm.iter():
            name = _local(el.tag)
            value = " ".join((el.text or "").split())
            if name == "ClassNumber":
                if not value.isdigit():
                    bad = f"class {value!r}"
                elif 1 <= int(value) <= 45 and int(value) not in classes:
                    classes.append(int(value))  # 0 = not yet classified
            elif name in ("OrganizationName", "FreeFormatNameLine", "LastName") and value:
                owners.append(value)
            elif name == "ApplicationNumberText" and value:
                found["ApplicationNumber"] = value
            elif value and name not in found:
                found[name] = value
        number = found.get("ApplicationNumber", "")
        office = _ST66_OFFICES.get(found.get("RegistrationOfficeCode", "EM"), found.get("RegistrationOfficeCode", ""))
        if not number:
            yield Entry(skipped="malformed: a TradeMark without ApplicationNumber")
            continue
        if tm.get("operationCode", "").lower() == "delete":
            yield Entry(delete=(office, number))
            continue
        text = found.get("MarkVerbalElementText", "")
        if not text:
            yield Entry(skipped=f"no words: {number} ({found.get('MarkFeature', 'no verbal element')})")
            continue
        if bad:
            yield Entry(skipped=f"malformed: {number}: {bad}")
            continue
        try:
            filed = _date(found.get("ApplicationDate"))
            registered = _date(found.get("RegistrationDate"))
            updated = _date(found.get("MarkCurrentStatusDate"))
        except ValueError as exc:
            yield Entry(skipped=f"malformed: {number}: {exc}")
            continue
        code = found.get("MarkCurrentStatusCode", "")
        yield Entry(Mark(office, number, text, tuple(sorted(classes)), status_of("ST66", code), code, filed,
                         registered, owners[0] if owners else ""), updated)


# ---- CSV ------------------------------------------------------------------------------------------

_CSV_COLUMNS = {
    "text": ("mark", "name", "text", "trademark", "wordmark", "word mark", "brand"),
    "number": ("number", "application number", "application", "serial", "serial number", "registration number", "id"),
    "office": ("office", "register"),
    "classes": ("classes", "nice_classes", "nice classes", "class"),
    "status": ("status", "status code"),
    "filed": ("filed", "filing date", "application date"),
    "registered": ("registered", "registration date"),
    "owner": ("owner", "applicant", "holder", "proprietor"),
}


def _csv(stream: IO[bytes], label: str, office: str) -> Iterator[Entry]:
    from ..batch.files import Rewound, detect_encoding

    # in the encoding the spreadsheet saved it in (UTF-8, UTF-16 with a BOM, a legacy code page),
    # told from the first 64 KB as for files of names; the rest is streamed
    head = stream.read(_ENCODING_SAMPLE)
    while len(head) < _ENCODING_SAMPLE and (more := stream.read(_ENCODING_SAMPLE - len(head))):
        head += more
    encoding = detect_encoding(head, complete=len(head) < _ENCODING_SAMPLE, label=label)
    text = io.TextIOWrapper(io.BufferedReader(Rewound(head, stream)), encoding=encoding, newline="")
    try:
        yield from _csv_rows(text, label, office)
    finally:
        text.detach()  # the file stays the caller's to close


_ENCODING_SAMPLE = 64 * 1024
MARK_LIMIT = 1000
"""Characters of a word mark taken from a CSV (the longest registered slogans are a few hundred);
a longer cell is a description in the wrong column and would slow every comparison."""


def _csv_rows(text: IO[str], label: str, office: str) -> Iterator[Entry]:
    try:
        import re

        first = text.readline()
        while first.startswith("#"):
            first = text.readline()
        hint = re.fullmatch(r"(?i)sep=(.)", first.strip().strip('"'))
        if hint:  # Excel's "sep=;" line names the delimiter and is not data
            first = text.readline()
        if not first.strip():
            raise DataError(f"{label}: no header row")
        delimiter = hint.group(1) if hint else max("\t,;|", key=first.count)
        header = [h.strip().lower() for h in next(csv.reader([first], delimiter=delimiter))]
        col = {k: next((header.index(c) for c in names if c in header), None) for k, names in _CSV_COLUMNS.items()}
        if col["text"] is None:
            raise DataError(f"{label}: not a register CSV (no column named {', '.join(_CSV_COLUMNS['text'][:3])})")
        for row in csv.reader(text, delimiter=delimiter):
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            if len(row) != len(header):
                yield Entry(skipped=f"malformed: a row of {len(row)} fields under a header of {len(header)}")
                continue

            def get(key: str) -> str:
                i = col[key]
                return " ".join(row[i].split()) if i is not None else ""

            mark_text = get("text")
            if not mark_text:
                yield Entry(skipped="malformed: a row without a mark")
                continue
            if len(mark_text) > MARK_LIMIT:
                yield Entry(skipped=f"malformed: a mark of {len(mark_text)} characters ({mark_text[:24]!r}…)")
                continue
            try:
                from .classes import parse_classes

                classes = parse_classes(get("classes"))
                filed, registered = _date(get("filed")), _date(get("registered"))
            except (ValueError, DataError, LookupError) as exc:
                yield Entry(skipped=f"malformed: {mark_text}: {exc}")
                continue
            code = get("status")
            yield Entry(Mark(get("office") or office, get("number") or mark_text, mark_text, classes,
                             status_of("ST66", code) if code else status_of("ST66", "live"), code, filed,
                             registered, get("owner")))
    except UnicodeDecodeError:
        raise DataError(f"{label}: not text in the encoding it seemed to be in (save the CSV as UTF-8)") from None
    except csv.Error as exc:
        raise TruncatedError(f"{label}: broken CSV ({exc})") from None


# ---- entry point ----------------------------------------------------------------------------------

def read_entries(path: str, fmt: str, *, office: str = "") -> Iterator[Entry]:
    """Entries of a register file in format ``fmt`` (checked against the file's content first)."""
    if fmt not in FORMATS:
        raise DataError(f"unknown register format {fmt!r}; choose one of {', '.join(FORMATS)}")
    found = detect_format(path)
    if found != fmt:
        raise DataError(f"{path} is not a {fmt} file (it reads as {found}); give --format {found}")
    with contextlib.closing(_members(path)) as members:
        for label, stream in members:
            if fmt == "uspto-xml":
                yield from _uspto(stream, label)
            elif fmt == "st66":
                yield from _st66(stream, label)
            else:
                yield from _csv(stream, label, office or "CSV")
