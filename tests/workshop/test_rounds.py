"""Workshop rounds in one SQLite file: crash safety, concurrent writers, refusing foreign files, the CLI."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
import types
from pathlib import Path

import pytest

from brandcheck.cli import main
from brandcheck.errors import WorkshopError
from brandcheck.workshop import SCHEMA_VERSION, Workshop

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def _coined(n):
    """Distinct pronounceable made-up names, nothing in any list."""
    onsets, vowels = "bdfgklmnprstvz", "aeiou"
    out = []
    for i in range(n):
        a, b, c = onsets[i % 14], vowels[(i // 14) % 5], onsets[(i // 70) % 14]
        out.append(f"{a.upper()}{b}{c}o{vowels[i % 5]}ra")
    return out


def _reports(path):
    with sqlite3.connect(path) as db:
        return db.execute("SELECT count(*) FROM reports").fetchone()[0]


def test_a_round_survives_a_killed_process(tmp_path):
    path = tmp_path / "w.sqlite"
    names = _coined(300)
    script = textwrap.dedent(f"""
        from brandcheck.workshop import Workshop
        Workshop({str(path)!r}, markets="de").add({names!r})
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], env=ENV)
    try:
        deadline = time.monotonic() + 120
        seen = 0
        while seen < 3 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.01)
            if path.exists():
                try:
                    seen = _reports(path)
                except sqlite3.OperationalError:  # tables not made yet
                    pass
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    assert proc.returncode == -signal.SIGKILL and seen >= 3
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    ws = Workshop(path)
    cands = ws.candidates
    assert [c.name for c in cands] == names  # the round was recorded before screening began
    done = [c for c in cands if c.current]
    assert len(done) >= seen and len(done) < len(names)  # every committed name is still there
    assert all(c.report["name"] == c.name and c.report["markets"].keys() == {"de"} for c in done)
    assert set(ws.pending()) == {c.name for c in cands if not c.current}
    ws.close()


def test_two_processes_deciding_at_once_keep_both_decisions(tmp_path):
    path = tmp_path / "w.sqlite"
    names = _coined(40)
    with Workshop(path, markets="de") as ws:
        ws.add(names + ["Kamo"], screen=False)
        ws.screen(["Kamo"])
        ids = [f["id"] for f in ws.candidate("Kamo").report["findings"]]
    assert len(ids) >= 2
    go = tmp_path / "go"
    script = textwrap.dedent("""
        import os, sys, time
        from brandcheck.workshop import Workshop
        path, go, which, finding = sys.argv[1:5]
        names = sys.argv[5:]
        ws = Workshop(path)
        while not os.path.exists(go):
            time.sleep(0.005)
        for name in names:
            if which == "a":
                ws.decide(name, shortlist=True)
            else:
                ws.decide(name, reject="too close to " + name)
        if which == "a":
            ws.decide("Kamo", accept=finding)
        else:
            ws.decide("Kamo", reject_finding=finding)
    """)
    procs = [subprocess.Popen([sys.executable, "-c", script, str(path), str(go), "a", ids[0], *names[0::2]], env=ENV),
             subprocess.Popen([sys.executable, "-c", script, str(path), str(go), "b", ids[1], *names[1::2]], env=ENV)]
    time.sleep(0.5)
    go.touch()
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    with Workshop(path) as ws:
        status = {c.name: (c.status, c.reason) for c in ws.candidates}
        kamo = ws.candidate("Kamo")
    assert all(status[n] == ("shortlisted", "") for n in names[0::2])
    assert all(status[n] == ("rejected", "too close to " + n) for n in names[1::2])
    assert kamo.accepted == (ids[0],) and kamo.rejected_findings == (ids[1],)


def _foreign_files(tmp_path):
    text = tmp_path / "notes.sqlite"
    text.write_text("Zelvora\nLumora\n", encoding="utf-8")
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE t (x)")
        db.execute("INSERT INTO t VALUES (1)")
    newer = tmp_path / "newer.sqlite"
    Workshop(newer).close()
    with sqlite3.connect(newer) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    truncated = tmp_path / "truncated.sqlite"
    Workshop(truncated).close()
    data = truncated.read_bytes()
    truncated.write_bytes(data[:100] + b"\xff" * (len(data) - 100))
    return [text, other, newer, truncated]


def test_a_corrupt_or_foreign_file_is_an_error_and_never_overwritten(tmp_path, capsys):
    for path in _foreign_files(tmp_path):
        before = path.read_bytes()
        with pytest.raises(WorkshopError, match="workshop|schema|malformed|not a database"):
            Workshop(path, markets="de")
        code = main(["round", "add", "Zelvora", "--workshop", str(path), "--markets", "de"])
        err = capsys.readouterr().err
        assert code == 2 and err.count("\n") == 1 and err.startswith(f"brandcheck: {path}"), err
        assert path.read_bytes() == before
        assert not Path(str(path) + "-wal").exists() or path.name == "truncated.sqlite"


