"""The Ideas page's board toolbar fits a 1024×700 window in every language of the app: no action is pushed into
the toolbar's own overflow (») and the More menu's button stays in sight at its right, with the rest."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint


@pytest.mark.parametrize("lang", ["es", "pt", "fr", "en"])
def test_the_board_toolbar_fits_at_1024_wide(open_window, demo_file: Path, qtbot, lang: str) -> None:
    window = open_window(demo_file, stage="ideas", size=(1024, 700), language=lang)
    page = window.ideas_page
    qtbot.waitUntil(lambda: page.toolbar.width() > 0 and page.more_button.isVisible(), timeout=5000)
    bar = page.toolbar
    shown = [a for a in bar.actions() if a.isVisible()]
    assert shown and all(bar.widgetForAction(a).isVisible() for a in shown), \
        [a.iconText() for a in shown if not bar.widgetForAction(a).isVisible()]
    assert bar.sizeHint().width() <= bar.width(), (bar.sizeHint().width(), bar.width())
    more = page.more_button
    right = more.mapTo(window, QPoint(more.width(), more.height()))
    assert more.text() and right.x() <= window.width() and right.y() <= window.height()
    assert page.act_fit in page.more_menu.actions()  # Ctrl+0 and the Ideas menu as before
    # the toolbar's short text; the menus and Ctrl+K keep the whole one
    assert page.act_duplicates.iconText() != page.act_duplicates.text().replace("&", "")
