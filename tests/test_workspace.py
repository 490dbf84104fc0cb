"""The event file as a workspace (ARCHITECTURE.md §2): create, open, pragmas, close, the single-writer lock,
read-only opening, and the clock state that survives closing the file.
"""

from __future__ import annotations

import _thread
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from eulac_desktop.core import errors, records, registration, schema
from eulac_desktop.core.device import load_device
from eulac_desktop.core.event import get_event
from eulac_desktop.core.hlc import Timestamp, wall_ms
from eulac_desktop.core.workspace import Workspace, lock_path

HOUR = 3_600_000


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def wal(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def all_stamps(conn: sqlite3.Connection) -> list[str]:
    """Every created_at/updated_at in the file's record tables."""
    out: list[str] = []
    for table in ("events", "participants", "audit"):
        for created, updated in conn.execute(f"SELECT created_at, updated_at FROM {table}"):
            out += [created, updated]
    return out


# -- create and open ------------------------------------------------------------------------


def test_create_then_open(tmp_path: Path, device):
    path = tmp_path / "empty.eulac"
    ws = Workspace.create(path, device=device)
    try:
        assert path.exists()
        assert not ws.read_only
        assert ws.schema_version == schema.SCHEMA_VERSION
    finally:
        ws.close()
    assert not path.with_name(path.name + ".creating").exists()
    with Workspace.open(path) as again:
        assert again.schema_version == schema.SCHEMA_VERSION
        assert not again.read_only
        assert again.read_only_text() == ""
        assert again.device == device


def test_create_refuses_an_existing_file(event_file: Path):
    before = sha256(event_file)
    with pytest.raises(errors.EventFileExists):
        Workspace.create(event_file)
    assert sha256(event_file) == before


def test_create_in_a_missing_folder_is_refused(tmp_path: Path):
    with pytest.raises(errors.WriteFailed):
        Workspace.create(tmp_path / "nowhere" / "x.eulac")
    assert not (tmp_path / "nowhere").exists()


def test_open_the_event_file(event_file: Path):
    with Workspace.open(event_file) as ws:
        assert get_event(ws).name == "Co-Innovation Lab"
        assert registration.participant_count(ws) == 3


def test_write_connection_pragmas(event_file: Path):
    with Workspace.open(event_file, mode="write") as ws:
        def pragma(name):
            return ws.conn.execute(f"PRAGMA {name}").fetchone()[0]
        assert pragma("journal_mode").lower() == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") > 0
        assert pragma("application_id") == schema.APPLICATION_ID


def test_application_id_is_in_the_file_header(event_file: Path):
    header = event_file.read_bytes()[:100]
    assert header[68:72] == schema.APPLICATION_ID.to_bytes(4, "big") == b"EULC"


def test_quick_and_integrity_checks_pass_on_a_sound_file(event_file: Path):
    with Workspace.open(event_file) as ws:
        assert ws.quick_check() == []
        assert ws.integrity_check() == []


# -- close: the .eulac file alone is a whole copy ---------------------------------------------


def test_close_checkpoints_so_the_file_alone_is_a_whole_copy(event_file: Path, tmp_path: Path):
    ws = Workspace.open(event_file)
    registration.add_participants(ws, [{"given_name": f"Person {i}", "family_name": "Walker"} for i in range(50)])
    assert wal(event_file).exists() and wal(event_file).stat().st_size > 0  # the new rows are in the log
    ws.close()
    assert not wal(event_file).exists() or wal(event_file).stat().st_size == 0

    elsewhere = tmp_path / "copy"
    elsewhere.mkdir()
    copy = elsewhere / "lab.eulac"
    shutil.copyfile(event_file, copy)  # the .eulac file alone, no -wal, no -shm
    with Workspace.open(copy) as ws:
        assert ws.quick_check() == []
        assert registration.participant_count(ws) == 53
        assert get_event(ws).name == "Co-Innovation Lab"
        assert len(registration.participant_ids(ws, "walker")) == 50


def test_a_large_operation_returns_before_its_checkpoint_thread_runs(event_file: Path, monkeypatch: pytest.MonkeyPatch):
    """The copy into the file after a large operation (`checkpoint_afterwards`) runs on a thread the operation does not
    wait for, even to start (a busy machine may run it late); close waits for the copy: the file alone is whole."""
    release, ran = threading.Event(), threading.Event()
    start = _thread.start_new_thread

    def late(function, args):  # a new thread that runs only once the test lets it
        def run():
            release.wait(2)
            ran.set()
            function(*args)
        return start(run, ())

    monkeypatch.setattr(_thread, "start_new_thread", late)
    monkeypatch.setattr(threading, "_start_new_thread", late)
    ws = Workspace.open(event_file)
    with ws.checkpoint_afterwards(), ws.operation("test") as op:
        records.insert_many(op, "participants", [{"given_name": f"P{i}", "family_name": "Late"} for i in range(50)])
    returned_before_it_ran = not ran.is_set()
    release.set()
    ws.close()
    assert returned_before_it_ran and ran.is_set()
    assert not wal(event_file).exists() or wal(event_file).stat().st_size == 0


def test_close_twice_is_harmless(event_file: Path):
    ws = Workspace.open(event_file)
    ws.close()
    ws.close()


# -- one writer at a time ----------------------------------------------------------------------


def test_second_open_in_the_same_process_is_read_only(event_file: Path):
    with Workspace.open(event_file) as first:
        assert not first.read_only
        with Workspace.open(event_file) as second:
            assert second.read_only
            text = second.read_only_text()
            assert "open in another window" in text
            assert first.device.name in text  # says who holds it
            assert registration.participant_count(second) == 3  # but it can be read


def test_second_open_for_writing_is_refused(event_file: Path):
    with Workspace.open(event_file):
        with pytest.raises(errors.ReadOnlyEventFile) as refused:
            Workspace.open(event_file, mode="write")
        assert "open in another window" in refused.value.text()
        assert refused.value.hint_text()


def test_second_process_opens_read_only(event_file: Path, isolated_config: Path):
    code = (
        "import sys\n"
        "from eulac_desktop.core.workspace import Workspace\n"
        "ws = Workspace.open(sys.argv[1])\n"
        "print(ws.read_only)\n"
        "print(ws.read_only_text())\n"
        "ws.close()\n"
    )
    with Workspace.open(event_file) as first:
        assert not first.read_only
        done = subprocess.run([sys.executable, "-c", code, str(event_file)], capture_output=True, text=True, check=False,
                              timeout=120, env={**os.environ, "EULAC_CONFIG_DIR": str(isolated_config)})
    assert done.returncode == 0, done.stderr
    read_only, reason = done.stdout.splitlines()[:2]
    assert read_only == "True"
    assert "open in another window" in reason


def test_after_the_writer_closes_a_new_open_can_write(event_file: Path):
    first = Workspace.open(event_file)
    with Workspace.open(event_file) as second:
        assert second.read_only
    first.close()
    with Workspace.open(event_file, mode="write") as third:
        assert not third.read_only
        registration.add_participants(third, [{"given_name": "Late", "family_name": "Comer"}])
    with Workspace.open(event_file) as ws:
        assert registration.participant_count(ws) == 4


def test_lock_file_sits_next_to_the_event_file(event_file: Path):
    with Workspace.open(event_file):
        assert lock_path(event_file).parent == event_file.parent
        assert lock_path(event_file).exists()


def test_read_only_workspace_refuses_operations_and_changes_nothing(event_file: Path):
    before = sha256(event_file)
    with Workspace.open(event_file, mode="read") as ws:
        assert ws.read_only
        assert ws.read_only_text()
        with pytest.raises(errors.ReadOnlyEventFile), ws.operation("participants.add"):
            pass
        with pytest.raises(errors.ReadOnlyEventFile):
            registration.add_participants(ws, [{"given_name": "Nobody"}])
        assert registration.participant_count(ws) == 3
    assert sha256(event_file) == before


def test_read_only_open_while_another_writes_refuses_operations(event_file: Path):
    with Workspace.open(event_file) as first, Workspace.open(event_file) as second:
        with pytest.raises(errors.ReadOnlyEventFile) as refused:
            registration.add_participants(second, [{"given_name": "Nobody"}])
        assert "open in another window" in refused.value.text()
        assert registration.participant_count(first) == 3


# -- the clock survives closing the file -----------------------------------------------------


def test_clock_state_persists_across_reopen_even_when_the_wall_clock_is_behind(event_file: Path, device):
    with Workspace.open(event_file) as ws:
        earlier = all_stamps(ws.conn)
        pid = registration.participant_ids(ws)[0]
    latest = max(earlier)

    def behind():
        return wall_ms() - 5 * HOUR  # the laptop's clock was set back
    with Workspace.open(event_file, wall=behind, device=device) as ws:
        assert ws.clock.now() > latest
        with ws.operation("test.edit") as op:
            records.update_entity(op, "participants", pid, {"organisation": "Elsewhere"})
            new_id = records.insert_entity(op, "participants", {"given_name": "New"})
        changed = records.get(ws, "participants", pid)
        added = records.get(ws, "participants", new_id)
        audit = [r[0] for r in ws.conn.execute("SELECT updated_at FROM audit WHERE action = 'test.edit'")]
    for stamp in (changed["updated_at"], added["created_at"], *audit):
        assert stamp > latest, f"{stamp} sorts before an earlier {latest}"
    assert Timestamp.parse(changed["updated_at"]).node == device.id.replace("-", "")


def test_another_device_with_a_clock_behind_still_writes_after_every_earlier_stamp(event_file: Path, tmp_path: Path):
    """A copy of the file opened on a second laptop whose clock is hours behind (ARCHITECTURE.md §3: the HLC
    sorts correctly across devices even when their wall clocks disagree; an edit made after reading
    a row must not sort before that row's `updated_at`, or last-writer-wins would drop it)."""
    with Workspace.open(event_file) as ws:
        latest = max(all_stamps(ws.conn))
        pid = registration.participant_ids(ws)[0]
        before = records.get(ws, "participants", pid)["updated_at"]

    other = load_device(tmp_path / "other-laptop")
    def behind():
        return wall_ms() - 3 * HOUR
    with Workspace.open(event_file, device=other, wall=behind) as ws:
        with ws.operation("test.edit") as op:
            records.update_entity(op, "participants", pid, {"organisation": "Elsewhere"})
        after = records.get(ws, "participants", pid)["updated_at"]
    assert after > before, f"the later edit's updated_at {after} sorts before the earlier {before}"
    assert after > latest
