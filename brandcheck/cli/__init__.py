"""The ``brandcheck`` command: ``main(argv) -> exit code``.

Exit codes: 0 — no name has a high or critical finding; 1 — some name has; 2 — bad usage or bad
input (a one-line message on stderr, never a traceback).

Each subcommand group lives in its own module with a ``register(subparsers)`` function that adds
its parsers and sets ``run=callable(args) -> int``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import Sequence

from ..errors import BrandcheckError
from ..report.escape import term_text

__all__ = ["main", "EXIT_OK", "EXIT_FINDING", "EXIT_USAGE"]

EXIT_OK, EXIT_FINDING, EXIT_USAGE = 0, 1, 2

# Subcommand modules, in the order `brandcheck --help` lists them.
_COMMAND_MODULES = ("check", "localize", "chinese", "similar", "suggest", "availability", "register", "dossier",
                    "workshop")


class UsageError(BrandcheckError):
    """Bad command-line usage (exit code 2)."""


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of printing usage and exiting, so every error is one line."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see `{self.prog} --help`)")


def build_parser() -> argparse.ArgumentParser:
    from .. import __version__

    parser = _Parser(prog="brandcheck", description="Vet candidate brand names for global markets.")
    parser.add_argument("--version", action="version", version=f"brandcheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in _COMMAND_MODULES:
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"{__name__}.{name}":
                continue  # that command group is not built in this version
            raise
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code instead of exiting (tests call it in-process)."""
    try:
        parser = build_parser()
        from .config import parse_with_config
        from .common import resolve_format

        args = parse_with_config(parser, list(sys.argv[1:] if argv is None else argv))
        if not getattr(args, "run", None):
            parser.print_help(sys.stderr)
            return EXIT_USAGE
        resolve_format(args)
        return int(args.run(args))
    except BrandcheckError as exc:
        # one line whatever the message quotes back (a value with a line break, an escape sequence)
        print(f"brandcheck: {term_text(exc)}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        print(term_text(f"brandcheck: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": ")), file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("brandcheck: interrupted", file=sys.stderr)
        return 130


def console() -> None:  # pragma: no cover - the console-script entry point
    sys.exit(main())
