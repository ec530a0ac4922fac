"""Bundled brands spelt the way they are heard at home (Renault → ``reno``, Bosch → ``bosh``).

A user who has heard *Renault* said in France writes *Reno* or *Renno*, not anything near its
English reading. So each bundled brand whose home market reads Latin letters in its own way
(French, German, Italian, Spanish…; :func:`.score.home_tag`) is also indexed under a plain
spelling of its home reading, and a candidate is compared with that spelling too. The spellings
are generated data (``wordlists/similarity/home_spellings.tsv``, written by ``python -m
brandcheck.similarity.home``): reading 965 names at start-up would cost the cold check 0.4 s,
the file costs milliseconds. :func:`respell` is the pure rule from IPA to plain letters.
"""

from __future__ import annotations

import functools
import sys
import unicodedata

from ..data import read_tsv

__all__ = ["respell", "home_spellings", "HomeSpelling", "FILE"]

FILE = "similarity/home_spellings.tsv"

# IPA segment → the plain letters a reader would write it with (continental vowels: the spelling
# people use for a name they heard, Peugeot → pejo, Würth → vurt). Unlisted segments are dropped.
_LETTERS = {
    "a": "a", "ɑ": "a", "ɐ": "a", "æ": "a", "ɒ": "o", "e": "e", "ɛ": "e", "ə": "e", "œ": "e", "ø": "e",
    "i": "i", "ɪ": "i", "ɨ": "i", "y": "u", "ʏ": "u", "ʉ": "u", "ɯ": "u", "u": "u", "ʊ": "u", "o": "o", "ɔ": "o",
    "ɑ̃": "an", "ɐ̃": "an", "ɛ̃": "an", "œ̃": "un", "ɔ̃": "on", "ĩ": "in", "w̃": "w",
    "aj": "ai", "aɪ": "ai", "aɪ̯": "ai", "aw": "au", "aʊ": "au", "aʊ̯": "au", "ej": "ei", "eɪ": "ei", "ɛɪ": "ei",
    "ɔʏ": "oi", "ɔɪ": "oi", "ɐ̯": "r", "ɪ̯": "i", "ʊ̯": "u",
    "b": "b", "d": "d", "f": "f", "h": "h", "j": "y", "k": "k", "c": "k", "q": "k", "l": "l", "l̩": "l", "l̪": "l",
    "m": "m", "n": "n", "n̩": "n", "p": "p", "r": "r", "ʁ": "r", "ʀ": "r", "ɾ": "r", "s": "s", "t": "t", "v": "v",
    "ʋ": "v", "w": "w", "ɥ": "w", "z": "z", "ɡ": "g", "ɣ": "g", "ʃ": "sh", "ɕ": "sh", "ʒ": "j", "ʐ": "j",
    "tʃ": "ch", "tɕ": "ch", "dʒ": "j", "dʑ": "j", "ts": "ts", "pf": "pf", "x": "kh", "ç": "h", "ŋ": "ng",
    "ɲ": "ny", "ʎ": "ly", "θ": "th", "ð": "th", "ʝ": "y", "ʔ": "",
}


_LANGUAGE_LETTERS = {"zh": {
    "p": "b", "t": "d", "k": "g", "pʰ": "p", "tʰ": "t", "kʰ": "k", "x": "h", "ʂ": "sh", "ʈʂ": "j", "ʈʂʰ": "ch",
    "tɕ": "j", "tɕʰ": "ch", "ts": "dz", "tsʰ": "ts", "ʐ": "r", "ɻ": "r", "ɻ̩": "er", "ɤ": "e", "ɤ̃": "en",
    "z̩": "i", "y": "yu", "u̯": "u", "ʊ̯": "u"}}
"""Segments a language's listeners write otherwise: Mandarin's plain stops sound like English b, d,
g to English ears and its aspirated ones like p, t, k (Baidu → *baidu*, not *patu*); /x/ is heard
as *h* (Haier). A glide after a palatal hiss is part of it (Xiaomi /ɕi̯au̯mi/ → *shaumi*), and a
glide before a vowel is a *w* or *y* (Huawei → *huawei*)."""
_PALATAL = frozenset({"ɕ", "tɕ", "tɕʰ"})


