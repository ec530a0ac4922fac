"""Options and output helpers shared by the subcommands."""

from __future__ import annotations

import argparse
import sys
from typing import Iterable, Sequence

from ..model import Report, Severity

__all__ = ["add_output_options", "write_output", "exit_code", "read_names"]


def add_output_options(parser: argparse.ArgumentParser, formats: Sequence[str], default: str) -> None:
    parser.add_argument("--format", "-f", choices=formats, default=default, help=f"output format (default: {default})")
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")


def write_output(text: str, path: str | None) -> None:
    """Write to a file (UTF-8) or stdout."""
    if path and path != "-":
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
    else:
        sys.stdout.write(text)
        sys.stdout.flush()


def exit_code(reports: Iterable[Report]) -> int:
    """1 when some name has an unaccepted high or critical finding, else 0."""
    for r in reports:
        worst = r.worst
        if worst is not None and worst >= Severity.HIGH:
            return 1
    return 0


def read_names(source: str) -> list[tuple[int, str]]:
    """(line number, text) of each non-blank, non-comment line of FILE or ``-`` (stdin)."""
    if source == "-":
        text = sys.stdin.read()
    else:
        with open(source, encoding="utf-8-sig") as fh:
            text = fh.read()
    out = []
    for i, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            out.append((i, stripped))
    return out
