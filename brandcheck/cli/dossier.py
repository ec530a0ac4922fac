"""``brandcheck dossier NAME… --markets … --classes …|--sector … [--register …] -o dossier.html|.md|.json``."""

from __future__ import annotations

import argparse

from .common import write_output
from .register import add_register_options

_BY_SUFFIX = {".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown", ".json": "json"}


def _run(args: argparse.Namespace) -> int:
    import os

    from ..dossier import build_dossier, render_dossier
    from ..names import parse
    from . import UsageError

    for name in args.names:
        parse(name)
    fmt = args.format
    if fmt is None:
        suffix = os.path.splitext(args.output or "")[1].lower()
        fmt = _BY_SUFFIX.get(suffix, "markdown" if not args.output or args.output == "-" else None)
        if fmt is None:
            raise UsageError(f"-o {args.output}: say --format html, markdown or json (or use .html, .md, .json)")
    out = None if args.output in (None, "-") else args.output
    if out is not None:
        from ..batch.files import check_output

        check_output(out, inputs=())
    brands = None
    if args.brands:
        from ..similarity import load_brand_file

        brands = load_brand_file(args.brands)
    dossier = build_dossier(args.names, args.markets, classes=args.classes, sector=args.sector,
                            registers=args.register, brands=brands, near=args.near)
    text = render_dossier(dossier, fmt)
    if out is None:
        write_output(text, None)
    else:
        from ..batch.files import write_atomic

        write_atomic(out, text)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("dossier", help="a clearance dossier for trademark counsel (HTML, Markdown or JSON)",
                       description="Per name: summary risk per market, the offices to search with links, the "
                                   "nearest marks with the four factors examiners weigh, common-word evidence, "
                                   "meaning findings and a Chinese name proposal. Preparation for counsel, "
                                   "not legal advice.")
    p.add_argument("names", nargs="+", metavar="NAME")
    p.add_argument("--markets", "-m", default=None, help="comma-separated BCP 47 tags and presets (default: global)")
    p.add_argument("--sector", help="the candidate's sector (e.g. beauty) or Nice classes (e.g. 3,5)")
    add_register_options(p)
    p.add_argument("--brands", metavar="FILE", help="your own brand list (CSV/TSV with a name column)")
    p.add_argument("--near", type=int, default=10, help="how many nearest marks per name (default 10)")
    p.add_argument("--format", "-f", choices=("html", "markdown", "json"), default=None,
                   help="default: from the -o suffix (.html, .md, .json); Markdown on standard output")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    p.set_defaults(run=_run)
