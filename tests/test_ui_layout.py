"""Layouts at the smallest supported window (1024×700) in every language: no button or filter cut short."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QToolBar, QWidget

from eulac_desktop.ui.main_window import STAGES


def cut_short(root: QWidget) -> list[str]:
    """Visible buttons narrower than their text needs, and filters (combo boxes sized to their contents) too."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or isinstance(widget.parent(), QToolBar):
            continue  # a tool bar moves what does not fit into its "»" menu
        if isinstance(widget, QAbstractButton) and widget.text():
            text = widget.text()
        elif isinstance(widget, QComboBox) and widget.sizeAdjustPolicy() == QComboBox.SizeAdjustPolicy.AdjustToContents:
            text = widget.currentText()
        else:
            continue
        if widget.width() < widget.sizeHint().width() - 1:
            found.append(f"{type(widget).__name__} {text!r}: {widget.width()} < {widget.sizeHint().width()}")
    return found


@pytest.fixture
def window(open_window, event_file: Path):
    """The window in the language it was left in, and the language manager to switch it."""
    return open_window(event_file, language=None), open_window.language


@pytest.mark.parametrize("lang", ["en", "es", "pt", "fr"])
def test_no_button_or_filter_is_cut_short_at_1024_by_700(window, qtbot, lang: str) -> None:
    win, language = window
    language.apply(lang)
    win.resize(1024, 700)
    problems = []
    for i, stage in enumerate(STAGES):
        win.sidebar.setCurrentRow(i)
        QApplication.processEvents()
        problems += [f"{lang} {stage}: {p}" for p in cut_short(win.pages.currentWidget())]
    assert not problems, "\n".join(problems)
