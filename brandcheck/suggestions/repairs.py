"""Repairs: small changes to a seed aimed at the findings of its own report.

Each repair reads one finding's evidence — which sound a market lacks or reads otherwise, which
clusters it breaks up, where an unwanted word sits, which brand is too close — and changes the
letters involved, saying which finding id it repairs. Screening later keeps the claim only when
the repaired name's report no longer has that finding.

=============================================  ==================================================
finding                                        repair
=============================================  ==================================================
``pronounceability.missing_sound`` / spelling  the letters of that sound → the nearest sounds every
                                               chosen market has; dropped when in a cluster
``pronounceability.cluster`` / ``inflation``   a consonant of each cluster dropped, or a vowel put in
``pronounceability.drift``                     every letter outside the palette replaced at once
``meaning.*`` (embedded or sound-alike word)   a vowel or consonant of the matched stretch changed
``similarity.*`` (a brand too close)           the start (where likeness weighs most) or the end changed
``distinctiveness.common_word``                a vowel or consonant changed, or a new ending
=============================================  ==================================================
"""

from __future__ import annotations

import random
from typing import Iterator

from ..model import Finding, Report, Severity
from ..phonetics.features import segment_distance
from .model import Candidate
from .palette import Palette
from .spelling import display, is_vowel_letter, key, sound_letters, vowel_groups
from .variants import round_robin

__all__ = ["repairs", "targets"]

PER_FINDING = 8
"""At most this many repairs per finding (the nearest changes first)."""


def targets(report: Report) -> tuple[Finding, ...]:
    """The seed's findings worth repairing: low or worse, and any meaning a word list gave
    (a whole-name sound-alike is often info but still the first thing a room notices)."""
    out = []
    for f in report.findings:
        if f.accepted or f.check.startswith("availability."):
            continue
        if f.severity >= Severity.LOW or (f.check.startswith("meaning.") and f.check != "meaning.homophone"):
            out.append(f)
    return tuple(out)


def _nearest_consonants(sound: str, palette: Palette, exclude: str = "") -> list[str]:
    sounds = dict(palette.sounds)
    letters = [c for c in palette.consonants if c not in exclude]
    return sorted(letters, key=lambda c: (segment_distance(sounds[c], sound), c))


def _in_cluster(text: str, start: int, end: int) -> bool:
    before = start > 0 and not is_vowel_letter(text[start - 1])
    after = end < len(text) and not is_vowel_letter(text[end])
    return before or after


def _sound_repairs(text: str, sound: str, palette: Palette) -> Iterator[tuple[str, str]]:
    """(new letters, how) replacing or dropping the letters of one sound."""
    spans = sound_letters(text, sound)
    if not spans:
        return
    shown = text[spans[0][0]:spans[0][1]]
    for letter in _nearest_consonants(sound, palette)[:3]:
        yield _replace(text, spans, letter), f"{shown} → {letter}"
    for s, e in spans:
        if _in_cluster(text, s, e):
            yield text[:s] + text[e:], f"drops the {text[s:e]} of a cluster"


def _replace(text: str, spans: list[tuple[int, int]], letters: str) -> str:
    out, last = [], 0
    for s, e in spans:
        out.append(text[last:s] + letters)
        last = e
    return "".join(out) + text[last:]


def _cluster_repairs(text: str, palette: Palette, rng: random.Random) -> Iterator[tuple[str, str]]:
    i = 0
    vowels = palette.vowels or ("a",)
    while i < len(text) - 1:
        if not is_vowel_letter(text[i]) and not is_vowel_letter(text[i + 1]):
            yield text[:i] + text[i + 1:], f"drops the {text[i]} of '{text[i:i + 2]}'"
            yield text[:i + 1] + text[i + 2:], f"drops the {text[i + 1]} of '{text[i:i + 2]}'"
            v = rng.choice(vowels)
            yield text[:i + 1] + v + text[i + 1:], f"breaks '{text[i:i + 2]}' with an {v}"
        i += 1


def _span_of(text: str, f: Finding) -> tuple[int, int]:
    """Where a meaning finding's word sits in the name (the whole name when it cannot be found)."""
    for field in ("matched", "term", "word"):
        value = key(str(f.evidence.get(field) or ""))
        if value and value != text and value in text:
            start = text.index(value)
            return start, start + len(value)
    return 0, len(text)


