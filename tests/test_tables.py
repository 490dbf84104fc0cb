"""Reading organisers' lists into a `Table` (core/registration/tables.py).

CSV/TSV/TXT with `,` `;` TAB `|`, in UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text") and
Windows-1252/Latin-1 (a guess, with the other plausible encodings offered); XLSX and ODS sheets read
with python-calamine (ODS files are built by hand: odfpy is not installed). Row numbers are the
file's own (the header is row 1), blank lines are skipped, and unreadable files are refused with a
typed `UnreadableList`. Hostile spreadsheets (entity expansion, a far-away cell) are read in a child
process with a time and memory limit, so that a failure cannot take the test run down with it.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import random
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from eulac_desktop.core import errors
from eulac_desktop.core.registration.tables import (
    SEPARATORS,
    Table,
    UnreadableList,
    read_table,
    read_text_table,
)

PROPERTY = settings(max_examples=150, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


# -- helpers ------------------------------------------------------------------------------------


def csv_bytes(rows: list[list[str]], separator: str = ",", encoding: str = "utf-8") -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=separator, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode(encoding)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def write_xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    """An XLSX written by openpyxl, one sheet per entry (in order)."""
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def write_ods(path: Path, sheets: dict[str, list[list[str]]], prolog: str = "") -> Path:
    """A minimal valid ODS: `mimetype` first and stored, content.xml with table:table, a manifest."""
    tables = []
    for name, rows in sheets.items():
        xml_rows = "".join(
            "<table:table-row>" + "".join(
                f'<table:table-cell office:value-type="string"><text:p>{cell}</text:p></table:table-cell>'
                if cell else "<table:table-cell/>" for cell in row) + "</table:table-row>"
            for row in rows)
        tables.append(f'<table:table table:name="{escape(name)}">{xml_rows}</table:table>')
    content = ('<?xml version="1.0" encoding="UTF-8"?>' + prolog +
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               "<office:body><office:spreadsheet>" + "".join(tables) +
               "</office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return path


_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def write_raw_xlsx(path: Path, strings: list[str], cells: list[tuple[str, int]], *, strings_prolog: str = "",
                   sheet_prolog: str = "") -> Path:
    """An XLSX written by hand with a shared-strings part: `cells` are (reference, string index).

    The prologs go between the XML declaration and the root element (a DOCTYPE, for instance).
    """
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        "</Types>")
    rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{_PKG}">'
            f'<Relationship Id="rId1" Type="{_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{_MAIN}" xmlns:r="{_RELS}">'
                '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    workbook_rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{_PKG}">'
                     f'<Relationship Id="rId1" Type="{_RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
                     f'<Relationship Id="rId2" Type="{_RELS}/sharedStrings" Target="sharedStrings.xml"/>'
                     "</Relationships>")
    shared = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + strings_prolog +
              f'<sst xmlns="{_MAIN}" count="{len(strings)}" uniqueCount="{len(strings)}">' +
              "".join(f"<si><t>{s}</t></si>" for s in strings) + "</sst>")
    by_row: dict[int, list[tuple[str, int]]] = {}
    for ref, index in cells:
        by_row.setdefault(int("".join(c for c in ref if c.isdigit())), []).append((ref, index))
    sheet_rows = "".join(f'<row r="{r}">' + "".join(f'<c r="{ref}" t="s"><v>{i}</v></c>' for ref, i in row) + "</row>"
                         for r, row in sorted(by_row.items()))
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + sheet_prolog +
             f'<worksheet xmlns="{_MAIN}"><sheetData>{sheet_rows}</sheetData></worksheet>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", content_types)
        z.writestr("_rels/.rels", rels)
        z.writestr("xl/workbook.xml", workbook)
        z.writestr("xl/_rels/workbook.xml.rels", workbook_rels)
        z.writestr("xl/sharedStrings.xml", shared)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


SIMPLE_CELLS = [("A1", 0), ("B1", 1), ("A2", 2), ("B2", 3)]
SIMPLE_STRINGS = ["Name", "Email", "Ana Souza", "ana@example.org"]


def billion_laughs(root: str) -> str:
    """A DOCTYPE whose entity `lol9` expands to 10⁹ "lol"s."""
    entities = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    return f'<!DOCTYPE {root} [<!ENTITY lol0 "lol">{entities}]>'


_CHILD = """
import json, resource, sys
limit = int(sys.argv[2])
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from eulac_desktop.core.registration.tables import UnreadableList, read_table
try:
    table = read_table(sys.argv[1])
