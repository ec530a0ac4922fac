"""Adapting a pronunciation to the sound system of a market language.

:func:`adapt` takes IPA segments (the intended pronunciation of a name, or a market's own reading of
its spelling) and returns what a speaker of the language would say, with every change listed:

1. **sounds** — each segment the language lacks is replaced: by the curated rule of
   ``substitutions.tsv`` when there is one (Japanese l → ɾ, Arabic p → b), else by a quiet variant
   (the same sound without length/aspiration, or a transcription equivalent such as tɕ/tʃ), else by
   the nearest sound of the inventory by panphon features. A diphthong the language lacks is split
   (a + j, or a + i where there are no glides).
2. **syllables** — consonant clusters the template of ``syllables.tsv`` does not allow are
   repaired: a prothetic vowel before initial s + consonant where the language uses one (Spanish
   *e-*, Hindi *i-*, Persian *e-*), an epenthetic vowel elsewhere (which vowel depends on the language
   and the consonant before it: Japanese u, o after t/d, i after ch/j), coda neutralisation
   (Thai s → t) or deletion of consonants the coda cannot hold (Thai, Vietnamese).
3. **context rules** — substitutions that depend on the new neighbours (Korean p → pʰ before a vowel,
   so the *p* of *stamp* becomes pʰ once it gains its 으).
4. **final devoicing** where the language has it (German, Dutch, Polish, Russian, Turkish…).

The result is syllabified (largest legal onset) and counted in syllables, or in morae for Japanese.
Pure and memoised.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from .features import DIPHTHONGS, is_vowel, segment_distance
from .phonology import (
    Template, base, inventory, language_of, match, sound_classes, substitutions, template,
)

__all__ = ["Change", "Adaptation", "adapt", "syllabify", "CHANGE_KINDS"]

CHANGE_KINDS = ("substitution", "epenthesis", "prothesis", "deletion", "devoicing")


@dataclass(frozen=True, slots=True)
class Change:
    """One change made while adapting a pronunciation."""

    kind: str
    """``substitution``, ``epenthesis``, ``prothesis``, ``deletion`` or ``devoicing``."""
    segment: str
    """The sound concerned: the replaced/deleted/devoiced sound, or the inserted vowel."""
    result: str
    """What it became (space-separated segments; ``""`` when deleted; the vowel when inserted)."""
    position: int
    """Index in the input sequence of the sound concerned (for insertions: of the sound it precedes)."""
    severity: int = 1
    """For substitutions 0 (phonetic detail), 1 (noticeable) or 2 (the sound is lost); 1 otherwise."""
    note: str = ""
    """Why, when the curated table says (``"l and r are one sound in Japanese"``)."""

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "segment": self.segment, "result": self.result,
                "position": self.position, "severity": self.severity, "note": self.note}


@dataclass(frozen=True, slots=True)
class Adaptation:
    """A pronunciation adapted to one language."""

    language: str
    """ISO 639-1 code."""
    source: tuple[str, ...]
    """The input segments."""
    segments: tuple[str, ...]
    """The adapted segments."""
    syllables: tuple[tuple[str, ...], ...]
    """The adapted segments grouped in syllables."""
    changes: tuple[Change, ...]
    """Every change, in order."""
    clusters: tuple[tuple[str, tuple[str, ...], str], ...]
    """Clusters kept: ``("onset"|"coda", cluster, "legal"|"marginal")`` — legal clusters are still
    harder than single consonants (used by the ease score)."""
    marginal: tuple[str, ...]
    """Sounds kept that the language has only marginally (loans, some varieties)."""
    unit: str
    """``syllable`` or ``mora``."""

    @property
    def units(self) -> int:
        """Length in the language's own unit: syllables, or morae for Japanese."""
        if self.unit != "mora":
            return len(self.syllables)
        count = 0
        for syl in self.syllables:
            for seg in syl:
                if is_vowel(seg):
                    count += 2 if ("ː" in seg or _is_diphthong(seg)) else 1
                elif syl.index(seg) > _nucleus_index(syl):
                    count += 1  # moraic n or first half of a geminate
        return count

    def to_dict(self) -> dict[str, object]:
        return {
            "language": self.language,
            "segments": list(self.segments),
            "syllables": [list(s) for s in self.syllables],
            "changes": [c.to_dict() for c in self.changes],
        }


