"""The P2P page with pytest-qt: plan the rounds from the dialog (off the GUI thread), see each round's tables
and what the plan could not do, and "find your table" on the projector with every text inside its box."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QDialog

from eulac_desktop.core import checkin, p2p, registration
from eulac_desktop.core.workspace import Workspace
from eulac_desktop.ui.language import LanguageManager
from eulac_desktop.ui.pages import p2p as p2p_page
from eulac_desktop.ui.projector_screens import Canvas, ProjectorState


@pytest.fixture
def room(tmp_path: Path, device) -> Path:
    """30 people (half EU, half LAC), two topics, everyone checked in."""
    from eulac_desktop.core.event import create_event_file

    path = tmp_path / "p2p.eulac"
    with create_event_file(path, name="P2P", languages=["es", "en"], timezone="America/Lima", device=device) as ws:
        registration.set_topics(ws, [{"code": "DATA", "labels": {"es": "Datos"}}, {"code": "S3", "labels": {}}])
        registration.add_participants(ws, [
            {"given_name": f"Persona{i}", "family_name": "Ejemplo", "email": f"p{i}@example.org",
             "country": ("ES", "PE", "DE", "BR", "FR", "MX")[i % 6], "languages": "es;en" if i % 3 else "en",
             "offers": ("DATA", "S3", "")[i % 3], "seeks": ("S3", "DATA", "DATA;S3")[i % 3]} for i in range(30)])
        for pid in registration.participant_ids(ws):
            checkin.check_in(ws, pid)
    return path


@pytest.fixture
def window(open_window, room: Path):
    return open_window(room, stage="p2p")


def test_planning_from_the_page_fills_the_rounds(window, qtbot, monkeypatch) -> None:
    page = window.p2p_page
    assert page.tables.table_count() == 0 and not page.agendas_button.isEnabled()

    def accept(dialog) -> int:
        dialog.rounds.setValue(2)
        dialog.seconds.setValue(0.2)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(p2p_page.PlanDialog, "exec", accept)
    page.plan_button.click()
    qtbot.waitUntil(lambda: page.plan is not None, timeout=15000)
    assert page.round_box.count() == 2 and page.agendas_button.isEnabled()
    assert page.tables.table_count() == len(page.plan["rounds"][0]["tables"])
    people = [name for r in range(page.tables.table_count()) for name in page.tables.people_of(r)]
    assert sum(p.count("Persona") for p in people) == 30  # everyone seated
    assert "seeks met" in page.summary.text() and "(America/Lima)" in page.summary.text()  # the start, on its clocks
    page.round_box.setCurrentIndex(1)
    assert window.projector is None
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    assert (window.projector_state.screen, window.projector_state.cluster_index) == ("p2p", 1)
    assert window.projector is not None and window.projector.isVisible()  # the closed projector opens


def _find_your_table(qapp, ws, size: QSize, state: ProjectorState) -> Canvas:
    canvas = Canvas(ws, qapp.font())
    image = QImage(size, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    canvas.paint(painter, size, state)
    painter.end()
    return canvas


@pytest.mark.parametrize("size", [QSize(1024, 700), QSize(1920, 1080)])
def test_find_your_table_lists_names_alphabetically_page_by_page(qapp, room: Path, size: QSize) -> None:
    from functools import cmp_to_key

    from PySide6.QtCore import QCollator, QLocale

    from eulac_desktop.ui.projector_screens import PAGE_SECONDS

    with Workspace.open(room) as ws:
        registration.add_participants(ws, [
            {"given_name": f"Invitado{i}", "family_name": "Tarde", "email": f"late{i}@example.org",
             "country": ("ES", "PE")[i % 2], "languages": "es", "offers": "DATA", "seeks": "S3"} for i in range(40)])
        for email, given in (("p0@example.org", "Brückner"), ("p1@example.org", "Bérenger")):
            registration.update_participant(ws, registration.find_by_email(ws, email), {"given_name": given})
        data = p2p.plan_event(ws, 2, seconds=0)
        p2p.save_plan(ws, data, {"rounds": 2})
        names = {registration.find_by_email(ws, f"p{i}@example.org"): f"Persona{i} Ejemplo" for i in range(2, 30)}
        names |= {registration.find_by_email(ws, f"late{i}@example.org"): f"Invitado{i} Tarde" for i in range(40)}
        names |= {registration.find_by_email(ws, "p0@example.org"): "Brückner Ejemplo",
                  registration.find_by_email(ws, "p1@example.org"): "Bérenger Ejemplo"}
        seat = {names[pid]: f"→ {t['table']}" for t in data["rounds"][1]["tables"] for pid in t["participant_ids"]}
        state = ProjectorState()
        now = [1000.0]
        state.clock = lambda: now[0]
        state.show("p2p", cluster_index=1)
        pages: list[list[tuple[str, str]]] = []
        footers = []
        while True:
            canvas = _find_your_table(qapp, ws, size, state)
            for drawn in canvas.drawn:
                assert drawn.box.contains(drawn.bounds) or drawn.bounds.isEmpty(), (drawn.text[:40], drawn.box, drawn.bounds)
            texts = [d.text for d in canvas.drawn]
            assert texts[0] == "Round 2: find your table"
            footers.append(texts[1])
            rows = [(a.text, b.text) for a, b in zip(canvas.drawn[2::2], canvas.drawn[3::2])]
            assert all(b.startswith("→ ") for _a, b in rows)
            if pages and rows == pages[0]:
                break  # round and round: back at the first page
            assert all(d.bounds.height() >= 28 * size.height() / 1080 for d in canvas.drawn[2:])  # readable
            pages.append(rows)
            now[0] += PAGE_SECONDS  # the next page comes by itself
    assert len(pages) > 1 and footers[:len(pages)] == [f"Page {n} of {len(pages)}" for n in range(1, len(pages) + 1)]
    listed = [row for page in pages for row in page]
    assert dict(listed) == seat and len(listed) == 70  # everyone once, with their table of round 2
    collator = QCollator(QLocale())
    assert [n for n, _t in listed] == sorted(seat, key=cmp_to_key(collator.compare))
    assert [n for n, _t in listed].index("Bérenger Ejemplo") < [n for n, _t in listed].index("Brückner Ejemplo")


def test_page_down_on_the_projector_turns_the_find_your_table_page(window, qtbot) -> None:
    ws = window.session.ws
    p2p.save_plan(ws, p2p.plan_event(ws, 1, seconds=0), {"rounds": 1})
    state = window.projector_state
    now = [50.0]
    state.clock = lambda: now[0]
    window.p2p_page.reload()
    window.p2p_page.show_button.click()
    assert state.p2p_page(4) == 0
    qtbot.keyClick(window.projector, Qt.Key.Key_PageDown)
    assert state.p2p_page(4) == 1 and state.screen == "p2p"
    now[0] += 5
    qtbot.keyClick(window.projector, Qt.Key.Key_PageDown)
    now[0] += 7  # a page turned by hand stays its full time
    assert state.p2p_page(4) == 2
    qtbot.keyClick(window.projector, Qt.Key.Key_PageUp)
    qtbot.keyClick(window.projector, Qt.Key.Key_PageUp)
    qtbot.keyClick(window.projector, Qt.Key.Key_PageUp)
    assert state.p2p_page(4) == 3 and state.screen == "p2p"  # round and round


def test_moving_someone_from_the_page_undoes(window, qtbot, monkeypatch) -> None:
    page = window.p2p_page
    data = p2p.plan_event(window.session.ws, 1, seconds=0)
    p2p.save_plan(window.session.ws, data, {"rounds": 1, "min": 4, "max": 6})
    page.reload()
    _first, second = data["rounds"][0]["tables"][:2]
    answers = iter([0, str(second["table"])])

    def pick(parent, title, label, items, current=0, editable=False):  # type: ignore[no-untyped-def]
        answer = next(answers)
        return (items[answer] if isinstance(answer, int) else answer), True

    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getItem", pick)
    page.move_button.click()
    moved = p2p.latest_plan(window.session.ws)
    assert sum(len(t["participant_ids"]) for t in moved["rounds"][0]["tables"]) == 30
    assert moved["rounds"][0] != data["rounds"][0]
    window.session.undo_stack.undo()
    assert [t["participant_ids"] for t in p2p.latest_plan(window.session.ws)["rounds"][0]["tables"]] == \
        [t["participant_ids"] for t in data["rounds"][0]["tables"]]


def test_the_feedback_kiosk_takes_a_scan_and_a_key(window, qtbot) -> None:
    from PySide6.QtCore import Qt

    from eulac_desktop.ui.feedback_kiosk import FeedbackKiosk

    ws = window.session.ws
    p2p.save_plan(ws, p2p.plan_event(ws, 2, seconds=0), {"rounds": 2, "min": 4, "max": 6})
    kiosk = FeedbackKiosk(window.session, 2, "2468")
    kiosk.show()
    person = registration.find_by_email(ws, "p3@example.org")
    qtbot.keyClicks(kiosk.scan_field, checkin.badge_code(ws, person))
    qtbot.keyClick(kiosk.scan_field, Qt.Key.Key_Return)
    assert "Persona3" in kiosk.prompt.text() and kiosk.buttons[3].isEnabled()
    qtbot.keyClick(kiosk, Qt.Key.Key_4)
    assert kiosk.prompt.text() == "Thank you!"
    summary = p2p.feedback_summary(ws)
    assert [(r["round"], r["ratings"], r["mean"]) for r in summary["rounds"]] == [(1, 0, None), (2, 1, 4.0)]
    qtbot.keyClicks(kiosk.scan_field, checkin.badge_code(ws, person))
    qtbot.keyClick(kiosk.scan_field, Qt.Key.Key_Return)  # the same person again: refused at the scan
    assert kiosk.pages.currentWidget() is kiosk.refusal and kiosk.refusal.word.text() == "Already rated"
    assert not any(button.isEnabled() for button in kiosk.buttons)
    qtbot.keyClick(kiosk, Qt.Key.Key_5)
    assert p2p.feedback_summary(ws)["ratings"] == 1
    kiosk.close()
    assert kiosk.isVisible()  # only the PIN leaves it
    assert kiosk.try_leave("2468") and not kiosk.isVisible()
    kiosk.deleteLater()


def test_the_feedback_kiosk_refuses_at_the_scan_in_the_persons_language(window, qtbot, spanish_catalog) -> None:
    from PySide6.QtCore import Qt

    from eulac_desktop.ui.feedback_kiosk import FeedbackKiosk

    ws = window.session.ws
    p2p.save_plan(ws, p2p.plan_event(ws, 2, seconds=0), {"rounds": 2, "min": 4, "max": 6})
    person = registration.find_by_email(ws, "p1@example.org")  # reads Spanish; the app is in English
    p2p.add_feedback(ws, 1, 5, participant_id=person)
    kiosk = FeedbackKiosk(window.session, 1, "2468")
    kiosk.show()
    assert "Ronda 1" in kiosk.prompt.text() and "Round 1" in kiosk.prompt.text()  # before a scan: every language
    qtbot.keyClicks(kiosk.scan_field, checkin.badge_code(ws, person))
    qtbot.keyClick(kiosk.scan_field, Qt.Key.Key_Return)
    panel = kiosk.refusal  # at once, before any rating is asked for
    assert kiosk.pages.currentWidget() is panel and panel.status == checkin.ALREADY
    assert (panel.word.text(), panel.detail.text()) == ("Ya valoró", "Usted ya valoró la ronda 1. ¡Gracias!")
    assert "#7a4f01" in panel.styleSheet() and not panel.icon.pixmap().isNull()
    assert kiosk._after.isActive()  # then ready for the next person
    kiosk._after.timeout.emit()
    assert kiosk.pages.currentWidget() is kiosk.prompt and kiosk.participant_id is None
    other = registration.find_by_email(ws, "p2@example.org")
    qtbot.keyClicks(kiosk.scan_field, checkin.badge_code(ws, other))
    qtbot.keyClick(kiosk.scan_field, Qt.Key.Key_Return)
    assert kiosk.prompt.text().startswith("Persona2, ¿qué tal fue la ronda 1?")
    qtbot.keyClick(kiosk, Qt.Key.Key_3)
    assert kiosk.prompt.text() == "¡Gracias!" and p2p.feedback_summary(ws)["rounds"][0]["ratings"] == 2
    assert kiosk.try_leave("2468")
    kiosk.deleteLater()


def test_a_person_dragged_onto_another_table_moves_there_and_it_undoes(window, qtbot) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt
    from PySide6.QtGui import QDropEvent

    page = window.p2p_page
    data = p2p.plan_event(window.session.ws, 2, seconds=0)
    p2p.save_plan(window.session.ws, data, {"min": 4, "max": 6})
    page.reload()
    tree = page.tables
    person = tree.topLevelItem(0).child(0)
    pid = person.data(0, Qt.ItemDataRole.UserRole)
    target = tree.topLevelItem(1)
    number = target.data(0, Qt.ItemDataRole.UserRole + 1)
    tree.setCurrentItem(person)
    point = QPointF(tree.visualItemRect(target.child(0)).center())
    drop = QDropEvent(point, Qt.DropAction.MoveAction, QMimeData(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    tree.dropEvent(drop)
    seated = {t["table"]: t["participant_ids"] for t in p2p.latest_plan(window.session.ws)["rounds"][0]["tables"]}
    assert pid in seated[number]
    assert pid in [tree.topLevelItem(1).child(i).data(0, Qt.ItemDataRole.UserRole)
                   for i in range(tree.topLevelItem(1).childCount())]
    window.session.undo_stack.undo()
    seated = {t["table"]: t["participant_ids"] for t in p2p.latest_plan(window.session.ws)["rounds"][0]["tables"]}
    assert pid not in seated[number]


def test_the_interpreter_row_names_the_people_they_interpret_for(qapp) -> None:
    from eulac_desktop.ui.p2p_tables import RoundTables

    tree = RoundTables()
    table = {"table": 3, "topic": "AI", "language": "en", "participants": ["a@x", "b@x", "c@x"],
             "participant_ids": ["a", "b", "c"], "interpreters": [{"interpreter": "b@x", "for": "a@x"}]}
    tree.fill([table], {"a": "Ana", "b": "Bruno", "c": "Carla"}, {"AI": "Artificial intelligence"},
              "Table %1 (%2 people)", "interprets for %1", {3: ["table not mixed EU/LAC"], 4: ["elsewhere"]})
    row = tree.topLevelItem(0)
    assert row.text(0) == "Table 3 (3 people)" and row.text(1) == "Artificial intelligence"
    assert row.text(3) == "⚠ table not mixed EU/LAC"  # the table's own flags only"
    assert [(row.child(i).text(0), row.child(i).text(3)) for i in range(3)] == [
        ("Ana", ""), ("Bruno", "interprets for Ana"), ("Carla", "")]


def _fixed_clock(monkeypatch, iso: str) -> None:
    from datetime import datetime

    from eulac_desktop.core import event as core_event

    monkeypatch.setattr(core_event, "utc_now", lambda: datetime.fromisoformat(iso))


@pytest.mark.parametrize(("dates", "clock", "expected"), [
    ((None, None), "2026-12-03T15:07:00+00:00", "2026-12-03T10:15"),  # Lima's clocks, not UTC: the next quarter hour
    (("2026-12-02", "2026-12-04"), "2026-12-03T03:00:00+00:00", "2026-12-02T22:00"),  # 10 p.m. of the 2nd in Lima
    (("2026-12-10", "2026-12-11"), "2026-12-03T15:07:00+00:00", "2026-12-10T09:00"),  # before the event: its first day
])
def test_the_first_round_starts_on_the_events_day_on_its_clocks(window, monkeypatch, dates, clock, expected) -> None:
    from eulac_desktop.core import event as core_event

    core_event.update_event(window.session.ws, start_date=dates[0], end_date=dates[1])
    _fixed_clock(monkeypatch, clock)
    seen = {}

    def look(dialog) -> int:
        seen["start"] = dialog.params()["start"]
        seen["zone"] = [label.text() for label in dialog.findChildren(p2p_page.QLabel)]
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(p2p_page.PlanDialog, "exec", look)
    window.p2p_page.plan_button.click()
    assert seen["start"] == expected and "America/Lima" in seen["zone"]


def test_planning_again_asks_first_and_cancel_keeps_the_saved_plan(window, qtbot, monkeypatch) -> None:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QMessageBox

    ws = window.session.ws
    p2p.save_plan(ws, p2p.plan_event(ws, 1, seconds=0), {"rounds": 1})
    saved = p2p.latest_plan(ws)["id"]
    page = window.p2p_page
    page.reload()
    opened = []
    monkeypatch.setattr(p2p_page.PlanDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    asked = []

    def answer(key) -> None:  # type: ignore[no-untyped-def]
        box = QApplication.activeModalWidget()
        asked.append(box.text())
        qtbot.keyClick(box, key)

    QTimer.singleShot(0, lambda: answer(Qt.Key.Key_Return))  # Enter takes the default: Cancel
    page.plan_button.click()
    assert asked and "Replace the saved plan of" in asked[0] and "no longer match" in asked[0]
    assert not opened and p2p.latest_plan(ws)["id"] == saved
    QTimer.singleShot(0, lambda: answer(Qt.Key.Key_Escape))
    page.plan_button.click()
    assert not opened and len(asked) == 2

    def replace() -> None:
        box = QApplication.activeModalWidget()
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole).click()

    QTimer.singleShot(0, replace)
    page.plan_button.click()
    assert len(opened) == 1  # replacing goes on to the plan's settings


def test_the_page_names_people_and_topics_in_the_readers_language(window, qapp) -> None:
    ws = window.session.ws
    data = p2p.plan_event(ws, 2, seconds=0)
    data["problems"] = [{"kind": "seek_unmet", "participant": "p3@example.org", "topic": "DATA", "reason": "language"},
                        {"kind": "meets_again", "round": 1, "table": data["rounds"][0]["tables"][0]["table"],
                         "participant": "p4@example.org", "with": ["p5@example.org"]}]
    p2p.save_plan(ws, data, {"rounds": 2})
    language = LanguageManager(qapp)
    language.apply("es")
    try:
        page = window.p2p_page
        page.reload()
        notes = [page.problems.item(i).text() for i in range(page.problems.count())]
        assert not any("@" in note for note in notes), notes
        assert any("Persona3 Ejemplo" in note and "Datos" in note for note in notes), notes
        assert any("Persona4 Ejemplo" in note for note in notes), notes
        topics = {page.tables.topLevelItem(i).text(1) for i in range(page.tables.table_count())}
        assert "DATA" not in topics and topics <= {"Datos", "S3"}
        flags = page.tables.topLevelItem(0).text(3)
        assert "Persona4 Ejemplo" in flags and "@" not in flags
    finally:
        language.apply("en")  # the same manager takes its Spanish catalog out again


@pytest.fixture
def few_from_lac(tmp_path: Path, device) -> Path:
    """24 people, only 2 from Latin America (the rest from Europe), and two records of one Ana Souza."""
    from eulac_desktop.core.event import create_event_file

    path = tmp_path / "few.eulac"
    with create_event_file(path, name="P2P", languages=["es", "en"], timezone="America/Lima", device=device) as ws:
        registration.add_participants(ws, [
            {"given_name": f"Persona{i}", "family_name": "Ejemplo", "email": f"p{i}@example.org",
             "country": "PE" if i < 2 else ("ES", "DE", "FR")[i % 3], "languages": "es;en",
             "offers": ("DATA", "S3")[i % 2], "seeks": ("S3", "DATA")[i % 2]} for i in range(22)]
            + [{"given_name": "Ana", "family_name": "Souza", "email": email, "country": "PT", "languages": "pt;en",
                "offers": "DATA", "seeks": "S3"} for email in ("ana@example.org", "ana.souza@example.org")])
    return path


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_room_with_too_few_from_lac_is_told_up_front_with_the_numbers(open_window, few_from_lac: Path, qtbot,
                                                                        monkeypatch, language: str, spanish_catalog,
                                                                        tmp_path: Path) -> None:
    """Planned from the page: 2 people from LAC for 5 tables; the page says so above the rounds, in the reader's
    language, and names the two records of Ana Souza, never seated together, to be merged."""
    import os

    window = open_window(few_from_lac, stage="p2p", size=(1024, 700), language=language)
    page = window.p2p_page

    def accept(dialog) -> int:
        dialog.rounds.setValue(2)
        dialog.seconds.setValue(0.2)
        dialog.present.setChecked(False)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(p2p_page.PlanDialog, "exec", accept)
    page.plan_button.click()
    qtbot.waitUntil(lambda: page.plan is not None, timeout=15000)
    assert page.warnings.isVisible()
    text = page.warnings.text()
    expected = {"en": ("2 people from Latin America and the Caribbean for 5 tables: 3 tables cannot be mixed",
                       "Likely the same person"),
                "es": ("2 personas de América Latina y el Caribe para 5 mesas: 3 mesas no pueden ser mixtas",
                       "Probablemente la misma persona")}[language]
    assert expected[0] in text and expected[1] in text, text
    assert "Ana Souza (ana@example.org)" in text and "Ana Souza (ana.souza@example.org)" in text
    assert text.count("⚠") == 2, text  # the warning and the one pair (Persona1 and Persona11 are two people)
    assert page.plan["mixed"] == 2 * 2 and page.plan["tables"] == 2 * 5
    for r in page.plan["rounds"]:
        assert not any({"ana@example.org", "ana.souza@example.org"} <= set(t["participants"]) for t in r["tables"])
    if os.environ.get("EULAC_SCREENSHOTS"):
        window.grab().save(str(Path(os.environ["EULAC_SCREENSHOTS"]) / f"p2p_too_few_lac_{language}.png"))


def test_many_likely_duplicates_leave_the_rounds_their_room(open_window, few_from_lac: Path) -> None:
    """A real list can hold a dozen pairs of namesakes: above the rounds the page names two and counts the rest,
    which its tooltip (and accessible description) lists in full, so the rounds keep the page at 1024×700."""
    window = open_window(few_from_lac, stage="p2p", size=(1024, 700))
    page = window.p2p_page
    pairs = [{"ids": [f"a{i}", f"b{i}"], "emails": [f"a{i}@example.org", f"b{i}@example.org"]} for i in range(12)]
    page._show_warnings({"warnings": [], "likely_duplicates": pairs})
    text = page.warnings.text()
    assert text.count("⚠") == 2 and "a0@example.org" in text and "a2@example.org" not in text
    assert "and 10 more pairs likely of one person" in text
    assert all(f"b{i}@example.org" in page.warnings.toolTip() for i in range(12))
    assert page.warnings.accessibleDescription() == page.warnings.toolTip()
    page._show_warnings({"warnings": [], "likely_duplicates": pairs[:3]})  # three fit: all named, no tooltip
    assert page.warnings.text().count("⚠") == 3 and page.warnings.toolTip() == ""


def test_cancelling_a_plan_on_two_cores_stops_its_helper(window, qtbot, monkeypatch) -> None:
    """Planning on two cores (a helper process beside the window's worker thread), cancelled from the progress
    dialog with the mouse: nothing is saved and the helper has stopped."""
    import multiprocessing

    from PySide6.QtWidgets import QProgressDialog, QPushButton

    monkeypatch.setenv("EULAC_PLAN_PROCESSES", "2")  # however busy the machine is
    page = window.p2p_page

    def accept(dialog) -> int:
        dialog.rounds.setValue(3)
        dialog.seconds.setValue(60)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(p2p_page.PlanDialog, "exec", accept)
    page.plan_button.click()
    qtbot.waitUntil(lambda: bool(multiprocessing.active_children()), timeout=20000)
    progress = window.findChild(QProgressDialog)
    qtbot.waitUntil(progress.isVisible, timeout=5000)
    with qtbot.waitSignal(page._task.cancelled, timeout=10000):
        qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not multiprocessing.active_children(), timeout=5000)
    assert page.plan is None


@pytest.mark.parametrize("lang", ["es", "pt"])
def test_every_column_of_the_round_is_in_view_at_1024_px(open_window, room: Path, qtbot, lang: str) -> None:
    """The interpreting and notes column was past the right edge at 1024 px (a scroll away), its title cut."""
    window = open_window(room, stage="p2p", size=(1024, 700), language=lang)
    ws = window.session.ws
    p2p.save_plan(ws, p2p.plan_event(ws, 2, seconds=0), {"rounds": 2, "min": 4, "max": 6})
    window.p2p_page.reload()
    qtbot.wait(10)
    tree = window.p2p_page.tables
    header = tree.header()
    assert header.length() <= tree.viewport().width()
    assert not tree.horizontalScrollBar().isVisible()
    metrics = header.fontMetrics()
    for column in range(tree.columnCount()):
        assert metrics.horizontalAdvance(tree.headerItem().text(column)) < header.sectionSize(column), column
