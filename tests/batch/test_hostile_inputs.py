"""Files as people have them, third round: UTF-16/32 without a byte-order mark, European CSV with
decimal commas, number columns before the names, headers in more languages, Excel's "Unicode
text" export, names with a comma inside quotes, spaces that are not spaces, and paths that are a
FIFO, a device, a gzip or a workbook; for every file brandcheck reads (names, brands, registers,
accept files, --detail lists, word lists, config and platform files).

The rule under test: every name comes through exactly once and nothing else does, or the CLI
prints one line naming the file and exits 2; never a traceback.
"""

from __future__ import annotations

import gzip
import io
import os
import threading

import pytest

from brandcheck.batch.files import NameFile
from brandcheck.errors import BrandcheckError, DataError


def read(data: bytes, label: str = "names.txt", **kw):
    skipped: list = []
    with NameFile.from_stream(io.BytesIO(data), label=label, **kw) as src:
        got = [name for _, name in src.names(lambda line, reason: skipped.append((line, reason)))]
    return got, skipped


def read_path(path, **kw):
    skipped: list = []
    with NameFile(str(path), **kw) as src:
        got = [name for _, name in src.names(lambda line, reason: skipped.append((line, reason)))]
    return got, skipped


# ---- encodings without a byte-order mark -----------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("label", ["names.txt", "names.csv"])
def test_wide_encodings_without_a_bom(encoding, label):
    text = "name\nZelvora\nCafé Noir\nMüller\n" if label.endswith(".csv") else "Zelvora\nCafé Noir\nMüller\n"
    assert read(text.encode(encoding), label) == (["Zelvora", "Café Noir", "Müller"], [])


def test_a_single_short_utf16_name_without_a_bom():
    assert read("Zelvora\n".encode("utf-16-le")) == (["Zelvora"], [])


@pytest.mark.parametrize("encoding", ["gb18030", "shift_jis", "euc-kr", "cp1251", "big5"])
def test_legacy_asian_and_cyrillic_files(encoding):
    names = {"gb18030": ["小米科技", "华为技术", "联想集团"], "shift_jis": ["ソニー", "トヨタ自動車", "任天堂"],
             "euc-kr": ["삼성전자", "현대자동차", "엘지전자"], "cp1251": ["Яндекс", "Сбербанк", "Лукойл"],
             "big5": ["華碩電腦", "台積電", "統一企業"]}[encoding]
    assert read(("\n".join(names) + "\n").encode(encoding)) == (names, [])


# ---- European CSV and columns of numbers ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Name;Score\nZelvora;1,5\nLumora;2,25\nKamo;3,0\n",
    "Zelvora;1,5\nLumora;2,25\nKamo;3,0\n",
    "Marke;Preis;Notiz\nZelvora;1.234,50;gut\nLumora;99,90;kurz, knapp\nKamo;5,00;ok\n",
    "Zelvora;12,5;a\nLumora;7,25;b\nKamo;1,0;c\n",
], ids=["header-decimal-commas", "no-header-decimal-commas", "thousands-and-decimals", "no-header-three-columns"])
def test_semicolon_csv_with_decimal_commas(text):
    assert read(text.encode("utf-8"), "names.csv") == (["Zelvora", "Lumora", "Kamo"], [])


@pytest.mark.parametrize("text", [
    "1,Zelvora\n2,Lumora\n3,Kamo\n",
    "1;Zelvora;x\n2;Lumora;y\n3;Kamo;z\n",
    "ID,Nazwa,Uwagi\n1,Zelvora,x\n2,Lumora,y\n3,Kamo,z\n",
    "Nr.\tNamn\n1\tZelvora\n2\tLumora\n3\tKamo\n",
    "#,Ad\n1,Zelvora\n2,Lumora\n3,Kamo\n",
    "rank,isim,score\n1,Zelvora,0.9\n2,Lumora,0.8\n3,Kamo,0.7\n",
], ids=["no-header-ids", "no-header-ids-semicolon", "polish-header", "swedish-header-tabs", "hash-header", "turkish"])
def test_a_column_of_numbers_before_the_names_is_not_the_names(text):
    assert read(text.encode("utf-8"), "names.csv") == (["Zelvora", "Lumora", "Kamo"], [])


