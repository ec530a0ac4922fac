"""Hostile servers, third round: the edges the first two left. Empty and contradictory replies on
every bundled platform's own rules, "come back later" in any status and any language, a
same-origin redirect that lands somewhere else, IDN and punycode names, DNS replies with the wrong
id or the wrong question, RDAP JSON that says nothing or says it twice, WHOIS replies in legacy
encodings and other languages, and records whose keys the registry words its own way.

The rule under test: never a false "available"; every run ends. Every server listens on
127.0.0.1; ``no_leaving_loopback`` fails any connection or datagram elsewhere before it is made.
"""

from __future__ import annotations

import json
import socket
import threading

import pytest
from dnslib import NS, QTYPE, RR, DNSRecord

from brandcheck.availability import check_domains, check_handles
from brandcheck.availability.platforms import load_platforms
from brandcheck.availability.settings import Settings
from brandcheck.model import Status

RDAP_ERROR = json.dumps({"errorCode": 404, "title": "Not Found"}).encode()


def reply(status: int, body: bytes = b"", ctype: str = "text/html", extra: str = ""):
    def handler(conn):
        head = (f"HTTP/1.1 {status} X\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n"
                f"Connection: close\r\n{extra}\r\n")
        conn.sendall(head.encode("latin-1") + body)
    return handler


def settings(dns_addr=None, rdap=None, whois_addr=None, **kw) -> Settings:
    base = dict(dns=dns_addr, rdap=rdap, whois=whois_addr, cache=None, retries=0, backoff=0.05,
                connect_timeout=0.5, read_timeout=0.5, deadline=5, max_retry_after=3)
    base.update(kw)
    return Settings(**base)


@pytest.fixture(autouse=True)
def _no_bundled_servers(monkeypatch):
    from brandcheck.availability import domains

    monkeypatch.setattr(domains, "rdap_base", lambda tld: None)


class UdpDns:
    """A DNS server on 127.0.0.1 that answers each query as ``answer(query) -> bytes | None``."""

    def __init__(self, answer) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.addr = self.sock.getsockname()
        self.answer, self.queries = answer, []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        try:
            while True:
                data, peer = self.sock.recvfrom(4096)
                query = DNSRecord.parse(data)
                self.queries.append(str(query.q.qname).rstrip("."))
                out = self.answer(query)
                if out:
                    self.sock.sendto(out, peer)
        except OSError:
            pass

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def udp_dns():
    servers = []

    def make(answer):
        servers.append(UdpDns(answer))
        return servers[-1]
    yield make
    for s in servers:
        s.close()


def nxdomain(query):
    out = query.reply()
    out.header.rcode = 3
    return out.pack()


def delegated(query):
    out = query.reply()
    name = str(query.q.qname)
    out.add_answer(RR(name, QTYPE.NS, rdata=NS("ns1.host.example."), ttl=60))
    return out.pack()


@pytest.fixture
def nx_dns(udp_dns):
    return udp_dns(nxdomain).addr


# ---- every bundled platform rule, served hostile replies -------------------------------------------

def _toml_rule(rule) -> str:
    parts = []
    if rule.status:
        parts.append(f"status = [{', '.join(map(str, rule.status))}]")
    for key in ("text", "url", "body"):
        value = getattr(rule, key)
        if value:
            parts.append(f"{key} = {json.dumps(value)}")
    return "{ " + ", ".join(parts) + " }"


def bundled_on_loopback(srv, tmp_path) -> tuple[str, list[str]]:
    """A platforms file with every probed bundled platform, its rules as bundled, its URL moved to
    ``srv`` (same path and query, under /p/<id>); the ids."""
    from urllib.parse import urlsplit

    lines, ids = [], []
    for pid, p in load_platforms().items():
        if not p.probe:
            continue
        parts = urlsplit(p.url)
        url = srv.url(f"/p/{pid}{parts.path}" + (f"?{parts.query}" if parts.query else ""))
        lines += [f"[platform.{pid}]", f"name = {json.dumps(p.name)}", f"url = {json.dumps(url)}",
                  f"pattern = {json.dumps(p.pattern)}"]
        if p.available:
            lines.append(f"available = {_toml_rule(p.available)}")
        if p.taken:
            lines.append(f"taken = {_toml_rule(p.taken)}")
        ids.append(pid)
    path = tmp_path / "bundled.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path), ids