except UnreadableList as exc:
    print(json.dumps({"refused": exc.text()}))
else:
    print(json.dumps({"header": table.header, "rows": table.rows}))
"""


def read_in_child(path: Path, timeout: float = 10, memory: int = 2 * 1024**3) -> dict:
    """`read_table(path)` in a child process limited in time and address space: its JSON result.

    Fails the test (instead of hanging or crashing the run) when the reader hangs, aborts or runs out of memory.
    """
    env = {**os.environ, "PYTHONFAULTHANDLER": "0", "RUST_BACKTRACE": "0"}
    try:
        done = subprocess.run([sys.executable, "-c", _CHILD, str(path), str(memory)], capture_output=True,
                              text=True, timeout=timeout, env=env, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"reading {path.name} did not finish within {timeout} s")
    assert done.returncode == 0, (f"reading {path.name} killed the process (exit {done.returncode}): "
                                  f"{done.stderr.strip().splitlines()[:2]}")
    return json.loads(done.stdout)


# -- separators and encodings -------------------------------------------------------------------

PEOPLE = [["Nombre", "Apellido(s)", "Correo electrónico", "Institución"],
          ["José", "Pérez", "jose@example.org", "Universidad Nacional de Ingeniería"],
          ["Conceição", "Araújo", "c@example.org", "Fiocruz"],
          ["Zoë", "Ñandú", "zoe@example.org", "UNAM"]]


@pytest.mark.parametrize("separator", SEPARATORS, ids=["comma", "semicolon", "tab", "pipe"])
def test_each_separator_is_detected(separator: str):
    table = read_text_table(csv_bytes(PEOPLE, separator), "list.csv")
    assert table.separator == separator
    assert table.header == PEOPLE[0]
    assert table.rows == PEOPLE[1:]
    assert table.line_numbers == [2, 3, 4]


def test_commas_inside_a_semicolon_separated_list_stay_in_their_cells():
    data = ("Nombre completo;Correo;Institución\r\n"
            "García López, María José;mj@example.org;Universidad Nacional, Lima\r\n"
            "Pérez, Juan;jp@example.org;UNI\r\n").encode()
    table = read_text_table(data, "lista.csv")
    assert table.separator == ";"
    assert table.rows[0] == ["García López, María José", "mj@example.org", "Universidad Nacional, Lima"]


def test_utf8_with_bom_loses_the_bom():
    table = read_text_table(codecs.BOM_UTF8 + csv_bytes(PEOPLE, ";"), "bom.csv")
    assert table.encoding == "utf-8-sig"
    assert table.header[0] == "Nombre"  # not "\ufeffNombre": the first column is still recognised
    assert table.encoding_certain


def test_excel_unicode_text_is_utf16_tab_separated():
    """Excel's "Unicode text (*.txt)": UTF-16 little-endian with a BOM, TAB-separated, CRLF."""
    data = codecs.BOM_UTF16_LE + "\r\n".join("\t".join(r) for r in PEOPLE).encode("utf-16-le") + "\r\n".encode("utf-16-le")
    table = read_text_table(data, "export.txt")
    assert table.encoding == "utf-16"
    assert table.separator == "\t"
    assert table.rows == PEOPLE[1:]
    assert table.encoding_certain


def test_a_clean_windows_1252_list_is_read_without_asking():
    """Excel's "CSV" on Windows: Windows-1252 alone reads every name plausibly (Mac Roman reads "JosÈ",
    DOS 850 "JosÚ"), so the choice is certain and nobody is asked (issue 16: it still imports silently)."""
    rows = [*PEOPLE, ["Seán", "O’Brien", "sean@example.ie", "Trinity – Dublin"]]
    table = read_text_table(csv_bytes(rows, ";", "cp1252"), "excel.csv")
    assert table.encoding == "cp1252"
    assert table.rows == rows[1:]
    assert table.encoding_certain


def test_a_mac_roman_list_is_a_guess_with_its_readings():
    """A Mac Roman list: the likely encodings come with the names read each way, the right one first."""
    rows = [["ID", "Correo", "Nombre", "Apellido"], ["1", "j@example.org", "José", "Pérez"],
            ["2", "c@example.org", "Conceição", "Araújo"]]
    table = read_text_table(csv_bytes(rows, ";", "mac_roman"), "mac.csv")
    assert table.encoding == "mac_roman"
    assert table.rows == rows[1:]
    assert not table.encoding_certain
    assert next(iter(table.encoding_alternatives)) == "mac_roman"
    assert table.encoding_alternatives["mac_roman"] == ["José · Pérez", "Conceição · Araújo"]
    others = {enc: names for enc, names in table.encoding_alternatives.items() if enc != "mac_roman"}
    assert others and all(names != table.encoding_alternatives["mac_roman"] for names in others.values())


