"""Trademark offices per market, with search links (``wordlists/trademarks/offices.tsv``).

A link carries the name only where the office's search is known to take it in the address
(``query_url``); elsewhere the office's search page and a plain instruction are given.
"""

from __future__ import annotations

import functools
import urllib.parse
from dataclasses import dataclass

from ..data import read_tsv

__all__ = ["Office", "offices", "offices_for", "search_link", "record_link"]


@dataclass(frozen=True, slots=True)
class Office:
    id: str
    """``USPTO``, ``EUIPO``, ``WIPO-MADRID``…"""
    name: str
    countries: tuple[str, ...]
    """ISO 3166-1 codes served; ``("*",)`` for every market."""
    search_url: str
    """The search page."""
    query_url: str
    """Template with ``{query}`` where the search takes the term in its address, else empty."""
    record_url: str
    """Template with ``{number}`` for one record, else empty."""
    instruction: str
    """What to do there."""


@functools.lru_cache(maxsize=1)
def offices() -> dict[str, Office]:
    table = read_tsv("trademarks/offices.tsv",
                     required=("office", "name", "countries", "search_url", "query_url", "record_url", "instruction"))
    return {r["office"]: Office(r["office"], r["name"], tuple(c for c in r["countries"].split(",") if c),
                                r["search_url"], r["query_url"], r["record_url"], r["instruction"])
            for r in table.dicts()}


_ORDER = ("national", "regional", "international")


def offices_for(country: str) -> tuple[Office, ...]:
    """The offices to search for a market's country: national first, then EU-wide, then WIPO."""
    country = country.upper()
    national = [o for o in offices().values() if o.countries == (country,)]
    regional = [o for o in offices().values() if country in o.countries and len(o.countries) > 1]
    worldwide = [o for o in offices().values() if o.countries == ("*",)]
    return tuple(national + regional + worldwide)


def search_link(office: Office, name: str) -> str:
    """The URL to open: the query URL with the name quoted in, or the search page."""
    if office.query_url:
        return office.query_url.replace("{query}", urllib.parse.quote(name, safe=""))
    return office.search_url


def record_link(office: Office, number: str) -> str:
    """The URL of one record by its number, or empty when the office has no such address."""
    if not office.record_url or not number:
        return ""
    return office.record_url.replace("{number}", urllib.parse.quote(number, safe=""))
