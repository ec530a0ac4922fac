"""Availability of domains and social handles — the only package that touches the network.

Domains: DNS (an NS answer means registered) → RDAP through the IANA bootstrap (404 = not
registered, 200 = registered) → WHOIS only for TLDs without RDAP. Handles: each platform's
rules from ``wordlists/availability/platforms.toml``; a handle that breaks a platform's rule is
``invalid`` and no request is sent; where no reliable public probe exists the answer is
``unknown`` with that reason. Anything else — timeouts, SERVFAIL, 429, 5xx, WAF pages,
unparseable replies — is ``unknown`` with the reason: never ``available``.
"""

from __future__ import annotations

import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Iterable, Mapping, Sequence

from ..markets import Market, resolve
from ..model import Availability, DomainResult, Finding, HandleResult, Severity, Status
from .settings import Settings

__all__ = ["check_domains", "check_handles", "check_name", "check_names", "self_test", "refresh_rdap",
           "Settings", "domain_tlds", "handle_platforms"]


def domain_tlds(markets: Iterable[Market] = (), extra: Iterable[str] = ()) -> tuple[str, ...]:
    """``com``, the markets' ccTLDs, then the user's, without repeats."""
    from .labels import normalize_tld

    out: list[str] = ["com"]
    for m in markets:
        out += list(m.cctlds)
    if isinstance(extra, str):
        extra = [extra]
    out += [normalize_tld(t) for t in extra if not (isinstance(t, str) and not t.strip())]
    return tuple(dict.fromkeys(out))


def handle_platforms(markets: Iterable[Market] = ()) -> tuple[str, ...]:
    """The platforms that matter in the markets, in market order, without repeats."""
    out: list[str] = []
    for m in markets:
        out += list(m.platforms)
    return tuple(dict.fromkeys(out))


class _Progress:
    def __init__(self, total: int, enabled: bool) -> None:
        self.total, self.done, self.enabled = total, 0, enabled and total > 0
        self._lock = threading.Lock()

    def step(self) -> None:
        if not self.enabled:
            return
        with self._lock:
            self.done += 1
            width = 30
            filled = int(width * self.done / self.total)
            sys.stderr.write(f"\rchecking availability [{'#' * filled}{'.' * (width - filled)}] "
                             f"{self.done}/{self.total}")
            if self.done == self.total:
                sys.stderr.write("\n")
            sys.stderr.flush()


def _run(names: Sequence[str], tlds: Sequence[str], platform_ids: Sequence[str], settings: Settings, *,
         session=None, progress: bool = False, clock=None):
    """Check every (name, tld) and (name, platform) on one shared pool; results per name, in order."""
    from .cache import Cache, default_cache_path
    from .domains import check_domain
    from .handles import check_handle
    from .net import Network
    from .platforms import load_platforms

    platforms = load_platforms(settings.platforms_file)
    _refuse_unknown(platform_ids, platforms)
    cache_path = default_cache_path() if settings.cache == "default" else settings.cache
    cache = Cache(cache_path, ttl=settings.cache_ttl, **({"clock": clock} if clock else {}))
    net = Network(settings, session=session)
    from .labels import LabelError, label_variants

    def labels(name: str) -> tuple[str | None, ...]:
        try:
            return label_variants(name)
        except LabelError:
            return (None,)  # check_domain says why it is invalid, for every TLD

    jobs = [("d", i, (t, label)) for i in range(len(names)) for label in (labels(names[i]) if tlds else ())
            for t in tlds] + [("h", i, p) for i in range(len(names)) for p in platform_ids]
    bar = _Progress(len(jobs), progress)

    def work(job):
        kind, i, target = job
        try:
            if kind == "d":
                return check_domain(names[i], target[0], net, cache, settings, label=target[1])
            return check_handle(names[i], platforms[target], net, cache)
        except Exception as exc:  # noqa: BLE001 - one probe's failure is that probe's unknown, never the run's
            reason = f"check failed ({type(exc).__name__}: {' '.join(str(exc).split())[:160]})"
            if kind == "d":
                return DomainResult(f"{target[1] or names[i]}.{target[0]}", Status.UNKNOWN, reason)
            return HandleResult(target, names[i], "", Status.UNKNOWN, reason)
        finally:
            bar.step()

    try:
        pool = ThreadPoolExecutor(max_workers=max(1, settings.max_in_flight), thread_name_prefix="brandcheck-avail")
        try:
            results = list(pool.map(work, jobs))
        except BaseException:
            # Ctrl-C (or anything else) stops the run at once: jobs not started are dropped, and
            # requests in flight are refused their next step, so the wait below is one request at most.
            net.stop()
            pool.shutdown(wait=True, cancel_futures=True)
            raise
        pool.shutdown(wait=True)
    finally:
        cache.close()
        net.close()
    per_name: list[tuple[list[DomainResult], list[HandleResult]]] = [([], []) for _ in names]
    for (kind, i, _), res in zip(jobs, results):
        per_name[i][0 if kind == "d" else 1].append(res)
    return [(tuple(d), tuple(h)) for d, h in per_name], net


def _settings(settings: Settings | None, **overrides) -> Settings:
    return settings if settings is not None else Settings.from_env(**overrides)


