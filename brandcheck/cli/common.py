"""Options and output helpers shared by the subcommands: output, exit codes, progress, signals."""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import threading
from typing import Any, Iterable, Iterator, Sequence

from ..model import Report, Severity

__all__ = ["add_output_options", "resolve_format", "EXTENSION_FORMATS", "add_progress_option", "write_output", "exit_code", "Interrupted",
           "interrupts", "Progress", "SkipLog", "EXIT_SIGNAL"]

EXIT_SIGNAL = {signal.SIGINT: 130, signal.SIGTERM: 143}
"""Exit codes after an interrupt: 128 + the signal's number, as shells report it."""


EXTENSION_FORMATS = {".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown", ".csv": "csv",
                     ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".txt": "table"}
"""The format ``-o FILE`` picks from its extension when ``--format`` is not given."""


def add_output_options(parser: argparse.ArgumentParser, formats: Sequence[str], default: str) -> None:
    parser.add_argument("--format", "-f", choices=formats, default=None,
                        help=f"output format (default: from the -o extension, else {default})")
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output "
                        "(.html .htm .md .csv .json .jsonl .txt choose the format)")
    parser.set_defaults(format_default=default, format_choices=tuple(formats))


def resolve_format(args: argparse.Namespace) -> None:
    """Set ``args.format`` when it was not given: from the ``-o`` extension, else the command's
    default. An extension brandcheck does not know, or one the command cannot write, is an error."""
    import os

    if getattr(args, "format_choices", None) is None or args.format is not None:
        return
    out = getattr(args, "output", None)
    ext = os.path.splitext(out)[1].lower() if out and out != "-" else ""
    if not ext:
        args.format = args.format_default
        return
    fmt = EXTENSION_FORMATS.get(ext)
    from ..errors import BrandcheckError as UsageError  # exit 2, one line (cli/__init__ imports this module)

    if fmt is None:
        raise UsageError(f"-o {out}: cannot tell the format from {ext!r}; give --format "
                         f"({', '.join(args.format_choices)})")
    if fmt not in args.format_choices:
        raise UsageError(f"-o {out}: this command does not write {fmt}; give --format "
                         f"({', '.join(args.format_choices)})")
    args.format = fmt


def add_progress_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                        help="show a progress bar with rate and ETA on stderr (default: when stderr is a terminal)")


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


class Interrupted(KeyboardInterrupt):
    """Ctrl-C or SIGTERM during a run (a KeyboardInterrupt, so every cleanup path sees it as one)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return EXIT_SIGNAL.get(self.signum, 130)


class _Guard:
    """Turns SIGINT/SIGTERM into :class:`Interrupted`, except inside :meth:`deferred`."""

    def __init__(self) -> None:
        self._depth = 0
        self._pending: int | None = None

    def handler(self, signum: int, frame: Any) -> None:
        if self._depth:
            self._pending = signum
            return
        raise Interrupted(signum)

    @contextlib.contextmanager
    def deferred(self) -> Iterator[None]:
        """A block a signal does not cut short (writing one record): it is raised when the block ends."""
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
        if not self._depth and self._pending is not None:
            signum, self._pending = self._pending, None
            raise Interrupted(signum)


@contextlib.contextmanager
def interrupts() -> Iterator[_Guard]:
    """SIGINT and SIGTERM raise :class:`Interrupted` for the length of the block, then the old
    handlers come back. A signal its parent set to be ignored (``nohup``, a background job) stays
    ignored; off the main thread nothing is installed (Python allows handlers only there)."""
    guard = _Guard()
    saved: dict[int, Any] = {}
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGINT, signal.SIGTERM):
            current = signal.getsignal(sig)
            if current in (signal.SIG_DFL, signal.default_int_handler):
                saved[sig] = current
                signal.signal(sig, guard.handler)
    try:
        yield guard
    finally:
        for sig, old in saved.items():
            signal.signal(sig, old)


class Progress:
    """A tqdm bar on stderr (names, rate, ETA), or nothing.

    ``enabled`` None: only when stderr is a terminal. Messages go through :meth:`say` so they
    print above the bar instead of through it.
    """

    def __init__(self, enabled: bool | None, total: int | None = None, *, unit: str = " names") -> None:
        self._bar = None
        if enabled is None:
            enabled = sys.stderr.isatty()
        if enabled:
            from tqdm import tqdm  # only when a bar is drawn: it costs start-up time

            # mininterval: redraw at most twice a second; a redraw per name would cost more than
            # screening short names.
            self._bar = tqdm(total=total, unit=unit, file=sys.stderr, dynamic_ncols=True, mininterval=0.5,
                             smoothing=0.05)

    def advance(self, n: int = 1) -> None:
        if self._bar is not None:
            self._bar.update(n)

    def shrink(self, n: int = 1) -> None:
        """The total was n too high (a skipped line)."""
        if self._bar is not None and self._bar.total:
            self._bar.total = max(self._bar.n, self._bar.total - n)

    def say(self, message: str) -> None:
        if self._bar is not None:
            self._bar.write(message, file=sys.stderr)
        else:
            print(message, file=sys.stderr)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


class SkipLog:
    """``on_skip`` for a name file: one stderr line per skipped line, up to ``limit``, then a count."""

    def __init__(self, label: str, say: Any, limit: int = 20) -> None:
        self.label = label
        self.count = 0
        self._say = say
        self._limit = limit

    def __call__(self, line: int, reason: str) -> None:
        self.count += 1
        if self.count <= self._limit:
            self._say(f"brandcheck: {self.label}:{line}: {reason} (skipped)")

    def finish(self) -> None:
        if self.count > self._limit:
            self._say(f"brandcheck: {self.label}: {self.count - self._limit} more lines skipped "
                      f"({self.count} in all)")
