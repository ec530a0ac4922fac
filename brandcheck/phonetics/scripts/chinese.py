"""English → Chinese characters (zh: simplified, zh-TW: traditional), by phonetic transliteration.

How the mainland transliterates foreign names (Xinhua News Agency, 《英语姓名译名手册》, and the
national guide GB/T 17693.1 外语地名汉字译写导则 英语): the English sounds are cut into syllables
Mandarin can say — one consonant and a vowel each, a nasal (n, ng) the only coda — and each
syllable is written with a fixed, meaning-light transliteration character from a consonant ×
vowel table (译音表). A consonant with no vowel of its own becomes a syllable of its own
(s 斯, t 特, k 克, d 德, l 尔): Sprint 斯普林特, Smith 史密斯. The table below (:data:`GRID`) is our
own, written in that tradition.

What this module does not do is *name* a brand: professional Chinese names choose characters for
meaning and often shorten (Nike 耐克, Heineken 喜力, Coca-Cola 可口可乐). The renderings here are
the phonetic baseline a market would start from. Every character is checked against
``wordlists/chinese/characters.tsv``: a character marked negative there is never used; where the
file lists a neutral or positive character with the same syllable, the second rendering uses it.

Romanisation: Hanyu Pinyin with tone marks, one syllable per character, separated by spaces.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Sequence

from ...data import read_tsv
from ._common import Unit, Word, combine, rank, unwritten_schwa, without_possessive, words_of

if TYPE_CHECKING:  # pragma: no cover
    from ...markets import Market
    from ..source_types import Source

__all__ = ["render", "syllables", "candidates", "GRID", "to_traditional", "pinyin_of", "pinyin_ipa", "tone_marked"]

# Columns of the grid: "" = the consonant with no vowel of its own; then vowel classes.
COLUMNS = ("", "a", "e", "ə", "i", "o", "u", "ai", "ao", "an", "en", "in", "ong", "un", "ang", "ing", "ei")

# Onset → one character per column (transliteration characters in the Xinhua tradition).
GRID: dict[str, str] = {
    #        ""  a  e  ə  i  o  u  ai ao an en in ong un ang ing
    "":     "尔阿埃埃伊奥乌艾奥安恩因翁温昂英",
    "b":    "布巴贝伯比博布拜鲍班本宾邦本邦宾",
    "p":    "普帕佩珀皮波普派保潘彭平庞彭庞平",
    "d":    "德达德德迪多杜戴道丹登丁东敦当丁",
    "t":    "特塔特特蒂托图泰陶坦滕汀通顿唐廷",
    "ɡ":    "格加盖格吉戈古盖高甘根金贡贡冈金",
    "k":    "克卡凯克基科库凯考坎肯金孔昆康金",
    "f":    "夫法费弗菲福富法福凡芬芬丰丰方芬",
    "v":    "夫瓦维弗维沃武瓦沃万文文冯文旺文",
    "w":    "乌瓦韦沃威沃伍怀沃万文温翁温旺温",
    "z":    "兹扎泽泽齐佐祖宰藻赞曾津宗尊藏津",
    "ts":   "茨察策策齐措楚蔡曹灿岑钦聪村仓青",
    "s":    "斯萨塞瑟西索苏赛绍桑森辛松森桑辛",
    "ʃ":    "什沙谢舍希肖舒夏肖尚申欣雄顺尚兴",
    "ʒ":    "日扎热热日若茹宰绕让任金容润让金",
    "tʃ":   "奇查切彻奇乔丘柴乔钱琴钦琼春昌钦",
    "dʒ":   "奇贾杰杰吉乔朱柴乔詹金金琼准章金",
    "h":    "赫哈赫赫希霍胡海豪汉亨欣洪洪杭兴",
    "m":    "姆马梅默米莫穆迈毛曼门明蒙蒙芒明",
    "n":    "恩纳内纳尼诺努奈瑙南嫩宁农农南宁",
    "l":    "尔拉莱勒利洛卢莱劳兰伦林隆伦朗林",
    "ɹ":    "尔拉雷勒里罗鲁赖劳兰伦林龙伦朗林",
    "j":    "伊亚耶耶伊约尤亚尧扬延因永云扬英",
}
# The [eɪ] column of the 译音表 is not the [aɪ] one: Baker 贝克, Bailey 贝利, Jason 杰森, Gates 盖茨,
# Wade 韦德, Davis 戴维斯, Drake 德雷克 (the [aɪ] column keeps 拜 戴 赖: Byron 拜伦, Dryden 德赖登).
_EI_COLUMN = {
    "": "埃", "b": "贝", "p": "佩", "d": "戴", "t": "泰", "ɡ": "盖", "k": "凯", "f": "费", "v": "维", "w": "韦",
    "z": "泽", "ts": "策", "s": "塞", "ʃ": "谢", "ʒ": "热", "tʃ": "切", "dʒ": "杰", "h": "黑", "m": "梅",
    "n": "内", "l": "莱", "ɹ": "雷", "j": "耶",
}
for _onset, _ch in _EI_COLUMN.items():
    GRID[_onset] += _ch
# [ju] after a consonant is one syllable where Mandarin has one (Hughes 休斯, Newton 纽顿, Matthew
# 马修, Newcastle 纽卡斯尔, Q 丘); other onsets keep consonant + 尤.
_YU = {"h": "休", "n": "纽", "m": "缪", "l": "柳", "s": "修", "θ": "修", "k": "丘"}
GRID["θ"] = GRID["s"]
GRID["dz"] = GRID["z"]  # final -ds is 兹 (Leeds 利兹, Edwards 爱德华兹), -ts 茨 (Roberts 罗伯茨)
GRID["ð"] = GRID["s"]
GRID["x"] = GRID["h"]
GRID["ŋ"] = GRID["n"]

_ROW_LEN = len(COLUMNS)
assert all(len(row) == _ROW_LEN for row in GRID.values()), "every grid row needs one character per column"

# Vowel sound → grid column.
VOWEL_CLASS: dict[str, str] = {
    "i": "i", "ɪ": "i", "ɛ": "e", "eɪ": "ei", "æ": "a", "ɑ": "a", "ʌ": "a", "ɔ": "o", "oʊ": "o", "u": "u",
    "ʊ": "u", "ə": "ə", "ɚ": "ə", "aɪ": "ai", "aʊ": "ao", "ɔɪ": "o",
}
# A reduced vowel takes the column of its letter (Heineken 海涅肯, not 海讷克讷).
_LETTER_CLASS = {"a": "a", "e": "e", "i": "i", "o": "o", "u": "u", "y": "i"}
# Vowel column + nasal coda → nasal column.
_NASAL = {
    ("a", "n"): "an", ("e", "n"): "en", ("ə", "n"): "en", ("i", "n"): "in", ("o", "n"): "ong", ("u", "n"): "un",
    ("ai", "n"): "an", ("un", "n"): "un", ("un", "ŋ"): "ong", ("ao", "n"): "ang", ("a", "ŋ"): "ang", ("e", "ŋ"): "en", ("ə", "ŋ"): "en",
    ("i", "ŋ"): "ing", ("o", "ŋ"): "ang", ("u", "ŋ"): "ong", ("ai", "ŋ"): "ang", ("ao", "ŋ"): "ong",
}


@functools.lru_cache(maxsize=1)
def _characters() -> dict[str, dict]:
    """chinese/characters.tsv: char → row (empty when the file is absent)."""
    try:
        from ...data import list_files, read_tsv

        if "chinese/characters.tsv" not in list_files("chinese"):
            return {}
        return {row["char"]: row for row in read_tsv("chinese/characters.tsv").dicts()}
    except Exception:  # pragma: no cover - data problems are reported by tests/test_wordlists.py
        return {}


def is_negative(char: str) -> bool:
    """True when ``char`` is marked negative in chinese/characters.tsv."""
    row = _characters().get(char)
    return bool(row) and row.get("polarity") == "negative"


@functools.lru_cache(maxsize=1)
def brand_ranks() -> dict[str, int]:
    """chinese/brand_characters.tsv: character → its rank among the characters conventional in
    foreign brand names for its syllable (1 the commonest: 斯 for si, 克 for ke); absent when not one."""
    from ...data import list_files, read_tsv

    if "chinese/brand_characters.tsv" not in list_files("chinese"):
        return {}
    out: dict[str, int] = {}
    for row in read_tsv("chinese/brand_characters.tsv", required=("syllable", "characters")).dicts():
        for rank_, char in enumerate(row["characters"], 1):
            out.setdefault(char, rank_)
    return out


_UNRANKED = 99


@functools.lru_cache(maxsize=2)
def _listed_names(table: str) -> dict[str, tuple[tuple[str, ...], bool]]:
    """A table of names with usual Chinese forms (``personal_names`` or ``place_names``): name →
    (forms, also an ordinary English word)."""
    from ...data import list_files, read_tsv

    if f"chinese/{table}.tsv" not in list_files("chinese"):
        return {}
    return {row["name"]: (tuple(row["chinese"].split("|")), row.get("word") == "yes")
            for row in read_tsv(f"chinese/{table}.tsv", required=("name", "chinese")).dicts()}


def _forms(words: Sequence[str], tables: Sequence[str]) -> list[tuple[str, ...]]:
    """Each word's listed forms; a word-flagged name only beside a listed name that is not."""
    found = [next((t[w] for t in map(_listed_names, tables) if w in t), None) for w in words]
    anchored = any(f is not None and not f[1] for f in found)
    return [f[0] if f is not None and (anchored or not f[1]) else () for f in found]


