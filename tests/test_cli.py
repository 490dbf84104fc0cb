"""The `eulac` command line (ARCHITECTURE.md §6): exit codes 0 done / 1 refused / 2 usage error; with `--json`,
stdout holds one JSON document and nothing else, while messages go to stderr.

Most tests call `eulac_desktop.cli.main()` in-process; a few run the installed `eulac` script.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import run, run_json

from eulac_desktop import __version__
from eulac_desktop.core import schema

EVENT_KEYS = {"id", "name", "start_date", "end_date", "venue", "timezone", "languages", "schema_version",
              "participants", "file"}
ERROR_KEYS = {"error", "message", "hint"}
CHECK_KEYS = {"ok", "schema_version", "latest_schema_version", "checks", "file", "dangling_references"}
EULAC = Path(sys.executable).with_name("eulac")


@pytest.fixture(autouse=True)
def english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without --lang the CLI follows the system's language: make that English whatever the machine says."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANGUAGE", "en")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage(path: Path, page_size: int = 4096) -> None:
    """Overwrite the middle of every page but the first (which holds the schema) with 0xFF bytes."""
    data = bytearray(path.read_bytes())
    for start in range(page_size, len(data), page_size):
        data[start + page_size // 4 : start + 3 * page_size // 4] = b"\xff" * (page_size // 2)
    path.write_bytes(bytes(data))


# -- version and usage -----------------------------------------------------------------------------


def test_version(capsys):
    code, out, _err = run(capsys, "--version")
    assert code == 0
    assert out.strip() == f"eulac {__version__}"


@pytest.mark.parametrize("argv", [[], ["event"], ["event", "frobnicate", "x.eulac"], ["event", "info"],
                                  ["--lang", "xx", "event", "info", "x.eulac"]])
def test_usage_errors_exit_2(capsys, tmp_path: Path, argv: list[str]):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert "usage" in err.lower()


# -- event create ------------------------------------------------------------------------------------


def test_create_with_json(capsys, tmp_path: Path):
    path = tmp_path / "lab.eulac"
    code, out, err = run(capsys, "event", "create", path, "--name", "Co-Innovation Lab", "--start", "2026-12-03",
                         "--languages", "es,pt,en", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert set(data) >= EVENT_KEYS
    assert data["name"] == "Co-Innovation Lab"
    assert data["start_date"] == data["end_date"] == "2026-12-03"
    assert data["languages"] == ["es", "pt", "en"]
    assert data["schema_version"] == schema.SCHEMA_VERSION
    assert data["participants"] == 0
    assert data["file"] == str(path)
    assert data["venue"] == "" and data["timezone"]
    assert path.exists()


def test_create_without_json_prints_for_people(capsys, tmp_path: Path):
    path = tmp_path / "lab.eulac"
    code, out, err = run(capsys, "event", "create", path, "--name", "Lab", "--venue", "Piura",
                         "--timezone", "America/Lima", "--start", "2026-12-03", "--end", "2026-12-04")
    assert code == 0, err
    assert str(path) in out
    code, out, err = run(capsys, "event", "info", path, "--json")
    data = json.loads(out)
    assert (data["venue"], data["timezone"], data["end_date"]) == ("Piura", "America/Lima", "2026-12-04")


def test_an_events_name_and_venue_keep_no_control_characters(capsys, tmp_path: Path):
    """`eulac event info` printed an event named "\x1b[2J" raw: it cleared the terminal (QA, attacker)."""
    path = tmp_path / "lab.eulac"
    code, _out, err = run(capsys, "event", "create", path, "--name", "\x1b[2JLab\u202e Lima\n2026", "--start",
                          "2026-12-03", "--venue", "Piura\x07\x00")
    assert code == 0, err
    code, out, _err = run(capsys, "event", "info", path)
    assert code == 0 and "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    info = run_json(capsys, "event", "info", path)
    assert (info["name"], info["venue"]) == ("[2JLab Lima 2026", "Piura")


def test_create_over_an_existing_file_is_refused(capsys, event_file: Path):
    before = sha256(event_file)
    code, out, err = run(capsys, "event", "create", event_file, "--name", "Other")
    assert code == 1
    assert out == ""
    assert str(event_file) in err
    assert sha256(event_file) == before


def test_create_over_an_existing_file_with_json_gives_an_error_document(capsys, event_file: Path):
    before = sha256(event_file)
    code, out, err = run(capsys, "event", "create", event_file, "--name", "Other", "--json")
    assert code == 1
    document = json.loads(out)
    assert set(document) == ERROR_KEYS
    assert document["error"] == "file_exists"
    assert document["message"] and document["hint"]
    assert document["message"] in err  # the message also reaches the person, on stderr
    assert sha256(event_file) == before


def test_create_without_a_name_is_a_usage_error(capsys, tmp_path: Path):
    path = tmp_path / "lab.eulac"
    code, out, err = run(capsys, "event", "create", path, "--start", "2026-12-03")
    assert code == 2
    assert "--name" in err
    assert out == ""
    assert not path.exists()


@pytest.mark.parametrize("option", [["--start", "2026-13-03"], ["--start", "next tuesday"],
                                    ["--start", "2026-12-04", "--end", "2026-12-03"],
                                    ["--languages", "klingon"], ["--timezone", "Mars/Olympus"]])
def test_bad_values_are_refused(capsys, tmp_path: Path, option: list[str]):
    path = tmp_path / "lab.eulac"
    code, out, err = run(capsys, "event", "create", path, "--name", "Lab", *option)
    assert code == 1
    assert out == ""
    assert err.strip()
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []  # no half-made file, no lock file
    code, out, err = run(capsys, "event", "create", path, "--name", "Lab", *option, "--json")
    assert code == 1
    assert json.loads(out)["error"] == "invalid_value"


# -- event info --------------------------------------------------------------------------------------


def test_info_json(capsys, event_file: Path):
    before = sha256(event_file)
    code, out, err = run(capsys, "event", "info", event_file, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert set(data) >= EVENT_KEYS
    assert data["name"] == "Co-Innovation Lab"
    assert data["participants"] == 3
    assert data["languages"] == ["es", "pt", "en"]
    assert data["timezone"] == "America/Lima"
    assert data["schema_version"] == schema.SCHEMA_VERSION
    assert data["file"] == str(event_file)
    assert sha256(event_file) == before  # describing a file does not write it


def test_info_for_people(capsys, event_file: Path):
    code, out, err = run(capsys, "event", "info", event_file)
    assert code == 0, err
    assert "Co-Innovation Lab" in out
    assert "es, pt, en" in out


def test_info_on_a_file_that_is_not_an_event_file(capsys, tmp_path: Path):
    path = tmp_path / "notes.eulac"
    path.write_text("hello\n", encoding="utf-8")
    code, out, err = run(capsys, "event", "info", path)
    assert code == 1 and out == "" and str(path) in err
    code, out, err = run(capsys, "event", "info", path, "--json")
    assert code == 1
    assert json.loads(out)["error"] == "not_an_event_file"


def test_info_on_a_missing_file(capsys, tmp_path: Path):
    code, out, _err = run(capsys, "event", "info", tmp_path / "gone.eulac", "--json")
    assert code == 1
    assert json.loads(out)["error"] == "file_missing"


# -- event check ------------------------------------------------------------------------------------


def test_check_a_sound_file(capsys, event_file: Path):
    code, out, err = run(capsys, "event", "check", event_file)
    assert code == 0, err
    assert str(event_file) in out
    code, out, err = run(capsys, "event", "check", event_file, "--json")
    assert code == 0
    report = json.loads(out)
    assert set(report) == CHECK_KEYS
    assert report["ok"] is True
    assert report["schema_version"] == report["latest_schema_version"] == schema.SCHEMA_VERSION
    assert report["checks"] and all(isinstance(c, str) for c in report["checks"])
    assert report["file"] == str(event_file)
    assert report["dangling_references"] == {}


def test_the_check_counts_the_references_the_schema_declares(capsys, demo_file: Path):
    """Issue 17: the file "checked foreign keys" the schema never declared (PRAGMA foreign_key_check found nothing,
    whatever the file held). The schema now says what refers to what (`schema.REFERENCES`: every id column of the
    tables that travel), and the check counts the references whose row the file does not hold (yet: rows arrive
    in bundles in any order), without calling the file damaged."""
    import sqlite3

    conn = sqlite3.connect(demo_file)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
              if r[0] in schema.TABLE_KINDS]
    columns = {(t, c[1]) for t in tables for c in conn.execute(f'PRAGMA table_info("{t}")')
               if (c[1].endswith("_id") and c[1] != "event_id") or c[1] in ("merged_into", "duplicate_of")}
    assert columns == set(schema.REFERENCES)  # every link is declared, and only links
    assert all(target in tables for target in schema.REFERENCES.values())
    person = conn.execute("SELECT participant_id FROM checkins LIMIT 1").fetchone()[0]
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("UPDATE participants SET id = 'gone' WHERE id = ?", (person,))  # its check-in now points nowhere
    conn.commit()
    conn.close()
    code, out, err = run(capsys, "event", "check", demo_file, "--json")
    assert code == 0, err
    assert json.loads(out)["dangling_references"]["checkins.participant_id"] == 1
    code, out, err = run(capsys, "event", "check", demo_file)
    assert code == 0 and "checkins.participant_id (1)" in out


def test_check_a_corrupted_file(capsys, event_file: Path):
    damage(event_file)
    before = sha256(event_file)
    code, out, err = run(capsys, "event", "check", event_file)
    assert code == 1
    assert out == "" and err.strip()
    code, out, err = run(capsys, "event", "check", event_file, "--json")
    assert code == 1
    document = json.loads(out)
    assert set(document) == ERROR_KEYS and document["error"] == "corrupt"
    assert sha256(event_file) == before


# -- event demo ------------------------------------------------------------------------------------


def test_demo(capsys, tmp_path: Path):
    path = tmp_path / "demo.eulac"
    code, out, err = run(capsys, "event", "demo", path, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["participants"] == 240
    assert set(data) >= EVENT_KEYS
    assert str(path) in err  # "Created the demo event …" goes to stderr, not into the JSON
    code, out, err = run(capsys, "event", "demo", path, "--json")
    assert code == 1 and json.loads(out)["error"] == "file_exists"


# -- language ---------------------------------------------------------------------------------------


def test_lang_es_gives_spanish_messages(capsys, tmp_path: Path, spanish_catalog: Path):
    missing = tmp_path / "gone.eulac"
    code, out, err_en = run(capsys, "--lang", "en", "event", "info", missing)
    assert code == 1
    code, out, err_es = run(capsys, "--lang", "es", "event", "info", missing)
    assert code == 1
    assert "no existe" in err_es
    assert err_es != err_en
    code, out, err = run(capsys, "--lang=es", "event", "info", missing, "--json")
    assert json.loads(out)["message"] in err and "no existe" in json.loads(out)["message"]


def test_argparse_own_words_are_in_the_users_language(capsys, spanish_catalog: Path):
    """A Spanish user's usage error was "error: the following arguments are required" (QA, new user)."""
    code, _out, err = run(capsys, "--lang", "es", "participants", "import")
    assert code == 2
    assert err.startswith("uso: eulac participants import")
    assert "error: faltan estos argumentos obligatorios: FILE.eulac, LIST" in err
    code, out, _err = run(capsys, "--lang", "es", "participants", "import", "--help")
    assert code == 0 and "\nargumentos posicionales:" in out and "\nopciones:" in out
    assert "muestra esta ayuda y termina" in out
    code, _out, err = run(capsys, "--lang", "es", "bundle", "export", "a.eulac", "b.zip", "--kind", "todo")
    assert code == 2 and "argumento --kind: opción no válida: 'todo' (elija entre 'setup', 'result'" in err
    code, _out, err = run(capsys, "participants", "import")
    assert err.startswith("usage: ") and "the following arguments are required" in err


