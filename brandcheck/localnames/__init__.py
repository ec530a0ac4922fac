"""Local names: proposing a name in a market's own language, chosen for sound *and* meaning.

This is its own room because it is generation, not analysis: :mod:`brandcheck.phonetics` says how
a market hears and writes a given name, :mod:`brandcheck.meanings` what a given string means;
this package *makes* new local names (Chinese first: :func:`chinese.chinese_names`) and then
screens each one with those two packages. Pure code: no network, nothing loaded at import time.
"""

from __future__ import annotations

__all__ = ["chinese"]
