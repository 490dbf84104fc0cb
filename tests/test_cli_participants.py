"""`eulac participants import|list|add|export|erase` (cli/participants.py), run in-process.

Exit codes: 0 done (an import with invalid rows is still done), 1 refused (the list cannot be read at
all, a bad --map, a taken e-mail, an unknown person), 2 usage. With --json, stdout holds one JSON
document. Commands that only read (list, export, import --dry-run) leave the event file byte for byte
as it was; a refused change leaves its participants and audit log as they were (opening a file for
writing records who holds it, in the file's `meta` table, so its bytes may differ).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import random
import zipfile
from pathlib import Path

import pytest
from helpers import run
from openpyxl import Workbook

COUNT_KEYS = ("rows", "added", "updated", "unchanged", "duplicates", "invalid")


@pytest.fixture(autouse=True)
def english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without --lang the CLI follows the system's language: make that English whatever the machine says."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANGUAGE", "en")


def run_json(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, object]:
    code, out, _err = run(capsys, *argv, "--json")
    return code, json.loads(out)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def contents(path: Path) -> tuple[list[tuple], int]:
    """The participants (every column) and the number of audit entries of an event file."""
    from eulac_desktop.core.workspace import Workspace

    with Workspace.open(path, mode="read") as ws:
        people = ws.conn.execute("SELECT * FROM participants ORDER BY id").fetchall()
        audits = ws.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    return people, audits


def listed(capsys, event_file: Path, *options: object) -> list[dict]:
    code, people = run_json(capsys, "participants", "list", event_file, *options)
    assert code == 0
    return people


@pytest.fixture
def spanish_list(tmp_path: Path) -> Path:
    path = tmp_path / "inscritos.csv"
    path.write_bytes(b"\xef\xbb\xbf" + (
        "Nombre;Apellido(s);Correo electrónico;Institución;País\r\n"
        "Lucía;Fernández;lucia@example.pe;UNALM;Perú\r\n"
        "José;Pérez;JOSE@example.org;PUCP;Perú\r\n"          # registered: organisation updated
        "Anna;Virtanen;anna@example.fi;VTT;Finlandia\r\n"    # registered, unchanged
        "Tiago;Moreira;tiago@;UFMG;Brasil\r\n"               # invalid e-mail
        "Lucía;Fernández; LUCIA@example.pe ;UNALM;Perú\r\n"  # twice
    ).encode())
    return path


# -- import ---------------------------------------------------------------------------------------


def test_import_prints_one_json_summary(capsys, event_file: Path, spanish_list: Path):
    code, summary = run_json(capsys, "participants", "import", event_file, spanish_list)
    assert code == 0  # imported, even with an invalid row
    assert all(isinstance(summary[k], int) for k in COUNT_KEYS)
    assert {k: summary[k] for k in COUNT_KEYS} == {"rows": 5, "added": 1, "updated": 1, "unchanged": 1,
                                                   "duplicates": 1, "invalid": 1}
    assert summary["problems"] == [{"row": 5, "column": "Correo electrónico",
                                    "reason": "“tiago@” is not a valid e-mail address"}]
    emails = {p["email"] for p in listed(capsys, event_file)}
    assert "lucia@example.pe" in emails and "tiago@" not in emails
    assert [p["organisation"] for p in listed(capsys, event_file, "--search", "perez")] == ["PUCP"]


def test_import_in_words(capsys, event_file: Path, spanish_list: Path, spanish_catalog: Path):
    from eulac_desktop.core import i18n

    try:
        code, out, _err = run(capsys, "--lang", "es", "participants", "import", event_file, spanish_list, "--dry-run")
    finally:
        i18n.set_language("en")
    assert code == 0
    assert "5 filas: 1 añadida, 1 actualizada, 1 sin cambios, 1 duplicada, 1 no válida." in out  # one of each
    code, out, _err = run(capsys, "participants", "import", event_file, spanish_list)
    assert code == 0
    assert "5 rows: 1 added, 1 updated, 1 unchanged, 1 duplicate, 1 invalid." in out
    assert "row 5, Correo electrónico: “tiago@” is not a valid e-mail address" in out


def test_dry_run_changes_nothing(capsys, event_file: Path, spanish_list: Path, isolated_config: Path):
    before = sha256(event_file)
    code, summary = run_json(capsys, "participants", "import", event_file, spanish_list, "--dry-run")
    assert code == 0 and summary["added"] == 1 and summary["updated"] == 1
    assert sha256(event_file) == before
    assert not (isolated_config / "import_mappings.json").exists()
    code, out, _ = run(capsys, "participants", "import", event_file, spanish_list, "--dry-run")
    assert "Dry run: nothing was changed." in out
    assert sha256(event_file) == before
    code, summary = run_json(capsys, "participants", "import", event_file, spanish_list)
    assert summary["added"] == 1 and sha256(event_file) != before


def test_the_json_report_of_a_list_of_namesakes_is_bounded_and_details_lists_every_row(capsys, event_file: Path,
                                                                                       tmp_path: Path):
    """50 namesakes: the report keeps its keys, counts every likely duplicate and lists the first 20; --details
    adds every row added and flagged (streamed, one JSON document all the same)."""
    path = tmp_path / "tocayos.csv"
    path.write_text("Nombre;Apellido;Correo\n" + "".join(f"Kenji;Tanaka;k{i}@example.jp\n" for i in range(50)),
                    encoding="utf-8")
    code, summary = run_json(capsys, "participants", "import", event_file, path, "--dry-run")
    assert code == 0 and summary["added"] == 50 and summary["likely_duplicates_total"] == 49
    assert {*COUNT_KEYS, "problems", "likely_duplicates", "updated_fields", "encoding", "separator", "sheet",
            "mapping"} <= set(summary) and "details" not in summary
    assert [e["row"] for e in summary["likely_duplicates"]] == list(range(3, 23))
    assert all(len(e["matches"]) <= 5 for e in summary["likely_duplicates"])
    code, full = run_json(capsys, "participants", "import", event_file, path, "--dry-run", "--details")
    assert code == 0 and {k: v for k, v in full.items() if k != "details"} == summary
    assert [a["row"] for a in full["details"]["added"]] == list(range(2, 52))
    assert full["details"]["added"][0] == {"row": 2, "given_name": "Kenji", "family_name": "Tanaka",
                                          "email": "k0@example.jp"}
    assert [e["row"] for e in full["details"]["likely_duplicates"]] == list(range(3, 52))
    assert full["details"]["updated"] == []
    code, out, _err = run(capsys, "participants", "import", event_file, path, "--details")
    assert code == 0 and "row 51: added Kenji Tanaka <k49@example.jp>" in out
    assert "row 51: Kenji Tanaka may be Kenji Tanaka" in out
    assert "49 people may already be registered under a close name" in out


def test_import_a_chosen_sheet(capsys, event_file: Path, tmp_path: Path):
    book = Workbook()
    book.active.title = "Notas"
    book.active.append(["Sin", "datos"])
    sheet = book.create_sheet("Inscritos")
    sheet.append(["Nome", "Sobrenome", "E-mail", "País"])
    sheet.append(["João", "da Silva", "joao@example.br", "Brasil"])
    book.save(tmp_path / "lista.xlsx")
    code, summary = run_json(capsys, "participants", "import", event_file, tmp_path / "lista.xlsx", "--sheet", "Inscritos")
    assert code == 0 and summary["added"] == 1 and summary["sheet"] == "Inscritos"
    assert [p["country"] for p in listed(capsys, event_file, "--search", "joao")] == ["BR"]
    before = contents(event_file)
    code, error = run_json(capsys, "participants", "import", event_file, tmp_path / "lista.xlsx", "--sheet", "Hoja")
    assert code == 1 and error["error"] == "unreadable_list" and "Hoja" in error["message"]
    assert contents(event_file) == before


def test_import_with_map(capsys, event_file: Path, tmp_path: Path):
    path = tmp_path / "raro.csv"
    path.write_text('Quién,Contacto,Teléfono\n"García López, María José",mj@example.mx,+52 55 1234\n', encoding="utf-8")
    code, summary = run_json(capsys, "participants", "import", event_file, path, "--map", "Quién=full_name",
                             "--map", "2=email", "--map", "teléfono=ignore")
    assert code == 0 and summary["added"] == 1
    assert summary["mapping"] == {"Quién": "full_name", "Contacto": "email", "Teléfono": ""}
    [person] = listed(capsys, event_file, "--search", "mj")
    assert (person["given_name"], person["family_name"]) == ("María José", "García López")


@pytest.mark.parametrize("bad", ["Contacto", "Contacto=emial", "Nope=email"])
def test_a_bad_map_is_refused(capsys, event_file: Path, tmp_path: Path, bad: str):
    path = tmp_path / "l.csv"
    path.write_text("Nombre,Contacto\nAna,ana@example.org\n", encoding="utf-8")
    before = contents(event_file)
    code, error = run_json(capsys, "participants", "import", event_file, path, "--map", bad)
    assert code == 1 and error["error"] == "invalid_value" and error["message"]
    assert contents(event_file) == before


def test_a_list_without_names_is_refused(capsys, event_file: Path, tmp_path: Path):
    path = tmp_path / "l.csv"
    path.write_text("Correo,Teléfono\nana@example.org,123\n", encoding="utf-8")
    code, error = run_json(capsys, "participants", "import", event_file, path)
    assert code == 1 and error["error"] == "no_name_column" and "--map" in error["hint"]


def test_a_full_name_column_beside_a_family_name_column_does_not_crash_the_cli(capsys, event_file: Path,
                                                                                   tmp_path: Path):
    """A full-name column beside a family-name column is read as the given name, from the command line too."""
    path = tmp_path / "l.csv"
    path.write_text("Nombre completo;Apellidos;Correo\nMaría José;García López;mj@example.mx\n", encoding="utf-8")
    code, _out, _err = run(capsys, "participants", "import", event_file, path, "--json")
    assert code in (0, 1)


def _garbage_zip(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", random.Random(5).randbytes(1000))


UNREADABLE = {
    "empty.csv": lambda p: p.write_bytes(b""),
    "binary.csv": lambda p: p.write_bytes(random.Random(6).randbytes(3000)),
    "garbage-zip.xlsx": _garbage_zip,
    "random.xlsx": lambda p: p.write_bytes(random.Random(7).randbytes(3000)),
    "password.xlsx": lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000)),
}


@pytest.mark.parametrize("name", UNREADABLE)
def test_an_unreadable_list_exits_1_and_changes_nothing(capsys, event_file: Path, tmp_path: Path, name: str):
    path = tmp_path / name
    UNREADABLE[name](path)
    before = contents(event_file)
    code, out, err = run(capsys, "participants", "import", event_file, path, "--json")
    assert code == 1
    error = json.loads(out)
    assert error["error"] == "unreadable_list" and error["message"].strip() and error["hint"].strip()
    assert "Error:" in err
    assert contents(event_file) == before


def test_a_header_only_list_imports_nothing(capsys, event_file: Path, tmp_path: Path):
    path = tmp_path / "solo-cabecera.csv"
    path.write_text("Nombre;Apellido;Correo\r\n", encoding="utf-8")
    code, summary = run_json(capsys, "participants", "import", event_file, path)
    assert code == 0
    assert {k: summary[k] for k in COUNT_KEYS} == dict.fromkeys(COUNT_KEYS, 0)
    assert len(listed(capsys, event_file)) == 3


def test_usage_errors_exit_2(capsys, event_file: Path):
    code, out, err = run(capsys, "participants", "import", event_file)
    assert code == 2 and out == "" and "usage" in err.lower()


# -- list, add --------------------------------------------------------------------------------------


def test_list_search_and_filters(capsys, event_file: Path):
    assert [p["given_name"] for p in listed(capsys, event_file, "--search", "conceicao")] == ["Conceição"]
    assert [p["given_name"] for p in listed(capsys, event_file, "--search", "JOSE")] == ["José"]
    assert [p["given_name"] for p in listed(capsys, event_file, "--region", "EU")] == ["Anna"]
    assert [p["given_name"] for p in listed(capsys, event_file, "--country", "br")] == ["Conceição"]
    assert listed(capsys, event_file, "--search", "nadie") == []
    people = listed(capsys, event_file)
    assert [p["family_name"] for p in people] == ["Araújo", "Pérez", "Virtanen"]
    assert {"id", "given_name", "family_name", "email", "country", "region"} <= set(people[0])


def test_add_a_walk_in(capsys, event_file: Path):
    code, added = run_json(capsys, "participants", "add", event_file, "--given", "Lucía", "--family", "Fernández",
                           "--email", "lucia@example.pe", "--country", "Perú", "--languages", "es;en")
    assert code == 0 and set(added) == {"id"}
    [lucia] = listed(capsys, event_file, "--search", "lucia")
    assert (lucia["id"], lucia["country"], lucia["region"], lucia["languages"]) == (added["id"], "PE", "LAC", "es;en")


@pytest.mark.parametrize("email", ["JOSE@example.org", " jose@example.org "])
def test_adding_a_registered_email_exits_1(capsys, event_file: Path, email: str):
    before = contents(event_file)
    code, error = run_json(capsys, "participants", "add", event_file, "--given", "Otro", "--family", "José",
                           "--email", email)
    assert code == 1 and error["error"] == "invalid_value" and "already registered" in error["message"]
    assert contents(event_file) == before


def test_adding_an_invalid_person_exits_1(capsys, event_file: Path):
    code, error = run_json(capsys, "participants", "add", event_file, "--given", "Ana", "--email", "ana@")
    assert code == 1 and "e-mail" in error["message"].lower()
    code, error = run_json(capsys, "participants", "add", event_file, "--given", "Ana", "--country", "Narnia")
    assert code == 1 and "Narnia" in error["message"]


def test_hostile_names_are_stored_as_given_and_listed_escaped(capsys, event_file: Path):
    code, _ = run_json(capsys, "participants", "add", event_file, "--given", "<script>alert(1)</script>",
                       "--family", "Souza\u202egpj.exe", "--email", "x@example.org")
    assert code == 0
    [person] = listed(capsys, event_file, "--search", "souza")
    assert (person["given_name"], person["family_name"]) == ("<script>alert(1)</script>", "Souza\u202egpj.exe")
    code, out, _ = run(capsys, "participants", "list", event_file, "--search", "souza")
    assert "Souza<U+202E>gpj.exe" in out and "\u202e" not in out


# -- export, erase --------------------------------------------------------------------------------


def test_export_csv_and_xlsx(capsys, event_file: Path, tmp_path: Path):
    code, result = run_json(capsys, "participants", "export", event_file, tmp_path / "p.csv")
    assert code == 0 and result == {"file": str(tmp_path / "p.csv"), "participants": 3}
    rows = list(csv.reader(io.StringIO((tmp_path / "p.csv").read_text(encoding="utf-8-sig"), newline="")))
    assert rows[0][:3] == ["given_name", "family_name", "email"] and len(rows) == 4
    code, result = run_json(capsys, "participants", "export", event_file, tmp_path / "p.xlsx")
    assert code == 0 and result["participants"] == 3 and zipfile.is_zipfile(tmp_path / "p.xlsx")
    code, _error = run_json(capsys, "participants", "export", event_file, tmp_path / "p.pdf")
    assert code == 1 and not (tmp_path / "p.pdf").exists()


def test_erase(capsys, event_file: Path):
    code, out, err = run(capsys, "participants", "erase", event_file, "C@example.org", "--json")
    assert code == 0
    result = json.loads(out)
    assert result["erased"] is True and "Erased" in err
    assert listed(capsys, event_file, "--search", "conceicao") == []
    assert next(p for p in listed(capsys, event_file) if p["id"] == result["id"])["erased"] == 1


def test_erasing_an_unknown_email_exits_1(capsys, event_file: Path):
    before = contents(event_file)
    code, error = run_json(capsys, "participants", "erase", event_file, "nadie@example.org")
    assert code == 1 and "nadie@example.org" in error["message"]
    assert contents(event_file) == before


def test_a_list_of_100000_columns_is_refused_and_one_with_empty_columns_at_its_right_keeps_its_own(
        capsys, event_file: Path, tmp_path: Path) -> None:
    wide = tmp_path / "wide.csv"
    wide.write_text("given_name,family_name,email," + ",".join(f"c{i}" for i in range(100_000)) + "\n"
                    "Ana,Lima,ana@example.org," + ",".join("x" * 100_000) + "\n", encoding="utf-8")
    for argv in (("participants", "import", event_file, wide), ("p2p", "topics", event_file, wide)):
        code, out, _err = run(capsys, *argv, "--json")
        data = json.loads(out)
        assert code == 1 and data["error"] == "unreadable_list", (code, data)
        assert "100003 columns" in data["message"] and "at most 1000" in data["message"] and len(out) < 2000
    trailing = tmp_path / "excel.csv"  # a spreadsheet's CSV: separators up to its last formatted column
    trailing.write_text("given_name,family_name,email" + "," * 20_000 + "\nAna,Lima,ana@example.org" + "," * 20_000
                        + "\n", encoding="utf-8")
    code, out, _err = run(capsys, "participants", "import", event_file, trailing, "--json")
    assert code == 0 and json.loads(out)["added"] == 1 and len(json.loads(out)["mapping"]) == 3


def test_the_json_mapping_of_a_list_with_a_repeated_or_empty_header_names_every_column(capsys, event_file: Path,
                                                                                       tmp_path: Path) -> None:
    path = tmp_path / "twice.csv"  # the second "email" is ignored; its "" overwrote the first's "email" in the JSON
    path.write_text("given_name,email,email,,notes\nAna,ana@example.org,b@example.org,x,y\n", encoding="utf-8")
    code, out, _err = run(capsys, "participants", "import", event_file, path, "--dry-run", "--json")
    assert code == 0 and json.loads(out)["mapping"] == {
        "given_name": "given_name", "email": "email", "email (column 3)": "", "(column 4)": "", "notes": ""}
