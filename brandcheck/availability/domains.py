"""One domain, end to end: label → DNS → RDAP (bootstrap) → WHOIS (only without RDAP)."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

from ..data import read_tsv
from ..errors import BrandcheckError
from ..model import DomainResult, Status
from ..names import script_of
from .cache import Cache
from .labels import LabelError, domain_label, to_ascii_domain
from .net import Network
from .observe import classify_dns, classify_rdap, classify_whois
from .settings import Settings

__all__ = ["check_domain", "rdap_base", "refresh_bootstrap", "bootstrap_path"]

# Used when a WHOIS server is given by override for a TLD our table does not describe.
_GENERIC_NO_MATCH = r"(?i)(no match|not found|no entries found|no data found|status:\s*(free|available))"


_BOOTSTRAP_LIMIT = 4 * 2**20
"""IANA's dns.json is well under 1 MiB; a reply larger than this is not it."""


def bootstrap_path() -> Path:
    from .cache import default_cache_path

    return default_cache_path().with_name("rdap-dns.json")


@functools.lru_cache(maxsize=1)
def _bundled_rdap() -> dict[str, str]:
    return {row["tld"]: row["base"] for row in read_tsv("availability/rdap.tsv").dicts()}


def _refreshed_rdap() -> dict[str, str]:
    path = bootstrap_path()
    try:
        stamp = path.stat()
    except OSError:
        return {}
    return _parse_bootstrap(str(path), stamp.st_mtime_ns, stamp.st_size)


