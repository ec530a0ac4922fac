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
from typing import TYPE_CHECKING

from ._common import Unit, Word, combine, rank, unwritten_schwa, without_possessive, words_of

if TYPE_CHECKING:  # pragma: no cover
    from ...markets import Market
    from ..source import Source

__all__ = ["render", "syllables", "candidates", "GRID", "to_traditional", "pinyin_of", "pinyin_ipa"]

# Columns of the grid: "" = the consonant with no vowel of its own; then vowel classes.
COLUMNS = ("", "a", "e", "ə", "i", "o", "u", "ai", "ao", "an", "en", "in", "ong", "un", "ang", "ing")

# Onset → one character per column (transliteration characters in the Xinhua tradition).
GRID: dict[str, str] = {
    #        ""  a  e  ə  i  o  u  ai ao an en in ong un ang ing
    "":     "尔阿埃埃伊奥乌艾奥安恩因翁温昂英",
    "b":    "布巴贝伯比博布拜鲍班本宾邦本邦宾",
    "p":    "普帕佩珀皮波普派保潘彭平庞彭庞平",
    "d":    "德达德德迪多杜戴道丹登丁东敦当丁",
    "t":    "特塔特特蒂托图泰陶坦滕廷通顿唐廷",
    "ɡ":    "格加盖格吉戈古盖高甘根金贡贡冈金",
    "k":    "克卡凯克基科库凯考坎肯金孔昆康金",
    "f":    "夫法费弗菲福富法福凡芬芬丰丰方芬",
    "v":    "夫瓦维弗维沃武瓦沃万文文冯文旺文",
    "w":    "乌瓦韦沃威沃伍怀沃万文温翁温旺温",
    "z":    "兹扎泽泽齐佐祖宰藻赞曾津宗尊藏津",
    "ts":   "茨察策策齐措楚蔡曹灿岑钦聪村仓青",
    "s":    "斯萨塞瑟西索苏赛绍桑森辛松森桑辛",
    "ʃ":    "什沙谢舍希肖舒夏绍尚申欣雄顺尚兴",
    "ʒ":    "日扎热热日若茹宰绕让任金容润让金",
    "tʃ":   "奇查切切奇乔丘柴乔钱琴钦琼春昌钦",
    "dʒ":   "奇贾杰杰吉乔朱柴乔詹金金琼准章金",
    "h":    "赫哈赫赫希霍胡海豪汉亨欣洪洪杭兴",
    "m":    "姆马梅默米莫穆迈毛曼门明蒙蒙芒明",
    "n":    "恩纳内纳尼诺努奈瑙南嫩宁农农南宁",
    "l":    "尔拉莱勒利洛卢莱劳兰伦林隆伦朗林",
    "ɹ":    "尔拉雷勒里罗鲁赖劳兰伦林龙伦朗林",
    "j":    "伊亚耶耶伊约尤亚尧扬延因永云扬英",
}
GRID["θ"] = GRID["s"]
GRID["ð"] = GRID["d"]
GRID["x"] = GRID["h"]
GRID["ŋ"] = GRID["n"]

_ROW_LEN = len(COLUMNS)
assert all(len(row) == _ROW_LEN for row in GRID.values()), "every grid row needs one character per column"

