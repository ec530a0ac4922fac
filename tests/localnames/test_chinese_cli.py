"""`brandcheck chinese-names`: formats, options and exit codes, run in-process."""

import csv
import io
import json

import pytest

from brandcheck.cli import main


def _run(capsys, *argv):
    code = main(["chinese-names", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_table_lists_proposals_with_glosses_and_scores(capsys):
    code, out, err = _run(capsys, "Zelvora", "--sector", "beauty", "-n", "5")
    assert code == 0 and err == ""
    numbered = [line for line in out.splitlines() if line[:4].strip().rstrip(".").isdigit()]
    assert len(numbered) == 5
    assert all("score" in line and "sound" in line for line in numbered)
    assert "phono-semantic" in out and "phonetic" in out
    assert out.count("meaning:") == 5


def test_json_follows_the_documented_schema(capsys):
    code, out, _ = _run(capsys, "Zelvora", "Nike", "--format", "json", "-n", "3", "--keywords", "speed,trust",
                        "--sector", "sports")
    assert code == 0
    data = json.loads(out)
    assert [item["name"] for item in data] == ["Zelvora", "Nike"]
    assert data[0]["keywords"] == ["speed", "trust"] and data[0]["sector"] == "sports"
    for item in data:
        assert len(item["proposals"]) == 3
        for p in item["proposals"]:
            assert set(p) == {"text", "traditional", "pinyin", "glosses", "meaning", "kind", "score", "sound", "fit",
                              "dropped", "euphony", "warnings"}
            assert p["kind"] in ("phonetic", "phono-semantic", "semantic", "known")
            assert all(set(w) == {"code", "severity", "message"} for w in p["warnings"])


def test_csv_has_one_row_per_proposal(capsys):
    code, out, _ = _run(capsys, "Tesla", "--format", "csv", "-n", "4", "--style", "phonetic")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) <= 4 and rows[0]["text"] == "特斯拉" and rows[0]["rank"] == "1"


def test_markdown_and_traditional(capsys):
    code, out, _ = _run(capsys, "Tesla", "--format", "markdown", "-n", "2", "--style", "phonetic", "--traditional")
    assert code == 0 and out.startswith("### Tesla") and "| 1 | 特斯拉 |" in out


def test_known_appends_the_bundled_name(capsys):
    code, out, _ = _run(capsys, "Nike", "--format", "json", "-n", "2", "--known")
    proposals = json.loads(out)[0]["proposals"]
    assert proposals[-1]["kind"] == "known" and proposals[-1]["text"] == "耐克"


def test_source_language_reads_the_name_first(capsys):
    code, out, _ = _run(capsys, "Versace", "--format", "json", "-n", "3", "--source-language", "it")
    assert code == 0 and len(json.loads(out)[0]["proposals"]) == 3


@pytest.mark.parametrize("argv", [[""], ["   "], ["!!!"], ["Zelvora", "--sector", "spaceships"],
                                  ["Zelvora", "--style", "poetic"], ["Zelvora", "-n", "0"], ["Zelvora", "-n", "x"],
                                  ["Zelvora", "--style", "semantic"], ["Zelvora", "--source-language", "xx"], []])
def test_bad_input_is_one_line_and_exit_2(capsys, argv):
    code, out, err = _run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and err.startswith("brandcheck: ")
