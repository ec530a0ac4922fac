"""Domains against a real DNS server, RDAP server and WHOIS server on loopback."""

import json
import time

import pytest
from werkzeug.wrappers import Response

# An RDAP error object (RFC 9083 §6), as registries send with a 404 and an RDAP content type.
RDAP_404 = {"errorCode": 404, "title": "Not Found"}

from brandcheck.availability import check_domains
from brandcheck.availability.settings import Settings
from brandcheck.model import Status


def settings(dns, rdap=None, whois=None, **kw):
    base = dict(dns=dns, rdap=rdap, whois=whois, cache=None, retries=1, backoff=0.05, connect_timeout=1,
                read_timeout=1, deadline=15)
    base.update(kw)
    return Settings(**base)


def statuses(results):
    return {d.domain: d.status for _, ds in results for d in ds}


def test_dns_ns_answer_means_taken_without_asking_rdap(dns_server, httpserver):
    table, addr, _ = dns_server
    table["acme.com"] = ["ns1.host.example", "ns2.host.example"]
    out = check_domains("acme", settings=settings(addr, httpserver.url_for("/")))
    assert statuses(out) == {"acme.com": Status.TAKEN}
    assert "delegated" in out[0][1][0].reason
    assert len(httpserver.log) == 0


def test_rdap_404_is_available_and_200_is_taken(dns_server, httpserver):
    _, addr, _ = dns_server
    httpserver.expect_request("/domain/freename.com").respond_with_json(RDAP_404, status=404)
    httpserver.expect_request("/domain/heldname.com").respond_with_json(
        {"objectClassName": "domain", "ldhName": "heldname.com"})
    out = check_domains(["freename", "heldname"], settings=settings(addr, httpserver.url_for("/")))
    st = statuses(out)
    assert st == {"freename.com": Status.AVAILABLE, "heldname.com": Status.TAKEN}
    assert "premium" in out[0][1][0].reason  # says plainly what RDAP cannot see


@pytest.mark.parametrize("status, body", [(429, ""), (500, ""), (503, ""), (200, "<html>Just a moment...</html>"),
                                          (403, "denied"), (400, "bad")])
def test_rdap_errors_are_never_available(dns_server, httpserver, status, body):
    _, addr, _ = dns_server
    httpserver.expect_request("/domain/errname.com").respond_with_data(body, status=status)
    out = check_domains("errname", settings=settings(addr, httpserver.url_for("/")))
    result = out[0][1][0]
    assert result.status == Status.UNKNOWN and result.reason


def test_rdap_retry_after_is_honoured_then_answer(dns_server, httpserver):
    _, addr, _ = dns_server
    calls = []

    def handler(request):
        calls.append(time.monotonic())
        if len(calls) == 1:
            return Response("", status=429, headers={"Retry-After": "0.3"})
        return Response(json.dumps(RDAP_404), status=404, content_type="application/rdap+json")

    httpserver.expect_request("/domain/patient.com").respond_with_handler(handler)
    out = check_domains("patient", settings=settings(addr, httpserver.url_for("/")))
    assert out[0][1][0].status == Status.AVAILABLE
    assert len(calls) == 2 and calls[1] - calls[0] >= 0.25


def test_slow_rdap_times_out_as_unknown(dns_server, httpserver):
    _, addr, _ = dns_server

    def slow(request):
        time.sleep(1.5)
        return Response(json.dumps(RDAP_404), status=404, content_type="application/rdap+json")

    httpserver.expect_request("/domain/slowname.com").respond_with_handler(slow)
    out = check_domains("slowname", settings=settings(addr, httpserver.url_for("/"), read_timeout=0.3, retries=0))
    assert out[0][1][0].status == Status.UNKNOWN and "timed out" in out[0][1][0].reason


def test_servfail_and_silent_dns_fall_through_to_rdap(dns_server, silent_dns, httpserver):
    table, addr, _ = dns_server
    table["flaky.com"] = "SERVFAIL"
    httpserver.expect_request("/domain/flaky.com").respond_with_json(RDAP_404, status=404)
    assert statuses(check_domains("flaky", settings=settings(addr, httpserver.url_for("/")))) == {
        "flaky.com": Status.AVAILABLE}
    httpserver.expect_request("/domain/quiet.com").respond_with_json({"objectClassName": "domain"})
    t0 = time.monotonic()
    out = check_domains("quiet", settings=settings(silent_dns, httpserver.url_for("/")))
    assert statuses(out) == {"quiet.com": Status.TAKEN} and time.monotonic() - t0 < 5


def test_nothing_answers_means_unknown_fast(silent_dns):
    t0 = time.monotonic()
    out = check_domains(["one", "two", "three"], tlds=["de", "fr"],
                        settings=settings(silent_dns, "http://127.0.0.1:9/"))
    assert all(d.status == Status.UNKNOWN for _, ds in out for d in ds)
    assert time.monotonic() - t0 < 10