def _nucleus_index(syl: tuple[str, ...]) -> int:
    for i, s in enumerate(syl):
        if is_vowel(s):
            return i
    return len(syl)


def _is_diphthong(seg: str) -> bool:
    if seg in DIPHTHONGS:
        return True
    b = base(seg)
    return len(b) >= 2 and all(is_vowel(c) for c in b)


# --------------------------------------------------------------------------------------------------
# Sounds

_EQUIVALENTS: dict[str, tuple[str, ...]] = {
    "tɕ": ("tʃ",), "tʃ": ("tɕ", "tʂ"), "dʑ": ("dʒ",), "dʒ": ("dʑ", "dʐ"), "ɕ": ("ʃ",), "ʃ": ("ɕ", "ʂ"),
    "ʑ": ("ʒ",), "ʒ": ("ʑ", "ʐ"), "ʀ": ("ʁ", "r"), "ʁ": ("ʀ", "r"), "r": ("ɾ", "ʁ", "ʀ"), "ɾ": ("r",),
    "ɑ": ("a",), "a": ("ɑ", "ɒ", "ä"), "ä": ("a",), "ɐ": ("a", "ə"), "ɒ": ("ɑ", "a"), "ʋ": ("v",), "v": ("ʋ",),
    "e": ("ɛ",), "ɛ": ("e",), "o": ("ɔ",), "ɔ": ("o",), "ă": ("a",), "ɤ̆": ("ɤ",), "ʂ": ("ʃ",), "ʐ": ("ʒ",),
    "tʂ": ("tʃ", "ʈʂ"), "ʈʂ": ("tʂ", "tʃ"), "dʐ": ("dʒ",), "ɻ": ("ʐ", "r"), "ɦ": ("h",), "h": ("ɦ",),
    "z̩": ("ɨ",), "ʐ̩": ("ɨ",), "ɵ": ("ʊ",), "ɫ": ("l",), "ɡ": ("g",),
}
"""Symbols transcriptions use for the same sound (epitran maps differ: tɕ/tʃ, ʀ/ʁ); a target that
has only the other symbol gets it quietly (severity 0)."""

_GLIDE_OF = {"i": "j", "ɪ": "j", "y": "ɥ", "u": "w", "ʊ": "w", "ɯ": "w"}


def _severity_of_distance(d: float) -> int:
    # thresholds on segment_distance: < 0.1 ~ voicing/length-level detail, < 0.3 ~ one place/manner
    # feature (l~ɾ is 0.24), beyond that a different sound
    return 0 if d < 0.1 else (1 if d < 0.3 else 2)


def _fallback(seg: str, lang: str, tpl: Template, depth: int = 0) -> tuple[tuple[str, ...], int, str]:
    """Replacement for a sound not in the inventory and without a curated rule: (segments, severity, how)."""
    inv = inventory(lang)
    sayable = inv.all
    # length and other modifiers
    if seg.endswith("ː") and seg[:-1] in sayable:
        return (seg[:-1],), 0, "length"
    if seg + "ː" in inv.core and len(seg) == 1:
        return (seg + "ː",), 0, "length"
    b = base(seg)
    if b != seg and b in sayable:
        return (b,), (1 if "\u0303" in seg else 0), "modifier"
    for eq in _EQUIVALENTS.get(b, ()):
        if eq in sayable:
            return (eq,), 0, "equivalent"
    if b.endswith("\u032f") and b[:-1] in sayable:
        return (b[:-1],), 0, "modifier"
    # diphthongs the language lacks: split
    if _is_diphthong(b) and depth < 2:
        first, second = b[0], b[1:].replace("\u032f", "")
        out: list[str] = []
        sev = 0
        parts = [first, second]
        if tpl.diphthongs == "glide" and second in _GLIDE_OF and _GLIDE_OF[second] in sayable:
            parts = [first, _GLIDE_OF[second]]
        for part in parts:
            if part in sayable:
                out.append(part)
                continue
            repl, s, _ = _fallback(part, lang, tpl, depth + 1)
            out.extend(repl)
            sev = max(sev, s)
        return tuple(out), sev, "split"
    # nearest inventory sound of the same kind (vowel/consonant), diphthongs excluded as targets
    want_vowel = is_vowel(seg)
    candidates = [s for s in inv.core if is_vowel(s) == want_vowel and not _is_diphthong(s)]
    if not candidates:
        return (seg,), 2, "none"
    best = min(candidates, key=lambda s: (segment_distance(seg, s), s))
    return (best,), _severity_of_distance(segment_distance(seg, best)), "nearest"


