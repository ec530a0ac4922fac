"""Files as they come: any bytes as a candidate file, a brand register or a word list give
names or a one-line error, never a traceback."""

from __future__ import annotations

import io

from hypothesis import HealthCheck, given, settings, strategies as st

from brandcheck.batch.files import NameFile
from brandcheck.errors import BrandcheckError
from brandcheck.meanings.lexicon import load_wordlists
from brandcheck.similarity.brands import load_brand_file

# Random bytes, random text in odd encodings, and text built from the pieces files are made of.
_PIECES = ["name", "Zelvora", "Café", "Müller", "小米", "ソニー", ",", ";", "\t", "|", '"', "\n", "\r\n", "\x00",
           "\ufeff", "#", "term\tgloss\tcategory\tseverity\n", "=HYPERLINK(1)", "\xff", "a" * 70]
FILES = st.one_of(
    st.binary(max_size=400),
    st.tuples(st.text(max_size=200), st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1252", "gb18030", "shift_jis"]))
    .map(lambda pair: pair[0].encode(pair[1], "replace")),
    st.lists(st.sampled_from(_PIECES), max_size=20).map(lambda parts: "".join(parts).encode("utf-8", "surrogatepass")),
)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                            HealthCheck.function_scoped_fixture])


def one_line(exc: BaseException) -> None:
    assert isinstance(exc, BrandcheckError) and "\n" not in str(exc) and str(exc)


@SETTINGS
@given(FILES, st.sampled_from(["txt", "csv", "tsv", "jsonl"]))
def test_any_bytes_as_a_candidate_file(data, fmt):
    try:
        with NameFile.from_stream(io.BytesIO(data), label="ideas", fmt=fmt) as source:
            for line, name in source.names():
                assert isinstance(line, int) and isinstance(name, str) and name
    except BrandcheckError as exc:
        one_line(exc)


def test_a_truncated_utf16_or_utf32_file_keeps_its_whole_lines():
    # a byte-order mark, whole names, then a last code unit cut short (a NUL Python's
    # surrogateescape cannot hold): the names come through, the broken tail is skipped
    for encoding, cut in (("utf-16-le", 1), ("utf-16-be", 1), ("utf-32-le", 3), ("utf-32-be", 2)):
        bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff",
               "utf-32-le": b"\xff\xfe\x00\x00", "utf-32-be": b"\x00\x00\xfe\xff"}[encoding]
        data = bom + "Zelvora\nLumora\n".encode(encoding) + "\x00".encode(encoding)[:cut]
        with NameFile.from_stream(io.BytesIO(data), label="ideas", fmt="txt") as source:
            assert [name for _, name in source.names()] == ["Zelvora", "Lumora"], encoding


@SETTINGS
@given(FILES, st.sampled_from([".csv", ".tsv", ".txt"]))
def test_any_bytes_as_a_brand_register(tmp_path, data, suffix):
    path = tmp_path / f"register{suffix}"
    path.write_bytes(data)
    try:
        records = load_brand_file(str(path))
    except BrandcheckError as exc:
        one_line(exc)
        return
    assert records and all(record.name for record in records)


@SETTINGS
@given(FILES)
def test_any_bytes_as_a_word_list(tmp_path, data):
    path = tmp_path / "words.tsv"
    path.write_bytes(data)
    try:
        load_wordlists([str(path)])
    except BrandcheckError as exc:
        one_line(exc)


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.sampled_from(["--markets", "--source-language", "--accept", "--format", "--sector", "--ipa", "--classes",
                        "--min-severity", "--sort", "--top", "--csv-rows"]),
       st.text(max_size=30).filter(lambda t: not t.startswith("-")))
def test_any_string_as_an_option_value_is_a_result_or_one_line_error(capsys, option, value):
    from brandcheck.cli import main

    argv = ["check", "Zelvora", "--offline", option, value]
    if option != "--markets":
        argv += ["--markets", "de"]
    code = main(argv)
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    if code:
        assert code == 2 and out.err.startswith("brandcheck: ") and out.err.count("\n") == 1, out.err
