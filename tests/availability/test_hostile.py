"""A hostile world on loopback: RDAP, WHOIS and platform servers that lie, stall, truncate,
redirect to other hosts and flood. Whatever they do: no false "available", no traceback, and
every run ends (each run is given a generous time limit of its own; nothing measures speed).

Every server here listens on 127.0.0.1 only; hosts that must never be asked (metadata
addresses) are tested by validating the rule, without sending anything.
"""

from __future__ import annotations

import gzip
import json
import socket
import sqlite3
import threading
import time

import pytest

from brandcheck.availability import check_domains, check_handles
from brandcheck.availability.cache import CacheError
from brandcheck.availability.observe import HttpObservation
from brandcheck.availability.platforms import classify_handle, load_platforms
from brandcheck.availability.settings import Settings
from brandcheck.errors import BrandcheckError
from brandcheck.model import Status

RDAP_ERROR = json.dumps({"errorCode": 404, "title": "Not Found"}).encode()


# ---- servers ------------------------------------------------------------------------------------

def reply(status: int, body: bytes = b"", ctype: str = "application/rdap+json", extra: str = "",
          length: int | None = None):
    def handler(conn):
        head = (f"HTTP/1.1 {status} X\r\nContent-Type: {ctype}\r\nContent-Length: "
                f"{len(body) if length is None else length}\r\nConnection: close\r\n{extra}\r\n")
        conn.sendall(head.encode() + body)
    return handler


def trickle(status: int = 404, every: float = 0.1):
    """Headers, then one byte of body at a time, for ever."""
    def handler(conn):
        conn.sendall(f"HTTP/1.1 {status} X\r\nContent-Type: application/rdap+json\r\nContent-Length: 100000\r\n"
                     f"Connection: close\r\n\r\n".encode())
        for _ in range(10000):
            conn.sendall(b" ")
            time.sleep(every)
    return handler


def trickle_headers(conn):
    """A status line, then headers one byte at a time, for ever."""
    conn.sendall(b"HTTP/1.1 404 X\r\n")
    for _ in range(10000):
        conn.sendall(b"X")
        time.sleep(0.05)


def flood(status: int = 200, megabytes: int = 8):
    def handler(conn):
        conn.sendall(f"HTTP/1.1 {status} X\r\nContent-Type: application/rdap+json\r\nConnection: close\r\n\r\n".encode())
        conn.sendall(b'{"errorCode": 404, "pad": "')
        block = b"x" * 65536
        for _ in range(megabytes * 16):
            conn.sendall(block)
    return handler


def silent(conn):
    time.sleep(3)


@pytest.fixture(autouse=True)
def _loopback_only(monkeypatch):
    """Nothing here may leave 127.0.0.1: with no RDAP override, every TLD goes to WHOIS (the test's
    server); conftest refuses a request to any named host before it is sent."""
    from brandcheck.availability import domains

    monkeypatch.setattr(domains, "rdap_base", lambda tld: None)


def settings(dns, rdap=None, whois=None, **kw):
    base = dict(dns=dns, rdap=rdap, whois=whois, cache=None, retries=0, backoff=0.05, connect_timeout=0.5,
                read_timeout=0.5, deadline=6)
    base.update(kw)
    return Settings(**base)


def one_domain(out):
    [(_, results)] = out
    [result] = results
    return result


# ---- RDAP: "not found" only in RDAP's own form -------------------------------------------------

@pytest.mark.parametrize("case, handler", [
    ("html proxy page", reply(404, b"<html>Not Found</html>", "text/html")),
    ("captcha page", reply(404, b"<html>captcha</html>", "text/html; charset=utf-8")),
    ("no content type", reply(404, b"", "")),
    ("json that is not an RDAP error", reply(404, b"[1, 2]")),
    ("rdap error with another code", reply(404, b'{"errorCode": 500}')),
    ("not json", reply(404, b"nothing here")),
    ("an object in a 404", reply(404, b'{"objectClassName": "domain", "ldhName": "google.com"}')),
])
def test_rdap_404_in_any_other_form_is_unknown(dns_server, raw, case, handler, bounded):
    _, addr, _ = dns_server
    srv = raw()
    srv.routes["/domain/google.com"] = handler
    result = one_domain(bounded(check_domains, "google", settings=settings(addr, srv.url())))
    assert result.status == Status.UNKNOWN, case
    assert "404" in result.reason


