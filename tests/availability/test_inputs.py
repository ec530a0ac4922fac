"""Inputs are checked before any work: platform files, TLDs, handles, settings, CLI options.

Nothing here sends a request: a rule pointing at a metadata address is refused when the file is
read, which is the point.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from brandcheck.availability import check_handles, domain_tlds
from brandcheck.availability.labels import LabelError, TLDError, domain_label, normalize_tld, to_ascii_domain
from brandcheck.availability.platforms import _parse, load_platforms, unsafe_host
from brandcheck.availability.settings import Settings
from brandcheck.errors import BrandcheckError, DataError
from brandcheck.model import Status

GOOD = 'available = { status = [404] }\ntaken = { status = [200] }'


def platform_text(url="http://127.0.0.1:9/u/{handle}", pattern="^[a-z]{3,20}$", rules=GOOD, extra=""):
    return f'[platform.p]\nurl = "{url}"\npattern = \'{pattern}\'\n{rules}\n{extra}\n'


@pytest.mark.parametrize("url", [
    "ftp://127.0.0.1/{handle}", "gopher://127.0.0.1:70/{handle}", "file://localhost/etc/{handle}",
    "http://169.254.169.254/latest/{handle}", "http://[fe80::1]/{handle}", "http://metadata.google.internal/{handle}",
    "http://2852039166/{handle}", "http://0xa9fea9fe/{handle}", "http://10.0.0.1/{handle}",
    "http://192.168.1.1/{handle}", "http://[::ffff:169.254.169.254]/{handle}", "http://0.0.0.0/{handle}",
    "http://user:pw@127.0.0.1/{handle}", "javascript:alert(1)//{handle}", "/relative/{handle}",
    "http://{handle}.example.com/",
])
def test_unsafe_rule_urls_are_refused_without_a_request(url):
    with pytest.raises(DataError) as exc:
        _parse(platform_text(url=url), "user.toml")
    assert "\n" not in str(exc.value)


def test_loopback_and_public_hosts_are_allowed():
    assert unsafe_host("http://127.0.0.1:8080/u/x") == ""
    assert unsafe_host("https://github.com/x") == ""
    assert unsafe_host("http://169.254.169.254/") != ""


@pytest.mark.parametrize("rules, pattern, message", [
    ('available = { status = ["abc"] }', "^[a-z]+$", "status"),
    ('available = { status = "404" }', "^[a-z]+$", "status"),
    ('available = { status = [true] }', "^[a-z]+$", "status"),
    ('available = { status = [99999] }', "^[a-z]+$", "between"),
    ('available = { text = 5 }', "^[a-z]+$", "text"),
    ('available = { colour = "red" }', "^[a-z]+$", "unknown rule key"),
    ('available = "404"', "^[a-z]+$", "rule"),
    (GOOD, "^(a|a)*$", "too long"),
    (GOOD, "([a-z]", "bad pattern"),
])
def test_bad_rule_values_are_clear_errors(rules, pattern, message):
    with pytest.raises(DataError) as exc:
        _parse(platform_text(pattern=pattern, rules=rules), "user.toml")
    assert message in str(exc.value) and "\n" not in str(exc.value)


@pytest.mark.parametrize("text, message", [
    ('[platform.p]\nurl = "http://127.0.0.1/{handle}"\npattern = 5\n' + GOOD, "pattern must be a string"),
    ('[platform.p]\nurl = 7\npattern = "x"\n' + GOOD, "url must be a string"),
    ("title = 'no platforms'\n", "top-level"),
    ("", "no [platform"),
    ("[platform]\n", "no [platform"),
    ('[platform.p]\nurl = "http://127.0.0.1/{handle}"\npattern = "x"\nprobe = "yes"\n' + GOOD, "probe"),
    ('[platform."Bad Id/x"]\nurl = "http://127.0.0.1/{handle}"\npattern = "x"\n' + GOOD, "platform id"),
    ('[platform.p]\nurl = "http://127.0.0.1/{handle}"\npattern = "x"\nsurprise = 1\n' + GOOD, "unknown key"),
])
def test_bad_platform_files_are_clear_errors(text, message):
    with pytest.raises(DataError) as exc:
        _parse(text, "user.toml")
    assert message in str(exc.value) and "\n" not in str(exc.value)


def test_binary_or_misencoded_platform_file_is_an_error(tmp_path):
    path = tmp_path / "p.toml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe")
    with pytest.raises(DataError):
        load_platforms(str(path))
    path.write_text(platform_text(), encoding="utf-16")
    with pytest.raises(DataError):
        load_platforms(str(path))


def test_a_slow_pattern_at_match_time_is_unknown_not_a_hang(monkeypatch):
    from brandcheck.availability import platforms

    table = platforms._parse(platform_text(pattern="^[a-z]+$", extra='probe = false\nreason = "r"'), "u.toml")
    monkeypatch.setattr(platforms, "PATTERN_TIMEOUT", 0.000001)
    monkeypatch.setattr(platforms, "_compiled", lambda p: __import__("regex").compile(r"^(a|a)*$"))
    with pytest.raises(platforms.PatternTimeout):
        table["p"].check_handle("a" * 40 + "!")


def test_invisible_characters_never_reach_a_domain_or_handle():
    for ch in ("\ufe0f", "\u034f", "\u180b", "\U000e0100", "\u17b4", "\u3164", "\u115f", "\u1160", "\uffa0",
               "\u200b", "\u00ad", "\u2060"):
        with pytest.raises(LabelError):
            domain_label(f"cafe{ch}noir")
    out = check_handles(f"zelvora\u3164", platforms=["wechat"], settings=Settings(cache=None))
    assert out[0][1][0].status == Status.INVALID and "invisible" in out[0][1][0].reason


@pytest.mark.parametrize("kw", [dict(max_in_flight=0), dict(per_host=-5), dict(read_timeout=0),
                                dict(deadline=float("nan")), dict(retries=True), dict(rdap="ftp://x/"),
                                dict(rdap="http://h/?q=1"), dict(dns=("127.0.0.1", 0)), dict(whois=("a/b", 43))])
def test_bad_settings_are_refused(kw):
    with pytest.raises(BrandcheckError) as exc:
        Settings(cache=None, **kw)
    assert "\n" not in str(exc.value)


@pytest.mark.parametrize("argv", [["domains", "x", "--max-in-flight", "0"], ["handles", "x", "--per-host", "-5"],
                                  ["domains", "x", "--tlds", "com/../admin"], ["domains", "x", "--rdap", "gopher://h/"],
                                  ["domains", "x", "--dns", "1.2.3.4:0"]])
def test_cli_refuses_bad_options_in_one_line(argv, capsys):
    from brandcheck.cli import main

    assert main([*argv, "--cache", "off"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("brandcheck: ") and err.count("\n") == 1 and "Traceback" not in err


@hsettings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=40))
def test_any_string_as_a_tld_is_a_tld_or_one_line_error(text):
    try:
        tld = normalize_tld(text)
    except TLDError as exc:
        assert "\n" not in str(exc) and "\r" not in str(exc)
        return
    assert tld.isascii() and all(c.isalnum() or c in ".-" for c in tld)
    assert tld == normalize_tld(tld)
    assert domain_tlds((), [text])[-1] == tld


@hsettings(max_examples=300, deadline=None)
@given(st.text(max_size=40), st.sampled_from(["com", "de", "co.uk"]))
def test_any_string_as_a_name_is_a_domain_or_label_error(text, tld):
    try:
        domain = to_ascii_domain(domain_label(text), tld)
    except LabelError as exc:
        assert "\n" not in str(exc)
        return
    assert domain.isascii() and all(c.isalnum() or c in ".-" for c in domain)
    assert domain.endswith("." + tld)


@hsettings(max_examples=150, deadline=None)
@given(st.text(max_size=40))
def test_any_string_as_a_handle_is_a_result_with_no_request(text):
    # wechat and line have no probe: whatever the text, a result comes back and nothing is sent
    out = check_handles(text, platforms=["wechat", "line"], settings=Settings(cache=None))
    for h in out[0][1]:
        assert h.status in (Status.INVALID, Status.UNKNOWN) and h.reason and "\n" not in h.reason


def test_self_test_without_network_says_so_instead_of_broken(monkeypatch):
    from brandcheck.availability import net, self_test

    monkeypatch.setattr(net, "_system_resolver_down", lambda timeout=1.5: "no network (test: resolver silent)")
    report = self_test(["github", "reddit", "wechat"], settings=Settings(cache=None))
    assert all(r["ok"] is None for r in report)
    assert all("no network" in r["problem"] for r in report if r["platform"] != "wechat")


@pytest.mark.parametrize("where", ["{tmp}", "{tmp}/no/such/folder/out.json"])
def test_a_bad_output_path_is_refused_before_any_request(where, tmp_path, capsys, monkeypatch):
    from brandcheck.availability import net
    from brandcheck.cli import main

    sent = []
    monkeypatch.setattr(net.Network, "get", lambda self, url: sent.append(url))
    monkeypatch.setattr(net.Network, "ns", lambda self, domain: sent.append(domain))
    code = main(["domains", "zelvora", "--cache", "off", "--rdap", "http://127.0.0.1:9/", "--dns", "127.0.0.1:9",
                 "-o", where.format(tmp=tmp_path)])
    assert code == 2 and sent == []
    assert capsys.readouterr().err.count("\n") == 1


@hsettings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.binary(max_size=300),
                 st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
                 st.lists(st.sampled_from(['[platform.p]\n', 'url = "http://127.0.0.1/{handle}"\n', 'pattern = "x+"\n',
                                           'available = { status = [404] }\n', 'taken = { text = 1 }\n', 'probe = 0\n',
                                           '[platform]\n', 'pattern = "(a|a)*$"\n', 'url = "ftp://x/{handle}"\n',
                                           'available = { status = "404" }\n', '\x00', '\xff']),
                          max_size=8).map(lambda parts: "".join(parts).encode("utf-8", "surrogateescape"))))
def test_any_bytes_as_a_platform_file_are_rules_or_one_line_error(tmp_path, data):
    path = tmp_path / "p.toml"
    path.write_bytes(data)
    load_platforms.cache_clear()
    try:
        table = load_platforms(str(path))
    except DataError as exc:
        assert "\n" not in str(exc)
        return
    finally:
        load_platforms.cache_clear()
    assert "github" in table  # the bundled rules are still there


def test_a_bad_cache_path_is_refused_when_the_settings_are_made(tmp_path):
    from brandcheck.availability.cache import CacheError

    with pytest.raises(CacheError):
        Settings(cache=str(tmp_path))
    (tmp_path / "doc.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(CacheError):
        Settings(cache=str(tmp_path / "doc.txt"))
    assert Settings(cache=str(tmp_path / "new.sqlite3")).cache.endswith("new.sqlite3")


@hsettings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(["BRANDCHECK_DNS", "BRANDCHECK_RDAP", "BRANDCHECK_WHOIS", "BRANDCHECK_CACHE"]),
                       st.text(max_size=30)))
def test_any_environment_gives_settings_or_one_line_error(env):
    try:
        s = Settings.from_env(env)
    except BrandcheckError as exc:
        assert "\n" not in str(exc)
        return
    if s.rdap:
        assert s.rdap.startswith(("http://", "https://")) and s.rdap.endswith("/")
    for server in (s.dns, s.whois):
        assert server is None or (server[0] and 0 < server[1] < 65536)
