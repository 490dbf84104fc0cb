"""This laptop's outbox, `DIR/<device id>/`: write-once delta bundles, compacted now and then.

A delta is a result bundle (the same format and signature as every bundle, `bundles.archive.write_bundle`) holding only
the rows with a stamp of this device later than the previous delta's, in the non-empty tables; its manifest's signed
`delta` field says the range (`since`, `until`). Its name says where it ends, `delta-PPPPPPPPPPPPPPP-CCCCCC.zip`
(the physical time and counter of `until`), so names are unique, sort in the order they were written, and the next
delta starts where the newest file of the outbox ends: a new or emptied outbox gets everything this laptop wrote.
Files are written under a hidden temporary name and renamed when whole (`files.writing`), so a reader never sees half
of one. After `COMPACT_AFTER` deltas one `full-….zip` bundle of every row this laptop wrote replaces them.

**Secret ballots** carry their poll's time, not the moment they were cast (ARCHITECTURE.md §4), so no stamp says
which are new; and a delta that brought one ballot beside one vote record would link the two. So while a secret poll
is open its ballots stay here (the vote records travel at once: a double vote is seen as soon as both meet); once it
is closed, this laptop's ballots of the poll travel together in the next delta (`meta.sync_ballots_sent` counts what
was sent, per poll).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import logs, schema
from ..bundles.archive import table_rows, travelling_tables, write_bundle, written_here
from ..hlc import Timestamp
from ..workspace import Workspace

log = logs.logger(__name__)

#: A delta or compacted bundle's name: its kind and where it ends (physical time, counter).
NAME = re.compile(r"^(delta|full)-(\d{15})-(\d{6})\.zip$")
#: Deltas in an outbox after which they are compacted into one bundle.
COMPACT_AFTER = 64


@dataclass(frozen=True)
class Written:
    """A bundle written to the outbox: its path, how many rows it holds, and whether it is a compacted one."""

    path: Path
    rows: int
    full: bool


def outbox(folder: Path, ws: Workspace) -> Path:
    """This laptop's outbox in the sync folder."""
    return folder / ws.device.id


def own_files(box: Path) -> list[tuple[tuple[int, int], str, Path]]:
    """The outbox's bundles, oldest first: ((physical, counter), kind, path)."""
    try:
        entries = list(box.iterdir())
    except OSError:
        return []
    found = [((int(m[2]), int(m[3])), m[1], p) for p in entries if (m := NAME.match(p.name))]
    return sorted(found, key=lambda f: (f[0], f[1] == "full"))


def watermark(ws: Workspace, box: Path) -> str | None:
    """Where the outbox ends: the stamp of the last row this laptop sent (None for an empty outbox)."""
    files = own_files(box)
    if not files:
        return None
    physical, counter = files[-1][0]
    return str(Timestamp(physical, counter, ws.clock.node))


def _stamps(table: str) -> tuple[str, ...]:
    return ("updated_at", *schema.FIELD_STAMPS.get(table, {}))


_SENT_KEY = "sync_ballots_sent"


@dataclass
class Outgoing:
    """What the next bundle holds: rows by non-empty table, the latest stamp of this device among them (None when
    there is nothing to send), and the secret polls whose ballots it sends (poll id: how many)."""

    tables: dict[str, list[dict[str, Any]]]
    until: str | None
    ballots_sent: dict[str, int]

    @property
    def rows(self) -> int:
        return sum(len(rows) for rows in self.tables.values())


def ballots_sent(ws: Workspace) -> dict[str, int]:
    """Per closed secret poll, how many of this laptop's ballots went out."""
    row = ws.conn.execute("SELECT value FROM meta WHERE key = ?", (_SENT_KEY,)).fetchone()
    try:
        data = json.loads(row[0]) if row else {}
    except ValueError:
        data = {}
    return {str(k): int(v) for k, v in data.items()} if isinstance(data, dict) else {}


def forget_ballots_sent(ws: Workspace) -> None:
    """A new sync folder starts empty: every closed poll's ballots go out again."""
    ws.conn.execute("DELETE FROM meta WHERE key = ?", (_SENT_KEY,))


