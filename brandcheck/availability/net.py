"""The I/O edge: DNS, HTTP and WHOIS probes. Each returns an observation (see observe.py).

Concurrency limits and retries live here too: one overall limit on requests in flight, one
per host, retries with exponential backoff that honour ``Retry-After``, and a per-host
circuit breaker so that a dead network costs one timeout per host, not one per request.
"""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
import re
from urllib.parse import urljoin, urlsplit

from .observe import DnsObservation, HttpObservation, WhoisObservation
from .settings import Settings

__all__ = ["Limiter", "Network", "make_session", "address_problem"]

_BODY_LIMIT = 65536
"""Bytes of an HTTP body read; more is cut (RDAP objects and profile pages fit well within it)."""
_MAX_REDIRECTS = 5
"""Redirects followed within the origin asked (same host and port; http may go up to https on the
default ports); a redirect anywhere else is never followed."""
_WHOIS_LIMIT = 256 * 1024
"""Bytes of a WHOIS reply read; a registry's record is a few KiB, so more is not a registry's answer."""
_LDH_DOMAIN = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")


class Limiter:
    """At most ``per_host`` concurrent requests per host (semaphores created on demand)."""

    def __init__(self, per_host: int) -> None:
        self.per_host = per_host
        self._lock = threading.Lock()
        self._sems: dict[str, threading.BoundedSemaphore] = {}
        self.peak: dict[str, int] = {}
        self._active: dict[str, int] = {}

    def _sem(self, host: str) -> threading.BoundedSemaphore:
        with self._lock:
            if host not in self._sems:
                self._sems[host] = threading.BoundedSemaphore(self.per_host)
            return self._sems[host]

    def __call__(self, host: str):
        limiter = self

        class _Slot:
            def __enter__(self_inner):
                limiter._sem(host).acquire()
                with limiter._lock:
                    limiter._active[host] = limiter._active.get(host, 0) + 1
                    limiter.peak[host] = max(limiter.peak.get(host, 0), limiter._active[host])

            def __exit__(self_inner, *exc):
                with limiter._lock:
                    limiter._active[host] -= 1
                limiter._sem(host).release()

        return _Slot()


def address_problem(address) -> str:
    """Why brandcheck never sends a request to ``address`` (an ``ipaddress`` address or its text):
    link-local (cloud metadata services), private, multicast, reserved or unspecified; ``""`` for
    public addresses and loopback (local test servers). Pure."""
    import ipaddress

    if isinstance(address, str):
        address = ipaddress.ip_address(address.split("%", 1)[0])  # an IPv6 scope id is not part of it
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    if address.is_loopback:
        return ""
    if (address.is_link_local or address.is_private or address.is_multicast or address.is_reserved
            or address.is_unspecified or (isinstance(address, ipaddress.IPv6Address) and address.is_site_local)):
        return f"address {address} is link-local, private or reserved"
    return ""


def _vetted_address(host: str, port: int) -> str:
    """The address to connect to for ``host``, resolved here once and checked by
    :func:`address_problem` before any packet leaves; raises OSError naming the problem. A rule's
    host name passed the rule check by name, so this is where a name that resolves (or
    re-resolves, DNS rebinding) to a metadata or private address is stopped."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    for address in addresses:
        problem = address_problem(address)
        if problem:
            raise OSError(f"refused to connect to {host}: it resolves to an {problem.removeprefix('address ')}")
    if not addresses:
        raise OSError(f"{host} resolves to no address")
    return addresses[0]  # pinned: the connection goes where the check looked


def _checked_adapter(**kwargs):
    """A requests adapter whose connections go only to addresses :func:`_vetted_address` passed.
    A configured proxy is the user's choice and is connected to as it is."""
    from requests.adapters import HTTPAdapter
    from urllib3.connection import HTTPConnection, HTTPSConnection
    from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
    from urllib3.exceptions import NewConnectionError

    def checked(base):
        class Checked(base):
            def _new_conn(self):
                if getattr(self, "proxy", None) is None:
                    try:
                        # the TLS name and the Host header stay self.host; only the socket is pinned
                        self._dns_host = _vetted_address(self._dns_host, self.port)
                    except OSError as exc:
                        raise NewConnectionError(self, str(exc)) from None
                return super()._new_conn()
        return Checked

    class Pool(HTTPConnectionPool):
        ConnectionCls = checked(HTTPConnection)

    class SecurePool(HTTPSConnectionPool):
        ConnectionCls = checked(HTTPSConnection)

    class Adapter(HTTPAdapter):
        def init_poolmanager(self, *args, **kw):
            super().init_poolmanager(*args, **kw)
            self.poolmanager.pool_classes_by_scheme = {"http": Pool, "https": SecurePool}

    return Adapter(**kwargs)


