"""Bad input: files that are not event files, damaged, too new, missing, write-protected, a full disk.

Each is refused with a typed error that carries a translated message and a hint of what to do, never
a raw SQLite exception, and leaves the file exactly as it was (compared byte for byte).
"""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from eulac_desktop.core import errors, i18n, registration, schema, workspace
from eulac_desktop.core.checks import check_event_file
from eulac_desktop.core.device import load_device
from eulac_desktop.core.event import create_event_file
from eulac_desktop.core.i18n import _
from eulac_desktop.core.workspace import Workspace, lock_path

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
OPENERS = {
    "open": lambda p: Workspace.open(p).close(),
    "open-read": lambda p: Workspace.open(p, mode="read").close(),
    "check": check_event_file,
}


def digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None


def assert_refused(path: Path, expected, opener=OPENERS["open"]) -> errors.EulacError:
    """`opener(path)` raises one of `expected` with a message and a hint, and the file is unchanged."""
    before = digest(path)
    with pytest.raises(expected) as refused:
        opener(path)
    error = refused.value
    assert error.text().strip()
    assert error.hint_text().strip()
    assert str(path) in error.text()
    assert error.as_dict()["error"] == error.code != "error"
    assert digest(path) == before, "the refused file was changed"
    return error


def sqlite_file(path: Path, journal_mode: str = "delete") -> Path:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA journal_mode = {journal_mode}")
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.executemany("INSERT INTO notes (text) VALUES (?)", [(f"note {i}",) for i in range(100)])
    conn.commit()
    conn.close()
    return path


def only_for(target: Path, real=os.access):
    """An `os.access` that says `target` cannot be written (as on a write-protected file or folder)."""

    def access(path, mode, *args, **kwargs):
        if Path(path).resolve() == target.resolve() and mode & os.W_OK:
            return False
        return real(path, mode, *args, **kwargs)

    return access


# -- not event files -----------------------------------------------------------------------------


@pytest.mark.parametrize("opener", OPENERS.values(), ids=OPENERS.keys())
def test_a_text_file_named_eulac(tmp_path: Path, opener):
    path = tmp_path / "notes.eulac"
    path.write_text("Participants:\nJosé Pérez\nConceição Araújo\n" * 50, encoding="utf-8")
    assert_refused(path, errors.NotAnEventFile, opener)


@pytest.mark.parametrize("opener", OPENERS.values(), ids=OPENERS.keys())
def test_a_zero_byte_file(tmp_path: Path, opener):
    path = tmp_path / "empty.eulac"
    path.touch()
    assert_refused(path, errors.NotAnEventFile, opener)


@pytest.mark.parametrize("opener", OPENERS.values(), ids=OPENERS.keys())
def test_a_random_bytes_file(tmp_path: Path, opener):
    path = tmp_path / "noise.eulac"
    path.write_bytes(random.Random(1).randbytes(64 * 1024))
    assert_refused(path, errors.NotAnEventFile, opener)


def test_random_bytes_behind_an_sqlite_header(tmp_path: Path):
    path = tmp_path / "fake.eulac"
    path.write_bytes(b"SQLite format 3\x00" + random.Random(2).randbytes(64 * 1024))
    assert_refused(path, (errors.NotAnEventFile, errors.CorruptEventFile))


def test_a_folder_named_eulac(tmp_path: Path):
    path = tmp_path / "folder.eulac"
    path.mkdir()
    error = assert_refused(path, errors.NotAnEventFile)
    assert error.code == "not_an_event_file"
    assert path.is_dir()


@pytest.mark.parametrize("journal_mode", ["delete", "wal"])
@pytest.mark.parametrize("opener", OPENERS.values(), ids=OPENERS.keys())
def test_an_sqlite_file_that_is_not_an_event_file(tmp_path: Path, journal_mode: str, opener):
    """Someone else's SQLite database renamed .eulac: refused, and not converted to WAL on the way."""
    path = sqlite_file(tmp_path / "other-app.eulac", journal_mode)
    assert_refused(path, errors.NotAnEventFile, opener)
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == journal_mode
    conn.close()


# -- damaged files ---------------------------------------------------------------------------------


