"""A full check of an event file: integrity, the references the schema declares, format version, the event record."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from . import errors, schema
from .i18n import _
from .workspace import Workspace


def check_event_file(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Open `path` read-only and check it thoroughly; raise CorruptEventFile on any problem.

    Returns a report: the file, its format version and the latest one, the checks that passed, and the references
    that point at no row (`dangling_references`, {"table.column": count}: a file may hold them for a while, see
    `schema.REFERENCES`). Opening already refuses files that are not event files, are damaged or newer than this
    version.
    """
    path = Path(path)
    with Workspace.open(path, mode="read") as ws:
        problems = ws.integrity_check()
        if not ws.event_id or ws.conn.execute("SELECT count(*) FROM events WHERE id = ?", (ws.event_id,)).fetchone()[0] != 1:
            problems.append(_("the event record is missing"))
        if problems:
            raise errors.CorruptEventFile(path=str(path), detail="; ".join(problems[:3]))
        return {
            "file": str(path),
            "ok": True,
            "schema_version": ws.schema_version,
            "latest_schema_version": schema.SCHEMA_VERSION,
            "checks": ["format", "integrity", "foreign_keys", "event_record"],
            "dangling_references": dangling_references(ws),
        }


def dangling_references(ws: Workspace) -> dict[str, int]:
    """How many rows of each referring column (`schema.REFERENCES`) hold an id that no row of its target has."""
    out: dict[str, int] = {}
    tables = {r[0] for r in ws.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for (table, column), target in schema.REFERENCES.items():
        if not {table, target} <= tables:  # an older file, opened to read and not upgraded
            continue
        count = ws.conn.execute(
            f'SELECT count(*) FROM "{table}" r WHERE r."{column}" IS NOT NULL AND r."{column}" != \'\' '
            f'AND NOT EXISTS (SELECT 1 FROM "{target}" t WHERE t.id = r."{column}")').fetchone()[0]
        if count:
            out[f"{table}.{column}"] = int(count)
    return out
