"""Why a secret cast rewrites every ballot (`Workspace._store_ballots_in_id_order`): can a cast that rewrites only
one page's worth of ballots leave the same pages for the same ballots cast in another order, as
tests/test_ballot_order_on_disk.py demands?

The ballots table of a real event file (WITHOUT ROWID, keyed by the random id, its two indexes, `secure_delete`
on, the write-ahead log emptied after each cast) is filled with the same ballots in five casting orders, at 40,
100 and 300 ballots, with three fix-ups after each insert:
- "none": the insert alone (random ids, nothing rewritten);
- "page": the ballots that share a page with the new one (in the table or an index, both neighbours of each
  such page included) deleted and inserted again in id order: a cost that does not grow with the ballots;
- "full": every ballot deleted and inserted again in id order (what a cast does).
For each: how many different layouts (each page's ballot ids in the order of their places, page numbers aside)
and different partitions (which ballots share a page) the five orders left, and the fix-up's median time per cast.
A layout that does not depend on the order of casting is 1 layout out of 5.

Measured on 7 December 2026 (2 cores shared with three other jobs), five casting orders each:
- "none": 5 different layouts at 40, 100 and 300 ballots (3, 5 and 5 partitions);
- "page": 1 layout at 40 and 100, but only because there a page of an index (small entries: the ids in id order)
  and its neighbours hold every ballot, so the fix-up is the full rewrite; at 300 ballots 5 layouts and 5
  partitions out of 5 (SQLite's b-tree splits pages by the order of inserts);
- "full": 1 layout and 1 partition at every size.
So a rewrite of one page's worth keeps no order-free layout once the ballots outgrow a few index pages; the
existing test (40 ballots) would not see it. A cost that stays constant would need a store whose layout does not
depend on history (fixed-size buckets overwritten in place, for instance) in place of SQLite's b-tree for open
polls' ballots: a redesign of where counting, bundles, merges and reports read ballots.
"""

from __future__ import annotations

import json
import random
import re
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from common import isolate, summary

SIZES, ORDERS = (40, 100, 300), 5
UUID = re.compile(rb"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


def ballots_schema(folder: Path) -> list[str]:
    """The SQL that makes an event file's ballots table and its indexes."""
    from eulac_desktop.core.event import create_event_file
    from eulac_desktop.core.workspace import Workspace

    path = folder / "schema.eulac"
    create_event_file(path, name="Layout", languages=["en"], timezone="UTC").close()
    with Workspace.open(path, mode="read") as ws:
        return [r[0] for r in ws.conn.execute("SELECT sql FROM sqlite_master WHERE tbl_name = 'ballots' AND sql IS NOT "
                                              "NULL ORDER BY type DESC")]


def pages(conn: sqlite3.Connection, path: Path) -> list[tuple[str, ...]]:
    """Every page of the ballots table and its indexes that holds ballot ids: its ids in the order of their places,
    the pages in the order of their b-tree and least id (page numbers aside)."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    data = path.read_bytes()
    found = []
    for name, page in conn.execute("SELECT name, pageno FROM dbstat WHERE name = 'ballots' OR name LIKE 'idx_ballots%' "
                                   "ORDER BY name"):
        ids = tuple(m.group().decode() for m in UUID.finditer(data[(page - 1) * size:page * size]))
        if ids:
            found.append((name, ids))
    return [ids for _name, ids in sorted(found, key=lambda f: (f[0], min(f[1])))]


def cast(schema: list[str], rows: list[tuple[Any, ...]], order: list[int], fix_up: str,
         timings: list[float]) -> list[tuple[str, ...]]:
    """Insert `rows` in `order`, one commit each, with `fix_up`; the layout left."""
    path = Path(tempfile.mkdtemp(prefix="eulac-bench-layout-")) / "ballots.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "secure_delete = ON"):
        conn.execute(f"PRAGMA {pragma}")
    for sql in schema:
        conn.execute(sql)
    marks = ", ".join("?" for _ in rows[0])
    by_id = {row[0]: row for row in rows}
    for n in order:
        neighbours: set[str] = set()
        conn.execute("BEGIN")
        conn.execute(f"INSERT INTO ballots VALUES ({marks})", rows[n])
        conn.execute("COMMIT")
        if fix_up == "page":  # the pages that hold the new ballot, found before the timed part
            layout = pages(conn, path)
            for at, ids in enumerate(layout):
                if rows[n][0] in ids:
                    neighbours.update(i for near in layout[max(0, at - 1):at + 2] for i in near)
        start = time.perf_counter()
        conn.execute("BEGIN")
        if fix_up == "full":
            kept = conn.execute("SELECT * FROM ballots ORDER BY id").fetchall()
            conn.execute("DELETE FROM ballots")
            conn.executemany(f"INSERT INTO ballots VALUES ({marks})", kept)
        elif neighbours:
            again = sorted(neighbours)
            conn.executemany("DELETE FROM ballots WHERE id = ?", [(i,) for i in again])
            conn.executemany(f"INSERT INTO ballots VALUES ({marks})", [by_id[i] for i in again])
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        timings.append(time.perf_counter() - start)
    layout = pages(conn, path)
    conn.close()
    return layout


def main() -> dict[str, Any]:
    isolate()
    schema = ballots_schema(Path(tempfile.mkdtemp(prefix="eulac-bench-layout-")))
    out: dict[str, Any] = {}
    for size in SIZES:
        rng = random.Random(size)
        stamp = "1796300000000-000000-" + "a" * 32
        rows = [(str(uuid.UUID(bytes=rng.randbytes(16), version=4)), str(uuid.UUID(int=1)), "a" * 32, stamp, stamp, 0,
                 str(uuid.UUID(int=2)), "", json.dumps([f"o{n % 3}"]), "kiosk", None) for n in range(size)]
        for fix_up in ("none", "page", "full"):
            layouts, partitions, timings = set(), set(), []
            for seed in range(ORDERS):
                order = list(range(size))
                random.Random(seed).shuffle(order)
                layout = cast(schema, rows, order, fix_up, timings)
                layouts.add(tuple(layout))
                partitions.add(tuple(frozenset(ids) for ids in layout))
            out[f"{size}_ballots_{fix_up}"] = {"casting_orders": ORDERS, "different_layouts": len(layouts),
                                                "different_partitions": len(partitions),
                                                "fix_up_and_empty_log_median_ms": summary(timings, digits=3)["median_ms"]}
    return out


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
