"""Set up this laptop from a setup bundle: choose the coordinator's zip, verify it, check the event and the
coordinator's fingerprint against the coordinator's screen, choose where the laptop's event file goes, create it
(off the GUI thread, through the core's `set_up_laptop`, the same operation as `eulac bundle import`), open it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, Qt, QTimeZone, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..core import bundles
from ..core.bundles.setup import event_of_file
from ..core.device import shown_name
from ..core.errors import EulacError, EventFileExists, unexpected
from .session import show_error
from .settings import Settings
from .stamps import local_dates, local_stamp
from .tasks import Task
from .trust_dialogs import accept_clock_skew, accept_new_key


class SetupConfirmDialog(QDialog):
    """The event a setup bundle holds and the coordinator's device and fingerprint, to compare with the
    coordinator's screen. With `asking_trust`, the question of trust, from the bundle's signed manifest alone (the
    event's name, the device, its fingerprint, when it was made): the bundle's rows are read only once the
    coordinator is trusted, then the whole event is shown again before it is set up."""

    def __init__(self, summary: dict[str, Any], parent: QWidget | None = None, *, asking_trust: bool = False):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up this laptop"))
        intro = QLabel(self.tr(
            "This setup bundle is signed by the device of a coordinator this laptop does not trust yet. Check with the "
            "coordinator that the device and its fingerprint are the ones on their screen (Help › About "
            "eulac-desktop, or the message shown after exporting the bundle); the event's details are read once you "
            "trust it.") if asking_trust else self.tr(
            "This setup bundle holds the event below, signed by the coordinator's device. Check with "
            "the coordinator that the device and its fingerprint are the ones on their screen "
            "(Help › About eulac-desktop, or the message shown after exporting the bundle)."))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QLabel] = {}
        # before the rows are read the event's time zone is unknown: the moment is shown in this laptop's own
        zone = bytes(QTimeZone.systemTimeZoneId().data()).decode() if asking_trust else summary["timezone"]
        rows = [("event", self.tr("Event:"), summary["name"]),
                ("dates", self.tr("Dates:"), local_dates(summary["start_date"], summary["end_date"])),
                ("venue", self.tr("Venue:"), summary["venue"] or "–"),
                ("participants", self.tr("Participants:"), str(summary["participants"])),
                ("device", self.tr("Coordinator's device:"), shown_name(summary["device"])),
                ("fingerprint", self.tr("Fingerprint:"), summary["fingerprint"]),
                ("created", self.tr("Bundle made:"), self.tr("%1 (%2)").replace(
                    "%1", local_stamp(summary["created"], zone)).replace("%2", zone))]
        if asking_trust:  # what only the rows say (dates, venue, people) is shown once they are read
            rows = [row for row in rows if row[0] in ("event", "device", "fingerprint", "created")]
        for key, label, value in rows:
            shown = QLabel(value)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setAccessibleName(label.rstrip(":"))
            self.fields[key] = shown
            form.addRow(label, shown)
        bold = self.fields["event"].font()
        bold.setBold(True)
        self.fields["event"].setFont(bold)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF() * 1.5)
        mono.setWeight(QFont.Weight.Bold)
        self.fields["fingerprint"].setFont(mono)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        if summary["key_changed"]:
            self.warning.setText(self.tr("Warning: this laptop knows the device “%1” with another key. The bundle may be "
                                         "forged: go on only if the coordinator confirms this fingerprint.")
                                 .replace("%1", shown_name(summary["device"])))
            self.warning.setStyleSheet("color: #8a1c1c; font-weight: bold;")
        elif summary["trusted"]:
            self.warning.setText(self.tr("This laptop already trusts this coordinator."))
        self.warning.setVisible(bool(self.warning.text()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        text = self.tr("&Trust this coordinator") if asking_trust else self.tr("&Set up the event")
        self.accept_button = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.accept_button.setDefault(not summary["key_changed"])
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(summary["key_changed"])
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(680)


def file_name_for(event_name: str) -> str:
    """A file name for the laptop's event file, from the event's name (letters of any script kept)."""
    stem = re.sub(r"[^\w\- ]+", "", event_name, flags=re.UNICODE).strip().replace(" ", "-")
    return f"{stem[:60] or 'event'}.eulac"


class LaptopSetup(QObject):
    """The whole flow, started by `start()`; emits `ready(path)` with the laptop's event file to open (made now), or
    `update(path, bundle)` when that file was there already for this event: opened, the bundle is imported into it
    (what changed since shown first). Every step can be cancelled; a refusal is explained and changes nothing."""

    ready = Signal(str)
    update = Signal(str, str)

    def __init__(self, parent: QWidget | None, settings: Settings):
        super().__init__()  # not the window's child: the window may close when the laptop's file opens
        self.parent_widget = parent
        self.settings = settings
        self._task: Task | None = None

    def start(self, path: str | None = None) -> None:
        """Choose the bundle (unless given), then verify it off the GUI thread."""
        if not path:
            path, _f = QFileDialog.getOpenFileName(self.parent_widget, self.tr("Choose the setup bundle"),
                                                   self._folder(), self.tr("Setup bundles (*.zip);;All files (*)"))
            if not path:  # its folder (a USB stick, the downloads) is not remembered: event files go elsewhere
                return
        self._run(self.tr("Checking the setup bundle…"), lambda _p: bundles.read_setup_bundle(path, manifest_only=True),
                  self._judged)

    def _folder(self) -> str:
        return (self.settings.last_folder()
                or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home()))

    def _judged(self, unopened: bundles.Bundle) -> None:
        """The signed manifest is verified: a coordinator not trusted yet, or known with another key, is asked about
        from it alone, as `eulac bundle import` does; then the rows are read and the event is shown."""
        device = unopened.manifest["device"]
        if unopened.key_changed:  # its own act (ARCHITECTURE.md §4)
            if not accept_new_key(self.parent_widget, shown_name(device["name"]), unopened.known_fingerprint,
                                  device["fingerprint"]):
                return
        elif not unopened.trusted and not SetupConfirmDialog(bundles.setup_summary(unopened), self.parent_widget,
                                                             asking_trust=True).exec():
            return
        self._run(self.tr("Checking the setup bundle…"), lambda _p: bundles.read_bundle_again(unopened.path, unopened),
                  self._verified)

    def _verified(self, bundle: bundles.Bundle) -> None:
        summary = bundles.setup_summary(bundle)
        if not SetupConfirmDialog(summary, self.parent_widget).exec():
            return
        suggested = Path(self._folder()) / file_name_for(summary["name"])
        target, _f = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Where to keep this laptop's event file"), str(suggested),
            self.tr("Event files (*.eulac)"), options=QFileDialog.Option.DontConfirmOverwrite)
        if not target:
            return
        target = target if target.endswith(".eulac") else target + ".eulac"
        self.settings.set_last_folder(Path(target).parent)
        if Path(target).exists():
            self._exists(target, summary, str(bundle.path))
            return
        self._set_up(target, bundle)

    def _set_up(self, target: str, bundle: bundles.Bundle, accept_skew: bool = False) -> None:
        """Make the laptop's file off the GUI thread; a clock far ahead is asked about, then tried again."""
        def failed(exc: BaseException) -> None:
            if isinstance(exc, bundles.ClockAhead) and not accept_skew:
                if accept_clock_skew(self.parent_widget, exc):
                    self._set_up(target, bundle, accept_skew=True)
                return
            show_error(self.parent_widget, exc if isinstance(exc, EulacError) else unexpected(exc))

        self._run(self.tr("Setting up the event on this laptop…"),
                  lambda progress: bundles.set_up_laptop(target, bundle, progress=progress, accept_clock_skew=accept_skew),
                  lambda _r: self.ready.emit(target), failed)

    def _exists(self, target: str, summary: dict[str, Any], bundle_path: str) -> None:
        """The chosen file is there already: this event's (offer to open it and bring in what the bundle changes, a
        newer setup bundle's people and settings) or another file (never overwritten)."""
        if event_of_file(target) != summary["event_id"]:
            show_error(self.parent_widget, EventFileExists(path=target))
            return
        answer = QMessageBox.question(
            self.parent_widget, self.tr("Set up this laptop"),
            self.tr("“%1” already holds the event “%2” on this laptop. Open it and bring in what this setup bundle "
                    "changes?").replace("%1", target).replace("%2", summary["name"]),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Open)
        if answer == QMessageBox.StandardButton.Open:
            self.update.emit(target, bundle_path)

    def _run(self, label: str, work, done, failed=None) -> None:  # type: ignore[no-untyped-def]
        self._task = Task(self.parent_widget, label, work)
        self._task.finished.connect(done)
        self._task.failed.connect(failed or (lambda exc: show_error(
            self.parent_widget, exc if isinstance(exc, EulacError) else unexpected(exc))))
        self._task.start()
