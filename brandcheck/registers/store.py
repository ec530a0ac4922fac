"""The on-disk register: an SQLite file of marks plus an n-gram prefilter for nearest-mark queries.

Layout (format ``brandcheck-register 1``)::

    meta(key, value)                 format version
    marks(id, office, number, text, skeleton, sound, classes, status, status_code, filed, registered, owner,
          updated, indexed)          UNIQUE(office, number): a re-import updates, never duplicates;
                                     indexed = 0 until the mark's grams are posted
    grams(gram, ids)                 posting lists: gram code → sorted mark ids (a blob: see _encode)

A query takes the trigrams of the name's look-alike skeleton and of its phonetic key (the same
:func:`~brandcheck.similarity.score.features` the bundled-brand index uses, so ``Koka-Kola``
meets ``Coca-Cola`` through the sound key), reads only those posting lists, keeps the marks that
share the most grams, and ranks those few hundred with :func:`~brandcheck.similarity.score.fast_scores`.
Reports rescore the best of them with the full sight-and-sound comparison.
"""

from __future__ import annotations

import os
import sqlite3
import zlib
from array import array
from dataclasses import dataclass
from typing import Callable, Iterable

from ..errors import DataError
from ..model import Mark, MarkStatus
from ..similarity.score import Features, Scores, fast_scores, features
from .parsers import Entry, TruncatedError, read_entries

__all__ = ["Register", "ImportResult", "RegisterMatch", "open_register", "comparable"]

FORMAT = "brandcheck-register 1"
_BATCH = 5000
_BUCKETS = 64
_SPILL = 1 << 16  # pairs held per bucket before they go to its file

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS marks(
    id INTEGER PRIMARY KEY, office TEXT NOT NULL, number TEXT NOT NULL, text TEXT NOT NULL,
    skeleton TEXT NOT NULL, sound TEXT NOT NULL,
    classes TEXT NOT NULL, status TEXT NOT NULL, status_code TEXT NOT NULL, filed TEXT NOT NULL,
    registered TEXT NOT NULL, owner TEXT NOT NULL, updated TEXT NOT NULL, indexed INTEGER NOT NULL DEFAULT 0,
    UNIQUE(office, number));
CREATE TABLE IF NOT EXISTS grams(gram INTEGER PRIMARY KEY, ids BLOB NOT NULL);
"""

_UPSERT = """
INSERT INTO marks(office, number, text, skeleton, sound, classes, status, status_code, filed, registered, owner,
                  updated)
VALUES (?,?,?,?,?,?,?,?,?,?,?,?)
ON CONFLICT(office, number) DO UPDATE SET
    indexed = CASE WHEN excluded.text = marks.text THEN marks.indexed ELSE 0 END,
    text = excluded.text, skeleton = excluded.skeleton, sound = excluded.sound,
    classes = excluded.classes, status = excluded.status,
    status_code = excluded.status_code, filed = excluded.filed, registered = excluded.registered,
    owner = excluded.owner, updated = excluded.updated
WHERE excluded.updated > marks.updated
   OR (excluded.updated = marks.updated AND (excluded.text IS NOT marks.text OR excluded.classes IS NOT marks.classes
       OR excluded.status_code IS NOT marks.status_code OR excluded.owner IS NOT marks.owner
       OR excluded.filed IS NOT marks.filed OR excluded.registered IS NOT marks.registered))
