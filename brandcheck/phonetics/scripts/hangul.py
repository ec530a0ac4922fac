"""English → Korean hangul (ko), by the NIKL loanword orthography.

Rules: 국립국어원 외래어 표기법 (1986, 문교부 고시 제85-11호), chapter 1 (general rules: only
ㄱ ㄴ ㄹ ㅁ ㅂ ㅅ ㅇ as batchim, no tense consonants), the IPA–hangul table (표 1), and chapter 3
§1 "영어의 표기". The articles applied are cited at each step below (제1항 … 제9항). The input is
the intended English pronunciation (CMUdict / gruut); NIKL transcribes from the (British)
pronunciation, so /ɑ/ spelled *o* is read as the British short o (Boston 보스턴, Reebok 리복).

Schwa: 표 1 writes [ə] as 어 (ralston 랄스턴). Established spellings of brands and names often
follow the written vowel instead (Heineken 하이네켄); both are produced.

Hangul syllables are composed by Unicode arithmetic (:mod:`.jamo`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..lexicon import letter_names
from ._common import (Unit, Word, british_ham, combine, continental, is_short, listed_spelling, rank, read_as_spelled, said_as_spelled, unwritten_schwa,
                      without_possessive, words_of)
from .foreign_spelling import CONTINENTAL_MARK
from .hangul_names import japanese_hangul
from .hangul_romance import italian_hangul, spanish_hangul
from .jamo import INITIALS, VOWELS, compose, decompose

if TYPE_CHECKING:  # pragma: no cover
    from ...markets import Market
    from ..source_types import Source

__all__ = ["render", "rules", "candidates", "romanize", "hangul_ipa"]

# 표 1: consonants before a vowel (initial jamo).
ONSET: dict[str, str] = {
    "p": "ㅍ", "b": "ㅂ", "t": "ㅌ", "d": "ㄷ", "k": "ㅋ", "ɡ": "ㄱ", "f": "ㅍ", "v": "ㅂ", "θ": "ㅅ",
    "ð": "ㄷ", "s": "ㅅ", "z": "ㅈ", "ʃ": "ㅅ", "ʒ": "ㅈ", "ts": "ㅊ", "tʃ": "ㅊ", "dʒ": "ㅈ", "m": "ㅁ",
    "n": "ㄴ", "ŋ": "ㅇ", "l": "ㄹ", "ɹ": "ㄹ", "h": "ㅎ", "x": "ㅎ", "j": "ㅇ", "w": "ㅇ",
}

# 표 1: consonants with no vowel after them, written with ㅡ (프, 드, 스…); ʃ ʒ tʃ dʒ take ㅣ or ㅠ
# (제3항 2–3, 제4항 1).
CODA_SYLLABLE: dict[str, tuple[str, str]] = {
    "p": ("ㅍ", "ㅡ"), "b": ("ㅂ", "ㅡ"), "t": ("ㅌ", "ㅡ"), "d": ("ㄷ", "ㅡ"), "k": ("ㅋ", "ㅡ"),
    "ɡ": ("ㄱ", "ㅡ"), "f": ("ㅍ", "ㅡ"), "v": ("ㅂ", "ㅡ"), "θ": ("ㅅ", "ㅡ"), "ð": ("ㄷ", "ㅡ"),
    "s": ("ㅅ", "ㅡ"), "z": ("ㅈ", "ㅡ"), "ts": ("ㅊ", "ㅡ"), "tʃ": ("ㅊ", "ㅣ"), "dʒ": ("ㅈ", "ㅣ"),
    "ʒ": ("ㅈ", "ㅣ"), "ʃ": ("ㅅ", "ㅣ"), "h": ("ㅎ", "ㅡ"), "x": ("ㅎ", "ㅡ"), "ɹ": ("ㄹ", "ㅡ"),
    "l": ("ㄹ", "ㅡ"), "m": ("ㅁ", "ㅡ"), "n": ("ㄴ", "ㅡ"),
}

# Batchim allowed in loanwords (제1장 제3항): a voiceless stop after a short vowel (제1항),
# nasals (제5항) and l (제6항).
BATCHIM: dict[str, str] = {"p": "ㅂ", "t": "ㅅ", "k": "ㄱ", "m": "ㅁ", "n": "ㄴ", "ŋ": "ㅇ", "l": "ㄹ"}

_VOICED_BATCHIM = {"b": "ㅂ", "ɡ": "ㄱ"}

# 표 1 vowels. Diphthongs are written as two syllables (제8항): [ai] 아이, [ei] 에이, [ou] 오.
VOWEL: dict[str, tuple[str, ...]] = {
    "i": ("ㅣ",), "ɪ": ("ㅣ",), "eɪ": ("ㅔ", "ㅣ"), "ɛ": ("ㅔ",), "æ": ("ㅐ",), "ɑ": ("ㅏ",), "ɔ": ("ㅗ",),
    "oʊ": ("ㅗ",), "ʊ": ("ㅜ",), "u": ("ㅜ",), "ʌ": ("ㅓ",), "ə": ("ㅓ",), "ɚ": ("ㅓ",), "aɪ": ("ㅏ", "ㅣ"),
    "aʊ": ("ㅏ", "ㅜ"), "ɔɪ": ("ㅗ", "ㅣ"),
}

# Schwa written after its letter (established spellings of names: Heineken 하이네켄).
SPELLED_SCHWA = {"a": "ㅏ", "e": "ㅔ", "i": "ㅣ", "o": "ㅗ", "u": "ㅓ", "y": "ㅣ"}

# 제9항 3: [j] + vowel.
Y_VOWEL = {"ㅏ": "ㅑ", "ㅐ": "ㅒ", "ㅓ": "ㅕ", "ㅔ": "ㅖ", "ㅗ": "ㅛ", "ㅜ": "ㅠ", "ㅣ": "ㅣ"}
# 제9항 1: [w] + vowel: [wə] [wɔ] [wou] 워, [wa] 와, [wæ] 왜, [we] 웨, [wi] 위, [wu] 우.
W_VOWEL = {"ㅓ": "ㅝ", "ㅗ": "ㅝ", "ㅏ": "ㅘ", "ㅐ": "ㅙ", "ㅔ": "ㅞ", "ㅣ": "ㅟ", "ㅜ": "ㅜ"}
# 표기 세칙: after ㅈ ㅊ no y-diphthong is written (쟈 → 자, 츄 → 추); ʃ + vowel uses them (샤 셔 쇼 슈).
_PLAIN = {v: k for k, v in Y_VOWEL.items() if k != "ㅣ"}

_STOPS_VOICELESS = frozenset("p t k".split())
_BATH = frozenset("s f θ".split())
_LIQUID_NASAL = frozenset("l ɹ m n".split())


@dataclass
class _Syl:
    initial: str
    vowel: str
    final: str = ""


@dataclass
class _Builder:
    syls: list[_Syl] = field(default_factory=list)

    def open(self, initial: str, vowel: str) -> None:
        if initial in ("ㅈ", "ㅊ") and vowel in _PLAIN:
            vowel = _PLAIN[vowel]
        self.syls.append(_Syl(initial, vowel))

    def close(self, final: str) -> bool:
        """Put a batchim on the last syllable; False when there is none to take it."""
        if self.syls and not self.syls[-1].final:
            self.syls[-1].final = final
            return True
        return False

    def text(self) -> str:
        return "".join(compose(s.initial, s.vowel, s.final) for s in self.syls)


def _vowel_jamo(units: list[Unit], k: int, *, schwa: str, schwa_a: str = "eo", bath: bool = False) -> tuple[str, ...]:
    """Jamo of the vowel ``units[k]`` (one per syllable it makes)."""
    u = units[k]
    prev = units[k - 1] if k else None
    nxt = units[k + 1] if k + 1 < len(units) else None
    after = units[k + 2] if k + 2 < len(units) else None
    ph = u.phone
    if bath and ph == "æ" and nxt is not None and nxt.phone in _BATH and (after is None or not after.vowel):
        return ("ㅏ",)  # British "bath" vowel [ɑː] before s f θ + consonant (mask 마스크, master 마스터)
    if ph == "ə" and prev is not None and nxt is not None and nxt.phone == "n" and after is None and (
            (prev.phone in ("s", "z") and u.letters != "a") or (prev.phone in ("t", "d") and u.letters == "e")):
        return ("ㅡ",)  # RP syllabic n: Johnson 존슨, Davidson 데이비드슨, wooden 우든, Holden 홀든 (Susan 수전)
    if ph == "ə" and prev is not None and prev.phone in ("v", "f") and u.letters == "e" and nxt is not None \
            and nxt.phone == "n" and (after is None or after.phone in ("s", "z")):
        return ("ㅡ",)  # -ven, -phen: Steven 스티븐, Stevens 스티븐스, Stevenson 스티븐슨, heaven 헤븐
    if ph == "ɛ" and u.letters == "a" and nxt is not None and nxt.phone == "ɹ" and nxt.letters == "rr":
        # American merry–marry merger undone: RP [æ] before a written rr (Farrell 패럴, Harry 해리);
        # a single r is RP [ɛə] (Mary 메리, Gary 게리, Sarah 세라)
        return ("ㅐ",)
    if ph == "ɛ" and u.stress == 0 and u.letters in ("u", "o"):
        return ("ㅓ",)  # an unstressed [ɛ] in CMUdict is a reduced vowel (Sainsbury 세인스버리)
    if ph == "ɑ" and u.letters.startswith("o"):
        return ("ㅗ",)  # British short o (Boston 보스턴)
    if ph == "ɔ" and u.letters.startswith("a") and "u" not in u.letters and "w" not in u.letters:
        return ("ㅗ",)  # ball 볼
    if schwa == "spelling" and u.stress < 1 and ph in ("ə", "ɪ"):
        after_palatal = prev is not None and prev.phone in ("ʃ", "ʒ", "tʃ", "dʒ", "j")
        final = nxt is None
        if u.letters == "a" and (final or schwa_a == "a"):
            return ("ㅏ",)  # final -a is 아 (Erika 에리카, Celia 셀리아)
        if u.letters in ("e", "i", "y") and (not after_palatal or u.letters == "i"):
            return (SPELLED_SCHWA[u.letters],)  # Heineken 하이네켄
    return VOWEL.get(ph, ("ㅓ",))


def _wa(units: list[Unit], k: int) -> bool:
    """[ɑ] written a after [w] is the British short o [ɒ], short before a final stop (Watson 왓슨,
    Watkins 왓킨스), though written 와 as the American vowel."""
    return units[k].phone == "ɑ" and units[k].letters == "a" and k > 0 and units[k - 1].phone == "w"


def _intrusive_p(units: list[Unit], k: int) -> bool:
    """The [p] of [mps] before a vowel is the glide between m and s that Korean does not write:
    Simpson 심슨, Thompson 톰슨, Sampson 샘슨."""
    return (0 < k < len(units) - 2 and units[k].phone == "p" and units[k - 1].phone == "m"
            and units[k + 1].phone == "s" and units[k + 2].vowel)


def rules(word: Word, *, schwa: str = "nikl", final_s: bool = False, coda_r: bool = False,
          stop_batchim: bool = True, bath: bool = False) -> str:
    """Hangul for one word from its sounds, by the NIKL English rules (see module docstring).

    NIKL writes [æ] 애 everywhere (Alaska 알래스카, Lancaster 랭커스터, Glasgow 글래스고);
    ``bath=True`` writes the British "bath" vowel 아 before s f θ + consonant instead, as some
    loanwords fixed it (mask 마스크, master 마스터: listed in loanwords.tsv).

    ``coda_r`` and ``stop_batchim=False`` give the rules NIKL uses for German, Dutch, Italian,
    Spanish… (chapter 3 §2–§7): an r before a consonant or at the end is written 르, and a final
    stop always takes 으 (Karman 카르만, Krupp 크루프).
    """
    units = [u for u in british_ham(word.units, word.letters) if u.phone] if word.kind == "dictionary" else \
        [u for u in word.units if u.phone]
    n = len(units)
    b = _Builder()
    i = 0

    def vowel_at(k: int) -> bool:
        return 0 <= k < n and units[k].vowel

    units = [u for k, u in enumerate(units) if not unwritten_schwa(units, k)]  # apple 애플, pickler 피클러
    units = [u for k, u in enumerate(units) if not _intrusive_p(units, k)]
    if final_s and units and units[-1].phone == "z" and units[-1].letters in ("s", "es"):
        units[-1] = Unit("s", "s")  # names ending in -s are written 스 (Andrews 앤드루스)
    n = len(units)
    while i < n:
        u = units[i]
        ph = u.phone
        if not ph:
            i += 1
            continue
        prev = units[i - 1] if i else None
        nxt = units[i + 1] if i + 1 < n else None

        if u.vowel:
            jamo = _vowel_jamo(units, i, schwa=schwa, bath=bath)
            b.open("ㅇ", jamo[0])
            for extra in jamo[1:]:
                b.open("ㅇ", extra)
            if not coda_r:
                _r_colour(b, u, units, i)
            i += 1
            continue

        # --- a consonant followed by a vowel: it is the onset (with [j]/[w] glides folded in)
        if nxt is not None and nxt.vowel:
            jamo = _vowel_jamo(units, i + 1, schwa=schwa, bath=bath)
            first = jamo[0]
            if ph == "j":
                first = Y_VOWEL.get(first, first)
                if prev is not None and prev.phone in ("d", "l", "n") and nxt.phone in ("ə",) and \
                        b.syls and b.syls[-1].vowel == "ㅡ":
                    first = "ㅓ"  # 제9항 3: Indian 인디언
                    b.open("ㅇ", "ㅣ")
                b.open("ㅇ", first)
            elif ph == "w":
                b.open("ㅇ", W_VOWEL.get(first, first))
            elif ph == "ʃ":
                b.open("ㅅ", Y_VOWEL.get(first, first) if first != "ㅣ" else "ㅣ")  # 제3항 2: 샤 셔 쇼 슈 시
            else:
                if ph == "l" and prev is not None and not (prev.phone in ("m", "n")):
                    b.close("ㄹ")  # 제6항 2: medial l before a vowel is ㄹㄹ (slide 슬라이드)
                if ph == "ŋ":
                    b.close("ㅇ")  # 제5항 2: hanging 행잉
                    b.open("ㅇ", first)
                else:
                    b.open(ONSET.get(ph, "ㅇ"), first)
            for extra in jamo[1:]:
                b.open("ㅇ", extra)
            if not coda_r:
                _r_colour(b, nxt, units, i + 1)
            i += 2
            continue

        # --- consonant + glide + vowel
        if nxt is not None and nxt.phone in ("j", "w") and vowel_at(i + 2):
            glide, v = nxt.phone, units[i + 2]
            jamo = _vowel_jamo(units, i + 2, schwa=schwa, bath=bath)
            first = jamo[0]
            if glide == "j":
                if ph == "l" and prev is not None:
                    b.close("ㄹ")
                if ph in ("d", "l", "n") and v.phone == "ə":
                    b.open(ONSET[ph], "ㅣ")  # 제9항 3: 디어 리어 니어
                    b.open("ㅇ", "ㅓ")
                else:
                    b.open(ONSET.get(ph, "ㅇ"), Y_VOWEL.get(first, first))
            else:
                if ph in ("ɡ", "k", "h"):
                    b.open(ONSET[ph], W_VOWEL.get(first, first))  # 제9항 2: quarter 쿼터, penguin 펭귄
                elif ph in BATCHIM and ph not in _STOPS_VOICELESS and prev is not None and prev.vowel and \
                        b.close(BATCHIM[ph]):
                    b.open("ㅇ", W_VOWEL.get(first, first))  # greenwood 그린우드
                else:
                    _coda_syllable(b, ph)  # swing 스윙, twist 트위스트
                    b.open("ㅇ", W_VOWEL.get(first, first))
            for extra in jamo[1:]:
                b.open("ㅇ", extra)
            if not coda_r:
                _r_colour(b, v, units, i + 2)
            i += 3
            continue

        # --- consonant not followed by a vowel: batchim or a syllable with ㅡ
        after_vowel = prev is not None and prev.vowel
        if ph == "ɹ":
            if after_vowel and not coda_r:
                i += 1
                continue  # r before a consonant or at the end is not written (part 파트)
            _coda_syllable(b, ph)
            i += 1
            continue
        if ph in ("j", "w"):
            b.open("ㅇ", "ㅣ" if ph == "j" else "ㅜ")
            i += 1
            continue
        if ph == "ŋ" or ph in ("m", "n"):
            if not b.close(BATCHIM[ph]):
                _coda_syllable(b, ph) if ph != "ŋ" else b.open("ㅇ", "ㅡ")
            i += 1
            continue
        if ph in ("t", "d") and nxt is not None and nxt.phone in ("s", "z") and not vowel_at(i + 2):
            b.open("ㅊ" if ph == "t" else "ㅈ", "ㅡ")  # 제4항 1: [ts] [dz] → 츠 즈 (Keats 키츠, odds 오즈)
            i += 2
            continue
        if ph == "l":
            if nxt is not None and nxt.phone in ("m", "n") and not vowel_at(i + 2) and after_vowel:
                b.close("ㄹ")  # 제6항 2: film 필름, helm 헬름
                b.open("ㄹ", "ㅡ")
                i += 1
                continue
            if not b.close("ㄹ"):  # 제6항 1: hotel 호텔, pulp 펄프
                b.open("ㄹ", "ㅡ")
            i += 1
            continue
        if ph == "k" and i == 2 and word.letters.startswith(("mc", "mac")) and b.close("ㄱ"):
            i += 1  # 제10항: Mac/Mc is written as the word 맥 (McMillan 맥밀런)
            continue
        if ph in _STOPS_VOICELESS and after_vowel and (is_short(prev) or _wa(units, i - 1)) and stop_batchim:
            # 제1항 1: final voiceless stop after a short vowel → batchim (book 북, cat 캣)
            # 제1항 2: between a short vowel and a consonant other than l r m n (apt 앱트, act 액트)
            if nxt is None or (nxt.phone not in _LIQUID_NASAL and not nxt.vowel and nxt.phone not in ("j", "w")):
                if b.close(BATCHIM[ph]):
                    i += 1
                    continue
        if ph in ("b", "ɡ") and after_vowel and prev.stress >= 1 and is_short(prev) and stop_batchim and \
                nxt is not None and (nxt.phone in ("s", "t") or (nxt.phone == "z" and i + 2 == n)) and b.close(_VOICED_BATCHIM[ph]):
            i += 1  # usage beyond 제2항: b g before s t after a short vowel (Gibson 깁슨, Webster 웹스터, Higgs 힉스)
            continue
        if ph == "ʃ" and nxt is not None:
            b.open("ㅅ", "ㅠ")  # 제3항 2: [ʃ] before a consonant → 슈 (shrub 슈러브)
            i += 1
            continue
        if ph == "x" and after_vowel and prev.phone in ("i", "ɪ", "ɛ", "eɪ"):
            b.open("ㅎ", "ㅣ")  # German ich, ech: 히 (Friedrich 프리드리히, Richter 리히터; Bach 바흐)
            i += 1
            continue
        _coda_syllable(b, ph)  # 제1항 3, 제2항, 제3항 1, 제4항 1: 으 (stamp 스탬프, land 랜드, mask 마스크)
        i += 1
    return b.text()


# 제8항 and 표 1: vowels before a coda r ([iə] 이어, [ɛə] 에어, [auə] 아워 …): the r is not written
# but a centring glide is (beer 비어, care 케어, tour 투어, fire 파이어, tower 타워).
_R_GLIDE = {"ɪ": "ㅓ", "i": "ㅓ", "ɛ": "ㅓ", "eɪ": "ㅓ", "ʊ": "ㅓ", "u": "ㅓ", "aɪ": "ㅓ", "aʊ": "ㅝ"}


def _r_colour(b: _Builder, vowel: Unit, units: list[Unit], i: int) -> None:
    """After the vowel at ``units[i]``: add 어/워 for a following coda r or (for [au]) a schwa."""
    nxt = units[i + 1] if i + 1 < len(units) else None
    after = units[i + 2] if i + 2 < len(units) else None
    if nxt is None:
        return
    if vowel.phone == "ɔ" and nxt.phone == "ɹ" and after is None and nxt.letters in ("", "r", "rr") and \
            vowel.letters in ("o", "oo", "oa", "ore", "oor", "oar"):
        b.open("ㅇ", "ㅓ")  # final [ɔə]: more 모어, Whitmore 휘트모어
        return
    if nxt.phone == "ɹ" and not (after is not None and after.vowel) and vowel.phone in _R_GLIDE:
        if vowel.phone == "aʊ":
            b.syls[-1].vowel = "ㅝ"  # 아우 → 아워
        else:
            b.open("ㅇ", "ㅓ")
    elif vowel.phone == "aʊ" and nxt.phone in ("ə", "ɚ") and b.syls[-1].vowel == "ㅜ":
        b.syls[-1].vowel = "ㅝ"  # 제8항: [auə] 아워 (tower 타워)
        units[i + 1] = Unit("", nxt.letters)  # the schwa is in 워


def _coda_syllable(b: _Builder, ph: str) -> None:
    initial, vowel = CODA_SYLLABLE.get(ph, ("ㅇ", "ㅡ"))
    b.open(initial, vowel)


# --------------------------------------------------------------------------------------------------


def candidates(word: Word) -> list[tuple[str, float]]:
    """Scored hangul candidates for one word, best first."""
    if word.kind == "letters":
        # Korean names of the Latin letters from letters.tsv: CJ 씨제이, LG 엘지; 시, 아르… as the alternative
        letters = word.letters or "".join(c for c in word.spelling.lower() if c.isalpha())
        names = [letter_names("ko").get(c) for c in letters]
        main = "".join(n.name for n in names if n)
        alt = "".join(n.alt or n.name for n in names if n)
        return [(main, 0.9), (alt, 0.6)]
    base = 0.8 if word.kind in ("dictionary", "user", "number") else 0.65
    out = [(rules(word, **opts), base - 0.07 * n) for n, opts in enumerate(VARIANTS)]
    listed = listed_spelling(word, "ko")
    if listed:
        out.append(listed)
    letter_reading = continental(word.spelling) if word.kind in ("dictionary", "g2p") else None
    if letter_reading is not None:
        out.append((rules(_final_er(letter_reading), **CONTINENTAL_OPTIONS), CONTINENTAL_SCORE(word, base)))
        japanese = japanese_hangul(letter_reading.letters)
        if japanese:
            # a romaji spelling: the NIKL table for Japanese, first unless English says it otherwise
            # (above the continental reading, which also comes first for names ending in a vowel)
            out.append((japanese, base + 0.06 if _romaji_first(word, letter_reading) else base - 0.12))
        romance = None if japanese else _romance(word)
        if romance:
            # a name English knows (CMUdict) spelled the Italian or Spanish way: Korean writes it by
            # that language's NIKL table (Lamborghini 람보르기니, Hernández 에르난데스)
            out.append((romance, base + 0.06))
    bare = without_possessive(word)
    if bare is not None:
        out += [(rules(bare, **opts), base - 0.05 - 0.07 * n) for n, opts in enumerate(VARIANTS[:2])]
    return rank(out, 6)


VARIANTS: tuple[dict, ...] = (
    {"schwa": "spelling", "final_s": True},
    {"schwa": "nikl", "final_s": False, "bath": True},
    {"schwa": "nikl", "final_s": True},
    {"schwa": "spelling", "final_s": False},
)
"""Rule options tried, most likely first."""

_ENGLISH_STRESSED = frozenset({"æ", "ʌ", "eɪ", "aɪ", "oʊ", "aʊ", "ɔɪ", "ɚ"})
"""Stressed vowels no Italian or Spanish letter gives: English says such a name its own way (Maggi
[æ], Jumbo [ʌ]), and Korean follows the English sound."""


_ROMANCE_MIN = 6


def _romance(word: Word) -> str | None:
    """Hangul by the Italian or Spanish NIKL table for a CMUdict name that is plainly one: an Italian
    spelling ending in a vowel, or a Spanish one with a continental mark (-ez), whose stressed vowel
    English says as a continental letter value. The spelling marks alone are too loose for brand
    names (Allegra, Accenture, Jumbo read as Spanish or Italian), so coined names keep English."""
    if word.kind != "dictionary" or len(word.letters) < _ROMANCE_MIN or english_everyday(word):
        return None  # short words look Italian too easily (uni, chili, Corgi)
    if any(u.vowel and u.stress == 1 and u.phone in _ENGLISH_STRESSED for u in word.units):
        return None
    if word.letters[-1:] in ("a", "i", "o"):
        found = italian_hangul(word.spelling)
        if found:
            return found
    return spanish_hangul(word.spelling) if CONTINENTAL_MARK.search(word.letters) else None


CONTINENTAL_OPTIONS = {"schwa": "nikl", "coda_r": True, "stop_batchim": False}


def _romaji_first(word: Word, letter_reading: Word) -> bool:
    """A romaji spelling is read the Japanese way when English says it close to its letters, and,
    for a CMUdict name, with the letters' own consonants (Yamamoto, Matsumoto; not Michigan
    [ˈmɪʃɪɡən] 미시간, whose letters merely look like romaji)."""
    return read_as_spelled(word, letter_reading) and (
        word.kind != "dictionary" or said_as_spelled(word, letter_reading, vowels=False))


def _final_er(word: Word) -> Word:
    """A final -er after a consonant is [ɐ] in German and Scandinavian names: 어, not 에르 (Schneider
    슈나이더, Richter 리히터, Bauer 바우어; NIKL chapter 3 §3)."""
    units = list(word.units)
    if len(units) > 2 and [u.phone for u in units[-2:]] == ["ɛ", "ɹ"] and units[-2].letters == "e" and \
            units[-3].phone and (not units[-3].vowel or units[-3].phone in ("aʊ", "aɪ")):
        return Word(word.spelling, word.letters, tuple(units[:-2]) + (Unit("ə", "e", 0),), word.kind)
    return word


ENGLISH_NAME_ZIPF = 4.0
"""A word this frequent in English text (wordfreq Zipf) whose stressed vowel is English [æ], a vowel
no continental reading of the letter a gives, is an English name (Alaska, Atlanta, Montana, Orlando):
Korean writes it from its English sound (알래스카, not 알라스카) whatever its ending. Other names in
-a, -i, -o keep the continental reading first (Maria 마리아, Diego 디에고)."""


def CONTINENTAL_SCORE(word: Word, base: float) -> float:
    """Names with a continental spelling mark, and names ending in -a, -i, -o (Italian, Spanish,
    Japanese, Slavic…), are mostly not English: their letter reading comes first, unless the name is
    an everyday English word or English says it its own way; otherwise it is an alternative."""
    if CONTINENTAL_MARK.search(word.letters):
        return base + 0.05  # German, Scandinavian, Spanish, Slavic spelling: Hartmann 하르트만, Lopez 로페스
    if word.letters[-1:] in ("a", "i", "o") and not english_everyday(word):
        if word.kind == "dictionary" and not said_as_spelled(word, continental(word.spelling)):
            return base - 0.08  # English says it its own way: Ohio 오하이오, Chicago 시카고, Laura 로라
        return base + 0.05
    return base - 0.08


def english_everyday(word: Word) -> bool:
    """True for an everyday English name said with a stressed [æ] (see :data:`ENGLISH_NAME_ZIPF`)."""
    if not any(u.phone == "æ" and u.stress == 1 for u in word.units):
        return False
    from ...distinctiveness.frequency import zipf

    return zipf(word.letters, "en") >= ENGLISH_NAME_ZIPF


def render(source: "Source", market: "Market", *, k: int = 3) -> list:
    """Hangul renderings of a name, best first, written as one word: 외래어 표기법 lets the words of a
    foreign name be written together (제3장 제1절 제10항 2: 붙여 쓸 수도 있다), and Korean packaging and press
    write a brand so (버거킹, 피자헛, 닥터페퍼, 루이비통)."""
    from . import Rendering

    per_word = [candidates(w) for w in words_of(source)]
    return [Rendering(text, romanize(text), hangul_ipa(text), round(score, 4))
            for text, score in combine(per_word, "", k)]


# --------------------------------------------------------------------------------------------------
# Revised Romanization (문화관광부 고시 제2000-8호), letter by letter, and the IPA of hangul.

_RR_INITIAL = dict(zip(INITIALS, ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch",
                                  "k", "t", "p", "h"]))
_RR_VOWEL = dict(zip(VOWELS, ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u",
                              "wo", "we", "wi", "yu", "eu", "ui", "i"]))
_RR_FINAL = {"": "", "ㄱ": "k", "ㄴ": "n", "ㄷ": "t", "ㄹ": "l", "ㅁ": "m", "ㅂ": "p", "ㅅ": "t", "ㅇ": "ng"}


def romanize(text: str) -> str:
    """Revised Romanization of hangul (스프린트 → ``seupeurinteu``); ㄹㄹ is ``ll``, ㄹ before a vowel ``r``.

    >>> romanize("맥도날드")
    'maekdonaldeu'
    """
    out: list[str] = []
    prev_final = ""
    for ch in text:
        if not ("가" <= ch <= "힣"):
            out.append(ch)
            prev_final = ""
            continue
        ini, vow, fin = decompose(ch)
        r = _RR_INITIAL[ini]
        if ini == "ㄹ" and prev_final == "ㄹ":
            r = "l"
        out.append(r + _RR_VOWEL[vow])
        out.append(_RR_FINAL.get(fin, ""))
        prev_final = fin
    return "".join(out)


_IPA_INITIAL = {"ㄱ": "k", "ㄲ": "k͈", "ㄴ": "n", "ㄷ": "t", "ㄸ": "t͈", "ㄹ": "ɾ", "ㅁ": "m", "ㅂ": "p", "ㅃ": "p͈",
                "ㅅ": "s", "ㅆ": "s͈", "ㅇ": "", "ㅈ": "tɕ", "ㅉ": "tɕ͈", "ㅊ": "tɕʰ", "ㅋ": "kʰ", "ㅌ": "tʰ",
                "ㅍ": "pʰ", "ㅎ": "h"}
_IPA_VOWEL = {"ㅏ": ("a",), "ㅐ": ("ɛ",), "ㅑ": ("j", "a"), "ㅒ": ("j", "ɛ"), "ㅓ": ("ʌ",), "ㅔ": ("e",),
              "ㅕ": ("j", "ʌ"), "ㅖ": ("j", "e"), "ㅗ": ("o",), "ㅘ": ("w", "a"), "ㅙ": ("w", "ɛ"),
              "ㅚ": ("w", "e"), "ㅛ": ("j", "o"), "ㅜ": ("u",), "ㅝ": ("w", "ʌ"), "ㅞ": ("w", "e"),
              "ㅟ": ("w", "i"), "ㅠ": ("j", "u"), "ㅡ": ("ɯ",), "ㅢ": ("ɰ", "i"), "ㅣ": ("i",)}
_IPA_FINAL = {"ㄱ": "k̚", "ㄴ": "n", "ㄷ": "t̚", "ㄹ": "l", "ㅁ": "m", "ㅂ": "p̚", "ㅅ": "t̚", "ㅇ": "ŋ"}
_VOICED = {"k": "ɡ", "t": "d", "p": "b", "tɕ": "dʑ"}


def hangul_ipa(text: str) -> tuple[str, ...]:
    """IPA segments of hangul as said in Seoul Korean (lenis stops voiced between voiced sounds,
    ㅅ as ɕ before i/j, ㄹ as ɾ between vowels and l elsewhere).

    >>> "".join(hangul_ipa("스프린트"))
    'sɯpʰɯɾintʰɯ'
    """
    segs: list[str] = []
    for ch in text:
        if not ("가" <= ch <= "힣"):
            continue
        ini, vow, fin = decompose(ch)
        vowel = _IPA_VOWEL[vow]
        onset = _IPA_INITIAL[ini]
        if ini == "ㅅ" and vowel[0] in ("i", "j"):
            onset = "ɕ"
        if ini == "ㄹ" and segs and segs[-1] == "l":
            onset = "l"  # ㄹㄹ is a long l
        if onset in _VOICED and segs and (segs[-1][0] in "aɛʌeouɯiwjmnŋl"):
            onset = _VOICED[onset]
        if onset:
            segs.append(onset)
        segs.extend(vowel)
        if fin:
            segs.append(_IPA_FINAL.get(fin, ""))
    return tuple(s for s in segs if s)
