"""A master file asked for a report without --event says what it holds: no event yet, the one event (and the
--event that names it), or several events to choose from."""

from __future__ import annotations

from pathlib import Path

from helpers import config, run
from test_bundles import export, make_event

from eulac_desktop.core import master
from eulac_desktop.core.workspace import Workspace


def test_a_master_without_event_says_how_many_events_it_holds(tmp_path: Path, capsys) -> None:
    (tmp_path / "lima").mkdir()
    lima = make_event(tmp_path / "lima", tmp_path / "lima" / "cfg", name="Lab Lima")
    setup = export(lima.path, lima.cfg, tmp_path / "setup.zip", "setup")
    path = tmp_path / "master.eulac"
    with config(tmp_path / "coordinator"):
        assert run(capsys, "master", "create", path, "--name", "Programme")[0] == 0
        code, _out, err = run(capsys, "report", "pdf", path, tmp_path / "r.pdf")
        assert code == 1 and "holds no event yet" in err and "several" not in err, err
        assert run(capsys, "bundle", "import", path, setup, "--trust")[0] == 0
        with Workspace.open(path, mode="read") as ws:
            (event,) = [e["id"] for e in master.events(ws)]
        code, _out, err = run(capsys, "report", "pdf", path, tmp_path / "r.pdf")
        assert code == 1 and f"holds one event, “Lab Lima”: choose it with --event {event[:12]}" in err, err
        assert "several" not in err
        assert run(capsys, "report", "pdf", path, tmp_path / "r.pdf", "--event", event[:12])[0] == 0
