"""Hanyu Pinyin spelling (pure): which toneless syllables exist, cutting a Latin word into them, and
whether a word is spelt in pinyin rather than English.

One grammar of initials and finals for the whole project: the English reader spots pinyin names with
it (:mod:`.english`: Xiaomi is /ʃaʊmi/, not /ksaɪoʊmi/), the meanings checks hear a name as pinyin
syllables (:mod:`brandcheck.meanings.chinese`) and similarity gives Chinese brands with a pinyin name
a home spelling (:mod:`brandcheck.similarity.home`). The grammar spells exactly pypinyin's set of
toneless syllables (a test compares them), without importing pypinyin (~0.3 s).
"""

from __future__ import annotations

import functools

__all__ = ["INITIALS", "syllables", "parse", "marked", "outweighs_romaji", "looks_pinyin", "readings", "syllable_readings"]

INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r",
            "z", "c", "s", "y", "w")
"""Pinyin initials, two-letter ones first; y and w stand where a syllable has no initial (yi, wu)."""

_FINALS = {
    "": "a o e ai ei ao ou an en ang eng er",
    "y": "a o e ao ou an ang i in ing ong u ue uan un",
    "w": "a o ai ei an en ang eng ong u",
    "b": "a o ai ei ao an en ang eng ong i ie iao ian iang in ing u",
    "p": "a o ai ei ao ou an en ang eng i ie iao ian in ing u",
    "m": "a o e ai ei ao ou an en ang eng i ie iao iu ian in ing u",
    "f": "a o ei ou an en ang eng iao u",
    "d": "a e ai ei ao ou an en ang eng ong i ia ie iao iu ian in ing u uo ui uan un",
    "t": "a e ai ei ao ou an ang eng ong i ie iao ian ing u uo ui uan un",
    "n": "a e ai ei ao ou an en ang eng ong i ia ie iao iu ian iang in ing u ue uo uan un",
    "l": "a o e ai ei ao ou an en ang eng ong i ia ie iao iu ian iang in ing u ue uo uan un",
    "g": "a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang",
    "k": "a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang",
    "h": "a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang",
    "jqx": "i ia ie iao iu ian iang in ing iong u ue uan un",
    "zh": "a e ai ei ao ou an en ang eng ong i u ua uo uai ui uan un uang",
    "ch": "a e ai ao ou an en ang eng ong i u ua uo uai ui uan un uang",
    "sh": "a e ai ei ao ou an en ang eng i u ua uo uai ui uan un uang",
    "r": "e ao ou an en ang eng ong i u ua uo ui uan un",
    "z": "a e ai ei ao ou an en ang eng ong i u uo ui uan un",
    "c": "a e ai ei ao ou an en ang eng ong i u uo ui uan un",
    "s": "a e ai ao ou an en ang eng ong i u uo ui uan un",
}
"""The finals each initial takes: pypinyin's toneless syllables (ü written u after j, q, x, y and,
for lüe and nüe, after l and n)."""


