"""Report v2 (issue 13): what the HTML, Markdown, CSV and terminal outputs show, and that hostile
names, register entries and word-list entries cannot become markup, formulas or table cells in
any of them. Expected values are written by hand from what a reader should see."""

import csv
import io
import json
import re
from dataclasses import replace

import pytest

import brandcheck
from brandcheck.cli import main
from brandcheck.model import (Availability, BrandMatch, DomainResult, Finding, HandleResult, MarketResult,
                              Pronounceability, Report, Severity, Status, Verdict)
from brandcheck.report import render
from brandcheck.report.explain import display_domain, evidence_rows, merge_alike
from brandcheck.report.html import render_html

HTML_PAYLOAD = "<img src=x onerror=alert(1)>"
FORMULA = '=HYPERLINK("http://x","y")'
PIPE = "a | b | c"


@pytest.fixture(scope="module")
def cafe():
    return brandcheck.check("Café Noir", markets=["ja", "zh", "zh-TW", "es", "es-MX", "de"], online=False)


def test_the_reading_shown_is_the_reading_of_the_local_form(cafe):
    ja = cafe.markets["ja"].pronounceability
    assert ja.adapted == "カフェ・ノワール"
    assert ja.romanization == "kafe nowaaru"
    # the written form is read ka-ɸe-no-wa-ː-ɾɯ; "noiɾɯ" (the name's own sound adapted) is not it
    assert "nowa" in ja.local_reading and "noi" not in ja.local_reading
    page = render_html([cafe], chinese=False)
    row = re.search(r"<tr><td>ja</td>.*?</tr>", page).group(0)
    assert "カフェ・ノワール" in row and "kafe nowaaru" in row and ja.local_reading in row
    assert "kaɸeː noiɾɯ" not in row
    assert "<th>romanisation</th>" in page
    # Latin-script markets leave the romanisation empty: the name is its own spelling
    assert cafe.markets["de"].pronounceability.romanization == ""


def test_chinese_proposals_sit_in_the_zh_rows(cafe):
    page = render_html([cafe])
    proposals = brandcheck.chinese_names("Café Noir", k=3)
    assert page.count("class=zh-names") == 2
    assert proposals[0].text in page and proposals[0].traditional in page


def test_meaning_evidence_is_laid_out_not_dumped():
    f = Finding("meaning.negative", "de", Severity.MEDIUM, "In German, 'mist' means 'rubbish'.",
                {"term": "mist", "native": "Mist", "gloss": "rubbish, crap", "category": "negative",
                 "language": "de", "region": "", "list_severity": 2, "match": "word",
                 "position": "the word 'Mist'", "matched": "Mist", "reading": "spelling", "list": "meanings/de.tsv"})
    rows = dict(evidence_rows(f))
    assert rows["word"] == "Mist (mist)" and rows["meaning"] == "rubbish, crap" and rows["language"] == "German"
    assert rows["where in the name"] == "the word 'Mist'" and rows["how it matched"] == "as a word of the name"
    assert "list_severity" not in rows and "list" not in rows and "region" not in rows
    page = render_html([Report("Mist", 60, Verdict.CAUTION, {"de": MarketResult("de", 60)}, (f,))], chinese=False)
    assert "<dt>meaning</dt><dd>rubbish, crap</dd>" in page and "list_severity" not in page


def test_sound_alike_says_how_close():
    f = Finding("meaning.crime", "es", Severity.INFO, "m", {"term": "robo", "match": "sound_near", "similarity": 0.86})
    assert dict(evidence_rows(f))["how it matched"] == "sounds close in the local reading (similarity 0.86)"


def test_idns_are_shown_in_unicode():
    assert display_domain("xn--cafnoir-dya.com") == "cafénoir.com"
    assert display_domain("xn--80aswg.xn--p1ai") == "сайт.рф"
    assert display_domain("xn--broken-.com") == "xn--broken-.com"  # never fails, shows what it has


def _with_availability(r: Report) -> Report:
    key = r.name.lower().replace(" ", "").replace("é", "e")
    return replace(r, availability=Availability(
        (DomainResult(f"{key}.com", Status.TAKEN, "RDAP: registered"),
         DomainResult("xn--cafnoir-dya.com", Status.AVAILABLE, "RDAP 404"),
         DomainResult(f"{key}.de", Status.UNKNOWN, "timeout")),
        (HandleResult("github", key, f"https://github.com/{key}", Status.AVAILABLE, "404"),
         HandleResult("weibo", key, "", Status.UNKNOWN, "no public probe"))))


