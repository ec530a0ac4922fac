"""Bengali-script renderings (Bangladesh, West Bengal).

Bengali and Devanagari share the ISCII letter layout, and Unicode keeps it: most Bengali letters
sit exactly 0x80 above their Devanagari counterparts (क U+0915 → ক U+0995). So a name is first
written the way Hindi writes English names (:mod:`.devanagari`) and then moved letter by letter
into the Bengali block, with the few letters Bengali lacks replaced by what Bengali writes for
them: no व (→ ব, Bengali has one b/v letter), no ऑ/ॉ for English /ɒ/ (Bengali's inherent vowel
is already /ɔ/, so the vowel sign is dropped: বল ball). The reading is epitran's Bengali map.

Where Bengali press spelling of English names differs from Hindi's (Bangla Academy rules for
foreign words, and newspaper practice):

* the inherent vowel is /ɔ/, not /ə/, so [ʌ] [ɚ] and a schwa spelt *a* take া (স্টারবাকস,
  বার্গার, ইনস্টাগ্রাম), one spelt *e* takes ে (সিমেন্স), and [æ] is য-ফলা + া (ক্যানন, initial অ্যা) — but া after r (গ্রাম);
* foreign words take only the short ই-কার and উ-কার (গুগল, নাইকি), and no nukta on ফ জ;
* a nasal before a consonant other than k g is a written conjunct, not anusvara (ইন্টেল);
* [v] is ভ, not ব (ভিসা); [w] goes with its vowel: উই before [ɪ i] (টুইটার), else ওয় + the vowel;
* [j] is য় (য alone reads [dʒ]): ইয় at the start of a word (ইয়ামাহা), য় after a vowel
  (নোকিয়া), য-ফলা only after a consonant.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ...markets import Market
    from ..source import Source

__all__ = ["render", "to_bengali", "bengali_spelling", "bengali_ipa"]

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


_DEVA_VOWEL = {"ʌ": ("आ", "ा"), "æ": ("अ्या", "्या"), "ɚ": ("आर", "ार")}


_DEVA_CONSONANT = {"v": "भ", "w": None}
"""[v] is ভ (ভিসা, ভলভো); [w] before a vowel is written with it (:func:`_vowel`)."""


def _vowel(units, i: int, pending: bool) -> tuple[str, str] | None:
    """Bengali's own letters for the vowel ``units[i]`` (in Devanagari, moved over later), else None."""
    from .devanagari import VOWEL

    u = units[i]
    if i and units[i - 1].phone == "w":
        # [w] + [ɪ i] is উই (উইন্ডোজ, টুইটার); before another vowel ও + য় + the vowel (ওয়ালমার্ট)
        if u.phone in ("ɪ", "i"):
            return "उइ", "ुइ"
        matra = "ा" if u.phone in ("ɑ", "ɔ", "ʌ", "æ") else (_own_vowel(units, i, False) or VOWEL.get(u.phone, ("", "")))[1]
        return "ओय" + matra, "ोय" + matra
    return _own_vowel(units, i, pending)


def _own_vowel(units, i: int, pending: bool) -> tuple[str, str] | None:
    u = units[i]
    if u.phone == "ə" and u.letters[:1] in ("a", "e"):
        # a schwa is written as spelt: the inherent vowel would read [ɔ] (ইনস্টাগ্রাম, সিমেন্স)
        return ("आ", "ा") if u.letters[0] == "a" else ("ए", "े")
    if u.phone == "æ" and pending and units[i - 1].phone == "ɹ":
        return "आ", "ा"  # য-ফলা is not written after r: গ্রাম
    return _DEVA_VOWEL.get(u.phone)


_LONG_SHORT = str.maketrans({"ী": "ি", "ূ": "ু", "ঈ": "ই", "ঊ": "উ"})
_NUKTA, _HASANTA, _ANUSVARA, _YA = "়", "্", "ং", "য"
_VELARS, _LABIALS = frozenset("কখগঘ"), frozenset("পফবভম")


def bengali_spelling(text: str) -> str:
    """Bengali text moved from Devanagari, respelt as Bengali writes foreign names (module docstring)."""
    chars = list(text.translate(_LONG_SHORT))
    out: list[str] = []
    for k, ch in enumerate(chars):
        prev = out[-1] if out else ""
        nxt = chars[k + 1] if k + 1 < len(chars) else ""
        if ch == _NUKTA and prev != _YA:
            continue
        if ch == "গ" and prev == _ANUSVARA and (not nxt or nxt in " -"):
            continue  # ং alone is [ŋ]: স্যামসাং
        if ch == _ANUSVARA and nxt and "ক" <= nxt <= "হ" and nxt not in _VELARS:
            out.extend(("ম" if nxt in _LABIALS else "ন", _HASANTA))
            continue
        if ch == _YA and prev != _HASANTA:
            if not prev or prev in " -":
                out.append("ই")
            out.extend((_YA, _NUKTA))
            if nxt == _NUKTA:
                chars[k + 1] = ""
            continue
        if ch:
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
    """Bengali renderings, best first (romanised as the Devanagari they are written from)."""
    from . import Rendering
    from ._common import combine, words_of, written_together
    from .devanagari import candidates, hindi_reading, romanize

    words = words_of(source)
    reading = tuple(seg for w in words for seg in hindi_reading(w))
    per_word = [candidates(w, vowels=_vowel, consonants=_DEVA_CONSONANT) for w in words]
    out = []
    for deva, score in combine(per_word, " ", k, written_together(source)):
        text = bengali_spelling(to_bengali(deva))
        out.append(Rendering(text, romanize(deva), bengali_ipa(text) or reading, round(score, 4)))
    return out
