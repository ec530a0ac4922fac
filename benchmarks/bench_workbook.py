"""Reading names from an Excel workbook against the same rows as CSV, in the same process (a ratio).

Writes N rows (``#``, ``Name``, ``Note``) as .xlsx (openpyxl, write-only) and as CSV in a
temporary folder, then times ``NameFile(...).records()`` over each, and ``count()`` (the second
pass ``screen`` makes for its ETA). Prints figures; never asserts.
``python benchmarks/bench_workbook.py [--rows N]`` (default 100,000).
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import openpyxl  # noqa: E402

from brandcheck.batch.files import NameFile  # noqa: E402


def timed(path: str) -> tuple[int, float]:
    start = time.perf_counter()
    with NameFile(path) as source:
        count = sum(1 for _ in source.records())
    return count, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    rows = parser.parse_args().rows
    table = [["#", "Name", "Note"]] + [[i, f"Zelvora{i}", "a note"] for i in range(rows)]
    with tempfile.TemporaryDirectory() as folder:
        xlsx, text = f"{folder}/names.xlsx", f"{folder}/names.csv"
        book = openpyxl.Workbook(write_only=True)
        sheet = book.create_sheet("names")
        for row in table:
            sheet.append(row)
        book.save(xlsx)
        with open(text, "w", newline="", encoding="utf-8") as fh:
            csv.writer(fh).writerows(table)
        n_csv, t_csv = timed(text)
        n_xlsx, t_xlsx = timed(xlsx)
        print(f"rows: {rows:,}  csv: {n_csv:,} names in {t_csv:.2f} s  xlsx: {n_xlsx:,} names in {t_xlsx:.2f} s  "
              f"ratio xlsx/csv: {t_xlsx / t_csv:.1f}x  xlsx per row: {t_xlsx / rows * 1e6:.0f} us")


if __name__ == "__main__":
    main()
