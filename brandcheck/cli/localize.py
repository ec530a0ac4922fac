"""``brandcheck localize NAME… --market M``: how each market writes and says the names."""

from __future__ import annotations

import argparse
import json

from .common import add_output_options, write_output


def _run(args: argparse.Namespace) -> int:
    from ..markets import resolve
    from ..names import parse
    from ..phonetics.localize import localize

    markets = resolve([t.strip() for t in args.market.split(",") if t.strip()])
    names = [parse(text) for text in args.names]  # every name is validated before any work
    results = []
    for name in names:
        for market in markets:
            found = localize(name.text, market, k=args.k, source_language=args.source_language, ipa=args.ipa)
            results.append({"name": name.text, "market": market.tag, "renderings": [
                {"text": r.text, "romanization": r.romanization, "ipa": "".join(r.ipa), "score": round(r.score, 3)}
                for r in found]})
    if args.format == "json":
        text = json.dumps(results, ensure_ascii=False, indent=2) + "\n"
    else:
        lines = []
        for item in results:
            lines.append(f"{item['name']} — {item['market']}")
            for i, r in enumerate(item["renderings"], 1):
                lines.append(f"  {i}. {r['text']}  ({r['romanization']})  [{r['ipa']}]")
        text = "\n".join(lines) + "\n"
    write_output(text, args.output)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("localize", help="how markets write and say names (katakana, hangul, Chinese, Cyrillic…)")
    p.add_argument("names", nargs="+", metavar="NAME")
    p.add_argument("--market", "-m", required=True,
                   help="market tags or presets, comma-separated (ja, ko, zh, zh-TW, ru, ar, … or asia)")
    p.add_argument("-k", type=int, default=3, help="renderings per market, best first (default: 3)")
    p.add_argument("--source-language", metavar="LANG", help="the language the name is meant to be read in")
    p.add_argument("--ipa", help="the intended pronunciation in IPA (one name only)")
    add_output_options(p, ("table", "json"), "table")
    p.set_defaults(run=_run)
