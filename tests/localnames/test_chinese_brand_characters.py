"""The graded brand-character prior of chinese_names() (wordlists/chinese/brand_characters.tsv)."""

from __future__ import annotations

from brandcheck.data import read_tsv
from brandcheck.localnames import chinese as zh


def rows() -> list[tuple[str, str]]:
    return [(r["syllable"], r["characters"]) for r in read_tsv("chinese/brand_characters.tsv").dicts()]


def test_table_characters_are_glossed_with_their_syllable_and_never_avoided():
    table, avoid = zh._chars(), zh.avoid_list()
    seen: set[str] = set()
    assert len(rows()) >= 300  # every syllable a transliteration commonly uses
    for syllable, chars in rows():
        assert chars and len(set(chars)) == len(chars), syllable
        for c in chars:
            assert c in table and table[c].gloss, c
            assert table[c].pinyin == syllable, (c, syllable, table[c].pinyin)
            assert c not in avoid, c
            assert c not in seen, f"{c} ranked under two syllables"
            seen.add(c)


def test_ranked_characters_are_candidates():
    by_syllable = zh._by_syllable()
    for syllable, chars in rows():
        if zh._chars()[chars[0]].register != "rare":
            assert chars[0] in {c.char for c in by_syllable[syllable]}, chars[0]


def test_the_prior_falls_with_rank():
    table = zh._chars()
    si = [c for s, cs in rows() if s == "si" for c in cs]
    priors = [zh._brand_prior(table[c]) - (zh._BRAND_TAG if "brand" in table[c].tags else 0) for c in si]
    assert priors == sorted(priors, reverse=True) and priors[0] > priors[-1] > 0


def test_higher_ranked_character_preferred_when_sound_and_meaning_are_equal():
    # two characters of one syllable with the same polarity, tags, sectors and register: the one
    # ranked higher in brand_characters.tsv gets the higher fit, and the slot lists it first
    table, ranks = zh._chars(), zh._brand_ranks()
    wants = zh._wants(None, ())
    pairs = 0
    for syllable, chars in rows():
        for hi, lo in zip(chars, chars[1:]):
            a, b = table[hi], table[lo]
            if (a.polarity, a.tags, a.sectors, a.avoid_sectors, a.register) != (
                    b.polarity, b.tags, b.sectors, b.avoid_sectors, b.register):
                continue
            pairs += 1
            assert ranks[hi] < ranks[lo]
            assert zh._char_fit(a, wants) > zh._char_fit(b, wants), (hi, lo)
    assert pairs >= 20


def test_slot_prefers_the_higher_ranked_equal():
    # Kappa: the /kæ/ slot's 卡 (rank 1 of ka) comes before 咖 (rank 2) when both mean nothing
    analysis = zh._analyse("Kappa")
    table = zh._chars()
    ka, kaf = table["卡"], table["咖"]
    if (ka.polarity, ka.tags) == (kaf.polarity, kaf.tags):
        order = [c.char for _, _, c in zh._slot_chars(analysis.syllables[0], zh._wants(None, ()), True)]
        assert order.index("卡") < order.index("咖")


def _proposal(text: str, score: float) -> zh.ChineseName:
    from brandcheck.phonetics.scripts.chinese import to_traditional

    pinyin = " ".join(zh.tone_marked(*zh._reading(c)) for c in text)
    return zh.ChineseName(text=text, traditional=to_traditional(text), pinyin=pinyin, glosses=("x",) * len(text),
                          meaning="", kind=zh.NameKind.PHONO_SEMANTIC, sound=0.8, fit=0.5, score=score,
                          dropped=(), euphony="", warnings=())


def test_second_spelling_of_a_sound_is_the_usual_one():
    # three spellings of ka xi: the best scored stays first, the next place goes to the most
    # conventional spelling (卡 rank 1 of ka, 喜 of xi), not the next best scored
    best, meaningful, usual = _proposal("咖喜", 0.9), _proposal("咖曦", 0.85), _proposal("卡喜", 0.8)
    assert zh._toneless(best.pinyin) == zh._toneless(meaningful.pinyin) == zh._toneless(usual.pinyin)
    assert zh._usual("卡喜") > zh._usual("咖曦")
    assert [p.text for p in zh._usual_second([best, meaningful, usual])] == ["咖喜", "卡喜", "咖曦"]
