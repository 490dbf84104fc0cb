"""Writing tables as CSV (UTF-8 with BOM, for Excel) or XLSX, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import os
from collections.abc import Sequence
from pathlib import Path

from . import errors
from .i18n import N_
from .text import spreadsheet_safe

Table = Sequence[Sequence[object]]


def write_tables(out: str | os.PathLike[str], sheets: dict[str, Table]) -> None:
    """Write `sheets` ({name: rows, the first row the header}) to OUT.xlsx, one sheet each, or the first one
    to OUT.csv. Text that a spreadsheet would run as a formula is neutralised; the file appears whole or not
    at all."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise errors.InvalidValue(field=str(out), reason=N_("choose a file ending in .csv or .xlsx"))
    tmp = out.with_name(out.name + ".part")
    try:
        if suffix == ".xlsx":
            from openpyxl import Workbook
            from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

            book = Workbook(write_only=True)
            for name, table in sheets.items():
                sheet = book.create_sheet(name[:31])
                for row in table:  # control characters cannot be stored in XLSX: they are shown as <U+0001>
                    sheet.append([ILLEGAL_CHARACTERS_RE.sub(lambda m: f"<U+{ord(m.group()):04X}>", v) if isinstance(v, str)
                                  else v for v in map(_cell, row)])
            book.save(tmp)
        else:
            with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
                csv.writer(fh).writerows([[_cell(v) for v in row] for row in next(iter(sheets.values()))])
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise errors.from_os_error(exc, out) from exc


def _cell(value: object) -> object:
    return spreadsheet_safe("" if value is None else value)