def every_platform(srv, tmp_path, bounded, name="zelvoranbc", **kw):
    path, ids = bundled_on_loopback(srv, tmp_path)
    out = bounded(check_handles, name, platforms=ids, settings=settings(platforms_file=path, **kw))
    return out[0][1]


def all_rule_texts() -> bytes:
    """Every text an available or taken rule of a bundled platform looks for, in one body."""
    texts = []
    for p in load_platforms().values():
        for rule in (p.available, p.taken):
            texts += [rule.text] if rule.text else []
    return " ".join(texts).encode()


HOSTILE_EVERYWHERE = {
    "200 with an empty body": reply(200, b""),
    "204 no content": reply(204, b""),
    "403 holding every rule's text": reply(403, all_rule_texts(), "application/json"),
    "401 holding every rule's text": reply(401, all_rule_texts(), "application/json"),
    "451 unavailable for legal reasons": reply(451, all_rule_texts()),
    "404 with Retry-After": reply(404, b"", extra="Retry-After: 30\r\n"),
    "200 with Retry-After": reply(200, all_rule_texts(), extra="Retry-After: 120\r\n"),
    "404 rate limit page in German": reply(404, b"<html><title>Zu viele Anfragen</title>Bitte versuchen Sie es "
                                                b"sp\xc3\xa4ter erneut.</html>", "text/html; charset=utf-8"),
    "404 rate limit page in Japanese": reply(404, "<html><title>アクセスが集中しています</title>しばらくしてから"
                                                  "再度お試しください</html>".encode(), "text/html; charset=utf-8"),
    "404 rate limit page in Chinese": reply(404, "<html><title>访问过于频繁</title>请稍后再试</html>".encode(),
                                            "text/html; charset=utf-8"),
    "404 bot check in French": reply(404, "<html><title>Vérification de sécurité</title>Vérifiez que vous "
                                          "êtes un humain</html>".encode(), "text/html; charset=utf-8"),
    "404 bot check in Spanish": reply(404, "<html><title>Un momento…</title>Verifica que eres un ser humano"
                                           "</html>".encode(), "text/html; charset=utf-8"),
    "404 blocked in Russian": reply(404, "<html><title>Доступ запрещён</title>Слишком много запросов</html>"
                                    .encode(), "text/html; charset=utf-8"),
    "206 partial content": reply(206, all_rule_texts()),
}


@pytest.mark.parametrize("case", list(HOSTILE_EVERYWHERE))
def test_no_bundled_platform_reads_a_hostile_reply_as_available(raw, tmp_path, bounded, case):
    srv = raw()
    srv.routes["*"] = HOSTILE_EVERYWHERE[case]
    results = every_platform(srv, tmp_path, bounded)
    assert len(results) >= 8
    wrong = [(r.platform, r.reason) for r in results if r.status == Status.AVAILABLE]
    assert wrong == [], case


def test_a_reply_that_matches_both_rules_is_unknown(raw, tmp_path, bounded):
    # {"valid": true, "reason": "taken"}: the available and the taken rule both hold
    srv = raw()
    srv.routes["*"] = reply(200, all_rule_texts(), "application/json")
    results = every_platform(srv, tmp_path, bounded)
    assert [r.platform for r in results if r.status == Status.AVAILABLE] == []
    x = {r.platform: r for r in results}["x"]
    assert x.status == Status.UNKNOWN and "both" in x.reason, x.reason


def test_an_empty_200_is_never_available(raw, tmp_path, bounded):
    # a status rule says "taken" on any 200; a text or body rule finds nothing in an empty page
    srv = raw()
    srv.routes["*"] = reply(200, b"  \r\n")
    results = every_platform(srv, tmp_path, bounded)
    assert [r.platform for r in results if r.status == Status.AVAILABLE] == []
    by_rule = {r.platform: r.status for r in results}
    assert by_rule["x"] == by_rule["reddit"] == by_rule["bluesky"] == Status.UNKNOWN


