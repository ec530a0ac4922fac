"""Meaning screening: offensive, negative, unlucky (and positive) meanings in every market.

``meaning_findings(reading, ctx)`` returns ``meaning.*`` findings. Matching, in order:

1. spelling — the whole name, each word, listed phrases, embedded terms (start / middle / end);
2. numbers — each digit run against the market language's number taboos (4, 88, 250…);
3. read aloud — letters and digits spelled out in the market language (a model code read in
   French) and matched again, by spelling and by sound;
4. sound — the market's reading of the name against listed words' pronunciations;
5. Chinese homophones — syllables of the Chinese rendering against negative characters/words,
   and a Latin name read as pinyin (Bensi → bēn sǐ) over syllable pairs and triples; in Hong
   Kong the same in Cantonese, by jyutping (:mod:`.cantonese`);
6. edges and respellings — strong whole-word-only words at a compound's morpheme edge
   (Super|piss) and strong words spelled another way (Bich ~ bitch), :mod:`.edges`.

Severity follows :mod:`brandcheck.meanings.severity`. Every finding's evidence says what matched
(term, native form, gloss, category, language, region), how (``match``), where (``position``)
and in which form of the name (``reading``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable, Sequence

from ..context import MarketContext, Options
from ..distinctiveness.frequency import zipf
from ..markets import Market
from ..model import Finding, Severity
from ..names import CandidateName
from .lexicon import Entry, Lexicon, UserWordlist, key_of, lexicon, load_wordlists
from .match import Hit, text_hits
from .edges import MORPHEME_ZIPF, compound_hits, respelled_hits, transcribed_hits
from .inflection import inflected_hits
from .severity import finding_severity
from .sound import sound_hits

if TYPE_CHECKING:  # pragma: no cover
    from ..phonetics.reading import Reading
    from ..phonetics.scripts import Rendering

__all__ = ["meaning_findings", "load_wordlists", "lexicon"]

_KIND_WORDS = {
    "whole": "is the whole name", "word": "is a word of the name", "prefix": "starts the name",
    "suffix": "ends the name", "middle": "sits inside the name", "letters": "is how the name sounds read aloud",
    "letters_sound": "sounds like the name read aloud",
    "sound": "is how the name sounds", "sound_near": "sounds close to the name",
    "sound_edge": "can be heard in the name",
    "sound_part": "can be heard inside the name", "homophone": "is heard in the Chinese rendering",
    "compound": "is a part of the compound name", "compound_foreign": "is a part of the compound name",
    "dominant": "fills most of the name",
    "respelled": "is how the name sounds, spelled differently", "number": "is a number in the name",
    "inflected": "is in the name in an inflected or derived form",
    "inflected_short": "may be in the name in an inflected or derived form",
    "coined": "is the stem of the coined name",
    "coined_short": "may be the stem of the coined name",
}
# A word of the name that is itself this common (Zipf, market language or English) makes an
# embedded hit inside it much less salient (the "Dumpling ⊃ dump" rule of naming agencies).
_COMMON_CONTAINER = 3.0


def _heard_in_common_word(hit: Hit, name: CandidateName, market: Market) -> bool:
    """A word heard in part of a word of the name that is itself a common word (Chicken ⊃ chikan in
    Japan, Chartered ⊃ turd, Triumph ⊃ ianfu): listeners hear the word they know, as readers see
    "Dumpling", not "dump" (:func:`_inside_common_word`). The word is the name's only word, or its
    first or last for a stretch at the start or end; a coined name is no common word, so this only
    spares names made of words people know."""
    if hit.kind not in _PART_SOUNDS:
        return False
    words = name.words
    if len(words) == 1:
        word = words[0]
    elif hit.kind == "sound_edge":
        word = words[0] if hit.start == 0 else words[-1]
    else:
        return False
    key = key_of(word)
    if not key or key == hit.entry.key:
        return False
    return max(zipf(key, market.language), zipf(key, "en")) >= _COMMON_CONTAINER


def _other_region(entry: Entry, market: Market) -> bool:
    if not entry.region:
        return False
    lang, _, country = entry.region.partition("-")
    return entry.region != market.tag and country.upper() != market.country


def _ordinary_here(entry: Entry, market: Market) -> bool:
    """A regional sense whose word is an everyday word of the market's language (Southern Cone
    concha, 'shell' in Spain and Mexico): readers elsewhere see the everyday word."""
    return bool(entry.region) and zipf(entry.key, market.language) >= _NATIVE_WORD


# A strong term of this many letters that covers this share of a word stands out even in the
# middle of it (E|merda|ta): weighed as a prefix, not as an infix.
_DOMINANT_LETTERS = 5
_DOMINANT_SHARE = 0.6


def _weight_kind(hit: Hit, name: CandidateName) -> str:
    """A long term that starts a word is read first and seen whole (IKEA's Fartfull): weighed as a word."""
    if hit.kind == "word" and hit.entry.term.isdigit() and name.key != hit.entry.key:
        return "number"  # Channel 4: a number word in a longer name (capped, see severity.py)
    if hit.kind == "middle" and hit.entry.severity >= 3 and len(hit.entry.key) >= _DOMINANT_LETTERS:
        if any(hit.entry.key in key_of(w) and len(hit.entry.key) >= _DOMINANT_SHARE * len(key_of(w))
               for w in name.words):
            return "dominant"
    if hit.kind != "prefix" or len(hit.entry.key) < 4:
        return hit.kind
    for word in name.words:
        key = key_of(word)
        if key.startswith(hit.entry.key) and len(hit.entry.key) >= 0.4 * len(key):
            return "salient_prefix"
    return hit.kind


# Letters that make another word when written without their mark (año/ano, đái/dai), unlike accents
# readers restore at sight (cabrón/cabron, Scheiße/Scheisse).
_DISTINCT_LETTERS = frozenset("ñđÑĐ")


def _letter_missing(hit: Hit, name: CandidateName) -> bool:
    needed = {c.lower() for c in hit.entry.native if c in _DISTINCT_LETTERS}
    return bool(needed) and not needed & {c.lower() for c in name.text}


def _inside_common_word(hit: Hit, name: CandidateName, market: Market) -> bool:
    if hit.kind not in ("prefix", "suffix", "middle", "compound", "compound_foreign", "inflected", "inflected_short", "coined",
                        "coined_short"):
        return False
    for word in name.words:
        key = key_of(word)
        if hit.entry.key in key and key != hit.entry.key:
            own = zipf(key, market.language)
            if (own >= _COMMON_CONTAINER and key.startswith(hit.entry.key) and hit.entry.language == market.language
                    and len(hit.entry.key) >= _DOMINANT_LETTERS):
                # a common word that starts with the market's own word of five letters or more is
                # made from it and keeps its sense (drittsekk, vittuilu); a short one starts words
                # by chance (cock|pit, ass|assin)
                continue
            if max(own, zipf(key, "en")) >= _COMMON_CONTAINER:
                return True
    return False


# A listed word standing alone as the name or one of its words, in its everyday Latin spelling,
# is read as that word: speakers write their insults so in chat every day (Hinglish kutta,
# Arabizi kalb, translit suka), and a Latin brand name is seen as written. Short romanisations
# (tai, jim, gan) and one pinyin syllable (bing: 病, 冰, 兵 …) are still chance spellings, and
# only abuse is written so: a deity's or an illness's name is not (Brahma, in India).
_ROMANISED_WORD = 4
_ABUSE = frozenset({"vulgar", "sexual", "slur", "insult", "excrement"})
_GRIM = frozenset({"death", "disease", "bodily"})
_GRIM_WORD = 5
# Part of a name heard as a word: people joke about an insult heard there, but a holy place, an
# illness or a sad word heard in a syllable or two (Axis ~ aqsa, Isetan ~ satan) goes unnoticed.
_PART_SOUNDS = frozenset({"sound_edge", "sound_part"})


def _romanised_by_chance(hit: Hit, name: CandidateName) -> bool:
    """A Latin-letter romanisation matched in a market that reads another script weighs one step
    less (one spelling of many, met there mostly in the local script or by ear) — unless it is a
    word of abuse of at least four letters standing alone (the whole name, a whole word, or one
    part of a compound), not a single Chinese syllable: speakers recognise it at sight."""
    e = hit.entry
    if not e.term.isascii() or e.term.isdigit() or not any(c.isascii() and c.isalpha() for c in name.text):
        return False
    one_syllable = len(e.native) == 1 and "\u4e00" <= e.native <= "\u9fff"
    # a coined compound shows the word whole at its edge too (Lund|tech, Zona|tech, Kurv|ix)
    if (hit.kind in ("whole", "word", "inflected", "compound", "compound_foreign") and e.category in _ABUSE
            and len(e.key) >= _ROMANISED_WORD and not one_syllable):
        return False
    # a long word of death, illness or the body that is the whole name is no chance spelling either
    # (Mavet 'death' in Israel); a holy name is (Brahma, in India), and so are short ones
    return not (hit.kind == "whole" and e.category in _GRIM and len(e.key) >= _GRIM_WORD and not one_syllable)


def _spelled_across_words(hit: Hit, name: CandidateName) -> bool:
    """A listed word found in the name's words joined that runs over a break between two of them
    (China Life ⊃ chinal): the words are read apart."""
    if len(name.words) < 2 or hit.kind not in ("prefix", "suffix", "middle"):
        return False
    if not hit.where.endswith(f"'{' '.join(name.words)}'"):
        return False  # found inside one word
    bound, end = 0, hit.start + len(hit.entry.key)
    for word in name.words[:-1]:
        bound += len(key_of(word))
        if hit.start < bound < end:
            return True
    return False


def _heard_across_words(hit: Hit, reading: Reading) -> bool:
    """A stretch of the market's reading heard in part of a name of several words that runs over
    the break between two of them (Normann Copenhagen /…manko…/ ⊃ manko): the words are said
    apart. Not when the next word starts with a vowel after a consonant: then the consonant is
    said with it and the two run together (an ice ~ a nice)."""
    from ..phonetics.features import is_consonant, is_vowel

    if hit.kind not in _PART_SOUNDS or len(reading.name.words) < 2:
        return False
    words = reading.pronunciation.words
    segments = reading.sounds
    if sum(len(w) for w in words) != len(segments) or len(words) < 2:
        return False
    breaks = _written_breaks(reading, words)
    end = _stretch_end(hit, segments)
    for b in breaks:
        if hit.start < b < end and not (is_vowel(segments[b]) and is_consonant(segments[b - 1])):
            return True
    return False


def _stretch_end(hit: Hit, segments: Sequence[str]) -> int:
    """Where a stretch heard in the reading ends: the shortest run of segments from its start that
    spells what matched."""
    end, text = hit.start, ""
    while end < len(segments) and len(text) < len(hit.matched):
        text += segments[end]
        end += 1
    return end


# A word of this many sounds or fewer heard at the start of a longer name is its first syllable.
_SYLLABLE_SOUNDS = 3


def _heard_as_first_syllable(hit: Hit, reading: Reading) -> bool:
    """A short word only heard, not spelled, at the very start of a name that goes on with another
    syllable (Hormel /hɔɹ.mɛl/ ~ whore, Tefal ~ Dutch teef): it is the first syllable of a longer
    word, which listeners hear as that word (horizon, hormone), not as the short one. Spelled there
    too, or in the market's script, it is seen (Fuk|ta, Fass|zopo); a single consonant after it is an ending and keeps the
    word whole (Vicks = fick + s in German)."""
    from ..phonetics.features import is_vowel
    from .edges import sound_key

    segments, native = reading.sounds, hit.entry.native.casefold()
    if hit.kind != "sound_edge" or hit.start != 0 or sound_key(reading.name.text).startswith(sound_key(hit.entry.term)):
        return False
    if not native.isascii() and reading.local.text.casefold().startswith(native):
        return False  # written so in the market's script (Huyovo: хуйово)
    end = _stretch_end(hit, segments)
    return end <= _SYLLABLE_SOUNDS and any(is_vowel(seg) for seg in segments[end:])


def _written_breaks(reading: Reading, words: tuple[tuple[str, ...], ...]) -> tuple[int, ...]:
    """Offsets in the reading where one written word of the name ends and the next begins (the
    pronouncer may split a written word further, as PlayStation into play + station: those parts
    are said as one word)."""
    spellings = [w.spelling for w in reading.source.words]
    if len(spellings) != len(words):
        return ()
    text, pos, out, offset = reading.name.text, 0, [], 0
    for i, (spelling, segs) in enumerate(zip(spellings, words)):
        found = text.find(spelling, pos)
        if found < 0:
            return ()
        if i and found > 0 and not text[found - 1].isalnum():
            out.append(offset)
        pos = found + len(spelling)
        offset += len(segs)
    return tuple(out)


def _two_letters(entry: Entry) -> bool:
    """A listed word of one or two letters (pt cu, sv cp, vi dm): a name of two letters is read as
    an initialism first, so the word is a question for native speakers, medium at most. A hate
    code (SS, KZ: category political) is read as one even so."""
    return len(entry.key) <= 2 and not entry.key.isdigit() and entry.category != "political"


# A phrase this strong is heard even in one word run together (laputa = la puta, siktirgit).
_STRONG_PHRASE = 3


def _split_reading(entry: Entry) -> bool:
    """The listed word is a one-word name read as a phrase of several words (nova = no va 'does not
    go'): nobody hears an ordinary phrase in a single word (the Chevrolet Nova sold well in Latin
    America), so it is low at most — unless the phrase is itself strong (vulgar, insulting)."""
    return (" " in entry.native and " " not in entry.term and key_of(entry.native) == entry.key
            and entry.severity < _STRONG_PHRASE)


def _short_syllable_among_words(hit: Hit, name: CandidateName) -> bool:
    """A Latin romanisation of three letters or fewer that is one word of several (Chow Tai Fook,
    Jim Beam, Lao Gan Ma, read in Thailand or Japan) weighs one step less again: many words of the
    market romanise so (tai: ตาย, ไต, ใต้, ไท), and among other words it reads as a syllable of a
    foreign name. Alone, it is the name and is seen as such."""
    return (hit.kind == "word" and len(name.words) > 1 and len(hit.entry.key) < _ROMANISED_WORD
            and _romanised_by_chance(hit, name))


# A word of the name this common in the market's language (wordfreq Zipf) is one of the market's own.
_NATIVE_WORD = 3.5


def _word_of_a_foreign_name(hit: Hit, name: CandidateName, market: Market) -> bool:
    """A listed word that is one word of a name of several, where the name is plainly not in the
    market's language — Latin letters in a market that writes another script, or another word of
    the name that is no common word of the market's language (*Din Tai Fung* in Indonesia, *Max
    Mara* in Japan). Readers there see a foreign name with a syllable that happens to spell a word,
    not that word used as a name: it is reported one step lower, but never below medium (a phrase
    of the market's own words — *Puta Madre* in Mexico — keeps its full weight)."""
    if hit.kind != "word" or len(name.words) < 2:
        return False
    if not market.latin:
        return any(c.isascii() and c.isalpha() for c in name.text)  # Kuai Kuai in Thailand
    others = [key_of(w) for w in name.words if key_of(w) != hit.entry.key]
    return bool(others) and all(others) and any(zipf(w, market.language) < _NATIVE_WORD for w in others)


def _possessive(hit: Hit, name: CandidateName) -> bool:
    """A listed word written as someone's, one word of several (Dick's Sporting Goods): a person's
    name, read as such first; one step lower, never below medium."""
    return hit.kind == "word" and len(name.words) > 1 and any(
        w[-2:].casefold() in ("'s", "’s") and key_of(w[:-2]) == hit.entry.key for w in name.words)


def _finding(hit: Hit, name: CandidateName, market: Market, severity: Severity, extra: dict | None = None) -> Finding:
    e = hit.entry
    if e.language in (market.language, "*"):
        lang = market.language_name
    else:  # another language's list that applies here (Market.also_lists): name that language
        from ..markets import MARKETS

        lang = next((m.language_name for m in MARKETS.values() if m.language == e.language), e.language)
    region = f" ({e.region})" if e.region else ""
    native = f" ({e.native})" if e.native and e.native.casefold() != e.term else ""
    how = _KIND_WORDS.get(hit.kind, "matches")
    # the position only where it says more than the kind of match ("is the whole name", not twice)
    where = f" ({hit.where})" if hit.where and hit.where not in how else ""
    # an English list glosses a word by itself ('piss' means 'piss'): then its category says it
    glossed = e.gloss.casefold() != e.term.casefold()
    if e.category == "positive":
        sense = f" means '{e.gloss}', a positive sense that" if glossed else ", a positive word,"
        message = f"In {lang}{region}, '{e.term}'{native}{sense} {how} — worth knowing, maybe worth using."
    else:
        sense = f" means '{e.gloss}' ({e.category}) and" if glossed else f" ({e.category})"
        message = (f"In {lang}{region}, '{e.term}'{native}{sense} {how}{where}; have a native speaker in "
                   f"{market.name} judge it before committing.")
    evidence = {
        "term": e.term, "native": e.native, "gloss": e.gloss, "category": e.category, "language": e.language,
        "region": e.region, "list_severity": e.severity, "match": hit.kind, "position": hit.where,
        "matched": hit.matched, "reading": hit.reading, "list": e.source,
    }
    if hit.similarity < 1.0:
        evidence["similarity"] = hit.similarity
    evidence.update(extra or {})
    check = "meaning.positive" if e.category == "positive" else f"meaning.{e.category}"
    return Finding(check, market.tag, severity, message, evidence)


def _lexicons(market: Market, options: Options) -> list[Lexicon]:
    out = [lexicon(market.language)] + [lexicon(lang) for lang in market.also_lists]
    for user in options.wordlists:
        if isinstance(user, UserWordlist) and (user.language is None or user.language == market.language):
            out.append(user.lexicon)
    return out


def meaning_findings(reading: Reading, ctx: MarketContext) -> tuple[Finding, ...]:
    """``meaning.*`` findings for one name in one market, from its :class:`Reading`.

    The matching itself depends only on the list, the name and how the market's language reads
    it, so markets that share those (en, en-GB…) share it through ``ctx.shared``; severities and
    messages are then made for this market (regional slang weighs less elsewhere).
    """
    name, market = reading.name, ctx.market
    best: dict[tuple[str, str, str], Finding] = {}

    def keep(f: Finding) -> None:
        # one word found twice (nova and no va, both 'does not go'; 死了 spelled Sile and heard as
        # pinyin si le) is one finding: the more severe way of finding it
        native = str(f.evidence.get("native") or f.evidence.get("term"))
        key = (key_of(native) or native, str(f.evidence.get("region") or ""), f.check == "meaning.positive")
        if key not in best or f.severity > best[key].severity:
            best[key] = f

    foreign = not market.latin
    for lex in _lexicons(market, ctx.options):
        key = (id(lex), market.language, market.variety, market.latin, reading.sounds, reading.local,
               reading.spoken)
        if key not in ctx.shared:
            ctx.shared[key] = (lex, _matches(reading, lex))  # the lexicon is held so its id stays unique
        for stage, hit, extra in ctx.shared[key][1]:
            if stage == "text":
                sev = finding_severity(hit.entry.severity, _weight_kind(hit, name),
                                       other_region=_other_region(hit.entry, market),
                                       ordinary_here=_ordinary_here(hit.entry, market),
                                       foreign_script=foreign and _romanised_by_chance(hit, name),
                                       inside_common_word=_inside_common_word(hit, name, market),
                                       letter_missing=_letter_missing(hit, name), two_letters=_two_letters(hit.entry),
                                       apart=_spelled_across_words(hit, name))
                if hit.entry.category == "positive" and hit.kind not in ("whole", "word"):
                    continue  # a positive sense only matters when the reader sees the word itself
                if _split_reading(hit.entry):
                    sev = min(sev, Severity.LOW)
                if foreign and _short_syllable_among_words(hit, name):
                    if not _two_letters(hit.entry):  # two letters: already medium at most
                        sev = Severity(max(0, int(sev) - 1))
                elif _word_of_a_foreign_name(hit, name, market):
                    # a syllable of three letters or fewer among foreign words is one more step
                    # lower, as in a market of another script (Din Tai Fung in Indonesia: low); a
                    # longer word never below medium
                    if market.latin and len(hit.entry.key) < _ROMANISED_WORD:
                        sev = Severity(max(0, int(sev) - 2))
                    else:
                        sev = Severity(max(min(int(Severity.MEDIUM), int(sev)), int(sev) - 1))
                elif _possessive(hit, name):
                    sev = Severity(max(min(int(Severity.MEDIUM), int(sev)), int(sev) - 1))
                keep(_finding(hit, name, market, sev))
            elif stage == "homophone":
                keep(_homophone_finding(hit, extra, name, market))
            elif stage == "pinyin":
                keep(_pinyin_finding(extra, market))
            elif stage == "cantonese":
                found = _cantonese_finding(extra, market)
                if found.severity > Severity.INFO or not extra.get("single"):
                    keep(found)  # one syllable in another tone (思 si1 ~ 屎 si2) is every other rendering
            else:
                kind = "sound" if stage == "local" else hit.kind
                sev = finding_severity(hit.entry.severity, kind, other_region=_other_region(hit.entry, market),
                                       ordinary_here=_ordinary_here(hit.entry, market),
                                       heard_in_part=kind in _PART_SOUNDS and hit.entry.category not in _ABUSE,
                                       two_letters=_two_letters(hit.entry),
                                       apart=stage == "sound" and (_heard_across_words(hit, reading)
                                                                   or _heard_as_first_syllable(hit, reading)),
                                       inside_common_word=stage == "sound" and _heard_in_common_word(hit, name, market))
                keep(_finding(hit, name, market, sev))
    return tuple(best.values())


def _matches(reading: Reading, lex: Lexicon) -> tuple[tuple[str, Hit | None, dict], ...]:
    """Every listed word the name matches, by stage: ``text`` (spelling and numbers), ``spelled``
    (read aloud), ``local`` (the local spelling romanised), ``sound`` (the market's reading),
    ``homophone`` (Chinese syllables). Words matched by spelling are not matched again by sound."""
    name, market = reading.name, reading.market
    out: list[tuple[str, Hit | None, dict]] = []
    matched_terms: set[str] = set()
    for hit in list(text_hits(name.words, lex, phrase=name.text)) + list(_number_hits(name, lex)):
        matched_terms.add(hit.entry.term)
        out.append(("text", hit, {}))
    def rewritten(words: tuple[str, ...], how: str, *, whole_words: bool = False, respelled: bool = False) -> None:
        # strong listed words a rewritten form of the name spells (digits, drawn-out letters, chat
        # digits), each said with how the name was read; a transcription counts as the word itself
        found = list(text_hits(words, lex, phrase=" ".join(words)))
        if respelled:
            found += list(transcribed_hits(words, lex, matched_terms))
        for hit in found:
            if hit.entry.term in matched_terms or hit.entry.severity < 3:
                continue
            if whole_words and hit.kind not in ("whole", "word"):
                continue
            matched_terms.add(hit.entry.term)
            kind = "word" if hit.kind == "respelled" else hit.kind
            out.append(("text", Hit(hit.entry, kind, hit.matched, hit.where, hit.start, f"{how}: {' '.join(words)}"), {}))

    leet = _leet_words(name.words)
    if leet:
        rewritten(leet, "digits read as letters")
    # a look-alike digit at a word's edge (5hit, Kurw4) counts only when the word it makes is listed
    edged = _leet_words(name.words, edges=True)
    if edged and edged != leet:
        rewritten(edged, "digits read as letters", whole_words=True)
    # a letter written three times or more is a word said with emphasis (Shiiit, Mbooo)
    for plain in _unstretched(name.words):
        rewritten(plain, "drawn-out letters read once", whole_words=True)
    if lex.language == "ar" and market.language == "ar":
        for chat in _arabizi_words(name.words):
            rewritten(chat, "Arabic chat digits read as letters", respelled=True)

    def morpheme(part: str) -> str | None:
        # a word of the market's language splits the compound for its readers; an English word
        # only for those who know English (Rev|lon in Vietnam): weighed one step lower
        if len(part) < 3:
            return None
        if zipf(part, market.language) >= MORPHEME_ZIPF:
            return "compound"
        return "compound_foreign" if zipf(part, "en") >= MORPHEME_ZIPF else None

    for hit in compound_hits(name.words, lex, morpheme):
        if hit.entry.term not in matched_terms:
            matched_terms.add(hit.entry.term)
            out.append(("text", hit, {}))
    for hit in inflected_hits(name.words, lex, morpheme, matched_terms):
        matched_terms.add(hit.entry.term)
        out.append(("text", hit, {}))
    for hit in (respelled_hits(name.words, lex, matched_terms) if market.latin
                else transcribed_hits(name.words, lex, matched_terms)):
        matched_terms.add(hit.entry.term)
        out.append(("respelled", hit, {}))
    if market.script == "Cyrl" and lex.language == market.language:
        from .lookalike import lookalike_hits

        for hit in lookalike_hits(name.words, lex, matched_terms):
            matched_terms.add(hit.entry.term)
            out.append(("text", hit, {}))
    for hit in _spelled_hits(reading, lex):
        matched_terms.add(hit.entry.term)
        out.append(("spelled", hit, {}))
    if not market.latin and lex.language == market.language:
        for hit in _local_spelling_hits(reading.local, lex):
            matched_terms.add(hit.entry.term)  # written so: no need to hear it as well
            out.append(("local", hit, {}))
    label = f"{market.language_name} reading /{''.join(reading.sounds)}/"
    for hit in sound_hits(reading.sounds, lex, label=label, skip=matched_terms):
        out.append(("sound", hit, {}))
    if market.language == "zh" and lex.language == "zh" and reading.local.text:
        from .chinese import homophone_hits

        seen: set[tuple[str, str]] = set()
        for hit, extra in homophone_hits(reading.local.text, lex):
            if hit is None:
                if (extra["syllable"], extra["sounds_like"]) in seen:
                    continue  # one character heard twice in the rendering is one finding
                seen.add((extra["syllable"], extra["sounds_like"]))
            out.append(("homophone", hit, extra))
        from .chinese import rendering_pair_hits

        for extra in rendering_pair_hits(reading.local.text):
            out.append(("pinyin", None, extra))
    if market.language == "zh" and lex.language == "zh" and name.key.isascii():
        from .chinese import pinyin_hits

        for extra in pinyin_hits(name.key):
            out.append(("pinyin", None, extra))
    if market.variety == "yue" and lex.language == "zh":
        from .cantonese import jyutping_hits, rendering_hits

        for extra in rendering_hits(reading.local.text) if reading.local.text else ():
            out.append(("cantonese", None, extra))
        for extra in jyutping_hits(name.key) if name.key.isascii() else ():
            out.append(("cantonese", None, extra))
    return tuple(out)


def _local_spelling_hits(local: Rendering, lex: Lexicon) -> Iterable[Hit]:
    """The name as the market writes it, romanised (シリ → shiri, 바보 → babo), is a listed word: the
    lists give Japanese in Hepburn and Korean in Revised Romanization, so the match is exact."""
    key = key_of(local.romanization.replace(" ", ""))
    if len(key) < 3:
        return
    for entry in lex.by_key.get(key, ()):
        # toneless pinyin names a syllable, not a word: 温 wen is not 瘟 wen, 迪奥 di'ao is not 屌
        # diao. Chinese is matched here by its characters; sound-alikes are the homophone stage's
        if lex.language == "zh" and local.text.replace(" ", "") not in _chinese_forms(entry.native):
            continue
        if len(key) <= _SHORT_ROMANISED and _spelled_otherwise(entry.native, local.text):
            continue  # كوس is not كس, though both romanise kus: left to the sound stage
        if entry.severity > 0:
            yield Hit(entry, "sound", local.text, f"the local spelling {local.text} ({local.romanization})", 0,
                      f"written {local.text}")


_KANA = {c: c - 0x60 for c in range(0x30A1, 0x30F7)}  # katakana → hiragana
# A romanisation this short is shared by many spellings (kus: كس 'cunt', كوس, قوس 'bow'), so
# the local spelling must be the word's own; a longer one names one word.
_SHORT_ROMANISED = 3


def _spelled_otherwise(native: str, local: str) -> bool:
    """The listed word's own spelling and the name's local spelling are in one script but differ
    (Arabic كس and the rendering كوس of COS): the name is not written as that word, only
    romanised alike; whether it sounds like it is for the sound stage. Spellings in different
    scripts (a kanji word, a katakana rendering) cannot be compared so."""
    import unicodedata

    from ..names import script_of

    def plain(text: str) -> str:  # accents are read past (καταστροφή, καταστροφη)
        text = unicodedata.normalize("NFD", text.casefold().replace(" ", "").translate(_KANA))
        return "".join(c for c in text if not unicodedata.combining(c))

    a, b = plain(native), plain(local)
    letters_a = {script_of(c) for c in a if c.isalpha()}
    letters_b = {script_of(c) for c in b if c.isalpha()}
    if not a or a.isascii() or len(letters_a) != 1 or letters_a != letters_b:
        return False
    return a != b


# Digits written for the letters they look like (Sh1t, B1tch, F4rt). Only a digit with a letter on
# each side is read so: a number after letters is a model number (Galaxy A55, X5, E45).
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b"}


def _leet_words(words: Sequence[str], *, edges: bool = False) -> tuple[str, ...]:
    """The words with look-alike digits read as letters, or () when no word has such a digit.
    With ``edges``, also one digit that starts a word before two letters (5hit) or ends one after
    three (Kurw4): the caller keeps those only when the whole word is then a listed word."""
    out, changed = [], False
    for word in words:
        chars = list(word)
        last = len(chars) - 1
        for i in range(len(chars)):
            if chars[i] not in _LEET:
                continue
            inner = 0 < i < last and chars[i - 1].isalpha() and chars[i + 1].isalpha()
            edge = edges and ((i == 0 and word[1:3].isalpha() and len(word[1:3]) == 2)
                              or (i == last and i >= 3 and word[i - 3:i].isalpha()))
            if inner or edge:
                chars[i] = _LEET[chars[i]]
                changed = True
        out.append("".join(chars))
    return tuple(out) if changed else ()


_STRETCHED = re.compile(r"([^\W\d_])\1{2,}")


def _unstretched(words: Sequence[str]) -> list[tuple[str, ...]]:
    """The words with each letter written three times or more written twice, and once (Fuuuck →
    Fuuck, Fuck); none when no letter is drawn out."""
    if not any(_STRETCHED.search(w) for w in words):
        return []
    return [tuple(_STRETCHED.sub(r"\1\1", w) for w in words), tuple(_STRETCHED.sub(r"\1", w) for w in words)]


# Arabic written in Latin letters in chat (Arabizi): digits stand for the letters Latin lacks,
# by their look (3 ع, 7 ح, 2 ء, 9 ق, 6 ط, 5 خ, 8 غ). A digit next to a letter is read so; ʿayn
# and hamza are written a or not at all.
_ARABIZI = {"2": ("", "a"), "3": ("a", ""), "5": ("kh",), "6": ("t",), "7": ("h",), "8": ("gh",), "9": ("q", "s")}


def _arabizi_words(words: Sequence[str]) -> list[tuple[str, ...]]:
    """The words with Arabizi digits read as letters, in each reading (none when no word has one)."""
    import itertools

    per_word = []
    for word in words:
        options = []
        for i, c in enumerate(word):
            near = (i > 0 and word[i - 1].isalpha()) or (i + 1 < len(word) and word[i + 1].isalpha())
            options.append(_ARABIZI[c] if c in _ARABIZI and near else (c,))
        per_word.append(["".join(p) for p in itertools.product(*options)][:8])
    if all(len(p) == 1 and p[0] == w for p, w in zip(per_word, words)):
        return []
    return [tuple(combo) for combo in itertools.product(*per_word)][:16]


def _chinese_forms(native: str) -> tuple[str, str]:
    """A listed Chinese word as simplified and as traditional characters."""
    from ..phonetics.scripts.chinese import to_traditional

    word = native.split()[0] if native.strip() else native
    return word, to_traditional(word)


def _number_hits(name: CandidateName, lex: Lexicon) -> Iterable[Hit]:
    """Listed numbers in the name's digit runs: the whole run, the number repeated (44 is 4 twice),
    or inside a longer run (1488 ⊃ 14 and 88), which weighs as a prefix, suffix or middle. A run in
    a longer name (RAV4, Renault R17) is read aloud as a number word: weighed as one, capped."""
    import re

    runs = list(re.finditer(r"\d+", name.text))
    numbers = [e for e in lex.entries if e.term.isdigit()] if runs else []  # most names have no digits
    for found in runs:
        run = found.group()
        # a number that is part of a longer name (RAV4, Channel 4, R17) is still said as a number
        # word of its own, so it is weighed as one, with a ceiling (see severity.py)
        alone = name.key == run
        for entry in numbers:
            term = entry.term
            if run == term or (len(run) > len(term) and run == term * (len(run) // len(term))):
                yield Hit(entry, "word" if alone else "number", run, f"the number {run}")
                continue
            pos = run.find(term)
            if pos < 0:
                continue
            kind = "prefix" if pos == 0 else "suffix" if pos + len(term) == len(run) else "middle"
            yield Hit(entry, kind, term, f"inside the number {run}", pos)


def _spelled_hits(reading: Reading, lex: Lexicon) -> Iterable[Hit]:
    """Letters and digits read aloud in the market's language, matched by spelling and by sound."""
    if not reading.spoken:
        return
    from ..names import script_of
    from .sound import IDENTICAL, sound_hits

    for form in reading.spoken:
        # matched by spelling only when the reading is written in Latin letters ("em er deux"): the
        # key of 艾儿 诶 维 4 would be just "4"
        latin = all(script_of(c) == "Latin" for c in form.text if c.isalpha())
        key = key_of(form.text) if latin else ""
        # one spelled word of several (Channel 4) is a word of the name read aloud, not the name
        whole = len(reading.name.words) == 1
        for entry in lex.by_key.get(key, ()) if key else ():
            if entry.severity > 0:
                kind = "letters" if whole else "number" if entry.term.isdigit() else "word"
                where = "the whole name read aloud" if whole else f"'{form.text}' read aloud"
                yield Hit(entry, kind, form.text, where, 0, f"read aloud: {form.text}")
        label = f"read aloud in {reading.market.language_name}: {form.text} /{''.join(form.ipa)}/"
        for hit in sound_hits(form.ipa, lex, label=label, skip=set(), short_anywhere=True):
            # heard exactly in the letters read aloud (MR2 → /ɛmɛʁdø/ ⊃ merde) weighs in full; merely
            # close (BT /biti/ ~ titty) weighs as any near sound-alike
            kind = ("letters_sound" if hit.similarity >= IDENTICAL
                    else "sound_near" if hit.kind == "sound_near" else "sound_part")
            yield Hit(hit.entry, kind, hit.matched, "the name read aloud", hit.start, label, hit.similarity)


def _homophone_finding(hit: Hit | None, extra: dict, name: CandidateName, market: Market) -> Finding:
    if hit is not None:
        return _finding(hit, name, market, finding_severity(hit.entry.severity, "sound_near"), extra)
    sev = extra["severity"] - (0 if extra["same_tone"] else 1) - 3  # one syllable of several: low at best
    if extra["count"] == 1:
        sev += 1  # a one-syllable name is heard as that one word
    severity = Severity(max(0, min(3, sev)))
    tone = "the same tone" if extra["same_tone"] else "another tone"
    rendering = extra["rendering"]
    return Finding(
        "meaning.homophone", market.tag, severity,
        f"In the Chinese rendering {rendering}, {extra['char']} ({extra['syllable']}) sounds like "
        f"{extra['sounds_like']} '{extra['gloss']}' ({tone}); check how the syllable is heard.",
        {"term": extra["syllable"], "native": extra["sounds_like"], "gloss": extra["gloss"],
         "category": "homophone", "language": "zh", "match": "homophone", "matched": extra["char"],
         "position": f"syllable {extra['position'] + 1} of {extra['count']}", "reading": rendering,
         "same_tone": extra["same_tone"]},
    )


def _pinyin_finding(extra: dict, market: Market) -> Finding:
    """A negative word heard over syllables: of the Latin name read as pinyin, or of its Chinese
    rendering (``chars`` in ``extra``). The whole name weighs its list severity, a run of syllables
    at its start or end one step less, inside it two (long renderings are full of chance pairs:
    拉西 in 克莱拉西尔), other tones (known for a rendering) one more; never above medium."""
    rendered = "chars" in extra
    position = 0 if extra["whole"] else 1 if extra["edge"] else 2
    sev = extra["severity"] - position - (0 if extra.get("same_tone", True) else 1)
    severity = Severity(max(0, min(int(Severity.MEDIUM), sev)))
    where = "the whole name" if extra["whole"] else f"syllables {' '.join(extra['syllables'])}"
    if rendered:
        message = (f"In the Chinese rendering {extra['reading']}, {extra['chars']} ({' '.join(extra['syllables'])}) "
                   f"sounds like {extra['word']} ({extra['pinyin']}) '{extra['gloss']}'"
                   f"{'' if extra['same_tone'] else ' (other tones)'}; check how the rendering is heard.")
    else:
        message = (f"Read as pinyin ({extra['reading']}), {where} sounds like {extra['word']} ({extra['pinyin']}) "
                   f"'{extra['gloss']}'; check with Mandarin speakers how the name is heard.")
    return Finding(
        "meaning.homophone", market.tag, severity, message,
        {"term": "".join(extra["syllables"]), "native": extra["word"], "gloss": extra["gloss"],
         "category": "homophone", "language": "zh", "match": "homophone_pair" if rendered else "pinyin",
         "matched": extra.get("chars") or " ".join(extra["syllables"]), "position": where,
         "reading": f"Chinese rendering {extra['reading']}" if rendered else f"read as pinyin: {extra['reading']}",
         "list": "chinese/words.tsv"},
    )


def _cantonese_finding(extra: dict, market: Market) -> Finding:
    """A Cantonese word heard in Hong Kong: over syllables as :func:`_pinyin_finding` weighs them
    (medium at most); one syllable of a rendering as one Mandarin syllable is (low at most)."""
    if not extra.get("single"):
        found = _pinyin_finding(extra, market)
        rendered = "chars" in extra
        if rendered:
            message = (f"In Hong Kong the rendering {extra['reading']} is read in Cantonese: {extra['chars']} "
                       f"({' '.join(extra['syllables'])}) sounds like {extra['word']} ({extra['pinyin']}) "
                       f"'{extra['gloss']}'{'' if extra['same_tone'] else ' (other tones)'}; check with "
                       f"Cantonese speakers.")
        else:
            where = "the whole name" if extra["whole"] else f"syllables {' '.join(extra['syllables'])}"
            message = (f"Read as Cantonese jyutping ({extra['reading']}), {where} sounds like {extra['word']} "
                       f"({extra['pinyin']}) '{extra['gloss']}'; check with Cantonese speakers how the name "
                       f"is heard.")
        evidence = dict(found.evidence, language="yue", list="chinese/cantonese.tsv",
                        match="jyutping_pair" if rendered else "jyutping",
                        reading=(f"Hong Kong rendering {extra['reading']}" if rendered
                                 else f"read as jyutping: {extra['reading']}"))
        return Finding(found.check, found.market, found.severity, message, evidence)
    sev = extra["severity"] - (0 if extra["same_tone"] else 1) - 3 + (1 if extra["count"] == 1 else 0)
    severity = Severity(max(0, min(int(Severity.LOW), sev)))
    tone = "the same tone" if extra["same_tone"] else "another tone"
    return Finding(
        "meaning.homophone", market.tag, severity,
        f"In Hong Kong the rendering {extra['reading']} is read in Cantonese: {extra['chars']} "
        f"({extra['syllables'][0]}) sounds like {extra['word']} '{extra['gloss']}' ({tone}); check how the "
        f"syllable is heard.",
        {"term": extra["syllables"][0], "native": extra["word"], "gloss": extra["gloss"], "category": "homophone",
         "language": "yue", "match": "jyutping_homophone", "matched": extra["chars"],
         "position": f"syllable {extra['position'] + 1} of {extra['count']}",
         "reading": f"Hong Kong rendering {extra['reading']}", "same_tone": extra["same_tone"],
         "list": "chinese/cantonese.tsv"},
    )
