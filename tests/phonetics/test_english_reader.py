"""The English reader of coined and foreign names (phonetics.english): general behaviour, not answers
for particular names. Names are generated from fixed syllables, so no case is looked up."""

from __future__ import annotations

import itertools

import pytest

from brandcheck.phonetics import english, pinyin
from brandcheck.phonetics.english import cmu_reading, english_g2p, is_vowel_seg
from brandcheck.phonetics.readers import read_language
from brandcheck.phonetics.source import intended

# consonant + vowel syllables no English word is made of; names of 2–4 of them are coined names
_ONSETS = ("z", "v", "k", "t", "m", "l", "s", "n")
_NUCLEI = ("a", "i", "o", "u")


def _coined(n_syllables: int, count: int, final: str) -> list[str]:
    out = []
    for i, combo in enumerate(itertools.product(_ONSETS, _NUCLEI, repeat=n_syllables - 1)):
        if i % 7 == 0:  # a spread sample, small enough to keep the test fast
            stem = "".join(c + v for c, v in zip(combo[::2], combo[1::2]))
            out.append((stem + _ONSETS[i % len(_ONSETS)] + final).capitalize())
        if len(out) == count:
            break
    return out


def _vowels(segs) -> int:
    return sum(map(is_vowel_seg, segs))


@pytest.mark.parametrize("final", ["a", "i", "o", "u"])
def test_a_written_final_vowel_is_said(final):
    for name in _coined(2, 8, final):
        segs, _ = english_g2p(name)
        assert is_vowel_seg(segs[-1]), (name, segs)
        assert _vowels(segs) == 2, (name, segs)


def test_a_final_e_after_one_consonant_stays_silent():
    for name in _coined(2, 8, "e"):  # CVCe: Zave, Kove
        segs, _ = english_g2p(name)
        assert not is_vowel_seg(segs[-1]), (name, segs)


def test_a_hiatus_ending_is_two_syllables():
    for stem in _coined(2, 6, ""):
        stem = stem[:-1]  # consonant + vowel, then + consonant + ia/io/ea: three syllables
        for ending in ("via", "vio", "lea"):
            segs, stress = english_g2p(stem + ending)
            assert _vowels(segs) == 3, (stem + ending, segs)
            assert stress is not None


def test_foreign_looking_names_take_the_stress_on_the_last_syllable_but_one():
    for name in _coined(3, 10, "a") + _coined(3, 6, "o"):
        segs, stress = english_g2p(name)
        vowel_positions = [i for i, s in enumerate(segs) if is_vowel_seg(s)]
        assert len(vowel_positions) == 3, (name, segs)
        assert stress == vowel_positions[1], (name, segs, stress)


def test_an_ia_ending_stresses_the_syllable_before_it():
    for stem in ("Zelov", "Kamur", "Tenal"):
        segs, stress = english_g2p(stem + "ia")
        vowel_positions = [i for i, s in enumerate(segs) if is_vowel_seg(s)]
        assert stress == vowel_positions[-3], (stem, segs, stress)


def test_every_reading_has_a_stressed_vowel():
    for name in _coined(2, 10, "a") + _coined(3, 6, "u") + ["Zentrik", "Malvorn", "Sivu"]:
        segs, stress = english_g2p(name)
        assert stress is not None and is_vowel_seg(segs[stress]), (name, segs)


def test_cmudict_variant_that_agrees_with_the_spelling_wins(monkeypatch):
    # a made-up entry: the first variant drops the written final vowel, the second says it
    entries = {"zavola": (("Z", "AH0", "V", "OW1", "L"), ("Z", "AH0", "V", "OW1", "L", "AH0"))}
    monkeypatch.setattr(english, "cmu_lookup", lambda w: entries.get(w.lower(), ()))
    ipa, _, phones = cmu_reading("Zavola")
    assert phones == entries["zavola"][1] and _vowels(ipa) == 3


