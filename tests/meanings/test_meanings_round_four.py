"""Native words inside coined names (blunders_dev2/dev3, round four): a strong word and one open
syllable (Shitai|ra), the coined endings in languages without listed endings (Japanese), a
strongest word of three letters with a coined ending (Nig|ex), and word-list rows added for the
thinner languages (each case fails on the code or data before it)."""

from brandcheck.context import MarketContext, Options
from brandcheck.markets import get
from brandcheck.meanings import meaning_findings
from brandcheck.model import Severity
from brandcheck.names import parse


def findings(name, market):
    from brandcheck.phonetics.reading import read_markets

    m, options = get(market), Options()
    reading = read_markets(parse(name), (m,), options)[m.tag]
    return meaning_findings(reading, MarketContext(m, options))


def worst(found, term, match=None):
    return max((f.severity for f in found if f.evidence.get("term") == term
                and (match is None or f.evidence.get("match") == match)), default=None)


# --- a strong word and one open syllable ----------------------------------------------------------

def test_strong_word_and_an_open_syllable():
    assert worst(findings("Geberto", "tr"), "geber", "compound") == Severity.MEDIUM
    assert worst(findings("Shitaira", "ja"), "shitai", "compound") == Severity.MEDIUM  # 'corpse', romanised
    assert worst(findings("Pukita", "tl"), "puki", "compound") == Severity.HIGH


def test_milder_death_word_and_an_open_syllable_from_five_letters():
    assert worst(findings("Maitiva", "sw"), "maiti", "coined") == Severity.MEDIUM


def test_open_syllable_is_a_consonant_and_a_vowel_written_plain():
    assert worst(findings("Asana", "zh"), "asan") is None  # a lone vowel is left to inflections
    assert worst(findings("Gebero", "tr"), "geber") is None
    assert worst(findings("Bolloré", "es"), "bollo", "compound") is None  # a French surname, not a coinage


# --- coined endings in a language without listed endings --------------------------------------------

def test_coined_endings_apply_in_japanese():
    assert worst(findings("Unkotron", "ja"), "unko", "compound") == Severity.MEDIUM
    assert worst(findings("Unkora", "ja"), "unko", "compound") == Severity.MEDIUM


# --- a strongest word of three letters with a coined ending -----------------------------------------

def test_three_letter_word_with_a_coined_ending_weighs_two_steps_less():
    assert worst(findings("Nigex", "en"), "nig", "coined_short") == Severity.MEDIUM
    assert worst(findings("Kusix", "he"), "kus", "coined_short") == Severity.LOW  # a romanisation, 3 letters


def test_three_letter_word_needs_an_ending_no_language_inflects_with():
    assert worst(findings("Nigio", "en"), "nig", "coined_short") is None
    assert worst(findings("Lonix", "vi"), "lon") is None  # lon is an everyday syllable ('can')


# --- rows added to the thinner lists ----------------------------------------------------------------

def test_added_rows_match():
    assert worst(findings("Faszkalap", "hu"), "faszkalap") == Severity.CRITICAL
    assert worst(findings("Itsemurha", "fi"), "itsemurha") == Severity.HIGH
    assert worst(findings("Kirkhor", "fa"), "kirkhor") == Severity.CRITICAL
    assert worst(findings("Jotbap", "ko"), "jotbap") >= Severity.MEDIUM


# --- Korean and Japanese endings of abuse ------------------------------------------------------------

def test_korean_and_japanese_insult_endings():
    assert worst(findings("Jotnom", "ko"), "jot", "inflected_short") == Severity.MEDIUM  # -nom 'guy'
    assert worst(findings("Kuzume", "ja"), "kuzu", "inflected") >= Severity.MEDIUM  # -me, contempt