def test_latin_1_reads_the_accented_names():
    rows = [["Prénom", "Nom", "Courriel"], ["François", "Lefèvre", "f@example.fr"], ["Élodie", "Dupré", "e@example.fr"]]
    table = read_text_table(csv_bytes(rows, ";", "latin_1"), "liste.csv")
    assert table.encoding in ("cp1252", "latin_1")
    assert table.rows == rows[1:]


def test_encoding_and_separator_can_be_forced():
    data = csv_bytes([["a", "b"], ["x;y", "Zoë"]], ",", "cp1252")
    table = read_text_table(data, "x.csv", encoding="mac_roman", separator=";")
    assert (table.encoding, table.separator) == ("mac_roman", ";")
    table = read_text_table(data, "x.csv", encoding="cp1252", separator=",")
    assert table.rows == [["x;y", "Zoë"]]


# -- rows as the file has them ------------------------------------------------------------------


def test_quoted_fields_keep_their_newlines():
    data = 'Nombre;Correo;Comentario\r\nAna;a@example.org;"línea 1\nlínea 2"\r\nBob;b@example.org;"dijo ""hola"""\r\n'
    table = read_text_table(data.encode(), "x.csv")
    assert table.rows == [["Ana", "a@example.org", "línea 1\nlínea 2"], ["Bob", "b@example.org", 'dijo "hola"']]
    assert table.line_numbers[-1] == 4  # the line on which Bob's row is in the file


def test_a_multi_line_row_is_numbered_by_the_line_it_starts_on():
    """A multi-line record is numbered by the line it starts on, where an editor or a spreadsheet shows it."""
    data = 'Nombre;Correo;Comentario\r\nAna;ana@;"línea 1\nlínea 2"\r\nBob;b@example.org;ok\r\n'
    table = read_text_table(data.encode(), "x.csv")
    assert table.line_numbers == [2, 4]


def test_ragged_rows_are_kept_as_they_are():
    """Short and long rows reach the import unchanged (the import pads and ignores; see test_import)."""
    table = read_text_table(b"Name,Email,Org\nAna\nBob,b@example.org,ORG,extra,more\n", "x.csv")
    assert table.header == ["Name", "Email", "Org"]
    assert table.rows == [["Ana"], ["Bob", "b@example.org", "ORG", "extra", "more"]]


def test_blank_lines_are_skipped_and_row_numbers_stay_the_files():
    data = b"\r\n  \r\nName,Email\r\n\r\nAna,a@example.org\r\n,\r\n\r\nBob,b@example.org\r\n\r\n"
    table = read_text_table(data, "x.csv")
    assert table.header == ["Name", "Email"]
    assert table.rows == [["Ana", "a@example.org"], ["Bob", "b@example.org"]]
    assert table.line_numbers == [5, 8]


def test_header_cells_are_stripped_and_data_cells_are_not():
    table = read_text_table(b" Name , Email \n  Ana  , a@example.org\n", "x.csv")
    assert table.header == ["Name", "Email"]
    assert table.rows == [["  Ana  ", " a@example.org"]]


def test_only_a_header_reads_as_no_rows(tmp_path: Path):
    table = read_table(_write(tmp_path / "header.csv", b"Name;Email\r\n"))
    assert table.header == ["Name", "Email"]
    assert table.rows == [] and table.line_numbers == []


def test_a_10000_character_cell_is_read_whole():
    table = read_text_table(("Name,Email\n" + "x" * 10_000 + ",a@example.org\n").encode(), "x.csv")
    assert len(table.rows[0][0]) == 10_000


# -- spreadsheets -------------------------------------------------------------------------------


def test_xlsx_first_sheet_by_default_and_a_chosen_one(tmp_path: Path):
    path = write_xlsx(tmp_path / "lista.xlsx", {
        "Inscritos": [["Nombre", "Apellido(s)", "Correo electrónico", "Edad", "Foto"],
                      ["José", "Pérez", "jose@example.org", 42, True],
                      [None, None, None, None, None],
                      ["Ana", "Souza", "ana@example.org", 3.5, None]],
        "Otra": [["Prénom", "Nom", "Courriel"], ["Élodie", "Martin", "e@example.fr"]],
    })
    table = read_table(path)
    assert (table.sheet, table.sheets) == ("Inscritos", ["Inscritos", "Otra"])
    assert table.header == ["Nombre", "Apellido(s)", "Correo electrónico", "Edad", "Foto"]
    assert table.rows[0][:4] == ["José", "Pérez", "jose@example.org", "42"]  # whole numbers without ".0"
    assert table.rows[1][:4] == ["Ana", "Souza", "ana@example.org", "3.5"]
    assert table.line_numbers == [2, 4]  # the empty spreadsheet row 3 is skipped
    other = read_table(path, sheet="Otra")
    assert (other.sheet, other.header, other.rows) == ("Otra", ["Prénom", "Nom", "Courriel"],
                                                       [["Élodie", "Martin", "e@example.fr"]])