@functools.lru_cache(maxsize=2)
def _parse_bootstrap(path: str, mtime_ns: int, size: int) -> dict[str, str]:
    """The bootstrap file's TLD → base map, parsed once per version of the file."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    out: dict[str, str] = {}
    services = data.get("services") if isinstance(data, dict) else None
    for entry in services if isinstance(services, list) else ():
        if not (isinstance(entry, list) and len(entry) >= 2 and isinstance(entry[0], list)
                and isinstance(entry[1], list)):
            continue
        urls = [u for u in entry[1] if isinstance(u, str) and u.startswith(("https://", "http://"))]
        urls = [u for u in urls if u.startswith("https://")] or urls
        if not urls:
            continue
        for tld in entry[0]:
            if isinstance(tld, str):
                out[tld.lower()] = urls[0] if urls[0].endswith("/") else urls[0] + "/"
    return out


def rdap_base(tld: str) -> str | None:
    """RDAP base for a TLD: a refreshed IANA bootstrap first, then the bundled snapshot."""
    last = tld.rsplit(".", 1)[-1]
    return _refreshed_rdap().get(last) or _bundled_rdap().get(last)


@functools.lru_cache(maxsize=1)
def _whois_table() -> dict[str, tuple[str, str, str]]:
    return {row["tld"]: (row["server"], row["no_match"], row["note"]) for row in read_tsv("availability/whois.tsv").dicts()}


def _idn_table() -> dict[str, tuple[frozenset[str], str]]:
    """TLD → (scripts its registry takes in IDN labels, empty for none; the note)."""
    return {row["tld"]: (frozenset(s for s in row["scripts"].split(",") if s not in ("", "-")), row["note"])
            for row in read_tsv("availability/idn.tsv").dicts()}


def idn_refusal(label: str, tld: str, table: dict[str, tuple[frozenset[str], str]]) -> str | None:
    """Why the registry of ``tld`` would not take the non-ASCII ``label`` (None: it would, or
    its policy is not known and the label is tried). Pure."""
    if label.isascii():
        return None
    last = tld.rsplit(".", 1)[-1]
    if last not in table:
        return None
    scripts, note = table[last]
    if not scripts:
        return f".{tld} takes no internationalised (non-ASCII) names ({note})"
    used = {script_of(ch) for ch in label if ch.isalpha()}
    if not used <= scripts:
        return (f".{tld} takes internationalised names in {', '.join(sorted(scripts))} script only, "
                f"not {', '.join(sorted(used - scripts))} ({note})")
    return None


def _route(domain: str, settings: Settings) -> tuple[str, str, int, str, str]:
    """Who answers for ``domain``: ("rdap", base, 0, "", "") or ("whois", server, port, no_match, note);
    an empty server means nobody (the note says why)."""
    tld = domain.split(".", 1)[1]
    last = tld.rsplit(".", 1)[-1]
    base = settings.rdap or rdap_base(tld)
    if base:
        return "rdap", base, 0, "", ""
    server, no_match, note = _whois_table().get(last, ("", _GENERIC_NO_MATCH, ""))
    port = 43
    if settings.whois:
        server, port = settings.whois
        no_match = no_match or _GENERIC_NO_MATCH
    return "whois", server, port, no_match, note or f"no RDAP or WHOIS service is known for .{last}"


def check_domain(name: str, tld: str, net: Network, cache: Cache, settings: Settings,
                 label: str | None = None) -> DomainResult:
    """``label.tld`` (``label`` defaults to the name as written, :func:`domain_label`)."""
    try:
        label = label if label is not None else domain_label(name)
        domain = to_ascii_domain(label, tld)
    except LabelError as exc:
        return DomainResult(f"{name}.{tld}", Status.INVALID, str(exc))
    refusal = idn_refusal(label, tld, _idn_table())
    if refusal:
        return DomainResult(domain, Status.INVALID, refusal)
    route = _route(domain, settings)
    # The answer belongs to the server that gave it: one server's "not found" is never served
    # for another (nor for another DNS server or no-match rule).
    dns = f"{settings.dns[0]}:{settings.dns[1]}" if settings.dns else "system"
    key = f"{domain}|{route[0]}={route[1]}:{route[2]}|{route[3]}|dns={dns}"
    cached = cache.get("domain", key)
    if cached:
        return DomainResult(domain, *cached)
    status, reason = _decide(domain, route, net)
    cache.put("domain", key, status, reason)
    return DomainResult(domain, status, reason)


def _decide(domain: str, route: tuple[str, str, int, str, str], net: Network) -> tuple[Status, str]:
    dns_status, dns_reason = classify_dns(net.ns(domain))
    if dns_status is Status.TAKEN:
        if not net.delegates_anything(domain.split(".", 1)[1]):
            return Status.TAKEN, dns_reason
        dns_reason = "DNS: not used (the server delegates names nobody registered, a wildcard)"
    kind, server, port, no_match, note = route
    if kind == "rdap":
        host = re.sub(r"^https?://", "", server).split("/")[0]
        status, reason = classify_rdap(net.get(f"{server}domain/{domain}"), server=host, domain=domain)
        return status, reason if status is not Status.UNKNOWN else f"{reason}; {dns_reason}"
    if not server:
        return Status.UNKNOWN, f"{note}; {dns_reason}"
    status, reason = classify_whois(net.whois(domain, server, port), domain, no_match)
    return status, reason if status is not Status.UNKNOWN else f"{reason}; {dns_reason}"


def refresh_bootstrap(url: str, settings: Settings, *, session=None) -> str:
    net = Network(settings, session=session)
    try:
        obs = net.get(url, body_limit=_BOOTSTRAP_LIMIT)
    finally:
        net.close()
    if obs.truncated:
        raise BrandcheckError(f"{url} sent more than {_BOOTSTRAP_LIMIT // 2**20} MiB; not an RDAP bootstrap file")
    if obs.status != 200:
        raise BrandcheckError(f"could not fetch the RDAP bootstrap from {url}: {obs.error or f'HTTP {obs.status}'}")
    try:
        data = json.loads(obs.body)
    except ValueError:
        data = None
    if not (isinstance(data, dict) and isinstance(data.get("services"), list)):
        raise BrandcheckError(f"{url} did not return an RDAP bootstrap file")
    path = bootstrap_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(obs.body, encoding="utf-8")
    return str(path)
