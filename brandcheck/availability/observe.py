"""Raw observations from the network and the pure rules that classify them.

Every network check is split in two: a *probe* does the I/O and returns one of these
observations; a *classify* function turns it into (status, reason) and never does I/O. The
classifiers are conservative: only a clear, documented signal gives ``available`` or ``taken``;
everything else is ``unknown`` with the reason.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from typing import Mapping

from ..model import Status

__all__ = ["DnsObservation", "HttpObservation", "WhoisObservation", "classify_dns", "classify_rdap",
           "classify_whois", "block_page_reason", "page_title", "not_found_page_reason", "refusal_reason",
           "redirect_reason", "foreign_refusal", "strict_json", "PREMIUM_NOTE"]

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
    """The reply read as UTF-8 (bytes that are not, replaced)."""
    error: str = ""
    readings: tuple[str, ...] = ()
    """When the reply is not UTF-8: the same bytes read in the legacy encodings registries use
    (GBK, Shift_JIS, KOI8-R…); a refusal or a record in any of them counts."""


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
    # the sentences bot checks and WAFs of every make show (anywhere in the page)
    ("verify you are human", "bot check page"), ("verify you are a human", "bot check page"),
    ("checking your browser", "bot check page"), ("checking if the site connection is secure", "bot check page"),
    ("unusual traffic", "bot check page"), ("pardon our interruption", "bot check page"),
    ("enable javascript and cookies to continue", "bot check page"), ("request blocked", "block page"),
    ("request was blocked", "block page"), ("has been blocked", "block page"),
)
# Words that, in a page's title, make it a block page whatever the rest says (a profile may
# mention them in its text, so there they do not count).
_BLOCK_TITLE = re.compile(r"(?i)\b(forbidden|security check|blocked|access denied|bot check|one moment|please wait|"
                          r"just a moment|attention required)\b|\b(403|429|50[0-4])\b")


def page_title(body: str) -> str:
    """The text of an HTML page's ``<title>`` (else its first ``<h1>``), unescaped, spaces folded;
    ``""`` when it has neither. Pure."""
    import html

    head = body[:30000]
    found = (re.search(r"(?is)<title[^>]*>(.*?)</title", head) or re.search(r"(?is)<h1[^>]*>(.*?)</h1", head))
    if not found:
        return ""
    return " ".join(html.unescape(re.sub(r"<[^>]*>", " ", found.group(1))).split())[:200]


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
    foreign = foreign_refusal(obs.body[:20000])
    if foreign:
        return f"a rate-limit, block or bot-check page ({foreign})"
    if obs.headers.get("cf-mitigated", "").lower() == "challenge":
        return "Cloudflare challenge page"
    if obs.headers.get("retry-after", "").strip():
        return f"the server asks to come back later (HTTP {obs.status} with Retry-After)"
    title = page_title(obs.body)
    if title and _BLOCK_TITLE.search(title):
        return f"a block or error page (titled {title[:60]!r})"
    return None


# A page whose title says that what was asked for is not there.
_NOT_FOUND_TITLE = re.compile(
    r"(?i)\b(not found|404|does ?n[o'’]t exist|does not exist|is ?n[o'’]t available|is not available|"
    r"no longer available|(page|account|profile|user|channel|content) (is )?(unavailable|not available)|"
    r"could ?n['’]t (be )?f(i|ou)nd|could not (be )?f(i|ou)nd|can['’]t (be )?f(i|ou)nd|cannot (be )?f(i|ou)nd|"
    r"no such (user|account|page|profile|channel)|nothing here)\b")


def not_found_page_reason(obs: HttpObservation) -> str | None:
    """Why a reply whose status says "here it is" is a "not found" page (a soft 404), or None. Pure."""
    title = page_title(obs.body)
    if title and _NOT_FOUND_TITLE.search(title):
        return f"HTTP {obs.status} but the page says {title[:60]!r} (a soft 404)"
    return None


# What servers say when they will not answer (rate limits, quotas, bans, maintenance, bad
# queries) or when a name cannot be registered however free it looks. Phrases, not single words:
# registries' legal notices say "restricted", "prohibited" and "all rights reserved" in every reply.
_REFUSAL = re.compile(
    r"(?i)(limit exceeded|quota exceeded|exceeded (the |your |this server'?s? |our |its )?(maximum |allowed )?"
    r"(number of )?(query |request |lookup |connection |rate |daily |hourly )?(limit|quota|rate|queries|requests|lookups)|"
    r"(queries|requests|lookups|connections) [^.\n]{0,30}exceeded|(query|request) (rate|limit) (exceeded|reached)|"
    r"maximum (number of )?(queries|requests|lookups|connections)[^.\n]{0,30}reached|"
    r"too many (queries|requests|lookups|connections)|rate.?limit(ed|ing)?\b|try (again )?later|retry later|"
    r"please (retry|wait)|access denied|permission denied|not authori[sz]ed|"
    r"\b(ip|address|host|client|connection)\b[^.\n]{0,30}\b(has been|have been|is|are|was) (blocked|banned|"
    r"blacklisted|blocklisted|denied|throttled)|\b(blacklisted|blocklisted|banned)\b|"
    r"(server|service|system)( is)? (busy|overloaded|(temporarily )?unavailable|under maintenance|down)|"
    r"temporarily unavailable|under maintenance|"
    r"(invalid|malformed|bad) (query|request|input|syntax|search|domain( name)?)|syntax error|"
    r"is reserved|reserved (by|for) (the )?(registry|registrar|government|future)|registry.reserved|"
    r"not available for registration|cannot be registered|can ?not be registered|(blocked|premium|prohibited|"
    r"restricted|reserved) (name|domain|label|string|word))")


def refusal_reason(text: str) -> str | None:
    """The phrase in a server's text that says it did not answer (or that the name cannot be
    registered), in English or another language (:func:`foreign_refusal`), or None. Pure."""
    found = _REFUSAL.search(text)
    return " ".join(found.group(0).split())[:60] if found else foreign_refusal(text)


@functools.lru_cache(maxsize=1)
def _foreign_phrases() -> tuple[tuple[str, str], ...]:
    from ..data import read_tsv

    return tuple((row["phrase"], row["language"]) for row in read_tsv("availability/refusals.tsv").dicts())


def foreign_refusal(text: str) -> str | None:
    """A phrase of ``availability/refusals.tsv`` (too many requests, access denied, try later…
    in other languages) found in ``text``, shown with its language, or None."""
    folded = " ".join(text.casefold().split())
    return next((f"{phrase} ({language})" for phrase, language in _foreign_phrases() if phrase in folded), None)


def redirect_reason(obs: HttpObservation) -> str:
    """Why a redirect was not followed, for the reason shown."""
    target = _host(obs.redirect)
    if not target or target == "an unreadable host name":
        return "redirected to an unreadable or non-web address; not followed"
    if target != _host(obs.url):
        return f"redirected to another host ({target}); not followed"
    return "redirected to another port or scheme of the same host; not followed"


def _no_response(obs: HttpObservation, what: str) -> tuple[Status, str]:
    return Status.UNKNOWN, f"{what}: {obs.error or 'no response'}"


_RDAP_TYPES = ("application/rdap+json", "application/json")


def strict_json(text: str):
    """``json.loads`` that refuses (ValueError) an object with a key given twice: which of the
    two a reader keeps differs from parser to parser, so the reply says nothing for sure."""
    def pairs(items):
        keys = [k for k, _ in items]
        if len(set(keys)) != len(keys):
            raise ValueError("a key given twice")
        return dict(items)
    return json.loads(text, object_pairs_hook=pairs)


def _same_path(asked: str, final: str) -> bool:
    """Whether a reply came from the path asked (a trailing slash and letter case aside)."""
    from urllib.parse import unquote, urlsplit

    try:
        a, b = urlsplit(asked), urlsplit(final)
    except ValueError:
        return False
    return unquote(a.path).rstrip("/").casefold() == unquote(b.path).rstrip("/").casefold()


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
    if obs.final_url and not _same_path(obs.url, obs.final_url):
        return "it came after a redirect to another path"
    if obs.headers.get("retry-after", "").strip():
        return "it asks to come back later (Retry-After)"
    if obs.truncated:
        return "the 404 body was too large to be an RDAP error"
    body = obs.body.strip()
    if not body:
        return ""  # a bare 404 with an RDAP content type (RFC 7480 §5.3 allows no body)
    try:
        data = strict_json(body)
    except (ValueError, RecursionError):
        return "the 404 body is not JSON (or gives a key twice)"
    if not isinstance(data, dict):
        return "the 404 body is not an RDAP error object"
    code = data.get("errorCode")
    if code is not None and (isinstance(code, bool) or code != 404):
        return f"the 404 body says error {str(code)[:12]!r}"
    if data.get("objectClassName") or data.get("ldhName"):
        return "the 404 body holds an object"
    if code is None and data and not isinstance(data.get("rdapConformance"), list):
        # another service's error format (an API gateway's {"message": "Not Found"}); an empty
        # object says no more than an empty body, which RFC 7480 allows
        return "the 404 body is JSON but not an RDAP error (no errorCode, no rdapConformance)"
    words = " ".join(str(data.get(key, "")) for key in ("title", "description"))
    refusal = refusal_reason(words)
    if refusal:
        return f"the 404 body says {refusal!r}"
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
        return Status.UNKNOWN, f"RDAP {server}: {redirect_reason(obs)}"
    if obs.final_url and _host(obs.final_url) != _host(obs.url):
        return Status.UNKNOWN, f"RDAP {server}: the answer came from another host ({_host(obs.final_url)})"
    if obs.status == 404:
        problem = _rdap_not_found(obs)
        if problem:
            return Status.UNKNOWN, f"RDAP {server}: HTTP 404 but {problem}"
        return Status.AVAILABLE, f"RDAP {server}: not found (HTTP 404); {PREMIUM_NOTE}"
    if obs.status == 200:
        try:
            data = strict_json(obs.body)
        except (ValueError, RecursionError):
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


# Lines that only a record of a registered domain has: a registrar, a holder, name servers,
# registration dates, an active status. ("Domain: x.be" alone is not one: .be, .eu and .it
# name the domain in their "AVAILABLE" replies too.)
_WHOIS_RECORD = re.compile(
    r"(?im)^[ \t]*\[?(?:(?:domain|sponsoring|tech(?:nical)?|admin(?:istrative)?|billing|last|registry)[ \t-])?"
    r"(registrar|registrant|holder|owner|organi[sz]ation|org|e-?mail|phone|fax(?:-no)?|address|"
    r"name ?servers?|nserver|nameservers|created|creation|registered|registration|changed|updated|modified|"
    r"expir(?:y|ation|es)|paid-till|tech-c|admin-c|state|status|"
    # the same keys as CNNIC, TWNIC, JPRS (Japanese) and KISA word them
    r"域名服务器|注册商|注册人|注册者|注册时间|注册日期|过期时间|到期时间|所有者|域名状态|状态|註冊人|註冊商|註冊日期|到期日期|"
    r"登録者名|登録年月日|有効期限|ネームサーバ|状態|등록인|등록일|사용 종료일|네임서버)"
    r"(?:[ \t][\w.-]+){0,2}(\][ \t]*|[ \t]*[:：][ \t]*|[ \t]{2,})"
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
    record = _WHOIS_RECORD.search(text)
    if record:
        if domain.lower() in text.lower():
            return Status.TAKEN, f"WHOIS {obs.server}: registered"
        return Status.UNKNOWN, f"WHOIS {obs.server}: the reply holds a record but does not name the domain"
    if any(_WHOIS_RECORD.search(reading) for reading in obs.readings):
        return Status.UNKNOWN, f"WHOIS {obs.server}: the reply (not UTF-8) seems to hold a record"
    refusal = next(filter(None, map(refusal_reason, (text, *obs.readings))), None)
    if refusal:
        return Status.UNKNOWN, f"WHOIS {obs.server}: refused, rate limited or not registrable ({refusal!r})"
    if no_match:
        try:
            found = re.search(no_match, text)
        except re.error:
            found = None
        if found:
            other = _other_domain(text, found, domain)
            if other:
                return Status.UNKNOWN, f"WHOIS {obs.server}: the no-match is about another name ({other})"
            return Status.AVAILABLE, f"WHOIS {obs.server}: no match; {PREMIUM_NOTE}"
    return Status.UNKNOWN, f"WHOIS {obs.server}: reply not understood"


def _other_domain(text: str, found: re.Match, domain: str) -> str:
    """A name under the same TLD that the no-match line speaks of when it is not ``domain``
    (a server answering for another query), or ``""``."""
    start = text.rfind("\n", 0, found.start()) + 1
    end = text.find("\n", found.end())
    line = text[start:end if end >= 0 else len(text)].lower()
    last = domain.lower().rsplit(".", 1)[-1]
    for name in re.findall(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+", line):
        if name.rsplit(".", 1)[-1] == last and name != domain.lower() and not name.startswith("whois."):
            return name[:80]
    return ""