def personal_forms(words: Sequence[str]) -> list[tuple[str, ...]]:
    """For each word of a name (lower-case letters), the usual Chinese forms of a common Western
    given name or surname (john → 约翰, smith → 史密斯; chinese/personal_names.tsv), else ``()``.
    A name that is also an ordinary English word (king, brown) counts only beside a listed name
    that is not: Stephen King is a person, Burger King a king."""
    return _forms(words, ("personal_names",))


def usual_forms(words: Sequence[str]) -> list[tuple[str, ...]]:
    """:func:`personal_forms`, and also the usual form of a well-known place (boston → 波士顿,
    tuscany → 托斯卡纳; chinese/place_names.tsv): how the renderer writes a name's words. A place
    is not a person: the other words of its name may still be translated (Boston Scientific)."""
    return _forms(words, ("personal_names", "place_names"))


@functools.lru_cache(maxsize=1)
def regional_names() -> dict[tuple[str, str], str]:
    """(bundled brand, ``TW`` or ``HK``) → the Chinese name the brand uses there where it differs
    from the mainland one (Nike, TW → 耐吉; chinese/regional_names.tsv; each is also an alias)."""
    from ...data import read_tsv

    table = read_tsv("chinese/regional_names.tsv", required=("brand", "region", "name"))
    return {(row["brand"], row["region"]): row["name"] for row in table.dicts()}


