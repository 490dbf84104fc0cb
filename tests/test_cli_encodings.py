"""`eulac participants import` and lists whose encoding is a guess (issue 16, "Lists").

A Mac Roman list, or a UTF-8 list with one stray byte, used to import with exit 0 and every accented
name garbled. Now the command refuses (exit 1) with the likely encodings and a sample name read each
way, and imports right with `--encoding`; a clean Windows-1252 (or UTF-8) list still imports silently.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import run

PEOPLE = [("Nombre", "Apellido", "Correo"), ("Iñaki", "Muñoz", "inaki@example.es"),
          ("Conceição", "Araújo", "conceicao@example.br"), ("Éloïse", "Lefèvre", "eloise@example.fr")]


@pytest.fixture(autouse=True)
def english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without --lang the CLI follows the system's language: make that English whatever the machine says."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANGUAGE", "en")


def names(path: Path) -> set[tuple[str, str]]:
    from eulac_desktop.core.workspace import Workspace

    with Workspace.open(path, mode="read") as ws:
        return set(ws.conn.execute("SELECT given_name, family_name FROM participants WHERE deleted = 0"))


def write_list(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def lines(rows, encoding: str) -> bytes:
    return "".join(";".join(row) + "\r\n" for row in rows).encode(encoding)


@pytest.fixture
def mac_list(tmp_path: Path) -> Path:
    return write_list(tmp_path / "mac.csv", lines(PEOPLE, "mac_roman"))


@pytest.fixture
def broken_utf8_list(tmp_path: Path) -> Path:
    """UTF-8, except one name pasted from a Windows-1252 file: one byte that is not UTF-8."""
    return write_list(tmp_path / "mixed.csv", lines(PEOPLE, "utf-8") + "Zoë;Brontë;zoe@example.uk\r\n".encode("cp1252"))


EXPECTED = {("Iñaki", "Muñoz"), ("Conceição", "Araújo"), ("Éloïse", "Lefèvre")}


def test_a_mac_roman_list_is_refused_with_the_likely_encodings(capsys, event_file: Path, mac_list: Path):
    before = names(event_file)
    code, out, err = run(capsys, "participants", "import", event_file, mac_list)
    assert code == 1, (out, err)
    assert "--encoding mac_roman" in err
    assert "Iñaki · Muñoz" in err  # the right reading, beside the garbled ones
    assert "--encoding latin_1" in err or "--encoding cp850" in err
    assert names(event_file) == before  # nothing imported


def test_the_refusal_in_json_lists_each_encoding_with_its_sample(capsys, event_file: Path, mac_list: Path):
    code, out, _err = run(capsys, "participants", "import", event_file, mac_list, "--json")
    assert code == 1
    refusal = json.loads(out)
    assert refusal["error"] == "encoding_uncertain"
    readings = {c["encoding"]: c["sample"] for c in refusal["encodings"]}
    assert refusal["encodings"][0]["encoding"] == "mac_roman"
    assert readings["mac_roman"][0] == "Iñaki · Muñoz"
    assert len(readings) >= 2 and all(sample != readings["mac_roman"] for enc, sample in readings.items() if enc != "mac_roman")


def test_a_mac_roman_list_imports_right_with_its_encoding(capsys, event_file: Path, mac_list: Path):
    code, _out, err = run(capsys, "participants", "import", event_file, mac_list, "--encoding", "mac_roman")
    assert code == 0, err
    assert names(event_file) >= EXPECTED


def test_a_utf8_list_with_one_stray_byte_is_refused_then_imports_right(capsys, event_file: Path, broken_utf8_list: Path):
    code, out, err = run(capsys, "participants", "import", event_file, broken_utf8_list, "--json")
    assert code == 1, err
    readings = {c["encoding"]: c["sample"] for c in json.loads(out)["encodings"]}
    first = next(iter(readings))
    assert "Zoë · Brontë" in readings[first] and "Iñaki · Muñoz" in readings[first]
    assert "cp1252" in readings and "Iñaki · Muñoz" not in readings["cp1252"]  # UTF-8 read as Windows-1252: garbled
    code, _out, err = run(capsys, "participants", "import", event_file, broken_utf8_list, "--encoding", first)
    assert code == 0, err
    assert EXPECTED | {("Zoë", "Brontë")} <= names(event_file)


def test_a_clean_windows_1252_list_still_imports_silently(capsys, event_file: Path, tmp_path: Path):
    path = write_list(tmp_path / "excel.csv", lines([*PEOPLE, ("Seán", "O’Brien", "sean@example.ie")], "cp1252"))
    code, out, err = run(capsys, "participants", "import", event_file, path, "--json")
    assert code == 0, err
    assert json.loads(out)["encoding"] == "cp1252"
    assert EXPECTED | {("Seán", "O’Brien")} <= names(event_file)


def test_a_clean_utf8_list_still_imports_silently(capsys, event_file: Path, tmp_path: Path):
    path = write_list(tmp_path / "utf8.csv", lines(PEOPLE, "utf-8"))
    code, _out, err = run(capsys, "participants", "import", event_file, path)
    assert code == 0, err
    assert names(event_file) >= EXPECTED


def test_an_unknown_encoding_is_refused_clearly(capsys, event_file: Path, mac_list: Path):
    code, _out, err = run(capsys, "participants", "import", event_file, mac_list, "--encoding", "klingon")
    assert code == 1
    assert "known encoding" in err and "Traceback" not in err
    assert "“klingon” is not a known encoding" in err and "mac_roman" in err  # says which name, and the right ones


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_utf16_list_without_a_byte_order_mark_imports_right(capsys, event_file: Path, tmp_path: Path, encoding: str):
    """Such a list used to be refused as "binary content" (its ASCII letters come with a zero byte each)."""
    path = write_list(tmp_path / "unicode.txt", lines(PEOPLE, encoding))
    code, out, err = run(capsys, "participants", "import", event_file, path, "--json")
    assert code == 0, err
    assert json.loads(out)["encoding"] == encoding.replace("-", "_")
    assert names(event_file) >= EXPECTED


def test_a_binary_file_is_still_refused_as_such(capsys, event_file: Path, tmp_path: Path):
    path = write_list(tmp_path / "photo.csv", bytes(range(256)) * 8)
    code, _out, err = run(capsys, "participants", "import", event_file, path)
    assert code == 1 and "Traceback" not in err and "binary" in err
