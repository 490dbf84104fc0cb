"""Reading organisers' lists: CSV/TSV/TXT in any usual encoding and separator, XLSX/XLS/ODS sheets.

The result is a `Table`: header cells and data rows (strings), each row keeping its line number in the
file, so problems are reported where the organiser will look for them.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
from dataclasses import dataclass, field
from pathlib import Path

from .. import errors
from ..i18n import N_

SEPARATORS = (",", ";", "\t", "|")
TEXT_SUFFIXES = (".csv", ".tsv", ".txt", ".tab")
SHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")
MAX_BYTES = 200 * 1024 * 1024
_SAMPLE_ROWS = 5


class ListMissing(errors.EulacError):
    code = "list_missing"
    message = N_("The list “{path}” does not exist.")
    hint = N_("Check the file's name and folder.")


class UnreadableList(errors.EulacError):
    code = "unreadable_list"
    message = N_("“{path}” cannot be read as a list of participants: {reason}")
    hint = N_("Save it from the spreadsheet as CSV (UTF-8) or XLSX and try again.")


@dataclass
class Table:
    """A list as read: header, rows (with their line numbers in the file), and how it was read."""

    header: list[str]
    rows: list[list[str]]
    line_numbers: list[int]
    encoding: str = ""
    separator: str = ""
    sheet: str = ""
    sheets: list[str] = field(default_factory=list)
    #: other plausible encodings when the guess is not certain: {encoding: sample of decoded names}
    encoding_alternatives: dict[str, list[str]] = field(default_factory=dict)

    @property
    def encoding_certain(self) -> bool:
        return not self.encoding_alternatives


def read_table(path: str | os.PathLike[str], *, sheet: str | None = None, encoding: str | None = None,
               separator: str | None = None) -> Table:
    """Read a list of participants; `sheet`, `encoding` and `separator` override what is detected."""
    path = Path(path)
    if not path.exists():
        raise ListMissing(path=str(path))
    if not path.is_file():
        raise UnreadableList(path=str(path), reason=N_("it is a folder"))
    try:
        if path.stat().st_size > MAX_BYTES:
            raise UnreadableList(path=str(path), reason=N_("it is larger than 200 MB"))
        if path.suffix.lower() in SHEET_SUFFIXES or _looks_like_zip_or_ole(path):
            return _read_sheet(path, sheet)
        data = path.read_bytes()
    except OSError as exc:  # no permission, a file on a drive that went away…
        raise UnreadableList(path=str(path), reason=N_("it cannot be opened ({detail})"), detail=exc.strerror or str(exc)) from exc
    return read_text_table(data, str(path), encoding=encoding, separator=separator)


def _looks_like_zip_or_ole(path: Path) -> bool:
    with path.open("rb") as fh:
        head = fh.read(8)
    return head.startswith(b"PK\x03\x04") or head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")


# -- text files -------------------------------------------------------------------------------


def read_text_table(data: bytes, name: str = "", *, encoding: str | None = None,
                    separator: str | None = None) -> Table:
    """Read a delimited text file's bytes (the encoding and the separator are detected unless given)."""
    if not data.strip():
        raise UnreadableList(path=name, reason=N_("the file is empty"))
    alternatives: dict[str, list[str]] = {}
    if encoding is None:
        encoding, candidates = detect_encoding(data)
    else:
        candidates = []
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise UnreadableList(path=name, reason=N_("it is not text in a known encoding")) from None
    if "\x00" in text:
        raise UnreadableList(path=name, reason=N_("it is not a text file (binary content)"))
    text = text.lstrip("\ufeff")
    separator = separator or detect_separator(text)
    header, rows, lines = _parse(text, separator, name)
    if not header:
        raise UnreadableList(path=name, reason=N_("the file is empty"))
    for other in candidates:
        sample = _name_sample(data, other, separator)
        if sample is not None and sample != _name_sample(data, encoding, separator):
            alternatives[other] = sample
    if alternatives:
        alternatives = {encoding: _name_sample(data, encoding, separator) or [], **alternatives}
    return Table(header, rows, lines, encoding=encoding, separator=separator, encoding_alternatives=alternatives)


def detect_encoding(data: bytes) -> tuple[str, list[str]]:
    """The encoding of `data`, and other plausible ones when the choice is not certain.

    A byte-order mark or valid UTF-8 is certain. Otherwise charset-normalizer chooses among the
    encodings that organisers' spreadsheets use, and the others remain candidates.
    """
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", []
    try:
        data.decode("utf-8")
        return "utf-8", []
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    legacy = ["cp1252", "latin_1", "iso8859_15", "mac_roman", "cp850"]
    best = from_bytes(data[:2_000_000], cp_isolation=legacy).best()
    chosen = best.encoding if best is not None else "cp1252"
    chosen = {"windows-1252": "cp1252", "iso-8859-1": "latin_1"}.get(chosen, chosen)
    return chosen, [enc for enc in ("cp1252", "latin_1", "mac_roman") if enc != chosen]