def name_and_word(word: str) -> bool:
    """Whether ``word`` is a listed given name or surname that is also an ordinary English word
    (brown, king, stone): which of the two it is depends on the rest of the name."""
    listed = _listed_names("personal_names").get(word)
    return bool(listed and listed[1])


@functools.lru_cache(maxsize=1)
def _good_by_syllable() -> dict[str, tuple[str, ...]]:
    """Toneless pinyin → neutral/positive characters of characters.tsv, the most conventional in
    foreign brand names first (brand_characters.tsv's rank), then pleasant ones with a connotation;
    never a literary or rare character, and a bare everyday word (妈 'mum', 二 'two') last."""
    ranks = brand_ranks()
    out: dict[str, list[tuple[int, int, str]]] = {}
    for char, row in _characters().items():
        if row.get("polarity") in ("neutral", "positive") and not row.get("register"):
            tags = {t for t in (row.get("tags") or "").split(",") if t}
            group = 0 if char in ranks else 1 if "brand" in tags else 3 if tags - {"feminine"} else 5
            order = (group + (row["polarity"] != "positive" and group > 0), ranks.get(char, 0))
            out.setdefault(row["pinyin"].replace("ü", "v"), []).append((*order, char))
    return {k: tuple(c for *_, c in sorted(v)) for k, v in out.items()}


@functools.lru_cache(maxsize=4096)
def pinyin_of(char: str, tone_marks: bool = True) -> str:
    """The main reading of one character (``斯`` → ``sī``; ``si`` without tone marks): its
    transliteration reading in characters.tsv where it has one (勒 lè, where pypinyin says lēi),
    else pypinyin's first reading."""
    row = _characters().get(char)
    if row and row.get("pinyin") and (row.get("tone") or "").isdigit():
        return tone_marked(row["pinyin"], int(row["tone"])) if tone_marks else row["pinyin"].replace("v", "ü")
    from ..pinyin import character_pinyin

    _, _, marked, plain = character_pinyin(char)  # pypinyin's reading, from a table for listed characters
    return marked if tone_marks else plain


