"""From a brand name to the domain label and the handle people would try (pure).

"Ben & Jerry's" → domain label ``benandjerrys`` (and the IDNA A-label for non-ASCII names, such
as ``xn--…``); handle ``benandjerrys``. Spaces, apostrophes and periods are dropped; ``&`` and
``+`` become ``and`` and ``plus`` as people type them.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["domain_label", "handle_for", "to_ascii_domain", "LabelError"]


class LabelError(ValueError):
    """The name cannot be a domain label (the reason is the message)."""


_DROP = re.compile(r"[\s'’.]+")


def _base(name: str) -> str:
    text = unicodedata.normalize("NFC", name).casefold()
    text = text.replace("&", "and").replace("+", "plus")
    return _DROP.sub("", text)


def domain_label(name: str) -> str:
    """The Unicode label for a name (hyphens kept, other punctuation dropped)."""
    label = _base(name)
    label = re.sub(r"-{2,}", "-", label).strip("-")
    if not label:
        raise LabelError("nothing left to make a domain label from")
    return label


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
        except idna.IDNAError as exc:
            raise LabelError(f"'{label}' cannot be an internationalised domain label: {exc}") from None
        if len(ascii_label) > 63:
            raise LabelError(f"'{label}' is longer than 63 characters once encoded")
    suffix = tld.strip(".").lower()
    if not suffix.isascii():
        import idna

        suffix = idna.encode(suffix, uts46=True).decode("ascii")
    return f"{ascii_label}.{suffix}"


def handle_for(name: str) -> str:
    """The handle people would try: letters and digits of the name, lower-case, nothing else."""
    return re.sub(r"[^\w]", "", _base(name).replace("-", ""))
