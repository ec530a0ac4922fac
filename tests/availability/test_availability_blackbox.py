"""Black-box: the installed command, told through BRANDCHECK_* overrides to use loopback servers."""

import json
import os
import subprocess
import sys

from werkzeug.wrappers import Response

# An RDAP error object (RFC 9083 §6), as registries send with a 404 and an RDAP content type.
RDAP_404 = {"errorCode": 404, "title": "Not Found"}


def test_check_command_through_environment_overrides(dns_server, httpserver, tmp_path):
    table, (dns_host, dns_port), _ = dns_server
    table["deltaname.com"] = ["ns1.example.net"]           # DNS says registered
    httpserver.expect_request("/domain/deltaname.de").respond_with_json(RDAP_404, status=404)
    base = httpserver.url_for("/")
    platforms = ["instagram", "x", "tiktok", "youtube", "facebook", "linkedin", "xing"]
    lines = []
    for pid in platforms:
        lines += [f"[platform.{pid}]", f'url = "{base}{pid}/{{handle}}"', 'pattern = "^[a-z0-9]{3,30}$"',
                  "available = { status = [404] }", "taken = { status = [200] }", ""]
    (tmp_path / "p.toml").write_text("\n".join(lines), encoding="utf-8")
    httpserver.expect_request("/instagram/deltaname").respond_with_data("profile", status=200)
    httpserver.expect_request("/x/deltaname").respond_with_data("", status=404)
    httpserver.expect_request("/tiktok/deltaname").respond_with_data("", status=429)
    httpserver.expect_request("/youtube/deltaname").respond_with_data("<html>Just a moment...</html>", status=403)
    httpserver.expect_request("/facebook/deltaname").respond_with_handler(lambda r: Response("", status=500))
    httpserver.expect_request("/linkedin/deltaname").respond_with_data("", status=404)
    httpserver.expect_request("/xing/deltaname").respond_with_data("", status=200)
    env = dict(os.environ, BRANDCHECK_DNS=f"{dns_host}:{dns_port}", BRANDCHECK_RDAP=base,
               BRANDCHECK_PLATFORMS=str(tmp_path / "p.toml"), BRANDCHECK_CACHE="off")
    proc = subprocess.run([sys.executable, "-m", "brandcheck", "check", "Deltaname", "--markets", "de",
                           "--format", "json"], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode in (0, 1), proc.stderr
    avail = json.loads(proc.stdout)[0]["availability"]
    domains = {d["domain"]: d["status"] for d in avail["domains"]}
    handles = {h["platform"]: h["status"] for h in avail["handles"]}
    assert domains == {"deltaname.com": "taken", "deltaname.de": "available"}
    assert handles == {"instagram": "taken", "x": "available", "tiktok": "unknown", "youtube": "unknown",
                       "facebook": "unknown", "linkedin": "available", "xing": "taken"}


def test_screen_looks_up_the_tlds_and_platforms_asked_for(dns_server, httpserver, tmp_path, capsys):
    from brandcheck.cli import main

    _, (dns_host, dns_port), _ = dns_server
    for domain in ("zelvoran.com", "zelvoran.io", "kamoran.com", "kamoran.io"):
        httpserver.expect_request(f"/domain/{domain}").respond_with_json(RDAP_404, status=404)
    base = httpserver.url_for("/")
    (tmp_path / "p.toml").write_text(f'[platform.hub]\nurl = "{base}hub/{{handle}}"\npattern = "^[a-z0-9]{{3,30}}$"\n'
                                     "available = { status = [404] }\ntaken = { status = [200] }\n", encoding="utf-8")
    httpserver.expect_request("/hub/zelvoran").respond_with_data("", status=404)
    httpserver.expect_request("/hub/kamoran").respond_with_data("profile", status=200)
    (tmp_path / "names.txt").write_text("Zelvoran\nKamoran\n", encoding="utf-8")
    net = ["--dns", f"{dns_host}:{dns_port}", "--rdap", base, "--platforms-file", str(tmp_path / "p.toml"),
           "--cache", "off"]
    code = main(["screen", str(tmp_path / "names.txt"), "--markets", "en", "--tlds", "io", "--platforms", "hub",
                 "--format", "jsonl", *net])
    assert code in (0, 1)
    got = [json.loads(line)["availability"] for line in capsys.readouterr().out.splitlines()]
    assert [{d["domain"]: d["status"] for d in a["domains"]} for a in got] == [
        {"zelvoran.com": "available", "zelvoran.us": "unknown", "zelvoran.io": "available"},
        {"kamoran.com": "available", "kamoran.us": "unknown", "kamoran.io": "available"}]
    assert [[(h["platform"], h["status"]) for h in a["handles"]] for a in got] == [
        [("hub", "available")], [("hub", "taken")]]
    # an unknown platform is refused before any name is screened
    assert main(["screen", str(tmp_path / "names.txt"), "--platforms", "nope", *net]) == 2
    assert "unknown platform(s): nope" in capsys.readouterr().err
