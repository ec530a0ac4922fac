"""The pipeline reads a name once per market and hands that one Reading to every check."""

import importlib
from dataclasses import replace

import brandcheck
from brandcheck import checks
from brandcheck.context import Options
from brandcheck.markets import resolve
from brandcheck.names import parse
from brandcheck.phonetics.reading import Reading, read_markets


def test_every_check_receives_the_same_reading(monkeypatch):
    seen: dict[str, list[tuple[str, int]]] = {}

    def spy(chk):
        if chk.scope == "market":
            def run(reading, ctx):
                assert isinstance(reading, Reading) and reading.market is ctx.market
                seen.setdefault(reading.market.tag, []).append((chk.family, id(reading)))
                return chk.run(reading, ctx)
        else:
            def run(name, readings, options):
                for tag, reading in readings.items():
                    seen.setdefault(tag, []).append((chk.family, id(reading)))
                return chk.run(name, readings, options)
        return replace(chk, run=run)

    builtin = checks._builtin()
    monkeypatch.setattr(checks, "_builtin", lambda: tuple(spy(c) for c in builtin))
    similarity = importlib.import_module("brandcheck.similarity")  # the package, not the function of that name
    near = similarity.near_brands

    def near_spy(name, readings, options):
        for tag, reading in readings.items():
            seen.setdefault(tag, []).append(("brands", id(reading)))
        return near(name, readings, options)

    monkeypatch.setattr(similarity, "near_brands", near_spy)
    brandcheck.check("Zelvora", markets=["de", "ja", "zh", "en", "en-GB"], online=False)
    assert set(seen) == {"de", "ja", "zh", "en", "en-GB"}
    for tag, calls in seen.items():
        families = {family for family, _ in calls}
        assert {"pronounceability", "meaning", "distinctiveness", "similarity", "brands"} <= families, tag
        assert len({ident for _, ident in calls}) == 1, f"{tag}: checks got different readings"


def test_markets_of_one_name_share_the_intended_pronunciation_and_spoken_forms():
    readings = read_markets(parse("TX4"), resolve("en,en-GB,fr,fr-CA,ja"), Options())
    assert len({id(r.source) for r in readings.values()}) == 1
    assert readings["en"].spoken is readings["en-GB"].spoken
    assert readings["fr"].spoken is readings["fr-CA"].spoken
    assert readings["fr"].spoken and readings["fr"].spoken[0].text != readings["en"].spoken[0].text


def test_a_listed_brand_is_written_in_its_own_local_form_and_scored_on_its_sound():
    # Heineken is 喜力 (xǐlì, "power of happiness") in China: shown and screened for homophones as
    # 喜力, while the pronounceability score is about how the name's sound is transcribed.
    readings = read_markets(parse("Heineken"), resolve("zh,ja,de"), Options())
    zh = readings["zh"]
    assert zh.local.text == "喜力"
    assert zh.pronunciation.adapted != "喜力"
    assert readings["de"].local.text == "Heineken"
    report = brandcheck.check("Heineken", markets=["zh"], online=False)
    assert report.markets["zh"].pronounceability.adapted == "喜力"
    homophones = [f for f in report.findings if f.check == "meaning.homophone"]
    assert all(f.evidence["reading"] == "喜力" for f in homophones)


def test_a_new_name_keeps_its_transcription():
    zh = read_markets(parse("Zelvora"), resolve("zh"), Options())["zh"]
    assert zh.local.text == zh.pronunciation.adapted


def test_markets_that_read_alike_share_one_analysis_with_their_own_tags():
    readings = read_markets(parse("Strength"), resolve("es,es-MX,es-AR,de"), Options())
    es, mx = readings["es"].pronunciation, readings["es-MX"].pronunciation
    assert (es.score, es.reading, es.changes) == (mx.score, mx.reading, mx.changes)
    assert es.findings and all(f.market == "es" for f in es.findings)
    assert all(f.market == "es-MX" for f in mx.findings)
    assert mx.market == "es-MX" and readings["es-AR"].pronunciation.market == "es-AR"


def test_similarity_hears_the_name_as_the_reading_says_it_is_meant_to_sound():
    plain = brandcheck.check("Naikee", markets=["en"], online=False)
    stated = brandcheck.check("Naikee", markets=["en"], online=False, ipa="naɪki")
    plain_nike, stated_nike = (next(b for b in r.similar_brands if b.brand == "Nike") for r in (plain, stated))
    assert plain_nike.sound < 1.0  # read by the English G2P: close, not the same
    assert stated_nike.sound == 1.0 and stated_nike.overall > plain_nike.overall
