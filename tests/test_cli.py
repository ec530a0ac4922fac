import json

import pytest

from brandcheck.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_json_follows_the_documented_format(capsys):
    code, out, err = run(capsys, "check", "Zelvora", "--offline", "--markets", "global", "--format", "json")
    assert code in (0, 1)
    data = json.loads(out)
    assert isinstance(data, list) and data[0]["name"] == "Zelvora"
    assert len(data[0]["markets"]) >= 15


def test_markets_json_lists_at_least_30(capsys):
    code, out, _ = run(capsys, "markets", "--format", "json")
    assert code == 0 and len(json.loads(out)) >= 30


@pytest.mark.parametrize("name", ["", "   ", "x" * 10_000, "a\x00b", "a\u202eb", "a\u200bb", "😀", "../../etc/passwd",
                                  "<script>", "%s%n{0}"])
def test_hostile_input_gives_exit_2_and_one_line(capsys, name):
    code, out, err = run(capsys, "check", name, "--offline", "--markets", "en")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err


def test_bad_usage_is_exit_2(capsys):
    assert run(capsys, "check", "X", "--markets", "zz")[0] == 2
    assert run(capsys, "nonsense")[0] == 2
    assert run(capsys, "check", "X", "--format", "yaml")[0] == 2


@pytest.mark.parametrize("fmt", ["table", "csv", "markdown", "html"])
def test_all_formats_render(capsys, fmt, tmp_path):
    target = tmp_path / f"out.{fmt}"
    code, out, _ = run(capsys, "check", "Zelvora", "Apple", "--offline", "--markets", "en,de", "--format", fmt,
                       "-o", str(target))
    assert code in (0, 1) and out == ""
    text = target.read_text(encoding="utf-8")
    assert "Zelvora" in text and "Apple" in text


def test_screen_file_skips_bad_lines_and_says_so(capsys, tmp_path):
    src = tmp_path / "names.txt"
    src.write_text("# candidates\nZelvora\n\nbad\x07name\nKamo\n", encoding="utf-8")
    code, out, err = run(capsys, "screen", str(src), "--offline", "--markets", "en", "--format", "json")
    assert [r["name"] for r in json.loads(out)] == ["Zelvora", "Kamo"]
    assert code == 2 and ":4:" in err


def test_html_escapes_names(capsys):
    code, out, _ = run(capsys, "check", "Tom & Jerry's", "--offline", "--markets", "en", "--format", "html")
    assert "Tom &amp; Jerry&#x27;s" in out


def test_localize_json_follows_the_issue_format(capsys):
    assert main(["localize", "Sprint", "Lumora", "--market", "ja,ko,de", "--format", "json", "-k", "2"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert [(i["name"], i["market"]) for i in items] == [
        ("Sprint", "ja"), ("Sprint", "ko"), ("Sprint", "de"), ("Lumora", "ja"), ("Lumora", "ko"), ("Lumora", "de")]
    assert items[0]["renderings"][0]["text"] == "スプリント"
    assert items[2]["renderings"][0]["text"] == "Sprint"       # Latin-script markets keep the name
    for item in items:
        assert 1 <= len(item["renderings"]) <= 2
        assert all(r["text"] and r["romanization"] and r["ipa"] for r in item["renderings"])


def test_localize_unknown_market_is_exit_2(capsys):
    assert main(["localize", "Sprint", "--market", "jp"]) == 2
    assert capsys.readouterr().err.count("\n") == 1
