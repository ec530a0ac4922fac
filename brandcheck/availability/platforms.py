"""Platform rules (TOML data) and the pure handle classifier.

The bundled rules live in ``wordlists/availability/platforms.toml``; a user file
(``BRANDCHECK_PLATFORMS`` or ``--platforms-file``) adds platforms or replaces whole entries.
"""

from __future__ import annotations

import functools
import re
import sys
from dataclasses import dataclass
from typing import Mapping
from urllib.parse import quote, urlsplit

from ..data import data_root
from ..errors import DataError
from ..model import Status
from .net import address_problem
from .observe import (HttpObservation, block_page_reason, not_found_page_reason, page_title, redirect_reason,
                      refusal_reason)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

__all__ = ["Rule", "Platform", "PatternTimeout", "load_platforms", "classify_handle", "login_wall_reason",
           "profile_url", "probe_url", "unsafe_host"]


@dataclass(frozen=True, slots=True)
class Rule:
    """Every key given must hold."""

    status: tuple[int, ...] = ()
    """HTTP status codes, one of which the reply must have."""
    text: str = ""
    """A substring the body must hold."""
    url: str = ""
    """A substring the final URL must hold."""
    body: str = ""
    """The whole body, white space trimmed, must equal this (for APIs that answer a bare ``true``)."""

    def __bool__(self) -> bool:
        return bool(self.status or self.text or self.url or self.body)

    def matches(self, obs: HttpObservation) -> bool:
        if not self:
            return False
        if self.status and obs.status not in self.status:
            return False
        if self.text and self.text not in obs.body:
            return False
        if self.url and self.url not in (obs.final_url or obs.url):
            return False
        if self.body and (obs.truncated or obs.body.strip() != self.body):
            return False
        return True

    def describe(self) -> str:
        parts = []
        if self.status:
            parts.append("HTTP " + "/".join(map(str, self.status)))
        if self.body:
            parts.append(f"body is {self.body!r}")
        if self.text:
            parts.append(f"body has {self.text!r}")
        if self.url:
            parts.append(f"final URL has {self.url!r}")
        return " and ".join(parts)


@dataclass(frozen=True, slots=True)
class Platform:
    id: str
    name: str
    url: str
    """Probe URL template with ``{handle}``."""
    pattern: str
    """The platform's handle rule (a regular expression)."""
    available: Rule
    taken: Rule
    known_taken: str = ""
    profile: str = ""
    """URL shown to people (defaults to ``url``)."""
    probe: bool = True
    reason: str = ""
    """Why there is no probe, when ``probe`` is false."""

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or ""

    def check_handle(self, handle: str) -> str | None:
        """None when the handle follows the platform's rule, else the broken rule in words.

        The pattern runs under a time limit (the ``regex`` module's ``timeout``); a pattern that
        takes longer raises :class:`PatternTimeout`."""
        try:
            ok = _compiled(self.pattern).fullmatch(handle, timeout=PATTERN_TIMEOUT)
        except TimeoutError:
            raise PatternTimeout(f"{self.name}'s handle rule took longer than {PATTERN_TIMEOUT} s") from None
        if not ok:
            return f"breaks {self.name}'s handle rule {self.pattern}"
        return None

    def fingerprint(self) -> str:
        """Short hash of everything that decides an answer (cache keys change when the rule does)."""
        import hashlib

        parts = (self.url, self.pattern, repr(self.available), repr(self.taken), str(self.probe))
        return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]


PATTERN_TIMEOUT = 0.25
"""Seconds a handle pattern may run on one handle (real rules take microseconds)."""


class PatternTimeout(DataError):
    """A platform's handle pattern ran past :data:`PATTERN_TIMEOUT`."""


@functools.lru_cache(maxsize=256)
def _compiled(pattern: str):
    import regex

    return regex.compile(pattern, regex.VERSION0)


def _fill(template: str, handle: str) -> str:
    # quote(safe="") encodes / ? # @ % : so a hostile handle can never reach another host or path.
    url = template.replace("{handle}", quote(handle, safe=""))
    if urlsplit(url).hostname != urlsplit(template.replace("{handle}", "x")).hostname:
        raise DataError(f"handle {handle!r} would change the host of {template}")
    return url


def probe_url(platform: Platform, handle: str) -> str:
    return _fill(platform.url, handle)


