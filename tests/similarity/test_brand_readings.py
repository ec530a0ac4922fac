"""The bundled brands' readings come from a generated table (similarity/readings.py), the same as
reading them at check time; forms the table does not hold are still read."""

from brandcheck.data import read_tsv
from brandcheck.similarity.readings import ENGLISH, FILE, brand_readings
from brandcheck.similarity.readings_file import forms, market_columns
from brandcheck.similarity.score import _english_ipa, _english_ipa_now, _read_in, _read_in_now

REGENERATE = "regenerate: python -m brandcheck.similarity.readings_file > wordlists/" + FILE


def test_the_file_holds_every_form_and_market_the_readers_would_read_today():
    table = read_tsv(FILE)
    assert table.header == ("form", ENGLISH, *market_columns(), "home_tag", "home"), REGENERATE
    held = {row[0]: row[-2] for row in table.rows}
    wanted = forms()
    # a form left out is one whose reading a TSV field cannot give back exactly (read at check time)
    assert set(held) <= set(wanted) and len(held) >= 0.99 * len(wanted), REGENERATE
    assert all(held[form] == (wanted[form] or "") for form in held), REGENERATE


def test_a_spread_of_rows_is_what_the_readers_give_today():
    # every 100th row and a few brands with home readings (the full check: python -m
    # brandcheck.similarity.readings_file --check, ~10 s)
    table = brand_readings()
    rows = read_tsv(FILE).rows
    sample = [row[0] for row in rows[::100]] + ["Google", "Renault", "Sony", "Xiaomi", "Peugeot", "Tiffany & Co."]
    columns = market_columns()
    for form in sample:
        assert table.get(form, ENGLISH) == _english_ipa_now(form), (form, REGENERATE)
        for tag in columns:
            assert table.get(form, tag) == _read_in_now(form, tag), (form, tag, REGENERATE)
    assert table.get("Sony", "ja") == _read_in_now("Sony", "ja") != ()  # a home market without a column


def test_a_form_the_table_does_not_hold_is_read_at_check_time():
    assert brand_readings().get("Zorblatix", "de") is None
    assert _read_in("Zorblatix", "de") == _read_in_now("Zorblatix", "de") != ()
    assert _english_ipa("Zorblatix") == _english_ipa_now("Zorblatix") != ()
    assert brand_readings().get("Google", "ja") is None  # not Google's home: read now
    assert _read_in("Google", "ja") == _read_in_now("Google", "ja")
