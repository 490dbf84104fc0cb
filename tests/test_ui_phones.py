"""Phones in the room, the facilitator's side (issue 20): View › Open the room to phones opens the room on the
network picked, shows its address and a QR code that decodes to it, follows the phones joined, the ballots cast
of the eligible and the ideas arriving, signs a phone out and closes the room; the projector shows the QR code
and a turnout bar; the room stops when the file closes, and its failures never take the window down."""

from __future__ import annotations

import json
import os
import socket
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from eulac_desktop.core import checkin, phones, voting
from eulac_desktop.core.ideas import add_challenge
from eulac_desktop.core.registration import find_by_email
from eulac_desktop.core.workspace import Workspace


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def call(url: str, method: str = "GET", body: Any = None, token: str = "") -> tuple[int, Any]:
    request = urllib.request.Request(url, method=method, data=json.dumps(body).encode() if body is not None else None,
                                     headers={"Content-Type": "application/json", "Accept-Language": "en",
                                              **({"Authorization": f"Bearer {token}"} if token else {})})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null")


def decode(image: QImage) -> list[str]:
    import zxingcpp
    from PIL import Image

    image = image.convertToFormat(QImage.Format.Format_RGB888)
    data = bytes(image.constBits())[: image.bytesPerLine() * image.height()]
    picture = Image.frombuffer("RGB", (image.width(), image.height()), data, "raw", "RGB", image.bytesPerLine(), 1)
    return [r.text for r in zxingcpp.read_barcodes(picture, formats=zxingcpp.BarcodeFormat.QRCode)]


def shot(widget: Any, name: str) -> None:
    folder = os.environ.get("EULAC_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


@pytest.fixture
def room_file(event_file: Path) -> Path:
    with Workspace.open(event_file, mode="write") as ws:
        for email in ("jose@example.org", "c@example.org"):
            checkin.check_in(ws, find_by_email(ws, email))
        poll = voting.create_poll(ws, "Priorities", "approval", ["Data", "Mobility"]).inserted["polls"][0]
        voting.set_state(ws, poll, "open")
        add_challenge(ws, "How might we share data?")
    return event_file


def open_room(qtbot: Any, window: Any) -> Any:
    window.act_phones.trigger()
    dialog = window.phones_dialog
    qtbot.waitExposed(dialog)
    dialog.network.setCurrentIndex(dialog.network.findData("127.0.0.1"))
    dialog.port.setValue(free_port())
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert window.phone_room.running
    return dialog


@pytest.mark.parametrize("language", ["en", "es"])
def test_open_the_room_follow_phones_ballots_and_ideas_sign_out_and_close(open_window, qtbot, room_file: Path,
                                                                           language: str) -> None:
    window = open_window(room_file, size=(1024, 700), language=language)
    dialog = open_room(qtbot, window)
    url = window.phone_room.url
    assert dialog.address.text() == url.removeprefix("http://").rstrip("/")
    assert decode(dialog.qr.pixmap().toImage()) == [url]  # the QR code is the address
    ws = window.session.ws
    jose = find_by_email(ws, "jose@example.org")
    status, joined = call(url + "api/join", "POST", {"code": phones.phone_code(ws, jose)})
    assert status == 200
    qtbot.waitUntil(lambda: dialog.phones_list.count() == 1, timeout=5000)
    assert dialog.phones_list.item(0).text() == "José Pérez"
    assert dialog.joined_label.text() == {"en": "1 phone joined", "es": "1 móvil conectado"}[language]
    _status, now = call(url + "api/now", token=joined["token"])
    option = now["poll"]["options"][0]["id"]
    assert call(url + f"api/polls/{now['poll']['id']}/ballot", "POST", [option], joined["token"])[0] == 200
    ballots = {"en": "Ballots cast: 1 of 2 eligible", "es": "Votos emitidos: 1 de 2 habilitados"}[language]
    qtbot.waitUntil(lambda: dialog.ballots_label.text() == ballots, timeout=5000)
    assert dialog.turnout.value() == 1 and dialog.turnout.maximum() == 2
    assert call(url + f"api/challenges/{now['challenge']['id']}/ideas", "POST", {"text": "Open data"},
                joined["token"])[0] == 201
    ideas = {"en": "1 idea on the board of the open challenge", "es": "1 idea en el tablero del reto abierto"}[language]
    qtbot.waitUntil(lambda: dialog.ideas_label.text() == ideas, timeout=5000)
    shot(dialog, f"phones-dialog-{language}")
    # sign José's phone out
    dialog.phones_list.setCurrentRow(0)
    dialog.phones_list.setFocus()
    QTest.keyClick(dialog.revoke_button, Qt.Key.Key_Space)
    assert call(url + "api/now", token=joined["token"]) == (401, {"error": "revoked", "message":
                                                                  "The facilitator signed this phone out."})
    qtbot.waitUntil(lambda: dialog.phones_list.count() == 0, timeout=5000)
    # close the room
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not window.phone_room.running and dialog.open_button.isVisible()
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url, timeout=3)


