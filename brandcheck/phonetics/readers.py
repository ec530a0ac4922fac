"""How speakers of a language read a word written in Latin letters, by their own spelling rules.

``read("Wolf", "de")`` → ``("v", "ɔ", "l", "f")``. Latin-script markets have an epitran map
(``Market.reader``); other languages use:

* English: the English pronouncer (CMUdict, then gruut) of :mod:`.english`;
* Danish: no epitran map exists, so a small rule table written for this project
  (``wordlists/phonology/reading_rules.tsv``: soft *d*, uvular *r*, *å*/*æ*/*ø*, *-e* as schwa…);
* Japanese and Korean: Hepburn romaji and Revised Romanisation rule tables in the same file (a Latin
  name read as if it were romanised Japanese/Korean, with foreign letters *l v x q c* mapped the usual way);
* Mandarin: epitran's pinyin map ``cmn-Latn``;
* anything else (Russian, Greek, Arabic… speakers reading Latin letters): epitran ``generic-Latn``.

epitran is given one lower-case word at a time (its rules anchor on word edges). Letters a map
does not cover can leak through unchanged (Italian ``y``, Polish ``q``); they are kept here as
their plain IPA value and the adaptation step (:mod:`.adapt`) maps them to the nearest sound of
the language. Readers are built once per code and cached.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from ..data import read_tsv
from ..markets import MARKETS, Market, get
from .features import import_with_stand_ins, install_shared_table, segment

__all__ = ["EPITRAN_CODES", "reader_code", "epitran_reader", "read", "read_language", "read_name"]

EPITRAN_CODES: dict[str, str] = {
    "de": "deu-Latn", "es": "spa-Latn", "pt": "por-Latn", "fr": "fra-Latn", "it": "ita-Latn",
    "nl": "nld-Latn", "sv": "swe-Latn", "no": "nno-Latn", "fi": "fin-Latn", "pl": "pol-Latn",
    "cs": "ces-Latn", "ro": "ron-Latn", "hu": "hun-Latn", "tr": "tur-Latn", "id": "ind-Latn",
    "ms": "msa-Latn", "tl": "tgl-Latn", "vi": "vie-Latn", "zh": "cmn-Latn", "sw": "swa-Latn",
    "hr": "hrv-Latn", "sr": "srp-Latn", "sk": "ces-Latn", "sl": "slv-Latn", "lt": "lit-Latn", "lv": "lav-Latn",
    "et": "est-Latn",
}
"""Language → epitran map used to read Latin letters (same as ``Market.reader`` where a market has one)."""

_GENERIC = "generic-Latn"


def reader_code(language: str) -> str:
    """The reader for a language: an epitran code, ``"rules:<lang>"``, or ``"english"``."""
    if language == "en":
        return "english"
    if language in _rules():
        return f"rules:{language}"
    return EPITRAN_CODES.get(language, _GENERIC)


@functools.lru_cache(maxsize=None)
def epitran_reader(code: str):
    """A cached ``epitran.Epitran`` for one map code (the shared FeatureTable is installed first)."""
    install_shared_table()
    import_with_stand_ins(("epitran",), ("requests",))  # epitran's downloader is never used
    import epitran

    return epitran.Epitran(code)


def _clean_word(word: str) -> str:
    word = unicodedata.normalize("NFC", word.strip().lower())
    return "".join(c for c in word if c.isalpha() or c == "'").replace("'", "")


@functools.lru_cache(maxsize=8192)
def read_language(word: str, language: str) -> tuple[str, ...]:
    """IPA segments of one word as read by a speaker of ``language`` (ISO 639-1)."""
    w = _clean_word(word)
    if not w:
        return ()
    code = reader_code(language)
    if code == "english":
        from .english import cmu_reading, english_g2p

        listed = cmu_reading(w)
        return listed[0] if listed else english_g2p(w)[0]
    if code.startswith("rules:"):
        return _rule_read(w, code[6:])
    return _epitran_read(w, code)


_PRE_EDITS: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = {
    # epitran's Swedish map reads every "sk" as the sj-sound; Swedish has it only before the front
    # vowels e i y ä ö (skiva, but skala, tasko). A zero-width space keeps s and k apart elsewhere.
    "swe-Latn": ((re.compile(r"sk(?![eiyäö])"), "s\u200bk"),),
}
# Spanish, Portuguese, French and German maps read "gu" as a digraph (g before e/i: guerra, guitare)
# even before a consonant, where the u is a vowel (gurpo, Gustav): keep g and u apart there.
_GU = (re.compile(r"gu(?=[^aeiouyáéíóúàèìòùâêîôûäëïöüãõ]|$)"), "g\u200bu")
for _code in ("spa-Latn", "por-Latn", "fra-Latn", "deu-Latn"):
    _PRE_EDITS[_code] = _PRE_EDITS.get(_code, ()) + (_GU,)
# French: e after g before a, o, u only marks the soft g (Peugeot, Georges, mangeons); final -ault
# is /o/ (Renault, Perrault, Foucault): the map reads both letter by letter.
_PRE_EDITS["fra-Latn"] = _PRE_EDITS["fra-Latn"] + ((re.compile(r"ge(?=[aou])"), "j"), (re.compile(r"ault$"), "o"))
# German: the map reads every "gn" as the French /ɲ/; native words say g and n (Wagner, Signal,
# Gnom, Magnet), only French and Italian loans ending in it keep /nj/ (Lasagne, Champignon).
_PRE_EDITS["deu-Latn"] = _PRE_EDITS["deu-Latn"] + ((re.compile(r"gn(?![aeio]$|on$)"), "g\u200bn"),)
# French: a final -ès is /ɛs/ in names (Hermès, Agnès, Inès, Ramsès); the map drops the s and reduces
# the vowel. The common words whose final s is silent (très, après, succès…) are left to the map.
_SILENT_ES = ("très", "près", "après", "auprès", "exprès", "dès", "lès", "procès", "succès", "progrès", "accès",
              "excès", "abcès", "congrès", "décès", "cyprès", "grès", "agrès", "profès")
_PRE_EDITS["fra-Latn"] = _PRE_EDITS["fra-Latn"] + (
    (re.compile(r"^(?!(?:" + "|".join(_SILENT_ES) + r")$)(.+)ès$"), r"\1esse"),)
"""Corrections applied to a word before an epitran map reads it, where the map is known to be wrong."""


@functools.lru_cache(maxsize=8192)
def _epitran_read(word: str, code: str) -> tuple[str, ...]:
    # memoised like read_language: a name's reading in a market (phonetics.score) is asked for
    # again when its nearest brands are rescored (similarity.score), word for word the same
    for pattern, repl in _PRE_EDITS.get(code, ()):
        word = pattern.sub(repl, word)
    ipa = epitran_reader(code).transliterate(word)
    segs = segment(ipa)
    if not segs:
        # nothing the map knows: read the letters generically rather than return silence
        if code != _GENERIC:
            return _epitran_read(word, _GENERIC)
        return ()
    return segs


def read(word: str, market_or_language: "Market | str") -> tuple[str, ...]:
    """IPA segments of how a speaker in a market (or of a language) reads one written word.

    A :class:`~brandcheck.markets.Market` uses its ``reader`` when it has one; a string may be a
    market tag (``"pt-BR"``) or a language code (``"da"``).
    """
    language, code = _target(market_or_language)
    w = _clean_word(word)
    if not w:
        return ()
    if code:
        return _epitran_read(w, code)
    return read_language(w, language)


def _target(market_or_language) -> tuple[str, str | None]:
    if isinstance(market_or_language, Market):
        return market_or_language.language, market_or_language.reader
    key = str(market_or_language)
    if key in MARKETS or "-" in key or "_" in key:
        try:
            m = get(key)
            return m.language, m.reader
        except LookupError:
            pass
    return key.lower(), None


def read_name(name: str, market_or_language: "Market | str") -> tuple[tuple[str, ...], ...]:
    """How the market reads a whole name: one IPA segment tuple per spoken word.

    Digits are said as the market language's numbers, capital initialisms
    (:func:`.tokenise.is_initialism`, the test :func:`.source.intended` uses) letter by letter with
    its letter names, ``&``/``+`` as its words.
    """
    from .lexicon import letter, number, symbol
    from .tokenise import is_initialism, latin_letters, tokens

    language, _ = _target(market_or_language)
    out: list[tuple[str, ...]] = []
    for chunk in (name,):
        for token in tokens(chunk):
            if token in "&+":
                said = symbol(token, language)
                if said:
                    out.append(said[1])
            elif token.isdigit():
                out.extend(number(token, language))
            elif is_initialism(token, language):
                out.append(tuple(s for ch in token for s in letter(ch, language)[1]))
            else:
                segs = read(token, market_or_language) if latin_letters(token) else read_script(token)
                if segs:
                    out.append(segs)
    return tuple(out)


# --------------------------------------------------------------------------------------------------
# Small rule readers for languages without a usable epitran Latin map.
#
# The rules are in wordlists/phonology/reading_rules.tsv: (letters, ipa, condition) tried longest
# first at each position. ``ipa`` is space-separated segments ("" = silent). condition: "" always;
# "#_" word-initial; "_#" word-final; "V_" after a vowel letter; "_V" before a vowel letter; "_C"
# before a consonant letter or the end; "_E" before e/i/y (front vowel letters).

_V = "aeiouyæøåáéíóúàèìòùâêîôûäëïöü"

Rule = tuple[str, tuple[str, ...], str]
"""(letters, IPA segments, condition)."""


@functools.lru_cache(maxsize=1)
def _rules() -> dict[str, dict[str, list[Rule]]]:
    """language → first letter → rules, longest match first, conditional rules before plain ones."""
    table = read_tsv("phonology/reading_rules.tsv", required=("language", "letters", "ipa", "condition"))
    out: dict[str, dict[str, list[Rule]]] = {}
    for row in table.dicts():
        by_first = out.setdefault(row["language"], {})
        by_first.setdefault(row["letters"][0], []).append((row["letters"], tuple(row["ipa"].split()), row["condition"]))
    for by_first in out.values():
        for rules in by_first.values():
            rules.sort(key=lambda r: (-len(r[0]), r[2] == ""))
    return out


def _cond_ok(cond: str, word: str, i: int, j: int) -> bool:
    if not cond:
        return True
    before = word[i - 1] if i > 0 else ""
    after = word[j] if j < len(word) else ""
    if cond == "#_":
        return i == 0
    if cond == "_#":
        return j == len(word)
    if cond == "V_":
        return bool(before) and before in _V
    if cond == "_V":
        return bool(after) and after in _V
    if cond == "_C":
        return not after or after not in _V
    if cond == "_E":
        return bool(after) and after in "eiyæø"
    return False


def _rule_read(word: str, language: str) -> tuple[str, ...]:
    rules = _rules()[language]
    out: list[str] = []
    i = 0
    while i < len(word):
        for letters, ipa, cond in rules.get(word[i], ()):
            j = i + len(letters)
            if word.startswith(letters, i) and _cond_ok(cond, word, i, j):
                out.extend(ipa)
                i = j
                break
        else:
            # a letter the table does not list (a diacritic variant): read its base letter
            base = unicodedata.normalize("NFD", word[i])[0]
            if base != word[i]:
                word = word[:i] + base + word[i + 1 :]
                continue
            i += 1
    return tuple(out)


# --------------------------------------------------------------------------------------------------
# Names written in other scripts (a name may be given as Москва, 東京, ソニー, 삼성…)

_SCRIPT_CODES = {"Cyrillic": "rus-Cyrl", "Arabic": "ara-Arab", "Devanagari": "hin-Deva", "Thai": "tha-Thai",
                 "Bengali": "ben-Beng",
                 "Hangul": "kor-Hang", "Kana": "jpn-Kana"}

@functools.lru_cache(maxsize=2048)
def read_script(word: str, language: str | None = None) -> tuple[str, ...]:
    """IPA segments for a word in any script, read run by run by its own script's reader
    (:mod:`.native`: Cyrillic as Russian, kana as Japanese, Chinese characters as Mandarin via
    pinyin…). ``language`` is the caller's source language where it picks among a script's readers
    (``ja`` reads 小米 as *kogome*, ``zh-HK`` in Cantonese, ``uk`` Cyrillic as Ukrainian). Han
    characters in a word with kana are Japanese. Letters of scripts without a reader are skipped."""
    from ..names import script_of
    from .native import hebrew_ipa, native_ipa, native_language

    out: list[str] = []
    runs: list[tuple[str, str]] = []
    text = unicodedata.normalize("NFC", word)
    japanese = any(script_of(c) == "Kana" for c in text if c.isalpha())
    for ch in text:
        script = script_of(ch) if ch.isalpha() else "Other"
        if japanese and script == "Han":
            script = "Kana"  # kanji with kana: one Japanese word
        if unicodedata.category(ch).startswith("M") and runs:
            script = runs[-1][0]
        if runs and runs[-1][0] == script:
            runs[-1] = (script, runs[-1][1] + ch)
        else:
            runs.append((script, ch))
    for script, text in runs:
        if script == "Latin":
            out.extend(_epitran_read(_clean_word(text), _GENERIC))
        elif script in ("Thai", "Devanagari", "Bengali"):
            segs = _epitran_read(text.lower(), _SCRIPT_CODES[script])
            if script == "Bengali" and segs[-1:] == ("ɔ",) and "\u0995" <= text[-1] <= "\u09df":
                segs = segs[:-1]  # a word-final inherent vowel is not said (গুগল gugol, not gugolo)
            out.extend(segs)
        elif script == "Hebrew":
            out.extend(hebrew_ipa(text))
        elif script in ("Han", "Kana", "Hangul", "Cyrillic", "Greek", "Arabic"):
            out.extend(native_ipa(text, native_language(script, language, text)))
    from .features import known

    return tuple(s for s in out if known(s))