def respell(ipa: tuple[str, ...] | list[str], language: str = "") -> str:
    """A plain spelling of a reading: each segment's letters, length marks dropped, a doubled
    letter written once, ``|`` a word break (``ʀ ə n o`` → ``reno``; ``ɡ u tʃː i`` → ``guchi``);
    ``language`` adds that language's own letters (:data:`_LANGUAGE_LETTERS`)."""
    own = _LANGUAGE_LETTERS.get(language, {})
    out: list[str] = []
    ipa = list(ipa)
    for i, seg in enumerate(ipa):
        if seg == "|":  # a word break
            out.append(" ")
            continue
        seg = seg.replace("ː", "")
        letters = own.get(seg, _LETTERS.get(seg))
        if own and seg == "u" and 0 < i < len(ipa) - 1 and ipa[i + 1][:1] in "aeɛɔoə" and ipa[i - 1] != "|":
            seg = "u̯"  # the medial of hua, guo: a glide, whatever the reader marks
        if own and seg in ("i̯", "u̯"):
            before, after = ipa[i - 1] if i else "", ipa[i + 1] if i + 1 < len(ipa) else ""
            if seg == "i̯" and before in _PALATAL:
                letters = ""
            elif after and after[0] in "aeiouɛɔəɑ":  # a glide before a vowel
                letters = "y" if seg == "i̯" else "w"
        if letters is None:
            letters = _LETTERS.get(unicodedata.normalize("NFD", seg)[:1], "")  # a diacritic we do not list
        for ch in letters:
            if not out or out[-1] != ch:
                out.append(ch)
    return "".join(out)


class HomeSpelling(tuple):
    """``(market tag, IPA as said there, plain spelling)`` of one bundled brand."""

    __slots__ = ()

    @property
    def tag(self) -> str:
        return self[0]

    @property
    def ipa(self) -> str:
        """The reading, its segments run together (as reasons show IPA)."""
        return self[1].replace(" ", "").replace("|", " ")

    @property
    def segments(self) -> tuple[str, ...]:
        return tuple(self[1].split())

    @property
    def spelling(self) -> str:
        return self[2]


@functools.lru_cache(maxsize=1)
def home_spellings() -> dict[str, HomeSpelling]:
    """Bundled brand name → its home spelling (only brands whose home spelling differs from the
    name as written, so a name said as spelt adds nothing)."""
    table = read_tsv(FILE, required=("name", "home", "ipa", "spelling"))
    return {row["name"]: HomeSpelling((row["home"], row["ipa"], row["spelling"])) for row in table.dicts()}


def generate() -> list[tuple[str, str, str, str]]:
    """The rows of the data file, from the bundled brands and the markets' readers."""
    from ..markets import get
    from ..phonetics.readers import read_name
    from .brands import bundled_brands
    from .fold import plain_key
    from .score import _home_reads_latin, _reads_like, home_tag

    rows = []
    for record in bundled_brands():
        tag = home_tag(record.country) if record.country else None
        if not tag or not (_home_reads_latin(tag) or _pinyin_name(record.name, tag)):
            continue
        words = [w for w in read_name(record.name, get(_reads_like(tag))) if w]  # as similarity hears it
        segments = [seg for i, w in enumerate(words) for seg in ((("|",) if i else ()) + tuple(w))]
        spelling = respell(segments, get(tag).language)
        if len(spelling.replace(" ", "")) >= 3 and plain_key(spelling) != plain_key(record.name):
            rows.append((record.name, tag, " ".join(segments), spelling))
    return sorted(rows, key="\t".join)  # the data files' order: rows sorted


def _pinyin_name(name: str, tag: str) -> bool:
    """A Chinese brand whose Latin name is pinyin (Xiaomi, Haier, Moutai) is said at home as that
    pinyin reads, so it has a home spelling too; an English-style name (Lenovo) does not read so."""
    from ..markets import get
    from ..phonetics.pinyin import readings as pinyin_readings
    from .fold import plain_key

    words = name.replace("-", " ").split()
    return (get(tag).language == "zh" and bool(words) and not name.isupper()  # AIA, BOE: letters
            and all(pinyin_readings(plain_key(w)) for w in words))


_HEADER = """# brandcheck wordlist: similarity/home_spellings
# what: GENERATED — each bundled brand whose home market reads Latin letters its own way (or a Chinese brand whose Latin name is pinyin), spelt plainly the way it is heard there (Renault → reno), so sound-alikes written by ear find it; only brands whose spelling differs from the name as written
# facts: generated by `python -m brandcheck.similarity.home` from wordlists/brands (home country) and brandcheck's own market readers (phonetics.readers), through similarity.home.respell; ipa is space-separated brandcheck segments, | between words; regenerate after changing either
# format-version: 1
name\thome\tipa\tspelling
"""


def main() -> None:
    """Write the data file to stdout: ``python -m brandcheck.similarity.home > wordlists/similarity/home_spellings.tsv``."""
    sys.stdout.write(_HEADER + "".join("\t".join(row) + "\n" for row in generate()))


if __name__ == "__main__":
    main()