@pytest.mark.parametrize("header", ["Nazwa", "Namn", "Navn", "Nimi", "Název", "İsim", "Ονομα", "Όνομα", "שם",
                                    "الاسم", "ชื่อ", "Tên", "Nama", "नाम", "Nom de marque", "Markenname",
                                    "Brand Name", "Product name", "Name (EN)"])
def test_a_name_column_titled_in_more_languages(header):
    text = f"Note,{header}\nx,Zelvora\ny,Lumora\nz,Kamo\n"
    assert read(text.encode("utf-8"), "names.csv") == (["Zelvora", "Lumora", "Kamo"], [])


# ---- quotes, commas, spreadsheet exports -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    'name,note\n"Ben, Jerry",x\n"Zelvora",y\n"Smith, Jones & Co",z\n',
    '"Ben, Jerry"\n"Zelvora"\n"Smith, Jones & Co"\n',
    'name\n"Ben, Jerry"\nZelvora\n"Smith, Jones & Co"\n',
], ids=["with-header", "one-column-quoted", "one-column-header"])
def test_names_with_a_comma_inside_quotes(text):
    got, skipped = read(text.encode("utf-8"), "names.csv")
    assert got == ["Ben, Jerry", "Zelvora", "Smith, Jones & Co"] or (
        # a name with a comma may be refused by the name check, but then it is reported, not lost
        [n for n in got] == ["Zelvora"] and len(skipped) == 2), (got, skipped)


def test_excel_unicode_text_export_under_a_txt_name():
    # Excel's "Unicode Text (*.txt)": UTF-16 LE with a BOM, tab-separated, a header row
    text = "Name\tNote\r\nZelvora\tshort\r\nCafé Noir\tlong\r\nMüller\t\r\n"
    assert read(text.encode("utf-16"), "names.txt") == (["Zelvora", "Café Noir", "Müller"], [])


def test_a_tab_separated_txt_without_header():
    assert read(b"Zelvora\t1\nLumora\t2\nKamo\t3\n", "names.txt") == (["Zelvora", "Lumora", "Kamo"], [])


def test_a_header_only_csv_gives_no_names_and_says_so(tmp_path, capsys):
    path = tmp_path / "names.csv"
    path.write_bytes("Marke;Notiz\r\n".encode("cp1252"))
    code, out, err = run_cli(capsys, "screen", str(path))
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.parametrize("text", [
    "Zelvora\r\nLumora\nKamo\rNoro\r\n",
    "name\r\nZelvora\nLumora\rKamo\r\nNoro",
])
def test_every_line_ending_in_one_file(text):
    assert read(text.encode("utf-8"), "names.csv")[0] == ["Zelvora", "Lumora", "Kamo", "Noro"]


# ---- a JSON file (an array), not JSON lines ---------------------------------------------------------

@pytest.mark.parametrize("data", [
    b'["Zelvora", "Lumora", "Kamo"]',
    b'[\n  {"name": "Zelvora", "note": "x"},\n  {"name": "Lumora"},\n  {"name": "Kamo"}\n]\n',
    b'{"names": ["Zelvora", "Lumora", "Kamo"]}',
    '\ufeff["Zelvora", "Lumora", "Kamo"]'.encode("utf-16"),
], ids=["strings", "objects", "wrapped", "utf-16"])
def test_a_json_array_of_names(data):
    assert read(data, "names.json") == (["Zelvora", "Lumora", "Kamo"], [])


def test_a_deeply_nested_jsonl_line_is_skipped_alone():
    got, skipped = read(b'"Zelvora"\n' + b"[" * 50000 + b"]" * 50000 + b'\n"Lumora"\n', "names.jsonl")
    assert got == ["Zelvora", "Lumora"] and [n for n, _ in skipped] == [2]


