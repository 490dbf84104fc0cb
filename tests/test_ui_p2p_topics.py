"""The P2P page's topics with pytest-qt: a list imported from the page (file dialog, summary), labels renamed and
translated in place with the keyboard, topics added, every step undone with Ctrl+Z; the codes people offer or
seek that no topic has, with the closest codes; and the projector's tables with their topics in es and pt."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import type_text
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from eulac_desktop.core import checkin, p2p, registration
from eulac_desktop.core.workspace import Workspace
from eulac_desktop.ui import topics_dialog
from eulac_desktop.ui.projector_screens import Canvas, ProjectorState

TOPICS = """código;Español;Português;English
DATA;Datos abiertos;Dados abertos;Open data
S3;Especialización inteligente;Especialização inteligente;Smart specialisation
HEALTH;Salud digital;Saúde digital;Digital health
"""


@pytest.fixture
def room(tmp_path: Path, device) -> Path:
    """30 people (half EU, half LAC) offering and seeking DATA and S3 (one offers "DAT", a typo), checked in;
    the event has no topics yet."""
    from eulac_desktop.core.event import create_event_file

    path = tmp_path / "p2p.eulac"
    with create_event_file(path, name="P2P", languages=["es", "pt", "en"], timezone="America/Lima", device=device) as ws:
        registration.add_participants(ws, [
            {"given_name": f"Persona{i}", "family_name": "Ejemplo", "email": f"p{i}@example.org",
             "country": ("ES", "PE", "DE", "BR", "FR", "MX")[i % 6], "languages": "es;en" if i % 3 else "en",
             "offers": ("DATA", "S3", "DAT")[i % 3] if i else "DAT", "seeks": ("S3", "DATA", "DATA;S3")[i % 3]}
            for i in range(30)])
        for pid in registration.participant_ids(ws):
            checkin.check_in(ws, pid)
    return path


def modal_run(qtbot, open_it, drive) -> dict[str, Any]:
    """Open a modal dialog with `open_it()`, drive it with `drive(dialog, seen)` once it shows, then close it;
    what `drive` noted (or the error it raised) comes back."""
    seen: dict[str, Any] = {}

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, step)
            return
        try:
            drive(dialog, seen)
        except Exception as exc:  # noted, asserted after the dialog closed (never left open)
            seen["error"] = exc
        finally:
            dialog.reject()

    QTimer.singleShot(0, step)
    open_it()
    if "error" in seen:
        raise seen["error"]
    return seen


def edit_cell(table, row: int, column: int, text: str) -> None:
    """Go to a cell with the keyboard's focus, open it with F2, delete what it holds, type `text`, Enter."""
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, column))
    QTest.keyClick(table, Qt.Key.Key_F2)
    (editor,) = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    editor.selectAll()
    QTest.keyClick(editor, Qt.Key.Key_Delete)
    type_text(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the view commits an edit on the next turn of the event loop


def test_a_topics_list_is_imported_from_the_page_edited_and_undone(open_window, room: Path, qtbot, tmp_path: Path,
                                                                   monkeypatch) -> None:
    window = open_window(room, stage="p2p")
    page = window.p2p_page
    csv = tmp_path / "temas.csv"
    csv.write_text(TOPICS, encoding="utf-8")
    monkeypatch.setattr(topics_dialog.QFileDialog, "getOpenFileName", lambda *a, **k: (str(csv), ""))
    said: list[str] = []
    monkeypatch.setattr(topics_dialog.QMessageBox, "information", lambda _parent, _title, text: said.append(text))
    ws = window.session.ws

    def drive(dialog, seen) -> None:
        assert isinstance(dialog, topics_dialog.TopicsDialog) and dialog.model.rowCount() == 0
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        seen["codes"] = [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())]
        seen["headers"] = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
        seen["unknown"] = [dialog.unknown.item(i).text() for i in range(dialog.unknown.count())]
        row = seen["codes"].index("HEALTH")
        edit_cell(dialog.table, row, 1, "Salud digital y telemedicina")  # rename in Spanish
        seen["renamed"] = p2p.event_topics(ws)["HEALTH"].labels["es"]
        QTest.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        seen["undone"] = p2p.event_topics(ws)["HEALTH"].labels["es"]
        QTest.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the import itself
        seen["after_second_undo"] = sorted(p2p.event_topics(ws))
        QTest.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        seen["redone"] = sorted(p2p.event_topics(ws))
        seen["rows_after_redo"] = dialog.model.rowCount()

    seen = modal_run(qtbot, lambda: qtbot.mouseClick(page.topics_button, Qt.MouseButton.LeftButton), drive)
    assert seen["codes"] == ["DATA", "HEALTH", "S3"]
    assert seen["headers"] == ["Code", "Español", "Português", "English"]
    assert said and "3 added, 0 updated, 0 unchanged" in said[0]
    assert "DAT, offered by Persona0 Ejemplo" in said[0] and "did you mean DATA?" in said[0]
    assert len(seen["unknown"]) == 1 and "did you mean DATA?" in seen["unknown"][0]
    assert seen["renamed"] == "Salud digital y telemedicina" and seen["undone"] == "Salud digital"
    assert seen["after_second_undo"] == [] and seen["redone"] == ["DATA", "HEALTH", "S3"] and seen["rows_after_redo"] == 3


