"""The one pinyin module (phonetics.pinyin): its syllable grammar is pypinyin's syllable set, and
names are spotted as pinyin as they were by the English reader's own grammar before it moved here."""

from brandcheck.phonetics import pinyin

# Spotted as pinyin (cut completely into syllables and carrying a pinyin-only mark) by the English
# reader's grammar before the move (phonetics.english._PY_INITIALS/_PY_FINALS, 2026-12-05): the
# shared grammar must spot the same, but for Miura: the old grammar allowed ra, rai, rei, which are
# not Mandarin syllables. Kaori, Saori, Aomori, Fukui do cut into marked pinyin; the English reader
# keeps such romaji-shaped names Japanese (test_english_reader).
_SPOTTED_BEFORE = ("Xiaomi Taobao Huawei Weibo Qingdao Zhongshan Meituan Xiaohongshu Pinduoduo Zhihu Kuaishou "
                   "Xiaopeng Wuliangye Mengniu Haidilao Yonghui Jiayuan Guazi Liulishuo Kaori Saori Aomori "
                   "Fukui").split()
_NOT_SPOTTED_BEFORE = ("Haier Baidu Moutai Tsingtao Geely Lenovo Alibaba Tencent Anta Lining Yili Changyu Gree "
                       "Luckin Nongfu Wahaha Suning Dangdang Ctrip Huya Douyu Bilibili Jingdong Youku Hitachi Naoko "
                       "Toyota Kawasaki Sanrio Daiso Taito Lumo Dasani Lexi Moxie Tenda Nivea Kalou Lumei Sorei "
                       "Zelvora Guava Qatar Quora Xeno Maui Miura").split()


def test_the_same_names_are_spotted_as_pinyin_as_before_the_move():
    assert [n for n in _SPOTTED_BEFORE if not pinyin.looks_pinyin(n.lower())] == []
    assert [n for n in _NOT_SPOTTED_BEFORE if pinyin.looks_pinyin(n.lower())] == []


def test_the_grammar_is_pypinyins_syllable_set():
    import unicodedata

    from pypinyin.pinyin_dict import pinyin_dict

    toned = {p for readings in pinyin_dict.values() for p in readings.split(",")}
    plain = {"".join(c for c in unicodedata.normalize("NFD", p) if not unicodedata.combining(c)) for p in toned}
    expected = {p for p in plain if p.isascii() and p.isalpha() and any(v in p for v in "aeiouv")}
    assert pinyin.syllables() == frozenset(expected)


def test_a_word_is_cut_into_initials_and_finals_longest_final_first():
    assert pinyin.parse("xiaomi") == (("x", "iao"), ("m", "i"))
    assert pinyin.parse("xian") == (("x", "ian"),)
    for word in ("xeno", "kiao", "lumaor", "bvo", "aoa"):  # x before e, k before i, no initial inside
        assert pinyin.parse(word) is None, word


def test_readings_list_every_split_fewest_syllables_first():
    assert ("ben", "si") in pinyin.readings("bensi")
    assert pinyin.readings("xian")[0] == ("xian",)
    assert pinyin.readings("strnad") == ()
