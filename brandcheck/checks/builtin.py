"""The built-in offline checks, registered in the order reports list them.

Each check imports its engine inside the call: the engines load data and models lazily, and
``import brandcheck`` must stay free of them.
"""

from __future__ import annotations

from ..markets import Market
from ..model import Finding, Severity
from ..names import CandidateName
from ..context import MarketContext, Options
from . import register


@register("pronounceability", "market")
def pronounceability(name: CandidateName, ctx: MarketContext) -> tuple[Finding, ...]:
    from ..phonetics import analyze

    return analyze(name.text, ctx.market, source_language=ctx.options.source_language, ipa=ctx.options.ipa).findings


@register("meaning", "market")
def meaning(name: CandidateName, ctx: MarketContext) -> tuple[Finding, ...]:
    from ..meanings import screen

    return screen(name, ctx.market, ctx.options)


@register("distinctiveness", "market")
def distinctiveness(name: CandidateName, ctx: MarketContext) -> tuple[Finding, ...]:
    from ..distinctiveness.check import common_words

    market = ctx.market
    local: tuple[str, ...] = ()
    if not market.latin:
        # In a non-Latin market the name lives in its local form: ask whether that form is a word.
        try:
            from ..phonetics.localize import localize
        except ModuleNotFoundError:
            local = ()
        else:
            local = tuple(r.text for r in localize(name.text, market, k=1, source_language=ctx.options.source_language,
                                                   ipa=ctx.options.ipa))
    return common_words(name, market.tag, market.language, market.language_name, local)


@register("similarity", "name")
def similarity(name: CandidateName, markets: tuple[Market, ...], options: Options) -> tuple[Finding, ...]:
    from ..similarity import screen

    return screen(name, markets, options).findings


@register("similarity", "name")
def mixed_script(name: CandidateName, markets: tuple[Market, ...], options: Options) -> tuple[Finding, ...]:
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
