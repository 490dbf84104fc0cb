"""Export of the participants list as CSV or XLSX, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import os
from pathlib import Path

from .. import errors
from ..countries import country_name
from ..i18n import _
from ..text import spreadsheet_safe
from ..workspace import Workspace
from .people import participant_ids, participant_rows

COLUMNS = ("given_name", "family_name", "email", "organisation", "country", "country_name", "region", "role",
           "languages", "offers", "seeks", "consent_photo")


def export_rows(ws: Workspace, ids: list[str] | None = None) -> list[list[object]]:
    """The header and one row per participant (all, or `ids`), formula-injection safe."""
    ids = participant_ids(ws) if ids is None else ids
    rows = participant_rows(ws, ids)
    table: list[list[object]] = [list(COLUMNS)]
    for pid in ids:
        person = rows[pid]
        values = {**person, "country_name": country_name(person["country"]) if person.get("country") else ""}
        table.append([spreadsheet_safe("" if values.get(c) is None else values[c]) for c in COLUMNS])
    return table


def export_participants(ws: Workspace, out: str | os.PathLike[str], ids: list[str] | None = None) -> int:
    """Write the participants to OUT.csv (UTF-8 with BOM, for Excel) or OUT.xlsx; returns how many."""
    out = Path(out)
    table = export_rows(ws, ids)
    tmp = out.with_name(out.name + ".part")
    try:
        if out.suffix.lower() == ".xlsx":
            from openpyxl import Workbook
            from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

            book = Workbook(write_only=True)
            sheet = book.create_sheet(_("Participants"))
            for row in table:  # control characters cannot be stored in XLSX: they are shown as <U+0001>
                sheet.append([ILLEGAL_CHARACTERS_RE.sub(lambda m: f"<U+{ord(m.group()):04X}>", v) if isinstance(v, str) else v
                              for v in row])
            book.save(tmp)
        elif out.suffix.lower() == ".csv":
            with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
                csv.writer(fh).writerows(table)
        else:
            raise errors.InvalidValue(field=str(out), reason=_("choose a file ending in .csv or .xlsx"))
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise errors.from_os_error(exc, out) from exc
    return len(table) - 1
