"""A name in another script against brands whose form in that script is not listed (pure).

The bundled list carries the usual local forms of a brand (小米, ソニー, Пепси), but a name may
be the brand in a script or spelling it does not list (جوجل, สตาร์บัคส์, Гугл). Three general
means find those:

* **candidates** — the name romanised the way loanwords are spelt in its script, plus the
  variants that script leaves open (Arabic ج is *g* in Egypt and the Gulf; a Hebrew final ה is a
  vowel), each looked up in the brand index (:func:`loan_romanizations`);
* **the brand written as that script writes it** — each nearby brand is rendered in the name's
  script by brandcheck's own renderers (:mod:`brandcheck.phonetics.scripts`: the press and
  packaging conventions of Arabic, Persian, Hebrew, Thai, Hindi, Bengali, Cyrillic, Greek, hangul,
  katakana) and compared with the name within the script, by spelling and by the script's own
  reading of both (:func:`rendered_scores`). What the script leaves unwritten (short vowels in
  Arabic and Hebrew, Thai silent letters and tones, Indic schwas) is left out on both sides alike;
* **Chinese characters in either set** — simplified and traditional forms of one name compare
  as the same name (:func:`han_fold`).
"""

from __future__ import annotations

import functools

__all__ = ["RENDERED_WEIGHT", "SCRIPT_MARKETS", "loan_romanizations", "rendered_forms", "rendered_scores",
           "han_fold", "brand_names_to_render", "everyday_word", "native_distinctive", "folded_alias_matches",
           "worth_rendering", "rendering_matches", "FILE",
           "EVERYDAY_CAP"]

RENDERED_WEIGHT = 0.96
"""A name that is a brand as brandcheck would write it in that script is high, never critical
(critical stays for the brand's own listed form); a near spelling of it scales down from there.
Set on ``benchmarks/data/native_unlisted_dev.tsv`` and the everyday words of
``benchmarks/data/native_everyday.tsv``."""

SCRIPT_MARKETS: dict[str, tuple[str, ...]] = {
    "Arabic": ("ar", "fa"), "Hebrew": ("he",), "Thai": ("th",), "Devanagari": ("hi",), "Bengali": ("bn",),
    "Cyrillic": ("ru", "uk", "bg", "sr-Cyrl"), "Greek": ("el",), "Hangul": ("ko",), "Kana": ("ja",),
}
"""The markets whose renderers write a brand in each script (Chinese names are chosen, not
transcribed, so Han has none: its brands are found through their listed forms and pinyin)."""

_LANGUAGE_LETTERS = (("fa", frozenset("پچژگیک")), ("uk", frozenset("іїєґІЇЄҐ")), ("bg", frozenset("ъЪ")),
                     ("sr-Cyrl", frozenset("ђјљњћџЂЈЉЊЋЏ")))


def script_markets(text: str, script: str) -> tuple[str, ...]:
    """The markets whose renderings to compare ``text`` with: one, picked by the letters only
    one language of the script writes (Persian پ گ ی, Ukrainian і ї є, Bulgarian ъ, Serbian ј џ љ
    њ ђ ћ), else the script's first."""
    tags = SCRIPT_MARKETS.get(script, ())
    letters = set(text)
    for tag, marks in _LANGUAGE_LETTERS:
        if tag in tags and letters & marks:
            return (tag,)
    return tags[:1]


RENDER_AT_MOST = 16
"""Only the brands of the pool whose letters and phonetic key are nearest the name's romanisations
are compared with their renderings in its script (reading every candidate's would double a warm
check; brands whose rendering is the name are always compared), and only those
this near (rapidfuzz ratio): a brand that shares less than 40 % is not the name spelt otherwise."""
RENDER_KEY_MIN = 40


