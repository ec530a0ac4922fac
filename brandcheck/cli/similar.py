"""``brandcheck similar A B`` (pairwise) and ``brandcheck similar NAME`` (nearest known brands)."""

from __future__ import annotations

import argparse
import json

from .common import add_output_options, write_output
from .register import add_register_options


def _run(args: argparse.Namespace) -> int:
    from ..names import parse
    from ..similarity import compare, near_brands
    from ..similarity.brands import load_brand_file

    markets = [t.strip() for t in args.markets.split(",")] if args.markets else []
    if markets:
        from ..markets import resolve

        markets = [m.tag for m in resolve(markets)]
    if len(args.names) == 2:
        s = compare(args.names[0], args.names[1], markets=markets)
        if args.format == "json":
            write_output(json.dumps(s.to_dict(), ensure_ascii=False, indent=2) + "\n", args.output)
        else:
            write_output(f"{s.a} ~ {s.b}: overall {s.overall:.2f} (sight {s.sight:.2f}, sound {s.sound:.2f})\n"
                         + "".join(f"  {r}\n" for r in s.reasons), args.output)
        return 0
    if len(args.names) != 1:
        raise argparse.ArgumentError(None, "give one NAME (nearest brands) or two (a pair)")
    from ..context import Options

    from ..api import _registers
    from ..registers.classes import resolve_classes

    classes = resolve_classes(args.classes, args.sector)
    registers = _registers(args.register)
    brands = load_brand_file(args.brands) if args.brands else None
    name = parse(args.names[0])
    result = near_brands(name, markets, Options(brands=brands, sector=args.sector, classes=classes,
                                                registers=registers), k=args.limit)
    matches = [m.to_dict() for m in result.matches]
    if args.format == "json":
        write_output(json.dumps({"name": name.text, "classes": list(classes), "matches": matches},
                                ensure_ascii=False, indent=2) + "\n", args.output)
    else:
        lines = []
        for m in result.matches:
            where = (f"{m.mark.office} {m.mark.number} cl.{','.join(map(str, m.mark.classes)) or '-'} "
                     f"{m.mark.status.value}" if m.mark else m.sector)
            lines.append(f"  {m.overall:.2f}  {m.brand:<24} {where:<14} {'; '.join(m.why)}\n")
        write_output(f"{name.text}\n" + "".join(lines), args.output)
    return 1 if any(f.severity >= 3 for f in result.findings) else 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("similar", help="how close two names are, or the nearest known brands to one name")
    p.add_argument("names", nargs="+", metavar="NAME", help="one name (nearest brands) or two (compare)")
    p.add_argument("--markets", "-m", help="also hear the names in these markets' readings")
    p.add_argument("--brands", metavar="FILE", help="your register (CSV/TSV with a name column, or one per line)")
    p.add_argument("--sector", help="weigh marks of this sector or these Nice classes (e.g. beverages or 32,33)")
    p.add_argument("--limit", type=int, default=5, help="how many nearest brands and marks to list (default 5)")
    add_register_options(p)
    add_output_options(p, ("table", "json"), "table")
    p.set_defaults(run=_run)