def profile_url(platform: Platform, handle: str) -> str:
    return _fill(platform.profile or platform.url, handle)


_RULE_KEYS = {"status", "text", "url", "body"}
_PLATFORM_KEYS = {"name", "url", "profile", "pattern", "available", "taken", "known_taken", "probe", "reason"}
# Hosts a rule file may never send requests to: cloud metadata services, by name.
_METADATA_HOSTS = {"metadata", "metadata.google.internal", "metadata.goog", "instance-data",
                   "instance-data.ec2.internal", "metadata.azure.com", "metadata.packet.net", "metadata.tencentyun.com"}
# A handle no real platform rule needs long to judge: a pattern that cannot settle it in time is refused.
_PATTERN_PROBES = ("a" * 40 + "!", "a" * 40, "-" * 40 + "\x00", "_." * 20 + "!")


def _rule(data: object, where: str) -> Rule:
    if data is None:
        return Rule()
    if not isinstance(data, dict):
        raise DataError(f"{where}: a rule is a table with status / text / url / body")
    extra = set(data) - _RULE_KEYS
    if extra:
        raise DataError(f"{where}: unknown rule key(s) {', '.join(sorted(map(str, extra)))}; "
                        f"use status / text / url / body")
    status = data.get("status", [])
    if isinstance(status, int) and not isinstance(status, bool):
        status = [status]
    if not isinstance(status, list) or not all(isinstance(x, int) and not isinstance(x, bool) for x in status):
        raise DataError(f"{where}: status must be an HTTP status code or a list of them, like [404]")
    if not all(100 <= x <= 599 for x in status):
        raise DataError(f"{where}: status codes are between 100 and 599")
    values = {}
    for key in ("text", "url", "body"):
        value = data.get(key, "")
        if not isinstance(value, str):
            raise DataError(f"{where}: {key} must be a string")
        values[key] = value
    return Rule(tuple(status), values["text"], values["url"], values["body"])


def unsafe_host(url: str) -> str:
    """Why ``url`` may not be requested (not http/https, no host, a link-local, private, metadata
    or otherwise special address), or ``""``; loopback is allowed (local test servers). Sends nothing."""
    import ipaddress
    import socket

    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as exc:
        return f"not a valid URL ({exc})"
    if parts.scheme not in ("http", "https"):
        return f"scheme {parts.scheme or 'missing'!r} is not allowed; use http or https"
    if not host:
        return "the URL has no host"
    if parts.username is not None or parts.password is not None:
        return "the URL carries a user name or password"
    host = host.rstrip(".").lower()
    if host in _METADATA_HOSTS or host.endswith(".internal"):
        return f"host {host!r} is a metadata or internal service"
    address = None
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        try:  # legacy IPv4 forms a resolver still accepts: 2852039166, 0xa9fea9fe, 0251.0376.0251.0376
            if re.fullmatch(r"[0-9a-fx.]+", host) and not re.fullmatch(r"[a-f.]+", host):
                address = ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            address = None
    # A host name is checked again where it is used: net refuses a connection that lands on such
    # an address (a name that resolves elsewhere later, DNS rebinding).
    return "" if address is None else address_problem(address)


def _url(spec: dict, key: str, where: str) -> str:
    value = spec.get(key)
    if not isinstance(value, str):
        raise DataError(f"{where}: {key} must be a string (an http or https URL with {{handle}})")
    if "{handle}" not in value:
        raise DataError(f"{where}: {key} must be an absolute URL with {{handle}}")
    problem = unsafe_host(value.replace("{handle}", "x"))
    if problem:
        raise DataError(f"{where}: {key} {value!r}: {problem}")
    if urlsplit(value.replace("{handle}", "x")).hostname != urlsplit(value.replace("{handle}", "y")).hostname:
        raise DataError(f"{where}: {key} must not have {{handle}} in its host")
    return value


def _pattern(spec: dict, where: str) -> str:
    import regex

    pattern = spec.get("pattern")
    if not isinstance(pattern, str):
        raise DataError(f"{where}: pattern must be a string (a regular expression)")
    try:
        compiled = _compiled(pattern)
    except (regex.error, ValueError, OverflowError, RecursionError) as exc:
        raise DataError(f"{where}: bad pattern ({str(exc).splitlines()[0] if str(exc) else type(exc).__name__})") \
            from None
    for probe in _PATTERN_PROBES:
        try:
            compiled.fullmatch(probe, timeout=PATTERN_TIMEOUT)
        except TimeoutError:
            raise DataError(f"{where}: pattern {pattern!r} takes too long to match (nested repetition?)") from None
    return pattern


