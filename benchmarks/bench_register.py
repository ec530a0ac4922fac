"""Trademark register at office scale (issue 14): import, memory, file size, nearest-mark queries.

Generates N records in the USPTO bulk XML layout (``case-file`` with header, statements,
classifications and owners, as the daily and annual files carry them), imports them with
``brandcheck register import``'s code, and times nearest-mark queries against one plain
rapidfuzz ``process.extract`` over the same strings in the same process (a ratio).

Targets (issue 14): 1,000,000 records imported in under 3 minutes at under 500 MB peak RSS, a
register file under 300 MB, a query median under 150 ms and no more than 3x the rapidfuzz scan.
Prints figures; never asserts. ``python benchmarks/bench_register.py [--records N]`` (default
100,000). The machine may be shared: wall-clock figures then vary with the load.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rapidfuzz import fuzz, process  # noqa: E402

from brandcheck.registers import Register  # noqa: E402

ONSETS = ["", "b", "br", "c", "ch", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k", "kl", "l", "m", "n", "p", "pr",
          "qu", "r", "s", "st", "sp", "t", "tr", "v", "w", "x", "z"]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "io", "y", "oo"]
CODAS = ["", "", "", "n", "r", "s", "l", "x", "m", "nt", "ck"]
WORDS = ["", "", "", "", " LABS", " & CO", " GROUP", " SPORT", " BEAUTY", " FOODS", " SYSTEMS", " HOME"]
STATUS = ["700", "800", "630", "641", "681", "602", "606", "710", "900", "731", "686", "612"]


def fake_name(rnd: random.Random) -> str:
    syl = rnd.choice((2, 2, 3, 3, 4))
    return "".join(rnd.choice(ONSETS) + rnd.choice(VOWELS) + rnd.choice(CODAS) for _ in range(syl)).upper() \
        + rnd.choice(WORDS)


def write_uspto(path: str, n: int, seed: int = 14) -> list[str]:
    """A USPTO-layout XML file of ``n`` case files; returns a sample of the mark texts (for queries)."""
    rnd = random.Random(seed)
    sample = []
    with open(path, "w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE trademark-applications-daily [\n'
                 '<!ELEMENT trademark-applications-daily (version, creation-datetime, application-information)>\n]>\n'
                 '<trademark-applications-daily><version><version-no>2.0</version-no><version-date>20041108'
                 '</version-date></version><creation-datetime>202401010300</creation-datetime>'
                 '<application-information><file-segments><file-segment>TRMK</file-segment><action-keys>'
                 '<action-key>AN</action-key>\n')
        for i in range(n):
            name = fake_name(rnd)
            if i % max(1, n // 200) == 0:
                sample.append(name)
            classes = rnd.sample(range(1, 46), rnd.choice((1, 1, 1, 2, 3)))
            year = rnd.randint(1990, 2024)
            cls = "".join(f"<classification><international-code-total-no>1</international-code-total-no>"
                          f"<international-code>{c:03d}</international-code><status-code>6</status-code>"
                          f"<primary-code>{c:03d}</primary-code></classification>" for c in classes)
            fh.write(f"<case-file><serial-number>{70000000 + i}</serial-number>"
                     f"<registration-number>0000000</registration-number><transaction-date>{year}0601</transaction-date>"
                     f"<case-file-header><filing-date>{year}0115</filing-date><registration-date></registration-date>"
                     f"<status-code>{rnd.choice(STATUS)}</status-code><status-date>{year}0601</status-date>"
                     f"<mark-identification>{escape(name)}</mark-identification><mark-drawing-code>4000</mark-drawing-code>"
                     f"<standard-characters-claimed-in>T</standard-characters-claimed-in></case-file-header>"
                     f"<case-file-statements><case-file-statement><type-code>GS0{classes[0]:02d}1</type-code>"
                     f"<text>Goods and services in class {classes[0]}</text></case-file-statement></case-file-statements>"
                     f"<classifications>{cls}</classifications><case-file-owners><case-file-owner>"
                     f"<entry-number>1</entry-number><party-type>10</party-type>"
                     f"<party-name>{escape(name.title())} Holdings Inc.</party-name><country>US</country>"
                     f"</case-file-owner></case-file-owners></case-file>\n")
        fh.write("</action-keys></file-segments></application-information></trademark-applications-daily>\n")
    return sample


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--queries", type=int, default=40)
    args = ap.parse_args()
    n = args.records
    print(f"bench_register: {n:,} USPTO-layout records (the machine may be shared with other jobs)")
    with tempfile.TemporaryDirectory() as tmp:
        xml = os.path.join(tmp, "apc-bench.xml")
        t0 = time.perf_counter()
        sample = write_uspto(xml, n)
        print(f"  generated XML       {time.perf_counter() - t0:7.1f} s   {os.path.getsize(xml) / 1e6:8.1f} MB")
        reg_path = os.path.join(tmp, "bench.reg")
        rss0 = rss_mb()
        cpu0 = resource.getrusage(resource.RUSAGE_SELF)
        t0 = time.perf_counter()
        reg = Register(reg_path, create=True)
        result = reg.import_file(xml, "uspto-xml")
        took = time.perf_counter() - t0
        cpu1 = resource.getrusage(resource.RUSAGE_SELF)
        cpu = cpu1.ru_utime - cpu0.ru_utime + cpu1.ru_stime - cpu0.ru_stime
        print(f"  import              {took:7.1f} s   {result.added:,} marks ({result.added / took:,.0f}/s); "
              f"CPU time {cpu:.1f} s (the wall time on an idle core); "
              f"peak RSS {rss_mb():.0f} MB (before import {rss0:.0f} MB)")
        print(f"  register file       {os.path.getsize(reg_path) / 1e6:7.1f} MB")
        rnd = random.Random(3)
        queries = []
        for name in sample[:args.queries]:
            i = rnd.randrange(len(name.split()[0]))
            queries.append(name[:i] + rnd.choice("AEIOURSTLN") + name[i + 1:])  # one letter off a real mark
        reg.nearest("warm up", 12)
        times = []
        for q in queries:
            t0 = time.perf_counter()
            reg.nearest(q, 12)
            times.append(time.perf_counter() - t0)
        texts = [r[0] for r in reg._open().execute("SELECT text FROM marks")]
        ref = []
        for q in queries:
            t0 = time.perf_counter()
            process.extract(q.upper(), texts, scorer=fuzz.ratio, limit=12)
            ref.append(time.perf_counter() - t0)
        med, ref_med = statistics.median(times), statistics.median(ref)
        print(f"  nearest (k=12)      median {med * 1000:6.1f} ms  p90 {sorted(times)[int(0.9 * len(times))] * 1000:6.1f} ms"
              f"  over {len(queries)} near-miss queries")
        print(f"  rapidfuzz extract   median {ref_med * 1000:6.1f} ms  (one scan of all {len(texts):,} strings)")
        print(f"  ratio               {med / ref_med:6.2f}x")
        hits = sum(1 for q, s in zip(queries, sample) if s in [m.mark.text for m in reg.nearest(q, 12)])
        print(f"  found               {hits}/{len(queries)} one-letter-off queries list the mark they were made from "
              f"in the 12 nearest")
        reg.close()


if __name__ == "__main__":
    main()
