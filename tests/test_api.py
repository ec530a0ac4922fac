import json

import pytest
from hypothesis import given, strategies as st

import brandcheck
from brandcheck import BrandcheckError, Report, Severity, Verdict

CHECK_FAMILIES = ("pronounceability.", "meaning.", "similarity.", "distinctiveness.", "availability.")


def test_check_report_shape_and_json():
    report = brandcheck.check("Zelvora", markets=["de", "es", "ja"], online=False)
    data = report.to_dict()
    assert list(data) == ["name", "score", "verdict", "markets", "findings", "similar_brands", "availability",
                          "checks_absent"]
    assert data["checks_absent"] == ["availability: offline run"]
    assert data["name"] == "Zelvora" and 0 <= data["score"] <= 100
    assert data["verdict"] in ("go", "caution", "stop")
    assert list(data["markets"]) == ["de", "es", "ja"]
    assert data["availability"] == {"domains": [], "handles": []}
    for f in data["findings"]:
        assert f["check"].startswith(CHECK_FAMILIES)
        assert f["severity"] in ("info", "low", "medium", "high", "critical")
    json.dumps(data)  # serialisable


def test_markets_none_means_global():
    report = brandcheck.check("Zelvora", online=False)
    assert len(report.markets) >= 20


def test_common_word_is_not_distinctive_but_coined_name_is():
    apple = brandcheck.check("Apple", markets=["en"], online=False)
    hits = [f for f in apple.findings if f.check == "distinctiveness.common_word"]
    assert hits and hits[0].severity >= Severity.LOW and hits[0].evidence["word"] == "apple"
    coined = brandcheck.check("Zelvora", markets=["en", "de", "es"], online=False)
    assert not [f for f in coined.findings if f.check.startswith("distinctiveness.")]


def test_a_famous_brands_own_local_name_is_frequent_as_that_brand_not_an_ordinary_word():
    # wordfreq knows 诺基亚 and سوني because the brands are famous: the finding says so and is info
    for name, tag in (("Nokia", "zh"), ("Sony", "ar")):
        report = brandcheck.check(name, markets=[tag], online=False)
        hits = [f for f in report.findings if f.check == "distinctiveness.common_word"]
        assert hits and hits[0].evidence.get("brand") == name and hits[0].severity == Severity.INFO, hits


def test_compound_of_two_common_words():
    report = brandcheck.check("Snowbread", markets=["en"], online=False)
    parts = [f for f in report.findings if f.check == "distinctiveness.compound"]
    assert parts and parts[0].evidence["parts"] == ["snow", "bread"]


def test_accepting_a_finding_restores_the_score():
    first = brandcheck.check("Total", markets=["fr"], online=False)
    ids = [f.id for f in first.findings if f.severity > Severity.INFO]
    assert ids
    again = brandcheck.check("Total", markets=["fr"], online=False, accept=ids)
    assert all(f.accepted for f in again.findings if f.id in ids)
    assert again.score >= first.score


def test_mixed_script_name_is_a_finding_not_an_error():
    report = brandcheck.check("Gооgle", markets=["en"], online=False)
    assert any(f.check == "similarity.mixed_script" and f.severity >= Severity.HIGH for f in report.findings)


def test_screen_keeps_input_order():
    names = ["Zelvora", "Apple", "Kamo"]
    reports = list(brandcheck.screen(names, markets=["en"], online=False, workers=1))
    assert [r.name for r in reports] == names


def test_screen_names_the_bad_position():
    with pytest.raises(brandcheck.InvalidNameError, match="name 2"):
        brandcheck.screen(["Zelvora", "bad\x00"], markets=["en"], online=False)


@given(st.text(max_size=40))
def test_any_text_gives_report_or_brandcheck_error(text):
    try:
        report = brandcheck.check(text, markets=["en", "ja"], online=False)
    except BrandcheckError:
        return
    assert isinstance(report, Report)
    assert 0 <= report.score <= 100 and isinstance(report.verdict, Verdict)


def test_reports_pickle_for_parallel_batches():
    import pickle

    report = brandcheck.check("Zelvora", markets=["de", "ja"], online=False)
    again = pickle.loads(pickle.dumps(report))
    assert again.to_dict() == report.to_dict()


def test_a_large_batch_runs_on_worker_processes_in_input_order():
    names = [f"Zelvo{c}a" for c in "bcdfgklmnprstv"]
    reports = list(brandcheck.screen(names, markets=["de"], online=False, workers=2))
    assert [r.name for r in reports] == names


def test_a_bad_tld_is_refused_before_any_work(monkeypatch):
    import brandcheck.pipeline as pipeline

    def no_work(*args, **kwargs):
        raise AssertionError("the offline checks ran before the TLD was checked")

    monkeypatch.setattr(pipeline, "assess", no_work)
    with pytest.raises(BrandcheckError, match="invalid TLD"):
        brandcheck.check("Zelvora", markets=["de"], tlds=["com/%2e%2e/admin"])
