"""brandcheck suggest --require: only names whose domains and handles are available, against real
DNS, RDAP and HTTP servers on loopback (unknown is not available)."""

import re

import pytest
from werkzeug.wrappers import Response

from brandcheck import BrandcheckError, suggest
from brandcheck.availability.settings import Settings
from brandcheck.cli import main
from brandcheck.suggestions.spelling import key


def _platforms(tmp_path, base):
    path = tmp_path / "platforms.toml"
    path.write_text(f'''
[platform.alpha]
url = "{base}u/{{handle}}"
pattern = "^[a-z0-9_]{{3,20}}$"
available = {{ status = [404] }}
taken = {{ status = [200] }}
known_taken = "knownuser"
''', encoding="utf-8")
    return str(path)


def _settings(dns, base, platforms_file=None):
    return Settings(dns=dns, rdap=base, platforms_file=platforms_file, cache=None, retries=0, backoff=0.05,
                    connect_timeout=1, read_timeout=1, deadline=15)


def _free_if_even(label):
    return len(label) % 2 == 0


@pytest.fixture
def registry(httpserver):
    """RDAP: a label of even length is free (404), odd is registered (200), one is unanswerable (503);
    the handle platform: free when the handle's length is even."""
    unknown = set()

    def rdap(request):
        label = request.path.rsplit("/", 1)[-1].split(".")[0]
        if label in unknown:
            return Response("busy", status=503)
        if _free_if_even(label):
            return Response('{"errorCode": 404}', status=404, content_type="application/rdap+json")
        return Response(f'{{"objectClassName": "domain", "ldhName": "{label}.com"}}', status=200,
                        content_type="application/rdap+json")

    def handle(request):
        name = request.path.rsplit("/", 1)[-1]
        return Response("", status=404 if _free_if_even(name) else 200)

    httpserver.expect_request(re.compile(r"/domain/.*")).respond_with_handler(rdap)
    httpserver.expect_request(re.compile(r"/u/.*")).respond_with_handler(handle)
    return unknown


def test_require_com_keeps_only_available_domains(dns_server, httpserver, registry):
    _, addr, _ = dns_server
    net = _settings(addr, httpserver.url_for("/"))
    found = suggest(["Zelvora"], markets=["de"], n=4, style="coined", require=["com"], network=net, workers=1,
                    keep_all=True)
    kept = [s for s in found if s.dropped is None]
    dropped = [s for s in found if s.dropped and s.dropped.startswith("not available")]
    assert len(kept) == 4 and all(_free_if_even(key(s.name)) for s in kept)
    assert dropped and all(not _free_if_even(key(s.name)) and ".com taken" in s.dropped for s in dropped)


def test_unknown_is_not_available(dns_server, httpserver, registry):
    _, addr, _ = dns_server
    net = _settings(addr, httpserver.url_for("/"))
    first = suggest(["Zelvora"], markets=["de"], n=1, style="coined", require=["com"], network=net, workers=1)
    registry.add(key(first[0].name))  # the registry stops answering for that one
    again = suggest(["Zelvora"], markets=["de"], n=1, style="coined", require=["com"], network=net, workers=1,
                    keep_all=True)
    assert again[0].name != first[0].name
    (was,) = [s for s in again if s.name == first[0].name]
    assert "unknown" in was.dropped


def test_require_a_handle(dns_server, httpserver, registry, tmp_path):
    _, addr, _ = dns_server
    net = _settings(addr, httpserver.url_for("/"), _platforms(tmp_path, httpserver.url_for("/")))
    found = suggest(["Zelvora"], markets=["de"], n=3, style="coined", require=["alpha"], network=net, workers=1)
    assert len(found) == 3 and all(_free_if_even(key(s.name)) for s in found)


def test_impossible_require_is_an_error_before_any_work(dns_server, httpserver):
    _, addr, _ = dns_server
    net = _settings(addr, httpserver.url_for("/"))
    with pytest.raises(BrandcheckError, match="no such"):  # neither a platform nor a TLD
        suggest(["Zelvora"], markets=["de"], require=["com", "no such"], network=net, workers=1)
    assert len(httpserver.log) == 0


def test_cli_require(dns_server, httpserver, registry, capsys):
    _, (host, port), _ = dns_server
    argv = ["suggest", "Zelvora", "-m", "de", "-n", "2", "--style", "coined", "--require", "com",
            "--dns", f"{host}:{port}", "--rdap", httpserver.url_for("/"), "--cache", "off", "--workers", "1"]
    assert main(argv) == 0
    rows = [line.split()[3] for line in capsys.readouterr().out.splitlines() if line[:4].strip().rstrip(".").isdigit()]
    assert len(rows) == 2 and all(_free_if_even(r.lower()) for r in rows)


def test_more_names_are_screened_when_few_are_free(dns_server, httpserver):
    """Only 7-letter names are free here (a coined name that long is rare): screening goes on past
    the usual 1.5 × n passes until n free names are found."""
    _, addr, _ = dns_server

    def rdap(request):
        label = request.path.rsplit("/", 1)[-1].split(".")[0]
        free = len(label) == 7
        return Response("{}", status=404 if free else 200, content_type="application/rdap+json")

    httpserver.expect_request(re.compile(r"/domain/.*")).respond_with_handler(rdap)
    net = _settings(addr, httpserver.url_for("/"))
    found = suggest(["Zelvora"], markets=["de"], n=3, style="coined", require=["com"], network=net, workers=1,
                    keep_all=True)
    kept = [s for s in found if s.dropped is None]
    assert len(kept) == 3 and all(len(key(s.name)) == 7 for s in kept)
    assert sum(1 for s in found if s.dropped and s.dropped.startswith("not available")) > 2
