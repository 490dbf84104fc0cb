"""Bad input found by the review10 sweep of every `eulac` verb: each is refused with a clear, translated message
(exit 1, a JSON error with `--json`), never an internal error, and nothing is stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import run, run_json


def _open_poll(capsys, event_file: Path) -> str:
    poll = run_json(capsys, "polls", "create", event_file, "--title", "Priorities", "--method", "approval",
                    "--option", "Data", "--option", "Skills")["id"]
    run_json(capsys, "polls", "open", event_file, poll)
    return poll


def test_a_ballot_nested_too_deeply_is_not_json_rather_than_an_internal_error(capsys, event_file: Path,
                                                                               spanish_catalog) -> None:
    poll = _open_poll(capsys, event_file)
    code = run_json(capsys, "badges", "code", event_file, "jose@example.org")["code"]
    deep = "[" * 100_000 + "]" * 100_000  # past Python's recursion limit
    refused = run_json(capsys, "ballots", "add", event_file, poll, "--badge", code, "--ballot", deep, expect=1)
    assert refused["error"] == "invalid_value" and "not JSON" in refused["message"]
    status, _out, err = run(capsys, "--lang", "es", "ballots", "enter", event_file, poll, "--serial", "1",
                            "--ballot", deep)
    assert status == 1 and "no es JSON" in err and "internal" not in err and "interno" not in err
    assert run_json(capsys, "polls", "results", event_file, poll)["ballots"] == 0


def test_a_huge_number_of_p2p_rounds_is_refused_before_it_fills_the_memory(capsys, event_file: Path,
                                                                           spanish_catalog) -> None:
    """`--rounds 99999999999999999999` took gigabytes a minute until the system killed it."""
    refused = run_json(capsys, "p2p", "plan", event_file, "--rounds", "99999999999999999999", "--seconds", "0",
                       expect=1)
    assert refused["error"] == "invalid_value" and refused["message"] == "Rounds: plan at most 100 rounds"
    status, _out, err = run(capsys, "--lang", "es", "p2p", "plan", event_file, "--rounds", "101")
    assert status == 1 and "Rondas: planifique como máximo 100 rondas" in err


def test_an_import_whose_last_copy_into_the_file_meets_a_full_disk_is_kept_not_an_internal_error(
        capsys, tmp_path: Path, device) -> None:
    """The rows were committed (in the write-ahead log) when closing the file copied them into it, and that copy
    met the end of the disk: "eulac stopped on an internal error" for an import that was done. The disk's end is
    RLIMIT_FSIZE in the child: a write past it fails (EFBIG), as on a full disk."""
    import resource
    import subprocess
    import sys

    from eulac_desktop.core.demo import build_demo_event

    path = tmp_path / "demo.eulac"
    with build_demo_event(path):
        pass
    end = path.stat().st_size + 1_000_000  # room for the log (about 2.2 MB is more than the file may grow): not both
    rows = tmp_path / "rows.csv"
    rows.write_text("given_name,family_name,email,country\n" +
                    "".join(f"Name{i},Family{i},p{i}@example.org,PE\n" for i in range(3000)), encoding="utf-8")

    def disk_ends() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (end, end))

    done = subprocess.run([sys.executable, "-m", "eulac_desktop.cli", "participants", "import", str(path), str(rows),
                           "--json"], capture_output=True, text=True, preexec_fn=disk_ends, timeout=300)
    assert done.returncode == 0 and "internal error" not in done.stderr, done.stderr
    assert json.loads(done.stdout)["added"] == 3000
    assert run_json(capsys, "event", "check", path)["ok"] is True
    assert run_json(capsys, "event", "info", path)["participants"] == 3240


def test_a_demo_event_that_meets_a_full_disk_leaves_no_half_made_file(tmp_path: Path, device,
                                                                        spanish_catalog) -> None:
    """The demo's file was made, then filling it met the end of the disk: "nothing was changed", said the message,
    and half a demo event (a sound file, 240 people short) stayed under the name given."""
    import resource
    import subprocess
    import sys

    path = tmp_path / "demo.eulac"

    def disk_ends() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (1_000_000, 1_000_000))

    done = subprocess.run([sys.executable, "-m", "eulac_desktop.cli", "--lang", "es", "event", "demo", str(path)],
                          capture_output=True, text=True, preexec_fn=disk_ends, timeout=300)
    assert done.returncode == 1 and "No se pudo escribir" in done.stderr, done.stderr
    assert "interno" not in done.stderr and "Traceback" not in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_damaged_identity_of_this_laptop_is_said_with_what_to_do(capsys, event_file: Path, isolated_config: Path,
                                                                   spanish_catalog) -> None:
    """Random bytes or a JSON list in `device.json` stopped every command on an internal error (UnicodeDecodeError,
    AttributeError), reading ones too; so did a damaged key when a bundle was signed."""
    identity, key = isolated_config / "device.json", isolated_config / "device_key.pem"
    kept = identity.read_bytes()
    for damage in (bytes(range(256)), b"[1]", b'{"id": 3}'):
        identity.write_bytes(damage)
        refused = run_json(capsys, "polls", "list", event_file, expect=1)
        assert refused["error"] == "device_damaged" and str(identity) in refused["message"], refused
        assert "Put back a backup copy" in refused["hint"]
    status, _out, err = run(capsys, "--lang", "es", "event", "info", event_file)
    assert status == 1 and "El archivo de identidad de este equipo" in err and "interno" not in err
    identity.write_bytes(kept)
    key.write_text("not a key", encoding="utf-8")
    out = event_file.parent / "result.zip"
    refused = run_json(capsys, "bundle", "export", event_file, out, "--kind", "result", expect=1)
    assert refused["error"] == "device_damaged" and str(key) in refused["message"]
    assert not out.exists() and not list(event_file.parent.glob("*.zip*"))


def test_a_configuration_folder_that_cannot_be_made_is_a_write_refusal(capsys, event_file: Path,
                                                                       monkeypatch) -> None:
    """Where this laptop's identity would be made is a file (or a folder it may not write): an internal error
    (FileExistsError, PermissionError) before."""
    monkeypatch.setenv("EULAC_CONFIG_DIR", str(event_file))
    refused = run_json(capsys, "polls", "list", event_file, expect=1)
    assert refused["error"] == "write_failed" and str(event_file) in refused["message"], refused


@pytest.mark.parametrize("log_place", ["a file named logs", "a folder named eulac.log"])
def test_an_error_nobody_foresaw_prints_no_traceback_when_the_log_cannot_be_written(event_file: Path,
                                                                                   isolated_config: Path,
                                                                                   log_place: str) -> None:
    """With no log folder, logging's last resort printed the record, traceback and all, on the terminal; with a
    log file that cannot be opened, logging printed "--- Logging error ---" and two tracebacks."""
    import os
    import subprocess
    import sys

    if log_place == "a file named logs":
        (isolated_config / "logs").write_text("not a folder", encoding="utf-8")
    else:
        (isolated_config / "logs" / "eulac.log").mkdir(parents=True)
    failing = ("import sys; from eulac_desktop.core import event\n"
               "def broken(ws): raise RuntimeError('a bug')\n"
               "event.get_event = broken\n"
               "from eulac_desktop.cli import main\n"
               f"sys.exit(main(['event', 'info', {str(event_file)!r}]))")
    env = {**os.environ, "TMPDIR": str(isolated_config)}  # where the details go when the log cannot take them
    done = subprocess.run([sys.executable, "-c", failing], capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 1 and "internal error (RuntimeError)" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr and "Logging error" not in done.stderr, done.stderr


@pytest.mark.parametrize("verb", [("event", "create", "--name", "Lab"), ("event", "demo"), ("master", "create",
                                                                                          "--name", "Programme")])
def test_a_new_file_in_a_folder_one_may_not_write_says_so_in_the_person_s_language(capsys, tmp_path: Path, device,
                                                                                  monkeypatch, spanish_catalog,
                                                                                  verb: tuple[str, ...]) -> None:
    """SQLite's "unable to open database file", in English in a Spanish message, was the reason given. Root may
    write anywhere: for root, the folder's refusal is what the system gives anyone else (os.access says no, and
    SQLite cannot open the file)."""
    import os
    import sqlite3

    from eulac_desktop.core import workspace

    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(0o555)
    if os.geteuid() == 0:
        real_access, real_connect = os.access, workspace._connect

        def access(path: object, mode: int, **kw: object) -> bool:
            return False if Path(str(path)) == folder and mode & os.W_OK else real_access(path, mode, **kw)

        def connect(path: Path, **kw: object) -> sqlite3.Connection:
            if path.parent == folder:
                raise sqlite3.OperationalError("unable to open database file")
            return real_connect(path, **kw)

        monkeypatch.setattr(os, "access", access)
        monkeypatch.setattr(workspace, "_connect", connect)
    try:
        status, _out, err = run(capsys, "--lang", "es", *verb, folder / "new.eulac")
    finally:
        folder.chmod(0o755)
    assert status == 1, err
    assert err.startswith("Error: No se pudo escribir") and "no tiene permiso para escribir en esta carpeta" in err
    assert "unable" not in err and list(folder.iterdir()) == []


@pytest.mark.parametrize("method, param, reason", [
    ("dots", "dots=x", "dots must be a whole number from 1 to 50"),
    ("dots", "dots=-1", "dots must be a whole number from 1 to 50"),
    ("dots", "dots=0", "dots must be a whole number from 1 to 50"),
    ("dots", "max_per_option=99999999999999", "max_per_option must be a whole number from 1 to 50"),
    ("budget", "total=nan", "total must be a whole number from 1 to 10000"),
    ("dots", "=", " is not a parameter of this method (it takes: dots, max_per_option)"),
    ("borda", "dots=3", "dots is not a parameter of this method (it takes: —)")])
def test_a_poll_s_parameters_are_whole_numbers_of_its_method(capsys, event_file: Path, method: str, param: str,
                                                             reason: str) -> None:
    """They were kept as given: "dots=x" stopped `ballots paper` on an internal error, "dots=-1" made a poll nobody
    could vote in."""
    refused = run_json(capsys, "polls", "create", event_file, "--title", "T", "--method", method, "--option", "a",
                       "--option", "b", "--param", param, expect=1)
    assert refused["error"] == "invalid_value" and refused["message"] == f"Parameter: {reason}"
    assert run_json(capsys, "polls", "list", event_file) == []


def test_a_poll_s_parameter_is_refused_in_the_person_s_language(capsys, event_file: Path, spanish_catalog) -> None:
    status, _out, err = run(capsys, "--lang", "es", "polls", "create", event_file, "--title", "T", "--method", "dots",
                            "--option", "a", "--option", "b", "--param", "dots=x")
    assert status == 1 and "Parámetro: dots debe ser un número entero de 1 a 50" in err


def test_a_poll_parameter_that_is_not_a_number_in_the_file_takes_the_method_s_default(capsys, event_file: Path) -> None:
    """What a crafted setup bundle (its rows are checked for type: params is a JSON object) or this version before it
    checked them left in a file: "dots": "x" stopped `ballots paper` and the count on an internal error."""
    from eulac_desktop.core.workspace import Workspace

    poll = _open_poll(capsys, event_file)
    with Workspace.open(event_file) as ws, ws.conn:
        ws.conn.execute("UPDATE polls SET params = ?, method = 'dots' WHERE id = ?",
                        ('{"dots": "x"}', poll))
    out = event_file.parent / "ballots.pdf"
    assert run_json(capsys, "ballots", "paper", event_file, poll, out, "--count", "2")["ballots"] == 2
    assert out.read_bytes().startswith(b"%PDF")
    code = run_json(capsys, "badges", "code", event_file, "jose@example.org")["code"]
    option = run_json(capsys, "polls", "list", event_file)[0]["options"][0]["id"]
    status, _out, err = run(capsys, "ballots", "add", event_file, poll, "--badge", code, "--ballot",
                            json.dumps({option: 3}))
    assert status in (0, 1) and "internal error" not in err, err
    assert "internal error" not in run(capsys, "polls", "results", event_file, poll)[2]


def test_a_setup_import_that_meets_a_full_disk_names_the_file_the_person_chose(capsys, event_file: Path,
                                                                               tmp_path: Path) -> None:
    """It named the hidden file the event was being built as (".new.eulac.1f2e3d4c.part"), which the person never
    chose and which is gone once refused; nothing is left behind."""
    import os
    import resource
    import subprocess
    import sys

    setup = run_json(capsys, "bundle", "export", event_file, tmp_path / "setup.zip", "--kind", "setup")["file"]
    room = tmp_path / "laptop"
    room.mkdir()

    def disk_ends() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))

    done = subprocess.run([sys.executable, "-m", "eulac_desktop.cli", "bundle", "import", str(room / "new.eulac"),
                           setup, "--trust", "--json"], capture_output=True, text=True, preexec_fn=disk_ends,
                          env={**os.environ, "EULAC_CONFIG_DIR": str(tmp_path / "laptop-config")}, timeout=120)
    assert done.returncode == 1, done.stderr
    refused = json.loads(done.stdout)
    assert f"“{room / 'new.eulac'}”" in refused["message"] and ".part" not in refused["message"], refused
    assert list(room.iterdir()) == []


def test_a_write_the_disk_refuses_is_said_in_the_person_s_language(tmp_path: Path, device, spanish_catalog) -> None:
    """SQLite's "disk I/O error", in English in a Spanish message: a failing disk, or a file past the largest the
    disk takes (RLIMIT_FSIZE here: 4 GB on a FAT32 memory stick)."""
    import resource
    import subprocess
    import sys

    def disk_ends() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))

    path = tmp_path / "new.eulac"
    done = subprocess.run([sys.executable, "-m", "eulac_desktop.cli", "--lang", "es", "event", "create", "--name",
                           "Lab", str(path)], capture_output=True, text=True, preexec_fn=disk_ends, timeout=120)
    assert done.returncode == 1 and "I/O" not in done.stderr, done.stderr
    assert f"No se pudo escribir “{path}” (el disco lo rechazó: un error de entrada/salida" in done.stderr
    assert list(tmp_path.iterdir()) == []