def _context_ok(context: str, seq: list[str], i: int) -> bool:
    if not context:
        return True
    nxt = seq[i + 1] if i + 1 < len(seq) else None
    prev = seq[i - 1] if i > 0 else None
    if context == "_V":
        return nxt is not None and is_vowel(nxt)
    if context == "_C":
        return nxt is None or not is_vowel(nxt)
    if context == "#_":
        return i == 0
    if context == "_#":
        return nxt is None
    if context == "V_":
        return prev is not None and is_vowel(prev)
    if context.startswith("_"):
        return nxt is not None and (nxt == context[1:] or base(nxt) == context[1:])
    return False


# --------------------------------------------------------------------------------------------------
# Working sequence: [segment, origin index or -1 for inserted]


class _Work:
    __slots__ = ("segs", "origin", "changes", "deferred")

    def __init__(self) -> None:
        self.segs: list[str] = []
        self.origin: list[int] = []
        self.changes: list[Change] = []
        self.deferred: set[int] = set()  # origins whose sound waits for context rules


def _sounds(source: tuple[str, ...], lang: str, tpl: Template, native: bool) -> _Work:
    inv = inventory(lang)
    subs = substitutions(lang)
    w = _Work()
    for i, seg in enumerate(source):
        rules = subs.get(seg, ())
        in_inventory = seg in inv.all
        use_rules = bool(rules) and (not native or not in_inventory)
        if use_rules and any(r.context for r in rules):
            w.segs.append(seg)
            w.origin.append(i)
            w.deferred.add(i)
            continue
        if use_rules:
            rule = rules[0]
            if rule.replacement != (seg,):
                w.changes.append(Change("substitution" if rule.replacement else "deletion", seg,
                                        " ".join(rule.replacement), i, rule.severity, rule.note))
            for r in rule.replacement:
                w.segs.append(r)
                w.origin.append(i)
            continue
        if in_inventory:
            w.segs.append(seg)
            w.origin.append(i)
            continue
        repl, sev, _how = _fallback(seg, lang, tpl)
        w.changes.append(Change("substitution", seg, " ".join(repl), i, sev))
        for r in repl:
            w.segs.append(r)
            w.origin.append(i)
    return w


def _context_pass(w: _Work, lang: str, tpl: Template) -> None:
    inv = inventory(lang)
    subs = substitutions(lang)
    segs, origin = w.segs, w.origin
    i = 0
    while i < len(segs):
        o = origin[i]
        seg = segs[i]
        if o in w.deferred and o >= 0:
            done = False
            for rule in subs.get(seg, ()):
                if _context_ok(rule.context, segs, i):
                    if rule.replacement != (seg,):
                        w.changes.append(Change("substitution" if rule.replacement else "deletion", seg,
                                                " ".join(rule.replacement), o, rule.severity, rule.note))
                    segs[i:i + 1] = list(rule.replacement)
                    origin[i:i + 1] = [o] * len(rule.replacement)
                    i += len(rule.replacement)
                    done = True
                    break
            if done:
                continue
            if seg not in inv.all:
                repl, sev, _ = _fallback(seg, lang, tpl)
                w.changes.append(Change("substitution", seg, " ".join(repl), o, sev))
                segs[i:i + 1] = list(repl)
                origin[i:i + 1] = [o] * len(repl)
                i += len(repl)
                continue
        i += 1


