"""Gender and stakeholder type (#22 item 1): read in en/es/pt/fr from lists, typed at the walk-in desk, shown,
filtered and edited on the Participants page, kept through merges, erasures and bundles."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from helpers import config, run_json
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget
from test_bundles import export, make_event, new_laptop, ticking_wall, trust

from eulac_desktop.core import registration
from eulac_desktop.core.bundles import import_bundle
from eulac_desktop.core.registration.importing import import_file
from eulac_desktop.core.registration.mapping import guess_mapping, parse_gender, parse_stakeholder
from eulac_desktop.core.workspace import Workspace
from eulac_desktop.ui.walk_in import WalkInDialog


@pytest.mark.parametrize(("word", "code"), [
    ("Woman", "woman"), ("F", "woman"), ("Mujer", "woman"), ("mulher", "woman"), ("Femme", "woman"),
    ("male", "man"), ("Hombre", "man"), ("Homem", "man"), ("homme", "man"), ("Non-binary", "non_binary"),
    ("No binario", "non_binary"), ("não binário", "non_binary"), ("non-binaire", "non_binary"),
    ("Prefiero no decirlo", "prefer_not_to_say"), ("Prefiro não dizer", "prefer_not_to_say"),
    ("Je préfère ne pas répondre", "prefer_not_to_say"), ("self_described", "self_described")])
def test_a_gender_is_read_in_any_of_the_four_languages(word: str, code: str) -> None:
    assert parse_gender(word) == (code, None)


@pytest.mark.parametrize(("word", "code"), [
    ("Research / academia", "research"), ("Universidad", "research"), ("Pesquisa", "research"),
    ("Université", "research"), ("Business/Industry", "business"), ("Sector privado", "business"),
    ("Entreprise", "business"), ("Administración pública", "government"), ("Governo", "government"),
    ("Administration publique", "government"), ("ONG", "civil_society"), ("Sociedade civil", "civil_society"),
    ("Société civile", "civil_society"), ("Otro", "other")])
def test_a_stakeholder_type_is_read_in_any_of_the_four_languages(word: str, code: str) -> None:
    assert parse_stakeholder(word) == (code, None)


def test_an_unexpected_answer_is_kept_as_other_with_its_words() -> None:
    assert parse_gender("  Agénero ") == ("other", "Agénero")
    assert parse_stakeholder("Cooperativa agrícola") == ("other", "Cooperativa agrícola")
    assert parse_gender("") == (None, None)


@pytest.mark.parametrize(("header", "field"), [
    ("Gender", "gender"), ("Género", "gender"), ("Gênero", "gender"), ("Genre", "gender"), ("Sexe", "gender"),
    ("Stakeholder type", "stakeholder"), ("Tipo de actor", "stakeholder"), ("Tipo de organização", "stakeholder"),
    ("Type d'acteur", "stakeholder"), ("Secteur", "stakeholder")])
def test_header_synonyms_in_four_languages(header: str, field: str) -> None:
    assert guess_mapping(["Nombre", header]) == ["given_name", field]


def test_an_imported_list_keeps_unexpected_values_as_other_and_counts_them(event_file: Path, tmp_path: Path) -> None:
    listing = tmp_path / "lista.csv"
    listing.write_text("Nombre;Apellido;Correo;Género;Tipo de actor\n"
                       "Ana;Ruiz;ana@example.org;Mujer;Universidad\n"
                       "Luis;Soto;luis@example.org;Agénero;Cooperativa\n"
                       "Rosa;Paz;rosa@example.org;;\n", encoding="utf-8")
    with Workspace.open(event_file) as ws:
        import_file(ws, listing)
        rows = registration.participant_rows(ws, registration.participant_ids(ws))
        by_name = {r["given_name"]: r for r in rows.values()}
        assert (by_name["Ana"]["gender"], by_name["Ana"]["stakeholder"]) == ("woman", "research")
        assert (by_name["Luis"]["gender"], by_name["Luis"]["gender_text"]) == ("other", "Agénero")
        assert (by_name["Luis"]["stakeholder"], by_name["Luis"]["stakeholder_text"]) == ("other", "Cooperativa")
        assert by_name["Rosa"]["gender"] is None
        assert len(registration.participant_ids(ws, gender="other")) == 1
        assert len(registration.participant_ids(ws, gender="not_given")) == 4  # Rosa and the three already there


def test_a_new_answer_replaces_the_old_words_and_a_merge_completes_the_kept_record(event_file: Path) -> None:
    with Workspace.open(event_file) as ws:
        a = registration.add_participant(ws, {"given_name": "Kim", "gender": "Agender"}).inserted["participants"][0]
        assert registration.participant_rows(ws, [a])[a]["gender_text"] == "Agender"
        registration.update_participant(ws, a, {"gender": "woman"})
        assert (registration.participant_rows(ws, [a])[a]["gender"], registration.participant_rows(ws, [a])[a]["gender_text"]) \
            == ("woman", None)
        b = registration.add_participant(ws, {"given_name": "Kim B", "stakeholder": "ONG"}).inserted["participants"][0]
        registration.merge_participants(ws, a, b)
        assert registration.participant_rows(ws, [a])[a]["stakeholder"] == "civil_society"


def test_erasure_removes_a_self_description_and_keeps_the_counted_codes(event_file: Path) -> None:
    with Workspace.open(event_file) as ws:
        pid = registration.add_participant(ws, {"given_name": "Kim", "gender": "self_described",
                                                "gender_text": "two-spirit"}).inserted["participants"][0]
        assert registration.participant_rows(ws, [pid])[pid]["gender_text"] == "two-spirit"
        registration.erase_participant(ws, pid)
        row = registration.participant_rows(ws, [pid])[pid]
        assert (row["gender"], row["gender_text"]) == ("self_described", None)


def test_cli_add_and_list_by_gender_and_stakeholder(event_file: Path, capsys) -> None:
    run_json(capsys, "participants", "add", event_file, "--given", "Ana", "--gender", "mujer", "--stakeholder",
             "gobierno", "--json")
    found = run_json(capsys, "participants", "list", event_file, "--gender", "woman", "--stakeholder", "government",
                     "--json")
    assert [p["given_name"] for p in found] == ["Ana"]
    assert (found[0]["gender"], found[0]["stakeholder"]) == ("woman", "government")


def test_a_profile_edit_and_an_organisation_edit_on_two_laptops_both_survive(tmp_path: Path) -> None:
    """Field by field: the profile is its own field group, so it does not lose to a later edit of another field."""
    event = make_event(tmp_path, tmp_path / "cfg-coordinator")
    setup = export(event.path, event.cfg, tmp_path / "setup.zip", "setup")
    laptops = []
    for name in "AB":
        cfg, path = tmp_path / f"cfg-{name}", tmp_path / f"laptop-{name}.eulac"
        laptops.append((cfg, path, new_laptop(cfg, path, setup)))
        trust(event.cfg, laptops[-1][2])
    (cfg_a, path_a, dev_a), (cfg_b, path_b, dev_b) = laptops
    person = event.people[0]
    base = time.time_ns() // 1_000_000 + 60_000
    with config(cfg_a), Workspace.open(path_a, device=dev_a, wall=ticking_wall(base)) as ws:
        registration.update_participant(ws, person, {"gender": "non_binary", "stakeholder": "research"})
    with config(cfg_b), Workspace.open(path_b, device=dev_b, wall=ticking_wall(base + 10_000)) as ws:
        registration.update_participant(ws, person, {"organisation": "Cooperativa Andina"})
    bundles = [export(path, cfg, tmp_path / f"{path.stem}.zip", "result") for cfg, path, _dev in laptops]
    for order in (bundles, bundles[::-1]):
        master = tmp_path / f"master-{order is bundles}.eulac"
        shutil.copy(event.path, master)
        with config(event.cfg):
            for bundle in order:
                import_bundle(master, bundle)
            with Workspace.open(master, mode="read") as ws:
                row = registration.participant_rows(ws, [person])[person]
        assert (row["gender"], row["stakeholder"], row["organisation"]) == ("non_binary", "research", "Cooperativa Andina")


# -- the desktop ----------------------------------------------------------------------------------------------------


@pytest.fixture
def window(open_window, event_file: Path):
    return open_window(event_file, stage="participants")


def next_by_tab(widget: QWidget) -> QWidget:
    """The control Tab goes to from `widget`."""
    nxt = widget.nextInFocusChain()
    while not (nxt.focusPolicy() & Qt.FocusPolicy.TabFocus and nxt.isEnabled() and nxt.isVisible()):
        nxt = nxt.nextInFocusChain()
    return nxt


def test_walk_in_form_takes_gender_described_and_stakeholder_by_keyboard(window, qtbot) -> None:
    dialog = WalkInDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.given, "Kim")
    assert not dialog.gender_text.isEnabled()
    dialog.gender.setFocus()
    for _ in range(4):  # (not given) → Woman → Man → Non-binary → Self-described
        qtbot.keyClick(dialog.gender, Qt.Key.Key_Down)
    assert dialog.gender.currentData() == "self_described" and dialog.gender_text.isEnabled()
    assert next_by_tab(dialog.gender) is dialog.gender_text and next_by_tab(dialog.gender_text) is dialog.stakeholder
    qtbot.keyClicks(dialog.gender_text, "genderfluid")
    qtbot.keyClick(dialog.stakeholder, Qt.Key.Key_Down)
    dialog._add(close=True)
    pid = dialog.added_id
    assert pid
    row = registration.participant_rows(window.session.ws, [pid])[pid]
    assert (row["gender"], row["gender_text"], row["stakeholder"]) == ("self_described", "genderfluid", "research")


def test_participants_page_shows_filters_and_edits_gender_and_stakeholder(window, qtbot) -> None:
    page = window.participants_page
    model = page.model
    column = model.COLUMNS.index("gender")
    row = [model.index(r, 1).data() for r in range(model.rowCount())].index("Anna")
    index = model.index(row, column)
    page.table.setCurrentIndex(index)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editors = page.table.viewport().findChildren(QComboBox)
    assert len(editors) == 1
    editor = editors[0]
    editor.setCurrentIndex(editor.findData("woman"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: model.index(row, column).data() == "Woman", timeout=2000)
    pid = model.id_at(row)
    assert registration.participant_rows(window.session.ws, [pid])[pid]["gender"] == "woman"
    assert model.setData(model.index(row, model.COLUMNS.index("stakeholder")), "Cooperativa")
    assert model.index(row, model.COLUMNS.index("stakeholder")).data() == "Other stakeholder: Cooperativa"
    box = page.filters["gender"]
    box.setCurrentIndex(box.findData("woman"))
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["Anna"]
    window.act_undo.trigger()  # the stakeholder edit
    window.act_undo.trigger()  # the gender edit
    assert registration.participant_rows(window.session.ws, [pid])[pid]["gender"] is None
