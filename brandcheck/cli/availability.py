"""``brandcheck domains``, ``brandcheck handles`` (with ``--self-test``) and ``brandcheck rdap-refresh``."""

from __future__ import annotations

import argparse
import json
import sys

from .common import add_output_options, write_output


def add_network_options(p: argparse.ArgumentParser) -> None:
    """The overrides, same as the BRANDCHECK_* environment variables (an option wins)."""
    g = p.add_argument_group("network overrides (same as BRANDCHECK_DNS, _RDAP, _WHOIS, _PLATFORMS, _CACHE)")
    g.add_argument("--dns", metavar="HOST:PORT", help="DNS server to ask")
    g.add_argument("--rdap", metavar="URL", help="one RDAP base for every TLD ({URL}domain/{domain})")
    g.add_argument("--whois", metavar="HOST:PORT", help="WHOIS server for TLDs without RDAP")
    g.add_argument("--platforms-file", metavar="FILE", help="extra or replacement platform rules (TOML)")
    g.add_argument("--cache", metavar="off|PATH", help="availability cache (default: user cache folder)")
    g.add_argument("--max-in-flight", type=int, default=None, help="requests in flight overall (default 32)")
    g.add_argument("--per-host", type=int, default=None, help="requests in flight per host (default 8)")


def settings_from_args(args: argparse.Namespace):
    from ..availability.settings import Settings, parse_hostport

    over = {}
    if getattr(args, "dns", None):
        over["dns"] = parse_hostport(args.dns, default_port=53, what="--dns")
    if getattr(args, "rdap", None):
        over["rdap"] = args.rdap
    if getattr(args, "whois", None):
        over["whois"] = parse_hostport(args.whois, default_port=43, what="--whois")
    if getattr(args, "platforms_file", None):
        over["platforms_file"] = args.platforms_file
    if getattr(args, "cache", None):
        over["cache"] = None if args.cache.lower() == "off" else args.cache
    if getattr(args, "max_in_flight", None) is not None:
        over["max_in_flight"] = args.max_in_flight
    if getattr(args, "per_host", None) is not None:
        over["per_host"] = args.per_host
    settings = Settings.from_env()
    from dataclasses import replace

    if "rdap" in over and not over["rdap"].endswith("/"):
        over["rdap"] += "/"
    return replace(settings, **over)


def check_output_path(path: str | None) -> None:
    """Refuse an output path that cannot be written before any request is sent (not after the work)."""
    import os
    from pathlib import Path

    from ..errors import BrandcheckError

    if not path or path == "-":
        return
    target = Path(path)
    parent = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise BrandcheckError(f"output {path!r} is a folder; give a file path")
    if not parent.is_dir():
        raise BrandcheckError(f"output {path!r}: folder {str(parent)!r} does not exist")
    if (target.exists() and not os.access(target, os.W_OK)) or (not target.exists()
                                                                and not os.access(parent, os.W_OK)):
        raise BrandcheckError(f"output {path!r} cannot be written")


def _split(text: str | None) -> list[str] | None:
    return [t.strip() for t in text.split(",") if t.strip()] if text else None


def _table(rows: list[tuple[str, list[dict]]], key: str, cols: tuple[str, ...]) -> str:
    from ..report.escape import term_text  # names and server replies may hold ESC, BEL, CR…

    lines = []
    for name, items in rows:
        lines.append(term_text(name))
        for it in items:
            lines.append("  " + "  ".join(f"{term_text(it[c]):<{24 if c != 'reason' else 0}}" for c in cols).rstrip())
    return "\n".join(lines) + "\n"


def _run_domains(args: argparse.Namespace) -> int:
    from ..availability import check_domains

    check_output_path(args.output)
    results = check_domains(args.names, tlds=_split(args.tlds) or (), markets=args.markets,
                            settings=settings_from_args(args), progress=sys.stderr.isatty())
    rows = [(n, [d.to_dict() for d in ds]) for n, ds in results]
    if args.format == "json":
        text = json.dumps([{"name": n, "domains": ds} for n, ds in rows], ensure_ascii=False, indent=2) + "\n"
    else:
        text = _table(rows, "domains", ("domain", "status", "reason"))
    write_output(text, args.output)
    return 0


def _run_handles(args: argparse.Namespace) -> int:
    from ..availability import check_handles, self_test

    settings = settings_from_args(args)
    check_output_path(args.output)
    if args.self_test:
        report = self_test(_split(args.platforms), settings=settings)
        if args.format == "json":
            write_output(json.dumps(report, ensure_ascii=False, indent=2) + "\n", args.output)
        else:
            write_output("".join(f"{r['platform']:<12} {'ok' if r['ok'] else 'skip' if r['ok'] is None else 'BROKEN'}"
                                 f"  {r['problem']}\n" for r in report), args.output)
        return 1 if any(r["ok"] is False for r in report) else 0
    if not args.names:
        raise argparse.ArgumentError(None, "give at least one NAME (or --self-test)")
    results = check_handles(args.names, platforms=_split(args.platforms), markets=args.markets, settings=settings,
                            progress=sys.stderr.isatty())
    rows = [(n, [h.to_dict() for h in hs]) for n, hs in results]
    if args.format == "json":
        text = json.dumps([{"name": n, "handles": hs} for n, hs in rows], ensure_ascii=False, indent=2) + "\n"
    else:
        text = _table(rows, "handles", ("platform", "status", "reason"))
    write_output(text, args.output)
    return 0


def _run_refresh(args: argparse.Namespace) -> int:
    from ..availability import refresh_rdap

    path = refresh_rdap(args.url, settings=settings_from_args(args))
    print(f"RDAP bootstrap saved to {path}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("domains", help="domain availability (.com, market ccTLDs, --tlds)")
    p.add_argument("names", nargs="+", metavar="NAME")
    p.add_argument("--tlds", help="comma-separated TLDs to check besides .com (e.g. de,io,co.uk)")
    p.add_argument("--markets", "-m", help="add the ccTLDs of these markets")
    add_network_options(p)
    add_output_options(p, ("table", "json"), "table")
    p.set_defaults(run=_run_domains)

    p = sub.add_parser("handles", help="social handle availability")
    p.add_argument("names", nargs="*", metavar="NAME")
    p.add_argument("--platforms", help="comma-separated platform ids (default: all, or the markets' platforms)")
    p.add_argument("--markets", "-m", help="use the platforms that matter in these markets")
    p.add_argument("--self-test", action="store_true",
                   help="probe each platform's known-taken handle and a random one; report broken rules")
    add_network_options(p)
    add_output_options(p, ("table", "json"), "table")
    p.set_defaults(run=_run_handles)

    p = sub.add_parser("rdap-refresh", help="download IANA's current RDAP bootstrap into the cache")
    p.add_argument("--url", default="https://data.iana.org/rdap/dns.json")
    add_network_options(p)
    p.set_defaults(run=_run_refresh)