def worth_rendering(romanizations: tuple[str, ...], candidates: list) -> set[int]:
    """``id`` of the records of the (record, matched, mark) candidates worth rendering: the
    :data:`RENDER_AT_MOST` whose names (:func:`brand_names_to_render`) are nearest the name's
    romanisations by letters and by phonetic key (cheap: no reading of the brands)."""
    from rapidfuzz import fuzz

    from .fold import plain_key
    from .phonetic_key import sound_key

    forms = [(plain_key(r), sound_key(r)) for r in romanizations if plain_key(r)]
    if not forms:
        return {id(record) for record, _, _ in candidates}
    near: dict[int, float] = {}
    for record, matched, mark in candidates:
        sim = max(((fuzz.ratio(letters, plain_key(n)) + fuzz.ratio(key, sound_key(n))) / 2
                   for n in brand_names_to_render(record, matched, mark) for letters, key in forms), default=0.0)
        near[id(record)] = max(near.get(id(record), 0.0), sim)
    ranked = sorted(near, key=near.__getitem__, reverse=True)[:RENDER_AT_MOST]
    return {r for r in ranked if near[r] >= RENDER_KEY_MIN}


# Letters the romanisation of a script reads one way that foreign names also spell another way.
_VARIANTS = {
    "Arabic": (("j", "g"), ("q", "k")),  # ج is g in Egypt and the Gulf (جوجل Google); ق k
    "Hebrew": (("h ", "a "), ("v", "w")),  # a final ה is the vowel a (קוקה Coca); ו is w (וואטסאפ)
}


def loan_romanizations(text: str, script: str, roman: str, *, heard: bool = True) -> tuple[str, ...]:
    """Other Latin spellings to look a native name up by, besides its usual romanisation
    ``roman``: the script's open letters read the other way, and (``heard``) the name's reading
    romanised."""
    from ..phonetics.readers import read_script
    from ..phonetics.romanize import romanize

    from ..phonetics.native import thai_romanization

    out = [thai_romanization(text)] if script == "Thai" else []
    low = roman.lower() + " "
    for a, b in _VARIANTS.get(script, ()):
        if a in low:
            out.append(low.replace(a, b).strip())
    if heard:
        out.append(romanize(read_script(text)))
    return tuple(v for v in dict.fromkeys(out) if v and v != roman.lower())


FILE = "similarity/native_renderings.tsv"
"""The bundled brands' names written in each script by brandcheck's renderers (generated data:
``python -m brandcheck.similarity.native > wordlists/similarity/native_renderings.tsv``).
Rendering some forty brands for each new native name would double a warm check; the file costs a
dict look-up, and its folded forms find a brand the index would not (กูเกิล → Google)."""


FILE_MARKETS = ("ar", "fa", "he", "th", "hi", "bn", "ru", "el", "ko", "ja")
"""The markets the file covers (Ukrainian and Bulgarian spellings fold onto the Russian one; a name
with their own letters is rendered for them at check time)."""


@functools.lru_cache(maxsize=1)
def _renderings_table():
    from ..data import read_tsv

    return list(read_tsv(FILE, required=("brand", "name", "market", "forms")).dicts())


@functools.lru_cache(maxsize=1)
def _bundled_renderings() -> dict[tuple[str, str], tuple[str, ...]]:
    return {(row["name"], row["market"]): tuple(row["forms"].split("|")) for row in _renderings_table()}


@functools.lru_cache(maxsize=None)
def _by_folded_rendering(tag: str) -> dict[str, tuple[str, ...]]:
    """Folded rendering in ``tag``'s script → the bundled brands written so (built per market, on
    the first name in its script)."""
    from .fold import script_key

    script = next(s for s, tags in SCRIPT_MARKETS.items() if tag in tags)
    out: dict[str, list[str]] = {}
    for row in _renderings_table():
        if row["market"] == tag:
            for form in row["forms"].split("|"):
                key = script_fold(script_key(form), script)
                # a short rendering only as written (پژو Peugeot): folded, too many words match it
                out.setdefault(key if len(key) >= SHORT else script_key(form), []).append(row["brand"])
                if len(key) >= SHORT and script in _ALTERNATION_SCRIPTS:
                    out.setdefault(ALTERNATE + alternation_fold(script_key(form), script), []).append(row["brand"])
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


ALTERNATE = "~"
"""Marks a key under :func:`alternation_fold` in the look-up by rendering (kept apart from the plain
folded keys)."""
_ALTERNATION_SCRIPTS = frozenset({"Thai"})


