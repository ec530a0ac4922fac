"""The live workshop's pace (issue 13: each name screened within a second after warm-up).

Starts the app on a free loopback port over a fresh workshop file in the ``global`` markets, warms
it the way ``brandcheck workshop`` does, then, as the page does, adds names and asks for each card
(``POST /screen``): prints the median and the slowest time per name over HTTP, beside a plain
in-process ``brandcheck.check`` of the same names (the reference run), and the cost of opening
the workshop file. Prints figures; never asserts.
"""

from __future__ import annotations

import http.client
import re
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NAMES = ["Zelvora", "Lumora", "Kamo", "Quorbit", "Nova Crest", "Vantiq", "Solenne", "Brixa", "Orvella", "Tamsu",
         "Kelvane", "Miraso", "Pelluna", "Drovik", "Asterra", "Fenwa", "Caliro", "Ostrand", "Yumeo", "Zephra"]


def _post(port: int, path: str, fields: dict, csrf: str) -> tuple[int, str]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request("POST", path, urllib.parse.urlencode(fields).encode(),
                 {"Host": f"127.0.0.1:{port}", "Content-Type": "application/x-www-form-urlencoded",
                  "X-Brandcheck-Csrf": csrf})
    resp = conn.getresponse()
    body = resp.read().decode()
    conn.close()
    return resp.status, body


def main() -> None:
    import brandcheck
    from brandcheck.workshop import Workshop, app

    folder = tempfile.mkdtemp()
    t0 = time.perf_counter()
    ws = Workshop(f"{folder}/room.sqlite", markets="global")
    opened = time.perf_counter() - t0
    t0 = time.perf_counter()
    app.warm(ws)
    warm = time.perf_counter() - t0
    reference = []
    for name in NAMES:
        t0 = time.perf_counter()
        brandcheck.check(name + "x", markets="global", online=False)  # other names: nothing cached for them
        reference.append(time.perf_counter() - t0)

    sock = app.listen("127.0.0.1", 0)
    server = app.make_server(ws, sock, host="127.0.0.1")
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    port = sock.getsockname()[1]
    conn = http.client.HTTPConnection("127.0.0.1", port)
    conn.request("GET", "/", headers={"Host": f"127.0.0.1:{port}"})
    page = conn.getresponse().read().decode()
    csrf = re.search(r"X-Brandcheck-Csrf&quot;: &quot;([^&]+)&quot;", page).group(1)
    status, _ = _post(port, "/names", {"names": "\n".join(NAMES)}, csrf)
    assert status == 200
    per_name = []
    for name in NAMES:
        t0 = time.perf_counter()
        status, card = _post(port, "/screen", {"name": name}, csrf)
        per_name.append(time.perf_counter() - t0)
        assert status == 200 and "pending" not in card.split(">")[0]
    server.should_exit = True
    thread.join(10)
    ws.close()

    print(f"open a new workshop file               {opened * 1000:7.1f} ms")
    print(f"warm-up at start-up (global, 22 mkts)  {warm:7.2f} s")
    print(f"check() in process, per name (ref.)    median {statistics.median(reference) * 1000:6.0f} ms, "
          f"slowest {max(reference) * 1000:6.0f} ms")
    print(f"workshop POST /screen, per name        median {statistics.median(per_name) * 1000:6.0f} ms, "
          f"slowest {max(per_name) * 1000:6.0f} ms (target < 1000 ms); "
          f"{statistics.median(per_name) / statistics.median(reference):.2f}x the plain check")


if __name__ == "__main__":
    main()
