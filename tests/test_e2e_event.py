"""End to end: the real main window through an event day, as facilitators would run it (CONTRIBUTING.md, "Test
conventions"):
import the organisers' list → check people in by badge → capture and cluster ideas → a poll from the
clusters → vote at the kiosk → results on the projector. Later stages (P2P, bundles) join as they come."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from eulac_desktop.core import checkin, ideas, registration, voting
from eulac_desktop.core.event import create_event_file
from eulac_desktop.core.workspace import Workspace
from eulac_desktop.ui.import_dialog import ImportDialog
from eulac_desktop.ui.language import LanguageManager
from eulac_desktop.ui.main_window import STAGES, MainWindow
from eulac_desktop.ui.session import EventSession
from eulac_desktop.ui.settings import Settings
from eulac_desktop.ui.voting.kiosk import VotingKiosk

LIST = ["Nombre;Apellido(s);Correo electrónico;Institución;País;Idiomas",
        "María José;García López;mj.garcia@example.es;CSIC;España;es",
        "João;Silva;joao@example.br;Fiocruz;Brasil;pt",
        "Aino;Virtanen;aino@example.fi;VTT;Finlandia;fi",
        "Rosa;Quispe;rosa@example.pe;UNI;Perú;es"]


@pytest.fixture
def window(qtbot, qapp: QApplication, tmp_path: Path, device):
    LanguageManager(qapp).apply("en")
    path = tmp_path / "lab.eulac"
    create_event_file(path, name="Co-Innovation Lab Piura", languages=["es", "pt", "en"], timezone="America/Lima",
                      device=device).close()
    session = EventSession(Workspace.open(path))
    win = MainWindow(session, Settings())
    win.resize(1300, 820)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if win.projector is not None:
        win.projector.close()
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(win, QEvent.Type.DeferredDelete)
    session.close()


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
    window.session.run("challenge", lambda: ideas.add_challenge(ws, "¿Cómo podríamos abrir los laboratorios?"), None)
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
    poll_id = voting.create_poll_from_clusters(ws, challenge, method="approval").inserted["polls"][0]
    voting.set_state(ws, poll_id, "open")
    window.sidebar.setCurrentRow(STAGES.index("voting"))
    assert window.voting_page.table.rowCount() == 1
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
