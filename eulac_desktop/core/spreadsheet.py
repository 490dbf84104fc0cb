"""Writing tables as CSV (UTF-8 with BOM, for Excel) or XLSX, safe to open in a spreadsheet."""

from __future__ import annotations

import contextlib
import csv
import io
import os
from collections.abc import Sequence
from pathlib import Path

from . import errors, files
from .i18n import N_
from .text import spreadsheet_safe

Table = Sequence[Sequence[object]]


def write_tables(out: str | os.PathLike[str], sheets: dict[str, Table]) -> None:
    """Write `sheets` ({name: rows, the first row the header}) to OUT.xlsx, one sheet each, or the first one
    to OUT.csv. Text that a spreadsheet would run as a formula is neutralised; the file appears whole or not
    at all (`files.writing`)."""
    out = Path(out)
    check_suffix(out)
    with files.writing(out) as part:
        write_table_file(part, out.suffix, sheets)


def check_suffix(out: Path) -> None:
    """Refuse a file name that is neither .csv nor .xlsx."""
    if out.suffix.lower() not in (".csv", ".xlsx"):
        raise errors.InvalidValue(field=str(out), reason=N_("choose a file ending in .csv or .xlsx"))


def write_table_file(path: Path, suffix: str, sheets: dict[str, Table]) -> None:
    """Write `sheets` to `path` as XLSX or CSV (after `suffix`), in place: callers write a temporary file."""
    if suffix.lower() == ".xlsx":
        path.write_bytes(_xlsx(sheets))
    else:
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            csv.writer(fh).writerows([[_cell(v) for v in row] for row in next(iter(sheets.values()))])


def _xlsx(sheets: dict[str, Table]) -> bytes:
    """The workbook's bytes, made in memory: a disk that fills up fails the one write of them, and never
    leaves openpyxl's half-written zip (which complains with tracebacks when it is collected)."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    book = Workbook(write_only=True)
    buffer = io.BytesIO()
    try:
        for name, table in sheets.items():
            sheet = book.create_sheet(name[:31])
            for row in table:  # control characters cannot be stored in XLSX: they are shown as <U+0001>
                sheet.append([ILLEGAL_CHARACTERS_RE.sub(lambda m: f"<U+{ord(m.group()):04X}>", v) if isinstance(v, str)
                              else v for v in map(_cell, row)])
        book.save(buffer)
    except Exception as exc:
        _discard(book)
        cause: BaseException | None = exc  # a full temporary folder may surface as "I/O operation on closed file"
        while cause is not None and not isinstance(cause, OSError):
            cause = cause.__context__
        raise cause or exc from None
    return buffer.getvalue()


def _discard(book: object) -> None:
    """Close a write-only workbook that failed half-way: its sheets' streams and temporary files (openpyxl
    writes each sheet to the system's temporary folder first), so nothing is left and nothing complains later."""
    for sheet in getattr(book, "worksheets", []):
        for stream in (getattr(sheet, "_rows", None), getattr(getattr(sheet, "_writer", None), "xf", None)):
            with contextlib.suppress(Exception):
                if stream is not None:
                    stream.close()
        with contextlib.suppress(Exception):
            sheet._writer.cleanup()


def _cell(value: object) -> object:
    return spreadsheet_safe("" if value is None else value)
