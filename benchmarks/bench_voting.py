"""Counting 5,000 ballots over 30 options with every method (budget ≤ 100 ms each, Schulze included),
and one ballot cast at the kiosk (verify the badge, check, durable insert; budget ≤ 5 ms), 300 in a secret poll:
each cast also rewrites the ballots in id order and empties the write-ahead log, so that no order of casting
stays on disk (Operation.order_free). Beside it, interleaved, its floor: a bare sqlite3 insert + commit with the
same pragmas."""

from __future__ import annotations

import json
import random
import sqlite3
import tempfile
import time
from pathlib import Path

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
    bare.close()
    cast, floor = summary(casts, digits=3), summary(floors, digits=3)
    return {"counting_5000_ballots_30_options": counting,
            "ballot_cast_durable": {**cast, "budget_ms": 5, "within_budget": cast["median_ms"] <= 5,
                                    "floor_bare_commit_median_ms": floor["median_ms"],
                                    "ratio_to_floor": round(cast["median_ms"] / floor["median_ms"], 1)}}


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
