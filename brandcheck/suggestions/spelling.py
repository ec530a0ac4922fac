"""Small helpers on the spelling of a Latin-letter name, shared by the generators."""

from __future__ import annotations

import re

from ..names import fold

__all__ = ["key", "display", "vowel_groups", "is_vowel_letter", "SPELLINGS", "sound_letters", "stem"]

VOWELS = frozenset("aeiouy")
# How the sounds that findings name are spelled in Latin-letter names (longest spellings first).
SPELLINGS: dict[str, tuple[str, ...]] = {
    "b": ("b",), "d": ("d",), "f": ("ph", "f"), "ɡ": ("g",), "h": ("h",), "dʒ": ("j", "g"), "k": ("ck", "k", "c", "q"),
    "l": ("l",), "m": ("m",), "n": ("n",), "p": ("p",), "ɹ": ("r",), "r": ("r",), "s": ("s", "c"), "t": ("t",),
    "v": ("v", "w"), "w": ("w",), "z": ("z", "s"), "ʃ": ("sh", "sch"), "tʃ": ("ch", "tch"), "θ": ("th",),
    "ð": ("th",), "x": ("ch", "kh", "h", "j"), "ʒ": ("j", "g"), "ts": ("z", "ts"), "ŋ": ("ng",),
}


def key(name: str) -> str:
    """Lower-case ASCII letters only (``"Zel-vora"`` → ``"zelvora"``)."""
    return re.sub(r"[^a-z]", "", fold(name))


def display(letters: str) -> str:
    """A generated key written as a name: ``"kamelo"`` → ``"Kamelo"``."""
    return letters[:1].upper() + letters[1:]


def is_vowel_letter(c: str) -> bool:
    return c in VOWELS


def vowel_groups(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of vowel letters."""
    return [(m.start(), m.end()) for m in re.finditer(r"[aeiouy]+", text)]


def stem(text: str) -> str:
    """The name without its final vowels (``"lumora"`` → ``"lumor"``), to take a new ending."""
    return text.rstrip("aeiouy") or text


def sound_letters(text: str, sound: str) -> list[tuple[int, int]]:
    """(start, end) of the letters in ``text`` that may spell ``sound`` (a finding's segment)."""
    out: list[tuple[int, int]] = []
    taken: set[int] = set()
    for spelling in SPELLINGS.get(sound, (sound,) if sound.isascii() and sound.isalpha() else ()):
        for m in re.finditer(re.escape(spelling), text):
            span = range(m.start(), m.end())
            if not taken.intersection(span):
                out.append((m.start(), m.end()))
                taken.update(span)
    return sorted(out)