# Vowel sound → grid column.
VOWEL_CLASS: dict[str, str] = {
    "i": "i", "ɪ": "i", "ɛ": "e", "eɪ": "ai", "æ": "a", "ɑ": "a", "ʌ": "a", "ɔ": "o", "oʊ": "o", "u": "u",
    "ʊ": "u", "ə": "ə", "ɚ": "ə", "aɪ": "ai", "aʊ": "ao", "ɔɪ": "o",
}
# A reduced vowel takes the column of its letter (Heineken 海涅肯, not 海讷克讷).
_LETTER_CLASS = {"a": "a", "e": "e", "i": "i", "o": "o", "u": "u", "y": "i"}
# Vowel column + nasal coda → nasal column.
_NASAL = {
    ("a", "n"): "an", ("e", "n"): "en", ("ə", "n"): "en", ("i", "n"): "in", ("o", "n"): "ong", ("u", "n"): "un",
    ("ai", "n"): "an", ("un", "n"): "un", ("un", "ŋ"): "ong", ("ao", "n"): "ong", ("a", "ŋ"): "ang", ("e", "ŋ"): "en", ("ə", "ŋ"): "en",
    ("i", "ŋ"): "ing", ("o", "ŋ"): "ong", ("u", "ŋ"): "ong", ("ai", "ŋ"): "ang", ("ao", "ŋ"): "ong",
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
def _good_by_syllable() -> dict[str, tuple[str, ...]]:
    """Toneless pinyin → neutral/positive characters of characters.tsv (positive first)."""
    out: dict[str, list[tuple[int, str]]] = {}
    for char, row in _characters().items():
        if row.get("polarity") in ("neutral", "positive"):
            rank_ = 0 if row["polarity"] == "positive" else 1
            out.setdefault(row["pinyin"].replace("ü", "v"), []).append((rank_, char))
    return {k: tuple(c for _, c in sorted(v)) for k, v in out.items()}


@functools.lru_cache(maxsize=4096)
def pinyin_of(char: str, tone_marks: bool = True) -> str:
    """The main reading of one character (``斯`` → ``sī``; ``si`` without tone marks)."""
    from pypinyin import Style, pinyin

    style = Style.TONE if tone_marks else Style.NORMAL
    return pinyin(char, style=style, heteronym=False)[0][0]


def syllables(word: Word) -> list[tuple[str, str]]:
    """The word cut into Mandarin syllables: ``(onset, grid column)`` pairs.

    >>> from brandcheck.phonetics.source import intended
    >>> from brandcheck.phonetics.scripts._common import words_of
    >>> syllables(words_of(intended("Sprint"))[0])
    [('s', ''), ('p', ''), ('ɹ', 'in'), ('t', '')]
    """
    units = [u for u in word.units if u.phone]
    units = [u for k, u in enumerate(units) if not unwritten_schwa(units, k)]
    out: list[tuple[str, str]] = []
    n = len(units)
    i = 0
    open_syllable = False  # the last syllable has a vowel and may still take a nasal coda
    while i < n:
        u = units[i]
        ph = u.phone
        nxt = units[i + 1] if i + 1 < n else None
        if u.vowel:
            out.append(("", "" if u.phone == "ɚ" else _vowel_class(u, nxt)))  # a bare -er is 尔 (Neuer 诺伊尔)
            if ph == "ɔɪ":
                out.append(("", "i"))
            open_syllable = ph not in ("ɔɪ",)
            i += 1
            continue
        if nxt is not None and nxt.vowel and ph in ("n", "m") and u.letters in ("nn", "mm") and open_syllable \
                and out and (out[-1][1], "n") in _NASAL:
            out[-1] = (out[-1][0], _NASAL[(out[-1][1], "n")])  # Danner 丹纳: nn closes one syllable, opens the next
        if nxt is not None and nxt.vowel and ph not in ("ŋ",):
            col = _vowel_class(nxt, units[i + 2] if i + 2 < n else None)
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
            if ph == "m" and coda == "m":
                out.append(("m", ""))  # Sam 萨姆
            elif (col, coda) in _NASAL:
                out[-1] = (onset, _NASAL[(col, coda)])
            else:
                out.append((ph, ""))
            open_syllable = False
            i += 1
            continue
        if ph == "ɹ" and i > 0 and units[i - 1].vowel:
            i += 1  # r after a vowel is not transliterated (Xinhua follows British English)
            continue
        if ph == "w" and nxt is None and out:
            i += 1  # a final w glide is part of the vowel before it
            continue
        out.append((ph if ph in GRID else "", ""))
        open_syllable = False
        i += 1
    return out


def _vowel_class(u: Unit, nxt: Unit | None = None) -> str:
    if u.phone == "ə" and u.letters == "o" and nxt is not None and nxt.phone == "n":
        return "un"  # -ton 顿, -son 森 (Washington 华盛顿, Anderson 安德森)
    if u.phone in ("ə", "ɪ") and u.stress < 1 and u.letters in _LETTER_CLASS:
        return _LETTER_CLASS[u.letters]
    if u.phone == "ɑ" and "o" in u.letters:
        return "o"
    if u.phone == "ʌ" and u.letters == "o":
        return "a"
    if u.phone == "ɚ" and u.letters[:1] in ("a", "o"):
        return "a" if u.letters[0] == "a" else "o"
    return VOWEL_CLASS.get(u.phone, "a")


def _char(onset: str, column: str) -> str:
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
        if mac and k == 0 and onset == "m":
            ch = "麦"  # Mac/Mc: 麦克 (McDonald 麦克唐纳)
        if swap or is_negative(ch):
            ch = _alternative(ch) or ch
        out.append(ch)
    return "".join(out)


def _alternative(char: str) -> str | None:
    """A neutral/positive character with the same toneless syllable, other than ``char``."""
    syl = pinyin_of(char, tone_marks=False).replace("ü", "v")
    for other in _good_by_syllable().get(syl, ()):
        if other != char and not is_negative(other):
            return other
    return None


def candidates(word: Word) -> list[tuple[str, float]]:
    """Scored simplified-character candidates for one word, best first."""
    if word.kind == "letters":
        from ._common import letter_word

        parts = [spell(syllables(letter_word(c))) for c in word.letters]
        return [("".join(parts), 0.6)]
    base = 0.6 if word.kind in ("dictionary", "user", "number") else 0.5
    sylls = syllables(word)
    mac = word.letters.startswith(("mc", "mac"))
    out = [(spell(sylls, mac=mac), base), (spell(sylls, swap=True, mac=mac), base - 0.1)]
    # Professional names drop a final unvoiced consonant syllable (Nike 耐克 keeps it, but
    # Reebok 锐步 and Starbucks 星巴克 drop the s): offer the shortened form too.
    if len(sylls) > 2 and sylls[-1][1] == "" and sylls[-1][0] in ("s", "z", "t", "d", "k"):
        out.append((spell(sylls[:-1]), base - 0.15))
    bare = without_possessive(word)
    if bare is not None:
        out.append((spell(syllables(bare)), base - 0.05))
    return rank([(t, s) for t, s in out if not any(is_negative(c) for c in t)], 6)


def render(source: "Source", market: "Market", *, k: int = 3) -> list:
    """Chinese renderings (traditional characters for zh-TW), best first."""
    from . import Rendering

    traditional = market.tag == "zh-TW" or market.script == "Hant"
    per_word = [candidates(w) for w in words_of(source)]
    out = []
    for text, score in combine(per_word, "", k):
        shown = to_traditional(text) if traditional else text
        romanization = " ".join(pinyin_of(c) for c in text)
        ipa = tuple(seg for c in text for seg in pinyin_ipa(pinyin_of(c, tone_marks=False)))
        out.append(Rendering(shown, romanization, ipa, round(score, 4)))
    words = words_of(source)
    if out and all(w.kind in ("letters", "number") for w in words) and any(w.kind == "letters" for w in words):
        # Chinese writes initialisms in Latin letters (IBM, NBA); the characters stay as how they are said
        latin = source.name.upper()
        score = round(min(1.0, out[0].score + 0.05), 4)
        out.insert(0, Rendering(latin, out[0].romanization, out[0].ipa, score))
    return out[:k]


# --------------------------------------------------------------------------------------------------
# Traditional characters for the characters the grid and characters.tsv alternatives use.

SIMPLIFIED_TO_TRADITIONAL: dict[str, str] = {
    "万": "萬", "专": "專", "东": "東", "丝": "絲", "丰": "豐", "丽": "麗", "义": "義", "乌": "烏", "乐": "樂", "乔": "喬",
    "习": "習", "乡": "鄉", "书": "書", "云": "雲", "亚": "亞", "亿": "億", "仓": "倉", "仪": "儀", "优": "優", "伞": "傘",
    "伟": "偉", "伦": "倫", "体": "體", "侠": "俠", "侣": "侶", "俭": "儉", "债": "債", "倾": "傾", "储": "儲", "儿": "兒",
    "党": "黨", "兰": "蘭", "关": "關", "兴": "興", "兹": "茲", "养": "養", "兽": "獸", "内": "內", "冈": "岡", "军": "軍",
    "农": "農", "冯": "馮", "冻": "凍", "净": "淨", "准": "準", "凉": "涼", "凤": "鳳", "凭": "憑", "凯": "凱", "击": "擊",
    "刘": "劉", "刚": "剛", "创": "創", "剑": "劍", "务": "務", "劲": "勁", "劳": "勞", "勋": "勳", "华": "華", "协": "協",
    "单": "單", "卢": "盧", "卫": "衛", "历": "歷", "厉": "厲", "县": "縣", "参": "參", "双": "雙", "发": "發", "叙": "敘",
    "叶": "葉", "号": "號", "叹": "嘆", "吕": "呂", "吗": "嗎", "启": "啟", "吴": "吳", "员": "員", "响": "響", "团": "團",
    "园": "園", "国": "國", "图": "圖", "圆": "圓", "圣": "聖", "场": "場", "块": "塊", "坚": "堅", "坛": "壇", "壮": "壯",
    "处": "處", "备": "備", "夺": "奪", "奋": "奮", "奖": "獎", "奥": "奧", "妆": "妝", "妈": "媽", "娇": "嬌", "孙": "孫",
    "学": "學", "宁": "寧", "宝": "寶", "实": "實", "宠": "寵", "宫": "宮", "宽": "寬", "宾": "賓", "对": "對", "寻": "尋",
    "寿": "壽", "将": "將", "尔": "爾", "尧": "堯", "尽": "盡", "层": "層", "岁": "歲", "岗": "崗", "岛": "島", "峦": "巒",
    "巩": "鞏", "币": "幣", "帅": "帥", "师": "師", "带": "帶", "帮": "幫", "广": "廣", "庄": "莊", "庆": "慶", "库": "庫",
    "应": "應", "庞": "龐", "开": "開", "张": "張", "强": "強", "归": "歸", "当": "當", "录": "錄", "彦": "彥", "彻": "徹",
    "径": "徑", "忆": "憶", "怀": "懷", "态": "態", "总": "總", "恋": "戀", "恒": "恆", "悦": "悅", "悬": "懸", "惊": "驚",
    "惯": "慣", "战": "戰", "执": "執", "扩": "擴", "扬": "揚", "抚": "撫", "护": "護", "报": "報", "拟": "擬", "拥": "擁",
    "择": "擇", "挂": "掛", "挤": "擠", "挥": "揮", "据": "據", "携": "攜", "摄": "攝", "摆": "擺", "敌": "敵", "数": "數",
    "斋": "齋", "旧": "舊", "时": "時", "显": "顯", "晋": "晉", "晓": "曉", "晕": "暈", "晖": "暉", "术": "術", "机": "機",
    "杀": "殺", "杂": "雜", "权": "權", "条": "條", "来": "來", "杨": "楊", "杰": "傑", "极": "極", "构": "構", "枫": "楓",
    "标": "標", "树": "樹", "样": "樣", "桥": "橋", "桦": "樺", "梦": "夢", "榄": "欖", "欢": "歡", "欧": "歐", "毕": "畢",
    "气": "氣", "汇": "匯", "汉": "漢", "汤": "湯", "沟": "溝", "泪": "淚", "泽": "澤", "洁": "潔", "济": "濟", "浓": "濃",
    "浔": "潯", "涛": "濤", "润": "潤", "涩": "澀", "渐": "漸", "温": "溫", "湾": "灣", "滚": "滾", "满": "滿", "滨": "濱",
    "潇": "瀟", "灵": "靈", "灿": "燦", "炜": "煒", "点": "點", "炼": "煉", "热": "熱", "焕": "煥", "爱": "愛", "爷": "爺",
    "玛": "瑪", "环": "環", "现": "現", "琐": "瑣", "琼": "瓊", "电": "電", "画": "畫", "畅": "暢", "疗": "療", "盐": "鹽",
    "监": "監", "盖": "蓋", "硕": "碩", "碍": "礙", "礼": "禮", "禅": "禪", "积": "積", "称": "稱", "稳": "穩", "穷": "窮",
    "笔": "筆", "筑": "築", "筹": "籌", "简": "簡", "类": "類", "紧": "緊", "红": "紅", "约": "約", "纯": "純", "纲": "綱",
    "纳": "納", "纵": "縱", "纽": "紐", "绅": "紳", "细": "細", "织": "織", "终": "終", "绍": "紹", "经": "經", "结": "結",
    "绕": "繞", "绘": "繪", "给": "給", "绝": "絕", "统": "統", "继": "繼", "绪": "緒", "续": "續", "绰": "綽", "维": "維",
    "绵": "綿", "绿": "綠", "缘": "緣", "罗": "羅", "罚": "罰", "罢": "罷", "翘": "翹", "聂": "聶", "职": "職", "联": "聯",
    "聪": "聰", "肃": "肅", "胜": "勝", "胶": "膠", "脑": "腦", "腾": "騰", "舰": "艦", "艳": "艷", "艺": "藝", "苍": "蒼",
    "苏": "蘇", "苹": "蘋", "茧": "繭", "荐": "薦", "荣": "榮", "药": "藥", "莱": "萊", "莲": "蓮", "获": "獲", "莹": "瑩",
    "莺": "鶯", "萨": "薩", "蓝": "藍", "虏": "虜", "虽": "雖", "虾": "蝦", "蚁": "蟻", "补": "補", "装": "裝", "见": "見",
    "观": "觀", "规": "規", "视": "視", "览": "覽", "觉": "覺", "誉": "譽", "让": "讓", "训": "訓", "记": "記", "讲": "講",
    "许": "許", "设": "設", "证": "證", "译": "譯", "试": "試", "诗": "詩", "诚": "誠", "话": "話", "语": "語", "说": "說",
    "请": "請", "诺": "諾", "读": "讀", "课": "課", "谈": "談", "谊": "誼", "谋": "謀", "谢": "謝", "贝": "貝", "贡": "貢",
    "贤": "賢", "购": "購", "贵": "貴", "费": "費", "贺": "賀", "贾": "賈", "资": "資", "赏": "賞", "赖": "賴", "赛": "賽",
    "赞": "贊", "赢": "贏", "赵": "趙", "车": "車", "轨": "軌", "轩": "軒", "轮": "輪", "轻": "輕", "载": "載", "辉": "輝",
    "辑": "輯", "边": "邊", "辽": "遼", "达": "達", "迁": "遷", "过": "過", "迈": "邁", "运": "運", "还": "還", "这": "這",
    "进": "進", "远": "遠", "违": "違", "连": "連", "迟": "遲", "适": "適", "选": "選", "逊": "遜", "递": "遞", "逻": "邏",
    "遗": "遺", "邓": "鄧", "邮": "郵", "邹": "鄒", "郑": "鄭", "针": "針", "钓": "釣", "钟": "鐘", "钢": "鋼", "钦": "欽",
    "钧": "鈞", "钱": "錢", "钻": "鑽", "铁": "鐵", "铃": "鈴", "铭": "銘", "银": "銀", "链": "鏈", "铿": "鏗", "锋": "鋒",
    "锐": "銳", "锦": "錦", "镇": "鎮", "镜": "鏡", "长": "長", "门": "門", "闪": "閃", "问": "問", "闯": "闖", "闲": "閒",
    "间": "間", "闹": "鬧", "闻": "聞", "阁": "閣", "阅": "閱", "阔": "闊", "队": "隊", "阳": "陽", "阵": "陣", "阶": "階",
    "际": "際", "陆": "陸", "陈": "陳", "陕": "陝", "险": "險", "隐": "隱", "难": "難", "雾": "霧", "靓": "靚", "静": "靜",
    "韦": "韋", "韩": "韓", "韵": "韻", "页": "頁", "顶": "頂", "项": "項", "顺": "順", "顾": "顧", "顿": "頓", "领": "領",
    "频": "頻", "颖": "穎", "题": "題", "颜": "顏", "风": "風", "飘": "飄", "飞": "飛", "饭": "飯", "饶": "饒", "馆": "館",
    "馈": "饋", "马": "馬", "驰": "馳", "驱": "驅", "验": "驗", "骏": "駿", "鱼": "魚", "鲁": "魯", "鲍": "鮑", "鲜": "鮮",
    "鲸": "鯨", "鸟": "鳥", "鸣": "鳴", "鸾": "鸞", "鸿": "鴻", "鹏": "鵬", "鹤": "鶴", "麦": "麥", "黄": "黃", "齐": "齊",
    "齿": "齒", "龄": "齡", "龙": "龍", "龟": "龜",
}
"""Simplified → traditional for the characters this module can produce (others are the same in
both scripts). Standard correspondences of the 1964 简化字总表."""


def to_traditional(text: str) -> str:
    """Simplified → traditional characters (characters not in the table are unchanged)."""
    return "".join(SIMPLIFIED_TO_TRADITIONAL.get(c, c) for c in text)


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
