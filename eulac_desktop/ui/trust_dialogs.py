"""The questions of trust a bundle can raise, each its own act (ARCHITECTURE.md §4): a known device's changed key
(a loud dialog with both fingerprints), a clock far ahead, and this laptop's name, asked on first start."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..core import device as core_device
from ..core.errors import EulacError
from .session import show_error

if TYPE_CHECKING:  # the bundles' code is loaded when a bundle is read, not as the app starts
    from ..core.bundles import ClockAhead


class NewKeyDialog(QDialog):
    """A known device whose bundle is signed with another key: both fingerprints, large, and a button that says what
    it does; Cancel is the default."""

    def __init__(self, name: str, known: str, new: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("The device's key changed"))
        warning = QLabel(self.tr(
            "This bundle says it comes from “%1”, which this laptop knows with another key. It may be forged. Accept "
            "the new key only if the owner of “%1” shows you the new fingerprint on their screen (a new installation "
            "makes a new key).").replace("%1", name))
        warning.setWordWrap(True)
        warning.setTextFormat(Qt.TextFormat.PlainText)
        warning.setStyleSheet("color: #8a1c1c; font-weight: bold;")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF() * 1.5)
        mono.setWeight(QFont.Weight.Bold)
        form = QFormLayout()
        self.known, self.new = QLabel(known), QLabel(new)
        for label, shown in ((self.tr("Known key:"), self.known), (self.tr("New key:"), self.new)):
            shown.setFont(mono)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setAccessibleName(label.rstrip(":"))
            form.addRow(label, shown)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.accept_button = buttons.addButton(self.tr("&Accept the new key"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.accept_button.setAutoDefault(False)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        cancel.setFocus()


def accept_new_key(parent: QWidget | None, name: str, known: str, new: str) -> bool:
    """Ask whether to accept a known device's new key; True only when the person clicks "Accept the new key"."""
    return NewKeyDialog(name, known, new, parent).exec() == QDialog.DialogCode.Accepted


def accept_clock_skew(parent: QWidget | None, exc: ClockAhead) -> bool:
    """The bundle is stamped far ahead of this computer's clock: say by how much and ask; Cancel is the default."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("TrustDialogs", "The bundle's clock is ahead"),
                      exc.text(), QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(QCoreApplication.translate(
        "TrustDialogs", "Its changes would win over those made here until this computer's clock catches up. Import it "
        "anyway only if you know why that device's clock is ahead."))
    accept = box.addButton(QCoreApplication.translate("TrustDialogs", "Import &anyway"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is accept


class DeviceNameDialog(QDialog):
    """This laptop's name, as people call it ("Desk 2"), asked on first start with a suggestion."""

    def __init__(self, suggestion: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Name this laptop"))
        intro = QLabel(self.tr("Give this laptop a name that people in the room will recognise, such as “Desk 2” or "
                               "“Registration”. It is shown wherever this laptop's bundles arrive."))
        intro.setWordWrap(True)
        self.name = QLineEdit(suggestion)
        self.name.setMaxLength(core_device.MAX_NAME)
        self.name.selectAll()
        self.name.setAccessibleName(self.tr("Laptop name"))
        form = QFormLayout()
        label = QLabel(self.tr("&Name:"))
        label.setBuddy(self.name)
        form.addRow(label, self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        self.name.textChanged.connect(lambda text: buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(text.strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)


def name_this_laptop(parent: QWidget | None = None) -> None:
    """On first start (the device's name is still a suggestion), ask for its name and keep it; a refusal (an empty or
    too long name) is explained and asked again, closing the dialog keeps the suggestion."""
    device = core_device.load_device()
    if device.named:
        return
    dialog = DeviceNameDialog(device.name, parent)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            core_device.rename_device(dialog.name.text())
            return
        except EulacError as exc:
            show_error(parent, exc)
