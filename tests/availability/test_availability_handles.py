"""Handles against platform rules served by pytest-httpserver."""

import threading
import time

from werkzeug.wrappers import Response

from brandcheck.availability import check_handles, self_test
from brandcheck.availability.observe import HttpObservation
from brandcheck.availability.platforms import classify_handle, load_platforms
from brandcheck.availability.settings import Settings
from brandcheck.model import Status


def platform_file(tmp_path, base, extra=""):
    text = f'''
[platform.alpha]
url = "{base}u/{{handle}}"
pattern = "^[a-z0-9_]{{3,20}}$"
available = {{ status = [404] }}
taken = {{ status = [200] }}
known_taken = "knownuser"

[platform.beta]
url = "{base}b/{{handle}}"
pattern = "^[a-z0-9_]{{3,20}}$"
available = {{ status = [200], text = "no such user" }}
taken = {{ status = [200], text = "profile-card" }}
{extra}
'''
    path = tmp_path / "platforms.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def settings(path, **kw):
    base = dict(platforms_file=path, cache=None, retries=0, connect_timeout=1, read_timeout=2, deadline=20)
    base.update(kw)
    return Settings(**base)


def results(out):
    return {(h.platform, h.handle): h for _, hs in out for h in hs}


def test_status_and_text_rules(httpserver, tmp_path):
    path = platform_file(tmp_path, httpserver.url_for("/"))
    httpserver.expect_request("/u/freeone").respond_with_data("", status=404)
    httpserver.expect_request("/u/takenone").respond_with_data("hello", status=200)
    httpserver.expect_request("/b/freeone").respond_with_data("<p>no such user</p>")
    httpserver.expect_request("/b/takenone").respond_with_data("<div class=profile-card>")
    out = results(check_handles(["freeone", "takenone"], platforms=["alpha", "beta"], settings=settings(path)))
    assert out[("alpha", "freeone")].status == Status.AVAILABLE
    assert out[("alpha", "takenone")].status == Status.TAKEN
    assert out[("beta", "freeone")].status == Status.AVAILABLE
    assert out[("beta", "takenone")].status == Status.TAKEN


def test_block_pages_and_errors_are_unknown(httpserver, tmp_path):
    path = platform_file(tmp_path, httpserver.url_for("/"))
    httpserver.expect_request("/b/walled").respond_with_data("<title>Just a moment...</title>", status=200)
    httpserver.expect_request("/b/limited").respond_with_data("slow down", status=429)
    httpserver.expect_request("/b/broken").respond_with_data("oops", status=502)
    httpserver.expect_request("/b/weird").respond_with_data("something else entirely", status=200)
    out = results(check_handles(["walled", "limited", "broken", "weird"], platforms=["beta"], settings=settings(path)))
    assert all(h.status == Status.UNKNOWN and h.reason for h in out.values())


def test_invalid_handles_send_no_request(httpserver, tmp_path):
    path = platform_file(tmp_path, httpserver.url_for("/"))
    out = results(check_handles(["ab", "x" * 30], platforms=["alpha"], settings=settings(path)))
    assert all(h.status == Status.INVALID and "rule" in h.reason for h in out.values())
    assert len(httpserver.log) == 0


def test_hostile_names_never_change_the_host(httpserver, tmp_path):
    path = tmp_path / "p.toml"
    path.write_text(f'''
[platform.open]
url = "{httpserver.url_for("/")}p/{{handle}}"
pattern = ".*"
available = {{ status = [404] }}
taken = {{ status = [200] }}
''', encoding="utf-8")
    httpserver.expect_request("/p/x").respond_with_data("", status=404)
    out = check_handles(["../x", "a?b=c", "a@evil.host", "%2e%2e"], platforms=["open"], settings=settings(str(path)))
    port = httpserver.port
    for _, hs in out:
        for h in hs:
            assert h.url.startswith(f"http://localhost:{port}/p/") or h.url.startswith(f"http://127.0.0.1:{port}/p/")
    for request, _ in httpserver.log:
        assert request.path.startswith("/p/") and request.path.count("/") == 2


def test_no_probe_platforms_are_unknown_with_reason():
    out = check_handles("zelvora", platforms=["wechat", "line"], settings=Settings(cache=None))
    for _, hs in out:
        for h in hs:
            assert h.status == Status.UNKNOWN and "no public probe" in h.reason
            assert h.url and f"check by hand at {h.url}" in h.reason


def test_per_host_limit_holds(httpserver, tmp_path):
    path = platform_file(tmp_path, httpserver.url_for("/"))
    lock = threading.Lock()
    active = [0, 0]

    def handler(request):
        with lock:
            active[0] += 1
            active[1] = max(active[1], active[0])
        time.sleep(0.05)
        with lock:
            active[0] -= 1
        return Response("", status=404)

    httpserver.expect_request("/u/x").respond_with_handler(handler)  # never matched; ordered handler below
    for i in range(24):
        httpserver.expect_request(f"/u/name{i:02d}").respond_with_handler(handler)
    check_handles([f"name{i:02d}" for i in range(24)], platforms=["alpha"], settings=settings(path, per_host=4))
    assert 1 <= active[1] <= 4


def test_bundled_platforms_cover_markets_and_the_twenty():
    table = load_platforms()
    for pid in ("instagram", "x", "tiktok", "youtube", "facebook", "linkedin", "github", "reddit", "pinterest",
                "twitch", "threads", "bluesky", "telegram", "weibo", "douyin", "bilibili", "vk", "line", "kakao",
                "naver", "wechat"):
        assert pid in table
    assert not table["wechat"].probe and not table["line"].probe


def test_classify_is_pure_and_conservative():
    table = load_platforms()
    gh = table["github"]
    assert classify_handle(HttpObservation("u", 404), gh)[0] == Status.AVAILABLE
    assert classify_handle(HttpObservation("u", 200), gh)[0] == Status.TAKEN
    assert classify_handle(HttpObservation("u", None, error="timed out"), gh)[0] == Status.UNKNOWN
    assert classify_handle(HttpObservation("u", 429), gh)[0] == Status.UNKNOWN
    assert classify_handle(HttpObservation("u", 404, body="<div id=px-captcha>"), gh)[0] == Status.UNKNOWN


def test_self_test_reports_broken_rules(httpserver, tmp_path):
    path = platform_file(tmp_path, httpserver.url_for("/"))
    httpserver.expect_request("/u/knownuser").respond_with_data("", status=404)  # rule broke: known user "free"
    report = {r["platform"]: r for r in self_test(["alpha"], settings=settings(path))}
    assert report["alpha"]["ok"] is False and "knownuser" in report["alpha"]["problem"]


def test_a_name_with_accents_tries_its_ascii_handle_where_handles_are_ascii(httpserver, tmp_path):
    path = platform_file(tmp_path, httpserver.url_for("/"))
    httpserver.expect_request("/u/cafenoir").respond_with_data("", status=404)
    out = results(check_handles("Café Noir", platforms=["alpha"], settings=settings(path)))
    h = out[("alpha", "cafenoir")]
    assert h.status == Status.AVAILABLE and h.url.endswith("/u/cafenoir")
