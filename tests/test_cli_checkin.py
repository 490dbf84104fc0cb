"""`eulac badges code`, `eulac checkin scan|stats`, `eulac sessions add|list|attendance` (ARCHITECTURE.md §6).

Exit 0 when done, 1 when refused (a forged badge, an unknown e-mail, a session that does not exist),
2 for usage errors; with `--json`, stdout holds one JSON document and nothing else. The commands run
in-process through `eulac_desktop.cli.main`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from helpers import run, run_json

from eulac_desktop.core.workspace import Workspace

RESULT_KEYS = {"status", "reason", "message", "participant_id", "name", "country", "role", "at", "desk"}


@pytest.fixture(autouse=True)
def english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without --lang the CLI follows the system's language: make that English whatever the machine says."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANGUAGE", "en")


def badge(capsys, path: Path, email: str) -> str:
    code, out, err = run(capsys, "badges", "code", path, email)
    assert code == 0, err
    return out.strip()


# -- badges code ----------------------------------------------------------------------------------------


def test_badges_code_prints_the_code(capsys, event_file: Path):
    from eulac_desktop.core import badges, checkin
    from eulac_desktop.core.registration import find_by_email
    from eulac_desktop.core.workspace import Workspace

    printed = badge(capsys, event_file, "jose@example.org")
    with Workspace.open(event_file, mode="read") as ws:
        jose = find_by_email(ws, "jose@example.org")
        assert printed == checkin.badge_code(ws, jose)
    assert len(printed) == badges.CODE_LEN
    assert badge(capsys, event_file, " JOSE@example.ORG ") == printed  # the e-mail is matched as everywhere
    data = run_json(capsys, "badges", "code", event_file, "jose@example.org")
    assert data == {"participant_id": jose, "code": printed}


def test_badges_code_of_an_unknown_email_is_refused(capsys, event_file: Path):
    code, out, err = run(capsys, "badges", "code", event_file, "nobody@example.org")
    assert code == 1
    assert out == ""
    assert "nobody@example.org" in err
    data = run_json(capsys, "badges", "code", event_file, "nobody@example.org", expect=1)
    assert data["error"] == "invalid_value" and data["message"]


# -- checkin scan -------------------------------------------------------------------------------------------


def test_scan_checks_in_then_says_already(capsys, event_file: Path):
    code = badge(capsys, event_file, "c@example.org")
    first = run_json(capsys, "checkin", "scan", event_file, code, "--desk", "Desk 1")
    assert set(first) >= RESULT_KEYS
    assert (first["status"], first["reason"], first["name"], first["country"], first["desk"]) == (
        "checked_in", None, "Conceição Araújo", "BR", "Desk 1")
    assert first["at"]
    again = run_json(capsys, "checkin", "scan", event_file, code.lower(), "--desk", "Desk 2")
    assert (again["status"], again["reason"], again["at"], again["desk"]) == ("already", None, first["at"], "Desk 1")
    assert again["participant_id"] == first["participant_id"]


def test_scan_without_json_speaks_to_people(capsys, event_file: Path):
    code = badge(capsys, event_file, "jose@example.org")
    status, out, err = run(capsys, "checkin", "scan", event_file, code)
    assert status == 0, err
    assert "José Pérez" in out and "Checked in" in out
    status, out, err = run(capsys, "checkin", "scan", event_file, code, "--desk", "Door")
    assert status == 0 and "Already checked in" in out


def test_a_forged_code_is_refused_with_its_reason(capsys, event_file: Path):
    code = badge(capsys, event_file, "anna@example.fi")
    forged = code[:-1] + ("B" if code[-1] != "B" else "C")
    data = run_json(capsys, "checkin", "scan", event_file, forged, expect=1)
    assert (data["status"], data["reason"]) == ("refused", "forged")
    assert data["message"] and data["participant_id"] is None
    status, _out, err = run(capsys, "checkin", "scan", event_file, forged)
    assert status == 1
    assert "not valid" in err
    stats = run_json(capsys, "checkin", "stats", event_file)
    assert stats["checked_in"] == 0


@pytest.mark.parametrize("scanned, reason", [("", "unreadable"), ("hello", "unreadable")])
def test_an_unreadable_scan_is_refused(capsys, event_file: Path, scanned, reason):
    data = run_json(capsys, "checkin", "scan", event_file, scanned, expect=1)
    assert (data["status"], data["reason"]) == ("refused", reason)


def test_stats_are_integers(capsys, event_file: Path):
    before = run_json(capsys, "checkin", "stats", event_file)
    assert (before["registered"], before["checked_in"]) == (3, 0)
    run_json(capsys, "checkin", "scan", event_file, badge(capsys, event_file, "jose@example.org"))
    after = run_json(capsys, "checkin", "stats", event_file)
    assert type(after["registered"]) is int and type(after["checked_in"]) is int
    assert (after["registered"], after["checked_in"]) == (3, 1)
    assert after["by_region"]["LAC"] == {"registered": 2, "checked_in": 1}
    assert after["by_country"]["PE"] == {"registered": 1, "checked_in": 1}
    status, out, _err = run(capsys, "checkin", "stats", event_file)
    assert status == 0 and "1 of 3 checked in" in out


# -- what a scan reads of the file ---------------------------------------------------------------------------


def quick_checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files whose every page `Workspace.quick_check` reads from now on, one per check."""
    made: list[str] = []
    real = Workspace.quick_check

    def recording(ws: Workspace) -> list[str]:
        made.append(ws.path.name)
        return real(ws)

    monkeypatch.setattr(Workspace, "quick_check", recording)
    return made


