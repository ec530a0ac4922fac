"""BrandIndex: nearest known marks by sight and sound, at register scale.

Two-stage search, as register search engines do: (1) blocking — rapidfuzz scans the look-alike
skeletons and the phonetic keys of every entry (two C++ passes) and exact look-ups find
contained marks and native-script aliases; (2) ranking — the candidates are scored with
:func:`score.fast_scores`. A brute-force twin (:meth:`BrandIndex.brute_force`) scores every
entry with the same function; tests check both agree.

Saved indexes are gzip'd tab-separated text (no pickle: a shared index file must not be able to
run code when loaded).
"""

from __future__ import annotations

import dataclasses
import gzip
import heapq
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Sequence

from rapidfuzz import fuzz, process

from ..errors import DataError
from .brands import BrandRecord, native_key
from .fold import script_key
from .generic import distinctive
from .score import MIN_CONTAINED, Features, Scores, fast_columns, features

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["BrandIndex", "IndexMatch"]

_FORMAT = "brandcheck-index 1"


@dataclass(frozen=True, slots=True)
class IndexMatch:
    record: BrandRecord
    matched: str
    """The name or alias that matched."""
    scores: Scores


class BrandIndex:
    """An index over brand names and aliases.

    >>> index = BrandIndex(["Amazon", "Google", "Nike"])
    >>> index.nearest("Amazoon", k=1)[0].record.name
    'Amazon'
    """

    def __init__(self, names_or_records: Iterable[str | BrandRecord] = ()) -> None:
        self.records: list[BrandRecord] = []
        self._texts: list[str] = []
        self._owner: list[int] = []
        self._skeletons: list[str] = []
        self._keys: list[str] = []
        self._features: list[Features | None] = []
        """Each entry's :func:`.score.features`, kept for the first 50,000 entries made here (None
        for the others, and for entries loaded from a file): ranking reads them for every candidate."""
        self._plain: dict[str, list[int]] = {}
        self._native: dict[str, list[int]] = {}
        self._native_keys: tuple[list[str], list[list[int]]] | None = None
        self._unique_keys: tuple[list[str], list[list[int]]] | None = None
        self._unique_skeletons: tuple[list[str], "np.ndarray"] | None = None
        self._heard: set[int] = set()
        self._heard_weight = 1.0
        """Entries that are a brand spelt as heard (:meth:`add_heard`), not a form of its name."""
        self.add(names_or_records)

    def __len__(self) -> int:
        return len(self.records)

    def add(self, names_or_records: Iterable[str | BrandRecord]) -> None:
        for item in names_or_records:
            record = item if isinstance(item, BrandRecord) else BrandRecord(str(item))
            r = len(self.records)
            self.records.append(record)
            core, _ = distinctive(record.name)  # Tiffany & Co. is found as Tiffany too
            for text in dict.fromkeys((record.name, *record.aliases, core)):
                self._add_entry(r, text)
        self._distinct_keys()

    def add_heard(self, spellings: dict[str, str], weight: float = 1.0) -> None:
        """Also find records under a spelling of how they are heard (record name → spelling, e.g.
        Renault → ``reno``): ranked by that spelling with its score times ``weight`` (a spelling
        by ear is not the mark), reported as the record's own name."""
        self._heard_weight = weight
        by_name = {record.name: r for r, record in enumerate(self.records)}
        for name, spelling in spellings.items():
            r = by_name.get(name)
            if r is not None:
                self._heard.add(len(self._texts))
                self._add_entry(r, spelling)
        self._distinct_keys()

    def _add_entry(self, r: int, text: str, skel: str | None = None, key: str | None = None,
                   plain: str | None = None) -> None:
        kept = None
        if skel is None:
            f = features(text) if len(self._texts) < 50_000 else _features_nocache(text)
            skel, key, plain = f.skeleton, f.key, f.plain
            kept = f if len(self._texts) < 50_000 else None
        i = len(self._texts)
        self._features.append(kept)
        self._unique_keys = None
        self._unique_skeletons = None
        self._texts.append(text)
        self._owner.append(r)
        self._skeletons.append(skel)
        self._keys.append(key)
        if plain:
            self._plain.setdefault(plain, []).append(i)
        elif text.strip():
            self._native.setdefault(native_key(text), []).append(i)
            self._native_keys = None

    # ---- search ----------------------------------------------------------------------------------
    def _candidates(self, q: Features, pool: int) -> set[int]:
        cand: set[int] = set()
        if q.skeleton:
            cand.update(_top(q.skeleton, self._distinct_skeletons(), pool))
        if q.key:
            # Phonetic keys collide a lot (that is their point): scan each distinct key once.
            keys, members = self._distinct_keys()
            for j in _top(q.key, keys, pool):
                cand.update(members[j])
        # marks contained in the query, and the query inside marks of the same start
        p = q.plain
        for start in range(len(p)):
            for end in range(start + MIN_CONTAINED, len(p) + 1):
                cand.update(self._plain.get(p[start:end], ()))
        if not p:
            cand.update(self._native.get(native_key(q.text), ()))
        return cand

    def nearest_native(self, name: str, k: int = 5) -> list[IndexMatch]:
        """Records with a form in another script near ``name`` within that script (ソニ → ソニー):
        rapidfuzz over the script keys (:func:`.fold.script_key`) of every non-Latin entry."""
        if self._native_keys is None:
            keys = list(self._native)
            self._native_keys = ([script_key(key) for key in keys], [self._native[key] for key in keys])
        choices, members = self._native_keys
        q = features(name)
        cand: set[int] = set()
        for _, _, j in process.extract(script_key(name), choices, scorer=fuzz.ratio, limit=max(50, 10 * k),
                                       score_cutoff=40):
            cand.update(members[j])
        return self._rank(q, cand, k)

    def _distinct_keys(self) -> tuple[list[str], list[list[int]]]:
        if self._unique_keys is None:
            where: dict[str, list[int]] = {}
            for i, key in enumerate(self._keys):
                where.setdefault(key, []).append(i)
            self._unique_keys = (list(where), list(where.values()))
        return self._unique_keys

    def _distinct_skeletons(self) -> tuple[list[str], "np.ndarray"]:
        """(each skeleton once, the position of every entry's skeleton in that list): a third of the
        entries share a skeleton with another (aliases, spellings by ear), so they are scored once."""
        if self._unique_skeletons is None:
            import numpy as np

            where: dict[str, int] = {}
            inverse = [where.setdefault(skel, len(where)) for skel in self._skeletons]
            self._unique_skeletons = (list(where), np.array(inverse, dtype=np.intp))
        return self._unique_skeletons

    def _rank(self, q: Features, entries: Iterable[int], k: int) -> list[IndexMatch]:
        entries = list(entries)
        latin = [i for i in entries if q.plain or self._skeletons[i]]
        kept, texts = self._features, self._texts
        sight, _, overall, _ = columns = fast_columns(q, [kept[i] or (features(texts[i]) if i < 50_000 else
                                                                      _features_nocache(texts[i])) for i in latin])
        at = dict(zip(latin, range(len(latin))))
        # record -> (overall, sight, entry, native scores or None): its first best entry, ranked on
        # plain floats; Scores are made only for the k kept (_kept_scores)
        top: dict[int, tuple[float, float, int, Scores | None]] = {}
        owner, heard, weight = self._owner, self._heard, self._heard_weight
        for i in entries:
            j = at.get(i)
            if j is None:  # native-script names: exact alias match only
                same = float(native_key(q.text) == native_key(self._texts[i]))
                native: Scores | None = Scores(same, same, 0.0, 0.0, same)
                value, look = same, same
            else:
                native, value, look = None, overall[j], sight[j]
            if i in heard:
                value = value * weight
            r = owner[i]
            held = top.get(r)
            if held is None or value > held[0]:
                top[r] = (value, look, i, native)
        records = self.records
        items = list(top.items())
        if len(items) > k:
            # only records scoring at least the k-th best can be among the first k: sort those
            floor = heapq.nlargest(k, [held[0] for _, held in items])[-1]
            items = [item for item in items if item[1][0] >= floor]
        ranked = sorted(items, key=lambda item: (-item[1][0], -item[1][1], records[item[0]].name))
        return [IndexMatch(records[r], records[r].name if i in heard else self._texts[i],
                           native if native is not None else _kept_scores(columns, at[i], i in heard, value))
                for r, (value, _, i, native) in ranked[:k]]

    def nearest(self, name: str, k: int = 5) -> list[IndexMatch]:
        """The ``k`` nearest records, nearest first."""
        if k <= 0 or not self._texts:
            return []
        q = features(name)
        return self._rank(q, self._candidates(q, max(50, 10 * k)), k)

    def brute_force(self, name: str, k: int = 5) -> list[IndexMatch]:
        """Reference: score every entry (slow; for tests and benchmarks)."""
        return self._rank(features(name), range(len(self._texts)), k)

    def nearest_many(self, names: Sequence[str], k: int = 5, *, workers: int = -1) -> list[list[IndexMatch]]:
        """Batch search on all cores: candidates from rapidfuzz ``cdist`` (multi-threaded), then ranking."""
        import numpy as np

        if not names:
            return []
        qs = [features(n) for n in names]
        pool = max(50, 10 * k)
        cand: list[set[int]] = [set() for _ in qs]
        for attr, choices in (("skeleton", self._skeletons), ("key", self._keys)):
            queries = [getattr(q, attr) for q in qs]
            for start in range(0, len(queries), 64):  # chunks keep the score matrix small
                block = process.cdist(queries[start:start + 64], choices, scorer=fuzz.ratio, dtype=np.uint8,
                                      workers=workers)
                top = np.argpartition(-block, min(pool, block.shape[1] - 1), axis=1)[:, :pool]
                for row, idx in enumerate(top):
                    cand[start + row].update(int(i) for i in idx)
        out = []
        for q, c in zip(qs, cand):
            p = q.plain
            for s in range(len(p)):
                for e in range(s + MIN_CONTAINED, len(p) + 1):
                    c.update(self._plain.get(p[s:e], ()))
            out.append(self._rank(q, c, k))
        return out

    # ---- persistence -----------------------------------------------------------------------------
    def save(self, path: str) -> None:
        """Write the index (records and precomputed keys) to a gzip'd text file."""
        with gzip.open(path, "wt", encoding="utf-8", compresslevel=3) as fh:
            fh.write(_FORMAT + "\n")
            for r in self.records:
                fh.write("R\t" + "\t".join((_clean(r.name), _clean("|".join(r.aliases)), _clean(r.sector),
                                            ",".join(map(str, r.nice_classes)), _clean(r.country),
                                            _clean(r.source), "1" if r.famous else "0")) + "\n")
            for i, text in enumerate(self._texts):
                if i in self._heard:
                    continue  # derived from bundled data, not part of a user's register
                fh.write(f"E\t{self._owner[i]}\t{_clean(text)}\t{self._skeletons[i]}\t{self._keys[i]}\n")

    @classmethod
    def load(cls, path: str) -> "BrandIndex":
        """Read an index written by :meth:`save`."""
        index = cls()
        try:
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                if fh.readline().rstrip("\n") != _FORMAT:
                    raise DataError(f"{path}: not a brandcheck index (or another format version)")
                for line in fh:
                    parts = line.rstrip("\n").split("\t")
                    if parts[0] == "R" and len(parts) == 8:
                        _, name, aliases, sector, classes, country, source, famous = parts
                        index.records.append(BrandRecord(
                            name, tuple(a for a in aliases.split("|") if a), sector,
                            tuple(int(c) for c in classes.split(",") if c), country, source, famous == "1"))
                    elif parts[0] == "E" and len(parts) == 5:
                        from .fold import plain_key

                        text = parts[2]
                        index._add_entry(int(parts[1]), text, parts[3], parts[4], plain_key(text))
                    else:
                        raise DataError(f"{path}: malformed line {line[:40]!r}")
                index._distinct_keys()
        except (OSError, EOFError, ValueError) as exc:
            if isinstance(exc, DataError):
                raise
            raise DataError(f"{path}: cannot read index ({exc})") from None
        return index