def test_a_json_array_entry_that_is_not_a_name_is_reported():
    got, skipped = read(b'["Zelvora", 42, {"nom": "x"}, "Lumora"]', "names.json")
    assert got == ["Zelvora", "Lumora"] and [n for n, _ in skipped] == [2, 3]


@pytest.mark.parametrize("data", [b'["Zelvora", "Lum', b'{"a": 1}', b'"Zelvora"', b"{", b"[" * 50000 + b"]" * 50000])
def test_a_json_file_that_is_not_a_list_of_names_is_one_line_and_exit_2(tmp_path, capsys, data):
    path = tmp_path / "names.json"
    path.write_bytes(data)
    code, out, err = run_cli(capsys, "screen", str(path))
    assert code == 2 and out == "" and err.count("\n") == 1 and str(path) in err, err


# ---- lists copied from a document -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "• Zelvora\n• Lumora\n• Kamo\n",
    "- Zelvora\n- Lumora\n- Kamo\n",
    "* Zelvora\n* Lumora\n* Kamo\n",
    "– Zelvora\n– Lumora\n– Kamo\n",
    "1. Zelvora\n2. Lumora\n3. Kamo\n",
    "1) Zelvora\n2) Lumora\n10) Kamo\n",
    "# ideas\n(1) Zelvora\n(2) Lumora\n\n(3) Kamo\n",
    "- 1. Zelvora\n- 2. Lumora\n- 3. Kamo\n",
], ids=["bullets", "dashes", "asterisks", "en-dashes", "numbered", "parens", "bracketed", "bullet-and-number"])
def test_a_bulleted_or_numbered_list_gives_the_names(text):
    assert read(text.encode("utf-8")) == (["Zelvora", "Lumora", "Kamo"], [])


def test_a_name_that_starts_with_a_number_keeps_it_when_the_list_is_not_numbered():
    assert read("1. FC Köln\nZelvora\n3M\n".encode("utf-8")) == (["1. FC Köln", "Zelvora", "3M"], [])


def test_a_numbered_list_keeps_a_number_inside_the_name():
    assert read("1. 1. FC Köln\n2. Zelvora\n".encode("utf-8"))[0] == ["1. FC Köln", "Zelvora"]


# ---- spaces that are not spaces, direction marks, joiners -------------------------------------------

@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2007", "\u3000", "\u2009", "\t"])
def test_a_name_with_another_kind_of_space_inside_reads_as_a_space(space):
    got, skipped = read(f"Café{space}Noir\nZelvora\n".encode("utf-8"))
    assert got == ["Café Noir", "Zelvora"], (got, skipped)


@pytest.mark.parametrize("mark", ["\u200f", "\u200e", "\u202b", "\u202c", "\u2066", "\u2069", "\u061c"])
def test_direction_marks_at_the_edges_of_an_rtl_name(mark):
    got, _ = read(f"{mark}שלום{mark}\n{mark}مرحبا\nZelvora{mark}\n".encode("utf-8"))
    assert got == ["שלום", "مرحبا", "Zelvora"]


def test_a_joiner_inside_a_name_is_reported_not_lost():
    got, skipped = read("Zel\u200dvora\nLumora\n".encode("utf-8"))
    assert got == ["Lumora"] and [line for line, _ in skipped] == [1]


def test_duplicates_with_different_invisible_edges_all_come_through():
    got, _ = read("Zelvora\n\u200bZelvora\nZelvora\u00a0\n\ufeffZelvora\n".encode("utf-8"))
    assert got == ["Zelvora"] * 4


def test_a_jsonl_line_of_two_megabytes_is_skipped_alone():
    data = b'{"name": "Zelvora"}\n{"name": "' + b"x" * 2_000_000 + b'"}\n{"name": "Lumora"}\n'
    got, skipped = read(data, "names.jsonl")
    assert got == ["Zelvora", "Lumora"] and [line for line, _ in skipped] == [2]


# ---- paths that are not plain files ---------------------------------------------------------------

