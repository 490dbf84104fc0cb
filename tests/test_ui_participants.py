"""The Participants page, the walk-in form and the import dialog, driven with pytest-qt."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from eulac_desktop.core import records, registration
from eulac_desktop.ui import session as session_module
from eulac_desktop.ui.import_dialog import ImportDialog
from eulac_desktop.ui.main_window import STAGES
from eulac_desktop.ui.walk_in import WalkInDialog


@pytest.fixture
def window(open_window, event_file: Path):
    return open_window(event_file, stage="participants")


@pytest.fixture
def errors_shown(monkeypatch: pytest.MonkeyPatch) -> list:
    shown: list = []
    for module in (session_module, __import__("eulac_desktop.ui.import_dialog", fromlist=["x"]),
                   __import__("eulac_desktop.ui.pages.participants", fromlist=["x"])):
        monkeypatch.setattr(module, "show_error", lambda parent, exc: shown.append(exc))
    return shown


def names(page) -> list[str]:
    return [page.model.index(r, 1).data() for r in range(page.model.rowCount())]


def test_edit_in_place_is_saved_and_undoable(window, qtbot) -> None:
    page = window.participants_page
    row = names(page).index("José")
    index = page.model.index(row, 2)  # organisation
    assert page.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert page.model.setData(index, "Universidad Nacional de Ingeniería")
    pid = page.model.id_at(row)
    ws = window.session.ws
    assert registration.participant_rows(ws, [pid])[pid]["organisation"] == "Universidad Nacional de Ingeniería"
    assert page.model.index(row, 2).data() == "Universidad Nacional de Ingeniería"
    window.act_undo.trigger()
    assert registration.participant_rows(ws, [pid])[pid]["organisation"] == "UNI"
    assert page.model.index(row, 2).data() == "UNI"
    window.act_redo.trigger()
    assert registration.participant_rows(ws, [pid])[pid]["organisation"] == "Universidad Nacional de Ingeniería"


def test_an_invalid_edit_is_refused_with_a_reason(window, errors_shown) -> None:
    page = window.participants_page
    row = names(page).index("Anna")
    assert not page.model.setData(page.model.index(row, 5), "not an address")
    assert errors_shown and "not a valid e-mail" in errors_shown[0].text()
    assert page.model.index(row, 5).data() == "anna@example.fi"


def test_country_edit_accepts_a_name_in_any_language(window) -> None:
    page = window.participants_page
    row = names(page).index("Anna")
    assert page.model.setData(page.model.index(row, 3), "Finlandia")
    assert page.model.index(row, 3).data() == "Finland (FI)"


def test_delete_is_a_tombstone_and_undo_brings_people_back(window) -> None:
    page = window.participants_page
    page.table.selectRow(names(page).index("José"))
    assert page.act_delete.isEnabled()
    page.act_delete.trigger()
    assert "José" not in names(page) and page.model.rowCount() == 2
    assert window.act_undo.text() == "&Undo: Delete 1 participant"
    window.act_undo.trigger()
    assert "José" in names(page) and page.model.rowCount() == 3
    window.act_redo.trigger()
    assert "José" not in names(page)


def test_filters_and_search_together(window, qtbot) -> None:
    page = window.participants_page
    region = page.filters["region"]
    region.setCurrentIndex(region.findData("LAC"))
    assert sorted(names(page)) == ["Conceição", "José"]
    country = page.filters["country"]
    country.setCurrentIndex(country.findData("BR"))
    assert names(page) == ["Conceição"]
    assert page.count.text() == "1 participant shown · 3 participants registered"
    country.setCurrentIndex(0)
    region.setCurrentIndex(0)
    page.search.setText("jose")
    qtbot.waitUntil(lambda: names(page) == ["José"])


def test_merge_two_records_of_one_person(window, monkeypatch) -> None:
    ws = window.session.ws
    registration.add_participant(ws, {"given_name": "Jose", "family_name": "Perez", "email": "jose.perez@uni.example.pe",
                                      "languages": "es;en"})
    window.session.changed.emit(None) if False else window.participants_page.refresh(None)
    page = window.participants_page
    rows = [i for i, n in enumerate(names(page)) if n in ("José", "Jose")]
    page.table.selectionModel().clearSelection()
    for r in rows:
        page.table.selectionModel().select(page.model.index(r, 0), page.table.selectionModel().SelectionFlag.Select
                                           | page.table.selectionModel().SelectionFlag.Rows)
    assert page.act_merge.isEnabled()

    def choose_first(box: QMessageBox) -> int:
        box.buttons()[0].click()  # "Keep the first"
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_first)
    page.act_merge.trigger()
    assert page.model.rowCount() == 3
    merges = ws.conn.execute("SELECT count(*) FROM participant_merges").fetchone()[0]
    assert merges == 1


def test_erase_removes_the_name_for_good(window, monkeypatch) -> None:
    page = window.participants_page
    page.table.selectRow(names(page).index("Anna"))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.act_erase.trigger()
    ws = window.session.ws
    assert registration.participant_ids(ws, "Virtanen") == []
    assert ws.conn.execute("SELECT count(*) FROM erasures").fetchone()[0] == 1
    assert not window.act_undo.isEnabled() or "Erase" not in window.act_undo.text()
    for file in (ws.path, ws.path.with_name(ws.path.name + "-wal")):  # gone from the file while the window is open
        data = file.read_bytes() if file.exists() else b""
        assert b"Virtanen" not in data and b"anna@example.fi" not in data and b"virtanen" not in data, file.name


def export_by_ctrl_e(window, qtbot, monkeypatch, out: Path) -> list[dict[str, str]]:
    """Ctrl+E in the table, the save dialog answered with `out` (CSV): the rows the page's export wrote."""
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "CSV (*.csv)"))
    page = window.participants_page
    window.activateWindow()
    qtbot.waitActive(window)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Exported"), timeout=20000)
    with out.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file))


