"""``brandcheck check``, ``brandcheck screen`` and ``brandcheck markets``.

``screen`` is built for agency-sized files: names are read lazily from TXT, CSV/TSV or JSONL,
reports are written as they come (JSONL, CSV, a JSON array) or gathered into a summary-first
digest (table, Markdown, HTML), ``--resume`` continues an interrupted run, and Ctrl-C or SIGTERM
leaves a valid file and says how to continue. Every option and path is checked before the first
name is screened.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections import deque
from typing import Any, Iterator

from .. import api
from ..markets import PRESETS
from ..model import Report, Severity
from ..report import FORMATS, render
from ..report.text import CSV_ROWS
from .view import SORTS, RankedSink, View, accepted_ids, run_meta
from .common import (Interrupted, Progress, SkipLog, add_output_options, add_progress_option, exit_code,
                     interrupts, write_output)
from .register import add_register_options

SCREEN_FORMATS = ("table", "jsonl", "json", "csv", "markdown", "html")
DIGEST_FORMATS = ("table", "markdown", "html")
"""Formats that cannot be written name by name: a summary-first digest is rendered at the end."""


def _add_screening_options(p: argparse.ArgumentParser, formats=FORMATS) -> None:
    p.add_argument("--markets", "-m", default=None,
                   help="comma-separated BCP 47 tags and presets (global, eu, asia, americas, mena, all); "
                        "default: global")
    p.add_argument("--offline", action="store_true", help="skip domain and handle look-ups")
    p.add_argument("--tlds", help="comma-separated TLDs to check besides .com and the markets' ccTLDs (e.g. io,co.uk)")
    p.add_argument("--platforms", help="comma-separated platform ids to check (default: the markets' platforms)")
    p.add_argument("--source-language", metavar="LANG", help="language the name is meant to be read in (default en)")
    p.add_argument("--wordlist", action="append", default=[], metavar="FILE[:LANG]",
                   help="extra word list (project TSV or one word per line); repeatable")
    p.add_argument("--brands", metavar="FILE", help="your own brand register (CSV/TSV with a name column, or one per line)")
    p.add_argument("--sector", help="the candidate's sector or Nice classes (e.g. beverages or 32,33)")
    add_register_options(p)
    p.add_argument("--accept", action="append", default=[], metavar="FINDING_ID",
                   help="accept a finding by its id so it no longer lowers the score; repeatable")
    p.add_argument("--accept-file", action="append", default=[], metavar="FILE",
                   help="accept the finding ids listed in FILE (one a line, # comments; the HTML report's "
                        "export); repeatable")
    p.add_argument("--min-severity", choices=[s.label for s in Severity], default=None,
                   help="leave findings below this severity out of the output (scores are unchanged)")
    p.add_argument("--sort", choices=SORTS, default=None,
                   help="order of the names: score (best first), name, or input (default: input for check and "
                        "streamed formats, score for screen's table/markdown/html)")
    p.add_argument("--top", type=int, default=None, metavar="N", help="only the N best names by score")
    p.add_argument("--quiet", "-q", action="store_true",
                   help="no progress bar; the terminal table shows one line per name")
    p.add_argument("--csv-rows", choices=CSV_ROWS, default="names",
                   help="csv: one row per name (default) or one row per finding")
    p.add_argument("--config", metavar="FILE",
                   help="settings file (default: ./brandcheck.toml or [tool.brandcheck] in ./pyproject.toml)")
    add_output_options(p, formats, "table")
    add_progress_option(p)
    from .availability import add_network_options

    add_network_options(p)


def _network(args: argparse.Namespace):
    if args.offline:
        return None
    from .availability import settings_from_args

    return settings_from_args(args)


def _brands(args: argparse.Namespace):
    if not args.brands:
        return None
    from ..similarity import load_brand_file

    return load_brand_file(args.brands)


def _check_registers(args: argparse.Namespace) -> None:
    """Classes and registers are checked before the first name is screened."""
    from ..api import _registers
    from ..registers.classes import resolve_classes

    resolve_classes(args.classes, args.sector)
    _registers(args.register)


def _emit(reports, args, meta) -> int:
    view = View.from_args(args)
    shown = view.arrange([view.shown(r) for r in reports], default_sort="input")
    color = args.format == "table" and not args.output and sys.stdout.isatty()
    write_output(render(shown, args.format, color=color, meta=meta, csv_rows=args.csv_rows,
                        all_findings=args.all, quiet=args.quiet, sector=args.sector), args.output)
    return exit_code(reports)  # from every finding, whatever the output leaves out


def _resolve(markets):
    from ..markets import resolve

    return resolve(markets)


def _run_check(args: argparse.Namespace) -> int:
    from ..names import parse

    for name in args.names:  # every name is validated before any work
        parse(name)
    _check_registers(args)
    brands = _brands(args)
    network = _network(args)
    accept = accepted_ids(args)
    progress = Progress(False if args.quiet else args.progress if len(args.names) > 1 else False, len(args.names))
    reports = []
    try:
        for name in args.names:
            reports.append(api.check(name, args.markets, online=not args.offline, source_language=args.source_language,
                                     ipa=args.ipa, wordlists=args.wordlist, brands=brands, sector=args.sector,
                                     classes=args.classes, registers=args.register,
                                     tlds=args.tlds or (), platforms=args.platforms,
                                     accept=accept, network=network))
            progress.advance()
    finally:
        progress.close()
    return _emit(reports, args, run_meta(args, [m.tag for m in _resolve(args.markets)], accept))


# ---------------------------------------------------------------------------------------------
# screen


def _usage(message: str) -> Exception:
    from . import UsageError

    return UsageError(message)


def _check_screen_options(args: argparse.Namespace, out: str | None) -> None:
    """Options that contradict each other, before anything is opened."""
    from ..batch.files import RESUMABLE_FORMATS

    if args.resume and out is None:
        raise _usage("--resume needs -o FILE: the output of the run to continue")
    if args.resume and args.format not in RESUMABLE_FORMATS:
        raise _usage(f"--resume works with --format jsonl or csv, not {args.format} "
                     "(those are written whole at the end)")
    if args.detail is not None and args.format not in DIGEST_FORMATS:
        raise _usage(f"--detail applies to --format table, markdown or html, not {args.format}")
    if args.scheduler is not None and args.workers is not None:
        raise _usage("--workers and --scheduler exclude each other (the cluster has its own workers)")
    if args.workers is not None and args.workers < 1:
        raise _usage("--workers must be at least 1")
    if args.resume and View.from_args(args).reorders:
        raise _usage("--resume writes names in input order; it cannot be used with --sort or --top")


class _DigestSink:
    """Gathers reports into a summary-first digest; rendered and written whole on close."""

    def __init__(self, fmt: str, path: str | None, detail: Any, meta: Any, color: bool, view: View,
                 quiet: bool = False) -> None:
        from ..report.digest import Digest

        self.format = fmt
        self.view = view
        self.digest = Digest(detail=detail, order=view.sort or "score", top=view.top, quiet=quiet)
        self._path, self._meta, self._color = path, meta, color
        self.written = 0

    def write(self, report: Report, index: int, line: int) -> None:
        self.digest.add(self.view.shown(report))
        self.written += 1

    def close(self) -> None:
        text = self.digest.render(self.format, meta=self._meta(), color=self._color)
        if self._path is None:
            write_output(text, None)
        else:
            from ..batch.files import write_atomic

            write_atomic(self._path, text)


class _Shown:
    """A stream sink that writes each report with the findings ``--min-severity`` leaves."""

    def __init__(self, inner: Any, view: View) -> None:
        self.inner, self.view = inner, view

    def write(self, report: Report, index: int, line: int) -> None:
        self.inner.write(self.view.shown(report), index, line)

    def close(self) -> None:
        self.inner.close()


def _connect(spec: str, stack: contextlib.ExitStack) -> Any:
    try:
        from ..batch.cluster import connect
    except ModuleNotFoundError as exc:
        if exc.name != "brandcheck.batch.cluster":
            raise
        raise _usage("--scheduler: this brandcheck has no cluster support") from None
    return stack.enter_context(connect(spec))


def _run_screen(args: argparse.Namespace) -> int:
    from ..batch import files
    from ..markets import resolve

    fmt = args.format
    out = None if args.output in (None, "-") else args.output
    _check_screen_options(args, out)
    view = View.from_args(args)
    accept = accepted_ids(args)
    if out is not None:
        files.check_output(out, inputs=(args.file,))
    chosen = resolve(args.markets)
    _check_registers(args)
    detail = None
    if fmt in DIGEST_FORMATS:
        from ..report.digest import parse_detail

        try:
            detail = parse_detail(args.detail if args.detail is not None or view.top is None else f"top:{view.top}")
        except ValueError as exc:
            raise _usage(f"--detail: {exc}") from None
    brands = _brands(args)
    network = _network(args)
    input_format = "jsonl" if args.input_format == "ndjson" else args.input_format

    with contextlib.ExitStack() as stack:
        source = stack.enter_context(files.NameFile(args.file, fmt=input_format, column=args.column,
                                                    encoding=args.encoding))
        layout = None
        if fmt == "csv":
            from ..report.text import CsvLayout

            layout = CsvLayout(args.csv_rows, [m.tag for m in chosen])
        resumed = files.read_done(out, fmt, layout=layout) if args.resume else files.Resumed()
        total = source.count()  # a quick second pass over a file, for the ETA; None for stdin
        remaining = None if total is None else max(0, total - resumed.records)
        client = _connect(args.scheduler, stack) if args.scheduler else None

        progress = Progress(False if args.quiet else args.progress, remaining)
        stack.callback(progress.close)
        skips = SkipLog(source.label, progress.say)

        def on_skip(line: int, reason: str) -> None:
            skips(line, reason)
            progress.shrink()

        positions: deque[tuple[int, int]] = deque()  # (input position, line) of names sent, not yet written

        def feed() -> Iterator[str]:
            for index, (line, name) in enumerate(source.names(on_skip), 1):
                if resumed.done[name] > 0:  # already in the output
                    resumed.done[name] -= 1
                    continue
                positions.append((index, line))
                yield name

        # Word lists are loaded and the runner is set up here; no name is screened before the loop.
        reports = api.screen(feed(), args.markets, online=not args.offline, workers=args.workers, client=client,
                             total=remaining,
                             source_language=args.source_language, wordlists=args.wordlist, brands=brands,
                             sector=args.sector, classes=args.classes, registers=args.register,
                             tlds=args.tlds or (), platforms=args.platforms,
                             accept=accept, network=network)
        done = resumed.records
        worst = resumed.worst

        def meta() -> dict[str, Any]:
            info = run_meta(args, [m.tag for m in chosen], accept)
            info["settings"] = {"input": source.label, **info["settings"]}
            info.update(screened=done, skipped=skips.count)
            if interrupted is not None:
                info["interrupted"] = _of(done, total, skips.count)
            return info

        interrupted: Interrupted | None = None
        broken = False
        with interrupts() as guard:
            if fmt in DIGEST_FORMATS:
                color = fmt == "table" and out is None and sys.stdout.isatty()
                sink: Any = _DigestSink(fmt, out, detail, meta, color, view, args.quiet)
            else:
                sink = files.open_sink(fmt, out, resume=resumed if args.resume else None, layout=layout)
                if view.min_severity is not None:
                    sink = _Shown(sink, view)
                if view.reorders:
                    sink = RankedSink(sink, view)
            try:
                for report in reports:
                    index, line = positions.popleft()
                    with guard.deferred():  # a record is written whole or not at all
                        sink.write(report, index, line)
                    done += 1
                    if report.worst is not None and (worst is None or report.worst > worst):
                        worst = report.worst
                    progress.advance()
            except Interrupted as exc:
                interrupted = exc
            except BrokenPipeError:  # `brandcheck screen … | head`: the reader has all it wants
                _quiet_stdout()
                broken = True
            finally:
                # Queued chunks are cancelled and the file is finished even if a second signal comes.
                try:
                    with guard.deferred():
                        reports.close()
                        progress.close()
                        skips.finish()
                        sink.close()
                except Interrupted as exc:
                    interrupted = interrupted or exc

    if broken:
        return 141  # 128 + SIGPIPE, as a shell reports a pipe closed by its reader
    if interrupted is not None:
        print(f"brandcheck: interrupted after {_of(done, total, skips.count)}; {_how_to_go_on(fmt, out, args)}",
              file=sys.stderr)
        return interrupted.exit_code
    if done == 0 and skips.count == 0 and not resumed.exists:
        print(f"brandcheck: {source.label}: no names to screen", file=sys.stderr)
        return 2
    if skips.count:
        return 2
    return 1 if worst is not None and worst >= Severity.HIGH else 0


def _quiet_stdout() -> None:
    # What is still buffered, and the closing bracket, go nowhere instead of raising again at exit.
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _of(done: int, total: int | None, skipped: int) -> str:
    if total is None:
        return f"{done} name{'' if done == 1 else 's'}"
    return f"{done} of {max(done, total - skipped)} names"


def _how_to_go_on(fmt: str, out: str | None, args: argparse.Namespace) -> str:
    if fmt in ("jsonl", "csv"):
        if out is None:
            return "the output holds the names finished so far (write to a file with -o to be able to --resume)"
        return "run the same command with --resume to continue" if not args.resume else \
            "run the same command again to continue"
    where = out or "the output"
    what = "a complete JSON array of them" if fmt == "json" else f"a {fmt} report of them"
    return f"{where} holds {what} (to resume a run, write --format jsonl or csv)"


def _run_markets(args: argparse.Namespace) -> int:
    chosen = api.list_markets(args.preset)
    if args.format == "json":
        data = [
            {"tag": m.tag, "name": m.name, "language": m.language, "language_name": m.language_name,
             "script": m.script, "country": m.country, "cctlds": list(m.cctlds), "platforms": list(m.platforms),
             "presets": [p for p, tags in PRESETS.items() if m.tag in tags and p != "all"]}
            for m in chosen
        ]
        write_output(json.dumps(data, ensure_ascii=False, indent=2) + "\n", args.output)
    else:
        rows = [f"{m.tag:<7} {m.name:<24} {m.language_name:<20} {m.script:<5} {', '.join('.' + t for t in m.cctlds):<18} "
                f"{', '.join(m.platforms)}" for m in chosen]
        presets = [f"{p}: {', '.join(tags)}" for p, tags in PRESETS.items() if p != "all"]
        write_output("\n".join(rows) + "\n\npresets\n" + "\n".join(presets) + "\n", args.output)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="screen one or more names")
    p.add_argument("names", nargs="+", metavar="NAME")
    p.add_argument("--ipa", help="the intended pronunciation in IPA (one name)")
    p.add_argument("--all", action="store_true", help="table: every finding of every name (default: the worst 5)")
    _add_screening_options(p)
    p.set_defaults(run=_run_check)

    p = sub.add_parser("screen", help="screen a file of names (TXT, CSV/TSV, XLSX or JSONL; '-' reads stdin)",
                       description="Screen a file of names. JSONL, CSV and JSON are written as names are done; "
                                   "table, markdown and html are a summary-first report written at the end.")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--input-format", choices=("txt", "csv", "tsv", "jsonl", "ndjson", "json", "xlsx"), default=None,
                   help="how FILE is written (default: from its extension; txt for others and stdin)")
    p.add_argument("--column", metavar="COLUMN",
                   help="CSV/TSV/XLSX (first sheet): the header name or the number (from 1) of the name column (default: a column "
                        "titled name, candidate, brand, mark or the word in another language, else the first); JSONL: the key (default: name)")
    p.add_argument("--encoding", metavar="ENC",
                   help="FILE's text encoding (default: UTF-8, UTF-16 with a BOM, or a guess for legacy files)")
    p.add_argument("--workers", type=int, default=None, help="processes for offline checks (default: all cores)")
    p.add_argument("--scheduler", metavar="SPEC",
                   help="screen on a Dask cluster: tcp://HOST:PORT, or local:N for N local worker processes "
                        "(needs the dask extra)")
    p.add_argument("--resume", action="store_true",
                   help="continue an interrupted run: keep what -o FILE holds, skip those names, append the rest "
                        "(jsonl and csv)")
    p.add_argument("--detail", metavar="SPEC",
                   help="table/markdown/html: which names get a full card: top:N (default top:100), all, none, "
                        "names:A,B or a file of names")
    _add_screening_options(p, SCREEN_FORMATS)
    p.set_defaults(run=_run_screen)

    p = sub.add_parser("markets", help="list the markets and presets")
    p.add_argument("preset", nargs="?", help="only the markets of one preset")
    add_output_options(p, ("table", "json"), "table")
    p.set_defaults(run=_run_markets)