def _fifo(tmp_path, data: bytes, name="names.txt"):
    path = tmp_path / name
    os.mkfifo(path)

    def write():
        with open(path, "wb") as fh:
            fh.write(data)
    threading.Thread(target=write, daemon=True).start()
    return path


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_of_names_is_read(tmp_path):
    # `brandcheck screen <(generate-names)` hands over a pipe
    path = _fifo(tmp_path, b"Zelvora\nLumora\n")
    assert read_path(path) == (["Zelvora", "Lumora"], [])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_as_a_brand_file_is_read(tmp_path):
    from brandcheck.similarity.brands import load_brand_file

    path = _fifo(tmp_path, b"name,sector\nZelvora,food\n", "brands.csv")
    assert [r.name for r in load_brand_file(str(path))] == ["Zelvora"]


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_a_device_is_refused_in_one_line(device, capsys):
    if not os.path.exists(device):
        pytest.skip(f"no {device}")
    with pytest.raises(DataError) as exc:
        read_path(device)
    assert "\n" not in str(exc.value) and device in str(exc.value)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_as_a_brand_or_accept_file_is_refused(device):
    from brandcheck.report.accept import read_accept_file
    from brandcheck.similarity.brands import load_brand_file

    for load in (load_brand_file, read_accept_file):
        with pytest.raises(BrandcheckError) as exc:
            load(device)
        assert "\n" not in str(exc.value) and device in str(exc.value)


def test_a_gzip_of_names_is_named_as_one(tmp_path):
    path = tmp_path / "names.csv.gz"
    path.write_bytes(gzip.compress(b"name\nZelvora\nLumora\n"))
    with pytest.raises(DataError) as exc:
        read_path(path)
    assert "gzip" in str(exc.value) and str(path) in str(exc.value)


# ---- the other files: brands, registers, accept, detail, word lists, config, platforms ----------------