# --------------------------------------------------------------------------------------------------
# Syllable structure


def _onset_status(cluster: tuple[str, ...], tpl: Template) -> int:
    """2 legal, 1 marginal (loans), 0 illegal."""
    if len(cluster) <= 1:
        return 2
    if match(tpl.onsets, cluster):
        return 2
    if match(tpl.onsets_marginal, cluster):
        return 1
    return 0


def _coda_status(cluster: tuple[str, ...], tpl: Template, *, final: bool, next_seg: str | None) -> int:
    return _coda_status_in(tuple(cluster), tpl.language, final, next_seg)


@functools.lru_cache(maxsize=65536)
def _coda_status_in(cluster: tuple[str, ...], language: str, final: bool, next_seg: str | None) -> int:
    # Memoised by language: the same few clusters are judged thousands of times in a batch, and a
    # language has one template (phonology.template).
    tpl = template(language)
    cluster = tuple(s for s in cluster if not is_vowel(s))
    if not cluster:
        return 2
    if len(cluster) == 1:
        if match(tpl.final_codas if final else tpl.codas, cluster, next_seg=next_seg):
            return 2
        return 1 if match(tpl.codas_marginal, cluster, next_seg=next_seg) else 0
    if match(tpl.coda_clusters, cluster):
        return 2
    return 1 if match(tpl.codas_marginal, cluster) else 0


def _map_coda(coda: list[str], tpl: Template, *, final: bool) -> tuple[list[str], list[tuple[int, str, str]]]:
    """Apply the language's coda neutralisations; returns (new coda, [(index, old, new)])."""
    if not tpl.coda_map or not coda:
        return coda, []
    out: list[str] = []
    edits = []
    for k, seg in enumerate(coda):
        replaced = False
        for src, repl, ctx in tpl.coda_map:
            if seg != src and base(seg) != src:
                continue
            if ctx == "_C" and final and k == len(coda) - 1:
                continue
            out.extend(repl)
            edits.append((k, seg, " ".join(repl)))
            replaced = True
            break
        if not replaced:
            out.append(seg)
    return out, edits


def _epenthetic(tpl: Template, prev: str | None, following_vowel: str | None) -> str:
    if tpl.harmony:
        v = base(following_vowel or "") or "i"
        front = v[:1] in "eiyøœɛæ"
        rounded = v[:1] in "ouyøœɔʊ"
        return ("y" if rounded else "i") if front else ("u" if rounded else "ɯ")
    if prev is not None:
        for vowel, after in tpl.epenthesis_after:
            if prev in after or base(prev) in after:
                return vowel
    return tpl.epenthesis_default


def _onset_groups(cluster: tuple[str, ...], tpl: Template) -> list[tuple[str, ...]] | None:
    """Split a cluster into the fewest legal (or marginal) onsets, each non-empty; None if impossible."""
    n = len(cluster)
    best: list[list[tuple[str, ...]] | None] = [None] * (n + 1)
    best[0] = []
    for j in range(1, n + 1):
        for i in range(j):
            if best[i] is None:
                continue
            group = cluster[i:j]
            if _onset_status(group, tpl) == 0:
                continue
            cand = best[i] + [group]
            if best[j] is None or len(cand) < len(best[j]):
                best[j] = cand
    return best[n]


@dataclass(slots=True)
class _Plan:
    cost: float
    coda: list[str]
    coda_edits: list[tuple[int, str, str]]
    deleted: list[int]  # indices into the cluster
    groups: list[tuple[str, ...]]  # onset groups; all but the last get an epenthetic vowel (final: all)
    legality: int


