"""The market registry: BCP 47 tags → language, script, country, ccTLDs and platforms.

A *market* is where a name will be sold and read: ``de`` is Germany read in German, ``es-MX`` is
Mexico read in Mexican Spanish, ``zh`` is mainland China (Simplified characters, Mandarin),
``zh-TW`` is Taiwan. Tags are matched case-insensitively (``pt-br`` works); presets name groups
of markets (``global``, ``eu``, ``asia``, ``americas``, ``mena``).

Pure data and lookups: no I/O, nothing loaded at import beyond these literals.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Iterable

from .errors import UnknownLanguageError, UnknownMarketError

__all__ = ["Market", "MARKETS", "PRESETS", "get", "resolve", "all_markets", "known_languages", "check_language"]

# Platforms that matter nearly everywhere; local ones are added per market below.
_GLOBAL_SOCIAL = ("instagram", "x", "tiktok", "youtube", "facebook", "linkedin")


@dataclass(frozen=True, slots=True)
class Market:
    """One target market."""

    tag: str
    """Canonical BCP 47 tag (``pt-BR``)."""
    name: str
    """English name of the market (``Brazil``)."""
    language: str
    """ISO 639-1 code of the language the name is read in (``pt``)."""
    language_name: str
    """English name of that language (``Portuguese``)."""
    script: str
    """ISO 15924 script shoppers read (``Latn``, ``Jpan``, ``Hans``, ``Cyrl``…)."""
    country: str
    """ISO 3166-1 alpha-2 code of the country."""
    cctlds: tuple[str, ...]
    """Country-code top-level domains, without the dot (second-level forms like ``com.br`` included)."""
    platforms: tuple[str, ...]
    """Social platforms that matter there (ids of ``brandcheck/availability`` platform data)."""
    reader: str | None = None
    """epitran code used to read a Latin-letter name with local spelling rules, or None when the
    market's script is not Latin and names are adapted by ear."""
    variety: str | None = None
    """The spoken variety when it is not the language's standard one: ``yue`` (Cantonese) in Hong
    Kong, where Chinese characters are read in Cantonese."""
    also_lists: tuple[str, ...] = ()
    """Other languages whose meaning lists apply too, because shoppers there use their words every
    day, often in Latin letters (Hindi in English-speaking India, in Pakistan)."""

    @property
    def latin(self) -> bool:
        """True when shoppers read Latin letters with their own spelling rules."""
        return self.script == "Latn"

    @property
    def reads_like(self) -> tuple[str, str | None, str, str | None]:
        """Markets with the same value read a name alike (one language, reader and script: en and
        en-GB, es and es-MX), so a name's reading there is made once and shared."""
        return (self.language, self.reader, self.script, self.variety)


def _m(tag, name, lang, lang_name, script, country, cctlds, local=(), reader=None, social=_GLOBAL_SOCIAL, also=()):
    return Market(tag, name, lang, lang_name, script, country, tuple(cctlds), tuple(social) + tuple(local), reader,
                  also_lists=tuple(also))


