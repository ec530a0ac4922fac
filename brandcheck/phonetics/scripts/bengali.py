"""Bengali-script renderings (Bangladesh, West Bengal).

Bengali and Devanagari share the ISCII letter layout, and Unicode keeps it: most Bengali letters
sit exactly 0x80 above their Devanagari counterparts (क U+0915 → ক U+0995). So a name is first
written the way Hindi writes English names (:mod:`.devanagari`) and then moved letter by letter
into the Bengali block, with the few letters Bengali lacks replaced by what Bengali writes for
them: no व (→ ব, Bengali has one b/v letter), no ऑ/ॉ for English /ɒ/ (Bengali's inherent vowel
is already /ɔ/, so the vowel sign is dropped: বল ball). The reading is epitran's Bengali map.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ...markets import Market
    from ..source import Source

__all__ = ["render", "to_bengali", "bengali_ipa"]

_SPECIAL = {
    "\u0935": "\u09ac",  # व → ব
    "\u0911": "\u0985",  # ऑ → অ
    "\u0949": "",  # ॉ → (inherent vowel)
    "\u090d": "\u098f", "\u090e": "\u098f", "\u0912": "\u0993",  # ऍ ऎ → এ, ऒ → ও
    "\u0945": "\u09c7", "\u0946": "\u09c7", "\u094a": "\u09cb",  # ॅ ॆ → ে, ॊ → ো
    "\u0929": "\u09a8", "\u0931": "\u09b0", "\u0933": "\u09b2", "\u0934": "\u09b2",  # ऩ ऱ ळ ऴ
}


def to_bengali(text: str) -> str:
    """Devanagari letters moved into the Bengali block (other characters kept)."""
    out = []
    for ch in text:
        if ch in _SPECIAL:
            out.append(_SPECIAL[ch])
        elif "\u0900" <= ch <= "\u097f":
            out.append(chr(ord(ch) + 0x80))
        else:
            out.append(ch)
    return "".join(out)


def bengali_ipa(text: str) -> tuple[str, ...]:
    """IPA segments of Bengali text by epitran's ``ben-Beng`` map."""
    from ..features import known, segment
    from ..readers import epitran_reader

    try:
        ipa = epitran_reader("ben-Beng").transliterate(text)
    except Exception:  # noqa: BLE001 - epitran raises assorted errors on characters its map lacks
        return ()
    return tuple(s for s in segment(ipa) if known(s))


def render(source: "Source", market: "Market", *, k: int = 3) -> list:
    """Bengali renderings, best first (romanised as the Hindi rendering they come from)."""
    from . import Rendering
    from .devanagari import render as devanagari_render

    out = []
    for r in devanagari_render(source, market, k=k):
        text = to_bengali(r.text)
        out.append(Rendering(text, r.romanization, bengali_ipa(text) or r.ipa, r.score))
    return out
