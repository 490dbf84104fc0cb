"""Attendance certificates in the window: the organiser's name and signature image (on the Event page), and
making the certificates through the one print path (`printing`): the merged PDF is saved and offered for
printing, each person's file goes into a folder beside it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ..core import certificates
from ..core.errors import InvalidValue
from ..core.workspace import Changes, Workspace
from .session import EventSession, field_edit

if TYPE_CHECKING:  # printing (Qt's PDF and print modules) is loaded when certificates are made, not at start-up
    from .printing import PrintJob, Progress
    from .settings import Settings


class CertificatesBox(QObject):
    """The Event page's rows about certificates: who signs them (name, signature image) and a button that makes
    them (optionally only for people who attended at least N sessions and H hours)."""

    def __init__(self, session: EventSession, parent: QWidget):
        super().__init__(parent)
        self.session = session
        self.widget = parent
        self.job: PrintJob | None = None
        self.organiser_label, self.signature_label, self.make_label = QLabel(), QLabel(), QLabel()
        self.organiser = QLineEdit()
        self.organiser.setMaxLength(certificates.MAX_ORGANISER)
        self.organiser.editingFinished.connect(self._commit_organiser)
        self.preview = QLabel()
        self.preview.setFixedSize(160, 44)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid #bbbbbb; background: white;")
        self.choose, self.remove = QPushButton(), QPushButton()
        self.choose.clicked.connect(lambda: self.choose_signature())
        self.remove.clicked.connect(lambda: self._set_signature(None))
        self.signature_row = QWidget()  # a widget of its own: its size follows its buttons' texts in any language
        row = QHBoxLayout(self.signature_row)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.preview, self.choose, self.remove):
            row.addWidget(w)
        row.addStretch(1)
        self.min_sessions = QSpinBox()
        self.min_sessions.setRange(0, 99)
        self.min_hours = QDoubleSpinBox()
        self.min_hours.setRange(0, 999)
        self.min_hours.setDecimals(1)
        self.min_hours.setSingleStep(0.5)
        self.min_sessions.valueChanged.connect(self._count_words)
        self.min_hours.valueChanged.connect(self._count_words)
        self.make = QPushButton()
        self.make.clicked.connect(lambda: self.make_certificates())
        self.make_row = QWidget()
        row = QHBoxLayout(self.make_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.min_sessions)
        row.addWidget(self.min_hours)
        row.addWidget(self.make)
        row.addStretch(1)
        self.organiser_label.setBuddy(self.organiser)
        self.signature_label.setBuddy(self.choose)
        self.make_label.setBuddy(self.min_sessions)
        self.refresh(None)

    def refresh(self, changes: Changes | None) -> None:
        """Show the stored organiser and signature."""
        if changes is not None and "events" not in changes.tables():
            return
        name, image = certificates.signer(self.session.ws)
        if not self.organiser.hasFocus():
            self.organiser.setText(name)
        pixmap = QPixmap()
        if image and pixmap.loadFromData(image):
            self.preview.setPixmap(pixmap.scaled(self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No signature"))
        self.remove.setEnabled(bool(image) and not self.session.ws.read_only)

    def _commit_organiser(self) -> None:
        name = " ".join(self.organiser.text().split())
        if name == certificates.signer(self.session.ws)[0]:
            return
        ws = self.session.ws
        self.session.run(self.tr("Edit the organiser who signs"),
                         *field_edit(lambda values: certificates.set_signer(ws, **values), {"organiser": name}),
                         self.widget)

    def choose_signature(self, path: str | None = None) -> None:
        """Ask for a PNG or JPEG image of the organiser's signature (or take `path`) and store it."""
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(self.widget, self.tr("Choose the signature image"),
                                                        str(self.session.ws.path.parent),
                                                        self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self._set_signature(Path(path))

    def _set_signature(self, value: Path | None) -> None:
        ws = self.session.ws
        data: bytes | None = None
        if value is not None:
            try:
                data = value.read_bytes()[:certificates.MAX_SIGNATURE_BYTES + 1]
            except OSError as exc:
                from .session import show_error

                show_error(self.widget, InvalidValue(field=str(value), reason=exc.strerror or str(exc)))
                return
        self.session.run(self.tr("Set the signature image") if data else self.tr("Remove the signature image"),
                         *field_edit(lambda values: certificates.set_signer(ws, **values), {"signature": data}),
                         self.widget)

    def make_certificates(self, settings: Settings | None = None) -> PrintJob | None:
        """Save the merged PDF of everyone's certificate (a folder of one file per person beside it) and offer to
        print it; refused, saying why, when nobody gets one."""
        from .printing import Printout, event_name, file_name, run_writer, save_and_print
        from .session import show_error

        minimum, hours = self.min_sessions.value(), self.min_hours.value()
        made, _skipped = certificates.plan(self.session.ws, minimum, hours)
        if not made:
            show_error(self.widget, InvalidValue(field=self.tr("Certificates"), reason=self.tr(
                "nobody gets one yet: certificates are for people who checked in (and attended enough sessions and hours)")))
            return None
        name = file_name(event_name(self.session), self.tr("certificates"))
        folder_name = Path(name).stem

        def write(ws: Workspace, path: Path, progress: Progress) -> object:
            from ..documents.certificates import merged_and_folder

            certs, _none = certificates.plan(ws, minimum, hours)
            return merged_and_folder(ws, path, path.parent / folder_name, certs, progress)

        printout = Printout("certificates", name, self.tr("Save the certificates"), self.tr("Making certificates…"),
                            run_writer(self.session.ws, write))
        self.job = save_and_print(self.widget, self.session, printout, settings)
        return self.job

    def set_read_only(self, read_only: bool) -> None:
        self.organiser.setReadOnly(read_only)
        self.choose.setEnabled(not read_only)
        self.remove.setEnabled(not read_only and certificates.signer(self.session.ws)[1] is not None)

    def retranslate(self) -> None:
        self.organiser_label.setText(self.tr("O&rganiser (signs)"))
        self.organiser.setPlaceholderText(self.tr("Name printed under the signature on the certificates"))
        self.organiser.setAccessibleName(self.tr("Organiser who signs the certificates"))
        self.signature_label.setText(self.tr("Si&gnature"))
        self.choose.setText(self.tr("Choose an image…"))
        self.choose.setAccessibleName(self.tr("Choose the signature image"))
        self.remove.setText(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove the signature image"))
        self.preview.setAccessibleName(self.tr("Signature image"))
        self.make_label.setText(self.tr("&Certificates"))
        self.min_sessions.setPrefix(self.tr("at least "))
        self.min_sessions.setAccessibleName(self.tr("Only people who attended at least this many sessions"))
        self.min_hours.setPrefix(self.tr("and "))
        self.min_hours.setAccessibleName(self.tr("Only people who attended at least this many hours"))
        self.make.setText(self.tr("Make attendance certificates…"))
        self._count_words()
        self.refresh(None)

    def _count_words(self) -> None:
        """The thresholds' words agree with their numbers: "at least 1 session", "and 2.5 hours"."""
        hours = self.min_hours.value()
        self.min_sessions.setSuffix(self.tr(" session(s)", "", self.min_sessions.value()))
        self.min_hours.setSuffix(self.tr(" hour(s)", "", int(hours) if hours.is_integer() else 2))
