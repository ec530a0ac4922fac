"""Availability throughput against loopback servers with 50 ms of latency.

Targets (issue 6): at least 40 handle checks per second against one host, and at least 100
domain checks per second (DNS on a local dnslib server, then RDAP with 50 ms latency).
Prints figures; never asserts.
"""

from __future__ import annotations

import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dnslib import RCODE  # noqa: E402
from dnslib.server import BaseResolver, DNSLogger, DNSServer  # noqa: E402

from brandcheck.availability import check_domains, check_handles  # noqa: E402
from brandcheck.availability.settings import Settings  # noqa: E402

LATENCY = 0.05


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        time.sleep(LATENCY)
        status = 404 if "free" in self.path else 200
        body = b'{"objectClassName":"domain"}' if status == 200 else b""
        self.send_response(status)
        self.send_header("Content-Type", "application/rdap+json")  # RDAP's own "not found" is typed
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class NX(BaseResolver):
    def resolve(self, request, handler):
        reply = request.reply()
        reply.header.rcode = RCODE.NXDOMAIN
        return reply


def main() -> None:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    dns = DNSServer(NX(), port=0, address="127.0.0.1", logger=DNSLogger(logf=lambda s: None))
    dns.start_thread()
    base = f"http://127.0.0.1:{httpd.server_address[1]}/"
    plat = Path("/tmp/bench_platforms.toml")
    plat.write_text(f'[platform.bench]\nurl = "{base}u/{{handle}}"\npattern = "^[a-z0-9]{{1,30}}$"\n'
                    'available = { status = [404] }\ntaken = { status = [200] }\n', encoding="utf-8")
    settings = Settings(dns=("127.0.0.1", dns.server.server_address[1]), rdap=base, cache=None,
                        platforms_file=str(plat), deadline=120)

    n = 400
    names = [f"free{i}" if i % 2 else f"held{i}" for i in range(n)]
    t0 = time.perf_counter()
    check_handles(names, platforms=["bench"], settings=settings)
    handles_rate = n / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    out = check_domains(names, settings=settings)
    domains_rate = n / (time.perf_counter() - t0)
    wrong = sum(1 for name, ds in out for d in ds if (d.status.value == "available") != name.startswith("free"))
    print(f"latency {LATENCY * 1000:.0f} ms, per-host limit {settings.per_host}, in flight {settings.max_in_flight}")
    print(f"handle checks, one host: {handles_rate:.0f}/s (target >= 40)")
    print(f"domain checks (DNS + RDAP): {domains_rate:.0f}/s (target >= 100); wrong statuses: {wrong}")
    httpd.shutdown()
    httpd.server_close()
    dns.stop()


if __name__ == "__main__":
    main()
