"""How a name is written and said in a market: one call for every market.

>>> [r.text for r in localize("Sprint", "ja")][:1]
['スプリント']
>>> localize("Sprint", "de")[0].text
'Sprint'

For a market with its own script (``ja``, ``ko``, ``zh``, ``zh-TW``, ``ru``, ``uk``, ``el``, ``ar``,
``fa``, ``he``, ``hi``, ``th``) the answer is the renderings of :func:`brandcheck.phonetics.scripts.render`,
best first. For a Latin-script market the name is written as it is: the one answer is the name
itself, with the market's reading of it (from :mod:`brandcheck.phonetics.readers`: *Sprint* read by
a German is [ʃpʁɪnt]); a Spanish speaker's prothetic [e] in *Spotify* is part of that reading, not
a respelling.

A name that *is* a bundled well-known brand (``wordlists/brands``) comes first in the local form
the brand itself uses there when the list records one (Nike 耐克, Heineken ハイネケン): the
transcription rules give the alternatives. New names are never affected.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .scripts import Rendering, render, renderer_for

if TYPE_CHECKING:  # pragma: no cover
    from ..markets import Market
    from .source import Source

__all__ = ["localize", "renderings", "transcriptions", "with_brand_forms", "native_form", "NativeForm", "Rendering"]

_LOG = logging.getLogger(__name__)


def localize(name: str, market: "Market | str", *, k: int = 3, source_language: str | None = None,
             ipa: str | None = None) -> tuple[Rendering, ...]:
    """The ways ``market`` writes ``name``, best first (at most ``k``; at least one).

    ``market`` is a :class:`~brandcheck.markets.Market` or a tag (``"ja"``, ``"zh-TW"``, ``"pt-BR"``);
    ``source_language`` and ``ipa`` say how the name is meant to sound (see
    :func:`brandcheck.phonetics.source.intended`). Raises :class:`~brandcheck.errors.UnknownMarketError`
    for an unknown tag and :class:`~brandcheck.errors.InvalidNameError` for a name with nothing to say.
    """
    from ..markets import Market, get
    from .source import intended

    target = market if isinstance(market, Market) else get(str(market))
    source = intended(name, source_language=source_language, ipa=ipa)
    native = native_form(source.name, source_language)
    if native is not None and renderer_for(target) is not None:
        forms = native.renderings(target, source, transcriptions(source, target, k=k))
        if forms:
            return forms[:max(1, k)]
    return renderings(source, target, k=k)


def renderings(source: "Source", market: "Market", *, k: int = 3) -> tuple[Rendering, ...]:
    """:func:`localize` for an already computed intended pronunciation."""
    if renderer_for(market) is not None:
        ranked = with_brand_forms(transcriptions(source, market, k=k), source, market, k=k)
        if ranked:
            return ranked
    return (Rendering(source.name, source.name, _latin_reading(source.name, market, source.ipa), 1.0),)


def transcriptions(source: "Source", market: "Market", *, k: int = 3) -> tuple[Rendering, ...]:
    """The market's script renderers' transcriptions of the name's sound, best first (empty when
    the market writes Latin letters or its renderer fails)."""
    if renderer_for(market) is None:
        return ()
    try:
        return tuple(render(source, market, k=max(1, k)))
    except Exception:  # noqa: BLE001 - a renderer failure must not lose the market: the name stays as written
        _LOG.warning("renderer for %s failed on %r", market.tag, source.name, exc_info=True)
        return ()


def with_brand_forms(found: tuple[Rendering, ...], source: "Source", market: "Market", *, k: int = 3
                     ) -> tuple[Rendering, ...]:
    """``found`` with the bundled brand's own local forms first, when the name is a listed brand."""
    known = _brand_forms(source.name, market, source.ipa)
    if not known:
        return found
    rest = [r for r in found if r.text not in {b.text for b in known}]
    return tuple((known + rest)[:max(1, k)])


