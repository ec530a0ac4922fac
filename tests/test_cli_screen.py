"""`brandcheck screen` at agency scale: input files, streaming output, --resume, interrupts, progress.

In-process through ``main(argv)``; a real subprocess only where a signal has to arrive from
outside. One cheap market and few names keep each test short.
"""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from brandcheck import api
from brandcheck.cli import main

FAST = ("--offline", "--markets", "de", "--workers", "1")


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def coined(n: int) -> list[str]:
    """``n`` distinct coined names (CVCV)."""
    onsets = "b d f g k l m n p r s t v z".split()
    every = ("".join(p).capitalize() for p in itertools.product(onsets, "aeiou", onsets, "aeiou"))
    return list(itertools.islice(every, 0, n * 7, 7))


def write(path, lines):
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    return path


def jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# -- input and output formats ------------------------------------------------------------------


def test_jsonl_carries_position_and_line_and_bad_lines_are_skipped_with_exit_2(capsys, tmp_path):
    src = write(tmp_path / "names.txt", ["# ideas", "Zelvora", "", "bad\x07name", "Kamo"])
    out = tmp_path / "out.jsonl"
    code, stdout, err = run(capsys, "screen", src, *FAST, "--format", "jsonl", "-o", out)
    assert code == 2 and stdout == ""
    assert [(r["index"], r["line"], r["name"]) for r in jsonl(out)] == [(1, 2, "Zelvora"), (2, 5, "Kamo")]
    assert err == f"brandcheck: {src}:4: invalid name: control character U+0007 is not allowed (skipped)\n"


def test_skip_messages_stop_after_twenty(capsys, tmp_path):
    src = write(tmp_path / "names.txt", ["Zelvora"] + ["ba\x07d"] * 25)
    code, _, err = run(capsys, "screen", src, *FAST, "--format", "jsonl", "-o", tmp_path / "o.jsonl")
    lines = err.splitlines()
    assert code == 2 and len(lines) == 21 and lines[-1].endswith("5 more lines skipped (25 in all)")


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_streamed_json_and_csv_are_what_check_writes(capsys, tmp_path, fmt):
    names = ["Zelvora", "Kamo", "Apple"]
    src = write(tmp_path / "names.txt", names)
    code, streamed, _ = run(capsys, "screen", src, *FAST, "--format", fmt)
    check_code, whole, _ = run(capsys, "check", *names, "--offline", "--markets", "de", "--format", fmt)
    assert streamed == whole and code == check_code


def test_csv_and_jsonl_input_with_columns(capsys, tmp_path):
    csv_src = tmp_path / "ideas.csv"
    csv_src.write_text("id;idea;owner\n1;Zelvora;ann\n2;Kamo;bo\n", encoding="utf-8")
    code, out, _ = run(capsys, "screen", csv_src, *FAST, "--column", "idea", "--format", "jsonl")
    assert [json.loads(x)["name"] for x in out.splitlines()] == ["Zelvora", "Kamo"]
    js_src = tmp_path / "ideas.ndjson"
    js_src.write_text('{"idea": "Zelvora"}\n"Kamo"\n', encoding="utf-8")
    code, out, _ = run(capsys, "screen", js_src, *FAST, "--column", "idea", "--format", "jsonl")
    assert [json.loads(x)["name"] for x in out.splitlines()] == ["Zelvora", "Kamo"]


def test_legacy_encoded_csv_is_read(capsys, tmp_path):
    src = tmp_path / "ideas.csv"
    src.write_bytes("name,note\nCafé Crème,x\nMüller,y\nSchöne Grüße,z\n".encode("cp1252"))
    code, out, err = run(capsys, "screen", src, *FAST, "--format", "jsonl")
    assert [json.loads(x)["name"] for x in out.splitlines()] == ["Café Crème", "Müller", "Schöne Grüße"], err


def test_stdin(capsys, monkeypatch):
    import io

    class Stdin:
        buffer = io.BytesIO(b"Zelvora\nKamo\n")

    monkeypatch.setattr(sys, "stdin", Stdin)
    code, out, _ = run(capsys, "screen", "-", *FAST, "--format", "jsonl")
    assert [json.loads(x)["name"] for x in out.splitlines()] == ["Zelvora", "Kamo"]