def test_xlsx_unknown_sheet_is_refused_with_its_name(tmp_path: Path):
    path = write_xlsx(tmp_path / "lista.xlsx", {"Inscritos": [["Name"], ["Ana"]]})
    with pytest.raises(UnreadableList) as refused:
        read_table(path, sheet="Hoja 9")
    assert "Hoja 9" in refused.value.text()


def test_xlsx_row_numbers_are_the_sheets_when_the_list_does_not_start_at_a1(tmp_path: Path):
    book = Workbook()
    sheet = book.active
    sheet["C3"], sheet["D3"] = "Name", "Email"
    sheet["C5"], sheet["D5"] = "Ana Souza", "ana@example.org"
    book.save(tmp_path / "offset.xlsx")
    table = read_table(tmp_path / "offset.xlsx")
    assert table.header[2:] == ["Name", "Email"]
    assert table.rows == [["", "", "Ana Souza", "ana@example.org"]]
    assert table.line_numbers == [5]


def test_xlsx_with_shared_strings(tmp_path: Path):
    table = read_table(write_raw_xlsx(tmp_path / "shared.xlsx", SIMPLE_STRINGS, SIMPLE_CELLS))
    assert table.header == ["Name", "Email"]
    assert table.rows == [["Ana Souza", "ana@example.org"]]


def test_ods_first_sheet_and_a_chosen_one(tmp_path: Path):
    path = write_ods(tmp_path / "lista.ods", {
        "Hoja1": [["Nome", "Sobrenome", "E-mail"], ["João", "da Silva", "joao@example.br"], ["", "", ""],
                  ["Maria", "Araújo", "maria@example.br"]],
        "Feuille": [["Prénom", "Nom"], ["Zoé", "Lefèvre"]],
    })
    table = read_table(path)
    assert (table.sheet, table.sheets) == ("Hoja1", ["Hoja1", "Feuille"])
    assert table.header == ["Nome", "Sobrenome", "E-mail"]
    assert table.rows == [["João", "da Silva", "joao@example.br"], ["Maria", "Araújo", "maria@example.br"]]
    assert table.line_numbers == [2, 4]
    assert read_table(path, sheet="Feuille").rows == [["Zoé", "Lefèvre"]]


def test_a_workbook_saved_with_the_wrong_extension_is_still_read(tmp_path: Path):
    source = write_xlsx(tmp_path / "real.xlsx", {"S": [["Name", "Email"], ["Ana", "a@example.org"]]})
    renamed = tmp_path / "lista.csv"
    renamed.write_bytes(source.read_bytes())
    assert read_table(renamed).rows == [["Ana", "a@example.org"]]


# -- refusals -----------------------------------------------------------------------------------


def _zip_with_garbage(path: Path) -> Path:
    rnd = random.Random(1)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", bytes(rnd.randrange(256) for _ in range(2000)))
        z.writestr("xl/workbook.xml", bytes(rnd.randrange(256) for _ in range(2000)))
    return path


UNREADABLE = {
    "empty.csv": lambda p: _write(p, b""),
    "blank.csv": lambda p: _write(p, b"  \r\n\r\n\t\n"),
    "random-bytes.csv": lambda p: _write(p, random.Random(2).randbytes(4000)),
    "image.csv": lambda p: _write(p, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8),
    # NULs inside a text: no encoding reads it as a list (UTF-16 without its BOM is read: test_cli_encodings.py)
    "nul-bytes.csv": lambda p: _write(p, b"Name,Email\n" + b"\x00" * 64 + b"Ana,a@example.org\n\x00\x00Bo\x00b"),
    "garbage-zip.xlsx": _zip_with_garbage,
    "random-bytes.xlsx": lambda p: _write(p, random.Random(3).randbytes(4000)),
    "empty.xlsx": lambda p: _write(p, b""),
    # An encrypted (password-protected) XLSX is an OLE compound file, not a zip.
    "password.xlsx": lambda p: _write(p, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + random.Random(4).randbytes(4000)),
    "truncated.xlsx": lambda p: _write(p, write_raw_xlsx(p.with_name("whole.xlsx"), SIMPLE_STRINGS, SIMPLE_CELLS).read_bytes()[:400]),
    "garbage.ods": lambda p: _write(p, b"not a spreadsheet " * 20),
}


