"""Name files as people have them: spreadsheet exports in every encoding, delimiter and line
ending, headers in other words and languages, invisible characters at the edges of a cell,
binary files under a text name, and paths that are not files.

The rule under test: every valid row comes through (none silently lost), and a file that cannot
be read is one line on stderr and exit code 2 from the CLI, never a traceback.
"""

from __future__ import annotations

import codecs
import io
import os

import pytest

from brandcheck.batch.files import NameFile
from brandcheck.errors import DataError


def read(data: bytes, label: str = "names.txt", **kw):
    skipped: list = []
    with NameFile.from_stream(io.BytesIO(data), label=label, **kw) as src:
        got = [name for _, name in src.names(lambda line, reason: skipped.append((line, reason)))]
    return got, skipped


# ---- encodings ------------------------------------------------------------------------------------

ROWS = "name,note\r\nZelvora,short\r\nCafé Noir,b\r\nMüller,c\r\n"


@pytest.mark.parametrize("data", [
    codecs.BOM_UTF8 + ROWS.encode("utf-8"),
    ROWS.encode("utf-16"),  # Excel's "Unicode text" and Notepad's "Unicode": UTF-16 LE with a BOM
    codecs.BOM_UTF16_BE + ROWS.encode("utf-16-be"),
    ROWS.encode("cp1252"),
    ROWS.encode("latin-1"),
    ROWS.encode("utf-16-le"),  # no BOM at all
], ids=["utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "cp1252", "latin-1", "utf-16-le-no-bom"])
def test_a_csv_in_any_common_encoding_gives_the_same_names(data):
    assert read(data, "names.csv") == (["Zelvora", "Café Noir", "Müller"], [])


@pytest.mark.parametrize("text, encoding", [
    ("Straße\nNiño\nÅkerlund\n", "latin-1"),
    ("Crème brûlée\nFaçade\nœuvre\n", "cp1252"),
])
def test_a_short_legacy_text_file_is_read_in_its_code_page(text, encoding):
    assert read(text.encode(encoding)) == (text.split("\n")[:-1], [])


# ---- delimiters, quoting, line endings ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Name;Notiz\r\nZelvora;kurz, gut\r\nLumora;lang\r\n",  # Excel in Germany, France, Italy…
    "sep=;\r\nName;Notes\r\nZelvora;a, b\r\nLumora;c\r\n",  # Excel's delimiter hint line
    "sep=,\nname,notes\nZelvora,a\nLumora,b\n",
    "name\tnote\nZelvora\tx, y\nLumora\tz\n",  # tab-separated under a .csv name
    'name,note\n"Zelvora","line one\nline two, with a comma"\nLumora,"say ""hi"""\n',
    "name,n\rZelvora,1\rLumora,2\r",  # classic Mac line endings
    "name,n\r\nZelvora,1\nLumora,2\r",  # mixed
    "name,n\nZelvora,1\n,\n  ,  \n\n\t\nLumora,2\n",  # blank and white-space rows
    "name,,,\nZelvora,,,\nLumora,,,\n",
    '\ufeff"name","note"\n"Zelvora","x"\n"Lumora","y"\n',
], ids=["semicolon", "sep-hint-semicolon", "sep-hint-comma", "tabs", "quoted-newline", "cr", "mixed-endings",
        "blank-rows", "empty-columns", "quoted-header-bom"])
def test_spreadsheet_csv_dialects(text):
    assert read(text.encode("utf-8"), "names.csv") == (["Zelvora", "Lumora"], [])


@pytest.mark.parametrize("text", [
    "Zelvora\rLumora\rKamo\r", "Zelvora\r\nLumora\nKamo", "\n\n  Zelvora  \n\t\n   \nLumora\n\nKamo\n\n",
])
def test_txt_line_endings_and_blank_lines(text):
    assert read(text.encode("utf-8")) == (["Zelvora", "Lumora", "Kamo"], [])


def test_jsonl_with_a_bom_and_crlf():
    data = codecs.BOM_UTF8 + b'{"name": "Zelvora"}\r\n\r\n{"name": "Lumora"}\r\n'
    assert read(data, "names.jsonl") == (["Zelvora", "Lumora"], [])


# ---- headers ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("header", ["NAME", "Name ", "Names", "Candidate", "Candidates", "Brand", "Brand name",
                                    "Marke", "Nom", "Nombre", "Nome", "Marca", "Marque", "Naam", "名前", "名称",
                                    "品牌", "이름", "Название", "Trademark", "Mark", "Wordmark"])
