"""Hanyu Pinyin spelling (pure): which toneless syllables exist, cutting a Latin word into them, and
whether a word is spelt in pinyin rather than English.

One grammar of initials and finals for the whole project: the English reader spots pinyin names with
it (:mod:`.english`: Xiaomi is /ʃaʊmi/, not /ksaɪoʊmi/), the meanings checks hear a name as pinyin
syllables (:mod:`brandcheck.meanings.chinese`) and similarity gives Chinese brands with a pinyin name
a home spelling (:mod:`brandcheck.similarity.home`). The grammar spells exactly pypinyin's set of
toneless syllables (a test compares them), without importing pypinyin (~0.3 s).

:func:`character_pinyin` gives pypinyin's reading of one character from a generated table
(:data:`CHARACTERS_FILE`) for every character of the bundled lists, so a check of a Latin name
(its Chinese rendering, a listed brand's 苹果) does not import pypinyin either.
"""

from __future__ import annotations

import functools

__all__ = ["INITIALS", "syllables", "parse", "marked", "outweighs_romaji", "looks_pinyin", "readings", "syllable_readings",
           "CHARACTERS_FILE", "character_pinyin", "read_character_pinyin", "listed_character_pinyin",
           "generate_character_pinyin"]

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


# --------------------------------------------------------------------------------------------------
# One character's reading (pypinyin's, from a generated table)

CharacterPinyin = tuple[str, int, str, str]
"""(toneless pinyin with ü written v, tone 1–4 or 5 for the neutral tone, tone-marked pinyin, plain
pinyin): ``绿`` → ``("lv", 4, "lǜ", "lv")``."""

CHARACTERS_FILE = "chinese/generated/character_pinyin.tsv"
"""pypinyin's main reading of every character (U+4E00–U+9FFF) in the bundled lists, generated:
importing pypinyin (its phrase dictionary) took ~0.45 s of a cold check for the few characters of a
name's Chinese rendering. ``tests/phonetics/test_character_pinyin.py`` checks it is what pypinyin
gives today; regenerate with
``python -m brandcheck.phonetics.pinyin > wordlists/chinese/generated/character_pinyin.tsv``."""

_HEADER = """# brandcheck wordlist: chinese/generated/character_pinyin
# what: GENERATED — pypinyin's main reading of every Chinese character (U+4E00–U+9FFF) in the bundled lists (its pinyin() of the character alone): toneless pinyin with ü written v, tone (1-4, 5 neutral), tone-marked and plain pinyin, so a check need not import pypinyin
# facts: generated by `python -m brandcheck.phonetics.pinyin` from the characters of wordlists/**/*.tsv and pypinyin; regenerate after adding characters or upgrading pypinyin
# format-version: 1
char\tpinyin\ttone\tmarked\tplain
"""


def character_pinyin(char: str) -> CharacterPinyin:
    """pypinyin's main reading of ``char`` alone: from :data:`CHARACTERS_FILE`, else read now."""
    listed = listed_character_pinyin().get(char)
    return listed if listed is not None else read_character_pinyin(char)


def read_character_pinyin(char: str) -> CharacterPinyin:
    """:func:`character_pinyin` read by pypinyin now (a character without a reading stays itself)."""
    from pypinyin import Style, pinyin

    def main(style, **kw) -> str:
        return pinyin(char, style=style, heteronym=False, **kw)[0][0]

    numbered = main(Style.TONE3, neutral_tone_with_five=True)
    tone = int(numbered[-1]) if numbered[-1].isdigit() else 5
    return numbered.rstrip("012345").replace("ü", "v"), tone, main(Style.TONE), main(Style.NORMAL)


@functools.lru_cache(maxsize=1)
def listed_character_pinyin() -> dict[str, CharacterPinyin]:
    """char → :data:`CharacterPinyin`, from :data:`CHARACTERS_FILE` (empty when it is absent)."""
    from ..data import list_files, read_tsv

    if CHARACTERS_FILE not in list_files("chinese/generated"):
        return {}
    table = read_tsv(CHARACTERS_FILE, required=("char", "pinyin", "tone", "marked", "plain"))
    return {char: (toneless, int(tone), marked_, plain) for char, toneless, tone, marked_, plain in table.rows}


def generate_character_pinyin() -> list[tuple[str, str, str, str, str]]:
    """The rows of :data:`CHARACTERS_FILE`, read by pypinyin now (generated files left out)."""
    from ..data import data_root

    root = data_root()
    chars: set[str] = set()
    for path in root.rglob("*.tsv"):
        if "generated" not in path.relative_to(root).parts:
            chars.update(c for c in path.read_text(encoding="utf-8") if "\u4e00" <= c <= "\u9fff")
    return [(c, toneless, str(tone), marked_, plain)
            for c in sorted(chars) for toneless, tone, marked_, plain in (read_character_pinyin(c),)]


def main() -> None:
    """Write :data:`CHARACTERS_FILE` to stdout."""
    import sys

    sys.stdout.write(_HEADER + "".join("\t".join(row) + "\n" for row in generate_character_pinyin()))


if __name__ == "__main__":
    main()
