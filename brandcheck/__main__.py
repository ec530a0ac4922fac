"""``python -m brandcheck`` runs the CLI."""

from .cli import console

console()