def _top(query: str, choices: "list[str] | tuple[list[str], np.ndarray]", limit: int) -> list[int]:
    """Indexes of the ``limit`` choices most like ``query`` by ``fuzz.ratio``, ties to the lower
    index: the set ``process.extract(..., limit=limit)`` returns, from one ``cdist`` row (no
    result tuples to build, no sort). ``choices`` may be given as (distinct strings, each choice's
    position among them): each string is then scored once, and the row is the same."""
    import numpy as np

    if isinstance(choices, tuple):
        distinct, inverse = choices
        scores = process.cdist([query], distinct, scorer=fuzz.ratio, dtype=np.float64)[0][inverse]
    else:
        scores = process.cdist([query], choices, scorer=fuzz.ratio, dtype=np.float64)[0]
    if len(scores) <= limit:
        return list(range(len(scores)))
    kth = np.partition(scores, len(scores) - limit)[len(scores) - limit]
    above = np.flatnonzero(scores > kth)
    return above.tolist() + np.flatnonzero(scores == kth)[:limit - len(above)].tolist()


def _kept_scores(columns, j: int, heard: bool, value: float) -> Scores:
    """The :class:`Scores` of pair ``j`` of :func:`.score.fast_columns`, its overall ``value`` (a
    spelling by ear weighs :attr:`BrandIndex._heard_weight`)."""
    sight, sound, _, checked = columns
    scores = checked.get(j)
    if scores is None:
        return Scores(sight[j], sound[j], 0.0, 0.0, value)
    return dataclasses.replace(scores, overall=value) if heard else scores


def _clean(text: str) -> str:
    return text.replace("\t", " ").replace("\n", " ")


def _features_nocache(text: str) -> Features:
    # For very large indexes: do not fill the shared LRU caches with millions of entries.
    from .fold import plain_key, skeleton
    from .phonetic_key import sound_key

    return Features(text, skeleton.__wrapped__(text), sound_key.__wrapped__(text), plain_key.__wrapped__(text))