def test_the_real_answers_still_come_through_on_every_rule(raw, tmp_path, bounded):
    # the guards above must leave a platform's plain 404 available and its plain profile taken
    srv = raw()
    srv.routes["*"] = reply(404, b"<html><title>Page not found</title>Nothing here.</html>")
    results = {r.platform: r for r in every_platform(srv, tmp_path, bounded)}
    status_only = [pid for pid, p in load_platforms().items()
                   if p.probe and p.available.status == (404,) and not p.available.text]
    assert status_only and all(results[pid].status == Status.AVAILABLE for pid in status_only)


@pytest.mark.parametrize("body", [
    b"<html><title>Not Found</title><p>Service temporarily unavailable. Please try again later.</p></html>",
    b"<html><title>Hub</title><p>Your IP address has been blocked.</p></html>",
    b'{"error": "not_found", "detail": "Too many lookups; retry later"}',
    b"<html><title>Not Found</title><p>This username is reserved.</p></html>",
])
def test_a_not_found_page_that_makes_an_excuse_is_unknown(raw, tmp_path, handle, body):
    srv = raw()
    srv.routes["/u/zelvoran"] = reply(404, body)
    result = handle(srv, tmp_path)
    assert result.status == Status.UNKNOWN, result.reason


def test_an_excuse_inside_a_script_does_not_count(raw, tmp_path, handle):
    # platforms ship their error strings in every page's scripts
    srv = raw()
    srv.routes["/u/zelvoran"] = reply(404, b"<html><title>Not Found</title><script>var m = {retry: 'Please try "
                                           b"again later'};</script><p>No such account.</p></html>")
    assert handle(srv, tmp_path).status == Status.AVAILABLE


# ---- redirects within the origin ----------------------------------------------------------------------

@pytest.mark.parametrize("target", ["/", "/explore", "/u/", "/u/someoneelse", "/?ref=zelvoran-missing",
                                    "/u/zelvoran-2", "/u/zelvoranx/", "/search?q=zelvoran"])
def test_a_same_origin_redirect_away_from_the_handle_is_never_available(raw, tmp_path, handle, target):
    srv = raw()
    srv.routes["/u/zelvoran"] = reply(302, b"", extra=f"Location: {target}\r\n")
    srv.routes["*"] = reply(404, b"<html><title>Not Found</title></html>")
    result = handle(srv, tmp_path)
    assert result.status == Status.UNKNOWN, (target, result.reason)


@pytest.mark.parametrize("target", ["/u/zelvoran/", "/U/ZELVORAN", "/u/zelvoran?lang=en", "/u/Zelvoran/"])
def test_a_same_origin_redirect_that_keeps_the_handle_is_followed(raw, tmp_path, handle, target):
    srv = raw()
    srv.routes["/u/zelvoran"] = reply(301, b"", extra=f"Location: {target}\r\n")
    srv.routes["*"] = reply(404, b"<html><title>Not Found</title></html>")
    result = handle(srv, tmp_path)
    assert result.status == Status.AVAILABLE, (target, result.reason)


@pytest.mark.parametrize("location", [
    "http://2130706433/u/zelvoran", "http://0x7f000001/u/zelvoran", "http://127.1/u/zelvoran",
    "http://127.0.0.1.nip.io/u/zelvoran", "http://localhost./u/zelvoran",
    "http://127.0.0.1@10.0.0.1/u/zelvoran", "http://{origin}@10.0.0.1/u/zelvoran",
    "http://10.0.0.1\\@{origin}/u/zelvoran", "http://[::ffff:a00:1]/u/zelvoran",
    "https://{origin}/u/zelvoran", "http://{origin}:80/u/zelvoran", "HTTP://10.0.0.1/",
    "http:/10.0.0.1/u", "http:\\\\10.0.0.1\\u",
])
def test_redirect_tricks_never_leave_the_origin(raw, tmp_path, no_leaving_loopback, handle, location):
    srv = raw()
    origin = f"127.0.0.1:{srv.port}"
    srv.routes["/u/zelvoran"] = reply(302, b"", extra=f"Location: {location.format(origin=origin)}\r\n")
    srv.routes["*"] = reply(404, b"")
    result = handle(srv, tmp_path)
    assert result.status == Status.UNKNOWN, (location, result.reason)
    assert no_leaving_loopback == []