def make_session(settings: Settings):
    import requests

    session = requests.Session()
    adapter = _checked_adapter(pool_connections=64, pool_maxsize=max(settings.max_in_flight, 8), max_retries=0)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers.update({"User-Agent": settings.user_agent, "Accept": "application/json, text/html;q=0.9"})
    return session


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            return None


@dataclass
class Network:
    """Shared state of one run: settings, HTTP session, limits, circuit breakers, deadline."""

    settings: Settings
    session: object = None
    limiter: Limiter | None = None
    deadline: float = 0.0
    dead_hosts: dict = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    resolver_down: str = ""
    """Set when the system resolver does not answer at all: names cannot be looked up, so every
    request to a named host is unknown at once instead of each waiting out its own DNS timeout."""

    _resolver_checked: bool = False
    _stopped: threading.Event = field(default_factory=threading.Event)
    _owns_session: bool = False
    _wildcard: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.session is None:
            self.session = make_session(self.settings)
            self._owns_session = True
        if self.limiter is None:
            self.limiter = Limiter(self.settings.per_host)
        if not self.deadline:
            self.deadline = time.monotonic() + self.settings.deadline

    def _resolver_problem(self) -> str:
        """Asked once, on the first request to a named host (a run with nothing to send sends nothing)."""
        if not self._resolver_checked:
            with self._lock:
                if not self._resolver_checked:
                    self.resolver_down = _system_resolver_down()
                    self._resolver_checked = True
        return self.resolver_down

    def close(self) -> None:
        """Close the kept-alive connections of a session this network made (a caller's session
        is the caller's); without it they stay open until the collector finds them."""
        if self._owns_session:
            self.session.close()

    def stop(self) -> None:
        """End the run now: every request not yet sent is refused, and requests in flight are
        abandoned at their next read (or while waiting for headers)."""
        self.deadline = time.monotonic()
        self._stopped.set()

    def _time_left(self) -> float:
        return self.deadline - time.monotonic()

    def _mark_dead(self, host: str, reason: str) -> None:
        with self._lock:
            self.dead_hosts.setdefault(host, reason)

    # ---- HTTP ----------------------------------------------------------------------------------
    def get(self, url: str, *, body_limit: int = 0) -> HttpObservation:
        """GET ``url``: redirects followed only on the same host (at most ``_MAX_REDIRECTS``), the
        body read up to ``body_limit`` (default ``_BODY_LIMIT``) within the request's time budget;
        never raises."""
        host = _hostname(url)
        if not _is_local(host) and self._resolver_problem():
            return HttpObservation(url, error=self.resolver_down)
        s = self.settings
        attempt = 0
        while True:
            if host in self.dead_hosts:
                return HttpObservation(url, error=self.dead_hosts[host])
            if self._time_left() <= 0:
                return HttpObservation(url, error="run deadline reached before this request")
            try:
                with self.limiter(host):
                    obs = self._fetch(url, host, body_limit or _BODY_LIMIT)
            except _Dead as exc:
                self._mark_dead(host, str(exc))  # refused / no route / no DNS: same for every request
                return HttpObservation(url, error=str(exc))
            except Exception as exc:  # noqa: BLE001 - any failure of one request is that request's unknown
                return HttpObservation(url, error=f"HTTP error: {type(exc).__name__}")
            retryable = obs.status in (429, 502, 503, 504) or (obs.status is None and "timed out" in obs.error)
            if not retryable or attempt >= s.retries:
                if obs.status is None and "timed out" in obs.error and attempt >= s.retries:
                    self._mark_dead(host, f"{host} timed out repeatedly")
                return obs
            wait = _retry_after(obs.headers.get("retry-after")) if obs.status else None
            if wait is None:
                wait = s.backoff * (2 ** attempt)
            if wait > s.max_retry_after or wait > self._time_left():
                return obs  # not worth waiting: the answer stays unknown (rate limited)
            time.sleep(wait)
            attempt += 1

    def _fetch(self, url: str, host: str, body_limit: int) -> HttpObservation:
        import requests

        s = self.settings
        # One request's whole budget (every hop and the body): connect + read timeouts, within the run.
        budget_end = min(time.monotonic() + s.connect_timeout + s.read_timeout, self.deadline)
        current = url
        for _hop in range(_MAX_REDIRECTS + 1):
            left = budget_end - time.monotonic()
            if left <= 0:
                return HttpObservation(url, error="timed out")
            timeout = (min(s.connect_timeout, max(0.1, left)), min(s.read_timeout, max(0.1, left)))
            try:
                resp = self._headers(current, timeout, budget_end)
            except _HeadersTooSlow:
                return HttpObservation(url, error="timed out (the reply's headers were still coming)")
            except requests.exceptions.ConnectionError as exc:
                reason = _connection_reason(exc)
                if reason == "connection refused" or reason.startswith("no network"):
                    raise _Dead(reason) from None  # the same for every request to this host
                return HttpObservation(url, error=reason)  # timed out, reset, not HTTP: this request only
            except requests.exceptions.Timeout:
                return HttpObservation(url, error="timed out")
            except requests.exceptions.RequestException as exc:
                return HttpObservation(url, error=f"HTTP error: {type(exc).__name__}")
            try:
                headers = {k.lower(): v for k, v in resp.headers.items()}
                location = headers.get("location", "")
                if resp.status_code in (301, 302, 303, 307, 308) and location:
                    try:
                        target = urljoin(current, location.strip())
                    except ValueError:
                        target = location
                    if not _same_origin(current, target):
                        return HttpObservation(url, resp.status_code, current, "", headers, redirect=target)
                    current = target
                    continue
                raw, truncated, problem = _read_body(resp, budget_end, self._stopped, body_limit)
                if problem:
                    return HttpObservation(url, error=f"HTTP {resp.status_code} reply {problem}")
                return HttpObservation(url, resp.status_code, current, _decode(raw, resp.encoding), headers,
                                       truncated=truncated)
            finally:
                resp.close()
        return HttpObservation(url, error=f"more than {_MAX_REDIRECTS} redirects")

    # ---- DNS -----------------------------------------------------------------------------------
    def ns(self, domain: str) -> DnsObservation:
        import dns.exception
        import dns.flags
        import dns.message
        import dns.query
        import dns.rcode
        import dns.rdatatype

        if self.settings.dns:
            server, port = self.settings.dns
        else:
            import dns.resolver

            try:
                server, port = dns.resolver.get_default_resolver().nameservers[0], 53
            except (dns.resolver.NoResolverConfiguration, IndexError):
                return DnsObservation("ERROR", error="no DNS resolver configured")
        key = f"dns:{server}:{port}"
        if key in self.dead_hosts:
            return DnsObservation("ERROR", error=self.dead_hosts[key])
        query = dns.message.make_query(domain, dns.rdatatype.NS)
        query.flags |= dns.flags.RD
        try:
            wait = min(2.0, self.settings.read_timeout, max(0.1, self._time_left()))
            resp = dns.query.udp(query, str(server), port=port, timeout=wait)
        except dns.exception.Timeout:
            self._mark_dead(key, f"DNS server {server}:{port} did not answer")
            return DnsObservation("TIMEOUT", error=f"DNS server {server}:{port} did not answer")
        except (OSError, dns.exception.DNSException) as exc:
            return DnsObservation("ERROR", error=f"DNS error: {type(exc).__name__}")
        rcode = dns.rcode.to_text(resp.rcode())
        ns = []
        for section in (resp.answer, resp.authority):
            for rrset in section:
                if rrset.rdtype == dns.rdatatype.NS and rrset.name.to_text().rstrip(".").lower() == domain.lower():
                    ns += [r.target.to_text().rstrip(".") for r in rrset]
        return DnsObservation(rcode, tuple(ns))

    def delegates_anything(self, tld: str) -> bool:
        """Whether the DNS server answers NS for a name under ``tld`` that nobody registered (a
        random label): a wildcard or a hijacking resolver, whose delegations prove nothing. Asked
        once per TLD and run, only when a delegation is about to be believed."""
        import secrets

        with self._lock:
            known = self._wildcard.get(tld)
        if known is None:
            obs = self.ns(f"bc-{secrets.token_hex(8)}.{tld}")
            known = obs.rcode == "NOERROR" and bool(obs.nameservers)
            with self._lock:
                self._wildcard[tld] = known
        return known

    # ---- WHOIS ---------------------------------------------------------------------------------
    def whois(self, domain: str, server: str, port: int = 43) -> WhoisObservation:
        """One port-43 query, no referrals followed; the reply bounded in size and time; never raises."""
        key = f"whois:{server}:{port}"
        if key in self.dead_hosts:
            return WhoisObservation(server, error=self.dead_hosts[key])
        if not _LDH_DOMAIN.fullmatch(domain):
            return WhoisObservation(server, error="not sent: the domain is not plain letters, digits and hyphens")
        # JPRS answers in Japanese unless asked for English with /e (as the whois command does).
        query = f"{domain}/e" if server.lower().endswith(".jp") else domain
        try:
            with self.limiter(key):
                raw, problem = self._whois_exchange(query, server, port)
        except (OSError, ValueError) as exc:
            refused = str(exc).startswith("refused to connect")
            reason = f"WHOIS {server}: {exc if refused else type(exc).__name__}"
            if refused or isinstance(exc, (ConnectionRefusedError, socket.gaierror)) or "unreachable" in str(exc).lower():
                self._mark_dead(key, reason)
            return WhoisObservation(server, error=reason)
        if raw is None:
            return WhoisObservation(server, None, problem)
        return WhoisObservation(server, raw.decode("utf-8", "replace"), problem, _legacy_readings(raw))

    def _whois_exchange(self, query: str, server: str, port: int) -> tuple[bytes | None, str]:
        s = self.settings
        budget_end = min(time.monotonic() + s.connect_timeout + s.read_timeout, self.deadline)
        left = budget_end - time.monotonic()
        if left <= 0:
            return None, "run deadline reached before this request"
        # the same address check as HTTP: a WHOIS server (a table's or an override) that resolves to a
        # private, link-local or metadata address is never connected to
        address = _vetted_address(server, port)
        with socket.create_connection((address, port), timeout=min(s.connect_timeout, max(0.1, left))) as sock:
            sock.sendall(query.encode("ascii") + b"\r\n")
            chunks: list[bytes] = []
            size = 0
            while True:
                left = budget_end - time.monotonic()
                if left <= 0 or self._stopped.is_set():
                    return None, "timed out (the reply was still coming)"
                sock.settimeout(min(s.read_timeout, max(0.05, left)))
                try:
                    data = sock.recv(16384)
                except socket.timeout:
                    return None, "timed out"
                if not data:
                    break
                chunks.append(data)
                size += len(data)
                if size > _WHOIS_LIMIT:
                    return None, f"reply larger than {_WHOIS_LIMIT // 1024} KiB; not read"
        return b"".join(chunks), ""


    def _headers(self, url: str, timeout: tuple[float, float], budget_end: float):
        """``session.get`` (connect, request, status line and headers) within ``budget_end``.

        Socket timeouts bound each wait, not the whole: a server sending its headers a byte at a
        time would hold a request for hours. The call runs in a helper thread; when the budget is
        spent the request is abandoned (its response closed whenever it comes)."""
        box: dict = {}
        done = threading.Event()

        def call() -> None:
            try:
                box["resp"] = self.session.get(url, timeout=timeout, allow_redirects=False, stream=True)
            except BaseException as exc:  # noqa: BLE001 - handed to the caller
                _close_left_open(exc)
                box["exc"] = exc
            finally:
                done.set()
                if box.get("abandoned") and "resp" in box:
                    box["resp"].close()

        threading.Thread(target=call, name="brandcheck-http", daemon=True).start()
        while not done.wait(0.05) and time.monotonic() < budget_end + 0.05 and not self._stopped.is_set():
            pass
        if not done.is_set():
            box["abandoned"] = True
            if done.is_set() and "resp" in box:
                box["resp"].close()
            raise _HeadersTooSlow
        if "exc" in box:
            raise box["exc"]
        return box["resp"]