def test_a_scan_reads_only_its_pages_of_a_file_closed_cleanly(capsys, monkeypatch, event_file: Path):
    """Checking every page of a big file was most of a scan's time: a command of one code reads its own."""
    code = badge(capsys, event_file, "jose@example.org")
    checks = quick_checks(monkeypatch)
    assert run_json(capsys, "checkin", "scan", event_file, code)["status"] == "checked_in"
    assert run_json(capsys, "checkin", "scan", event_file, code)["status"] == "already"
    assert checks == []
    assert run_json(capsys, "checkin", "stats", event_file)["checked_in"] == 1
    assert checks == [event_file.name]  # other commands check the file when they open it, as the window does


def test_a_scan_checks_every_page_of_a_file_a_crash_left_open(capsys, monkeypatch, event_file: Path):
    code = badge(capsys, event_file, "jose@example.org")
    crashed = sqlite3.connect(event_file)  # a writer that has not closed the file: its write-ahead log stays
    crashed.execute("""INSERT OR REPLACE INTO meta (key, value) VALUES ('writer', '{"device": "crashed"}')""")
    crashed.commit()
    checks = quick_checks(monkeypatch)
    try:
        assert run_json(capsys, "checkin", "scan", event_file, code)["status"] == "checked_in"
    finally:
        crashed.close()
    assert checks == [event_file.name]


def test_a_scan_checks_every_page_of_a_file_it_must_upgrade(capsys, monkeypatch, tmp_path: Path):
    old = tmp_path / "old.eulac"
    old.write_bytes((Path(__file__).parent / "fixtures" / "schema_v1.eulac").read_bytes())
    checks = quick_checks(monkeypatch)
    assert run_json(capsys, "checkin", "scan", old, "EUBXFITRTBFBKKEIVGKJKBOPUTJCL", expect=1)["status"] == "refused"
    assert checks == [old.name]


