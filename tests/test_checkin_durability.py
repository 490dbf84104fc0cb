"""A check-in shown green has been written (ARCHITECTURE.md §2: synchronous=FULL; core/checkin.py: `scan()` returns
only after the fact is committed).

A desk process killed with SIGKILL in the middle of a stream of scans loses none of the scans it had
acknowledged, and leaves a file that opens. A check-in whose write fails (disk full, a failing commit,
a file open read-only) is never reported as checked in: the scan raises a typed error instead, and
nothing of it is left in the file.
"""

from __future__ import annotations

import json
import os
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eulac_desktop.core import checkin, errors
from eulac_desktop.core.event import create_event_file
from eulac_desktop.core.registration import add_participants, participant_ids
from eulac_desktop.core.workspace import Workspace

PEOPLE = 300
SESSIONS = 10
KILL_AFTER = 100

# The desk: scan every badge at the door, then into each session; print each acknowledged scan at once.
DESK = r"""
import json, sys
from eulac_desktop.core import checkin
from eulac_desktop.core.workspace import Workspace

path, plan = sys.argv[1], json.load(open(sys.argv[2]))
with Workspace.open(path, mode="write") as ws:
    for session in [None] + plan["sessions"]:
        for code in plan["codes"]:
            result = checkin.scan(ws, code, desk="Desk 1", session_id=session)
            if result.status != "checked_in":
                sys.exit(f"unexpected {result.status} {result.reason}")
            sys.stdout.write(f"{session or 'door'} {result.participant_id}\n")
            sys.stdout.flush()
print("done", flush=True)
"""


def people(n: int) -> list[dict[str, str]]:
    return [{"given_name": f"Persona {i}", "family_name": f"Apellido {i:03d}", "email": f"p{i}@example.org",
             "country": ("PE", "BR", "ES", "FR")[i % 4]} for i in range(n)]


@pytest.fixture
def big_event(tmp_path: Path, device) -> tuple[Path, dict[str, str], list[str]]:
    """A closed event file of 300 people and 10 sessions: (path, {participant id: badge code}, session ids)."""
    path = tmp_path / "desk.eulac"
    with create_event_file(path, name="Durability Lab", start_date="2026-12-03", device=device) as ws:
        add_participants(ws, people(PEOPLE))
        codes = {pid: checkin.badge_code(ws, pid) for pid in participant_ids(ws)}
        sessions = [checkin.add_session(ws, f"Session {i}").inserted["sessions"][0] for i in range(SESSIONS)]
    return path, codes, sessions


def read_lines(fd: int, buffer: bytearray, wanted: int, timeout: float) -> None:
    """Read from `fd` into `buffer` until it holds `wanted` lines, the end of file, or `timeout` seconds passed."""
    deadline = time.monotonic() + timeout
    while buffer.count(b"\n") < wanted:
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
            return
        chunk = os.read(fd, 65536)
        if not chunk:
            return
        buffer += chunk


def test_a_kill_during_a_stream_of_scans_loses_no_acknowledged_scan(big_event, tmp_path: Path):
    path, codes, sessions = big_event
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps({"codes": list(codes.values()), "sessions": sessions}))
    desk = subprocess.Popen([sys.executable, "-c", DESK, str(path), str(plan)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=Path(__file__).parents[1])
    output = bytearray()
    try:
        read_lines(desk.stdout.fileno(), output, KILL_AFTER, timeout=60)
        os.kill(desk.pid, signal.SIGKILL)
        desk.wait(timeout=10)
        read_lines(desk.stdout.fileno(), output, 10 ** 9, timeout=10)  # what it printed before dying counts too
        problem = desk.stderr.read().decode()
    finally:
        if desk.poll() is None:
            desk.kill()
        desk.wait()
        desk.stdout.close()
        desk.stderr.close()
    acknowledged = [line.decode() for line in bytes(output).split(b"\n")[:-1]]  # whole lines only
    assert len(acknowledged) >= KILL_AFTER, problem or "the desk was too slow"
    assert desk.returncode == -signal.SIGKILL
    assert "done" not in acknowledged, "the desk finished before the kill: make the stream longer"
    assert len(acknowledged) < PEOPLE * (SESSIONS + 1)

    with Workspace.open(path) as ws:  # the file opens (write mode: the lock of the killed desk is gone)
        assert ws.integrity_check() == []
        door = {r[0]: r[1] for r in ws.conn.execute("SELECT participant_id, count(*) FROM checkins GROUP BY participant_id")}
        attended = {(r[0], r[1]) for r in ws.conn.execute("SELECT session_id, participant_id FROM attendance")}
        audited = ws.conn.execute("SELECT count(*) FROM audit WHERE action IN ('checkin.scan', 'attendance.scan')").fetchone()[0]
    lost = []
    for line in acknowledged:
        where, pid = line.split()
        assert pid in codes, line
        if (where == "door" and pid not in door) or (where != "door" and (where, pid) not in attended):
            lost.append(line)
    assert lost == [], f"{len(lost)} acknowledged scans lost of {len(acknowledged)}"
    assert set(door.values()) <= {1}  # one check-in per person
    written = len(door) + len(attended)
    assert len(acknowledged) <= written <= len(acknowledged) + 1  # at most the scan in flight was not acknowledged
    assert audited == written  # every fact with its audit row, none half-written


def test_a_scan_is_committed_when_it_returns(event_file: Path):
    with Workspace.open(event_file) as ws:
        pid = participant_ids(ws)[0]
        result = checkin.scan(ws, checkin.badge_code(ws, pid))
        assert result.status == checkin.CHECKED_IN
        assert not ws.conn.in_transaction
        assert ws.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        other = sqlite3.connect(f"{event_file.resolve().as_uri()}?mode=ro", uri=True)  # another reader sees it
        try:
            assert other.execute("SELECT count(*) FROM checkins WHERE participant_id = ?", (pid,)).fetchone()[0] == 1
        finally:
            other.close()


# -- a write that fails is never green ----------------------------------------------------------------------


def test_a_full_disk_makes_the_scan_fail_loudly_and_leaves_nothing(big_event):
    path, codes, _sessions = big_event
    with Workspace.open(path) as ws:
        pages = ws.conn.execute("PRAGMA page_count").fetchone()[0]
        ws.conn.execute(f"PRAGMA max_page_count = {pages}")  # the file cannot grow: as if the disk were full
        acknowledged = []
        for pid, code in codes.items():
            audit = ws.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
            try:
                result = checkin.scan(ws, code, desk="Desk 1")
            except errors.EulacError as error:
                failed = error
                break
            assert result.status == checkin.CHECKED_IN
            acknowledged.append(pid)
        else:
            pytest.fail("the file never filled up")
        assert isinstance(failed, errors.DiskFull), repr(failed)
        assert failed.text() and failed.hint_text()
        assert not ws.conn.in_transaction
        assert pid not in checkin.checked_in_ids(ws)
        assert ws.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == audit
        assert checkin.checked_in_ids(ws) == set(acknowledged)
        with pytest.raises(errors.DiskFull):  # scanned again: still not green, and not "already"
            checkin.scan(ws, code, desk="Desk 1")
        ws.conn.execute("PRAGMA max_page_count = 1073741823")  # space freed
        assert checkin.scan(ws, code, desk="Desk 1").status == checkin.CHECKED_IN
    with Workspace.open(path, mode="read") as ws:
        assert ws.integrity_check() == []
        assert checkin.checked_in_ids(ws) == {*acknowledged, pid}


class FailingCommit:
    """A connection whose COMMIT fails as SQLite's does when the disk fills up at that moment."""

    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn

    def execute(self, sql: str, *args):
        if sql.strip().upper() == "COMMIT":
            raise sqlite3.OperationalError("database or disk is full")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str):
        return getattr(self._conn, name)


