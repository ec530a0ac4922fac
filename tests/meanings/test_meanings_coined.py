"""Blunders in the forms coined names take (blunders_dev2): a strong word with a brand-name ending,
digits at a word's edge, Arabic chat digits, Hong Kong's own romanisation, and a compound's part
read at sight in a market of another script (each case fails on the code before it)."""

from brandcheck.context import MarketContext, Options
from brandcheck.markets import get
from brandcheck.meanings import meaning_findings
from brandcheck.meanings.cantonese import hong_kong_forms, jyutping_hits
from brandcheck.meanings.inflection import coined_endings
from brandcheck.model import Severity
from brandcheck.names import parse


def findings(name, market):
    from brandcheck.phonetics.reading import read_markets

    m, options = get(market), Options()
    reading = read_markets(parse(name), (m,), options)[m.tag]
    return meaning_findings(reading, MarketContext(m, options))


def worst(found, term):
    return max((f.severity for f in found if f.evidence.get("term") == term), default=None)


# --- a strong word with a coined ending -----------------------------------------------------------

def test_coined_endings_are_listed():
    assert {"ix", "ex", "ify"} <= set(coined_endings())


def test_strong_word_with_a_coined_ending():
    found = findings("Fotzix", "de")
    assert worst(found, "fotze") == Severity.HIGH
    assert any(f.evidence.get("match") == "compound" and "-ix" in f.message for f in found
               if f.evidence.get("term") == "fotze")
    assert worst(findings("Kurvix", "sk"), "kurva") >= Severity.MEDIUM  # kurv|a + ix
    assert worst(findings("Ebolix", "en"), "ebola") >= Severity.MEDIUM  # a coined name drops the vowel


def test_coined_ending_needs_a_listed_stem_of_four_letters():
    assert worst(findings("Rolex", "en"), "role") is None
    assert not [f for f in findings("Timex", "de") if f.severity >= Severity.MEDIUM]


# --- digits for letters ---------------------------------------------------------------------------

def test_digit_at_a_word_edge_when_the_word_is_listed():
    assert worst(findings("5hit", "en"), "shit") >= Severity.HIGH
    assert worst(findings("Kurw4", "pl"), "kurwa") >= Severity.HIGH
    assert worst(findings("Merd3", "fr"), "merde") >= Severity.MEDIUM


def test_model_numbers_stay_numbers():
    for name in ("Note4", "Galaxy A55", "X5"):
        assert not [f for f in findings(name, "en") if f.severity >= Severity.MEDIUM], name


def test_arabic_chat_digits():
    found = findings("9ahba", "ar-MA")
    assert worst(found, "qahba") >= Severity.HIGH
    assert any("Arabic chat digits" in str(f.evidence.get("reading")) for f in found)
    assert worst(findings("Sharmo6a", "ar"), "sharmota") >= Severity.HIGH
    assert worst(findings("9ahba", "en"), "qahba") is None  # only where Arabic is read


# --- Hong Kong romanisation ------------------------------------------------------------------------

def test_hong_kong_romanisation_read_back_into_jyutping():
    assert hong_kong_forms("chisin") == ("chisin", "cisin")
    assert hong_kong_forms("cheung")[-1] == "coeng"
    assert hong_kong_forms("seihoi") == ("seihoi",)
    assert {h["word"] for h in jyutping_hits("chisin")} >= {"黐線"}
    assert any(f.evidence.get("native") == "黐線" and f.severity >= Severity.MEDIUM
               for f in findings("Chisin", "zh-HK"))


# --- a compound's part in a market of another script ---------------------------------------------

def test_abuse_word_at_a_compound_edge_is_read_at_sight():
    assert worst(findings("Lundtech", "hi"), "lund") >= Severity.MEDIUM
    assert worst(findings("Zonatech", "he"), "zona") >= Severity.MEDIUM


# --- Latin shapes read as Cyrillic, long grim words standing alone ------------------------------

def test_latin_shapes_read_as_cyrillic():
    from brandcheck.meanings.lookalike import as_cyrillic

    assert as_cyrillic("CYKA") == as_cyrillic("cyka") == "сука"
    assert as_cyrillic("Suka") is None  # S has no Cyrillic shape
    assert worst(findings("CYKA", "ru"), "suka") >= Severity.HIGH
    assert worst(findings("CYKA", "de"), "suka") is None  # read so only where Cyrillic is read


def test_a_long_word_of_death_standing_alone_is_read():
    assert worst(findings("Mavet", "he"), "mavet") == Severity.MEDIUM
    assert worst(findings("Shaitan", "hi"), "shaitan") == Severity.LOW  # a holy name: chance spelling


# --- drawn-out letters, a compound's part as written --------------------------------------------

def test_drawn_out_letters_are_read_once():
    found = findings("Shiiit", "en")
    assert worst(found, "shit") >= Severity.HIGH
    assert any("drawn-out" in str(f.evidence.get("reading")) for f in found if f.evidence.get("term") == "shit")
    assert worst(findings("Booom", "en"), "boom") is None  # no strong word: nothing new


def test_compound_part_is_looked_up_as_written():
    from brandcheck.meanings.edges import as_written

    assert as_written("Fittkärring", "fittkarring") == "fittkärring"
    assert as_written("Straße", "strasse") == "strasse"  # ß folds to two letters: the key
    assert worst(findings("Fittkärring", "sv"), "fitta") >= Severity.HIGH  # fitt + kärring 'hag'


# --- a milder word of illness, the body or death with a coined ending -------------------------------

def test_mild_grim_word_with_a_coined_ending_is_medium():
    found = findings("Tumorex", "pt-BR")  # tumor (severity 2) + ex
    assert worst(found, "tumor") == Severity.MEDIUM
    assert any(f.evidence.get("match") == "coined" for f in found if f.evidence.get("term") == "tumor")
    assert worst(findings("Diarrex", "en"), "diarrhea") == Severity.MEDIUM  # cut after a consonant: diarr|hea


def test_coined_stem_cut_after_a_consonant():
    assert worst(findings("Syphilix", "de"), "syphilis") >= Severity.MEDIUM  # syphil|is + ix, a strong word


def test_mild_coined_stem_only_for_grim_words():
    # impotente is a mild insult, not an illness: its stem with a coined ending stays below medium
    assert not [f for f in findings("Impotex", "pt-BR") if f.severity >= Severity.MEDIUM]
    # a cut shorter than five letters is any coined name (vom|ix, mort|ella)
    assert worst(findings("Vomix", "es"), "vomito") is None


def test_mild_grim_word_shorter_than_five_letters_is_no_coined_stem():
    # mort 'death' (severity 2, four letters) + ex is chance in a coined name; tumor (five) is not
    assert not [f for f in findings("Mortex", "fr") if f.severity >= Severity.MEDIUM]