def test_rdap_404_in_rdap_form_is_available(dns_server, raw, bounded):
    _, addr, _ = dns_server
    srv = raw()
    srv.routes["/domain/zelvoran.com"] = reply(404, RDAP_ERROR)
    srv.routes["/domain/zelvorax.com"] = reply(404, b"", "application/json")
    out = bounded(check_domains, ["zelvoran", "zelvorax"], settings=settings(addr, srv.url()))
    assert [r.status for _, rs in out for r in rs] == [Status.AVAILABLE, Status.AVAILABLE]


def test_rdap_redirect_to_another_host_is_not_followed(dns_server, raw, bounded):
    _, addr, _ = dns_server
    asked, other = raw(), raw()
    other.routes["/domain/google.de"] = reply(404, RDAP_ERROR)  # a real-looking RDAP 404, elsewhere
    asked.routes["/domain/google.de"] = reply(302, b"", "text/html",
                                             f"Location: http://localhost:{other.port}/domain/google.de\r\n")
    out = bounded(check_domains, "google", tlds=["de"], settings=settings(addr, asked.url()))
    result = {r.domain: r for r in out[0][1]}["google.de"]
    assert result.status == Status.UNKNOWN and "another host" in result.reason
    assert other.requests == []


def test_rdap_same_host_redirect_loop_ends_unknown(dns_server, raw, bounded):
    _, addr, _ = dns_server
    srv = raw()
    srv.routes["/domain/loopy.com"] = reply(302, b"", "text/html", f"Location: {srv.url('/domain/loopy.com')}\r\n")
    result = one_domain(bounded(check_domains, "loopy", settings=settings(addr, srv.url())))
    assert result.status == Status.UNKNOWN and "redirects" in result.reason


# ---- RDAP: replies that break, stall and flood --------------------------------------------------

@pytest.mark.parametrize("case, handler", [
    ("shorter than its Content-Length", reply(404, RDAP_ERROR, length=len(RDAP_ERROR) + 500)),
    ("gzip that is not gzip", reply(404, RDAP_ERROR, extra="Content-Encoding: gzip\r\n")),
    ("a body that never ends", trickle()),
    ("headers that never end", trickle_headers),
    ("a flood", flood(200)),
    ("a flood with 404", flood(404)),
    ("silence", silent),
    ("garbage status line", lambda conn: conn.sendall(b"SSH-2.0-OpenSSH\r\n\r\n")),
])
def test_broken_rdap_replies_are_unknown_and_the_run_ends(dns_server, raw, case, handler, bounded):
    _, addr, _ = dns_server
    srv = raw()
    srv.routes["/domain/broken.com"] = handler
    srv.routes["/domain/fine.com"] = reply(200, b'{"objectClassName": "domain", "ldhName": "fine.com"}')
    out = bounded(check_domains, ["broken", "fine"], settings=settings(addr, srv.url()))
    results = {r.domain: r for _, rs in out for r in rs}
    assert results["broken.com"].status == Status.UNKNOWN, case
    assert results["broken.com"].reason
    assert results["fine.com"].status == Status.TAKEN  # one bad reply never costs another name its answer


def test_unknown_charset_is_read_leniently(dns_server, raw, bounded):
    _, addr, _ = dns_server
    srv = raw()
    srv.routes["/domain/charset.com"] = reply(200, b'{"objectClassName": "domain", "ldhName": "charset.com"}',
                                              "application/rdap+json; charset=x-nonesuch")
    assert one_domain(bounded(check_domains, "charset", settings=settings(addr, srv.url()))).status == Status.TAKEN


def test_real_gzip_is_read(dns_server, raw, bounded):
    _, addr, _ = dns_server
    srv = raw()
    srv.routes["/domain/zipped.com"] = reply(404, gzip.compress(RDAP_ERROR), extra="Content-Encoding: gzip\r\n")
    assert one_domain(bounded(check_domains, "zipped", settings=settings(addr, srv.url()))).status == Status.AVAILABLE


# ---- WHOIS ------------------------------------------------------------------------------------

def test_whois_record_with_not_found_words_is_not_available(dns_server, whois, bounded):
    _, addr, _ = dns_server
    record = ("state:            active\r\ndomain:           zelvoran.se\r\nregistrar:        Example AB\r\n"
              "nserver:          ns1.example.se\r\n# zelvoran.se not found in our abuse database\r\n")
    srv = whois(lambda conn, q: conn.sendall(record.encode()))
    out = bounded(check_domains, "zelvoran", tlds=["se"], settings=settings(addr, None, srv.addr))
    result = {r.domain: r for r in out[0][1]}["zelvoran.se"]
    assert result.status == Status.TAKEN


