"""The summary-first digest: rows, detail selection, parsing and the size and safety of its output.

Reports are built by hand from the model (no screening), and every expected value is worked
out from the rules in brandcheck/report/digest.py, not captured from its output.
"""

import csv
import io
import random
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from brandcheck.model import Finding, MarketResult, Report, Severity, Verdict
from brandcheck.report.digest import CAUTION_LINE, SHORT, Digest, Row, Worst, parse_detail
from brandcheck.report.html import render_card
from brandcheck.report.text import markdown_section
from brandcheck.scoring import verdict

H, M, L, I, C = Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.INFO, Severity.CRITICAL


def report(name, score, markets=None, findings=(), verdict_=None):
    markets = markets or {"en": score}
    v = verdict_ or (Verdict.GO if score >= 70 else Verdict.CAUTION if score >= 40 else Verdict.STOP)
    return Report(name, score, v, {t: MarketResult(t, s) for t, s in markets.items()}, tuple(findings))


def f(check, market, severity, message="m", accepted=False):
    return Finding(check, market, severity, message, {}, accepted)


# ------------------------------------------------------------------------------------------
# Summary rows


def test_row_counts_worst_per_family_and_failing_markets():
    r = report("Velmora", 66, {"en": 90, "de": 65, "ja": 80, "fr": 70}, [
        f("meaning.vulgar", "ja", H, "In Japanese it sounds like a rude word."),
        f("meaning.homophone", "de", L, "Sounds like 'Mord' in German."),
        f("similarity.near", None, M, "Close to the brand Velmor."),
        f("pronounceability.missing_sound", "ja", L, "Japanese has no /v/."),
        f("pronounceability.cluster", "ja", I, "A vowel is added."),
        f("meaning.vulgar", "en", C, "Accepted by the workshop.", accepted=True),
    ])
    row = Row.of(r, 7)
    assert (row.position, row.name, row.score, row.verdict) == (7, "Velmora", 66, Verdict.CAUTION)
    # info, low, medium, high, critical; the accepted critical is counted apart
    assert row.counts == (1, 2, 1, 1, 0)
    assert row.accepted == 1
    assert row.worst == (
        Worst("meaning", H, "ja", "In Japanese it sounds like a rude word."),
        Worst("similarity", M, None, "Close to the brand Velmor."),
        Worst("pronounceability", L, "ja", "Japanese has no /v/."),
    )
    # de scores below the line; ja has a high finding of its own; fr at exactly 70 passes;
    # en's critical finding was accepted.
    assert row.failing == ("de", "ja")
    assert (row.worst_market, row.worst_market_score) == ("de", 65)


def test_row_first_of_equally_severe_findings_and_unknown_families_last():
    r = report("Kamo", 80, {"en": 80}, [
        f("custom.rule", None, L, "custom"),
        f("availability.com_taken", None, M, "kamo.com is taken."),
        f("distinctiveness.common_word", "en", L, "first"),
        f("distinctiveness.common_word", "en", L, "second"),
    ])
    row = Row.of(r, 1)
    assert [(w.family, w.message) for w in row.worst] == [
        ("distinctiveness", "first"), ("availability", "kamo.com is taken."), ("custom", "custom")]
    assert row.failing == ()


def test_medium_finding_alone_does_not_fail_a_market_and_no_markets_is_fine():
    row = Row.of(report("Tavo", 85, {"en": 85, "es": 71}, [f("meaning.negative", "es", M)]), 1)
    assert row.failing == ()
    assert (row.worst_market, row.worst_market_score) == ("es", 71)
    empty = Row.of(Report("Solo", 100, Verdict.GO, {}), 2)
    assert (empty.worst_market, empty.worst_market_score, empty.worst, empty.counts) == (None, None, (), (0,) * 5)


def test_caution_line_is_the_scoring_rule():
    assert verdict(CAUTION_LINE, []) is Verdict.GO
    assert verdict(CAUTION_LINE - 1, []) is Verdict.CAUTION


def test_long_messages_are_cut_short_on_a_word():
    long = "The name reads as a common word in " + "several markets " * 20
    (w,) = Row.of(report("Lumo", 90, findings=[f("meaning.x", "en", L, long)]), 1).worst
    assert len(w.message) <= SHORT and w.message.endswith("…")
    assert long.startswith(w.message[:-1]) and w.message[-2] != " "


def test_rows_are_slotted_and_share_repeated_parts():
    shared = {}
    a = Row.of(report("Aro", 60, {"en": 60, "de": 50}), 1, shared)
    b = Row.of(report("Bero", 61, {"en": 61, "de": 52}), 2, shared)
    assert not hasattr(a, "__dict__")
    assert a.failing == b.failing and a.failing is b.failing
    assert a.counts is b.counts


