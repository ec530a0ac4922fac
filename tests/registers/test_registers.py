"""Trademark registers: importing every sample format, the prefilter, class weighting, bad input."""

import pickle
import urllib.parse
from pathlib import Path

import pytest

import brandcheck
from brandcheck.cli import main
from brandcheck.errors import DataError
from brandcheck.model import MarkStatus
from brandcheck.registers import Register, import_files, parse_classes, relation, resolve_classes
from brandcheck.registers.classes import UnknownClassError, nice_classes, related, sector_classes, sectors
from brandcheck.registers.offices import offices, offices_for, record_link, search_link
from brandcheck.registers.status import class_is_live, status_of

SAMPLES = Path(__file__).resolve().parents[2] / "examples" / "registers"
USPTO = SAMPLES / "uspto-apc-sample.xml"
DAILY = SAMPLES / "apc240611.zip"
ST66 = SAMPLES / "euipo-st66-sample.xml"
CSV = SAMPLES / "marks.csv"


def _import(tmp_path, *files, fmt=None, name="r.reg"):
    path = str(tmp_path / name)
    results = list(import_files(path, [str(f) for f in files], fmt))
    return Register(path), results


def test_uspto_sample(tmp_path):
    reg, [result] = _import(tmp_path, USPTO, fmt="uspto-xml")
    assert (result.added, result.malformed, result.no_words, result.truncated) == (10, 0, 1, "")
    m = reg.get("USPTO", "97123401")
    assert (m.text, m.classes, m.status, m.filed, m.registered, m.owner) == (
        "ZELVORIA", (3,), MarkStatus.LIVE, "2019-04-12", "2020-08-11", "Verdane Cosmetics Inc.")
    assert reg.get("USPTO", "88234502").status is MarkStatus.DEAD           # 602: abandoned
    assert reg.get("USPTO", "90678906").classes == (3,)                      # class 25 cancelled (status 2)
    assert reg.get("USPTO", "87567805").owner == "Lumoria Holding SA"        # the latest party type
    assert reg.get("USPTO", "90123411").text == "KORALINE & CO"
    assert reg.get("USPTO", "86456704") is None                              # design only


def test_zipped_daily_file_updates_and_reimport_does_not_duplicate(tmp_path):
    reg, results = _import(tmp_path, USPTO, DAILY, USPTO, DAILY)
    assert [(r.added, r.updated) for r in results] == [(10, 0), (1, 1), (0, 0), (0, 0)]
    assert len(reg) == 11
    assert reg.get("USPTO", "90345603").status_code == "700"                 # the daily file's newer record


def test_st66_and_csv(tmp_path):
    reg, [st, cs] = _import(tmp_path, ST66, CSV)
    assert (st.format, st.added, st.no_words) == ("st66", 5, 1)
    assert (cs.format, cs.added) == ("csv", 5)
    m = reg.get("EUIPO", "018734521")
    assert (m.text, m.classes, m.status, m.owner) == ("ZELVORAH", (3, 44), MarkStatus.LIVE, "Zelvorah Beauté SAS")
    assert reg.get("EUIPO", "017012965").status is MarkStatus.DEAD          # Registration expired
    assert reg.get("CNIPA", "62345678").text == "泽维拉"
    assert [m.mark.text for m in reg.nearest("泽维拉", 1)] == ["泽维拉"]


def test_st66_delete(tmp_path):
    delete = tmp_path / "delete.xml"
    delete.write_text(ST66.read_text(encoding="utf-8").replace('operationCode="Insert"', 'operationCode="Delete"', 1),
                      encoding="utf-8")
    reg, [_, gone] = _import(tmp_path, ST66, delete)
    assert gone.deleted == 1 and reg.get("EUIPO", "018734521") is None