def test_availability_grid_names_by_tlds_and_platforms(cafe):
    page = render_html([_with_availability(cafe)], chinese=False)
    grid = page[page.index("<section id=avail>"):page.index("</section>", page.index("<section id=avail>"))]
    assert "<th>.com</th>" in grid and "<th>.de</th>" in grid and "<th>github</th>" in grid
    assert "class=taken" in grid and "class=available" in grid and "class=unknown" in grid
    assert "https://lookup.icann.org/en/lookup?name=cafenoir.com" in grid
    assert "href='https://github.com/cafenoir'" in grid
    assert "cafénoir.com" in grid and "xn--" not in grid.replace("lookup?name=", "")
    offline = render_html([cafe], chinese=False)
    assert "not looked up (offline run)" in offline


def test_summary_first_with_counts_date_version_markets_and_network(cafe):
    page = render_html([cafe, replace(cafe, name="Other", verdict=Verdict.STOP, score=10)], chinese=False)
    head = page[:page.index("<h2>Heat map</h2>")]
    assert "go 1" in head and "caution 0" in head and "stop 1" in head
    assert brandcheck.__version__ in head and re.search(r"\d{4}-\d\d-\d\d", head)
    assert "ja, zh, zh-TW, es, es-MX, de" in head and "offline" in head
    assert page.index("id=heat") < page.index("class=card")
    assert "http" not in page.split("<body>")[0] and "<link" not in page and " src=" not in page  # self-contained
    assert "@media print" in page


def test_every_finding_has_its_id_and_an_accept_box(cafe):
    accepted = replace(cafe, findings=(replace(cafe.findings[0], accepted=True),) + cafe.findings[1:])
    page = render_html([accepted], chinese=False)
    for f in accepted.findings:
        assert f"value='{f.id}'" in page.replace("&#x27;", "'") or f.id in page
    assert page.count("class=acc") == len(accepted.findings)
    assert page.count(" checked>") == 1


def test_terminal_merges_low_notes_of_one_language_and_fits_a_screen(cafe):
    out = render([cafe], "table")
    lines = out.splitlines()
    assert any(re.match(r"\s+low\s+es, es-MX ", line) for line in lines)
    assert len(lines) <= 15 and "(use --all)" in out
    full = render([cafe], "table", all_findings=True)
    assert len(full.splitlines()) > len(lines) and "(use --all)" not in full
    assert render([cafe], "table", quiet=True).count("\n") == 1


def test_merge_keeps_different_findings_apart():
    a = Finding("pronounceability.drift", "zh", Severity.LOW, "drifts", {"word": "drift"})
    b = Finding("pronounceability.drift", "zh-TW", Severity.LOW, "drifts", {"word": "drift"})
    c = Finding("pronounceability.drift", "ja", Severity.LOW, "drifts", {"word": "drift"})
    d = Finding("meaning.vulgar", "es-MX", Severity.HIGH, "x", {"term": "p"})
    e = Finding("meaning.vulgar", "es", Severity.HIGH, "x", {"term": "p"})
    merged = merge_alike([a, b, c, d, e])
    assert [m.where for m in merged] == ["zh, zh-TW", "ja", "es-MX", "es"]  # high findings stay one per market


def test_csv_one_row_per_name_by_default_and_per_finding_on_request(cafe):
    rows = list(csv.DictReader(io.StringIO(render([cafe], "csv"))))
    assert len(rows) == 1 and rows[0]["name"] == "Café Noir" and rows[0]["score_ja"] == str(cafe.markets["ja"].score)
    assert rows[0]["worst"] == cafe.worst.label and cafe.findings[0].id in rows[0]["finding_ids"]
    per = list(csv.DictReader(io.StringIO(render([cafe], "csv", csv_rows="findings"))))
    assert len(per) == len(cafe.findings)


def test_floats_are_rounded_to_three_places():
    f = Finding("similarity.sound_alike", None, Severity.LOW, "m", {"brand": "B", "overall": 0.123456, "sight": 1 / 3})
    r = Report("Zelvora", 90, Verdict.GO, {}, (f,), (BrandMatch("B", 0.123456, 2 / 3, 0.5),))
    text = r.to_json()
    assert "0.123" in text and "0.1235" not in text and "0.333" in text and "0.3333" not in text
    page = render_html([r], chinese=False)
    assert "0.1234" not in page and "0.6667" not in page