def test_cmudict_first_variant_stays_on_a_tie(monkeypatch):
    entries = {"tavel": (("T", "AE1", "V", "AH0", "L"), ("T", "AA1", "V", "AH0", "L"))}
    monkeypatch.setattr(english, "cmu_lookup", lambda w: entries.get(w.lower(), ()))
    assert cmu_reading("Tavel")[2] == entries["tavel"][0]


def test_an_r_colour_no_letter_spells_is_said_plain(monkeypatch):
    entries = {"kavia": (("K", "AA1", "V", "IY0", "ER0"),), "kavir": (("K", "AA1", "V", "IY0", "ER0"),)}
    monkeypatch.setattr(english, "cmu_lookup", lambda w: entries.get(w.lower(), ()))
    assert "ɚ" not in cmu_reading("Kavia")[0]
    assert "ɚ" in cmu_reading("Kavir")[0]


def test_the_english_market_reader_and_the_intended_reading_agree():
    for name in ["Sivu", "Nivea", "Lumora", "Kia", "Audi", "Zentrik", *_coined(3, 4, "i")]:
        assert read_language(name, "en") == intended(name).ipa, name


def test_ow_before_a_dental_is_the_vowel_of_rowdy():
    for stem in ("Owd", "Kowt", "Zows", "Lowz"):
        for ending in ("ee", "a", "o"):
            segs, _ = english_g2p(stem + ending)
            assert segs[[i for i, s in enumerate(segs) if is_vowel_seg(s)][0]] == "aʊ", (stem + ending, segs)


def test_a_plural_os_or_as_is_stressed_as_its_vowel_final_stem():
    for name in _coined(3, 6, "o") + _coined(3, 4, "a"):
        segs, stress = english_g2p(name + "s")
        vowel_positions = [i for i, s in enumerate(segs) if is_vowel_seg(s)]
        assert stress == vowel_positions[1], (name + "s", segs, stress)


def test_a_stressed_ai_or_au_of_a_borrowed_name_is_a_diphthong_of_a():
    for name in ("Zaidu", "Kaizo", "Maulo", "Tauvi"):
        segs, stress = english_g2p(name)
        assert segs[stress] in ("aɪ", "aʊ"), (name, segs)


# pinyin syllables assembled from initials and finals, never a stored name
# (cao, not tao: ta-o-mi is also romaji, read as Japanese; see below)
_PINYIN_MARKED = [a + b for a in ("xiao", "zhe", "qing", "gua", "cao", "liu") for b in ("mi", "bao", "dan")]


def test_a_name_spelt_in_pinyin_is_read_by_pinyin_values():
    for name in _PINYIN_MARKED:
        segs, stress = english_g2p(name.capitalize())
        assert _vowels(segs) == 2, (name, segs)  # one vowel a syllable: xiao, gua are not two
        assert stress is not None and is_vowel_seg(segs[stress])
        assert "k" not in segs or "g" in name, (name, segs)  # x and q are not read ks, kw
        if name.startswith("x"):
            assert segs[0] == "ʃ", segs
        if "ao" in name:
            assert "aʊ" in segs, segs


def test_english_looking_words_that_cut_into_pinyin_stay_english():
    # plain consonant-vowel names (ma, lu, si…) and x after a vowel (Lexi = ks) carry no pinyin mark
    for name in ("Lumo", "Dasa", "Nisu", "Lexi", "Moxie", "Tenda"):
        assert not pinyin.looks_pinyin(name.lower()), name


def test_a_capital_run_listed_with_its_letter_names_in_any_variant_is_an_initialism(monkeypatch):
    from brandcheck.phonetics import tokenise
    from brandcheck.phonetics.lexicon import letter

    to_arpabet = {v: k for k, v in english.ARPABET_TO_IPA.items()}

    def spelled(token):  # the letter names of a made-up capital run, as a CMUdict entry would list them
        return tuple(to_arpabet[s] + ("1" if is_vowel_seg(s) else "") for ch in token for s in letter(ch, "en")[1])

    word = ("Z", "EH1", "K")  # a word reading of the run, listed first
    entries = {"zek": (word, spelled("ZEK")), "zok": (word,)}
    monkeypatch.setattr(tokenise, "cmu_lookup", lambda w: entries.get(w.lower(), ()))
    assert tokenise.is_initialism("ZEK", "en")
    assert not tokenise.is_initialism("ZOK", "en")
    assert not tokenise.is_initialism("Zek", "en")  # not capitals: a word


