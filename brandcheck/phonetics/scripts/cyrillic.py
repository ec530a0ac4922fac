"""English → Cyrillic (ru: Russian, uk: Ukrainian), by practical transcription.

Russian practice (Гиляревский & Старостин, «Иностранные имена и названия в русском тексте»,
1985; Ермолович, «Имена собственные на стыке языков и культур», 2001) transcribes English names by
sound, but keeps the spelling where the sound is vague or doubled: reduced vowels take the letter
they are written with (Heineken Хайнекен, not Хайнакан), double consonant letters stay double
(Bill Билл, Harris Харрис), *o* in an unstressed or short syllable stays о (Reebok Рибок), and
final *-s* is с even when said [z] (McDonald's Макдоналдс). [w] is у before a vowel (William
Уильям, Walker Уокер), в after a consonant in *qu*, *sw*, *tw* (Twain Твен). Names that do not
look English (ending in -a, -i, -o) are also offered read letter by letter, as Russian transcribes
Italian, Spanish or Japanese names.

Ukrainian (Український правопис 2019, §129–§133) differs in letters: English [ɪ]/[i] is і
(Bill Білл), with и after д т з с ц ж ч ш р before a consonant in common words (the "rule of
nine": Спринт); э is written е, е after a vowel or initially in [je] is є; [h] is г (Harry
Гаррі) and [ɡ] is ґ (Google Ґуґл) or г.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._common import (Unit, Word, british_ham, combine, continental, rank, read_as_spelled, unwritten_schwa, without_possessive,
                      words_of, written_together)
from ..lexicon import letter_names
from .cyrillic_names import latin_letters, transcribe
from .foreign_spelling import CONTINENTAL_MARK

if TYPE_CHECKING:  # pragma: no cover
    from ...markets import Market
    from ..source_types import Source

__all__ = ["render", "rules", "candidates", "romanize", "cyrillic_ipa"]

# Consonants (Гиляревский–Старостин, table for English).
CONSONANT: dict[str, str] = {
    "p": "п", "b": "б", "t": "т", "d": "д", "k": "к", "ɡ": "г", "f": "ф", "v": "в", "θ": "т", "ð": "д",
    "s": "с", "z": "з", "ʃ": "ш", "ʒ": "ж", "h": "х", "x": "х", "tʃ": "ч", "dʒ": "дж", "ts": "ц", "m": "м",
    "n": "н", "ŋ": "нг", "l": "л", "ɹ": "р", "w": "у", "j": "й",
}

# Vowels by sound; "*" means "take the written vowel" (see _written_vowel).
VOWEL: dict[str, str] = {
    "i": "и", "ɪ": "и", "eɪ": "ей", "ɛ": "е", "æ": "э", "ɑ": "а", "ɔ": "о", "oʊ": "о", "ʊ": "у", "u": "у",
    "ʌ": "а", "ə": "*", "ɚ": "ер", "aɪ": "ай", "aʊ": "ау", "ɔɪ": "ой",
}

_VOWEL_LETTERS = "aeiouy"


def _written_vowel(letter: str, default: str = "") -> str:
    """A reduced vowel written with one vowel letter takes that letter's Cyrillic value (Heineken
    Хайнекен; cyrillic_letters.tsv)."""
    return latin_letters()[letter].letter if letter and letter in _VOWEL_LETTERS else default

# [j] + vowel → iotated letter.
_IOTATED = {"а": "я", "у": "ю", "е": "е", "э": "е", "о": "йо", "и": "и"}
# After a vowel or at the start of a word, е is written э in Russian (Эдисон, Рафаэль).
_RU_E_INITIAL = "э"

_VOWEL_LETTERS_RU = set("аеёиоуыэюя")


def _vowel(units: list[Unit], k: int, *, ae: str, lang: str) -> str:
    """Cyrillic for the vowel ``units[k]`` (before iotation and э/е adjustment)."""
    u = units[k]
    ph, letters, stressed = u.phone, u.letters, u.stress >= 1
    nxt = units[k + 1] if k + 1 < len(units) else None
    if ph == "ə" or (ph in ("ɪ", "ɛ") and not stressed) or (ph == "ʌ" and letters == "o"):
        if len(letters) == 1 and letters in _VOWEL_LETTERS:
            return _written_vowel(letters)
        vowels = [c for c in letters if c in _VOWEL_LETTERS]
        if ph == "ə" and not vowels:
            return "а" if not letters else _written_vowel(letters[-1:], "а")
        if ph == "ə" and letters in ("ou", "io", "ia", "iu"):
            return _written_vowel(letters[-1]) if letters != "ou" else "у"
        if vowels and ph == "ə":
            return _written_vowel(vowels[0])
    if ph == "u" and k > 0 and ((units[k - 1].phone == "l" and letters in ("u_e", "ue", "ew", "ui")) or (
            units[k - 1].phone == "ɹ" and k > 1 and not units[k - 2].vowel and letters in ("u_e", "ue", "ew"))):
        # British [ljuː], and [uː] written ew, ue, u_e after a cluster with r (Luke Люк, Lewis
        # Льюис, Bruce Брюс, Andrew Эндрю); an open u stays у (Luca Лука, Truman Трумэн, Ruth Рут)
        return "ью" if letters == "ew" and units[k - 1].phone == "l" else "ю"
    if ph == "æ" and k == 1 and units[0].phone == "m" and letters in ("a", "") and nxt is not None and \
            nxt.phone == "k":
        return "а"  # Mac/Mc: Макдоналдс
    if ph == "ɛ" and letters == "a" and nxt is not None and nxt.phone == "ɹ" and nxt.letters == "rr":
        return "а"  # American merry–marry merger: Harris Харрис, Harry Гарри/Харри (RP [æ] before rr)
    if ph == "ɛ" and letters == "a" and nxt is not None and nxt.phone == "ɹ":
        return "э"  # a single r is RP [ɛə]: Mary Мэри, Gary Гэри, Maryland Мэриленд
    if ph == "æ" and k > 0 and units[k - 1].phone == "dʒ":
        return "е"  # after дж Russian writes е, never а or э: Jack Джек, Jackson Джексон
    if ph == "æ":
        return ae
    if ph == "ɑ" and "o" in letters:
        return "о"
    if ph == "ɔ" and letters.startswith("a") and nxt is not None and nxt.phone in ("l", "ɹ"):
        return "о"  # Walker Уокер, Paul Пол
    if ph == "oʊ" and letters == "o_e":
        return "оу"
    if ph == "oʊ" and letters.endswith("w"):
        return "оу"  # Snow Сноу, Fellows Феллоуз, Owen Оуэн, Lowell Лоуэлл
    if ph == "ɔ" and letters == "aw" and (nxt is None or nxt.phone != "k"):
        return "оу"  # Shaw Шоу, Dawson Доусон, Lawrence Лоуренс, Crawford Кроуфорд (but Hawkins Хокинс)
    if ph == "ɚ" and lang == "bg" and letters[:1] in ("e", "u", "i", "y") and "r" in letters:
        return "ър"  # Bulgarian: Baker Бейкър, Burger Бъргър, Twitter Туитър
    if ph == "ɚ":
        head = letters[:1] if not (len(letters) > 2 and letters.endswith("er")) else "e"  # Bauer Бауэр
        if letters.startswith(("ar", "ar")) or letters == "ar":
            return "ар"
        if head == "o" or letters.startswith("wor"):
            return "ор"
        if head == "u" and not stressed:
            return "ур"
        if head == "i" and not stressed:
            return "ир"
        return "ер"
    if ph == "eɪ" and letters in ("a", "e") and not stressed:
        return _written_vowel(letters)  # (a-consonant-e is marked a_e and keeps its [eɪ]: Colgate Колгейт)
    return VOWEL.get(ph, "а")


def rules(word: Word, *, ae: str = "э", lang: str = "ru", keep_double: bool = True,
          rule_of_nine: bool = False, soft_l: bool = False, w_ve: bool = False, h_ge: bool = False) -> str:
    """Cyrillic for one word (see module docstring). ``ae`` is the letter for English [æ]; ``w_ve``
    writes a [w] that names take as у with в, as brands and common nouns are written (WhatsApp
    Ватсап, Windows Виндоус, whisky виски); ``h_ge`` writes a first [h] г, the older tradition
    names and brands still keep (Hermès Гермес, Hamlet Гамлет, Harry Гарри)."""
    units = _magic_e(british_ham(word.units, word.letters, after="ng") if word.kind == "dictionary" else
                     list(word.units))
    sounding = [u for u in units if u.phone]
    sounding = [u for k, u in enumerate(sounding) if not unwritten_schwa(sounding, k)]
    out: list[str] = []
    n = len(sounding)
    i = 0
    while i < n:
        u = sounding[i]
        ph = u.phone
        prev = sounding[i - 1] if i else None
        nxt = sounding[i + 1] if i + 1 < n else None
        if u.vowel:
            v = _vowel(sounding, i, ae=ae, lang=lang)
            if v.startswith(("е", "э")) and (not out or out[-1][-1:] in _VOWEL_LETTERS_RU or out[-1] in ("ь", "й")):
                v = _RU_E_INITIAL + v[1:]  # initial or after a vowel: э (Эдисон)
            if ph == "ɚ" and nxt is not None and nxt.phone == "ɹ":
                v = v[:-1]  # the r is written once
            if v.startswith("э") and out and out[-1][-1:] in ("ж", "ш", "ч", "щ", "ц"):
                v = "е" + v[1:]  # no э after hushing consonants: Джексон, Чендлер
            out.append(v)
            i += 1
            continue
        if ph == "j":
            if nxt is not None and nxt.vowel:
                v = _vowel(sounding, i + 1, ae=ae, lang=lang)
                head = _IOTATED.get(v[0], "й" + v[0])
                if prev is not None and not prev.vowel and out and out[-1][-1:] not in ("й", "ь"):
                    if len(out[-1]) == 2 and out[-1][0] == out[-1][1]:
                        out[-1] = out[-1][0]
                    if head.startswith("й"):
                        head = head[1:]
                    if not (prev.phone in ("t", "d") and head == "ю"):
                        out.append("ь")  # consonant + [j]: William Уильям, Daniel Дэниэл → -ньел
                    # but тю, дю for [tju] [dju]: Stewart Стюарт, Tudor Тюдор, Duke Дюк
                if v[0] in ("е", "э") and (not out or out[-1][-1:] in _VOWEL_LETTERS_RU):
                    head = "е" if out else "е"
                if out and out[-1] in ("ь",) and head.startswith("й"):
                    head = head[1:]
                out.append(head + v[1:])
                i += 2
                continue
            out.append("й")
            i += 1
            continue
        if ph == "w":
            if prev is not None and not prev.vowel and prev.phone in ("k", "s", "t", "d", "ɡ", "θ") and \
                    nxt is not None and nxt.vowel:
                out.append("в")  # quick квик, Swift Свифт, Twain Твен
            elif nxt is not None and nxt.vowel and _vowel(sounding, i + 1, ae=ae, lang=lang).startswith("у"):
                out.append("в" if "w" not in u.letters else "")  # Woolf Вулф, wood вуд
                if not out[-1]:
                    out[-1] = "в"
            elif prev is not None and prev.vowel and nxt is not None and nxt.vowel:
                out.append("в")  # between vowels: Misawa Мисава, Hawaii Гавайи
            else:
                out.append("в" if w_ve and nxt is not None and nxt.vowel else "у")  # William Уильям, Walker Уокер
            i += 1
            continue
        letters = u.letters
        cons = CONSONANT.get(ph, "")
        if ph == "z" and letters in ("s", "es", "'s") and nxt is None:
            cons = "с"  # final -s: Jones Джонс
        if ph == "z" and letters in ("es", "se") and nxt is None and prev is not None and prev.vowel:
            cons = "з"  # but a final [z] after a vowel: Hughes Хьюз, Rose Роуз, Hayes Хейз
        if ph == "h" and prev is not None and not prev.vowel:
            cons = "х"
        if ph == "h" and h_ge and prev is None:
            cons = "г"
        if ph == "ŋ" and nxt is not None and nxt.phone in ("k", "ɡ"):
            cons = "н"  # ink инк, finger фингер
        if ph == "ŋ" and "g" not in letters:
            cons = "н"
        if ph == "k" and letters == "x":
            cons = "кс" if nxt is None or nxt.phone != "s" else "к"
        if keep_double and len(letters) == 2 and letters[0] == letters[1] and letters[0] not in "aeiouy" \
                and (prev is not None and prev.vowel):
            cons = cons * 2 if len(cons) == 1 else cons  # Bill Билл, Harris Харрис
        if ph in ("m", "k") and prev is not None and prev.vowel and (
                letters == "lm" or (letters == "lk" and "o" in prev.letters)):
            cons = "л" + cons  # a silent l is written: Palmer Палмер, Holmes Холмс, Norfolk Норфолк (not Уокер)
        if ph == "tʃ" and letters == "tch":
            cons = "тч"  # Mitchell Митчелл, Fletcher Флетчер
        if keep_double and ph == "k" and letters == "ck" and nxt is not None and nxt.vowel and \
                prev is not None and prev.vowel:
            cons = "кк"  # Nicky Никки, Mickey Микки
        if ph == "l" and nxt is not None and not nxt.vowel and nxt.phone not in ("j", "w") and lang == "uk":
            cons = "л"
        if ph == "l" and cons == "л" and prev is not None and prev.vowel and _soft_l(prev, nxt, soft_l):
            cons = "ль"  # Aldo Альдо, Delgado Дельгадо
        elif ph == "l" and cons == "л" and prev is not None and prev.phone == "ə" and prev.letters in ("a", "o", "e") \
                and nxt is not None \
                and nxt.phone == "d" and i + 2 >= n - 1 and "'" not in word.spelling:
            cons = "ль"  # an unstressed English -ald, -old: Donald Дональд, Harold Гарольд, Reynolds Рейнольдс
        out.append(cons)
        i += 1
    text = "".join(out)
    if word.kind == "dictionary" and word.letters.endswith("ngham") and text.endswith("гам"):
        text = text[:-2] + "ем"  # British -ngham [ŋəm]: Birmingham Бирмингем, Nottingham Ноттингем
    if word.kind == "dictionary" and word.letters.endswith("land") and text.endswith("ланд") and len(text) > 4:
        text = text[:-3] + "енд"  # English -land is -ленд: Portland Портленд, Cleveland Кливленд
    if word.letters.endswith("ia") and text.endswith("иа"):
        text = text[:-1] + "я"  # final -ia is -ия: Victoria Виктория, Virginia Виргиния, Olivia Оливия
    elif word.letters.endswith("ia") and len(text) > 2 and (text.endswith("ья") or (
            text.endswith("а") and text[-2] not in _VOWEL_LETTERS_RU)):
        text = text[:-2 if text.endswith("ья") else -1] + "ия"  # [jə], [ə]: Julia Джулия, Georgia Джорджия
    if lang == "uk":
        text = _ukrainian(text, sounding, rule_of_nine=rule_of_nine)
    return text


def _magic_e(units: list[Unit]) -> list[Unit]:
    """Mark a stressed [oʊ] spelled o + consonant + silent e (Stone, Cole, Rose, Coleman) with the
    letters ``o_e``: modern practice writes that [əʊ] оу (Стоун, Коул, Роуз, Коулман)."""
    first_vowel = next((k for k, u in enumerate(units) if u.vowel), -1)
    for k in range(len(units) - 2):
        u, c, e = units[k], units[k + 1], units[k + 2]
        if u.phone in ("oʊ", "u") and u.letters in ("o", "u") and u.stress >= 1 and c.phone and not c.vowel \
                and len(c.letters) == 1 and not e.phone and e.letters == "e" and k == first_vowel:
            units[k] = Unit(u.phone, u.letters + "_e", u.stress)  # not a final French stress (Nicole Николь)
    for k in range(len(units) - 2):
        u, c, e = units[k], units[k + 1], units[k + 2]
        if u.phone == "eɪ" and u.letters == "a" and u.stress < 1 and c.phone and not c.vowel \
                and len(c.letters) == 1 and not e.phone and e.letters == "e" and k + 3 == len(units):
            units[k] = Unit(u.phone, "a_e", u.stress)  # an unstressed final -ate said [eɪt]: Colgate Колгейт
    if len(units) > 2 and units[-2].phone == "z" and units[-2].letters == "s" and units[-1].letters == "e" \
            and not units[-1].phone:
        units[-2] = Unit("z", "se", -1)
    for k, u in enumerate(units):
        if not u.phone and u.letters == "l" and 0 < k < len(units) - 1 and units[k - 1].vowel:
            units[k] = Unit("l", "l", -1)  # a silent l is written: Palmer Палмер, Holmes Холмс, Norfolk Норфолк
    return units


def _soft_l(prev: Unit, nxt: Unit | None, continental_reading: bool) -> bool:
    """Russian writes a soft л before a consonant or at the end in names read the continental way
    (German, Romance, Slavic: Aldo Альдо, Delgado Дельгадо); English names keep a hard л (Gold Голд;
    an -ald/-old rule gained 0.2 points on the name lists and broke McDonald's Макдоналдс)."""
    return continental_reading and (nxt is None or (not nxt.vowel and nxt.phone not in ("j", "w")))


# --------------------------------------------------------------------------------------------------
# Ukrainian letters

_NINE = set("дтзсцжчшр")


def _ukrainian(text: str, sounding: list[Unit], *, rule_of_nine: bool = False) -> str:
    """Russian-style transcription → Ukrainian letters (see module docstring).

    Proper names write і for [ɪ i] (Сміт, Рібок); ``rule_of_nine`` applies the rule for common
    nouns (и after д т з с ц ж ч ш р before a consonant: спринт)."""
    out: list[str] = []
    vowels = set("аеєиіїоуюя")
    for k, ch in enumerate(text):
        prev = out[-1] if out else ""
        nxt = text[k + 1] if k + 1 < len(text) else ""
        if ch == "и":
            # rule of nine: и after д т з с ц ж ч ш р before a consonant, else і
            if rule_of_nine and prev in _NINE and nxt and nxt not in vowels and nxt != "й":
                out.append("и")
            elif prev in vowels or not prev:
                out.append("ї" if prev and prev in vowels else "і")
            else:
                out.append("і")
        elif ch == "э":
            out.append("е")
        elif ch == "е" and (not prev or prev in vowels or prev == "ь"):
            if prev == "ь":
                out.pop()
                out.append("ь")
            out.append("є")  # [je]: Єллоу
        elif ch == "ы":
            out.append("и")
        elif ch == "ё":
            out.append("ьо")
        elif ch == "х" and _is_h(sounding, k):
            out.append("г")
        elif ch == "г":
            out.append("ґ")
        else:
            out.append(ch)
    return "".join(out)


def _is_h(sounding: list[Unit], _pos: int) -> bool:
    # х from English [h] is г in Ukrainian; from [x] (Bach, Loch) it stays х. We only have the
    # letters here, so check whether the word has an [h] and no [x].
    phones = {u.phone for u in sounding}
    return "h" in phones and "x" not in phones


# --------------------------------------------------------------------------------------------------


def _letters(word: Word, lang: str) -> list[tuple[str, float]]:
    """An initialism: the English names of its letters in Cyrillic, the usual practice (IBM Ай-би-эм,
    HP Эйч-пи; letters.tsv), its letters as Cyrillic capitals (BMW БМВ), and the school names of the
    Latin letters, still heard in older initialisms (Бэ-эм-вэ)."""
    letters = word.letters or "".join(c for c in word.spelling.lower() if c.isalpha())
    names = [letter_names(lang).get(c) for c in letters]
    spelled = "-".join(n.name for n in names if n)
    school = "-".join(n.alt or n.name for n in names if n)
    capitals = latin_letters()
    as_word = "".join(capitals[c].initialism for c in letters if c in capitals).upper()
    return [(spelled.capitalize(), 0.8), (as_word, 0.6), (school.capitalize(), 0.5)]


VARIANTS: tuple[dict, ...] = ({"ae": "а"}, {"ae": "э"}, {"ae": "е"})
"""Options tried, most likely first: English [æ] as а (the written letter, the older and still most
frequent practice for names: Hamilton Гамильтон, Allan Аллан), э (newer practice: Snapchat
Снэпчат) or е (after consonants: Jack Джек). The order was chosen by measuring the three on
name lists (docs/transliteration.md)."""


def _slavic_adjective(text: str, letters: str, lang: str) -> str | None:
    """Polish and Czech surnames in -ski/-sky, -cki/-cky written as adjectives, the usual practice
    though some bearers keep -ски: Russian -ский, -цкий; Ukrainian -ський, -цький."""
    if not re.search(r"[sc]k[iy]$", letters):
        return None
    ending = {"s": "ський" if lang == "uk" else "ский", "c": "цький" if lang == "uk" else "цкий"}[letters[-3]]
    for tail in ("тски", "цки", "кки", "ски", "тскі", "цкі", "ккі", "скі"):
        if text.endswith(tail):
            return text[: -len(tail)] + ending
    return None


CONTINENTAL_SPELLING = re.compile(r"[^aeiouy][ao]$|" + CONTINENTAL_MARK.pattern)
"""Spellings that mark a name as continental rather than English, so Russian transcribes it letter by
letter first: a final -a/-o after a consonant (Romance, Slavic, Japanese: Toledo Толедо, Olga
Ольга) and the marks of :data:`~.foreign_spelling.CONTINENTAL_MARK` (Lehmann Леман, Hartmann
Хартман, Jakobsen Якобсен, Kowalski Ковальский). Cues that also occur in English spelling (ei, ie,
au, -er, -el, ch) were tried on 3,000 Wikidata names outside the evaluation sample and left out:
they moved as many names the wrong way as the right one."""


W_VE = 0.03
"""How much less likely [w] written в is than у: second for a brand (Ватсап), never first, since
personal names keep у (William Уильям); Wikidata names, top-3, did not drop with it second."""


H_GE = 0.08
"""A first [h] written г, in the letter reading only: the older tradition, below the х of today."""


def candidates(word: Word, lang: str = "ru") -> list[tuple[str, float]]:
    """Scored candidates for one word (lower case), best first."""
    if word.kind == "letters":
        return _letters(word, "ru" if lang == "bg" else lang)
    base = 0.8 if word.kind in ("dictionary", "user", "number") else 0.65
    out = [(rules(word, lang=lang, **opts), base - 0.07 * n) for n, opts in enumerate(VARIANTS)]
    letter_reading = continental(word.spelling, written=True) if word.kind in ("dictionary", "g2p") else None
    if letter_reading is not None:
        first = CONTINENTAL_SPELLING.search(letter_reading.letters) is not None
        text = rules(letter_reading, lang=lang, ae="а", soft_l=True)
        score = base + 0.01 if first else base - 0.1
        adjective = _slavic_adjective(text, letter_reading.letters, lang)
        if adjective:
            out.append((adjective, score + 0.005))  # Kowalski Ковальский before Ковальски
        out.append((text, score))
        spelled = transcribe(letter_reading.letters) if lang in ("ru", "bg") else None
        if spelled:
            # Japanese, Spanish, Italian spelling: its own rules, first unless English says it otherwise
            out.append((spelled[1], base + 0.02 if read_as_spelled(word, letter_reading) else base - 0.12))
    bare = without_possessive(word)
    if bare is not None:
        out.append((rules(bare, lang=lang), base - 0.05))
    out.append((rules(word, lang=lang, w_ve=True), base - W_VE))
    if lang == "ru" and letter_reading is not None:
        out.append((rules(letter_reading, lang=lang, ae="а", soft_l=True, h_ge=True), base - H_GE))
    if lang == "uk":
        out.append((rules(word, lang=lang, rule_of_nine=True), base - 0.03))
    return rank(out, 6)


def render(source: "Source", market: "Market", *, k: int = 3) -> list:
    """Cyrillic renderings (Russian or Ukrainian by the market's language), best first."""
    from . import Rendering

    lang = "uk" if market.language == "uk" else "ru"
    bg = market.language == "bg"
    per_word = [[(_capitalise(t), s) for t, s in candidates(w, "bg" if bg else lang)] for w in words_of(source)]
    if bg:
        # Bulgarian transcribes foreign names much as Russian does, without ы, э and ё (Тойота),
        # and an r-coloured vowel written e, u, i as ър (Бейкър, Бъргър): the Russian candidates
        # with those letters replaced; ъ for other reduced vowels is not attempted.
        per_word = [[(t.translate(_BULGARIAN), s) for t, s in c] for c in per_word]
    return [Rendering(text, romanize(text, lang), cyrillic_ipa(text, lang), round(score, 4))
            for text, score in combine(per_word, " ", k, written_together(source), lower_joint)]


_BULGARIAN = str.maketrans({"ы": "и", "Ы": "И", "э": "е", "Э": "Е", "ё": "йо", "Ё": "Йо"})


def lower_joint(left: str, right: str) -> str:
    """Two parts of a camel-case word written as one word: one capital (SoundCloud Саундклауд)."""
    return left + (right if right.isupper() else right[:1].lower() + right[1:])


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text and not text.isupper() else text


# --------------------------------------------------------------------------------------------------
# Romanisation (BGN/PCGN-style for Russian, the 2010 national system for Ukrainian) and IPA.

_ROMAN_RU = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya",
}
_ROMAN_UK = dict(_ROMAN_RU, **{"г": "h", "ґ": "g", "е": "e", "є": "ie", "и": "y", "і": "i", "ї": "i",
                               "й": "i", "х": "kh", "ю": "iu", "я": "ia", "щ": "shch"})