def _plan_cluster(cluster: tuple[str, ...], tpl: Template, *, where: str, next_vowel: str | None) -> _Plan:
    """Best repair of one consonant cluster. where: 'medial' or 'final'."""
    n = len(cluster)
    final = where == "final"
    plans: list[_Plan] = []
    deletion = tpl.coda_repair == "deletion"
    for k in range(n + 1) if not final else range(n, -1, -1):
        raw_coda = list(cluster[:k])
        rest = cluster[k:]
        deleted: list[int] = []
        coda = raw_coda
        keep_at = 0
        if deletion and len(coda) > 1:
            # keep one consonant: drop liquids and glides first, then keep the first remaining
            keep = [i for i, s in enumerate(coda) if not (sound_classes(s) & {"L", "R", "G"})] or [0]
            keep_at = keep[0]
            deleted = [i for i in range(len(coda)) if i != keep_at]
            coda = [coda[keep_at]]
        next_seg = rest[0] if rest else None
        mapped, edits = _map_coda(coda, tpl, final=final and not rest)
        status = _coda_status(tuple(mapped), tpl, final=final and not rest, next_seg=next_seg)
        if status == 0 and deletion and mapped:
            # the coda cannot be kept even neutralised: delete it
            deleted = sorted(deleted + [keep_at])
            mapped, edits, status = [], [], 2
        if status == 0:
            continue
        if final:
            groups = _onset_groups(rest, tpl) if rest else []
            if groups is None:
                continue
            vowels = len(groups)
            legality = min([status] + [_onset_status(g, tpl) for g in groups])
        else:
            if not rest:
                if k == 0:
                    continue
                # everything in the coda and no onset: fine (e.g. "al.o" has no medial cluster)
                groups, vowels = [()], 0
            else:
                groups = _onset_groups(rest, tpl)
                if groups is None:
                    continue
                vowels = len(groups) - 1
            legality = min([status] + [_onset_status(g, tpl) for g in groups if g])
        complexity = (len(mapped) > 1) + sum(len(g) > 1 for g in groups)
        # cost: inserted vowels and deletions count 1 each; marginal clusters 0.25; complexity 0.1;
        # ties go to the larger onset (smaller k) for medial clusters, the larger coda for final ones
        cost = vowels + len(deleted) + (2 - legality) * 0.25 + complexity * 0.1 + (k * 0.001 if not final else -k * 0.001)
        plans.append(_Plan(cost, mapped, edits, deleted, groups, legality))
    if not plans:
        # nothing legal even with epenthesis (should not happen): one vowel after every consonant
        return _Plan(float(n), [], [], [], [(c,) for c in cluster] + ([] if final else [()]), 0)
    return min(plans, key=lambda p: p.cost)