def _edits_in(text: str, start: int, end: int, palette: Palette, rng: random.Random) -> Iterator[tuple[str, str]]:
    """Single-letter changes inside text[start:end]: vowels to other palette vowels, consonants to
    the nearest palette consonants."""
    sounds = dict(palette.sounds)
    positions = list(range(start, end))
    rng.shuffle(positions)
    for i in positions:
        c = text[i]
        if is_vowel_letter(c):
            for v in [v for v in palette.vowels if v != c][:2]:
                yield text[:i] + v + text[i + 1:], f"{c} → {v}"
        else:
            sound = sounds.get(c, c)
            for letter in _nearest_consonants(sound, palette, exclude=c)[:2]:
                yield text[:i] + letter + text[i + 1:], f"{c} → {letter}"


def _double_edits(text: str, start: int, end: int, palette: Palette, rng: random.Random) -> Iterator[tuple[str, str]]:
    """A consonant and a vowel of text[start:end] changed together."""
    singles = list(_edits_in(text, start, end, palette, rng))
    for (a, how_a), (b, how_b) in zip(singles, reversed(singles)):
        both = "".join(y if x == t else x for x, y, t in zip(a, b, text)) if len(a) == len(b) == len(text) else ""
        if both and sum(x != t for x, t in zip(both, text)) == 2:
            yield both, f"{how_a} and {how_b}"