@pytest.mark.parametrize("name", UNREADABLE)
def test_unreadable_files_are_refused_with_a_typed_error(tmp_path: Path, name: str):
    path = UNREADABLE[name](tmp_path / name)
    before = path.read_bytes()
    with pytest.raises(UnreadableList) as refused:
        read_table(path)
    assert refused.value.text().strip() and refused.value.hint_text().strip()
    assert str(path) in refused.value.text()
    assert refused.value.as_dict()["error"] == "unreadable_list"
    assert path.read_bytes() == before


def test_a_cell_of_megabytes_is_said_to_be_too_long_not_a_quote_problem(tmp_path: Path):
    path = tmp_path / "one-cell.csv"
    path.write_text("given_name,email\n" + "A" * 10_000_000 + ",a@example.org\n", encoding="utf-8")
    with pytest.raises(UnreadableList) as refused:
        read_table(path)
    text = refused.value.text()
    assert "a cell on line 2 is longer than 131072 characters" in text
    assert "quotes" not in text and "field limit" not in text  # Python's English words, in every language


def test_a_misplaced_quote_is_said_in_the_users_language_without_pythons_words(tmp_path: Path,
                                                                              spanish_catalog: Path):
    from eulac_desktop.core import i18n

    path = tmp_path / "comillas.csv"
    path.write_text('given_name,family_name,email\nAna,B,a@x.org\nBo,"C"z,b@x.org\n', encoding="utf-8")
    with pytest.raises(UnreadableList) as refused:
        read_table(path)
    i18n.set_language("es")
    try:
        text = refused.value.text()
    finally:
        i18n.set_language("en")
    assert text.endswith("las comillas no están cerradas o están mal colocadas a partir de la línea 3"), text


def test_a_folder_is_refused(tmp_path: Path):
    (tmp_path / "lista.csv").mkdir()
    with pytest.raises(UnreadableList):
        read_table(tmp_path / "lista.csv")


def test_a_missing_list_is_not_called_an_event_file(tmp_path: Path):
    """A missing list is reported as a missing list, not as a missing event file."""
    with pytest.raises(errors.EulacError) as refused:
        read_table(tmp_path / "participantes.csv")
    assert "participantes.csv" in refused.value.text()
    assert "event file" not in refused.value.text(), refused.value.text()


def test_an_unclosed_quote_is_refused_not_swallowing_the_rest_of_the_file():
    """An unclosed quote is refused with the line where it starts, never swallowing the following rows."""
    data = b'Name,Email\n"Ana,ana@example.org\nBob,bob@example.org\nCarla,carla@example.org\n'
    try:
        table = read_text_table(data, "x.csv")
    except UnreadableList as refused:
        assert "quote" in refused.text() and "line 2" in refused.text()
    else:
        assert len(table.rows) == 3, f"rows swallowed into one cell: {table.rows}"


# -- hostile spreadsheets -----------------------------------------------------------------------


@pytest.mark.parametrize("part", ["sharedStrings", "sheet"])
def test_xlsx_entity_expansion_neither_hangs_nor_eats_memory(tmp_path: Path, part: str):
    """A "billion laughs" DOCTYPE in the sheet or shared-strings XML: refused, or read without expanding."""
    strings = ["Name", "Email", "&lol9;" if part == "sharedStrings" else "Ana", "ana@example.org"]
    prolog = {"strings_prolog" if part == "sharedStrings" else "sheet_prolog":
              billion_laughs("sst" if part == "sharedStrings" else "worksheet")}
    path = write_raw_xlsx(tmp_path / "laughs.xlsx", strings, SIMPLE_CELLS, **prolog)
    result = read_in_child(path)
    if "refused" not in result:
        assert all(len(cell) < 1000 for row in result["rows"] for cell in row)


def test_ods_entity_expansion_neither_hangs_nor_eats_memory(tmp_path: Path):
    path = write_ods(tmp_path / "laughs.ods", {"S": [["Name"], ["&lol9;"]]},
                     prolog=billion_laughs("office:document-content"))
    result = read_in_child(path)
    if "refused" not in result:
        assert all(len(cell) < 1000 for row in result["rows"] for cell in row)


