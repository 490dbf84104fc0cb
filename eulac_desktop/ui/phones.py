"""Phones in the room, the facilitator's side (issue 20): open the room to phones on a network the facilitator
picks, show its address and QR code, follow the phones joined, the ballots cast of the eligible and the ideas
arriving, sign a phone out, close the room.

`PhoneRoom` wraps the web layer's `Room` (eulac_desktop/web: aiohttp on its own thread): what happens in the
room reaches the window as Qt signals, and a failure there is shown, never raised into the window.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import EulacError
from ..core.phones import AUTO, NONE, Focus
from ..core.text import display_name
from ..core.workspace import Changes
from .session import EventSession, show_error

log = logging.getLogger(__name__)


def qr_modules(text: str) -> list[list[bool]]:
    """The QR code of `text` (error correction M, no quiet zone), True for a dark module (the `qrcode` package)."""
    import qrcode  # type: ignore[import-untyped]  # no stubs in the venv: types-qrcode would be a new dev dependency

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    code.add_data(text)
    code.make(fit=True)
    return [[bool(cell) for cell in row] for row in code.get_matrix()]


def paint_qr(painter: QPainter, rect: QRect, text: str) -> None:
    """A QR code of `text` in the square `rect`, black on a white quiet zone of 4 modules."""
    modules = qr_modules(text)
    n = len(modules) + 8
    side = min(rect.width(), rect.height())
    unit = side / n
    painter.fillRect(QRect(rect.x(), rect.y(), side, side), QColor("#ffffff"))
    for r, row in enumerate(modules):
        for c, dark in enumerate(row):
            if dark:
                x, y = rect.x() + (c + 4) * unit, rect.y() + (r + 4) * unit
                painter.fillRect(QRect(int(x), int(y), int(x + unit) - int(x), int(y + unit) - int(y)), QColor("#000000"))


def qr_pixmap(text: str, side: int) -> QPixmap:
    """The QR code of `text` as a square image `side` pixels wide."""
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    paint_qr(painter, QRect(0, 0, side, side), text)
    painter.end()
    return QPixmap.fromImage(image)


def network_addresses() -> list[tuple[str, str]]:
    """(interface's name, IPv4 address) of each network this computer is on, loopback last."""
    found: list[tuple[str, str]] = []
    loopback: list[tuple[str, str]] = []
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if not flags & QNetworkInterface.InterfaceFlag.IsUp:
            continue
        for entry in interface.addressEntries():
            address = entry.ip()
            if address.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                continue
            target = loopback if flags & QNetworkInterface.InterfaceFlag.IsLoopBack else found
            target.append((interface.humanReadableName(), address.toString()))
    return found + loopback


CHANGES_EVERY_MS = 250


def merged(before: Changes | None, changes: Changes) -> Changes:
    """Two sets of changes as one (the ids of each kind and table, in order, once each)."""
    if before is None:
        return Changes("phones", {t: list(i) for t, i in changes.inserted.items()},
                       {t: list(i) for t, i in changes.updated.items()}, {t: list(i) for t, i in changes.deleted.items()})
    for kind in ("inserted", "updated", "deleted"):
        mine: dict[str, list[str]] = getattr(before, kind)
        for table, ids in getattr(changes, kind).items():
            known = mine.setdefault(table, [])
            known += [i for i in ids if i not in known]
    return before


class PhoneRoom(QObject):
    """The room open to phones for the window's event; its events arrive as signals on the window's thread."""

    phones_changed = Signal(int)  # phones joined
    summary_changed = Signal(dict)  # see core.phones.room_summary
    state_changed = Signal(bool)  # opened / closed
    focus_changed = Signal()  # the facilitator changed what is open to phones
    failed = Signal(str)
    _arrived = Signal(str, object)  # emitted on the server's thread, delivered on the window's

    def __init__(self, session: EventSession, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.room: Any = None
        self.url = ""
        self.summary: dict[str, Any] = {}
        self.focus = Focus()  # what is open to phones (kept when the room closes and opens again)
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._pending: Changes | None = None  # the phones' changes not yet passed on to the window's views
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(CHANGES_EVERY_MS)
        self._flush.timeout.connect(self._pass_changes)

    def follow(self, projector_state: Any) -> None:
        """Keep the projector's "Join from your phone" screen (its address, its turnout bar) up to date."""
        def opened(_open: bool) -> None:
            projector_state.room_url = self.url
            projector_state.room_focus = self.focus
            projector_state.changed.emit()

        self.state_changed.connect(opened)
        self.focus_changed.connect(lambda: opened(self.running))
        self.summary_changed.connect(lambda _s: projector_state.changed.emit())

    @property
    def running(self) -> bool:
        """Whether the room is open."""
        return self.room is not None and self.room.running

    def open(self, host: str, port: int) -> str:
        """Open the room on `host`:`port`; the page's address. Refused with an EulacError (port in use…)."""
        from ..web.room import Room

        self.close()
        room = Room(self.session.ws.for_worker, self.session.ws.event_id,
                    on_event=lambda kind, data: self._arrived.emit(kind, data))
        room.focus = self.focus
        self.url = room.start(host, port)
        self.room = room
        self.state_changed.emit(True)
        return self.url

    def close(self) -> None:
        """Close the room (the phones are told); nothing happens when it is not open."""
        if self.room is None:
            return
        room, self.room = self.room, None
        try:
            room.stop()
        except Exception:  # closing must never take the window down
            log.exception("The phones' room did not close cleanly")
        self.url, self.summary = "", {}
        self._pass_changes()
        self.state_changed.emit(False)

    def revoke(self, participant_id: str) -> None:
        """Sign the person's phone out."""
        if self.room is not None:
            self.room.revoke(participant_id)

    def joined(self) -> list[str]:
        """The people with a phone in the room."""
        return self.room.joined() if self.room is not None else []

    def set_focus(self, focus: Focus) -> None:
        """What is open to phones: a poll, a challenge, the P2P round (every phone and the projector follow)."""
        self.focus = focus
        if self.room is not None:
            try:
                self.room.set_focus(focus)
            except Exception:  # the room's failure is its own: the window goes on
                log.exception("The phones' room could not follow what is open")
        self.focus_changed.emit()

    def _pass_changes(self) -> None:
        changes, self._pending = self._pending, None
        if changes is None:
            return
        try:
            self.session.arrived(changes)  # the board, the results, the projector refresh
        except Exception:
            log.exception("The window could not follow the phones' changes")

    def _deliver(self, kind: str, data: dict[str, Any]) -> None:
        try:
            if kind == "phones":
                self.phones_changed.emit(data["joined"])
            elif kind == "summary":
                self.summary = data
                self.summary_changed.emit(data)
            elif kind == "changes":  # gathered: 400 ballots in a minute refresh the views a few times a second
                self._pending = merged(self._pending, data["changes"])
                if not self._flush.isActive():
                    self._flush.start()
            elif kind == "failed":
                self.failed.emit(data.get("message", ""))
        except Exception:  # a view that fails to refresh must not take the window down
            log.exception("The window could not follow the phones' room")


class PhonesDialog(QDialog):
    """"Open the room to phones": pick the network, open, show the address and QR code, follow, close."""

    def __init__(self, session: EventSession, room: PhoneRoom, projector_state: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.room, self.projector_state = session, room, projector_state
        self.setMinimumWidth(560)
        self.network = QComboBox()
        for name, address in network_addresses():
            self.network.addItem(f"{address} — {name}", address)
        self.port = QSpinBox()
        self.port.setRange(1024, 65535)
        from ..web.room import DEFAULT_PORT

        self.port.setValue(DEFAULT_PORT)
        self.open_button = QPushButton()
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_room)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.pick = QWidget()
        form = QFormLayout(self.pick)
        form.setContentsMargins(0, 0, 0, 0)
        self.network_label, self.port_label = QLabel(), QLabel()
        self.network_label.setBuddy(self.network)
        self.port_label.setBuddy(self.port)
        form.addRow(self.network_label, self.network)
        form.addRow(self.port_label, self.port)

        self.qr = QLabel()
        self.qr.setFixedSize(QSize(220, 220))
        self.address = QLabel()
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.address.setFont(big)
        self.how = QLabel()
        self.how.setWordWrap(True)
        self.joined_label, self.ballots_label, self.ideas_label = QLabel(), QLabel(), QLabel()
        self.turnout = QProgressBar()
        self.turnout.setTextVisible(True)
        self.focus_poll, self.focus_challenge = QComboBox(), QComboBox()
        self.focus_round, self.focus_survey = QCheckBox(), QCheckBox()
        self.focus_poll_label, self.focus_challenge_label = QLabel(), QLabel()
        self.focus_poll_label.setBuddy(self.focus_poll)
        self.focus_challenge_label.setBuddy(self.focus_challenge)
        self.focus_poll.activated.connect(self._refocus)
        self.focus_challenge.activated.connect(self._refocus)
        self.focus_round.toggled.connect(self._refocus)
        self.focus_survey.toggled.connect(self._refocus)
        self.phones_list = QListWidget()
        self.phones_list.setMinimumHeight(90)
        self.revoke_button = QPushButton()
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.project_button = QPushButton()
        self.project_button.clicked.connect(lambda: self.projector_state.present("phones"))
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close_room)
        self.lookup = QLineEdit()
        self.lookup.setClearButtonEnabled(True)
        self.lookup.textChanged.connect(self._look_up)
        self.lookup_label = QLabel()
        self.lookup_label.setBuddy(self.lookup)
        self.found = QLabel()
        self.found.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.found.setWordWrap(True)
        self.safety = QLabel()
        self.safety.setWordWrap(True)
        self.safety.setStyleSheet("color: #4a4a4a;")

        self.live = QWidget()
        grid = QGridLayout(self.live)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.qr, 0, 0, 4, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.address, 0, 1)
        grid.addWidget(self.how, 1, 1)
        counts = QVBoxLayout()
        counts.addWidget(self.ballots_label)
        counts.addWidget(self.turnout)
        counts.addWidget(self.ideas_label)
        grid.addLayout(counts, 3, 1)
        opened = QFormLayout()
        opened.addRow(self.focus_poll_label, self.focus_poll)
        opened.addRow(self.focus_challenge_label, self.focus_challenge)
        opened.addRow(self.focus_round)
        opened.addRow(self.focus_survey)
        grid.addLayout(opened, 4, 0, 1, 2)
        grid.addWidget(self.joined_label, 5, 0, 1, 2)
        grid.addWidget(self.phones_list, 6, 0, 1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        buttons.addWidget(self.project_button)
        buttons.addWidget(self.close_button)
        grid.addLayout(buttons, 7, 0, 1, 2)
        lookup = QHBoxLayout()
        lookup.addWidget(self.lookup_label)
        lookup.addWidget(self.lookup, 1)
        lookup.addWidget(self.found, 1)
        grid.addLayout(lookup, 8, 0, 1, 2)
        grid.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.pick)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.live)
        layout.addWidget(self.safety)
        room.phones_changed.connect(lambda _n: self.refresh())
        room.summary_changed.connect(lambda _s: self.refresh())
        room.state_changed.connect(lambda _open: self.refresh())
        room.failed.connect(self._failed)
        self.phones_list.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate()
        self.refresh()

    def open_room(self) -> None:
        """Open the room on the network picked."""
        host = self.network.currentData() or "127.0.0.1"
        try:
            self.room.open(host, self.port.value())
        except EulacError as exc:
            show_error(self, exc)
            return
        self.refresh()
        self.close_button.setFocus()

    def close_room(self) -> None:
        """Close the room: every phone is told, and the page stops answering."""
        self.room.close()
        self.refresh()
        self.open_button.setFocus()

    def revoke_selected(self) -> None:
        """Sign the selected person's phone out."""
        item = self.phones_list.currentItem()
        if item is not None:
            self.room.revoke(item.data(Qt.ItemDataRole.UserRole))
            self.refresh()

    def _failed(self, message: str) -> None:
        self.refresh()
        show_error(self, EulacError(self.tr("The room to phones stopped: %1").replace("%1", message)))

    def refresh(self) -> None:
        """Show what the room is doing now."""
        running = self.room.running
        self.pick.setVisible(not running)
        self.open_button.setVisible(not running)
        self.live.setVisible(running)
        if running and self.isVisible():  # room for what the open room shows, nothing squeezed, within the screen
            screen = self.screen().availableGeometry().size()
            self.resize(self.size().expandedTo(self.sizeHint().boundedTo(screen)))
        if not running:
            self.intro.setText(self.tr("Participants vote, post ideas and find their table from their own phones, "
                                       "on this laptop's network: no internet needed. Pick the network the phones "
                                       "are on."))
            return
        self.intro.setText(self.tr("The room is open. Phones on the same network open this address, or scan the "
                                   "code:"))
        url = self.room.url
        self.address.setText(url.removeprefix("http://").rstrip("/"))
        self.address.setAccessibleName(self.tr("Address of the room: %1").replace("%1", url))
        self.qr.setPixmap(qr_pixmap(url, self.qr.width()))
        self.qr.setAccessibleName(self.tr("QR code of the address %1").replace("%1", url))
        people = self.room.joined()
        self.joined_label.setText(self.tr("%n phone(s) joined", "", len(people)))
        summary = self.room.summary
        turnout = summary.get("turnout")
        self.ballots_label.setVisible(turnout is not None)
        self.turnout.setVisible(turnout is not None)
        if turnout is not None:
            self.ballots_label.setText(self.tr("Ballots cast: %1 of %2 eligible").replace(
                "%1", str(turnout["ballots"])).replace("%2", str(turnout["eligible"])))
            self.turnout.setRange(0, max(1, turnout["eligible"]))
            self.turnout.setValue(min(turnout["ballots"], max(1, turnout["eligible"])))
            self.turnout.setAccessibleName(self.ballots_label.text())
        self._fill_focus()
        ideas = summary.get("ideas")
        self.ideas_label.setVisible(ideas is not None)
        if ideas is not None:
            self.ideas_label.setText(self.tr("%n idea(s) on the board of the open challenge", "", ideas))
        selected = self.phones_list.currentItem()
        keep = selected.data(Qt.ItemDataRole.UserRole) if selected else None
        self.phones_list.clear()
        names = {pid: display_name(row) for pid in people if (row := _person(self.session, pid))}
        for pid in sorted(people, key=lambda p: names.get(p, "").casefold()):
            item = QListWidgetItem(names.get(pid, "?"), self.phones_list)
            item.setData(Qt.ItemDataRole.UserRole, pid)
            if pid == keep:
                self.phones_list.setCurrentItem(item)
        self._update_buttons()

    def _fill_focus(self) -> None:
        """The polls and challenges open now, to pick the one phones see (the choice kept)."""
        from ..core.ideas import challenges
        from ..core.voting import polls

        ws = self.session.ws
        focus = self.room.focus
        for combo, auto, rows, chosen in (
                (self.focus_poll, self.tr("The latest opened poll"),
                 [(p["id"], p["title"]) for p in polls(ws) if p["state"] == "open"], focus.poll),
                (self.focus_challenge, self.tr("The open question with a countdown, else the last opened"),
                 [(c["id"], c["question"]) for c in challenges(ws) if c["state"] == "open"], focus.challenge)):
            items = [(auto, AUTO), *((text, key) for key, text in rows), (self.tr("Nothing"), NONE)]
            if [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] != items:
                combo.blockSignals(True)
                combo.clear()
                for text, key in items:
                    combo.addItem(text, key)
                combo.blockSignals(False)
            index = combo.findData(chosen)  # a chosen one that closed since: phones see nothing of it
            combo.setCurrentIndex(index if index >= 0 else combo.findData(NONE))
        for box, checked in ((self.focus_round, focus.round), (self.focus_survey, focus.survey)):
            box.blockSignals(True)
            box.setChecked(checked)
            box.blockSignals(False)

    def _refocus(self) -> None:
        """The facilitator picked what is open to phones."""
        self.room.set_focus(Focus(self.focus_poll.currentData() or AUTO, self.focus_challenge.currentData() or AUTO,
                                  self.focus_round.isChecked(), self.focus_survey.isChecked()))
        self.refresh()

    def _look_up(self, text: str) -> None:
        """A person's phone code, to read out to them: the first person the search finds."""
        from ..core.badges import spaced_phone_code
        from ..core.checkin import checked_in_ids
        from ..core.phones import phone_code
        from ..core.registration import participant_ids

        found = participant_ids(self.session.ws, text.strip()) if text.strip() else []
        person = _person(self.session, found[0]) if found else None
        if person is None or person["erased"]:
            self.found.setText(self.tr("Nobody found") if text.strip() else "")
            return
        shown = f"{display_name(person)}: {spaced_phone_code(phone_code(self.session.ws, person['id']))}"
        if person["id"] not in checked_in_ids(self.session.ws):  # a poll's ballot waits for the check-in
            shown = self.tr("%1 (not checked in: may not vote yet)").replace("%1", shown)
        self.found.setText(shown)

    def _update_buttons(self) -> None:
        self.revoke_button.setEnabled(self.phones_list.currentItem() is not None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text of the dialog, in the interface's language."""
        self.setWindowTitle(self.tr("Phones in the room"))
        self.network_label.setText(self.tr("&Network:"))
        self.port_label.setText(self.tr("P&ort:"))
        self.network.setAccessibleName(self.tr("Network"))
        self.port.setAccessibleName(self.tr("Port"))
        self.open_button.setText(self.tr("&Open the room to phones"))
        self.how.setText(self.tr("Each person joins with the phone code printed on their badge; look it up below "
                                 "to read it out to them."))
        self.phones_list.setAccessibleName(self.tr("Phones joined"))
        self.focus_poll_label.setText(self.tr("Poll on p&hones:"))
        self.focus_challenge_label.setText(self.tr("&Ideas for:"))
        self.focus_poll.setAccessibleName(self.tr("Poll on phones"))
        self.focus_challenge.setAccessibleName(self.tr("Question that phones send ideas to"))
        self.focus_round.setText(self.tr("Show &each person their table in the P2P round running now"))
        self.focus_survey.setText(self.tr("Let each person answer the e&valuation survey"))
        self.lookup_label.setText(self.tr("&Look up a phone code:"))
        self.lookup.setPlaceholderText(self.tr("Name or e-mail"))
        self.lookup.setAccessibleName(self.tr("Look up a person's phone code"))
        self._look_up(self.lookup.text())
        self.revoke_button.setText(self.tr("&Sign this phone out"))
        self.project_button.setText(self.tr("Show on the &projector"))
        self.close_button.setText(self.tr("&Close the room"))
        self.safety.setText(self.tr("Use the venue's WPA2 Wi-Fi or your own access points (a phone's hotspot holds "
                                    "about 20 phones). Tokens and phone codes protect the ballots; plain HTTP does "
                                    "not hide traffic from someone on the same open network."))
        self.refresh()


def _person(session: EventSession, participant_id: str) -> dict[str, Any] | None:
    from ..core import records

    return records.get(session.ws, "participants", participant_id)


