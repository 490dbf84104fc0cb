"""Scan to result painted, through the UI: a scanner's key events into the check-in page, the check-in
committed, the result panel repainted (offscreen). Budget (issue 5): ≤ 30 ms median.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

from common import event_with_participants, isolate, summary

SCANS = 200


def main() -> dict:
    isolate()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from eulac_desktop.core import checkin
    from eulac_desktop.core.registration import participant_ids
    from eulac_desktop.core.workspace import Workspace
    from eulac_desktop.ui.main_window import STAGES, MainWindow
    from eulac_desktop.ui.session import EventSession
    from eulac_desktop.ui.settings import Settings

    path = event_with_participants(Path(tempfile.mkdtemp(prefix="eulac-bench-ui-")), 5000)
    session = EventSession(Workspace.open(path))
    session.ws.conn.execute("DELETE FROM checkins")
    window = MainWindow(session, Settings())
    window.show()
    window.sidebar.setCurrentRow(STAGES.index("checkin"))
    page = window.checkin_page
    page.sounds.muted = True
    app.processEvents()
    codes = [checkin.badge_code(session.ws, pid) for pid in participant_ids(session.ws)[:SCANS]]
    samples = []
    for code in codes:
        start = time.perf_counter()
        QTest.keyClicks(page.scan_field, code)
        QTest.keyClick(page.scan_field, Qt.Key.Key_Return)
        page.result.repaint()
        samples.append(time.perf_counter() - start)
        assert page.result.status == checkin.CHECKED_IN
    window.close()
    session.close()
    result = summary(samples)
    return {"scan_to_painted_ui": {**result, "budget_ms": 30, "within_budget": result["median_ms"] <= 30,
                                   "participants": 5000}}


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