def run_cli(capsys, command, *argv):
    from brandcheck.cli import main

    if command == "screen":
        argv = (*argv, "--offline", "--markets", "de", "--format", "jsonl", "--workers", "1")
    code = main([command, *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_brand_file_with_a_quoted_header(tmp_path):
    from brandcheck.similarity.brands import load_brand_file

    path = tmp_path / "brands.csv"
    path.write_text('"Name","Sector"\n"Zelvora","food"\n"Ben, Jerry","ice cream"\n', encoding="utf-8")
    assert [r.name for r in load_brand_file(str(path))] == ["Zelvora", "Ben, Jerry"]


def test_a_one_column_brand_file_with_quoted_commas(tmp_path):
    from brandcheck.similarity.brands import load_brand_file

    path = tmp_path / "brands.csv"
    path.write_text('"Procter, Gamble"\n"Ben, Jerry"\nZelvora\n', encoding="utf-8")
    assert [r.name for r in load_brand_file(str(path))] == ["Procter, Gamble", "Ben, Jerry", "Zelvora"]


def test_a_brand_file_with_excels_sep_line(tmp_path):
    from brandcheck.similarity.brands import load_brand_file

    path = tmp_path / "brands.csv"
    path.write_bytes("sep=;\r\nMarke;Branche\r\nZelvora;Essen\r\nMüller;Milch\r\n".encode("cp1252"))
    assert [r.name for r in load_brand_file(str(path))] == ["Zelvora", "Müller"]


@pytest.mark.parametrize("size", [300, 200_000])
def test_a_brand_file_with_a_huge_cell_is_one_line(tmp_path, capsys, size):
    # a description in the name column would make every comparison as long as it: refused at once
    path = tmp_path / "brands.csv"
    path.write_text("name,sector\nZelvora,food\n" + "x" * size + ",food\nLumora,tea\n", encoding="utf-8")
    code, out, err = run_cli(capsys, "check", "Zelvorah", "--offline", "--markets", "de", "--brands", str(path))
    assert code == 2 and err.count("\n") == 1 and "brands.csv" in err and "Traceback" not in err, err


def test_a_word_list_with_a_huge_line_is_one_line(tmp_path, capsys):
    path = tmp_path / "words.txt"
    path.write_text("mist\n" + "x" * 200_000 + "\nkacke\n", encoding="utf-8")
    code, out, err = run_cli(capsys, "check", "Zelvorah", "--offline", "--markets", "de", "--wordlist", str(path))
    assert code == 2 and err.count("\n") == 1 and "words.txt" in err, err


def test_a_register_csv_with_a_huge_mark_skips_that_row(tmp_path):
    from brandcheck.registers import import_files

    src = tmp_path / "marks.csv"
    src.write_text("office;number;mark\nEUIPO;1;Zelvorah\nEUIPO;2;" + "x" * 5000 + "\nEUIPO;3;Lumora\n",
                   encoding="utf-8")
    [result] = list(import_files(str(tmp_path / "r.reg"), [str(src)], "csv"))
    assert result.added == 2


def test_a_register_csv_with_excels_sep_line(tmp_path):
    from brandcheck.registers import Register, import_files

    src = tmp_path / "marks.csv"
    src.write_bytes("sep=;\r\noffice;number;mark;classes\r\nEUIPO;1;Zelvorah;3\r\nEUIPO;2;Lumora;30\r\n"
                    .encode("utf-8"))
    path = str(tmp_path / "r.reg")
    [result] = list(import_files(path, [str(src)], "csv"))
    assert result.added == 2 and Register(path).get("EUIPO", "2").text == "Lumora"


def test_a_register_csv_in_utf16_without_a_bom(tmp_path):
    from brandcheck.registers import import_files

    src = tmp_path / "marks.csv"
    src.write_bytes("office;number;mark\r\nEUIPO;1;Zelvorah\r\nEUIPO;2;Crème\r\n".encode("utf-16-le"))
    [result] = list(import_files(str(tmp_path / "r.reg"), [str(src)], "csv"))
    assert result.added == 2


@pytest.mark.parametrize("make", ["folder", "gzip", "xlsx", "empty", "device", "header-only", "utf16-junk", "nested"])
@pytest.mark.parametrize("option", ["--brands", "--accept-file", "--wordlist", "--register", "--detail",
                                    "--config", "--platforms-file", "register-import"])
def test_every_file_option_refuses_a_bad_file_in_one_line(tmp_path, capsys, make, option):
    path = tmp_path / ("thing.xlsx" if make == "xlsx" else "thing.csv")
    if make == "folder":
        path.mkdir()
    elif make == "gzip":
        path.write_bytes(gzip.compress(b"name\nZelvora\n"))
    elif make == "xlsx":
        path.write_bytes(b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml" + bytes(range(256)))
    elif make == "header-only":
        path.write_bytes(b"name,sector\r\n")
    elif make == "utf16-junk":
        path.write_bytes(b"\xff\xfe" + bytes(range(1, 256)) * 3)
    elif make == "nested":  # TOML and JSON parsers recurse
        path.write_bytes(b"a = " + b"[" * 100_000 + b"]" * 100_000 + b"\n")
    elif make == "device":
        if not os.path.exists("/dev/zero"):
            pytest.skip("no /dev/zero")
        path = "/dev/zero"
    else:
        path.write_bytes(b"")
    if option == "register-import":
        argv = ["register", "import", str(path), "-o", str(tmp_path / "r.reg")]
    elif option == "--detail":
        argv = ["screen", "-", "--detail", f"@{path}", "--offline", "--markets", "de", "--format", "markdown"]
    elif option == "--platforms-file":
        argv = ["handles", "Zelvora", "--platforms-file", str(path), "--platforms", "github"]
    else:
        argv = ["check", "Zelvora", "--offline", "--markets", "de", option, str(path)]
    from brandcheck.cli import main

    import sys
    old = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(b"Zelvora\n"))
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's own errors
        code = exc.code
    finally:
        sys.stdin = old
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    if code != 0:  # an empty or header-only file may be a valid "nothing" for some options
        # one error line (register import may say first what it did with the file)
        errors = [line for line in out.err.splitlines() if line.startswith("brandcheck: ")]
        assert code == 2 and len(errors) == 1 and out.err.endswith(errors[0] + "\n"), (option, make, out.err)
        assert out.err.count("\n") == 1 or option == "register-import", (option, make, out.err)
