"""The meaning lexicons: the project's curated lists and the user's own lists.

``wordlists/meanings/<lang>.tsv`` rows become :class:`Entry` objects, grouped per language and
indexed for the three ways we match: by exact key, by substring (embeddable terms), and by
pronunciation (computed lazily, once per language, by the sound matcher).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from ..data import list_files, parse_tsv, read_tsv
from ..errors import DataError
from ..names import fold

__all__ = ["Entry", "Lexicon", "lexicon", "languages", "load_wordlists", "UserWordlist", "key_of"]

_NON_KEY = re.compile(r"[^a-z0-9]+")
# Terms this short only match as whole words: inside longer names they are mostly accidents
# (Turkish "am" in "Amazon", English "ass" in "Assam").
MIN_EMBED = 4


def key_of(text: str) -> str:
    """Lower-case ASCII letters and digits only (:func:`brandcheck.names.fold`): the matching key."""
    return _NON_KEY.sub("", fold(text))


@dataclass(frozen=True, slots=True)
class Entry:
    """One listed word or phrase with its meaning."""

    term: str
    """Latin-letter form (``"scheisse"``, ``"black and tan"``, ``"88"``)."""
    native: str
    """Native spelling or script (``"Scheiße"``, ``"死"``)."""
    gloss: str
    """Short English gloss."""
    category: str
    """vulgar, sexual, slur, … positive (see design.md)."""
    severity: int
    """0 (positive) to 4 (strongly obscene, slur, hate symbol)."""
    region: str
    """BCP 47 tag when the sense is regional, else empty."""
    embed: bool
    """True when the term is dangerous even inside a longer name."""
    language: str
    """ISO 639-1 code of the list it came from."""
    source: str
    """The list: ``meanings/de.tsv`` or the user's file path."""
    said: str = ""
    """IPA of how the word is said, when its spelling misleads the reader of its language (the
    list's note gives it as ``said /pæki/``); empty otherwise."""
    key: str = field(init=False, repr=False, compare=False)
    """:func:`key_of` the term: worked out once here, since matching reads it thousands of times
    per name. Not an argument, and left out of equality, hashing and repr."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", key_of(self.term))


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity: lexicons are built once and memoised
class Lexicon:
    """All entries of one language, indexed."""

    language: str
    entries: tuple[Entry, ...]
    by_key: dict
    """key → entries with that key (whole-name / whole-word look-up)."""
    embeddable: tuple[Entry, ...]
    """Entries allowed to match inside a longer word, longest first."""


def _build(language: str, entries: Iterable[Entry]) -> Lexicon:
    entries = tuple(entries)
    by_key: dict[str, list[Entry]] = {}
    for e in entries:
        if e.key:
            by_key.setdefault(e.key, []).append(e)
    embeddable = tuple(sorted((e for e in entries if e.embed and len(e.key) >= MIN_EMBED and e.severity > 0),
                              key=lambda e: -len(e.key)))
    return Lexicon(language, entries, {k: tuple(v) for k, v in by_key.items()}, embeddable)


def languages() -> tuple[str, ...]:
    """Languages with a bundled list."""
    return tuple(Path(p).stem for p in list_files("meanings"))


_SAID = re.compile(r"\bsaid /([^/]+)/")


def _said(note: str) -> str:
    """The pronunciation a list's note gives (``said /pæki/``: CMUdict says /pɑki/), or ''."""
    found = _SAID.search(note or "")
    return found.group(1).strip() if found else ""


def _entries_from_table(table, language: str, source: str) -> list[Entry]:
    out = []
    for row in table.dicts():
        try:
            severity = int(row.get("severity") or 3)
        except ValueError:
            raise DataError(f"{source}: severity {row.get('severity')!r} is not a number") from None
        out.append(Entry(
            term=row["term"], native=row.get("native", "") or row["term"], gloss=row.get("gloss", ""),
            category=row.get("category", "") or "user", severity=severity, region=row.get("region", ""),
            embed=(row.get("match", "embed") or "embed") == "embed", language=language, source=source,
            said=_said(row.get("note", "")),
        ))
    return out


@functools.lru_cache(maxsize=None)
def lexicon(language: str) -> Lexicon:
    """The bundled lexicon of one language (empty when there is no list)."""
    path = f"meanings/{language}.tsv"
    if path not in list_files("meanings"):
        return _build(language, ())
    table = read_tsv(path, required=("term", "gloss", "category", "severity"))
    return _build(language, _entries_from_table(table, language, path))


@dataclass(frozen=True, slots=True)
class UserWordlist:
    """A user's own list (``--wordlist FILE[:LANG]``)."""

    path: str
    language: str | None
    """Applies to markets of this language only; None = every market."""
    lexicon: Lexicon


def _split_spec(spec: str) -> tuple[str, str | None]:
    # FILE[:LANG] — the language suffix is 2–3 letters (optionally with a region), so a Windows
    # drive letter ("C:\\lists\\x.tsv") or a colon inside a file name is not mistaken for it.
    m = re.fullmatch(r"(.+):([A-Za-z]{2,3}(?:-[A-Za-z]{2})?)", spec)
    if m and not Path(spec).exists():
        from ..markets import check_language

        return m.group(1), check_language(m.group(2), "word-list")
    return spec, None


def load_wordlists(specs: Sequence[str]) -> tuple[UserWordlist, ...]:
    """Parse user lists: the project TSV format (with a header row) or one word per line."""
    from ..batch.files import read_text

    out = []
    for spec in specs:
        path, language = _split_spec(spec)
        text = read_text(path, "word list")  # UTF-8, UTF-16 or a legacy code page
        lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
        lang = language or "*"
        if lines and "\t" in lines[0] and lines[0].split("\t")[0].strip() == "term":
            table = parse_tsv(text, source=path, require_version=False)
            entries = _entries_from_table(table, lang, path)
        else:
            entries = [Entry(term=key_of(ln) if ln.isascii() else ln.strip(), native=ln.strip(),
                             gloss="listed in your word list", category="user", severity=3, region="",
                             embed=len(key_of(ln)) >= MIN_EMBED, language=lang, source=path)
                       for ln in lines if key_of(ln)]
        too_long = next((e for e in entries if max(len(e.term), len(e.native)) > WORD_LIMIT), None)
        if too_long is not None:
            shown = (too_long.native or too_long.term)[:24]
            raise DataError(f"word list {path!r}: {shown!r}… is longer than {WORD_LIMIT} characters; "
                            "a word list holds words and short phrases")
        out.append(UserWordlist(path, language, _build(lang, entries)))
    return tuple(out)


WORD_LIMIT = 200
"""Characters of one term in a user's word list (the longest phrases are a few words); a longer
line is not a word, and every name would be compared with all of it."""