"""


def grams(f: Features) -> set[int]:
    """Gram codes of a name: the padded trigrams of its skeleton (tag 1) and of its phonetic key
    (tag 2), each packed exactly into an int as tag and three ASCII bytes; names without Latin
    letters: bigrams of the case-folded text, as a CRC-32 with the top bit set (a collision
    there only adds a candidate)."""
    out: set[int] = set()
    for tag, text in ((1 << 24, f.skeleton), (2 << 24, f.key)):
        if text:
            b = ("^^" + text + "$").encode("ascii", "replace")
            out.update(tag | b[i] << 16 | b[i + 1] << 8 | b[i + 2] for i in range(len(b) - 2))
    if not out:
        native = "".join(f.text.casefold().split())
        out.update(zlib.crc32(native[i:i + 2].encode()) | 1 << 31 for i in range(max(1, len(native) - 1)))
    return out


def comparable(text: str) -> str:
    """The mark's words as compared: all-capital register text (USPTO writes every mark so) in
    lower case, so its capital I is not read as the look-alike l that catches ``PayPaI``."""
    return text.lower() if text.isupper() else text


def _features(text: str) -> Features:
    # Not memoised: a register holds millions of marks (the shared caches serve report rescoring).
    from ..similarity.fold import plain_key, skeleton
    from ..similarity.phonetic_key import sound_key

    text = comparable(text)
    return Features(text, skeleton.__wrapped__(text), sound_key.__wrapped__(text), plain_key.__wrapped__(text))


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What one import did."""

    path: str
    format: str
    added: int = 0
    """Marks new to the register."""
    updated: int = 0
    """Marks already there, replaced by this file's newer or changed record."""
    unchanged: int = 0
    """Marks already there as this file has them, or with a newer record (kept)."""
    deleted: int = 0
    malformed: int = 0
    """Records skipped because they break the format (counted, never fatal)."""
    no_words: int = 0
    """Design-only marks (nothing to compare by sight or sound)."""
    truncated: str = ""
    """Non-empty when the file broke off: the reason (what came before it was imported)."""
    examples: tuple[str, ...] = ()
    """The first few skip reasons."""

    @property
    def imported(self) -> int:
        return self.added + self.updated


@dataclass(frozen=True, slots=True)
class RegisterMatch:
    mark: Mark
    scores: Scores
    """Fast sight/sound scores (what the register ranks by)."""


