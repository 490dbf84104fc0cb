"""The Voting page, the voting kiosk and paper entry with pytest-qt: simulated badge scans through a whole
ballot, one ballot per badge, every method's form, and results whose text stays in its boxes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QVBoxLayout

from eulac_desktop.core import checkin, registration, voting
from eulac_desktop.core.workspace import Workspace
from eulac_desktop.ui.voting.ballot_form import BallotForm
from eulac_desktop.ui.voting.kiosk import VotingKiosk
from eulac_desktop.ui.voting.results_canvas import ResultsCanvas

LONG = "Infraestructuras de investigación abiertas a las pequeñas y medianas empresas de la región de Piura " * 3


@pytest.fixture
def voting_file(event_file: Path) -> Path:
    """Everyone checked in; José speaks Spanish first. An open dot vote (3 dots, at most 2 on one option)."""
    with Workspace.open(event_file) as ws:
        for pid in registration.participant_ids(ws):
            checkin.check_in(ws, pid)
        jose = registration.find_by_email(ws, "jose@example.org")
        registration.update_participant(ws, jose, {"languages": "es;en"})
        poll = voting.create_poll(ws, "Prioridades", "dots", ["Datos abiertos", "Movilidad", LONG],
                                  params={"dots": 3, "max_per_option": 2}).inserted["polls"][0]
        voting.set_state(ws, poll, "open")
    return event_file


@pytest.fixture
def window(open_window, voting_file: Path):
    return open_window(voting_file, stage="voting")


def badge(window, email: str) -> str:
    ws = window.session.ws
    return checkin.badge_code(ws, registration.find_by_email(ws, email))


@pytest.fixture
def kiosk(window):
    poll = voting.polls(window.session.ws)[0]["id"]
    desk = VotingKiosk(window.session, poll, "2468")
    desk.show()
    yield desk
    desk.try_leave("2468")
    desk.deleteLater()


def scan(qtbot, kiosk, code: str) -> None:
    """A USB scanner: the code's keys, then Enter, into the kiosk."""
    kiosk.scan_field.setFocus()
    qtbot.keyClicks(kiosk.scan_field, code)
    qtbot.keyClick(kiosk.scan_field, Qt.Key.Key_Return)


def test_a_badge_gets_a_ballot_in_its_language_and_is_counted_once(window, kiosk, qtbot) -> None:
    scan(qtbot, kiosk, badge(window, "jose@example.org"))
    assert kiosk.pages.currentWidget() is kiosk.ballot_holder
    form = kiosk.form
    assert form.instructions.text().startswith("Dé hasta 3 puntos")  # José's first language, not the app's
    ids = [o["id"] for o in form.options]
    form.steppers[ids[0]].plus.click()
    form.steppers[ids[0]].plus.click()
    form.steppers[ids[0]].plus.click()  # a third dot on one option: refused by the form (at most 2)
    form.steppers[ids[2]].plus.click()
    assert form.payload() == {ids[0]: 2, ids[2]: 1}
    assert form.remaining() == 0 and not form.steppers[ids[1]].plus.isEnabled()
    kiosk.next.click()
    assert kiosk.pages.currentWidget() is kiosk.review
    assert "Datos abiertos: 2" in kiosk.review.text()
    kiosk.next.click()
    assert kiosk.pages.currentWidget() is kiosk.message and "José" in kiosk.message.text()
    results = voting.results(window.session.ws, kiosk.poll_id)
    assert results["ballots"] == 1 and results["options"][0]["score"] == 2
    scan(qtbot, kiosk, badge(window, "jose@example.org"))  # the same badge again: refused in José's Spanish
    assert kiosk.pages.currentWidget() is kiosk.refusal and kiosk.refusal.word.text() == "Ya votó"
    assert voting.results(window.session.ws, kiosk.poll_id)["ballots"] == 1