# Order: roughly by consumer-market size, so `global` and listings read naturally.
MARKETS: dict[str, Market] = {
    m.tag: m
    for m in (
        _m("en", "United States", "en", "English", "Latn", "US", ["us"], ["reddit", "pinterest", "threads", "twitch"]),
        _m("zh", "China (mainland)", "zh", "Chinese (Mandarin)", "Hans", "CN", ["cn", "com.cn"],
           ["weibo", "douyin", "bilibili", "wechat"], social=()),
        _m("ja", "Japan", "ja", "Japanese", "Jpan", "JP", ["jp", "co.jp"], ["line"],
           social=("x", "instagram", "youtube", "tiktok")),
        _m("de", "Germany", "de", "German", "Latn", "DE", ["de"], ["xing"], reader="deu-Latn"),
        _m("en-GB", "United Kingdom", "en", "English", "Latn", "GB", ["uk", "co.uk"], ["threads", "reddit"]),
        _m("fr", "France", "fr", "French", "Latn", "FR", ["fr"], ["snapchat"], reader="fra-Latn"),
        _m("hi", "India (Hindi)", "hi", "Hindi", "Deva", "IN", ["in", "co.in"], ["sharechat"]),
        _m("it", "Italy", "it", "Italian", "Latn", "IT", ["it"], reader="ita-Latn"),
        _m("pt-BR", "Brazil", "pt", "Portuguese", "Latn", "BR", ["com.br"], ["kwai"], reader="por-Latn"),
        _m("ko", "South Korea", "ko", "Korean", "Kore", "KR", ["kr", "co.kr"], ["kakao", "naver"],
           social=("instagram", "youtube", "tiktok", "facebook")),
        _m("es", "Spain", "es", "Spanish", "Latn", "ES", ["es"], reader="spa-Latn"),
        _m("ru", "Russia", "ru", "Russian", "Cyrl", "RU", ["ru", "рф"], ["vk", "telegram", "ok"],
           social=("youtube",)),
        _m("en-CA", "Canada (English)", "en", "English", "Latn", "CA", ["ca"], ["reddit"]),
        _m("es-MX", "Mexico", "es", "Spanish", "Latn", "MX", ["mx", "com.mx"], ["whatsapp"], reader="spa-Latn"),
        _m("en-AU", "Australia", "en", "English", "Latn", "AU", ["au", "com.au"]),
        _m("id", "Indonesia", "id", "Indonesian", "Latn", "ID", ["id", "co.id"], reader="ind-Latn"),
        _m("tr", "Türkiye", "tr", "Turkish", "Latn", "TR", ["tr", "com.tr"], reader="tur-Latn"),
        _m("ar", "Saudi Arabia", "ar", "Arabic", "Arab", "SA", ["sa", "com.sa"], ["snapchat"]),
        _m("nl", "Netherlands", "nl", "Dutch", "Latn", "NL", ["nl"], reader="nld-Latn"),
        _m("pl", "Poland", "pl", "Polish", "Latn", "PL", ["pl"], reader="pol-Latn"),
        _m("zh-TW", "Taiwan", "zh", "Chinese (Mandarin)", "Hant", "TW", ["tw", "com.tw"], ["line"]),
        Market("zh-HK", "Hong Kong", "zh", "Chinese (Cantonese)", "Hant", "HK", ("hk", "com.hk"),
               _GLOBAL_SOCIAL + ("whatsapp", "weibo"), None, variety="yue"),
        _m("th", "Thailand", "th", "Thai", "Thai", "TH", ["co.th"], ["line"]),
        _m("vi", "Vietnam", "vi", "Vietnamese", "Latn", "VN", ["vn", "com.vn"], ["zalo"], reader="vie-Latn"),
        _m("sv", "Sweden", "sv", "Swedish", "Latn", "SE", ["se"], reader="swe-Latn"),
        _m("pt-PT", "Portugal", "pt", "Portuguese", "Latn", "PT", ["pt"], reader="por-Latn"),
        _m("fr-CA", "Canada (Québec)", "fr", "French", "Latn", "CA", ["ca", "quebec"], reader="fra-Latn"),
        _m("en-IE", "Ireland", "en", "English", "Latn", "IE", ["ie"]),
        _m("en-IN", "India (English)", "en", "English", "Latn", "IN", ["in", "co.in"], ["sharechat"], also=("hi",)),
        _m("es-AR", "Argentina", "es", "Spanish", "Latn", "AR", ["ar", "com.ar"], reader="spa-Latn"),
        _m("es-CO", "Colombia", "es", "Spanish", "Latn", "CO", ["co", "com.co"], reader="spa-Latn"),
        _m("ar-EG", "Egypt", "ar", "Arabic", "Arab", "EG", ["eg", "com.eg"]),
        _m("ar-AE", "United Arab Emirates", "ar", "Arabic", "Arab", "AE", ["ae"], ["snapchat"]),
        _m("he", "Israel", "he", "Hebrew", "Hebr", "IL", ["il", "co.il"]),
        _m("fa", "Iran", "fa", "Persian", "Arab", "IR", ["ir"], ["telegram", "aparat"], social=("instagram",)),
        _m("uk", "Ukraine", "uk", "Ukrainian", "Cyrl", "UA", ["ua", "com.ua"], ["telegram"]),
        _m("el", "Greece", "el", "Greek", "Grek", "GR", ["gr"]),
        _m("ms", "Malaysia", "ms", "Malay", "Latn", "MY", ["my", "com.my"], reader="msa-Latn"),
        _m("tl", "Philippines", "tl", "Filipino", "Latn", "PH", ["ph", "com.ph"], reader="tgl-Latn"),
        _m("da", "Denmark", "da", "Danish", "Latn", "DK", ["dk"]),
        _m("no", "Norway", "no", "Norwegian", "Latn", "NO", ["no"], reader="nno-Latn"),
        _m("fi", "Finland", "fi", "Finnish", "Latn", "FI", ["fi"], reader="fin-Latn"),
        _m("cs", "Czechia", "cs", "Czech", "Latn", "CZ", ["cz"], reader="ces-Latn"),
        _m("ro", "Romania", "ro", "Romanian", "Latn", "RO", ["ro"], reader="ron-Latn"),
        _m("hu", "Hungary", "hu", "Hungarian", "Latn", "HU", ["hu"], reader="hun-Latn"),
        # issue 15: more markets. Serbia is read in Latin letters (Serbian is written in both
        # scripts; brands, shops and the web mostly use Latin); Slovak is read with the Czech map
        # (epitran has none for Slovak; the spelling systems are close: c č š ž ch, á é í ó ú).
        _m("hr", "Croatia", "hr", "Croatian", "Latn", "HR", ["hr"], reader="hrv-Latn"),
        _m("sr", "Serbia", "sr", "Serbian", "Latn", "RS", ["rs", "срб"], reader="srp-Latn"),
        _m("bg", "Bulgaria", "bg", "Bulgarian", "Cyrl", "BG", ["bg", "бг"]),
        _m("sk", "Slovakia", "sk", "Slovak", "Latn", "SK", ["sk"], reader="ces-Latn"),
        _m("sl", "Slovenia", "sl", "Slovenian", "Latn", "SI", ["si"], reader="slv-Latn"),
        _m("lt", "Lithuania", "lt", "Lithuanian", "Latn", "LT", ["lt"], reader="lit-Latn"),
        _m("lv", "Latvia", "lv", "Latvian", "Latn", "LV", ["lv"], reader="lav-Latn"),
        _m("et", "Estonia", "et", "Estonian", "Latn", "EE", ["ee"], reader="est-Latn"),
        _m("bn", "Bangladesh", "bn", "Bengali", "Beng", "BD", ["bd", "com.bd"]),
        _m("ur", "Pakistan", "ur", "Urdu", "Arab", "PK", ["pk", "com.pk"], also=("hi",)),
        _m("sw", "Kenya", "sw", "Swahili", "Latn", "KE", ["ke", "co.ke"], reader="swa-Latn"),
        _m("en-NG", "Nigeria", "en", "English", "Latn", "NG", ["ng", "com.ng"]),
        _m("en-ZA", "South Africa", "en", "English", "Latn", "ZA", ["za", "co.za"]),
        _m("ar-MA", "Morocco", "ar", "Arabic", "Arab", "MA", ["ma"]),
        _m("de-AT", "Austria", "de", "German", "Latn", "AT", ["at", "co.at"], reader="deu-Latn"),
        _m("de-CH", "Switzerland (German)", "de", "German", "Latn", "CH", ["ch"], reader="deu-Latn"),
        _m("es-CL", "Chile", "es", "Spanish", "Latn", "CL", ["cl"], reader="spa-Latn"),
    )
}