def test_endless_interim_replies_end_unknown(raw, tmp_path, handle):
    def interim(conn):
        import time

        for _ in range(2000):
            conn.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")
            time.sleep(0.01)
    srv = raw()
    srv.routes["/u/zelvoran"] = interim
    result = handle(srv, tmp_path, connect_timeout=0.3, read_timeout=0.3)
    assert result.status == Status.UNKNOWN and result.reason


# ---- RDAP -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("case, handler", [
    ("a same-host redirect to another domain's 404", [reply(302, b"", extra="Location: /domain/other.com\r\n")]),
    ("a same-host redirect to the base", [reply(302, b"", extra="Location: /\r\n")]),
    ("duplicate keys, 404 last", reply(404, b'{"errorCode": 429, "errorCode": 404}', "application/rdap+json")),
    ("a 404 that says too many requests in German",
     reply(404, json.dumps({"errorCode": 404, "title": "Zu viele Anfragen"}).encode(), "application/rdap+json")),
    ("a 404 whose description is a refusal",
     reply(404, json.dumps({"errorCode": 404, "description": ["Quota exceeded, try later"]}).encode(),
           "application/rdap+json")),
    ("a 404 with Retry-After", reply(404, RDAP_ERROR, "application/rdap+json", "Retry-After: 60\r\n")),
    ("a 404 with trailing junk", reply(404, RDAP_ERROR + b" <html>", "application/rdap+json")),
    ("a 404 JSON with NaN", reply(404, b'{"errorCode": NaN}', "application/rdap+json")),
    ("a 404 JSON with a huge number", reply(404, b'{"errorCode": 404' + b"0" * 5000 + b"}", "application/rdap+json")),
])
def test_rdap_replies_that_are_not_a_plain_no(nx_dns, raw, domain, case, handler):
    srv = raw()
    srv.routes["/domain/zelvoran.com"] = handler
    srv.routes["*"] = reply(404, RDAP_ERROR, "application/rdap+json")
    result = domain("zelvoran", settings(nx_dns, srv.url()))
    assert result.status == Status.UNKNOWN, (case, result.reason)


@pytest.mark.parametrize("body", [b"{}", b'{"rdapConformance": ["rdap_level_0"]}',
                                  b'{"rdapConformance": ["rdap_level_0"], "notices": []}',
                                  b'{"objectClassName": "domain"}', b'{"ldhName": null}', b"[]", b"true",
                                  b"[" * 30000 + b"]" * 30000])
def test_rdap_200_json_that_says_nothing_is_never_available(nx_dns, raw, domain, body):
    srv = raw()
    srv.routes["/domain/zelvoran.com"] = reply(200, body, "application/rdap+json")
    assert domain("zelvoran", settings(nx_dns, srv.url())).status != Status.AVAILABLE


# ---- IDN and punycode ---------------------------------------------------------------------------

def test_an_idn_name_is_asked_in_its_a_label_everywhere(udp_dns, raw, bounded):
    dns = udp_dns(nxdomain)
    srv = raw()
    srv.routes["/domain/xn--mller-kva.com"] = reply(404, RDAP_ERROR, "application/rdap+json")
    srv.routes["/domain/muller.com"] = reply(200, b'{"objectClassName": "domain", "ldhName": "MULLER.COM"}',
                                             "application/rdap+json")
    out = bounded(check_domains, "Müller", settings=settings(dns.addr, srv.url()))
    got = {r.domain: r.status for r in out[0][1]}
    assert got == {"xn--mller-kva.com": Status.AVAILABLE, "muller.com": Status.TAKEN}
    assert all(q.isascii() for q in dns.queries) and "xn--mller-kva.com" in dns.queries
    assert all(p.isascii() for p in srv.requests)