def test_whois_record_of_another_domain_is_unknown(dns_server, whois, bounded):
    _, addr, _ = dns_server
    text = "domain: other.jp\r\nregistrar: X\r\nNo match!!\r\n"
    srv = whois(lambda conn, q: conn.sendall(text.encode()))
    out = bounded(check_domains, "zelvoran", tlds=["jp"], settings=settings(addr, None, srv.addr))
    assert out[0][1][1].status == Status.UNKNOWN


def test_whois_referral_loop_is_one_connection(dns_server, whois, bounded):
    _, addr, _ = dns_server
    # python-whois re-asked the same server for ever on this phrase (RecursionError after ~987 connections)
    srv = whois(lambda conn, q: conn.sendall(b'Too many matches; query with "=xxx" to see them all\r\n'))
    out = bounded(check_domains, "zelvoran", tlds=["jp"], settings=settings(addr, None, srv.addr))
    assert out[0][1][1].status == Status.UNKNOWN
    assert srv.connections == 2  # one per domain (.com and .jp): no referral followed


@pytest.mark.parametrize("case", ["trickle", "flood", "silent"])
def test_whois_reply_is_bounded(dns_server, whois, case, bounded):
    _, addr, _ = dns_server

    def handler(conn, q):
        if case == "trickle":
            for _ in range(10000):
                conn.sendall(b"N")
                time.sleep(0.05)
        elif case == "flood":
            for _ in range(16 * 16):  # 16 MB
                conn.sendall(b"No match!!\r\n" * 5000)
        else:
            time.sleep(3)
    srv = whois(handler)
    out = bounded(check_domains, "zelvoran", tlds=["jp"], settings=settings(addr, None, srv.addr))
    assert out[0][1][1].status == Status.UNKNOWN and out[0][1][1].reason


def test_crlf_never_reaches_a_whois_server(dns_server, whois):
    _, addr, _ = dns_server
    srv = whois(lambda conn, q: conn.sendall(b"No match!!\r\n"))
    with pytest.raises(BrandcheckError):
        check_domains("zelvoran", tlds=["jp\r\nsecret"], settings=settings(addr, None, srv.addr))
    assert srv.connections == 0


# ---- TLDs are validated before anything is sent -------------------------------------------------

@pytest.mark.parametrize("tld", ["com/%2e%2e/%2e%2e/admin", "com?x=1", "com#x", "com@evil.example", "com\r\nx",
                                 "co m", "..", "-de", "de-", "com/", "%63om", "c\u200bom", "123"])
def test_bad_tlds_are_refused_before_any_request(dns_server, raw, tld):
    _, addr, resolver = dns_server
    srv = raw()
    with pytest.raises(BrandcheckError) as exc:
        check_domains("google", tlds=[tld], settings=settings(addr, srv.url()))
    assert "\n" not in str(exc.value) and isinstance(exc.value, ValueError)
    assert srv.requests == [] and resolver.queries == []


def test_good_tlds_are_normalised():
    from brandcheck.availability.labels import normalize_tld

    assert normalize_tld(".DE") == "de"
    assert normalize_tld("co.uk") == "co.uk"
    assert normalize_tld("рф") == "xn--p1ai"


# ---- platforms --------------------------------------------------------------------------------

def _platforms(tmp_path, base, rules='available = { status = [404] }\ntaken = { status = [200] }'):
    path = tmp_path / "p.toml"
    path.write_text(f'[platform.hub]\nurl = "{base}u/{{handle}}"\npattern = "^[a-z0-9]{{3,20}}$"\n{rules}\n',
                    encoding="utf-8")
    return str(path)


def test_platform_redirect_to_another_host_is_never_available(raw, tmp_path, bounded):
    asked, other = raw(), raw()
    other.routes["/u/zelvoran"] = reply(404, b"gone", "text/html")
    asked.routes["/u/zelvoran"] = reply(302, b"", "text/html",
                                        f"Location: http://localhost:{other.port}/u/zelvoran\r\n")
    path = _platforms(tmp_path, asked.url())
    out = bounded(check_handles, "zelvoran", platforms=["hub"], settings=settings(None, platforms_file=path))
    [h] = out[0][1]
    assert h.status == Status.UNKNOWN and "another host" in h.reason
    assert other.requests == []


