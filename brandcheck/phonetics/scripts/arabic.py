"""English → Arabic script (ar: Arabic, fa: Persian), by practical transliteration.

Arabic practice for foreign names (as in the press and in brand registrations across the Gulf,
Egypt and the Levant): every vowel is written as a long vowel letter chosen by the English
letter it is spelled with — a → ا, e/i → ي, o/u → و (Pepsi بيبسي, Hutton هوتون) — except a
reduced vowel before a final l or r (Hamel هامل, Mahler مالر); the press also leaves a stressed
short [ɛ] or [ʌ] of a closed syllable unwritten (Denver دنفر, Dublin دبلن: an alternative, since
brands often keep it: Pepsi بيبسي); [eɪ] is ي (Jason جيسون), but a final [eɪ] spelt e is يه (Chevrolet شيفروليه, café كافيه), [ɔ] و (Paul بول), [ŋk] نك; a word-initial vowel sits on
hamza (أ for a/o/u, إ for e/i: Oscar أوسكار, Intel إنتل). Sounds Arabic lacks: p → ب (variant
پ), v → ف (variant ڤ), g → غ (Levant, press) or ج (Egypt, Gulf), ch → تش, zh → ج. Consonant
clusters are written as they are (Sprite سبرايت); the prothetic and epenthetic vowels a reader
adds ([ʔi]sbrajt) appear in the IPA, not in the spelling.

Press forms of English names (the first rendering of a CMUdict name) also follow the sound where
the letter misleads: [ʌ] written u is ا (Hunt هانت, Russell راسل), [ɔ] written a is ا (Walter
والتر; و before a final or silent l: Hall هول, Walker ووكر), [eɪ] written ay is اي (Taylor
تايلور), [ɛə] before r is ي (Blair بلير); an e closed by a nasal, l or r is left unwritten (Henry
هنري, Denver دنفر, Melbourne ملبورن), and so is a reduced e before two consonants (Vincent
فينسنت); a silent l and the d of -dge are written (Palmer بالمر, Cambridge كامبريدج).

Persian (فارسی) has پ چ ژ گ and writes v and w with و; short a/e are usually left unwritten
inside a word (Pepsi پپسی), long vowels are written, a word-initial s + consonant takes a
written prothetic ا (Starbucks استارباکس), and final -e is ه.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..romanize import romanize as romanize_ipa
from ._common import Unit, Word, combine, continental, rank, unwritten_schwa, spelled_vowels, without_possessive, words_of, written_together
from .foreign_spelling import continental_looking

if TYPE_CHECKING:  # pragma: no cover
    from ...markets import Market
    from ..source_types import Source

__all__ = ["render", "rules", "candidates", "romanize", "arabic_ipa"]

# Consonants for Arabic; per-language overrides below.
CONSONANT_AR: dict[str, str] = {
    "p": "ب", "b": "ب", "t": "ت", "d": "د", "k": "ك", "ɡ": "غ", "f": "ف", "v": "ف", "θ": "ث", "ð": "ذ",
    "s": "س", "z": "ز", "ʃ": "ش", "ʒ": "ج", "h": "ه", "x": "خ", "tʃ": "تش", "dʒ": "ج", "ts": "تس",
    "m": "م", "n": "ن", "ŋ": "نغ", "l": "ل", "ɹ": "ر", "w": "و", "j": "ي",
}
CONSONANT_FA: dict[str, str] = dict(
    CONSONANT_AR, **{"p": "پ", "ɡ": "گ", "k": "ک", "tʃ": "چ", "ʒ": "ژ", "v": "و", "j": "ی", "ŋ": "نگ",
                     "θ": "ث", "ð": "د", "ts": "تس"}
)

# Vowel letters by vowel class (written long).
LONG = {"a": "ا", "i": "ي", "u": "و"}
# English letter → Arabic vowel class.
_LETTER_CLASS = {"a": "a", "e": "i", "i": "i", "y": "i", "o": "u", "u": "u"}
# English vowel sound → class when the letters do not decide.
_SOUND_CLASS = {
    "i": "i", "ɪ": "i", "eɪ": "ai", "ɛ": "i", "æ": "a", "ɑ": "a", "ɔ": "u", "oʊ": "u", "ʊ": "u", "u": "u",
    "ʌ": "a", "ə": "a", "ɚ": "", "aɪ": "ai", "aʊ": "au", "ɔɪ": "ui",
}


def _class(u: Unit, lang: str = "ar", nxt_r: bool = False, l_after: bool = False) -> str:
    """The vowel class of a vowel unit: a, i, u, ai (ا + ي), au, ui, or "" (not written)."""
    ph, letters = u.phone, u.letters
    if ph in ("aɪ", "aʊ", "ɔɪ"):
        return _SOUND_CLASS[ph]
    if ph == "eɪ":
        if lang == "ar":
            # Arabic writes [eɪ] ي (Jason جيسون, Baker بيكر, James جيمس), but spelled ay اي as the
            # letters show (Taylor تايلور, Hayes هايز, Wayne واين, Faraday فاراداي)
            return "ai" if letters == "ay" else "i"
        return "ai" if letters in ("a", "ai", "ay") else "i"
    if ph == "i" or (ph == "ɪ" and letters in ("", "i", "y")):
        return "i"
    if ph == "ʌ" and lang == "ar" and letters in ("u", "uu"):
        return "a"  # [ʌ] written u is ا by its sound: Hunt هانت, Tucker تاكر, Russell راسل, Trump ترامب
    if ph == "ɛ" and lang == "ar" and nxt_r:
        return "i"  # [ɛə] before a coda r is ي: Blair بلير, Delaware ديلاوير
    if ph == "ɔ" and lang == "ar" and letters == "a" and not l_after:
        return "a"  # [ɔ] written a alone is ا as the letter: Walter والتر, Ward وارد, Baltimore بالتيمور
    if ph in ("oʊ", "u", "ʊ", "ɔ") and (not letters.startswith("a") or (ph == "ɔ" and lang == "ar")):
        return "u"  # [ɔ] is otherwise و: Paul بول, Walker ووكر, Austin أوستن
    if ph == "ɚ":
        return ""
    vowels = [c for c in letters if c in _LETTER_CLASS]
    if vowels:
        return _LETTER_CLASS[vowels[0]]
    return _SOUND_CLASS.get(ph, "a")


def rules(word: Word, *, lang: str = "ar", g: str = "", drop_short: bool | None = None,
          closed_short: bool = False, closed_e: bool = False) -> str:
    """Arabic-script spelling of one word (see module docstring). ``g`` overrides the letter for /ɡ/;
    ``drop_short`` leaves reduced vowels unwritten (default: Persian yes, Arabic only before a final
    l or r); ``closed_short`` leaves a stressed [ɛ] [ʌ] of a closed syllable of a dictionary name
    unwritten, as the press writes many place and personal names (Denver دنفر) though brands often
    keep the letter (Pepsi بيبسي); ``closed_e`` leaves only an e closed by a sonorant (or a reduced e
    before two consonants) unwritten, the press convention that keeps Pepsi بيبسي."""
    table = CONSONANT_FA if lang == "fa" else CONSONANT_AR
    if drop_short is None:
        drop_short = lang == "fa"
    units = [u for u in word.units if u.phone]
    units = [u for k, u in enumerate(units) if not unwritten_schwa(units, k)]
    n = len(units)
    # the press convention for closed syllables follows names whose English sound is known (CMUdict);
    # a coined name keeps every vowel written, the way a reader sounds it out
    known = lang == "ar" and word.kind == "dictionary"
    syllables = sum(1 for u in units if u.vowel)  # a one-syllable name keeps its vowel: Bell بيل, Jeff جيف
    out: list[str] = []
    for i, u in enumerate(units):
        ph = u.phone
        nxt = units[i + 1] if i + 1 < n else None
        if not u.vowel:
            letter = table.get(ph, "")
            if ph == "ɡ" and g:
                letter = g
            if ph == "ŋ" and nxt is not None and nxt.phone in ("k", "ɡ"):
                letter = "ن"  # [ŋk] [ŋɡ] is n + k: Frank فرانك, Lincoln لينكولن, bank بانک
            if ph == "z" and u.letters == "s" and nxt is None and lang == "fa":
                letter = "ز"
            if lang == "ar" and ph == "dʒ" and u.letters in ("dg", "dge"):
                letter = "دج"  # -dge as written: Cambridge كامبريدج, Coolidge كوليدج
            if lang == "ar" and ph in ("m", "k") and (u.letters == "lm" or (
                    u.letters == "lk" and i and "o" in units[i - 1].letters)):
                letter = "ل" + letter  # a silent l is written: Palmer بالمر, Holmes هولمز, Norfolk نورفولك
            if i == 0 and lang == "fa" and ph == "s" and nxt is not None and not nxt.vowel:
                out.append("ا")  # Persian writes the prothetic vowel: استارباکس
            if letter and i and units[i - 1].phone == ph and out and out[-1].endswith(letter):
                continue  # a doubled sound is written once (no shadda in transliteration)
            out.append(letter)
            continue
        coda_r = nxt is not None and nxt.phone == "ɹ" and (i + 2 >= n or not units[i + 2].vowel)
        # [ɔ] before a final l or a silent l is و (Hall هول, Walker ووكر), else ا (Walter والتر)
        l_after = nxt is not None and ((nxt.phone == "l" and i + 2 >= n) or
                                       (nxt.phone != "l" and nxt.letters.startswith("l")))
        cls = _class(u, lang, coda_r, l_after)
        initial = i == 0
        final = nxt is None
        reduced = u.stress < 1 and ph in ("ə", "ɪ", "ɛ") and not final
        if ph == "ɚ":
            if initial:
                out.append("أ" if lang == "ar" else "ا")
            head = u.letters[:1]
            vowel = LONG["a"] if head == "a" else LONG["u"] if head == "o" else LONG["i"] if u.stress >= 1 else ""
            if lang == "fa":
                vowel = vowel.replace("ي", "ی")
            out.append(vowel + ("ر" if not (nxt is not None and nxt.phone == "ɹ") else ""))
            continue  # Oscar أوسكار, Burton بيرتون, Mahler مالر
        if reduced and lang == "ar" and u.letters == "e" and nxt is not None and nxt.phone in ("l", "ɹ") \
                and i + 2 >= n and not (i and units[i - 1].phone == "w"):  # but -well ويل: Maxwell ماكسويل
            continue  # Hamel هامل, Mahler مالر
        if reduced and drop_short and not initial:
            continue
        if closed_e and known and u.letters in ("e", "ea") and not initial and units[i - 1].phone != "w" and (
                (ph == "ɛ" and _closed(units, i) and syllables > 1 and units[i + 1].phone in _SONORANTS) or (
                    ph in ("ə", "ɪ") and _before_cluster(units, i))):
            # e of a closed syllable: no letter (Henry هنري, Kent كنت, Webster وبستر); a reduced e only
            # before two consonants (Vincent فينسنت, Dickens ديكنز, Carpenter كاربنتر; Helen هيلين)
            continue
        if closed_e and known and ph in ("ɪ", "ə") and u.letters in ("i", "e") and u.stress < 1 and i and \
                not units[i - 1].vowel and units[i - 1].phone not in _SONORANTS and units[i - 1].phone != "w" and \
                nxt is not None and nxt.phone == "n" and i + 2 >= n:
            # a final unstressed -in, -en after an obstruent: Kevin كيفن, Austin أوستن, Hansen هانسن
            # (after l r m: Helen هيلين, Karen كارين, Benjamin بنجامين)
            continue
        if closed_short and known and ph in ("ɛ", "ʌ") and u.stress >= 1 and not initial and _closed(units, i):
            continue  # short [ɛ] [ʌ] in a closed syllable: no letter (Denver دنفر, Tesla تسلا, Dublin دبلن)
        if lang == "fa" and ph == "ʌ" and not initial:
            out.append("ا")  # English [ʌ] is Persian â: Starbucks استارباکس, club کلاب
            continue
        if lang == "fa" and cls in ("a", "i") and ph in ("æ", "ɛ", "ə") and not initial and not final:
            if ph != "ɛ" or drop_short:
                continue  # Persian short a/e inside a word: unwritten (پپسی)
        if final and not initial and lang == "ar" and ph == "eɪ" and u.letters[:1] == "e" and u.letters != "ey":
            # a final [eɪ] written e (é, -et, -er) is يه: Chevrolet شيفروليه, café كافيه, Beyoncé بيونسيه
            out.append("يه")
            continue
        out.append(_vowel_letters(cls, initial=initial, final=final, lang=lang, ph=ph))
    text = "".join(out)
    if lang == "fa":
        text = text.replace("ي", "ی").replace("ك", "ک")
    return text


def _before_cluster(units: list[Unit], i: int) -> bool:
    """True when two consonants follow the vowel ``units[i]``."""
    nxt = units[i + 1] if i + 1 < len(units) else None
    after = units[i + 2] if i + 2 < len(units) else None
    return nxt is not None and after is not None and not nxt.vowel and not after.vowel and not (
        after.phone in ("ɹ", "l") and nxt.phone in _ONSET_BEFORE_LIQUID)  # tr, bl… start the next syllable


_ONSET_BEFORE_LIQUID = frozenset("p b t d k ɡ f θ".split())
_SONORANTS = frozenset("m n ŋ l ɹ".split())


def _closed(units: list[Unit], i: int) -> bool:
    """True when the vowel ``units[i]`` ends its syllable with a consonant (two consonants or one
    final consonant follow)."""
    nxt = units[i + 1] if i + 1 < len(units) else None
    after = units[i + 2] if i + 2 < len(units) else None
    return nxt is not None and not nxt.vowel and (after is None or not after.vowel)


def _vowel_letters(cls: str, *, initial: bool, final: bool, lang: str, ph: str) -> str:
    if lang == "fa":
        if initial:
            return {"a": "آ" if ph == "ɑ" else "ا", "i": "ای", "u": "او", "ai": "آی", "au": "آو", "ui": "اوی"}.get(cls, "ا")
        if final and cls == "i" and ph in ("ɛ", "eɪ", "ə"):
            return "ی" if ph == "eɪ" else "ه"  # a final e is ه: Porsche پورشه, café کافه
        if final and cls == "a" and ph in ("ə",):
            return "ا"
        return {"a": "ا", "i": "ی", "u": "و", "ai": "ای", "au": "او", "ui": "وی"}.get(cls, "")
    if initial:
        return {"a": "أ", "i": "إي" if ph in ("i", "eɪ") else "إ", "u": "أو", "ai": "آي", "au": "أو",
                "ui": "أوي"}.get(cls, "أ")
    return {"a": "ا", "i": "ي", "u": "و", "ai": "اي", "au": "او", "ui": "وي"}.get(cls, "")


VARIANTS_AR: tuple[dict, ...] = ({"closed_e": True}, {"g": "ج", "closed_short": True}, {"drop_short": True})
"""Arabic options, most likely first: g as غ (press, Levant) with the press conventions for e (the
order measured on the transliteration development list); g as
ج (Egypt, Gulf) with a closed syllable's short vowel unwritten; reduced vowels unwritten."""
VARIANTS_FA: tuple[dict, ...] = ({}, {"drop_short": False})