_MARKS = {"a": "āáǎà", "e": "ēéěè", "i": "īíǐì", "o": "ōóǒò", "u": "ūúǔù", "v": "ǖǘǚǜ"}


def tone_marked(syllable: str, tone: int) -> str:
    """``hao``, 3 → ``hǎo``; ``lv``, 4 → ``lǜ`` (a and e take the mark, then the o of ou, else the
    last vowel).

    >>> tone_marked("hao", 3), tone_marked("gui", 4), tone_marked("lve", 4), tone_marked("de", 5)
    ('hǎo', 'guì', 'lüè', 'de')
    """
    s = syllable
    if 1 <= tone <= 4:
        if "a" in s:
            i = s.index("a")
        elif "e" in s:
            i = s.index("e")
        elif "ou" in s:
            i = s.index("o")
        else:
            i = max(s.rfind(v) for v in "iouv")
        if i >= 0:
            s = s[:i] + _MARKS[s[i]][tone - 1] + s[i + 1:]
    return s.replace("v", "ü")


def syllables(word: Word) -> list[tuple[str, str]]:
    """The word cut into Mandarin syllables: ``(onset, grid column)`` pairs.

    >>> from brandcheck.phonetics.source import intended
    >>> from brandcheck.phonetics.scripts._common import words_of
    >>> syllables(words_of(intended("Sprint"))[0])
    [('s', ''), ('p', ''), ('ɹ', 'in'), ('t', '')]
    """
    units = [u for u in word.units if u.phone]
    units = [u for k, u in enumerate(units) if not unwritten_schwa(units, k)]
    units = [u for k, u in enumerate(units) if not _dropped_glide(units, k)]
    out: list[tuple[str, str]] = []
    n = len(units)
    i = 0
    open_syllable = False  # the last syllable has a vowel and may still take a nasal coda
    while i < n:
        u = units[i]
        ph = u.phone
        nxt = units[i + 1] if i + 1 < n else None
        after = units[i + 2] if i + 2 < n else None
        if u.vowel:
            col = "" if u.phone == "ɚ" else _vowel_class(u, nxt, "", after)  # a bare -er is 尔 (Neuer 诺伊尔)
            if i == 0 and u.phone == "æ" and u.stress == 1 and nxt is not None and nxt.phone == "l" \
                    and after is not None and after.vowel:
                col = "ai"  # a stressed opening [æ] before l + vowel is 艾: Allen 艾伦, Alice 艾丽斯
            if col == "a" and nxt is None and u.stress < 1 and out and out[-1][1] == "i":
                out.append(("j", "a"))  # a final -ia is 亚 (Olivia 奥利维亚, Columbia 哥伦比亚)
            else:
                out.append(("", col))
            if ph == "ɔɪ":
                out.append(("", "i"))
            open_syllable = ph not in ("ɔɪ",)
            i += 1
            continue
        if nxt is not None and nxt.vowel and ph in ("n", "m") and u.letters in ("nn", "mm") and open_syllable \
                and out and (out[-1][1], "n") in _NASAL:
            out[-1] = (out[-1][0], _NASAL[(out[-1][1], "n")])  # Danner 丹纳: nn closes one syllable, opens the next
        after = units[i + 2] if i + 2 < n else None
        if ph in _YU and nxt is not None and nxt.phone == "j" and after is not None and after.phone in ("u", "ʊ"):
            out.append((ph, "iu"))
            open_syllable = False
            i += 3
            continue
        if nxt is not None and nxt.phone == "j" and "i" in nxt.letters and after is not None and after.vowel \
                and ph in GRID and ph not in ("j", "w", ""):
            # [Cj] spelled Ci before a vowel: the consonant takes the i (Virginia 弗吉尼亚, Sonia 索尼娅);
            # a final -ia is 亚, a final -iel the l alone (Nathaniel 纳撒尼尔)
            out.append((ph, "i"))
            rest = units[i + 3] if i + 3 < n else None
            if after.stress < 1 and rest is None:
                out.append(("j", "a"))
                i += 3
            elif after.stress < 1 and after.phone in ("ə", "ɪ") and rest.phone == "l" and i + 4 == n:
                i += 3
            else:
                i += 1
            open_syllable = False
            continue
        if ph in ("t", "d") and nxt is not None and nxt.phone in ("s", "z") and (after is None or not after.vowel):
            out.append(("ts" if ph == "t" else "dz", ""))  # one affricate syllable: 茨, 兹
            open_syllable = False
            i += 2
            continue
        if nxt is not None and nxt.vowel and ph not in ("ŋ",):
            col = _vowel_class(nxt, units[i + 2] if i + 2 < n else None, ph, units[i + 3] if i + 3 < n else None)
            out.append((ph if ph in GRID else "", col))
            if nxt.phone == "ɔɪ":
                out.append(("", "i"))
            open_syllable = nxt.phone != "ɔɪ"
            i += 2
            continue
        if ph == "j" and nxt is None:
            out.append(("", "i"))
            i += 1
            continue
        # consonant with no vowel after it
        if ph in ("n", "ŋ", "m") and open_syllable and out:
            onset, col = out[-1]
            coda = "n" if ph == "m" and nxt is not None and nxt.phone in ("p", "b") else ph  # Campbell 坎贝尔
            if ph == "ŋ" and nxt is not None and nxt.phone in ("k", "ɡ"):
                coda = "n"  # [ŋk] is written -n + 克: Frank 弗兰克, Lancaster 兰开斯特, Lincoln 林肯
            if ph == "m" and coda == "m":
                out.append(("m", ""))  # Sam 萨姆
            elif coda == "n" and (units[i - 1].phone == "ɚ" or units[i - 1].letters in ("au", "aw")):
                out.append(("", "en"))  # [ɜːn], [ɔːn] keep their n apart: Burns 伯恩斯, Shawn 肖恩
            elif (col, coda) in _NASAL:
                out[-1] = (onset, _NASAL[(col, coda)])
            else:
                out.append((ph, ""))
            open_syllable = False
            i += 1
            continue
        if ph == "l" and nxt is not None and nxt.phone == "d" and i + 2 == n and i > 0 \
                and units[i - 1].phone in ("ə", "ɪ") and units[i - 1].stress < 1:
            i += 1  # an unstressed -ld ends in 德 alone: Harold 哈罗德, Donald 唐纳德, Arnold 阿诺德
            continue
        if ph == "ɹ" and i > 0 and units[i - 1].vowel:
            if units[i - 1].phone in ("i", "ɪ", "u", "ʊ"):
                out.append(("", ""))  # British [ɪə] [ʊə]: the glide is 尔 (Moore 穆尔, Pearson 皮尔森, Deere 迪尔)
                open_syllable = False
            i += 1  # otherwise r after a vowel is not transliterated (Xinhua follows British English)
            continue
        if ph == "w" and nxt is None and out:
            i += 1  # a final w glide is part of the vowel before it
            continue
        out.append((ph if ph in GRID else "", ""))
        open_syllable = False
        i += 1
    return out


