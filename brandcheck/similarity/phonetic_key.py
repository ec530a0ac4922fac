"""A fast phonetic key for narrowing millions of marks to a few candidates (pure).

Not a transcription: a compact code in which names that sound alike collide or sit one edit
apart. English-leaning spelling rules (the way most international marks are read), then sound
classes: voiced and voiceless pairs merge (b/p, d/t, g/k, v/f, z/s), vowels collapse to one
symbol per vowel group, doubled letters count once. "Xanax" → ``SANAKS``-like codes meet
"Zantac"; "Kolgate" meets "Colgate".
"""

from __future__ import annotations

import functools
import re

from .fold import HOMOGLYPHS, plain_key

__all__ = ["sound_key"]

# Ordered spelling rules (regex → replacement), applied left to right.
_RULES = [
    (r"^x", "s"), (r"^kn", "n"), (r"^gn", "n"), (r"^pn", "n"), (r"^ps", "s"), (r"^wr", "r"), (r"^wh", "w"),
    (r"ph", "f"), (r"gh(?=[^aeiouy]|$)", ""), (r"gh", "g"), (r"ck", "k"), (r"sch", "sk"), (r"tch", "ch"),
    (r"qu", "kw"), (r"q", "k"), (r"x", "ks"), (r"c(?=[eiy])", "s"), (r"sh", "S"), (r"ch", "S"), (r"th", "T"),
    (r"c", "k"), (r"dg(?=[eiy])", "j"), (r"g(?=[eiy])", "j"), (r"y(?=[aeiou])", "Y"), (r"w(?=[aeiou])", "W"),
    (r"h(?![aeiouy])", ""), (r"mb$", "m"), (r"tion", "Son"), (r"sion", "Son"),
]
_COMPILED = [(re.compile(p), r) for p, r in _RULES]
# Sound classes: one symbol per group of sounds listeners confuse most easily.
_CLASS = str.maketrans({
    "b": "P", "p": "P", "d": "T", "t": "T", "T": "T", "g": "K", "k": "K", "v": "F", "f": "F", "z": "S", "s": "S",
    "S": "S", "j": "J", "l": "L", "r": "R", "m": "M", "n": "N", "W": "W", "w": "", "Y": "Y", "y": "A", "h": "",
    "a": "A", "e": "A", "i": "A", "o": "A", "u": "A",
})


@functools.lru_cache(maxsize=200_000)
def sound_key(text: str) -> str:
    """Phonetic key of a name (letters only); empty for names without Latin letters."""
    # Cyrillic or Greek look-alikes are read as the Latin letters they imitate; digits are not letters.
    text = "".join(HOMOGLYPHS.get(c, c) if not c.isascii() else c for c in text.casefold())
    s = "".join(c for c in plain_key(text) if c.isalpha())
    for pattern, repl in _COMPILED:
        s = pattern.sub(repl, s)
    coded = s.translate(_CLASS)
    out = []
    for ch in coded:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)
