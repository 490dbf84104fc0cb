"""The command line's text for people cannot drive the terminal (cli/__init__.py `terminal_text`).

Names, organisations, ideas and options arrive from imports, bundles, phones and sync: an attacker's
`\\x1b]0;…\\x07` (window title), `\\x1b[2J` (clear screen), a carriage return or a right-to-left override
(U+202E) in them must reach the terminal as visible escapes. `--json` keeps the data exact.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from helpers import run, run_json

import eulac_desktop.cli

EVIL_GIVEN = "Ana\x1b]0;owned\x07\x1b[2J"
EVIL_FAMILY = "Ruiz\u202egnp.exe\x9b31m"
EVIL_IDEA = "Solar\x1b[1A\x1b[Kkiosks \u2066for\u2069 all\x08"
RAW = ("\x1b", "\x07", "\r", "\x9b", "\x08", "\u202e", "\u2066", "\u2069")


@pytest.fixture(autouse=True)
def english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANGUAGE", "en")


def imported(capsys: pytest.CaptureFixture[str], event_file: Path, tmp_path: Path) -> None:
    """An organisers' list whose one person's name carries escape sequences and a bidi override."""
    sheet = tmp_path / "list.csv"
    sheet.write_text("given_name,family_name,email,organisation\n"
                     f"{EVIL_GIVEN},{EVIL_FAMILY},ana@example.org,Org\x1b[31m\n", encoding="utf-8")
    assert run(capsys, "participants", "import", event_file, sheet)[0] == 0


def test_names_from_an_import_are_listed_with_visible_escapes(capsys, event_file: Path, tmp_path: Path) -> None:
    imported(capsys, event_file, tmp_path)
    code, out, err = run(capsys, "participants", "list", event_file)
    assert code == 0, err
    assert not any(c in out + err for c in RAW), repr(out)
    assert "gnp.exe\\x9b31m" in out


def test_idea_texts_are_listed_with_visible_escapes_and_layout_kept(capsys, event_file: Path) -> None:
    challenge = run_json(capsys, "challenges", "add", event_file, "--question", "How might we?")["id"]
    assert run(capsys, "ideas", "add", event_file, "--challenge", challenge, EVIL_IDEA, "Tabs\tstay")[0] == 0
    code, out, _err = run(capsys, "ideas", "list", event_file)
    assert code == 0
    assert not any(c in out for c in RAW), repr(out)
    assert "kiosks \\u2066for\\u2069 all" in out
    assert "\n" in out.strip() and "Tabs\tstay" in out  # newlines and tabs are layout, kept


def test_messages_on_stderr_are_made_safe_too(capsys, event_file: Path) -> None:
    code, _out, err = run(capsys, "participants", "erase", event_file, "x\x1b[2J@example.org")
    assert code != 0
    assert "\x1b" not in err and "\\x1b[2J" in err


def test_json_keeps_the_exact_data(capsys, event_file: Path, tmp_path: Path) -> None:
    imported(capsys, event_file, tmp_path)
    code, out, _err = run(capsys, "participants", "list", event_file, "--json")
    assert code == 0
    assert "\x9b" not in out and "\x1b" not in out  # as \u escapes, which JSON readers turn back into the data
    person = next(p for p in json.loads(out) if p["email"] == "ana@example.org")
    assert (person["given_name"], person["family_name"]) == (EVIL_GIVEN, EVIL_FAMILY)


def test_no_cli_module_writes_to_the_terminal_but_through_the_one_writer() -> None:
    """print() and sys.stdout/sys.stderr .write() appear only in `_write` of cli/__init__.py."""
    offenders = []
    for path in sorted(Path(eulac_desktop.cli.__file__).parent.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        allowed = {id(node) for fn in ast.walk(tree) if isinstance(fn, ast.FunctionDef) and fn.name == "_write"
                   and path.name == "__init__.py" for node in ast.walk(fn)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or id(node) in allowed:
                continue
            called = ast.unparse(node.func)
            if called == "print" or (called.endswith((".write", ".writelines")) and "std" in called):
                offenders.append(f"{path.name}:{node.lineno}: {called}")
    assert offenders == []
