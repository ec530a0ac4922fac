"""Alternative names for the method's "circle back" step: ``brandcheck suggest``.

Four generators propose names, each a small pure function of its inputs, the markets' palette
and a seeded ``random.Random``:

* :mod:`.repairs` — changes to a seed aimed at its own findings, each naming the finding id it repairs;
* :mod:`.variants` — endings that carry meaning, vowel and consonant changes, truncations, keyword compounds;
* :mod:`.blends` — the start of one seed joined to the end of another;
* :mod:`.coined` — syllables every chosen market says and reads alike (:mod:`.palette`).

:mod:`.screen` then prefilters them cheaply, runs the survivors through the full offline check on
the batch engine, drops those with a medium+ meaning or similarity finding or a pronounceability
under the floor, ranks the rest by the combined score, keeps near-twins out of the top, and online
keeps only names whose required domains and handles are available.

>>> from brandcheck import suggest
>>> found = suggest(["Zelvora"], markets=["de"], n=3, style="coined", workers=1)
>>> len(found), all(s.kind == "coined" and s.dropped is None for s in found)
(3, True)
"""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any, Callable, Iterable, Iterator, Sequence

from .model import KINDS, Candidate, Suggestion

__all__ = ["suggest", "Suggestion", "Candidate", "STYLES"]

STYLES = ("repairs", "variants", "blends", "coined", "all")
"""The values of ``style``."""

POOL_PER_NAME = 10
"""Candidates prepared per suggestion asked for (at least ``MIN_POOL``, at most ``MAX_POOL``):
screening stops as soon as ``PASS_FACTOR × n`` have passed, so most runs screen far fewer."""
MIN_POOL, MAX_POOL = 60, 600
PASS_FACTOR = 1.5
"""Passed names gathered per suggestion asked for, so ranking and diversity have room to choose."""


def _check_inputs(seeds: Sequence[str], style: str, n: int) -> tuple[str, ...]:
    from ..errors import BrandcheckError
    from ..names import parse

    if isinstance(seeds, str):
        seeds = [seeds]
    if not seeds:
        raise BrandcheckError("give at least one seed name to suggest alternatives for")
    out = []
    for s in seeds:
        text = parse(s).text  # InvalidNameError with its one-line reason
        if text not in out:
            out.append(text)
    if style not in STYLES:
        raise BrandcheckError(f"unknown style {style!r}; use one of {', '.join(STYLES)}")
    if not isinstance(n, int) or n < 1:
        raise BrandcheckError("n must be a whole number of at least 1")
    return tuple(out)


