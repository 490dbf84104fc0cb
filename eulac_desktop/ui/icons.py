"""Icons that ship in `resources/icons` (SVG, drawn for this app)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from ..core import paths


@cache
def stage_icon(name: str) -> QIcon:
    """The icon of a stage of the side bar (or `app`)."""
    return QIcon(str(paths.resources_dir() / "icons" / f"{name}.svg"))