# `global`: the largest consumer markets by household spending (World Bank, rounded order),
# one entry per language where a big country shares it, plus Taiwan for the Traditional script.
PRESETS: dict[str, tuple[str, ...]] = {
    "global": ("en", "zh", "ja", "de", "en-GB", "fr", "hi", "it", "pt-BR", "ko", "es", "ru", "es-MX",
               "id", "tr", "ar", "nl", "pl", "zh-TW", "th", "vi", "sv"),
    "eu": ("de", "fr", "it", "es", "nl", "pl", "sv", "pt-PT", "en-IE", "el", "cs", "ro", "hu", "da", "fi"),
    "asia": ("zh", "zh-TW", "zh-HK", "ja", "ko", "hi", "en-IN", "id", "ms", "th", "vi", "tl"),
    "americas": ("en", "en-CA", "fr-CA", "es-MX", "pt-BR", "es-AR", "es-CO"),
    "mena": ("ar", "ar-EG", "ar-AE", "ar-MA", "he", "fa", "tr"),
    "africa": ("en-NG", "en-ZA", "sw", "ar-EG", "ar-MA"),
    "cee": ("pl", "cs", "sk", "hu", "ro", "bg", "hr", "sr", "sl", "lt", "lv", "et", "uk"),
}
PRESETS["all"] = tuple(MARKETS)