def _dropped_glide(units: list[Unit], k: int) -> bool:
    """The [j] of [Cju] where Mandarin has no such syllable: Stewart 斯图尔特, Tuesday 图斯戴."""
    if units[k].phone != "j" or k == 0 or k + 1 >= len(units):
        return False
    before, after = units[k - 1], units[k + 1]
    return not before.vowel and before.phone not in _YU and after.phone in ("u", "ʊ")


def _vowel_class(u: Unit, nxt: Unit | None = None, onset: str = "", after: Unit | None = None) -> str:
    """The grid column of vowel ``u``; ``nxt`` and ``after`` are the two units after it."""
    if u.phone == "ə" and u.letters == "o" and nxt is not None and nxt.phone == "n":
        # -ton 顿, -son 森 (Washington 华盛顿, Anderson 安德森); after other consonants the plain
        # [ən] column: -coln 肯 (Lincoln 林肯), -mon 门 (Solomon 所罗门)
        return "un" if onset in _UN_ONSETS else "e"
    closed_by_n = nxt is not None and nxt.phone == "n" and (after is None or not after.vowel)
    reduced = u.phone == "ə" and u.stress < 1 and (u.letters in ("e", "o") or (u.letters == "a" and onset in _EN_AFTER))
    if closed_by_n and (u.phone == "ʌ" or reduced):
        return "e"  # [ʌn] and a reduced [ən] are the 恩 column: Hunter 亨特, Evans 埃文斯, Morgan 摩根 (-tin stays 廷)
    if u.phone == "ɛ" and u.letters == "a" and nxt is not None and nxt.phone == "ɹ":
        return "a"  # American "marry" is British [æ]: Harris 哈里斯, Harrison 哈里森, Carol 卡罗尔
    if u.phone in ("ɔ", "ɑ") and u.letters in ("au", "aw"):
        return "ao"  # spelled au/aw: 奥 劳 保 肖 (Austin 奥斯汀, Lawrence 劳伦斯, Paul 保罗, Shaw 肖)
    if u.phone in ("ə", "ɪ") and u.stress < 1 and u.letters == "e" and onset == "n":
        return "i"  # a reduced -ne- is 尼 (Kennedy 肯尼迪, Minnesota 明尼苏达, Kenneth 肯尼思)
    if u.phone in ("ə", "ɪ") and u.stress < 1 and u.letters in _LETTER_CLASS:
        return _LETTER_CLASS[u.letters]
    if u.phone == "ə" and u.letters == "ah":
        return "a"  # Sarah 萨拉, Hannah 汉娜
    wa = onset == "w" and u.letters == "a" and u.stress == 1 and not (nxt is not None and nxt.phone in ("n", "ŋ"))
    if u.phone == "ɑ" and ("o" in u.letters or wa):
        return "o"  # British [ɒ] (Xinhua follows British English): Boston 波士顿, Watson 沃森, Walker 沃克
    if u.phone == "ʌ" and u.letters == "o":
        return "a"
    if u.phone == "ɚ" and u.letters[:1] == "a":
        return "a"
    if u.phone == "ɚ" and u.letters[:1] == "o":
        # -tor 托, -dor 多 (Victor 维克托, Tudor 都铎); after l, n, v… the [ə] column (Taylor 泰勒,
        # Connor 康纳, Trevor 特雷弗)
        return "o" if onset in ("t", "d", "ɡ", "k", "ɹ", "") else "ə"
    return VOWEL_CLASS.get(u.phone, "a")


