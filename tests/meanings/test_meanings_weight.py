"""How much a hit weighs when the word is not seen or heard whole: two letters, a long prefix, a
stretch over a break between words, a first syllable, a short romanisation spelled otherwise, a
word whose spelling misleads its reader. Each false alarm below was raised by the code before;
the blunders next to them must still be found."""

import pytest

from brandcheck.context import MarketContext, Options
from brandcheck.markets import get
from brandcheck.meanings import meaning_findings
from brandcheck.meanings.lexicon import Entry, lexicon
from brandcheck.meanings.readings import entry_ipa, term_ipa
from brandcheck.meanings.severity import finding_severity
from brandcheck.model import Severity
from brandcheck.names import parse


def findings(name, market):
    from brandcheck.phonetics.reading import read_markets

    m, options = get(market), Options()
    reading = read_markets(parse(name), (m,), options)[m.tag]
    return meaning_findings(reading, MarketContext(m, options))


def worst(name, market, term=None):
    return max((f.severity for f in findings(name, market) if f.check != "meaning.positive"
                and (term is None or f.evidence.get("term") == term)), default=Severity.INFO)


@pytest.mark.parametrize("name, market, term", [("CU", "pt-BR", "cu"), ("dm", "vi", "dm"), ("CP", "sv", "cp"),
                                                ("SB", "zh", "sb"), ("SB Tech", "zh", "sb")])
def test_a_two_letter_word_is_medium(name, market, term):
    assert worst(name, market, term) == Severity.MEDIUM


def test_a_two_letter_hate_code_keeps_its_weight():
    assert worst("SS", "de", "ss") >= Severity.HIGH


@pytest.mark.parametrize("name, market, term", [("Skittles", "sv", "skit"), ("Ritalin", "fr", "rital"),
                                                ("Fartfull", "en", "fart"), ("Mudakov", "ru", "mudak")])
def test_a_long_prefix_is_medium_below_the_strongest_words(name, market, term):
    assert worst(name, market, term) == Severity.MEDIUM


def test_the_strongest_word_as_a_long_prefix_stays_high():
    assert worst("Cuntry", "en", "cunt") >= Severity.HIGH


@pytest.mark.parametrize("name, market, term", [("Normann Copenhagen", "ja", "manko"), ("China Life", "hi", "chinal")])
def test_a_stretch_over_a_break_between_words_is_low(name, market, term):
    assert worst(name, market, term) <= Severity.LOW


def test_the_same_stretch_in_one_word_is_found():
    assert worst("Normanko", "ja", "manko") >= Severity.MEDIUM


@pytest.mark.parametrize("name, market, term", [("Hormel", "en", "whore"), ("Tefal", "nl", "teef")])
def test_a_short_word_heard_as_a_first_syllable_is_low(name, market, term):
    assert worst(name, market, term) <= Severity.LOW


@pytest.mark.parametrize("name, market, term", [("Fukta", "en", "fuck"), ("Fasszopo", "hu", "fasz"),
                                                ("Vicks", "de", "fick"), ("Huyovo", "ru", "khuy")])
def test_a_first_syllable_spelled_or_ended_stays(name, market, term):
    assert worst(name, market, term) >= Severity.MEDIUM


def test_a_short_romanisation_spelled_otherwise_is_not_the_word():
    assert worst("COS", "ar") <= Severity.LOW              # كوس, not كس
    assert worst("NEC", "ar", "nik") >= Severity.MEDIUM    # written نيك
    assert worst("Katastrofi", "el", "katastrofi") >= Severity.MEDIUM  # the accent is read past


def test_a_listed_word_is_heard_as_its_list_says_it_is_said():
    paki = next(e for e in lexicon("en").entries if e.term == "paki")
    assert paki.said and term_ipa(paki) == entry_ipa(paki) == ("p", "æ", "k", "i")
    assert worst("Pocky", "en", "paki") <= Severity.LOW   # /pɑki/
    assert worst("Paki", "en-GB", "paki") >= Severity.HIGH
    plain = Entry("zorblat", "zorblat", "made up", "user", 3, "", True, "de", "test")
    assert not plain.said and entry_ipa(plain)


def test_context_steps_come_after_the_ceiling_of_a_sound_alike():
    # another region's slang heard in a name: medium for the region, low elsewhere
    assert finding_severity(4, "sound_edge") == Severity.MEDIUM
    assert finding_severity(4, "sound_edge", other_region=True) == Severity.LOW
    assert finding_severity(3, "whole", other_region=True) == Severity.MEDIUM


def test_a_word_written_as_someones_is_one_step_lower():
    assert worst("Dick's Sporting Goods", "en", "dick") == Severity.MEDIUM
    assert worst("Dick Sporting Goods", "en", "dick") >= Severity.HIGH


@pytest.mark.parametrize("name, market, term", [("Drittsekk", "no", "dritt"), ("Vittuilu", "fi", "vittu")])
def test_a_common_word_made_from_the_markets_own_strong_word_is_no_shield(name, market, term):
    assert worst(name, market, term) >= Severity.MEDIUM


def test_a_three_letter_stem_is_not_read_as_an_english_name():
    # jeb+ač from jebati: 'Jeb' is an English name, not a word Croatian readers see
    assert worst("Jebač", "hr", "jebati") >= Severity.MEDIUM


def test_another_regions_slang_that_is_an_everyday_word_here_is_two_steps_lower():
    assert worst("Concha y Toro", "es-AR", "concha") >= Severity.HIGH   # its own region
    assert worst("Concha y Toro", "es", "concha") == Severity.MEDIUM    # 'shell' in Spain
    assert finding_severity(4, "whole", other_region=True, ordinary_here=True) == Severity.MEDIUM
