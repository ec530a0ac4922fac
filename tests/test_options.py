"""Options and user files as people give them: refused in one line before any work, or read right."""

import pytest

import brandcheck
from brandcheck.cli import main
from brandcheck.errors import UnknownLanguageError
from brandcheck.similarity import load_brand_file


@pytest.mark.parametrize("argv, said", [
    (["--source-language", "klingon"], "unknown source language 'klingon'"),
    (["--accept", "bogus"], "not a finding id"),
])
def test_bad_options_are_one_line_errors(capsys, argv, said):
    assert main(["check", "Zelvora", "--offline", "--markets", "de", *argv]) == 2
    err = capsys.readouterr().err.strip()
    assert said in err and "\n" not in err and "Traceback" not in err


def test_a_word_list_of_an_unknown_language_is_refused(tmp_path, capsys):
    words = tmp_path / "w.txt"
    words.write_text("zelv\n", encoding="utf-8")
    assert main(["check", "Zelvora", "--offline", "--markets", "de", "--wordlist", f"{words}:xx"]) == 2
    assert "unknown word-list language 'xx'" in capsys.readouterr().err


def test_known_languages_pass_and_regions_fold():
    assert brandcheck.check("Zelvora", markets=["de"], online=False, source_language="pt-BR").name == "Zelvora"
    with pytest.raises(UnknownLanguageError):
        brandcheck.check("Zelvora", markets=["de"], online=False, source_language="tlh")


def test_an_accepted_finding_id_in_its_own_form_is_taken_whatever_its_case():
    report = brandcheck.check("Mist", markets=["de"], online=False, accept=["MEANING.negative@DE:mist"])
    assert [f.id for f in report.findings if f.accepted] == ["meaning.negative@de:mist"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_a_semicolon_register_in_any_spreadsheet_encoding_is_read_by_its_name_column(tmp_path, encoding):
    # a few rows, as a register export has: a two-row legacy file cannot be told from Central European
    rows = [("Zelvoran", "beverages"), ("Crème Brûlée", "food"), ("Café Noir", "beverages"), ("Señorita", "fashion"),
            ("Bräuhaus", "alcohol"), ("Garçon", "retail")]
    register = tmp_path / "register.csv"
    register.write_text("id;name;sector\n" + "".join(f"{i};{n};{s}\n" for i, (n, s) in enumerate(rows, 1)),
                        encoding=encoding)
    assert [(r.name, r.sector) for r in load_brand_file(str(register))] == rows


def test_a_one_name_per_line_register_stays_one_name_per_line(tmp_path):
    register = tmp_path / "names.txt"
    register.write_text("Zelvoran\nQuorbit\n", encoding="utf-8")
    assert [r.name for r in load_brand_file(str(register))] == ["Zelvoran", "Quorbit"]