def rows_since(ws: Workspace, since: str | None) -> Outgoing:
    """The rows with a stamp of this device after `since` (all of them without it), and the secret ballots due
    (module docstring)."""
    mine = "-" + ws.clock.node
    tables: dict[str, list[dict[str, Any]]] = {}
    until: str | None = None
    secret = {pid: state for pid, state in ws.conn.execute("SELECT id, state FROM polls WHERE secret = 1")}
    for table in travelling_tables():
        stamps = _stamps(table)
        rows = []
        for row in table_rows(ws, table, *written_here(ws, table, since)):
            if table == "ballots" and row["poll_id"] in secret:
                continue
            own = [row[s] for s in stamps if row.get(s) and row[s].endswith(mine) and (since is None or row[s] > since)]
            if own:
                rows.append(row)
                until = max([until or "", *own])
        if rows:
            tables[table] = rows
    sent = {} if since is None else ballots_sent(ws)
    due: dict[str, list[dict[str, Any]]] = {}
    for row in table_rows(ws, "ballots", "WHERE origin = ?", (ws.device.id,)):
        if row["poll_id"] in secret and secret[row["poll_id"]] != "open":
            due.setdefault(row["poll_id"], []).append(row)
    batch = {poll: rows for poll, rows in due.items() if len(rows) != sent.get(poll)}
    if batch:
        tables.setdefault("ballots", []).extend(r for rows in batch.values() for r in rows)
        tables["ballots"].sort(key=lambda r: r["id"])
        until = max(until or "", ws.clock.now())  # a fresh stamp of this device, which says nothing of the ballots
    return Outgoing(tables, until, {**sent, **{poll: len(rows) for poll, rows in batch.items()}})


def unsent(ws: Workspace, folder: Path) -> int:
    """How many rows this laptop wrote that no bundle of its outbox holds yet."""
    return rows_since(ws, watermark(ws, outbox(folder, ws))).rows


def _note_sent(ws: Workspace, going: Outgoing) -> None:
    if going.ballots_sent != ballots_sent(ws):
        with ws.operation("sync.ballots"):
            ws.conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = "
                            "excluded.value", (_SENT_KEY, json.dumps(going.ballots_sent, sort_keys=True)))


def _name(kind: str, until: str) -> str:
    stamp = Timestamp.parse(until)
    return f"{kind}-{stamp.physical:015d}-{stamp.counter:06d}.zip"


def write_delta(ws: Workspace, folder: Path) -> list[Written]:
    """Write a delta of what this laptop wrote since its outbox's newest bundle (nothing when there is nothing new),
    then compact the outbox when it holds `COMPACT_AFTER` deltas; returns what was written. A full disk raises the
    error of `files.writing`, leaving no file and the outbox as it was."""
    box = outbox(folder, ws)
    since = watermark(ws, box)
    going = rows_since(ws, since)
    if going.until is None:
        return []
    box.mkdir(parents=True, exist_ok=True)
    path = box / _name("delta", going.until)
    write_bundle(ws, path, "result", going.tables,
                 extra={"delta": {"since": since or "", "until": going.until, "full": False}})
    _note_sent(ws, going)
    written = [Written(path, going.rows, False)]
    log.info("Wrote the delta %s: %d rows", path.name, written[0].rows)
    if sum(kind == "delta" for _key, kind, _path in own_files(box)) >= COMPACT_AFTER:
        full = compact(ws, folder)
        if full is not None:
            written.append(full)
    return written


def compact(ws: Workspace, folder: Path) -> Written | None:
    """Replace the outbox's bundles by one holding every row this laptop wrote (a result bundle named `full-…`): a
    peer that missed any delta still gets everything from it. The older files are removed once it is whole. Nothing
    to do (None) when this laptop wrote nothing."""
    box = outbox(folder, ws)
    going = rows_since(ws, None)
    before = own_files(box)
    until = max(going.until or "", watermark(ws, box) or "")
    if not until:
        return None
    box.mkdir(parents=True, exist_ok=True)
    path = box / _name("full", until)
    if not path.exists():
        write_bundle(ws, path, "result", going.tables, extra={"delta": {"since": "", "until": until, "full": True}})
        _note_sent(ws, going)
    for _key, _kind, old in before:
        if old != path:
            old.unlink(missing_ok=True)
    log.info("Compacted the outbox %s into %s (%d files before)", box.name, path.name, len(before))
    return Written(path, going.rows, True)