class Register:
    """A trademark register on disk (:meth:`create` or :func:`open_register`).

    Pickles as its path (a batch's worker processes reopen it), compares and hashes by path.
    """

    def __init__(self, path: str, *, create: bool = False) -> None:
        self.path = os.path.abspath(path)
        if not create:
            _check_file(self.path)
        self._db: sqlite3.Connection | None = None
        if create:
            try:
                open(self.path, "ab").close()
            except OSError as exc:
                raise DataError(f"cannot write the register {path!r} ({exc.strerror or exc})") from None
            self._open(create=True)

    # ---- plumbing --------------------------------------------------------------------------------
    def _open(self, create: bool = False) -> sqlite3.Connection:
        if self._db is None:
            try:
                db = sqlite3.connect(self.path, check_same_thread=False)
                if create:
                    db.executescript(_SCHEMA)
                    db.execute("INSERT OR IGNORE INTO meta VALUES ('format', ?)", (FORMAT,))
                    db.commit()
                found = db.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
            except sqlite3.DatabaseError as exc:
                raise DataError(f"{self.path}: not a brandcheck register ({exc})") from None
            if not found or found[0] != FORMAT:
                raise DataError(f"{self.path}: not a brandcheck register (or another format version)")
            self._db = db
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def __getstate__(self) -> dict:
        return {"path": self.path}

    def __setstate__(self, state: dict) -> None:
        self.path, self._db = state["path"], None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Register) and other.path == self.path

    def __hash__(self) -> int:
        return hash(("Register", self.path))

    def __repr__(self) -> str:
        return f"Register({self.path!r})"

    def __len__(self) -> int:
        return self._open().execute("SELECT count(*) FROM marks").fetchone()[0]

    # ---- import ----------------------------------------------------------------------------------
    def import_file(self, path: str, fmt: str, *, office: str = "",
                    progress: Callable[[int], None] | None = None) -> ImportResult:
        """Add the marks of one file (``uspto-xml``, ``st66`` or ``csv``). A malformed record is
        skipped and counted; a file that breaks off keeps what came before it (``truncated``)."""
        db = self._open()
        db.execute("PRAGMA synchronous = OFF")  # a derived file: an interrupted import is simply run again
        counts = {"added": 0, "updated": 0, "unchanged": 0, "deleted": 0, "malformed": 0, "no_words": 0}
        examples: list[str] = []
        truncated = ""
        batch: list[tuple] = []
        seen = 0

        def flush() -> None:
            before = db.total_changes
            n_before = db.execute("SELECT max(id) FROM marks").fetchone()[0] or 0
            db.executemany(_UPSERT, batch)
            changed = db.total_changes - before
            n_after = db.execute("SELECT max(id) FROM marks").fetchone()[0] or 0
            counts["added"] += n_after - n_before
            counts["updated"] += changed - (n_after - n_before)
            counts["unchanged"] += len(batch) - changed
            batch.clear()

        try:
            with db:
                for entry in read_entries(path, fmt, office=office):
                    if entry.skipped:
                        counts["malformed" if entry.skipped.startswith("malformed") else "no_words"] += 1
                        if len(examples) < 5:
                            examples.append(entry.skipped)
                    elif entry.delete:
                        if batch:
                            flush()
                        counts["deleted"] += db.execute("DELETE FROM marks WHERE office = ? AND number = ?",
                                                        entry.delete).rowcount
                    else:
                        batch.append(_row(entry))
                        if len(batch) >= _BATCH:
                            flush()
                    seen += 1
                    if progress is not None and seen % 10_000 == 0:
                        progress(seen)
                if batch:
                    flush()
        except TruncatedError as exc:
            with db:
                if batch:
                    flush()
            truncated = str(exc)
        finally:
            self._index_new()
        return ImportResult(path, fmt, truncated=truncated, examples=tuple(examples), **counts)

    def _index_new(self) -> None:
        """Post the grams of marks added or re-spelt since the last import, merged per gram.

        (gram, id) pairs are packed in 64-bit words and spilled to one temporary file per bucket
        of grams; each bucket is then sorted and posted on its own, so memory holds one bucket,
        not the whole register's postings, however many marks there are."""
        import tempfile

        db = self._open()
        done = 0
        with tempfile.TemporaryDirectory(prefix="brandcheck-register-") as tmp:
            spills = [open(os.path.join(tmp, f"{i}.bin"), "w+b") for i in range(_BUCKETS)]
            try:
                buckets = [array("Q") for _ in range(_BUCKETS)]
                for mark_id, text, skel, sound in db.execute(
                        "SELECT id, text, skeleton, sound FROM marks WHERE indexed = 0"):
                    for g in grams(Features(text, skel, sound, "")):
                        bucket = buckets[g % _BUCKETS]
                        bucket.append(g << 32 | mark_id)
                        if len(bucket) >= _SPILL:
                            bucket.tofile(spills[g % _BUCKETS])
                            del bucket[:]
                    done += 1
                if not done:
                    return
                with db:
                    for i, fh in enumerate(spills):
                        buckets[i].tofile(fh)
                        buckets[i] = array("Q")
                        fh.seek(0)
                        bucket = array("Q", fh.read())
                        self._post(db, bucket)
                        del bucket
                    db.execute("UPDATE marks SET indexed = 1 WHERE indexed = 0")  # the rows just read
            finally:
                for fh in spills:
                    fh.close()

    @staticmethod
    def _post(db: sqlite3.Connection, bucket: array) -> None:
        import numpy as np

        if not bucket:
            return
        both = np.frombuffer(bucket, dtype=np.uint64)
        both.sort()
        codes = (both >> np.uint64(32)).astype(np.int64)
        ids = (both & np.uint64(0xFFFFFFFF)).astype("<u4")
        cuts = np.flatnonzero(np.diff(codes)) + 1
        starts = np.concatenate(([0], cuts)).tolist()
        ends = np.concatenate((cuts, [len(codes)])).tolist()
        for s, e in zip(starts, ends):
            code = int(codes[s])
            fresh = ids[s:e]
            old = db.execute("SELECT ids FROM grams WHERE gram = ?", (code,)).fetchone()
            if old is not None:
                fresh = np.union1d(_decode(old[0]), fresh)
            db.execute("INSERT OR REPLACE INTO grams VALUES (?, ?)", (code, _encode(fresh)))

    # ---- queries ---------------------------------------------------------------------------------
    def nearest(self, name: str, k: int = 12, *, pool: int = 400) -> list[RegisterMatch]:
        """The ``k`` marks nearest ``name`` by the fast sight/sound scores, nearest first."""
        import numpy as np

        db = self._open()
        q = features(name)
        codes = sorted(grams(q))
        if not codes or k <= 0:
            return []
        blobs = db.execute(f"SELECT ids FROM grams WHERE gram IN ({','.join('?' * len(codes))})", codes).fetchall()
        if not blobs:
            return []
        ids = np.concatenate([_decode(b[0]) for b in blobs])
        uniq, counts = np.unique(ids, return_counts=True)
        if len(uniq) > pool:
            uniq = uniq[np.argpartition(-counts, pool)[:pool]]
        ranked = [RegisterMatch(mark, fast_scores(q, f)) for mark, f in self._marks(int(i) for i in uniq)]
        ranked.sort(key=lambda m: (-m.scores.overall, -m.scores.sight, m.mark.text, m.mark.office, m.mark.number))
        return ranked[:k]

    def brute_force(self, name: str, k: int = 12) -> list[RegisterMatch]:
        """Reference twin of :meth:`nearest`: every mark scored (for tests and benchmarks)."""
        q = features(name)
        ranked = [RegisterMatch(m, fast_scores(q, _features(m.text))) for m in self.marks()]
        ranked.sort(key=lambda m: (-m.scores.overall, -m.scores.sight, m.mark.text, m.mark.office, m.mark.number))
        return ranked[:k]

    def _marks(self, ids: Iterable[int]) -> list[tuple[Mark, Features]]:
        # the features stored at import: a query computes only the cheap plain key of the marks it ranks
        from ..similarity.fold import plain_key

        ids = list(ids)
        out: list[tuple[Mark, Features]] = []
        for start in range(0, len(ids), 900):
            part = ids[start:start + 900]
            out += [(_mark(r), Features(comparable(r[2]), r[9], r[10], plain_key.__wrapped__(comparable(r[2]))))
                    for r in self._open().execute(
                        f"SELECT {_COLUMNS}, skeleton, sound FROM marks WHERE id IN ({','.join('?' * len(part))})",
                        part)]
        return out

    def marks(self) -> Iterable[Mark]:
        """Every mark, in the order imported."""
        for r in self._open().execute(f"SELECT {_COLUMNS} FROM marks ORDER BY id"):
            yield _mark(r)

    def get(self, office: str, number: str) -> Mark | None:
        r = self._open().execute(f"SELECT {_COLUMNS} FROM marks WHERE office = ? AND number = ?",
                                 (office, number)).fetchone()
        return _mark(r) if r else None