def candidates(word: Word, lang: str = "ar") -> list[tuple[str, float]]:
    """Scored candidates for one word, best first."""
    from ._common import letter_word

    if word.kind == "letters":
        parts = [rules(letter_word(c), lang=lang) for c in word.letters]
        return [(" ".join(parts), 0.7), ("".join(parts), 0.5)]
    base = 0.75 if word.kind in ("dictionary", "user", "number") else 0.6
    variants = VARIANTS_FA if lang == "fa" else VARIANTS_AR
    out = [(rules(word, lang=lang, **opts), base - 0.07 * n) for n, opts in enumerate(variants)]
    bare = without_possessive(word)
    if bare is not None:
        out.append((rules(bare, lang=lang), base - 0.04))
    if lang == "fa" and word.kind in ("dictionary", "g2p"):
        spelled = spelled_vowels(word)
        if spelled is not None:
            # Persian writes a vowel English reduces by its letter (Instagram اینستاگرام)
            out.append((rules(spelled, lang=lang), base - 0.06))
    if word.kind in ("dictionary", "g2p"):
        reading = continental(word.spelling, written=True)
        if reading is not None:
            # the letter-by-letter reading the press uses for German, Spanish, Italian, Slavic names
            # (Werner فيرنر, Morales موراليس, Hyundai هيونداي): second for a continental-looking name, else third
            out.append((rules(reading, lang=lang), base - 0.05 if continental_looking(word.letters) else base - 0.13))
    return rank(out, 6)


