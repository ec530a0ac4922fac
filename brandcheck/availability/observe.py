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
    redirect: str = ""
    """A redirect to another host that was not followed (its Location); empty otherwise."""
    truncated: bool = False
    """The body was longer than the limit and was cut; only its first part is in ``body``."""


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


_RDAP_TYPES = ("application/rdap+json", "application/json")


def _media_type(obs: HttpObservation) -> str:
    return obs.headers.get("content-type", "").split(";")[0].strip().lower()


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
    # shown in reasons: a server's Location header may hold anything, keep what a host name can
    return host if re.fullmatch(r"[a-z0-9.:_\[\]-]*", host) else "an unreadable host name"


def _rdap_not_found(obs: HttpObservation) -> str:
    """Empty when a 404 is the registry's own "no such object"; else why it is not to be trusted."""
    if obs.final_url and _host(obs.final_url) != _host(obs.url):
        return f"the 404 came from another host ({_host(obs.final_url)})"
    media = _media_type(obs)
    if media not in _RDAP_TYPES:
        return f"the 404 is not an RDAP reply (content type {media or 'missing'!r})"
    if obs.truncated:
        return "the 404 body was too large to be an RDAP error"
    body = obs.body.strip()
    if not body:
        return ""  # a bare 404 with an RDAP content type (RFC 7480 §5.3 allows no body)
    try:
        data = json.loads(body)
    except ValueError:
        return "the 404 body is not JSON"
    if not isinstance(data, dict):
        return "the 404 body is not an RDAP error object"
    code = data.get("errorCode")
    if code is not None and (isinstance(code, bool) or code != 404):
        return f"the 404 body says error {str(code)[:12]!r}"
    if data.get("objectClassName") or data.get("ldhName"):
        return "the 404 body holds an object"
    return ""


def classify_rdap(obs: HttpObservation, *, server: str, domain: str = "") -> tuple[Status, str]:
    """RFC 7480/9083: 404 = no such object (not registered), 200 with a domain object = registered.

    A 404 counts only in RDAP's own form: an RDAP (or JSON) content type, an RDAP error body
    where one is sent, from the host that was asked. A proxy page, a captive portal or another
    host's 404 is unknown.
    """
    if obs.status is None:
        return _no_response(obs, f"RDAP {server}")
    if obs.redirect:
        return Status.UNKNOWN, f"RDAP {server}: redirected to another host ({_host(obs.redirect) or 'unreadable'}); not followed"
    if obs.final_url and _host(obs.final_url) != _host(obs.url):
        return Status.UNKNOWN, f"RDAP {server}: the answer came from another host ({_host(obs.final_url)})"
    if obs.status == 404:
        problem = _rdap_not_found(obs)
        if problem:
            return Status.UNKNOWN, f"RDAP {server}: HTTP 404 but {problem}"
        return Status.AVAILABLE, f"RDAP {server}: not found (HTTP 404); {PREMIUM_NOTE}"
    if obs.status == 200:
        try:
            data = json.loads(obs.body)
        except ValueError:
            return Status.UNKNOWN, f"RDAP {server}: HTTP 200 but the reply is not RDAP JSON"
        if isinstance(data, dict) and (data.get("objectClassName") == "domain" or "ldhName" in data):
            ldh = data.get("ldhName")
            if domain and isinstance(ldh, str) and ldh.rstrip(".").lower() != domain.lower():
                return Status.UNKNOWN, f"RDAP {server}: HTTP 200 but the reply is about another domain"
            return Status.TAKEN, f"RDAP {server}: registered"
        return Status.UNKNOWN, f"RDAP {server}: HTTP 200 but no domain object in the reply"
    if obs.status == 429:
        retry = obs.headers.get("retry-after", "")
        retry = retry if re.fullmatch(r"\d{1,6}", retry.strip()) else ""
        return Status.UNKNOWN, f"RDAP {server}: rate limited (HTTP 429{', retry after ' + retry.strip() + ' s' if retry else ''})"
    if obs.status >= 500:
        return Status.UNKNOWN, f"RDAP {server}: server error (HTTP {obs.status})"
    if obs.status == 400:
        return Status.UNKNOWN, f"RDAP {server}: the registry rejected the query (HTTP 400)"
    return Status.UNKNOWN, f"RDAP {server}: unexpected HTTP {obs.status}"


_WHOIS_LIMIT = re.compile(r"(?i)(limit exceeded|quota exceeded|too many (queries|requests)|try again later|"
                          r"access denied|not authori[sz]ed)")
# Lines that only a record of a registered domain has: a registrar, a holder, name servers,
# registration dates, an active status. ("Domain: x.be" alone is not one: .be, .eu and .it
# name the domain in their "AVAILABLE" replies too.)
_WHOIS_RECORD = re.compile(
    r"(?im)^[ \t]*\[?(registrar|sponsoring registrar|registrant|registrant name|holder|domain holder|"
    r"name ?servers?|nserver|nameservers|created|creation date|created on|registered( on)?|registration (date|time)|"
    r"expir(y|ation|es)( date)?|paid-till|tech-c|admin-c|state|status)(\][ \t]*|[ \t]*:[ \t]*|[ \t]{2,})"
    r"(?!available\b|free\b|not registered|not found|no match|no object|none\b|-?$)\S")


def classify_whois(obs: WhoisObservation, domain: str, no_match: str) -> tuple[Status, str]:
    """Per-registry "no match" text, in a reply holding no record, = not registered; a record
    naming the domain = registered; anything else (a record and a no-match phrase together, a
    cut-off or oversized reply) is unknown."""
    if obs.text is None:
        return Status.UNKNOWN, f"WHOIS {obs.server}: {obs.error or 'no response'}"
    if obs.error:
        return Status.UNKNOWN, f"WHOIS {obs.server}: {obs.error}"
    text = obs.text
    if _WHOIS_LIMIT.search(text):
        return Status.UNKNOWN, f"WHOIS {obs.server}: refused or rate limited"
    record = _WHOIS_RECORD.search(text)
    if record:
        if domain.lower() in text.lower():
            return Status.TAKEN, f"WHOIS {obs.server}: registered"
        return Status.UNKNOWN, f"WHOIS {obs.server}: the reply holds a record but does not name the domain"
    if no_match:
        try:
            found = re.search(no_match, text)
        except re.error:
            found = None
        if found:
            return Status.AVAILABLE, f"WHOIS {obs.server}: no match; {PREMIUM_NOTE}"
    return Status.UNKNOWN, f"WHOIS {obs.server}: reply not understood"