def test_export_follows_the_filters(window, qtbot, monkeypatch, tmp_path: Path) -> None:
    region = window.participants_page.filters["region"]
    region.setCurrentIndex(region.findData("EU"))
    rows = export_by_ctrl_e(window, qtbot, monkeypatch, tmp_path / "eu.csv")
    assert [(row["family_name"], row["region"]) for row in rows] == [("Virtanen", "EU")]


def test_export_of_the_demo_follows_the_filters(demo_window, qtbot, monkeypatch, tmp_path: Path) -> None:
    window = demo_window
    window.sidebar.setCurrentRow(STAGES.index("participants"))
    page = window.participants_page
    everyone = registration.participant_count(window.session.ws)
    country = page.filters["country"]
    country.setCurrentIndex(country.findData("BR"))
    brazil = page.model.rowCount()
    assert 1 < brazil < everyone
    rows = export_by_ctrl_e(window, qtbot, monkeypatch, tmp_path / "br.csv")
    assert len(rows) == brazil and {row["country"] for row in rows} == {"BR"}


def test_walk_in_is_added_with_a_duplicate_warning_and_undo(window, qtbot) -> None:
    dialog = WalkInDialog(window.session, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.given, "Jose")
    qtbot.keyClicks(dialog.family, "Perez")
    dialog.check_duplicates()
    assert "José Pérez" in dialog.warning.text() and "same name" in dialog.warning.text()
    qtbot.keyClicks(dialog.email, "JOSE@example.org")
    dialog.check_duplicates()
    assert "same e-mail" in dialog.warning.text()
    dialog._add(close=False)
    assert "already registered" in dialog.error.text()  # the e-mail is taken: refused, nothing added
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "jose.walkin@example.org")
    dialog.country.setCurrentText("Peru")
    dialog._add(close=True)
    assert dialog.added_id
    ws = window.session.ws
    person = registration.participant_rows(ws, [dialog.added_id])[dialog.added_id]
    assert (person["given_name"], person["country"]) == ("Jose", "PE")
    window.act_undo.trigger()
    assert registration.participant_count(ws) == 3
    window.act_redo.trigger()
    assert registration.participant_count(ws) == 4


def messy_csv(path: Path) -> Path:
    rows = ["Nombre;Apellido(s);Correo electrónico;Institución;País",
            "María José;García López;mj.garcia@example.es;CSIC;España",
            "João;Silva;JOAO@example.br;Fiocruz;Brasil",
            "Joao;Silva;joao@example.br;Fiocruz;Brasil",
            ";;sin.nombre@example.org;CONCYTEC;Perú",
            "Ana;Núñez;ana@example;UNI;Perú"]
    path.write_bytes("\r\n".join(rows).encode("cp1252"))
    return path