def render(source: "Source", market: "Market", *, k: int = 3) -> list:
    """Arabic-script renderings (Persian letters for fa), best first."""
    from . import Rendering

    lang = "fa" if market.language in ("fa", "ur") else "ar"
    words = words_of(source)
    together = written_together(source)
    per_word = [candidates(w, lang) for w in words]
    if market.language == "ur":
        # Urdu writes English names with the Persian letters, but hears English t and d as its
        # retroflex ٹ ڈ (ٹویوٹا Toyota) and ends a word in ہ, not ه
        per_word = [[(t.translate(_URDU), s) for t, s in c] for c in per_word]
        reading = tuple({"t": "ʈ", "d": "ɖ"}.get(seg, seg) for w in words for seg in persian_reading(w))
        return [Rendering(text, " ".join(romanize_ipa(persian_reading(w), informal=True) for w in words), reading,
                          round(score, 4)) for text, score in combine(per_word, " ", k, together, persian_joint)]
    if lang == "fa":
        # Persian leaves short vowels unwritten, so the reading comes from the sounds, not the letters
        readings = [persian_reading(w) for w in words]
        reading = tuple(seg for r in readings for seg in r)
        # short vowels are unwritten: romanise the reading, as everyday Persian romanisation does
        latin = " ".join(romanize_ipa(r, informal=True) for r in readings)
        return [Rendering(text, latin, reading, round(score, 4))
                for text, score in combine(per_word, " ", k, together, persian_joint)]
    return [Rendering(text, romanize(text), arabic_ipa(text, lang), round(score, 4))
            for text, score in combine(per_word, " ", k, together, arabic_joint)]


