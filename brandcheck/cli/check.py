"""``brandcheck check``, ``brandcheck screen`` and ``brandcheck markets``."""

from __future__ import annotations

import argparse
import json
import sys

from .. import api
from ..errors import InvalidNameError
from ..markets import PRESETS
from ..report import FORMATS, render
from .common import add_output_options, exit_code, read_names, write_output


def _add_screening_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--markets", "-m", default=None,
                   help="comma-separated BCP 47 tags and presets (global, eu, asia, americas, mena, all); "
                        "default: global")
    p.add_argument("--offline", action="store_true", help="skip domain and handle look-ups")
    p.add_argument("--source-language", metavar="LANG", help="language the name is meant to be read in (default en)")
    p.add_argument("--wordlist", action="append", default=[], metavar="FILE[:LANG]",
                   help="extra word list (project TSV or one word per line); repeatable")
    p.add_argument("--brands", metavar="FILE", help="your own brand register (CSV/TSV with a name column, or one per line)")
    p.add_argument("--sector", help="the candidate's sector or Nice classes (e.g. beverages or 32,33)")
    p.add_argument("--accept", action="append", default=[], metavar="FINDING_ID",
                   help="accept a finding by its id so it no longer lowers the score; repeatable")
    add_output_options(p, FORMATS, "table")
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


def _emit(reports, args) -> int:
    color = args.format == "table" and not args.output and sys.stdout.isatty()
    write_output(render(reports, args.format, color=color), args.output)
    return exit_code(reports)


def _run_check(args: argparse.Namespace) -> int:
    brands = _brands(args)
    reports = [
        api.check(name, args.markets, online=not args.offline, source_language=args.source_language,
                  ipa=args.ipa, wordlists=args.wordlist, brands=brands, sector=args.sector, accept=args.accept,
                  network=_network(args))
        for name in args.names
    ]
    return _emit(reports, args)


def _run_screen(args: argparse.Namespace) -> int:
    lines = read_names(args.file)
    valid: list[str] = []
    bad = 0
    from ..names import parse

    for lineno, text in lines:
        try:
            parse(text)
        except InvalidNameError as exc:
            bad += 1
            print(f"brandcheck: {args.file}:{lineno}: {exc} (skipped)", file=sys.stderr)
        else:
            valid.append(text)
    if not valid:
        print(f"brandcheck: {args.file}: no valid names to screen", file=sys.stderr)
        return 2
    progress = sys.stderr.isatty() and len(valid) > 1
    reports = list(api.screen(valid, args.markets, online=not args.offline, workers=args.workers, progress=progress,
                         source_language=args.source_language, wordlists=args.wordlist, brands=_brands(args),
                         sector=args.sector, accept=args.accept, network=_network(args)))
    code = _emit(reports, args)
    return 2 if bad else code


def _run_markets(args: argparse.Namespace) -> int:
    chosen = api.markets(args.preset)
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
    _add_screening_options(p)
    p.set_defaults(run=_run_check)

    p = sub.add_parser("screen", help="screen a file of names, one per line ('-' reads stdin)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--workers", type=int, default=None, help="processes for offline checks (default: all cores)")
    _add_screening_options(p)
    p.set_defaults(run=_run_screen)

    p = sub.add_parser("markets", help="list the markets and presets")
    p.add_argument("preset", nargs="?", help="only the markets of one preset")
    add_output_options(p, ("table", "json"), "table")
    p.set_defaults(run=_run_markets)
