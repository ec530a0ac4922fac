"""``brandcheck suggest SEED…``: screened alternative names (the method's "circle back" step)."""

from __future__ import annotations

import argparse

from .common import Progress, add_output_options, add_progress_option, write_output


def _words(text: str | None) -> tuple[str, ...]:
    return tuple(w.strip() for w in (text or "").split(",") if w.strip())


def _run(args: argparse.Namespace) -> int:
    from ..markets import resolve
    from ..names import parse
    from ..suggestions import STYLES, suggest
    from ..suggestions.render import render
    from . import UsageError

    if not args.seeds:
        raise UsageError("give at least one SEED name to suggest alternatives for")
    seeds = [parse(s).text for s in args.seeds]  # a bad seed is one line before any work
    chosen = resolve(args.markets)
    if args.workers is not None and args.workers < 1:
        raise UsageError("--workers must be at least 1")
    if args.n < 1:
        raise UsageError("-n must be at least 1")
    if args.style not in STYLES:  # argparse's choices already say so; kept for the API's own check
        raise UsageError(f"--style must be one of {', '.join(STYLES)}")
    network = None
    require = _words(args.require)
    if require:
        from .availability import settings_from_args
        from ..suggestions.screen import parse_require

        network = settings_from_args(args)
        parse_require(require, network)  # an impossible --require fails before any screening
    brands = None
    if args.brands:
        from ..similarity import load_brand_file

        brands = load_brand_file(args.brands)

    bar: list[Progress] = []

    def progress(done: int, total: int) -> None:
        if not bar:
            bar.append(Progress(args.progress, None))  # screening stops once enough have passed: no fixed total
        bar[0].advance()

    try:
        found = suggest(seeds, markets=[m.tag for m in chosen], n=args.n, style=args.style,
                        keywords=_words(args.keywords), sector=args.sector, seed=args.seed, keep_all=args.keep_all,
                        brands=brands, wordlists=args.wordlist, require=require, diverse=not args.no_diverse,
                        network=network, workers=args.workers, progress=progress)
    finally:
        if bar:
            bar[0].close()
    write_output(render(found, args.format, seeds=seeds, markets=[m.tag for m in chosen], seed=args.seed),
                 args.output)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    from ..suggestions import STYLES

    p = sub.add_parser("suggest", help="screened alternative names: repairs, variants, blends, coined names")
    p.add_argument("seeds", nargs="*", metavar="SEED", help="the name(s) to find alternatives for")
    p.add_argument("--markets", "-m", default=None,
                   help="comma-separated BCP 47 tags and presets (global, eu, asia…); default: global")
    p.add_argument("--sector", help="the product's sector or Nice classes (weighs brands, picks roots)")
    p.add_argument("--keywords", "-k", metavar="WORDS", help="comma-separated words about the product (light,speed)")
    p.add_argument("-n", type=int, default=50, help="how many suggestions (default: 50)")
    p.add_argument("--style", choices=STYLES, default="all", help="which generators (default: all)")
    p.add_argument("--require", metavar="TLDS_AND_PLATFORMS",
                   help="online: keep only names with these available, e.g. com,instagram (unknown is not available)")
    p.add_argument("--keep-all", action="store_true", help="also show the screened names that were dropped, and why")
    p.add_argument("--no-diverse", action="store_true", help="allow near-twins in the top 20 and one generator filling the top 10")
    p.add_argument("--seed", type=int, default=0, help="random seed: the same seed gives the same suggestions")
    p.add_argument("--workers", type=int, default=None, help="processes that screen (default: all cores)")
    p.add_argument("--brands", metavar="FILE", help="your own brand register (CSV/TSV with a name column)")
    p.add_argument("--wordlist", action="append", default=[], metavar="FILE[:LANG]",
                   help="extra word list (project TSV or one word per line); repeatable")
    add_output_options(p, ("table", "json", "csv", "markdown"), "table")
    add_progress_option(p)
    from .availability import add_network_options

    add_network_options(p)
    p.set_defaults(run=_run)
