"""Every bundled data file follows the project format (design.md, "Data files")."""

import re
import unicodedata
from pathlib import Path

import pytest

from brandcheck.data import data_root, parse_tsv

ROOT = data_root()
FILES = sorted(p for p in ROOT.rglob("*.tsv"))
MEANING_CATEGORIES = {"vulgar", "sexual", "slur", "insult", "excrement", "bodily", "death", "disease", "bad_luck",
                      "crime", "drugs", "violence", "religion", "political", "negative", "number", "positive"}
SECTORS = set("""automotive beverages food retail fashion luxury beauty technology software internet telecom electronics
finance insurance energy media entertainment gaming travel airline hospitality pharma health industrial logistics
household sports toys tobacco alcohol chemicals construction education other""".split())
# The 12 largest market languages need the deepest lists (issue: ≥150 entries), the rest ≥60.
BIG = {"en", "zh", "es", "ar", "hi", "pt", "ru", "ja", "de", "fr", "ko", "it"}


def test_there_is_data():
    assert len(FILES) >= 10


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_file_format(path: Path):
    text = path.read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", text) == text, "not NFC"
    lines = text.splitlines()
    comments = [line for line in lines if line.startswith("#")]
    first_data = next(i for i, line in enumerate(lines) if not line.startswith("#"))
    assert all(not line.startswith("#") for line in lines[first_data:]), "comments only above the header"
    keys = {c[1:].split(":", 1)[0].strip() for c in comments if ":" in c}
    assert {"brandcheck wordlist", "what", "facts", "format-version"} <= keys
    table = parse_tsv(text, source=str(path))
    body = [line for line in lines[first_data + 1:] if line.strip()]
    assert body == sorted(body), "rows must be sorted"
    assert len(set(body)) == len(body), "duplicate rows"
    assert all(row[0] for row in table.rows), "empty first column"


MEANING_FILES = sorted((ROOT / "meanings").glob("*.tsv"))


def test_at_least_30_meaning_languages():
    assert len(MEANING_FILES) >= 30


@pytest.mark.parametrize("path", MEANING_FILES, ids=lambda p: p.stem)
def test_meaning_file_values(path: Path):
    table = parse_tsv(path.read_text(encoding="utf-8"))
    assert table.header[:7] == ("term", "native", "gloss", "category", "severity", "region", "match")
    seen = set()
    for row in table.dicts():
        assert re.fullmatch(r"[a-z0-9][a-z0-9 '\-]*", row["term"]), row
        assert row["category"] in MEANING_CATEGORIES, row
        sev = int(row["severity"])
        assert 0 <= sev <= 4 and (sev == 0) == (row["category"] == "positive"), row
        assert row["match"] in ("word", "embed"), row
        assert row["region"] == "" or re.fullmatch(r"[a-z]{2,3}-[A-Z]{2}", row["region"]), row
        assert row["gloss"], row
        key = (row["term"], row["region"], row["category"])
        assert key not in seen, key
        seen.add(key)
    minimum = 150 if path.stem in BIG else 60
    assert len(table.rows) >= minimum


BRAND_FILES = sorted((ROOT / "brands").glob("*.tsv"))


def test_bundled_brand_list_size():
    names = set()
    for path in BRAND_FILES:
        for row in parse_tsv(path.read_text(encoding="utf-8")).dicts():
            names.add(row["name"].casefold())
    assert len(names) >= 3000


def test_bundled_brand_names_are_unique_as_looked_up():
    # "Kit Kat" and "KitKat" once were two records: the one without local names hid the other
    from brandcheck.similarity.brands import _lookup_key

    seen: dict[str, str] = {}
    for path in BRAND_FILES:
        for row in parse_tsv(path.read_text(encoding="utf-8")).dicts():
            key = _lookup_key(row["name"])
            assert key not in seen, (row["name"], seen.get(key))
            seen[key] = row["name"]


@pytest.mark.parametrize("path", BRAND_FILES, ids=lambda p: p.stem)
def test_brand_file_values(path: Path):
    table = parse_tsv(path.read_text(encoding="utf-8"))
    assert table.header == ("name", "aliases", "sector", "nice_classes", "country", "note")
    for row in table.dicts():
        assert row["sector"] in SECTORS, row
        assert re.fullmatch(r"[A-Z]{2}", row["country"]), row
        classes = [int(c) for c in row["nice_classes"].split(",") if c]
        assert all(1 <= c <= 45 for c in classes), row