_ALIFS = frozenset("اأإآ")
_NON_JOINING = frozenset("اأإآدذرزژوؤۀ")  # letters that never join the letter after them


def arabic_joint(left: str, right: str) -> str:
    """Two parts of a camel-case word in Arabic: one word (فيسبوك, ساوندكلاود), but a part that
    begins with a written vowel keeps its own word (لينكد إن)."""
    return left + (" " if right[:1] in _ALIFS else "") + right


def persian_joint(left: str, right: str) -> str:
    """Two parts of a camel-case word in Persian: one word with a zero-width non-joiner at the
    joint (the نیم‌فاصله of compounds: فیس‌بوک), none after a letter that does not join anyway."""
    return left + ("" if left[-1:] in _NON_JOINING else "\u200c") + right


_URDU = str.maketrans({"ت": "ٹ", "د": "ڈ", "ه": "ہ"})

# English sound → Persian sound (Persian vowels i e æ ɒː o u; no θ ð w ŋ).
_PERSIAN_SOUND = {
    "i": ("i",), "ɪ": ("i",), "eɪ": ("e", "j"), "ɛ": ("e",), "æ": ("æ",), "ɑ": ("ɒː",), "ɔ": ("o",),
    "oʊ": ("o",), "ʊ": ("u",), "u": ("u",), "ʌ": ("ɒː",), "ə": ("e",), "ɚ": ("e", "r"), "aɪ": ("ɒː", "j"),
    "aʊ": ("ɒː", "v"), "ɔɪ": ("o", "j"), "θ": ("s",), "ð": ("z",), "w": ("v",), "ŋ": ("n", "ɡ"), "ɹ": ("r",),
    "x": ("x",), "h": ("h",),
}