def _text(spec: dict, key: str, where: str) -> str:
    value = spec.get(key, "")
    if not isinstance(value, str):
        raise DataError(f"{where}: {key} must be a string")
    return value


def _parse(text: str, source: str) -> dict[str, Platform]:
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise DataError(f"{source}: not valid TOML ({str(exc).splitlines()[0]})") from None
    except RecursionError:
        raise DataError(f"{source}: TOML nested too deeply to be platform rules") from None
    extra = set(doc) - {"platform"}
    if extra:
        raise DataError(f"{source}: unknown top-level key(s) {', '.join(sorted(extra))}; "
                        f"platforms are [platform.<id>] tables")
    table = doc.get("platform")
    if not isinstance(table, dict) or not table:
        raise DataError(f"{source}: no [platform.<id>] tables")
    out: dict[str, Platform] = {}
    for pid, spec in table.items():
        where = f"{source}: platform.{pid}"
        if not re.fullmatch(r"[a-z0-9][a-z0-9_-]{0,31}", pid):
            raise DataError(f"{where}: a platform id is 1–32 lower-case letters, digits, - or _")
        if not isinstance(spec, dict):
            raise DataError(f"{where}: must be a table")
        extra = set(spec) - _PLATFORM_KEYS
        if extra:
            raise DataError(f"{where}: unknown key(s) {', '.join(sorted(extra))}")
        if "url" not in spec or "pattern" not in spec:
            raise DataError(f"{where}: needs url and pattern")
        url = _url(spec, "url", where)
        profile = _url(spec, "profile", where) if "profile" in spec else ""
        pattern = _pattern(spec, where)
        probe = spec.get("probe", True)
        if not isinstance(probe, bool):
            raise DataError(f"{where}: probe must be true or false")
        available, taken = _rule(spec.get("available"), where), _rule(spec.get("taken"), where)
        if probe and not (available or taken):
            raise DataError(f"{where}: a probed platform needs an available or a taken rule")
        out[pid] = Platform(pid, _text(spec, "name", where) or pid, url, pattern, available, taken,
                            _text(spec, "known_taken", where), profile, probe, _text(spec, "reason", where))
    return out


@functools.lru_cache(maxsize=8)
def load_platforms(user_file: str | None = None) -> Mapping[str, Platform]:
    """Bundled platforms, updated with a user file's entries (same id = replaced)."""
    bundled = _parse((data_root() / "availability" / "platforms.toml").read_text(encoding="utf-8"),
                     "availability/platforms.toml")
    if user_file:
        from ..batch.files import special_file

        special = special_file(user_file)
        if special:
            raise DataError(f"platform file {user_file!r} {special}")
        try:
            from pathlib import Path

            text = Path(user_file).read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise DataError(f"platform file {user_file!r}: {exc.strerror or exc}") from None
        except UnicodeDecodeError:
            raise DataError(f"platform file {user_file!r}: not UTF-8 text (TOML files are UTF-8)") from None
        bundled.update(_parse(text, user_file))
    return bundled


_LOGIN_PATH = re.compile(r"(?i)/(login|log-in|signin|sign-in|sign_in|accounts/login|auth|checkpoint|"
                         r"uas/login|authwall|register|signup)(?:[/?#.]|$)")
_LOGIN_MARKERS = ('"showsignup":true', 'type="password"', "type='password'", "authwall", "login_form",
                  # the sentences of a wall (compared without spaces)
                  "signintosee", "logintosee", "signintocontinue", "logintocontinue", "signintoview", "logintoview",
                  "mustbeloggedin", "mustbesignedin", "needtologin", "needtosignin", "loginrequired",
                  "pleaselogin", "pleasesignin")
_LOGIN_TITLE = re.compile(r"(?i)^(log ?in|sign ?in|sign ?up|signin|login|create an account)\b|"
                          r"\b(log ?in|sign ?in) (to|with|or)\b|\blogin required\b")