def _repair(w: _Work, tpl: Template) -> None:
    segs, origin = w.segs, w.origin
    if not segs:
        return
    if not any(is_vowel(s) for s in segs):
        # a name with no vowel at all (Brr, Pst): give its first consonant a vowel
        v = _epenthetic(tpl, segs[0], None)
        pos = origin[1] if len(origin) > 1 else origin[0] + 1
        segs.insert(1, v)
        origin.insert(1, -1)
        w.changes.append(Change("epenthesis", v, v, pos))
    out_s: list[str] = []
    out_o: list[int] = []
    n = len(segs)
    vowel_idx = [i for i, s in enumerate(segs) if is_vowel(s)]
    first = vowel_idx[0]

    def insert_vowel(kind: str, vowel: str, before_origin: int) -> None:
        out_s.append(vowel)
        out_o.append(-1)
        w.changes.append(Change(kind, vowel, vowel, before_origin))

    def emit_cluster(cluster_idx: list[int], plan: _Plan, *, final: bool, next_vowel: str | None) -> None:
        cluster = [segs[i] for i in cluster_idx]
        k = len(cluster) - sum(len(g) for g in plan.groups)
        raw_coda_idx = cluster_idx[:k]
        # coda (with deletions and neutralisation)
        kept = [i for j, i in enumerate(raw_coda_idx) if j not in plan.deleted]
        for j in plan.deleted:
            if j < len(raw_coda_idx):
                i = raw_coda_idx[j]
                w.changes.append(Change("deletion", segs[i], "", origin[i]))
        edits = {e[0]: e for e in plan.coda_edits}
        for j, i in enumerate(kept):
            if j in edits:
                _, old, new = edits[j]
                same = bool(new) and (sound_classes(old) - {"C"}) == (sound_classes(new.split()[0]) - {"C"})
                w.changes.append(Change("substitution" if new else "deletion", old, new, origin[i],
                                        0 if same else 1, "coda neutralised"))
                for r in new.split():
                    out_s.append(r)
                    out_o.append(origin[i])
            else:
                out_s.append(segs[i])
                out_o.append(origin[i])
        pos = k
        for gi, g in enumerate(plan.groups):
            for _ in g:
                i = cluster_idx[pos]
                out_s.append(segs[i])
                out_o.append(origin[i])
                pos += 1
            last = gi == len(plan.groups) - 1
            if (final or not last) and g:
                nxt_origin = origin[cluster_idx[pos]] if pos < len(cluster_idx) else (
                    origin[cluster_idx[-1]] + 1)
                insert_vowel("epenthesis", _epenthetic(tpl, g[-1], next_vowel), nxt_origin)

    # initial cluster
    init = list(range(first))
    init_cluster = tuple(segs[i] for i in init)
    if _onset_status(init_cluster, tpl) == 0:
        scope = tpl.prothesis_scope
        glide_onset = len(init_cluster) == 2 and "G" in sound_classes(init_cluster[1])
        wants = tpl.prothesis_vowel and len(init_cluster) >= 2 and (
            (scope == "CC" and not glide_onset)  # C + glide is vocalised instead (cute → kiyut)
            or (scope == "sC" and base(init_cluster[0]) in ("s", "z", "ʃ")))
        if wants:
            insert_vowel("prothesis", tpl.prothesis_vowel, origin[0])
            plan = _plan_cluster(init_cluster, tpl, where="medial", next_vowel=segs[first])
            emit_cluster(init, plan, final=False, next_vowel=segs[first])
        else:
            groups = _onset_groups(init_cluster, tpl) or [(c,) for c in init_cluster]
            emit_cluster(init, _Plan(0, [], [], [], groups, 0), final=False, next_vowel=segs[first])
    else:
        for i in init:
            out_s.append(segs[i])
            out_o.append(origin[i])
    # vowels and the clusters after them
    for n_i, v in enumerate(vowel_idx):
        out_s.append(segs[v])
        out_o.append(origin[v])
        nxt = vowel_idx[n_i + 1] if n_i + 1 < len(vowel_idx) else n
        cluster_idx = list(range(v + 1, nxt))
        if not cluster_idx:
            continue
        cluster = tuple(segs[i] for i in cluster_idx)
        final = nxt == n
        plan = _plan_cluster(cluster, tpl, where="final" if final else "medial",
                             next_vowel=None if final else segs[nxt])
        emit_cluster(cluster_idx, plan, final=final, next_vowel=None if final else segs[nxt])
    w.segs, w.origin = out_s, out_o


_DEVOICE = {"b": "p", "d": "t", "ɡ": "k", "v": "f", "z": "s", "ʒ": "ʃ", "dʒ": "tʃ", "ɣ": "x", "ð": "θ",
            "dz": "ts", "ʐ": "ʂ", "ʑ": "ɕ", "dʐ": "tʂ", "dʑ": "tɕ", "ɟ": "c", "ʝ": "ç"}