# -- the installed script ---------------------------------------------------------------------------


def test_the_installed_eulac_script(tmp_path: Path, isolated_config: Path):
    assert EULAC.exists(), f"{EULAC} is not installed (pip install -e .)"
    env = {**os.environ, "EULAC_CONFIG_DIR": str(isolated_config), "LANGUAGE": "en"}
    path = tmp_path / "lab.eulac"

    def eulac(*argv: object) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(EULAC), *map(str, argv)], capture_output=True, text=True, env=env,
                              check=False, timeout=120)

    done = eulac("event", "create", path, "--name", "Lab", "--start", "2026-12-03", "--languages", "es,pt,en", "--json")
    assert done.returncode == 0, done.stderr
    created = json.loads(done.stdout)
    assert set(created) >= EVENT_KEYS

    done = eulac("event", "info", path, "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["id"] == created["id"]

    done = eulac("event", "create", path, "--name", "Again", "--json")
    assert done.returncode == 1
    assert set(json.loads(done.stdout)) == ERROR_KEYS
    assert done.stderr.strip()

    done = eulac("event", "create", tmp_path / "other.eulac")
    assert done.returncode == 2
    assert done.stdout == ""


def test_a_file_name_that_is_not_utf8_is_printed_not_an_internal_error(capsys, event_file: Path) -> None:
    """Linux hands a name in another encoding to Python as surrogates; on a terminal whose output is strict UTF-8
    (en_US.UTF-8) printing it said "internal error" after the file was written (QA, new user)."""
    out_file = event_file.parent / os.fsdecode(b"lista-\xe9.csv")
    code, out, err = run(capsys, "participants", "export", event_file, out_file)
    assert code == 0 and out_file.exists() and "Wrote 3 participants to" in out, err
    code, out, err = run(capsys, "participants", "import", event_file, event_file.parent / os.fsdecode(b"no-\xe9.csv"),
                         "--json")
    assert code == 1 and json.loads(out)["error"] == "list_missing" and "does not exist" in err
    assert "internal error" not in err


@pytest.mark.skipif(not Path("/dev/full").is_char_device(), reason="needs /dev/full")
@pytest.mark.parametrize("argv", [("event", "dump", "{event}"), ("participants", "list", "{event}", "--json"),
                                  ("bundle", "export", "{event}", "{out}", "--kind", "setup")])
def test_output_to_a_full_disk_is_an_error_not_a_silent_success(tmp_path: Path, argv: tuple[str, ...]) -> None:
    """`eulac event dump EVENT > FILE` on a full disk used to exit 0 with FILE cut short; `bundle export` said
    "internal error" (QA of #16)."""
    import os
    import subprocess
    import sys

    event = tmp_path / "e.eulac"
    env = {**os.environ, "EULAC_CONFIG_DIR": str(tmp_path / "cfg"), "LANGUAGE": "en"}
    cli = [sys.executable, "-m", "eulac_desktop.cli"]
    subprocess.run([*cli, "event", "create", event, "--name", "E"], env=env, check=True, capture_output=True)
    with open("/dev/full", "w") as full:
        done = subprocess.run([*cli, *(a.format(event=event, out=tmp_path / "s.zip") for a in argv)], env=env,
                              stdout=full, stderr=subprocess.PIPE, text=True, timeout=60)
    assert done.returncode == 1, done.stderr
    assert "could not be written (No space left on device)" in done.stderr and "internal error" not in done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr
