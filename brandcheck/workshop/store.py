"""The workshop file: rounds of candidates, their reports and the room's decisions, in SQLite.

One file holds a whole naming workshop (``brandcheck.workshop.sqlite`` by default), so a crash,
a restart of the web app or a second terminal loses nothing. SQLite in WAL mode with explicit
``BEGIN IMMEDIATE`` transactions and a busy timeout lets several processes write at once without
corrupting it; every screened name is committed on its own, so a killed process loses at most the
name it was screening. Schema (``PRAGMA user_version`` = :data:`SCHEMA_VERSION`)::

    meta(key, value)                    application = "brandcheck-workshop", settings (JSON), created
    rounds(id, kind, created, note)     kind: add | suggest
    candidates(id, name, key, round, status, reason, decided)
                                        key = casefolded name (unique); status: open | shortlisted | rejected
    reports(candidate, settings_hash, accepted, report, score, verdict, screened)
                                        report = Report.to_dict() as JSON; accepted = the finding ids
                                        (JSON list) it was screened with
    finding_decisions(candidate, finding, decision, decided)
                                        decision: accepted | rejected (the room confirms the finding)
    suggestions(candidate, seeds, kind, why, detail)
                                        seeds = the names it came from (JSON list); detail = Suggestion.to_dict()

A report is current when its ``settings_hash`` is the workshop's (markets, online, sector, source
language, word lists and brand register with their contents, brandcheck's version) and its
``accepted`` list is the candidate's accepted findings; only names whose report is missing or not
current are screened again.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import json
import os
import sqlite3
import threading
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from ..errors import WorkshopError

__all__ = ["Workshop", "Candidate", "Round", "WorkshopStatus", "DEFAULT_PATH", "SCHEMA_VERSION", "APPLICATION"]

DEFAULT_PATH = "brandcheck.workshop.sqlite"
SCHEMA_VERSION = 1
APPLICATION = "brandcheck-workshop"
BUSY_TIMEOUT = 30.0
"""Seconds a writer waits for another process's transaction before giving up."""

_SQLITE_MAGIC = b"SQLite format 3\x00"

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE rounds (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('add', 'suggest')),
    created TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE candidates (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    key TEXT NOT NULL UNIQUE,
    round INTEGER NOT NULL REFERENCES rounds(id),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'shortlisted', 'rejected')),
    reason TEXT NOT NULL DEFAULT '',
    decided TEXT
);
CREATE TABLE reports (
    candidate INTEGER PRIMARY KEY REFERENCES candidates(id),
    settings_hash TEXT NOT NULL,
    accepted TEXT NOT NULL,
    report TEXT NOT NULL,
    score INTEGER NOT NULL,
    verdict TEXT NOT NULL,
    screened TEXT NOT NULL
);
CREATE TABLE finding_decisions (
    candidate INTEGER NOT NULL REFERENCES candidates(id),
    finding TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
    decided TEXT NOT NULL,
    PRIMARY KEY (candidate, finding)
);
CREATE TABLE suggestions (
    candidate INTEGER PRIMARY KEY REFERENCES candidates(id),
    seeds TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT '',
    why TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '{}'
);
"""
_TABLES = frozenset({"meta", "rounds", "candidates", "reports", "finding_decisions", "suggestions"})

_SETTING_KEYS = ("markets", "online", "sector", "source_language", "wordlists", "brands")
_DEFAULT_SETTINGS: dict[str, Any] = {"markets": None, "online": False, "sector": None, "source_language": None,
                                     "wordlists": [], "brands": None}


def _now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class Round:
    """One round of the workshop: names proposed together."""

    number: int
    """1, 2, 3… in the order the rounds were opened."""
    kind: str
    """``add`` (names the room proposed) or ``suggest`` (alternatives brandcheck generated)."""
    created: str
    """When it was opened (ISO 8601, UTC)."""
    names: tuple[str, ...]
    """The candidates first proposed in this round, in the order given."""
    note: str = ""
    """Free text (for a suggest round: the seeds asked about)."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """A name in the workshop with its latest report and the room's decisions about it."""

    name: str
    """The normalised name."""
    round: int
    """The round it was first proposed in."""
    status: str
    """``open``, ``shortlisted`` or ``rejected``."""
    reason: str = ""
    """Why it was rejected."""
    report: Mapping[str, Any] | None = None
    """The latest report (``Report.to_dict()``), or None before the first screening."""
    current: bool = False
    """True when the report was made with the workshop's present settings and accepted findings."""
    accepted: tuple[str, ...] = ()
    """Finding ids the room accepted (they no longer lower the score)."""
    rejected_findings: tuple[str, ...] = ()
    """Finding ids the room confirmed as real problems."""
    seeds: tuple[str, ...] = ()
    """For a suggestion: the names it was made from."""
    suggestion: Mapping[str, Any] = field(default_factory=dict)
    """For a suggestion: its kind, why, and what the generator said (``Suggestion.to_dict()``)."""
    position: int = 0
    """Order in which it was added (1-based)."""

    @property
    def score(self) -> int | None:
        return None if self.report is None else int(self.report["score"])

    @property
    def verdict(self) -> str | None:
        return None if self.report is None else str(self.report["verdict"])

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "round": self.round, "status": self.status, "reason": self.reason,
                "score": self.score, "verdict": self.verdict, "current": self.current,
                "accepted": list(self.accepted), "rejected_findings": list(self.rejected_findings),
                "seeds": list(self.seeds), "report": self.report}