def check_domains(names: str | Iterable[str], *, tlds: Iterable[str] | None = None,
                  markets: str | Iterable[str] | None = None, settings: Settings | None = None, session=None,
                  progress: bool = False) -> list[tuple[str, tuple[DomainResult, ...]]]:
    """Domains of each name: ``.com`` + the markets' ccTLDs (when markets are given) + ``tlds``,
    for the name as written, then its plain-ASCII and hyphenated forms when it has them
    (``"Café Noir"``: ``xn--cafnoir-dya.com``, ``cafenoir.com``, ``cafe-noir.com``).

    Returns ``[(name, (DomainResult, …)), …]`` in input order.
    """
    names = [names] if isinstance(names, str) else list(names)
    chosen = resolve(markets) if markets is not None else ()
    targets = domain_tlds(chosen, tlds or ())
    results, _ = _run(names, targets, (), _settings(settings), session=session, progress=progress)
    return [(n, d) for n, (d, _) in zip(names, results)]


def check_handles(names: str | Iterable[str], *, platforms: Iterable[str] | None = None,
                  markets: str | Iterable[str] | None = None, settings: Settings | None = None, session=None,
                  progress: bool = False) -> list[tuple[str, tuple[HandleResult, ...]]]:
    """Handles of each name on ``platforms`` (default: the markets' platforms, or every platform)."""
    from .platforms import load_platforms

    names = [names] if isinstance(names, str) else list(names)
    s = _settings(settings)
    if platforms is None:
        platforms = handle_platforms(resolve(markets)) if markets is not None else tuple(
            load_platforms(s.platforms_file))
    results, _ = _run(names, (), tuple(platforms), s, session=session, progress=progress)
    return [(n, h) for n, (_, h) in zip(names, results)]


def _findings(avail: Availability) -> tuple[Finding, ...]:
    out: list[Finding] = []
    for d in avail.domains:
        if d.status == Status.TAKEN:
            com = d.domain.endswith(".com")
            out.append(Finding(
                "availability.com_taken" if com else "availability.domain_taken", None,
                Severity.MEDIUM if com else Severity.LOW,
                f"{d.domain} is registered ({d.reason}); plan another domain or budget for buying it.",
                {"domain": d.domain, "status": d.status.value, "reason": d.reason}))
    for h in avail.handles:
        if h.status == Status.TAKEN:
            out.append(Finding("availability.handle_taken", None, Severity.LOW,
                               f"The handle '{h.handle}' is taken on {h.platform} ({h.url}); pick a variant there.",
                               {"platform": h.platform, "handle": h.handle, "url": h.url, "reason": h.reason}))
        elif h.status == Status.INVALID:
            out.append(Finding("availability.handle_invalid", None, Severity.INFO,
                               f"'{h.handle}' cannot be a handle on {h.platform}: {h.reason}.",
                               {"platform": h.platform, "handle": h.handle, "reason": h.reason}))
    unknown = [x for x in (*avail.domains, *avail.handles) if x.status == Status.UNKNOWN]
    if unknown:
        reasons = sorted({x.reason.split(";")[0] for x in unknown})
        out.append(Finding("availability.unknown", None, Severity.INFO,
                           f"{len(unknown)} domain/handle answers are unknown; check them by hand before deciding.",
                           {"count": len(unknown), "reasons": reasons[:8]}))
    return tuple(out)


def _refuse_unknown(platform_ids: Iterable[str], platforms: Mapping) -> None:
    unknown = [p for p in platform_ids if p not in platforms]
    if unknown:
        from ..errors import BrandcheckError

        raise BrandcheckError(f"unknown platform(s): {', '.join(unknown)}; known: {', '.join(sorted(platforms))}")


def checked_targets(tlds: Iterable[str], platforms: Iterable[str] | None,
                    settings: Settings | None = None) -> tuple[tuple[str, ...], tuple[str, ...] | None]:
    """The TLDs (normalised) and platform ids a run will look up, refused before any work when
    one is not a TLD or not a known platform (a one-line :class:`~brandcheck.errors.BrandcheckError`)."""
    from .labels import normalize_tld
    from .platforms import load_platforms

    tlds = tuple(normalize_tld(t) for t in tlds)
    if platforms is not None:
        platforms = tuple(platforms)
        _refuse_unknown(platforms, load_platforms(_settings(settings).platforms_file))
    return tlds, platforms


def check_names(names: Sequence[str], markets: Sequence[Market], *, tlds: Iterable[str] = (),
                platforms: Iterable[str] | None = None, settings: Settings | None = None, session=None,
                progress: bool | None = None, timeout: float | None = None) -> list[tuple[Availability, tuple[Finding, ...]]]:
    """Availability and ``availability.*`` findings for each name (used by ``check`` and ``screen``)."""
    s = _settings(settings)
    if timeout is not None:
        from dataclasses import replace

        s = replace(s, deadline=timeout)
    plats = tuple(platforms) if platforms is not None else handle_platforms(markets)
    show = sys.stderr.isatty() if progress is None else progress
    results, _ = _run(list(names), domain_tlds(markets, tlds), plats, s, session=session,
                      progress=show and len(names) * (len(plats) + 5) > 40)
    out = []
    for domains, handles in results:
        avail = Availability(domains, handles)
        out.append((avail, _findings(avail)))
    return out


def check_name(name: str, markets: Sequence[Market], **kw) -> tuple[Availability, tuple[Finding, ...]]:
    """:func:`check_names` for one name."""
    return check_names([name], markets, **kw)[0]


def self_test(platforms: Iterable[str] | None = None, *, settings: Settings | None = None, session=None):
    """Probe each platform's known-taken handle and a random one; report rules that no longer hold."""
    from .handles import self_test as run

    return run(platforms, _settings(settings), session=session)


def refresh_rdap(url: str = "https://data.iana.org/rdap/dns.json", *, settings: Settings | None = None,
                 session=None) -> str:
    """Download IANA's RDAP bootstrap into the user cache; returns the path written."""
    from .domains import refresh_bootstrap

    return refresh_bootstrap(url, _settings(settings), session=session)
