"""Opening an event file of 5,000 participants (budget ≤ 50 ms), and one durable fact insert.

A durable insert is one core operation in its own transaction with synchronous=FULL (what a scan or a
ballot costs): the row, its audit entry and the device clock, committed and synced. It is compared in
the same run with a bare sqlite3 insert + commit on the same disk with the same pragmas.
The fact table used is `audit` (the only fact table of the foundation); later fact tables (check-ins,
ballots) take the same path.
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from common import durable_connection, event_with_participants, isolate, ratio, summary

PARTICIPANTS = 5000
OPEN_RUNS = 30
INSERTS = 300


def bench_open(path: Path) -> dict:
    from eulac_desktop.core.workspace import Workspace

    Workspace.open(path).close()  # warm the imports and the file cache
    samples = []
    for _ in range(OPEN_RUNS):
        start = time.perf_counter()
        ws = Workspace.open(path)
        samples.append(time.perf_counter() - start)
        ws.close()
    return {**summary(samples), "participants": PARTICIPANTS, "budget_ms": 50,
            "within_budget": summary(samples)["median_ms"] <= 50}


def bench_inserts(path: Path, folder: Path) -> dict:
    from eulac_desktop.core import records
    from eulac_desktop.core.workspace import Workspace

    bare_path = folder / "bare.sqlite"
    bare = durable_connection(bare_path)
    bare.execute("CREATE TABLE facts (id TEXT PRIMARY KEY, created_at TEXT, action TEXT)")
    app_samples, bare_samples = [], []
    with Workspace.open(path) as ws:
        for i in range(INSERTS):  # interleaved, one of each per round
            start = time.perf_counter()
            with ws.operation("bench.fact") as op:
                records.insert_fact(op, "audit", {"action": "bench.fact", "kind": "note", "table_name": "", "row_ids": "[]", "detail": "{}"})
            app_samples.append(time.perf_counter() - start)
            start = time.perf_counter()
            bare.execute("BEGIN")
            bare.execute("INSERT INTO facts VALUES (?, ?, ?)", (f"id-{i}", str(time.time()), "bench"))
            bare.execute("COMMIT")
            bare_samples.append(time.perf_counter() - start)
    bare.close()
    app, floor = summary(app_samples, digits=3), summary(bare_samples, digits=3)
    return {"durable_fact_insert": app, "bare_sqlite_insert_commit": floor,
            "durable_insert_ratio": ratio(app, floor, 2.0)}


def main() -> dict:
    isolate()
    folder = Path(tempfile.mkdtemp(prefix="eulac-bench-"))
    path = event_with_participants(folder, PARTICIPANTS)
    return {"open_event_file": bench_open(path), **bench_inserts(path, folder)}


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
