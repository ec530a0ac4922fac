"""The live workshop: a Starlette app served by uvicorn on this machine (``brandcheck workshop``).

State lives in the workshop file (:class:`~brandcheck.workshop.store.Workshop`), so a restart
loses nothing. The page is plain HTML plus the bundled htmx; nothing is loaded from another host.

Who may talk to it, checked on every request by :class:`Guard` before any route runs:

- ``Host`` must name this server (``127.0.0.1:PORT``, ``localhost:PORT``, ``[::1]:PORT``, or the
  ``--host`` given): a page on another site that rebinds its DNS name to 127.0.0.1 is refused.
- Every POST carries the page's CSRF token in ``X-Brandcheck-Csrf`` (a header another site's form
  cannot set) and, when the browser sends one, an ``Origin`` of this server.
- Off loopback (``--host``) every request needs the start-up token: ``?token=`` once, then an
  HttpOnly, SameSite=Strict cookie. :func:`create_app` refuses a non-loopback host without one.

A malformed request gets a 4xx with a one-line plain-text message; an unexpected failure a 500
with a one-line message (the traceback goes to the server's log, never to the page).
"""

from __future__ import annotations

import ipaddress
import logging
import secrets
import socket
import sys
import threading
from importlib import resources
from typing import Any, Callable, Mapping
from urllib.parse import parse_qs

import uvicorn
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from ..errors import BrandcheckError, WorkshopError
from . import pages
from .store import Workshop

__all__ = ["create_app", "listen", "make_server", "serve", "is_loopback", "MAX_BODY"]

log = logging.getLogger("brandcheck.workshop")

MAX_BODY = 64 * 1024
"""Largest request body accepted (a pasted list of a few thousand names)."""
MAX_NAMES = 200
"""Names one request may add: each is screened while the room waits."""
_TOKEN_COOKIE = "brandcheck_token"
_CSRF_HEADER = "x-brandcheck-csrf"
_STATIC = {"htmx.min.js": "text/javascript", "workshop.js": "text/javascript", "workshop.css": "text/css"}
_SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                                 b"img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
                                 b"form-action 'self'; base-uri 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
]


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and ``localhost``."""
    if host.strip("[]").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _host_header(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


class Guard:
    """ASGI middleware: Host, Origin, CSRF and token checks, and security headers on every reply."""

    def __init__(self, app: Any, *, host: str, port: int, csrf: str, token: str | None) -> None:
        self.app = app
        self.csrf = csrf
        self.token = token
        self.any_host = host in ("0.0.0.0", "::", "")  # every interface: the token does the guarding
        self.hosts = {_host_header(h, port) for h in ("127.0.0.1", "localhost", "::1", host)}

    async def __call__(self, scope: Mapping[str, Any], receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", ())}
        problem = self._refusal(scope, headers)

        async def send_with_headers(message: Mapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": list(message.get("headers", ())) + _SECURITY_HEADERS}
            await send(message)

        if problem is not None:
            status, text = problem
            await PlainTextResponse(text, status)(scope, receive, send_with_headers)
            return
        if self.token is not None and _query_token(scope) is not None:
            # Swap the token in the URL for a cookie, and drop it from the address bar.
            response = RedirectResponse(scope.get("path", "/") or "/", 303)
            response.set_cookie(_TOKEN_COOKIE, self.token, httponly=True, samesite="strict")
            await response(scope, receive, send_with_headers)
            return
        await self.app(scope, receive, send_with_headers)

    def _refusal(self, scope: Mapping[str, Any], headers: Mapping[str, str]) -> tuple[int, str] | None:
        host = headers.get("host", "")
        if not self.any_host and host.lower() not in self.hosts:
            return 421, f"this workshop answers only to {' or '.join(sorted(self.hosts))}, not Host {host!r}"
        if self.token is not None:
            given = _query_token(scope) or _cookie(headers.get("cookie", ""), _TOKEN_COOKIE) or ""
            if not secrets.compare_digest(given.encode(), self.token.encode()):
                return 403, "this workshop needs the token printed when it started: open the URL it printed"
        if scope.get("method") not in ("GET", "HEAD"):
            origin = headers.get("origin")
            if origin is not None and origin != f"http://{host}":
                return 403, f"a request from another site ({origin}) is refused"
            if not secrets.compare_digest(headers.get(_CSRF_HEADER, "").encode(), self.csrf.encode()):
                return 403, "missing or wrong workshop page token: reload the page"
        return None


def _query_token(scope: Mapping[str, Any]) -> str | None:
    query = scope.get("query_string", b"").decode("latin-1")
    values = parse_qs(query).get("token")
    return values[0] if values else None


def _cookie(header: str, name: str) -> str | None:
    for part in header.split(";"):
        key, _, value = part.strip().partition("=")
        if key == name:
            return value
    return None


async def _form(request: Request) -> dict[str, str]:
    """An urlencoded form body, bounded and strictly UTF-8; anything else is a 4xx."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/x-www-form-urlencoded":
        raise HTTPException(415, "send the form as application/x-www-form-urlencoded")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            raise HTTPException(413, f"request body over {MAX_BODY // 1024} KiB")
    try:
        fields = parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False, max_num_fields=50,
                          errors="strict")
    except UnicodeDecodeError:
        raise HTTPException(400, "the request is not UTF-8") from None
    except ValueError as exc:
        raise HTTPException(400, f"malformed form: {exc}") from None
    return {k: v[-1] for k, v in fields.items()}