_EN_AFTER = frozenset({"ɡ", "k", "v", "l", "θ"})
"""Onsets after which a reduced -an is 恩-column too (Morgan 摩根, Evans 埃文斯, Dylan 迪伦, Ethan
伊森); after others it keeps 安 (Chapman 查普曼, Susan 苏珊, Jordan 乔丹)."""
_UN_ONSETS = frozenset({"t", "s", "z", "n", "m", "θ", ""})
"""Onsets whose unstressed -on takes the grid's ``un`` column (顿 森 农 蒙: Raymond 雷蒙德, Simon
西蒙); -don is 登 (Gordon 戈登, Sheldon 谢尔登)."""


def _char(onset: str, column: str) -> str:
    if column == "iu":
        return _YU[onset]
    row = GRID.get(onset, GRID[""])
    return row[COLUMNS.index(column)]


def spell(sylls: list[tuple[str, str]], *, swap: bool = False, mac: bool = False) -> str:
    """Characters for syllables; ``swap`` replaces each character by a positive one with the same
    syllable from characters.tsv where there is one (a more brand-like choice)."""
    out: list[str] = []
    for k, (onset, col) in enumerate(sylls):
        ch = _char(onset, col)
        # Xinhua practice: -son is 森 (Anderson 安德森), -ton 顿 (Washington 华盛顿) — in the grid;
        # a standalone l or r at the very start of a word is not 尔 but the vowel-less 勒
        if col == "" and onset in ("l", "ɹ") and k == 0:
            ch = "勒"
        if col == "" and onset in ("f", "v") and k + 1 < len(sylls):
            ch = "弗"  # f before a consonant: 弗 (Fridman 弗里德曼); at the end 夫 (Popoff 波波夫)
        if col == "" and onset == "z" and k == len(sylls) - 1:
            ch = "斯"  # final -s said [z]: 斯 (Planas 普拉纳斯)
        if col == "" and onset == "θ":
            ch = "思"  # th without a vowel: 思 (Keith 基思, Kenneth 肯尼思, Heath 希思)
        if col == "ai" and onset == "ɹ" and k > 0 and sylls[k - 1][1] == "":
            ch = "莱"  # r after a consonant before [aɪ]: Brian 布莱恩, Chrysler 克莱斯勒, Brighton 布莱顿
        if mac and k == 0 and onset == "m":
            ch = "麦"  # Mac/Mc: 麦克 (McDonald 麦克唐纳)
        if is_negative(ch):
            ch = _alternative(ch) or ch
        elif swap:
            ch = _alternative(ch, brand_only=True) or ch
        out.append(ch)
    return "".join(out)


