"""The accepted-findings file: what the HTML report exports and ``--accept-file`` reads.

Plain UTF-8 text, one finding id a line (``meaning.vulgar@de:mist``, as every report shows it);
blank lines and lines starting with ``#`` are skipped; ids are case-insensitive::

    # brandcheck accepted findings: one finding id a line
    # exported from brandcheck report: 30 names on 2026-12-05
    distinctiveness.common_word_part@es:café
    similarity.look_alike@*:carte noire

>>> format_accept_file(["b.x@de:y", "a.x@*:z", "b.x@de:y"]).splitlines()[-2:]
['a.x@*:z', 'b.x@de:y']
"""

from __future__ import annotations

from typing import Iterable

from ..errors import BrandcheckError

__all__ = ["read_accept_file", "format_accept_file"]

HEADER = "# brandcheck accepted findings: one finding id a line\n"


def format_accept_file(ids: Iterable[str], note: str = "") -> str:
    """The file for ``ids`` (sorted, unique), as the HTML report's export writes it."""
    lines = [HEADER] + ([f"# {' '.join(note.split())}\n"] if note else [])
    return "".join(lines + [f"{i}\n" for i in sorted(set(ids))])


def read_accept_file(path: str) -> list[str]:
    """The ids in an accepted-findings file; a line that is not a finding id raises
    :class:`BrandcheckError` naming the file and line."""
    from ..api import _accepted

    from ..batch.files import read_text

    # in the encoding it was saved in (UTF-8, UTF-16 with a BOM, a legacy code page); one-line errors
    lines = read_text(path, "--accept-file").splitlines()
    ids = []
    for number, line in enumerate(lines, 1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        try:
            _accepted([text])
        except BrandcheckError:
            raise BrandcheckError(f"--accept-file {path}:{number}: {text[:60]!r} is not a finding id "
                                  "(check@market:key, e.g. meaning.vulgar@de:mist)") from None
        ids.append(text)
    return ids
