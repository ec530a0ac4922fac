"""Issue 13: output options of check and screen, the accepted-findings file, project config, and
the notebook helpers."""

import csv
import io
import json
import sys

import pytest

import brandcheck
from brandcheck.cli import main
from brandcheck.report.accept import format_accept_file


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("ext, marker", [(".html", "<!doctype html>"), (".htm", "<!doctype html>"),
                                         (".md", "# brandcheck report"), (".csv", "name,score,verdict,worst"),
                                         (".json", '"name": "Zelvora"'), (".txt", "Zelvora  ")])
def test_output_format_follows_the_extension(capsys, tmp_path, ext, marker):
    out = tmp_path / f"report{ext}"
    code, _, _ = run(capsys, "check", "Zelvora", "--offline", "--markets", "de", "-o", str(out))
    assert code == 0 and out.read_text(encoding="utf-8").startswith(marker) or marker in out.read_text(encoding="utf-8")


def test_screen_jsonl_from_the_extension_and_unknown_extensions(capsys, tmp_path):
    src = tmp_path / "names.txt"
    src.write_text("Zelvora\nKamo\n", encoding="utf-8")
    out = tmp_path / "r.jsonl"
    assert run(capsys, "screen", str(src), "--offline", "--markets", "de", "-o", str(out))[0] in (0, 1)
    assert [json.loads(x)["name"] for x in out.read_text(encoding="utf-8").splitlines()] == ["Zelvora", "Kamo"]
    code, out_text, err = run(capsys, "check", "Zelvora", "--offline", "-o", str(tmp_path / "r.xyz"))
    assert code == 2 and out_text == "" and err.count("\n") == 1 and "'.xyz'" in err and "--format" in err
    code, _, err = run(capsys, "markets", "-o", str(tmp_path / "m.html"))
    assert code == 2 and "does not write html" in err
    # --format wins over the extension
    assert run(capsys, "check", "Zelvora", "--offline", "--markets", "de", "--format", "json",
               "-o", str(tmp_path / "r.html"))[0] == 0
    assert json.loads((tmp_path / "r.html").read_text(encoding="utf-8"))[0]["name"] == "Zelvora"


def test_min_severity_sort_top_and_quiet_on_check(capsys):
    code, out, _ = run(capsys, "check", "Pajero", "Zelvora", "Kamo", "--offline", "--markets", "es,de",
                       "--format", "json", "--min-severity", "high", "--sort", "name")
    data = json.loads(out)
    assert code == 1  # the exit code still counts every finding
    assert [r["name"] for r in data] == ["Kamo", "Pajero", "Zelvora"]
    assert all(f["severity"] in ("high", "critical") for r in data for f in r["findings"])
    code, out, _ = run(capsys, "check", "Pajero", "Zelvora", "Kamo", "--offline", "--markets", "es,de",
                       "--format", "json", "--top", "1")
    assert [r["name"] for r in json.loads(out)] == ["Zelvora"]
    code, out, _ = run(capsys, "check", "Pajero", "Zelvora", "--offline", "--markets", "es,de", "--quiet")
    assert len(out.splitlines()) == 2 and out.startswith("Pajero  ") and "STOP" in out
    assert run(capsys, "check", "Zelvora", "--offline", "--top", "0")[0] == 2


def test_sort_and_top_on_screen_streams_and_digests(capsys, tmp_path):
    src = tmp_path / "names.txt"
    src.write_text("Pajero\nZelvora\nKamo\n", encoding="utf-8")
    code, out, _ = run(capsys, "screen", str(src), "--offline", "--markets", "es", "--format", "jsonl",
                       "--sort", "score", "--top", "2")
    names = [json.loads(x)["name"] for x in out.splitlines()]
    assert names[0] == "Zelvora" and len(names) == 2 and "Pajero" not in names
    code, out, _ = run(capsys, "screen", str(src), "--offline", "--markets", "es", "--format", "csv", "--sort", "name")
    assert [row["name"] for row in csv.DictReader(io.StringIO(out))] == ["Kamo", "Pajero", "Zelvora"]
    code, out, _ = run(capsys, "screen", str(src), "--offline", "--markets", "es", "--format", "table",
                       "--sort", "input", "--quiet")
    body = [line.split()[1] for line in out.splitlines() if line[:6].strip().isdigit()]
    assert body == ["Pajero", "Zelvora", "Kamo"] and "Detail" not in out
    code, _, err = run(capsys, "screen", str(src), "--offline", "--format", "jsonl", "-o", str(tmp_path / "o.jsonl"),
                       "--resume", "--sort", "name")
    assert code == 2 and "--resume" in err


def test_csv_rows_findings(capsys):
    _, out, _ = run(capsys, "check", "Pajero", "--offline", "--markets", "es", "--format", "csv",
                    "--csv-rows", "findings")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) > 1 and {"check", "severity", "message"} <= set(rows[0])


def test_accept_file_round_trip(capsys, tmp_path):
    _, out, _ = run(capsys, "check", "Pajero", "--offline", "--markets", "es", "--format", "json")
    ids = [f["id"] for f in json.loads(out)[0]["findings"] if f["severity"] in ("high", "critical")]
    path = tmp_path / "brandcheck-accept.txt"
    path.write_text(format_accept_file(ids, "from a test") + "\n# a comment\n\n", encoding="utf-8")
    code, out, _ = run(capsys, "check", "Pajero", "--offline", "--markets", "es", "--format", "json",
                       "--accept-file", str(path))
    data = json.loads(out)[0]
    assert code == 0  # every high and critical finding is accepted
    assert {f["id"] for f in data["findings"] if f.get("accepted")} == set(ids)
    bad = tmp_path / "bad.txt"
    bad.write_text("# ok\nmeaning.vulgar@es:pajero\nnot an id\n", encoding="utf-8")
    code, _, err = run(capsys, "check", "Pajero", "--offline", "--accept-file", str(bad))
    assert code == 2 and f"{bad}:3:" in err and err.count("\n") == 1
    assert run(capsys, "check", "Pajero", "--offline", "--accept-file", str(tmp_path / "none.txt"))[0] == 2


