"""The naming workshop: rounds of candidates and decisions in one SQLite file, and a live web app.

``Workshop`` (:mod:`.store`) records rounds, reports and the room's decisions; ``brandcheck
round …`` drives it from a terminal and ``brandcheck workshop`` serves it to a browser
(:mod:`.app`, which needs the ``[workshop]`` extra and is imported only by that command).
"""

from __future__ import annotations

from .store import DEFAULT_PATH, SCHEMA_VERSION, Candidate, Round, Workshop, WorkshopStatus

__all__ = ["Workshop", "Candidate", "Round", "WorkshopStatus", "DEFAULT_PATH", "SCHEMA_VERSION"]
