"""Platform rules (TOML data) and the pure handle classifier.

The bundled rules live in ``wordlists/availability/platforms.toml``; a user file
(``BRANDCHECK_PLATFORMS`` or ``--platforms-file``) adds platforms or replaces whole entries.
"""

from __future__ import annotations

import functools
import re
import sys
from dataclasses import dataclass
from typing import Mapping
from urllib.parse import quote, urlsplit

from ..data import data_root
from ..errors import DataError
from ..model import Status
from .observe import HttpObservation, block_page_reason

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

__all__ = ["Rule", "Platform", "load_platforms", "classify_handle", "profile_url", "probe_url"]


@dataclass(frozen=True, slots=True)
class Rule:
    """Every key given must hold."""

    status: tuple[int, ...] = ()
    text: str = ""
    url: str = ""

    def matches(self, obs: HttpObservation) -> bool:
        if not (self.status or self.text or self.url):
            return False
        if self.status and obs.status not in self.status:
            return False
        if self.text and self.text not in obs.body:
            return False
        if self.url and self.url not in (obs.final_url or obs.url):
            return False
        return True

    def describe(self) -> str:
        parts = []
        if self.status:
            parts.append("HTTP " + "/".join(map(str, self.status)))
        if self.text:
            parts.append(f"body has {self.text!r}")
        if self.url:
            parts.append(f"final URL has {self.url!r}")
        return " and ".join(parts)


@dataclass(frozen=True, slots=True)
class Platform:
    id: str
    name: str
    url: str
    """Probe URL template with ``{handle}``."""
    pattern: str
    """The platform's handle rule (a regular expression)."""
    available: Rule
    taken: Rule
    known_taken: str = ""
    profile: str = ""
    """URL shown to people (defaults to ``url``)."""
    probe: bool = True
    reason: str = ""
    """Why there is no probe, when ``probe`` is false."""

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or ""

    def check_handle(self, handle: str) -> str | None:
        """None when the handle follows the platform's rule, else the broken rule in words."""
        if not re.fullmatch(self.pattern, handle):
            return f"breaks {self.name}'s handle rule {self.pattern}"
        return None


def _fill(template: str, handle: str) -> str:
    # quote(safe="") encodes / ? # @ % : so a hostile handle can never reach another host or path.
    url = template.replace("{handle}", quote(handle, safe=""))
    if urlsplit(url).hostname != urlsplit(template.replace("{handle}", "x")).hostname:
        raise DataError(f"handle {handle!r} would change the host of {template}")
    return url


def probe_url(platform: Platform, handle: str) -> str:
    return _fill(platform.url, handle)


def profile_url(platform: Platform, handle: str) -> str:
    return _fill(platform.profile or platform.url, handle)


def _rule(data: object, where: str) -> Rule:
    if data is None:
        return Rule()
    if not isinstance(data, dict) or set(data) - {"status", "text", "url"}:
        raise DataError(f"{where}: a rule is a table with status / text / url")
    status = data.get("status", ())
    if isinstance(status, int):
        status = (status,)
    return Rule(tuple(int(s) for s in status), str(data.get("text", "")), str(data.get("url", "")))


def _parse(text: str, source: str) -> dict[str, Platform]:
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise DataError(f"{source}: not valid TOML ({exc})") from None
    out: dict[str, Platform] = {}
    for pid, spec in (doc.get("platform") or {}).items():
        where = f"{source}: platform.{pid}"
        if not isinstance(spec, dict) or "url" not in spec or "pattern" not in spec:
            raise DataError(f"{where}: needs url and pattern")
        if "{handle}" not in spec["url"] or not urlsplit(spec["url"]).hostname:
            raise DataError(f"{where}: url must be an absolute URL with {{handle}}")
        try:
            re.compile(spec["pattern"])
        except re.error as exc:
            raise DataError(f"{where}: bad pattern ({exc})") from None
        probe = bool(spec.get("probe", True))
        available, taken = _rule(spec.get("available"), where), _rule(spec.get("taken"), where)
        if probe and not (available.status or available.text or available.url or taken.status or taken.text
                          or taken.url):
            raise DataError(f"{where}: a probed platform needs an available or a taken rule")
        out[pid] = Platform(pid, str(spec.get("name", pid)), spec["url"], spec["pattern"], available, taken,
                            str(spec.get("known_taken", "")), str(spec.get("profile", "")), probe,
                            str(spec.get("reason", "")))
    return out


@functools.lru_cache(maxsize=8)
def load_platforms(user_file: str | None = None) -> Mapping[str, Platform]:
    """Bundled platforms, updated with a user file's entries (same id = replaced)."""
    bundled = _parse((data_root() / "availability" / "platforms.toml").read_text(encoding="utf-8"),
                     "availability/platforms.toml")
    if user_file:
        try:
            from pathlib import Path

            text = Path(user_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise DataError(f"platform file {user_file!r}: {exc.strerror}") from None
        bundled.update(_parse(text, user_file))
    return bundled


def classify_handle(obs: HttpObservation, platform: Platform) -> tuple[Status, str]:
    """Pure: an HTTP observation and the platform's rules → (status, reason)."""
    if obs.status is None:
        return Status.UNKNOWN, f"no response ({obs.error or 'unknown error'})"
    blocked = block_page_reason(obs)
    if blocked:
        return Status.UNKNOWN, blocked
    if platform.available.matches(obs):
        return Status.AVAILABLE, (f"{platform.available.describe()}; a free-looking handle may still be reserved "
                                  f"or suspended")
    if platform.taken.matches(obs):
        return Status.TAKEN, platform.taken.describe()
    return Status.UNKNOWN, f"the reply (HTTP {obs.status}) matched neither rule"
