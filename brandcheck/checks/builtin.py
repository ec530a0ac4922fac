"""The built-in offline checks (listed, in report order, by :mod:`brandcheck.checks`).

Each check imports its engine inside the call: the engines load data and models lazily, and
``import brandcheck`` must stay free of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Mapping

from ..context import MarketContext, Options
from ..model import Finding, Severity
from ..names import CandidateName

if TYPE_CHECKING:  # pragma: no cover
    from ..phonetics.reading import Reading


def pronounceability(reading: "Reading", ctx: MarketContext) -> tuple[Finding, ...]:
    # The score and these findings come from one analysis, made when the name was read.
    return reading.pronunciation.findings


def meaning(reading: "Reading", ctx: MarketContext) -> tuple[Finding, ...]:
    from ..meanings import meaning_findings

    return meaning_findings(reading, ctx)


def distinctiveness(reading: "Reading", ctx: MarketContext) -> tuple[Finding, ...]:
    from ..distinctiveness.check import common_words

    market = ctx.market
    # In a non-Latin market the name lives in its local form: ask whether that form is a word.
    local = () if market.latin else (reading.local.text,)
    return common_words(reading.name, market.tag, market.language, market.language_name, local)


def mixed_script(name: CandidateName, readings: "Mapping[str, Reading]", options: Options) -> tuple[Finding, ...]:
    out = []
    for word in name.mixed_script_words:
        scripts = sorted({s for s in name.scripts})
        out.append(Finding(
            "similarity.mixed_script", None, Severity.HIGH,
            f"'{word}' mixes {' and '.join(scripts)} letters; readers see one word but computers see "
            f"another, which looks like spoofing and breaks domains and handles — write it in one script.",
            {"word": word, "scripts": scripts},
        ))
    return tuple(out)
