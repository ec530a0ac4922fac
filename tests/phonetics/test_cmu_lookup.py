"""CMUdict lookups search only the lines of the word's first two letters (english._block); they must
find exactly what a reading of the whole file finds."""

import random
import re

import pytest

from brandcheck.phonetics.english import _block, _cmu_text, cmu_lookup


def _whole_file() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Naive twin: every word of the whole text with all its pronunciations, in file order."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for word, phones in re.findall(r"^([^ (\n]+)(?:\(\d+\))? ([^\n#]*)", _cmu_text(), re.M):
        out.setdefault(word, []).append(tuple(phones.split()))
    return {w: tuple(p) for w, p in out.items()}


def test_lookups_find_what_the_whole_file_holds():
    whole = _whole_file()
    rng = random.Random(7)
    words = rng.sample(sorted(whole), 400) + ["a", "zz", "'tis", "xylophone", "read", "live", "zyuganov"]
    for word in words:
        assert cmu_lookup.__wrapped__(word) == whole.get(word, ()), word


@pytest.mark.parametrize("word", ["zelvora", "qzx", "xq", "ñandu", "'", "zzzzzz"])
def test_a_word_the_file_lacks_has_no_pronunciation(word):
    assert cmu_lookup.__wrapped__(word) == ()


def test_a_block_spans_every_line_of_its_prefix():
    text = _cmu_text()
    start, end = _block("qu")
    lines = [m.start() for m in re.finditer(r"\nqu", text)]
    assert lines and start == lines[0] and end == text.find("\n", lines[-1] + 1)
