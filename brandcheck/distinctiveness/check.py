"""The distinctiveness check (``distinctiveness.*`` findings)."""

from __future__ import annotations

import functools

from ..model import Finding, Severity
from ..names import CandidateName
from .frequency import COMMON, VERY_COMMON, zipf

__all__ = ["common_words"]

# Parts shorter than this are too often accidental inside coined names (Zel-vora, No-kia).
_MIN_PART = 4


def _severity(z: float) -> Severity:
    return Severity.MEDIUM if z >= VERY_COMMON else Severity.LOW


def _known_brand(word: str, name: CandidateName) -> str | None:
    """The bundled brand whose name is this word, if any: its fame, not the language, may make it
    frequent. A local form counts when it is the brand's listed name in that script (诺基亚 is
    frequent in Chinese text because Nokia is), or the bundled brand ``name`` is written so there
    (سوني for Sony)."""
    from ..phonetics.native import native_script
    from ..similarity.fold import plain_key
    from ..similarity.native import folded_alias_matches, rendering_matches

    key = plain_key(word)
    if key and key in _brand_keys():
        return _brand_keys()[key]
    script = native_script(word)
    if not script:
        return None
    matches = folded_alias_matches(word, script)
    if matches:
        return matches[0][0].name
    own = _brand_keys().get(plain_key(name.text))
    return own if own is not None and own in rendering_matches(word, script) else None


@functools.lru_cache(maxsize=1)
def _brand_keys() -> dict[str, str]:
    from ..similarity.brands import bundled_brands
    from ..similarity.fold import plain_key

    return {plain_key(b.name): b.name for b in bundled_brands()}


def common_words(name: CandidateName, tag: str, language: str, language_name: str,
                 local_forms: tuple[str, ...] = ()) -> tuple[Finding, ...]:
    """Findings for a name that is, or is built from, common words of ``language``.

    ``local_forms`` are the name's renderings in the market's script (katakana, Cyrillic…): in a
    non-Latin market a name is ordinary when its local form is an ordinary word there.
    """
    findings: list[Finding] = []
    whole = name.text.casefold()
    key = name.key  # a property computed on each access: read once
    forms = [whole] + ([key] if key != whole else [])
    best = max(((zipf(f, language), f) for f in forms), default=(0.0, ""))
    for local in local_forms:
        z = zipf(local, language)
        if z > best[0]:
            best = (z, local)
    if best[0] >= COMMON:
        z, form = best
        brand = _known_brand(form, name)
        severity = _severity(z)
        if brand:
            # Frequent partly because a famous brand already uses it (Samsung, Google): say so, weigh less.
            severity = Severity(max(Severity.INFO, severity - 1))
            message = (f"'{form}' is frequent in {language_name} text (Zipf {z:.1f}), at least partly as the "
                       f"existing brand {brand}; searches for it will show that brand.")
        else:
            message = (f"'{form}' is an ordinary {language_name} word (Zipf {z:.1f}); search results and "
                       f"trademark protection will be hard to own in this market.")
        evidence = {"word": form, "language": language, "zipf": z, "where": "whole name"}
        if brand:
            evidence["brand"] = brand
        findings.append(Finding("distinctiveness.common_word", tag, severity, message, evidence))
        return tuple(findings)

    # Multi-word names: each word on its own.
    if len(name.words) > 1:
        for word in name.words:
            z = zipf(word.casefold(), language)
            if z >= COMMON and len(word) >= 3:
                findings.append(Finding(
                    "distinctiveness.common_word_part", tag, Severity.LOW if z >= VERY_COMMON else Severity.INFO,
                    f"The word '{word}' is an ordinary {language_name} word (Zipf {z:.1f}); the name's "
                    f"distinctive power rests on the other words.",
                    {"word": word.casefold(), "language": language, "zipf": z, "where": "word"},
                ))
        return tuple(findings)

    # One coined-looking word: is it two common words glued together (Facebook, Snapchat)?
    if key.isalpha() and len(key) >= 2 * _MIN_PART:
        best_split = None
        for i in range(_MIN_PART, len(key) - _MIN_PART + 1):
            left, right = key[:i], key[i:]
            zl, zr = zipf(left, language), zipf(right, language)
            if zl >= COMMON and zr >= COMMON and (best_split is None or min(zl, zr) > best_split[2]):
                best_split = (left, right, min(zl, zr))
        if best_split:
            left, right, z = best_split
            findings.append(Finding(
                "distinctiveness.compound", tag, Severity.LOW if z >= VERY_COMMON else Severity.INFO,
                f"'{name.text}' reads as two ordinary {language_name} words, '{left}' + '{right}'; "
                f"descriptive compounds are weaker marks and crowded in search.",
                {"word": f"{left}+{right}", "parts": [left, right], "language": language, "zipf": z,
                 "where": "compound"},
            ))
    return tuple(findings)
