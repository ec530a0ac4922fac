"""``brandcheck register import FILE… -o REGISTER`` (trademark registers) and the register options
shared by ``check``, ``screen``, ``similar`` and ``dossier``."""

from __future__ import annotations

import argparse
import sys

from .common import Progress

__all__ = ["add_register_options", "register"]


def add_register_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--classes", metavar="N,N",
                   help="the candidate's Nice classes (1-45, e.g. 3,5): marks in the same class weigh most, "
                        "related classes less, others least (default: the --sector's classes)")
    p.add_argument("--register", action="append", default=[], metavar="REGISTER",
                   help="a trademark register made by `brandcheck register import`; repeatable")


def _run_import(args: argparse.Namespace) -> int:
    from ..registers import import_files
    from ..registers.parsers import FORMATS

    if args.format and args.format not in FORMATS:
        raise argparse.ArgumentError(None, f"unknown format {args.format!r}")
    progress = Progress(args.progress, None, unit=" records")
    status = 0
    try:
        for result in import_files(args.output, args.files, args.format, office=args.office,
                                   progress=lambda n: progress.advance(10_000)):
            parts = [f"{result.added} added", f"{result.updated} updated"]
            if result.unchanged:
                parts.append(f"{result.unchanged} unchanged")
            if result.deleted:
                parts.append(f"{result.deleted} deleted")
            if result.malformed:
                parts.append(f"{result.malformed} malformed skipped")
            if result.no_words:
                parts.append(f"{result.no_words} without words skipped")
            progress.say(f"{result.path} ({result.format}): {', '.join(parts)}")
            if result.truncated:
                progress.say(f"brandcheck: {result.truncated}; {result.imported} marks imported before it")
                status = 2
    finally:
        progress.close()
    return status


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("register", help="trademark registers: import office bulk files into an index")
    inner = p.add_subparsers(dest="register_command", metavar="ACTION", parser_class=type(p))
    q = inner.add_parser("import", help="import USPTO XML, WIPO ST.66 XML or CSV files (plain or zipped)",
                         description="Import trademark files into an on-disk register (created when missing). "
                                     "Re-importing a file updates its marks, never duplicates them.")
    q.add_argument("files", nargs="+", metavar="FILE")
    q.add_argument("--format", choices=("uspto-xml", "st66", "csv"), default=None,
                   help="the files' format (default: read from each file; a file of another format is an error)")
    q.add_argument("-o", "--output", metavar="REGISTER", required=True, help="the register file to create or extend")
    q.add_argument("--office", default="", help="CSV: the office of rows without an office column (default CSV)")
    q.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="show progress on stderr (default: when stderr is a terminal)")
    q.set_defaults(run=_run_import)
    p.set_defaults(run=lambda args: (p.print_help(sys.stderr), 2)[1])