def rendering_matches(text: str, script: str) -> tuple[str, ...]:
    """Names of the bundled brands whose rendering in ``text``'s script is ``text`` once what the
    script leaves open is folded (candidates the Latin index may not reach: กูเกิล → Google)."""
    from .fold import script_key

    key = script_fold(script_key(text), script)
    keys = (key,) if len(key) >= SHORT else (script_key(text),)
    if len(key) >= SHORT and script in _ALTERNATION_SCRIPTS:
        keys += (ALTERNATE + alternation_fold(script_key(text), script),)
    tags = [t for t in script_markets(text, script) if t in FILE_MARKETS]
    tags = tags or [t for t in SCRIPT_MARKETS.get(script, ()) if t in FILE_MARKETS][:1]
    return tuple(dict.fromkeys(b for tag in tags for k in keys for b in _by_folded_rendering(tag).get(k, ())))


@functools.lru_cache(maxsize=16_384)
def rendered_forms(name: str, tag: str) -> tuple[str, ...]:
    """How ``name`` is written in ``tag``'s script by brandcheck's renderer (best three forms):
    from the generated file for the bundled brands, rendered now for any other name."""
    bundled = _bundled_renderings().get((name, tag))
    if bundled is not None:
        return bundled
    return render_now(name, tag)


class HeardName(str):
    """A brand's name spelt as its home market says it (Siemens *zimens*), carrying that reading:
    it is written in another script from the home IPA first ([ziːmɛns] زیمنس, Зименс), then from
    the spelling read as a loan (*pejo* פיג'ו, as Hebrew writes Peugeot)."""

    __slots__ = ("ipa",)

    def __new__(cls, spelling: str, ipa: str) -> "HeardName":
        out = super().__new__(cls, spelling)
        out.ipa = ipa
        return out


def render_now(name: str, tag: str) -> tuple[str, ...]:
    from ..phonetics.scripts import render, script_market
    from ..phonetics.source import intended

    try:
        market = script_market(tag)
        spelt = tuple(r.text for r in render(intended(name), market, k=3))
        if not (isinstance(name, HeardName) and name.ipa):
            return spelt
        # the home reading first, then the respelling read as a loan (Peugeot: Пежо, and פיג'ו as said in Israel)
        heard = tuple(r.text for r in render(intended(name, ipa=name.ipa), market, k=2))
        return tuple(dict.fromkeys(heard[:1] + spelt[:1] + heard[1:] + spelt[1:]))[:3]
    except Exception:  # noqa: BLE001 - a brand name a reader cannot take: no rendering to compare
        return ()


def generate() -> list[tuple[str, str, str, str]]:
    """The rows of the data file: each bundled brand's names to render, in the file's markets (best
    two forms)."""
    from .brands import bundled_brands

    rows = []
    for record in bundled_brands():
        for name in _bundled_names_to_render(record):
            for tag in FILE_MARKETS:
                forms = [f for f in render_now(name, tag) if "|" not in f and "\t" not in f][:2]
                if forms:
                    rows.append((record.name, name, tag, "|".join(forms)))
    return sorted(set(rows), key="\t".join)


_HEADER = """# brandcheck wordlist: similarity/native_renderings
# what: GENERATED — each bundled brand's names (its name, first Latin alias, name as heard at home) written in the scripts of the markets brandcheck renders (ar fa he th hi bn ru el ko ja), best two forms, so a native-script name is compared with them without rendering at check time
# facts: generated by `python -m brandcheck.similarity.native` from wordlists/brands and brandcheck's own renderers (phonetics.scripts); regenerate after changing either
# format-version: 1
brand\tname\tmarket\tforms
"""


