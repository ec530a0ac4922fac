"""One handle on one platform, and the platform self-test."""

from __future__ import annotations

import secrets
from typing import Iterable

from ..model import HandleResult, Status
from .cache import Cache
from .labels import ascii_handle, handle_for, hidden_character
from .net import Network
from .platforms import PatternTimeout, Platform, classify_handle, load_platforms, probe_url, profile_url
from .settings import Settings

__all__ = ["check_handle", "self_test"]


def check_handle(name: str, platform: Platform, net: Network, cache: Cache) -> HandleResult:
    handle = handle_for(name)
    hidden = hidden_character(name)
    try:
        broken = hidden or platform.check_handle(handle)
        if broken and not hidden and not handle.isascii():
            # "Café Noir" cannot be @cafénoir where handles are ASCII; people would try @cafenoir.
            folded = ascii_handle(name)
            if folded and not platform.check_handle(folded):
                handle, broken = folded, None
    except PatternTimeout as exc:
        return HandleResult(platform.id, handle, "", Status.UNKNOWN, str(exc))
    try:
        shown = profile_url(platform, handle)
    except Exception:  # a handle that would change the host is simply invalid
        shown = ""
        broken = broken or "would change the platform's host"
    if broken:
        return HandleResult(platform.id, handle, shown, Status.INVALID, broken)
    if not platform.probe:
        why = platform.reason or "no public probe"
        return HandleResult(platform.id, handle, shown, Status.UNKNOWN,
                            f"{why}; check by hand at {shown}" if shown else why)
    key = f"{platform.id}:{handle.lower()}|{platform.fingerprint()}"  # a changed rule asks again
    cached = cache.get("handle", key)
    if cached:
        return HandleResult(platform.id, handle, shown, *cached)
    status, reason = classify_handle(net.get(probe_url(platform, handle)), platform, handle=handle)
    cache.put("handle", key, status, reason)
    return HandleResult(platform.id, handle, shown, status, reason)


def self_test(platforms: Iterable[str] | None, settings: Settings, *, session=None) -> list[dict]:
    """Each probed platform: its known-taken handle must come back taken, a random one available."""
    table = load_platforms(settings.platforms_file)
    chosen = list(platforms) if platforms else list(table)
    net = Network(settings, session=session)
    try:
        return [_self_test_one(table[pid], net) for pid in chosen]
    finally:
        net.close()


def _self_test_one(p: Platform, net: Network) -> dict:
    cache = Cache(None, ttl=0)
    pid = p.id
    if not p.probe:
        return {"platform": pid, "ok": None, "problem": f"not probed: {p.reason}"}
    random_handle = "bc" + secrets.token_hex(5)
    taken = check_handle(p.known_taken, p, net, cache) if p.known_taken else None
    free = check_handle(random_handle, p, net, cache)
    offline = [r.reason for r in (taken, free) if r is not None and "no network" in r.reason]
    if offline:  # nothing was asked: the rule is untested, not broken
        return {"platform": pid, "ok": None, "problem": f"not tested: {offline[0]}"}
    problems = []
    if taken is not None and taken.status != Status.TAKEN:
        problems.append(f"known-taken '{p.known_taken}' came back {taken.status.value} ({taken.reason})")
    if free.status == Status.TAKEN:
        problems.append(f"random '{random_handle}' came back taken: the taken rule is too broad")
    elif free.status != Status.AVAILABLE and (p.available.status or p.available.text or p.available.url):
        problems.append(f"random '{random_handle}' came back {free.status.value} ({free.reason})")
    return {"platform": pid, "ok": not problems, "problem": "; ".join(problems)}
