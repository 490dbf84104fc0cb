"""Helpers shared by the benchmarks: medians, percentiles, ratios beside their goals, the shared sample data,
an event file of N participants."""

from __future__ import annotations

import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
#: where the shared sample data is, when it is not `../shared/data` beside the repository
DATA_ENV = "EULAC_SHARED_DATA"


class MissingSampleData(SystemExit):
    """The shared sample data is nowhere to be found: the benchmarks refuse to make up their own."""


def shared_data(name: str) -> Path:
    """`name` in the shared sample data: $EULAC_SHARED_DATA, else `shared/data` beside this checkout or beside
    the repository it is a worktree of (`../shared/data` of /work/main, of /work/wt/x's main repository…).

    Refuses (exits) when the file is in none of them: a benchmark never silently generates its data."""
    folders = [Path(os.environ[DATA_ENV])] if os.environ.get(DATA_ENV) else []
    folders.append(ROOT.parent / "shared" / "data")
    try:
        common = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--path-format=absolute", "--git-common-dir"],
                                capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        common = ""
    if common:
        folders.append(Path(common).parent.parent / "shared" / "data")
    folders = list(dict.fromkeys(folders))
    for folder in folders:
        if (folder / name).is_file():
            return folder / name
    raise MissingSampleData(f"benchmarks: {name} is not in {', '.join(map(str, folders))}; "
                            f"set {DATA_ENV} to the folder of the shared sample data")


def ratio(app: Mapping[str, Any], floor: Mapping[str, Any], goal: float, key: str = "median_ms") -> dict[str, Any]:
    """The app's figure over its floor's (medians unless `key` says otherwise), beside the goal it must meet."""
    value = round(float(app[key]) / float(floor[key]), 2) if float(floor[key]) else float("inf")
    return {"ratio": value, "goal": goal, "within_goal": value <= goal, "of": key}


def durable_connection(path: Path) -> sqlite3.Connection:
    """A bare SQLite connection as durable as an event file: WAL, synchronous=FULL, explicit transactions."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def floor_insert(path: Path, rows: Iterable[Mapping[str, Any]]) -> None:
    """The floor of an import by a whole process: a new durable file (`durable_connection`), `rows` written into it
    by `floor_insert_into`."""
    conn = durable_connection(path)
    floor_insert_into(conn, rows)
    conn.close()


def floor_insert_into(conn: sqlite3.Connection, rows: Iterable[Mapping[str, Any]]) -> None:
    """The floor of an import: `rows` into a plain table by sqlite-utils' `insert_all`, in ONE durable WAL
    transaction (the app's import is one transaction too) of an open connection (the app's event is open too)."""
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    conn.execute("BEGIN IMMEDIATE")
    db["people"].insert_all(rows, batch_size=500)
    conn.execute("COMMIT")


def isolate() -> Path:
    """Use a throw-away config folder, so benchmarks never touch the user's settings; write bytecode."""
    folder = Path(tempfile.mkdtemp(prefix="eulac-bench-config-"))
    os.environ["EULAC_CONFIG_DIR"] = str(folder)
    # an installed app runs from compiled bytecode: without it every process started here would compile the code
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    sys.dont_write_bytecode = False
    return folder


def summary(samples: list[float], scale: float = 1000.0, digits: int = 2) -> dict[str, float | int]:
    """Median, p99, min and max of `samples` (seconds) in milliseconds."""
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return {"median_ms": round(statistics.median(ordered) * scale, digits), "p99_ms": round(p99 * scale, digits),
            "min_ms": round(ordered[0] * scale, digits), "max_ms": round(ordered[-1] * scale, digits), "runs": len(ordered)}


def event_with_participants(folder: Path, count: int) -> Path:
    """An event file with `count` participants (the demo's 240 people, repeated with distinct e-mails)."""
    from eulac_desktop.core.demo import build_demo_event, demo_people

    base = demo_people()
    people = []
    for i in range(count):
        person = dict(base[i % len(base)])
        local, _at, domain = str(person["email"]).partition("@")
        person["email"] = f"{local}+{i // len(base)}@{domain}" if i >= len(base) else person["email"]
        people.append(person)
    path = folder / f"event-{count}.eulac"
    build_demo_event(path, people=people).close()
    return path