def test_xlsx_with_one_far_away_cell_does_not_crash_the_reader(tmp_path: Path):
    """A tiny XLSX with one value in the last cell (XFD1048576) is refused, not read into a 17-billion-cell grid
    (which made calamine abort the whole process)."""
    path = write_raw_xlsx(tmp_path / "far.xlsx", [*SIMPLE_STRINGS, "oops"], [*SIMPLE_CELLS, ("XFD1048576", 4)])
    result = read_in_child(path, memory=4 * 1024**3)
    assert "refused" in result or result["header"][:2] == ["Name", "Email"]


def _repeated_ods(path: Path, rows: int, columns: int) -> Path:
    """A valid ODS of under 1 KB whose second row, a value in each cell, says it repeats `rows` times and its cell
    `columns` times (trailing empty repeats, as LibreOffice writes them, after it)."""
    write_ods(path, {"S": [["Name", "Email"], ["x"]]})
    with zipfile.ZipFile(path) as book:
        parts = {name: book.read(name) for name in book.namelist()}
    row = '<table:table-row><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>'
    repeated = (f'<table:table-row table:number-rows-repeated="{rows}"><table:table-cell table:number-columns-repeated='
                f'"{columns}" office:value-type="string"><text:p>x</text:p></table:table-cell>'
                '<table:table-cell table:number-columns-repeated="16000"/></table:table-row>'
                '<table:table-row table:number-rows-repeated="1048000"><table:table-cell '
                'table:number-columns-repeated="16384"/></table:table-row>')
    parts["content.xml"] = parts["content.xml"].decode().replace(row, repeated).encode()
    with zipfile.ZipFile(path, "w") as book:
        for name, data in parts.items():
            book.writestr(name, data, compress_type=zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED)
    return path


def test_an_ods_whose_repeated_cells_span_gigabytes_is_refused_before_they_are_expanded(tmp_path: Path):
    """A cell with a value that repeats 1,000 times in a row repeated 20,000 times: calamine expanded the 20 million
    cells when it opened the file (1.3 GB, and a 2,000 x 100,000 one ran out of 4 GB); refused first now."""
    bomb = _repeated_ods(tmp_path / "bomb.ods", 20_000, 1_000)
    assert bomb.stat().st_size < 1024
    result = read_in_child(bomb, memory=1024**3)
    assert "refused" in result and "20001000 cells" in result["refused"], result
    small = read_in_child(_repeated_ods(tmp_path / "small.ods", 3, 2))  # empty repeats at the end count for nothing
    assert small["header"] == ["Name", "Email"] and len(small["rows"]) == 3


@pytest.mark.parametrize("xml, walked", [
    (b'<table:table><table:table-row><table:table-cell office:value-type="string"><text:p>x</text:p>'
     b'</table:table-cell><table:table-cell table:number-columns-repeated="1020"/></table:table-row>'
     b'<table:table-row table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="1024"/>'
     b'</table:table-row></table:table>', False),  # LibreOffice's empty repeats at the end: read fast, not walked
    (b'<table:table><table:table-row table:number-rows-repeated="9"><table:table-cell office:value-type="string">'
     b'<text:p>x</text:p></table:table-cell></table:table-row></table:table>', True),  # a row with content repeats
    (b'<table:table><table:table-row><table:table-cell table:number-columns-repeated="9" office:value-type="float"/>'
     b'</table:table-row></table:table>', True),  # a cell with a value repeats
    (b'<t:table><t:table-row t:number-rows-repeated="9"/></t:table>', True),  # another prefix: cannot tell, walked
])
def test_only_an_ods_whose_content_repeats_is_walked_cell_by_cell(xml: bytes, walked: bool):
    from eulac_desktop.core.registration.tables import _repeats_content

    assert _repeats_content(xml) is walked


def test_a_text_list_of_more_cells_than_a_spreadsheet_may_have_is_refused_as_it_is_read(tmp_path: Path, monkeypatch):
    """Short cells cost ~90 bytes each as read: a 60 MB CSV of 20 million took 1.8 GB, the 200 MB a list may have
    would take ~6 GB. Text lists now stop at the cells a spreadsheet may span (`MAX_CELLS`), as XLSX and ODS do."""
    from eulac_desktop.core.registration import tables

    monkeypatch.setattr(tables, "MAX_CELLS", 1000)  # (20 million in use: too slow to write in a test)
    path = tmp_path / "many.csv"
    path.write_text("Name,Email\n" + "x,y\n" * 501, encoding="utf-8")
    with pytest.raises(UnreadableList, match="more than 1000 cells"):
        read_table(path)
    path.write_text("Name,Email\n" + "x,y\n" * 500, encoding="utf-8")
    assert len(read_table(path).rows) == 500


