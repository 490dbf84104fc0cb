"""The Ideas page with pytest-qt: capture by keyboard, cards dragged with the mouse and moved by keys, board
actions with undo, and projector screens whose text stays in its boxes at 1280×720 and 1920×1080."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QSize, Qt
from PySide6.QtGui import QImage, QMouseEvent, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from eulac_desktop.core import checkin, ideas, registration
from eulac_desktop.core.workspace import Workspace
from eulac_desktop.ui.ideas_dialogs import IdeaDialog
from eulac_desktop.ui.projector_screens import Canvas, ProjectorState
from eulac_desktop.ui.session import EventSession

SPANISH = "Bonos de innovación de la región para pagar el primer uso de la infraestructura"
PORTUGUESE = "Formação curta para técnicos das PME operarem os equipamentos"


@pytest.fixture
def board_file(event_file: Path) -> Path:
    """The event with one challenge: two clusters and two unsorted ideas."""
    with Workspace.open(event_file) as ws:
        cid = ideas.add_challenge(ws, "¿Cómo podríamos abrir los laboratorios a las pymes?", time_box=10).inserted["challenges"][0]
        ids = ideas.add_ideas(ws, cid, [SPANISH, PORTUGUESE, "Open lab days", "Pay-per-use pricing",
                                        "Vouchers", "Brokers"]).inserted["ideas"]
        ideas.add_cluster(ws, cid, "Financiamiento", idea_ids=[ids[0], ids[3]])
        ideas.add_cluster(ws, cid, "Formação", idea_ids=[ids[1]])
    return event_file


@pytest.fixture
def window(open_window, board_file: Path):
    win = open_window(board_file, stage="ideas", size=(1300, 800))
    QApplication.processEvents()
    return win


def texts(page) -> list[tuple[str | None, list[str]]]:
    """The board as stored: per column its name and the texts of its cards."""
    board = ideas.board(page.session.ws, page.challenge_id)
    return [(c.name if c.id else None, [card.text for card in c.cards]) for c in board.columns]


def card_id(page, text: str) -> str:
    return next(i.card.id for i in page.scene.cards.values() if i.card.text == text)


def centre(page, text: str) -> QPoint:
    item = page.scene.cards[card_id(page, text)]
    return page.view.mapFromScene(item.sceneBoundingRect().center())


def drag(page, start: QPoint, end: QPoint) -> None:
    """A mouse drag on the board's viewport, in steps, as a hand would."""
    viewport = page.view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for k in range(1, 11):
        pos = start + (end - start) * (k / 10)
        event = QMouseEvent(QEvent.Type.MouseMove, pos.toPointF(), viewport.mapToGlobal(pos).toPointF(),
                            Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    QApplication.processEvents()


def test_the_board_shows_the_stored_layout(window) -> None:
    page = window.ideas_page
    assert texts(page) == [(None, ["Open lab days", "Vouchers", "Brokers"]),
                           ("Financiamiento", [SPANISH, "Pay-per-use pricing"]), ("Formação", [PORTUGUESE])]
    assert len(page.scene.cards) == 6
    assert page.scene.columns[None].title.startswith("0 · ")


def test_enter_adds_an_idea_and_the_box_stays_ready(window, qtbot) -> None:
    page = window.ideas_page
    page.focus_capture()
    page.entry.insertPlainText("Laboratórios móveis 🚐")  # QTest types ASCII only; a keyboard's text arrives like this
    qtbot.keyClick(page.entry, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    page.entry.insertPlainText("nas regiões")
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    assert page.entry.toPlainText() == "" and page.entry.hasFocus()
    assert texts(page)[0][1][-1] == "Laboratórios móveis 🚐\nnas regiões"
    assert len(page.scene.cards) == 7
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)  # an empty box adds nothing
    assert len(page.scene.cards) == 7
    window.session.undo_stack.undo()
    assert len(page.scene.cards) == 6
    window.session.undo_stack.redo()
    assert len(page.scene.cards) == 7


def test_the_idea_languages_are_named_not_coded(window, monkeypatch) -> None:
    page = window.ideas_page
    boxes = {"page": page.language}
    monkeypatch.setattr(IdeaDialog, "exec", lambda dialog: boxes.setdefault("dialog", dialog.language) and 0)
    page.open_card(card_id(page, "Vouchers"))
    for box in boxes.values():
        assert [box.itemText(i) for i in range(box.count())] == ["—", "Español", "Português", "English"]
        assert box.itemData(1) == "es"


def test_a_badge_scanned_into_the_box_sets_the_author(window, qtbot) -> None:
    page = window.ideas_page
    ws = window.session.ws
    jose = registration.find_by_email(ws, "jose@example.org")
    qtbot.keyClicks(page.entry, checkin.badge_code(ws, jose))
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    assert page.author_id == jose and "José Pérez" in page.author.text()
    assert len(page.scene.cards) == 6  # the code is not an idea
    page.entry.insertPlainText("Mentorías cruzadas")
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    added = ideas.ideas(ws, page.challenge_id)[-1]
    assert (added["text"], added["author_id"]) == ("Mentorías cruzadas", jose)


def test_dragging_an_unsorted_card_onto_another_makes_a_cluster(window) -> None:
    page = window.ideas_page
    drag(page, centre(page, "Vouchers"), centre(page, "Open lab days"))
    assert texts(page)[0] == (None, ["Brokers"])
    assert texts(page)[-1] == ("", ["Open lab days", "Vouchers"])
    window.session.undo_stack.undo()
    assert texts(page)[0] == (None, ["Open lab days", "Vouchers", "Brokers"])
    assert len(texts(page)) == 3


def test_dragging_a_card_into_a_column_puts_it_where_it_was_dropped(window) -> None:
    page = window.ideas_page
    target = centre(page, SPANISH) + QPoint(0, -20)  # on the upper half of the first card: before it
    drag(page, centre(page, "Brokers"), target)
    assert texts(page)[:2] == [(None, ["Open lab days", "Vouchers"]),
                               ("Financiamiento", ["Brokers", SPANISH, "Pay-per-use pricing"])]


def test_a_card_dropped_outside_any_cluster_goes_back(window) -> None:
    page = window.ideas_page
    before = texts(page)
    start = centre(page, "Vouchers")
    corner = QPoint(page.view.viewport().width() - 4, page.view.viewport().height() - 4)
    assert page.scene.drop_at(page.view.mapToScene(corner), [card_id(page, "Vouchers")]) is None  # really outside
    drag(page, start, corner)
    assert texts(page) == before
    item = page.scene.cards[card_id(page, "Vouchers")]
    assert page.view.mapFromScene(item.sceneBoundingRect().center()) == start  # back in its place


def test_keyboard_moves_cards_by_cluster_number(window, qtbot) -> None:
    page = window.ideas_page
    page.view.setFocus()
    page.view.select_card(card_id(page, "Open lab days"))
    qtbot.keyClick(page.view, Qt.Key.Key_Down)  # to "Vouchers"
    assert page.view.current == card_id(page, "Vouchers")
    qtbot.keyClick(page.view, Qt.Key.Key_2)
    assert texts(page)[2] == ("Formação", [PORTUGUESE, "Vouchers"])
    qtbot.keyClick(page.view, Qt.Key.Key_0)
    assert "Vouchers" in texts(page)[0][1]
    qtbot.keyClick(page.view, Qt.Key.Key_Right)  # into the next column that has cards
    assert page.view.current in {card_id(page, SPANISH), card_id(page, "Pay-per-use pricing")}


def test_group_merge_and_undo_across_the_merge(window, qtbot, monkeypatch) -> None:
    page = window.ideas_page
    original = texts(page)
    page.scene.columns[page.scene.board.columns[1].id].setSelected(True)
    page.scene.columns[page.scene.board.columns[2].id].setSelected(True)
    assert page.act_merge.isEnabled()
    page.act_merge.trigger()
    assert texts(page) == [(None, ["Open lab days", "Vouchers", "Brokers"]),
                           ("Financiamiento", [SPANISH, "Pay-per-use pricing", PORTUGUESE])]
    window.session.undo_stack.undo()
    assert texts(page) == original
    window.session.undo_stack.redo()
    assert len(texts(page)) == 2
    window.session.undo_stack.undo()
    monkeypatch.setattr("eulac_desktop.ui.pages.ideas.QInputDialog.getText", lambda *a, **k: ("Laboratorios", True))
    page.scene.clearSelection()
    page.view.select_card(card_id(page, "Open lab days"))
    page.view.select_card(card_id(page, "Brokers"), extend=True)
    page.act_group.trigger()
    assert texts(page)[-1] == ("Laboratorios", ["Open lab days", "Brokers"])


def test_marking_duplicates_keeps_both_texts(window) -> None:
    page = window.ideas_page
    page.view.select_card(card_id(page, "Open lab days"))
    page.view.select_card(card_id(page, "Vouchers"), extend=True)
    page.view.current = card_id(page, "Open lab days")
    page.act_duplicates.trigger()
    item = page.scene.cards[card_id(page, "Open lab days")]
    assert [d.text for d in item.card.duplicates] == ["Vouchers"]
    assert "Vouchers" not in [i.card.text for i in page.scene.cards.values()]
    window.session.undo_stack.undo()
    assert "Vouchers" in [i.card.text for i in page.scene.cards.values()]


def test_a_long_idea_is_shortened_on_its_card_and_whole_in_its_dialog(window, monkeypatch) -> None:
    page = window.ideas_page
    long_text = "Propuesta detallada. " * 240  # about 5,000 characters
    ideas.add_ideas(window.session.ws, page.challenge_id, [long_text])
    page.refresh(None)
    item = next(i for i in page.scene.cards.values() if i.card.text.startswith("Propuesta"))
    assert len(item.lines) == 3 and item.lines[-1].endswith("…")
    shown = {}
    monkeypatch.setattr("eulac_desktop.ui.ideas_dialogs.IdeaDialog.exec",
                        lambda self: shown.setdefault("text", self.text.toPlainText()) and 0)
    page.open_card(item.card.id)
    assert shown["text"] == long_text.strip()


@pytest.mark.parametrize("size", [QSize(1280, 720), QSize(1920, 1080)])
@pytest.mark.parametrize("screen", ["welcome", "challenge", "board", "cluster"])
def test_projector_text_stays_in_its_boxes(qapp, board_file: Path, size: QSize, screen: str) -> None:
    with Workspace.open(board_file) as ws:
        cid = ideas.challenges(ws)[0]["id"]
        cluster = ideas.board(ws, cid).clusters[0].id
        ideas.add_ideas(ws, cid, ["Idea muy larga sobre infraestructuras " * 130, "مختبرات مفتوحة للشركات الصغيرة",
                                  "Laboratórios abertos 🔬🇧🇷 para todas as PME"])
        ideas.move_ideas(ws, [i["id"] for i in ideas.ideas(ws, cid)[-3:]], cluster)
        ideas.start_timer(ws, cid)
        state = ProjectorState()
        state.show(screen, cid, 0)
        canvas = Canvas(ws, qapp.font())
        image = QImage(size, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        canvas.paint(painter, size, state)
        painter.end()
    assert canvas.drawn
    for drawn in canvas.drawn:
        assert drawn.box.contains(drawn.bounds) or drawn.bounds.isEmpty(), (drawn.text[:40], drawn.box, drawn.bounds)
    if screen == "cluster":
        assert any(d.text.endswith("…") for d in canvas.drawn)  # the 5,000-character idea, shortened
        assert any("مختبرات" in d.text for d in canvas.drawn)


def test_projector_steps_blank_and_freeze(window) -> None:
    page = window.ideas_page
    state = window.projector_state
    state.show("welcome")
    page.act_next.trigger()
    assert state.screen == "challenge"
    page.act_next.trigger()
    page.act_next.trigger()
    assert (state.screen, state.cluster_index) == ("cluster", 0)
    page.act_blank.trigger()
    assert state.blank and page.act_blank.isChecked()
    page.act_blank.trigger()
    page.act_freeze.trigger()
    assert state.frozen is not None
    ideas.add_ideas(window.session.ws, page.challenge_id, ["Nueva idea"])
    frozen = state.frozen
    page.act_freeze.trigger()
    assert state.frozen is None and frozen is not None


@pytest.mark.parametrize("suffix", [".png", ".pdf"])
def test_the_board_exports_as_a_picture_and_a_pdf(window, tmp_path: Path, suffix: str) -> None:
    from eulac_desktop.ui.board.export import export_board

    page = window.ideas_page
    page.view.select_card(card_id(page, "Vouchers"))
    out = tmp_path / f"board{suffix}"
    export_board(page.scene, out, "¿Cómo podríamos abrir los laboratorios a las pymes?")
    data = out.read_bytes()
    assert data.startswith(b"\x89PNG" if suffix == ".png" else b"%PDF")
    assert not (tmp_path / f"board{suffix}.part").exists()
    assert page.scene.cards[card_id(page, "Vouchers")].isSelected()  # the selection is back after the export
    if suffix == ".png":
        image = QImage(str(out))
        assert image.width() > 600 and image.pixelColor(2, 2).name() == "#ffffff"


def test_a_read_only_board_cannot_be_dragged(qtbot, qapp, board_file: Path) -> None:
    from eulac_desktop.ui.pages.ideas import IdeasPage

    session = EventSession(Workspace.open(board_file, mode="read"))
    page = IdeasPage(session, ProjectorState())
    page.show()
    qtbot.waitExposed(page)
    before = texts(page)
    drag(page, centre(page, "Vouchers"), centre(page, "Open lab days"))
    assert texts(page) == before
    assert not page.act_group.isEnabled() and not page.entry.isEnabled()
    page.close()
    page.deleteLater()
    QCoreApplication.sendPostedEvents(page, QEvent.Type.DeferredDelete)
    session.close()


def test_the_board_stays_where_it_is_after_a_move(window) -> None:
    """Moving a card makes columns longer or shorter: the cards that did not move stay under the pointer."""
    page = window.ideas_page
    still = [card_id(page, text) for text in ("Open lab days", SPANISH, "Pay-per-use pricing")]

    def on_screen() -> list[QPoint]:
        return [page.view.mapFromScene(page.scene.cards[c].pos()) for c in still]

    before = on_screen()
    drag(page, centre(page, "Vouchers"), centre(page, PORTUGUESE) + QPoint(0, 20))
    assert texts(page)[2] == ("Formação", ["Vouchers", PORTUGUESE])
    assert on_screen() == before


def test_rename_offers_the_cluster_name_selected(window, qtbot) -> None:
    """F2 opens the rename dialog with the name the board shows, selected, so typing replaces it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    page = window.ideas_page
    drag(page, centre(page, "Vouchers"), centre(page, "Open lab days"))  # a new cluster, with no name yet
    assert texts(page)[-1] == ("", ["Open lab days", "Vouchers"])
    seen: list[tuple[str, str]] = []

    def rename(new_name: str) -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog) and w.isVisible())
        edit = dialog.findChild(QLineEdit)
        seen.append((edit.text(), edit.selectedText()))
        qtbot.keyClicks(edit, new_name)
        qtbot.keyPress(edit, Qt.Key.Key_Return)  # accepts; the dialog is gone before a key release could reach it

    for new_name in ("Brokerage", "Intermediation"):
        with qtbot.waitActive(window):  # back from the dialog
            window.activateWindow()
        page.view.setFocus()
        page.view.select_card(card_id(page, "Vouchers"))
        QTimer.singleShot(50, lambda new_name=new_name: rename(new_name))
        qtbot.keyClick(page.view, Qt.Key.Key_F2)
    assert seen == [("Theme 3", "Theme 3"), ("Brokerage", "Brokerage")]
    assert texts(page)[-1] == ("Intermediation", ["Open lab days", "Vouchers"])


def test_the_challenges_state_reads_as_a_state_not_a_button(window) -> None:
    """"Open" beside the challenge list read like a button that opens something: the label says what the state
    means for ideas, and follows closing and reopening."""
    page = window.ideas_page
    assert page.challenge_state.text() == "Open for ideas"
    page.act_close_challenge.trigger()
    assert page.challenge_state.text() == "Closed to new ideas"
    page.act_close_challenge.trigger()
    assert page.challenge_state.text() == "Open for ideas"