def test_import_dialog_asks_for_a_mac_roman_lists_encoding_with_the_clis_candidates(window, qtbot, tmp_path: Path) -> None:
    """The dialog asks on the same core decision as `eulac participants import` (issue 16): the likely
    encodings, each with its reading of the names; a clean Windows-1252 list goes straight on."""
    from eulac_desktop.core.registration.tables import choose_encoding

    data = "Nombre;Apellido;Correo\r\nIñaki;Muñoz;i@example.es\r\nConceição;Araújo;c@example.br\r\n".encode("mac_roman")
    path = tmp_path / "mac.csv"
    path.write_bytes(data)
    dialog = ImportDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    dialog._go_next()
    qtbot.waitUntil(lambda: dialog.table is not None, timeout=10000)
    assert dialog.steps.currentIndex() == 0  # asked, not on to the columns
    offered = [dialog.encoding.itemData(i) for i in range(dialog.encoding.count())]
    assert offered == choose_encoding(data).candidates and offered[0] == "mac_roman"
    assert "Iñaki · Muñoz" in dialog.encoding_help.text() and "Mac Roman" in dialog.encoding_help.text()
    assert dialog.preview.item(0, 0).text() == "Iñaki"
    dialog.path.setText(str(messy_csv(tmp_path / "lista.csv")))
    dialog.table = None
    dialog._go_next()
    qtbot.waitUntil(lambda: dialog.table is not None and dialog.table.encoding == "cp1252", timeout=10000)
    assert dialog.steps.currentIndex() == 1 and not dialog.encoding_help.text()


def test_import_dialog_maps_previews_checks_and_imports(window, qtbot, tmp_path: Path) -> None:
    dialog = ImportDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(messy_csv(tmp_path / "lista.csv")))
    dialog._go_next()
    qtbot.waitUntil(lambda: dialog.table is not None, timeout=10000)
    assert dialog.mapping() == ["given_name", "family_name", "email", "organisation", "country"]
    assert dialog.preview.item(0, 0).text() == "María José"  # decoded from Windows-1252
    dialog.mapping_boxes[3].setCurrentIndex(dialog.mapping_boxes[3].findData(""))  # ignore the organisation
    assert dialog.mapping()[3] == ""
    dialog.steps.setCurrentIndex(1)
    dialog._go_next()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    summary = dialog.plan.summary()
    assert (summary["added"], summary["duplicates"], summary["invalid"]) == (2, 1, 2)
    assert dialog.problems.rowCount() == 3  # two invalid rows and one duplicate
    report = tmp_path / "report.csv"
    dialog.write_report(str(report))
    assert "not a valid e-mail" in report.read_text(encoding="utf-8-sig")
    dialog._go_next()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10000)
    ws = window.session.ws
    assert registration.participant_count(ws) == 5
    assert registration.participant_ids(ws, "garcia lopez")
    assert window.participants_page.model.rowCount() == 5


def import_dialog_checked(window, qtbot, listed: Path) -> ImportDialog:
    """The import dialog with `listed` chosen, its columns as guessed, and its check done (the plan shown)."""
    dialog = ImportDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(listed))
    dialog._go_next()
    qtbot.waitUntil(lambda: dialog.table is not None, timeout=10000)
    dialog._go_next()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    return dialog


