"""The intended pronunciation's types (:class:`Source`, :class:`SourceWord`), apart from the code
that makes them (:mod:`.source`), so the script renderers can name them without importing the
readers."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["SourceWord", "Source"]


@dataclass(frozen=True, slots=True)
class SourceWord:
    """One word of a name with its intended pronunciation."""

    spelling: str
    """The written word as in the name (``"Zelvora"``, ``"TX"``, ``"4"``)."""
    ipa: tuple[str, ...]
    """Intended pronunciation as IPA segments, stress marks removed (``("z","ɛ","l","v","ɔ","ɹ","ə")``)."""
    arpabet: tuple[str, ...] | None
    """CMUdict phones with stress digits when the word is in CMUdict, else None."""
    kind: str
    """How it was read: ``"dictionary"``, ``"g2p"``, ``"letters"``, ``"number"``, ``"native"`` or ``"user"``."""
    stress: int | None = None
    """Index into :attr:`ipa` of the primary-stressed vowel, when known."""
    joined: bool = False
    """Written together with the word before it: a part of a camel-case word (SoundCloud's Cloud),
    which scripts that write a foreign name as one word keep joined (サウンドクラウド, 사운드클라우드)."""


@dataclass(frozen=True, slots=True)
class Source:
    """A name with the intended pronunciation of each of its words."""

    name: str
    """The name as given (normalised)."""
    language: str
    """Source language code (``"en"`` unless the caller said otherwise)."""
    words: tuple[SourceWord, ...]
    """The words in order; initialisms and digit runs are words of their own."""

    @property
    def ipa(self) -> tuple[str, ...]:
        """All segments of all words, concatenated."""
        return tuple(seg for w in self.words for seg in w.ipa)

    @property
    def stress(self) -> int | None:
        """Index into :attr:`ipa` of the first word's primary stress, when known."""
        offset = 0
        for w in self.words:
            if w.stress is not None:
                return offset + w.stress
            offset += len(w.ipa)
        return None
