"""The curated phonology tables (wordlists/phonology/*.tsv): format and content checks."""

from __future__ import annotations

import re
import unicodedata

import pytest

from brandcheck.data import data_root, parse_tsv
from brandcheck.markets import MARKETS
from brandcheck.phonetics.features import known
from brandcheck.phonetics.phonology import LANGUAGES, inventory, substitutions, template

FILES = ("inventories", "syllables", "substitutions", "letters", "numbers")
MARKET_LANGUAGES = sorted({m.language for m in MARKETS.values()})
HEADERS = {
    "inventories": ("language", "phoneme", "kind", "marginal", "note"),
    "syllables": ("language", "onsets", "onsets_marginal", "codas", "final_codas", "codas_marginal",
                  "coda_clusters", "coda_map", "coda_repair", "epenthesis", "prothesis", "diphthongs",
                  "final_devoicing", "unit", "note"),
    "substitutions": ("language", "sound", "replacement", "context", "severity", "note"),
    "letters": ("language", "letter", "name", "ipa", "alt", "alt_ipa", "note"),
    "numbers": ("language", "number", "word", "ipa", "note"),
}


def _table(stem: str):
    path = data_root() / "phonology" / f"{stem}.tsv"
    return path, parse_tsv(path.read_text(encoding="utf-8"), source=str(path))


@pytest.mark.parametrize("stem", FILES)
def test_format(stem):
    path, table = _table(stem)
    text = path.read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", text) == text
    lines = text.splitlines()
    assert lines[0] == f"# brandcheck wordlist: phonology/{stem}"
    assert table.meta["format-version"] == "1"
    assert table.meta["what"] and table.meta["facts"]
    assert table.header == HEADERS[stem]
    body = [line for line in lines if line and not line.startswith("#")][1:]
    assert body == sorted(body), "rows sorted"
    assert len(set(body)) == len(body), "no duplicate rows"
    for line in body:
        assert line.count("\t") == len(table.header) - 1, line
    assert all(row[0] for row in table.rows)


def test_every_market_language_is_covered():
    assert len(MARKET_LANGUAGES) >= 30
    assert set(MARKET_LANGUAGES) <= set(LANGUAGES)
    for stem in FILES:
        _, table = _table(stem)
        assert set(MARKET_LANGUAGES) <= set(table.column("language")), stem


def test_inventories():
    _, table = _table("inventories")
    seen = set()
    for row in table.dicts():
        key = (row["language"], row["phoneme"])
        assert key not in seen, key
        seen.add(key)
        assert row["kind"] in ("consonant", "vowel"), row
        assert row["marginal"] in ("", "yes"), row
        assert known(row["phoneme"]), f"panphon cannot read {row['phoneme']!r} ({row['language']})"
    for lang in LANGUAGES:
        kinds = [r["kind"] for r in table.dicts() if r["language"] == lang and not r["marginal"]]
        assert kinds.count("vowel") >= 3 and kinds.count("consonant") >= 12, lang
        assert inventory(lang).core


@pytest.mark.parametrize("lang", LANGUAGES)
def test_syllable_templates(lang):
    tpl = template(lang)
    inv = inventory(lang)
    assert tpl.coda_repair in ("epenthesis", "deletion")
    assert tpl.diphthongs in ("units", "glide", "hiatus")
    assert tpl.unit in ("syllable", "mora")
    if not tpl.harmony:
        assert tpl.epenthesis_default in inv.all, (lang, tpl.epenthesis_default)
        for vowel, _after in tpl.epenthesis_after:
            assert vowel in inv.all, (lang, vowel)
    if tpl.prothesis_vowel:
        assert tpl.prothesis_vowel in inv.all and tpl.prothesis_scope in ("sC", "CC")
    for patterns in (tpl.onsets, tpl.onsets_marginal, tpl.codas, tpl.final_codas, tpl.codas_marginal,
                     tpl.coda_clusters):
        for p in patterns:
            for tok in p.tokens:
                assert tok in "CPAFNLRGQ" or known(tok), (lang, tok)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_substitutions_land_in_the_inventory(lang):
    inv = inventory(lang)
    for sound, rules in substitutions(lang).items():
        assert known(sound), (lang, sound)
        for rule in rules:
            assert 0 <= rule.severity <= 2
            assert re.fullmatch(r"|_V|_C|#_|_#|V_|_\S+", rule.context), rule
            for seg in rule.replacement:
                assert seg in inv.all, (lang, sound, seg)


def _segments(ipa: str) -> list[str]:
    return ipa.split()


def test_letters():
    _, table = _table("letters")
    by_lang: dict[str, set[str]] = {}
    for row in table.dicts():
        by_lang.setdefault(row["language"], set()).add(row["letter"])
        assert row["name"], row
        segs = _segments(row["ipa"])
        assert segs, row
        for s in segs:
            assert known(s), (row["language"], row["letter"], s)
    for lang in MARKET_LANGUAGES:
        assert set("abcdefghijklmnopqrstuvwxyz&+") <= by_lang[lang], lang


def test_numbers():
    _, table = _table("numbers")
    by_lang: dict[str, set[str]] = {}
    for row in table.dicts():
        by_lang.setdefault(row["language"], set()).add(row["number"])
        assert re.fullmatch(r"\d+|and|x100|x1000", row["number"]), row
        for s in _segments(row["ipa"]):
            assert known(s), (row["language"], row["number"], s)
    needed = {str(n) for n in range(21)} | {str(n) for n in range(30, 100, 10)} | {"100", "1000"}
    for lang in MARKET_LANGUAGES:
        assert needed <= by_lang[lang], (lang, needed - by_lang[lang])
