"""Errors raised by brandcheck.

::

    BrandcheckError
     ├── InvalidNameError   (also ValueError)   the candidate name cannot be screened
     ├── UnknownMarketError (also LookupError)  a market tag or preset is not known
     ├── UnknownLanguageError (also LookupError) a source or word-list language is not known
     ├── DataError                               a bundled or user data file is malformed
     ├── SchedulerError                          a Dask scheduler cannot be used (bad spec,
     │                                           unreachable, or the dask extra is missing)
     └── WorkshopError                           a workshop file that is not one (left untouched),
                                                 a decision that cannot be made, a missing feature

A failure for one target (a DNS timeout, a platform that blocks us) is a *result*
with status ``unknown``, never an exception.
"""

from __future__ import annotations

__all__ = ["BrandcheckError", "InvalidNameError", "UnknownMarketError", "UnknownLanguageError", "DataError",
           "SchedulerError", "WorkshopError"]


class BrandcheckError(Exception):
    """Base class of every error brandcheck raises on purpose."""


class InvalidNameError(BrandcheckError, ValueError):
    """The candidate name is empty, too long, or contains characters a brand name cannot have."""


class UnknownMarketError(BrandcheckError, LookupError):
    """A market tag or preset is not in the registry; the message suggests the nearest ones."""

    def __init__(self, message: str, *, tag: str = "", suggestions: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.tag = tag
        self.suggestions = suggestions

    def __str__(self) -> str:  # LookupError would otherwise repr() the message
        return self.args[0] if self.args else ""


class UnknownLanguageError(BrandcheckError, LookupError):
    """A language code (``--source-language``, a word list's ``:LANG``) that brandcheck cannot read."""

    def __str__(self) -> str:  # LookupError would otherwise repr() the message
        return self.args[0] if self.args else ""


class DataError(BrandcheckError):
    """A data file (bundled or user-supplied) does not follow its documented format."""


class SchedulerError(BrandcheckError):
    """A ``--scheduler`` spec is malformed, its scheduler cannot be reached, or the ``[dask]``
    extra is not installed; the message is one line that says which."""


class WorkshopError(BrandcheckError):
    """A workshop file that is not SQLite, not a brandcheck workshop, or of a newer schema (it is
    never overwritten); a decision about a name or finding the workshop does not hold; a workshop
    feature this build lacks (suggestions, the web app's extra)."""
