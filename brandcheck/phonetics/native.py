"""Names written in their own script (小米, ソニー, 삼성, Пепси…): which script, which language
reads it, how it is said (IPA) and how it is romanised.

A name with no Latin letter is read by the rules of its own script, not as English:

========== ============ ===========================================================================
script     language     reader
========== ============ ===========================================================================
Han        zh (default) pypinyin → pinyin → IPA (:func:`.scripts.chinese.pinyin_ipa`)
Han        yue          ToJyutping (Cantonese jyutping IPA, tones left out)
Han + kana ja           fugashi + unidic-lite: each word's pronunciation in katakana, then kana → IPA
Kana       ja           kana → IPA (:func:`.scripts.katakana.kana_ipa`)
Hangul     ko           its letters (jamo) → IPA (:func:`.scripts.hangul.hangul_ipa`)
Cyrillic   ru, uk…      :func:`.scripts.cyrillic.cyrillic_ipa`
Greek      el           Modern Greek letters and digraphs (``wordlists/scripts/readings.tsv``)
Arabic     ar, fa       :func:`.scripts.arabic.arabic_ipa`
Hebrew     he           unpointed-Hebrew letter reader (:func:`hebrew_ipa`)
Thai       th           epitran ``tha-Thai`` (in :func:`.readers.read_script`)
Devanagari hi           epitran ``hin-Deva`` (in :func:`.readers.read_script`)
Bengali    bn           epitran ``ben-Beng`` (in :func:`.readers.read_script`; the final inherent vowel dropped)
========== ============ ===========================================================================

Thai can also be spelt out letter by letter the way a loanword is (:func:`thai_romanization`):
the letters the silent mark ์ cancels are kept, since a Thai spelling of a foreign name writes
them to show the original (สตาร์บัคส์ → ``starbaks``), and vowels written before their consonant
are put after it. It finds brands a Thai name may spell; it is no reading of a Thai word.

Characters alone say which reader applies, except for Han, which Chinese and Japanese share:
Han with kana is Japanese; Han alone is Mandarin unless the caller's source language says ``ja``
(小米 → *kogome*) or Cantonese (``yue``, ``zh-HK``). Latin names never reach this module (the
first test is ``str.isascii``), so they pay nothing for it.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from ..data import read_tsv
from .features import is_vowel

__all__ = ["native_script", "native_language", "native_ipa", "native_romanization", "thai_romanization", "jyutping",
           "hebrew_ipa", "CANTONESE"]

CANTONESE = frozenset({"yue", "zh-hk", "zh-mo", "zh-yue"})
"""Source-language codes that mean Hong Kong Cantonese."""

_DEFAULT_LANGUAGE = {"Han": "zh", "Kana": "ja", "Hangul": "ko", "Cyrillic": "ru", "Greek": "el", "Arabic": "ar",
                     "Hebrew": "he", "Thai": "th", "Devanagari": "hi", "Bengali": "bn"}
# Languages that write a script and whose reader of it brandcheck has (otherwise the script's default).
_OTHER_LANGUAGES = {"Cyrillic": {"uk", "sr"}, "Arabic": {"fa"}, "Han": {"ja", "yue"}}
# Letters only one language of a script writes: a name with them is read in that language when the
# caller names none (Џип is Serbian, Найкі Ukrainian).
_OWN_LETTERS = {"Cyrillic": (("sr", frozenset("ђјљњћџЂЈЉЊЋЏ")), ("uk", frozenset("іїєґІЇЄҐ")))}


def _scripts(text: str) -> list[str]:
    from ..names import script_of

    seen: list[str] = []
    for ch in text:
        if ch.isalpha():
            s = script_of(ch)
            if s not in seen:
                seen.append(s)
    return seen


def native_script(text: str) -> str | None:
    """The script a name is written in when it has no Latin letter (``"Han"``, ``"Kana"`` — also
    for kana mixed with kanji —, ``"Hangul"``…); None for a name with Latin letters or none at all."""
    if text.isascii():
        return None
    scripts = _scripts(text)
    if not scripts or "Latin" in scripts:
        return None
    if "Kana" in scripts:
        return "Kana"
    return scripts[0] if scripts[0] in _DEFAULT_LANGUAGE else None


def native_language(script: str, source_language: str | None = None, text: str = "") -> str:
    """The language that reads ``script``: the source language when it writes that script, else
    the one whose own letters ``text`` has (Serbian ј џ, Ukrainian і ї), else the script's usual
    one (Han → ``zh``, Cyrillic → ``ru``…)."""
    wanted = (source_language or "").strip().replace("_", "-").lower()
    if script == "Han" and wanted in CANTONESE:
        return "yue"
    base = wanted.split("-")[0]
    if base in _OTHER_LANGUAGES.get(script, ()):
        return base
    letters = set(text)
    for language, own in _OWN_LETTERS.get(script, ()):
        if letters & own:
            return language
    return _DEFAULT_LANGUAGE.get(script, "")


def _to_katakana(text: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "\u3041" <= c <= "\u3096" else c for c in text)


@functools.lru_cache(maxsize=1)
def _tagger():
    # MeCab through fugashi with the small UniDic (both permissive: MIT / BSD); built once.
    import fugashi

    return fugashi.Tagger()


@functools.lru_cache(maxsize=4096)
def japanese_kana(text: str) -> str:
    """How a Japanese word written in kanji and kana is said, in katakana (味の素 → アジノモト)."""
    out = []
    for word in _tagger()(text):
        pron = getattr(word.feature, "pron", None) or getattr(word.feature, "kana", None)
        out.append(pron if pron and pron != "*" else _to_katakana(word.surface))
    return "".join(out)


@functools.lru_cache(maxsize=None)
def _script_table(script: str) -> dict[str, str]:
    """Letters of a script epitran has no map for → IPA (``wordlists/scripts/readings.tsv``): Modern
    Greek letters and digraphs; Hebrew consonant letters (unpointed Hebrew does not write most
    vowels: :func:`hebrew_ipa` puts [a] after consonants that have no vowel letter, the usual guess for
    an unknown word)."""
    table = read_tsv("scripts/readings.tsv", required=("script", "letters", "ipa"))
    return {row["letters"]: row["ipa"] for row in table.dicts() if row["script"] == script}


def _table_read(text: str, table: dict[str, str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(text):
        for size in (2, 1):
            chunk = text[i : i + size]
            if chunk in table:
                out.extend(table[chunk].split())
                i += size
                break
        else:
            i += 1
    return out


def hebrew_ipa(text: str) -> list[str]:
    """Unpointed Hebrew letters → IPA segments (an [a] after consonants with no vowel letter)."""
    hebrew = _script_table("Hebrew")
    segs: list[str] = []
    for i, ch in enumerate(text):
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if ch == "ו" and segs and segs[-1] not in ("a", "o", "u", "i", "e") and nxt != "ו":
            segs.append("o")  # vav as a vowel letter
            continue
        if ch == "י" and segs and segs[-1] not in ("a", "o", "u", "i", "e"):
            segs.append("i")
            continue
        seg = hebrew.get(ch)
        if seg is None:
            continue
        if segs and segs[-1] not in ("a", "o", "u", "i", "e") and not is_vowel(segs[-1]):
            segs.append("a")
        segs.append(seg)
    return segs



_TONE_MARKS = re.compile(r"[˥˦˧˨˩0-9]")


def _cantonese_ipa(text: str) -> tuple[str, ...]:
    import ToJyutping

    from .features import segment

    segs: list[str] = []
    for _, ipa in ToJyutping.get_ipa_list(text):
        if ipa:
            segs += segment(_TONE_MARKS.sub("", ipa.split()[0]))
    return tuple(segs)


def _mandarin_syllables(text: str) -> list[str]:
    from pypinyin import Style, lazy_pinyin

    return [s for s in lazy_pinyin(text, style=Style.NORMAL, errors="ignore", v_to_u=False) if s.isalpha()]


@functools.lru_cache(maxsize=4096)
def native_ipa(text: str, language: str) -> tuple[str, ...]:
    """IPA segments of ``text`` (one word in its own script) said in ``language``."""
    from .features import known
    from .scripts import arabic, chinese, cyrillic, hangul, katakana, serbian

    text = unicodedata.normalize("NFKC", text)
    letters = "".join(c for c in text if c.isalpha() or unicodedata.category(c).startswith("M"))
    if not letters:
        return ()
    try:
        if language == "zh":
            segs = tuple(s for syl in _mandarin_syllables(letters) for s in chinese.pinyin_ipa(syl))
        elif language == "yue":
            segs = _cantonese_ipa(letters)
        elif language == "ja":
            kana = _to_katakana(letters)
            if any("\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf" for c in kana):
                kana = japanese_kana(letters)
            segs = katakana.kana_ipa(kana)
        elif language == "ko":
            segs = hangul.hangul_ipa("".join(c for c in letters if "\uac00" <= c <= "\ud7a3"))
        elif language in ("ru", "uk"):
            segs = cyrillic.cyrillic_ipa(letters, language)
        elif language == "sr":
            segs = serbian.serbian_ipa(letters)
        elif language == "el":
            segs = tuple(_table_read(letters.lower(), _script_table("Greek")))
        elif language in ("ar", "fa"):
            segs = arabic.arabic_ipa(letters, language)
        elif language == "he":
            segs = tuple(hebrew_ipa(letters))
        else:  # Thai, Devanagari and Bengali: epitran, through readers.read_script
            segs = ()
    except (KeyError, ValueError, IndexError):  # a letter a table has no rule for
        segs = ()
    return tuple(s for s in segs if known(s))


# Thai letters as a loanword spells them (the Royal Institute's letters for English sounds, read back).
_THAI_CONSONANTS = dict(zip("กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬฮ",
                            "g k k k k k ng j ch ch s ch y d t t t t n d t t t t n b p p f p f p m y r l w s s s h l h"
                            .split()))
_THAI_VOWELS = {"ะ": "a", "ั": "a", "า": "a", "ำ": "am", "ิ": "i", "ี": "i", "ึ": "u", "ื": "u", "ุ": "u", "ู": "u",
                "ฤ": "ri"}
_THAI_LEADING = {"เ": "e", "แ": "e", "โ": "o", "ใ": "ai", "ไ": "ai"}
_THAI_CLUSTER_SECOND = frozenset("รลว")


def thai_romanization(word: str) -> str:
    """A Thai word in Latin letters, letter by letter as a loanword spells it (เป๊ปซี่ → ``pepsi``,
    สตาร์บัคส์ → ``starbaks``): tone marks dropped, letters under the silent mark ์ kept, a vowel
    written before its consonant (or cluster with ร ล ว) put after it and read with the vowel
    signs that complete it (เ–ิ, เ–ีย), อ a vowel carrier (its [o] between consonants)."""
    out: list[str] = []
    pending = ""  # a leading vowel waiting for its consonant
    word = unicodedata.normalize("NFC", word).replace("\u0e4d\u0e32", "ำ")  # NFKC splits sara am
    chars = [c for c in word if c.isalpha() or unicodedata.category(c).startswith("M")]
    i = 0
    while i < len(chars):
        ch = chars[i]
        if ch in _THAI_LEADING:
            pending = _THAI_LEADING[ch]
        elif ch == "อ":
            after_consonant = bool(out) and out[-1][-1:] not in "aeiou" and not pending
            if pending:
                out.append(pending)
                pending = ""
            elif after_consonant:
                out.append("o")
        elif ch in _THAI_CONSONANTS:
            out.append(_THAI_CONSONANTS[ch])
            if pending:
                nxt = chars[i + 1] if i + 1 < len(chars) else ""
                after = chars[i + 2] if i + 2 < len(chars) else ""
                if nxt in _THAI_CLUSTER_SECOND and (not after or after in _THAI_CONSONANTS or after in _THAI_VOWELS):
                    out.append(_THAI_CONSONANTS[nxt])
                    i += 1
                nxt, after = chars[i + 1: i + 2], chars[i + 2: i + 3]
                if pending == "e" and nxt == ["ี"] and after == ["ย"]:
                    pending, i = "ia", i + 2  # เ–ีย is [ia] (โนเกีย nokia)
                elif pending == "e" and nxt == ["ิ"]:
                    i += 1  # เ–ิ is one vowel, [ɤ] (กูเกิล gugel)
                out.append(pending)
                pending = ""
        elif ch in _THAI_VOWELS:
            out.append(_THAI_VOWELS[ch])
        i += 1
    return "".join(out) + pending


def jyutping(text: str) -> str:
    """Jyutping with tone numbers, one syllable per character, space-separated (澤爾 → ``zaak6 ji5``)."""
    import ToJyutping

    return " ".join(j for _, j in ToJyutping.get_jyutping_list(text) if j)


@functools.lru_cache(maxsize=4096)
def native_romanization(text: str, language: str) -> str:
    """``text`` in Latin letters as its own language romanises it: pinyin without tones for Chinese
    (``Xiaomi``), jyutping without tones for Cantonese, Hepburn for Japanese (``Sonii``), Revised
    Romanisation for Korean (``Samseong``), the script modules' transliterations for the others;
    each word capitalised."""
    from .romanize import romanize
    from .scripts import arabic, cyrillic, devanagari, greek, hangul, hebrew, katakana, serbian

    words = [w for w in re.split(r"[\s\-・·‧･]+", unicodedata.normalize("NFKC", text)) if w]
    out = []
    for word in words:
        try:
            if language == "zh":
                latin = "".join(_mandarin_syllables(word))
            elif language == "yue":
                import ToJyutping

                latin = "".join(_TONE_MARKS.sub("", j) for _, j in ToJyutping.get_jyutping_list(word) if j)
            elif language == "ja":
                kana = _to_katakana(word)
                if any("\u4e00" <= c <= "\u9fff" for c in kana):
                    kana = japanese_kana(word)
                latin = katakana.romanize(kana)
            elif language == "ko":
                latin = hangul.romanize(word)
            elif language in ("ru", "uk"):
                latin = cyrillic.romanize(word, language)
            elif language == "sr":
                latin = serbian.romanize(word)
            elif language == "el":
                latin = greek.romanize(word)
            elif language in ("ar", "fa"):
                latin = arabic.romanize(word)
            elif language == "he":
                latin = hebrew.romanize(word)
            elif language == "hi":
                latin = devanagari.romanize(word)
            elif language == "bn":
                # Bengali letters sit 0x80 above their Devanagari counterparts (ISCII order)
                latin = devanagari.romanize("".join(chr(ord(c) - 0x80) if "\u0980" <= c <= "\u09ff" else c
                                                    for c in word))
            else:
                latin = ""
        except (KeyError, ValueError, IndexError):
            latin = ""
        if not latin:
            latin = romanize(native_ipa(word, language))  # empty for Thai: the caller romanises its IPA
        if latin:
            out.append(latin[:1].upper() + latin[1:])
    return " ".join(out)
