"""Settings of the network checks: servers, limits, timeouts, cache — from arguments or the environment.

Environment overrides (the CLI has the same options):

``BRANDCHECK_DNS=host:port``      the DNS server to ask (default: the system resolver)
``BRANDCHECK_RDAP=URL``           one RDAP base for every TLD; queries are ``{URL}domain/{domain}``
``BRANDCHECK_WHOIS=host:port``    one WHOIS server for every TLD without RDAP
``BRANDCHECK_PLATFORMS=FILE``     extra or replacement platform rules (TOML)
``BRANDCHECK_CACHE=off|PATH``     the SQLite cache (default: the user's cache folder)
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from typing import Mapping

from ..errors import BrandcheckError

__all__ = ["Settings", "USER_AGENT", "parse_hostport"]

USER_AGENT = "brandcheck/0.1 (brand-name availability check; +https://pypi.org/project/brandcheck/)"


def parse_hostport(text: str, *, default_port: int, what: str) -> tuple[str, int]:
    """``"127.0.0.1:5353"`` → ``("127.0.0.1", 5353)``; ``[::1]:53`` works; a bare host gets ``default_port``."""
    text = text.strip()
    if text.startswith("["):
        host, _, rest = text[1:].partition("]")
        port = rest.lstrip(":")
    elif text.count(":") == 1:
        host, _, port = text.partition(":")
    else:
        host, port = text, ""
    try:
        number = int(port) if port else default_port
    except ValueError:
        raise BrandcheckError(f"{what}: {text!r} is not host:port") from None
    if not host or not 0 < number < 65536 or any(ord(c) < 33 or c in "/?#@" for c in host):
        raise BrandcheckError(f"{what}: {text!r} is not host:port")
    return host, number


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the availability engine may be told."""

    dns: tuple[str, int] | None = None
    """DNS server (host, port); None = the system resolver."""
    rdap: str | None = None
    """One RDAP base URL for every TLD (ends with ``/``); None = the IANA bootstrap."""
    whois: tuple[str, int] | None = None
    """One WHOIS server for every TLD; None = the per-TLD table."""
    platforms_file: str | None = None
    """User TOML file with extra or replacement platforms."""
    cache: str | None = "default"
    """``"default"`` (user cache folder), ``None``/``"off"`` (no cache), or a file path."""
    max_in_flight: int = 32
    """Requests in flight overall."""
    per_host: int = 8
    """Requests in flight per host (4–8 is polite for most sites; 8 keeps a 50 ms registry above 100 checks/s)."""
    connect_timeout: float = 3.0
    read_timeout: float = 6.0
    retries: int = 2
    """Retries after 429/503/timeouts, with exponential backoff honouring Retry-After."""
    backoff: float = 0.5
    """First backoff in seconds (doubles each retry)."""
    max_retry_after: float = 10.0
    """A Retry-After longer than this is not waited for: the answer becomes unknown."""
    user_agent: str = USER_AGENT
    cache_ttl: float = 24 * 3600
    """Seconds a cached available/taken answer stays valid (unknown is never cached)."""
    deadline: float = 18.0
    """Wall-clock budget of one run; what is not answered by then is unknown."""

    def __post_init__(self) -> None:
        # Every value is checked here, before any work: a CLI option, an environment variable
        # and a Python caller get the same one-line error.
        def number(name: str, low: float, high: float, integer: bool = False) -> None:
            value = getattr(self, name)
            ok_type = isinstance(value, int) if integer else isinstance(value, (int, float))
            if isinstance(value, bool) or not ok_type or not (low <= value <= high):
                kind = "a whole number" if integer else "a number"
                raise BrandcheckError(f"{name.replace('_', '-')} must be {kind} from {low:g} to {high:g}, "
                                      f"not {value!r}")

        number("max_in_flight", 1, 1024, integer=True)
        number("per_host", 1, 256, integer=True)
        number("retries", 0, 10, integer=True)
        for name in ("connect_timeout", "read_timeout", "deadline"):
            number(name, 0.01, 3600)
        number("backoff", 0, 60)
        number("max_retry_after", 0, 3600)
        number("cache_ttl", 0, 10 * 365 * 24 * 3600)
        if self.rdap is not None:
            from urllib.parse import urlsplit

            try:
                parts = urlsplit(self.rdap)
                bad = parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment
            except (ValueError, TypeError, AttributeError):
                bad = True
            if bad or any(ord(c) < 33 or ord(c) == 127 for c in str(self.rdap)):
                raise BrandcheckError(f"RDAP base {self.rdap!r} is not an http(s) URL")
        if self.cache not in (None, "default"):
            if not isinstance(self.cache, (str, os.PathLike)) or not str(self.cache):
                raise BrandcheckError(f"cache must be a file path, 'default' or None, not {self.cache!r}")
            from .cache import check_cache_path

            check_cache_path(self.cache)  # a folder or a non-SQLite file: refused before any work
        for name in ("dns", "whois"):
            value = getattr(self, name)
            if value is not None and not (isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str)
                                          and value[0] and isinstance(value[1], int) and 0 < value[1] < 65536
                                          and not any(ord(c) < 33 or c in "/?#@" for c in value[0])):
                raise BrandcheckError(f"{name} server must be (host, port), not {value!r}")

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides) -> "Settings":
        env = os.environ if env is None else env
        values: dict = {}
        if env.get("BRANDCHECK_DNS"):
            values["dns"] = parse_hostport(env["BRANDCHECK_DNS"], default_port=53, what="BRANDCHECK_DNS")
        if env.get("BRANDCHECK_RDAP"):
            base = env["BRANDCHECK_RDAP"].strip()
            values["rdap"] = base if base.endswith("/") else base + "/"
        if env.get("BRANDCHECK_WHOIS"):
            values["whois"] = parse_hostport(env["BRANDCHECK_WHOIS"], default_port=43, what="BRANDCHECK_WHOIS")
        if env.get("BRANDCHECK_PLATFORMS"):
            values["platforms_file"] = env["BRANDCHECK_PLATFORMS"]
        if env.get("BRANDCHECK_CACHE"):
            values["cache"] = None if env["BRANDCHECK_CACHE"].strip().lower() == "off" else env["BRANDCHECK_CACHE"]
        settings = cls(**values)
        clean = {k: v for k, v in overrides.items() if v is not None}
        if "rdap" in clean and not clean["rdap"].endswith("/"):
            clean["rdap"] += "/"
        return replace(settings, **clean)
