"""Real servers on loopback: a dnslib DNS server on port 0 and pytest-httpserver."""

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


@pytest.fixture
def whois_server():
    """A tiny WHOIS server: replies from a table of domain → text."""
    table = {}
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", 0))
    srv.listen(16)
    stop = threading.Event()

    def serve():
        srv.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = srv.accept()
            except OSError:
                continue
            with conn:
                data = b""
                while not data.endswith(b"\r\n"):
                    chunk = conn.recv(1024)
                    if not chunk:
                        break
                    data += chunk
                query = data.decode().strip().split()[-1].lower()
                conn.sendall(table.get(query, "No match for domain\r\n").encode())

    t = threading.Thread(target=serve, daemon=True)
    t.start()
    yield table, ("127.0.0.1", srv.getsockname()[1])
    stop.set()
    t.join(1)
    srv.close()
