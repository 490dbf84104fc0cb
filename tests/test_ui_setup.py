"""Issue 15: a second laptop is set up from the window (welcome screen, File menu, Open, the command line) with a
real setup bundle made by the core; other bundles and damaged zips are refused with what they are and what to do;
the Results page refuses another event's setup bundle before asking to trust anyone; bundle times are shown in the
reader's format and the event's time zone; a double check-in across laptops names the people."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QMessageBox

from eulac_desktop.core import bundles, checkin, registration
from eulac_desktop.core.bundles import trusted_devices
from eulac_desktop.core.device import load_device
from eulac_desktop.core.event import create_event_file
from eulac_desktop.core.workspace import Workspace
from eulac_desktop.ui import app as app_module
from eulac_desktop.ui import setup_laptop
from eulac_desktop.ui.app import Controller
from eulac_desktop.ui.language import LanguageManager
from eulac_desktop.ui.main_window import STAGES, MainWindow
from eulac_desktop.ui.pages import results as results_page
from eulac_desktop.ui.session import EventSession
from eulac_desktop.ui.settings import Settings

MADE = datetime(2026, 11, 27, 3, 20, 52, tzinfo=UTC)  # 26 Nov 2026, 22:20 in Lima


class Coordinator:
    """The coordinator's laptop: its own device (config folder), its event, its setup and result bundles."""

    def __init__(self, root: Path, name: str = "Co-Innovation Lab"):
        self.cfg = root / "coordinator-config"
        self.device = load_device(self.cfg)
        self.path = root / "coordinator" / "lab.eulac"
        self.path.parent.mkdir(parents=True)
        with create_event_file(self.path, name=name, start_date="2026-12-03", end_date="2026-12-04",
                               venue="Lima", languages=["es", "en"], timezone="America/Lima",
                               device=self.device) as ws:
            registration.add_participants(ws, [
                {"given_name": "José", "family_name": "Pérez", "email": "jose@example.org"},
                {"given_name": "Anna", "family_name": "Virtanen", "email": "anna@example.fi"},
                {"given_name": "Mateo", "family_name": "Quispe", "email": "mateo@example.pe"}])
        self.setup = self.bundle("setup")

    def bundle(self, kind: str) -> Path:
        out = self.path.parent / f"{kind}.zip"
        with Workspace.open(self.path, device=self.device) as ws:
            bundles.export_bundle(ws, out, kind, now=MADE)
        return out


@pytest.fixture
def coordinator(tmp_path: Path) -> Coordinator:
    return Coordinator(tmp_path)


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list:
    """Refusals the window would show in a message box, recorded instead of blocking the test."""
    shown: list = []
    for module in (setup_laptop, app_module, results_page):
        monkeypatch.setattr(module, "show_error", lambda parent, exc: shown.append(exc))
    return shown


