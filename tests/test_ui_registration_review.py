"""Issue 15 on the Participants page, driven by keys and clicks: a merge undone by Ctrl+Z, the import's
Updates tab (names, old → new, a "keep" row), the likely-duplicates review, the walk-in's offers and
seeks, locale-aware order, the erased person's row and count, and the badge's role word in Spanish.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from eulac_desktop.core import checkin, registration
from eulac_desktop.core.registration.duplicates import likely_duplicate_pairs
from eulac_desktop.ui.duplicates_dialog import DuplicatesDialog
from eulac_desktop.ui.import_dialog import ImportDialog
from eulac_desktop.ui.walk_in import WalkInDialog


@pytest.fixture
def window(open_window, event_file: Path):
    win = open_window(event_file, stage="participants")
    win.activateWindow()
    return win


def family_names(page) -> list[str]:
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def alt(qtbot, widget, key: Qt.Key) -> None:
    """Press a mnemonic (Alt+key): the button clicks itself after its short press animation."""
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.AltModifier)
    qtbot.wait(250)


def select_rows(page, rows: list[int]) -> None:
    selection = page.table.selectionModel()
    selection.clearSelection()
    for r in rows:
        selection.select(page.model.index(r, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows)


def test_a_merge_says_ctrl_z_undoes_it_and_ctrl_z_brings_both_back(window, qtbot, monkeypatch) -> None:
    ws = window.session.ws
    other = registration.add_participant(ws, {"given_name": "Jose", "family_name": "Perez",
                                              "email": "jose.perez@uni.example.pe", "organisation": "UNI"})
    jose = registration.find_by_email(ws, "jose@example.org")
    other_id = other.inserted["participants"][0]
    checkin.check_in(ws, jose, "Door 1")  # José is merged into the first row, "Jose Perez"
    page = window.participants_page
    page.refresh(None)
    select_rows(page, [r for r, pid in enumerate(page.model_ids()) if pid in (jose, other_id)])
    seen: list[str] = []

    def keep_first(box: QMessageBox) -> int:
        seen.append(box.text())
        box.buttons()[0].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", keep_first)
    qtbot.keyClick(page.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert "Ctrl+Z" in seen[0]
    assert page.model.rowCount() == 3 and registration.participant_count(ws) == 3
    assert page.model_ids().count(other_id) == 1 and jose not in page.model_ids()
    assert checkin.checked_in_ids(ws) == {other_id}  # José's check-in counts for the record kept
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rowCount() == 4 and registration.participant_count(ws) == 4
    assert registration.find_by_email(ws, "jose.perez@uni.example.pe") == other_id
    assert checkin.checked_in_ids(ws) == {jose}  # the check-in is back with its own person
    window.act_redo.trigger()
    assert registration.participant_count(ws) == 3 and checkin.checked_in_ids(ws) == {other_id}
    window.act_undo.trigger()
    assert registration.participant_count(ws) == 4 and checkin.checked_in_ids(ws) == {jose}


def test_the_updates_tab_names_people_shows_old_and_new_and_honours_a_kept_row(window, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "second.csv"
    path.write_text("Nombre;Apellido;Correo;Institución;Autoriza foto\n"
                    "José;Pérez;jose@example.org;PUCP;sí\n"
                    "Conceição;Araújo;c@example.org;USP;sí\n", encoding="utf-8")
    dialog = ImportDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    dialog._go_next()
    qtbot.waitUntil(lambda: dialog.table is not None, timeout=10000)
    assert dialog.mapping()[4] == "consent_photo"
    dialog.steps.setCurrentIndex(1)
    dialog._go_next()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    updates = dialog.updates
    assert updates.rowCount() == 2
    assert updates.item(0, 1).text() == "José Pérez <jose@example.org>"
    assert updates.item(1, 1).text() == "Conceição Araújo <c@example.org>"
    assert "Organisation: UNI → PUCP" in updates.item(0, 2).text()
    assert "Photo consent: no → yes" in updates.item(0, 2).text()
    dialog.tabs.setCurrentIndex(2)
    updates.setFocus()
    updates.setCurrentCell(1, 0)
    qtbot.keyClick(updates, Qt.Key.Key_Space)  # untick: keep Conceição's current record
    assert dialog.kept_rows() == [3]
    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10000)
    ws = window.session.ws
    rows = registration.participant_rows(ws, [registration.find_by_email(ws, e) for e in ("jose@example.org", "c@example.org")])
    assert sorted((r["organisation"], r["consent_photo"]) for r in rows.values()) == [("Fiocruz", 0), ("PUCP", 1)]


def test_the_duplicates_review_merges_and_marks_not_the_same(window, qtbot) -> None:
    ws = window.session.ws
    for email in ("g1@example.it", "g2@example.it"):
        registration.add_participant(ws, {"given_name": "Giulia", "family_name": "Ferrari", "email": email,
                                          "organisation": "Polimi"})
    registration.add_participant(ws, {"given_name": "Ana", "family_name": "Virtanen"})  # close to Anna Virtanen
    page = window.participants_page
    page.refresh(None)
    page.retranslate()
    assert "(2)" in page.act_duplicates.text()  # the menu and the palette say how many pairs wait
    dialog = DuplicatesDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.sides.item(0, 0).text() == "Giulia Ferrari" and dialog.sides.item(1, 1).text() == "g2@example.it"
    alt(qtbot, dialog, Qt.Key.Key_F)  # merge, keep the first
    assert registration.participant_count(ws) == 5
    assert "Virtanen" in dialog.sides.item(0, 0).text()
    alt(qtbot, dialog, Qt.Key.Key_N)  # not the same person
    assert likely_duplicate_pairs(ws) == [] and "No likely duplicates" in dialog.heading.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the last step: "not the same"
    assert registration.participant_count(ws) == 5 and len(likely_duplicate_pairs(ws)) == 1
    assert "Virtanen" in dialog.sides.item(0, 0).text()
    qtbot.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # and then the merge
    assert registration.participant_count(ws) == 6
    assert dialog.sides.item(0, 0).text() == "Giulia Ferrari"
    alt(qtbot, dialog, Qt.Key.Key_K)  # skip
    assert "Virtanen" in dialog.sides.item(0, 0).text()
    alt(qtbot, dialog, Qt.Key.Key_N)  # not the same person
    assert "No likely duplicates" in dialog.heading.text() and len(likely_duplicate_pairs(ws)) == 1


def test_the_walk_in_form_takes_offers_and_seeks(window, qtbot) -> None:
    ws = window.session.ws
    registration.set_topics(ws, [{"code": "CLIMATE", "labels": {"en": "Climate adaptation", "es": "Adaptación"}},
                                 {"code": "5GIOT", "labels": {"en": "5G and the IoT"}},
                                 {"code": "WATER", "labels": {"en": "Water"}}])
    dialog = WalkInDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.given, "Lea")
    qtbot.keyClicks(dialog.family, "Roux")
    assert [dialog.offers.item(r).text() for r in range(3)] == ["5G and the IoT", "Climate adaptation", "Water"]
    dialog.languages.setFocus()
    qtbot.keyClick(dialog.languages, Qt.Key.Key_Tab)
    assert dialog.offers.hasFocus()
    qtbot.keyClick(dialog.offers, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.offers, Qt.Key.Key_Space)  # offers Climate adaptation
    qtbot.keyClick(dialog.offers, Qt.Key.Key_Tab)
    assert dialog.seeks.hasFocus()
    qtbot.keyClick(dialog.seeks, Qt.Key.Key_Space)  # seeks 5G
    qtbot.keyClick(dialog.seeks, Qt.Key.Key_End)
    qtbot.keyClick(dialog.seeks, Qt.Key.Key_Space)  # and Water
    qtbot.keyClick(dialog.seeks, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # add, then another
    person = registration.participant_rows(ws, registration.participant_ids(ws, "Roux"))
    assert [(p["offers"], p["seeks"]) for p in person.values()] == [("CLIMATE", "5GIOT;WATER")]


def test_names_sort_by_the_locale_not_by_bytes(window) -> None:
    ws = window.session.ws
    for family in ("Brückner", "Bérenger"):
        registration.add_participant(ws, {"given_name": "X", "family_name": family})
    page = window.participants_page
    page.refresh(None)
    shown = family_names(page)
    assert shown.index("Bérenger") < shown.index("Brückner")


def test_an_erased_person_is_labelled_greyed_and_not_counted(window, monkeypatch) -> None:
    page = window.participants_page
    page.table.selectRow(family_names(page).index("Virtanen"))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.act_erase.trigger()
    row = family_names(page).index("(erased)")
    index = page.model.index(row, 0)
    assert page.model.data(index, Qt.ItemDataRole.ForegroundRole) is not None
    assert not (page.model.flags(index) & Qt.ItemFlag.ItemIsEditable)
    assert page.count.text() == "2 participants registered · 1 erased (not counted)"
    assert checkin.stats(window.session.ws)["registered"] == 2


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_the_badge_band_uses_the_lists_role_word_in_spanish(window, tmp_path: Path, spanish_catalog) -> None:
    from eulac_desktop.core.i18n import translator
    from eulac_desktop.documents.badges import badges_pdf

    ws = window.session.ws
    pid = registration.find_by_email(ws, "jose@example.org")
    registration.update_participant(ws, pid, {"role": "organiser"})
    pdf = tmp_path / "badge.pdf"
    badges_pdf(ws, pdf, [pid], "a6")  # the event's main language is Spanish
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    word = translator("es")("Organiser")
    assert word == "Organizador" and word.upper() in text and "ORGANIZACIÓN" not in text


def test_an_import_that_flags_duplicates_opens_the_review(window, monkeypatch) -> None:
    from eulac_desktop.ui import duplicates_dialog, import_dialog

    def imported(dialog) -> int:
        dialog.result = {"likely_duplicates": [{"row": 2, "name": "Giulia Ferrari", "matches": []}]}
        return 1

    opened: list = []
    monkeypatch.setattr(import_dialog.ImportDialog, "exec", imported)
    monkeypatch.setattr(duplicates_dialog.DuplicatesDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    window.participants_page.act_import.trigger()
    assert len(opened) == 1
