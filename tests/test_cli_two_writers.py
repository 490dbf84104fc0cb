"""Two programs writing one event file (issue 16, "Two writers").

A command that writes waits for the writer lock (up to `WRITER_WAIT_SECONDS`, saying so on stderr after
a second) before refusing: scans from two desks at once, and scans during an import, are all recorded.
The GUI keeps its own way (a second window opens read-only at once: tests/test_workspace.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from eulac_desktop import cli
from eulac_desktop.cli import main

WAITING = "Waiting for another program that is writing"

SCANNER = """
import json, sys
from eulac_desktop.cli import main
path, desk, codes = sys.argv[1], sys.argv[2], sys.argv[3:]
print(json.dumps([main(["checkin", "scan", path, code, "--desk", desk]) for code in codes]))
"""

SLOW_IMPORT = """
import sys, time
from pathlib import Path
from eulac_desktop.core.registration import importing
from eulac_desktop.cli import main
path, people, started = sys.argv[1], sys.argv[2], Path(sys.argv[3])
apply = importing.apply_import

def slowly(ws, plan, *args, **kwargs):  # a long import: the writer lock held ~3 s
    started.write_text("holding")
    time.sleep(3)
    return apply(ws, plan, *args, **kwargs)

importing.apply_import = slowly
sys.exit(main(["participants", "import", path, people]))
"""


@pytest.fixture(autouse=True)
def english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANGUAGE", "en")


@pytest.fixture
def crowd(event_file: Path) -> list[str]:
    """100 more participants in the event file; their badge codes."""
    from eulac_desktop.core.checkin import badge_code
    from eulac_desktop.core.registration import add_participants
    from eulac_desktop.core.workspace import Workspace

    with Workspace.open(event_file, mode="write") as ws:
        changes = add_participants(ws, [{"given_name": f"Person {i}", "family_name": "Crowd", "email": f"p{i}@example.org"}
                                        for i in range(100)])
        return [badge_code(ws, pid) for pid in changes.inserted["participants"]]


def checked_in(path: Path) -> int:
    from eulac_desktop.core.workspace import Workspace

    with Workspace.open(path, mode="read") as ws:
        return ws.conn.execute("SELECT count(DISTINCT participant_id) FROM checkins WHERE deleted = 0").fetchone()[0]


def start(code: str, *args: object) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", code, *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=os.environ.copy())


def test_two_desks_scanning_at_once_are_all_recorded(event_file: Path, crowd: list[str]):
    desks = [start(SCANNER, event_file, "Door A", *crowd[:50]), start(SCANNER, event_file, "Door B", *crowd[50:])]
    results = [desk.communicate(timeout=240) for desk in desks]
    for (out, err), desk in zip(results, desks):
        assert desk.returncode == 0, err
        assert json.loads(out.splitlines()[-1]) == [0] * 50, err  # no scan refused
    assert checked_in(event_file) == 100


def test_scans_during_a_long_import_wait_and_are_recorded(event_file: Path, crowd: list[str], tmp_path: Path):
    people = tmp_path / "more.csv"
    people.write_text("Nombre;Apellido;Correo\n" + "".join(f"Nueva {i};Lista;n{i}@example.org\n" for i in range(200)),
                      encoding="utf-8")
    started = tmp_path / "import-started"
    importing = start(SLOW_IMPORT, event_file, people, started)
    deadline = time.monotonic() + 60
    while not started.exists():
        assert importing.poll() is None, importing.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.02)
    scanner = start(SCANNER, event_file, "Door A", *crowd[:10])
    out, err = scanner.communicate(timeout=120)
    imported = importing.communicate(timeout=120)
    assert importing.returncode == 0, imported
    assert json.loads(out.splitlines()[-1]) == [0] * 10, err  # none refused "read-only"
    assert WAITING in err  # the first scan said what it waited for
    assert checked_in(event_file) == 10


def test_a_write_refused_only_after_waiting_says_so(capsys, monkeypatch, event_file: Path, crowd: list[str]):
    from eulac_desktop.core.workspace import Workspace

    monkeypatch.setattr(cli, "WRITER_WAIT_SECONDS", 1.5)
    with Workspace.open(event_file, mode="write"):  # another window holds the file all along
        began = time.monotonic()
        code = main(["checkin", "scan", str(event_file), crowd[0]])
        waited = time.monotonic() - began
    err = capsys.readouterr().err
    assert code == 1
    assert waited >= 1.4
    assert WAITING in err and str(event_file) in err
    assert "open in another window" in err


def test_a_write_goes_ahead_when_the_other_writer_closes(capsys, event_file: Path, crowd: list[str]):
    from eulac_desktop.core.workspace import Workspace

    other = Workspace.open(event_file, mode="write")
    threading.Timer(0.4, other.close).start()
    assert main(["checkin", "scan", str(event_file), crowd[0]]) == 0
    assert WAITING not in capsys.readouterr().err  # recorded within a second: nothing to say
    assert checked_in(event_file) == 1


def test_an_import_plans_again_when_someone_registers_meanwhile(capsys, monkeypatch, event_file: Path, tmp_path: Path):
    """The import plans without the writer lock; a walk-in registered meanwhile is seen before writing."""
    from eulac_desktop.core.registration import add_participants, importing
    from eulac_desktop.core.workspace import Workspace

    people = tmp_path / "list.csv"
    people.write_text("Nombre;Apellido;Correo\nWalk;In;walk@example.org\nOther;One;other@example.org\n", encoding="utf-8")
    plan_table, calls = importing.plan_table, []

    def with_a_walk_in(ws, *args, **kwargs):
        plan = plan_table(ws, *args, **kwargs)
        if not calls:
            with Workspace.open(event_file, mode="write") as desk:
                add_participants(desk, [{"given_name": "Walk", "family_name": "In", "email": "walk@example.org"}])
        calls.append(ws.read_only)
        return plan

    monkeypatch.setattr(importing, "plan_table", with_a_walk_in)
    assert main(["participants", "import", str(event_file), str(people), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert calls == [True, False]  # planned without the lock, then again under it
    assert (summary["added"], summary["unchanged"]) == (1, 1)
    with Workspace.open(event_file, mode="read") as ws:
        assert ws.conn.execute("SELECT count(*) FROM participants WHERE email = 'walk@example.org'").fetchone()[0] == 1