def _encode(ids) -> bytes:
    """Sorted mark ids as a blob: ``b"2"``, the first id (uint32), then the gaps as uint16 when
    every gap fits (the long lists of common grams: half the size), else ``b"4"`` and uint32 ids."""
    import numpy as np

    ids = np.asarray(ids, dtype=np.int64)
    gaps = np.diff(ids)
    if len(ids) > 1 and gaps.max() < 65536:
        return b"2" + int(ids[0]).to_bytes(4, "little") + gaps.astype("<u2").tobytes()
    return b"4" + ids.astype("<u4").tobytes()


def _decode(blob: bytes):
    import numpy as np

    if blob[:1] == b"2":
        first = np.array([int.from_bytes(blob[1:5], "little")], dtype=np.int64)
        return np.cumsum(np.concatenate((first, np.frombuffer(blob, dtype="<u2", offset=5).astype(np.int64))))
    return np.frombuffer(blob, dtype="<u4", offset=1).astype(np.int64)


_COLUMNS = "office, number, text, classes, status, status_code, filed, registered, owner"


def _mark(r: tuple) -> Mark:
    return Mark(r[0], r[1], r[2], tuple(int(c) for c in r[3].split(",") if c), MarkStatus(r[4]), r[5], r[6], r[7],
                r[8])


def _row(entry: Entry) -> tuple:
    m = entry.mark
    assert m is not None
    f = _features(m.text)
    return (m.office, m.number, m.text, f.skeleton, f.key, ",".join(map(str, m.classes)), m.status.value,
            m.status_code, m.filed, m.registered, m.owner, entry.updated)


def _check_file(path: str) -> None:
    from ..batch.files import special_file

    if not os.path.exists(path):
        raise DataError(f"register {path!r} not found (make one with `brandcheck register import`)")
    special = special_file(path)
    if special:
        raise DataError(f"register {path!r} {special}")
    with open(path, "rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise DataError(f"{path}: not a brandcheck register (make one with `brandcheck register import`)")


def open_register(path_or_register: "str | os.PathLike[str] | Register") -> Register:
    """A :class:`Register` from a path (checked) or as given."""
    if isinstance(path_or_register, Register):
        return path_or_register
    register = Register(os.fspath(path_or_register))
    register._open()
    return register
