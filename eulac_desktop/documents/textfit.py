"""Text that fits: the largest size at which a text fits a width on one or a few lines, never overflowing.

Widths are those of `fonts.draw_text`: each run in the font that has its glyphs, Arabic shaped."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MIN_READABLE = 5.0  # below this, a line is cut between characters rather than shrunk further


@dataclass(frozen=True)
class Fitted:
    size: float
    lines: list[str]


def _width(text: str, font: str, size: float) -> float:
    from .fonts import text_width

    return text_width(text, font, size)


def _wrap(words: list[str], font: str, size: float, width: float, max_lines: int) -> list[str] | None:
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if _width(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        if _width(word, font, size) > width:
            return None
    if current:
        lines.append(current)
    return lines if len(lines) <= max_lines else None


def fit(text: str, font: str, width: float, max_size: float, min_size: float, max_lines: int = 1) -> Fitted:
    """The largest size in [min_size, max_size] at which `text` fits `width` in at most `max_lines` lines.

    When even `min_size` does not fit, the size goes on shrinking (to 5 pt), and past that long words
    are cut between characters: the text is never clipped and never overflows.
    """
    words = text.split()
    if not words:
        return Fitted(max_size, [])
    one_line = " ".join(words)
    at_one_point = _width(one_line, font, 1.0) or 1.0
    exact = min(max_size, width / at_one_point * 0.999)  # widths scale with the size
    if exact >= min_size or (max_lines == 1 and exact >= MIN_READABLE):
        return Fitted(exact, [one_line])
    size = max_size
    while size >= MIN_READABLE:
        for lines_allowed in range(1, max_lines + 1):
            lines = _wrap(words, font, size, width, lines_allowed)
            if lines is not None:
                return Fitted(size, lines)
        size *= 0.93
    return Fitted(MIN_READABLE, _cut(" ".join(words), font, MIN_READABLE, width))


def _cut(text: str, font: str, size: float, width: float) -> list[str]:
    lines, current = [], ""
    for char in text:
        if _width(current + char, font, size) > width and current:
            lines.append(current)
            current = char.lstrip()
        else:
            current += char
    return lines + ([current] if current else [])


def text_cell(text: str, font: str, size: float, max_lines: int = 3) -> Any:
    """A platypus flowable (a table cell, a heading) of `text`, drawn as badges are (`fonts.draw_text`: each
    run in the font that has its glyphs, Arabic shaped): wrapped to the width it is given in up to
    `max_lines` lines, shrunk (down to three quarters of `size`, then further) rather than clipped."""
    from reportlab.platypus import Flowable

    from .fonts import draw_text

    class TextCell(Flowable):
        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            self.fitted = fit(text, font, avail_width, max_size=size, min_size=size * 0.75, max_lines=max_lines)
            self.width = avail_width
            self.height = max(1, len(self.fitted.lines)) * self.fitted.size * 1.22
            return self.width, self.height

        def draw(self) -> None:
            y = self.height - self.fitted.size
            for line in self.fitted.lines:
                draw_text(self.canv, 0, y, line, font, self.fitted.size)
                y -= self.fitted.size * 1.22

    return TextCell()