# ---------------------------------------------------------------------------------------------
# Hostile payloads in every format (names, register entries, word-list entries)


def hostile_report(payload: str) -> Report:
    f = Finding("meaning.negative", "de", Severity.MEDIUM, f"In German, '{payload}' means '{payload}'.",
                {"term": payload, "native": payload, "gloss": payload, "language": "de", "match": "embed"})
    g = Finding("similarity.look_alike", None, Severity.LOW, f"close to '{payload}'", {"brand": payload,
                                                                                      "why": [payload]})
    return Report(payload, 50, Verdict.CAUTION,
                  {"ja": MarketResult("ja", 70, Pronounceability(70, payload, payload, (payload,), payload, payload))},
                  (f, g), (BrandMatch(payload, 0.9, 0.9, 0.9, payload, (payload,)),),
                  Availability((DomainResult(payload, Status.UNKNOWN, payload),),
                               (HandleResult(payload, payload, payload, Status.TAKEN, payload),)), (payload,))


@pytest.mark.parametrize("payload", [HTML_PAYLOAD, "<script>alert(1)</script>", FORMULA, "+A1+A2", "-2+3",
                                     "@SUM(A1)", PIPE, "x' onmouseover='alert(1)"])
def test_payloads_are_inert_in_every_format(payload):
    r = hostile_report(payload)
    page = render_html([r], chinese=False)
    assert "<img" not in page and "<script>alert" not in page and "onmouseover='" not in page
    md = render([r], "markdown")
    for line in md.splitlines():
        body = line.replace("\\\\", "")
        for ch in "<>[]":
            assert body.count(ch) == body.count("\\" + ch), line
    cells = None
    for line in md.splitlines():  # a table row keeps its cells: every | of the data is escaped
        if not line.startswith("|"):
            cells = None
            continue
        count = line.replace("\\|", "").count("|")
        cells = count if cells is None else cells
        assert count == cells, line
    for rows in ("names", "findings"):
        for row in csv.reader(io.StringIO(render([r], "csv", csv_rows=rows))):
            assert not any(cell.lstrip(" ").startswith(("=", "+", "-", "@")) for cell in row), row
    table = render([r], "table", all_findings=True)
    assert "\x1b" not in table
    assert json.loads(render([r], "json"))[0]["name"] == payload  # JSON carries the data as it is


@pytest.fixture
def hostile_files(tmp_path):
    reg = tmp_path / "register.csv"
    reg.write_text(f'name\n"{FORMULA.replace(chr(34), chr(34) * 2)}Zelvorah"\nZelvora{HTML_PAYLOAD}\nZelvora {PIPE}\n',
                   encoding="utf-8")
    wl = tmp_path / "words.tsv"
    wl.write_text("term\tnative\tgloss\tcategory\tseverity\tregion\tmatch\tnote\n"
                  f"zelv\t{FORMULA}\t{HTML_PAYLOAD} {PIPE}\tnegative\t2\t\tembed\t\n", encoding="utf-8")
    return str(reg), str(wl)


@pytest.mark.parametrize("fmt", ["html", "markdown", "csv", "table"])
def test_register_and_word_list_payloads_through_the_cli(capsys, tmp_path, hostile_files, fmt):
    reg, wl = hostile_files
    out = tmp_path / f"r.{fmt}"
    code = main(["check", "Zelvora", "+Zelvora", "--offline", "--markets", "de", "--brands", reg,
                 "--wordlist", f"{wl}:de", "--format", fmt, "-o", str(out), "--all"])
    assert code in (0, 1)
    text = out.read_text(encoding="utf-8")
    assert "Zelvora" in text
    if fmt == "html":
        assert "<img" not in text and "&lt;img src=x" in text
    elif fmt == "markdown":
        assert "<img" not in text.replace("\\<img", "") and "\\|" in text
    elif fmt == "csv":
        cells = [c for row in csv.reader(io.StringIO(text)) for c in row]
        assert "'+Zelvora" in cells
        assert not any(c.lstrip(" ").startswith(("=", "+", "-", "@")) for c in cells)
    else:
        assert "\x1b" not in text