def test_an_import_is_undone_by_ctrl_z_and_made_again_by_ctrl_shift_z(window, qtbot, tmp_path: Path) -> None:
    """A facilitator who imported the wrong list takes it back with Ctrl+Z: the people it added are gone, the one it
    updated has their organisation back; Ctrl+Shift+Z imports it again. (It used to leave no undo, and Ctrl+Z undid
    the step before it.)"""
    ws = window.session.ws
    before = registration.participant_count(ws)
    jose = registration.find_by_email(ws, "jose@example.org")
    assert jose is not None
    old = records.get(ws, "participants", jose)["organisation"]
    listed = tmp_path / "lista.csv"
    listed.write_text("Nombre,Apellido,Correo,Organización\nLucía,Rojas,lucia@example.cl,INTA\n"
                      "Ana,Silva,ana@example.br,Fiocruz\nJosé,Pérez,jose@example.org,Otra Universidad\n", encoding="utf-8")
    dialog = import_dialog_checked(window, qtbot, listed)
    dialog._go_next()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10000)
    assert registration.participant_count(ws) == before + 2
    assert records.get(ws, "participants", jose)["organisation"] == "Otra Universidad"
    window.participants_page.table.setFocus()
    assert window.act_undo.text() == "&Undo: Import participants"
    qtbot.keyClick(window.participants_page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert registration.participant_count(ws) == before and registration.find_by_email(ws, "lucia@example.cl") is None
    assert records.get(ws, "participants", jose)["organisation"] == old
    assert window.participants_page.model.rowCount() == before
    qtbot.keyClick(window.participants_page.table, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert registration.participant_count(ws) == before + 2
    assert records.get(ws, "participants", jose)["organisation"] == "Otra Universidad"


def test_import_dialog_imports_a_row_naming_an_unknown_topic_and_flags_it(window, qtbot, tmp_path: Path) -> None:
    """Issue 18: a topic typo no longer leaves the person out; the check says the row is imported and flagged, with
    the closest code, and the Next button imports it."""
    ws = window.session.ws
    registration.set_topics(ws, [{"code": "CLIMATE", "labels": {"en": "Climate"}}])
    listed = tmp_path / "lista.csv"
    listed.write_text("Nombre,Apellido,Correo,Ofrece\nLucía,Rojas,lucia@example.cl,CLIMAT\n", encoding="utf-8")
    dialog = import_dialog_checked(window, qtbot, listed)
    assert "1 to add" in dialog.summary.text() and "0 invalid rows" in dialog.summary.text()
    assert "1 row names topics the event does not have yet: imported, and listed under Problems." \
        in dialog.summary.text()
    reason = dialog.problems.item(0, 2).text()
    assert "did you mean CLIMATE?" in reason and "; imported as typed" in reason
    dialog._go_next()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10000)
    assert registration.find_by_email(ws, "lucia@example.cl") is not None


def test_the_import_report_cannot_run_as_a_formula_in_a_spreadsheet(window, qtbot, tmp_path: Path) -> None:
    listed = tmp_path / "lista.csv"
    listed.write_text("Nombre,Apellidos,@Correo\nAna,B,=1+1\n", encoding="utf-8")  # "@Correo" is the e-mail
    dialog = import_dialog_checked(window, qtbot, listed)
    report = tmp_path / "report.csv"
    dialog.write_report(str(report))
    rows = list(csv.reader(io.StringIO(report.read_text(encoding="utf-8-sig"))))
    assert rows[1][:2] == ["2", "'@Correo"], rows


def test_cancelling_an_import_leaves_nothing(window, qtbot, tmp_path: Path, errors_shown, monkeypatch) -> None:
    from eulac_desktop.ui import tasks

    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["given_name", "family_name", "email"])
        for i in range(3000):
            writer.writerow([f"Given{i}", f"Family{i}", f"p{i}@example.org"])
    dialog = ImportDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    dialog._go_next()
    qtbot.waitUntil(lambda: dialog.table is not None, timeout=10000)
    dialog._go_next()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    start = tasks.Task.start

    def cancelled_at_once(task) -> None:  # the progress dialog's Cancel, pressed before the work ends
        task._cancel.set()
        start(task)

    monkeypatch.setattr(tasks.Task, "start", cancelled_at_once)
    dialog._go_next()
    qtbot.waitUntil(lambda: dialog.status.text() == "Cancelled: nothing was changed.", timeout=20000)
    assert dialog.result is None and not errors_shown
    assert registration.participant_count(window.session.ws) == 3


