"""The attendance sheet: the people who attended, local times, counts, in the event's language."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from eulac_desktop.cli import main as eulac
from eulac_desktop.core import checkin
from eulac_desktop.core.registration import participant_ids
from eulac_desktop.core.workspace import Workspace


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext (poppler-utils) is not installed; make test installs it")
def test_attendance_sheet_from_the_command_line(event_file: Path, tmp_path: Path, capsys, spanish_catalog) -> None:
    with Workspace.open(event_file) as ws:
        session_id = checkin.add_session(ws, "Laboratorio", "Sala A", "2026-12-03T10:30", "2026-12-03T12:00").inserted["sessions"][0]
        for pid in participant_ids(ws)[:2]:
            checkin.check_in(ws, pid, desk="Sala A", session_id=session_id)
        scanned = checkin.attendance(ws, session_id)
    out = tmp_path / "sheet.pdf"
    assert eulac(["sessions", "attendance", str(event_file), session_id, "--pdf", str(out), "--json"]) == 0
    text = pdf_text(out)
    assert "Asistencia: Laboratorio" in text  # the event's main language is Spanish
    for person in scanned:
        assert person["family_name"] in text
    assert "Asistieron 2 personas." in text
    assert "Página 1" in text
    from datetime import datetime
    from zoneinfo import ZoneInfo

    local = datetime.fromisoformat(scanned[0]["at"]).astimezone(ZoneInfo("America/Lima")).strftime("%H:%M")
    assert local in text  # times in the event's time zone, not UTC


def test_an_unknown_session_is_refused(event_file: Path, tmp_path: Path, capsys) -> None:
    assert eulac(["sessions", "attendance", str(event_file), "nope", "--pdf", str(tmp_path / "x.pdf")]) == 1
    assert not (tmp_path / "x.pdf").exists()
