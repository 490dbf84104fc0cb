"""The fonts embedded in every PDF, and text in any script the events meet.

Noto Sans (Latin, Greek, Cyrillic) is the main font; Noto Sans Arabic and a Noto Sans CJK subset (Chinese,
Japanese, Korean) take over, character run by character run, where it has no glyph (all from
`resources/fonts`, OFL; reportlab embeds the subset of glyphs a PDF uses). Arabic is shaped by HarfBuzz
(`uharfbuzz`, reportlab's own shaping support) and laid right to left. A character no font can print
(or Arabic without HarfBuzz) is never left blank: `unprintable` names it, so the people are listed.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from ..core import paths

REGULAR, BOLD = "NotoSans", "NotoSans-Bold"
ARABIC, ARABIC_BOLD = "NotoSansArabic", "NotoSansArabic-Bold"
CJK = "NotoSansCJK"
#: each main font, then the fonts tried after it for a character it lacks
_FALLBACKS = {REGULAR: (REGULAR, ARABIC, CJK), BOLD: (BOLD, ARABIC_BOLD, CJK)}
_FILES = {REGULAR: "NotoSans-Regular.ttf", BOLD: "NotoSans-Bold.ttf", ARABIC: "NotoSansArabic-Regular.ttf",
          ARABIC_BOLD: "NotoSansArabic-Bold.ttf", CJK: "NotoSansCJKsc-Regular-subset.ttf"}
_SHAPED = {ARABIC, ARABIC_BOLD}
#: shown in place of a character that no font has (a visible sign, never a blank)
MISSING = "?"


@lru_cache(maxsize=1)
def register() -> tuple[str, str]:
    """Register Noto Sans with reportlab (once); returns the regular and bold font names."""
    _font(REGULAR)
    _font(BOLD)
    return REGULAR, BOLD


@cache
def _font(name: str) -> Any:
    """The reportlab font `name`, registered when first needed (the CJK font only when a text has CJK)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = TTFont(name, str(paths.resources_dir() / "fonts" / _FILES[name]))
    pdfmetrics.registerFont(font)
    return font


@lru_cache(maxsize=1)
def can_shape() -> bool:
    """Whether Arabic can be shaped (HarfBuzz is installed)."""
    try:
        import uharfbuzz  # noqa: F401
    except ImportError:
        return False
    return True


def _has(name: str, char: str) -> bool:
    if name in _SHAPED and not can_shape():
        return False
    return ord(char) in _font(name).face.charToGlyph


def _joins(char: str) -> bool:
    """Characters that go with the run around them (spaces, marks, joiners) rather than choose a font."""
    return char.isspace() or unicodedata.category(char) in ("Mn", "Me", "Cf")


@dataclass(frozen=True)
class Run:
    """Consecutive characters drawn in one font."""

    font: str
    text: str


def runs(text: str, font: str) -> list[Run]:
    """`text` cut into runs, each in the first font of `font`'s fallbacks that has its characters
    (in logical order); a character no font has becomes `MISSING` in the main font."""
    chain = _FALLBACKS.get(font, (font,))
    out: list[Run] = []
    for char in text:
        current = out[-1].font if out else chain[0]
        if (_joins(char) and (not out or _has(current, char) or char.isspace())) or _has(current, char):
            chosen = current
        else:
            chosen = next((name for name in chain if _has(name, char)), "")
            if not chosen:
                chosen, char = chain[0], MISSING
        if out and out[-1].font == chosen:
            out[-1] = Run(chosen, out[-1].text + char)
        else:
            out.append(Run(chosen, char))
    return _neutrals_outside(out, chain[0])


_IN_RTL = ("R", "AL", "NSM", "AN")  # what a right-to-left run keeps at its ends: its letters, marks and digits


def _neutrals_outside(parts: list[Run], main: str) -> list[Run]:
    """The spaces and punctuation at either end of a right-to-left run go to the main font's runs beside it: the
    run is shaped right to left as a whole, which drew "Con: محمد, Ana" as "Con: ,محمدAna"."""
    out: list[Run] = []

    def add(font: str, text: str) -> None:
        if not text:
            return
        if out and out[-1].font == font:
            out[-1] = Run(font, out[-1].text + text)
        else:
            out.append(Run(font, text))

    for run in parts:
        if run.font not in _SHAPED or run.font == main:
            add(run.font, run.text)
            continue
        text = run.text
        start, end = 0, len(text)
        while start < end and unicodedata.bidirectional(text[start]) not in _IN_RTL and _has(main, text[start]):
            start += 1
        while end > start and unicodedata.bidirectional(text[end - 1]) not in _IN_RTL and _has(main, text[end - 1]):
            end -= 1
        add(main, text[:start])
        add(run.font, text[start:end])
        add(main, text[end:])
    return out


def needs_fallback(text: str, font: str) -> bool:
    """Whether some letters of `text` are drawn in another font than `font` (one of its fallbacks)."""
    return any(run.font != font for run in runs(text, font))


def unprintable(text: str, font: str = REGULAR) -> str:
    """The characters of `text` that no font can print ("" when it prints whole)."""
    chain = _FALLBACKS.get(font, (font,))
    return "".join(dict.fromkeys(c for c in text if not _joins(c) and not any(_has(name, c) for name in chain)))


def _is_rtl(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


def _visual(parts: list[Run]) -> list[Run]:
    """Runs in the order they are drawn, left to right: reversed when the text starts right to left."""
    for run in parts:
        for char in run.text:
            if unicodedata.bidirectional(char) in ("L", "R", "AL"):
                return list(reversed(parts)) if _is_rtl(char) else parts
    return parts


def _shaped(run: Run, size: float) -> Any:
    """An Arabic run shaped by HarfBuzz (glyphs in visual order), as reportlab draws it."""
    from reportlab.lib.abag import ABag
    from reportlab.pdfbase.ttfonts import shapeFragWord

    word = [0.0, (ABag(fontName=run.font, fontSize=size), run.text)]
    # required forms and ligatures (lam-alef) only: no discretionary ligatures (they add vowel marks)
    shaped = shapeFragWord(word, features={"kern": True, "liga": True}, force=True)
    return shaped[1][1]


def _run_width(run: Run, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if run.font in _SHAPED:
        shaped = _shaped(run, size)
        data = getattr(shaped, "__shapeData__", None)
        if data is not None:
            return float(sum(d.x_advance for d in data) * size / 1000)
    return stringWidth(run.text, run.font, size)


def text_width(text: str, font: str, size: float) -> float:
    """The width of `text` in `font` (with its fallbacks) at `size`."""
    return sum(_run_width(run, size) for run in runs(text, font))


def draw_text(canvas: Any, x: float, y: float, text: str, font: str, size: float, align: str = "left") -> float:
    """Draw one line of `text` from `x` ("left"), around it ("centre") or up to it ("right"); returns its width.

    Each run is drawn in the font that has its glyphs; Arabic is shaped and laid right to left."""
    parts = _visual(runs(text, font))
    widths = [_run_width(run, size) for run in parts]
    total = sum(widths)
    left = x - total / 2 if align == "centre" else x - total if align == "right" else x
    for run, width in zip(parts, widths):
        line = canvas.beginText(left, y)
        line.setFont(run.font, size)
        line.textLine(_shaped(run, size) if run.font in _SHAPED else run.text)
        canvas.drawText(line)
        left += width
    return total

