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
from urllib.parse import urlsplit

from .observe import DnsObservation, HttpObservation, WhoisObservation
from .settings import Settings

__all__ = ["Limiter", "Network", "make_session"]

_BODY_LIMIT = 65536


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


def make_session(settings: Settings):
    import requests
    from requests.adapters import HTTPAdapter

    session = requests.Session()
    adapter = HTTPAdapter(pool_connections=64, pool_maxsize=max(settings.max_in_flight, 8), max_retries=0)
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

    def __post_init__(self) -> None:
        self.resolver_down = _system_resolver_down()
        if self.session is None:
            self.session = make_session(self.settings)
        if self.limiter is None:
            self.limiter = Limiter(self.settings.per_host)
        if not self.deadline:
            self.deadline = time.monotonic() + self.settings.deadline

    def _time_left(self) -> float:
        return self.deadline - time.monotonic()

    def _mark_dead(self, host: str, reason: str) -> None:
        with self._lock:
            self.dead_hosts.setdefault(host, reason)

    # ---- HTTP ----------------------------------------------------------------------------------
    def get(self, url: str) -> HttpObservation:
        import requests

        host = urlsplit(url).hostname or ""
        if self.resolver_down and not _is_local(host):
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
                    timeout = (min(s.connect_timeout, max(0.1, self._time_left())),
                               min(s.read_timeout, max(0.1, self._time_left())))
                    resp = self.session.get(url, timeout=timeout, allow_redirects=True, stream=True)
                    try:
                        raw = resp.raw.read(_BODY_LIMIT, decode_content=True) or b""
                    finally:
                        resp.close()
                obs = HttpObservation(url, resp.status_code, resp.url, raw.decode(resp.encoding or "utf-8", "replace"),
                                      {k.lower(): v for k, v in resp.headers.items()})
            except requests.exceptions.ConnectionError as exc:
                reason = _connection_reason(exc)
                if "timed out" not in reason:
                    self._mark_dead(host, reason)  # refused / no route / no DNS: same for every request
                    return HttpObservation(url, error=reason)
                obs = HttpObservation(url, error=reason)
            except requests.exceptions.Timeout:
                obs = HttpObservation(url, error="timed out")
            except requests.exceptions.RequestException as exc:
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
            resp = dns.query.udp(query, str(server), port=port, timeout=min(2.0, max(0.1, self._time_left())))
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

    # ---- WHOIS ---------------------------------------------------------------------------------
    def whois(self, domain: str, server: str, port: int = 43) -> WhoisObservation:
        key = f"whois:{server}:{port}"
        if key in self.dead_hosts:
            return WhoisObservation(server, error=self.dead_hosts[key])
        import whois as python_whois

        timeout = max(1, int(min(self.settings.read_timeout, max(1.0, self._time_left()))))

        class _PortSocket(socket.socket):
            # python-whois always dials port 43; BRANDCHECK_WHOIS may name another port.
            def connect(self, address):  # type: ignore[override]
                super().connect((address[0], port))

        class _Client(python_whois.NICClient):
            @staticmethod
            def get_socket():
                return _PortSocket(socket.AF_INET6 if ":" in server else socket.AF_INET, socket.SOCK_STREAM)

        try:
            with self.limiter(key):
                text = _Client().whois(domain, server, 0, quiet=True, timeout=timeout, ignore_socket_errors=False)
        except (OSError, socket.timeout) as exc:
            reason = f"WHOIS {server}: {type(exc).__name__}"
            self._mark_dead(key, reason)
            return WhoisObservation(server, error=reason)
        return WhoisObservation(server, text)


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
    if "Connection refused" in text:
        return "connection refused"
    if "Network is unreachable" in text or "No route" in text:
        return "no network (unreachable)"
    return "connection failed"
