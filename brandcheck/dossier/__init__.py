"""The clearance dossier for counsel: ``build_dossier`` (what it holds) and ``render_dossier``
(HTML, Markdown, JSON). Preparation for counsel, not legal advice."""

from .build import DISCLAIMER, Dossier, NameDossier, build_dossier
from .render import DOSSIER_FORMATS, render_dossier

__all__ = ["build_dossier", "render_dossier", "Dossier", "NameDossier", "DISCLAIMER", "DOSSIER_FORMATS"]