def _alternative(char: str, brand_only: bool = False) -> str | None:
    """A neutral/positive character with the same toneless syllable, other than ``char``;
    ``brand_only``: only one more conventional in the names of foreign brands (brand_characters.tsv),
    so that the brand-like rendering never reads 'mum' or 'spicy' where the grid had a neutral
    character, and keeps the grid's character where that is already the usual one."""
    syl = pinyin_of(char, tone_marks=False).replace("ü", "v")
    for other in _good_by_syllable().get(syl, ()):
        if other != char and not is_negative(other):
            if brand_only and brand_ranks().get(other, _UNRANKED) >= brand_ranks().get(char, _UNRANKED):
                return None  # only a spelling more conventional than the grid's (丽 for 力, 娜 for 纳)
            return other
    return None


def candidates(word: Word, person: tuple[str, ...] = ()) -> list[tuple[str, float]]:
    """Scored simplified-character candidates for one word, best first; ``person``: the word's
    usual forms as a given name, surname or place (:func:`usual_forms`), if it has them."""
    if word.kind == "letters":
        from ._common import letter_word

        parts = [spell(syllables(letter_word(c))) for c in word.letters]
        return [("".join(parts), 0.6)]
    base = 0.6 if word.kind in ("dictionary", "user", "number") else 0.5
    sylls = syllables(word)
    mac = word.letters.startswith(("mc", "mac"))
    # a name with a usual Chinese form is written so, never transliterated afresh (John 约翰, not 琼;
    # Boston 波士顿)
    out = [(form, base + 0.2 - 0.05 * i) for i, form in enumerate(person)]
    out += [(spell(sylls, mac=mac), base), (spell(sylls, swap=True, mac=mac), base - 0.1)]
    # Professional names drop a final unvoiced consonant syllable (Nike 耐克 keeps it, but
    # Reebok 锐步 and Starbucks 星巴克 drop the s): offer the shortened form too.
    if len(sylls) > 2 and sylls[-1][1] == "" and sylls[-1][0] in ("s", "z", "t", "d", "k"):
        # the word land is 兰 in names (Portland 波特兰, Auckland 奥克兰, Scotland 苏格兰): first there
        land = word.letters.endswith("land") and sylls[-2] == ("l", "an") and sylls[-1][0] == "d"
        out.append((spell(sylls[:-1], mac=mac), base + 0.05 if land else base - 0.15))
    bare = without_possessive(word)
    if bare is not None:
        out.append((spell(syllables(bare)), base - 0.05))
    clean = [(t, s) for t, s in out if not any(is_negative(c) for c in t)]
    # a sound only negative characters spell (hei 黑) is still written: the meaning checks say why
    return rank(clean or out, 6)


def render(source: "Source", market: "Market", *, k: int = 3) -> list:
    """Chinese renderings (traditional characters for zh-TW), best first."""
    from . import Rendering

    traditional = market.tag == "zh-TW" or market.script == "Hant"
    said = words_of(source)
    per_word = [candidates(w, forms) for w, forms in zip(said, usual_forms([w.letters for w in said]))]
    out = []
    for text, score in combine(per_word, "", k):
        shown = to_traditional(text) if traditional else text
        romanization = " ".join(pinyin_of(c) for c in text)
        ipa = tuple(seg for c in text for seg in pinyin_ipa(pinyin_of(c, tone_marks=False)))
        out.append(Rendering(shown, romanization, ipa, round(score, 4)))
    if out and all(w.kind in ("letters", "number") for w in said) and any(w.kind == "letters" for w in said):
        # Chinese writes initialisms in Latin letters (IBM, NBA); the characters stay as how they are said
        latin = source.name.upper()
        score = round(min(1.0, out[0].score + 0.05), 4)
        out.insert(0, Rendering(latin, out[0].romanization, out[0].ipa, score))
    return out[:k]


