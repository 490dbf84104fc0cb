"""How fast the command line starts: `eulac --version`, and `eulac checkin scan` of one code (durable), whole process.

Floors, measured in the same run, interleaved: `python -c pass` (for --version), and a process that opens an
SQLite file in WAL with synchronous=FULL and commits one insert (for the scan).
Goals (issue 19): `eulac --version` ≤ 2× `python -c pass`; `eulac checkin scan` ≤ 60 ms.
Each figure is the median and p99 of EULAC_BENCH_RUNS runs (21 by default), wall and CPU time.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, event_with_participants, isolate, ratio, summary

RUNS = int(os.environ.get("EULAC_BENCH_RUNS", "21"))
PARTICIPANTS = 5000
EULAC = [sys.executable, "-m", "eulac_desktop.cli"]
DURABLE_COMMIT = ("import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
                  "c.execute('PRAGMA journal_mode = WAL'); c.execute('PRAGMA synchronous = FULL'); "
                  "c.execute('CREATE TABLE IF NOT EXISTS facts (id TEXT PRIMARY KEY, at TEXT)'); c.execute('BEGIN'); "
                  "c.execute('INSERT INTO facts VALUES (?, ?)', (str(time.time_ns()), 'now')); c.execute('COMMIT'); c.close()")


def _time(cmd: list[str], cpu: list[float] | None = None) -> float:
    """Wall time of the whole process; its CPU time (user + system) goes to `cpu`: on this shared machine the
    wall time follows the others' load, the CPU time much less."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if cpu is not None:
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return elapsed


def main() -> dict:
    isolate()
    from eulac_desktop.core import checkin
    from eulac_desktop.core.registration import participant_ids
    from eulac_desktop.core.workspace import Workspace

    folder = Path(tempfile.mkdtemp(prefix="eulac-bench-cli-"))
    event = event_with_participants(folder, PARTICIPANTS)
    with Workspace.open(event) as ws:
        ws.conn.execute("DELETE FROM checkins")  # the demo checked two thirds in: every scan below checks one in
        codes = [checkin.badge_code(ws, pid) for pid in participant_ids(ws)[:RUNS + 1]]
    floor_file = folder / "floor.sqlite"
    _time([sys.executable, "-c", "pass"])  # warm the file cache
    _time([*EULAC, "--version"])
    wall: dict[str, list[float]] = {"version": [], "bare": [], "scan": [], "commit": []}
    cpu: dict[str, list[float]] = {name: [] for name in wall}
    for code in codes[:RUNS]:  # interleaved, so all see the same load of this shared machine
        wall["bare"].append(_time([sys.executable, "-c", "pass"], cpu["bare"]))
        wall["version"].append(_time([*EULAC, "--version"], cpu["version"]))
        wall["commit"].append(_time([sys.executable, "-c", DURABLE_COMMIT, str(floor_file)], cpu["commit"]))
        wall["scan"].append(_time([*EULAC, "checkin", "scan", str(event), code, "--desk", "bench"], cpu["scan"]))
    figures = {name: {**summary(samples), "cpu_median_ms": summary(cpu[name])["median_ms"]}
               for name, samples in wall.items()}
    scan = figures["scan"]
    return {
        "eulac_version": figures["version"],
        "floor_python_c_pass": figures["bare"],
        "version_ratio_to_floor": ratio(figures["version"], figures["bare"], 2.0),
        "version_cpu_ratio_to_floor": ratio(figures["version"], figures["bare"], 2.0, key="cpu_median_ms"),
        "eulac_checkin_scan": {**scan, "participants": PARTICIPANTS, "goal_ms": 60,
                               "within_goal": scan["median_ms"] <= 60},
        "floor_process_durable_commit": figures["commit"],
        "scan_ratio_to_floor": ratio(scan, figures["commit"], 2.0),
    }


if __name__ == "__main__":
    os.chdir(ROOT)
    print(json.dumps(main(), indent=2))
