"""Letters and digits read aloud in a market's language (``TX4`` → French "té ixe quatre").

Names with digits, and short all-capital words (acronyms, model codes), are read letter by letter
and number by number with the phonology tables (letter names, number words) through
:mod:`brandcheck.phonetics.lexicon`. The result is matched against the meaning lists by spelling
and by sound — "MR2" read in French is /ɛm ɛʀ dø/, in which /mɛʀd/ is heard.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..names import CandidateName

__all__ = ["SpokenForm", "spelled_out", "should_spell"]


@dataclass(frozen=True, slots=True)
class SpokenForm:
    text: str
    """The spelled-out words (``"emme erre deux"``)."""
    ipa: tuple[str, ...]
    """Their IPA segments, joined."""


def should_spell(word: str) -> bool:
    """Model codes and acronyms: any digit, or 2–5 capitals (``TX4``, ``MR2``, ``KZ``)."""
    return any(c.isdigit() for c in word) or (2 <= len(word) <= 5 and word.isupper() and word.isalpha())


def spelled_out(name: CandidateName, language: str) -> tuple[SpokenForm, ...]:
    """The name's spelled words read aloud in ``language`` (only words that :func:`should_spell`)."""
    if not any(should_spell(word) for word in name.words):
        return ()  # most names: nothing to read aloud, and no need to reach the letter tables
    from ..errors import DataError
    from ..phonetics.lexicon import letter, number

    forms: list[SpokenForm] = []
    for word in name.words:
        if not should_spell(word):
            continue
        texts: list[str] = []
        ipa: list[str] = []
        try:
            for chunk in re.findall(r"\d+|[^\W\d_]+", word):
                if chunk.isdigit():
                    for spoken in number(chunk, language):
                        ipa += spoken
                    texts.append(chunk)
                elif chunk.isupper() or len(chunk) <= 3:
                    for ch in chunk:
                        text, segs = letter(ch, language)
                        texts.append(text)
                        ipa += segs
                else:
                    texts.append(chunk.lower())
                    ipa = []  # a real word inside: its sound comes from the market reading
                    break
        except DataError:
            continue
        if ipa:
            forms.append(SpokenForm(" ".join(texts), tuple(ipa)))
    return tuple(forms)
