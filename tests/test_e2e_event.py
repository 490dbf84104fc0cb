"""End to end: the real main window through an event day, as facilitators would run it (CONTRIBUTING.md, "Test
conventions"):
import the organisers' list → check people in by badge → capture and cluster ideas → a poll from the
clusters → vote at the kiosk → results on the projector. Later stages (P2P, bundles) join as they come."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import type_text
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from eulac_desktop.core import checkin, ideas, registration, voting
from eulac_desktop.core.event import create_event_file
from eulac_desktop.ui.import_dialog import ImportDialog
from eulac_desktop.ui.main_window import STAGES
from eulac_desktop.ui.voting.kiosk import VotingKiosk

LIST = ["Nombre;Apellido(s);Correo electrónico;Institución;País;Idiomas",
        "María José;García López;mj.garcia@example.es;CSIC;España;es",
        "João;Silva;joao@example.br;Fiocruz;Brasil;pt",
        "Aino;Virtanen;aino@example.fi;VTT;Finlandia;fi",
        "Rosa;Quispe;rosa@example.pe;UNI;Perú;es"]
CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(open_window, tmp_path: Path, device):
    path = tmp_path / "lab.eulac"
    create_event_file(path, name="Co-Innovation Lab Piura", languages=["es", "pt", "en"], timezone="America/Lima",
                      device=device).close()
    return open_window(path, size=(1300, 820))


def test_an_event_day_through_the_main_window(window, qtbot, tmp_path: Path, monkeypatch) -> None:
    ws = window.session.ws
    # 1. the organisers' list, as it comes (Windows-1252, `;`, Spanish headers)
    source = tmp_path / "lista.csv"
    source.write_bytes("\r\n".join(LIST).encode("cp1252"))
    window.sidebar.setCurrentRow(STAGES.index("participants"))
    dialog = ImportDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(source))
    dialog._go_next()
    qtbot.waitUntil(lambda: dialog.table is not None, timeout=10000)
    dialog._go_next()  # to the columns, as read
    assert dialog.steps.currentIndex() == 1
    dialog._go_next()  # check what would change
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    dialog._go_next()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10000)
    assert registration.participant_count(ws) == 4
    assert window.participants_page.model.rowCount() == 4

    # 2. check-in: a USB scanner types each badge into the page
    window.sidebar.setCurrentRow(STAGES.index("checkin"))
    page = window.checkin_page
    for email in ("mj.garcia@example.es", "joao@example.br", "rosa@example.pe"):
        qtbot.keyClicks(page.scan_field, checkin.badge_code(ws, registration.find_by_email(ws, email)))
        qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
        assert page.result.status == checkin.CHECKED_IN
    assert len(checkin.checked_in_ids(ws)) == 3

    # 3. ideas: a challenge, ideas typed with Enter, two dragged onto each other, one moved by its number
    window.sidebar.setCurrentRow(STAGES.index("ideas"))
    ideas_page = window.ideas_page
    QApplication.setActiveWindow(window)  # the page's shortcuts work in the active window (offscreen: set by hand)

    def challenge_dialog() -> None:  # Ctrl+Alt+N's dialog: the question typed, Tab to the time box, Enter
        dialog = QApplication.activeModalWidget()
        try:
            assert dialog.windowTitle() == "New challenge"
            qtbot.waitUntil(dialog.question.hasFocus)  # the question first, once the dialog is active
            type_text(dialog.question, "¿Cómo podríamos abrir los laboratorios?")
            for _field in ("description", "time box"):
                qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            assert dialog.time_box.hasFocus()
            qtbot.keyClick(dialog.time_box, Qt.Key.Key_Return)
        finally:
            if dialog.isVisible():  # a failure above must not leave the test waiting on the dialog
                dialog.reject()

    ideas_page.focus_capture()
    QTimer.singleShot(0, challenge_dialog)
    qtbot.keyClick(ideas_page.entry, Qt.Key.Key_N, CTRL_ALT)
    assert [c["question"] for c in ideas.challenges(ws)] == ["¿Cómo podríamos abrir los laboratorios?"]
    QApplication.setActiveWindow(window)  # again: offscreen, closing a dialog activates nothing
    for text in ("Bonos de innovación", "Laboratorios móveis", "Días de laboratorio abierto"):
        ideas_page.entry.insertPlainText(text)
        qtbot.keyClick(ideas_page.entry, Qt.Key.Key_Return)
    scene, view = ideas_page.scene, ideas_page.view

    def at(text: str) -> QPoint:
        item = next(i for i in scene.cards.values() if i.card.text == text)
        return view.mapFromScene(item.sceneBoundingRect().center())

    start, end = at("Días de laboratorio abierto"), at("Laboratorios móveis")
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for k in range(1, 9):
        pos = start + (end - start) * (k / 8)
        QApplication.sendEvent(view.viewport(), QMouseEvent(
            QEvent.Type.MouseMove, pos.toPointF(), view.viewport().mapToGlobal(pos).toPointF(),
            Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    challenge = ideas_page.challenge_id
    assert [len(c.cards) for c in ideas.board(ws, challenge).clusters] == [2]
    view.setFocus()
    view.select_card(next(i.card.id for i in scene.cards.values() if i.card.text == "Bonos de innovación"))
    monkeypatch.setattr("eulac_desktop.ui.pages.ideas.QInputDialog.getText", lambda *a, **k: ("Financiamiento", True))
    qtbot.keyClick(view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)  # a new cluster of the selection
    assert [c.name for c in ideas.board(ws, challenge).clusters] == ["", "Financiamiento"]

    # 4. a poll from the clusters, opened, voted at the kiosk by badge
    window.sidebar.setCurrentRow(STAGES.index("voting"))
    voting_page = window.voting_page

    def poll_dialog() -> None:  # Ctrl+Alt+N's dialog: no title (the challenge's), approval, the clusters, Enter
        dialog = QApplication.activeModalWidget()
        try:
            assert dialog.windowTitle() == "New poll"
            qtbot.waitUntil(dialog.title.hasFocus)
            qtbot.keyClick(dialog.title, Qt.Key.Key_Tab)
            qtbot.keyClicks(dialog.method, "Approval")
            qtbot.keyClick(dialog.method, Qt.Key.Key_Tab)
            assert dialog.source.hasFocus()
            qtbot.keyClick(dialog.source, Qt.Key.Key_Down)  # the clusters of the challenge
            qtbot.keyClick(dialog.source, Qt.Key.Key_Return)
        finally:
            if dialog.isVisible():
                dialog.reject()

    voting_page.table.setFocus()
    QTimer.singleShot(0, poll_dialog)
    qtbot.keyClick(voting_page.table, Qt.Key.Key_N, CTRL_ALT)
    QApplication.setActiveWindow(window)
    voting_page.table.setFocus()
    poll_id = voting_page.poll_id
    assert poll_id and voting.get_poll(ws, poll_id)["method"] == "approval"
    qtbot.keyClick(voting_page.table, Qt.Key.Key_O, CTRL_ALT)  # open it
    assert voting.get_poll(ws, poll_id)["state"] == "open"
    assert voting_page.table.rowCount() == 1
    kiosk = VotingKiosk(window.session, poll_id, "1357")
    kiosk.show()
    for email, ticks in (("joao@example.br", [0, 1]), ("rosa@example.pe", [1])):
        qtbot.keyClicks(kiosk.scan_field, checkin.badge_code(ws, registration.find_by_email(ws, email)))
        qtbot.keyClick(kiosk.scan_field, Qt.Key.Key_Return)
        form = kiosk.form
        for n in ticks:
            form.boxes[form.options[n]["id"]].setChecked(True)
        kiosk.next.click()
        kiosk.next.click()
        assert kiosk.pages.currentWidget() is kiosk.message
    qtbot.keyClicks(kiosk.scan_field, checkin.badge_code(ws, registration.find_by_email(ws, "aino@example.fi")))
    qtbot.keyClick(kiosk.scan_field, Qt.Key.Key_Return)  # not checked in: may not vote
    assert kiosk.pages.currentWidget() is kiosk.refusal and kiosk.refusal.status == checkin.REFUSED
    from eulac_desktop.core.i18n import translator
    from eulac_desktop.core.kiosk_texts import VOTE_REFUSALS

    # Aino reads Finnish, which the app does not have: the event's first language
    assert kiosk.refusal.word.text() == translator("es")(VOTE_REFUSALS["not_checked_in"][0])
    assert kiosk.try_leave("1357")
    results = voting.results(ws, poll_id)
    assert (results["ballots"], results["eligible"]) == (2, 3)
    assert next((o["text"], o["score"]) for o in results["options"]) == ("Financiamiento", 2)

    # 5. the results on the projector
    window.voting_page.reload()
    window.toggle_projector()
    window.voting_page.act_projector.trigger()
    QApplication.processEvents()
    image = window.projector.grab().toImage()
    assert image.pixelColor(5, 5).name() == "#0b1f33"
    assert window.projector_state.screen == "poll"
    kiosk.deleteLater()
