"""Outputs cannot be turned against their reader: spreadsheets, Markdown viewers, terminals.

Reports are built by hand with hostile names, messages and brands as a register or word list
could hold them; expected values are written out, not captured from the renderers.
"""

import csv
import io
import json

import pytest
from hypothesis import given, strategies as st

from brandcheck.model import Availability, BrandMatch, DomainResult, Finding, HandleResult, MarketResult, Report, \
    Severity, Status, Verdict
from brandcheck.report.escape import csv_cell, md_text, term_text
from brandcheck.report.text import render_csv, render_json, render_markdown, render_table

FORMULAS = ["=HYPERLINK(\"http://x\",\"y\")", "+A1+A2", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "\uff1dcmd", " =1+1"]


def report(name="Zelvora", message="m", brand="Acme", checks_absent=(), domain="zelvora.com", platform="github"):
    f = Finding("meaning.vulgar", "de", Severity.HIGH, message, {})
    try:
        match = BrandMatch(brand, 0.9, 0.9, 0.9, "technology", ())
    except TypeError:
        match = None
    return Report(name, 50, Verdict.CAUTION, {"de": MarketResult("de", 70)}, (f,),
                  (match,) if match else (),
                  Availability((DomainResult(domain, Status.UNKNOWN, "r"),),
                               (HandleResult(platform, "zelvora", "u", Status.TAKEN, "r"),)),
                  tuple(checks_absent))


@pytest.mark.parametrize("text", FORMULAS)
def test_csv_cells_never_start_a_formula(text):
    rows = list(csv.reader(io.StringIO(render_csv([report(name=text, message=text)], rows="findings"))))
    assert len(rows) == 2  # no cell started a row of its own
    for cell in (rows[1][0], rows[1][7]):
        assert cell.startswith("'") and cell[1:].strip() == text.strip("\t\r ")
    rows = list(csv.reader(io.StringIO(render_csv([report(name=text, message=text)]))))
    assert len(rows) == 2 and rows[1][0].startswith("'")
    assert not any(cell.lstrip(" ").startswith(("=", "+", "-", "@", "\t", "\r", "\uff1d")) for cell in rows[1])


def test_csv_leaves_plain_values_alone():
    rows = list(csv.reader(io.StringIO(render_csv([report()], rows="findings"))))
    assert rows[1][:3] == ["Zelvora", "50", "caution"]
    assert csv_cell(42) == 42 and csv_cell("Zelvora") == "Zelvora" and csv_cell("") == ""


def test_one_csv_guard_for_every_renderer():
    from brandcheck.report import digest

    assert digest._cell is csv_cell


@pytest.mark.parametrize("hostile", ["<img src=x onerror=alert(1)>", "<script>alert(1)</script>", "a | b | c",
                                     "\\<b>bold\\</b>", "[click](javascript:alert(1))", "line\nbreak\n| x |"])
def test_markdown_passes_no_html_links_or_cell_borders(hostile):
    md = render_markdown([report(name=hostile, message=hostile, brand=hostile,
                                 checks_absent=(hostile,), platform=hostile)])
    for line in md.splitlines():
        # every < > [ ] | that came from the data is escaped (table borders are ours: "| " and " |")
        body = line.replace("\\\\", "")
        for ch in "<>[]":
            assert body.count(ch) == body.count("\\" + ch), line
    assert "<script>" not in md.replace("\\<", "")
    # a table row keeps its number of cells whatever the name holds
    row = next(line for line in md.splitlines() if line.startswith("| ") and "caution" in line)
    assert row.replace("\\|", "").count("|") == 6


def test_md_text_examples():
    assert md_text("<b>|x|</b>") == "\\<b\\>\\|x\\|\\</b\\>"
    assert md_text("\\<b>") == "\\\\\\<b\\>"  # a backslash cannot undo an escape
    assert md_text("a\n\tb\x1b[31m") == "a b\\[31m"


@pytest.mark.parametrize("bad", ["\x1b[2J\x1b]0;pwned\x07", "\x07bell", "back\x08space", "\x9bcsi", "cr\rhide",
                                 "\u202eevil", "del\x7f"])
def test_terminal_table_writes_no_control_characters(bad):
    out = render_table([report(name="Zel" + bad, message=bad, brand=bad, checks_absent=(bad,), platform=bad,
                               domain=bad)], color=False)
    assert not any(ord(c) < 32 and c != "\n" or 0x7f <= ord(c) < 0xa0 or c == "\u202e" for c in out), repr(out)


def test_terminal_colour_is_still_ours():
    out = render_table([report()], color=True)
    assert "\x1b[" in out  # the severity colours brandcheck itself paints


@given(st.text())
def test_term_text_never_leaves_a_control_character(text):
    assert not any(ord(c) < 32 or 0x7f <= ord(c) < 0xa0 for c in term_text(text))


def test_json_carries_checks_absent():
    data = json.loads(render_json([report(checks_absent=("availability: offline run",))]))
    assert data[0]["checks_absent"] == ["availability: offline run"]
    assert json.loads(render_json([report()]))[0]["checks_absent"] == []


def test_a_guarded_csv_cell_reads_back_as_written():
    from brandcheck.report.escape import csv_cell, csv_value

    for text in ("+Plus", "-Minus", "@home", "=1+2", "Zelvora", "'Til Dawn", " +spaced"):
        assert csv_value(csv_cell(text)) == text
