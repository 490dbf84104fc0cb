"""Issue 16 in the window: a known device's changed key is its own loud question with both fingerprints (never the
new-device question), a bundle whose clock is far ahead is imported only after a confirmation, the preview says
which rows of a laptop that is not a coordinator are left out, and a laptop is named on first start."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from eulac_desktop.core import bundles, checkin, hlc, registration
from eulac_desktop.core.device import load_device
from eulac_desktop.core.event import update_event
from eulac_desktop.core.workspace import Workspace
from eulac_desktop.ui import trust_dialogs
from eulac_desktop.ui.language import LanguageManager
from eulac_desktop.ui.pages import results as results_page
from eulac_desktop.ui.settings import Settings


@pytest.fixture
def window(open_window, event_file: Path):
    return open_window(event_file, stage="results")


def laptop_result(window, tmp_path: Path, monkeypatch, *, ahead_ms: int = 0, rename: bool = False,
                  new_key: bool = False) -> tuple[Path, object, object]:
    """A laptop set up from this window's event, which checks someone in (its clock `ahead_ms` ahead) and exports a
    result bundle, trusted here with its first key; with `new_key` the bundle is signed by a twin with another key."""
    ws = window.session.ws
    bundles.export_bundle(ws, tmp_path / "setup.zip", "setup")
    folder = tmp_path / "laptop"
    laptop = load_device(folder)
    here = ws.device.folder
    monkeypatch.setenv("EULAC_CONFIG_DIR", str(folder))
    bundles.import_bundle(tmp_path / "laptop.eulac", tmp_path / "setup.zip", trust=True)
    signer = laptop
    if new_key:
        twin = tmp_path / "twin"
        twin.mkdir()
        shutil.copy(folder / "device.json", twin / "device.json")
        signer = load_device(twin)
    wall = (lambda: hlc.wall_ms() + ahead_ms) if ahead_ms else hlc.wall_ms
    with Workspace.open(tmp_path / "laptop.eulac", device=signer, wall=wall) as other:
        checkin.check_in(other, registration.find_by_email(other, "anna@example.fi"))
        if rename:
            update_event(other, name="Renamed on a laptop")
        bundles.export_bundle(other, tmp_path / "result.zip", "result")
    monkeypatch.setenv("EULAC_CONFIG_DIR", str(here))
    bundles.trust_device(laptop.id, laptop.name, __import__("base64").b64encode(laptop.public_key_bytes()).decode(),
                         laptop.fingerprint())
    return tmp_path / "result.zip", laptop, signer


def test_a_changed_key_asks_its_own_question_with_both_fingerprints(window, qtbot, tmp_path: Path, monkeypatch) -> None:
    page = window.results_page
    bundle, laptop, impostor = laptop_result(window, tmp_path, monkeypatch, new_key=True)
    asked_trust, asked_key = [], []
    monkeypatch.setattr(results_page.ResultsPage, "ask_trust", lambda self, b: asked_trust.append(b) or True)
    monkeypatch.setattr(results_page, "accept_new_key", lambda parent, name, known, new: asked_key.append(
        (name, known, new)) or False)
    page.import_bundle(str(bundle))
    qtbot.waitUntil(lambda: "Not imported" in page.status.text(), timeout=10000)
    assert asked_key == [(laptop.name, laptop.fingerprint(), impostor.fingerprint())] and not asked_trust
    assert "new key was not accepted" in page.status.text()
    assert not checkin.checked_in_ids(window.session.ws)
    monkeypatch.setattr(results_page, "accept_new_key", lambda *a: True)
    monkeypatch.setattr(results_page.ImportPreview, "exec", lambda self: QDialog.DialogCode.Accepted)
    page.import_bundle(str(bundle))
    qtbot.waitUntil(lambda: "Imported" in page.status.text(), timeout=10000)
    assert len(checkin.checked_in_ids(window.session.ws)) == 1 and not asked_trust
    assert bundles.trusted_devices()[laptop.id].fingerprint == impostor.fingerprint()


def test_the_new_key_dialog_is_loud_shows_both_fingerprints_and_defaults_to_cancel(qtbot, qapp: QApplication,
                                                                                   tmp_path: Path) -> None:
    LanguageManager(qapp).apply("en")
    dialog = trust_dialogs.NewKeyDialog("Desk 2", "AAAA BBBB CCCC DDDD", "1111 2222 3333 4444")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.known.text() == "AAAA BBBB CCCC DDDD" and dialog.new.text() == "1111 2222 3333 4444"
    assert dialog.accept_button.text() == "&Accept the new key" and not dialog.accept_button.isDefault()
    dialog.grab().save(str(tmp_path / "new-key.png"))
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter cancels: accepting takes a deliberate click
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_a_bundle_from_a_clock_ahead_is_imported_only_when_confirmed(window, qtbot, tmp_path: Path, monkeypatch) -> None:
    page = window.results_page
    bundle, _laptop, _signer = laptop_result(window, tmp_path, monkeypatch, ahead_ms=20 * 60_000)
    monkeypatch.setattr(results_page.ImportPreview, "exec", lambda self: QDialog.DialogCode.Accepted)
    asked = []
    monkeypatch.setattr(results_page, "accept_clock_skew", lambda parent, exc: asked.append(exc.text()) or False)
    page.import_bundle(str(bundle))
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    assert "20 minutes ahead" in asked[0] and page.status.text() == "Not imported."
    assert not checkin.checked_in_ids(window.session.ws)
    monkeypatch.setattr(results_page, "accept_clock_skew", lambda parent, exc: asked.append(exc.text()) or True)
    page.import_bundle(str(bundle))
    qtbot.waitUntil(lambda: "Imported" in page.status.text(), timeout=10000)
    assert len(asked) == 2 and len(checkin.checked_in_ids(window.session.ws)) == 1


def test_the_preview_says_a_laptops_settings_are_left_out(window, qtbot, tmp_path: Path, monkeypatch) -> None:
    page = window.results_page
    bundle, laptop, _signer = laptop_result(window, tmp_path, monkeypatch, rename=True)
    previews = []
    monkeypatch.setattr(results_page.ImportPreview, "exec", lambda self: previews.append(self) or 0)
    page.import_bundle(str(bundle))
    qtbot.waitUntil(lambda: bool(previews), timeout=10000)
    preview = previews[0]
    assert not preview.left_out.isHidden()
    assert preview.left_out.text() == (f"“{laptop.name}” is not a coordinator of this event: 1 row of the event's "
                                       "settings left out.")


def test_a_laptop_is_named_on_first_start(qtbot, qapp: QApplication, isolated_config: Path, tmp_path: Path) -> None:
    LanguageManager(qapp).apply("en")
    device = load_device()
    assert not device.named and device.name.startswith("Laptop ") and device.name != __import__("platform").node()
    seen = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        assert isinstance(dialog, trust_dialogs.DeviceNameDialog) and dialog.name.text() == device.name
        dialog.grab().save(str(tmp_path / "name.png"))
        qtbot.keyClicks(dialog.name, "Desk 2")  # the suggestion is selected: typing replaces it
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    QTimer.singleShot(200, answer)
    trust_dialogs.name_this_laptop()
    again = load_device()
    assert seen and (again.name, again.named, again.id) == ("Desk 2", True, device.id)
    trust_dialogs.name_this_laptop()  # named: not asked again (no dialog would answer it)


def test_setting_up_a_laptop_from_a_known_coordinator_with_a_new_key_asks_that_apart(
        qtbot, qapp: QApplication, event_file: Path, tmp_path: Path, monkeypatch) -> None:
    import base64

    from PySide6.QtWidgets import QFileDialog

    from eulac_desktop.ui import setup_laptop

    LanguageManager(qapp).apply("en")
    coordinator = load_device()
    with Workspace.open(event_file, mode="read") as ws:
        bundles.export_bundle(ws, tmp_path / "setup.zip", "setup")
    laptop_cfg = tmp_path / "laptop-config"
    monkeypatch.setenv("EULAC_CONFIG_DIR", str(laptop_cfg))
    old = load_device(tmp_path / "an-old-installation")  # the coordinator as this laptop knew it: another key
    bundles.trust_device(coordinator.id, coordinator.name, base64.b64encode(old.public_key_bytes()).decode(),
                         old.fingerprint())
    target = tmp_path / "laptop.eulac"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(setup_laptop.SetupConfirmDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(setup_laptop, "show_error", lambda parent, exc: pytest.fail(str(exc)))
    asked = []
    monkeypatch.setattr(setup_laptop, "accept_new_key", lambda parent, name, known, new: asked.append(
        (name, known, new)) or False)
    flow = setup_laptop.LaptopSetup(None, Settings())
    ready = []
    flow.ready.connect(ready.append)
    flow.start(str(tmp_path / "setup.zip"))
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    assert asked == [(coordinator.name, old.fingerprint(), coordinator.fingerprint())]
    qtbot.wait(200)
    assert not target.exists() and not ready
    monkeypatch.setattr(setup_laptop, "accept_new_key", lambda *a: True)
    flow.start(str(tmp_path / "setup.zip"))
    qtbot.waitUntil(lambda: bool(ready), timeout=10000)
    assert target.exists() and bundles.trusted_devices()[coordinator.id].fingerprint == coordinator.fingerprint()


def test_a_laptops_setup_bundle_is_refused_before_anyone_is_asked_to_trust_it(window, qtbot, tmp_path: Path,
                                                                              monkeypatch) -> None:
    page = window.results_page
    ws = window.session.ws
    bundles.export_bundle(ws, tmp_path / "setup.zip", "setup")
    here = ws.device.folder
    monkeypatch.setenv("EULAC_CONFIG_DIR", str(tmp_path / "laptop"))
    bundles.import_bundle(tmp_path / "laptop.eulac", tmp_path / "setup.zip", trust=True)
    with Workspace.open(tmp_path / "laptop.eulac") as other:
        bundles.export_bundle(other, tmp_path / "laptop-setup.zip", "setup")
    monkeypatch.setenv("EULAC_CONFIG_DIR", str(here))
    asked, shown = [], []
    monkeypatch.setattr(results_page.ResultsPage, "ask_trust", lambda self, b: asked.append(b) or True)
    monkeypatch.setattr(results_page, "show_error", lambda parent, exc: shown.append(exc.text()))
    page.import_bundle(str(tmp_path / "laptop-setup.zip"))
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert not asked and "not a coordinator of this event" in shown[0] and page.status.text() == "Not imported."