def _close_left_open(exc: BaseException) -> None:
    """Close the connection a failed request left open. urllib3 raises some errors about a reply
    (conflicting Content-Length values, say) after the socket is open and before it hands the
    connection back, so nothing closes it but the collector (a ResourceWarning, and a socket held
    meanwhile); the objects are still in the traceback's frames."""
    import http.client

    seen: set[int] = set()
    error: BaseException | None = exc
    while error is not None and id(error) not in seen:  # the error and the ones it was raised from
        seen.add(id(error))
        tb = error.__traceback__
        while tb is not None:
            for value in list(tb.tb_frame.f_locals.values()):
                if isinstance(value, (http.client.HTTPResponse, http.client.HTTPConnection)):
                    try:
                        value.close()
                    except Exception:  # noqa: BLE001 - closing is best effort
                        pass
            tb = tb.tb_next
        error = error.__cause__ or error.__context__


_WHOIS_ENCODINGS = ("cp1252", "cp1250", "cp1251", "koi8_r", "cp1254", "gb18030", "big5", "shift_jis", "euc_jp",
                    "euc_kr", "utf-16")
"""Encodings WHOIS servers still answer in (Western and Central European, Cyrillic, Turkish,
Chinese, Japanese, Korean; UTF-16 from a misconfigured one)."""