def _with_sheet_xml(path: Path, edit) -> Path:
    """The XLSX at `path` with its sheet's XML replaced by `edit(xml)`."""
    with zipfile.ZipFile(path) as book:
        parts = {name: book.read(name) for name in book.namelist()}
    parts["xl/worksheets/sheet1.xml"] = edit(parts["xl/worksheets/sheet1.xml"].decode()).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book:
        for name, data in parts.items():
            book.writestr(name, data)
    return path


_FAR = '<c r="XFD1048576" t="s"><v>4</v></c>'


@pytest.mark.parametrize("written", [
    '<c t="s" r="XFD1048576"><v>4</v></c>',  # the position after another attribute
    '<x:c r="XFD1048576" t="s"><v>4</v></c>',  # a namespace prefix
    '<c\nr="XFD1048576" t="s"><v>4</v></c>',  # a line break inside the tag
], ids=["attribute-order", "prefix", "line-break"])
def test_a_far_away_cell_written_in_any_form_is_refused(tmp_path: Path, written: str):
    """The size check finds cells written as spreadsheets usually write them at once, and every other form too."""
    path = write_raw_xlsx(tmp_path / "far.xlsx", [*SIMPLE_STRINGS, "oops"], [*SIMPLE_CELLS, ("XFD1048576", 4)])
    declared = written.replace("<x:c", f'<x:c xmlns:x="{_MAIN}"')
    _with_sheet_xml(path, lambda xml: xml.replace(_FAR, declared))
    assert "refused" in read_in_child(path, memory=4 * 1024**3)


def test_a_far_away_cell_across_the_scans_pieces_is_refused(tmp_path: Path):
    """The sheet is scanned a megabyte at a time: a far cell cut in two by a piece's end is still found."""
    filler = "".join(f'<row r="{r}"><c r="A{r}" t="s"><v>2</v></c><c r="B{r}" t="s"><v>3</v></c></row>'
                     for r in range(3, 10_000))
    path = write_raw_xlsx(tmp_path / "far.xlsx", [*SIMPLE_STRINGS, "oops"], [*SIMPLE_CELLS, ("XFD1048576", 4)])

    def far_across_a_megabyte(xml: str) -> str:
        head, tail = xml.split(f'<row r="1048576">{_FAR}')
        before, after = head + filler + '<row r="10000"><c r="A10000" t="s"><v>', '</v></c></row><row r="1048576">'
        pad = (1 << 20) - 8 - len((before + after).encode())  # the far cell's tag starts 8 bytes before the cut
        assert pad > 0
        return before + "2" * pad + after + _FAR + tail

    _with_sheet_xml(path, far_across_a_megabyte)
    assert "refused" in read_in_child(path, memory=4 * 1024**3)


def _usual_form_sheet(path: Path, refs: list[str]) -> Path:
    """An XLSX whose sheet has a cell (in the usual form) at each of `refs`, after a header."""
    return write_raw_xlsx(path, [*SIMPLE_STRINGS, "x"], [*SIMPLE_CELLS, *((ref, 4) for ref in refs)])


@pytest.mark.parametrize(("refs", "span"), [
    (["ZZ28500"], (702, 28_500)),  # just over 20 million cells, beyond the searches' bounds
    (["Z800000"], (26, 800_000)),
    (["A800000", "ZZ2"], (702, 800_000)),  # each cell near a bound of its own
], ids=["two-letter-column", "seven-digit-row", "corners-apart"])
def test_cells_just_beyond_the_limit_in_the_usual_form_are_refused_with_their_span(tmp_path: Path, refs, span):
    """The size check bounds a sheet of cells in the usual form by two searches; a sheet beyond those bounds is
    measured cell by cell, and refused with its exact span when it is over the limit."""
    path = _usual_form_sheet(tmp_path / "wide.xlsx", refs)
    with pytest.raises(UnreadableList) as refused:
        read_table(path)
    assert (refused.value.params["col"], refused.value.params["row"]) == span


@pytest.mark.parametrize("refs", [["Z99999"], ["ZZ9999"], ["ZZ28400"], ["A20000", "ZZ2"], ["XFD1", "A1220"]],
                         ids=["bound-1", "bound-2", "exact", "corners-apart", "wide-and-short"])
