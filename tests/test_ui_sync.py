"""Venue sync in the window (issue 21): File › Connect laptops… (the sync folder, this laptop's Syncthing id as text
and QR code, a peer added by typing its id, how to install Syncthing when it is missing), the sync running in the
background (another desk's check-in in the live counts; a person checked in on two laptops announced as soon as both
deltas meet), and a quiet room that costs no passes."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
import zxingcpp
from helpers import config
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from eulac_desktop.core import bundles, checkin, registration
from eulac_desktop.core.sync import set_folder
from eulac_desktop.core.sync import syncthing as core_syncthing
from eulac_desktop.core.workspace import Workspace
from eulac_desktop.ui import room_sync
from eulac_desktop.ui.webcam import WebcamPanel

PEER = "MFZWI3D-BONSGYC-YLTMRWG-C43ENR5-QXGZDMM-FZWI3DP-BONSGYY-LTMRWAD"
OTHER = "AIR6LPZ-7K4PTTV-UXQSMUU-CPQ5YWH-OEDFIIQ-RUG4DSY-AI2PAHD-EACOI3J"
ME = "P56IOI7-MZJNU2Y-IQGDREY-DM2MGTI-MGL3BXN-PQ6W5BM-TBBZ4TJ-XZWICQ2"


class FakeSyncthing:
    """A Syncthing that answers at once (the real one is tested in test_sync_syncthing.py)."""

    process = None

    def __init__(self) -> None:
        self.added: list[str] = []
        self.shared: list[tuple[str, Path, list[str]]] = []

    def device_id(self) -> str:
        return ME

    def add_peer(self, device_id: str, name: str = "", addresses: Any = None) -> str:
        self.added.append(device_id.strip())
        return device_id.strip()

    def peers(self) -> list[dict[str, Any]]:
        return [{"device_id": p, "name": "", "connected": False, "paused": False} for p in self.added]

    def share(self, folder: str, path: Path, label: str, peers: list[str]) -> None:
        self.shared.append((folder, path, peers))

    def scan(self, folder: str, sub: str | None = None) -> None:
        pass

    def stop(self) -> None:
        pass


@pytest.fixture
def window(open_window, event_file: Path):
    return open_window(event_file, stage="checkin")


def laptop_b(window, tmp_path: Path, shared: Path) -> Path:
    """Desk B, set up from this window's event, with its own config folder and `shared` as its sync folder."""
    bundles.export_bundle(window.session.ws, tmp_path / "setup.zip", "setup")
    with config(tmp_path / "cfg-B"):
        bundles.import_bundle(tmp_path / "B.eulac", tmp_path / "setup.zip", trust=True)
        with Workspace.open(tmp_path / "B.eulac") as ws:
            set_folder(ws, shared)
    return tmp_path / "B.eulac"


B_CHECKS_IN = """
import sys
from eulac_desktop.core import checkin, registration
from eulac_desktop.core.sync import sync_once
from eulac_desktop.core.workspace import Workspace
with Workspace.open(sys.argv[1]) as ws:
    checkin.check_in(ws, registration.find_by_email(ws, sys.argv[2]))
    sync_once(ws)
"""


def b_checks_in(tmp_path: Path, email: str) -> None:
    """Desk B checks `email` in and syncs, in a process of its own, as another laptop would: this process's
    configuration folder (its trust list, its device) stays the window's while its sync passes run in a thread."""
    env = {**os.environ, "EULAC_CONFIG_DIR": str(tmp_path / "cfg-B")}
    subprocess.run([sys.executable, "-c", B_CHECKS_IN, str(tmp_path / "B.eulac"), email], env=env, check=True,
                   timeout=60)