def test_only_changed_names_or_settings_are_screened_again(tmp_path):
    with Workshop(tmp_path / "w.sqlite", markets="de") as ws:
        ws.add(["Zelvora", "Kamo"])
        assert ws.pending() == ()
        assert ws.add(["zelvora"]) is None  # already there, in any case
        finding = ws.candidate("Kamo").report["findings"][0]["id"]
        ws.decide("Kamo", accept=finding)
        assert ws.pending() == ("Kamo",)
        assert ws.screen() == 1
        kamo = ws.candidate("Kamo")
        assert kamo.current and [f.get("accepted") for f in kamo.report["findings"] if f["id"] == finding] == [True]
    with Workshop(tmp_path / "w.sqlite", markets="de,it") as ws:  # new settings: every name is out of date
        assert ws.pending() == ("Zelvora", "Kamo")
        ws.screen()
        assert set(ws.candidate("Zelvora").report["markets"]) == {"de", "it"}
        assert [r.names for r in ws.rounds] == [("Zelvora", "Kamo")]


def test_decisions_are_validated(tmp_path):
    with Workshop(tmp_path / "w.sqlite", markets="de") as ws:
        ws.add(["Kamo"], screen=False)
        with pytest.raises(WorkshopError, match="not in the workshop"):
            ws.decide("Zelvora", shortlist=True)
        with pytest.raises(WorkshopError, match="not been screened"):
            ws.decide("Kamo", accept="meaning.vulgar@de:kamo")
        ws.screen()
        with pytest.raises(Exception, match="is not a finding id"):
            ws.decide("Kamo", accept="kamo")
        with pytest.raises(WorkshopError, match="is not a finding of 'Kamo'"):
            ws.decide("Kamo", accept="meaning.vulgar@de:nothing")
        with pytest.raises(WorkshopError, match="one thing at a time"):
            ws.decide("Kamo", shortlist=True, reject="no")
        with pytest.raises(WorkshopError, match="reason"):
            ws.decide("Kamo", reject="  ")


def test_round_cli_exit_codes(tmp_path, capsys, monkeypatch):
    w = str(tmp_path / "w.sqlite")
    assert main(["round", "add", "Zelvora", "Kamo", "-w", w, "--markets", "de"]) == 0
    out = capsys.readouterr().out
    assert "round 1 (add" in out and "Zelvora" in out and "2 screened" in out
    assert main(["round", "add", "bad\x00name", "-w", w]) == 2
    assert main(["round", "decide", "Nobody", "--shortlist", "-w", w]) == 2
    assert main(["round", "decide", "Kamo", "--accept", "not-an-id", "-w", w]) == 2
    assert main(["round", "decide", "Kamo", "--shortlist", "--reject", "x", "-w", w]) == 2
    assert main(["round", "decide", "Kamo", "--reject", "reads as a duck", "-w", w]) == 0
    assert main(["round", "--markets", "xx", "add", "A"]) == 2
    assert main(["round", "add", "Lumora", "-w", w, "--markets", "xx-YY"]) == 2
    assert main(["round"]) == 2
    assert main(["round", "status", "-w", str(tmp_path / "typo.sqlite")]) == 2
    assert not (tmp_path / "typo.sqlite").exists()
    capsys.readouterr()
    assert main(["round", "status", "-w", w, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(c["name"], c["status"], c["reason"]) for c in data["candidates"]] == [
        ("Zelvora", "open", ""), ("Kamo", "rejected", "reads as a duck")]
    assert main(["round", "suggest", "-w", w, "-n", "0"]) == 2
    assert capsys.readouterr().err == "brandcheck: n must be at least 1\n"


def test_suggestions_record_their_seeds(tmp_path, monkeypatch):
    calls = []

    def suggest(seeds, *, markets, n, **kw):
        calls.append((list(seeds), list(markets), n, kw))
        made = [("Zelvona", "repair", "Zelvora"), ("Lumvora", "blend", ("Lumora", "Zelvora"))]
        return tuple(types.SimpleNamespace(name=a, kind=k, origin=o, why=f"from {o}", score=80, report=None,
                                           to_dict=lambda a=a, k=k: {"name": a, "kind": k}) for a, k, o in made[:n])

    with Workshop(tmp_path / "w.sqlite", markets="de") as ws:
        ws.add(["Zelvora", "Lumora"], screen=False)
        rnd = ws.suggest(n=2, seed=7, generate=suggest)
        assert calls == [(["Zelvora", "Lumora"], ["de"], 2, {"seed": 7})]
        assert (rnd.number, rnd.kind, rnd.names) == (2, "suggest", ("Zelvona", "Lumvora"))
        by_name = {c.name: c for c in ws.candidates}
        assert by_name["Zelvona"].seeds == ("Zelvora",) and by_name["Lumvora"].seeds == ("Zelvora", "Lumora")
        assert by_name["Zelvona"].suggestion["kind"] == "repair" and by_name["Zelvona"].current
        assert ws.suggest(["Zelvora"], n=1, generate=suggest) is None  # nothing new


def test_round_suggest_uses_the_real_generators(tmp_path, capsys):
    w = str(tmp_path / "w.sqlite")
    assert main(["round", "add", "Nova", "-w", w, "--markets", "de"]) == 0
    assert main(["round", "suggest", "Nova", "-n", "2", "--seed", "3", "-w", w]) == 0
    with Workshop(w) as ws:
        made = [c for c in ws.candidates if c.seeds]
        assert len(made) == 2 and all(c.seeds == ("Nova",) and c.current and c.name != "Nova" for c in made)
        assert ws.rounds[-1].kind == "suggest"