def test_a_header_in_another_case_or_language_is_a_header(header):
    text = f"id;{header};note\n1;Zelvora;x\n2;Lumora;y\n3;Kamo;z\n"
    assert read(text.encode("utf-8"), "names.csv") == (["Zelvora", "Lumora", "Kamo"], [])


@pytest.mark.parametrize("text", [
    "Zelvora\nLumora\nKamo\n",
    "Zelvora,1\nLumora,2\nKamo,3\n",
    "Zelvora,fine\nKo,good\nAmbervale,ok\n",
    "Zelvora;Lumora\nKamo;Noro\n",
])
def test_a_csv_without_a_header_loses_no_first_row(text):
    got, skipped = read(text.encode("utf-8"), "names.csv")
    assert got[0] == "Zelvora" and skipped == []


def test_duplicates_all_come_through():
    assert read(b"Zelvora\nZelvora\nzelvora\n") == (["Zelvora", "Zelvora", "zelvora"], [])


# ---- invisible and control characters ---------------------------------------------------------------

@pytest.mark.parametrize("data", [
    b"Zelvora\nLumora\n\x00",  # a trailing NUL
    b"Zelvora\x00\nLumora\x00\x00\n",
    b"Zelvora\r\nLumora\r\n\x1a",  # a DOS end-of-file mark
    "\u200bZelvora\u200b\n\u00a0Lumora\u00a0\n".encode("utf-8"),  # zero-width space, NBSP at the edges
    "Zelvora\u200e\n\ufeffLumora\n".encode("utf-8"),  # a left-to-right mark, a stray BOM mid-file
    "Zelvora\u3000\n\u2060Lumora\n".encode("utf-8"),  # ideographic space, word joiner
], ids=["trailing-nul", "nul-in-lines", "ctrl-z", "zwsp-nbsp", "lrm-bom", "ideographic-space"])
def test_invisible_characters_at_the_edges_of_a_name_are_trimmed(data):
    assert read(data) == (["Zelvora", "Lumora"], [])


def test_an_invisible_character_inside_a_name_is_reported_not_silently_dropped():
    got, skipped = read("Zel\u200bvora\nLumora\n".encode("utf-8"))
    assert got == ["Lumora"] and [line for line, _ in skipped] == [1] and "U+200B" in skipped[0][1]


def test_zero_width_space_and_nbsp_in_csv_cells():
    text = "name,note\n\u200bZelvora\u00a0,x\n\u00a0Lumora,y\n"
    assert read(text.encode("utf-8"), "names.csv") == (["Zelvora", "Lumora"], [])


# ---- very long lines ------------------------------------------------------------------------------

@pytest.mark.parametrize("label", ["names.txt", "names.csv"])
def test_a_very_long_line_is_skipped_alone(label):
    data = b"Zelvora\n" + b"x" * 2_000_000 + b"\nLumora\n"
    got, skipped = read(data, label)
    assert got == ["Zelvora", "Lumora"] and [line for line, _ in skipped] == [2]


# ---- files that are not text ------------------------------------------------------------------------

BINARIES = {
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"
           + bytes(range(256)) * 4,
    "xlsx": b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00" + b"[Content_Types].xml" + bytes(range(256)) * 4,
    "zip": b"PK\x03\x04\n\x00\x00\x00\x00\x00" + b"names.txt" + b"Zelvora\nLumora\n" * 20,
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nstream\n" + bytes(range(256)) * 4,
    "gzip": b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + bytes(range(256)) * 4,
    "xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100 + bytes(range(256)) * 4,
    "sqlite": b"SQLite format 3\x00" + b"\x10\x00\x01\x01" + b"\x00" * 200 + b"CREATE TABLE names(name)",
    "elf": b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 60 + bytes(range(256)) * 4,
}


@pytest.mark.parametrize("kind", list(BINARIES))
@pytest.mark.parametrize("label", ["names.csv", "names.txt"])
def test_a_binary_file_under_a_text_name_is_refused(kind, label):
    with pytest.raises(DataError) as exc:
        read(BINARIES[kind], label)
    assert "\n" not in str(exc.value)


def test_a_workbook_is_named_as_one():
    with pytest.raises(DataError) as exc:
        read(BINARIES["xlsx"], "names.csv")
    assert "Excel" in str(exc.value) or "spreadsheet" in str(exc.value)


