"""The Results page with pytest-qt: a setup bundle written from one laptop's window and imported in another's,
after the new device is trusted and the preview is accepted; a second import changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from eulac_desktop.core import bundles, checkin, registration
from eulac_desktop.core.device import load_device
from eulac_desktop.core.workspace import Workspace
from eulac_desktop.ui.language import LanguageManager
from eulac_desktop.ui.pages import results as results_page


@pytest.fixture
def window(open_window, event_file: Path):
    return open_window(event_file, stage="results")


def test_a_result_bundle_goes_out_and_comes_back_in(window, qtbot, tmp_path: Path, monkeypatch) -> None:
    page = window.results_page
    ws = window.session.ws
    # a second laptop with its own device: it received the setup and checked someone in
    laptop_dir = tmp_path / "laptop"
    setup = tmp_path / "setup.zip"
    monkeypatch.setattr(results_page.QFileDialog, "getSaveFileName", lambda *a, **k: (str(setup), ""))
    page.export_buttons["setup"].click()
    qtbot.waitUntil(setup.exists, timeout=10000)
    laptop = load_device(laptop_dir)
    monkeypatch.setenv("EULAC_CONFIG_DIR", str(laptop_dir))
    bundles.import_bundle(tmp_path / "laptop.eulac", setup, trust=True)
    with Workspace.open(tmp_path / "laptop.eulac", device=laptop) as other:
        checkin.check_in(other, registration.find_by_email(other, "anna@example.fi"))
        bundles.export_bundle(other, tmp_path / "result.zip", "result")
    monkeypatch.delenv("EULAC_CONFIG_DIR")
    monkeypatch.setenv("EULAC_CONFIG_DIR", str(ws.device.folder))
    asked = []
    monkeypatch.setattr(results_page.ResultsPage, "ask_trust", lambda self, bundle: asked.append(bundle) or True)
    monkeypatch.setattr(results_page.ImportPreview, "exec", lambda self: QDialog.DialogCode.Accepted)
    page.import_bundle(str(tmp_path / "result.zip"))
    qtbot.waitUntil(lambda: "Imported" in page.status.text(), timeout=10000)
    assert len(asked) == 1 and asked[0].manifest["device"]["id"] == laptop.id
    assert len(checkin.checked_in_ids(ws)) == 1
    bundles_tab = page.dashboard.bundles
    assert bundles_tab.rowCount() == 1 and bundles_tab.item(0, 1).text() == "result"
    assert laptop.fingerprint() in bundles_tab.item(0, 3).text()
    previews = []
    monkeypatch.setattr(results_page.ImportPreview, "exec", lambda self: previews.append(self) or 0)
    page.import_bundle(str(tmp_path / "result.zip"))  # now trusted: no question; nothing to change
    qtbot.waitUntil(lambda: bool(previews), timeout=10000)
    assert len(asked) == 1 and not previews[0].apply_button.isEnabled()


def test_the_import_preview_names_every_table_a_bundle_carries_in_the_reader_s_language(qapp: QApplication) -> None:
    """Each table a bundle carries has a name people read, translated (not the data's own table name)."""
    from eulac_desktop.core.bundles.archive import travelling_tables

    language = LanguageManager(qapp)
    try:
        language.apply("en")
        english = {t: results_page.table_name(t) for t in travelling_tables()}
        assert all(name != t for t, name in english.items()), english
        assert english["checkins"] == "Check-ins"
        language.apply("es")
        assert results_page.table_name("checkins") == "Acreditaciones"
        assert results_page.table_name("p2p_feedback") == "Valoraciones P2P"
    finally:
        language.apply("en")


def test_the_import_preview_lists_refused_ballots(qapp: QApplication, event_file: Path, tmp_path: Path) -> None:
    """Ballots beyond the voters their laptop recorded are refused at import: the preview says how many."""
    LanguageManager(qapp).apply("en")
    with Workspace.open(event_file) as ws:
        bundles.export_bundle(ws, tmp_path / "result.zip", "result")
        plan = bundles.plan_import(ws, bundles.read_bundle(tmp_path / "result.zip"))
    assert plan.refused_ballots == []
    quiet = results_page.ImportPreview(plan)
    assert quiet.refused.isHidden()
    plan.refused_ballots = [{"id": f"id-{n}", "poll_id": "p", "origin": "d"} for n in range(50)]
    preview = results_page.ImportPreview(plan)
    assert not preview.refused.isHidden()
    assert preview.refused.text().startswith("50 ballots refused, not imported")
    quiet.deleteLater()
    preview.deleteLater()