def login_wall_reason(obs: HttpObservation) -> str | None:
    """Why a reply is a login or sign-up wall rather than the platform's answer, or None."""
    try:
        path = urlsplit(obs.final_url or obs.url).path
    except ValueError:
        path = ""
    if _LOGIN_PATH.search(path):
        return "the platform answered with a login page"
    low = obs.body[:200000].lower().replace(" ", "")
    for marker in _LOGIN_MARKERS:
        if marker in low:
            return "the platform answered with a login or sign-up wall"
    if _LOGIN_TITLE.search(page_title(obs.body)):
        return "the platform answered with a login page"
    return None


def classify_handle(obs: HttpObservation, platform: Platform, *, handle: str = "") -> tuple[Status, str]:
    """Pure: an HTTP observation and the platform's rules → (status, reason).

    Never ``available`` through a redirect to another host, from a host that is not the probe's,
    on a login wall, from a status neither rule names (403, 451, 206… a refusal or a part of an
    answer), from a reply both rules claim, or (``handle`` given) after a redirect to a page that
    is not the handle's: those are the answer of a page, not of the platform."""
    if obs.status is None:
        return Status.UNKNOWN, f"no response ({obs.error or 'unknown error'})"
    probe_host = (urlsplit(obs.url).hostname or "").lower()
    if obs.redirect:
        return Status.UNKNOWN, redirect_reason(obs)
    if obs.final_url and (urlsplit(obs.final_url).hostname or "").lower() != probe_host:
        return Status.UNKNOWN, "the answer came from another host"
    blocked = block_page_reason(obs)
    if blocked:
        return Status.UNKNOWN, blocked
    wall = login_wall_reason(obs)
    if wall:
        return Status.UNKNOWN, wall
    if obs.status not in (200, 404, *platform.available.status, *platform.taken.status):
        return Status.UNKNOWN, f"HTTP {obs.status} is neither rule's answer"
    available, taken = platform.available.matches(obs), platform.taken.matches(obs)
    if available and taken:
        return Status.UNKNOWN, f"the reply (HTTP {obs.status}) matches both the available and the taken rule"
    if available and handle and not platform.available.url and _moved_away(obs, handle):
        return Status.UNKNOWN, "redirected away from the handle's page; not the handle's answer"
    refusal = refusal_reason(_visible_text(obs.body)) if available else None
    if refusal:  # "not found" on a page that says "try again later" is the server's excuse
        return Status.UNKNOWN, f"the page says {refusal!r}"
    if available:
        return Status.AVAILABLE, (f"{platform.available.describe()}; a free-looking handle may still be reserved "
                                  f"or suspended")
    if taken:
        soft = not_found_page_reason(obs)
        if soft:  # "here it is" with a page that says it is not: neither answer can be trusted
            return Status.UNKNOWN, soft
        return Status.TAKEN, platform.taken.describe()
    return Status.UNKNOWN, f"the reply (HTTP {obs.status}) matched neither rule"


def _visible_text(body: str) -> str:
    """What a page shows (its scripts, styles and tags taken out); a JSON or plain reply as it is."""
    text = re.sub(r"(?is)<(script|style|noscript)\b.*?</\1\s*>", " ", body[:200000])
    return re.sub(r"<[^>]*>", " ", text)


def _moved_away(obs: HttpObservation, handle: str) -> bool:
    """Whether a redirect took the request from the handle's page to one that is not it: the
    path segment (``@zelvoran``) or query value (``?user=zelvoran``) that held the handle in the
    probe must be in the final URL as it was (``/zelvoran-2`` or ``/?ref=zelvoran`` is another page)."""
    from urllib.parse import parse_qsl, unquote

    if not obs.final_url or obs.final_url == obs.url:
        return False
    try:
        asked, final = urlsplit(obs.url), urlsplit(obs.final_url)
    except ValueError:
        return True
    want = handle.casefold()

    def tokens(parts) -> tuple[set[str], set[str]]:
        segments = {seg.casefold() for seg in unquote(parts.path).split("/") if seg}
        values = {v.casefold() for _, v in parse_qsl(parts.query, keep_blank_values=True)}
        return segments, values

    for held, now in zip(tokens(asked), tokens(final)):
        if any(want in token for token in held) and not {t for t in held if want in t} <= now:
            return True
    return False