def _legacy_readings(raw: bytes) -> tuple[str, ...]:
    """The reply read in each of :data:`_WHOIS_ENCODINGS` when it is not UTF-8 (none when it is):
    the encoding a server used is not said, and a refusal must be seen in whichever it was."""
    try:
        raw.decode("utf-8")
        return ()
    except UnicodeDecodeError:
        pass
    readings = []
    for encoding in _WHOIS_ENCODINGS:
        try:
            readings.append(raw.decode(encoding, "replace"))
        except Exception:  # noqa: BLE001 - a codec that cannot read these bytes at all
            continue
    return tuple(dict.fromkeys(readings))


class _HeadersTooSlow(Exception):
    """The status line and headers did not arrive within the request's budget."""


class _Dead(Exception):
    """A failure that will be the same for every request to this host (refused, no route, no DNS)."""


def _hostname(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    return scheme, (parts.hostname or "").lower(), parts.port or {"http": 80, "https": 443}.get(scheme)


def _same_origin(current: str, target: str) -> bool:
    """Whether a redirect from ``current`` to ``target`` stays where the request was sent: the
    same scheme, host and port, or the same host moving from http on port 80 up to https on 443."""
    try:
        now, then = _origin(current), _origin(target)
    except ValueError:  # an unreadable Location (a bad port, a broken IPv6 literal)
        return False
    if then[0] not in ("http", "https") or not then[1]:
        return False
    return now == then or (now == ("http", then[1], 80) and then == ("https", now[1], 443))


def _read_body(resp, budget_end: float, stopped: threading.Event, limit: int) -> tuple[bytes, bool, str]:
    """(body up to the limit, whether it was cut, problem); never waits past ``budget_end``."""
    raw = resp.raw
    reader = getattr(raw, "read1", None) or raw.read
    chunks: list[bytes] = []
    size = 0
    try:
        while size <= limit:
            if time.monotonic() > budget_end or stopped.is_set():
                return b"", False, "too slow (the body was still coming)"
            data = reader(8192, decode_content=True)
            if not data:
                break
            chunks.append(data)
            size += len(data)
    except Exception as exc:  # noqa: BLE001 - short body, broken gzip, reset: the reply is unreadable
        name = type(exc).__name__
        if "IncompleteRead" in repr(exc) or "ProtocolError" in name:
            return b"", False, "cut short (shorter than it said)"
        if "Decode" in name:
            return b"", False, "not decodable (broken Content-Encoding)"
        if "timeout" in name.lower() or "Timeout" in repr(exc):
            return b"", False, "timed out"
        return b"", False, f"unreadable ({name})"
    body = b"".join(chunks)
    return body[:limit], len(body) > limit, ""


def _decode(raw: bytes, encoding: str | None) -> str:
    import codecs

    try:
        codecs.lookup(encoding or "utf-8")
    except (LookupError, TypeError):
        encoding = "utf-8"  # an unknown charset: read as UTF-8, leniently
    try:
        text = raw.decode(encoding or "utf-8", "replace")
    except Exception:  # noqa: BLE001 - some codecs raise on odd input even with "replace"
        text = raw.decode("utf-8", "replace")
    return text.removeprefix("\ufeff")  # a byte-order mark is not part of the reply (JSON parsers refuse it)


def _is_local(host: str) -> bool:
    import ipaddress

    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True  # an IP literal needs no name look-up


def _system_resolver_down(timeout: float = 1.5) -> str:
    """Empty when the system resolver answers (any answer, even NXDOMAIN), else the reason."""
    import dns.exception
    import dns.message
    import dns.query
    import dns.rdatatype
    import dns.resolver

    try:
        server = dns.resolver.get_default_resolver().nameservers[0]
    except (dns.resolver.NoResolverConfiguration, IndexError):
        return "no network (no DNS resolver configured)"
    try:
        dns.query.udp(dns.message.make_query(".", dns.rdatatype.NS), str(server), timeout=timeout)
    except dns.exception.Timeout:
        return f"no network (the DNS resolver {server} does not answer)"
    except (OSError, dns.exception.DNSException) as exc:
        return f"no network ({type(exc).__name__} asking the DNS resolver)"
    return ""


def _connection_reason(exc: Exception) -> str:
    text = str(exc)
    if "timed out" in text.lower():
        return "timed out"
    if "Name or service not known" in text or "getaddrinfo" in text or "NameResolution" in text:
        return "no network (host name does not resolve)"
    refused = re.search(r"refused to connect to [^:]+: [^)'\"]*", text)
    if refused:
        return refused.group(0)
    if "Connection refused" in text:
        return "connection refused"
    if "Network is unreachable" in text or "No route" in text:
        return "no network (unreachable)"
    return "connection failed"
