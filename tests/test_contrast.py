"""WCAG AA contrast of the app's text: every text colour of its palette against the background it is drawn on,
and every colour pair of its style sheets. Normal text needs 4.5:1; disabled text (exempt in WCAG) 3:1 here, so
that it stays readable."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette

import eulac_desktop

AA, DISABLED_MIN = 4.5, 3.0
R, G = QPalette.ColorRole, QPalette.ColorGroup
# text role → the backgrounds it is drawn on
TEXT_ON = {
    R.Text: (R.Base, R.AlternateBase),
    R.PlaceholderText: (R.Base,),
    R.WindowText: (R.Window,),
    R.ButtonText: (R.Button,),
    R.HighlightedText: (R.Highlight,),
    R.Link: (R.Base, R.Window),
    R.LinkVisited: (R.Base, R.Window),
    R.ToolTipText: (R.ToolTipBase,),
}
UI = Path(eulac_desktop.__file__).parent / "ui"


def luminance(colour: QColor) -> float:
    """WCAG relative luminance."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def over(colour: QColor, background: QColor) -> QColor:
    """`colour` as seen over `background` (a translucent colour, like Qt's default placeholder)."""
    a = colour.alphaF()
    return QColor.fromRgbF(*(a * c + (1 - a) * b for c, b in zip(colour.getRgbF()[:3], background.getRgbF()[:3])))


def contrast(text: QColor, background: QColor) -> float:
    """WCAG contrast ratio of `text` drawn on `background`."""
    lighter, darker = sorted((luminance(over(text, background)), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_contrast_formula() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)
    assert contrast(QColor(0, 0, 0, 128), QColor("#ffffff")) == pytest.approx(4.0, abs=0.1)  # Qt's placeholder


def test_every_text_colour_of_the_palette_meets_wcag_aa(app_style) -> None:
    palette = app_style.palette()
    failures = []
    for group in (G.Active, G.Inactive, G.Disabled):
        minimum = DISABLED_MIN if group == G.Disabled else AA
        for text, backgrounds in TEXT_ON.items():
            for background in backgrounds:
                ratio = contrast(palette.color(group, text), palette.color(group, background))
                if ratio < minimum:
                    failures.append(f"{group.name} {text.name} on {background.name}: {ratio:.2f}:1 < {minimum}:1")
    assert not failures, "\n".join(failures)


def style_sheets() -> list[tuple[str, str]]:
    """Every string of the UI's code that holds a style-sheet colour, with where it is (f-strings: their
    constant parts)."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
            else:
                continue
            if re.search(r"(?<![-\w])color\s*:", text):
                found.append((f"{path.relative_to(UI)}:{node.lineno}", text))
    return found


COLOUR = r"(#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|white\b|black\b)"


def colour_pairs(sheet: str, window: QColor) -> list[tuple[str, str]]:
    """(text, background) of each rule of `sheet` that sets a text colour: its own background, else the
    sheet's first background (the window it styles), else the window's colour."""
    rules = re.findall(r"\{([^}]*)\}", sheet) or [sheet]
    backgrounds = [m.group(1) for rule in rules if (m := re.search(r"background(?:-color)?\s*:\s*" + COLOUR, rule))]
    pairs = []
    for rule in rules:
        text = re.search(r"(?<![-\w])color\s*:\s*" + COLOUR, rule)
        if text is None:
            continue
        own = re.search(r"background(?:-color)?\s*:\s*" + COLOUR, rule)
        pairs.append((text.group(1), own.group(1) if own else backgrounds[0] if backgrounds else window.name()))
    return pairs


def test_every_colour_pair_of_the_style_sheets_meets_wcag_aa(app_style) -> None:
    from eulac_desktop.ui.pages.checkin import COLOURS

    window = app_style.palette().color(G.Active, R.Window)
    sheets = style_sheets()
    assert len(sheets) >= 8  # the scan finds them (side bar, banner, errors, kiosk…)
    pairs = [(where, text, background) for where, sheet in sheets for text, background in colour_pairs(sheet, window)]
    pairs += [(f"check-in {status}", fg, bg) for status, (fg, bg) in COLOURS.items()]
    failures = [f"{where}: {text} on {background}: {ratio:.2f}:1" for where, text, background in pairs
                if (ratio := contrast(QColor(text), QColor(background))) < AA]
    assert not failures, "\n".join(failures)