def test_a_said_final_e_listed_first_is_not_dropped_for_a_silent_one(monkeypatch):
    # made-up entries: a final e may be silent or said, so the letters cannot overrule the first variant
    entries = {"zorvche": (("Z", "AO1", "R", "V", "SH", "AH0"), ("Z", "AO1", "R", "V", "SH")),
               "zorvte": (("Z", "AO1", "R", "V", "T"), ("Z", "AO1", "R", "V", "T", "EY0"))}
    monkeypatch.setattr(english, "cmu_lookup", lambda w: entries.get(w.lower(), ()))
    assert cmu_reading("Zorvche")[2] == entries["zorvche"][0]
    assert cmu_reading("Zorvte")[2] == entries["zorvte"][0]


def test_the_open_syllable_before_the_stress_of_a_borrowed_name_takes_its_english_value():
    expected = {"a": "ə", "i": "ɪ", "u": "u"}  # Dasani, Nivea, Lunesta; o keeps its own value
    seen = set()
    for name in _coined(3, 40, "a") + _coined(3, 40, "i"):
        first = name[1]
        if first not in expected or name[2] == "r":
            continue
        segs, stress = english_g2p(name)
        vowel_positions = [i for i, s in enumerate(segs) if is_vowel_seg(s)]
        assert stress == vowel_positions[1], (name, segs)
        assert segs[vowel_positions[0]] == expected[first], (name, segs)
        seen.add(first)
    assert seen == set(expected)


def test_a_closed_syllable_before_the_stress_keeps_its_vowel():
    for stem in ("Zanv", "Kalt", "Tamp"):  # two consonants that are no onset: Campari, Galbani
        segs, _ = english_g2p(stem + "ami")
        assert segs[[i for i, s in enumerate(segs) if is_vowel_seg(s)][0]] != "ə", (stem, segs)


def test_cmudict_unstressed_vowels_are_said_as_english_speakers_say_names(monkeypatch):
    # made-up entries in CMUdict's style: an unstressed r-vowel before a vowel, full a/e/o-r before the stress
    entries = {"zeroma": ("Z", "ER0", "OW1", "M", "AH0"), "tavema": ("T", "AA0", "V", "EH1", "M", "AH0"),
               "forrela": ("F", "AO0", "R", "EH1", "L", "AH0"), "kestima": ("K", "EH0", "S", "T", "IY1", "M", "AH0")}
    monkeypatch.setattr(english, "cmu_lookup", lambda w: (entries[w.lower()],) if w.lower() in entries else ())
    assert cmu_reading("Zeroma")[0] == ("z", "ə", "ɹ", "oʊ", "m", "ə")  # the r starts the stressed syllable
    assert cmu_reading("Zeroma")[1] == 3
    assert cmu_reading("Tavema")[0][1] == "ə"
    assert cmu_reading("Forrela")[0][1] == "ə"
    assert cmu_reading("Kestima")[0][1] == "ɛ"  # a closed syllable keeps its vowel


def _vowel_segs(segs):
    return [s for s in segs if is_vowel_seg(s)]


def test_a_name_that_is_also_romaji_is_read_as_japanese_unless_pinyin_outweighs_it():
    # made-up names that cut both into Hepburn morae and into pinyin with one -ao: Japanese (sa.o.ri)
    for name in ("Saomi", "Naori", "Haona", "Taori"):
        segs, stress = english_g2p(name)
        assert _vowel_segs(segs)[:2] == ["ɑ", "oʊ"] and segs[stress] == "oʊ", (name, segs)
    # a final romaji does not write (kuai), or pinyin marks in two syllables (hao, tao): pinyin
    assert _vowel_segs(english_g2p("Kuaimi")[0]) == ["aɪ", "i"]
    assert _vowel_segs(english_g2p("Haotao")[0]) == ["aʊ", "aʊ"]


