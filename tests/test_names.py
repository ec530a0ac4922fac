import pytest
from hypothesis import given, strategies as st

from brandcheck.errors import InvalidNameError
from brandcheck.names import MAX_LENGTH, normalize, parse


@pytest.mark.parametrize("raw, text, words", [
    ("Zelvora", "Zelvora", ("Zelvora",)),
    ("  Ben  &  Jerry’s ", "Ben & Jerry's", ("Ben", "Jerry's")),
    ("Coca-Cola", "Coca-Cola", ("Coca", "Cola")),
    ("TX4", "TX4", ("TX4",)),
    ("ソニー", "ソニー", ("ソニー",)),
    ("हिंदी", "हिंदी", ("हिंदी",)),
    ("e\u0301toile", "\u00e9toile", ("\u00e9toile",)),  # NFC
])
def test_valid_names(raw, text, words):
    name = parse(raw)
    assert name.text == text
    assert name.words == words


@pytest.mark.parametrize("raw, reason", [
    ("", "empty"), ("   ", "empty"), ("x" * 10_000, "at most 64"), ("a\x00b", "control character"),
    ("a\u202eb", "bidi control"), ("a\u200bb", "invisible"), ("brand😀", "emoji"), ("../../etc/passwd", "'/'"),
    ("<script>", "'<'"), ("%s%n{0}", "'%'"), ("---", "no letters"),
])
def test_hostile_names_are_rejected_with_one_line_reason(raw, reason):
    with pytest.raises(InvalidNameError) as exc:
        parse(raw)
    message = str(exc.value)
    assert reason in message and "\n" not in message


def test_mixed_script_word_is_detected():
    assert parse("Gооgle").mixed_script_words == ("Gооgle",)  # two Cyrillic о
    assert parse("Google").mixed_script_words == ()
    assert parse("ソニー株式会社").mixed_script_words == ()  # kana + kanji is ordinary Japanese


@given(st.text(max_size=80))
def test_normalize_is_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once


@given(st.text(max_size=80))
def test_parse_accepts_or_raises_invalid_name(text):
    try:
        name = parse(text)
    except InvalidNameError:
        return
    assert 1 <= len(name.text) <= MAX_LENGTH
    assert parse(name.text) == name


def test_one_folding_function_serves_every_matching_key():
    from brandcheck.meanings.lexicon import key_of
    from brandcheck.names import fold
    from brandcheck.phonetics.english import ascii_fold
    from brandcheck.similarity.fold import plain_key

    assert fold("Ærø Café Łódź Straße") == "aero cafe lodz strasse"
    # ø and ł are not a letter plus a mark: they used to vanish from the word-list key
    assert key_of("Ørsted") == plain_key("Ørsted") == "orsted"
    assert plain_key("Ben & Jerry's") == "benandjerrys" and key_of("Ben & Jerry's") == "benjerrys"
    assert ascii_fold("Nestlé") == "nestle"


@pytest.mark.parametrize("ch", ["\ufe0f", "\u034f", "\u180b", "\U000e0100", "\u17b4", "\u17b5", "\u3164", "\u115f",
                                "\u1160", "\uffa0", "\u2060", "\u00ad", "\U000e0041", "\u2028", "\u061c"])
def test_invisible_and_default_ignorable_characters_are_refused(ch):
    for text in (f"Zel{ch}vora", f"Zelvora{ch}", f"{ch}Zelvora"):
        with pytest.raises(InvalidNameError) as exc:
            parse(text)
        assert f"U+{ord(ch):04X}" in str(exc.value) and "\n" not in str(exc.value)


@given(st.text(max_size=20))
def test_accepted_names_hold_no_default_ignorable_character(text):
    import regex

    try:
        name = parse(text)
    except InvalidNameError:
        return
    assert not regex.search(r"\p{Default_Ignorable_Code_Point}", name.text)


def test_a_combining_mark_needs_a_letter_to_sit_on():
    assert parse("e\u0301toile").text == "\u00e9toile"
    assert parse("हिंदी").text == "हिंदी"
    for text in ("\u0301Zelvora", "Zel \u0301vora", "Zel-\u0301vora"):
        with pytest.raises(InvalidNameError):
            parse(text)


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=20))
def test_fold_of_ascii_text_is_the_general_fold(text):
    # the ASCII shortcut in fold() gives what case-folding, decomposing and dropping would
    import unicodedata

    from brandcheck.names import fold

    general = "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if c.isascii())
    assert fold(text) == general
