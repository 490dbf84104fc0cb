"""File › Connect laptops…: the event's sync folder, this laptop's Syncthing device id (text and QR code), the
laptops to add by typing or pasting theirs, and the laptops of the room (name, last delta received, lag, waiting),
with Trust for a new one. Without Syncthing it says how to install it, and the sync folder still works through any
shared folder. `RoomStatus` is the same room in one line of the status bar.
"""

from __future__ import annotations

import importlib
import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QColor, QFontDatabase, QGuiApplication, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import i18n
from ..core.device import shown_name, suggested_name
from ..core.errors import EulacError, unexpected
from ..core.sync import get_folder, set_folder, sync_status
from .literal import literal
from .room_sync import RoomSync
from .session import EventSession, show_error

log = logging.getLogger(__name__)


def qr_pixmap(text: str, side: int) -> QPixmap:
    """`text` as a QR code (the `qrcode` package), black on white with a quiet zone, about `side` pixels square."""
    qrcode: Any = importlib.import_module("qrcode")  # the package has no type hints
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    qr.add_data(text)
    qr.make(fit=True)
    matrix = qr.get_matrix()
    n = len(matrix)
    scale = max(1, side // n)
    image = QImage(n * scale, n * scale, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                painter.fillRect(c * scale, r * scale, scale, scale, QColor("black"))
    painter.end()
    return QPixmap.fromImage(image)


class Ago(QObject):
    """How long ago an ISO moment was, as people say it (the room's table and status)."""

    def text(self, iso: str | None, now: datetime | None = None) -> str:
        if not iso:
            return self.tr("never")
        seconds = max(0, int(((now or datetime.now(UTC)) - datetime.fromisoformat(iso)).total_seconds()))
        if seconds < 60:
            return self.tr("%n s ago", "", seconds)
        if seconds < 3600:
            return self.tr("%n min ago", "", seconds // 60)
        return self.tr("%n h ago", "", seconds // 3600)


def ago(iso: str | None) -> str:
    """`Ago.text` now."""
    return Ago().text(iso)


class _Started(QObject):
    done = Signal(object, object)  # Syncthing | None, EulacError | None


class _Start(QRunnable):
    """Find or start Syncthing off the GUI thread (starting takes a second or two)."""

    def __init__(self, signals: _Started):
        super().__init__()
        self.signals = signals

    def run(self) -> None:
        from ..core.sync.syncthing import Syncthing

        try:
            syncthing = Syncthing.for_app()
            if syncthing.process is not None:  # its own instance: the venue network only, no internet services
                syncthing.set_options(globalAnnounceEnabled=False, relaysEnabled=False, natEnabled=False,
                                      localAnnounceEnabled=True, urAccepted=-1, crashReportingEnabled=False,
                                      reconnectionIntervalS=5)
        except EulacError as exc:
            self.signals.done.emit(None, exc)
        except Exception as exc:
            log.exception("Starting Syncthing failed")
            self.signals.done.emit(None, unexpected(exc))
        else:
            self.signals.done.emit(syncthing, None)


class ConnectLaptopsDialog(QDialog):
    """The room's laptops and how they connect (module docstring)."""

    def __init__(self, session: EventSession, room: RoomSync, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.room = session, room
        self.setWindowTitle(self.tr("Connect laptops"))
        intro = QLabel(self.tr(
            "The laptops of this event keep in step through a shared folder: each writes what it records there and "
            "takes in what the others wrote, within seconds. Syncthing copies the folder between the laptops over the "
            "venue network, with no internet and no server; any other shared folder works too."))
        intro.setWordWrap(True)

        folder_box = QGroupBox(self.tr("Sync folder"))
        self.folder = QLineEdit()
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName(self.tr("Sync folder"))
        self.choose = QPushButton(self.tr("&Choose…"))
        self.choose.setAccessibleName(self.tr("Choose the sync folder"))
        self.choose.clicked.connect(self._choose_folder)
        row = QHBoxLayout(folder_box)
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose)

        me_box = QGroupBox(self.tr("This laptop in Syncthing"))
        self.state = QLabel(self.tr("Looking for Syncthing…"))
        self.state.setWordWrap(True)
        self.device_id = QLineEdit()
        self.device_id.setReadOnly(True)
        self.device_id.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.device_id.setAccessibleName(self.tr("This laptop's device id"))
        self.copy = QPushButton(self.tr("C&opy"))
        self.copy.setAccessibleName(self.tr("Copy this laptop's device id"))
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.device_id.text()))
        self.qr = QLabel()
        self.qr.setFixedSize(150, 150)
        self.qr.setAccessibleName(self.tr("QR code of this laptop's device id"))
        self.peer_id = QLineEdit()
        self.peer_id.setPlaceholderText(self.tr("Type or paste the other laptop's device id"))
        self.peer_id.setAccessibleName(self.tr("Device id of a laptop to add"))
        self.peer_id.returnPressed.connect(self._add_peer)
        self.add = QPushButton(self.tr("&Add laptop"))
        self.add.setAccessibleName(self.tr("Add the laptop with this device id"))
        self.add.clicked.connect(self._add_peer)
        self.scan = QPushButton(self.tr("Sca&n its code…"))
        self.scan.setAccessibleName(self.tr("Scan the other laptop's QR code with the webcam"))
        self.scan.clicked.connect(self.scan_peer)
        grid = QGridLayout(me_box)
        grid.addWidget(self.state, 0, 0, 1, 2)
        grid.addWidget(self.device_id, 1, 0)
        grid.addWidget(self.copy, 1, 1)
        grid.addWidget(self.peer_id, 2, 0)
        grid.addWidget(self.add, 2, 1)
        grid.addWidget(self.scan, 3, 1)
        grid.addWidget(self.qr, 0, 2, 4, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(4, 1)

        room_box = QGroupBox(self.tr("Laptops of the room"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Laptop"), self.tr("Last delta received"), self.tr("Lag"),
                                              self.tr("Waiting")])
        self.table.setAccessibleName(self.tr("Laptops of the room"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection)
        self.trust = QPushButton(self.tr("&Trust the selected laptop…"))
        self.trust.setAccessibleName(self.tr("Trust the selected laptop"))
        self.trust.setEnabled(False)
        self.trust.clicked.connect(self._trust)
        self.sync_now = QPushButton(self.tr("&Sync now"))
        self.sync_now.setAccessibleName(self.tr("Sync now"))
        self.sync_now.clicked.connect(self.room.now)
        room_layout = QVBoxLayout(room_box)
        room_layout.addWidget(self.table)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.trust)
        buttons_row.addStretch(1)
        buttons_row.addWidget(self.sync_now)
        room_layout.addLayout(buttons_row)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(folder_box)
        layout.addWidget(me_box)
        layout.addWidget(room_box, 1)
        layout.addWidget(close)
        self.resize(760, 640)

        self._peers: list[dict[str, Any]] = []
        self._set_syncthing_widgets(False)
        self.room.status.connect(self.show_status)
        self._show_folder()
        self.show_status(sync_status(session.ws))
        if self.room.syncthing is not None:
            self._syncthing_ready(self.room.syncthing, None)
        else:
            self._started = _Started()
            self._started.done.connect(self._syncthing_ready)
            QThreadPool.globalInstance().start(_Start(self._started))

    # -- Syncthing ------------------------------------------------------------------------------------------------

    def _set_syncthing_widgets(self, on: bool) -> None:
        for widget in (self.device_id, self.copy, self.peer_id, self.add, self.scan):
            widget.setEnabled(on)
        self.qr.setVisible(on)

    def _syncthing_ready(self, syncthing: Any, error: EulacError | None) -> None:
        if syncthing is None:
            from ..core.sync.syncthing import SyncthingMissing

            if isinstance(error, SyncthingMissing):
                self.state.setText(self.tr("Syncthing is not installed on this laptop.") + "\n" + error.hint_text())
            else:
                self.state.setText(error.text() if error else "")
            self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            return
        self.room.syncthing = syncthing
        try:
            own = syncthing.device_id()
            self._share()
        except EulacError as exc:
            self.state.setText(exc.text())
            return
        self.state.setText(self.tr("Show this id to the other laptops (or let them scan the code), and add theirs below."))
        self.device_id.setText(own)
        self.device_id.setCursorPosition(0)
        self.qr.setPixmap(qr_pixmap(own, 150))
        self._set_syncthing_widgets(True)

    def _share(self, peers: list[str] | None = None) -> bool:
        """Share the event's folder with the peers Syncthing knows and `peers` (the folder is made beside the event
        file when it has none); False when refused, having said why."""
        from ..core.sync.engine import get_folder, set_folder
        from ..core.sync.syncthing import default_folder, share_event

        ws = self.session.ws
        if ws.read_only or self.room.syncthing is None:
            return False
        if get_folder(ws) is None and self.session.run(
                self.tr("Choose the sync folder"), lambda: set_folder(ws, default_folder(ws.path)), None, self) is None:
            return False
        try:
            share_event(ws, self.room.syncthing, peers)
        except EulacError as exc:
            show_error(self, exc)
            return False
        self._show_folder()
        self.room.restart()
        return True

    def _add_peer(self) -> None:
        text = self.peer_id.text().strip()
        if not text or self.room.syncthing is None:
            return
        if self._share([text]):
            self.peer_id.clear()

    def scan_peer(self) -> QDialog:
        """The webcam, to read the QR code another laptop shows here; what it reads is added as that laptop."""
        from .webcam import WebcamPanel

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Scan the other laptop's code"))
        panel = WebcamPanel(dialog)
        hint = QLabel(self.tr("Hold the other laptop's screen, showing its code, up to the camera."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(hint)
        layout.addWidget(panel)
        layout.addWidget(buttons)

        def read(text: str) -> None:
            panel.stop()
            dialog.accept()
            self.peer_id.setText(text)
            self._add_peer()

        panel.scanned.connect(read)
        dialog.finished.connect(lambda _r: panel.stop())
        dialog.open()
        return dialog

    # -- the folder -----------------------------------------------------------------------------------------------

    def _show_folder(self) -> None:
        folder = get_folder(self.session.ws)
        self.folder.setText(str(folder) if folder else self.tr("(none yet)"))

    def _choose_folder(self) -> None:
        start = str(get_folder(self.session.ws) or self.session.ws.path.parent)
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Sync folder"), start)
        if not chosen:
            return
        if self.session.run(self.tr("Choose the sync folder"), lambda: set_folder(self.session.ws, Path(chosen)), None,
                            self) is None and get_folder(self.session.ws) != Path(chosen).resolve():
            return
        self._show_folder()
        if self.room.syncthing is not None:
            try:
                self._share()
            except EulacError as exc:
                show_error(self, exc)
        self.room.restart()

    # -- the room -------------------------------------------------------------------------------------------------

    def show_status(self, status: dict[str, Any]) -> None:
        """Fill the table from `core.sync.sync_status`."""
        self._peers = status.get("peers", [])
        self.table.setRowCount(len(self._peers))
        for r, peer in enumerate(self._peers):
            name = shown_name(peer["name"]) or suggested_name(peer["device_id"])  # its bundles, not read yet, say its name
            if peer["revoked"]:
                name = self.tr("%1 (no longer trusted)").replace("%1", name)
            elif peer["quarantined"]:
                name = self.tr("%1 (not trusted yet: %2)").replace("%1", name).replace("%2", peer["fingerprint"])
            lag = "" if peer["lag_seconds"] is None else self.tr("%1 s").replace("%1", i18n_number(peer["lag_seconds"]))
            cells = [name, ago(peer["last_received"]), lag, str(peer["pending"])]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0 and peer["refused"]:
                    item.setToolTip(literal("\n".join(f"{x['file']}: {x['reason']}" for x in peer["refused"])))
                self.table.setItem(r, c, item)
        self._selection()

    def _selected(self) -> dict[str, Any] | None:
        rows = {i.row() for i in self.table.selectedItems()}
        return self._peers[rows.pop()] if len(rows) == 1 and self._peers else None

    def _selection(self) -> None:
        peer = self._selected()
        self.trust.setEnabled(bool(peer and peer["quarantined"] and not peer["revoked"]
                                   and any(q["reason"] == "untrusted" for q in peer["quarantined"])))

    def _trust(self) -> None:
        peer = self._selected()
        if peer is None:
            return
        answer = QMessageBox.question(self, self.tr("Trust this laptop?"), literal(self.tr(
            "Trust “%1” only if its screen shows the same fingerprint:\n\n%2\n\n(eulac device show, or About on that "
            "laptop.)").replace("%1", shown_name(peer["name"])).replace("%2", peer["fingerprint"])))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.room.trust_next = True  # devices seen for the first time, as `eulac sync once --trust`
        self.room.now()


def i18n_number(value: float) -> str:
    """A number in the app's language (a decimal comma in es, pt, fr)."""
    from PySide6.QtCore import QLocale

    return QLocale(i18n.get_language()).toString(float(value), "f", 1)


class RoomStatus(QLabel):
    """The room in the status bar: how many laptops, the latest delta, and anyone counted twice (in words, not only
    colour). Clicking it opens Connect laptops…."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Laptops of the room"))
        self._status: dict[str, Any] = {}
        self._doubles: tuple[list[str], int] = ([], 0)
        self._failure = ""
        self.setVisible(False)

    def mousePressEvent(self, event: Any) -> None:
        self.clicked.emit()
        super().mousePressEvent(event)

    def show_status(self, status: dict[str, Any]) -> None:
        """After a pass that went through (a failure before it is over)."""
        self._status, self._failure = status, ""
        self._refresh()

    def show_failure(self, error: EulacError) -> None:
        """A pass that could not be done (a full disk, the folder gone): said until a pass goes through."""
        self._failure = error.text()
        self._refresh()

    def show_doubles(self, names: list[str], votes: int) -> None:
        known, count = self._doubles
        self._doubles = (sorted(set(known) | set(names), key=str.casefold), count + votes)
        self._refresh()

    def _refresh(self) -> None:
        peers = self._status.get("peers", [])
        if not self._status.get("folder") and not self._failure:
            self.setVisible(False)
            return
        latest = max((p["last_received"] for p in peers if p["last_received"]), default=None)
        text = self.tr("Room: %n other laptop(s)", "", len(peers))
        if latest:
            text += " · " + self.tr("last delta %1").replace("%1", ago(latest))
        names, votes = self._doubles
        if names:
            text += " · ⚠ " + self.tr("checked in on two laptops: %1").replace("%1", ", ".join(names))
        if votes:
            text += " · ⚠ " + self.tr("double votes: %1").replace("%1", str(votes))
        if self._failure:
            text += " · ⚠ " + self.tr("sync stopped: %1").replace("%1", self._failure)
        self.setText(text)
        self.setToolTip(text)
        self.setStyleSheet("color: #8a1c1c; font-weight: bold;" if names or votes or self._failure else "")
        self.setVisible(True)