def _finals(initial: str) -> tuple[str, ...]:
    """The finals an initial takes, longest first."""
    key = "jqx" if initial in ("j", "q", "x") else initial
    return tuple(sorted(_FINALS[key].split(), key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def syllables() -> frozenset[str]:
    """Every toneless pinyin syllable with a vowel (418: ``xiao``, ``zhuang``, ``a``)."""
    return frozenset(i + f for i in ("",) + INITIALS for f in _finals(i))


@functools.lru_cache(maxsize=4096)
def parse(spelling: str) -> tuple[tuple[str, str], ...] | None:
    """A lower-case word cut into pinyin syllables as (initial, final), or None when it is not pinyin.
    A syllable after the first starts with a consonant (pinyin writes an apostrophe otherwise); the
    longest final is tried first (``xian`` is one syllable, not xi'an)."""

    def cut(at: int) -> tuple[tuple[str, str], ...] | None:
        if at == len(spelling):
            return ()
        initials = [i for i in INITIALS if spelling.startswith(i, at)] + ([""] if at == 0 else [])
        for initial in initials:
            start = at + len(initial)
            for final in _finals(initial):
                if spelling.startswith(final, start):
                    rest = cut(start + len(final))
                    if rest is not None:
                        return ((initial, final),) + rest
        return None

    if len(spelling) < 2 or not spelling.isascii() or not spelling.isalpha() or not spelling.islower():
        return None
    return cut(0)


MARK_FINALS = frozenset("ao uo iu ui iao iang iong ua uai uan uang".split())
"""Finals English spelling does not write this way (-ao, -uo, -iu, -ui…): a mark of pinyin."""


def marked(syllables_: tuple[tuple[str, str], ...]) -> bool:
    """Syllables carrying a letter or final English spelling does not use that way: zh; q not before
    u; x beginning the word or before a final other than i/ie (Lexi, Moxie are English ks); -ao,
    -uo, -iu, -ui, -iang, -iong, -ua…; wei, which English spells way."""
    for n, (initial, final) in enumerate(syllables_):
        if initial == "zh" or (initial == "q" and not final.startswith("u")) or final in MARK_FINALS \
                or (initial, final) == ("w", "ei"):
            return True
        if initial == "x" and (n == 0 or final not in ("i", "ie")):
            return True
    return False


ROMAJI_FOREIGN_FINALS = frozenset("ia iao ian iang iong ua uai uan uang".split())
"""Finals whose glide Japanese romaji writes with y or not at all (kya, not kia): a word that is
also Hepburn romaji is pinyin only with one of them (Kuaishou, Jiayuan) or marked twice (Taobao)."""


def outweighs_romaji(syllables_: tuple[tuple[str, str], ...]) -> bool:
    """Whether marked pinyin syllables of a word that is also Hepburn romaji (Saori sao-ri,
    sa-o-ri) are more likely pinyin: a final romaji does not write, or pinyin marks in two syllables
    (tao-bao); one -ao or -ui in a run of Japanese morae is chance (Kaori, Aomori, Fukui)."""
    if any(final in ROMAJI_FOREIGN_FINALS for _, final in syllables_):
        return True
    return sum(marked(((initial, final),)) for initial, final in syllables_) >= 2


def looks_pinyin(spelling: str) -> bool:
    """A lower-case word spelt in pinyin, not English: it cuts completely into pinyin syllables and
    carries a pinyin mark (:func:`marked`). Consonant-vowel names such as Lumo or Dasani cut into
    pinyin syllables too: without a mark they stay English."""
    cut = parse(spelling)
    return bool(cut) and marked(cut)


def readings(key: str, limit: int = 8) -> tuple[tuple[str, ...], ...]:
    """The ways a Latin-letter key reads as a run of pinyin syllables (``bensi`` → (ben, si)), fewest
    syllables first; empty when it does not read as pinyin. Any syllable may start a new one here
    (``xian`` is also xi-an): listeners hear syllables, not spelling rules."""
    return syllable_readings(key, syllables(), limit)


def syllable_readings(key: str, sylls: frozenset[str], limit: int = 8) -> tuple[tuple[str, ...], ...]:
    """The ways ``key`` splits into a run of ``sylls`` (a romanisation's toneless syllables: pinyin,
    jyutping), fewest syllables first; empty when it does not split."""
    if not key.isalpha() or len(key) > 18:
        return ()

    @functools.lru_cache(maxsize=None)
    def split(i: int) -> tuple[tuple[str, ...], ...]:
        if i == len(key):
            return ((),)
        out = []
        for j in range(i + 1, min(len(key), i + 6) + 1):
            if key[i:j] in sylls:
                out += [(key[i:j],) + rest for rest in split(j)]
        return tuple(out)

    return tuple(sorted(split(0), key=len)[:limit])
