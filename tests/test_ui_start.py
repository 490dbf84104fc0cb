"""What the window's start does before its first paint (issue 19, cold start): it imports only what opening the event
and drawing its Event page use (the start runs as `eulac-desktop FILE --smoke-test` in a fresh process, whose modules
are listed the moment its window is painted), and the Event page reads no more of the file than it shows. (How fast
it starts is measured in benchmarks/bench_startup.py, never here.)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from eulac_desktop.core import event as core_event
from eulac_desktop.core.hlc import Timestamp
from eulac_desktop.core.workspace import Workspace

#: Runs `eulac-desktop ARGS` in this process; as its window is first painted, writes the names of the modules it
#: imported to the file named first.
RUN = ("import json, sys\n"
       "from eulac_desktop.ui import app\n"
       "shown = app.Controller._report_shown\n"
       "def report(self):\n"
       "    open(sys.argv[1], 'w').write(json.dumps(sorted(sys.modules)))\n"
       "    shown(self)\n"
       "app.Controller._report_shown = report\n"
       "sys.exit(app.main(sys.argv[2:]))\n")


def modules_at_first_paint(tmp_path: Path, event_file: Path) -> set[str]:
    """The modules `eulac-desktop EVENT_FILE` has imported when its window is first painted (offscreen)."""
    out = tmp_path / "modules.json"
    subprocess.run([sys.executable, "-c", RUN, str(out), str(event_file), "--smoke-test"], check=True,
                   capture_output=True, timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return set(json.loads(out.read_text()))


def test_the_window_is_painted_before_openssl_is_loaded(tmp_path: Path, event_file: Path) -> None:
    """No badge, certificate or list signature is made before the first paint: hashlib and hmac (OpenSSL's load,
    ~2 ms and 3 MB) wait for the first code made or checked."""
    modules = modules_at_first_paint(tmp_path, event_file)
    assert {"eulac_desktop.ui.main_window", "eulac_desktop.core.badges", "eulac_desktop.core.certificates"} <= modules
    assert not {"hashlib", "_hashlib", "hmac"} & modules


def test_the_last_change_is_found_without_reading_the_whole_audit_log(event_file: Path) -> None:
    """The Event page's "Last change" (the latest row of the audit log) is read through its index: a log of 5,000
    rows costs no more to ask than one of a few (SQLite's steps, counted, not timed)."""
    steps: list[int] = []
    with Workspace.open(event_file) as ws:
        ws.conn.execute("PRAGMA synchronous = OFF")  # this test's own rows need not survive a power cut
        older = [(f"old-{i}", ws.event_id, "test", f"000{i:012d}", f"000{i:012d}", "test", "updated", "events", "[]",
                  "{}") for i in range(5000)]  # a long day's log (earlier stamps than any of this test's)
        with ws.conn:
            ws.conn.executemany("INSERT INTO audit (id, event_id, origin, created_at, updated_at, action, kind, "
                                "table_name, row_ids, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", older)
        core_event.update_event(ws, venue="Sala 2")
        latest = ws.conn.execute("SELECT max(created_at) FROM audit").fetchone()[0]
        ws.conn.set_progress_handler(lambda: steps.append(1), 100)  # called every 100 steps of SQLite's machine
        moment = core_event.last_change_at(ws)
        ws.conn.set_progress_handler(None, 0)
    assert moment is not None
    assert moment == Timestamp.parse(latest).to_datetime().astimezone(moment.tzinfo)
    assert len(steps) < 5  # reading every row of the log took hundreds
