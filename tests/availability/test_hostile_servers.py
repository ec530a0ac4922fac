"""Hostile servers, second round: pages that look like answers but are not (soft "not found",
login walls, bot checks), rate limits, redirects that leave the origin, replies that never end or
blow up when decoded, RDAP and WHOIS replies that are half right, and DNS servers that lie.

The rule under test: "available" only when the evidence truly says so, otherwise "unknown" with a
reason; and every run ends. Every server listens on 127.0.0.1; an address that must never be
asked is guarded by ``no_leaving_loopback``, which fails any connection to anything else *before*
it is made.
"""

from __future__ import annotations

import gzip
import json
import socket
import threading
import time
import zlib

import pytest
from dnslib import NS, QTYPE, RCODE, RR
from dnslib.server import BaseResolver, DNSLogger, DNSServer

from brandcheck.availability import check_domains
from brandcheck.availability.settings import Settings
from brandcheck.model import Status

RDAP_ERROR = json.dumps({"errorCode": 404, "title": "Not Found"}).encode()
RDAP_DOMAIN = b'{"objectClassName": "domain", "ldhName": "%s"}'


# ---- servers ------------------------------------------------------------------------------------

def reply(status: int, body: bytes = b"", ctype: str = "text/html", extra: str = "", length: int | None = None):
    def handler(conn):
        head = (f"HTTP/1.1 {status} X\r\nContent-Type: {ctype}\r\nContent-Length: "
                f"{len(body) if length is None else length}\r\nConnection: close\r\n{extra}\r\n")
        conn.sendall(head.encode("latin-1") + body)
    return handler