def test_a_topic_is_added_and_translated_with_the_keyboard(open_window, room: Path, qtbot, monkeypatch) -> None:
    window = open_window(room, stage="p2p")
    ws = window.session.ws
    errors: list[str] = []
    monkeypatch.setattr(topics_dialog, "show_error", lambda _parent, exc: errors.append(exc.text()))
    monkeypatch.setattr("eulac_desktop.ui.session.show_error", lambda _parent, exc: errors.append(exc.text()))
    dialog = topics_dialog.TopicsDialog(window.session, window)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # its Ctrl+Z, not the window's

    def fill(add, seen) -> None:
        assert isinstance(add, topics_dialog.AddTopicDialog)
        add.code.setFocus()
        type_text(add.code, "ai")
        QTest.keyClick(add.code, Qt.Key.Key_Tab)
        assert add.focusWidget() is add.labels["es"]  # the Spanish label comes next by Tab
        type_text(add.labels["es"], "Inteligencia artificial")
        QTest.keyClick(add.labels["es"], Qt.Key.Key_Return)
        seen["closed"] = not add.isVisible()

    seen = modal_run(qtbot, lambda: qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton), fill)
    assert seen["closed"] and not errors
    assert p2p.event_topics(ws)["AI"].labels == {"es": "Inteligencia artificial"}
    row = [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())].index("AI")
    edit_cell(dialog.table, row, 2, "Inteligência artificial")  # translated into Portuguese
    assert p2p.topic_labels(ws, "pt")["AI"] == "Inteligência artificial"
    edit_cell(dialog.table, row, 1, "")  # the Spanish label taken away: the Portuguese one remains
    assert p2p.event_topics(ws)["AI"].labels == {"pt": "Inteligência artificial"}
    edit_cell(dialog.table, row, 2, "")  # the last label: refused with the reason, nothing changed
    assert errors == ["Label: a topic needs a label in at least one language"]
    assert p2p.event_topics(ws)["AI"].labels == {"pt": "Inteligência artificial"}
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    for _ in range(3):
        QTest.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "AI" not in p2p.event_topics(ws) and dialog.model.rowCount() == 0
    dialog.close()