# What spellings in a script leave open, folded away before two spellings are compared: accents and
# tone marks, vowel points and harakat, hamza seats, final letter forms, long/short vowel signs of
# Indic scripts, the nukta and virama, doubled letters; Thai letters that spell one sound in loans.
_FOLD = {
    "Greek": {},
    "Arabic": dict(zip("أإآٱةىیکؤئڤپچژگ", "اااااهييكويفبجزك")),
    "Hebrew": {"ך": "כ", "ם": "מ", "ן": "נ", "ף": "פ", "ץ": "צ", "׳": "", "'": "", "״": ""},
    # Thai: letters of one sound in loans; แ and เ both write a foreign [ɛ] (ชาแนล, เชลล์)
    "Thai": dict(zip("ทฏฐฑฒถธพผภคขฆฃฅซศษฉฌณฬญฮะัีูืแ", "ตตตตตตตปปปกกกกกสสสชชนลยหาาิุึเ")),
    "Devanagari": {"ी": "ि", "ू": "ु", "ँ": "ं", "ॉ": "ो", "ॅ": "े", "ऑ": "ओ", "ई": "इ", "ऊ": "उ"},
    # Bengali loans write [o] with ো or leave it to the inherent vowel (সোনি, সনি Sony)
    "Bengali": {"ী": "ি", "ূ": "ু", "ঁ": "ং", "ঈ": "ই", "ঊ": "উ", "য়": "য", "ো": ""},
    "Cyrillic": dict(zip("ёјіїєґъ", "ейиией")) | {"ъ": "а"},
    "Kana": {"ー": "", "・": "", "ヴ": "ブ"},
}
_DROP = {
    "Arabic": frozenset(chr(c) for c in range(0x064B, 0x0653)) | {"\u0670", "\u0640"},
    "Hebrew": frozenset(chr(c) for c in range(0x0591, 0x05C8)),
    "Thai": frozenset("\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d"),
    "Devanagari": frozenset("\u093c\u094d"),
    "Bengali": frozenset("\u09bc\u09cd"),
    "Greek": frozenset("\u0301\u0308\u0344"),
}


# Letter pairs that spell one sound in loans, folded before the letters are: Bengali াও and াউ for [au]
# (শাওমি, শাউমি Xiaomi); in Indic scripts a nasal with a virama before a consonant and the anusvara
# (इन्स्टाग्राम, इंस्टाग्राम: the standard spelling allows both, and the press mixes them).
_PAIRS = {"Bengali": (("াও", "াউ"), ("ন্", "ং")), "Devanagari": (("न्", "ं"), ("ण्", "ं"))}


def script_fold(text: str, script: str) -> str:
    """``text`` (a script key) with what its script leaves open folded away (see ``_FOLD``)."""
    import unicodedata

    for pair, same in _PAIRS.get(script, ()):
        text = text.replace(pair, same)
    drop, fold = _DROP.get(script, frozenset()), _FOLD.get(script, {})
    decomposed = unicodedata.normalize("NFD", text) if script in ("Greek", "Cyrillic") else text
    out: list[str] = []
    for ch in decomposed:
        if ch in drop:
            continue
        ch = fold.get(ch, ch)
        if ch and not (out and out[-1] == ch):
            out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def unmarked(key: str, script: str) -> str:
    """A script key without the marks its script leaves open (tone marks, vowel points, harakat,
    accents: ``_DROP``), its letters as written: how a short name is compared for equality (บ๊อช
    and บอช are one spelling of Bosch; folding letters too would make ข้าว 'rice' คาว)."""
    import unicodedata

    drop = _DROP.get(script, frozenset())
    decomposed = unicodedata.normalize("NFD", key) if script == "Greek" else key
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in drop))


SHORT = 4
"""Names of fewer folded letters are compared as written: folding a three-letter word leaves too
little to tell chance from a match (ข้าว 'rice' ~ คาว), and one letter more or less makes another
word (بيت 'house' ~ BT بي تي): a short name near a rendering is a low finding at most."""
SHORT_NEAR_CAP = 0.79

FOLDED_WEIGHT = 0.98
"""A name equal to the brand's rendering once those open points are folded (โตโยต้า ~ โทโยทา) is
all but the same spelling."""

RANK_STEP = 0.01
"""A brand's second rendering counts this much less than its first: a name that is one brand's
usual spelling and another's second choice (אינטל: Intel, and Entel with its e written) is the first."""

ALTERNATION_WEIGHT = 0.98
"""A name equal to the rendering but for what its script spells two ways in loans
(:func:`alternation_fold`). Only equality counts: folded before near spellings are measured, the
alternation lifted everyday words towards brands."""