def test_the_projector_shows_the_qr_code_and_a_turnout_bar(open_window, qtbot, room_file: Path) -> None:
    from eulac_desktop.ui.projector import render

    window = open_window(room_file)
    dialog = open_room(qtbot, window)
    qtbot.mouseClick(dialog.project_button, Qt.MouseButton.LeftButton)
    assert window.projector_state.screen == "phones" and window.projector is not None
    image = render(window.session, window.projector_state, QSize(1280, 720), window.font())
    assert decode(image) == [window.phone_room.url]
    drawn = [d.text for d in window.projector.canvas.drawn] or []
    folder = os.environ.get("EULAC_SCREENSHOTS")
    if folder:
        image.save(str(Path(folder) / "phones-projector.png"))
    canvas_texts = _texts(window, QSize(1280, 720))
    assert "Join from your phone" in canvas_texts and "0 of 2 have voted" in canvas_texts
    assert drawn is not None


def _texts(window: Any, size: QSize) -> list[str]:
    from PySide6.QtGui import QPainter

    from eulac_desktop.ui.projector_screens import Canvas

    image = QImage(size, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    canvas = Canvas(window.session.ws, window.font())
    canvas.paint(painter, size, window.projector_state)
    painter.end()
    return [d.text for d in canvas.drawn]


def test_a_port_in_use_is_a_message_and_the_window_goes_on(open_window, qtbot, room_file: Path, monkeypatch) -> None:
    from eulac_desktop.ui import phones as ui_phones

    shown: list[str] = []
    monkeypatch.setattr(ui_phones, "show_error", lambda parent, exc: shown.append(exc.text()))
    window = open_window(room_file)
    window.act_phones.trigger()
    dialog = window.phones_dialog
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        dialog.network.setCurrentIndex(dialog.network.findData("127.0.0.1"))
        dialog.port.setValue(taken.getsockname()[1])
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert shown and "already in use" in shown[0]
    assert not window.phone_room.running and window.isVisible()


def test_a_failure_of_the_room_is_a_message_and_the_room_stops_when_the_file_closes(
        open_window, qtbot, room_file: Path, monkeypatch) -> None:
    from eulac_desktop.ui import phones as ui_phones

    shown: list[str] = []
    monkeypatch.setattr(ui_phones, "show_error", lambda parent, exc: shown.append(exc.text()))
    window = open_window(room_file)
    open_room(qtbot, window)
    url = window.phone_room.url
    window.phone_room._arrived.emit("failed", {"message": "the disk is full"})  # as from the server's thread
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    assert shown == ["The room to phones stopped: the disk is full"] and window.isVisible()
    room = window.phone_room.room
    window.close()  # as the app does when the event file closes
    assert not room.running
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url, timeout=3)


@pytest.mark.skipif(not __import__("shutil").which("pdftotext"), reason="pdftotext (poppler-utils) is not installed")
def test_a_phone_s_idea_is_shown_as_text_on_the_board_the_projector_and_the_report(open_window, qtbot,
                                                                                   room_file: Path, tmp_path: Path,
                                                                                   capsys) -> None:
    import subprocess

    from helpers import run

    from eulac_desktop.ui.board.items import CardItem

    typed = "<img src=x onerror=alert(1)>"
    window = open_window(room_file, stage="ideas")
    dialog = open_room(qtbot, window)
    url = window.phone_room.url
    ws = window.session.ws
    _status, joined = call(url + "api/join", "POST", {"code": phones.phone_code(ws, find_by_email(ws, "jose@example.org"))})
    _status, now = call(url + "api/now", token=joined["token"])
    status, posted = call(url + f"api/challenges/{now['challenge']['id']}/ideas", "POST", {"text": typed}, joined["token"])
    assert status == 201
    board = window.ideas_page
    qtbot.waitUntil(lambda: any(isinstance(i, CardItem) and typed in i.lines for i in _scene_items(board)), timeout=5000)
    from eulac_desktop.core.ideas import add_cluster

    add_cluster(ws, now["challenge"]["id"], "Data", idea_ids=[posted["id"]])
    window.projector_state.show("cluster", challenge_id=now["challenge"]["id"])
    assert typed in _texts(window, QSize(1280, 720))
    dialog.close_room()
    report = tmp_path / "report.pdf"
    window.close()
    assert run(capsys, "report", "pdf", room_file, report)[0] == 0
    text = subprocess.run(["pdftotext", str(report), "-"], capture_output=True, text=True, check=True).stdout
    assert typed in text


def _scene_items(page: Any) -> list[Any]:
    from PySide6.QtWidgets import QGraphicsView

    return [item for view in page.findChildren(QGraphicsView) if view.scene() for item in view.scene().items()]


