"""Issue 16: each laptop has a name people give it ("Desk 2"), never the host's name; `eulac device show|name`
report and set it, and it travels in the laptop's bundles."""

from __future__ import annotations

import json
import platform
from pathlib import Path

import pytest
from helpers import run

from eulac_desktop.core import bundles
from eulac_desktop.core.device import load_device
from eulac_desktop.core.workspace import Workspace


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANGUAGE", "en")


def test_a_new_device_has_a_suggested_name_that_is_not_the_host_name(isolated_config: Path, capsys) -> None:
    code, out, _err = run(capsys, "device", "show", "--json")
    shown = json.loads(out)
    assert code == 0 and set(shown) == {"id", "name", "named", "fingerprint"}
    device = load_device()
    assert shown == {"id": device.id, "name": device.name, "named": False, "fingerprint": device.fingerprint()}
    assert device.name != platform.node() and device.name == f"Laptop {device.id.replace('-', '')[-4:].upper()}"
    code, out, _err = run(capsys, "device", "show")
    assert code == 0 and device.fingerprint() in out and "eulac device name" in out


def test_an_old_identity_named_after_the_host_is_offered_a_suggestion(isolated_config: Path) -> None:
    device = load_device()
    (isolated_config / "device.json").write_text(json.dumps({"id": device.id, "name": platform.node()}))
    again = load_device()
    assert again.id == device.id and again.name != platform.node() and not again.named


def test_naming_the_laptop_keeps_its_id_and_travels_in_its_bundles(event_file: Path, tmp_path: Path, capsys) -> None:
    before = load_device()
    code, out, _err = run(capsys, "device", "name", "  Desk   2 ", "--json")
    assert code == 0 and json.loads(out) == {"id": before.id, "name": "Desk 2", "named": True,
                                             "fingerprint": before.fingerprint()}
    assert run(capsys, "device", "name", "Desk 2")[1].strip() == "This laptop is now “Desk 2”."
    with Workspace.open(event_file, mode="read") as ws:
        manifest = bundles.export_bundle(ws, tmp_path / "setup.zip", "setup")
    assert manifest["device"]["name"] == "Desk 2" and manifest["device"]["id"] == before.id
    for bad in ("", "   ", "x" * 41):
        code, out, err = run(capsys, "device", "name", bad)
        assert code == 1 and out == "" and "Device name" in err and "Traceback" not in err
    assert load_device().name == "Desk 2"


def test_a_device_name_keeps_no_control_or_bidi_character(isolated_config: Path, capsys) -> None:
    """`eulac device name` stored a terminal escape and a right-to-left override as they came: the name other
    laptops are shown to tell this one apart (trust, bundles) could then be made to look like another's."""
    code, _out, _err = run(capsys, "device", "name", "Desk\x1b[31m 2\u202e", "--json")
    assert code == 0
    code, out, _err = run(capsys, "device", "show", "--json")
    assert json.loads(out)["name"] == "Desk[31m 2" and load_device(isolated_config).name == "Desk[31m 2"
    code, _out, err = run(capsys, "device", "name", "\x1b\u202e\u200b", "--json")
    assert code == 1 and "give the laptop a name" in err