def suggest(
    seeds: Sequence[str],
    *,
    markets: Any = "global",
    n: int = 50,
    style: str = "all",
    keywords: Iterable[str] = (),
    sector: str | None = None,
    seed: int = 0,
    keep_all: bool = False,
    brands: Any = None,
    wordlists: Sequence[str] = (),
    require: Iterable[str] = (),
    diverse: bool = True,
    network: Any = None,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[Suggestion, ...]:
    """Up to ``n`` screened alternatives to ``seeds`` in ``markets``, best first.

    ``style`` picks the generators (``repairs``, ``variants``, ``blends``, ``coined`` or ``all``);
    ``keywords`` (what the product is about) feed variants and blends; ``sector`` weighs brands of
    that sector and picks roots; ``seed`` makes the run repeatable (one ``random.Random(seed)``).
    ``require`` (TLDs and platform ids, e.g. ``["com", "instagram"]``) keeps only names whose
    domains and handles are available, asked over the network with ``network`` settings.
    ``keep_all`` also returns, after the kept ones, every screened name that was dropped, with
    ``dropped`` saying why. ``workers`` processes screen (default: all cores); ``progress(done,
    total)`` is called as names are screened.
    """
    from .. import api
    from .. import markets as _markets
    from ..batch import engine
    from . import screen as sc
    from .coined import coined
    from .palette import palette_for

    seed_names = _check_inputs(seeds, style, n)
    chosen = _markets.resolve(markets)
    options = api._options(None, None, wordlists, brands, sector)
    required = sc.parse_require(require, network) if require else sc.Required()
    keywords = tuple(k.strip() for k in keywords if k and k.strip())
    kinds = KINDS if style == "all" else (style,)
    rng = random.Random(seed)

    n_workers = engine.default_workers() if workers is None else max(1, workers)
    job = engine.Job(chosen, options)
    runner = engine.ProcessPool(job, n_workers) if n_workers > 1 else engine.InProcess(job)
    screening = sc.Screening(runner, window=2 * n_workers)
    try:
        # The seeds' reports are needed for repairs; they are screened first, on the same workers,
        # while this process works out the markets' palette and the coined names.
        from ..names import parse

        parsed = tuple(parse(s) for s in seed_names)
        # One chunk per worker, so every worker loads its data now rather than when the pool comes;
        # with fewer seeds than workers the seeds are screened twice (one name, against seconds of start-up).
        spread = [parsed[i::n_workers] or parsed for i in range(n_workers)] if n_workers > 1 else [parsed]
        seed_futures = [runner.submit(chunk) for chunk in spread]
        palette = palette_for(chosen)
        budget = max(MIN_POOL, min(MAX_POOL, POOL_PER_NAME * n))
        coined_list = list(coined(palette, rng, count=budget)) if "coined" in kinds else []
        seed_reports = {r.name: r for fut in seed_futures for r in fut.result()}

        ordered = _candidates(seed_names, seed_reports, kinds, palette, rng, coined_list, keywords, sector)
        from ..similarity import bundled_index

        pool = _take(sc.prefilter(ordered, palette, seeds=seed_names, brands=sc.brand_keys(), index=bundled_index()),
                     budget)

        screening.submit(pool)
        target = int(PASS_FACTOR * n + 0.5)
        kept: list[Suggestion] = []
        dropped: list[Suggestion] = []
        taken: dict[str, str | None] = {}  # name → why a required domain/handle is not available (None: all are)
        results = screening.results()
        done = 0
        while True:
            exhausted = True
            for cand, report in results:
                s = sc.judge(cand, report)
                (dropped if s.dropped else kept).append(s)
                done += 1
                if progress is not None:
                    progress(done, budget)
                if len(kept) >= target:
                    exhausted = False
                    break
            ranked = sc.rank(kept)
            if diverse:
                ranked = sc.diversify(ranked)
            if not required:
                break
            ranked = _available(ranked, n, required, network, taken)
            if len(ranked) >= n or exhausted:
                break
            target += n  # too few of them are free: screen more
    finally:
        screening.close()

    out = ranked[:n]
    if keep_all:
        late = [replace(s, dropped=f"not available: {taken[s.name]}") for s in kept if taken.get(s.name)]
        out += sc.rank(dropped + late)
    return tuple(out)


def _candidates(seed_names, seed_reports, kinds, palette, rng, coined_list, keywords, sector) -> Iterator[Candidate]:
    """Every generator's candidates in screening order: the repairs first (aimed at what is wrong),
    then variants, blends and coined names in turn, so any prefix mixes them."""
    from .blends import blends
    from .morphemes import morphemes
    from .repairs import repairs
    from .variants import round_robin, variants

    if "repairs" in kinds:
        for s in seed_names:
            yield from repairs(s, seed_reports[s], palette, rng)
    streams: list[Iterable[Candidate]] = []
    if "variants" in kinds:
        streams += [variants(s, palette, morphemes(), rng, keywords=keywords, sector=sector) for s in seed_names]
    if "blends" in kinds:
        streams.append(blends(list(seed_names) + list(keywords), rng, origin=seed_names))
    streams.append(coined_list)
    yield from round_robin(*streams)


def _available(ranked: list[Suggestion], n: int, required, network, taken: dict[str, str | None]
               ) -> list[Suggestion]:
    """The first ``n`` ranked names whose required domains and handles are all available, asking
    in batches and only about names not asked before (``taken`` records every answer)."""
    from .screen import unavailable

    i = 0
    while sum(taken.get(s.name, "") is None for s in ranked) < n and i < len(ranked):
        missing = sum(taken.get(s.name, "") is None for s in ranked)
        batch = [s.name for s in ranked[i:] if s.name not in taken][:max(4, 2 * (n - missing))]
        if not batch:
            break
        for name, why in zip(batch, unavailable(batch, required, network)):
            taken[name] = why
        i = next((j for j, s in enumerate(ranked) if s.name not in taken), len(ranked))
    return [s for s in ranked if s.name in taken and taken[s.name] is None][:n]


def _take(items: Iterable[Candidate], limit: int) -> Iterator[Candidate]:
    for i, c in enumerate(items):
        if i >= limit:
            return
        yield c
