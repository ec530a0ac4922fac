"""Excel workbooks as name files: the first sheet read as a CSV file is (header, name column by
title, numbers and dates never the names), and hostile workbooks refused in one line.

Every workbook is built here with openpyxl (no binary fixtures); the hostile ones are real
workbooks with one part changed, or the bytes of the format named.
"""

from __future__ import annotations

import datetime
import io
import re
import struct
import zipfile

import openpyxl
import pytest

from brandcheck.batch import workbook
from brandcheck.batch.files import NameFile
from brandcheck.errors import DataError


def save(tmp_path, rows, *, name="names.xlsx", title="Sheet1"):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    path = tmp_path / name
    book.save(path)
    return path


def read(path, **kw):
    skipped: list = []
    with NameFile(str(path), **kw) as src:
        got = list(src.names(lambda line, reason: skipped.append((line, reason))))
    return got, skipped


def refusal(path, **kw) -> str:
    with pytest.raises(DataError) as exc:
        read(path, **kw)
    message = str(exc.value)
    assert "\n" not in message and message.startswith(str(path)), message
    return message


def rewrite(path, change):
    """The workbook at ``path`` with its parts passed through ``change(name, data) -> data | None``."""
    with zipfile.ZipFile(path) as old:
        parts = [(info, old.read(info)) for info in old.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for info, data in parts:
            data = change(info.filename, data)
            if data is not None:
                new.writestr(info.filename, data)


# ---- reading the names ------------------------------------------------------------------------------

def test_the_name_column_is_chosen_by_its_title_and_rows_keep_their_sheet_numbers(tmp_path):
    path = save(tmp_path, [
        ["Nr", "Marke", "Notiz", "Datum"],
        [1, "Zelvora", "kurz", datetime.date(2024, 5, 1)],
        [],
        [2, "Café Noir", None, datetime.datetime(2024, 5, 2, 13, 5)],
        [3, "\u200bLumora\u00a0", 3.5, None],
    ], title="Ideen")
    got, skipped = read(path)
    assert got == [(2, "Zelvora"), (4, "Café Noir"), (5, "Lumora")] and skipped == []
    with NameFile(str(path)) as src:
        assert src.sheet == "Ideen" and src.count() == 3


@pytest.mark.parametrize("first", [
    [1, 2, 3],
    [datetime.date(2024, 1, 2), datetime.date(2024, 1, 3), datetime.date(2024, 1, 4)],
    [datetime.datetime(2024, 1, 2, 9, 30), datetime.datetime(2024, 1, 3, 10, 0), datetime.datetime(2024, 1, 4, 11, 0)],
    [12.5, 7.25, 3.0],
], ids=["ids", "dates", "datetimes", "scores"])
def test_a_column_of_numbers_or_dates_before_the_names_is_not_the_names(tmp_path, first):
    path = save(tmp_path, [[a, b] for a, b in zip(first, ["Zelvora", "Lumora", "Kamo"])])
    assert [n for _, n in read(path)[0]] == ["Zelvora", "Lumora", "Kamo"]


def test_column_by_title_and_by_number(tmp_path):
    path = save(tmp_path, [["Name", "Alternative"], ["Zelvora", "Lumora"], ["Kamo", "Velto"]])
    assert [n for _, n in read(path, column="Alternative")[0]] == ["Lumora", "Velto"]
    assert [n for _, n in read(path, column="2")[0]] == ["Lumora", "Velto"]
    assert "no column 'brand'" in refusal(path, column="brand")


def test_number_cells_in_the_name_column_are_read_as_excel_shows_them(tmp_path):
    path = save(tmp_path, [["name"], [1984], [2000.0], ["Zelvora"], [True]])
    got, _ = read(path)
    assert [n for _, n in got][:3] == ["1984", "2000", "Zelvora"]


@pytest.mark.parametrize("value, text", [
    (None, ""), ("Zelvora", "Zelvora"), (42, "42"), (42.0, "42"), (2.5, "2.5"), (1e20, "1e+20"), (True, "TRUE"),
    (datetime.date(2024, 5, 1), "2024-05-01"), (datetime.datetime(2024, 5, 1), "2024-05-01"),
    (datetime.datetime(2024, 5, 1, 13, 5), "2024-05-01 13:05:00"), (datetime.time(9, 30), "09:30:00"),
])
def test_cell_text(value, text):
    assert workbook.cell_text(value) == text


def test_a_formula_gives_its_saved_value_never_its_source(tmp_path):
    # openpyxl saves no computed value: data_only reads a blank, which is skipped, not "=A2"
    path = save(tmp_path, [["name"], ["Zelvora"], ['=CONCAT(A2,"x")']])
    assert read(path) == ([(2, "Zelvora")], [])


def test_the_first_visible_sheet_is_read(tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "old"
    book.active.append(["Hidden"])
    book.active.sheet_state = "hidden"
    book.create_sheet("current").append(["Zelvora"])
    book.create_sheet("later").append(["Other"])
    path = tmp_path / "names.xlsx"
    book.save(path)
    assert [n for _, n in read(path)[0]] == ["Zelvora"]


def test_a_workbook_piped_in_or_misnamed_is_read_as_one(tmp_path):
    data = save(tmp_path, [["brand"], ["Zelvora"]]).read_bytes()
    for label in ("<stdin>", "names.txt", "names.csv"):
        with NameFile.from_stream(io.BytesIO(data), label=label) as src:
            assert list(src.names()) == [(2, "Zelvora")]
    with NameFile.from_stream(io.BytesIO(data), label="<stdin>", fmt="xlsx") as src:
        assert list(src.names()) == [(2, "Zelvora")]


def test_a_missing_openpyxl_is_one_line(tmp_path, monkeypatch):
    path = save(tmp_path, [["Zelvora"]])
    monkeypatch.setitem(__import__("sys").modules, "openpyxl", None)
    assert "openpyxl" in refusal(path)


# ---- hostile workbooks ------------------------------------------------------------------------------

def test_not_a_zip(tmp_path):
    path = tmp_path / "names.xlsx"
    path.write_bytes(b"name\nZelvora\n")
    assert "not an Excel workbook" in refusal(path)


def test_a_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "names.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("names.txt", "Zelvora\n")
    assert "not an Excel workbook" in refusal(path)


def test_a_binary_workbook_and_an_opendocument_file(tmp_path):
    path = tmp_path / "names.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.bin", b"\x83\x01\x00")
    assert ".xlsb" in refusal(path)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    assert ".ods" in refusal(path)


def test_a_truncated_workbook(tmp_path):
    path = save(tmp_path, [["Zelvora"]] * 50)
    path.write_bytes(path.read_bytes()[:-200])
    assert "Excel workbook" in refusal(path)


def test_a_workbook_with_no_worksheets(tmp_path):
    path = save(tmp_path, [["Zelvora"]])
    rewrite(path, lambda name, data: re.sub(rb"<sheet [^>]*>", b"", data)
            if name == "xl/workbook.xml" else data)
    assert "no worksheets" in refusal(path)


def test_an_empty_first_sheet(tmp_path):
    assert "is empty" in refusal(save(tmp_path, [], title="Leer"))
    assert "is empty" in refusal(save(tmp_path, [[None, "  "], [], ["", None]]))


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def test_an_encrypted_workbook_is_named_as_one(tmp_path):
    # Excel keeps a password-protected workbook in an OLE file whose directory names the
    # EncryptedPackage stream; here past the first megabyte, across the scan's chunk edge
    path = tmp_path / "names.xlsx"
    path.write_bytes(OLE + b"\x00" * ((1 << 20) - 20) + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 512)
    message = refusal(path)
    assert "password" in message and ".xlsx or CSV" in message


@pytest.mark.parametrize("name", ["names.xlsx", "names.xls", "names.csv"])
def test_a_legacy_xls_is_told_to_be_saved_again(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(OLE + b"\x00" * 500 + "Workbook".encode("utf-16-le") + b"\x00" * 500)
    message = refusal(path)
    assert ".xls" in message and ".xlsx or CSV" in message


def _declare_size(path, part: str, size: int) -> None:
    """Patch the size the zip's central directory declares for ``part``."""
    data = bytearray(path.read_bytes())
    at = data.index(b"PK\x01\x02")  # the first central directory header
    while data[at + 46:at + 46 + struct.unpack_from("<H", data, at + 28)[0]].decode() != part:
        at = data.index(b"PK\x01\x02", at + 4)
    struct.pack_into("<I", data, at + 24, size)
    path.write_bytes(bytes(data))


def test_a_zip_bomb_is_refused_from_its_declared_sizes(tmp_path):
    path = save(tmp_path, [["Zelvora"]])
    _declare_size(path, "xl/worksheets/sheet1.xml", workbook.UNPACKED_LIMIT + 1)
    assert "unpacks to" in refusal(path)


def test_a_part_bigger_than_it_declares_is_cut_at_its_size(tmp_path):
    # a bomb that lies about its size: the zip reader stops at the declared size (a CRC error)
    path = save(tmp_path, [[f"Zelvora{i}"] for i in range(2000)])
    _declare_size(path, "xl/worksheets/sheet1.xml", 1000)
    assert "cannot be read" in refusal(path) or "not a readable" in refusal(path)


def test_a_compression_excel_does_not_write_is_refused(tmp_path):
    path = save(tmp_path, [["Zelvora"]])
    with zipfile.ZipFile(path) as old:
        parts = [(info.filename, old.read(info)) for info in old.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_BZIP2) as new:
        for name, data in parts:
            new.writestr(name, data)
    assert "compression" in refusal(path)


def test_a_row_far_past_the_last_is_refused_without_walking_to_it(tmp_path, monkeypatch):
    path = save(tmp_path, [["Zelvora"]])
    rewrite(path, lambda name, data: data.replace(b"</sheetData>",
                                                   b'<row r="1000000000"><c r="A1000000000" t="inlineStr"><is><t>Far'
                                                   b"</t></is></c></row></sheetData>")
            if name == "xl/worksheets/sheet1.xml" else data)
    monkeypatch.setattr(workbook, "ROW_LIMIT", 1000)
    assert "goes past row 1,000" in refusal(path)


def test_a_sheet_with_too_many_cells_is_refused(tmp_path, monkeypatch):
    path = save(tmp_path, [[f"Name{r}x{c}" for c in range(10)] for r in range(10)])
    monkeypatch.setattr(workbook, "CELL_LIMIT", 50)
    assert "more than 50 cells" in refusal(path)


@pytest.mark.parametrize("part, xml", [
    ("xl/worksheets/sheet1.xml", b"<worksheet><sheetData><row><c"),
    ("xl/workbook.xml", b"not xml at all"),
    ("xl/sharedStrings.xml", b'<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "aaaaaaaaaa">'
                             + b"".join(b'<!ENTITY %s "%s">' % (b"b" * (i + 1), (b"&" + (b"b" * i or b"a") + b";") * 10)
                                        for i in range(9))
                             + b']><sst><si><t>&bbbbbbbbb;</t></si></sst>'),
], ids=["broken-sheet", "broken-workbook", "billion-laughs"])
def test_broken_xml_in_a_part_is_one_line(tmp_path, part, xml):
    path = save(tmp_path, [["Zelvora"], ["Lumora"]])
    with zipfile.ZipFile(path) as old:
        parts = {info.filename: old.read(info) for info in old.infolist()}
    parts[part] = xml
    if part == "xl/sharedStrings.xml":
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
            b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                         b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in parts.items():
            new.writestr(name, data)
    refusal(path)


# ---- the CLI ----------------------------------------------------------------------------------------

def run_cli(capsys, *argv):
    from brandcheck.cli import main

    code = main(["screen", *argv, "--offline", "--markets", "de", "--format", "jsonl", "--workers", "1"])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_screen_reads_a_workbook(tmp_path, capsys):
    import json

    path = save(tmp_path, [["#", "Name", "Notes"], [1, "Zelvora", "short"], [2, "Lumora", None]])
    code, out, err = run_cli(capsys, str(path))
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0, err
    assert [(r["name"], r["line"]) for r in records] == [("Zelvora", 2), ("Lumora", 3)]


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04junk", OLE + b"\x00" * 64])
def test_screen_refuses_a_bad_workbook_in_one_line(tmp_path, capsys, content):
    path = tmp_path / "names.xlsx"
    path.write_bytes(content)
    code, out, err = run_cli(capsys, str(path))
    assert code == 2 and out == ""
    assert err.startswith("brandcheck: ") and err.count("\n") == 1 and "Traceback" not in err, err


# ---- the other files of names -----------------------------------------------------------------------

def test_a_brand_register_in_a_workbook(tmp_path):
    from brandcheck.similarity import load_brand_file

    path = save(tmp_path, [["Brand", "Sector", "Aliases"], ["Zelvorah", "food", "Zelvo|ゼルボラ"],
                           [None, None, None], ["Procter, Gamble", "care", None], ["Kamo\tCo", None, 'say "hi"']])
    records = load_brand_file(str(path))
    assert [(r.name, r.sector, r.aliases) for r in records] == [
        ("Zelvorah", "food", ("Zelvo", "ゼルボラ")), ("Procter, Gamble", "care", ()), ("Kamo\tCo", "", ('say "hi"',))]
    one_column = save(tmp_path, [["Procter, Gamble"], ["Lumora"]], name="one.xlsx")
    assert [r.name for r in load_brand_file(str(one_column))] == ["Procter, Gamble", "Lumora"]
    broken = tmp_path / "bad.xlsx"
    broken.write_bytes(b"PK\x03\x04junk")
    with pytest.raises(DataError, match="brand file .*bad.xlsx.*Excel workbook"):
        load_brand_file(str(broken))


def test_a_short_list_in_a_workbook(tmp_path):
    from brandcheck.report.digest import parse_detail

    path = save(tmp_path, [["#", "Name"], [1, "Zelvora"], [2, "Lumora"]])
    assert parse_detail(f"@{path}").names == frozenset({"zelvora", "lumora"})