def test_platform_login_wall_is_never_available(raw, tmp_path, bounded):
    srv = raw()
    srv.routes["/u/zelvoran"] = reply(302, b"", "text/html", "Location: /login?next=/u/zelvoran\r\n")
    srv.routes["/login?next=/u/zelvoran"] = reply(404, b"<form><input type=\"password\"></form>", "text/html")
    path = _platforms(tmp_path, srv.url())
    out = bounded(check_handles, "zelvoran", platforms=["hub"], settings=settings(None, platforms_file=path))
    assert out[0][1][0].status == Status.UNKNOWN and "login" in out[0][1][0].reason


def test_bundled_reddit_rule_does_not_read_a_login_page_as_available():
    reddit = load_platforms()["reddit"]
    page = '<html><script>window.___r = {"showSignup":true,"user":null}</script>Log in to Reddit</html>'
    obs = HttpObservation(reddit.url.replace("{handle}", "zelvoran"), 200,
                          reddit.url.replace("{handle}", "zelvoran"), page, {"content-type": "text/html"})
    assert classify_handle(obs, reddit)[0] == Status.UNKNOWN
    api = reddit.url.replace("{handle}", "zelvoran")
    assert classify_handle(HttpObservation(api, 200, api, "true"), reddit)[0] == Status.AVAILABLE
    assert classify_handle(HttpObservation(api, 200, api, "false"), reddit)[0] == Status.TAKEN


def test_one_failing_probe_is_that_probes_unknown(raw, tmp_path, monkeypatch, bounded):
    from brandcheck.availability import handles

    srv = raw()
    srv.routes["/u/zelvoran"] = reply(404, b"", "text/html")
    srv.routes["/u/quintaro"] = reply(200, b"profile", "text/html")
    real = handles.classify_handle

    def explode(obs, platform, **kw):
        if "zelvoran" in obs.url:
            raise RuntimeError("boom\nwith a second line")
        return real(obs, platform, **kw)
    monkeypatch.setattr(handles, "classify_handle", explode)
    path = _platforms(tmp_path, srv.url())
    out = bounded(check_handles, ["zelvoran", "quintaro"], platforms=["hub"],
                  settings=settings(None, platforms_file=path))
    first, second = out[0][1][0], out[1][1][0]
    assert first.status == Status.UNKNOWN and "RuntimeError" in first.reason and "\n" not in first.reason
    assert second.status == Status.TAKEN


# ---- the cache --------------------------------------------------------------------------------

def test_cache_answer_of_one_server_is_not_served_for_another(dns_server, raw, tmp_path):
    _, addr, _ = dns_server
    liar, registry = raw(), raw()
    liar.routes["/domain/google.com"] = reply(404, RDAP_ERROR)
    registry.routes["/domain/google.com"] = reply(200, b'{"objectClassName": "domain", "ldhName": "google.com"}')
    cache = str(tmp_path / "c.sqlite3")
    assert one_domain(check_domains("google", settings=settings(addr, liar.url(), cache=cache))).status \
        == Status.AVAILABLE
    again = one_domain(check_domains("google", settings=settings(addr, registry.url(), cache=cache)))
    assert again.status == Status.TAKEN and "(cached)" not in again.reason


@pytest.mark.parametrize("planted", ["at = 1e15", "at = 'soon'", "status = 'maybe'", "status = 7", "reason = x'00'"])
def test_bad_cache_rows_are_discarded(dns_server, raw, tmp_path, planted):
    _, addr, _ = dns_server
    srv = raw()
    srv.routes["/domain/planted.com"] = reply(404, RDAP_ERROR)
    cache = tmp_path / "c.sqlite3"
    s = settings(addr, srv.url(), cache=str(cache))
    check_domains("planted", settings=s)
    db = sqlite3.connect(cache)
    db.execute(f"UPDATE answers SET {planted}")
    db.commit()
    db.close()
    result = one_domain(check_domains("planted", settings=s))
    assert "(cached)" not in result.reason and len(srv.requests) == 2


def test_a_folder_as_cache_is_an_error_and_left_alone(dns_server, tmp_path):
    _, addr, _ = dns_server
    folder = tmp_path / "cachedir"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(CacheError):
        check_domains("x", settings=settings(addr, "http://127.0.0.1:9/", cache=str(folder)))
    assert (folder / "keep.txt").read_text(encoding="utf-8") == "mine"
    assert not (tmp_path / "cachedir.corrupt").exists()