def _ending_changes(text: str, palette: Palette) -> Iterator[tuple[str, str]]:
    """A new final syllable in place of the last one, or (after a final vowel) one more syllable:
    a word that was the whole name is then only part of it."""
    finals = palette.finals[:: max(1, len(palette.finals) // 4)][:4]
    groups = vowel_groups(text)
    for final in finals:
        if text[-1:] and is_vowel_letter(text[-1]) and len(text) <= 8:
            yield text + final, f"one more syllable, -{final}"
        if len(groups) >= 2:
            base = text[:groups[-1][0]].rstrip("bcdfghjklmnpqrstvwxz")
            if base and base + final != text:
                yield base + final, f"new ending -{final}"


# The nearest vowel letter for one a palette lacks (u read [y] in French, Dutch and Swedish).
_NEAR_VOWEL = {"u": "ou", "y": "ie", "e": "ia", "i": "ea", "o": "ua", "a": "oe"}


def _palette_rewrite(text: str, palette: Palette) -> str:
    """Every letter outside the palette replaced by the nearest palette letter."""
    from .spelling import SPELLINGS

    out = []
    for c in text:
        if palette.letter_ok(c):
            out.append(c)
        elif is_vowel_letter(c):
            out.append(next((v for v in _NEAR_VOWEL.get(c, "") if v in palette.vowels), palette.vowels[0]))
        elif palette.consonants:
            sound = next((s for s, sp in SPELLINGS.items() if c in sp), c)
            out.append(_nearest_consonants(sound, palette)[0])
    return "".join(out)


def _palette_echo(text: str, palette: Palette) -> str:
    """The name rebuilt from the palette alone: letters replaced as in :func:`_palette_rewrite`,
    every consonant cluster cut to what all the markets allow (a coda they may close a syllable
    with, then one onset), a final consonant they cannot end on dropped (global: Strivex → Sibe, Zelvora → Senbona)."""
    letters = _palette_rewrite(text, palette)
    out: list[str] = []
    run = ""
    for c in letters + "|":
        if c != "|" and not is_vowel_letter(c):
            run += c
            continue
        if run:
            if c == "|":  # a word-final run: one consonant, if every language may end a word on it
                out.append(run[0] if run[0] in palette.codas and out else "")
            elif out:  # inside the word: a coda (if allowed) + an onset
                out.append((run[0] if len(run) > 1 and run[0] in palette.codas else "") + run[-1])
            else:  # word-initial: one onset, the first consonant (the one a name is recognised by)
                out.append(run[0])
            run = ""
        if c != "|":
            out.append(c)
    return "".join(out)


def _describe(f: Finding) -> str:
    ev = f.evidence
    if f.check.startswith("pronounceability.missing_sound"):
        return f"/{ev.get('segment')}/ in {f.market}"
    if f.check.startswith("pronounceability."):
        return f"{f.check.split('.')[1]} in {f.market}"
    if f.check.startswith("similarity."):
        return f"closeness to {ev.get('brand')}"
    if f.check.startswith("meaning."):
        return f"'{ev.get('term')}' ({ev.get('gloss')}) in {f.market}"
    return f"'{ev.get('word', '')}' as a common word in {f.market}"


def repairs(seed: str, report: Report, palette: Palette, rng: random.Random) -> Iterator[Candidate]:
    """Repairs of ``seed`` aimed at the findings of its ``report``, not yet screened.

    A name that several findings' repairs lead to comes once, claiming all of them, and names that
    claim more findings come first.
    """
    merged: dict[str, tuple[int, list[str], list[str]]] = {}
    for i, c in enumerate(_repairs(seed, report, palette, rng)):
        order, whys, ids = merged.setdefault(c.name, (i, [], []))
        whys.append(c.why)
        ids.extend(x for x in c.repairs if x not in ids)
    ranked = sorted(merged.items(), key=lambda item: (-len(item[1][2]), item[1][0]))
    for name, (_, whys, ids) in ranked:
        more = f" (and {len(whys) - 1} more of its findings)" if len(whys) > 1 else ""
        yield Candidate(name, "repair", whys[0][:-1] + more + ".", (seed,), tuple(ids))


def _repairs(seed: str, report: Report, palette: Palette, rng: random.Random) -> Iterator[Candidate]:
    text = key(seed)
    if not text:
        return
    found = targets(report)
    missing = [f for f in found if f.check in ("pronounceability.missing_sound", "pronounceability.spelling",
                                               "pronounceability.drift")]
    if missing and palette.consonants:
        rewrite = _palette_rewrite(text, palette)
        if rewrite and rewrite != text:
            yield Candidate(display(rewrite), "repair",
                            f"Every sound some market lacks or misreads replaced with one all of them share "
                            f"({seed} → {display(rewrite)}).", (seed,), tuple(dict.fromkeys(f.id for f in missing)))
    sounds = [f for f in found if f.check.startswith("pronounceability.")]
    if sounds and palette.consonants and palette.vowels:
        echo = _palette_echo(text, palette)
        if len(echo) >= 3 and echo != text:
            yield Candidate(display(echo), "repair",
                            f"{seed} rebuilt from sounds and syllables every market shares ({display(echo)}).",
                            (seed,), tuple(dict.fromkeys(f.id for f in sounds)))
    for f in found:
        ev = f.evidence
        if f.check in ("pronounceability.missing_sound",):
            edits = _sound_repairs(text, str(ev.get("segment", "")), palette)
        elif f.check == "pronounceability.spelling":
            drifts = ev.get("drifts") or []
            edits = (e for d in drifts for e in _sound_repairs(text, str(d[0]), palette))
        elif f.check in ("pronounceability.cluster", "pronounceability.inflation"):
            edits = _cluster_repairs(text, palette, rng)
        elif f.check.startswith("meaning."):
            s, e = _span_of(text, f)
            # one letter changed; two (a sound-alike of the whole name survives one change: Mova ~ nova);
            # a new ending when the word runs to the end
            edits = round_robin(_edits_in(text, s, e, palette, rng), _double_edits(text, s, e, palette, rng),
                                _ending_changes(text, palette) if e == len(text) else iter(()))
        elif f.check.startswith("similarity."):
            first_vowel = vowel_groups(text)[0][1] if vowel_groups(text) else 1
            edits = _chain(_edits_in(text, 0, first_vowel, palette, rng), _ending_changes(text, palette))
        elif f.check.startswith("distinctiveness."):
            edits = _chain(_ending_changes(text, palette), _edits_in(text, 0, len(text), palette, rng))
        else:
            continue
        made = 0
        for new, how in edits:
            if made >= PER_FINDING or not new or new == text:
                continue
            made += 1
            yield Candidate(display(new), "repair", f"Repairs {_describe(f)}: {how}.", (seed,), (f.id,))


def _chain(*its):
    for it in its:
        yield from it