def persian_reading(word: Word) -> tuple[str, ...]:
    """How a Persian speaker says the word: Persian vowels, prothetic [e] before an initial s +
    consonant (Starbucks [estɒːrbɒːks]) and [e] breaking three-consonant clusters."""
    units = [u for u in word.units if u.phone]
    units = [u for k, u in enumerate(units) if not unwritten_schwa(units, k)]
    segs: list[str] = []
    for u in units:
        if u.phone == "ɑ" and "o" in u.letters:
            segs.append("o")
        elif u.phone == "ə" and u.letters in ("a", "o", "u"):
            segs.extend({"a": ("æ",), "o": ("o",), "u": ("o",)}[u.letters])
        else:
            segs.extend(_PERSIAN_SOUND.get(u.phone, (u.phone,)))
    return tuple(_repair(segs, "fa"))


# --------------------------------------------------------------------------------------------------
# Romanisation (letter by letter, long vowels doubled) and IPA of the written form.

_ROMAN = {
    "ا": "aa", "أ": "a", "إ": "i", "آ": "aa", "ب": "b", "پ": "p", "ت": "t", "ث": "th", "ج": "j", "چ": "ch",
    "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "ژ": "zh", "س": "s", "ش": "sh", "ص": "s",
    "ض": "d", "ط": "t", "ظ": "z", "ع": "'", "غ": "gh", "ف": "f", "ڤ": "v", "ق": "q", "ك": "k", "ک": "k",
    "گ": "g", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "w", "ي": "y", "ی": "y", "ة": "a", "ؤ": "'",
    "ئ": "'", "ء": "'", " ": " ",
}