# Thai loans write a foreign o before a final consonant with โ– or –อ (Colgate คอลเกต, Volkswagen
# โฟล์คสวาเกน): โ + one onset letter + a final letter (no vowel sign after it) → onset + อ + final.
_THAI_CONSONANT = "[\u0e01-\u0e2e]"
_THAI_FOLLOWER = "[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]"  # vowel signs and marks written after a letter


@functools.lru_cache(maxsize=1)
def _alternations() -> dict[str, tuple]:
    import re

    silenced = re.compile(f"{_THAI_CONSONANT}[\u0e34\u0e38]?\u0e4c")  # a letter the karan silences (ส์, ทร์)
    tone = re.compile("[\u0e47-\u0e4b\u0e4d]")
    closed_o = re.compile(f"โ({_THAI_CONSONANT})(?!อ)({_THAI_CONSONANT})(?!{_THAI_FOLLOWER})")
    ai = re.compile(f"ไ({_THAI_CONSONANT})")
    return {"Thai": ((silenced, ""), (tone, ""), (closed_o, "\\1อ\\2"), (ai, "\\1าย"))}


def alternation_fold(key: str, script: str) -> str:
    """A script key (:func:`~.fold.script_key`) with what its script spells two ways in loans
    written one way, then folded (:func:`script_fold`): in Thai, silent letters under the karan
    written or left out (สตาร์บัคส์, สตาร์บัค), an o before a final consonant โ– or –อ (โคล, คอล),
    [aɪ] ไ– or –าย (ไว, วาย: Spotify สปอติฟาย, Wi-Fi ไวไฟ).
    Compared for equality only."""
    for pattern, repl in _alternations().get(script, ()):
        key = pattern.sub(repl, key)
    return script_fold(key, script)


def rendered_scores(text: str, script: str, names: tuple[str, ...]) -> tuple[float, list[str]]:
    """(score, why) of a native-script name against a brand (its name and Latin aliases
    ``names``) as written in that script: identical, identical but for what the script leaves
    open, near by spelling and the script's reading, or contained as a whole word."""
    from ..phonetics.features import ipa_similarity
    from ..phonetics.readers import read_script
    from .brands import native_key
    from .fold import script_key
    from .score import FULL_SIGHT_WEIGHT, _sight

    q = script_key(text)
    if not q:
        return 0.0, []
    fq = script_fold(q, script)
    short = len(fq) < SHORT  # in a short name every letter counts: compare the spellings as written
    best, why = 0.0, []
    aq = alternation_fold(q, script)
    for tag in script_markets(text, script):
        heard_q = read_script(text, tag)
        for name in names:
            for rank, form in enumerate(rendered_forms(name, tag)):
                a = script_key(form)
                if not a:
                    continue
                # the renderer's own order counts: its first form beats another brand's second (אינטל)
                step = 1 - RANK_STEP * rank
                fa = script_fold(a, script)
                if a == q:
                    score = RENDERED_WEIGHT * step
                    reason = f"'{text}' is '{name}' as {tag} writes it ('{form}')"
                elif fa == fq and not short or short and unmarked(a, script) == unmarked(q, script):
                    score = RENDERED_WEIGHT * FOLDED_WEIGHT * step
                    reason = (f"'{text}' is '{name}' as {tag} writes it ('{form}'), but for what the script "
                              f"leaves open (marks, vowel signs, doubled letters)")
                elif aq == alternation_fold(a, script) and not short:
                    score = RENDERED_WEIGHT * FOLDED_WEIGHT * ALTERNATION_WEIGHT * step
                    reason = (f"'{text}' is '{name}' as {tag} writes it ('{form}'), but for what the script "
                              f"spells two ways in loans (silent letters, a vowel)")
                else:
                    sight = _sight(q, a) if short else _sight(fq, fa)
                    heard = ipa_similarity(heard_q, read_script(form, tag)) if heard_q else 0.0
                    # the same sound spelt another way (วีซ่า for วีซา) counts as the home-heard match does
                    blend = max(FULL_SIGHT_WEIGHT * sight + (1 - FULL_SIGHT_WEIGHT) * heard, 0.95 * heard ** 2)
                    score = blend * RENDERED_WEIGHT
                    if short:
                        score = min(score, SHORT_NEAR_CAP)
                    reason = (f"'{text}' looks and sounds like '{name}' as {tag} writes it ('{form}'; "
                              f"spelling {sight:.2f}, sound {heard:.2f})")
                words = [native_key(w) for w in form.split()]
                if len(words) > 1 and native_key(text) in words[:1]:
                    contained = (0.6 + 0.4 * len(q) / len(a)) * RENDERED_WEIGHT
                    if contained > score:
                        score = contained
                        reason = f"'{text}' is the first word of '{name}' as {tag} writes it ('{form}')"
                if score > best:
                    best, why = score, [reason]
    return best, why