def test_a_forged_badge_and_a_cancelled_ballot_count_nothing(window, kiosk, qtbot) -> None:
    code = badge(window, "anna@example.fi")
    scan(qtbot, kiosk, code[:-1] + ("B" if code[-1] != "B" else "C"))  # nobody known: the event's languages
    assert kiosk.pages.currentWidget() is kiosk.refusal
    assert kiosk.refusal.word.text().split("\n") == ["Credencial no válida", "Crachá inválido", "Badge not valid"]
    scan(qtbot, kiosk, code)
    kiosk.form.steppers[kiosk.form.options[1]["id"]].plus.click()
    kiosk.back.click()  # Cancel
    assert kiosk.pages.currentWidget() is kiosk.ready
    assert voting.results(window.session.ws, kiosk.poll_id)["ballots"] == 0


def test_the_kiosk_is_left_only_with_the_pin(kiosk) -> None:
    kiosk.close()
    assert kiosk.isVisible()
    assert not kiosk.try_leave("0000") and kiosk.isVisible()
    assert kiosk.try_leave("2468") and not kiosk.isVisible()


@pytest.mark.parametrize("method, expected", [
    ("approval", lambda ids: [ids[0], ids[2]]),
    ("yes-no", lambda ids: {ids[0]: "yes", ids[2]: "abstain"}),
    ("impact-effort", lambda ids: {ids[0]: [5, 1]}),
    ("budget", lambda ids: {ids[0]: 60, ids[2]: 40}),
    ("schulze", lambda ids: [ids[2], ids[0]]),
])
def test_every_method_has_a_form_that_makes_a_valid_ballot(qapp, method: str, expected) -> None:
    options = [{"id": f"o{n}", "text": text} for n, text in enumerate(("Datos", "Movilidad", "Habilidades"))]
    poll = {"method": method, "options": options, "params": {}}
    form = BallotForm(poll, "pt")
    ids = [o["id"] for o in options]
    if method == "approval":
        form.boxes[ids[0]].setChecked(True)
        form.boxes[ids[2]].setChecked(True)
    elif method == "yes-no":
        form.groups[ids[0]][0].button(0).click()
        form.groups[ids[2]][0].button(2).click()
    elif method == "impact-effort":
        form.groups[ids[0]][0].button(4).click()
        form.groups[ids[0]][1].button(0).click()
        form.groups[ids[1]][0].button(2).click()  # impact without effort: not a rating yet
    elif method == "budget":
        form.steppers[ids[0]].field.setValue(60)
        form.steppers[ids[2]].field.setValue(40)
        assert form.remaining() == 0
    else:
        form.ranking.item(0).setCheckState(Qt.CheckState.Checked)
        form.ranking.item(2).setCheckState(Qt.CheckState.Checked)
        form.ranking.setCurrentRow(2)
        for _ in range(2):  # Alt+Up twice: the third option goes first
            form.ranking.keyPressEvent(__import__("PySide6.QtGui", fromlist=["QKeyEvent"]).QKeyEvent(
                QEvent.Type.KeyPress, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier))
        assert form.ranking.item(0).text() == "1. Habilidades"
    payload = form.payload()
    assert payload == expected(ids)
    from eulac_desktop.core.voting.methods import METHODS

    check, _count = METHODS[method]
    check(options, payload, {})  # the core accepts what the form made
    assert form.summary() and all(line for line in form.summary())
    form.deleteLater()


def test_paper_ballots_are_entered_and_checked_by_a_second_person(window, qtbot) -> None:
    from eulac_desktop.ui.voting.dialogs import PaperEntryDialog

    ws = window.session.ws
    poll = voting.polls(ws)[0]["id"]
    serial = voting.serials(ws, poll, 1)[0]
    dialog = PaperEntryDialog(window.session, poll, "es", window)
    dialog.serial.setText(serial.lower())
    first = dialog.form.options[1]["id"]
    dialog.form.steppers[first].field.setValue(2)
    dialog.record()
    assert voting.results(ws, poll)["ballots"] == 1
    assert dialog.serial.text() == "" and dialog.form.payload() == {}
    dialog.serial.setText(serial)
    dialog.form.steppers[first].field.setValue(1)
    dialog.record()  # the same serial again: refused beside the serial, nothing counted
    assert "already entered" in dialog.serial_error.text() and not dialog.serial_error.isHidden()
    assert voting.results(ws, poll)["ballots"] == 1
    dialog.check.setChecked(True)
    dialog.serial.setText(serial)
    dialog.form.steppers[first].field.setValue(1)
    dialog.record()
    assert "disagree" in dialog.status.text()
    assert dialog.mismatches.count() == 1 and serial in dialog.mismatches.item(0).text()
    dialog.deleteLater()


