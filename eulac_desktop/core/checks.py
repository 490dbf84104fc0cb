"""A full check of an event file: integrity, foreign keys, format version, the event record."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from . import errors, schema
from .i18n import _
from .workspace import Workspace


def check_event_file(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Open `path` read-only and check it thoroughly; raise CorruptEventFile on any problem.

    Returns a report: the file, its format version and the latest one, and the checks that passed.
    Opening already refuses files that are not event files, are damaged or newer than this version.
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
        }
