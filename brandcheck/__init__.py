"""brandcheck — vet candidate brand names for global markets.

>>> import brandcheck
>>> report = brandcheck.check("Zelvora", markets=["de", "ja"], online=False)
>>> report.verdict in (brandcheck.Verdict.GO, brandcheck.Verdict.CAUTION, brandcheck.Verdict.STOP)
True

Importing this package does no I/O and loads no data: the engines (phonetics, meanings,
similarity, availability) are imported the first time a function needs them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .api import check, list_markets, screen
from .errors import BrandcheckError, DataError, InvalidNameError, SchedulerError, UnknownLanguageError, UnknownMarketError
from .markets import Market
from .suggestions import Suggestion, suggest
from .model import (
    Availability,
    BrandMatch,
    DomainResult,
    Finding,
    HandleResult,
    Mark,
    MarketResult,
    MarkStatus,
    Pronounceability,
    Report,
    Severity,
    Status,
    Verdict,
)

__version__ = "0.1.0"

__all__ = [
    "__version__",
    # API
    "check",
    "screen",
    "list_markets",
    "localize",
    "chinese_names",
    "compare",
    "BrandIndex",
    "check_domains",
    "check_handles",
    "Results",
    "suggest",
    # results
    "Report",
    "Finding",
    "MarketResult",
    "Pronounceability",
    "BrandMatch",
    "Mark",
    "MarkStatus",
    "Availability",
    "DomainResult",
    "HandleResult",
    "Severity",
    "Verdict",
    "Status",
    "Market",
    "Suggestion",
    # errors
    "BrandcheckError",
    "InvalidNameError",
    "UnknownMarketError",
    "UnknownLanguageError",
    "DataError",
    "SchedulerError",
]

# Public names served by engines that load models or touch the network: imported on first use.
_LAZY = {
    "localize": ("brandcheck.phonetics.localize", "localize"),
    "chinese_names": ("brandcheck.localnames.chinese", "chinese_names"),
    "compare": ("brandcheck.similarity", "compare"),
    "BrandIndex": ("brandcheck.similarity", "BrandIndex"),
    "check_domains": ("brandcheck.availability", "check_domains"),
    "check_handles": ("brandcheck.availability", "check_handles"),
    "Results": ("brandcheck.results", "Results"),
}

if TYPE_CHECKING:  # pragma: no cover
    from .availability import check_domains, check_handles
    from .localnames.chinese import chinese_names
    from .phonetics.localize import localize
    from .results import Results
    from .similarity import BrandIndex, compare


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(module), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'brandcheck' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
