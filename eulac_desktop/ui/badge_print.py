"""Printing badges: choose a layout, write the PDF off the GUI thread, open it to print."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ..core.errors import EulacError
from ..documents.badges import LAYOUTS, badges_pdf
from .session import EventSession, show_error, unexpected
from .settings import Settings
from .tasks import Task


def layout_names() -> dict[str, str]:
    """Each layout, described for people."""
    translate = QCoreApplication.translate
    return {"a4-8": translate("BadgePrint", "A4, 8 badges per sheet (with cut marks)"),
            "a4-4": translate("BadgePrint", "A4, 4 A6 badges per sheet (fold and cut)"),
            "a6": translate("BadgePrint", "A6, one badge per page"),
            "letter-6": translate("BadgePrint", "US Letter, 6 badges per sheet (4 × 3 in)"),
            "roll-62mm": translate("BadgePrint", "Label roll, 62 mm wide (Brother QL and similar)"),
            "label-4x3in": translate("BadgePrint", "Labels, 4 × 3 in")}


class BadgeDialog(QDialog):
    """How to print `count` badges."""

    def __init__(self, count: int, settings: Settings, single: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print badges"))
        self.layout_box = QComboBox()
        for key, label in layout_names().items():
            self.layout_box.addItem(label, key)
        self.layout_box.setCurrentIndex(max(0, self.layout_box.findData(settings.badge_layout(single))))
        form = QFormLayout()
        form.addRow(self.tr("&Layout"), self.layout_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Make the PDF"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%n badge(s) will be made; the PDF opens to be printed.", "", count)))
        layout.addLayout(form)
        layout.addWidget(buttons)


def print_badges(parent: QWidget, session: EventSession, settings: Settings, ids: list[str], ask: bool = True,
                 single: bool = False) -> Task | None:
    """Make the badges of `ids` as a PDF (progress, cancel) and open it in the system's viewer to print."""
    layout = settings.badge_layout(single)
    if ask:
        dialog = BadgeDialog(len(ids), settings, single, parent)
        if not dialog.exec():
            return None
        layout = dialog.layout_box.currentData()
        settings.set_badge_layout(layout, single)
    assert layout in LAYOUTS
    out = Path(tempfile.mkdtemp(prefix="eulac-badges-")) / f"{session.ws.path.stem}-badges-{layout}.pdf"
    ws = session.ws
    label = QCoreApplication.translate("BadgePrint", "Making badges…")
    def work(progress):  # type: ignore[no-untyped-def]
        with ws.for_worker() as worker:
            return badges_pdf(worker, out, ids, layout, progress)

    task = Task(parent, label, work)
    task.finished.connect(lambda _pages: QDesktopServices.openUrl(QUrl.fromLocalFile(str(out))))
    task.failed.connect(lambda exc: show_error(parent, exc if isinstance(exc, EulacError) else unexpected(exc)))
    task.start()
    return task