# ------------------------------------------------------------------------------------------
# The digest and its detail selection


def test_rows_sort_by_score_then_verdict_then_input_and_counts_verdicts():
    d = Digest(detail=parse_detail("none"))
    d.add(report("Ana", 72, verdict_=Verdict.CAUTION))
    d.add(report("Bex", 90))
    d.add(report("Cor", 72, verdict_=Verdict.GO))
    d.add(report("Dun", 72, verdict_=Verdict.CAUTION))
    d.add(report("Eko", 10, findings=[f("meaning.slur", "en", C)]))
    assert [r.name for r in d.rows] == ["Bex", "Cor", "Ana", "Dun", "Eko"]
    assert d.verdicts == {Verdict.GO: 2, Verdict.CAUTION: 2, Verdict.STOP: 1}
    assert d.worst is C and len(d) == 5 and d.held == 0 and d.details == []


def test_top_n_keeps_the_n_best_and_never_more():
    rng = random.Random(4)
    scores = [rng.randrange(0, 101) for _ in range(60)]
    d = Digest(detail=parse_detail("top:7"))
    most = 0
    for i, s in enumerate(scores):
        d.add(report(f"N{i}", s))
        most = max(most, d.held)
    assert most == 7
    # By hand: highest score first; among equal scores (all these are go/caution/stop by score),
    # the earlier input.
    expected = sorted(range(60), key=lambda i: (-scores[i], i))[:7]
    assert [r.name for r in d.details] == [f"N{i}" for i in expected]
    assert [r.name for r in d.rows][:7] == [f"N{i}" for i in expected]


@given(st.lists(st.integers(0, 100), max_size=40), st.integers(0, 10))
def test_top_n_matches_a_full_sort(scores, n):
    d = Digest(detail=f"top:{n}")
    for i, s in enumerate(scores):
        d.add(report(f"N{i}", s))
        assert d.held <= n
    everyone = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    assert [r.name for r in d.details] == [f"N{i}" for i in everyone[:n]]


def test_all_none_and_short_list():
    reps = [report(n, s) for n, s in [("Zelvora", 80), ("Kamo", 90), ("Tavero", 50)]]
    for spec, held in [("all", ["Kamo", "Zelvora", "Tavero"]), ("none", []), ("top:0", [])]:
        d = Digest(detail=parse_detail(spec))
        d.extend(reps)
        assert [r.name for r in d.details] == held
    d = Digest(detail=parse_detail("names:tavero, ZELVORA ,Nimbra"))
    d.extend(reps)
    assert [r.name for r in d.details] == ["Zelvora", "Tavero"]
    assert d.missing == ["nimbra"]
    assert "Not in this screen: nimbra." in d.render("markdown")


def test_auto_is_every_name_up_to_100_then_the_best_100():
    d = Digest()
    d.extend(report(f"N{i}", i % 101) for i in range(100))
    assert d.held == 100
    d.add(report("Last", 0))
    assert d.held == 100 and "Last" not in {r.name for r in d.details}


# ------------------------------------------------------------------------------------------
# parse_detail


def test_parse_detail_forms(tmp_path):
    assert (parse_detail("top:200").kind, parse_detail("top:200").top) == ("top", 200)
    assert parse_detail(" TOP: 5 ").top == 5
    assert parse_detail("auto").top == parse_detail(None).top == 100
    assert parse_detail("all").kind == "all" and parse_detail("None").kind == "none"
    assert parse_detail("names:Zelvora,,Kamo ").names == {"zelvora", "kamo"}
    short = tmp_path / "short.txt"
    short.write_text("# the short list\nZelvora\n\n  Café Noir \n", encoding="utf-8")
    assert parse_detail(f"@{short}").names == {"zelvora", "café noir"}
    assert parse_detail(str(short)).names == {"zelvora", "café noir"}


@pytest.mark.parametrize("spec", ["", "top:", "top:-1", "top:1.5", "top:ten", "top:٣", "bogus", "names:",
                                  "names: , ,", "@/nonexistent/short.txt", "first:10", "top 10"])
def test_parse_detail_errors_are_one_line_and_name_the_spec(spec):
    with pytest.raises(ValueError) as err:
        parse_detail(spec)
    text = str(err.value)
    assert "\n" not in text and repr(spec) in text


def test_parse_detail_empty_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing yet\n\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no names"):
        parse_detail(f"@{empty}")


# ------------------------------------------------------------------------------------------
# Rendering


META = {"version": "0.1.0", "date": "2025-05-01", "markets": ["en", "de"], "online": False,
        "settings": {"sector": "beverages"}, "screened": 3, "skipped": 1}


