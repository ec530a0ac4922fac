"""The clearance dossier: HTML and Markdown that read well, with well-formed links, and JSON."""

import json
import re
import urllib.parse
from html.parser import HTMLParser
from pathlib import Path

import pytest

from brandcheck.cli import main
from brandcheck.registers import import_files

SAMPLES = Path(__file__).resolve().parents[2] / "examples" / "registers"


@pytest.fixture(scope="module")
def register(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("dossier")
    hostile = tmp / "hostile.csv"
    hostile.write_text("office,number,mark,classes,status,owner\n"
                       "UKIPO,UK0001,Zelvorra*,3,Registered,\"Evil | Co <script>alert(1)</script> [x](javascript:y)\"\n",
                       encoding="utf-8")
    path = str(tmp / "samples.reg")
    files = [SAMPLES / f for f in ("uspto-apc-sample.xml", "apc240611.zip", "euipo-st66-sample.xml", "marks.csv")]
    list(import_files(path, [str(f) for f in files] + [str(hostile)]))
    return path


@pytest.fixture(scope="module")
def outputs(register, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("out")
    out = {}
    for suffix in ("html", "md", "json"):
        target = tmp / f"dossier.{suffix}"
        assert main(["dossier", "Zelvora", "--markets", "en,de,zh", "--sector", "beauty", "--register", register,
                     "--near", "8", "-o", str(target)]) == 0
        out[suffix] = target.read_text(encoding="utf-8")
    return out


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs, self.tags = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.hrefs += [v for k, v in attrs if k == "href"]


def _well_formed(url):
    parts = urllib.parse.urlsplit(url)
    return parts.scheme == "https" and parts.netloc and not re.search(r"[\s<>\"]", url)


def test_html_reads_well_and_links_are_well_formed(outputs):
    page = outputs["html"]
    parser = _Links()
    parser.feed(page)
    assert parser.hrefs and all(_well_formed(h) for h in parser.hrefs), parser.hrefs
    assert "script" not in parser.tags and "&lt;script&gt;" in page            # a register's text stays text
    assert "not legal advice" in page and "<style>" in page and "@media print" in page
    for needed in ("Summary risk per market", "Offices to search", "Nearest marks", "appearance", "sound",
                   "meaning", "commercial impression", "Descriptiveness and common-word evidence",
                   "Meaning findings", "a proposal, not a chosen name", "USPTO 97123401", "EUIPO 018734521",
                   "CNIPA 61234567", "European Union Intellectual Property Office"):
        assert needed in page, needed
    assert "https://tsdr.uspto.gov/#caseNumber=98123412" in page                # a record link by serial number


def test_markdown_is_escaped_and_links_are_well_formed(outputs):
    text = outputs["md"]
    links = re.findall(r"\]\(<([^>]*)>\)", text)
    assert links and all(_well_formed(u) for u in links), links
    assert "Zelvorra\\*" in text and "Evil \\| Co \\<script\\>" in text and "\\[x\\](javascript" in text
    assert "not legal advice" in text and "| en (United States) |" in text
    assert "Chinese name (a proposal" in text


def test_json(outputs):
    data = json.loads(outputs["json"])
    assert "not legal advice" in data["disclaimer"] and data["classes"] == [3, 5, 21, 44]
    (name,) = data["names"]
    assert [r["market"] for r in name["markets"]] == ["en", "de", "zh"]
    near = [n for n in name["near"] if n["match"].get("mark")]
    assert near and {f["name"] for f in near[0]["factors"]} == {"appearance", "sound", "meaning",
                                                                  "commercial impression"}
    assert name["chinese"]["proposal"] is True


@pytest.mark.parametrize("argv, needle", [
    (["dossier", "Zelvora", "-m", "en", "--classes", "3", "-o", "/nonexistent-dir/d.html"], "does not exist"),
    (["dossier", "Zelvora", "-m", "en", "--classes", "99", "-o", "d.html"], "unknown Nice class"),
    (["dossier", "Zelvora", "-m", "en", "-o", "dossier.txt"], "say --format"),
])
def test_bad_input(capsys, argv, needle):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and needle in err, err
