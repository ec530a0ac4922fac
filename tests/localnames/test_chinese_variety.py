"""Chinese name proposals: the first three offer different sounds and lengths (issue 11, accuracy).

Expected values are written by hand from how Mandarin transliterates; the names are illustrations,
not fixtures of the generator.
"""

from __future__ import annotations

import pytest

from brandcheck.localnames import chinese as zh
from brandcheck.localnames.chinese import chinese_names


def heard(p) -> str:
    return zh._toneless(p.pinyin)


@pytest.mark.parametrize("name, sector", [("Pepsi", "beverages"), ("Heineken", "alcohol"), ("Zelvora", "beauty"),
                                          ("Bentley", "automotive"), ("Marlowe", None)])
def test_top_three_say_three_different_syllable_sequences(name, sector):
    top = chinese_names(name, sector=sector, k=10)[:3]
    assert len({heard(p) for p in top}) == 3, [p.text for p in top]


def test_distinct_front_moves_a_repeated_sound_down():
    a, b, c = (zh._build(t, zh.NameKind.PHONO_SEMANTIC, zh._analyse("Pepsi"), zh._wants(None, ()))
               for t in ("佩普喜", "佩璞喜", "百事"))
    out = zh._distinct_front([a, b, c], [a, b, c], 3)
    assert [p.text for p in out] == ["佩普喜", "百事", "佩璞喜"]
