"""Focus always shown: with the app's style (ui/style.py), every control that takes the keyboard focus shows it
with a ring at least 2 px wide and of at least 3:1 contrast, around its edge, on plain widgets, on every page of
the main window (the side bar included, whose style sheet hid it) and in dialogs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt, QThreadPool
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from test_contrast import contrast

RING = 2  # px either side of the control's edge


def ring_coverage(before: QImage, after: QImage, edges: QRect) -> float:
    """The share of the control's edge (`edges`, in the images' coordinates) where at least RING of the pixels
    across it (RING outside, RING inside) changed to a colour of ≥ 3:1 contrast with what was there."""
    width, height = before.width(), before.height()

    def changed(x: int, y: int) -> bool:
        return (0 <= x < width and 0 <= y < height
                and contrast(after.pixelColor(x, y), before.pixelColor(x, y)) >= 3.0)

    hits = total = 0
    for x in range(edges.left() + 4, edges.right() - 3):  # top and bottom edges, corners left out
        for edge, inward in ((edges.top(), 1), (edges.bottom(), -1)):
            total += 1
            hits += sum(changed(x, edge + inward * d) for d in range(-RING, RING)) >= RING
    for y in range(edges.top() + 4, edges.bottom() - 3):
        for edge, inward in ((edges.left(), 1), (edges.right(), -1)):
            total += 1
            hits += sum(changed(edge + inward * d, y) for d in range(-RING, RING)) >= RING
    return hits / total


def focus_shown(widget: QWidget, away: QWidget) -> float:
    """Grab the area of `widget`'s frame with the focus on `away`, then on `widget`: how much of its edge
    changed to a visible ring."""
    window = widget.window()
    edges = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    area = edges.adjusted(-RING, -RING, RING, RING).intersected(window.rect())
    away.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    before = window.grab(area).toImage()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert widget.hasFocus() or widget.isAncestorOf(QApplication.focusWidget())
    after = window.grab(area).toImage()
    return ring_coverage(before, after, edges.translated(-area.left(), -area.top()))


def test_each_kind_of_control_shows_its_focus(app_style, qtbot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(12, 12, 12, 12)
    combo, editable = QComboBox(), QComboBox()
    combo.addItems(["Lima", "Quito"])
    editable.setEditable(True)
    editable.addItems(["Lima", "Quito"])
    lst = QListWidget()
    lst.addItems(["one", "two"])
    table = QTableWidget(3, 3)
    tree = QTreeWidget()
    QTreeWidgetItem(tree, ["node"])
    line = QLineEdit()
    line.setPlaceholderText("Search")
    controls = {"button": QPushButton("Check in"), "line edit": line, "combo box": combo, "editable combo": editable,
                "spin box": QSpinBox(), "check box": QCheckBox("Second entry"), "list": lst, "table": table,
                "tree": tree}
    away = QPushButton("away")
    for control in (*controls.values(), away):
        layout.addWidget(control)
    dialog.resize(420, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    coverage = {name: focus_shown(control, away) for name, control in controls.items()}
    assert all(share >= 0.9 for share in coverage.values()), coverage


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_control_of_every_page_shows_its_focus(app_style, event_file: Path, qtbot, lang: str) -> None:
    from eulac_desktop.ui.app import Controller
    from eulac_desktop.ui.language import LanguageManager
    from eulac_desktop.ui.main_window import STAGES
    from eulac_desktop.ui.settings import Settings

    language = LanguageManager(app_style)
    language.apply(lang)
    controller = Controller(app_style, Settings(), language)
    try:
        assert controller.open_path(event_file)
        window = controller.window
        window.resize(1024, 700)
        qtbot.waitExposed(window)
        window.activateWindow()
        missing, seen = [], 0
        for index, stage in enumerate(STAGES):
            window.sidebar.setCurrentRow(index)
            for _ in range(3):  # the page loads what it shows (some of it off the GUI thread) and lays it out
                QThreadPool.globalInstance().waitForDone()
                QApplication.processEvents()
            page = window.pages.currentWidget()
            controls = [w for w in (window.sidebar, *page.findChildren(QWidget))
                        if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled()
                        and w.focusProxy() is None and w.width() > 12 and w.height() > 12
                        and w.visibleRegion().boundingRect() == w.rect()
                        and not isinstance(w.parentWidget(), (QComboBox, QSpinBox))]
            for control in controls:
                seen += 1
                away = window.sidebar if control is not window.sidebar else page.findChildren(QPushButton)[0]
                share = focus_shown(control, away)
                if share < 0.9:
                    name = control.accessibleName() or control.objectName()
                    missing.append(f"{stage}: {type(control).__name__} {name} ({share:.0%})")
        assert seen > 30
        assert not missing, "focus not shown:\n" + "\n".join(missing)
    finally:
        controller.close_event(show_welcome=False)
        language.apply("en")