def test_a_check_in_whose_commit_fails_is_not_reported(event_file: Path):
    with Workspace.open(event_file) as ws:
        pid = participant_ids(ws)[0]
        code = checkin.badge_code(ws, pid)
        before = [ws.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("checkins", "audit")]
        real, ws.conn = ws.conn, FailingCommit(ws.conn)
        try:
            with pytest.raises(errors.DiskFull):
                checkin.scan(ws, code, desk="Desk 1")
        finally:
            ws.conn = real
        assert not ws.conn.in_transaction
        assert [ws.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("checkins", "audit")] == before
        assert checkin.scan(ws, code).status == checkin.CHECKED_IN  # once the disk works: a first check-in


def test_a_scan_on_a_file_opened_read_only_raises(event_file: Path):
    with Workspace.open(event_file, mode="read") as ws:
        code = checkin.badge_code(ws, participant_ids(ws)[0])
        with pytest.raises(errors.ReadOnlyEventFile):
            checkin.scan(ws, code)
        assert checkin.stats(ws)["checked_in"] == 0


def test_a_scan_in_a_second_window_on_the_same_file_raises(event_file: Path):
    with Workspace.open(event_file) as first:
        code = checkin.badge_code(first, participant_ids(first)[0])
        with Workspace.open(event_file) as second:  # the first holds the lock: this one is read-only
            assert second.read_only
            with pytest.raises(errors.ReadOnlyEventFile) as refused:
                checkin.scan(second, code)
            assert refused.value.text()
        assert checkin.stats(first)["checked_in"] == 0
        assert checkin.scan(first, code).status == checkin.CHECKED_IN


def test_a_scan_during_a_workers_import_survives_the_import_being_cancelled(event_file) -> None:
    """The GUI's connection and a worker's are apart: the check-in waits for the worker's transaction and is
    its own, so cancelling the import does not take the (acknowledged) check-in with it."""
    import threading

    from eulac_desktop.core import checkin, errors, registration
    from eulac_desktop.core.workspace import Workspace

    with Workspace.open(event_file) as ws:
        code = checkin.badge_code(ws, registration.participant_ids(ws)[0])
        started, scanning = threading.Event(), threading.Event()
        outcome: dict = {}

        def worker() -> None:
            with ws.for_worker() as w:
                try:
                    with w.operation("participants.import"):
                        w.conn.execute("UPDATE participants SET organisation = 'changing'")
                        started.set()
                        scanning.wait(5)
                        time.sleep(0.3)  # the scan is now waiting for this transaction
                        raise errors.Cancelled()
                except errors.Cancelled:
                    outcome["cancelled"] = True

        thread = threading.Thread(target=worker)
        thread.start()
        assert started.wait(5)
        scanning.set()
        result = checkin.scan(ws, code, desk="door")
        thread.join(10)
        assert outcome.get("cancelled") and result.status == checkin.CHECKED_IN
        assert ws.conn.execute("SELECT count(*) FROM checkins").fetchone()[0] == 1
        assert ws.conn.execute("SELECT count(*) FROM participants WHERE organisation = 'changing'").fetchone()[0] == 0
