"""Every table of the event as CSV files or one XLSX workbook (a sheet per table), safe to open in a
spreadsheet, with the funder's KPIs: the coordinator's raw material for deliverables."""

from __future__ import annotations

import os
import shutil
from functools import partial
from pathlib import Path

from .. import errors, files
from ..bundles.archive import table_rows, travelling_tables
from ..i18n import N_
from ..spreadsheet import Table, write_table_file
from ..workspace import Workspace
from .kpi import kpi_tables


def export_data(ws: Workspace, out_dir: str | os.PathLike[str], xlsx: bool = False) -> list[Path]:
    """Write `TABLE.csv` for every table (or `event-data.xlsx` with a sheet each) into `out_dir`, which is
    made if needed; returns the files written. All of them appear, or none (and a folder made for them goes
    again). Erased people's data is already gone from the rows. Beside the tables, the KPIs (`kpi.kpi_tables`):
    `kpi_cells` (gender × region × stakeholder type) and `kpi_countries`, small groups masked."""
    folder = Path(out_dir)
    made = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise files.write_error(exc, folder) from exc
    if not folder.is_dir():
        raise errors.InvalidValue(field=str(folder), reason=N_("this is not a folder"))
    sheets: dict[str, Table] = {}
    for table in travelling_tables():
        cur = ws.conn.execute(f'SELECT * FROM "{table}" LIMIT 0')
        header = [d[0] for d in cur.description]
        sheets[table] = [header] + [[row[c] for c in header] for row in table_rows(ws, table)]
    sheets.update(kpi_tables(ws))
    if xlsx:
        writers = {folder / "event-data.xlsx": partial(write_table_file, suffix=".xlsx", sheets=sheets)}
    else:
        writers = {folder / f"{table}.csv": partial(write_table_file, suffix=".csv", sheets={table: rows})
                   for table, rows in sheets.items()}
    try:
        files.write_all(writers)
    except BaseException:
        if made:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    return list(writers)