def _field(form: Mapping[str, str], key: str, choices: tuple[str, ...] | None = None) -> str:
    value = form.get(key, "").strip()
    if not value:
        raise HTTPException(400, f"missing form field {key!r}")
    if choices is not None and value not in choices:
        raise HTTPException(400, f"{key} must be one of {', '.join(choices)}, not {value!r}")
    return value


def _split_names(text: str) -> list[str]:
    out = []
    for line in text.replace("\r", "\n").split("\n"):
        out += [part.strip() for part in line.split(",") if part.strip() and not part.strip().startswith("#")]
    return out


def create_app(ws: Workshop, *, host: str = "127.0.0.1", port: int, token: str | None = None,
               csrf: str | None = None) -> Starlette:
    """The workshop app over ``ws``; refuses a non-loopback ``host`` without a ``token``."""
    if not is_loopback(host) and not token:
        raise WorkshopError(f"refusing to listen on {host} without a token: anyone who can reach it could "
                            "drive the workshop")
    if token is not None and len(token) < 16:
        raise WorkshopError("the workshop token must be at least 16 characters")
    csrf = csrf or secrets.token_urlsafe(24)
    lock = threading.Lock()  # one change at a time: the checks and the file are not for concurrent writers here

    def chinese_script() -> str | None:
        """Which Chinese script the room needs (None: no Chinese market in the workshop)."""
        tags = set(ws.markets)
        return "simplified" if tags & {"zh"} else "traditional" if "zh-TW" in tags else None

    def listing(sort: str = "added") -> str:
        return pages.candidate_list(pages.sort_candidates(ws.candidates, sort),
                                    chinese=chinese_script() is not None)

    def one_card(name: str) -> HTMLResponse:
        return HTMLResponse(pages.card(ws.candidate(name),
                                       chinese=chinese_script() is not None))

    async def index(request: Request) -> Response:
        settings = ws.settings
        body = await _threaded(listing)
        return HTMLResponse(pages.page(markets=ws.markets, online=bool(settings["online"]), csrf=csrf, body=body,
                                       path=ws.path))

    async def candidates(request: Request) -> Response:
        sort = request.query_params.get("sort", "added")
        if sort not in pages.SORTS:
            raise HTTPException(400, f"sort must be one of {', '.join(pages.SORTS)}")
        return HTMLResponse(await _threaded(listing, sort))

    async def add_names(request: Request) -> Response:
        names = _split_names((await _form(request)).get("names", ""))
        if not names:
            raise HTTPException(400, "type at least one name")
        if len(names) > MAX_NAMES:
            raise HTTPException(413, f"{len(names)} names at once; at most {MAX_NAMES}")

        def run() -> str:
            with lock:
                ws.add(names, screen=False)  # the cards ask to be screened one by one as they appear
            return listing()

        return HTMLResponse(await _threaded(run))

    async def screen(request: Request) -> Response:
        name = _field(await _form(request), "name")

        def run() -> HTMLResponse:
            with lock:
                ws.screen_one(name)
            return one_card(name)

        return await _threaded(run)

    async def finding(request: Request) -> Response:
        form = await _form(request)
        name, fid = _field(form, "name"), _field(form, "finding")
        decision = _field(form, "decision", ("accept", "reject", "undo"))
        key = {"accept": "accept", "reject": "reject_finding", "undo": "undecide_finding"}[decision]

        def run() -> HTMLResponse:
            with lock:
                ws.decide(name, **{key: fid})
                ws.screen_one(name)  # an accepted finding no longer lowers the score
            return one_card(name)

        return await _threaded(run)

    async def decide(request: Request) -> Response:
        form = await _form(request)
        name = _field(form, "name")
        decision = _field(form, "decision", ("shortlist", "reject", "reopen"))
        kw: dict[str, Any] = {"shortlist": {"shortlist": True}, "reopen": {"reopen": True}}.get(decision) or {
            "reject": _field(form, "reason")[:200]}

        def run() -> HTMLResponse:
            with lock:
                ws.decide(name, **kw)
            return one_card(name)

        return await _threaded(run)

    async def suggest(request: Request) -> Response:
        name = _field(await _form(request), "name")

        def run() -> str:
            with lock:
                ws.candidate(name)  # alternatives to a name the room has, not to any text posted
                ws.suggest([name], n=5, screen=False)
            return listing()

        return HTMLResponse(await _threaded(run))

    async def chinese(request: Request) -> Response:
        name = _field(await _form(request), "name")
        script = chinese_script()
        if script is None:
            raise HTTPException(404, "no Chinese market (zh, zh-TW) in this workshop")

        def run() -> str:
            from ..localnames.chinese import SECTORS, chinese_names

            sector = ws.settings["sector"]
            with lock:
                proposals = chinese_names(ws.candidate(name).name, k=5, script=script,
                                          sector=sector if sector in SECTORS else None)
            return pages.chinese_proposals(name, proposals, script)

        return HTMLResponse(await _threaded(run))

    async def export(request: Request) -> Response:
        from ..report import render

        def run() -> str:
            with lock:
                reports = ws.reports()
            if not reports:
                raise HTTPException(409, "nothing to export yet: add candidates first")
            return render(reports, "html")

        text = await _threaded(run)
        return HTMLResponse(text, headers={"content-disposition": "attachment; filename=\"brandcheck-workshop.html\""})

    async def static(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in _STATIC:
            raise HTTPException(404, "no such file")
        data = resources.files(__package__).joinpath("static", name).read_bytes()
        return Response(data, media_type=_STATIC[name])

    async def bad_input(request: Request, exc: Exception) -> Response:
        return PlainTextResponse(str(exc).splitlines()[0] if str(exc) else type(exc).__name__, 400)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        return PlainTextResponse(str(exc.detail), exc.status_code, headers=exc.headers)

    async def crash(request: Request, exc: Exception) -> Response:
        log.error("workshop request %s %s failed", request.method, request.url.path, exc_info=exc)
        return PlainTextResponse(f"internal error ({type(exc).__name__}); the server log has the details", 500)

    routes = [
        Route("/", index, methods=["GET"]),
        Route("/candidates", candidates, methods=["GET"]),
        Route("/names", add_names, methods=["POST"]),
        Route("/screen", screen, methods=["POST"]),
        Route("/finding", finding, methods=["POST"]),
        Route("/decide", decide, methods=["POST"]),
        Route("/suggest", suggest, methods=["POST"]),
        Route("/chinese", chinese, methods=["POST"]),
        Route("/export", export, methods=["GET"]),
        Route("/static/{name}", static, methods=["GET"]),
    ]
    app = Starlette(routes=routes, exception_handlers={BrandcheckError: bad_input, HTTPException: http_error,
                                                       Exception: crash})
    app.add_middleware(Guard, host=host, port=port, csrf=csrf, token=token)
    return app


async def _threaded(fn: Callable[..., Any], *args: Any) -> Any:
    """Screening and SQLite work off the event loop, so the server keeps answering."""
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(fn, *args)


def listen(host: str, port: int) -> socket.socket:
    """A listening socket (``port`` 0: a free one, read back with ``getsockname``)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise WorkshopError(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from None
    sock.listen(64)
    return sock


def make_server(ws: Workshop, sock: socket.socket, *, host: str, token: str | None = None) -> uvicorn.Server:
    """A uvicorn server for the app on an already bound socket."""
    port = sock.getsockname()[1]
    app = create_app(ws, host=host, port=port, token=token)
    config = uvicorn.Config(app, loop="asyncio", http="h11", lifespan="off", log_level="warning", access_log=False,
                            server_header=False, proxy_headers=False, timeout_graceful_shutdown=2)
    return uvicorn.Server(config)


def warm(ws: Workshop) -> None:
    """Load the checks' data before the room types its first name (a cold check takes seconds)."""
    from .. import api

    api.check("Warmup", list(ws.markets), online=False)


def serve(ws: Workshop, *, host: str = "127.0.0.1", port: int = 8765, token: str | None = None,
          open_browser: bool = False, out: Any = None) -> int:
    """Warm up, listen, print the URL and serve until Ctrl-C. Returns the exit code."""
    out = out or sys.stdout
    if not is_loopback(host) and token is None:
        token = secrets.token_urlsafe(24)
    create_app(ws, host=host, port=port or 1, token=token)  # refuse bad settings before warming up
    print("brandcheck workshop: warming up…", file=out, flush=True)
    warm(ws)
    sock = listen(host, port)
    actual = sock.getsockname()[1]
    url = f"http://{_host_header(host if host not in ('0.0.0.0', '::') else '127.0.0.1', actual)}/"
    if token is not None:
        url += f"?token={token}"
    server = make_server(ws, sock, host=host, token=token)
    print(f"brandcheck workshop: {url}  (Ctrl-C to stop; the workshop file is {ws.path})", file=out, flush=True)
    if open_browser:
        import webbrowser

        threading.Timer(0.5, webbrowser.open, (url,)).start()
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
    return 0

