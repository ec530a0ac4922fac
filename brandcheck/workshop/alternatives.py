"""The one door to the suggestion generators, which a build may not have."""

from __future__ import annotations

import importlib
from typing import Any, Callable

__all__ = ["suggester"]


def suggester() -> Callable[..., Any] | None:
    """``brandcheck.suggest.suggest``, or None when this build has no suggestion generators."""
    try:
        module = importlib.import_module("brandcheck.suggest")
    except ModuleNotFoundError as exc:
        if exc.name == "brandcheck.suggest":
            return None
        raise
    return getattr(module, "suggest", None)
