"""With no network at all, an online check still returns quickly, availability unknown, offline checks intact."""

import time

import brandcheck
from brandcheck.availability import net
from brandcheck.availability.settings import Settings
from brandcheck.model import Status


def test_online_check_without_network(monkeypatch, silent_dns):
    monkeypatch.setattr(net, "_system_resolver_down", lambda timeout=1.5: "no network (test: resolver silent)")
    t0 = time.monotonic()
    report = brandcheck.check("Zelvora", markets=["de", "ja"], online=True,
                              network=Settings(dns=silent_dns, cache=None, deadline=15))
    elapsed = time.monotonic() - t0
    assert elapsed < 20
    items = list(report.availability.domains) + list(report.availability.handles)
    assert items and all(x.status in (Status.UNKNOWN, Status.INVALID) for x in items)
    assert any("no network" in x.reason for x in items)
    assert report.markets["ja"].pronounceability is not None  # offline results intact
    assert any(f.check == "availability.unknown" for f in report.findings)