def test_a_wrong_list_is_refused_whole_from_the_page_with_its_problems(open_window, room: Path, qtbot, tmp_path: Path,
                                                                        monkeypatch) -> None:
    window = open_window(room, stage="p2p")
    bad = tmp_path / "bad.csv"
    bad.write_text("code,es,de\nDATA,Datos,Daten\nDATA,Otra vez,\n", encoding="utf-8")
    monkeypatch.setattr(topics_dialog.QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    shown: list[str] = []
    monkeypatch.setattr(topics_dialog, "show_error", lambda _parent, exc: shown.append(exc.text()))
    dialog = topics_dialog.TopicsDialog(window.session, window)
    dialog.show()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1 and "nothing was changed" in shown[0]
    assert "“de”, a language the event does not use" in shown[0] and "the code “DATA” again (first on row 2)" in shown[0]
    assert not p2p.event_topics(window.session.ws) and window.session.undo_stack.count() == 0
    dialog.close()


def test_the_page_keyboard_reaches_the_topics_and_the_projectors_tables(open_window, room: Path) -> None:
    window = open_window(room, stage="p2p")
    page = window.p2p_page
    for button in (page.topics_button, page.show_topics_button):
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus and "&" in button.text()
    texts = [b.text().replace("&&", "").lower() for b in (page.topics_button, page.plan_button, page.move_button,
                                                          page.agendas_button, page.signs_button, page.show_button,
                                                          page.show_topics_button, page.kiosk_button)]
    mnemonics = [t[t.index("&") + 1] for t in texts]
    assert len(set(mnemonics)) == len(mnemonics), mnemonics


def _paint(qapp, ws, state: ProjectorState, size: QSize) -> Canvas:
    canvas = Canvas(ws, qapp.font())
    image = QImage(size, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    canvas.paint(painter, size, state)
    painter.end()
    return canvas


@pytest.mark.parametrize("lang,heading,label", [("es", "Ronda 1: mesas y temas", "Datos abiertos"),
                                                ("pt", "Rodada 1: mesas e temas", "Dados abertos")])
def test_the_projector_shows_each_tables_topic_in_the_rooms_language(open_window, room: Path, qapp, qtbot, tmp_path: Path,
                                                                    lang: str, heading: str, label: str) -> None:
    from eulac_desktop.core.p2p import topic_import

    (tmp_path / "t.csv").write_text(TOPICS, encoding="utf-8")
    with Workspace.open(room) as ws:
        topic_import.import_topics(ws, tmp_path / "t.csv")
        registration.update_participant(ws, registration.find_by_email(ws, "p0@example.org"), {"offers": "DATA"})
        p2p.save_plan(ws, p2p.plan_event(ws, 2, seconds=0), {"rounds": 2})
    window = open_window(room, stage="p2p", language=lang)
    page = window.p2p_page
    qtbot.mouseClick(page.show_topics_button, Qt.MouseButton.LeftButton)
    assert (window.projector_state.screen, window.projector_state.cluster_index) == ("p2p_topics", 0)
    for size in (QSize(1024, 700), QSize(1920, 1080)):
        canvas = _paint(qapp, window.session.ws, window.projector_state, size)
        texts = [d.text for d in canvas.drawn]
        assert texts[0] == heading
        tables = page.plan["rounds"][0]["tables"]
        assert texts[1::2] == [str(t["table"]) for t in sorted(tables, key=lambda t: t["table"])]
        assert label in texts[2::2] and not {"DATA", "S3"} & set(texts)
        for drawn in canvas.drawn:
            assert drawn.box.contains(drawn.bounds) or drawn.bounds.isEmpty(), (drawn.text, drawn.box, drawn.bounds)
    tables = {page.tables.topLevelItem(i).text(1) for i in range(page.tables.table_count())}
    assert label in tables and not {"DATA", "S3"} & tables  # the page too, in the app's language


def test_the_projectors_tables_fit_fifty_tables_of_long_topics(qapp, room: Path) -> None:
    with Workspace.open(room) as ws:
        codes = [f"T{i}" for i in range(50)]
        registration.set_topics(ws, [{"code": c, "labels": {"es": "Políticas de acceso a infraestructuras de "
                                                                  f"investigación, número {i}"}} for i, c in enumerate(codes)])
        plan = {"rounds": [{"round": 1, "tables": [{"table": i + 1, "topic": c, "language": "es", "participants": [],
                                                    "participant_ids": [], "interpreters": []}
                                                   for i, c in enumerate(codes)]}],
                "problems": [], "seeks_total": 0, "seeks_satisfied": 0, "interpreted": 0, "score": 0}
        p2p.save_plan(ws, plan, {"rounds": 1})
        state = ProjectorState()
        state.show("p2p_topics")
        for size in (QSize(1024, 700), QSize(1920, 1080)):
            canvas = _paint(qapp, ws, state, size)
            assert len(canvas.drawn) == 1 + 2 * 50
            for drawn in canvas.drawn:
                assert drawn.box.contains(drawn.bounds) or drawn.bounds.isEmpty(), (drawn.text, drawn.box, drawn.bounds)
            assert all(d.bounds.height() >= 14 for d in canvas.drawn[1:])


def test_the_could_not_do_list_names_whom_someone_meets_again(open_window, room: Path) -> None:
    with Workspace.open(room) as ws:
        registration.update_participant(ws, registration.find_by_email(ws, "p0@example.org"), {"offers": "DATA"})
        data = p2p.plan_event(ws, 1, seconds=0)
        data["problems"] = [{"kind": "meets_again", "round": 1, "table": data["rounds"][0]["tables"][0]["table"],
                             "participant": "p4@example.org", "with": ["p5@example.org", "p6@example.org"]}]
        p2p.save_plan(ws, data, {"rounds": 1})
    page = open_window(room, stage="p2p", language="pt").p2p_page
    (note,) = [page.problems.item(i).text() for i in range(page.problems.count())]
    assert "Persona4 Ejemplo" in note and "(Persona5 Ejemplo, Persona6 Ejemplo)" in note and "@" not in note


def test_a_list_whose_encoding_is_a_guess_is_imported_the_way_the_person_chooses(open_window, room: Path, qtbot,
                                                                                tmp_path: Path, monkeypatch) -> None:
    """The page asks which reading of a Mac Roman list is right (as the participants' import does), each choice with
    its labels, and imports it that way; it no longer stores them garbled without asking. Cancel imports nothing."""
    window = open_window(room, stage="p2p")
    ws = window.session.ws
    mac = tmp_path / "temas.csv"
    mac.write_bytes("code,es,pt\nSALUD,Señal de salud pública,Saúde pública\n".encode("mac_roman"))
    monkeypatch.setattr(topics_dialog.QFileDialog, "getOpenFileName", lambda *a, **k: (str(mac), ""))
    monkeypatch.setattr(topics_dialog.QMessageBox, "information", lambda *a: None)
    asked: list[list[str]] = []

    def answer(choice: str | None):
        def get_item(_parent, _title, _label, items, *_a, **_k):
            asked.append(list(items))
            picked = next((item for item in items if item.startswith(choice)), "") if choice else ""
            return picked, bool(choice)
        return get_item

    dialog = topics_dialog.TopicsDialog(window.session, window)
    dialog.show()
    monkeypatch.setattr(topics_dialog.QInputDialog, "getItem", answer(None))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert asked and not p2p.event_topics(ws)  # cancelled: nothing imported
    assert any("Mac Roman" in item and "Señal de salud pública" in item for item in asked[0])
    monkeypatch.setattr(topics_dialog.QInputDialog, "getItem", answer("Mac Roman"))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert p2p.event_topics(ws)["SALUD"].labels == {"es": "Señal de salud pública", "pt": "Saúde pública"}
    dialog.close()