def romanize(text: str, lang: str = "ru") -> str:
    """Latin letters for Cyrillic (Спринт → ``sprint``, Хайнекен → ``khayneken``)."""
    table = _ROMAN_UK if lang == "uk" else _ROMAN_RU
    out = []
    for ch in text:
        low = ch.lower()
        out.append(table.get(low, ch if not low.isalpha() else ""))
    return "".join(out)


_IPA_CONS = {"б": "b", "в": "v", "г": "ɡ", "ґ": "ɡ", "д": "d", "ж": "ʐ", "з": "z", "й": "j", "к": "k", "л": "l",
             "м": "m", "н": "n", "п": "p", "р": "r", "с": "s", "т": "t", "ф": "f", "х": "x", "ц": "ts",
             "ч": "tɕ", "ш": "ʂ", "щ": "ɕ"}
_IPA_VOWEL = {"а": "a", "е": "e", "ё": "o", "и": "i", "о": "o", "у": "u", "ы": "ɨ", "э": "e", "ю": "u",
              "я": "a", "є": "e", "і": "i", "ї": "i"}
_SOFTENING = set("еёиюяьєії")
_IOTATING = {"е": "je", "ё": "jo", "ю": "ju", "я": "ja", "є": "je", "ї": "ji"}


def cyrillic_ipa(text: str, lang: str = "ru") -> tuple[str, ...]:
    """IPA segments of a Cyrillic rendering (consonants palatalised before е ё и ю я ь; iotated vowels
    said with [j] at the start and after vowels; no vowel reduction).

    >>> "".join(cyrillic_ipa("Хайнекен"))
    'xajnʲekʲen'
    """
    segs: list[str] = []
    low = text.lower()
    for k, ch in enumerate(low):
        nxt = low[k + 1] if k + 1 < len(low) else ""
        prev = low[k - 1] if k else ""
        if ch in _IPA_CONS:
            seg = _IPA_CONS[ch]
            if lang == "uk" and ch == "г":
                seg = "ɦ"
            if lang == "uk" and ch == "и":
                seg = "ɪ"
            soft = nxt in _SOFTENING and not (lang == "uk" and nxt == "е") and ch not in "жшцй"
            if soft and seg not in ("j",):
                seg += "ʲ"
            segs.append(seg)
        elif ch in _IPA_VOWEL:
            if ch in _IOTATING and (not prev or prev in _IPA_VOWEL or prev in "ьъ'-"):
                segs.append("j")
            if lang == "uk" and ch == "и":
                segs.append("ɪ")
            else:
                segs.append(_IPA_VOWEL[ch])
    return tuple(segs)
