"""Similarity to known brands: sight, sound, containment and typo-squatting.

``compare(a, b)`` compares two names; :class:`BrandIndex` finds the nearest marks in a list
of any size; ``near_brands(name, markets, options)`` gives a report's ``similar_brands`` and
``similarity.*`` findings against the bundled well-known brands and the user's register.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence

from ..model import BrandMatch, Finding, Severity
from .brands import BrandRecord, brand_by_name, brand_families, bundled_brands, load_brand_file
from .index import BrandIndex, IndexMatch
from .score import BANDS, FULL_SIGHT_WEIGHT, Scores, full_scores

__all__ = ["compare", "Similarity", "BrandIndex", "BrandRecord", "load_brand_file", "near_brands", "NearBrands",
           "bundled_index"]


@dataclass(frozen=True, slots=True)
class Similarity:
    """How close two names are, channel by channel, with the reasons."""

    a: str
    b: str
    sight: float
    """Spelling / look-alike similarity in [0, 1]."""
    sound: float
    """Pronunciation similarity in [0, 1]."""
    overall: float
    """Combined, per the documented rule in :mod:`brandcheck.similarity.score`."""
    containment: float = 0.0
    typo: float = 0.0
    reasons: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"a": self.a, "b": self.b, "sight": round(self.sight, 3), "sound": round(self.sound, 3),
                "overall": round(self.overall, 3), "reasons": list(self.reasons)}


def compare(a: str, b: str, *, markets: Sequence[str] = ()) -> Similarity:
    """Compare two names by sight, sound (English and the given Latin-script markets), containment, typo.

    >>> s = compare("Amazoon", "Amazon")
    >>> s.overall > 0.9, s.sight == compare("Amazon", "Amazoon").sight
    (True, True)
    """
    from ..names import parse

    a_text, b_text = parse(a).text, parse(b).text
    sc = full_scores(a_text, b_text, markets=markets)
    rev = full_scores(b_text, a_text, markets=markets)  # symmetric by construction: take the mean
    return Similarity(a_text, b_text, (sc.sight + rev.sight) / 2, (sc.sound + rev.sound) / 2,
                      (sc.overall + rev.overall) / 2, max(sc.containment, rev.containment), max(sc.typo, rev.typo),
                      sc.why)


@functools.lru_cache(maxsize=1)
def bundled_index() -> BrandIndex:
    """The index of the bundled well-known brands (built once per process), each also found under
    the spelling of how its home market says it (:mod:`.home`)."""
    from .home import home_spellings

    index = BrandIndex(bundled_brands())
    index.add_heard({name: heard.spelling for name, heard in home_spellings().items()}, HEARD_WEIGHT)
    return index


@dataclass(frozen=True, slots=True)
class NearBrands:
    """The known brands nearest a name, and what they mean for it."""

    matches: tuple[BrandMatch, ...]
    """At most five nearest brands, nearest first (a report's ``similar_brands``)."""
    findings: tuple[Finding, ...]
    """``similarity.*`` findings for those close enough to matter."""


def _same_sector(record: BrandRecord, sector: str | None) -> bool:
    if not sector:
        return False
    wanted = {s.strip().lower() for s in sector.split(",") if s.strip()}
    classes = {int(s) for s in wanted if s.isdigit()}
    return record.sector.lower() in wanted or bool(classes & set(record.nice_classes))


def _user_index(brands: Any) -> BrandIndex | None:
    if brands is None:
        return None
    if isinstance(brands, BrandIndex):
        return brands
    return _index_for(tuple(brands))


@functools.lru_cache(maxsize=8)
def _index_for(records: tuple) -> BrandIndex:
    return BrandIndex(records)


def _severity(match: BrandMatch, record: BrandRecord, scores: Scores) -> tuple[Severity, str] | None:
    if match.overall >= 0.999 and record.famous:
        return Severity.CRITICAL, "similarity.identical"
    if scores.typo and match.overall >= 0.9:
        return Severity.HIGH, "similarity.typosquat"
    band = next((label for threshold, label in BANDS if match.overall >= threshold), None)
    if band is None:
        return None
    sev = {"high": Severity.HIGH, "medium": Severity.MEDIUM, "low": Severity.LOW}[band]
    if scores.containment and scores.containment >= max(0.5 * scores.sight + 0.5 * scores.sound, scores.typo):
        # a famous mark that stands out in the name is at least medium; one buried in a word is not
        strong = scores.contained_at_edge and record.famous
        return max(sev, Severity.MEDIUM) if strong else sev, "similarity.contains_mark"
    if scores.sound > scores.sight + 0.1:
        return sev, "similarity.sound_alike"
    return sev, "similarity.look_alike"


MAX_LOW = 3
"""At most this many low-band (0.70–0.80) similarity findings per name, nearest first."""


FORM_DISCOUNT, GENERIC_DISCOUNT, OTHER_SECTOR_DISCOUNT = 0.97, 0.90, 0.85
"""A match found only once company-form words are set aside (*Tifany* ~ *Tiffany & Co.*) is never
"identical": the marks as a whole differ; with generic sector words set aside (*Tata* ~ *Tata
Motors*) it is at most high; and when the candidate's sector word names another sector than the
brand's (*Ariel Motor* ~ Ariel, a detergent) at most medium: the word that was set aside is the
one that tells the two apart (trade-mark offices weigh the relatedness of the goods with the marks)."""
ACROSS_SCRIPTS = 0.95
"""A name in another script matched through its romanisation and sound (小米 ~ Xiaomi) is at most
high, never "identical at a glance": critical is kept for the brand's own listed local form."""


def _pairs(text: str, record: BrandRecord, matched: str) -> list[tuple[str, str, str, float]]:
    """(candidate form, brand form, reason, weight) to score: the names as written, and their
    distinctive parts with company-form and generic words set aside (like with like: a part is
    compared only with a name of no more words, so *General Dynamics* is not *General* Motors)."""
    from .generic import distinctive, generic_sectors, generic_words

    q_core, q_aside = distinctive(text)
    b_core, b_aside = distinctive(record.name)
    from ..phonetics.native import native_script

    out = [(text, record.name, "", 1.0)]
    # the name or a listed alias, as written; a Latin name is not held against an alias in another
    # script (Hoka ~ Нокиа read by glyph shapes): that alias is there for names in its own script
    if (matched != b_core or not b_aside) and (native_script(matched) is None or native_script(text) is not None):
        out.append((text, matched, "", 1.0))
    aside = q_aside + b_aside
    kinds = generic_words()

    def has_generic(words: tuple[str, ...]) -> bool:
        return any(kinds.get(w.casefold().strip(".,()")) == "generic" for w in words)

    # two names that each lose a sector word share at most a weak word (Bank of China, China Airlines)
    if aside and len(q_core.split()) <= len(b_core.split()) and not (has_generic(q_aside) and has_generic(b_aside)):
        generic = has_generic(aside)
        parts = [f"{' '.join(a)!r} of '{n}'" for a, n in ((q_aside, text), (b_aside, record.name)) if a]
        sectors = generic_sectors()
        other = next((w for w in q_aside if sectors.get(w.casefold().strip(".,()"), record.sector) != record.sector),
                     None) if record.sector else None
        why = ("sector words weigh little" if generic else "company forms do not count") if other is None else \
            f"'{other}' names another sector than the brand's ({record.sector}): it tells them apart"
        out.append((q_core, b_core, f"compared without the generic part {' and '.join(parts)} ({why})",
                    OTHER_SECTOR_DISCOUNT if other else GENERIC_DISCOUNT if generic else FORM_DISCOUNT))
    return list(dict.fromkeys(out))


def _family_of(text: str) -> tuple[str, str] | None:
    """(the bundled brand ``text`` names, its family) when the name checked is itself a bundled
    brand of a known family (Radisson Blu → Radisson Hotel Group), else None."""
    record = brand_by_name(text)
    family = brand_families().get(record.name) if record is not None else None
    return (record.name, family) if family else None


def _native_scores(text: str, script: str, record: BrandRecord, ipa: tuple[str, ...]) -> tuple[float, list[str]]:
    """A name in another script against a brand's listed forms in that script: identical, near
    (spelling within the script, hangul by its letters) or contained; and by sound."""
    from ..phonetics.features import ipa_similarity
    from ..phonetics.native import native_script
    from .brands import native_key
    from .fold import script_key

    from .native import han_fold, native_generic_words

    # Chinese characters compare in one set: 百事可樂 is 百事可乐 written in traditional characters
    fold = han_fold if script == "Han" else str
    q = fold(script_key(text))
    best, why = 0.0, []
    for alias in record.aliases:
        if native_script(alias) != script:
            continue
        a = fold(script_key(alias))
        if not a:
            continue
        if a == q:
            other = "" if script_key(alias) == script_key(text) else ", in the other set of Chinese characters"
            return 1.0, [f"identical to the brand's own {script} name '{alias}'{other}"]
        sight = _sight(q, a)
        heard = 0.0
        if ipa:
            from ..phonetics.readers import read_script

            heard = ipa_similarity(ipa, read_script(alias))
        score = FULL_SIGHT_WEIGHT * sight + (1 - FULL_SIGHT_WEIGHT) * heard
        reason = f"looks and sounds alike in {script}: '{text}' vs '{alias}' (sight {sight:.2f}, sound {heard:.2f})"
        short, long_ = sorted((native_key(text), native_key(alias)), key=len)
        # a sector word inside a brand's name (汽车 'car' in 通用汽车) is no part of its mark
        if len(short) >= 2 and short in long_ and short != long_ and short not in native_generic_words():
            contained = 0.6 + 0.4 * len(short) / len(long_)
            if contained > score:
                score, reason = contained, f"'{long_}' contains the {script} name '{short}'"
        if score > best:
            best, why = score, [reason]
    return best, why


def _sight(a: str, b: str) -> float:
    from .score import _sight as sight

    return sight(a, b)


def _weigh(record: BrandRecord, mark, classes: tuple[int, ...]) -> tuple[float, str, list[str]]:
    """Class and status weighting of one match: (factor, class relation, reasons)."""
    from ..model import MarkStatus
    from ..registers.classes import CLASS_WEIGHT, DEAD_WEIGHT, relation

    rel = relation(classes, record.nice_classes)
    factor = CLASS_WEIGHT[rel]
    if record.famous:
        factor = max(factor, CLASS_WEIGHT["related"])  # a well-known mark's reputation reaches beyond its classes
    theirs = ",".join(map(str, record.nice_classes))
    why = {"same": [f"same Nice class ({theirs})"], "related": [f"related Nice class ({theirs})"],
           "other": [f"other Nice classes ({theirs})"], "": []}[rel]
    if mark is not None and mark.status is MarkStatus.DEAD:
        factor *= DEAD_WEIGHT
        why.append(f"dead mark (status {mark.status_code or 'dead'})")
    return factor, rel, why


HEARD_WEIGHT = 0.92
"""A name spelt like a brand as its home market says it (*Renno* ~ Renault, heard *reno*) is
compared with that spelling at this weight: never identical, high only when all but the same.
Set on the dev list (``benchmarks/data/brand_soundalikes_dev.tsv``) and the bundled brands'
alarms (``benchmarks/eval_brand_recall.py``)."""


HEARD_FAST_MIN = 0.6
"""The fast look-and-sound score a name needs against a home spelling before it is compared in
full (warm checks stay fast; below it the full comparison does not reach the low band)."""


def _heard_at_home(text: str, record: BrandRecord, mark, tags: tuple[str, ...],
                   intended: tuple[str, ...] | None) -> tuple[float, Scores, list[str]] | None:
    """(overall, scores, reasons) of ``text`` against the bundled brand spelt as heard at home
    (:mod:`.home`), or None. Only the whole names' look and sound count: a spelling by ear is no
    mark, so a candidate containing it (*Sarah's* ⊃ ``sara`` for Zara) or a slip from it is not near."""
    from .home import home_spellings

    heard = home_spellings().get(record.name) if mark is None and record.source == "bundled" else None
    if heard is None:
        return None
    from .score import fast_scores, features

    if fast_scores(features(text), features(heard.spelling)).overall < HEARD_FAST_MIN:
        return None  # not near that spelling even roughly: spare reading it in every market
    # that spelling is how its home market says the brand: that market's reading of it counts on its own
    # nor is it typed: a slip or a containment against it means nothing, only look and sound do (by_ear)
    sc = full_scores(text, heard.spelling, markets=tags, a_intended=intended, trust=heard.tag, by_ear=True)
    reasons = [f"'{record.name}' is said /{heard.ipa}/ in its home market ({heard.tag}), spelt by ear "
               f"'{heard.spelling}'"] + [f"against that spelling, {why}" for why in sc.why
                                         if why.startswith(("looks alike", "sounds alike", "identical"))
                                         or "begin with another letter" in why]
    return sc.overall * HEARD_WEIGHT, sc, reasons


@functools.lru_cache(maxsize=2048)
def _near_cached(text: str, tags: tuple[str, ...], sector: str | None, user: BrandIndex | None,
                 intended: tuple[str, ...] | None, classes: tuple[int, ...] = (), registers: tuple = (),
                 k: int = 5, source_language: str | None = None) -> NearBrands:
    from ..markets import get
    from ..phonetics.native import native_language, native_romanization, native_script
    from .score import home_tag

    latin_tags = tuple(t for t in tags if get(t).latin and get(t).reader)
    script = native_script(text)  # None for a Latin name (one str test)
    roman = native_romanization(text, native_language(script, source_language, text)) if script else ""
    indexes = [bundled_index()] + ([user] if user is not None else [])
    found: list[IndexMatch] = []
    if script:
        from .native import (EVERYDAY_CAP, RENDERED_WEIGHT, brand_names_to_render, everyday_word, folded_alias_matches,
                             loan_romanizations, native_distinctive, rendered_scores, rendering_matches,
                             worth_rendering)

        variants = loan_romanizations(text, script, roman)  # جوجل is also read Gugl
        core, aside, aside_kind = native_distinctive(text, script)  # 苹果公司 is 苹果 + 'company'
    for index in indexes:
        found += index.nearest(text, k=12)
        if script:
            # across scripts through the romanisation (小米 → Xiaomi), within the script by spelling
            found += index.nearest(roman, k=12) + index.nearest_native(text, k=12)
            for variant in variants:
                found += index.nearest(variant, k=6)
    # (brand record, the form it matched, its register mark or None)
    pool: list[tuple[BrandRecord, str, Any]] = [(m.record, m.matched, None) for m in found]
    if script:
        # listed forms equal but for what the script leaves open (萬寶路 = 万宝路), of the name or its core
        pool += [(r, alias, None) for form in dict.fromkeys((text, core))
                 for r, alias in folded_alias_matches(form, script)]
        # brands written so by brandcheck's renderers (กูเกิล is how Thai writes Google)
        written = [brand_by_name(b) for form in dict.fromkeys((text, core)) for b in rendering_matches(form, script)]
        pool += [(r, r.name, None) for r in written if r is not None]
    if registers:
        from ..registers.store import comparable

        for register in registers:
            for query in (text, roman) if script else (text,):
                for rm in register.nearest(query, k=max(12, 2 * k)):
                    mark = rm.mark
                    pool.append((BrandRecord(mark.text, (), "", mark.classes, "", f"{mark.office} register"),
                                 comparable(mark.text), mark))
    if script:
        # the few near enough to be worth writing out, by the name's spellings (not its reading)
        render = worth_rendering((roman, *loan_romanizations(text, script, roman, heard=False)), pool)
        render |= {id(r) for r in written if r is not None}
    if script and not intended:
        from .score import _english_ipa

        intended = _english_ipa(text)  # the name's own script's reading (phonetics.source)
    family = _family_of(text)
    rescored = []
    seen_pairs: set[tuple[int, str]] = set()
    for record, matched, mark in pool:
        if (id(record), matched) in seen_pairs:
            continue
        seen_pairs.add((id(record), matched))
        home = home_tag(record.country) if record.country else None
        best = None
        if script:
            native, native_why = _native_scores(text, script, record, intended or ())
            if aside:
                weight = FORM_DISCOUNT if aside_kind == "form" else GENERIC_DISCOUNT
                core_score, core_why = _native_scores(core, script, record, ())
                if core_score * weight > native:
                    native = core_score * weight
                    set_aside = "company-form" if aside_kind == "form" else "sector"
                    native_why = core_why + [f"compared without the {set_aside} word '{aside}' of '{text}'"]
            if native:
                best = (native, Scores(native, native, 0.0, 0.0, native, tuple(native_why)), native_why)
            # the brand as the name's script writes it (a form the list does not carry: جوجل ~ Google)
            rendered, rendered_why = rendered_scores(text, script, brand_names_to_render(record, matched, mark)) \
                if id(record) in render and native < RENDERED_WEIGHT else (0.0, [])
            if rendered and (best is None or rendered > best[0]):
                best = (rendered, Scores(rendered, rendered, 0.0, 0.0, rendered, tuple(rendered_why)), rendered_why)
            # its sound across scripts: the romanisation as said (the native reading), and as read at home
            for form in dict.fromkeys((matched, record.name) if mark is None else (matched,)):
                sc = full_scores(roman, form, markets=latin_tags[:6], a_intended=intended, b_home=home)
                overall = min(sc.overall, 1.0) * ACROSS_SCRIPTS
                reasons = [f"'{text}' is said /{''.join(intended or ())}/, romanised '{roman}'"] + list(sc.why)
                if best is None or overall > best[0]:
                    best = (overall, sc, reasons)
            if native < 1.0 and best[0] > 0.6:
                # an everyday word of the name's language is that word, not a brand spelt across scripts
                note = everyday_word(text, script, record)
                if note:
                    best = (min(best[0], EVERYDAY_CAP), dataclasses.replace(best[1], containment=0.0, typo=0.0,
                                                              contained_at_edge=False), list(best[2]) + [note])
        else:
            # a register mark is compared in its comparable form only (USPTO capitals are not I/l look-alikes)
            as_written = record if mark is None else dataclasses.replace(record, name=matched)
            for a_form, b_form, aside, weight in _pairs(text, as_written, matched):
                sc = full_scores(a_form, b_form, markets=latin_tags[:6],
                                 a_intended=intended if a_form == text else None, b_home=home)
                if aside and sc.containment and sc.overall <= sc.containment:
                    continue  # a bare part inside a longer name (Copa in Buscopan) is containment's job
                overall = sc.overall * weight
                reasons = list(sc.why) + ([aside] if aside else [])
                if best is None or overall > best[0]:
                    best = (overall, sc, reasons)
            heard = _heard_at_home(text, record, mark, latin_tags[:6], intended)
            if heard is not None and heard[0] > best[0]:
                best = heard
        overall, sc, why = best
        if not why:
            # every near match says why: the channels, as measured
            why = [f"similar overall: spelling {sc.sight:.2f}, sound {sc.sound:.2f} ('{text}' vs '{record.name}')"]
        why = list(why)
        kin = family is not None and mark is None and record.source == "bundled" and record.name != family[0] \
            and brand_families().get(record.name) == family[1]
        if kin:
            why.append(f"same owner as '{family[0]}' ({family[1]}): a family of marks, not a conflict")
        rel = ""
        if classes or mark is not None:
            factor, rel, more = _weigh(record, mark, classes)
            overall *= factor
            why += more
        elif _same_sector(record, sector):
            overall = min(1.0, overall + 0.05)
            why.append(f"same sector or Nice class ({record.sector}; classes "
                       f"{','.join(map(str, record.nice_classes)) or '-'})")
        rescored.append((overall, record, sc, tuple(why), mark, rel, kin))
    rescored.sort(key=lambda x: (-x[0], x[1].name, x[4].office if x[4] else "", x[4].number if x[4] else ""))
    seen: set = set()
    matches: list[BrandMatch] = []
    findings: list[Finding] = []
    for overall, record, sc, why, mark, rel, kin in rescored:
        key = (record.name.casefold(), mark.office if mark else None, mark.number if mark else None)
        if key in seen:
            continue
        seen.add(key)
        match = BrandMatch(record.name, overall, sc.sight, sc.sound, record.sector, why, record.country,
                           record.nice_classes, mark, rel)
        if len(matches) < k:
            matches.append(match)
        graded = _severity(match, record, sc)
        if graded and kin:
            graded = (Severity.INFO, "similarity.same_family")  # said, not raised
        if graded and graded[0] == Severity.LOW and sum(f.severity == Severity.LOW for f in findings) >= MAX_LOW:
            graded = None  # a long tail of faint resemblances is noise; they stay in the nearest list
        if graded:
            sev, check = graded
            if mark is not None:
                where = (f"{mark.office} {mark.number}, class{'es' if len(mark.classes) != 1 else ''} "
                         f"{','.join(map(str, mark.classes)) or '-'}, {mark.status.value}")
            else:
                where = f"{record.sector}, {record.country}" if record.sector else (record.source or "your register")
            kind = "mark" if mark is not None else "brand"
            evidence = {"brand": record.name, "overall": round(overall, 3), "sight": round(sc.sight, 3),
                        "sound": round(sc.sound, 3), "containment": round(sc.containment, 3), "typo": sc.typo > 0,
                        "sector": record.sector, "nice_classes": list(record.nice_classes), "country": record.country,
                        "source": record.source or "bundled", "why": list(why)}
            if rel:
                evidence["classes"] = rel
            if mark is not None:
                evidence["mark"] = mark.to_dict()
            findings.append(Finding(
                check, None, sev,
                f"'{text}' is close to the {'well-known ' if record.famous else ''}{kind} '{record.name}' ({where}): "
                f"{'; '.join(why) or 'similar overall'} — ask trademark counsel before committing.",
                evidence,
            ))
    return NearBrands(tuple(matches), tuple(findings[:8]))


def near_brands(name, markets: Iterable = (), options=None, *, k: int = 5) -> NearBrands:
    """Nearest brands and ``similarity.*`` findings for a candidate (memoised).

    ``markets`` are markets or tags, or the name's readings keyed by tag: then the name is heard
    as the reading says it is meant to sound (the user's ``--ipa`` or source language included)
    rather than read again. With ``options.classes`` each match is weighed by how its classes
    stand to the candidate's (same > related > other) and a dead register mark weighs less;
    ``options.registers`` adds the nearest marks of those trademark registers. ``k``: how many
    nearest marks to keep.
    """
    from ..phonetics.reading import Reading

    text = getattr(name, "text", name)
    tags = tuple(getattr(m, "tag", m) for m in markets)
    readings = [r for r in markets.values() if isinstance(r, Reading)] if isinstance(markets, Mapping) else []
    intended = readings[0].source.ipa if readings else None
    sector = getattr(options, "sector", None) if options is not None else None
    user = _user_index(getattr(options, "brands", None) if options is not None else None)
    classes = tuple(getattr(options, "classes", ()) or ())
    registers = tuple(getattr(options, "registers", ()) or ())
    source_language = getattr(options, "source_language", None) if options is not None else None
    return _near_cached(text, tags, sector, user, intended, classes, registers, k, source_language)
