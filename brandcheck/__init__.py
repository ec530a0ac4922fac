"""brandcheck — vet candidate brand names for global markets.

>>> import brandcheck
>>> report = brandcheck.check("Zelvora", markets=["de", "ja"], online=False)
>>> report.verdict in (brandcheck.Verdict.GO, brandcheck.Verdict.CAUTION, brandcheck.Verdict.STOP)
True

Importing this package does no I/O and loads no data: the engines (phonetics, meanings,
similarity, availability) are imported the first time a function needs them.
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

from .api import check, markets, screen
from .errors import BrandcheckError, DataError, InvalidNameError, SchedulerError, UnknownMarketError
from .markets import Market
from .model import (
    Availability,
    BrandMatch,
    DomainResult,
    Finding,
    HandleResult,
    MarketResult,
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
    "markets",
    "localize",
    "similarity",
    "BrandIndex",
    "check_domains",
    "check_handles",
    # results
    "Report",
    "Finding",
    "MarketResult",
    "Pronounceability",
    "BrandMatch",
    "Availability",
    "DomainResult",
    "HandleResult",
    "Severity",
    "Verdict",
    "Status",
    "Market",
    # errors
    "BrandcheckError",
    "InvalidNameError",
    "UnknownMarketError",
    "DataError",
    "SchedulerError",
]

# Public names served by engines that load models or touch the network: imported on first use.
_LAZY = {
    "localize": ("brandcheck.phonetics.localize", "localize"),
    "similarity": ("brandcheck.similarity", "similarity"),
    "BrandIndex": ("brandcheck.similarity", "BrandIndex"),
    "check_domains": ("brandcheck.availability", "check_domains"),
    "check_handles": ("brandcheck.availability", "check_handles"),
}

if TYPE_CHECKING:  # pragma: no cover
    from .availability import check_domains, check_handles
    from .phonetics.localize import localize
    from .similarity import BrandIndex, similarity


class _Package(types.ModuleType):
    """Keeps ``brandcheck.markets`` and ``brandcheck.similarity`` the public *functions*.

    Both names are also subpackages (the market registry, the similarity engine). Importing a
    submodule makes Python set it as an attribute of its parent, which would replace the
    function; this class ignores exactly that, so the API stays callable whatever was imported.
    Internal code imports from the submodules (``from brandcheck.similarity.index import …``).
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _FUNCTIONS_OVER_MODULES and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


_FUNCTIONS_OVER_MODULES = frozenset({"markets", "similarity"})
sys.modules[__name__].__class__ = _Package


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