def test_an_existing_output_is_overwritten_without_resume(capsys, tmp_path):
    src = write(tmp_path / "names.txt", ["Zelvora"])
    out = write(tmp_path / "out.jsonl", ["old junk"])
    assert run(capsys, "screen", src, *FAST, "--format", "jsonl", "-o", out)[0] == 0
    assert [r["name"] for r in jsonl(out)] == ["Zelvora"]


@pytest.mark.parametrize("fmt, marker", [("html", "<table id=s>"), ("markdown", "## Summary"), ("table", "Detail")])
def test_report_formats_are_summary_first_and_written_whole(capsys, tmp_path, fmt, marker):
    src = write(tmp_path / "names.txt", ["Zelvora", "Kamo", "Lumora"])
    out = tmp_path / f"report.{fmt}"
    code, stdout, _ = run(capsys, "screen", src, *FAST, "--format", fmt, "--detail", "top:1", "-o", out)
    text = out.read_text(encoding="utf-8")
    assert stdout == "" and marker in text and all(n in text for n in ("Zelvora", "Kamo", "Lumora"))
    assert [p.name for p in tmp_path.iterdir()] == ["names.txt", f"report.{fmt}"]  # no temp file left


# -- resume ------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_resume_skips_what_is_done_and_appends_the_rest(capsys, tmp_path, fmt):
    names = coined(6)
    out = tmp_path / f"out.{fmt}"
    run(capsys, "screen", write(tmp_path / "first.txt", names[:3]), *FAST, "--format", fmt, "-o", out)
    with out.open("a", encoding="utf-8") as fh:
        fh.write('{"index": 4, "na' if fmt == "jsonl" else "Half,writ")  # a run killed mid-write
    code, _, err = run(capsys, "screen", write(tmp_path / "all.txt", names), *FAST, "--format", fmt, "-o", out,
                       "--resume")
    assert code in (0, 1) and err == ""
    if fmt == "jsonl":
        records = jsonl(out)
        assert [r["name"] for r in records] == names and [r["index"] for r in records] == [1, 2, 3, 4, 5, 6]
    else:
        _, whole, _ = run(capsys, "check", *names, "--offline", "--markets", "de", "--format", "csv")
        assert out.read_text(encoding="utf-8") == whole


def test_resume_exit_code_counts_what_was_done_before(capsys, tmp_path):
    out = tmp_path / "out.jsonl"
    first = run(capsys, "screen", write(tmp_path / "a.txt", ["Arsch"]), *FAST, "--format", "jsonl", "-o", out)[0]
    code, _, _ = run(capsys, "screen", write(tmp_path / "b.txt", ["Arsch", "Zelvora"]), *FAST,
                     "--format", "jsonl", "-o", out, "--resume")
    assert code == first == 1  # the high finding of the first run still counts


def test_resume_refuses_a_foreign_file_before_any_work(capsys, tmp_path):
    out = write(tmp_path / "out.jsonl", ["not brandcheck"])
    code, _, err = run(capsys, "screen", write(tmp_path / "a.txt", ["Zelvora"]), *FAST, "--format", "jsonl",
                       "-o", out, "--resume")
    assert code == 2 and err.count("\n") == 1 and "without --resume" in err
    assert out.read_text(encoding="utf-8") == "not brandcheck\n"


# -- validation before work ------------------------------------------------------------------


@pytest.mark.parametrize("extra, needle", [
    (["--resume"], "--resume needs -o"),
    (["--resume", "--format", "html", "-o", "{tmp}/r.html"], "--resume works with --format jsonl or csv"),
    (["--detail", "top:5", "--format", "jsonl"], "--detail applies to"),
    (["--detail", "top:ten", "--format", "html"], "top:N must be a whole number"),
    (["--column", "name"], "--column applies only to csv"),
    (["--markets", "zz"], "unknown market"),
    (["-o", "{tmp}/missing/out.jsonl"], "does not exist"),
    (["-o", "{tmp}"], "is a folder"),
    (["-o", "{tmp}/names.txt"], "also the input"),
    (["--workers", "0"], "at least 1"),
    (["--scheduler", "bogus"], "unknown scheduler 'bogus'"),
    (["--scheduler", "local:2", "--workers", "2"], "exclude each other"),
    (["--brands", "{tmp}/nope.csv"], "not found"),
    (["--wordlist", "{tmp}/nope.txt"], "not found"),
    (["--encoding", "klingon"], "unknown encoding"),
])
def test_bad_options_are_one_line_and_touch_nothing(capsys, tmp_path, extra, needle):
    src = write(tmp_path / "names.txt", ["Zelvora"])
    keep = write(tmp_path / "keep.jsonl", ["precious"])
    argv = [a.replace("{tmp}", str(tmp_path)) for a in extra]
    code, out, err = run(capsys, "screen", src, "--offline", "--markets", "de", *argv)
    assert code == 2 and out == "" and err.count("\n") == 1 and needle in err and "Traceback" not in err
    assert keep.read_text(encoding="utf-8") == "precious\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.jsonl", "names.txt"]


