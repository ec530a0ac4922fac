"""Raw observations from the network and the pure rules that classify them.

Every network check is split in two: a *probe* does the I/O and returns one of these
observations; a *classify* function turns it into (status, reason) and never does I/O. The
classifiers are conservative: only a clear, documented signal gives ``available`` or ``taken``;
everything else is ``unknown`` with the reason.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Mapping

from ..model import Status

__all__ = ["DnsObservation", "HttpObservation", "WhoisObservation", "classify_dns", "classify_rdap",
           "classify_whois", "block_page_reason", "PREMIUM_NOTE"]

PREMIUM_NOTE = "premium and registry-reserved names cannot be seen this way; confirm at a registrar"


@dataclass(frozen=True, slots=True)
class DnsObservation:
    """Answer to an NS query for the domain."""

    rcode: str
    """NOERROR, NXDOMAIN, SERVFAIL, REFUSED… or TIMEOUT / ERROR when no answer came."""
    nameservers: tuple[str, ...] = ()
    """NS targets in the answer (or authority section, for the domain itself)."""
    error: str = ""


@dataclass(frozen=True, slots=True)
class HttpObservation:
    """One HTTP exchange (after redirects)."""

    url: str
    status: int | None = None
    """None when no response came (timeout, refused, DNS failure)."""
    final_url: str = ""
    body: str = ""
    """The first 64 KiB of the body, decoded leniently."""
    headers: Mapping[str, str] = field(default_factory=dict)
    error: str = ""
    """Why no response came (or why the exchange was abandoned)."""


@dataclass(frozen=True, slots=True)
class WhoisObservation:
    server: str
    text: str | None = None
    error: str = ""


def classify_dns(obs: DnsObservation) -> tuple[Status | None, str]:
    """NS records mean registered; anything else is not proof either way (None = ask the registry)."""
    if obs.rcode == "NOERROR" and obs.nameservers:
        return Status.TAKEN, f"DNS: delegated to {', '.join(sorted(obs.nameservers)[:2])}"
    if obs.rcode == "NXDOMAIN":
        return None, "DNS: no delegation (not proof: names on hold or without DNS are missing too)"
    if obs.rcode in ("TIMEOUT", "ERROR"):
        return None, f"DNS: no answer ({obs.error or obs.rcode.lower()})"
    return None, f"DNS: {obs.rcode}"


_BLOCK_MARKERS = (
    ("just a moment", "Cloudflare challenge page"), ("cf-chl", "Cloudflare challenge page"),
    ("attention required", "Cloudflare block page"), ("captcha", "CAPTCHA page"),
    ("access denied", "access denied page"), ("request unsuccessful. incapsula", "Incapsula block page"),
    ("ddos-guard", "DDoS-Guard page"), ("are you a robot", "bot check page"), ("px-captcha", "PerimeterX page"),
    ("too many requests", "rate-limit page"), ("rate limit", "rate-limit page"),
)


def block_page_reason(obs: HttpObservation) -> str | None:
    """The reason a response is a WAF / bot-check / rate-limit page rather than the site's answer."""
    if obs.status == 429:
        return "rate limited (HTTP 429)"
    if obs.status is not None and obs.status >= 500:
        return f"server error (HTTP {obs.status})"
    low = obs.body[:20000].lower()
    for marker, reason in _BLOCK_MARKERS:
        if marker in low:
            return reason
    if obs.headers.get("cf-mitigated", "").lower() == "challenge":
        return "Cloudflare challenge page"
    return None


def _no_response(obs: HttpObservation, what: str) -> tuple[Status, str]:
    return Status.UNKNOWN, f"{what}: {obs.error or 'no response'}"


def classify_rdap(obs: HttpObservation, *, server: str) -> tuple[Status, str]:
    """RFC 7480/9083: 404 = no such object (not registered), 200 with a domain object = registered."""
    if obs.status is None:
        return _no_response(obs, f"RDAP {server}")
    if obs.status == 404:
        return Status.AVAILABLE, f"RDAP {server}: not found (HTTP 404); {PREMIUM_NOTE}"
    if obs.status == 200:
        try:
            data = json.loads(obs.body)
        except ValueError:
            return Status.UNKNOWN, f"RDAP {server}: HTTP 200 but the reply is not RDAP JSON"
        if isinstance(data, dict) and (data.get("objectClassName") == "domain" or "ldhName" in data):
            return Status.TAKEN, f"RDAP {server}: registered"
        return Status.UNKNOWN, f"RDAP {server}: HTTP 200 but no domain object in the reply"
    if obs.status == 429:
        retry = obs.headers.get("retry-after")
        return Status.UNKNOWN, f"RDAP {server}: rate limited (HTTP 429{', retry after ' + retry + ' s' if retry else ''})"
    if obs.status >= 500:
        return Status.UNKNOWN, f"RDAP {server}: server error (HTTP {obs.status})"
    if obs.status == 400:
        return Status.UNKNOWN, f"RDAP {server}: the registry rejected the query (HTTP 400)"
    return Status.UNKNOWN, f"RDAP {server}: unexpected HTTP {obs.status}"


_WHOIS_LIMIT = re.compile(r"(?i)(limit exceeded|quota exceeded|too many (queries|requests)|try again later|"
                          r"access denied|not authori[sz]ed)")
_WHOIS_RECORD = re.compile(r"(?im)^\s*(domain(\s*name)?|nom de domaine|dominio|registrar|nserver|name server|"
                           r"status:\s*(connect|active|registered|ok))\s*:?")


def classify_whois(obs: WhoisObservation, domain: str, no_match: str) -> tuple[Status, str]:
    """Per-registry "no match" text = not registered; a record naming the domain = registered."""
    if obs.text is None:
        return Status.UNKNOWN, f"WHOIS {obs.server}: {obs.error or 'no response'}"
    text = obs.text
    if _WHOIS_LIMIT.search(text):
        return Status.UNKNOWN, f"WHOIS {obs.server}: refused or rate limited"
    if no_match and re.search(no_match, text):
        return Status.AVAILABLE, f"WHOIS {obs.server}: no match; {PREMIUM_NOTE}"
    if domain.lower() in text.lower() and _WHOIS_RECORD.search(text):
        return Status.TAKEN, f"WHOIS {obs.server}: registered"
    return Status.UNKNOWN, f"WHOIS {obs.server}: reply not understood"
