"""The fonts embedded in every PDF: Noto Sans from `resources/fonts` (full Latin coverage, OFL)."""

from __future__ import annotations

from functools import lru_cache

from ..core import paths

REGULAR, BOLD = "NotoSans", "NotoSans-Bold"


@lru_cache(maxsize=1)
def register() -> tuple[str, str]:
    """Register Noto Sans with reportlab (once); returns the regular and bold font names."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = paths.resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(REGULAR, str(folder / "NotoSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "NotoSans-Bold.ttf")))
    return REGULAR, BOLD