@dataclass(frozen=True, slots=True)
class WorkshopStatus:
    """Counts for ``round status``."""

    path: str
    settings: Mapping[str, Any]
    rounds: int
    candidates: int
    screened: int
    """Candidates whose report is current."""
    pending: int
    """Candidates never screened or screened with other settings or decisions."""
    shortlisted: int
    rejected: int
    verdicts: Mapping[str, int]
    """go / caution / stop counts among current reports."""

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "settings": dict(self.settings), "rounds": self.rounds,
                "candidates": self.candidates, "screened": self.screened, "pending": self.pending,
                "shortlisted": self.shortlisted, "rejected": self.rejected, "verdicts": dict(self.verdicts)}


class Workshop:
    """A workshop file: ``Workshop(path, markets="de,ja")``.

    Settings given here (markets, online, sector, source_language, wordlists, brands) are stored in
    the file and used until changed; left out (None), the stored ones hold. A new file starts with
    the ``global`` markets, offline; ``create=False`` refuses a path where no file is. Every method opens its own transaction, so several processes
    (two terminals, the web app) may use one file at once.
    """

    def __init__(self, path: str | os.PathLike[str] = DEFAULT_PATH, *, markets: str | Iterable[str] | None = None,
                 online: bool | None = None, sector: str | None = None, source_language: str | None = None,
                 wordlists: Sequence[str] | None = None, brands: str | None = None, create: bool = True) -> None:
        self.path = os.fspath(path)
        if not create and not os.path.exists(self.path):
            raise WorkshopError(f"{self.path}: no workshop file there; start one with `brandcheck round add NAME…`")
        self._lock = threading.RLock()  # the web app shares one Workshop between its threads
        self._screen_cache: tuple[str, Any] | None = None
        given = {"markets": markets, "online": online, "sector": sector, "source_language": source_language,
                 "wordlists": None if wordlists is None else list(wordlists), "brands": brands}
        if given["markets"] is not None:
            from ..markets import resolve

            given["markets"] = [m.tag for m in resolve(given["markets"])]  # an unknown tag fails before any write
        if given["source_language"] is not None:
            from ..markets import check_language

            check_language(given["source_language"], "source")
        self._db = self._open()
        stored = self.settings
        wanted = {**stored, **{k: v for k, v in given.items() if v is not None}}
        if wanted != stored:
            with self._write() as db:
                db.execute("INSERT OR REPLACE INTO meta VALUES ('settings', ?)", (json.dumps(wanted, sort_keys=True),))

    # -- opening ------------------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        _check_is_workshop_or_absent(self.path)
        try:
            db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise WorkshopError(f"{self.path}: cannot open the workshop file ({exc})") from None
        try:
            with self._guard():
                _check_schema(db, self.path)  # read-only: a foreign database is refused before any write
                db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")
                db.execute("PRAGMA journal_mode = WAL")
                db.execute("PRAGMA foreign_keys = ON")
                db.execute("BEGIN IMMEDIATE")
                try:
                    if not _tables(db):  # new (or empty) file, created by whoever gets here first
                        for statement in _SCHEMA.split(";"):
                            if statement.strip():
                                db.execute(statement)
                        db.executemany("INSERT INTO meta VALUES (?, ?)", [
                            ("application", APPLICATION), ("created", _now()),
                            ("settings", json.dumps(_DEFAULT_SETTINGS, sort_keys=True))])
                        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                    else:
                        _check_schema(db, self.path)
                    db.execute("COMMIT")
                except BaseException:
                    db.execute("ROLLBACK")
                    raise
        except BaseException:
            db.close()
            raise
        return db

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> "Workshop":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _guard(self) -> Iterator[None]:
        """SQLite failures as one-line :class:`WorkshopError`; a thread at a time."""
        with self._lock:
            try:
                yield
            except sqlite3.OperationalError as exc:
                if "locked" in str(exc) or "busy" in str(exc):
                    raise WorkshopError(f"{self.path}: busy: another process held it for {BUSY_TIMEOUT:.0f} s") from None
                raise WorkshopError(f"{self.path}: {exc}") from None
            except sqlite3.DatabaseError as exc:
                raise WorkshopError(f"{self.path}: not a usable workshop file ({exc})") from None

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (``BEGIN IMMEDIATE``: takes the write lock at once, waits for it
        up to the busy timeout, so two writers never interleave)."""
        with self._guard():
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _read(self, sql: str, args: Sequence[Any] = ()) -> list[tuple]:
        with self._guard():
            return self._db.execute(sql, args).fetchall()

    # -- settings -----------------------------------------------------------------------------

    @property
    def settings(self) -> dict[str, Any]:
        """The stored settings: markets (tags; None = global), online, sector, source_language,
        wordlists, brands."""
        ((row,),) = self._read("SELECT value FROM meta WHERE key = 'settings'") or [(None,)]
        try:
            stored = json.loads(row) if row else {}
        except ValueError:
            raise WorkshopError(f"{self.path}: its settings are not valid JSON") from None
        if not isinstance(stored, dict):
            raise WorkshopError(f"{self.path}: its settings are not a JSON object")
        return {k: stored.get(k, _DEFAULT_SETTINGS[k]) for k in _SETTING_KEYS}

    @property
    def markets(self) -> tuple[str, ...]:
        from ..markets import resolve

        return tuple(m.tag for m in resolve(self.settings["markets"]))

    def settings_hash(self) -> str:
        """What a report depends on besides the name and its accepted findings."""
        from .. import __version__

        s = self.settings
        files = {p: _file_digest(p) for p in [*s["wordlists"], *([s["brands"]] if s["brands"] else [])]}
        basis = {**s, "markets": list(self.markets), "files": files, "brandcheck": __version__}
        return hashlib.sha256(json.dumps(basis, sort_keys=True).encode()).hexdigest()[:16]

    # -- adding and deciding ------------------------------------------------------------------

    def add(self, names: Iterable[str], *, screen: bool = True,
            progress: Callable[[str], None] | None = None) -> Round | None:
        """Open a round with the names not already in the workshop, then (``screen=True``) screen
        every name whose report is missing or not current. Returns the new round (None when every
        name was already there)."""
        from ..names import parse

        parsed = [parse(n).text for n in names]  # all valid, or nothing is written
        with self._write() as db:
            new = _new_names(db, parsed)
            number = _insert_round(db, "add", "", new) if new else None
        if screen:
            self.screen(progress=progress)
        return None if number is None else self._round(number)

    def decide(self, name: str, *, shortlist: bool | None = None, reject: str | None = None,
               accept: str | None = None, reject_finding: str | None = None, reopen: bool = False,
               undecide_finding: str | None = None) -> Candidate:
        """Record one decision about a candidate: shortlist it (``shortlist=True``; False takes it
        off the short list), reject it with a reason, reopen it, accept one of its findings by id,
        confirm a finding as a real problem (``reject_finding``), or take back a finding decision.
        A candidate whose accepted findings changed is screened again by :meth:`screen`."""
        chosen = [k for k, v in (("shortlist", shortlist), ("reject", reject), ("accept", accept),
                                 ("reject_finding", reject_finding), ("reopen", reopen or None),
                                 ("undecide_finding", undecide_finding)) if v is not None]
        if len(chosen) != 1:
            raise WorkshopError("decide one thing at a time: shortlist, reject, reopen, accept, reject_finding "
                                "or undecide_finding")
        if reject is not None and not str(reject).strip():
            raise WorkshopError("a rejection needs a reason")
        finding = accept or reject_finding or undecide_finding
        if finding is not None:
            from ..api import _accepted

            (finding,) = _accepted([finding])  # the same rule as `check --accept`
        with self._write() as db:
            cid = _candidate_id(db, name)
            now = _now()
            if shortlist is not None:
                db.execute("UPDATE candidates SET status = ?, reason = '', decided = ? WHERE id = ?",
                           ("shortlisted" if shortlist else "open", now, cid))
            elif reject is not None:
                db.execute("UPDATE candidates SET status = 'rejected', reason = ?, decided = ? WHERE id = ?",
                           (" ".join(str(reject).split()), now, cid))
            elif reopen:
                db.execute("UPDATE candidates SET status = 'open', reason = '', decided = ? WHERE id = ?", (now, cid))
            elif undecide_finding is not None:
                db.execute("DELETE FROM finding_decisions WHERE candidate = ? AND finding = ?", (cid, finding))
            else:
                _check_finding_in_report(db, cid, name, finding)
                db.execute("INSERT OR REPLACE INTO finding_decisions VALUES (?, ?, ?, ?)",
                           (cid, finding, "accepted" if accept is not None else "rejected", now))
        return self.candidate(name)

    def suggest(self, seeds: Iterable[str] | None = None, *, n: int = 10, style: str | None = None,
                keywords: Sequence[str] | None = None, seed: int | None = None, screen: bool = True,
                progress: Callable[[str], None] | None = None,
                generate: Callable[..., Any] | None = None) -> Round | None:
        """Ask for alternatives (``generate``, by default :func:`brandcheck.suggest`) to ``seeds``
        (default: every candidate not rejected) and add them as a round of their own, each
        recording the seeds it came from."""
        from .. import suggestions
        from ..names import parse

        generate = generate or suggestions.suggest
        if seeds is None:
            seeds = [c.name for c in self.candidates if c.status != "rejected"]
        seeds = [parse(s).text for s in seeds]
        if not seeds:
            raise WorkshopError("no seeds: add candidates first, or name the seeds")
        if n < 1:
            raise WorkshopError("n must be at least 1")
        kwargs: dict[str, Any] = {"markets": list(self.markets), "n": n}
        for key, value in (("style", style), ("keywords", keywords), ("sector", self.settings["sector"]),
                           ("seed", seed)):
            if value is not None:
                kwargs[key] = value
        made = generate(seeds, **kwargs)
        rows = []
        for s in made:
            text = parse(str(s.name)).text
            rows.append((text, _seeds_of(s, seeds), str(getattr(s, "kind", "") or ""), _why(getattr(s, "why", "")),
                         json.dumps(_to_dict(s), sort_keys=True, default=str)))
        with self._write() as db:
            new = _new_names(db, [r[0] for r in rows])
            number = _insert_round(db, "suggest", "seeds: " + ", ".join(seeds), new) if new else None
            fresh = set(new)
            for text, origin, kind, why, detail in rows:
                if text in fresh:
                    fresh.discard(text)
                    (cid,) = db.execute("SELECT id FROM candidates WHERE key = ?", (text.casefold(),)).fetchone()
                    db.execute("INSERT INTO suggestions VALUES (?, ?, ?, ?, ?)",
                               (cid, json.dumps(origin), kind, why, detail))
        if screen:
            self.screen(progress=progress)
        return None if number is None else self._round(number)

    # -- screening ----------------------------------------------------------------------------

    def pending(self) -> tuple[str, ...]:
        """Names whose report is missing or not current, in the order added."""
        current = self.settings_hash()
        return tuple(c.name for c in self._candidates(current) if not c.current)

    def screen(self, names: Iterable[str] | None = None, *,
               progress: Callable[[str], None] | None = None) -> int:
        """Screen the pending names (or those of ``names`` that are pending), each committed on its
        own as soon as it is done. Returns how many were screened."""
        wanted = None if names is None else {str(n).casefold() for n in names}
        done = 0
        for name in self.pending():
            if wanted is not None and name.casefold() not in wanted:
                continue
            if self.screen_one(name):
                done += 1
                if progress is not None:
                    progress(name)
        return done

    def screen_one(self, name: str) -> bool:
        """Screen one name now unless its report is current; True when it was screened."""
        settings_hash = self.settings_hash()
        candidate = self.candidate(name)
        accepted = sorted(candidate.accepted)
        if candidate.current:
            return False
        report = self._check(candidate.name, accepted, settings_hash)
        data = report.to_dict()
        with self._write() as db:
            cid = _candidate_id(db, candidate.name)
            db.execute("INSERT OR REPLACE INTO reports VALUES (?, ?, ?, ?, ?, ?, ?)",
                       (cid, settings_hash, json.dumps(accepted), json.dumps(data, ensure_ascii=False),
                        report.score, report.verdict.value, _now()))
        return True

    def _check(self, name: str, accepted: Sequence[str], settings_hash: str):
        from .. import api

        s = self.settings
        if self._screen_cache is None or self._screen_cache[0] != settings_hash:
            brands = None
            if s["brands"]:
                from ..similarity import load_brand_file

                brands = load_brand_file(s["brands"])
            self._screen_cache = (settings_hash, brands)
        return api.check(name, list(self.markets), online=bool(s["online"]), source_language=s["source_language"],
                         wordlists=tuple(s["wordlists"]), brands=self._screen_cache[1], sector=s["sector"],
                         accept=accepted)

    def reports(self, names: Iterable[str] | None = None) -> list:
        """Fresh :class:`~brandcheck.model.Report` objects for ``names`` (default: every candidate
        not rejected), with the room's accepted findings: what an exported report shows."""
        chosen = [c for c in self.candidates if (c.status != "rejected" if names is None else True)]
        if names is not None:
            order = {str(n).casefold(): i for i, n in enumerate(names)}
            chosen = sorted((c for c in chosen if c.name.casefold() in order), key=lambda c: order[c.name.casefold()])
        settings_hash = self.settings_hash()
        return [self._check(c.name, sorted(c.accepted), settings_hash) for c in chosen]

    # -- reading ------------------------------------------------------------------------------

    @property
    def rounds(self) -> tuple[Round, ...]:
        """Every round, oldest first."""
        return tuple(self._round(n) for (n,) in self._read("SELECT id FROM rounds ORDER BY id"))

    def _round(self, number: int) -> Round:
        rows = self._read("SELECT kind, created, note FROM rounds WHERE id = ?", (number,))
        kind, created, note = rows[0]
        names = tuple(n for (n,) in self._read("SELECT name FROM candidates WHERE round = ? ORDER BY id", (number,)))
        return Round(number, kind, created, names, note)

    @property
    def candidates(self) -> tuple[Candidate, ...]:
        """Every candidate, in the order added."""
        return self._candidates(self.settings_hash())

    def candidate(self, name: str) -> Candidate:
        """One candidate by name (any case); :class:`WorkshopError` when it is not in the workshop."""
        key = str(name).strip().casefold()
        for c in self._candidates(self.settings_hash(), key):
            return c
        raise WorkshopError(f"{name!r} is not in the workshop; add it first")

    def _candidates(self, settings_hash: str, key: str | None = None) -> tuple[Candidate, ...]:
        with self._guard():
            db = self._db
            db.execute("BEGIN")  # one consistent snapshot across the tables
            try:
                where, args = ("WHERE c.key = ?", (key,)) if key is not None else ("", ())
                rows = db.execute(
                    "SELECT c.id, c.name, c.round, c.status, c.reason, r.settings_hash, r.accepted, r.report, "
                    "s.seeds, s.detail, s.kind, s.why FROM candidates c LEFT JOIN reports r ON r.candidate = c.id "
                    f"LEFT JOIN suggestions s ON s.candidate = c.id {where} ORDER BY c.id", args).fetchall()
                decisions: dict[int, dict[str, list[str]]] = {}
                for cid, finding, decision in db.execute(
                        "SELECT candidate, finding, decision FROM finding_decisions ORDER BY finding"):
                    decisions.setdefault(cid, {}).setdefault(decision, []).append(finding)
            finally:
                db.execute("COMMIT")
        out = []
        for i, (cid, name, rnd, status, reason, shash, acc, report, seeds, detail, kind, why) in enumerate(rows, 1):
            mine = decisions.get(cid, {})
            accepted = tuple(mine.get("accepted", ()))
            data = _json(report, self.path) if report else None
            current = data is not None and shash == settings_hash and _json(acc, self.path) == sorted(accepted)
            suggestion = {**_json(detail, self.path), "kind": kind, "why": why} if seeds is not None else {}
            out.append(Candidate(name, rnd, status, reason, data, current, accepted,
                                 tuple(mine.get("rejected", ())), tuple(_json(seeds, self.path)) if seeds else (),
                                 suggestion, i))
        return tuple(out)

    def status(self) -> WorkshopStatus:
        """Counts of rounds, candidates, screened and pending names, decisions and verdicts."""
        cands = self.candidates
        verdicts = {"go": 0, "caution": 0, "stop": 0}
        for c in cands:
            if c.current and c.verdict in verdicts:
                verdicts[c.verdict] += 1
        return WorkshopStatus(self.path, self.settings, len(self.rounds), len(cands), sum(c.current for c in cands),
                              sum(not c.current for c in cands), sum(c.status == "shortlisted" for c in cands),
                              sum(c.status == "rejected" for c in cands), verdicts)