def test_an_idn_record_named_in_either_form_is_taken(nx_dns, raw, domain):
    srv = raw()
    srv.routes["/domain/xn--mller-kva.com"] = reply(
        200, json.dumps({"objectClassName": "domain", "ldhName": "XN--MLLER-KVA.COM.", "unicodeName": "müller.com"})
        .encode(), "application/rdap+json")
    out = check_domains("Müller", settings=settings(nx_dns, srv.url()))
    assert {r.domain: r.status for r in out[0][1]}["xn--mller-kva.com"] == Status.TAKEN


@pytest.mark.parametrize("name", ["xn--zz", "XN--ABC-", "xn--", "xn--a-ecp.ru", "xn--80ak6aa92e"])
def test_a_name_that_is_a_broken_a_label_sends_nothing(udp_dns, raw, bounded, name):
    dns = udp_dns(nxdomain)
    srv = raw()
    srv.routes["*"] = reply(404, RDAP_ERROR, "application/rdap+json")
    out = bounded(check_domains, name, settings=settings(dns.addr, srv.url()))
    for r in out[0][1]:
        if r.domain.split(".", 1)[0] == name.lower().split(".", 1)[0]:
            assert r.status == Status.INVALID, (name, r.reason)
    assert not any(q.startswith(name.lower().split(".", 1)[0] + ".") for q in dns.queries)


# ---- DNS ---------------------------------------------------------------------------------------

def wrong_id(query):
    out = query.reply()
    out.header.id = (query.header.id + 1) & 0xFFFF
    out.header.rcode = 3
    return out.pack()


def other_question(query):
    out = DNSRecord.question("google.com", "NS").reply()
    out.header.id = query.header.id
    out.add_answer(RR("google.com.", QTYPE.NS, rdata=NS("ns1.google.com."), ttl=60))
    return out.pack()


def not_a_reply(query):
    out = delegated(query)
    return bytes([out[0], out[1], out[2] & 0x7F]) + out[3:]  # the QR bit cleared: a query, not an answer


def truncated_with_ns(query):
    out = query.reply()
    out.header.tc = 1
    out.add_answer(RR(str(query.q.qname), QTYPE.NS, rdata=NS("ns1.host.example."), ttl=60))
    return out.pack()


def short_packet(query):
    return delegated(query)[:20]


@pytest.mark.parametrize("answer", [wrong_id, other_question, not_a_reply, truncated_with_ns, short_packet])
def test_dns_replies_that_are_not_an_answer_leave_the_registry_to_decide(udp_dns, raw, domain, answer):
    dns = udp_dns(answer)
    srv = raw()
    srv.routes["/domain/zelvoran.com"] = reply(503, b"")
    result = domain("zelvoran", settings(dns.addr, srv.url()))
    assert result.status != Status.AVAILABLE and result.reason, answer.__name__


def test_nxdomain_and_servfail_are_not_proof_of_anything(udp_dns, raw, domain):
    # the registry is the one that says "free"; a DNS NXDOMAIN with a registry that will not answer is unknown
    def servfail(query):
        out = query.reply()
        out.header.rcode = 2
        return out.pack()
    for answer in (nxdomain, servfail):
        dns = udp_dns(answer)
        srv = raw()
        srv.routes["*"] = reply(403, b"")
        assert domain("zelvoran", settings(dns.addr, srv.url())).status == Status.UNKNOWN


# ---- WHOIS -------------------------------------------------------------------------------------------