_HOME_SCRIPTS = {"CN": ("Han",), "TW": ("Han",), "HK": ("Han",), "JP": ("Kana", "Han"), "KR": ("Hangul",)}


def brand_names_to_render(record, matched: str, mark) -> tuple[str, ...]:
    """The Latin-letter names of a brand to write in another script: its name and Latin aliases
    (Mercedes for Mercedes-Benz, Chevy), its name as heard at home (Renault *reno*, :mod:`.home`;
    Xiaomi *shaumi* from 小米), or the register mark's own text."""
    from ..phonetics.native import native_script

    if mark is not None:
        return (matched,) if native_script(matched) is None else ()
    return _bundled_names_to_render(record)


@functools.lru_cache(maxsize=8192)
def _bundled_names_to_render(record) -> tuple[str, ...]:
    from ..phonetics.native import native_script

    latin = [a for a in record.aliases if native_script(a) is None and any(c.isalpha() for c in a)]
    return tuple(dict.fromkeys([record.name, *latin[:1], *_heard_at_home(record)]))


@functools.lru_cache(maxsize=4096)
def _heard_at_home(record) -> tuple[str, ...]:
    """The brand spelt in plain letters as its home market says it, when that differs from its name:
    its home spelling (:mod:`.home`) and, for a brand listed in its home script, that form read and
    respelt (a pinyin name has both: Xiaomi *shaumi* and, from 小米, *shiaumi*); each a
    :class:`HeardName` that keeps the home reading it spells."""
    from ..phonetics.native import native_ipa, native_language, native_script
    from .fold import plain_key
    from .home import home_spellings, respell

    heard = home_spellings().get(record.name)
    spellings = [HeardName(heard.spelling, heard.ipa)] if heard is not None else []
    scripts = _HOME_SCRIPTS.get(record.country, ())
    alias = next((a for a in record.aliases if native_script(a) in scripts), None)
    if alias is not None:
        segments = native_ipa(alias, native_language(native_script(alias)))
        if native_script(alias) == "Hangul":
            # ㅓ is written as an o abroad (현대 ヒョンデ, Хёндэ; Seoul ソウル), not as English [ʌ]
            segments = tuple("ɔ" if s == "ʌ" else s for s in segments)
        spellings.append(HeardName(respell(segments), "".join(segments)))
    return tuple(s for s in dict.fromkeys(spellings) if s and s != plain_key(record.name))


EVERYDAY_ZIPF, EVERYDAY_MARGIN, EVERYDAY_CAP = 4.0, 1.5, 0.79
"""A native name that is a common word of its language (wordfreq Zipf ≥ 4.0) and far more
common than the brand's name is in English (by a Zipf of 1.5, thirty times) is that word: its
likeness to a brand across scripts (дом ~ Doom, نور ~ Knorr) is chance, kept in the nearest list
and as a low finding at most. A brand's own listed form is never capped;
a brand's spelling in the script is as common as the brand (Twitter تويتر), so it passes."""

_WORD_LANGUAGES = {"Arabic": ("ar", "fa"), "Cyrillic": ("ru", "uk", "bg"), "Han": ("zh",), "Kana": ("ja",),
                   "Hangul": ("ko",), "Hebrew": ("he",), "Devanagari": ("hi",), "Bengali": ("bn",), "Greek": ("el",)}


