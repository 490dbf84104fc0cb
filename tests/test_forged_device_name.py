"""A device name comes in a bundle's manifest, from another laptop or forged: it is shown cleaned (no control or
bidirectional characters, one line) by `eulac bundle verify`, `import` and `sync status`, and in the window's trust
question, while what is signed and stored keeps it as it came."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import config
from sync_room import eulac, make_room, once, share, writing
from test_bundles import export, make_event, new_laptop, run, run_json

from eulac_desktop.core import checkin
from eulac_desktop.core.device import Device

FORGED = "Desk\u202e2 ksed\u2066\nValid bundle\x1b[2J"
SHOWN = "Desk2 ksed Valid bundle[2J"


def _forged_bundle(tmp_path: Path) -> tuple[Path, Path, Path]:
    coordinator = make_event(tmp_path, tmp_path / "cfg")
    setup = export(coordinator.path, coordinator.cfg, tmp_path / "setup.zip", "setup")
    laptop = tmp_path / "laptop.eulac"
    real = new_laptop(tmp_path / "cfg-laptop", laptop, setup)
    forged = Device(real.id, FORGED, real.folder)  # its own key, a name no one could type here
    bundle = export(laptop, tmp_path / "cfg-laptop", tmp_path / "forged.zip", "result", device=forged)
    return coordinator.path, coordinator.cfg, bundle


def test_a_forged_device_name_is_shown_cleaned_by_the_command_line(tmp_path: Path, capsys) -> None:
    path, cfg, bundle = _forged_bundle(tmp_path)
    with config(cfg):
        assert run_json(capsys, "bundle", "verify", bundle)["device"]["name"] == FORGED  # the data, as signed
        code, out, err = run(capsys, "bundle", "verify", bundle)
        assert code == 0 and f"signed by {SHOWN} (" in out, out
        code, out, err = run(capsys, "bundle", "import", path, bundle, "--trust")
        assert code == 0 and f"Trusted device “{SHOWN}”" in err, err


def test_a_peers_forged_name_is_shown_cleaned_by_sync_status(tmp_path: Path, capsys) -> None:
    room = make_room(tmp_path / "room")
    share(capsys, room, tmp_path / "shared")
    identity = room["B"].cfg / "device.json"  # B's laptop, its name forged past `rename_device`
    identity.write_text(json.dumps({**json.loads(identity.read_text()), "name": FORGED, "named": True}))
    with writing(room["B"]) as ws:
        checkin.check_in(ws, room.people[0])
    once(capsys, room["B"])
    once(capsys, room["A"], trust=True)
    assert {p["name"] for p in eulac(capsys, room["A"], "sync", "status", room["A"].path)["peers"]} >= {FORGED}
    with config(room["A"].cfg):
        code, out, _err = run(capsys, "sync", "status", room["A"].path)
    assert code == 0 and f"\n{SHOWN}: " in out, out
