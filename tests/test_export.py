"""Exporting the participants (core/registration/export.py) as CSV (UTF-8 with BOM) or XLSX.

Files are read back — with csv, and with python-calamine for XLSX — and checked cell by cell. Cells
that a spreadsheet would run as a formula (starting with = + - @ TAB CR) get a leading apostrophe.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from eulac_desktop.core import errors, records
from eulac_desktop.core.registration import (
    add_participant,
    add_participants,
    find_by_email,
    participant_ids,
)
from eulac_desktop.core.registration.export import (
    COLUMNS,
    export_participants,
    export_rows,
)
from eulac_desktop.core.workspace import Workspace

HOSTILE = [
    {"given_name": "=HYPERLINK(\"http://evil.example\",\"click\")", "family_name": "+cmd|' /C calc'!A0",
     "email": "eq@example.org", "organisation": "@SUM(1+1)*cmd|' /C calc'!A0"},
    # Validation trims names, so a leading TAB or CR can only arrive another way (a bundle from
    # another device, an older version): this one is stored as it comes.
    {"given_name": "-2+3", "family_name": "\tTab", "email": "minus@example.org", "organisation": "\rReturn"},
]


@pytest.fixture
def ws(event_file: Path):
    """The fixture event (José Pérez, Conceição Araújo, Anna Virtanen) plus people with formula-like names."""
    with Workspace.open(event_file) as workspace:
        add_participants(workspace, HOSTILE[:1])
        with workspace.operation("test.raw") as op:
            records.insert_entity(op, "participants", {**HOSTILE[1], "email_key": HOSTILE[1]["email"], "role": "participant"})
        yield workspace


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """An empty folder for the exported files (the event file lives in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def read_csv(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read UTF-8"
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def read_xlsx(path: Path) -> tuple[list[str], list[list[object]]]:
    book = CalamineWorkbook.from_path(str(path))
    return list(book.sheet_names), book.get_sheet_by_name(book.sheet_names[0]).to_python()


def by_email(rows: list[list[object]]) -> dict[str, dict[str, object]]:
    header = [str(c) for c in rows[0]]
    return {str(r[header.index("email")]): dict(zip(header, r)) for r in rows[1:]}


def test_csv_export_reads_back(ws: Workspace, out_dir: Path):
    out = out_dir / "participantes.csv"
    assert export_participants(ws, out) == 5
    rows = read_csv(out)
    assert rows[0] == list(COLUMNS)
    people = by_email(rows)
    jose = people["jose@example.org"]
    assert (jose["given_name"], jose["family_name"], jose["organisation"], jose["country"], jose["country_name"],
            jose["region"], jose["role"]) == ("José", "Pérez", "UNI", "PE", "Peru", "LAC", "participant")
    assert people["c@example.org"]["given_name"] == "Conceição"
    assert people["anna@example.fi"]["region"] == "EU"


def test_xlsx_export_reads_back(ws: Workspace, out_dir: Path):
    out = out_dir / "participantes.xlsx"
    assert export_participants(ws, out) == 5
    sheets, rows = read_xlsx(out)
    assert sheets == ["Participants"]
    assert [str(c) for c in rows[0]] == list(COLUMNS)
    people = by_email(rows)
    assert people["c@example.org"]["family_name"] == "Araújo"
    assert people["c@example.org"]["country_name"] == "Brazil"
    assert people["anna@example.fi"]["country"] == "FI"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_formulas_are_neutralised(ws: Workspace, out_dir: Path, suffix: str):
    out = out_dir / f"export{suffix}"
    export_participants(ws, out)
    rows = read_csv(out) if suffix == ".csv" else read_xlsx(out)[1]
    people = by_email(rows)
    for original in HOSTILE:
        exported = people[original["email"]]
        for field in ("given_name", "family_name", "organisation"):
            expected = "'" + original[field]
            if suffix == ".xlsx":
                expected = expected.replace("\r", "\n")  # XML parsers turn a raw CR into LF
            assert exported[field] == expected, (field, exported[field])
    for row in rows[1:]:
        for cell in row:
            assert not (isinstance(cell, str) and cell.startswith(("=", "+", "-", "@", "\t", "\r"))), cell


def test_export_of_chosen_people_and_numbers_stay_numbers(ws: Workspace, out_dir: Path):
    pid = add_participant(ws, {"given_name": "Zoë", "family_name": "Ñandú", "email": "zoe@example.org",
                               "consent_photo": "sí", "languages": "es;pt"}).inserted["participants"][0]
    table = export_rows(ws, [pid])
    assert len(table) == 2
    zoe = dict(zip(COLUMNS, table[1]))
    assert zoe["consent_photo"] == 1 and zoe["languages"] == "es;pt" and zoe["country"] == ""
    out = out_dir / "one.xlsx"
    assert export_participants(ws, out, [pid]) == 1
    assert by_email(read_xlsx(out)[1])["zoe@example.org"]["consent_photo"] == 1


def test_right_to_left_overrides_travel_unchanged(ws: Workspace, out_dir: Path):
    add_participant(ws, {"given_name": "Ana", "family_name": "O\u202eNeil", "email": "rlo@example.org"})
    export_participants(ws, out_dir / "rlo.csv")
    assert by_email(read_csv(out_dir / "rlo.csv"))["rlo@example.org"]["family_name"] == "O\u202eNeil"


def test_an_unknown_format_is_refused_and_nothing_is_left(ws: Workspace, out_dir: Path):
    with pytest.raises(errors.InvalidValue) as refused:
        export_participants(ws, out_dir / "export.pdf")
    assert ".csv" in refused.value.text()
    assert list(out_dir.iterdir()) == []


def test_a_missing_folder_is_a_typed_error(ws: Workspace, out_dir: Path):
    with pytest.raises(errors.WriteFailed):
        export_participants(ws, out_dir / "no" / "such" / "folder" / "export.csv")


def test_an_existing_file_is_replaced_whole(ws: Workspace, out_dir: Path):
    out = out_dir / "export.csv"
    out.write_text("old content\n" * 1000, encoding="utf-8")
    export_participants(ws, out)
    assert "old content" not in out.read_text(encoding="utf-8-sig")
    assert [p.name for p in out_dir.iterdir()] == ["export.csv"]  # no .part left behind


def test_xlsx_export_of_a_name_with_a_control_character(ws: Workspace, out_dir: Path):
    """Names with control characters (\\x01, ESC: pasted from a PDF) export to XLSX, shown as <U+0001>."""
    add_participant(ws, {"given_name": "Ana\x01", "family_name": "Souza\x1b[0m", "email": "ctrl@example.org"})
    out = out_dir / "export.xlsx"
    try:
        count = export_participants(ws, out)
    except errors.EulacError as refused:
        assert refused.text().strip()
    else:
        assert count == 6
        exported = by_email(read_xlsx(out)[1])["ctrl@example.org"]
        assert str(exported["given_name"]).startswith("Ana")
    assert not (out_dir / "export.xlsx.part").exists()
    assert participant_ids(ws) and find_by_email(ws, "ctrl@example.org")
