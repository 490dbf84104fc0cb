"""Counting 5,000 ballots over 30 options with every method (budget ≤ 100 ms each, Schulze included),
and one ballot cast at the kiosk (verify the badge, check, durable insert; budget ≤ 5 ms), 300 in a secret poll:
each cast also rewrites the ballots in id order and empties the write-ahead log, so that no order of casting
stays on disk (Operation.order_free). Beside it, interleaved, its floor: a bare sqlite3 insert + commit with the
same pragmas.

How a secret cast grows with the file: 20 casts when the file holds 300 ballots, then 3,000 (the others of
another poll), each split into the rewrite of the ballots in id order and the emptying of the write-ahead log;
beside them, interleaved, their floor: a bare durable insert into a table of as many rows, then the log emptied
(`wal_checkpoint(TRUNCATE)`), the least that leaves no commit's pages in the log. Measured on 7 December 2026
(load 7–8 on 2 cores, five runs): 300 ballots, cast 21–38 ms median (rewrite 1.5–1.7 ms, log 13–16 ms; floor
6–19 ms); 3,000 ballots, 73–124 ms (rewrite 39–59 ms, log 17–27 ms; floor 7–20 ms). The rewrite grows with every
ballot of the file; the emptying of the log with the pages the rewrite dirtied. (Copying the table in id order
with INSERT … SELECT into a new one takes 1 ms at 3,000 instead of 50, but dropping the old one costs 16–28 ms:
its pages must be zeroed, or the free pages would keep the previous layout, and so which ballot is new.)
Keeping the ballots' pages a function of their ids alone (tests/test_ballot_order_on_disk.py) needs that
rewrite: SQLite's b-tree places a row by its rank among the others and splits pages by the order of inserts, so
a layout that does not depend on the order of casting cannot be kept by touching only the new row's page."""

from __future__ import annotations

import json
import random
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

from common import event_with_participants, isolate, summary

BALLOTS, OPTIONS, RUNS = 5000, 30, 5


def ballots_for(method: str, ids: list[str], rng: random.Random) -> list:
    out = []
    for _ in range(BALLOTS):
        if method in ("borda", "schulze"):
            out.append(rng.sample(ids, rng.randint(3, len(ids))))
        elif method == "approval":
            out.append(rng.sample(ids, rng.randint(0, 8)))
        elif method == "dots":
            out.append({rng.choice(ids): 3})
        elif method == "budget":
            a, b = rng.sample(ids, 2)
            out.append({a: 60, b: 40})
        elif method == "impact-effort":
            out.append({i: [rng.randint(1, 5), rng.randint(1, 5)] for i in rng.sample(ids, 10)})
        else:
            out.append({i: rng.choice(["yes", "no", "abstain"]) for i in ids})
    return out


def main() -> dict:
    isolate()
    from eulac_desktop.core import checkin, voting
    from eulac_desktop.core.registration import participant_ids
    from eulac_desktop.core.voting.methods import METHODS
    from eulac_desktop.core.workspace import Workspace

    rng = random.Random(7)
    options = [{"id": f"o{i}", "text": f"Option {i}"} for i in range(OPTIONS)]
    ids = [o["id"] for o in options]
    counting = {}
    for method, (_check, count) in METHODS.items():
        ballots = ballots_for(method, ids, rng)
        samples = []
        for _ in range(RUNS):
            start = time.perf_counter()
            count(options, ballots, {"dots": 3, "total": 100})
            samples.append(time.perf_counter() - start)
        result = summary(samples)
        counting[method] = {**result, "budget_ms": 100, "within_budget": result["median_ms"] <= 100}
    folder = Path(tempfile.mkdtemp(prefix="eulac-bench-voting-"))
    casts, floors = [], []
    bare = sqlite3.connect(folder / "bare.sqlite", isolation_level=None)
    bare.execute("PRAGMA journal_mode = WAL")
    bare.execute("PRAGMA synchronous = FULL")
    bare.execute("CREATE TABLE facts (id TEXT PRIMARY KEY, payload TEXT)")
    with Workspace.open(event_with_participants(folder, 5000)) as ws:
        poll = voting.create_poll(ws, "Bench", "dots", [f"Option {i}" for i in range(OPTIONS)], params={"dots": 3},
                                  eligibility="all").inserted["polls"][0]
        voting.set_state(ws, poll, "open")
        option = voting.get_poll(ws, poll)["options"][0]["id"]
        for pid in participant_ids(ws)[:300]:
            code = checkin.badge_code(ws, pid)
            start = time.perf_counter()
            voting.cast_ballot(ws, poll, {option: 3}, badge=code)
            casts.append(time.perf_counter() - start)
            start = time.perf_counter()
            bare.execute("BEGIN")
            bare.execute("INSERT INTO facts VALUES (?, ?)", (code, json.dumps({option: 3})))
            bare.execute("COMMIT")
            floors.append(time.perf_counter() - start)
        growth = secret_cast_growth(ws, participant_ids(ws)[300:340], folder)
    bare.close()
    cast, floor = summary(casts, digits=3), summary(floors, digits=3)
    return {"counting_5000_ballots_30_options": counting,
            "ballot_cast_durable": {**cast, "budget_ms": 5, "within_budget": cast["median_ms"] <= 5,
                                    "floor_bare_commit_median_ms": floor["median_ms"],
                                    "ratio_to_floor": round(cast["median_ms"] / floor["median_ms"], 1)},
            "secret_cast_as_the_file_grows": growth}


