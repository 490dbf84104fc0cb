"""Bundles on an event of 5,000 participants (issue: bundles between laptops and the coordinator).

1. Export of a setup bundle of an event with 50,000 facts (check-ins, attendance, ballots): budget ≤ 3 s;
   verifying it (`read_bundle`): budget ≤ 1 s.
2. The coordinator merges the result bundles of 10 laptops (each imported the setup, checked in its tenth
   of the people, recorded their attendance and ballots, edited some people): all 10 imported into the
   master ≤ 15 s; importing one of them again ≤ 2 s and changes 0 rows (counted from the plan).
   The whole merge is repeated on fresh copies of the master.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from pathlib import Path

from common import event_with_participants, isolate, summary

PARTICIPANTS, FACTS = 5000, 50_000
SESSIONS = 10  # the demo's 3 and 7 more
ATTENDED = 8  # sessions each laptop records per person it checked in
LAPTOPS, EDITS, SHARED_EDITS = 10, 20, 5  # people edited by one laptop each, and by every laptop
EXPORT_RUNS, READ_RUNS, MERGE_RUNS = 5, 5, 3
CHUNK = 2500  # fact rows per operation while building


def _config(name: str, root: Path) -> Path:
    """Another laptop: its own config folder (device identity, trusted devices, poll keys)."""
    folder = root / name
    folder.mkdir()
    os.environ["EULAC_CONFIG_DIR"] = str(folder)
    return folder


def _insert_facts(ws, table: str, rows: list[dict]) -> None:
    from eulac_desktop.core import records

    for start in range(0, len(rows), CHUNK):
        with ws.operation(f"bench.{table}") as op:
            for row in rows[start:start + CHUNK]:
                records.insert_fact(op, table, row)


def _add_sessions(ws) -> list[str]:
    from eulac_desktop.core import checkin
    from eulac_desktop.core.event import get_event

    day = get_event(ws).start_date
    for n in range(SESSIONS - len(checkin.sessions(ws))):
        checkin.add_session(ws, f"Workshop {n + 1}", f"Room {n + 1}", f"{day}T{8 + n:02d}:00", f"{day}T{8 + n:02d}:45")
    return sorted(s["id"] for s in checkin.sessions(ws))


def _ranking_poll(ws) -> dict:
    from eulac_desktop.core import voting

    poll_id = ws.conn.execute("SELECT id FROM polls WHERE state = 'open' AND deleted = 0 ORDER BY id").fetchone()[0]
    return voting.get_poll(ws, poll_id)


def _ballot(poll: dict, pid: str, i: int) -> dict:
    """A kiosk ballot of `pid`: a secret poll's names nobody (its voter is in `votes`), a named poll's names them."""
    ids = [o["id"] for o in poll["options"]]
    ranking = ids[i % len(ids):] + ids[:i % len(ids)]
    return {"poll_id": poll["id"], "voter": "" if poll["secret"] else pid, "channel": "kiosk", "serial": None,
            "payload": json.dumps(ranking, sort_keys=True)}


def _fact_count(ws) -> dict[str, int]:
    return {t: ws.conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in ("checkins", "attendance", "ballots")}


def _sizes(manifest: dict, path: Path) -> dict:
    rows = {name[len("data/"):-len(".jsonl")]: m["rows"] for name, m in manifest["members"].items() if m.get("rows")}
    return {"rows": sum(rows.values()), "rows_by_table": rows, "bytes": path.stat().st_size}


def _big_event(base: Path, folder: Path) -> tuple[Path, dict[str, int]]:
    """The base event with every person checked in, in ~8 sessions and a ballot each: 50,000 facts."""
    from eulac_desktop.core.registration import participant_ids
    from eulac_desktop.core.workspace import Workspace

    path = folder / "event-50000-facts.eulac"
    shutil.copy(base, path)
    with Workspace.open(path) as ws:
        sessions = _add_sessions(ws)
        people = participant_ids(ws)
        arrived = {r[0] for r in ws.conn.execute("SELECT participant_id FROM checkins")}
        _insert_facts(ws, "checkins", [{"participant_id": p, "desk": "Desk 3"} for p in people if p not in arrived])
        poll = _ranking_poll(ws)
        _insert_facts(ws, "votes", [{"poll_id": poll["id"], "participant_id": p} for p in people])
        _insert_facts(ws, "ballots", [_ballot(poll, p, i) for i, p in enumerate(people)])
        attended = set(ws.conn.execute("SELECT participant_id, session_id FROM attendance").fetchall())
        missing = FACTS - sum(_fact_count(ws).values())
        rows = []
        for j in range(SESSIONS):
            for i, pid in enumerate(people):
                session = sessions[(i + j) % SESSIONS]
                if len(rows) < missing and (pid, session) not in attended:
                    rows.append({"participant_id": pid, "session_id": session, "desk": "Room"})
        _insert_facts(ws, "attendance", rows)
        facts = _fact_count(ws)
    return path, facts


def bench_export(base: Path, folder: Path) -> dict:
    from eulac_desktop.core.bundles import export_bundle, read_bundle
    from eulac_desktop.core.workspace import Workspace

    path, facts = _big_event(base, folder)
    out = folder / "setup-50000-facts.eulacbundle"
    exports, reads = [], []
    with Workspace.open(path) as ws:
        for _ in range(EXPORT_RUNS):
            start = time.perf_counter()
            manifest = export_bundle(ws, out, "setup")
            exports.append(time.perf_counter() - start)
    for _ in range(READ_RUNS):
        start = time.perf_counter()
        read_bundle(out)
        reads.append(time.perf_counter() - start)
    export, verify = summary(exports), summary(reads)
    return {"participants": PARTICIPANTS, "facts": sum(facts.values()), "facts_by_table": facts,
            "bundle": _sizes(manifest, out),
            "export_setup": {**export, "budget_ms": 3000, "within_budget": export["median_ms"] <= 3000},
            "read_bundle": {**verify, "budget_ms": 1000, "within_budget": verify["median_ms"] <= 1000}}


def _laptop(n: int, setup: Path, root: Path) -> tuple[Path, dict]:
    """Laptop `n`: imports the setup, works on its tenth of the people, exports its result bundle."""
    from eulac_desktop.core.bundles import export_bundle, import_bundle
    from eulac_desktop.core.registration import participant_ids, update_participant
    from eulac_desktop.core.workspace import Workspace

    _config(f"laptop-{n}", root)
    path = root / f"laptop-{n}.eulac"
    import_bundle(path, setup, trust=True)
    out = root / f"result-{n}.eulacbundle"
    with Workspace.open(path) as ws:
        people = participant_ids(ws)
        mine = people[n::LAPTOPS]
        sessions = sorted(r[0] for r in ws.conn.execute("SELECT id FROM sessions WHERE deleted = 0"))
        poll = _ranking_poll(ws)
        _insert_facts(ws, "checkins", [{"participant_id": p, "desk": f"Desk {n}"} for p in mine])
        _insert_facts(ws, "attendance", [{"participant_id": p, "session_id": sessions[(i + j) % SESSIONS], "desk": f"Room {n}"}
                                         for i, p in enumerate(mine) for j in range(ATTENDED)])
        _insert_facts(ws, "votes", [{"poll_id": poll["id"], "participant_id": p} for p in mine])
        _insert_facts(ws, "ballots", [_ballot(poll, p, i + n) for i, p in enumerate(mine)])
        for i, pid in enumerate(mine[:EDITS]):
            update_participant(ws, pid, {"organisation": f"Corrected at desk {n} ({i})"})
        for pid in people[:SHARED_EDITS]:  # the same people corrected on every laptop: the latest edit wins
            update_participant(ws, pid, {"organisation": f"Corrected by laptop {n}"})
        manifest = export_bundle(ws, out, "result")
    return out, _sizes(manifest, out)


def _changed(plan) -> int:
    return sum(len(rows) for rows in plan.inserts.values()) + sum(len(rows) for rows in plan.updates.values())


def bench_merge(base: Path, folder: Path, coordinator: Path) -> dict:
    from eulac_desktop.core.bundles import export_bundle, import_bundle
    from eulac_desktop.core.workspace import Workspace

    master = folder / "master.eulac"
    shutil.copy(base, master)
    with Workspace.open(master) as ws:
        ws.conn.execute("DELETE FROM checkins")  # the doors open at the event: no check-ins or attendance yet
        ws.conn.execute("DELETE FROM attendance")
        _add_sessions(ws)
        setup = folder / "setup.eulacbundle"
        setup_sizes = _sizes(export_bundle(ws, setup, "setup"), setup)
        before = _fact_count(ws)
    laptops = [_laptop(n, setup, folder) for n in range(LAPTOPS)]
    os.environ["EULAC_CONFIG_DIR"] = str(coordinator)
    merges, per_bundle, reimports, changed, after = [], [], [], [], {}
    for run in range(MERGE_RUNS):
        copy = folder / f"master-merge-{run}.eulac"
        shutil.copy(master, copy)  # closed, so checkpointed: the file alone is the whole event
        start = time.perf_counter()
        for bundle, _size in laptops:
            one = time.perf_counter()
            import_bundle(copy, bundle, trust=True)
            per_bundle.append(time.perf_counter() - one)
        merges.append(time.perf_counter() - start)
        start = time.perf_counter()
        plan, _changes = import_bundle(copy, laptops[run % LAPTOPS][0], trust=True)
        reimports.append(time.perf_counter() - start)
        changed.append(_changed(plan))
        with Workspace.open(copy, mode="read") as ws:
            after = _fact_count(ws)
    merge, again, each = summary(merges), summary(reimports), summary(per_bundle)
    return {"laptops": LAPTOPS, "setup_bundle": setup_sizes,
            "result_bundles": {"rows_each": [s["rows"] for _b, s in laptops], "bytes_each": [s["bytes"] for _b, s in laptops],
                               "rows_by_table_first": laptops[0][1]["rows_by_table"]},
            "master_facts_before": before, "master_facts_after": after,
            "merge_10_results": {**merge, "budget_ms": 15000, "within_budget": merge["median_ms"] <= 15000},
            "import_one_result": each,
            "reimport_one": {**again, "budget_ms": 2000, "within_budget": again["median_ms"] <= 2000,
                             "rows_changed": changed, "unchanged": all(c == 0 for c in changed)}}


def main() -> dict:
    root = Path(tempfile.mkdtemp(prefix="eulac-bench-bundles-"))
    coordinator = isolate()
    base = event_with_participants(root, PARTICIPANTS)
    try:
        export = bench_export(base, root)
        merge = bench_merge(base, root, coordinator)
    finally:
        os.environ["EULAC_CONFIG_DIR"] = str(coordinator)
    return {"export_and_verify": export, "merge": merge}


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