def _latin_reading(name: str, market: "Market", fallback: tuple[str, ...]) -> tuple[str, ...]:
    """The market's reading of a Latin-letter name, or the intended pronunciation when no reader works."""
    try:
        from .readers import read_name

        words = read_name(name, market)
    except Exception:  # noqa: BLE001 - a reader problem must not hide the rendering itself
        return tuple(fallback)
    segs = tuple(seg for word in words for seg in word)
    return segs or tuple(fallback)


# Which characters count as each market's script, for picking a brand's local alias.
_SCRIPT_TEST = {
    "ja": lambda c: "\u30a0" <= c <= "\u30ff" or "\u3040" <= c <= "\u309f",
    "ko": lambda c: "\uac00" <= c <= "\ud7a3",
    "zh": lambda c: "\u4e00" <= c <= "\u9fff",
    "ru": lambda c: "\u0400" <= c <= "\u04ff",
    "uk": lambda c: "\u0400" <= c <= "\u04ff",
    "el": lambda c: "\u0370" <= c <= "\u03ff",
    "ar": lambda c: "\u0600" <= c <= "\u06ff",
    "fa": lambda c: "\u0600" <= c <= "\u06ff",
    "he": lambda c: "\u0590" <= c <= "\u05ff",
    "hi": lambda c: "\u0900" <= c <= "\u097f",
    "th": lambda c: "\u0e00" <= c <= "\u0e7f",
    "bg": lambda c: "\u0400" <= c <= "\u04ff",
    "ur": lambda c: "\u0600" <= c <= "\u06ff",
    "bn": lambda c: "\u0980" <= c <= "\u09ff",
}


def _in_script(text: str, language: str) -> bool:
    test = _SCRIPT_TEST.get(language)
    letters = [c for c in text if c.isalpha()]
    if test is None or not letters:
        return False
    if language == "zh" and any(_SCRIPT_TEST["ja"](c) for c in letters):
        return False  # kana: a Japanese name, not a Chinese one
    if language in ("ja", "ko", "zh"):
        # a letter or two may stay Latin in a local name (Oral-B オーラルB, 欧乐B)
        return any(test(c) for c in letters) and all(test(c) or c.isascii() for c in letters)
    return all(test(c) for c in letters)


def _brand_forms(name: str, market: "Market", fallback_ipa: tuple[str, ...]) -> list[Rendering]:
    """The local forms a bundled brand of exactly this name is recorded with, best first."""
    from ..similarity.brands import brand_by_name

    record = brand_by_name(name)
    if record is None:
        return []
    forms = [a for a in record.aliases if _in_script(a, market.language)]
    if market.language in ("ru", "uk"):
        # one Cyrillic alias is Russian unless it shows a Ukrainian letter (Сузуки, Сузукі)
        ukrainian = [f for f in forms if any(c in "іїєґІЇЄҐ" for c in f)]
        forms = ukrainian if market.language == "uk" else [f for f in forms if f not in ukrainian]
    if market.language == "zh":
        from .scripts.chinese import regional_names, to_traditional

        # a name Taiwan or Hong Kong gives the brand (耐吉, 平治) is that region's alone: it comes
        # first there and nowhere else
        regional = regional_names().get((record.name, market.country))
        elsewhere = {n for (brand, _), n in regional_names().items() if brand == record.name}
        forms = [f for f in forms if f not in elsewhere]
        if market.tag == "zh-TW" or market.script == "Hant":
            forms = ([regional] if regional else []) + ([f for f in forms if to_traditional(f) == f]
                                                        or [to_traditional(f) for f in forms])
        else:
            forms = [f for f in forms if to_traditional(f) != f] or forms
    seen: list[str] = []
    for f in forms:
        if f not in seen:
            seen.append(f)
    return [Rendering(f, *_describe(f, market, name, fallback_ipa), 1.0) for f in seen[:2]]