def test_whois_only_without_rdap(dns_server, whois_server, monkeypatch):
    _, addr, _ = dns_server
    table, whois_addr = whois_server
    table["takenname.jp"] = "Domain Information:\r\n[Domain Name]  TAKENNAME.JP\r\n[Status]  Active\r\n"
    # .jp has no RDAP in the bundled bootstrap: WHOIS is asked, with the JPRS no-match text
    table["freename.jp"] = "No match!!\r\n"
    table["limited.jp"] = "Query rate limit exceeded\r\n"
    out = check_domains(["takenname", "freename", "limited"], tlds=["jp"],
                        settings=settings(addr, None, whois_addr))
    st = statuses(out)
    assert st["takenname.jp"] == Status.TAKEN
    assert st["freename.jp"] == Status.AVAILABLE
    assert st["limited.jp"] == Status.UNKNOWN


def test_invalid_labels_send_nothing(dns_server, httpserver):
    _, addr, resolver = dns_server
    out = check_domains(["../x", "a?b=c", "%2e%2e", "a" * 70], settings=settings(addr, httpserver.url_for("/")))
    assert all(d.status == Status.INVALID for _, ds in out for d in ds)
    assert resolver.queries == [] and len(httpserver.log) == 0


def test_idn_names_use_a_labels(dns_server, httpserver):
    _, addr, _ = dns_server
    httpserver.expect_request("/domain/xn--mller-kva.de").respond_with_json(RDAP_404, status=404)
    out = check_domains("Müller", tlds=["de"], settings=settings(addr, httpserver.url_for("/")))
    st = statuses(out)
    assert st["xn--mller-kva.de"] == Status.AVAILABLE


def test_cache_answers_then_expires(dns_server, httpserver, tmp_path):
    _, addr, _ = dns_server
    httpserver.expect_request("/domain/cached.com").respond_with_json(RDAP_404, status=404)
    s = settings(addr, httpserver.url_for("/"), cache=str(tmp_path / "c.sqlite3"), cache_ttl=0.5)
    check_domains("cached", settings=s)
    second = check_domains("cached", settings=s)
    assert "(cached)" in second[0][1][0].reason and len(httpserver.log) == 1
    time.sleep(0.6)
    third = check_domains("cached", settings=s)
    assert "(cached)" not in third[0][1][0].reason and len(httpserver.log) == 2


def test_corrupt_cache_is_rebuilt(dns_server, httpserver, tmp_path):
    _, addr, _ = dns_server
    path = tmp_path / "c.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"this is not a database" * 100)  # a damaged SQLite file
    httpserver.expect_request("/domain/rebuilt.com").respond_with_json(RDAP_404, status=404)
    out = check_domains("rebuilt", settings=settings(addr, httpserver.url_for("/"), cache=str(path)))
    assert out[0][1][0].status == Status.AVAILABLE


def test_registrable_forms_are_tried_too(dns_server, httpserver):
    table, addr, _ = dns_server
    table["cafenoir.com"] = ["ns1.example.net"]
    httpserver.expect_request("/domain/xn--cafnoir-dya.com").respond_with_json(RDAP_404, status=404)
    httpserver.expect_request("/domain/cafe-noir.com").respond_with_json(RDAP_404, status=404)
    out = check_domains("Café Noir", settings=settings(addr, httpserver.url_for("/")))
    assert [(d.domain, d.status) for d in out[0][1]] == [
        ("xn--cafnoir-dya.com", Status.AVAILABLE), ("cafenoir.com", Status.TAKEN), ("cafe-noir.com", Status.AVAILABLE)]


def test_an_idn_is_tried_only_where_the_registry_takes_it(dns_server, httpserver):
    _, addr, _ = dns_server
    for path in ("xn--cafnoir-dya.de", "cafenoir.de", "cafe-noir.de", "cafenoir.uk", "cafe-noir.uk"):
        httpserver.expect_request(f"/domain/{path}").respond_with_json(RDAP_404, status=404)
    out = check_domains("Café Noir", tlds=["de", "uk"], settings=settings(addr, httpserver.url_for("/")))
    got = {d.domain: d for d in out[0][1]}
    assert got["xn--cafnoir-dya.de"].status == Status.AVAILABLE  # DENIC takes Latin IDNs
    refused = got["xn--cafnoir-dya.uk"]
    assert refused.status == Status.INVALID and "no internationalised" in refused.reason
    assert got["cafenoir.uk"].status == Status.AVAILABLE
    assert all("xn--" not in entry["path"] or ".uk" not in entry["path"]
               for entry in ({"path": req.path} for req, _ in httpserver.log))


def test_idn_scripts_follow_the_registry():
    from brandcheck.availability.domains import _idn_table, idn_refusal

    table = _idn_table()
    assert idn_refusal("ソニー", "jp", table) is None
    assert "Latin script only" in idn_refusal("ソニー", "de", table)
    assert idn_refusal("müller", "de", table) is None
    assert idn_refusal("müller", "xyz", table) is None  # policy not known: tried as written
    assert idn_refusal("zelvora", "uk", table) is None


@pytest.mark.parametrize("name, labels", [
    ("Zelvora", ("zelvora",)), ("Coca-Cola", ("coca-cola", "cocacola")),
    ("Ben & Jerry's", ("benandjerrys", "ben-and-jerrys")), ("Müller", ("müller", "muller")),
    ("ソニー", ("ソニー",)), ("Café Noir", ("cafénoir", "cafenoir", "cafe-noir")),
])
def test_label_variants(name, labels):
    from brandcheck.availability.labels import label_variants

    assert label_variants(name) == labels
