"""The workshop web app over real HTTP on loopback: who may talk to it, and malformed requests."""

import contextlib
import http.client
import re
import threading
import time
import urllib.parse

import pytest

from brandcheck.errors import WorkshopError
from brandcheck.workshop import Workshop, app


@contextlib.contextmanager
def running(ws, *, host="127.0.0.1", token=None):
    sock = app.listen("127.0.0.1", 0)  # tests never listen beyond loopback, whatever host the app is told
    server = app.make_server(ws, sock, host=host, token=token)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.01)
    try:
        yield sock.getsockname()[1]
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


def request(port, method, path, body=None, headers=None, host=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    hdrs = {"Host": host or f"127.0.0.1:{port}", **(headers or {})}
    conn.request(method, path, body=body, headers=hdrs)
    resp = conn.getresponse()
    data = resp.read().decode("utf-8", "replace")
    conn.close()
    return resp.status, data, resp


def csrf_of(page):
    return re.search(r"X-Brandcheck-Csrf&quot;: &quot;([^&]+)&quot;", page).group(1)


def post(port, path, fields, csrf, **kw):
    body = urllib.parse.urlencode(fields).encode()
    headers = {"Content-Type": "application/x-www-form-urlencoded", "X-Brandcheck-Csrf": csrf, **kw.pop("headers", {})}
    return request(port, "POST", path, body, headers, **kw)


@pytest.fixture
def workshop(tmp_path):
    with Workshop(tmp_path / "w.sqlite", markets="de") as ws:
        yield ws


def test_page_screen_decide_export(workshop):
    with running(workshop) as port:
        status, page, _ = request(port, "GET", "/")
        assert status == 200 and "brandcheck workshop" in page
        assert not re.search(r"(src|href)=['\"]?(https?:)?//", page)  # nothing from another host
        status, js, resp = request(port, "GET", "/static/htmx.min.js")
        assert status == 200 and "htmx" in js and resp.getheader("content-type").startswith("text/javascript")
        csrf = csrf_of(page)
        status, listing, _ = post(port, "/names", {"names": "Kamo\nZelvora, <b>x</b>"}, csrf)
        assert status == 400 and "invalid name" in listing  # all or nothing: '<' is not a name character
        status, listing, _ = post(port, "/names", {"names": "Kamo\nZelvora"}, csrf)
        assert status == 200 and listing.count("hx-trigger='load'") == 2
        status, card, _ = post(port, "/screen", {"name": "Kamo"}, csrf)
        assert status == 200 and "data-finding=" in card
        finding = re.search(r"data-finding='([^']+)' data-state='open'", card).group(1)
        status, card, _ = post(port, "/finding", {"name": "Kamo", "finding": finding, "decision": "accept"}, csrf)
        assert status == 200 and f"data-finding='{finding}' data-state='accepted'" in card.replace("&#x27;", "'")
        status, card, _ = post(port, "/decide", {"name": "Kamo", "decision": "shortlist"}, csrf)
        assert status == 200 and "badge shortlisted" in card
        status, sorted_list, _ = request(port, "GET", "/candidates?sort=score")
        assert status == 200 and sorted_list.index("data-name='Kamo'") < sorted_list.index("data-name='Zelvora'")
        status, report, resp = request(port, "GET", "/export")
        assert status == 200 and "attachment" in resp.getheader("content-disposition")
        assert "Kamo" in report and "Zelvora" in report
        assert re.search(r"<div class='f sev-\w+ accepted' data-id='" + re.escape(finding.replace("'", "&#x27;")), report)
    assert workshop.candidate("Kamo").accepted == (finding,) and workshop.candidate("Kamo").status == "shortlisted"


def test_requests_from_elsewhere_are_refused(workshop):
    with running(workshop) as port:
        csrf = csrf_of(request(port, "GET", "/")[1])
        status, text, _ = request(port, "GET", "/", host="attacker.example:80")  # DNS rebinding
        assert status == 421 and "attacker.example" in text
        status, _, _ = request(port, "GET", "/", host=f"localhost:{port}")
        assert status == 200
        status, text, _ = post(port, "/names", {"names": "Kamo"}, csrf, headers={"Origin": "http://evil.example"})
        assert status == 403 and "another site" in text
        status, text, _ = post(port, "/names", {"names": "Kamo"}, "wrong")
        assert status == 403 and "token" in text
        status, _, _ = post(port, "/names", {"names": "Kamo"}, csrf, headers={"Origin": f"http://127.0.0.1:{port}"})
        assert status == 200
    assert [c.name for c in workshop.candidates] == ["Kamo"]


@pytest.mark.parametrize("method, path, body, ctype, expect", [
    ("POST", "/names", b"names=Kamo", "application/json", 415),
    ("POST", "/names", b"names=\xff\xfe", "application/x-www-form-urlencoded", 400),
    ("POST", "/names", b"names=" + b"a" * (app.MAX_BODY + 1), "application/x-www-form-urlencoded", 413),
    ("POST", "/names", b"names=", "application/x-www-form-urlencoded", 400),
    ("POST", "/names", b"&".join(b"f%d=1" % i for i in range(60)), "application/x-www-form-urlencoded", 400),
    ("POST", "/finding", b"name=Kamo&finding=x&decision=maybe", "application/x-www-form-urlencoded", 400),
    ("POST", "/finding", b"name=Nobody&finding=meaning.x@de:y&decision=accept", "application/x-www-form-urlencoded", 400),
    ("POST", "/decide", b"name=Kamo&decision=reject", "application/x-www-form-urlencoded", 400),
    ("POST", "/suggest", b"name=Kamo", "application/x-www-form-urlencoded", 400),
    ("GET", "/candidates?sort=evil", None, None, 400),
    ("GET", "/static/..%2fstore.py", None, None, 404),
    ("GET", "/nowhere", None, None, 404),
    ("DELETE", "/names", None, None, 405),
    ("GET", "/export", None, None, 409),
])
def test_malformed_requests_get_a_4xx_with_a_message(empty_server, method, path, body, ctype, expect):
    port, csrf = empty_server
    headers = {"X-Brandcheck-Csrf": csrf, **({"Content-Type": ctype} if ctype else {})}
    status, text, resp = request(port, method, path, body, headers)
    assert status == expect
    assert text.strip() and "Traceback" not in text and "<html" not in text.lower()
    assert resp.getheader("content-type").startswith("text/plain")


@pytest.fixture(scope="module")
def empty_server(tmp_path_factory):
    """One server over an empty workshop, for the malformed requests."""
    with Workshop(tmp_path_factory.mktemp("w") / "w.sqlite", markets="de") as ws:
        with running(ws) as port:
            yield port, csrf_of(request(port, "GET", "/")[1])


def test_off_loopback_needs_the_token(workshop):
    with pytest.raises(WorkshopError, match="without a token"):
        app.create_app(workshop, host="0.0.0.0", port=8765)
    with pytest.raises(WorkshopError, match="without a token"):
        app.create_app(workshop, host="192.0.2.7", port=8765)
    assert app.is_loopback("127.0.0.1") and app.is_loopback("::1") and not app.is_loopback("0.0.0.0")
    token = "t" * 24
    with running(workshop, host="0.0.0.0", token=token) as port:  # told "every interface", bound on loopback
        status, text, _ = request(port, "GET", "/")
        assert status == 403 and "token" in text
        status, _, resp = request(port, "GET", f"/?token={token}")
        assert status == 303 and resp.getheader("location") == "/"
        cookie = resp.getheader("set-cookie")
        assert f"brandcheck_token={token}" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie
        status, page, _ = request(port, "GET", "/", headers={"Cookie": f"brandcheck_token={token}"})
        assert status == 200 and "brandcheck workshop" in page
        status, _, _ = request(port, "GET", "/", headers={"Cookie": "brandcheck_token=" + "x" * 24})
        assert status == 403


def test_without_the_extra_the_command_names_it(tmp_path, monkeypatch, capsys):
    import sys

    import brandcheck.workshop
    from brandcheck.cli import main

    monkeypatch.delitem(sys.modules, "brandcheck.workshop.app", raising=False)
    monkeypatch.delattr(brandcheck.workshop, "app", raising=False)
    for name in [m for m in sys.modules if m == "starlette" or m.startswith("starlette.")] + ["starlette"]:
        monkeypatch.setitem(sys.modules, name, None)  # as if the extra were not installed
    assert main(["workshop", "--workshop", str(tmp_path / "w.sqlite")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "pip install 'brandcheck[workshop]'" in err


def test_alternatives_button_adds_a_round_of_suggestions(workshop, monkeypatch):
    import types

    import brandcheck.suggestions

    def suggest(seeds, *, markets, n, **kw):  # a stand-in: the generators are tested on their own
        return (types.SimpleNamespace(name="Kamora", kind="variant", origin=seeds[0], why="adds -ra", score=90,
                                      report=None, to_dict=lambda: {"name": "Kamora"}),)

    monkeypatch.setattr(brandcheck.suggestions, "suggest", suggest)
    workshop.add(["Kamo"])
    with running(workshop) as port:
        page = request(port, "GET", "/")[1]
        assert "class='alternatives'" in page
        status, listing, _ = post(port, "/suggest", {"name": "Kamo"}, csrf_of(page))
    assert status == 200 and "data-name='Kamora'" in listing
    assert workshop.candidate("Kamora").seeds == ("Kamo",) and workshop.rounds[-1].kind == "suggest"


def test_chinese_names_for_a_card_when_a_chinese_market_is_chosen(tmp_path, empty_server):
    port, csrf = empty_server
    status, text, _ = post(port, "/chinese", {"name": "Kamo"}, csrf)
    assert status == 404 and "no Chinese market" in text  # that workshop is in de only
    with Workshop(tmp_path / "zh.sqlite", markets="de,zh") as ws:
        ws.add(["Zelvora"])
        with running(ws) as port:
            page = request(port, "GET", "/")[1]
            assert "class='chinese-names'" in page
            status, table, _ = post(port, "/chinese", {"name": "zelvora"}, csrf_of(page))
    assert status == 200 and table.count("<tr>") == 6 and "data-for='zelvora'" in table
    assert re.search(r"<td class='zh'>[\u4e00-\u9fff]+</td>", table)