@pytest.mark.parametrize("keep", ["half", "first-page", "60-bytes"])
@pytest.mark.parametrize("opener", OPENERS.values(), ids=OPENERS.keys())
def test_a_truncated_event_file(event_file: Path, keep: str, opener):
    data = event_file.read_bytes()
    size = {"half": len(data) // 2, "first-page": 4096, "60-bytes": 60}[keep]
    event_file.write_bytes(data[:size])
    assert_refused(event_file, (errors.CorruptEventFile, errors.NotAnEventFile), opener)


@pytest.fixture(scope="module")
def big_event_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The bytes of a closed event file with 2,000 participants (built once for this module)."""
    folder = tmp_path_factory.mktemp("big")
    device = load_device(folder / "device")
    path = folder / "big.eulac"
    with create_event_file(path, name="Big Lab", languages=["en"], timezone="UTC", device=device) as ws:
        registration.add_participants(ws, [
            {"given_name": f"Given{i}", "family_name": f"Family{i}", "email": f"p{i}@example.org",
             "organisation": f"Organisation number {i % 97}", "country": "PE"} for i in range(2000)])
    return path.read_bytes()


def corrupt(data: bytes, page_size: int = 4096) -> bytes:
    """Overwrite the middle half of every page in the middle third of the file with noise."""
    out = bytearray(data)
    pages = len(data) // page_size
    noise = random.Random(3)
    for page in range(pages // 3, 2 * pages // 3):
        start = page * page_size + page_size // 4
        out[start : start + page_size // 2] = noise.randbytes(page_size // 2)
    return bytes(out)


@pytest.mark.parametrize("opener", OPENERS.values(), ids=OPENERS.keys())
def test_a_corrupted_event_file(tmp_path: Path, big_event_bytes: bytes, opener):
    path = tmp_path / "damaged.eulac"
    assert int.from_bytes(big_event_bytes[16:18], "big") == 4096  # the page size corrupt() assumes
    path.write_bytes(corrupt(big_event_bytes))
    error = assert_refused(path, errors.CorruptEventFile, opener)
    assert error.code == "corrupt"
    i18n.set_language("es")
    try:  # SQLite's own finding ("On tree page 232 cell 27: invalid page number…") is English: it goes to the log
        assert "page" not in error.text() and "una parte del archivo no se puede leer" in error.text()
    finally:
        i18n.set_language("en")


def test_the_big_file_itself_is_sound(tmp_path: Path, big_event_bytes: bytes):
    path = tmp_path / "big.eulac"
    path.write_bytes(big_event_bytes)
    assert check_event_file(path)["ok"] is True


# -- newer, missing ------------------------------------------------------------------------------


def test_a_newer_version_file(event_file: Path):
    conn = sqlite3.connect(event_file)
    conn.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    error = assert_refused(event_file, errors.NewerEventFile)
    assert "999" in error.text()


def test_a_missing_file(tmp_path: Path):
    path = tmp_path / "gone.eulac"
    for opener in OPENERS.values():
        assert_refused(path, errors.EventFileMissing, opener)
    assert not path.exists()
    assert not lock_path(path).exists()
    assert list(tmp_path.iterdir()) == []


# -- refused opens do not keep the file open ----------------------------------------------------


@pytest.mark.parametrize("case", ["not-an-event-file", "newer", "corrupt"])
def test_a_refused_open_closes_its_connection(tmp_path: Path, event_file: Path, big_event_bytes: bytes,
                                             monkeypatch: pytest.MonkeyPatch, case: str):
    if case == "not-an-event-file":  # carries the event files' application id, but none of their tables
        path = sqlite_file(tmp_path / "other.eulac", "wal")
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        conn.commit()
        conn.close()
    elif case == "newer":
        path = event_file
        conn = sqlite3.connect(path)
        conn.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
        conn.commit()
        conn.close()
    else:
        path = tmp_path / "damaged.eulac"
        path.write_bytes(corrupt(big_event_bytes))
    opened: list[sqlite3.Connection] = []
    real_connect = workspace._connect

    def recording_connect(*args, **kwargs):
        conn = real_connect(*args, **kwargs)
        opened.append(conn)
        return conn

    monkeypatch.setattr(workspace, "_connect", recording_connect)
    with pytest.raises(errors.EulacError):
        Workspace.open(path)
    assert opened
    for conn in opened:
        with pytest.raises(sqlite3.ProgrammingError):  # "Cannot operate on a closed database."
            conn.execute("SELECT 1")


# -- write-protected files and folders -------------------------------------------------------------


def assert_opens_read_only(path: Path, reason: str) -> None:
    before = digest(path)
    with Workspace.open(path) as ws:
        assert ws.read_only
        assert ws.read_only_text() == _(reason)
        assert registration.participant_count(ws) == 3
        with pytest.raises(errors.ReadOnlyEventFile) as refused:
            registration.add_participants(ws, [{"given_name": "Nobody"}])
        assert _(reason) in refused.value.text() and refused.value.hint_text()
    error = assert_refused(path, errors.ReadOnlyEventFile, lambda p: Workspace.open(p, mode="write"))
    assert _(reason) in error.text()
    assert digest(path) == before


def test_a_write_protected_file(event_file: Path, monkeypatch: pytest.MonkeyPatch):
    os.chmod(event_file, 0o444)
    monkeypatch.setattr(os, "access", only_for(event_file))  # root writes despite chmod
    assert_opens_read_only(event_file, errors.READ_ONLY_FILE)
    with Workspace.open(event_file) as ws:
        assert "write-protected" in ws.read_only_text()


def test_a_write_protected_folder(event_file: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(os, "access", only_for(event_file.parent))
    assert_opens_read_only(event_file, errors.READ_ONLY_FOLDER)


@pytest.mark.skipif(IS_ROOT, reason="root writes to files whatever their mode")
def test_a_write_protected_file_for_real(event_file: Path):
    os.chmod(event_file, 0o444)
    assert_opens_read_only(event_file, errors.READ_ONLY_FILE)


@pytest.mark.skipif(IS_ROOT, reason="root writes to folders whatever their mode")
def test_a_write_protected_folder_for_real(event_file: Path):
    folder = event_file.parent
    mode = folder.stat().st_mode
    os.chmod(folder, 0o555)
    try:
        assert_opens_read_only(event_file, errors.READ_ONLY_FOLDER)
    finally:
        os.chmod(folder, mode)


# -- a full disk ---------------------------------------------------------------------------------


def test_disk_full_during_a_write(event_file: Path):
    with Workspace.open(event_file) as ws:
        people_before = registration.participant_count(ws)
        audit_before = ws.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
        pages = ws.conn.execute("PRAGMA page_count").fetchone()[0]
        ws.conn.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(errors.DiskFull) as refused:
            registration.add_participants(ws, [
                {"given_name": f"Person {i}", "family_name": "Long-Family-Name " * 3, "organisation": "Org " * 20}
                for i in range(500)])
        assert refused.value.text() and refused.value.hint_text()
        assert str(event_file) in refused.value.text()
        assert registration.participant_count(ws) == people_before
        assert ws.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == audit_before
        assert ws.quick_check() == []
    with Workspace.open(event_file) as ws:  # and nothing half-written reached the file
        assert registration.participant_count(ws) == people_before
        assert ws.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == audit_before


# -- messages in the person's language ------------------------------------------------------------


def test_error_messages_are_translated(spanish_catalog: Path, tmp_path: Path, event_file: Path,
                                       monkeypatch: pytest.MonkeyPatch):
    text_file = tmp_path / "notes.eulac"
    text_file.write_text("not an event\n", encoding="utf-8")
    damaged = tmp_path / "cut.eulac"
    damaged.write_bytes(event_file.read_bytes()[:4096])
    caught: list[errors.EulacError] = []
    for path in (tmp_path / "gone.eulac", text_file, damaged):
        with pytest.raises(errors.EulacError) as refused:
            Workspace.open(path)
        caught.append(refused.value)
    caught.append(errors.DiskFull(path=str(event_file)))

    assert i18n.set_language("es") == "es"
    spanish = [(e.text(), e.hint_text()) for e in caught]
    monkeypatch.setattr(os, "access", only_for(event_file))
    with Workspace.open(event_file) as ws:
        reason_es = ws.read_only_text()
        i18n.set_language("en")
        reason_en = ws.read_only_text()
    english = [(e.text(), e.hint_text()) for e in caught]

    assert "no existe" in spanish[0][0]
    for (es_text, es_hint), (en_text, en_hint), error in zip(spanish, english, caught):
        assert es_text and es_hint, error.code
        assert es_text != en_text, f"{error.code}: message not translated"
        assert es_hint != en_hint, f"{error.code}: hint not translated"
    assert reason_es and reason_es != reason_en


@pytest.mark.parametrize("argv", [("bundle", "verify", "{fifo}"), ("bundle", "import", "{event}", "{fifo}"),
                                  ("participants", "import", "{event}", "{fifo}")])
def test_a_pipe_or_a_device_is_refused_without_reading_it(tmp_path: Path, argv: tuple[str, ...]) -> None:
    """A named pipe (or /dev/zero) given as a bundle or a list used to be read for ever (QA of #16)."""
    fifo = tmp_path / "pipe.zip"
    os.mkfifo(fifo)
    event = tmp_path / "e.eulac"
    env = {**os.environ, "EULAC_CONFIG_DIR": str(tmp_path / "cfg"), "LANGUAGE": "en"}
    cli = [sys.executable, "-m", "eulac_desktop.cli"]
    subprocess.run([*cli, "event", "create", event, "--name", "E"], env=env, check=True, capture_output=True)
    done = subprocess.run([*cli, *(a.format(fifo=fifo, event=event) for a in argv)], env=env, capture_output=True,
                          text=True, timeout=30)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "folder" not in done.stderr