_BY_LOWER = {tag.lower(): tag for tag in MARKETS}
# Other tags for a registered market: BCP 47 prefers "fil" for Filipino, the registry says "tl".
_ALIASES = {"fil": "tl", "fil-ph": "tl", "tl-ph": "tl"}


def all_markets() -> tuple[Market, ...]:
    """Every market in the registry, in registry order."""
    return tuple(MARKETS.values())


def get(tag: str) -> Market:
    """The market for one tag (case-insensitive; ``_`` accepted for ``-``).

    >>> get("pt-br").name
    'Brazil'
    """
    key = str(tag).strip().replace("_", "-").lower()
    key = _ALIASES.get(key, key)
    if key in _BY_LOWER:
        return MARKETS[_BY_LOWER[key]]
    candidates = list(_BY_LOWER) + list(PRESETS)
    close = difflib.get_close_matches(key, candidates, n=3, cutoff=0.5)
    # A bare language that exists only with a region (pt → pt-BR, pt-PT) is a likely intent too.
    close += [t for t in _BY_LOWER if t.split("-")[0] == key and t not in close]
    suggestions = tuple(_BY_LOWER.get(c, c) for c in close[:4])
    hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else "; see `brandcheck markets`"
    raise UnknownMarketError(f"unknown market {tag!r}{hint}", tag=str(tag), suggestions=suggestions)


def resolve(markets: str | Iterable[str] | None) -> tuple[Market, ...]:
    """Tags and presets → markets, in the order given, without repeats.

    ``None`` means ``global``; a string may hold several tags separated by commas.

    >>> [m.tag for m in resolve("de, ES-mx,de")]
    ['de', 'es-MX']
    """
    if markets is None:
        markets = "global"
    items = markets.split(",") if isinstance(markets, str) else list(markets)
    out: dict[str, Market] = {}
    for item in items:
        key = str(item).strip()
        if not key:
            continue
        if key.lower() in PRESETS:
            for tag in PRESETS[key.lower()]:
                out.setdefault(tag, MARKETS[tag])
        else:
            market = get(key)
            out.setdefault(market.tag, market)
    if not out:
        raise UnknownMarketError("no market given; use a tag such as 'de' or a preset such as 'global'")
    return tuple(out.values())


def known_languages() -> frozenset[str]:
    """Languages brandcheck can read a name in and screen: every market's and every bundled word
    list's (ISO 639-1)."""
    from pathlib import Path

    from .data import list_files

    return frozenset({m.language for m in MARKETS.values()} | {m.variety for m in MARKETS.values() if m.variety}
                     | {Path(p).stem for p in list_files("meanings")} | {"fil"})


def check_language(code: str, what: str) -> str:
    """``code``'s base language (``pt-BR`` → ``pt``) when brandcheck knows it; else
    :class:`~brandcheck.errors.UnknownLanguageError` naming ``what`` it was for.

    >>> check_language("pt-BR", "source")
    'pt'
    """
    base = str(code).strip().replace("_", "-").split("-")[0].lower()
    base = _ALIASES.get(base, base)
    if base not in known_languages():
        raise UnknownLanguageError(f"unknown {what} language {code!r}; use an ISO 639-1 code such as de, es, ja")
    return base