@pytest.mark.parametrize("make, needle", [
    (lambda p: p / "missing.txt", "no such file"),
    (lambda p: p, "is a folder"),
    (lambda p: (p / "x.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 4) and p / "x.txt",
     "not a text file"),
    (lambda p: (p / "x.csv").write_text("a,b\n1,2\n") and p / "x.csv", "no column 'idea'"),
])
def test_unusable_input_is_one_line(capsys, tmp_path, make, needle):
    extra = ["--column", "idea"] if needle.startswith("no column") else []
    code, out, err = run(capsys, "screen", make(tmp_path), *FAST, *extra)
    assert code == 2 and out == "" and err.count("\n") == 1 and needle in err


def test_scheduler_without_the_dask_extra_is_one_line(capsys, tmp_path, monkeypatch):
    pytest.importorskip("brandcheck.batch.cluster")
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if the extra were not installed
    code, out, err = run(capsys, "screen", write(tmp_path / "n.txt", ["Zelvora"]), "--offline", "--markets", "de",
                         "--scheduler", "local:1")
    assert code == 2 and out == "" and err.count("\n") == 1 and "pip install 'brandcheck[dask]'" in err


def test_scheduler_local_gives_the_same_jsonl_as_a_local_run(capsys, tmp_path):
    pytest.importorskip("distributed")
    pytest.importorskip("brandcheck.batch.cluster")
    src = write(tmp_path / "n.txt", ["Zelvora", "ba\x07d", *coined(6)])
    local, cluster = tmp_path / "local.jsonl", tmp_path / "cluster.jsonl"
    first = run(capsys, "screen", src, *FAST, "--format", "jsonl", "-o", local)
    code, _, err = run(capsys, "screen", src, "--offline", "--markets", "de", "--scheduler", "local:1",
                       "--format", "jsonl", "-o", cluster)
    assert code == first[0] == 2 and err.count("\n") == 1  # the bad line, reported once
    assert cluster.read_bytes() == local.read_bytes()


# -- interrupts --------------------------------------------------------------------------------


def interrupt_after(monkeypatch, n, signum):
    """api.screen that receives a real signal after handing over n reports."""
    real = api.screen

    def screen(*args, **kwargs):
        for i, report in enumerate(real(*args, **kwargs)):
            if i == n:
                signal.raise_signal(signum)
            yield report

    monkeypatch.setattr(api, "screen", screen)


@pytest.mark.parametrize("fmt", ["json", "csv", "jsonl", "html"])
def test_an_interrupt_leaves_a_valid_file_and_says_how_to_go_on(capsys, tmp_path, monkeypatch, fmt):
    names = coined(5)
    interrupt_after(monkeypatch, 2, signal.SIGTERM)
    out = tmp_path / f"out.{fmt}"
    before = signal.getsignal(signal.SIGTERM)
    code, _, err = run(capsys, "screen", write(tmp_path / "n.txt", names), *FAST, "--format", fmt, "-o", out)
    assert code == 143 and signal.getsignal(signal.SIGTERM) is before
    assert err.count("\n") == 1 and err.startswith("brandcheck: interrupted after 2 of 5 names; ")
    text = out.read_text(encoding="utf-8")
    if fmt == "json":
        assert [r["name"] for r in json.loads(text)] == names[:2]
    elif fmt == "jsonl":
        assert [r["name"] for r in jsonl(out)] == names[:2] and "with --resume to continue" in err
    elif fmt == "csv":
        _, whole, _ = run(capsys, "check", *names[:2], "--offline", "--markets", "de", "--format", "csv")
        assert text == whole
    else:
        assert text.rstrip().endswith("</html>") and names[1] in text and names[2] not in text


def test_ctrl_c_exits_130(capsys, tmp_path, monkeypatch):
    interrupt_after(monkeypatch, 1, signal.SIGINT)
    code, out, err = run(capsys, "screen", write(tmp_path / "n.txt", coined(3)), *FAST, "--format", "jsonl")
    assert code == 130 and len(out.splitlines()) == 1 and "interrupted after 1 of 3 names" in err


def test_a_signal_while_a_record_is_written_waits_for_the_record():
    from brandcheck.cli.common import Interrupted, interrupts

    written = []
    with interrupts() as guard:
        with pytest.raises(Interrupted) as caught:
            with guard.deferred():
                signal.raise_signal(signal.SIGTERM)
                written.append("whole record")
    assert written == ["whole record"] and caught.value.signum == signal.SIGTERM


def _spawn(argv):
    # A child started from a background job inherits SIGINT ignored; give it the default back.
    return subprocess.Popen([sys.executable, "-m", "brandcheck", *map(str, argv)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def _wait_for_lines(path, proc, n):
    deadline = time.monotonic() + 300  # a guard against hanging, not a speed assertion
    while time.monotonic() < deadline and proc.poll() is None:
        if path.exists() and path.read_bytes().count(b"\n") >= n:
            return
        time.sleep(0.05)
    pytest.fail(f"no {n} lines in {path} (exit {proc.poll()})")


@pytest.mark.parametrize("workers", ["1", "2"])
def test_sigterm_then_resume_gives_every_name_exactly_once(tmp_path, workers):
    names = coined(300)
    src = write(tmp_path / "names.txt", names)
    out = tmp_path / "out.jsonl"
    argv = ["screen", src, "--offline", "--markets", "de", "--workers", workers, "--format", "jsonl", "-o", out]
    proc = _spawn(argv)
    _wait_for_lines(out, proc, 20)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 143, err
    assert err.startswith("brandcheck: interrupted after ")
    assert "of 300 names; run the same command with --resume to continue" in err
    kept = out.read_text(encoding="utf-8")
    assert kept.endswith("\n") and 20 <= len(kept.splitlines()) < 300

    again = _spawn([*argv, "--resume"])
    _, err = again.communicate(timeout=600)
    assert again.returncode in (0, 1), err
    records = jsonl(out)  # every line is valid JSON
    assert sorted(r["name"] for r in records) == sorted(names)
    assert [r["index"] for r in records] == list(range(1, 301))


def test_sigint_closes_the_json_array(tmp_path):
    out = tmp_path / "out.json"
    proc = _spawn(["screen", write(tmp_path / "names.txt", coined(300)), *FAST, "--format", "json", "-o", out])
    _wait_for_lines(out, proc, 100)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 130, err
    assert "complete JSON array" in err and 1 <= len(json.loads(out.read_text(encoding="utf-8"))) < 300


# -- progress ----------------------------------------------------------------------------------


def test_progress_bar_when_asked_and_silence_when_not(capsys, tmp_path):
    src = write(tmp_path / "n.txt", ["Zelvora", "Kamo"])
    _, _, err = run(capsys, "screen", src, *FAST, "--format", "jsonl", "--progress")
    assert "2/2" in err and "names/s" in err
    _, _, err = run(capsys, "screen", src, *FAST, "--format", "jsonl", "--no-progress")
    assert err == ""
    _, _, err = run(capsys, "screen", src, *FAST, "--format", "jsonl")  # stderr is not a terminal here
    assert err == ""


def test_check_with_several_names_shows_progress_and_keeps_its_output(capsys):
    code, out, err = run(capsys, "check", "Zelvora", "Kamo", "--offline", "--markets", "de", "--format", "json",
                         "--progress")
    assert "2/2" in err and [r["name"] for r in json.loads(out)] == ["Zelvora", "Kamo"]
    _, plain, err = run(capsys, "check", "Zelvora", "Kamo", "--offline", "--markets", "de", "--format", "json")
    assert plain == out and err == ""


def test_the_file_is_counted_once_more_for_the_eta_not_read_whole(tmp_path, monkeypatch):
    # The names go to the engine as a generator: the CLI never turns the file into a list.
    seen = {}
    real = api.screen

    def screen(names, *args, **kwargs):
        seen["type"] = type(names).__name__
        return real(names, *args, **kwargs)

    monkeypatch.setattr(api, "screen", screen)
    assert main(["screen", str(write(tmp_path / "n.txt", ["Zelvora"])), *FAST, "--format", "jsonl", "-o",
                 str(tmp_path / "o.jsonl")]) == 0
    assert seen["type"] == "generator"
    assert os.path.exists(tmp_path / "o.jsonl")
