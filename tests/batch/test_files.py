"""Name files in every format and encoding; sinks that leave complete files; reading them back."""

import io
import json

import pytest

from brandcheck.batch.files import (NameFile, ReportSink, check_output, format_of, jsonl_record, open_sink, read_done,
                                    write_atomic)
from brandcheck.errors import DataError
from brandcheck.model import Finding, Report, Severity, Verdict
from brandcheck.report.text import render_csv, render_json


def names(data: bytes, label: str = "names.txt", **kw):
    skipped = []
    src = NameFile.from_stream(io.BytesIO(data), label=label, **kw)
    got = list(src.names(lambda line, reason: skipped.append((line, reason))))
    return got, skipped


def test_txt_skips_comments_and_blank_lines_and_reports_bad_ones_by_line():
    got, skipped = names(b"# short list\nZelvora\r\n\n  Kamo  \nbad\x07name\n")
    assert got == [(2, "Zelvora"), (4, "Kamo")]
    assert [line for line, _ in skipped] == [5] and "control character" in skipped[0][1]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-32"])
def test_unicode_encodings_with_and_without_bom(encoding):
    text = "Zelvora\nMüller\nゼルボラ\n"
    data = codecs_bom_le(text) if encoding == "utf-16-le-bom" else text.encode(encoding)
    got, skipped = names(data)
    assert [n for _, n in got] == ["Zelvora", "Müller", "ゼルボラ"] and skipped == []


def codecs_bom_le(text):
    import codecs

    return codecs.BOM_UTF16_LE + text.encode("utf-16-le")


@pytest.mark.parametrize("encoding, text", [
    ("cp1252", "Zelvora\nMüller\nCafé Crème\nNaïve\nSchöner Tag\nGrüße\n" * 3),
    ("cp1251", "Зельвора\nКамо\nМосква\nПривет мир\nХорошая погода\n" * 3),
    ("shift_jis", "ゼルボラ\nカモ\nサクラ\n東京タワー\n"),
])
def test_legacy_encodings_are_detected(encoding, text):
    got, skipped = names(text.encode(encoding))
    assert [n for _, n in got] == text.split("\n")[:-1] and skipped == []


@pytest.mark.parametrize("encoding, text", [
    ("cp1252", "Café Noir\nMüller\n"),
    ("cp1252", "Ça va\n"),
    ("cp1252", "name\ncoño\n"),
    ("cp1250", "Łódź\nŻubr\n"),
    ("cp1251", "Привет\nМосква\n"),
    ("gb18030", "小米\n华为\n"),
    ("shift_jis", "ソニー\n日本語\n"),
])
def test_two_short_rows_in_a_legacy_encoding_are_read_right(encoding, text):
    # too little text for charset-normalizer alone: it reads two Latin-1 names as Big5
    got, skipped = names(text.encode(encoding))
    assert [n for _, n in got] == text.split("\n")[:-1] and skipped == []


def test_an_encoding_can_be_given():
    got, _ = names("Ζέλβορα\nΚάμο\n".encode("cp1253"), encoding="cp1253")
    assert [n for _, n in got] == ["Ζέλβορα", "Κάμο"]


def test_a_stray_byte_in_utf8_skips_its_line_only():
    got, skipped = names("Zelvora\nMüller\n".encode() + b"Bad\xffname\nKamo\n")
    assert got == [(1, "Zelvora"), (2, "Müller"), (4, "Kamo")]
    assert skipped == [(3, "bytes that are not utf-8 text")]


def test_a_character_cut_by_the_sample_end_is_not_an_error():
    from brandcheck.batch.files import detect_encoding

    assert detect_encoding(b"Zelvora\nM\xc3", complete=False, label="x") == "utf-8"


def test_a_binary_file_is_refused_in_one_line():
    with pytest.raises(DataError, match="not a text file"):
        names(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "logo.txt")


def test_csv_finds_the_name_column_by_header():
    got, skipped = names(b"id;Candidate;note\n1;Zelvora;first\n2;Kamo\n3\n", "list.csv")
    assert got == [(2, "Zelvora"), (3, "Kamo")]
    assert skipped == [(4, "no column 'Candidate' (the row has 1)")]