def everyday_word(text: str, script: str, record) -> str | None:
    """Why ``text`` reads as an everyday word of its language rather than as the brand
    ``record``, or None."""
    from ..distinctiveness.frequency import zipf
    from ..phonetics.native import native_script
    from .fold import plain_key

    word = text.strip().casefold()
    if not word or " " in word:
        return None
    z, lang = max(((zipf(word, lang), lang) for lang in _WORD_LANGUAGES.get(script, ())), default=(0.0, ""))
    if z < EVERYDAY_ZIPF:
        return None
    # how common the brand's own name is: its name or a Latin alias (Mercedes for Mercedes-Benz)
    keys = {plain_key(n) for n in (record.name, *record.aliases) if native_script(n) is None}
    b = max((zipf(k, "en") for k in keys if k), default=0.0)
    if z - b < EVERYDAY_MARGIN:
        return None
    return (f"'{text}' is an everyday word in {lang} (Zipf {z:.1f}), far more common than '{record.name}' in "
            f"English (Zipf {b:.1f}): a likeness across scripts is chance")


@functools.lru_cache(maxsize=1)
def native_generic_words() -> dict[str, str]:
    """Company-form and sector words in other scripts (``wordlists/similarity/native_generic.tsv``),
    keyed as :func:`~.brands.native_key` → ``form`` or ``generic``."""
    from ..data import read_tsv
    from .brands import native_key

    table = read_tsv("similarity/native_generic.tsv", required=("word", "kind"))
    return {native_key(row["word"]): row["kind"] for row in table.dicts()}


_UNSPACED = frozenset({"Han", "Kana", "Hangul", "Thai"})
"""Scripts written without spaces between words: a set-aside word is cut off the edge of the name."""


def native_distinctive(text: str, script: str) -> tuple[str, str, str]:
    """(distinctive part, the word set aside, its kind) of a native-script name: one company-form
    or sector word at its start or end set aside (苹果公司 → 苹果 + 公司, ペプシコーラ → ペプシ +
    コーラ); a whole word where the script spaces its words; ``(name, "", "")`` when none."""
    from .brands import native_key

    words = native_generic_words()
    parts = text.split()
    if len(parts) > 1:
        for word, rest in ((parts[-1], parts[:-1]), (parts[0], parts[1:])):
            kind = words.get(native_key(word))
            if kind:
                return " ".join(rest), word, kind
        return text, "", ""
    key = native_key(text)
    if script not in _UNSPACED:
        return text, "", ""
    for word in sorted(words, key=len, reverse=True):
        if len(key) - len(word) >= 2:
            if key.endswith(word):
                return key[: -len(word)], word, words[word]
            if key.startswith(word):
                return key[len(word):], word, words[word]
    return text, "", ""


@functools.lru_cache(maxsize=1)
def _folded_aliases() -> dict[str, list]:
    from ..phonetics.native import native_script
    from .brands import bundled_brands
    from .fold import script_key

    out: dict[str, list] = {}
    for record in bundled_brands():
        for alias in record.aliases:
            script = native_script(alias)
            if script:
                key = script_fold(han_fold(script_key(alias)) if script == "Han" else script_key(alias), script)
                out.setdefault(key, []).append((record, alias))
    return out


def folded_alias_matches(text: str, script: str) -> list:
    """(record, alias) of the bundled brands whose listed form in ``text``'s script is ``text``
    once what the script leaves open is folded (萬寶路 = 万宝路 in the other character set)."""
    from .fold import script_key

    key = script_key(text)
    key = script_fold(han_fold(key) if script == "Han" else key, script)
    return list(_folded_aliases().get(key, ()))


def han_fold(text: str) -> str:
    """Chinese characters in one set (traditional), so 百事可樂 and 百事可乐 are one name."""
    from ..phonetics.scripts.chinese import to_traditional

    return to_traditional(text)


def main() -> None:
    """Write the data file to stdout."""
    import sys

    sys.stdout.write(_HEADER + "".join("\t".join(row) + "\n" for row in generate()))


if __name__ == "__main__":
    main()