def detect_separator(text: str) -> str:
    """The separator of a delimited text: the one that splits the first lines most consistently."""
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    try:
        return csv.Sniffer().sniff("\n".join(lines[:20]), delimiters="".join(SEPARATORS)).delimiter
    except csv.Error:
        pass
    best, best_score = ",", -1.0
    for sep in SEPARATORS:
        counts = [line.count(sep) for line in lines]
        if not counts or max(counts) == 0:
            continue
        common = max(set(counts), key=counts.count)
        score = counts.count(common) / len(counts) + (0.01 * common)
        if common > 0 and score > best_score:
            best, best_score = sep, score
    return best


def _parse(text: str, separator: str, name: str) -> tuple[list[str], list[list[str]], list[int]]:
    """Header, rows and the line each row starts on; strict about quotes, so an unclosed one is reported."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True)
    header: list[str] = []
    rows: list[list[str]] = []
    lines: list[int] = []
    start = 1
    try:
        for cells in reader:
            line, start = start, reader.line_num + 1
            if not any(c.strip() for c in cells):
                continue  # blank lines
            if not header:
                header = [c.strip() for c in cells]
                continue
            rows.append(cells)
            lines.append(line)
    except csv.Error as exc:
        raise UnreadableList(path=name, reason=N_("the quotes are not closed or misplaced from line {line} ({detail})"),
                             line=start, detail=str(exc)) from None
    return header, rows, lines


def _name_sample(data: bytes, encoding: str, separator: str) -> list[str] | None:
    try:
        text = data[:200_000].decode(encoding, errors="strict")
    except UnicodeDecodeError:
        return None
    lines = [line for line in text.splitlines()[1:] if any(ord(c) > 127 for c in line)]  # after the header
    return [" · ".join(c.strip() for c in line.split(separator) if any(ord(ch) > 127 for ch in c))[:100]
            for line in lines[:_SAMPLE_ROWS]]


# -- spreadsheets ----------------------------------------------------------------------------


MAX_CELLS = 20_000_000


def _check_xlsx_size(path: Path, sheet: str | None) -> None:
    """Refuse an XLSX sheet whose cells span an absurd area before calamine allocates it all.

    (One value in the last cell, XFD1048576, would make it allocate hundreds of GB and abort.)
    """
    import re
    import zipfile

    try:
        book = zipfile.ZipFile(path)
        workbook = book.read("xl/workbook.xml").decode("utf-8", "replace")
        rels = book.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
    except (zipfile.BadZipFile, KeyError, OSError):
        return  # not an XLSX calamine can read either: it reports that itself
    sheets = re.findall(r'<(?:\w+:)?sheet\b[^>]*\bname="([^"]*)"[^>]*\br:id="([^"]+)"', workbook)
    targets = dict(re.findall(r'<Relationship\b[^>]*\bId="([^"]+)"[^>]*\bTarget="([^"]+)"', rels))
    targets.update({rid: target for target, rid in re.findall(r'<Relationship\b[^>]*\bTarget="([^"]+)"[^>]*\bId="([^"]+)"', rels)})
    import html

    wanted = [rid for name, rid in sheets if sheet is None or html.unescape(name) == sheet][:1]
    for rid in wanted:
        target = targets.get(rid, "").lstrip("/")
        member = target if target.startswith("xl/") else f"xl/{target}"
        max_col = max_row = 0
        with book.open(member) as fh:
            tail = b""
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                for col, row in re.findall(rb'<(?:\w+:)?c\b[^>]*?\br="([A-Z]{1,3})(\d{1,7})"', tail + chunk):
                    number = 0
                    for letter in col:
                        number = number * 26 + letter - 64
                    max_col, max_row = max(max_col, number), max(max_row, int(row))
                tail = chunk[-200:]
        if max_col * max_row > MAX_CELLS:
            raise UnreadableList(path=str(path), reason=N_("its cells span {cells} cells (up to column {col}, row {row}): "
                                                           "delete the far-away cells and save it again"),
                                 cells=max_col * max_row, col=max_col, row=max_row)


def _read_sheet(path: Path, sheet: str | None) -> Table:
    from python_calamine import CalamineWorkbook

    if path.suffix.lower() in (".xlsx", ".xlsm"):
        _check_xlsx_size(path, sheet)
    try:
        book = CalamineWorkbook.from_path(str(path))
        names = list(book.sheet_names)
        if not names:
            raise UnreadableList(path=str(path), reason=N_("the workbook has no sheets"))
        chosen = sheet if sheet is not None else names[0]
        if chosen not in names:
            raise UnreadableList(path=str(path), reason=N_("it has no sheet named “{sheet}”"), sheet=chosen)
        values = book.get_sheet_by_name(chosen).to_python(skip_empty_area=False)
    except UnreadableList:
        raise
    except Exception as exc:  # calamine reports damaged, encrypted or foreign files with various errors
        reason = N_("the spreadsheet is protected with a password or damaged")
        raise UnreadableList(path=str(path), reason=reason) from exc
    header: list[str] = []
    rows: list[list[str]] = []
    lines: list[int] = []
    for number, cells in enumerate(values, 1):
        texts = [_cell_text(c) for c in cells]
        if not any(t.strip() for t in texts):
            continue
        if not header:
            header = [t.strip() for t in texts]
            continue
        rows.append(texts)
        lines.append(number)
    if not header:
        raise UnreadableList(path=str(path), reason=N_("the file is empty"))
    return Table(header, rows, lines, sheet=chosen, sheets=names)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