def test_a_file_that_is_not_sqlite_is_an_error_and_left_alone(dns_server, tmp_path):
    _, addr, _ = dns_server
    doc = tmp_path / "notes.csv"
    doc.write_text("name,score\nZelvoran,90\n", encoding="utf-8")
    with pytest.raises(CacheError):
        check_domains("x", settings=settings(addr, "http://127.0.0.1:9/", cache=str(doc)))
    assert doc.read_text(encoding="utf-8") == "name,score\nZelvoran,90\n"


# ---- the whole world at once -----------------------------------------------------------------

def test_hostile_world_zero_false_available(dns_server, raw, whois, tmp_path, bounded):
    """Every name below is registered (or unknowable); every server lies in its own way."""
    _, addr, _ = dns_server
    srv = raw()
    liars = {
        "alpha": reply(404, b"<html>proxy</html>", "text/html"),
        "bravo": reply(302, b"", "text/html", "Location: http://localhost:1/\r\n"),
        "charlie": reply(404, RDAP_ERROR, length=999),
        "delta": trickle(),
        "echo": flood(404),
        "foxtrot": reply(404, b'{"errorCode": 503}'),
        "golf": reply(429, b"", extra="Retry-After: 99999\r\n"),
    }
    for name, handler in liars.items():
        srv.routes[f"/domain/{name}.com"] = handler
        # A platform's own 404 is its word (github-style rules), whatever the body: those liars
        # lie only to RDAP. The rest lie to both.
        if name not in ("alpha", "echo", "foxtrot"):
            srv.routes[f"/u/{name}"] = handler
    for name in ("alpha", "echo", "foxtrot"):
        srv.routes[f"/u/{name}"] = reply(404, b'<a href="/signup">{"showSignup":true}</a>', "text/html")
    path = _platforms(tmp_path, srv.url())
    s = settings(addr, srv.url(), platforms_file=path)
    from brandcheck.availability import check_names

    out = bounded(check_names, list(liars), (), platforms=["hub"], settings=s, progress=False)
    statuses = [x.status for avail, _ in out for x in (*avail.domains, *avail.handles)]
    assert len(statuses) == len(liars) * 2
    assert [x for avail, _ in out for x in (*avail.domains, *avail.handles) if x.status == Status.AVAILABLE] == []


def test_the_run_deadline_holds_against_servers_that_never_finish(dns_server, raw, bounded):
    """Long per-request timeouts, a short run deadline: the deadline wins for every kind of stall."""
    _, addr, _ = dns_server
    srv = raw()
    names = ["one", "two", "three", "four"]
    for n, handler in zip(names, [trickle(every=0.05), trickle_headers, silent, trickle(every=0.05)]):
        srv.routes[f"/domain/{n}.com"] = handler
    s = settings(addr, srv.url(), connect_timeout=30, read_timeout=30, deadline=2)
    out = bounded(check_domains, names, settings=s)
    assert all(r.status == Status.UNKNOWN for _, rs in out for r in rs)

def test_the_run_deadline_holds_against_a_whois_trickle(dns_server, whois, monkeypatch, bounded):
    from brandcheck.availability import domains

    _, addr, _ = dns_server
    monkeypatch.setattr(domains, "rdap_base", lambda tld: None)  # every TLD goes to the WHOIS server below
    wsrv = whois(lambda conn, q: [conn.sendall(b"N") or time.sleep(0.05) for _ in range(10000)])
    s = settings(addr, None, wsrv.addr, connect_timeout=30, read_timeout=30, deadline=2)
    out = bounded(check_domains, ["one", "two"], tlds=["jp"], settings=s)
    assert [r.status for _, rs in out for r in rs] == [Status.UNKNOWN] * 4


def test_an_interrupt_stops_the_run_at_once(dns_server, raw):
    """Ctrl-C in the middle of a long run: queued checks are dropped, checks in flight abandoned,
    and the run ends long before its own deadline (which is what would end it otherwise)."""
    import os
    import signal

    _, addr, _ = dns_server
    srv = raw()
    names = [f"name{i:03d}" for i in range(40)]
    for n in names:
        srv.routes[f"/domain/{n}.com"] = trickle(every=0.05)
    deadline = 10.0
    s = settings(addr, srv.url(), connect_timeout=30, read_timeout=30, deadline=deadline, max_in_flight=4)
    timer = threading.Timer(0.5, lambda: os.kill(os.getpid(), signal.SIGINT))
    started = time.monotonic()
    timer.start()
    try:
        with pytest.raises(KeyboardInterrupt):
            check_domains(names, settings=s)
    finally:
        timer.cancel()
    assert time.monotonic() - started < deadline / 2
    assert len(srv.requests) < len(names)