def _degeminate(w: _Work, tpl: Template) -> None:
    """Two identical consonants in a row (spelled double letters: jazz, Lotto) become one where the
    language has no geminates (no ``Q`` coda); where it has them, a final pair still becomes one."""
    has_q = any("Q" in p.tokens for p in tpl.codas)
    i = len(w.segs) - 1
    while i > 0:
        a, b = w.segs[i - 1], w.segs[i]
        if a == b and not is_vowel(a) and (not has_q or i == len(w.segs) - 1):
            del w.segs[i]
            del w.origin[i]
        i -= 1


def _devoice(w: _Work, lang: str) -> None:
    if not w.segs:
        return
    last = w.segs[-1]
    new = _DEVOICE.get(last)
    if new and new in inventory(lang).all:
        w.changes.append(Change("devoicing", last, new, w.origin[-1] if w.origin[-1] >= 0 else len(w.segs) - 1))
        w.segs[-1] = new


def syllabify(segs: tuple[str, ...], language: str) -> tuple[tuple[str, ...], ...]:
    """Group segments into syllables: each vowel is a nucleus; a consonant cluster between vowels is
    split where both sides are allowed, preferring simple sides (``tas.ko``, ``dal.vo``) and, among
    equally simple splits, the larger onset."""
    tpl = template(language)
    vowel_idx = [i for i, s in enumerate(segs) if is_vowel(s)]
    if not vowel_idx:
        return (tuple(segs),) if segs else ()
    bounds = [0]
    for a, b in zip(vowel_idx, vowel_idx[1:]):
        cluster = tuple(segs[a + 1 : b])
        best_key, split = None, max(0, len(cluster) - 1)
        for k in range(len(cluster) + 1):
            coda, onset = cluster[:k], cluster[k:]
            cs = _coda_status(coda, tpl, final=False, next_seg=onset[0] if onset else None)
            os_ = _onset_status(onset, tpl)
            if not cs or not os_:
                continue
            key = (-min(cs, os_), (len(coda) > 1) + (len(onset) > 1), k)
            if best_key is None or key < best_key:
                best_key, split = key, k
        bounds.append(a + 1 + split)
    bounds.append(len(segs))
    return tuple(tuple(segs[x:y]) for x, y in zip(bounds, bounds[1:]) if y > x)


def _clusters(sylls: tuple[tuple[str, ...], ...], tpl: Template) -> tuple[tuple[str, tuple[str, ...], str], ...]:
    out = []
    for n, syl in enumerate(sylls):
        nuc = _nucleus_index(syl)
        onset, coda = syl[:nuc], syl[nuc + 1 :]
        if len(onset) >= 2:
            st = _onset_status(onset, tpl)
            out.append(("onset", onset, "legal" if st == 2 else "marginal"))
        if coda:
            final = n == len(sylls) - 1
            nxt = sylls[n + 1][0] if not final and sylls[n + 1] else None
            st = _coda_status(coda, tpl, final=final, next_seg=nxt)
            if len(coda) >= 2 or st < 2:
                out.append(("coda", coda, "legal" if st == 2 else "marginal"))
    return tuple(out)


@functools.lru_cache(maxsize=16384)
def adapt(segments: tuple[str, ...], language: str, *, native: bool = False) -> Adaptation:
    """Adapt IPA segments (one word) to a language's sounds and syllable template.

    ``native=True`` says the segments already are that language's own reading (epitran of the
    spelling): curated substitutions then only replace sounds outside the inventory (leaks),
    instead of applying the loanword conventions meant for foreign sounds.
    """
    lang = language_of(language)
    tpl = template(lang)
    source = tuple(segments)
    w = _sounds(source, lang, tpl, native)
    _degeminate(w, tpl)
    _repair(w, tpl)
    _context_pass(w, lang, tpl)
    if tpl.final_devoicing:
        _devoice(w, lang)
    segs = tuple(w.segs)
    sylls = syllabify(segs, lang)
    inv = inventory(lang)
    marginal = tuple(dict.fromkeys(s for s in segs if s in inv.marginal and s not in inv.core))
    return Adaptation(lang, source, segs, sylls, tuple(w.changes), _clusters(sylls, tpl), marginal, tpl.unit)