def test_a_scan_that_reads_a_damaged_page_is_refused_as_damaged(capsys, event_file: Path):
    code = badge(capsys, event_file, "jose@example.org")
    conn = sqlite3.connect(event_file)
    pages = [row[0] for row in conn.execute(  # the people and the index a scan finds its badge by
        "SELECT pageno FROM dbstat WHERE name IN ('participants', 'idx_participants_badge')")]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(event_file.read_bytes())
    for page in pages:
        start = (page - 1) * size
        data[start : start + size] = b"\xff" * size
    event_file.write_bytes(bytes(data))
    document = run_json(capsys, "checkin", "scan", event_file, code, expect=1)
    assert document["error"] == "corrupt"
    status, out, err = run(capsys, "checkin", "scan", event_file, code)
    assert status == 1 and out == ""
    assert "damaged" in err and "internal error" not in err


# -- sessions ------------------------------------------------------------------------------------------------


def test_sessions_add_list_scan_and_attendance(capsys, event_file: Path):
    added = run_json(capsys, "sessions", "add", event_file, "--name", "Opening plenary", "--room", "Main hall",
                     "--start", "2026-12-03T09:00", "--end", "2026-12-03T10:00")
    assert set(added) == {"id"}
    session = added["id"]
    listed = run_json(capsys, "sessions", "list", event_file)
    assert [(s["id"], s["name"], s["room"], s["starts_at"], s["ends_at"], s["attendance"]) for s in listed] == [
        (session, "Opening plenary", "Main hall", "2026-12-03T09:00", "2026-12-03T10:00", 0)]
    code = badge(capsys, event_file, "jose@example.org")
    first = run_json(capsys, "checkin", "scan", event_file, code, "--session", session, "--desk", "Main hall")
    assert first["status"] == "checked_in"
    again = run_json(capsys, "checkin", "scan", event_file, code, "--session", session)
    assert (again["status"], again["desk"]) == ("already", "Main hall")
    assert run_json(capsys, "checkin", "stats", event_file)["checked_in"] == 0  # a session is not the door
    assert run_json(capsys, "sessions", "list", event_file)[0]["attendance"] == 1
    present = run_json(capsys, "sessions", "attendance", event_file, session)
    assert [(p["given_name"], p["family_name"]) for p in present] == [("José", "Pérez")]
    assert present[0]["participant_id"] == first["participant_id"]
    status, out, _err = run(capsys, "sessions", "attendance", event_file, session)
    assert status == 0 and "Pérez, José" in out


def test_the_attendance_of_a_missing_session_is_refused_not_an_empty_list(capsys, event_file: Path):
    data = run_json(capsys, "--lang", "es", "sessions", "attendance", event_file, "no-such-session", expect=1)
    assert (data["error"], data["message"]) == ("invalid_value", "Sesión: esta sesión no existe")
    status, out, err = run(capsys, "sessions", "attendance", event_file, "no-such-session")
    assert (status, out) == (1, "") and "this session does not exist" in err


def test_a_scan_into_a_missing_session_is_refused(capsys, event_file: Path):
    code = badge(capsys, event_file, "jose@example.org")
    data = run_json(capsys, "checkin", "scan", event_file, code, "--session", "no-such-session", expect=1)
    assert data["error"] == "invalid_value"
    assert run_json(capsys, "checkin", "stats", event_file)["checked_in"] == 0


@pytest.mark.parametrize("extra", [["--name", "  "], ["--name", "Plenary", "--start", "at ten"],
                                   ["--name", "Plenary", "--start", "2026-12-03T10:00", "--end", "2026-12-03T09:00"]])
def test_sessions_add_refuses_bad_values(capsys, event_file: Path, extra):
    data = run_json(capsys, "sessions", "add", event_file, *extra, expect=1)
    assert data["error"] == "invalid_value" and data["message"]
    assert run_json(capsys, "sessions", "list", event_file) == []


def test_usage_errors_exit_2(capsys, event_file: Path):
    for argv in (["checkin", "scan", event_file], ["sessions", "add", event_file], ["badges", "code", event_file]):
        status, out, err = run(capsys, *argv)
        assert status == 2 and out == "" and "usage" in err.lower()
