"""Word frequencies from wordfreq, loaded lazily, one language at a time.

We read wordfreq's *small* lists (words with a frequency of at least 1 per million, i.e. Zipf ≥ 3)
straight from its frequency dictionary: a lookup needs no tokenizer (so Japanese, Chinese and
Korean work without MeCab or jieba) and all our market languages load in about 0.3 s, against
4–5 s for the large lists. Anything rarer than Zipf 3 is not "common" for our purposes anyway.
"""

from __future__ import annotations

import functools
import importlib.util
import math
from pathlib import Path
from typing import Mapping

__all__ = ["zipf", "wordfreq_language", "COMMON", "VERY_COMMON"]

# Zipf scale (log10 of frequency per billion words). Zipf 3 ≈ 1 per million words: a word most
# adult speakers know; ≥ 4.5 ≈ the few thousand most frequent words (Van Heuven et al. 2014,
# "SUBTLEX-UK", which introduced the Zipf scale and calls 1–3 low and 4–7 high frequency).
COMMON = 3.5
VERY_COMMON = 4.5

# Market languages whose wordfreq code differs from ISO 639-1; None = no wordfreq list.
_WORDFREQ_CODE: Mapping[str, str | None] = {"no": "nb", "tl": "fil", "th": None}


def wordfreq_language(language: str) -> str | None:
    """The wordfreq language code for an ISO 639-1 code, or None when wordfreq has no list."""
    return _WORDFREQ_CODE.get(language, language)


@functools.lru_cache(maxsize=None)
def _frequencies(language: str) -> Mapping[str, float]:
    code = wordfreq_language(language)
    if code is None:
        return {}
    lists = _small_lists()
    if lists is not None:
        path = lists.get(code)
        read = _read_small_list(path) if path is not None else {}
        if read is not None:
            return read
    import wordfreq  # wordfreq's data is not where we expect it: ask wordfreq itself

    if code not in wordfreq.available_languages(wordlist="small"):
        return {}
    return wordfreq.get_frequency_dict(code, wordlist="small")


@functools.lru_cache(maxsize=1)
def _small_lists() -> dict[str, Path] | None:
    """wordfreq's small lists by language code, found in its data folder without importing
    wordfreq: its import (langcodes, ftfy, its tokenisers) costs ~85 ms a cold check does not need."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(list(spec.submodule_search_locations)[0]) / "data"
    return {p.name.split(".")[0].split("_", 1)[1]: p for p in folder.glob("small_*.msgpack.gz")} or None


def _read_small_list(path: Path) -> dict[str, float] | None:
    """word → frequency, as ``wordfreq.get_frequency_dict`` gives it: a gzipped msgpack list of a
    header and then buckets of words, bucket ``i`` holding the words of frequency 10^(-i/100)."""
    try:
        import gzip

        import msgpack

        with gzip.open(path, "rb") as fh:
            data = msgpack.load(fh, raw=False)
    except Exception:  # no msgpack, or a file we cannot read: wordfreq decides
        return None
    header = data[0] if data else None
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        return None
    freqs: dict[str, float] = {}
    for index, bucket in enumerate(data[1:]):
        freq = 10 ** (-index / 100)
        for word in bucket:
            freqs[word] = freq
    return freqs


def zipf(word: str, language: str) -> float:
    """Zipf frequency of a lower-case word in a language; 0.0 when rare or unknown."""
    freq = _frequencies(language).get(word.casefold())
    return round(math.log10(freq) + 9, 2) if freq else 0.0
