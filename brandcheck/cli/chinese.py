"""``brandcheck chinese-names NAME…``: Chinese name proposals with glosses and scores.

Output formats: ``table`` (for people), ``json`` (schema in the README, "Chinese names"), ``csv``
(one row per proposal) and ``markdown`` (one table per name). Bad input — an empty or unreadable
name, an unknown sector or style — is a one-line error and exit code 2.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
from typing import Any

from .common import add_output_options, write_output

__all__ = ["register", "to_dict"]


def to_dict(proposal: Any) -> dict[str, Any]:
    """One :class:`~brandcheck.localnames.chinese.ChineseName` as the JSON object the README documents."""
    return {
        "text": proposal.text, "traditional": proposal.traditional, "pinyin": proposal.pinyin,
        "glosses": list(proposal.glosses), "meaning": proposal.meaning, "kind": proposal.kind.value,
        "score": proposal.score, "sound": proposal.sound, "fit": proposal.fit, "dropped": list(proposal.dropped),
        "euphony": proposal.euphony,
        "warnings": [{"code": w.code, "severity": w.severity, "message": w.message} for w in proposal.warnings],
    }


def _table(results: list[dict[str, Any]], traditional: bool) -> str:
    lines: list[str] = []
    for item in results:
        head = f"{item['name']} — {len(item['proposals'])} Chinese name proposals"
        opts = [f"{k} {item[k]}" for k in ("sector", "style") if item.get(k)]
        if item.get("keywords"):
            opts.append("keywords " + ", ".join(item["keywords"]))
        lines.append(head + (f" ({'; '.join(opts)})" if opts else ""))
        for i, p in enumerate(item["proposals"], 1):
            shown = p["traditional"] if traditional else p["text"]
            lines.append(f"{i:>3}. {shown}  {p['pinyin']}  [{p['kind']}]  score {p['score']:.2f} "
                         f"(sound {p['sound']:.2f}, fit {p['fit']:.2f})")
            lines.append(f"     {' · '.join(p['glosses'])}")
            lines.append(f"     meaning: {p['meaning']}")
            extra = [p["euphony"]]
            if p["dropped"]:
                extra.append("drops " + " ".join(p["dropped"]))
            lines.append("     " + "; ".join(extra))
            for w in p["warnings"]:
                if w["severity"] != "info":
                    lines.append(f"     ! {w['severity']}: {w['message']}")
        lines.append("")
    lines.append("Proposals are starting points: have native speakers review them and search the CNIPA, "
                 "TIPO and Hong Kong registers before use.")
    return "\n".join(lines) + "\n"


def _csv(results: list[dict[str, Any]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["name", "rank", "text", "traditional", "pinyin", "kind", "score", "sound", "fit", "glosses",
                     "meaning", "dropped", "euphony", "warnings"])
    for item in results:
        for i, p in enumerate(item["proposals"], 1):
            writer.writerow([item["name"], i, p["text"], p["traditional"], p["pinyin"], p["kind"], p["score"],
                             p["sound"], p["fit"], " / ".join(p["glosses"]), p["meaning"], " ".join(p["dropped"]),
                             p["euphony"], "; ".join(f"{w['code']}: {w['message']}" for w in p["warnings"])])
    return buf.getvalue()


def _markdown(results: list[dict[str, Any]], traditional: bool) -> str:
    def cell(text: str) -> str:
        return text.replace("|", "\\|")

    lines: list[str] = []
    for item in results:
        lines += [f"### {cell(item['name'])}", "", "| # | name | pinyin | kind | score | glosses | meaning | warnings |",
                  "|---|---|---|---|---|---|---|---|"]
        for i, p in enumerate(item["proposals"], 1):
            shown = p["traditional"] if traditional else p["text"]
            warnings = "; ".join(w["message"] for w in p["warnings"] if w["severity"] != "info")
            lines.append(f"| {i} | {shown} | {p['pinyin']} | {p['kind']} | {p['score']:.2f} | "
                         f"{cell(' · '.join(p['glosses']))} | {cell(p['meaning'])} | {cell(warnings)} |")
        lines.append("")
    return "\n".join(lines)


def _run(args: argparse.Namespace) -> int:
    from ..localnames.chinese import chinese_names
    from ..names import parse

    names = [parse(text).text for text in args.names]  # every name is validated before any work
    keywords = tuple(k.strip() for part in (args.keywords or []) for k in part.split(",") if k.strip())
    script = "traditional" if args.traditional else "simplified"
    results = []
    for name in names:
        found = chinese_names(name, sector=args.sector, keywords=keywords, k=args.n, style=args.style,
                              script=script, known=args.known, language=args.source_language)
        results.append({"name": name, "sector": args.sector, "keywords": list(keywords), "style": args.style,
                        "proposals": [to_dict(p) for p in found]})
    if args.format == "json":
        text = json.dumps(results, ensure_ascii=False, indent=2) + "\n"
    elif args.format == "csv":
        text = _csv(results)
    elif args.format == "markdown":
        text = _markdown(results, args.traditional)
    else:
        text = _table(results, args.traditional)
    write_output(text, args.output)
    return 0


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("chinese-names", help="propose Chinese names (phonetic, phono-semantic, semantic) with glosses")
    p.add_argument("names", nargs="+", metavar="NAME")
    p.add_argument("--sector", help="the brand's sector (beauty, automotive, food, finance, …): steers the meaning")
    p.add_argument("--keywords", action="append", metavar="WORDS",
                   help="English words the name should suggest, comma-separated (speed,trust)")
    p.add_argument("-n", type=_positive, default=10, help="proposals per name (default: 10)")
    p.add_argument("--style", default="balanced",
                   help="balanced (default), phonetic, phono-semantic or semantic")
    p.add_argument("--traditional", action="store_true", help="show traditional characters first (Taiwan)")
    p.add_argument("--source-language", metavar="LANG",
                   help="the language the name is read in (it, fr, de…): that reading leads (default en)")
    p.add_argument("--known", action="store_true",
                   help="also list a bundled brand's own Chinese name, marked as known")
    add_output_options(p, ("table", "json", "csv", "markdown"), "table")
    p.set_defaults(run=_run)
