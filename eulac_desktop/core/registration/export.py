"""Export of the participants list as CSV or XLSX, safe to open in a spreadsheet."""

from __future__ import annotations

import os

from ..countries import country_name
from ..i18n import _
from ..spreadsheet import write_tables
from ..text import spreadsheet_safe
from ..workspace import Workspace
from .people import participant_ids, participant_rows

COLUMNS = ("given_name", "family_name", "email", "organisation", "country", "country_name", "region", "role",
           "languages", "offers", "seeks", "consent_photo", "gender", "gender_text", "stakeholder", "stakeholder_text")


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
    table = export_rows(ws, ids)
    write_tables(out, {_("Participants"): table})
    return len(table) - 1