def test_the_page_lists_polls_and_shows_results(window) -> None:
    page = window.voting_page
    assert page.table.rowCount() == 1 and page.table.item(0, 0).text() == "Prioridades"
    assert page.act_kiosk.isEnabled() and not page.act_open.isEnabled()
    page.act_close.trigger()
    assert voting.polls(window.session.ws)[0]["state"] == "closed"
    assert page.table.item(0, 1).text() == "Closed" and page.act_open.text() == "Re&open"
    page.act_projector.trigger()
    assert (window.projector_state.screen, window.projector_state.poll_id) == ("poll", page.poll_id)


def test_opening_and_closing_a_poll_undo_with_ctrl_z(window, qtbot, monkeypatch) -> None:
    """Closing or opening the wrong poll was not undoable: Ctrl+Z then undid an older step, on another page."""
    from eulac_desktop.ui import session as session_module

    page, ws = window.voting_page, window.session.ws
    page.act_close.trigger()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert voting.polls(ws)[0]["state"] == "open" and page.table.item(0, 1).text() == "Open"
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert voting.polls(ws)[0]["state"] == "closed"
    draft = voting.create_poll(ws, "Borrador", "approval", ["Sí", "No"])
    window.session.arrived(draft)
    page.table.selectRow(1)
    page.act_open.trigger()
    assert voting.polls(ws)[1]["state"] == "open"
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert voting.polls(ws)[1]["state"] == "draft"  # opened by mistake, nobody voted yet: a draft again
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    poll = voting.polls(ws)[1]
    voting.cast_ballot(ws, poll["id"], [poll["options"][0]["id"]], badge=badge(window, "jose@example.org"))
    shown: list = []
    monkeypatch.setattr(session_module, "show_error", lambda parent, exc: shown.append(exc.text()))
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert voting.polls(ws)[1]["state"] == "open" and "ballots were cast since it opened" in shown[0]


def test_a_poll_is_made_in_the_dialog(window) -> None:
    from eulac_desktop.ui.voting.dialogs import PollDialog

    dialog = PollDialog(window.session.ws, window)
    dialog.title.setText("Presupuesto")
    dialog.method.setCurrentIndex(dialog.method.findData("budget"))
    assert "100" in dialog.rules.text()
    dialog.options.setPlainText("Datos\nMovilidad\n\n")
    changes = dialog.create(window.session.ws)
    poll = voting.get_poll(window.session.ws, changes.inserted["polls"][0])
    assert (poll["method"], [o["text"] for o in poll["options"]], poll["params"]) == ("budget", ["Datos", "Movilidad"],
                                                                                   {"total": 100})
    dialog.deleteLater()