def test_a_sheet_within_the_limit_passes_the_size_check_whatever_its_bounds(tmp_path: Path, refs):
    """Cells within 20 million cells pass, whether the quick bounds prove it or the exact span does."""
    from eulac_desktop.core.registration.tables import MAX_CELLS, _check_xlsx_size

    path = _usual_form_sheet(tmp_path / "big.xlsx", refs)
    _check_xlsx_size(path, None)
    assert MAX_CELLS == 20_000_000


def test_pieces_bounded_apart_are_measured_together(tmp_path: Path):
    """One megabyte of the sheet near row 99,999 (column Z at most), the next reaching column ZZ (row 9,999 at
    most): the two bounds together span 70 million cells, so the cells themselves are measured (702 × 99,999)."""
    filler = "".join(f'<row r="{r}"><c r="A{r}" t="s"><v>2</v></c><c r="B{r}" t="s"><v>3</v></c></row>'
                     for r in range(3, 30_000))
    path = _usual_form_sheet(tmp_path / "apart.xlsx", ["ZZ99999"])
    wide = '<row r="99999"><c r="ZZ99999" t="s"><v>4</v></c></row>'
    _with_sheet_xml(path, lambda xml: xml.replace(wide, filler + '<row r="99998"><c r="Z99998" t="s"><v>4</v></c>'
                                                  '</row>' + "<!--" + "x" * (1 << 20) + '-->' + '<row r="99999">'
                                                  '<c r="ZZ2" t="s"><v>4</v></c></row>'))
    with pytest.raises(UnreadableList) as refused:
        read_table(path)
    assert (refused.value.params["col"], refused.value.params["row"]) == (702, 99_998)


# -- properties ---------------------------------------------------------------------------------

ANY_CELL = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\ufeff"), max_size=12)
CP1252_CELL = st.text(st.characters(codec="cp1252", blacklist_characters="\x00"), max_size=12)
# What people type in a list: letters with accents, spaces, digits, e-mail punctuation (no separators).
PLAIN_CELL = st.text(st.sampled_from("abcxyzÁéçñüßøł ZQ019@.-'’"), max_size=12)


@st.composite
def tables(draw, cells: st.SearchStrategy[str], min_columns: int = 1) -> list[list[str]]:
    """A header of non-blank cells and 1–6 rows that each have a non-blank cell (blank rows are skipped by design)."""
    columns = draw(st.integers(min_columns, 5))
    header = draw(st.lists(cells.filter(lambda s: s.strip()), min_size=columns, max_size=columns))
    rows = draw(st.lists(st.lists(cells, min_size=columns, max_size=columns).filter(lambda r: any(c.strip() for c in r)),
                         min_size=1, max_size=6))
    return [header, *rows]


def _as_read(rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    return [c.strip() for c in rows[0]], rows[1:]


@PROPERTY
@given(tables(ANY_CELL), st.sampled_from(SEPARATORS), st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_any_unicode_table_reads_back_equal(rows, separator, encoding):
    """Any strings, in a Unicode encoding (detected: a BOM or valid UTF-8 is certain), any separator."""
    table = read_text_table(csv_bytes(rows, separator, encoding), "p.csv", separator=separator)
    assert table.encoding == encoding and table.encoding_certain
    assert (table.header, table.rows) == _as_read(rows)


@PROPERTY
@given(tables(CP1252_CELL), st.sampled_from(SEPARATORS))
def test_any_windows_1252_table_reads_back_equal(rows, separator):
    """Windows-1252 cannot be told from its cousins with certainty: read with it, the table is exact."""
    table = read_text_table(csv_bytes(rows, separator, "cp1252"), "p.csv", encoding="cp1252", separator=separator)
    assert (table.header, table.rows) == _as_read(rows)


@PROPERTY
@given(tables(PLAIN_CELL, min_columns=2), st.sampled_from(SEPARATORS),
       st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
@example([["Nombre", "Correo"], ["García, María", "m@example.org"]], ";", "utf-8")
def test_plain_tables_read_back_equal_with_everything_detected(rows, separator, encoding):
    """Separator and encoding both detected, for cells without separators, quotes or line breaks.

    (With arbitrary cells the separator is ambiguous — "a,b" alone may be one column or two — and a
    tiny Windows-1252 sample may pass for another code page, which `encoding_alternatives` then offers.)
    """
    table = read_text_table(csv_bytes(rows, separator, encoding), "p.csv")
    assert table.separator == separator
    assert (table.header, table.rows) == _as_read(rows)
    assert isinstance(table, Table) and table.line_numbers == list(range(2, len(rows) + 1))