_IPA_CONS = {
    "ب": "b", "پ": "p", "ت": "t", "ث": "θ", "ج": "dʒ", "چ": "tʃ", "ح": "ħ", "خ": "x", "د": "d", "ذ": "ð",
    "ر": "r", "ز": "z", "ژ": "ʒ", "س": "s", "ش": "ʃ", "ص": "sˤ", "ض": "dˤ", "ط": "tˤ", "ظ": "ðˤ", "ع": "ʕ",
    "غ": "ɣ", "ف": "f", "ڤ": "v", "ق": "q", "ك": "k", "ک": "k", "گ": "ɡ", "ل": "l", "م": "m", "ن": "n",
    "ه": "h", "ة": "a", "ء": "ʔ", "ؤ": "ʔ", "ئ": "ʔ",
}


def romanize(text: str) -> str:
    """A letter-by-letter Latin transliteration (بيبسي → ``bybsy``); vowel letters as written."""
    out = []
    for k, ch in enumerate(text):
        prev = text[k - 1] if k else " "
        if ch == "و":
            out.append("w" if prev in " اأإآ" else "u" if prev not in "اوي" else "w")
        elif ch in "يی":
            out.append("y" if prev in " اأإآ" else "i" if prev not in "اوي" else "y")
        else:
            out.append(_ROMAN.get(ch, ""))
    return "".join(out)


def arabic_ipa(text: str, lang: str = "ar") -> tuple[str, ...]:
    """IPA segments of how the written form is read: و ي between consonants as long uː iː, ا as aː,
    hamza seats as a glottal stop with their vowel, a prothetic [i] before an initial cluster and an
    epenthetic [i] between three consonants (the reading an Arabic or Persian speaker gives it).

    >>> "".join(arabic_ipa("بيبسي"))
    'biːbsiː'
    """
    segs: list[str] = []
    for word in text.split():
        w: list[str] = []
        chars = list(word)
        for k, ch in enumerate(chars):
            prev = chars[k - 1] if k else ""
            nxt = chars[k + 1] if k + 1 < len(chars) else ""
            if ch in "أإآ" or (ch == "ا" and k == 0):
                w.append("ʔ")
                if ch == "إ":
                    w.append("i" if nxt not in "يی" else "")
                elif ch == "آ":
                    w.append("aː")
                elif nxt not in "وي":
                    w.append("a")
                continue
            if ch == "ا":
                w.append("aː")
                continue
            if ch in "وي" or ch == "ی":
                vowel = "uː" if ch == "و" else "iː"
                glide = "w" if ch == "و" else "j"
                if (prev and (prev in _IPA_CONS or prev in "أإ")) and (nxt not in "اويی" or not nxt):
                    w.append(vowel)
                else:
                    w.append(glide)
                continue
            seg = _IPA_CONS.get(ch)
            if seg:
                if ch == "ه" and not nxt and lang == "fa" and prev:
                    w.append("e")  # Persian final ه is -e
                    continue
                w.append(seg)
        w = [s for s in w if s]
        segs.extend(_repair(w, lang))
    return tuple(segs)


_VOWELS_IPA = {"a", "aː", "i", "iː", "u", "uː", "e", "æ", "ɒː", "o"}


def _repair(segs: list[str], lang: str) -> list[str]:
    """Add the vowels a reader supplies: prothetic [ʔi]/[e] before an initial cluster, [i]/[e] inside
    three-consonant clusters."""
    if not segs:
        return segs
    ep = "e" if lang == "fa" else "i"
    out = list(segs)
    if len(out) > 1 and out[0] not in _VOWELS_IPA and out[0] != "ʔ" and out[1] not in _VOWELS_IPA:
        out = ["ʔ", ep] + out
    fixed: list[str] = []
    run = 0
    for s in out:
        if s in _VOWELS_IPA:
            run = 0
        else:
            run += 1
            if run == 3:
                fixed.append(ep)
                run = 1
        fixed.append(s)
    return fixed
