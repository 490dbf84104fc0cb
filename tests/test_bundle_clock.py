"""A bundle from a laptop whose clock is a day or more ahead is refused: its stamps would put every later
change of the event behind a wrong clock."""

from __future__ import annotations

from pathlib import Path

import pytest

from eulac_desktop.core import bundles, hlc, registration
from eulac_desktop.core.device import load_device
from eulac_desktop.core.workspace import Workspace


def test_a_bundle_from_a_clock_far_ahead_is_refused(event_file: Path, tmp_path: Path, monkeypatch) -> None:
    with Workspace.open(event_file) as ws:
        bundles.export_bundle(ws, tmp_path / "setup.zip", "setup")
    laptop = tmp_path / "laptop"
    monkeypatch.setenv("EULAC_CONFIG_DIR", str(laptop))
    bundles.import_bundle(tmp_path / "laptop.eulac", tmp_path / "setup.zip", trust=True)
    ahead = hlc.wall_ms() + 3 * 24 * 3600 * 1000
    with Workspace.open(tmp_path / "laptop.eulac", device=load_device(laptop), wall=lambda: ahead) as other:
        registration.update_participant(other, registration.find_by_email(other, "jose@example.org"),
                                        {"organisation": "PUCP"})
        bundles.export_bundle(other, tmp_path / "result.zip", "result")
    monkeypatch.undo()
    with Workspace.open(event_file, mode="read") as ws:
        before = list(bundles.dump_lines(ws))
    with pytest.raises(bundles.BundleRefused) as refused:
        bundles.import_bundle(event_file, tmp_path / "result.zip", trust=True)
    assert "72 hours ahead" in refused.value.text()
    with Workspace.open(event_file, mode="read") as ws:
        assert list(bundles.dump_lines(ws)) == before