WHOIS_REFUSALS = [
    ("German", "Zu viele Anfragen. Bitte versuchen Sie es später erneut.\r\nNo match!!\r\n", "latin-1"),
    ("French", "Trop de requêtes, veuillez réessayer plus tard.\r\nNo match!!\r\n", "latin-1"),
    ("Spanish", "Ha superado el límite de consultas.\r\nNo match!!\r\n", "latin-1"),
    ("Italian", "Troppe richieste, riprovare più tardi.\r\nNo match!!\r\n", "latin-1"),
    ("Portuguese", "Limite de consultas excedido.\r\nNo match!!\r\n", "latin-1"),
    ("Dutch", "Te veel verzoeken; probeer het later opnieuw.\r\nNo match!!\r\n", "latin-1"),
    ("Russian cp1251", "Превышен лимит запросов\r\nNo match!!\r\n", "cp1251"),
    ("Russian KOI8-R", "Слишком много запросов\r\nNo match!!\r\n", "koi8-r"),
    ("Chinese GBK", "查询过于频繁，请稍后再试\r\nNo match!!\r\n", "gbk"),
    ("Chinese UTF-8", "您的IP已被限制访问\r\nNo match!!\r\n", "utf-8"),
    ("Japanese Shift_JIS", "アクセス制限中です。しばらくしてから再度お試しください。\r\nNo match!!\r\n", "shift_jis"),
    ("Korean EUC-KR", "조회 한도를 초과했습니다\r\nNo match!!\r\n", "euc-kr"),
    ("Turkish", "Çok fazla sorgu. Lütfen daha sonra tekrar deneyin.\r\nNo match!!\r\n", "cp1254"),
    ("Polish", "Przekroczono limit zapytań.\r\nNo match!!\r\n", "cp1250"),
]


@pytest.mark.parametrize("language, text, encoding", WHOIS_REFUSALS, ids=[w[0] for w in WHOIS_REFUSALS])
def test_a_whois_refusal_in_another_language_is_unknown(nx_dns, whois, domain, language, text, encoding):
    srv = whois(lambda conn, q: conn.sendall(text.encode(encoding)))
    result = domain("zelvoran", settings(nx_dns, None, srv.addr), tld="jp")
    assert result.status == Status.UNKNOWN, (language, result.reason)


@pytest.mark.parametrize("case, text, encoding", [
    ("GBK record", "域名: zelvoran.cn\r\n注册商: 某某网络\r\n注册时间: 2020-01-01\r\nNo matching record\r\n", "gbk"),
    ("domain status line", "Domain Status: pendingDelete\r\nDomain Name: zelvoran.cn\r\nNo matching record\r\n",
     "ascii"),
    ("owner and e-mail", "domain: zelvoran.cn\r\nowner: ACME Ltd\r\ne-mail: x@acme.example\r\n"
                         "No matching record\r\n", "ascii"),
    ("registrant organisation", "Domain Name: zelvoran.cn\r\nRegistrant Organization: ACME\r\n"
                                "No matching record\r\n", "ascii"),
    ("last updated", "Domain: zelvoran.cn\r\nLast updated: 2024-05-01\r\nNo matching record\r\n", "ascii"),
])
def test_a_whois_record_in_other_words_is_never_available(nx_dns, whois, domain, case, text, encoding):
    srv = whois(lambda conn, q: conn.sendall(text.encode(encoding)))
    result = domain("zelvoran", settings(nx_dns, None, srv.addr), tld="cn")
    assert result.status != Status.AVAILABLE, (case, result.reason)


@pytest.mark.parametrize("encoding", ["latin-1", "gbk", "shift_jis", "utf-16"])
def test_a_plain_no_match_in_a_legacy_encoding_is_still_read(nx_dns, whois, domain, encoding):
    preamble = {"latin-1": "% Información del dominio\r\n", "gbk": "% 中国互联网络信息中心\r\n",
                "shift_jis": "[ JPRS データベース ]\r\n", "utf-16": "% Notice\r\n"}[encoding]
    text = preamble + "No match!!\r\n"
    srv = whois(lambda conn, q: conn.sendall(text.encode(encoding)))
    result = domain("zelvoran", settings(nx_dns, None, srv.addr), tld="jp")
    assert result.status in (Status.AVAILABLE, Status.UNKNOWN), result.reason
    if encoding != "utf-16":
        assert result.status == Status.AVAILABLE, (encoding, result.reason)


def test_a_huge_whois_reply_just_under_the_cap_with_a_refusal_at_the_end(nx_dns, whois, domain):
    text = "% disclaimer " * 15000 + "\r\nNo match!!\r\nQuery limit exceeded\r\n"
    srv = whois(lambda conn, q: conn.sendall(text.encode()))
    assert domain("zelvoran", settings(nx_dns, None, srv.addr), tld="jp").status == Status.UNKNOWN
