"""Printing badges: choose a layout, then the print flow (save, write off the GUI thread, print)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..core.registration import participant_rows
from ..core.text import display_name
from ..documents.badges import LAYOUTS, badges_pdf, unprintable_people
from .literal import literal
from .printing import PrintJob, Printout, event_name, file_name, run_writer, save_and_print
from .session import EventSession
from .settings import Settings


def unprintable_text(people: list[dict[str, str]]) -> str:
    """Who cannot have their name printed whole (no font has some of its letters), for a message."""
    if not people:
        return ""
    translate = QCoreApplication.translate
    shown = ["• " + person["name"] for person in people[:10]]
    if len(people) > 10:
        shown.append(translate("BadgePrint", "(%1 more)").replace("%1", str(len(people) - 10)))
    intro = translate("BadgePrint", "These names cannot be printed whole: no font has some of their letters, so “?” stands in their place on the badge:")
    return intro + "\n" + "\n".join(shown)


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

    def __init__(self, count: int, settings: Settings, single: bool, parent: QWidget | None = None,
                 unprintable: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print badges"))
        self.layout_box = QComboBox()
        for key, label in layout_names().items():
            self.layout_box.addItem(label, key)
        self.layout_box.setCurrentIndex(max(0, self.layout_box.findData(settings.badge_layout(single))))
        form = QFormLayout()
        form.addRow(self.tr("&Layout"), self.layout_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Make the PDF…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%n badge(s) will be made as a PDF: choose where to save it, then print it.", "",
                                        count)))
        layout.addLayout(form)
        #: who cannot have their name printed whole (empty, and hidden, when everyone can)
        self.unprintable = QLabel(unprintable)
        self.unprintable.setWordWrap(True)
        self.unprintable.setTextFormat(Qt.TextFormat.PlainText)
        self.unprintable.setAccessibleName(self.tr("Names that cannot be printed whole"))
        self.unprintable.setVisible(bool(unprintable))
        layout.addWidget(self.unprintable)
        layout.addWidget(buttons)


def print_badges(parent: QWidget, session: EventSession, settings: Settings, ids: list[str], ask: bool = True,
                 single: bool = False) -> PrintJob | None:
    """The badges of `ids` through the print flow. With `ask=False` (a walk-in's badge, two clicks at a busy
    desk) the PDF is saved in the badges' folder without a question and the print dialog opens at once."""
    layout = settings.badge_layout(single)
    missing = unprintable_text(unprintable_people(session.ws, ids))
    if ask:
        dialog = BadgeDialog(len(ids), settings, single, parent, missing)
        if not dialog.exec():
            return None
        layout = dialog.layout_box.currentData()
        settings.set_badge_layout(layout, single)
    elif missing:
        QMessageBox.warning(parent, QCoreApplication.translate("BadgePrint", "Print badges"), literal(missing))
    assert layout in LAYOUTS
    translate = QCoreApplication.translate
    if len(ids) == 1:
        row = participant_rows(session.ws, ids)[ids[0]]
        who = display_name(row, safe=False)
        name = file_name(event_name(session), translate("BadgePrint", "badge"), who, layout)
    else:
        name = file_name(event_name(session), translate("BadgePrint", "badges"), layout)
    printout = Printout("badges", name, translate("BadgePrint", "Save the badges"),
                        translate("BadgePrint", "Making badges…"),
                        run_writer(session.ws, lambda ws, out, progress: badges_pdf(ws, out, ids, layout, progress)))
    return save_and_print(parent, session, printout, settings, ask=ask)
