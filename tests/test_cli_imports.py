"""The command line imports only what a command uses (issue 19): `eulac --version` and `eulac checkin scan` start
without the GUI, the planner, the PDF and spreadsheet libraries… each run in a fresh process, whose modules are
then listed. (How fast they start is measured in benchmarks/bench_cli.py, never here.)
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from eulac_desktop.core import checkin
from eulac_desktop.core.registration import find_by_email
from eulac_desktop.core.workspace import Workspace

#: Libraries neither command needs; each costs from a few to hundreds of milliseconds to import.
HEAVY = ("PySide6", "shiboken6", "ortools", "reportlab", "openpyxl", "python_calamine", "babel", "rapidfuzz",
         "email_validator", "charset_normalizer", "sqlite_utils", "cryptography", "qrcode", "zxingcpp", "numpy",
         "pandas", "PIL", "aiohttp", "filelock", "eulac_desktop.ui", "eulac_desktop.documents",
         "eulac_desktop.core.voting", "eulac_desktop.core.p2p", "eulac_desktop.core.bundles",
         "eulac_desktop.core.registration.importing", "logging.handlers")
#: Standard modules a scan has no use for (a log line's versions, a date's zone, ids of other kinds…), each a few ms.
NOT_FOR_A_SCAN = ("platform", "zoneinfo", "uuid", "secrets", "random", "platformdirs", "dataclasses", "inspect",
                  "logging", "eulac_desktop.core.registration")
#: Runs `eulac ARGS` in this process, then writes the names of the modules it imported to the file named first.
RUN = ("import json, sys\n"
       "from eulac_desktop.cli import main\n"
       "code = main(sys.argv[2:])\n"
       "open(sys.argv[1], 'w').write(json.dumps({'code': code, 'modules': sorted(sys.modules)}))\n")


def modules_of(tmp_path: Path, *args: object) -> tuple[int, list[str]]:
    """(exit code, modules imported) of `eulac ARGS` in a fresh Python process."""
    out = tmp_path / "modules.json"
    subprocess.run([sys.executable, "-c", RUN, str(out), *map(str, args)], check=True, capture_output=True, timeout=60)
    found = json.loads(out.read_text())
    return found["code"], found["modules"]


def heavy(modules: list[str]) -> list[str]:
    return [m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)]


def test_eulac_version_imports_nothing_of_the_app_but_its_version(tmp_path: Path):
    code, modules = modules_of(tmp_path, "--version")
    assert code == 0
    assert heavy(modules) == []
    assert [m for m in modules if m.startswith("eulac_desktop.")] == ["eulac_desktop.cli"]
    assert not {"argparse", "logging", "gettext", "sqlite3"} & set(modules)


@pytest.mark.parametrize("checked_in", [False, True])
def test_a_scan_imports_only_what_checking_in_needs(tmp_path: Path, event_file: Path, checked_in: bool):
    with Workspace.open(event_file) as ws:
        code = checkin.badge_code(ws, find_by_email(ws, "jose@example.org"))
        if checked_in:
            checkin.scan(ws, code)
    exit_code, modules = modules_of(tmp_path, "checkin", "scan", event_file, code, "--desk", "door")
    assert exit_code is None or exit_code == 0
    assert heavy(modules) == []
    assert set(NOT_FOR_A_SCAN) & set(modules) == set()
    assert [m for m in modules if m.startswith("eulac_desktop.cli.")] == ["eulac_desktop.cli.checkin"]
    with Workspace.open(event_file, mode="read") as ws:  # and the scan was recorded, durably
        assert ws.conn.execute("SELECT count(*) FROM checkins WHERE deleted = 0").fetchone()[0] == 1


def test_each_noun_is_made_by_the_module_the_command_line_imports_for_it():
    """`eulac NOUN …` imports only NOUN_MODULES[NOUN]: every noun must be there, with the module that adds it."""
    import importlib

    from eulac_desktop import cli

    made: dict[str, str] = {}

    class Nouns:
        def __init__(self, module: str):
            self.module = module

        def add_parser(self, name: str, **_kwargs: object) -> object:
            made[name] = self.module
            return cli._Unused()

    for module, function in cli.REGISTERS:
        getattr(importlib.import_module(f"eulac_desktop.cli.{module}"), function)(Nouns(module))
    assert made == cli.NOUN_MODULES


#: Runs `eulac ARGS` in this process with the scan's handler broken (a bug), as RUN does.
BROKEN_SCAN = ("import sys\n"
               "from eulac_desktop.cli import checkin, main\n"
               "def broken(args):\n"
               "    raise KeyError('a bug')\n"
               "checkin._scan = broken\n"
               "sys.exit(main(sys.argv[1:]))\n")


def test_a_command_that_imports_no_logging_still_logs_what_it_must(tmp_path: Path, event_file: Path,
                                                                   isolated_config: Path):
    """`logging` is imported with the first line the log keeps: --log-level INFO keeps a scan's lines, and a bug
    is logged with its traceback at the default level, in a process that had not imported it."""
    with Workspace.open(event_file) as ws:
        code = checkin.badge_code(ws, find_by_email(ws, "jose@example.org"))
    log = isolated_config / "logs" / "eulac.log"
    assert modules_of(tmp_path, "checkin", "scan", event_file, code)[0] in (None, 0)
    assert not log.exists()  # nothing to keep at WARNING
    assert modules_of(tmp_path, "--log-level", "info", "checkin", "scan", event_file, code)[0] in (None, 0)
    text = log.read_text(encoding="utf-8")
    assert "INFO eulac_desktop.cli [MainThread] eulac checkin scan (eulac-desktop " in text
    assert f"INFO eulac_desktop.core.workspace [MainThread] Opened {event_file.name}" in text
    done = subprocess.run([sys.executable, "-c", BROKEN_SCAN, "checkin", "scan", str(event_file), code],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    text = log.read_text(encoding="utf-8")
    assert "ERROR eulac_desktop.cli [MainThread] eulac checkin scan failed unexpectedly" in text
    assert "Traceback (most recent call last)" in text and "KeyError: 'a bug'" in text


def test_a_scan_runs_without_the_cycle_collector_and_other_commands_with_it(event_file: Path, capsys,
                                                                            monkeypatch: pytest.MonkeyPatch):
    """Starting (modules, classes: nothing to collect) and a scan (one code) run without the cycle collector, which
    cost a scan's process a tenth of its instructions (with what startup made frozen, so the process's end does not
    walk it); any other command gets it back before it starts, and a caller in the same process finds it as it was,
    nothing left frozen."""
    import gc

    from helpers import run

    seen: dict[str, bool] = {}
    real_scan, real_stats = checkin.scan, checkin.stats

    def scan(*args, **kwargs):
        seen["scan"] = gc.isenabled()
        return real_scan(*args, **kwargs)

    def stats(*args, **kwargs):
        seen["stats"] = gc.isenabled()
        return real_stats(*args, **kwargs)

    monkeypatch.setattr(checkin, "scan", scan)
    monkeypatch.setattr(checkin, "stats", stats)
    with Workspace.open(event_file) as ws:
        code = checkin.badge_code(ws, find_by_email(ws, "jose@example.org"))
    assert gc.isenabled()
    assert run(capsys, "checkin", "scan", event_file, code, "--desk", "door")[0] == 0
    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert run(capsys, "checkin", "stats", event_file)[0] == 0
    assert seen == {"scan": False, "stats": True}
    assert gc.isenabled() and gc.get_freeze_count() == 0
