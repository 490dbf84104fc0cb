"""`eulac sync status` for people speaks the reader's language: when a laptop's last delta arrived as the language
writes a date and time (in the event's time zone), and its lag with the language's decimal sign."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from babel.dates import format_datetime
from helpers import config, run
from sync_room import eulac, make_room, once, share, writing

from eulac_desktop.core import checkin
from eulac_desktop.core import sync as core_sync


def test_sync_status_writes_times_and_lags_as_the_readers_language_does(tmp_path: Path, capsys,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    room = make_room(tmp_path / "room")  # its event's time zone is UTC
    share(capsys, room, tmp_path / "shared")
    with writing(room["B"]) as ws:
        checkin.check_in(ws, room.people[0])
    once(capsys, room["B"])
    once(capsys, room["A"], trust=True)
    (peer,) = eulac(capsys, room["A"], "sync", "status", room["A"].path)["peers"]
    real = core_sync.sync_status

    def slow(ws: Any) -> dict[str, Any]:  # a lag with a fraction, as a busy room has
        status = real(ws)
        status["peers"][0]["lag_seconds"] = 9.9
        return status

    monkeypatch.setattr(core_sync, "sync_status", slow)
    with config(room["A"].cfg):
        code, out, err = run(capsys, "--lang", "es", "sync", "status", room["A"].path)
    assert code == 0, err
    received = format_datetime(datetime.fromisoformat(peer["last_received"]), "medium", tzinfo="UTC", locale="es")
    assert f": {received} 9,9 s  " in out, out
    assert peer["last_received"] not in out and "9.9" not in out
