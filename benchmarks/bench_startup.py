"""Cold start of `eulac-desktop` to its main window on an event of 5,000 participants (offscreen).

Compared in the same run with the floor: a bare PySide6 window showing a 5,000-row table view, started
the same way. Also `import eulac_desktop.core` (budget ≤ 150 ms, and it must not import Qt).
Budgets (issue 3): main window ≤ 1.0 s. Goals (issue 19): ≤ 1.5× the floor; peak memory (largest resident
set) ≤ 1.3× the floor's.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, event_with_participants, isolate, ratio, summary

PARTICIPANTS = 5000
RUNS = int(os.environ.get("EULAC_BENCH_RUNS", "7"))
FLOOR = r"""
import sys, time, json
from PySide6.QtWidgets import QApplication, QTableView
from PySide6.QtCore import QAbstractTableModel, Qt, QTimer
class M(QAbstractTableModel):
    def rowCount(self, p=None): return 5000
    def columnCount(self, p=None): return 6
    def data(self, i, r=Qt.DisplayRole): return f"{i.row()}-{i.column()}" if r == Qt.DisplayRole else None
app = QApplication(sys.argv)
v = QTableView(); m = M(); v.setModel(m); v.resize(1200, 780); v.show()
def peak():
    status = open("/proc/self/status").read()
    return round(int(next(l.split()[1] for l in status.splitlines() if l.startswith("VmHWM:"))) / 1024, 1)
QTimer.singleShot(0, lambda: (print(json.dumps({"shown_at": time.time(), "peak_memory_mb": peak()}), flush=True),
                              app.quit()))
app.exec()
"""


def _time_process(cmd: list[str], env: dict[str, str], memory: list[float] | None = None) -> float:
    """Seconds from start to the window shown; the peak memory (MB, its largest resident set) the process says it had
    by then goes to `memory`."""
    start = time.time()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, check=True, cwd=ROOT).stdout
    shown = json.loads(out.strip().splitlines()[-1])
    if memory is not None:
        memory.append(shown["peak_memory_mb"])
    return shown["shown_at"] - start


def main() -> dict:
    isolate()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    folder = Path(tempfile.mkdtemp(prefix="eulac-bench-"))
    event = event_with_participants(folder, PARTICIPANTS)
    app_cmd = [sys.executable, "-m", "eulac_desktop", str(event), "--smoke-test"]
    floor_cmd = [sys.executable, "-c", FLOOR]
    app_runs, floor_runs, app_memory, floor_memory = [], [], [], []
    _time_process(floor_cmd, env)  # warm the file cache, and compile the app's bytecode
    _time_process(app_cmd, env)
    for _ in range(RUNS):  # interleaved, so both see the same load of this shared machine
        floor_runs.append(_time_process(floor_cmd, env, floor_memory))
        app_runs.append(_time_process(app_cmd, env, app_memory))
    imports = []
    for _ in range(RUNS):
        out = subprocess.run([sys.executable, "-c",
                              "import time, sys; t = time.perf_counter(); import eulac_desktop.core; "
                              "print(time.perf_counter() - t, any(m.startswith('PySide6') for m in sys.modules))"],
                             capture_output=True, text=True, check=True).stdout.split()
        imports.append(float(out[0]))
        qt_imported = out[1] == "True"
    app, floor = summary(app_runs), summary(floor_runs)
    core = summary(imports)
    return {
        "startup_main_window": {**app, "participants": PARTICIPANTS, "budget_ms": 1000,
                                "within_budget": app["median_ms"] <= 1000},
        "startup_floor_bare_pyside6_table": {**floor, "rows": PARTICIPANTS},
        "startup_ratio_to_floor": ratio(app, floor, 1.5),
        "memory_peak_mb": {"app": round(statistics.median(app_memory), 1), "floor": round(statistics.median(floor_memory), 1),
                           **ratio({"median": statistics.median(app_memory)}, {"median": statistics.median(floor_memory)},
                                   1.3, key="median")},
        "import_core": {**core, "budget_ms": 150, "within_budget": core["median_ms"] <= 150,
                        "imports_qt": qt_imported},
    }


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