def test_a_romaji_name_says_its_final_e_only_with_a_mark_english_spelling_lacks():
    for name in ("Shikume", "Tsumone", "Fukase", "Naoke"):  # shi, tsu, fu; or a vowel pair (na-o-ke)
        segs, stress = english_g2p(name)
        vowels = [i for i, s in enumerate(segs) if is_vowel_seg(s)]
        assert len(vowels) == 3 and segs[-1] == "eɪ" and stress == vowels[1], (name, segs)
    for name in ("Sakume", "Tamone", "Zume"):  # coined names are spelt so too: the English silent e
        assert english_g2p(name)[0][-1] != "eɪ", name


def test_ei_before_a_consonant_is_german_in_a_foreign_name_and_japanese_in_romaji():
    for name in ("Leimo", "Beilo", "Veinto"):  # l, v: not romaji
        assert _vowel_segs(english_g2p(name)[0])[0] == "aɪ", name
    for name in ("Meiko", "Seimaki", "Zeika"):  # me-i-ko: romaji
        assert _vowel_segs(english_g2p(name)[0])[0] == "eɪ", name


def test_an_i_before_a_vowel_of_a_borrowed_name_is_its_letter_not_dial():
    for name in ("Bialetti", "Riavello", "Viandi"):  # gruut: /baɪ/, /ɹaɪ/ as in dial, giant
        segs, _ = english_g2p(name)
        assert _vowel_segs(segs)[0] == "i", (name, segs)


def test_a_stressed_u_before_a_doubled_consonant_of_a_borrowed_name_is_u():
    for name in ("Mutti", "Luppa", "Zubbo", "Kuzza"):  # gruut: putty's /ʌ/
        segs, stress = english_g2p(name)
        assert segs[stress] == "u", (name, segs)


def test_pinyin_outweighs_romaji_only_with_a_final_romaji_cannot_write_or_two_marks():
    assert not pinyin.outweighs_romaji(pinyin.parse("saori"))
    assert pinyin.outweighs_romaji(pinyin.parse("kuaimi")) and pinyin.outweighs_romaji(pinyin.parse("haotao"))


def test_a_romaji_shaped_word_spelt_with_an_english_digraph_is_read_as_english():
    for name in ("Sheemaiko", "Moorai"):  # ee, oo: one English vowel, not two morae
        segs, _ = english_g2p(name)
        assert not any(is_vowel_seg(a) and a == b for a, b in zip(segs, segs[1:])), (name, segs)


def test_a_written_x_keeps_its_s():
    for name in ("Nexaro", "Boxaro", "Maxo", "Luxa", "Duxa", "Ruxa"):  # gruut gave Nexaro /nəkɑɹoʊ/, Luxa /luə/
        segs, _ = english_g2p(name)
        assert "".join(segs).count("ks") == 1, (name, segs)


def test_a_vowel_before_x_is_in_a_closed_syllable():
    # x is two consonants (ks): the vowel before it keeps its English short value, not the open
    # syllable's letter value of a borrowed name (Maxo /æ/ as in maxim, Vexilo /ɛ/ as in vexing)
    for name, vowel in (("Maxo", "æ"), ("Praxa", "æ"), ("Vexilo", "ɛ"), ("Nexaro", "ɛ")):
        segs, _ = english_g2p(name)
        assert vowel in segs, (name, segs)


def test_an_open_first_syllable_y_is_ai_but_not_before_x_or_r():
    for name in ("Skyloo", "Myloo", "Flyloo"):  # sky, my, fly
        segs, _ = english_g2p(name)
        assert "aɪ" in segs, (name, segs)
    assert "aɪ" not in english_g2p("Lyrica")[0]  # lyric: before r gruut's reading stands