def secret_cast_growth(ws: Any, voters: list[str], folder: Path) -> dict[str, Any]:
    """Secret casts when the file holds 300 ballots, then 3,000 (see the module's docstring)."""
    import importlib

    from eulac_desktop.core import checkin, voting
    from eulac_desktop.core.workspace import Workspace

    add_ballot = importlib.import_module("eulac_desktop.core.voting.polls").add_ballot
    parts: dict[str, list[float]] = {"rewrite": [], "log": []}

    def timed(name: str, step: Any) -> Any:
        def run(self: Any) -> Any:
            start = time.perf_counter()
            try:
                return step(self)
            finally:
                parts[name].append(time.perf_counter() - start)
        return run

    filler = voting.get_poll(ws, voting.create_poll(ws, "Filler", "dots", ["A", "B"], params={"dots": 3},
                                                    eligibility="all").inserted["polls"][0])
    poll = voting.create_poll(ws, "Growth", "dots", ["A", "B"], params={"dots": 3}, eligibility="all").inserted["polls"][0]
    voting.set_state(ws, poll, "open")
    option = voting.get_poll(ws, poll)["options"][0]["id"]
    values = {"poll_id": filler["id"], "channel": "kiosk", "serial": None,
              "payload": json.dumps({filler["options"][0]["id"]: 3})}
    bare = sqlite3.connect(folder / "bare-growth.sqlite", isolation_level=None)
    bare.execute("PRAGMA journal_mode = WAL")
    bare.execute("PRAGMA synchronous = FULL")
    bare.execute("CREATE TABLE facts (id TEXT PRIMARY KEY, payload TEXT) WITHOUT ROWID")
    out: dict[str, Any] = {}
    originals = Workspace._store_ballots_in_id_order, Workspace._empty_wal
    Workspace._store_ballots_in_id_order = timed("rewrite", originals[0])  # type: ignore[method-assign]
    Workspace._empty_wal = timed("log", originals[1])  # type: ignore[method-assign]
    try:
        for size, batch in ((300, voters[:20]), (3000, voters[20:40])):
            have = int(ws.conn.execute("SELECT count(*) FROM ballots").fetchone()[0])
            with ws.operation("bench.fill") as op:
                for _ in range(size - have):
                    add_ballot(op, filler, values, "")
            missing = size - len(batch) - int(bare.execute("SELECT count(*) FROM facts").fetchone()[0])
            bare.execute("BEGIN")
            bare.executemany("INSERT INTO facts VALUES (?, ?)", ((f"{size}-{n}", values["payload"]) for n in range(missing)))
            bare.execute("COMMIT")
            bare.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            for name in parts:
                parts[name].clear()
            casts, floors = [], []
            for pid in batch:
                code = checkin.badge_code(ws, pid)
                start = time.perf_counter()
                voting.cast_ballot(ws, poll, {option: 3}, badge=code)
                casts.append(time.perf_counter() - start)
                start = time.perf_counter()
                bare.execute("BEGIN")
                bare.execute("INSERT INTO facts VALUES (?, ?)", (code, values["payload"]))
                bare.execute("COMMIT")
                bare.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                floors.append(time.perf_counter() - start)
            cast, floor = summary(casts, digits=3), summary(floors, digits=3)
            out[f"{size}_ballots"] = {**cast, "rewrite_median_ms": summary(parts["rewrite"], digits=3)["median_ms"],
                                      "log_median_ms": summary(parts["log"], digits=3)["median_ms"],
                                      "floor_insert_and_empty_log_median_ms": floor["median_ms"],
                                      "ratio_to_floor": round(cast["median_ms"] / floor["median_ms"], 1)}
    finally:
        Workspace._store_ballots_in_id_order, Workspace._empty_wal = originals  # type: ignore[method-assign]
        bare.close()
    return out


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