def test_malformed_record_is_skipped_and_counted(tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text(USPTO.read_text().replace("<filing-date>20180903</filing-date>", "<filing-date>2018-13-45</filing-date>")
                   .replace("<serial-number>79789007</serial-number>", "<serial-number>n/a</serial-number>"))
    reg, [result] = _import(tmp_path, bad)
    assert (result.added, result.malformed) == (8, 2)
    assert any("bad date" in e for e in result.examples)


def test_truncated_file_keeps_what_came_before(tmp_path, capsys):
    text = USPTO.read_text()
    cut = tmp_path / "cut.xml"
    cut.write_text(text[:text.index("<serial-number>90678906")])             # breaks off in the sixth case
    reg, [result] = _import(tmp_path, cut)
    assert result.truncated and result.added == 4 and len(reg) == 4
    assert main(["register", "import", str(cut), "-o", str(tmp_path / "cli.reg")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("brandcheck: ") and "4 marks imported before it" in err[-1]
    zipped = tmp_path / "cut.zip"
    zipped.write_bytes(DAILY.read_bytes()[:-40])                             # a cut download
    assert main(["register", "import", str(zipped), "-o", str(tmp_path / "z.reg")]) == 2


def test_confusable_live_mark_in_same_class_ranks_ahead_of_identical_dead_mark(tmp_path):
    reg, _ = _import(tmp_path, USPTO)
    report = brandcheck.check("Zelvora", markets=["en"], online=False, classes="3", registers=[reg.path])
    marks = [(b.brand, b.mark.number) for b in report.similar_brands if b.mark is not None]
    live = marks.index(("ZELVORIA", "97123401"))
    dead = [b for b in report.similar_brands if b.mark is not None and b.mark.number == "88234502"]
    assert not dead or marks.index(("ZELVORA", "88234502")) > live
    near = brandcheck.check("Zelvora", markets=["en"], online=False, sector="beauty", registers=reg.path)
    by_number = {b.mark.number: b for b in near.similar_brands if b.mark}
    assert by_number["97123401"].classes == "same"
    doc = near.to_dict()["similar_brands"]
    assert any(b.get("mark", {}).get("office") == "USPTO" for b in doc)
    # without classes the identical dead mark is listed, weighed down by its status only
    plain = brandcheck.check("Zelvora", markets=["en"], online=False, registers=[reg])
    dead = next(b for b in plain.similar_brands if b.mark is not None and b.mark.number == "88234502")
    assert "dead mark (status 602)" in dead.why and dead.overall == pytest.approx(0.8)


def test_prefilter_agrees_with_brute_force(tmp_path):
    reg, _ = _import(tmp_path, USPTO, DAILY, ST66, CSV)
    for name in ("Zelvora", "Lumora", "Quorbitt", "Koralin", "Orbela", "Tavara"):
        # every mark close enough to matter (fast overall >= 0.7) is found, in the same order
        slow = [(m.mark.office, m.mark.number) for m in reg.brute_force(name, 5) if m.scores.overall >= 0.7]
        fast = [(m.mark.office, m.mark.number) for m in reg.nearest(name, 5)][:len(slow)]
        assert slow and fast == slow, name


def test_register_pickles_as_its_path(tmp_path):
    reg, _ = _import(tmp_path, CSV)
    again = pickle.loads(pickle.dumps(reg))
    assert again == reg and len(again) == 5


def test_status_tables():
    assert status_of("USPTO", "602") is MarkStatus.DEAD and status_of("USPTO", "900") is MarkStatus.DEAD
    assert status_of("USPTO", "700") is MarkStatus.LIVE and status_of("USPTO", "641") is MarkStatus.LIVE
    assert status_of("USPTO", "715") is MarkStatus.LIVE                      # unknown counts as live
    assert status_of("ST66", "Registration  EXPIRED") is MarkStatus.DEAD
    assert status_of("ST66", "Application opposed") is MarkStatus.LIVE
    assert class_is_live("6") and not class_is_live("2")


def test_classes_and_sectors():
    assert len(nice_classes()) == 45 and nice_classes()[25].heading.startswith("Clothing")
    assert parse_classes("5, 3,3") == (3, 5)
    assert resolve_classes(None, "beauty") == sector_classes("beauty") == (3, 5, 21, 44)
    assert resolve_classes(None, "32,33") == (32, 33)
    for bad in ("0", "46", "x"):
        with pytest.raises(UnknownClassError):
            parse_classes(bad)
    with pytest.raises(UnknownClassError):
        resolve_classes(None, "cosmetix")
    for a, b in ((3, 5), (9, 42), (25, 18), (29, 30), (32, 33), (35, 12)):
        assert b in related(a) and a in related(b)
    assert relation([3], [3, 9]) == "same" and relation([3], [5]) == "related" and relation([3], [9]) == "other"
    assert relation([], [3]) == ""
    from brandcheck.localnames.chinese import SECTORS

    assert set(sectors()) == set(SECTORS)                                    # one sector vocabulary


def test_offices_and_links():
    for office in offices().values():
        for url in (office.search_url, search_link(office, "Zelvora & Co #1/2"), record_link(office, "0181 23")):
            if not url:
                continue
            parts = urllib.parse.urlsplit(url)
            assert parts.scheme == "https" and parts.netloc and " " not in url, url
        if office.query_url:
            assert "Zelvora%20%26%20Co%20%231%2F2" in search_link(office, "Zelvora & Co #1/2")
        assert office.instruction
    for market in brandcheck.list_markets():
        ids = [o.id for o in offices_for(market.country)]
        assert ids[-2:] == ["WIPO-GBD", "WIPO-MADRID"] or ids[-2:] == ["WIPO-MADRID", "WIPO-GBD"]
    assert [o.id for o in offices_for("DE")][:2] == ["DPMA", "EUIPO"]
    assert offices_for("US")[0].id == "USPTO"


@pytest.mark.parametrize("argv, needle", [
    (["register", "import", str(USPTO), "--format", "tmx", "-o", "{tmp}/a.reg"], "invalid choice"),
    (["register", "import", str(USPTO), "--format", "st66", "-o", "{tmp}/a.reg"], "is not a st66 file"),
    (["register", "import", str(CSV), "--format", "uspto-xml", "-o", "{tmp}/a.reg"], "is not a uspto-xml file"),
    (["register", "import", str(USPTO), "-o", "/proc/brandcheck-nope/a.reg"], "cannot write the register"),
    (["register", "import", str(USPTO), "-o", str(CSV)], "not a brandcheck register"),
    (["similar", "Zelvora", "--classes", "3,46"], "unknown Nice class '46'"),
    (["check", "Zelvora", "--offline", "-m", "en", "--classes", "0"], "unknown Nice class '0'"),
    (["check", "Zelvora", "--offline", "-m", "en", "--sector", "cosmetix"], "unknown sector"),
    (["check", "Zelvora", "--offline", "-m", "en", "--register", str(CSV)], "not a brandcheck register"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys, argv, needle):
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("brandcheck: ") and needle in err, err


def test_cli_import_and_similar(tmp_path, capsys):
    out = str(tmp_path / "cli.reg")
    assert main(["register", "import", str(USPTO), str(DAILY), str(ST66), str(CSV), "-o", out]) == 0
    assert "1 added, 1 updated" in capsys.readouterr().err
    main(["similar", "Zelvora", "--register", out, "--sector", "beauty", "--format", "json", "--limit", "8"])
    import json

    data = json.loads(capsys.readouterr().out)
    assert data["classes"] == [3, 5, 21, 44]
    offices_seen = {m["mark"]["office"] for m in data["matches"] if "mark" in m}
    assert {"USPTO", "EUIPO", "UKIPO"} <= offices_seen


def test_posting_lists_round_trip():
    from brandcheck.registers.store import _decode, _encode

    for ids in ([7], [1, 2, 3, 70_000], [5, 70_000, 200_000], list(range(0, 3_000_000, 40_000)), [4_000_000_000]):
        assert _decode(_encode(ids)).tolist() == ids
    assert _encode([1, 2, 3])[:1] == b"2" and _encode([1, 100_000])[:1] == b"4"


from hypothesis import given, settings, strategies as st  # noqa: E402


_CUTS = st.tuples(st.sampled_from([USPTO, ST66, CSV]), st.integers(0, 9000), st.binary(max_size=40)).map(
    lambda t: t[0].read_bytes()[:t[1]] + t[2])


@settings(max_examples=40)
@given(st.one_of(st.binary(max_size=300), _CUTS), st.sampled_from([None, "uspto-xml", "st66", "csv"]))
def test_any_file_imports_or_gives_a_data_error(tmp_path_factory, data, fmt):
    tmp = tmp_path_factory.mktemp("fuzz")
    path = tmp / "input"
    path.write_bytes(data)
    try:
        list(import_files(str(tmp / "r.reg"), [str(path)], fmt))
    except DataError:
        pass
