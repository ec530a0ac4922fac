"""A small SQLite cache of answers with a time-to-live.

Only ``available`` and ``taken`` are cached (an unknown answer is worth asking again). A cache
file that cannot be read is moved aside and rebuilt: the cache is never a reason to fail.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from pathlib import Path

from ..model import Status

__all__ = ["Cache", "default_cache_path"]


def default_cache_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("brandcheck")) / "availability.sqlite3"


class Cache:
    """``get(kind, key)`` / ``put(kind, key, status, reason)``; thread-safe; ``path=None`` disables it."""

    def __init__(self, path: str | os.PathLike | None, *, ttl: float, clock=time.time) -> None:
        self.path = Path(path) if path else None
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
        if row is None or self.clock() - row[2] > self.ttl:
            return None
        return Status(row[0]), f"{row[1]} (cached)"

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