def test_se_no_match_is_its_own_sentence_only():
    from brandcheck.availability.domains import _whois_table
    from brandcheck.availability.observe import WhoisObservation, classify_whois

    no_match = _whois_table()["se"][1]
    free = '# Copyright (c) 1997- The Swedish Internet Foundation.\n\ndomain "zelvoran.se" not found\n'
    assert classify_whois(WhoisObservation("whois.iis.se", free), "zelvoran.se", no_match)[0] == Status.AVAILABLE
    other = "# zelvoran.se not found in our abuse database\n"
    assert classify_whois(WhoisObservation("whois.iis.se", other), "zelvoran.se", no_match)[0] == Status.UNKNOWN


def test_rdap_refresh_takes_a_full_size_bootstrap_and_refuses_junk(raw, tmp_path, monkeypatch):
    from brandcheck.availability import domains, refresh_rdap

    monkeypatch.setattr(domains, "bootstrap_path", lambda: tmp_path / "rdap-dns.json")
    services = [[[f"tld{i}"], [f"https://rdap.example/tld{i}/"]] for i in range(3000)]
    bootstrap = json.dumps({"version": "1.0", "services": services + [[["zz"], ["http://127.0.0.1:9/"]]]}).encode()
    assert len(bootstrap) > 65536  # larger than an RDAP reply may be
    srv = raw()
    srv.routes["/dns.json"] = reply(200, bootstrap, "application/json")
    srv.routes["/junk.json"] = reply(200, b'[1, 2, 3]', "application/json")
    path = refresh_rdap(srv.url("/dns.json"), settings=settings(None))
    assert json.loads((tmp_path / "rdap-dns.json").read_text(encoding="utf-8"))["version"] == "1.0" and path
    assert domains._refreshed_rdap()["tld2999"] == "https://rdap.example/tld2999/"
    with pytest.raises(BrandcheckError):
        refresh_rdap(srv.url("/junk.json"), settings=settings(None))


# ---- DNS rebinding -------------------------------------------------------------------------------

@pytest.fixture
def fake_names(monkeypatch):
    """Host names resolved by the test: ``{name: address}``. Any connection that would leave
    loopback fails the test instead of being made."""
    import urllib3.util.connection

    from brandcheck.availability import net

    table: dict[str, str] = {}
    real_resolve = socket.getaddrinfo
    real_connect = urllib3.util.connection.create_connection

    def resolve(host, port, *args, **kw):
        if host in table:
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (table[host], port))]
        return real_resolve(host, port, *args, **kw)

    def connect(address, *args, **kw):
        assert address[0] in ("127.0.0.1", "localhost", "::1"), f"a connection to {address[0]} was attempted"
        return real_connect(address, *args, **kw)

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    monkeypatch.setattr(urllib3.util.connection, "create_connection", connect)
    monkeypatch.setattr(net, "_system_resolver_down", lambda timeout=1.5: "")  # names resolve here
    return table


def test_a_rule_host_that_resolves_to_a_metadata_address_is_never_connected(raw, tmp_path, fake_names, bounded):
    srv = raw()
    srv.routes["/u/zelvoran"] = reply(404, b"", "text/html")
    fake_names["rebind.test"] = "169.254.169.254"  # passed the rule check by name, resolves inside
    path = _platforms(tmp_path, f"http://rebind.test:{srv.port}/")
    out = bounded(check_handles, "zelvoran", platforms=["hub"], settings=settings(None, platforms_file=path))
    [h] = out[0][1]
    assert h.status == Status.UNKNOWN and "link-local" in h.reason and srv.requests == []


def test_a_rule_host_is_connected_where_it_was_checked_and_asked_by_its_name(raw, tmp_path, fake_names, bounded):
    srv = raw()
    srv.routes["/u/zelvoran"] = reply(404, b"", "text/html")
    fake_names["pinned.test"] = "127.0.0.1"
    path = _platforms(tmp_path, f"http://pinned.test:{srv.port}/")
    out = bounded(check_handles, "zelvoran", platforms=["hub"], settings=settings(None, platforms_file=path))
    assert out[0][1][0].status == Status.AVAILABLE
    assert srv.heads and f"Host: pinned.test:{srv.port}\r\n".encode() in srv.heads[0]