def _describe(text: str, market: "Market", name: str, fallback_ipa: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """(romanization, IPA) of a local form, by the same readers the renderers use."""
    from .scripts import arabic, chinese, cyrillic, greek, hangul, katakana

    lang = market.language
    try:
        if lang == "ja" and katakana.is_katakana(text):
            return katakana.romanize(text), katakana.kana_ipa(text)
        if lang == "ko":
            return hangul.romanize(text), hangul.hangul_ipa(text)
        if lang == "zh":
            syll = [chinese.pinyin_of(c, tone_marks=False) for c in text if c.strip()]
            return (" ".join(chinese.pinyin_of(c) for c in text if c.strip()),
                    tuple(seg for s in syll for seg in chinese.pinyin_ipa(s)))
        if lang in ("ru", "uk"):
            return cyrillic.romanize(text, lang), cyrillic.cyrillic_ipa(text, lang)
        if lang == "el":
            return greek.romanize(text), greek.greek_ipa(text)
        if lang in ("ar", "fa"):
            return arabic.romanize(text), arabic.arabic_ipa(text, lang)
    except (KeyError, ValueError, IndexError):  # a character the reader has no rule for
        pass
    return name, tuple(fallback_ipa)


@dataclass(frozen=True, slots=True)
class NativeForm:
    """A name written in another script than Latin, as its own language reads it."""

    text: str
    script: str
    """Script family (``"Han"``, ``"Kana"``…; :func:`.native.native_script`)."""
    language: str
    """The language reading it (``zh``, ``yue``, ``ja``…)."""
    romanization: str
    """Its own romanisation (pinyin, Hepburn, Revised Romanisation…)."""

    def in_market(self, market: "Market") -> "tuple[Rendering, ...] | None":
        """The name as written, when ``market`` reads its script (None otherwise): 小米 stays 小米 in
        ``zh`` (Traditional characters in Hant markets), ソニー in ``ja``."""
        from .native import native_romanization
        from .readers import read_script

        speaks = {"yue": "zh"}.get(self.language, self.language)
        if market.language != speaks and not _in_script(self.text, market.language):
            return None
        text = self.text
        if self.script == "Han" and market.script == "Hant":
            from .scripts.chinese import to_traditional

            text = to_traditional(text)
        language = getattr(market, "variety", None) or self.language
        if market.language != speaks:
            language = market.language  # kana read in Japan, hangul in Korea…
        roman = native_romanization(text, language) if language != self.language else self.romanization
        ipa = tuple(s for word in _words(text) for s in read_script(word, "zh-HK" if language == "yue" else language))
        if not roman:
            from .romanize import romanize

            roman = romanize(ipa)
        return (Rendering(text, roman, ipa, 1.0),)

    def renderings(self, market: "Market", source: "Source", found: "tuple[Rendering, ...]"
                   ) -> "tuple[Rendering, ...]":
        """How ``market`` writes the name, best first: as written when it reads the script, the
        listed brand's own forms there, then ``found`` (transcriptions of its sound); one per text."""
        out: dict[str, Rendering] = {}
        for form in (self.in_market(market) or ()) + self.brand_forms(market, source) + tuple(found):
            out.setdefault(form.text, form)
        return tuple(out.values())

    def brand_forms(self, market: "Market", source: "Source") -> "tuple[Rendering, ...]":
        """When the name is a bundled brand's listed local form (味の素), that brand's own forms
        in ``market`` (味之素 in China)."""
        from ..similarity.brands import brand_by_alias

        record = brand_by_alias(self.text)
        if record is None:
            return ()
        return tuple(_brand_forms(record.name, market, source.ipa))


def _words(text: str) -> list[str]:
    from .tokenise import tokens

    return tokens(text)


def native_form(text: str, source_language: str | None) -> "NativeForm | None":
    """How a name written without Latin letters is read (its script, language and romanisation);
    None for any other name (the first test is ``str.isascii``)."""
    from .native import native_language, native_romanization, native_script

    script = native_script(text)
    if script is None:
        return None
    language = native_language(script, source_language, text)
    roman = native_romanization(text, language)
    if not roman:  # Thai: romanised from its reading
        from .readers import read_script
        from .romanize import romanize

        roman = romanize(read_script(text, source_language)).capitalize()
    return NativeForm(text, script, language, roman)