# ---------------------------------------------------------------------------------------------
# Project config


def test_brandcheck_toml_in_the_current_folder(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "words.txt").write_text("zelv\n", encoding="utf-8")
    (tmp_path / "brandcheck.toml").write_text(
        'markets = ["de", "ja"]\noffline = true\nwordlists = ["words.txt:de"]\nformat = "json"\n'
        '[screen]\nsort = "name"\n', encoding="utf-8")
    code, out, _ = run(capsys, "check", "Zelvora")
    data = json.loads(out)[0]
    assert list(data["markets"]) == ["de", "ja"] and data["checks_absent"] == ["availability: offline run"]
    assert any(f["id"] == "meaning.negative@de:zelv" or "zelv" in f["id"] for f in data["findings"])
    # the command line wins
    code, out, _ = run(capsys, "check", "Zelvora", "--markets", "es", "--format", "csv")
    assert out.startswith("name,score") and "score_es" in out.splitlines()[0]
    # format = "json" suits `markets` too; "html" would not, and is left out there, not an error
    (tmp_path / "brandcheck.toml").write_text('format = "html"\n', encoding="utf-8")
    code, out, _ = run(capsys, "markets", "eu")
    assert code == 0 and out.startswith("de ")


def test_pyproject_tool_table_and_explicit_config(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n[tool.brandcheck]\nmarkets = "es"\noffline = true\n'
                                             'format = "json"\n', encoding="utf-8")
    code, out, _ = run(capsys, "check", "Zelvora")
    assert list(json.loads(out)[0]["markets"]) == ["es"]
    other = tmp_path / "sub"
    other.mkdir()
    (other / "team.toml").write_text('markets = ["ko"]\noffline = true\nformat = "json"\naccept = []\n',
                                     encoding="utf-8")
    code, out, _ = run(capsys, "check", "Zelvora", "--config", str(other / "team.toml"))
    assert list(json.loads(out)[0]["markets"]) == ["ko"]


@pytest.mark.parametrize("text, needle", [('colour = "blue"\n', "'colour'"), ('[screen]\nipa = "x"\n', "'ipa'"),
                                          ('offline = "yes"\n', "offline must be true or false"),
                                          ('min-severity = "awful"\n', "min_severity"), ("markets = [\n", "TOML")])
def test_bad_config_is_one_line_exit_2(capsys, tmp_path, monkeypatch, text, needle):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "brandcheck.toml").write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "check", "Zelvora", "--offline")
    assert code == 2 and out == "" and err.count("\n") == 1 and needle in err, err


def test_config_keys_follow_the_options_generically():
    # An option added to a command later is a config key with no extra code.
    import argparse

    from brandcheck.cli.config import parse_with_config

    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="command")
    c = sub.add_parser("check")
    c.add_argument("--classes", metavar="N,N")
    c.add_argument("--register", metavar="FILE")
    c.add_argument("--tag", action="append", default=[])
    args = parse_with_config(p, ["check", "--tag", "b"], config={"classes": [3, 5], "register": "r.csv", "tags": ["a"]},
                             path="/proj/brandcheck.toml")
    assert args.classes == "3,5" and args.register == "/proj/r.csv" and args.tag == ["a", "b"]


# ---------------------------------------------------------------------------------------------
# Notebook and API


def test_report_repr_html_and_json():
    r = brandcheck.check("Pajero", markets=["es"], online=False)
    text = repr(r)
    assert text.startswith("<Report 'Pajero' stop ") and "\n" not in text and len(text) < 250
    assert "critical" in text
    assert json.loads(r.to_json())["name"] == "Pajero"
    html = r._repr_html_()
    assert "Pajero" in html and "<script" not in html and r.findings[0].id in html


def test_results_wrap_a_screen():
    res = brandcheck.Results(brandcheck.screen(["Zelvora", "Pajero"], markets=["es"], online=False))
    assert len(res) == 2 and res["Pajero"].verdict.value == "stop" and res[0].name == "Zelvora"
    assert repr(res) == "<Results: 2 names (go 1, caution 0, stop 1)>"
    records = res.to_records()
    assert records[1]["name"] == "Pajero" and records[1]["critical"] >= 1 and "score_es" in records[1]
    assert [d["name"] for d in json.loads(res.to_json())] == ["Zelvora", "Pajero"]
    assert "id=heat" in res._repr_html_()
    assert [r.name for r in res.sorted("name")] == ["Pajero", "Zelvora"]


def test_to_pandas_without_pandas_says_how(monkeypatch):
    res = brandcheck.Results([])
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match="pip install pandas"):
        res.to_pandas()


def test_a_str_is_never_screened_letter_by_letter(tmp_path):
    with pytest.raises(TypeError, match=r"screen\(\['Zelvora'\]\)"):
        brandcheck.screen("Zelvora", online=False)
    words = tmp_path / "mine.txt"
    words.write_text("zelv\n", encoding="utf-8")
    r = brandcheck.check("Zelvora", markets=["de"], online=False, wordlists=f"{words}:de",
                         accept="meaning.negative@de:zelv")
    assert any("zelv" in f.id for f in r.findings)