def test_csv_without_header_uses_the_first_column_or_the_one_given():
    data = b"Zelvora,12\nKamo,7\nTom & Jerry,3\n"
    assert [n for _, n in names(data, "a.csv")[0]] == ["Zelvora", "Kamo", "Tom & Jerry"]
    assert [n for _, n in names(data, "a.csv", column="2")[0]] == ["12", "7", "3"]


def test_tsv_and_a_named_column():
    got, _ = names(b"idea\tscore\nZelvora\t1\nKamo\t2\n", "a.tsv", column="IDEA")
    assert got == [(2, "Zelvora"), (3, "Kamo")]


def test_csv_rows_are_numbered_by_their_first_line():
    got, skipped = names(b'name\n"multi\nline"\nAfter\n', "a.csv")
    assert got == [(4, "After")] and skipped[0][0] == 2


@pytest.mark.parametrize("data, label, column, message", [
    (b"a,b\n1,2\n", "x.csv", "name", "no column 'name' in the header (a, b)"),
    (b"a,b\n", "x.csv", "3", "no column 3; line 1 has 2"),
    (b"a,b\n", "x.csv", "0", "counted from 1"),
    (b"Zelvora\n", "x.txt", "name", "--column applies only to csv"),
])
def test_column_problems_are_one_line_errors(data, label, column, message):
    with pytest.raises(DataError, match=message.replace("(", r"\(").replace(")", r"\)")):
        names(data, label, column=column)


def test_jsonl_objects_and_bare_strings():
    data = b'{"name": "Zelvora"}\n"Kamo"\n{broken\n{"x": 1}\n7\n\n{"name": "Lumo", "y": 2}\n'
    got, skipped = names(data, "a.jsonl")
    assert got == [(1, "Zelvora"), (2, "Kamo"), (7, "Lumo")]
    assert [(line, reason.split(" (")[0]) for line, reason in skipped] == [
        (3, "not valid JSON"), (4, "no key 'name'"), (5, "the name is not a JSON string but int")]
    assert names(b'{"idea": "Zelvora"}\n', "a.ndjson", column="idea")[0] == [(1, "Zelvora")]


def test_format_from_extension():
    assert [format_of(p) for p in ("a.TXT", "a.csv", "a.tsv", "a.jsonl", "a.ndjson", "a.list", "-")] == [
        "txt", "csv", "tsv", "jsonl", "jsonl", "txt", "txt"]