# ---- the CLI: one line and exit 2 -------------------------------------------------------------------

def run_cli(capsys, *argv):
    from brandcheck.cli import main

    code = main(["screen", *argv, "--offline", "--markets", "de", "--format", "jsonl", "--workers", "1"])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("make", ["missing", "folder", "empty", "only-bom", "only-header", "png", "xlsx",
                                  "unreadable", "nul-only"])
def test_a_file_that_gives_no_names_is_one_line_and_exit_2(tmp_path, capsys, monkeypatch, make):
    path = tmp_path / ("names.xlsx" if make == "xlsx" else "names.csv")
    if make == "folder":
        path.mkdir()
    elif make == "empty":
        path.write_bytes(b"")
    elif make == "only-bom":
        path.write_bytes(codecs.BOM_UTF8)
    elif make == "only-header":
        path.write_bytes(b"name,note\r\n")
    elif make in ("png", "xlsx"):
        path.write_bytes(BINARIES[make])
    elif make == "nul-only":
        path.write_bytes(b"\x00" * 64)
    elif make == "unreadable":
        path.write_bytes(b"Zelvora\n")
        from brandcheck.batch import files

        def refuse(file, *args, **kw):
            if os.fspath(file) == str(path):
                raise PermissionError(13, "Permission denied", str(path))
            return open(file, *args, **kw)
        monkeypatch.setattr(files, "open", refuse, raising=False)
        monkeypatch.setattr(files.os, "access", lambda p, mode: os.fspath(p) != str(path))
    code, out, err = run_cli(capsys, str(path))
    assert code == 2 and out == ""
    assert err.startswith("brandcheck: ") and err.count("\n") == 1 and "Traceback" not in err, err


def test_a_spreadsheet_export_screens_every_row(tmp_path, capsys):
    path = tmp_path / "ideen.csv"
    path.write_bytes("sep=;\r\nNr;Marke;Notiz\r\n1;Zelvora;kurz, gut\r\n2;Café Noir;\r\n3;\u200bLumora\u00a0;x\r\n"
                     .encode("cp1252", "ignore"))
    code, out, err = run_cli(capsys, str(path))
    assert code in (0, 1), err
    assert [line.split('"name": "')[1].split('"')[0] for line in out.splitlines()] == ["Zelvora", "Café Noir", "Lumora"]


# ---- the other files people give: --detail lists, accept files, brand files ----------------------------

@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_small_lists_are_read_in_the_encoding_they_were_saved_in(tmp_path, encoding):
    from brandcheck.report.accept import read_accept_file
    from brandcheck.report.digest import parse_detail
    from brandcheck.similarity.brands import load_brand_file

    accept = tmp_path / "accepted.txt"
    accept.write_bytes("# accepted by Zoë\r\nmeaning.vulgar@de:mist\r\n".encode(encoding))
    assert read_accept_file(str(accept)) == ["meaning.vulgar@de:mist"]
    short = tmp_path / "short.txt"
    short.write_bytes("Café Noir\r\nZelvora\r\n".encode(encoding))
    assert len(parse_detail("@" + str(short)).names) == 2
    brands = tmp_path / "brands.csv"
    brands.write_bytes('marque;note\r\n"Société Générale";"a\r\nb"\r\nZelvora;x\r\n'.encode(encoding))
    assert [r.name for r in load_brand_file(str(brands))] == ["Société Générale", "Zelvora"]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1252"])
def test_a_register_csv_is_imported_in_the_encoding_it_was_saved_in(tmp_path, encoding):
    from brandcheck.registers import Register, import_files

    src = tmp_path / "marks.csv"
    src.write_bytes("office;number;mark;classes;owner\r\nEUIPO;1;Zelvorah;3;Société Générale\r\n"
                    "EUIPO;2;Crème Brûlée;30;Müller AG\r\n".encode(encoding))
    path = str(tmp_path / "r.reg")
    [result] = list(import_files(path, [str(src)], "csv"))
    assert result.added == 2
    assert Register(path).get("EUIPO", "2").text == "Crème Brûlée"
    assert Register(path).get("EUIPO", "1").owner == "Société Générale"


def test_a_first_row_of_values_that_look_like_answers_is_data():
    # a yes/no column is data, not a header: the first name stays
    assert read(b"Zelvora;no\nLumora;yes\nKamo;no\n", "names.csv") == (["Zelvora", "Lumora", "Kamo"], [])