def small_digest(detail="all"):
    d = Digest(detail=detail)
    d.add(report("Zelvora", 82, {"en": 90, "de": 68}, [f("pronounceability.drift", "de", L, "Drifts in German.")]))
    d.add(report("Apple", 2, {"en": 0, "de": 5}, [f("similarity.identical", None, C, "Identical to Apple.")]))
    d.add(report("Kamo", 77, {"en": 80, "de": 75}, [f("similarity.near", None, M, "Close to Kamaz.")],
                 Verdict.CAUTION))
    return d


def test_html_summary_first_with_meta_and_detail_cards():
    d = small_digest("top:2")
    page = d.render("html", meta=META)
    assert page.startswith("<!doctype html>") and page.endswith("</html>\n")
    assert "go 1" in page and "caution 1" in page and "stop 1" in page
    assert "offline" in page and "beverages" in page and "2025-05-01" in page
    body = page[page.index("<tbody>"):page.index("</tbody>")]
    assert [line.split("<td>")[2] for line in body.splitlines()[1:]] == [
        "<a href=#d1>Zelvora</a>", "<a href=#d3>Kamo</a>", "Apple"]
    assert page.index("</tbody>") < page.index(render_card(d.details[0], "d1"))
    assert render_card(d.details[1], "d3") in page
    # no network: nothing is fetched from anywhere
    assert "http://" not in page and "https://" not in page and " src=" not in page


def test_markdown_table_and_csv_follow_the_same_rows():
    d = small_digest()
    md = d.render("markdown", meta=META)
    assert "**go 1 · caution 1 · stop 1**" in md and "- network: offline" in md
    assert md.index("| 1 | Zelvora | 82 | go |") < md.index("| 3 | Kamo | 77 |") < md.index("| 2 | Apple | 2 | stop |")
    assert "\n".join(markdown_section(d.details[0])) in md
    table = d.render("table", meta=META)
    assert table.index("Zelvora") < table.index("Kamo") < table.index("Apple")
    rows = list(csv.DictReader(io.StringIO(d.render("csv", meta=META))))
    assert [(r["name"], r["verdict"], r["failing_markets"]) for r in rows] == [
        ("Zelvora", "go", "de"), ("Kamo", "caution", ""), ("Apple", "stop", "en de")]
    assert rows[2]["similarity_severity"] == "critical" and rows[2]["critical"] == "1"
    with pytest.raises(ValueError, match="json"):
        d.render("json", meta=META)


def test_hostile_text_is_escaped_everywhere():
    hostile = "<script>alert(1)</script>"
    d = Digest(detail="all")
    d.add(report(hostile, 50, {"en": 50, "<b>x": 40}, [f("meaning.x", "<b>x", H, "<img src=x onerror=alert(2)>")]))
    d.add(report("=HYPERLINK(\"http://x\")", 60))
    page = d.render("html", meta={"version": "<i>1</i>", "settings": {"k": "<u>"}})
    assert page.count("<script>") == 1  # the page's own
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<img" not in page and "<b>x" not in page and "<i>1" not in page and "<u>" not in page
    md = d.render("markdown")
    assert "\\<script\\>" in md and not re.search(r"(?<!\\)[<>]", md)  # every < and > backslashed
    rows = {r["position"]: r for r in csv.DictReader(io.StringIO(d.render("csv")))}
    assert rows["2"]["name"].startswith("'=HYPERLINK")


def synthetic(i):
    # A heavy row: every family with a long message, a third of 22 markets failing.
    tags = ["en", "de", "fr", "es", "it", "pt-BR", "nl", "sv", "pl", "ru", "tr", "ar", "hi", "th", "vi", "id",
            "zh", "zh-TW", "ja", "ko", "en-GB", "es-MX"]
    markets = {t: (55 if k % 3 == 0 else 85) for k, t in enumerate(tags)}
    long = "is close to the well-known brand Velmorix (beverages, DE): looks alike and sounds alike in most markets"
    findings = [f(f"{fam}.rule", tags[k], sev, f"'Name{i:05d}' {long}")
                for k, (fam, sev) in enumerate([("meaning", H), ("similarity", M), ("pronounceability", L),
                                                ("distinctiveness", L), ("availability", M)])]
    return report(f"Velmorix Name{i:05d}", 40 + i % 60, markets, findings)


def test_html_per_row_size_stays_small():
    d = Digest(detail="none")
    for i in range(1000):
        d.add(synthetic(i))
    page = d.render("html", meta=META).encode()
    body = page[page.index(b"<tbody>"):page.index(b"</tbody>")]
    per_row = len(body) / 1000
    # Five families at most SHORT characters each plus the fixed cells: bounded however long
    # the messages are (this worst case is about 630 B). 10,000 rows at 700 B are 7 MB, leaving room
    # for the detail cards under 15 MB.
    assert per_row <= 700, per_row
    assert len(page) - len(body) < 20_000
