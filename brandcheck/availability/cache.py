"""A small SQLite cache of answers with a time-to-live.

Only ``available`` and ``taken`` are cached (an unknown answer is worth asking again). Keys name
the server or rule that answered. Rows are checked when read: a row of the wrong types, or one
dated in the future, is deleted, never served. A damaged SQLite file is moved aside and rebuilt;
a path that is not a regular file (a folder, a device), or a file that is not SQLite at all, is an
error (:class:`CacheError`) and is left untouched.
"""

from __future__ import annotations

import math
import os
import sqlite3
import threading
import time
from pathlib import Path

from ..errors import BrandcheckError
from ..model import Status

__all__ = ["Cache", "CacheError", "default_cache_path"]

_SQLITE_MAGIC = b"SQLite format 3\x00"
_FUTURE_SLACK = 300.0
"""Seconds a row's time may be ahead of the clock (clock skew); later rows are planted or broken."""


class CacheError(BrandcheckError):
    """The cache path cannot be a cache (a folder, a device, a file that is not SQLite)."""


def check_cache_path(path: str | os.PathLike) -> Path:
    """The path as a Path when it can hold the cache; raises :class:`CacheError` otherwise."""
    if "\x00" in str(path) or not str(path).strip():
        raise CacheError(f"cache path {str(path)!r} is not a usable file name")
    p = Path(path)
    if p.exists() or p.is_symlink():
        if not p.is_file():
            raise CacheError(f"cache path {str(p)!r} is not a regular file; give a file path or 'off'")
        try:
            with p.open("rb") as fh:
                head = fh.read(len(_SQLITE_MAGIC))
        except OSError as exc:
            raise CacheError(f"cache path {str(p)!r} cannot be read ({exc.strerror})") from None
        if head and head != _SQLITE_MAGIC:
            raise CacheError(f"cache path {str(p)!r} is not an SQLite file; it is left as it is "
                             f"(give another path or 'off')")
    return p


def default_cache_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("brandcheck")) / "availability.sqlite3"


class Cache:
    """``get(kind, key)`` / ``put(kind, key, status, reason)``; thread-safe; ``path=None`` disables it."""

    def __init__(self, path: str | os.PathLike | None, *, ttl: float, clock=time.time) -> None:
        self.path = check_cache_path(path) if path else None
        self.ttl = ttl
        self.clock = clock
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        if self.path is not None:
            self._open()

    def _open(self) -> None:
        assert self.path is not None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = self._connect()
        except sqlite3.DatabaseError:
            # Corrupt or not a database: keep it for inspection and start afresh.
            try:
                self.path.replace(self.path.with_suffix(self.path.suffix + ".corrupt"))
                self._db = self._connect()
            except (OSError, sqlite3.DatabaseError):
                self._db = None
        except OSError:
            self._db = None  # unwritable cache folder: run without a cache

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(str(self.path), check_same_thread=False, timeout=5)
        db.execute("CREATE TABLE IF NOT EXISTS answers (kind TEXT, key TEXT, status TEXT, reason TEXT, at REAL, "
                   "PRIMARY KEY (kind, key))")
        db.execute("SELECT count(*) FROM answers").fetchone()
        return db

    def get(self, kind: str, key: str) -> tuple[Status, str] | None:
        if self._db is None:
            return None
        with self._lock:
            try:
                row = self._db.execute("SELECT status, reason, at FROM answers WHERE kind=? AND key=?",
                                       (kind, key)).fetchone()
            except sqlite3.DatabaseError:
                return None
        if row is None:
            return None
        status, reason, at = row
        now = self.clock()
        valid = (isinstance(status, str) and status in (Status.AVAILABLE.value, Status.TAKEN.value)
                 and isinstance(reason, str) and isinstance(at, (int, float)) and not isinstance(at, bool)
                 and math.isfinite(at) and at <= now + _FUTURE_SLACK)
        if not valid:
            self._discard(kind, key)
            return None
        if now - at > self.ttl:
            return None
        return Status(status), f"{reason} (cached)"

    def _discard(self, kind: str, key: str) -> None:
        with self._lock:
            try:
                if self._db is not None:
                    self._db.execute("DELETE FROM answers WHERE kind=? AND key=?", (kind, key))
                    self._db.commit()
            except sqlite3.DatabaseError:
                pass

    def put(self, kind: str, key: str, status: Status, reason: str) -> None:
        if self._db is None or status not in (Status.AVAILABLE, Status.TAKEN):
            return
        with self._lock:
            try:
                self._db.execute("INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?)",
                                 (kind, key, status.value, reason, self.clock()))
                self._db.commit()
            except sqlite3.DatabaseError:
                pass

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
