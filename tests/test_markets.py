import pytest

import sys

import brandcheck.markets  # noqa: F401

registry = sys.modules["brandcheck.markets"]
from brandcheck.errors import UnknownMarketError

REQUIRED = ("de", "es", "es-MX", "pt-BR", "pt-PT", "fr-CA", "en-IE", "zh", "zh-TW", "ja", "ko", "ru", "ar", "hi",
            "tr", "id", "vi", "th", "pl", "nl", "sv", "el", "he", "fa", "uk", "it", "fr", "en", "en-GB", "ms")


def test_registry_has_required_markets_with_full_records():
    assert len(registry.MARKETS) >= 30
    for tag in REQUIRED:
        m = registry.get(tag)
        assert m.tag == tag and m.language and m.script and len(m.country) == 2
        assert m.cctlds and all("." not in t[:1] for t in m.cctlds)
        assert m.platforms


def test_presets():
    assert len(registry.PRESETS["global"]) >= 20
    for preset in ("global", "eu", "asia", "americas", "mena"):
        assert all(t in registry.MARKETS for t in registry.PRESETS[preset])
    assert {m.tag for m in registry.resolve(None)} == set(registry.PRESETS["global"])


def test_tags_are_case_insensitive_and_deduplicated():
    assert [m.tag for m in registry.resolve(["pt-br", "PT-BR", "zh-tw"])] == ["pt-BR", "zh-TW"]
    assert registry.get("es_mx").tag == "es-MX"


def test_unknown_tag_suggests():
    with pytest.raises(UnknownMarketError) as exc:
        registry.get("pt")
    assert "pt-BR" in exc.value.suggestions and "did you mean" in str(exc.value)
    with pytest.raises(LookupError):
        registry.resolve("de,klingon")


def test_platform_ids_are_known_to_availability_data():
    # Every platform a market lists must be described in the bundled platform data.
    pytest.importorskip("brandcheck.availability")
    from brandcheck.availability.platforms import load_platforms

    known = set(load_platforms())
    for m in registry.all_markets():
        assert set(m.platforms) <= known, (m.tag, set(m.platforms) - known)
