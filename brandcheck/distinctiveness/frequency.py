"""Word frequencies from wordfreq, loaded lazily, one language at a time.

We read wordfreq's *small* lists (words with a frequency of at least 1 per million, i.e. Zipf ≥ 3)
straight from its frequency dictionary: a lookup needs no tokenizer (so Japanese, Chinese and
Korean work without MeCab or jieba) and all our market languages load in about 0.3 s, against
4–5 s for the large lists. Anything rarer than Zipf 3 is not "common" for our purposes anyway.
"""

from __future__ import annotations

import functools
import math
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
    import wordfreq

    code = wordfreq_language(language)
    if code is None or code not in wordfreq.available_languages(wordlist="small"):
        return {}
    return wordfreq.get_frequency_dict(code, wordlist="small")


def zipf(word: str, language: str) -> float:
    """Zipf frequency of a lower-case word in a language; 0.0 when rare or unknown."""
    freq = _frequencies(language).get(word.casefold())
    return round(math.log10(freq) + 9, 2) if freq else 0.0