def test_an_initial_x_before_a_vowel_is_z():
    for name in ("Xelvo", "Xomira", "Xantu", "Xubeno"):  # xylophone, Xena: not /ks/ or /ɡz/
        segs, _ = english_g2p(name)
        assert segs[0] == "z" and segs[1] not in ("s", "z"), (name, segs)
    assert english_g2p("Nexaro")[0][0] == "n"  # only the first letter


def test_a_dictionary_word_spelt_with_a_soft_c_takes_its_reading_with_s():
    # CMUdict lists some c-words with /k/ first (an Italian or Irish reading); c before e, i, y is /s/
    index = english._cmu_index()
    both = [w for w, prons in index.items() if w[:2] in ("ce", "ci", "cy") and len(prons) > 1
            and any(p.startswith("K ") for p in prons) and any(p.startswith("S ") for p in prons)]
    assert both
    for word in both:
        assert cmu_reading(word)[0][0] == "s", word


@pytest.mark.parametrize("ending", ["ühne", "iele", "ohde", "ehne", "ünke"])
def test_a_german_final_e_is_said(ending):
    # German spellings (a stem ie, a lengthening h, ü, -nke): the final e is /ə/, whether CMUdict lists
    # the word as an anglicised surname with a silent e (Kuhne, Miele) or gruut reads it
    for onset in ("K", "D", "M", "Br", "L", "Z"):
        name = onset + ending
        segs, _ = read_language(name.lower(), "en"), None
        assert segs[-1] == "ə" and _vowels(segs) == 2, (name, segs)
        if "ü" in ending:
            assert "u" in segs and "ʌ" not in segs, (name, segs)


def test_the_final_e_of_english_spellings_stays_silent():
    for name in ("Brite", "Zale", "Lume", "Hawke", "Locke", "Burke", "Lotte"):
        segs = intended(name).ipa
        assert not is_vowel_seg(segs[-1]), (name, segs)


@pytest.mark.parametrize("ending,sound", [("ique", ("i", "k")), ("eau", ("oʊ",)), ("ette", ("ɛ", "t")),
                                          ("elle", ("ɛ", "l")), ("esse", ("ɛ", "s")), ("oire", ("w", "ɑ", "ɹ"))])
def test_a_french_ending_is_said_as_french_and_stressed(ending, sound):
    for stem in ("Zov", "Kal", "Tam", "Vor", "Lun", "Mir"):
        segs, stress = english_g2p(stem + ending)
        assert segs[-len(sound):] == sound, (stem + ending, segs)
        assert stress == len(segs) - len(sound) + (sound[0] == "w"), (stem + ending, segs, stress)
        assert _vowels(segs) == 2, (stem + ending, segs)


def test_an_italian_spelt_dictionary_word_keeps_its_c_as_listed():
    from brandcheck.phonetics.scripts.foreign_spelling import italian

    index = english._cmu_index()
    italian_c = [w for w, prons in index.items() if w[:2] in ("ce", "ci") and italian(w)
                 and prons[0].startswith("CH ") and any(p.startswith("S ") for p in prons)]
    assert italian_c  # Cerruti, Ciaccia: listed /tʃ/ first, the Italian value
    for word in italian_c:
        assert cmu_reading(word)[0][0] == "tʃ", word


def test_a_dropped_x_after_a_diphthong_i_is_sh_and_a_soft_c_is_not_its_k():
    for name in ("Caixa", "Feixo", "Teixa"):  # Portuguese, Catalan x after i: /ʃ/
        segs, _ = english_g2p(name)
        assert "ʃ" in segs and "ks" not in "".join(segs), (name, segs)
    for name in ("Celexa", "Cixa", "Mucinex"):  # the soft c is /s/: the x keeps one /ks/
        segs, _ = english_g2p(name)
        assert "".join(segs).count("ks") == 1, (name, segs)


def test_a_final_unstressed_a_of_a_dictionary_word_is_schwa():
    index = english._cmu_index()
    listed = [w for w, prons in index.items() if w.endswith("a") and w.isalpha() and len(prons) == 1
              and prons[0].endswith("AA0")]
    assert listed
    for word in listed[:40]:
        assert cmu_reading(word)[0][-1] == "ə", word
