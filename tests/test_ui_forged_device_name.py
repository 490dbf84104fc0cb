"""The window's trust question shows a bundle's device name cleaned (no control or bidirectional characters, one
line), however the bundle's manifest spells it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from test_forged_device_name import FORGED, SHOWN

from eulac_desktop.core import bundles, checkin, registration
from eulac_desktop.core.device import Device, load_device
from eulac_desktop.core.workspace import Workspace
from eulac_desktop.ui.pages import results as results_page


@pytest.fixture
def window(open_window, event_file: Path):
    return open_window(event_file, stage="results")


def test_the_trust_question_shows_a_forged_device_name_cleaned(window, qtbot, tmp_path: Path, monkeypatch) -> None:
    ws = window.session.ws
    bundles.export_bundle(ws, tmp_path / "setup.zip", "setup")
    here = ws.device.folder
    monkeypatch.setenv("EULAC_CONFIG_DIR", str(tmp_path / "laptop"))
    laptop = load_device(tmp_path / "laptop")
    bundles.import_bundle(tmp_path / "laptop.eulac", tmp_path / "setup.zip", trust=True)
    with Workspace.open(tmp_path / "laptop.eulac", device=Device(laptop.id, FORGED, laptop.folder)) as other:
        checkin.check_in(other, registration.find_by_email(other, "anna@example.fi"))
        bundles.export_bundle(other, tmp_path / "result.zip", "result")
    monkeypatch.setenv("EULAC_CONFIG_DIR", str(here))
    asked: list[str] = []
    real_ask = results_page.ResultsPage.ask_trust

    def ask(self, bundle) -> bool:  # the real question, read and answered No
        def reply() -> None:
            box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
            asked.append(box.text())
            box.button(QMessageBox.StandardButton.Cancel).click()

        QTimer.singleShot(50, reply)
        return real_ask(self, bundle)

    monkeypatch.setattr(results_page.ResultsPage, "ask_trust", ask)
    page = window.results_page
    page.import_bundle(str(tmp_path / "result.zip"))
    qtbot.waitUntil(lambda: "Not imported" in page.status.text(), timeout=10000)
    assert len(asked) == 1 and f"comes from “{SHOWN}”" in asked[0], asked
    assert not any(c in asked[0] for c in "\u202e\u2066\x1b\n")
