"""``brandcheck round …`` (workshop rounds in a file) and ``brandcheck workshop`` (the live web app)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..report.escape import term_text

__all__ = ["register"]


def register(sub: argparse._SubParsersAction) -> None:
    from ..workshop.store import DEFAULT_PATH

    rnd = sub.add_parser("round", help="workshop rounds: add names, decide, ask for alternatives, status",
                         description="Rounds of a naming workshop, kept in one SQLite file: each screened name is "
                                     "saved as soon as it is done, and only names or settings that changed are "
                                     "screened again.")
    rsub = rnd.add_subparsers(dest="round_command", metavar="ACTION", parser_class=type(rnd))
    rnd.set_defaults(run=lambda args: _missing_action(rnd))

    def common(p: argparse.ArgumentParser, settings: bool = False) -> None:
        p.add_argument("--workshop", "-w", metavar="FILE", default=DEFAULT_PATH,
                       help=f"the workshop file (default: {DEFAULT_PATH}; created when missing)")
        if settings:
            _add_settings(p)

    add = rsub.add_parser("add", help="open a round with new names and screen them")
    add.add_argument("names", nargs="+", metavar="NAME")
    common(add, settings=True)
    add.set_defaults(run=_run_add)

    screen = rsub.add_parser("screen", help="screen the names whose report is missing or out of date")
    common(screen, settings=True)
    screen.set_defaults(run=_run_screen)

    decide = rsub.add_parser("decide", help="shortlist or reject a name, or accept one of its findings")
    decide.add_argument("name", metavar="NAME")
    what = decide.add_mutually_exclusive_group(required=True)
    what.add_argument("--shortlist", action="store_true", help="put the name on the short list")
    what.add_argument("--reject", metavar="REASON", help="reject the name, saying why")
    what.add_argument("--reopen", action="store_true", help="take back a shortlist or rejection")
    what.add_argument("--accept", metavar="FINDING_ID", help="accept a finding (it no longer lowers the score)")
    what.add_argument("--reject-finding", metavar="FINDING_ID", help="confirm a finding as a real problem")
    what.add_argument("--undecide-finding", metavar="FINDING_ID", help="take back a decision about a finding")
    common(decide)
    decide.set_defaults(run=_run_decide)

    suggest = rsub.add_parser("suggest", help="add alternatives to the seeds (default: every name not rejected)")
    suggest.add_argument("seeds", nargs="*", metavar="SEED")
    suggest.add_argument("-n", type=int, default=10, help="how many alternatives (default 10)")
    suggest.add_argument("--style", help="which generators (as `brandcheck suggest --style`)")
    suggest.add_argument("--keywords", help="comma-separated words the alternatives may build on")
    suggest.add_argument("--seed", type=int, help="random seed, for the same suggestions again")
    common(suggest)
    suggest.set_defaults(run=_run_suggest)

    status = rsub.add_parser("status", help="rounds, candidates, decisions and what is still to screen")
    status.add_argument("--format", "-f", choices=("table", "json"), default="table")
    common(status)
    status.set_defaults(run=_run_status)

    app = sub.add_parser("workshop", help="the live workshop: a local web app the room can drive",
                         description="Serve the workshop in a browser on this machine: type or paste names, see "
                                     "them screened, accept findings, shortlist, export the report. Needs the "
                                     "[workshop] extra.")
    app.add_argument("--port", type=int, default=8765, help="TCP port (default 8765; 0 picks a free one)")
    app.add_argument("--host", default="127.0.0.1",
                     help="address to listen on (default 127.0.0.1); any other needs the start-up token")
    app.add_argument("--token", help="the access token for a non-loopback --host (default: a random one, printed)")
    app.add_argument("--open", action="store_true", help="open the page in the default browser")
    common(app, settings=True)
    app.set_defaults(run=_run_app)


def _add_settings(p: argparse.ArgumentParser) -> None:
    p.add_argument("--markets", "-m", help="markets (tags and presets); stored in the workshop file")
    online = p.add_mutually_exclusive_group()
    online.add_argument("--online", dest="online", action="store_const", const=True,
                        help="also look up domains and handles (stored)")
    online.add_argument("--offline", dest="online", action="store_const", const=False,
                        help="offline checks only (the default of a new workshop; stored)")
    p.add_argument("--sector", help="the candidates' sector or Nice classes (stored)")
    p.add_argument("--source-language", metavar="LANG", help="language the names are meant to be read in (stored)")
    p.add_argument("--wordlist", action="append", default=None, metavar="FILE[:LANG]",
                   help="extra word list; repeatable (stored)")
    p.add_argument("--brands", metavar="FILE", help="your own brand register (stored)")


def _missing_action(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _open(args: argparse.Namespace, settings: bool = False):
    from ..workshop import Workshop

    if not settings:  # reading or deciding: a mistyped path must not start an empty workshop
        return Workshop(args.workshop, create=False)
    return Workshop(args.workshop, markets=args.markets, online=args.online, sector=args.sector,
                    source_language=args.source_language, wordlists=args.wordlist, brands=args.brands)


def _say(name: str) -> None:
    print(f"screened {term_text(name)}", file=sys.stderr)


def _run_add(args: argparse.Namespace) -> int:
    with _open(args, settings=True) as ws:
        rnd = ws.add(args.names, progress=_say)
        if rnd is None:
            print("every name is already in the workshop", file=sys.stderr)
        from ..names import parse

        _print_status(ws, only={parse(n).text.casefold() for n in args.names})
    return 0


def _run_screen(args: argparse.Namespace) -> int:
    with _open(args, settings=True) as ws:
        done = ws.screen(progress=_say)
        print(f"{done} screened; nothing else was out of date", file=sys.stderr)
    return 0


def _run_decide(args: argparse.Namespace) -> int:
    with _open(args) as ws:
        kw: dict[str, Any] = {}
        if args.shortlist:
            kw["shortlist"] = True
        elif args.reject is not None:
            kw["reject"] = args.reject
        elif args.reopen:
            kw["reopen"] = True
        elif args.accept is not None:
            kw["accept"] = args.accept
        elif args.reject_finding is not None:
            kw["reject_finding"] = args.reject_finding
        else:
            kw["undecide_finding"] = args.undecide_finding
        c = ws.decide(args.name, **kw)
        ws.screen([c.name], progress=_say)  # an accepted finding changes the score: screen it again now
        _print_status(ws, only={c.name.casefold()})
    return 0


def _run_suggest(args: argparse.Namespace) -> int:
    keywords = [k.strip() for k in args.keywords.split(",") if k.strip()] if args.keywords else None
    with _open(args) as ws:
        rnd = ws.suggest(args.seeds or None, n=args.n, style=args.style, keywords=keywords, seed=args.seed,
                         progress=_say)
        if rnd is None:
            print("no new alternatives (every one is already in the workshop)", file=sys.stderr)
        else:
            _print_status(ws, only={n.casefold() for n in rnd.names})
    return 0


def _run_status(args: argparse.Namespace) -> int:
    with _open(args) as ws:
        if args.format == "json":
            data = {**ws.status().to_dict(),
                    "rounds": [{"number": r.number, "kind": r.kind, "created": r.created, "note": r.note,
                                "names": list(r.names)} for r in ws.rounds],
                    "candidates": [{k: v for k, v in c.to_dict().items() if k != "report"} for c in ws.candidates]}
            print(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            _print_status(ws)
    return 0


def _print_status(ws, only: set[str] | None = None) -> None:
    st = ws.status()
    s = st.settings
    print(f"workshop {term_text(ws.path)}: markets {', '.join(ws.markets)}; {'online' if s['online'] else 'offline'}")
    by_round: dict[int, list] = {}
    for c in ws.candidates:
        if only is None or c.name.casefold() in only:
            by_round.setdefault(c.round, []).append(c)
    for r in ws.rounds:
        if r.number not in by_round:
            continue
        note = f" — {term_text(r.note)}" if r.note else ""
        print(f"round {r.number} ({r.kind}, {r.created}){note}")
        for c in by_round[r.number]:
            score = "  -" if c.score is None else f"{c.score:3d}"
            state = c.status + (f": {term_text(c.reason)}" if c.reason else "")
            extra = [] if c.current else ["not screened" if c.report is None else "out of date"]
            if c.accepted:
                extra.append(f"{len(c.accepted)} accepted")
            if c.seeds:
                extra.append("from " + ", ".join(map(term_text, c.seeds)))
            print(f"  {term_text(c.name):<24} {score} {c.verdict or '':<8} {state}"
                  + (f"  ({'; '.join(extra)})" if extra else ""))
    v = st.verdicts
    print(f"{st.candidates} candidates, {st.screened} screened, {st.pending} to screen; {st.shortlisted} shortlisted, "
          f"{st.rejected} rejected; go {v['go']}, caution {v['caution']}, stop {v['stop']}")


def _run_app(args: argparse.Namespace) -> int:
    from ..errors import WorkshopError

    try:
        from ..workshop import app
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.split(".")[0] in ("starlette", "uvicorn", "anyio", "h11"):
            raise WorkshopError(f"the workshop app needs the [workshop] extra ({exc.name} is missing): "
                                "pip install 'brandcheck[workshop]'") from None
        raise
    from .common import Interrupted, interrupts

    ws = _open(args, settings=True)
    try:
        with interrupts():
            try:
                return app.serve(ws, host=args.host, port=args.port, token=args.token, open_browser=args.open)
            except Interrupted:  # uvicorn hands Ctrl-C / SIGTERM back once it has shut down
                pass
        print("brandcheck workshop: stopped; everything is in the workshop file", file=sys.stderr)
        return 0  # stopping the server is how a workshop ends, not a failure
    finally:
        ws.close()
