"""From a brand name to the domain label and the handle people would try (pure).

"Ben & Jerry's" → domain label ``benandjerrys`` (and the IDNA A-label for non-ASCII names, such
as ``xn--…``); handle ``benandjerrys``. Spaces, apostrophes and periods are dropped; ``&`` and
``+`` become ``and`` and ``plus`` as people type them.
"""

from __future__ import annotations

import re
import unicodedata

from ..errors import BrandcheckError

__all__ = ["domain_label", "label_variants", "handle_for", "ascii_handle", "to_ascii_domain", "LabelError",
           "TLDError", "normalize_tld", "hidden_character"]


class LabelError(ValueError):
    """The name cannot be a domain label (the reason is the message)."""


class TLDError(BrandcheckError, ValueError):
    """A TLD given by the user is not a domain suffix (raised before any request is sent)."""


_LDH = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")


def normalize_tld(tld: object) -> str:
    """``".DE"`` → ``"de"``, ``"co.uk"`` stays, ``"рф"`` → ``"xn--p1ai"``; anything that is not a
    domain suffix (``/``, ``?``, ``#``, ``@``, spaces, control characters, empty labels…) raises
    :class:`TLDError` with a one-line reason."""
    if not isinstance(tld, str):
        raise TLDError(f"invalid TLD: expected text, got {type(tld).__name__}")
    text = tld.strip(" ").lower()
    text = text[1:] if text.startswith(".") else text
    shown = text.encode("unicode_escape").decode("ascii")[:40]
    if not text:
        raise TLDError("invalid TLD: empty")
    if len(text) > 253:
        raise TLDError(f"invalid TLD '{shown}…': longer than a domain name can be")
    labels = []
    for label in text.split("."):
        if not label.isascii():
            hidden = hidden_character(label)
            if hidden:
                raise TLDError(f"invalid TLD '{shown}': {hidden}")
            import idna

            try:
                label = idna.encode(label, uts46=True).decode("ascii")
            except (idna.IDNAError, UnicodeError, ValueError) as exc:
                raise TLDError(f"invalid TLD '{shown}': {exc}") from None
        if not _LDH.fullmatch(label):
            raise TLDError(f"invalid TLD '{shown}': a TLD is letters, digits and inner hyphens, "
                           f"labels of 1–63 separated by dots")
        labels.append(label)
    if labels[-1].isdigit():
        raise TLDError(f"invalid TLD '{shown}': the last label cannot be all digits")
    return ".".join(labels)


def hidden_character(text: str) -> str:
    """A one-line reason when ``text`` holds an invisible, default-ignorable or control character
    (they vanish from a domain or handle but not from the name people read), else ``""``."""
    from ..names import invisible_reason

    return invisible_reason(text)


_DROP = re.compile(r"[\s'’.]+")


def _base(name: str) -> str:
    text = unicodedata.normalize("NFC", name).casefold()
    text = text.replace("&", "and").replace("+", "plus")
    return _DROP.sub("", text)


def domain_label(name: str) -> str:
    """The Unicode label for a name (hyphens kept, other punctuation dropped)."""
    hidden = hidden_character(name)
    if hidden:
        raise LabelError(hidden)
    label = _base(name)
    label = re.sub(r"-{2,}", "-", label).strip("-")
    if not label:
        raise LabelError("nothing left to make a domain label from")
    return label


def label_variants(name: str) -> tuple[str, ...]:
    """The labels people would register for a name, without repeats: the name as written
    (:func:`domain_label`; an IDN when it has letters outside ASCII), then its plain-ASCII form
    (``"Café Noir"`` → ``cafenoir``), then its words joined by hyphens (``cafe-noir``), or run
    together when the name itself has hyphens (``"Coca-Cola"`` → ``cocacola``). Raises
    :class:`LabelError` as :func:`domain_label` does."""
    from ..names import fold

    first = domain_label(name)
    out = [first]
    text = unicodedata.normalize("NFC", name).casefold().replace("&", " and ").replace("+", " plus ")
    words = [w for w in re.split(r"[\s\-./]+", text) if w]

    def plain(word: str) -> str:
        return re.sub(r"[^a-z0-9]", "", fold(word))

    joined = plain("".join(words))
    if joined and (not first.isascii() or "-" in first):
        out.append(joined)
    if len(words) > 1:
        hyphenated = "-".join(p for p in map(plain, words) if p)
        if "-" in hyphenated:
            out.append(hyphenated)
    return tuple(dict.fromkeys(out))


def to_ascii_domain(label: str, tld: str) -> str:
    """``label.tld`` in ASCII (IDNA 2008 via the ``idna`` package when non-ASCII); raises LabelError."""
    if label.isascii():
        ascii_label = label
        if not re.fullmatch(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?", ascii_label):
            raise LabelError(f"'{label}' is not a valid domain label (letters, digits, inner hyphens, ≤ 63)")
        if len(ascii_label) > 3 and ascii_label[2:4] == "--" and not ascii_label.startswith("xn--"):
            raise LabelError(f"'{label}' has hyphens in positions 3–4, reserved for IDN labels")
    else:
        import idna

        try:
            ascii_label = idna.encode(label, uts46=True).decode("ascii")
        except (idna.IDNAError, UnicodeError, ValueError) as exc:
            raise LabelError(f"'{label}' cannot be an internationalised domain label: {exc}") from None
        if len(ascii_label) > 63:
            raise LabelError(f"'{label}' is longer than 63 characters once encoded")
    try:
        suffix = normalize_tld(tld)
    except TLDError as exc:
        raise LabelError(str(exc)) from None
    if len(ascii_label) + 1 + len(suffix) > 253:
        raise LabelError(f"'{label}.{suffix}' is longer than 253 characters")
    return f"{ascii_label}.{suffix}"


def handle_for(name: str) -> str:
    """The handle people would try: letters and digits of the name, lower-case, nothing else."""
    return re.sub(r"[^\w]", "", _base(name).replace("-", ""))


def ascii_handle(name: str) -> str:
    """The handle in plain ASCII, as people type it where a platform takes only ASCII
    (``"Café Noir"`` → ``cafenoir``, ``"Ærø"`` → ``aero``); empty when nothing ASCII is left."""
    from ..names import fold

    return re.sub(r"[^a-z0-9]", "", fold(_base(name).replace("-", "")))
