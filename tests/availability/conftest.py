"""Real servers on loopback: a dnslib DNS server on port 0, pytest-httpserver, a raw HTTP server
and a WHOIS server (all on 127.0.0.1); ``bounded`` runs a check that must end, and
``no_leaving_loopback`` fails any connection or datagram to another address before it is made."""

from __future__ import annotations

import socket
import threading

import pytest
from dnslib import NS, QTYPE, RCODE, RR
from dnslib.server import BaseResolver, DNSLogger, DNSServer


class TableResolver(BaseResolver):
    """Answers NS queries from a table: domain → list of NS names, "NXDOMAIN" or "SERVFAIL"."""

    def __init__(self, table):
        self.table = table
        self.queries = []

    def resolve(self, request, handler):
        reply = request.reply()
        qname = str(request.q.qname).rstrip(".").lower()
        self.queries.append(qname)
        answer = self.table.get(qname, "NXDOMAIN")
        if answer == "NXDOMAIN":
            reply.header.rcode = RCODE.NXDOMAIN
        elif answer == "SERVFAIL":
            reply.header.rcode = RCODE.SERVFAIL
        elif request.q.qtype == QTYPE.NS:
            for ns in answer:
                reply.add_answer(RR(qname + ".", QTYPE.NS, rdata=NS(ns + "."), ttl=60))
        return reply


@pytest.fixture(autouse=True)
def _no_request_beyond_loopback(monkeypatch):
    """A request to any named host but localhost is refused before it is sent (as with no network):
    a test that forgets an override (the bundled RDAP base of .com, say) cannot reach the internet."""
    from brandcheck.availability import net

    monkeypatch.setattr(net, "_system_resolver_down", lambda timeout=1.5: "no network (tests stay on loopback)")