def test_files_are_read_lazily(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("".join(f"Name{i}\n" for i in range(200_000)), encoding="utf-8")
    with NameFile(str(path)) as src:
        it = src.names()
        assert next(it) == (1, "Name0")
        # Only the first buffer is read; the file object is still far from its end.
        assert src._raw.tell() < path.stat().st_size // 4
        assert src.count() == 200_000


@pytest.mark.parametrize("make, message", [
    (lambda p: p / "missing.txt", "no such file"),
    (lambda p: p, "is a folder"),
])
def test_missing_file_and_folder(tmp_path, make, message):
    with pytest.raises(DataError, match=message):
        NameFile(str(make(tmp_path)))


# -- sinks and resume ------------------------------------------------------------------------


def report(name, severity=None, accepted=False):
    findings = (Finding("meaning.offensive", "de", severity, f"{name} means something", {}, accepted),) \
        if severity is not None else ()
    return Report(name, 60 if findings else 95, Verdict.CAUTION if findings else Verdict.GO, {}, findings)


def test_streamed_json_is_what_render_json_writes():
    reports = [report("Zelvora"), report("Kamo", Severity.HIGH)]
    for some in (reports, reports[:1], []):
        buf = io.StringIO()
        sink = ReportSink("json", buf, owned=False)
        for i, r in enumerate(some, 1):
            sink.write(r, i, i)
        sink.close()
        assert buf.getvalue() == render_json(some)


def test_streamed_csv_is_what_render_csv_writes():
    reports = [report("Zelvora"), report("Kamo", Severity.HIGH)]
    buf = io.StringIO()
    from brandcheck.report.text import CsvLayout

    sink = ReportSink("csv", buf, owned=False, layout=CsvLayout.of(reports))
    for i, r in enumerate(reports, 1):
        sink.write(r, i, i)
    sink.close()
    assert buf.getvalue() == render_csv(reports)


def test_jsonl_record_has_position_and_line():
    record = json.loads(jsonl_record(report("Zelvora"), 3, 7))
    assert record["index"] == 3 and record["line"] == 7 and record["name"] == "Zelvora"


def test_resume_jsonl_drops_a_cut_line_and_counts_names(tmp_path):
    path = tmp_path / "out.jsonl"
    lines = [jsonl_record(report("Zelvora"), 1, 1), jsonl_record(report("Kamo", Severity.HIGH), 2, 2),
             jsonl_record(report("Kamo", Severity.CRITICAL, accepted=True), 3, 3)]
    path.write_text("".join(lines) + lines[0][:25], encoding="utf-8")
    state = read_done(str(path), "jsonl")
    assert state.records == 3 and state.done == {"Zelvora": 1, "Kamo": 2}
    assert state.worst == Severity.HIGH  # the accepted critical finding does not count
    sink = open_sink("jsonl", str(path), resume=state)
    sink.write(report("Lumo"), 4, 4)
    sink.close()
    assert [json.loads(ln)["name"] for ln in path.read_text(encoding="utf-8").splitlines()] == [
        "Zelvora", "Kamo", "Kamo", "Lumo"]


def test_resume_csv_of_findings_screens_the_last_name_again(tmp_path):
    from brandcheck.report.text import CsvLayout

    layout = CsvLayout("findings")
    path = tmp_path / "out.csv"
    path.write_text(render_csv([report("Zelvora"), report("Kamo", Severity.HIGH)], rows="findings"), encoding="utf-8")
    state = read_done(str(path), "csv", layout=layout)
    assert state.done == {"Zelvora": 1, "Kamo": 0} and state.records == 1 and state.worst == Severity.HIGH
    sink = open_sink("csv", str(path), resume=state, layout=layout)
    sink.write(report("Kamo", Severity.HIGH), 2, 2)
    sink.close()
    assert path.read_text(encoding="utf-8") == render_csv([report("Zelvora"), report("Kamo", Severity.HIGH)],
                                                          rows="findings")


def test_resume_csv_of_names_keeps_every_whole_row(tmp_path):
    from brandcheck.report.text import CsvLayout

    reports = [report("Zelvora"), report("Kamo", Severity.HIGH), report("Lumo")]
    layout = CsvLayout.of(reports)
    path = tmp_path / "out.csv"
    whole = render_csv(reports)
    path.write_text(whole[: whole.rindex("Lumo") + 3], encoding="utf-8")  # the last row cut short
    state = read_done(str(path), "csv", layout=layout)
    assert state.done == {"Zelvora": 1, "Kamo": 1} and state.records == 2 and state.worst == Severity.HIGH
    sink = open_sink("csv", str(path), resume=state, layout=layout)
    sink.write(reports[2], 3, 3)
    sink.close()
    assert path.read_text(encoding="utf-8") == whole
    with pytest.raises(DataError, match="another --csv-rows"):
        read_done(str(path), "csv", layout=CsvLayout("findings"))


@pytest.mark.parametrize("fmt, text", [("jsonl", '{"name": "A"}\nnot json\n'), ("csv", "a,b,c\nx,y,z\n")])
def test_resume_refuses_a_file_it_did_not_write(tmp_path, fmt, text):
    path = tmp_path / f"out.{fmt}"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError, match="run without --resume"):
        read_done(str(path), fmt)


def test_resume_of_a_missing_or_empty_file_starts_fresh(tmp_path):
    assert not read_done(str(tmp_path / "none.jsonl"), "jsonl").exists
    (tmp_path / "empty.csv").write_bytes(b"")
    assert read_done(str(tmp_path / "empty.csv"), "csv").records == 0


def test_check_output(tmp_path):
    check_output(str(tmp_path / "new.jsonl"))
    with pytest.raises(DataError, match="is a folder"):
        check_output(str(tmp_path))
    with pytest.raises(DataError, match="does not exist"):
        check_output(str(tmp_path / "nope" / "out.jsonl"))
    src = tmp_path / "names.txt"
    src.write_text("Zelvora\n", encoding="utf-8")
    with pytest.raises(DataError, match="also the input"):
        check_output(str(src), inputs=(str(src),))


def test_write_atomic_replaces_whole_and_leaves_no_temp(tmp_path):
    path = tmp_path / "report.html"
    path.write_text("old", encoding="utf-8")
    write_atomic(str(path), "new")
    assert path.read_text(encoding="utf-8") == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]
