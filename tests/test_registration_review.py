"""Reviewing registrations in the core: undoing a merge, likely duplicates and "not the same person",
locale-aware name order, who counts as registered (not the erased), one role vocabulary, photo-consent
columns in four languages, and an import that keeps chosen records as they are.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eulac_desktop.core import checkin, records
from eulac_desktop.core.registration import (
    add_participant,
    erase_participant,
    find_by_email,
    merge_participants,
    participant_count,
    participant_ids,
)
from eulac_desktop.core.registration.duplicates import likely_duplicate_count, likely_duplicate_pairs, not_the_same
from eulac_desktop.core.registration.importing import apply_import, mapping_for, plan_import
from eulac_desktop.core.registration.mapping import guess_mapping, parse_consent
from eulac_desktop.core.registration.people import erased_count, unmerge_participants
from eulac_desktop.core.registration.tables import read_text_table
from eulac_desktop.core.text import sort_key
from eulac_desktop.core.vocabulary import ROLE_LABELS, role_label
from eulac_desktop.core.workspace import Workspace


@pytest.fixture
def ws(event_file: Path):
    """The fixture event (José Pérez, Conceição Araújo, Anna Virtanen), open for writing."""
    with Workspace.open(event_file) as workspace:
        yield workspace


def add(ws: Workspace, **values: str) -> str:
    return add_participant(ws, values).inserted["participants"][0]


def test_undoing_a_merge_brings_both_people_back_whole(ws: Workspace):
    kept = add(ws, given_name="Giulia", family_name="Ferrari", languages="it", offers="WATER")
    merged = add(ws, given_name="Giulia", family_name="Ferrari", email="giulia@example.it", organisation="Polimi",
                 languages="en", role="speaker", offers="CLIMATE", seeks="5GIOT")
    checkin.check_in(ws, merged, "Door 1")
    before = {pid: records.get(ws, "participants", pid) for pid in (kept, merged)}
    count = participant_count(ws)
    merge = merge_participants(ws, kept, merged)
    assert participant_count(ws) == count - 1 and checkin.checked_in_ids(ws) == {kept}
    unmerge_participants(ws, merge)
    assert participant_count(ws) == count
    after = {pid: records.get(ws, "participants", pid) for pid in (kept, merged)}
    fields = ("given_name", "family_name", "email", "organisation", "languages", "role", "offers", "seeks", "deleted",
              "merged_into")
    assert {p: {f: after[p][f] for f in fields} for p in after} == {p: {f: before[p][f] for f in fields} for p in before}
    assert find_by_email(ws, "giulia@example.it") == merged
    assert checkin.checked_in_ids(ws) == {merged}  # the check-in is the merged person's again


def test_likely_duplicates_are_listed_until_marked_not_the_same(ws: Workspace):
    first = add(ws, given_name="Giulia", family_name="Ferrari", organisation="Polimi")
    second = add(ws, given_name="Giulia", family_name="Ferrari", organisation="Polimi", email="g2@example.it")
    close = add(ws, given_name="Jose", family_name="Perez")  # close to the fixture's José Pérez
    pairs = likely_duplicate_pairs(ws)
    assert pairs[0] == {"ids": (first, second), "reason": "same_name_and_organisation"}
    jose = find_by_email(ws, "jose@example.org")
    assert {frozenset(p["ids"]) for p in pairs} == {frozenset((first, second)), frozenset((jose, close))}
    not_the_same(ws, second, first)
    assert [set(p["ids"]) for p in likely_duplicate_pairs(ws)] == [{jose, close}]
    merge_participants(ws, jose, close)
    assert likely_duplicate_pairs(ws) == []


def test_the_count_of_likely_duplicates_is_the_number_of_pairs_listed(ws: Workspace):
    """What the participants page shows on its review action, counted group by group without making the pairs."""
    assert likely_duplicate_count(ws) == len(likely_duplicate_pairs(ws)) == 0
    tanaka = [add(ws, given_name="Kenji", family_name="Tanaka", email=f"k{i}@example.jp") for i in range(4)]
    add(ws, given_name="Kenjo", family_name="Tanaka")  # a very close name, not the same
    add(ws, given_name="Jose", family_name="Perez")  # the fixture's José Pérez
    add(ws, given_name="Anna", family_name="Virtanen-Koskinen")  # not close enough
    pairs = likely_duplicate_pairs(ws)
    assert likely_duplicate_count(ws) == len(pairs) == 6 + 4 + 1
    not_the_same(ws, tanaka[2], tanaka[0])
    not_the_same(ws, tanaka[1], find_by_email(ws, "anna@example.fi"))  # no pair to begin with: changes nothing
    assert likely_duplicate_count(ws) == len(likely_duplicate_pairs(ws)) == 10


def test_names_sort_with_accents_and_case_folded(ws: Workspace):
    for family in ("Brückner", "Bérenger", "berg", "Zapata", "Ávila"):
        add(ws, given_name="X", family_name=family)
    rows = [records.get(ws, "participants", pid)["family_name"] for pid in participant_ids(ws)]
    assert rows.index("Bérenger") < rows.index("berg") < rows.index("Brückner")
    assert rows[0] == "Araújo" and rows[1] == "Ávila"
    assert sorted(["Brückner", "Bérenger"], key=sort_key) == ["Bérenger", "Brückner"]


def test_an_erased_person_is_not_counted_as_registered(ws: Workspace):
    pid = find_by_email(ws, "anna@example.fi")
    count = participant_count(ws)
    registered = checkin.stats(ws)["registered"]
    erase_participant(ws, pid)
    assert participant_count(ws) == count - 1 and erased_count(ws) == 1
    assert checkin.stats(ws)["registered"] == registered - 1
    assert pid in participant_ids(ws)  # still listed (shown as erased), not counted


def test_one_role_vocabulary(ws: Workspace):
    assert set(ROLE_LABELS) == {"participant", "speaker", "facilitator", "organiser"}
    assert role_label("organiser") == "Organiser" and role_label(None) == "Participant"


@pytest.mark.parametrize("header", ["Autoriza foto", "Photo autorisée", "Autoriza fotografia", "Photo consent",
                                    "¿Autoriza fotos?", "Autorização de imagem", "Consentement photo (oui/non)"])
def test_photo_consent_headers_in_four_languages(header: str):
    assert guess_mapping(["Nombre", "Apellido", header]) == ["given_name", "family_name", "consent_photo"]


@pytest.mark.parametrize("value, consent", [("sí", 1), ("Si", 1), ("SIM", 1), ("oui", 1), ("x", 1), ("1", 1),
                                            ("Yes", 1), ("não", 0), ("nao", 0), ("non", 0), ("No", 0), ("0", 0),
                                            ("", 0), ("faux", 0), ("falso", 0)])
def test_yes_and_no_in_four_languages(value: str, consent: int):
    assert parse_consent(value) == consent


def test_an_import_keeps_the_rows_chosen_and_updates_the_others(ws: Workspace):
    text = ("Nombre;Apellido;Correo;Institución;Autoriza foto\n"
            "José;Pérez;jose@example.org;PUCP;sí\n"
            "Conceição;Araújo;c@example.org;USP;sí\n")
    table = read_text_table(text.encode(), "lista.csv")
    plan = plan_import(ws, table, mapping_for(table))
    assert [row for row, *_ in plan.updated] == [2, 3]
    jose, conceicao = find_by_email(ws, "jose@example.org"), find_by_email(ws, "c@example.org")
    assert plan.current[jose]["family_name"] == "Pérez"
    before = records.get(ws, "participants", conceicao)
    apply_import(ws, plan, keep=[3])
    assert records.get(ws, "participants", jose)["organisation"] == "PUCP"
    assert records.get(ws, "participants", jose)["consent_photo"] == 1
    after = records.get(ws, "participants", conceicao)
    assert (after["organisation"], after["consent_photo"]) == (before["organisation"], before["consent_photo"])


def test_the_command_line_can_keep_rows_of_a_second_list(capsys, event_file: Path, tmp_path: Path):
    from eulac_desktop.cli import main

    path = tmp_path / "second.csv"
    path.write_text("Nombre;Apellido;Correo;Institución\nJosé;Pérez;jose@example.org;PUCP\n"
                    "Conceição;Araújo;c@example.org;USP\n", encoding="utf-8")
    assert main(["participants", "import", str(event_file), str(path), "--keep", "3", "--json"]) == 0
    with Workspace.open(event_file) as ws:
        organisations = {e: records.get(ws, "participants", find_by_email(ws, e))["organisation"]
                         for e in ("jose@example.org", "c@example.org")}
    assert organisations == {"jose@example.org": "PUCP", "c@example.org": "Fiocruz"}


def test_the_command_line_counts_a_kept_row_as_kept_and_refuses_a_row_that_updates_nobody(
        capsys, event_file: Path, tmp_path: Path):
    """`--keep 3` used to leave the person alone yet report "2 updated" (JSON `updated` 2, row 3 in
    `updated_fields`), in a dry run too; and `--keep 9`, a row of no update (a typo), was ignored without a word,
    so the person meant to be kept was updated."""
    from helpers import run, run_json

    path = tmp_path / "second.csv"
    path.write_text("Nombre;Apellido;Correo;Institución\nJosé;Pérez;jose@example.org;PUCP\n"
                    "Conceição;Araújo;c@example.org;USP\n", encoding="utf-8")
    for dry_run in (("--dry-run",), ()):
        summary = run_json(capsys, "participants", "import", event_file, path, "--keep", 3, *dry_run)
        assert (summary["updated"], summary["kept"], list(summary["updated_fields"])) == (1, 1, ["2"])
    for row in ("9", "0", "1"):
        refused = run_json(capsys, "participants", "import", event_file, path, "--keep", 3, "--keep", row,
                           expect=1)
        assert refused["error"] == "invalid_value" and f"row {row} updates nobody" in refused["message"]
    code, _out, err = run(capsys, "--lang", "es", "participants", "import", event_file, path, "--keep", 9)
    assert code == 1 and "Fila" in err and "row 9" not in err
    with Workspace.open(event_file, mode="read") as ws:
        assert records.get(ws, "participants", find_by_email(ws, "c@example.org"))["organisation"] == "Fiocruz"
    code, out, _err = run(capsys, "participants", "import", event_file, path, "--keep", 3)
    assert code == 0 and "0 updated, 1 unchanged" in out and "1 person kept as they were (--keep)." in out