@pytest.mark.parametrize("size", [QSize(1280, 720), QSize(1920, 1080)])
@pytest.mark.parametrize("method", ["dots", "borda", "schulze", "budget", "impact-effort", "approval", "yes-no"])
def test_results_text_stays_in_its_boxes(qapp, event_file: Path, size: QSize, method: str) -> None:
    ballots = {"dots": lambda i: {i[0]: 2, i[2]: 1}, "borda": lambda i: [i[2], i[0]], "schulze": lambda i: [i[2], i[1]],
               "budget": lambda i: {i[0]: 70, i[2]: 30}, "impact-effort": lambda i: {i[0]: [5, 2], i[2]: [2, 4]},
               "approval": lambda i: [i[0], i[2]], "yes-no": lambda i: {i[0]: "yes", i[2]: "no"}}
    with Workspace.open(event_file) as ws:
        poll = voting.create_poll(ws, "¿Qué priorizamos para la hoja de ruta UE-CELAC 2027?", method,
                                  ["Datos abiertos 🌎", "مختبرات مفتوحة", LONG], eligibility="all").inserted["polls"][0]
        voting.set_state(ws, poll, "open")
        ids = [o["id"] for o in voting.get_poll(ws, poll)["options"]]
        for pid in registration.participant_ids(ws):
            voting.cast_ballot(ws, poll, ballots[method](ids), participant_id=pid)
        voting.set_state(ws, poll, "closed")
        results = voting.results(ws, poll)
    canvas = ResultsCanvas(qapp.font())
    image = QImage(size, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    canvas.paint(painter, QRect(0, 0, size.width(), size.height()), results, live=False)
    painter.end()
    assert len(canvas.drawn) >= 4
    for drawn in canvas.drawn:
        assert drawn.box.contains(drawn.bounds) or drawn.bounds.isEmpty(), (drawn.text[:40], drawn.box, drawn.bounds)
    assert "3 of 3 voted (100%)" in " ".join(d.text for d in canvas.drawn)


def test_the_next_voter_gets_a_blank_ballot(window, kiosk, qtbot) -> None:
    scan(qtbot, kiosk, badge(window, "anna@example.fi"))
    first = kiosk.form
    first.steppers[first.options[0]["id"]].plus.click()
    kiosk.next.click()
    kiosk.next.click()
    scan(qtbot, kiosk, badge(window, "c@example.org"))
    assert kiosk.pages.currentWidget() is kiosk.ballot_holder
    assert kiosk.form.payload() == {} and kiosk.form.remaining() == 3
    assert voting.results(window.session.ws, kiosk.poll_id)["ballots"] == 1


def test_ctrl_alt_r_opens_the_closed_projector_and_raises_it_when_open(window, qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    page = window.voting_page
    assert window.projector is None
    QApplication.setActiveWindow(window)  # offscreen: nothing activates a window by itself
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert window.projector is not None and window.projector.isVisible() and window.act_projector.isChecked()
    assert (window.projector_state.screen, window.projector_state.poll_id) == ("poll", page.poll_id)
    window.projector.close()
    page.act_projector.trigger()
    assert window.projector.isVisible()
    raised = []
    window.projector.raise_ = lambda: raised.append(True)  # type: ignore[method-assign]
    page.act_projector.trigger()  # open but behind the main window: brought to the front
    assert raised and window.projector.isVisible()


# -- paper ballots by keyboard alone, focus, refusals in the voter's language, one type size (issue 15) -----------

def paper_dialog(window, qtbot, poll: str):
    """The paper-ballot dialog, shown and active, focus in the serial (as Ctrl+Alt+E opens it)."""
    from eulac_desktop.ui.voting.dialogs import PaperEntryDialog

    dialog = PaperEntryDialog(window.session, poll, "es", window)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.serial.setFocus()
    return dialog


def open_poll(ws: Workspace, method: str, options: list[str]) -> str:
    poll = voting.create_poll(ws, method, method, options).inserted["polls"][0]
    voting.set_state(ws, poll, "open")
    return poll


def tab_chain(start, steps: int) -> list:
    """The widgets that real Tab presses visit from `start`."""
    seen = [start]
    for _ in range(steps):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_tab_from_a_fast_serial_goes_to_the_marks_and_second_entry_comes_last(window, qtbot) -> None:
    ws = window.session.ws
    poll = voting.polls(ws)[0]["id"]
    dialog = paper_dialog(window, qtbot, poll)
    qtbot.keyClicks(dialog.serial, voting.serials(ws, poll, 1)[0], delay=5)  # a scanner's speed
    chain = tab_chain(dialog.serial, 6)
    fields = [dialog.form.steppers[o["id"]].field for o in dialog.form.options]
    assert chain[:5] == [dialog.serial, *fields, dialog.enter]  # serial → marks → Record
    assert dialog.serial_error.isHidden() and dialog.status.text() == ""  # nothing refused while typing
    dialog.serial.setFocus()
    qtbot.keyClick(dialog.serial, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # Space after Tab from the serial
    assert not dialog.check.isChecked()
    later = tab_chain(QApplication.focusWidget(), 8)
    assert dialog.check in later and later.index(dialog.check) > later.index(dialog.enter)  # reachable, last
    dialog.deleteLater()


def test_three_paper_ballots_are_entered_by_keyboard_alone(window, qtbot) -> None:
    ws = window.session.ws
    poll = voting.polls(ws)[0]["id"]  # dots: 3 in all, at most 2 on one option
    serials = voting.serials(ws, poll, 3)
    dialog = paper_dialog(window, qtbot, poll)
    qtbot.keyClicks(dialog.serial, "P123", delay=5)
    qtbot.keyClick(dialog.serial, Qt.Key.Key_Return)  # not a serial: said beside it, focus stays there
    assert not dialog.serial_error.isHidden() and QApplication.focusWidget() is dialog.serial
    assert voting.results(ws, poll)["ballots"] == 0
    for serial, marks in zip(serials, (["2", "1", "0"], ["0", "0", "2"], ["1", "1", "1"])):
        qtbot.keyClicks(dialog.serial, serial, delay=5)  # typed over the selected text
        qtbot.keyClick(dialog.serial, Qt.Key.Key_Return)  # a scanner's Enter: to the marks, nothing recorded yet
        assert voting.results(ws, poll)["ballots"] == dialog.count
        for mark in marks:
            field = QApplication.focusWidget()
            qtbot.keyClicks(field, mark)
            qtbot.keyClick(field, Qt.Key.Key_Tab)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter records
        assert QApplication.focusWidget() is dialog.serial and dialog.serial.text() == ""
    assert dialog.count == 3 and "✔" in dialog.status.text()
    results = voting.results(ws, poll)
    assert results["ballots"] == 3
    assert {o["text"][:20]: o["score"] for o in results["options"]} == {"Datos abiertos": 3, "Movilidad": 2,
                                                                         LONG[:20]: 3}
    dialog.deleteLater()


def test_a_ranking_is_typed_or_reordered_by_keyboard_alone(window, qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    ws = window.session.ws
    poll = open_poll(ws, "borda", ["Datos", "Movilidad", "Habilidades"])
    serial = voting.serials(ws, poll, 1)[0]
    dialog = paper_dialog(window, qtbot, poll)
    qtbot.keyClicks(dialog.serial, serial, delay=5)
    qtbot.keyClick(dialog.serial, Qt.Key.Key_Tab)
    for rank in ("2", "", "1"):  # the numbers written on the paper, one field per option
        qtbot.keyClicks(QApplication.focusWidget(), rank)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    ids = [o["id"] for o in voting.get_poll(ws, poll)["options"]]
    assert {o["id"]: o["score"] for o in voting.results(ws, poll)["options"]} == {ids[2]: 2, ids[0]: 1, ids[1]: 0}
    dialog.deleteLater()
    # at the kiosk: Tab reaches the list, Space ticks, Ctrl+↑/↓ (or Alt) moves the current option
    holder = QWidget()
    form = BallotForm(voting.get_poll(ws, poll), "en")
    QVBoxLayout(holder).addWidget(form)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is holder)
    qtbot.keyClick(holder, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.ranking
    qtbot.keyClick(form.ranking, Qt.Key.Key_Space)  # Datos
    qtbot.keyClick(form.ranking, Qt.Key.Key_Down)
    qtbot.keyClick(form.ranking, Qt.Key.Key_Down)
    qtbot.keyClick(form.ranking, Qt.Key.Key_Space)  # Habilidades
    qtbot.keyClick(form.ranking, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(form.ranking, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert form.payload() == [ids[2], ids[0]] and form.ranking.item(0).text() == "1. Habilidades"
    holder.close()
    holder.deleteLater()


def test_a_repeated_rank_is_refused_in_place(window, qtbot) -> None:
    ws = window.session.ws
    poll = open_poll(ws, "schulze", ["Datos", "Movilidad"])
    dialog = paper_dialog(window, qtbot, poll)
    qtbot.keyClicks(dialog.serial, voting.serials(ws, poll, 1)[0], delay=5)
    qtbot.keyClick(dialog.serial, Qt.Key.Key_Return)
    for _ in range(2):
        qtbot.keyClicks(QApplication.focusWidget(), "1")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert "rank 1" in dialog.status.text() and voting.results(ws, poll)["ballots"] == 0
    assert QApplication.focusWidget() is dialog.form.ranks[dialog.form.options[0]["id"]]  # where to correct
    dialog.deleteLater()


def ring_pixels(widget) -> QImage:
    """The widget and a few pixels around it, as its window shows them (the focus ring is drawn there, on top)."""
    from PySide6.QtCore import QPoint, QRect

    window = widget.window()
    corner = widget.mapTo(window, QPoint(0, 0))
    return window.grab(QRect(corner, widget.size()).adjusted(-4, -4, 4, 4)).toImage()


def test_focus_is_visible_on_the_page_and_in_the_paper_dialog(app_style, window, qtbot) -> None:
    """The app's one focus ring (ui/style.py) shows on the tool buttons and the default button, where the style
    itself draws no focus."""
    from PySide6.QtWidgets import QToolButton

    page = window.voting_page
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)  # Tab leaves the poll list (it does not walk its cells)
    assert isinstance(QApplication.focusWidget(), QToolButton)
    buttons = [b for b in page.findChildren(QToolButton) if b.isEnabled() and b.isVisible()]
    before = {b: ring_pixels(b) for b in buttons}
    for button in buttons:  # Tab onto each tool button: it looks different with the focus
        button.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda button=button: QApplication.focusWidget() is button)
        assert ring_pixels(button) != before[button], button.text()
    dialog = paper_dialog(window, qtbot, voting.polls(window.session.ws)[0]["id"])
    unfocused = ring_pixels(dialog.enter)
    dialog.enter.setFocus(Qt.FocusReason.TabFocusReason)  # the default button looks the same with and without
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.enter)
    assert ring_pixels(dialog.enter) != unfocused
    dialog.deleteLater()


def test_a_kiosk_refusal_is_in_the_voters_language_large_with_colour_icon_and_word(window, kiosk, qtbot,
                                                                                  spanish_catalog,
                                                                                  monkeypatch) -> None:
    ws = window.session.ws
    voting.cast_ballot(ws, kiosk.poll_id, {}, participant_id=registration.find_by_email(ws, "jose@example.org"))
    scan(qtbot, kiosk, badge(window, "jose@example.org"))  # the app is in English; José reads Spanish
    panel = kiosk.refusal
    assert kiosk.pages.currentWidget() is panel and panel.status == checkin.ALREADY
    assert (panel.word.text(), panel.name.text()) == ("Ya votó", "José Pérez")
    assert panel.detail.text() == "Usted ya votó en esta votación: cada persona vota una sola vez."
    assert "#7a4f01" in panel.styleSheet() and not panel.icon.pixmap().isNull()  # colour and icon, as check-in
    assert panel.word.font().pointSizeF() > 2 * kiosk.font().pointSizeF()  # large
    assert kiosk._after.isActive() and kiosk._after.interval() <= 8000  # then ready again by itself
    kiosk._after.timeout.emit()
    assert kiosk.pages.currentWidget() is kiosk.ready
    registration.add_participants(ws, [{"given_name": "Rui", "family_name": "Costa", "email": "rui@example.pt",
                                        "languages": "pt"}])
    pid = registration.find_by_email(ws, "rui@example.pt")
    scan(qtbot, kiosk, checkin.badge_code(ws, pid))  # not checked in: red, in Portuguese
    assert panel.status == checkin.REFUSED and panel.word.text() == "Sem credenciamento"


class RecordingPainter(QPainter):
    """A painter that notes each text it draws, with its box and the pixel size of its font."""

    def __init__(self, device: QImage):
        super().__init__(device)
        self.texts: list[tuple[QRect, str, int]] = []

    def drawText(self, *args) -> None:
        if len(args) == 3 and isinstance(args[0], QRect):
            self.texts.append((QRect(args[0]), args[2], self.font().pixelSize()))
        super().drawText(*args)


DEMO_OPTIONS = ["Open research infrastructures to SMEs", "Shared data spaces for climate and biodiversity",
                "Mobility grants for early-career researchers", "Joint calls for smart specialisation",
                "Digital skills in rural regions"]


@pytest.mark.parametrize("method, options", [("dots", DEMO_OPTIONS), ("yes-no", DEMO_OPTIONS),
                                             ("schulze", [*DEMO_OPTIONS[:4], LONG]),
                                             ("impact-effort", ["Datos", LONG, "Movilidad"])])
@pytest.mark.parametrize("size", [QSize(640, 420), QSize(1024, 700), QSize(1920, 1080)])
def test_the_option_labels_of_a_chart_share_one_type_size(qapp, event_file: Path, method: str, options: list[str],
                                                          size: QSize) -> None:
    marks = {"dots": lambda i: {i[0]: 2, i[4]: 1}, "yes-no": lambda i: {i[0]: "yes", i[4]: "no"},
             "schulze": lambda i: [i[4], i[0]], "impact-effort": lambda i: {o: [3, 2] for o in i}}
    with Workspace.open(event_file) as ws:
        poll = voting.create_poll(ws, "Priorities", method, options, eligibility="all").inserted["polls"][0]
        voting.set_state(ws, poll, "open")
        ids = [o["id"] for o in voting.get_poll(ws, poll)["options"]]
        for pid in registration.participant_ids(ws):
            voting.cast_ballot(ws, poll, marks[method](ids), participant_id=pid)
        voting.set_state(ws, poll, "closed")
        results = voting.results(ws, poll)
    canvas = ResultsCanvas(qapp.font())
    image = QImage(size, QImage.Format.Format_RGB32)
    painter = RecordingPainter(image)
    canvas.paint(painter, QRect(0, 0, size.width(), size.height()), results, live=False)
    painter.end()
    sizes = {}
    for _rect, text, px in painter.texts:
        for option in options:
            if text.split(" ", 1)[-1][:12] == option[:12] or (method == "impact-effort" and option[:12] in text):
                sizes[option] = px
    assert len(sizes) == len(options), [text for _r, text, _px in painter.texts]
    assert len(set(sizes.values())) == 1, sizes  # one size for every label (the demo drew option 5 larger)
    for drawn in canvas.drawn:
        assert drawn.box.contains(drawn.bounds) or drawn.bounds.isEmpty(), (drawn.text[:40], drawn.box, drawn.bounds)
    if method in ("dots", "yes-no"):  # the values beside the bars share one size too
        values = [px for rect, _text, px in painter.texts if rect.left() > size.width() * 0.6]
        assert len(values) == len(options) and len(set(values)) == 1


@pytest.mark.parametrize("method, keys, expected", [
    ("yes-no", "sna", lambda i: {i[0]: "yes", i[1]: "no"}),  # Sí, No, Abstención: the ballot is in Spanish
    ("impact-effort", "5142", lambda i: {i[0]: [5, 1], i[1]: [4, 2]}),
])
def test_rows_of_choices_are_marked_by_one_key_each(window, qtbot, method: str, keys: str, expected) -> None:
    ws = window.session.ws
    poll = open_poll(ws, method, ["Datos", "Movilidad"] + (["Habilidades"] if method == "yes-no" else []))
    dialog = paper_dialog(window, qtbot, poll)
    qtbot.keyClicks(dialog.serial, voting.serials(ws, poll, 1)[0], delay=5)
    qtbot.keyClick(dialog.serial, Qt.Key.Key_Return)
    for key in keys:  # each key marks its row and moves on to the next one
        qtbot.keyClicks(QApplication.focusWidget(), key)
    assert QApplication.focusWidget() is dialog.enter  # after the last row: Record
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    ids = [o["id"] for o in voting.get_poll(ws, poll)["options"]]
    assert voting.results(ws, poll)["ballots"] == 1 and dialog.count == 1
    ballot = ws.conn.execute("SELECT payload FROM ballots WHERE poll_id = ?", (poll,)).fetchone()[0]
    assert json.loads(ballot) == expected(ids)
    dialog.deleteLater()


def test_results_show_double_votes(qapp, event_file: Path) -> None:
    """A person with vote records on two laptops (found at the merge): the results say how many double votes."""
    from eulac_desktop.core import records

    with Workspace.open(event_file) as ws:
        poll = voting.create_poll(ws, "Doble", "approval", ["A", "B"], eligibility="all").inserted["polls"][0]
        voting.set_state(ws, poll, "open")
        first = voting.get_poll(ws, poll)["options"][0]["id"]
        people = registration.participant_ids(ws)
        for pid in people:
            voting.cast_ballot(ws, poll, [first], participant_id=pid)
        with ws.operation("merged") as op:  # what another laptop's bundle brings: José voted there too
            records.insert_fact(op, "votes", {"poll_id": poll, "participant_id": people[0]})
        results = voting.results(ws, poll)
    canvas = ResultsCanvas(qapp.font(), dark=False)
    image = QImage(QSize(1024, 700), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    canvas.paint(painter, QRect(0, 0, 1024, 700), results, live=True)
    painter.end()
    assert "3 of 3 voted (100%) · 1 double vote" in " ".join(d.text for d in canvas.drawn)


def test_voiding_a_secret_ballot_does_not_claim_an_order_of_casting(window, monkeypatch) -> None:
    """A secret ballot keeps no time, so the list of ballots to void cannot say which was cast last."""
    from PySide6.QtWidgets import QInputDialog

    page = window.voting_page
    ws = window.session.ws
    first = voting.get_poll(ws, page.poll_id)["options"][0]["id"]
    voting.cast_ballot(ws, page.poll_id, {first: 1}, participant_id=registration.participant_ids(ws)[0])
    asked = []
    monkeypatch.setattr(QInputDialog, "getItem", lambda _parent, _title, label, items, *a: asked.append(label) or ("", False))
    page.act_void.trigger()
    assert asked == ["Ballot (in no order: a secret poll keeps no order of casting):"]


def test_ctrl_z_after_voiding_a_ballot_takes_the_void_back_not_an_older_step(window, qtbot, monkeypatch) -> None:
    """Voiding was left off the undo stack, so Ctrl+Z after it undid the step before (here: closing the poll), and
    the void stayed. Now Ctrl+Z takes the void back (the ballot counts again), Ctrl+Shift+Z and Ctrl+Y void it
    again, and the older step is undone only by the next Ctrl+Z."""
    from PySide6.QtWidgets import QInputDialog, QToolButton

    page = window.voting_page
    ws = window.session.ws
    first = voting.get_poll(ws, page.poll_id)["options"][0]["id"]
    for pid in registration.participant_ids(ws)[:2]:
        voting.cast_ballot(ws, page.poll_id, {first: 1}, participant_id=pid)
    page.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert voting.get_poll(ws, page.poll_id)["state"] == "closed"  # the older step: the poll closed
    monkeypatch.setattr(QInputDialog, "getItem", lambda _parent, _title, _label, items, *a: (items[0], True))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Two ballots in one envelope", True))
    button = next(b for b in page.findChildren(QToolButton) if b.defaultAction() is page.act_void)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def counted() -> int:
        return len(voting.counted_ballots(ws, page.poll_id)[0])

    assert counted() == 1 and window.act_undo.text() == "&Undo: Void a ballot"
    page.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert counted() == 2 and voting.get_poll(ws, page.poll_id)["state"] == "closed"
    assert window.act_undo.text() == "&Undo: Close a poll" and window.act_redo.text() == "&Redo: Void a ballot"
    qtbot.keyClick(page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert counted() == 1 and voting.get_poll(ws, page.poll_id)["state"] == "closed"
    qtbot.keyClick(page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert counted() == 2
    qtbot.keyClick(page, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert counted() == 1 and len(voting.voidable_ballots(ws, page.poll_id)) == 1
    qtbot.keyClick(page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # now the older step, and only now
    assert counted() == 2 and voting.get_poll(ws, page.poll_id)["state"] == "open"
