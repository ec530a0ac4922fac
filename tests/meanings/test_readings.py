"""The bundled lists' words are read from a generated table (meanings/readings.py), not at check
time; words the table does not hold are still read, and heard."""

import brandcheck
from brandcheck.data import read_tsv
from brandcheck.meanings.lexicon import Entry, lexicon
from brandcheck.meanings.readings import FILE, generate, listed_readings, read_term, term_ipa


def test_the_generated_file_is_what_the_readers_give_today():
    rows = [tuple(r) for r in read_tsv(FILE).rows]
    assert rows == generate(), "regenerate: python -m brandcheck.meanings.readings > wordlists/" + FILE


def test_a_bundled_word_is_read_from_the_table_as_the_readers_read_it():
    for language, term in (("de", "scheisse"), ("ru", "pizda"), ("en", "piss"), ("ja", "shine")):
        entry = next(e for e in lexicon(language).entries if e.term == term)
        assert (language, term, entry.native) in listed_readings()
        assert term_ipa(entry) == read_term(entry.term, entry.native, entry.language) != ()


def test_a_word_the_table_does_not_hold_is_read_at_check_time():
    entry = Entry("zorblat", "zorblat", "made up", "user", 3, "", True, "de", "test")
    assert (entry.language, entry.term, entry.native) not in listed_readings()
    assert term_ipa(entry) == read_term("zorblat", "zorblat", "de") != ()


def test_a_users_word_is_heard_in_a_name_spelt_otherwise(tmp_path):
    # the user's list is not in the table: its word must still be read, then heard (Zohrblat ~ zorblat)
    path = tmp_path / "ours.tsv"
    path.write_text("term\tgloss\tcategory\tseverity\tmatch\nzorblat\tour rival\tuser\t3\tword\n", encoding="utf-8")
    report = brandcheck.check("Zohrblat", markets=["de"], online=False, wordlists=[f"{path}:de"])
    heard = [f for f in report.findings if f.check == "meaning.user"]
    assert heard and heard[0].evidence["match"].startswith("sound"), report.findings