# --------------------------------------------------------------------------------------------------
# Traditional characters for the characters the grid and characters.tsv alternatives use.


@functools.lru_cache(maxsize=1)
def _traditional() -> dict[str, str]:
    """Simplified → traditional (wordlists/chinese/traditional.tsv)."""
    table = read_tsv("chinese/traditional.tsv", required=("simplified", "traditional"))
    return {row["simplified"]: row["traditional"] for row in table.dicts()}


def to_traditional(text: str) -> str:
    """Simplified → traditional characters (characters not in the table are unchanged)."""
    table = _traditional()
    return "".join(table.get(c, c) for c in text)


# --------------------------------------------------------------------------------------------------
# Pinyin → IPA (standard Mandarin phonetics; tones left out).

_INITIALS = (("zh", "ʈʂ"), ("ch", "ʈʂʰ"), ("sh", "ʂ"), ("b", "p"), ("p", "pʰ"), ("m", "m"), ("f", "f"),
             ("d", "t"), ("t", "tʰ"), ("n", "n"), ("l", "l"), ("g", "k"), ("k", "kʰ"), ("h", "x"),
             ("j", "tɕ"), ("q", "tɕʰ"), ("x", "ɕ"), ("r", "ʐ"), ("z", "ts"), ("c", "tsʰ"), ("s", "s"),
             ("y", "j"), ("w", "w"))
_FINALS = {
    "a": ("a",), "o": ("o",), "e": ("ɤ",), "i": ("i",), "u": ("u",), "v": ("y",), "ai": ("aɪ",), "ei": ("eɪ",),
    "ao": ("aʊ",), "ou": ("oʊ",), "an": ("a", "n"), "en": ("ə", "n"), "ang": ("a", "ŋ"), "eng": ("ə", "ŋ"),
    "ong": ("ʊ", "ŋ"), "er": ("ɚ",), "ia": ("j", "a"), "ie": ("j", "ɛ"), "iao": ("j", "aʊ"), "iu": ("j", "oʊ"),
    "ian": ("j", "ɛ", "n"), "in": ("i", "n"), "iang": ("j", "a", "ŋ"), "ing": ("i", "ŋ"),
    "iong": ("j", "ʊ", "ŋ"), "ua": ("w", "a"), "uo": ("w", "o"), "uai": ("w", "aɪ"), "ui": ("w", "eɪ"),
    "uan": ("w", "a", "n"), "un": ("w", "ə", "n"), "uang": ("w", "a", "ŋ"), "ve": ("ɥ", "ɛ"),
    "van": ("ɥ", "ɛ", "n"), "vn": ("y", "n"), "ueng": ("w", "ə", "ŋ"),
}


def pinyin_ipa(syllable: str) -> tuple[str, ...]:
    """IPA segments of one toneless pinyin syllable (``lin`` → ``l i n``; ``si`` → ``s ɨ``).

    >>> pinyin_ipa("shi"), pinyin_ipa("yue")
    (('ʂ', 'ɨ'), ('ɥ', 'ɛ'))
    """
    syl = syllable.lower().replace("ü", "v")
    onset = ""
    for spelled, ipa in _INITIALS:
        if syl.startswith(spelled) and len(syl) > len(spelled):
            onset, syl = ipa, syl[len(spelled):]
            break
    if onset in ("tɕ", "tɕʰ", "ɕ", "j") and syl.startswith("u"):
        syl = "v" + syl[1:]  # ju qu xu yu are ü
    if onset == "j":
        if syl in ("i", "in", "ing"):
            return _FINALS[syl]
        if syl.startswith("v"):
            return ("ɥ",) + _FINALS.get(syl, ("y",))[1:] if syl in ("ve", "van") else _FINALS.get(syl, ("y",))
        return ("j",) + _FINALS.get(syl, ("a",))
    if onset == "w":
        if syl == "u":
            return ("u",)
        return ("w",) + _FINALS.get(syl, ("a",))
    if syl == "i" and onset in ("ts", "tsʰ", "s", "ʈʂ", "ʈʂʰ", "ʂ", "ʐ"):
        rime: tuple[str, ...] = ("ɨ",)
    else:
        rime = _FINALS.get(syl, ("a",))
    return ((onset,) if onset else ()) + rime
