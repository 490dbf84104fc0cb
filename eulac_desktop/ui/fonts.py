"""The fonts that ship in `resources/fonts` (full Latin coverage), used on every platform alike."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ..core import paths

FAMILY = "Noto Sans"


def install(app: QApplication) -> str:
    """Register the shipped fonts and make Noto Sans the application font, at the system's size."""
    families: set[str] = set()
    for font_file in sorted((paths.resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(font_file))
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    if FAMILY in families:
        font = QFont(app.font())
        font.setFamily(FAMILY)
        app.setFont(font)
        return FAMILY
    return app.font().family()