@pytest.mark.parametrize("language", ["en", "pt"])
def test_the_facilitator_picks_the_poll_and_the_challenge_open_to_phones(open_window, qtbot, room_file: Path,
                                                                          language: str) -> None:
    with Workspace.open(room_file, mode="write") as ws:
        later = voting.create_poll(ws, "Later", "approval", ["A", "B"]).inserted["polls"][0]
        voting.set_state(ws, later, "open")
        add_challenge(ws, "How might we meet again?")
        jose = find_by_email(ws, "jose@example.org")
        code = phones.phone_code(ws, jose)
    window = open_window(room_file, size=(1024, 700), language=language)
    dialog = open_room(qtbot, window)
    url = window.phone_room.url
    _status, joined = call(url + "api/join", "POST", {"code": code})
    now = call(url + "api/now", token=joined["token"])[1]
    assert now["poll"]["title"] == "Later" and now["challenge"]["question"] == "How might we meet again?"
    assert dialog.focus_poll.count() == 4  # the latest opened, each open poll, nothing
    dialog.focus_poll.setFocus()
    QTest.keyClick(dialog.focus_poll, Qt.Key.Key_Down)  # the first open poll: Priorities
    assert dialog.focus_poll.currentText() == "Priorities"
    dialog.focus_challenge.setFocus()
    QTest.keyClick(dialog.focus_challenge, Qt.Key.Key_Down)
    assert dialog.focus_challenge.currentText() == "How might we share data?"
    now = call(url + "api/now", token=joined["token"])[1]
    assert now["poll"]["title"] == "Priorities" and now["challenge"]["question"] == "How might we share data?"
    shot(dialog, f"phones-dialog-focus-{language}")
    voting.set_state(window.session.ws, now["poll"]["id"], "closed")  # the chosen poll closes
    qtbot.waitUntil(lambda: call(url + "api/now", token=joined["token"])[1]["poll"] is None, timeout=5000)
    dialog.refresh()
    assert dialog.focus_poll.currentText() == {"en": "Nothing", "pt": "Nada"}[language]  # as the phones see it
    voting.set_state(window.session.ws, now["poll"]["id"], "open")
    dialog.refresh()
    assert dialog.focus_poll.currentText() == "Priorities"
    dialog.focus_poll.setFocus()
    QTest.keyClick(dialog.focus_poll, Qt.Key.Key_End)  # nothing
    assert call(url + "api/now", token=joined["token"])[1]["poll"] is None
    dialog.focus_round.setFocus()
    QTest.keyClick(dialog.focus_round, Qt.Key.Key_Space)  # phones stop showing the table of the round running
    assert window.phone_room.focus.round is False and window.phone_room.room.focus.round is False
    dialog.close_room()  # the choice is kept when the room opens again
    dialog.port.setValue(free_port())
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    _status, joined = call(window.phone_room.url + "api/join", "POST", {"code": code})
    now = call(window.phone_room.url + "api/now", token=joined["token"])[1]
    assert now["poll"] is None and now["challenge"]["question"] == "How might we share data?"


def test_looking_up_a_phone_code_says_when_the_person_may_not_vote_yet(open_window, qtbot, room_file: Path) -> None:
    window = open_window(room_file, size=(1024, 700), language="es")
    dialog = open_room(qtbot, window)
    ws = window.session.ws
    anna, jose = find_by_email(ws, "anna@example.fi"), find_by_email(ws, "jose@example.org")
    qtbot.keyClicks(dialog.lookup, "anna@example.fi")  # registered, not checked in: her ballot would be refused
    code = phones.phone_code(ws, anna)
    assert dialog.found.text() == f"Anna Virtanen: {code[:3]} {code[3:]} (sin acreditar: aún no puede votar)"
    dialog.lookup.clear()
    qtbot.keyClicks(dialog.lookup, "jose@example.org")
    code = phones.phone_code(ws, jose)
    assert dialog.found.text() == f"José Pérez: {code[:3]} {code[3:]}"


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_facilitator_opens_the_evaluation_survey_to_phones(open_window, qtbot, room_file: Path,
                                                                language: str) -> None:
    """#22's survey "later on phones": a check box of the dialog (by keyboard) opens it to every phone, and it stays
    chosen when the room opens again."""
    with Workspace.open(room_file, mode="write") as ws:
        code = phones.phone_code(ws, find_by_email(ws, "jose@example.org"))
    window = open_window(room_file, size=(1024, 700), language=language)
    dialog = open_room(qtbot, window)
    _status, joined = call(window.phone_room.url + "api/join", "POST", {"code": code})
    assert call(window.phone_room.url + "api/now", token=joined["token"])[1]["survey"] is None
    assert dialog.focus_survey.text() == {"en": "Let each person answer the e&valuation survey",
                                          "es": "Permitir que cada persona responda la encuesta de e&valuación"}[language]
    dialog.focus_survey.setFocus()
    QTest.keyClick(dialog.focus_survey, Qt.Key.Key_Space)
    assert window.phone_room.focus.survey is True
    now = call(window.phone_room.url + "api/now", token=joined["token"])[1]
    assert now["survey"]["answered"] is False and len(now["survey"]["questions"]) == 5
    shot(dialog, f"phones-dialog-survey-{language}")
    dialog.close_room()
    dialog.port.setValue(free_port())
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.focus_survey.isChecked()
    _status, joined = call(window.phone_room.url + "api/join", "POST", {"code": code})
    assert call(window.phone_room.url + "api/now", token=joined["token"])[1]["survey"] is not None