@pytest.fixture
def dns_server():
    table = {}
    resolver = TableResolver(table)
    server = DNSServer(resolver, port=0, address="127.0.0.1", logger=DNSLogger(logf=lambda s: None))
    # serve_forever with a short poll interval: stopping takes 0.05 s instead of dnslib's 0.5 s
    thread = threading.Thread(target=server.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    port = server.server.server_address[1]
    yield table, ("127.0.0.1", port), resolver
    server.server.shutdown()
    server.server.server_close()


@pytest.fixture
def silent_dns():
    """A UDP socket that never answers."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    yield ("127.0.0.1", sock.getsockname()[1])
    sock.close()


class WhoisServer:
    """Port-43 server on 127.0.0.1: ``handler(conn, query)`` answers; connections are counted."""

    def __init__(self, handler) -> None:
        self.handler, self.connections = handler, 0
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.addr = ("127.0.0.1", self.sock.getsockname()[1])
        self.sock.settimeout(0.1)
        self.stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            threading.Thread(target=self._one, args=(conn,), daemon=True).start()

    def _one(self, conn):
        try:
            conn.settimeout(5)
            data = b""
            while not data.endswith(b"\r\n"):
                chunk = conn.recv(1024)
                if not chunk:
                    break
                data += chunk
            self.handler(conn, data.decode("ascii", "replace").strip())
        except OSError:
            pass
        finally:
            conn.close()

    def close(self):
        self.stop.set()
        self.sock.close()


@pytest.fixture
def whois():
    servers = []

    def make(handler):
        s = WhoisServer(handler)
        servers.append(s)
        return s
    yield make
    for s in servers:
        s.close()


@pytest.fixture
def whois_server(whois):
    """A tiny WHOIS server: replies from a table of domain → text."""
    table = {}
    srv = whois(lambda conn, query: conn.sendall(table.get(query.split()[-1].lower() if query else "",
                                                           "No match for domain\r\n").encode()))
    yield table, srv.addr


class RawServer:
    """HTTP by hand on 127.0.0.1: ``routes[path]`` is a handler(conn) that writes whatever it likes,
    or a list of them (one per request, the last repeated); ``routes["*"]`` answers any other path;
    ``requests`` keeps every request path and ``heads`` each request's head as sent; an unknown
    path gets an empty 500."""

    def __init__(self) -> None:
        self.routes: dict = {}
        self.requests: list[str] = []
        self.heads: list[bytes] = []
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.sock.settimeout(0.05)
        self.port = self.sock.getsockname()[1]
        self.stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            threading.Thread(target=self._one, args=(conn,), daemon=True).start()

    def _one(self, conn: socket.socket) -> None:
        try:
            conn.settimeout(5)
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = conn.recv(4096)
                if not chunk:
                    return
                data += chunk
            path = data.split(b" ", 2)[1].decode()
            seen = self.requests.count(path)
            self.requests.append(path)
            self.heads.append(data)
            handler = self.routes.get(path, self.routes.get("*"))
            if isinstance(handler, list):
                handler = handler[min(seen, len(handler) - 1)]
            if handler is None:
                conn.sendall(b"HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            else:
                handler(conn)
        except OSError:
            pass
        finally:
            try:
                conn.close()
            except OSError:
                pass

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


@pytest.fixture
def raw():
    """A factory of :class:`RawServer` on loopback, all closed at the end of the test."""
    servers = []

    def make():
        s = RawServer()
        servers.append(s)
        return s
    yield make
    for s in servers:
        s.close()


RUN_LIMIT = 15.0
"""Seconds a run may take before the test calls it hung (runs here take well under a second)."""


def _bounded(fn, *args, **kw):
    """Run ``fn`` in a thread; fail (instead of hanging the suite) when it does not end in RUN_LIMIT."""
    import gc

    box: dict = {}

    def target():
        try:
            box["result"] = fn(*args, **kw)
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            box["error"] = exc
    t = threading.Thread(target=target, daemon=True)
    t.start()
    t.join(RUN_LIMIT)
    assert not t.is_alive(), f"the run did not finish within {RUN_LIMIT} s"
    if "error" in box:
        raise box["error"]
    gc.collect(1)  # a socket the run left open shows up as this test's ResourceWarning, not a later one's
    return box["result"]


@pytest.fixture
def bounded():
    """``bounded(fn, *args, **kw)``: ``fn``'s result, or a failure when the run hangs."""
    return _bounded


@pytest.fixture
def no_leaving_loopback(monkeypatch):
    """Every connection or datagram to an address outside loopback fails the test before it is
    made; the addresses tried are kept (the list must stay empty)."""
    tried: list = []
    real_connect, real_sendto = socket.socket.connect, socket.socket.sendto

    def loopback(address) -> bool:
        host = address[0] if isinstance(address, tuple) else str(address)
        return host in ("127.0.0.1", "::1", "localhost") or host.startswith("127.")

    def connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not loopback(address):
            tried.append(address)
            raise OSError(f"test guard: no connection to {address[0]}")
        return real_connect(self, address)

    def sendto(self, data, *args):
        address = args[-1]
        if not loopback(address):
            tried.append(address)
            raise OSError(f"test guard: no datagram to {address[0]}")
        return real_sendto(self, data, *args)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "sendto", sendto)
    return tried


def quick_settings(dns_addr=None, rdap=None, whois_addr=None, **kw):
    """Settings for a test run: no cache, no retries, short timeouts (everything is on loopback)."""
    from brandcheck.availability.settings import Settings

    base = dict(dns=dns_addr, rdap=rdap, whois=whois_addr, cache=None, retries=0, backoff=0.05,
                connect_timeout=0.5, read_timeout=0.5, deadline=5, max_retry_after=3)
    base.update(kw)
    return Settings(**base)


@pytest.fixture
def domain(bounded):
    """``domain(name, settings, tld="com")``: the result for ``name.tld``."""
    from brandcheck.availability import check_domains

    def run(name: str, s, tld: str = "com"):
        out = bounded(check_domains, name, tlds=[tld], settings=s)
        return {r.domain: r for r in out[0][1]}[f"{name}.{tld}"]
    return run


@pytest.fixture
def handle(bounded, tmp_path):
    """``handle(srv, tmp_path, name="zelvoran", rules=…, **settings)``: the result on a platform
    "hub" served by ``srv`` at /u/{handle}."""
    from brandcheck.availability import check_handles

    def run(srv, tmp_path=tmp_path, name: str = "zelvoran", **kw):
        rules = kw.pop("rules", 'available = { status = [404] }\ntaken = { status = [200] }')
        path = tmp_path / "p.toml"
        path.write_text(f'[platform.hub]\nurl = "{srv.url()}u/{{handle}}"\npattern = "^[a-z0-9]{{3,20}}$"\n{rules}\n',
                        encoding="utf-8")
        out = bounded(check_handles, name, platforms=["hub"], settings=quick_settings(platforms_file=str(path), **kw))
        return out[0][1][0]
    return run