# -- helpers ----------------------------------------------------------------------------------


def _check_is_workshop_or_absent(path: str) -> None:
    """Refuse, before SQLite touches it, a path that is a folder or a file that is not SQLite."""
    if os.path.isdir(path):
        raise WorkshopError(f"{path}: is a folder, not a workshop file")
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(_SQLITE_MAGIC))
    except FileNotFoundError:
        return
    except OSError as exc:
        raise WorkshopError(f"{path}: cannot read the workshop file ({exc.strerror or exc})") from None
    if head and head != _SQLITE_MAGIC:
        raise WorkshopError(f"{path}: not a brandcheck workshop file (not an SQLite database); it was left untouched")


def _tables(db: sqlite3.Connection) -> set[str]:
    return {n for (n,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _check_schema(db: sqlite3.Connection, path: str) -> None:
    tables = _tables(db)
    if not tables:
        return
    (version,) = db.execute("PRAGMA user_version").fetchone()
    app = None
    if "meta" in tables:
        row = db.execute("SELECT value FROM meta WHERE key = 'application'").fetchone()
        app = row[0] if row else None
    if app != APPLICATION:
        raise WorkshopError(f"{path}: an SQLite database but not a brandcheck workshop file; it was left untouched")
    if version > SCHEMA_VERSION:
        raise WorkshopError(f"{path}: made by a newer brandcheck (workshop schema {version}; this one reads "
                            f"{SCHEMA_VERSION}); it was left untouched")
    if version != SCHEMA_VERSION or not _TABLES <= tables:
        raise WorkshopError(f"{path}: workshop schema {version} with tables {', '.join(sorted(tables))} is not "
                            f"schema {SCHEMA_VERSION}; it was left untouched")


def _file_digest(path: str) -> str:
    name = path.rsplit(":", 1)[0] if ":" in path and not os.path.exists(path) else path  # FILE[:LANG]
    try:
        with open(name, "rb") as fh:
            return hashlib.sha256(fh.read()).hexdigest()
    except OSError:
        return "missing"


def _json(text: str, path: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        raise WorkshopError(f"{path}: holds a record that is not valid JSON") from None


def _new_names(db: sqlite3.Connection, names: Sequence[str]) -> list[str]:
    """Names not yet in the workshop, once each, in the order given (inside the write transaction,
    so two processes adding the same name add it once)."""
    out: dict[str, str] = {}
    for name in names:
        key = name.casefold()
        if key in out or db.execute("SELECT 1 FROM candidates WHERE key = ?", (key,)).fetchone():
            continue
        out[key] = name
    return list(out.values())


def _insert_round(db: sqlite3.Connection, kind: str, note: str, names: Sequence[str]) -> int:
    number = db.execute("INSERT INTO rounds (kind, created, note) VALUES (?, ?, ?)", (kind, _now(), note)).lastrowid
    db.executemany("INSERT INTO candidates (name, key, round) VALUES (?, ?, ?)",
                   [(n, n.casefold(), number) for n in names])
    return int(number)


def _candidate_id(db: sqlite3.Connection, name: str) -> int:
    row = db.execute("SELECT id FROM candidates WHERE key = ?", (str(name).strip().casefold(),)).fetchone()
    if row is None:
        raise WorkshopError(f"{name!r} is not in the workshop; add it first")
    return int(row[0])


def _check_finding_in_report(db: sqlite3.Connection, cid: int, name: str, finding: str) -> None:
    row = db.execute("SELECT report FROM reports WHERE candidate = ?", (cid,)).fetchone()
    if row is None:
        raise WorkshopError(f"{name!r} has not been screened yet; screen it before deciding on its findings")
    ids = [f.get("id") for f in json.loads(row[0]).get("findings", ())]
    if finding not in ids:
        shown = ", ".join(ids[:5]) + (" …" if len(ids) > 5 else "")
        raise WorkshopError(f"{finding!r} is not a finding of {name!r}" + (f" (its findings: {shown})" if ids else
                                                                          " (it has no findings)"))


def _seeds_of(suggestion: Any, seeds: Sequence[str]) -> list[str]:
    """The seeds a suggestion names as its origin (all of them when it names none)."""
    origin = getattr(suggestion, "origin", "") or ""
    text = " ".join(map(str, origin)) if isinstance(origin, (list, tuple)) else str(origin)
    text = text.casefold()
    named = [s for s in seeds if s.casefold() in text]
    return named or list(seeds)


def _why(why: Any) -> str:
    if isinstance(why, (list, tuple)):
        return "; ".join(map(str, why))
    return str(why or "")


def _to_dict(suggestion: Any) -> dict[str, Any]:
    to_dict = getattr(suggestion, "to_dict", None)
    data = to_dict() if callable(to_dict) else {}
    if not isinstance(data, dict):
        return {}
    data.pop("report", None)  # the workshop keeps its own report, screened with its own settings
    return data