def page(status: int, title: str, text: str = "") -> object:
    return reply(status, f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{text}</body></html>".encode())


def endless_chunks(status: int = 404, ctype: str = "application/rdap+json", every: float = 0.0):
    """Chunked transfer encoding that never sends its last chunk."""
    def handler(conn):
        conn.sendall(f"HTTP/1.1 {status} X\r\nContent-Type: {ctype}\r\nTransfer-Encoding: chunked\r\n\r\n".encode())
        conn.sendall(b"%x\r\n%s\r\n" % (len(RDAP_ERROR) - 1, RDAP_ERROR[:-1]))
        block = b" " * 4096
        for _ in range(100000):
            conn.sendall(b"1\r\n \r\n" if every else f"{len(block):x}\r\n".encode() + block + b"\r\n")
            if every:
                time.sleep(every)
    return handler


def bomb(status: int, encoding: str, megabytes: int = 48):
    """A small compressed body that inflates to hundreds of MB."""
    if encoding == "gzip":
        body = gzip.compress(b"\0" * (megabytes << 20), compresslevel=9)
    else:
        body = zlib.compress(b"\0" * (megabytes << 20), 9)
    return reply(status, body, "application/rdap+json", f"Content-Encoding: {encoding}\r\n")


class Resolver(BaseResolver):
    """NS answers by behaviour: ``table[name]`` is a list of NS names, or one of "SERVFAIL",
    "REFUSED", "TC" (truncated, no answer), "NXDOMAIN+NS" (NXDOMAIN that still carries NS
    records), "OTHER" (NS records of another name). ``wildcard`` answers NS for any name."""

    def __init__(self) -> None:
        self.table: dict = {}
        self.wildcard: list[str] = []

    def resolve(self, request, handler):
        out = request.reply()
        name = str(request.q.qname).rstrip(".").lower()
        answer = self.table.get(name, self.wildcard or "NXDOMAIN")
        if answer in ("SERVFAIL", "REFUSED", "NXDOMAIN"):
            out.header.rcode = getattr(RCODE, answer)
        elif answer == "TC":
            out.header.tc = 1
        elif answer == "NXDOMAIN+NS":
            out.header.rcode = RCODE.NXDOMAIN
            out.add_answer(RR(name + ".", QTYPE.NS, rdata=NS("ns1.parked.example."), ttl=60))
        elif answer == "OTHER":
            out.add_answer(RR("other.example.", QTYPE.NS, rdata=NS("ns1.other.example."), ttl=60))
        else:
            for ns in answer:
                out.add_answer(RR(name + ".", QTYPE.NS, rdata=NS(ns + "."), ttl=60))
        return out


@pytest.fixture
def dns():
    resolver = Resolver()
    server = DNSServer(resolver, port=0, address="127.0.0.1", logger=DNSLogger(logf=lambda s: None))
    thread = threading.Thread(target=server.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield resolver, ("127.0.0.1", server.server.server_address[1])
    server.server.shutdown()
    server.server.server_close()


@pytest.fixture(autouse=True)
def _no_bundled_servers(monkeypatch):
    """No TLD goes to a bundled RDAP base (a real registry): the test's server is the only one."""
    from brandcheck.availability import domains

    monkeypatch.setattr(domains, "rdap_base", lambda tld: None)


def settings(dns_addr=None, rdap=None, whois_addr=None, **kw) -> Settings:
    base = dict(dns=dns_addr, rdap=rdap, whois=whois_addr, cache=None, retries=0, backoff=0.05,
                connect_timeout=0.5, read_timeout=0.5, deadline=5, max_retry_after=3)
    base.update(kw)
    return Settings(**base)


# ---- platforms: pages that are not the platform's answer -----------------------------------------

SOFT_PAGES = {
    "soft 404 title": page(200, "Page not found · Hub"),
    "page unavailable": page(200, "Sorry, this page isn't available"),
    "account does not exist": page(200, "This account doesn't exist"),
    "404 in the title": page(200, "404 - Hub"),
    "login wall by title": page(200, "Log in to continue"),
    "sign-in wall by text": page(200, "Hub", "<p>Sign in to see this page.</p>"),
}


@pytest.mark.parametrize("case", list(SOFT_PAGES))
def test_a_200_that_says_not_found_or_log_in_is_not_the_platforms_answer(raw, tmp_path, case, handle):
    srv = raw()
    srv.routes["/u/zelvoran"] = SOFT_PAGES[case]
    result = handle(srv, tmp_path)
    assert result.status == Status.UNKNOWN, (case, result.reason)
    assert result.reason


CHALLENGES = {
    "verify you are human": page(404, "Verify you are human", "<p>Complete the check to continue.</p>"),
    "checking your browser": page(404, "One moment", "Checking your browser before accessing hub."),
    "unusual traffic": page(404, "Sorry...", "Our systems have detected unusual traffic from your network."),
    "pardon our interruption": page(404, "Pardon Our Interruption"),
    "request blocked": page(404, "Request blocked", "The request was blocked by the security rules."),
    "security check": page(404, "Security check"),
    "hcaptcha widget": page(404, "Hub", '<div class="h-captcha" data-sitekey="x"></div>'),
    "recaptcha widget": page(404, "Hub", '<div class="g-recaptcha"></div>'),
    "forbidden": page(404, "403 Forbidden"),
    "javascript required": page(404, "Hub", "<noscript>Please enable JavaScript and cookies to continue</noscript>"),
}


@pytest.mark.parametrize("case", list(CHALLENGES))
def test_a_bot_check_or_challenge_page_is_never_available(raw, tmp_path, case, handle):
    srv = raw()
    srv.routes["/u/zelvoran"] = CHALLENGES[case]
    result = handle(srv, tmp_path)
    assert result.status == Status.UNKNOWN, (case, result.reason)


def test_a_plain_404_is_still_available_and_a_plain_profile_taken(raw, tmp_path, handle):
    # the guards above must not eat the real answers
    srv = raw()
    srv.routes["/u/zelvoran"] = page(404, "Not Found", "There isn't a Hub account at this address.")
    assert handle(srv, tmp_path).status == Status.AVAILABLE
    srv.routes["/u/quintaro"] = page(200, "Quintaro (@quintaro) · Hub", "<p>Posts about finding things.</p>")
    assert handle(srv, tmp_path, "quintaro").status == Status.TAKEN


def test_429_with_a_short_retry_after_is_retried_and_answered(raw, tmp_path, handle):
    srv = raw()
    srv.routes["/u/zelvoran"] = [reply(429, b"slow down", extra="Retry-After: 1\r\n"), page(404, "Not Found")]
    assert handle(srv, tmp_path, retries=1).status == Status.AVAILABLE
    assert srv.requests == ["/u/zelvoran", "/u/zelvoran"]


@pytest.mark.parametrize("retry_after", ["86400", "Wed, 21 Oct 2099 07:28:00 GMT", "soon", "-1", "1e400", "nan"])
def test_429_and_503_with_any_retry_after_end_unknown(raw, tmp_path, retry_after, handle):
    srv = raw()
    srv.routes["/u/zelvoran"] = [reply(429, b"", extra=f"Retry-After: {retry_after}\r\n"),
                                 reply(503, b"", extra=f"Retry-After: {retry_after}\r\n")]
    result = handle(srv, tmp_path, retries=1, backoff=0.01)
    assert result.status == Status.UNKNOWN and ("429" in result.reason or "503" in result.reason), result.reason
    assert len(srv.requests) <= 2


# ---- redirects ----------------------------------------------------------------------------------

@pytest.mark.parametrize("location", [
    "http://10.0.0.1/u/zelvoran", "http://169.254.169.254/latest/meta-data/", "http://[fd00::1]/",
    "http://192.168.1.1:8080/", "https://100.64.0.1/", "http://0.0.0.0/", "http://[::ffff:10.0.0.1]/",
    "ftp://127.0.0.1/u/zelvoran", "file:///etc/passwd", "gopher://127.0.0.1:25/", "javascript:alert(1)",
    "data:text/html,not found", "//10.0.0.1/u", "http://[::1", "http://%zz/", "\x00http://x/",
])
def test_a_redirect_out_of_the_origin_is_never_followed(raw, tmp_path, no_leaving_loopback, location, handle):
    srv = raw()
    srv.routes["/u/zelvoran"] = reply(302, b"", extra=f"Location: {location}\r\n")
    result = handle(srv, tmp_path)
    assert result.status == Status.UNKNOWN and result.reason
    assert no_leaving_loopback == []


def test_a_redirect_to_another_port_of_the_same_host_is_another_origin(raw, tmp_path, handle):
    asked, other = raw(), raw()
    other.routes["/u/zelvoran"] = page(404, "Not Found")
    asked.routes["/u/zelvoran"] = reply(302, b"", extra=f"Location: {other.url('/u/zelvoran')}\r\n")
    result = handle(asked, tmp_path)
    assert result.status == Status.UNKNOWN and other.requests == []


def test_a_redirect_loop_across_paths_ends_unknown(raw, tmp_path, handle):
    srv = raw()
    srv.routes["/u/zelvoran"] = reply(302, b"", extra="Location: /a\r\n")
    srv.routes["/a"] = reply(301, b"", extra="Location: /b\r\n")
    srv.routes["/b"] = reply(307, b"", extra="Location: /u/zelvoran\r\n")
    result = handle(srv, tmp_path)
    assert result.status == Status.UNKNOWN and "redirect" in result.reason


def test_a_3xx_without_a_location_is_unknown(raw, tmp_path, handle):
    srv = raw()
    srv.routes["/u/zelvoran"] = reply(302, b"")
    assert handle(srv, tmp_path).status == Status.UNKNOWN


def test_the_rdap_base_itself_on_a_private_address_is_never_connected(dns, no_leaving_loopback, domain):
    _, addr = dns
    result = domain("zelvoran", settings(addr, "http://10.0.0.1/rdap/"))
    assert result.status == Status.UNKNOWN and no_leaving_loopback == []


def test_a_whois_server_on_a_private_address_is_never_connected(dns, no_leaving_loopback, domain):
    _, addr = dns
    for server in [("10.0.0.1", 43), ("169.254.169.254", 43), ("fd00::1", 43)]:
        result = domain("zelvoran", settings(addr, None, server), tld="jp")
        assert result.status == Status.UNKNOWN and result.reason
    assert no_leaving_loopback == []


# ---- replies that never end, drip, or blow up --------------------------------------------------

def test_an_endless_chunked_rdap_reply_is_cut_and_unknown(dns, raw, domain):
    _, addr = dns
    srv = raw()
    srv.routes["/domain/zelvoran.com"] = endless_chunks()
    result = domain("zelvoran", settings(addr, srv.url()))
    assert result.status == Status.UNKNOWN and result.reason


def test_a_chunked_drip_is_stopped_by_the_request_budget_not_per_byte(dns, raw, domain):
    _, addr = dns
    srv = raw()
    srv.routes["/domain/zelvoran.com"] = endless_chunks(every=0.05)  # each byte well within read_timeout
    result = domain("zelvoran", settings(addr, srv.url(), connect_timeout=0.3, read_timeout=0.3, deadline=30))
    assert result.status == Status.UNKNOWN and ("slow" in result.reason or "timed out" in result.reason)


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_a_compression_bomb_is_cut_without_inflating_it_all(dns, raw, encoding, domain):
    import tracemalloc

    _, addr = dns
    srv = raw()
    srv.routes["/domain/zelvoran.com"] = bomb(404, encoding)
    tracemalloc.start()
    try:
        result = domain("zelvoran", settings(addr, srv.url(), read_timeout=3))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.status == Status.UNKNOWN
    assert peak < 64 << 20, f"{peak >> 20} MB held while reading a bomb"


@pytest.mark.parametrize("case, handler", [
    ("two hundred headers", lambda c: c.sendall(b"HTTP/1.1 404 X\r\nContent-Type: application/rdap+json\r\n"
                                                + b"".join(b"X-%d: y\r\n" % i for i in range(200))
                                                + b"Content-Length: 0\r\n\r\n")),
    ("a header line of 100 KB", lambda c: c.sendall(b"HTTP/1.1 404 X\r\nContent-Type: application/rdap+json\r\nX: "
                                                    + b"y" * 100000 + b"\r\nContent-Length: 0\r\n\r\n")),
    ("two Content-Lengths", reply(404, RDAP_ERROR, "application/rdap+json",
                                  f"Content-Length: {len(RDAP_ERROR) + 40}\r\n")),
    ("HTTP/0.9 body only", lambda c: c.sendall(RDAP_ERROR)),
    ("a reset after the headers", lambda c: (c.sendall(b"HTTP/1.1 404 X\r\nContent-Type: application/rdap+json\r\n"
                                                       b"Content-Length: 200\r\n\r\n{\"errorCode\""),
                                            c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\1\0\0\0\0\0\0\0"))),
    ("status 404 in a 200 line", lambda c: c.sendall(b"HTTP/1.1 200 404 Not Found\r\nContent-Length: 0\r\n\r\n")),
])
def test_malformed_http_is_unknown_never_a_traceback(dns, raw, case, handler, domain):
    _, addr = dns
    srv = raw()
    srv.routes["/domain/zelvoran.com"] = handler
    result = domain("zelvoran", settings(addr, srv.url()))
    assert result.status == Status.UNKNOWN, (case, result.reason)
    assert "check failed" not in result.reason, result.reason


# ---- RDAP: status codes and bodies --------------------------------------------------------------

@pytest.mark.parametrize("case, handler", [
    ("API gateway JSON 404", reply(404, b'{"message": "Not Found"}', "application/json")),
    ("generic JSON error", reply(404, b'{"error": "not_found", "status": 404}', "application/json")),
    ("a JSON string", reply(404, b'"not found"', "application/json")),
    ("a JSON null", reply(404, b"null", "application/rdap+json")),
    ("a 404 that says rate limited", reply(404, b'{"errorCode": 404, "title": "Rate limit exceeded"}',
                                           "application/rdap+json")),
    ("truncated RDAP JSON", reply(404, RDAP_ERROR[:-3], "application/rdap+json")),
    ("deeply nested JSON", reply(404, b"[" * 60000 + b"]" * 60000, "application/rdap+json")),
    ("errorCode as text", reply(404, b'{"errorCode": "404"}', "application/rdap+json")),
    ("problem+json", reply(404, RDAP_ERROR, "application/problem+json")),
    ("html with a json type", reply(404, b"<html><title>404</title></html>", "application/json")),
])
def test_rdap_404_that_is_not_an_rdap_error_is_unknown(dns, raw, case, handler, domain):
    _, addr = dns
    srv = raw()
    srv.routes["/domain/zelvoran.com"] = handler
    result = domain("zelvoran", settings(addr, srv.url()))
    assert result.status == Status.UNKNOWN, (case, result.reason)
    assert "check failed" not in result.reason, result.reason


@pytest.mark.parametrize("status", [400, 401, 403, 405, 410, 418, 422, 451, 500, 501, 502, 503, 504, 299, 204])
def test_rdap_statuses_other_than_404_and_200_are_unknown(dns, raw, status, domain):
    _, addr = dns
    srv = raw()
    srv.routes["/domain/zelvoran.com"] = reply(status, RDAP_ERROR, "application/rdap+json")
    result = domain("zelvoran", settings(addr, srv.url()))
    assert result.status == Status.UNKNOWN and str(status) in result.reason


@pytest.mark.parametrize("case, body", [
    ("invalid JSON", b'{"objectClassName": "domain", "ldhName": '),
    ("an error object in a 200", RDAP_ERROR),
    ("an entity, not a domain", b'{"objectClassName": "entity", "handle": "X"}'),
    ("another domain", RDAP_DOMAIN % b"other.com"),
    ("a list", b'[{"objectClassName": "domain"}]'),
    ("empty", b""),
])
def test_rdap_200_without_this_domain_is_unknown(dns, raw, case, body, domain):
    _, addr = dns
    srv = raw()
    srv.routes["/domain/zelvoran.com"] = reply(200, body, "application/rdap+json")
    assert domain("zelvoran", settings(addr, srv.url())).status == Status.UNKNOWN, case


def test_rdap_with_a_byte_order_mark_is_still_read(dns, raw, domain):
    _, addr = dns
    srv = raw()
    srv.routes["/domain/zelvoran.com"] = reply(200, b"\xef\xbb\xbf" + RDAP_DOMAIN % b"zelvoran.com",
                                               "application/rdap+json")
    assert domain("zelvoran", settings(addr, srv.url())).status == Status.TAKEN


# ---- WHOIS ----------------------------------------------------------------------------------------

REFUSALS = [
    "WHOIS LIMIT EXCEEDED - SEE WWW.EXAMPLE/WHOIS FOR DETAILS\r\nNo match!!\r\n",
    "Query rate exceeded. No match!!\r\n",
    "You have exceeded this server's query quota.\r\nNo match!!\r\n",
    "Number of allowed queries exceeded\r\nNo match!!\r\n",
    "%% Maximum queries per hour reached; no match!! for now\r\n",
    "Your IP has been blacklisted. No match!!\r\n",
    "Server busy, please retry. No match!!\r\n",
    "Service temporarily unavailable. No match!!\r\n",
    "Please wait a while before querying again. No match!!\r\n",
    "This domain is reserved by the registry.\r\nNo match!!\r\n",
    "Not available for registration (blocked name). No match!!\r\n",
    "Invalid query syntax. No match!!\r\n",
    "The system is under maintenance. No match!!\r\n",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_a_whois_refusal_beside_a_no_match_phrase_is_unknown(dns, whois, text, domain):
    _, addr = dns
    srv = whois(lambda conn, q: conn.sendall(text.encode()))
    result = domain("zelvoran", settings(addr, None, srv.addr), tld="jp")
    assert result.status == Status.UNKNOWN, (text, result.reason)


def test_a_whois_no_match_about_another_domain_is_unknown(dns, whois, domain):
    _, addr = dns
    srv = whois(lambda conn, q: conn.sendall(b'No match!! for "OTHERNAME.JP"\r\n'))
    result = domain("zelvoran", settings(addr, None, srv.addr), tld="jp")
    assert result.status == Status.UNKNOWN, result.reason


def test_a_whois_no_match_naming_the_domain_is_available(dns, whois, domain):
    _, addr = dns
    srv = whois(lambda conn, q: conn.sendall(b'No match!! for "ZELVORAN.JP"\r\n\r\nJPRS database provides '
                                             b'information on network administration.\r\n'))
    assert domain("zelvoran", settings(addr, None, srv.addr), tld="jp").status == Status.AVAILABLE


@pytest.mark.parametrize("case, data", [
    ("latin-1 bytes", "% Servicio WHOIS – información\r\nNo match!!\r\n".encode("latin-1", "replace")),
    ("cp1252 quotes", "\x93No match!!\x94 \r\n".encode("latin-1")),
    ("invalid UTF-8", b"\xff\xfe\xc3\x28 No match!!\r\n"),
])
def test_whois_replies_in_other_encodings_are_read(dns, whois, case, data, domain):
    _, addr = dns
    srv = whois(lambda conn, q: conn.sendall(data))
    result = domain("zelvoran", settings(addr, None, srv.addr), tld="jp")
    assert result.status == Status.AVAILABLE, (case, result.reason)


@pytest.mark.parametrize("case, handler", [
    ("closes at once", lambda conn, q: None),
    ("reset at once", lambda conn, q: conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\1\0\0\0\0\0\0\0")),
    ("UTF-16", lambda conn, q: conn.sendall("No match!!\r\n".encode("utf-16"))),
    ("NUL bytes", lambda conn, q: conn.sendall(b"No\0 match!!\r\n")),
    ("a record cut short", lambda conn, q: conn.sendall(b"Domain Name: ZELVORAN.JP\r\nRegistrant: X\r\n")),
])
def test_whois_replies_that_say_nothing_clear_are_not_available(dns, whois, case, handler, domain):
    _, addr = dns
    srv = whois(handler)
    result = domain("zelvoran", settings(addr, None, srv.addr), tld="jp")
    assert result.status != Status.AVAILABLE, (case, result.reason)
    assert result.reason


# ---- DNS --------------------------------------------------------------------------------------

@pytest.mark.parametrize("answer", ["SERVFAIL", "REFUSED", "TC", "NXDOMAIN+NS", "OTHER"])
def test_a_dns_answer_without_a_delegation_leaves_the_registry_to_decide(dns, raw, answer, domain):
    resolver, addr = dns
    resolver.table["zelvoran.com"] = answer
    resolver.table["quintaro.com"] = answer
    srv = raw()
    srv.routes["/domain/zelvoran.com"] = reply(404, RDAP_ERROR, "application/rdap+json")
    srv.routes["/domain/quintaro.com"] = reply(503, b"", "text/html")
    assert domain("zelvoran", settings(addr, srv.url())).status == Status.AVAILABLE, answer
    result = domain("quintaro", settings(addr, srv.url()))
    assert result.status == Status.UNKNOWN and "503" in result.reason, answer


def test_a_dns_server_that_delegates_every_name_is_not_believed(dns, raw, domain):
    """A resolver that answers NS for any name (a wildcard, a hijacking resolver) proves nothing:
    the registry decides."""
    resolver, addr = dns
    resolver.wildcard = ["ns1.catchall.example"]
    srv = raw()
    srv.routes["/domain/zelvoran.com"] = reply(404, RDAP_ERROR, "application/rdap+json")
    result = domain("zelvoran", settings(addr, srv.url()))
    assert result.status == Status.AVAILABLE, result.reason


def test_a_dns_server_that_never_answers_costs_one_timeout(raw, bounded):
    silent = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    silent.bind(("127.0.0.1", 0))
    try:
        srv = raw()
        for n in ("one", "two", "three"):
            srv.routes[f"/domain/{n}.com"] = reply(404, RDAP_ERROR, "application/rdap+json")
        out = bounded(check_domains, ["one", "two", "three"], settings=settings(silent.getsockname(), srv.url()))
        assert [r.status for _, rs in out for r in rs] == [Status.AVAILABLE] * 3
    finally:
        silent.close()


def test_dns_garbage_is_no_answer(raw, domain):
    junk = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    junk.bind(("127.0.0.1", 0))

    def answer():
        try:
            while True:
                data, peer = junk.recvfrom(4096)
                junk.sendto(data[:2] + b"\x81\x80garbage", peer)  # the query's id, then nonsense
        except OSError:
            pass
    threading.Thread(target=answer, daemon=True).start()
    try:
        srv = raw()
        srv.routes["/domain/zelvoran.com"] = reply(500, b"", "text/html")
        result = domain("zelvoran", settings(junk.getsockname(), srv.url()))
        assert result.status == Status.UNKNOWN and "500" in result.reason
    finally:
        junk.close()