def test_connect_laptops_without_syncthing_says_how_to_install_it_and_syncs_through_a_plain_folder(
        window, qtbot, tmp_path: Path, monkeypatch) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    laptop_b(window, tmp_path, shared)

    def missing() -> None:
        raise core_syncthing.SyncthingMissing()

    monkeypatch.setattr(core_syncthing.Syncthing, "for_app", staticmethod(missing))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(shared))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog = window.show_connect_laptops()
    qtbot.waitUntil(lambda: "apt install syncthing" in dialog.state.text())
    assert not dialog.add.isEnabled() and not dialog.qr.isVisible()
    QTest.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    assert dialog.folder.text() == str(shared.resolve())
    b_checks_in(tmp_path, "anna@example.fi")  # B is new here: its delta waits until a person trusts it
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1 and "not trusted yet" in dialog.table.item(0, 0).text(),
                    timeout=10_000)
    dialog.table.selectRow(0)
    assert dialog.trust.isEnabled()
    QTest.mouseClick(dialog.trust, Qt.MouseButton.LeftButton)
    page = window.checkin_page
    qtbot.waitUntil(lambda: "Checked in: 1 of 3" in page.counters.text(), timeout=10_000)
    qtbot.waitUntil(lambda: dialog.table.item(0, 1).text() != "never", timeout=10_000)
    assert "(not trusted" not in dialog.table.item(0, 0).text()
    # the same person checked in here and on B: said as soon as both deltas meet
    ws = window.session.ws
    window.session.run("Check in", lambda: checkin.check_in(ws, registration.find_by_email(ws, "jose@example.org")),
                       None)
    b_checks_in(tmp_path, "jose@example.org")
    status = window.room_status
    qtbot.waitUntil(lambda: "checked in on two laptops: José Pérez" in status.text(), timeout=10_000)
    assert status.isVisible() and "1 other laptop" in status.text()
    dialog.close()


def test_connect_laptops_shows_this_laptops_id_as_text_and_qr_and_adds_a_typed_peer(window, qtbot, tmp_path: Path,
                                                                                     monkeypatch) -> None:
    fake = FakeSyncthing()
    monkeypatch.setattr(core_syncthing.Syncthing, "for_app", staticmethod(lambda: fake))
    dialog = window.show_connect_laptops()
    qtbot.waitUntil(lambda: dialog.device_id.text() == ME)
    assert dialog.qr.pixmap().save(str(tmp_path / "qr.png"))
    decoded = zxingcpp.read_barcodes(Image.open(tmp_path / "qr.png"))
    assert [r.text for r in decoded] == [ME]
    assert window.session.ws.path.with_name("lab sync").is_dir()  # the folder made beside the event file, shared
    assert fake.shared[-1][0] == f"eulac-{window.session.ws.event_id}"
    dialog.peer_id.setFocus()
    qtbot.keyClicks(dialog.peer_id, PEER)
    QTest.mouseClick(dialog.add, Qt.MouseButton.LeftButton)
    assert fake.added == [PEER] and PEER in fake.shared[-1][2] and dialog.peer_id.text() == ""
    QTest.mouseClick(dialog.scan, Qt.MouseButton.LeftButton)  # or its code, read by the webcam
    panel = dialog.findChild(WebcamPanel)
    assert panel is not None and panel.isVisible()
    panel.scanned.emit(OTHER)
    assert fake.added == [PEER, OTHER] and not panel.isVisible()
    assert dialog.device_id.accessibleName() and dialog.qr.accessibleName() and dialog.peer_id.accessibleName()
    dialog.close()


def test_a_quiet_room_costs_no_sync_passes(window, qtbot, tmp_path: Path, monkeypatch) -> None:
    passes: list[int] = []
    real = room_sync.sync_once

    def counted(ws: Any, **kwargs: Any) -> Any:
        passes.append(1)
        return real(ws, **kwargs)

    assert window.room_sync is not None  # started (it starts after the first paint) before a folder is chosen
    monkeypatch.setattr(room_sync, "sync_once", counted)
    with window.session.ws.for_worker() as ws:
        set_folder(ws, tmp_path / "shared")
    window.room_sync.restart()
    qtbot.waitUntil(lambda: len(passes) == 1 and not window.room_sync._running)
    qtbot.wait(2500)
    assert len(passes) == 1  # nothing changed: no pass until the 30-second safety net


def test_a_pass_that_fails_says_why_in_the_status_bar_and_the_window_goes_on(window, qtbot, tmp_path: Path,
                                                                               monkeypatch) -> None:
    shared = tmp_path / "shared"
    with window.session.ws.for_worker() as ws:
        set_folder(ws, shared)

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "writestr", full)
    window.room_sync.restart()
    status = window.room_status
    qtbot.waitUntil(lambda: "sync stopped" in status.text() and "disk is full" in status.text(), timeout=10_000)
    monkeypatch.undo()
    window.room_sync.now()
    qtbot.waitUntil(lambda: "sync stopped" not in status.text(), timeout=10_000)
    assert list((shared / window.session.ws.device.id).glob("delta-*.zip"))