class Flow:
    """The dialogs of the flow, answered as a person would, and what they showed."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, bundle: Path | None, target: Path | None, confirm: bool = True):
        self.opened: list[tuple] = []
        self.saved: list[tuple] = []
        self.confirmations: list[setup_laptop.SetupConfirmDialog] = []
        monkeypatch.setattr(QFileDialog, "getOpenFileName",
                            lambda *a, **k: self.opened.append(a) or (str(bundle) if bundle else "", ""))
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *a, **k: self.saved.append(a) or (str(target) if target else "", ""))
        monkeypatch.setattr(setup_laptop.SetupConfirmDialog, "exec", lambda dialog: self.confirmations.append(dialog)
                            or (QDialog.DialogCode.Accepted if confirm else QDialog.DialogCode.Rejected))


def test_the_welcome_screen_sets_up_this_laptop_from_a_setup_bundle(
        controller: Controller, coordinator: Coordinator, tmp_path: Path, qtbot, monkeypatch, shown_errors) -> None:
    welcome = controller.show_welcome()
    qtbot.addWidget(welcome)
    assert welcome.setup_button.isVisible() and "&laptop" in welcome.setup_button.text()  # Alt+L
    controller.settings.set_last_folder(tmp_path)
    target = tmp_path / "mine" / "laptop.eulac"
    target.parent.mkdir()
    flow = Flow(monkeypatch, coordinator.setup, target.with_suffix(""))  # the extension is added
    qtbot.mouseClick(welcome.setup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=10000)
    assert not shown_errors
    trust, dialog = flow.confirmations  # trust asked from the manifest alone, then the whole event shown
    assert set(trust.fields) == {"event", "device", "fingerprint", "created"}
    assert trust.accept_button.text() == "&Trust this coordinator"
    assert trust.fields["fingerprint"].text() == coordinator.device.fingerprint()
    assert dialog.fields["event"].text() == "Co-Innovation Lab"
    assert dialog.fields["fingerprint"].text() == coordinator.device.fingerprint()
    assert dialog.fields["device"].text() == coordinator.device.name
    assert dialog.fields["dates"].text() == "Thursday, December 3, 2026 – Friday, December 4, 2026"
    assert dialog.fields["participants"].text() == "3"
    assert dialog.accept_button.text() == "&Set up the event"
    assert flow.saved[0][2] == str(tmp_path / "Co-Innovation-Lab.eulac")  # named after the event, remembered folder
    window = controller.window
    assert window.session.ws.path == target and window.windowTitle().startswith("Co-Innovation Lab — laptop.eulac")
    with Workspace.open(coordinator.path, mode="read", device=coordinator.device) as ws:
        assert window.session.ws.event_id == ws.event_id
    assert window.session.ws.device.id != coordinator.device.id  # this laptop's own device
    assert registration.find_by_email(window.session.ws, "anna@example.fi")
    assert coordinator.device.id in trusted_devices()
    assert controller.settings.last_folder() == str(target.parent)


def test_the_file_menu_sets_up_this_laptop_and_an_existing_file_of_the_event_is_offered_to_open(
        controller: Controller, coordinator: Coordinator, event_file: Path, tmp_path: Path, qtbot, monkeypatch,
        shown_errors) -> None:
    from test_ui_shell import _click_menu_item

    assert controller.open_path(event_file)
    window = controller.window
    qtbot.waitExposed(window)
    target = tmp_path / "laptop.eulac"
    Flow(monkeypatch, coordinator.setup, target)
    _click_menu_item(qtbot, window, window.menu_file, window.act_setup)
    qtbot.waitUntil(lambda: controller.window is not window and controller.window is not None, timeout=10000)
    assert controller.window.session.ws.path == target and not shown_errors
    # again, choosing the same file: it holds this event already, so it is offered to open (never overwritten), and
    # what the bundle would change is shown before anything is imported: here nothing
    controller.close_event()
    before = target.read_bytes()
    asked = []
    previews: list = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Open)
    monkeypatch.setattr(results_page.ImportPreview, "exec", lambda self: previews.append(self) or 0)
    controller.welcome.setup_button.click()
    qtbot.waitUntil(lambda: controller.window is not None and bool(previews), timeout=10000)
    assert "already holds the event “Co-Innovation Lab”" in asked[0] and target.read_bytes() == before
    assert any("Nothing to change" in label.text() for label in previews[0].findChildren(QLabel))
    # another event's file is never overwritten
    controller.close_event()
    Flow(monkeypatch, coordinator.setup, event_file)
    controller.welcome.setup_button.click()
    qtbot.waitUntil(lambda: bool(shown_errors), timeout=10000)
    assert "already exists" in shown_errors[0].text() and controller.window is None


def test_a_newer_setup_bundle_set_up_again_into_the_laptop_s_file_brings_in_what_changed(
        controller: Controller, coordinator: Coordinator, tmp_path: Path, qtbot, monkeypatch, shown_errors) -> None:
    """The coordinator registered a walk-in and sent a new setup bundle; the laptop chooses its own file again: it is
    opened and the bundle imported into it (what changes shown first), not merely opened without the new person."""
    target = tmp_path / "laptop.eulac"
    Flow(monkeypatch, coordinator.setup, target)
    qtbot.addWidget(controller.show_welcome())
    controller.welcome.setup_button.click()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10000)
    controller.close_event()
    with Workspace.open(coordinator.path, device=coordinator.device) as ws:
        registration.add_participants(ws, [{"given_name": "Rosa", "family_name": "Quispe", "email": "rosa@example.pe"}])
    Flow(monkeypatch, coordinator.bundle("setup"), target)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Open)
    previews: list = []
    monkeypatch.setattr(results_page.ImportPreview, "exec",
                        lambda self: previews.append(self) or QDialog.DialogCode.Accepted)
    controller.welcome.setup_button.click()
    qtbot.waitUntil(lambda: controller.window is not None and bool(previews), timeout=10000)
    ws = controller.window.session.ws
    assert ws.path == target and not any("Nothing to change" in label.text() for label in previews[0].findChildren(QLabel))
    qtbot.waitUntil(lambda: registration.find_by_email(ws, "rosa@example.pe") is not None, timeout=10000)
    assert not shown_errors


@pytest.mark.parametrize("bundle, expected", [
    ("result", ["is not a setup bundle", "result bundle of the event “Co-Innovation Lab”"]),
    ("corrupted", ["was refused", "damaged or incomplete"]),
])
def test_a_result_bundle_or_a_corrupted_zip_sets_up_nothing(
        controller: Controller, coordinator: Coordinator, tmp_path: Path, qtbot, monkeypatch, shown_errors,
        bundle: str, expected: list[str]) -> None:
    if bundle == "result":
        path = coordinator.bundle("result")
    else:
        path = tmp_path / "setup.zip"
        data = coordinator.setup.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    target = tmp_path / "laptop.eulac"
    flow = Flow(monkeypatch, path, target)
    welcome = controller.show_welcome()
    qtbot.mouseClick(welcome.setup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown_errors), timeout=10000)
    text = str(shown_errors[0])
    assert all(part in text for part in expected), text
    if bundle == "result":
        assert "Ask the coordinator for the event's setup bundle" in shown_errors[0].hint_text()
    assert not flow.confirmations and not flow.saved and not target.exists() and not trusted_devices()
    assert controller.window is None


def test_opening_a_setup_bundle_offers_to_set_up_this_laptop(
        controller: Controller, coordinator: Coordinator, tmp_path: Path, qtbot, monkeypatch, shown_errors) -> None:
    flow = Flow(monkeypatch, coordinator.setup, tmp_path / "laptop.eulac", confirm=False)
    welcome = controller.show_welcome()
    qtbot.mouseClick(welcome.open_button, Qt.MouseButton.LeftButton)  # File › Open, the zip chosen
    qtbot.waitUntil(lambda: bool(flow.confirmations), timeout=10000)
    assert "Setup bundles (*.zip)" in flow.opened[0][3]
    assert not shown_errors and not flow.saved and not (tmp_path / "laptop.eulac").exists()  # cancelled: nothing
    # the command line: `eulac-desktop setup.zip`
    flow = Flow(monkeypatch, None, tmp_path / "laptop.eulac")
    controller.welcome.close()
    assert controller.open_path(coordinator.setup)
    assert controller.welcome.isVisible()  # where the user lands if the setup is cancelled
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10000)
    assert controller.window.session.ws.path == tmp_path / "laptop.eulac" and not shown_errors


@pytest.fixture
def window(open_window, event_file: Path):
    return open_window(event_file, stage="results")


def test_another_events_setup_bundle_is_refused_before_any_trust_question(
        window: MainWindow, coordinator: Coordinator, qtbot, monkeypatch, shown_errors) -> None:
    page = window.results_page
    asked = []
    monkeypatch.setattr(results_page.ResultsPage, "ask_trust", lambda self, bundle: asked.append(bundle) or True)
    page.import_bundle(str(coordinator.setup))
    qtbot.waitUntil(lambda: bool(shown_errors), timeout=10000)
    assert not asked and page.status.text() == "Not imported."
    error = shown_errors[0]
    assert "setup bundle of another event (Co-Innovation Lab)" in error.text()
    assert "File › Set up this laptop from a setup bundle" in error.hint_text()
    assert "Ask for the bundle again" not in str(error)


def laptop_with_double_checkin(coordinator: Coordinator, root: Path) -> tuple[Path, Path]:
    """A laptop set up from the coordinator that checked José and Anna in, as the coordinator did too: its
    result bundle (to import at the coordinator's) and the coordinator's file."""
    laptop_cfg = root / "laptop-config"
    laptop = load_device(laptop_cfg)
    old = os.environ["EULAC_CONFIG_DIR"]
    os.environ["EULAC_CONFIG_DIR"] = str(laptop_cfg)
    try:
        bundles.import_bundle(root / "laptop.eulac", coordinator.setup, trust=True)
        with Workspace.open(root / "laptop.eulac", device=laptop) as ws:
            for email in ("jose@example.org", "anna@example.fi"):
                checkin.check_in(ws, registration.find_by_email(ws, email))
            bundles.export_bundle(ws, root / "result.zip", "result", now=MADE)
    finally:
        os.environ["EULAC_CONFIG_DIR"] = old
    with Workspace.open(coordinator.path, device=coordinator.device) as ws:  # the coordinator checked them in later
        for email in ("anna@example.fi", "jose@example.org"):
            checkin.check_in(ws, registration.find_by_email(ws, email))
    return root / "result.zip", coordinator.path


def test_the_preview_shows_a_localized_stamp_and_names_a_double_check_in_and_the_dashboard_too(
        qtbot, qapp: QApplication, coordinator: Coordinator, tmp_path: Path, monkeypatch) -> None:
    result, path = laptop_with_double_checkin(coordinator, tmp_path)
    monkeypatch.setenv("EULAC_CONFIG_DIR", str(coordinator.cfg))
    language = LanguageManager(qapp)
    language.apply("es")
    session = EventSession(Workspace.open(path, device=coordinator.device))
    win = MainWindow(session, Settings())
    try:
        win.show()
        win.sidebar.setCurrentRow(STAGES.index("results"))
        page = win.results_page
        previews = []
        monkeypatch.setattr(results_page.ResultsPage, "ask_trust", lambda self, bundle: True)
        monkeypatch.setattr(results_page.ImportPreview, "exec",
                            lambda self: previews.append(self) or QDialog.DialogCode.Accepted)
        page.import_bundle(str(result))
        qtbot.waitUntil(lambda: page.dashboard.bundles.rowCount() == 1, timeout=10000)
        preview = previews[0]
        assert "26/11/26 22:20 (America/Lima)" in preview.head.text()  # not 2026-11-27T03:20:52+00:00
        assert "2026-11-27T03" not in preview.head.text()
        assert preview.doubles.isVisibleTo(preview)
        assert "José Pérez" in preview.doubles.text() and "Anna Virtanen" in preview.doubles.text()
        assert "Mateo" not in preview.doubles.text()
        board = page.dashboard
        received = board.bundles.item(0, 0).text()
        assert "T" not in received and "/" in received  # Spanish short format, event's time zone
        assert board.tabs.tabText(5) == "Acreditaciones dobles (2)"
        rows = {board.doubles.item(r, 1).text(): r for r in range(board.doubles.rowCount())}
        assert set(rows) == {"Anna Virtanen", "José Pérez"}
        laptop_name = load_device(tmp_path / "laptop-config").name
        assert board.doubles.item(rows["José Pérez"], 2).text().startswith(laptop_name)  # the earliest counts
        assert board.doubles.item(rows["José Pérez"], 3).text().startswith(coordinator.device.name)
        if shot := os.environ.get("EULAC_SCREENSHOTS"):
            for lang in ("es", "en"):
                language.apply(lang)
                preview = results_page.ImportPreview(preview_plan(path, result, coordinator), win, zone="America/Lima",
                                                     doubly_checked_in=["Anna Virtanen", "José Pérez"])
                preview.resize(620, 480)
                preview.grab().save(str(Path(shot) / f"import-preview-{lang}.png"))
                board.tabs.setCurrentIndex(5)
                win.resize(1024, 700)
                win.grab().save(str(Path(shot) / f"dashboard-doubles-{lang}.png"))
    finally:
        win.close()
        win.deleteLater()
        QCoreApplication.sendPostedEvents(win, QEvent.Type.DeferredDelete)
        session.close()
        language.apply("en")


def preview_plan(path: Path, result: Path, coordinator: Coordinator) -> bundles.ImportPlan:
    with Workspace.open(path, mode="read", device=coordinator.device) as ws:
        return bundles.plan_import(ws, bundles.read_bundle(result))


def _members_read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The members of bundles unpacked from now on, in order."""
    from eulac_desktop.core.bundles import archive

    read: list[str] = []
    unpack = archive._member
    monkeypatch.setattr(archive, "_member", lambda zf, path, info: read.append(info.filename) or unpack(zf, path, info))
    return read


MANIFEST = ["manifest.json", "manifest.sig"]


@pytest.fixture
def laptop_in_tokyo():
    """This laptop's clock in Tokyo's time zone for the test (the process's TZ, read again by the C library)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Tokyo"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_setting_up_from_an_unknown_coordinator_asks_trust_having_read_only_the_manifest(
        controller: Controller, coordinator: Coordinator, tmp_path: Path, qtbot, monkeypatch, shown_errors,
        laptop_in_tokyo) -> None:
    """The window read the whole setup bundle (every row) before asking whether to trust its signer, while the
    command line decides on the manifest alone: a crafted large bundle from a stranger cost its whole size first."""
    flow = Flow(monkeypatch, coordinator.setup, tmp_path / "laptop.eulac", confirm=False)
    read = _members_read(monkeypatch)
    seen: list[list[str]] = []
    monkeypatch.setattr(setup_laptop.SetupConfirmDialog, "exec", lambda dialog: seen.append(list(read)) or
                        flow.confirmations.append(dialog) or QDialog.DialogCode.Rejected)
    welcome = controller.show_welcome()
    qtbot.mouseClick(welcome.setup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(flow.confirmations), timeout=10000)
    qtbot.wait(100)
    assert seen == [MANIFEST] and read == MANIFEST  # asked on the manifest; refused: no row was ever read
    assert flow.confirmations[0].accept_button.text() == "&Trust this coordinator"
    assert flow.confirmations[0].fields["created"].text().endswith("(Asia/Tokyo)")  # this laptop's zone: the event's is unread
    assert not flow.saved and not trusted_devices() and not shown_errors
    read.clear()
    answers = iter([QDialog.DialogCode.Accepted, QDialog.DialogCode.Rejected])  # trusted, then the event not set up
    monkeypatch.setattr(setup_laptop.SetupConfirmDialog, "exec", lambda dialog: seen.append(list(read)) or
                        flow.confirmations.append(dialog) or next(answers))
    qtbot.mouseClick(welcome.setup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(flow.confirmations) == 3, timeout=10000)
    assert seen[1] == MANIFEST and any(name.startswith("data/") for name in seen[2])  # rows read after the answer
    assert flow.confirmations[2].fields["participants"].text() == "3" and not trusted_devices()


def test_importing_an_unknown_devices_bundle_asks_trust_having_read_only_the_manifest(
        window: MainWindow, coordinator: Coordinator, tmp_path: Path, qtbot, monkeypatch, shown_errors) -> None:
    """Results › Import a bundle… read every row before asking about the device; now the rows are read only once the
    device is trusted, and a refusal leaves them unread."""
    ws = window.session.ws
    bundles.export_bundle(ws, tmp_path / "setup.zip", "setup")
    here = ws.device.folder
    monkeypatch.setenv("EULAC_CONFIG_DIR", str(tmp_path / "laptop"))
    bundles.import_bundle(tmp_path / "laptop.eulac", tmp_path / "setup.zip", trust=True)
    with Workspace.open(tmp_path / "laptop.eulac") as other:
        checkin.check_in(other, registration.find_by_email(other, "jose@example.org"))
        bundles.export_bundle(other, tmp_path / "result.zip", "result")
    monkeypatch.setenv("EULAC_CONFIG_DIR", str(here))
    page = window.results_page
    read = _members_read(monkeypatch)
    asked: list[list[str]] = []
    monkeypatch.setattr(results_page.ResultsPage, "ask_trust", lambda self, bundle: asked.append(list(read)) and False)
    page.import_bundle(str(tmp_path / "result.zip"))
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    qtbot.wait(100)
    assert asked == [MANIFEST] and read == MANIFEST and page.status.text() == "Not imported: the device was not trusted."
    read.clear()
    monkeypatch.setattr(results_page.ResultsPage, "ask_trust", lambda self, bundle: asked.append(list(read)) or True)
    monkeypatch.setattr(results_page.ImportPreview, "exec", lambda self: QDialog.DialogCode.Accepted)
    page.import_bundle(str(tmp_path / "result.zip"))
    qtbot.waitUntil(lambda: page.status.text().startswith("Imported"), timeout=10000)
    assert asked[1] == MANIFEST and any(name.startswith("data/") for name in read) and not shown_errors