def test_ctrl_e_in_the_search_box_opens_the_export(window, qtbot, monkeypatch) -> None:
    """A line edit takes Ctrl+E as "end of line" on some platforms; the window's shortcut must win."""
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtWidgets import QFileDialog

    class X11LineEdit(QObject):
        """What a line edit does on X11, where Ctrl+E is "move to the end of the line": it claims the key."""

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_E:
                event.accept()
            return False

    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or ("", ""))
    page = window.participants_page
    claim = X11LineEdit(page.search)
    page.search.installEventFilter(claim)
    window.activateWindow()
    qtbot.waitActive(window)
    page.focus_search()
    qtbot.keyClicks(page.search, "an")
    assert page.search.hasFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1
    # the box's own editing keys stay its own: Ctrl+A selects its text, not something else
    qtbot.keyClick(page.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert page.search.selectedText() == "an"


def test_typing_a_search_among_5000_people_reads_no_participant_from_the_file(open_window, tmp_path: Path,
                                                                              qtbot) -> None:
    """Each key typed in the search (after the short pause the field waits for) is answered from the core's
    index in memory: no full-text query, no read of the people but the rows shown (and everyone's words once, at
    the first key), the rows the query would give, in its order."""
    from eulac_desktop.core.event import create_event_file
    from eulac_desktop.core.registration.search import ids_by_query

    given = ["María", "Mario", "Ana", "José", "Conceição", "Marta", "João", "Lucía", "Martín", "Ximena"]
    family = ["Silva", "Márquez", "Müller", "Pérez", "Souza", "Martins", "García", "López", "Oliveira", "Ruiz"]
    path = tmp_path / "big.eulac"
    with create_event_file(path, name="Big") as ws:
        registration.add_participants(ws, [
            {"given_name": given[i % 10], "family_name": f"{family[i // 10 % 10]} {i}", "email": f"p{i}@example.org",
             "organisation": ["UNI", "Fiocruz", "Universidad de Chile"][i % 3]} for i in range(5000)])
    window = open_window(path, stage="participants")
    page = window.participants_page
    ws = window.session.ws
    assert page.model.rowCount() == 5000
    page.focus_search()
    for typed in ("m", "ma", "mar", "mart", "marti"):
        expected = ids_by_query(ws, typed)
        run: list[str] = []
        ws.conn.set_trace_callback(run.append)
        try:
            qtbot.keyClicks(page.search, typed[-1])
            qtbot.waitUntil(lambda: not page._debounce.isActive())
        finally:
            ws.conn.set_trace_callback(None)
        assert page.model_ids() == expected
        assert not [sql for sql in run if "MATCH" in sql or "FROM participants p" in sql]
        if typed != "m":  # (the first key reads everyone's words once)
            assert run and not [sql for sql in run if "FROM participants WHERE event_id" in sql]  # only the rows shown
    assert page.count.text() == f"{len(expected)} participants shown · 5000 participants registered"


def test_the_first_key_after_the_page_idled_reads_no_participant_and_answers_as_the_query(
        open_window, event_file: Path, qtbot, monkeypatch) -> None:
    """The page reads the search index's words while the window idles after it is first shown (a step at a time:
    a person per step here), so the first key typed at a big event waits for none of them."""
    from eulac_desktop.core.registration import search

    monkeypatch.setattr(search, "_BUILD_CHUNK", 1)
    window = open_window(event_file, stage="participants")
    page, ws = window.participants_page, window.session.ws
    qtbot.wait(300)  # the window idles
    run: list[str] = []
    ws.conn.set_trace_callback(run.append)
    try:
        qtbot.keyClick(page.search, "j")
        qtbot.waitUntil(lambda: page.model.rowCount() < 3)
    finally:
        ws.conn.set_trace_callback(None)
    assert [sql for sql in run if "deleted = 0" in sql or "MATCH" in sql] == [], "the first key read the people"
    assert [page.model.id_at(row) for row in range(page.model.rowCount())] == search.ids_by_query(ws, "j")
    assert names(page) == ["José"]


def test_the_import_dialog_offers_a_list_s_own_columns_and_refuses_100000(window, qtbot, tmp_path: Path,
                                                                           errors_shown: list) -> None:
    excel = tmp_path / "excel.csv"  # separators up to the sheet's last formatted column: one choice per real column
    excel.write_text("given_name,email" + "," * 5000 + "\nAna,ana@example.org" + "," * 5000 + "\n", encoding="utf-8")
    dialog = ImportDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(excel))
    dialog._go_next()
    qtbot.waitUntil(lambda: dialog.table is not None, timeout=10000)
    assert dialog.mapping() == ["given_name", "email"] and dialog.columns.rowCount() == 2
    wide = tmp_path / "wide.csv"  # a combo box each would hold the window for minutes and gigabytes
    wide.write_text(",".join(f"c{i}" for i in range(100_000)) + "\n" + ",".join("x" * 100_000) + "\n", encoding="utf-8")
    dialog.table = None
    dialog.path.setText(str(wide))
    dialog.steps.setCurrentIndex(0)
    dialog._go_next()
    qtbot.waitUntil(lambda: bool(errors_shown), timeout=10000)
    assert "100000 columns" in errors_shown[0].text() and dialog.table is None


def test_the_export_is_offered_beside_the_event_file_then_in_the_folder_last_used(window, qtbot, monkeypatch,
                                                                                   tmp_path: Path) -> None:
    """As every printout: at first beside the event file (not the home folder), then where the last one went."""
    from PySide6.QtWidgets import QFileDialog

    offered: list[str] = []
    chosen = tmp_path / "exports"
    chosen.mkdir()

    def save(parent, title, default, filters):  # type: ignore[no-untyped-def]
        offered.append(default)
        return str(chosen / "list.csv"), "CSV (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    page = window.participants_page
    window.activateWindow()
    qtbot.waitActive(window)
    for _ in range(2):
        page.table.setFocus()
        qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: (chosen / "list.csv").exists(), timeout=20000)
        qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Exported"), timeout=20000)
        (chosen / "list.csv").unlink()
        window.statusBar().clearMessage()
    folder = window.session.ws.path.resolve().parent
    assert offered == [str(folder / f"{window.session.ws.path.stem}-participants.xlsx"),
                       str(chosen / f"{window.session.ws.path.stem}-participants.xlsx")]
