"""A coordinator's master file takes its events' data only as their bundles bring it: every command that writes an
event's data refuses a master (exit 1, error "master_file", saying what the file is and what to run instead) and
leaves it as it was, while the commands meant for masters (bundle import, dashboard, reports with --event, the
roadmap's status) keep working. The rule is one, in the core (`Workspace.open` and `Workspace.operation`)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NamedTuple

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from helpers import config, run, run_json
from test_bundles import Event, export, make_event

from eulac_desktop.core import actions, errors, ideas, master
from eulac_desktop.core.bundles import dump_lines, import_bundle
from eulac_desktop.core.workspace import Workspace

LIST_CSV = "given_name,family_name,email,country\nAna,Silva,ana@example.br,BR\n"
TOPICS_CSV = "code,en\nENERGY,Renewable energy\n"

#: Every verb that writes an event's data, with arguments naming what the master holds of Lima's event.
EVENT_WRITES = [
    ("participants", "import", "{master}", "{list}"),
    ("participants", "add", "{master}", "--given", "Ana", "--family", "Silva", "--email", "ana@example.br"),
    ("participants", "erase", "{master}", "jose@example.org"),
    ("checkin", "scan", "{master}", "{code}"),
    ("sessions", "add", "{master}", "--name", "Lab", "--room", "A", "--start", "2026-12-03T10:00", "--end",
     "2026-12-03T11:00"),
    ("challenges", "add", "{master}", "--question", "How might we share labs?"),
    ("ideas", "add", "{master}", "--challenge", "{challenge}", "Open data"),
    ("clusters", "add", "{master}", "--challenge", "{challenge}", "--name", "Data"),
    ("clusters", "assign", "{master}", "{cluster}", "{idea}"),
    ("polls", "create", "{master}", "--title", "Next", "--method", "approval", "--option", "A", "--option", "B"),
    ("polls", "open", "{master}", "{poll}"),
    ("polls", "close", "{master}", "{poll}"),
    ("ballots", "add", "{master}", "{poll}", "--badge", "{code}", "--ballot", '["{option}"]'),
    ("ballots", "paper", "{master}", "{poll}", "{pdf}", "--count", "2"),
    ("ballots", "enter", "{master}", "{poll}", "--serial", "A1", "--ballot", '["{option}"]'),
    ("p2p", "plan", "{master}", "--rounds", "1", "--seconds", "1"),
    ("p2p", "topics", "{master}", "{topics}"),
    ("p2p", "move", "{master}", "--round", "1", "--email", "jose@example.org", "--table", "1"),
    ("p2p", "feedback", "add", "{master}", "--round", "1", "--rating", "4", "--email", "jose@example.org"),
    ("actions", "add", "{master}", "--title", "Shared labs"),
    ("survey", "answer", "{master}", "--email", "jose@example.org"),
    ("survey", "questions", "{master}", "--add-rating", "Was it useful?"),
    ("event", "coordinators", "{master}", "--add", "{device}"),
    ("sync", "folder", "{master}", "{dir}"),
    ("sync", "once", "{master}"),
    ("serve", "{master}", "--port", "0"),
]


class Programme(NamedTuple):
    path: Path  # the master
    lima: Event  # the event whose setup bundle it holds
    setup: Path
    coordinator: Path  # the coordinator's config folder


@pytest.fixture(scope="module")
def programme(tmp_path_factory: pytest.TempPathFactory) -> Programme:
    """A master holding Lima's setup bundle (its people, session, challenge, ideas, cluster and open poll)."""
    tmp = tmp_path_factory.mktemp("programme")
    (tmp / "lima").mkdir()
    lima = make_event(tmp / "lima", tmp / "lima" / "cfg", name="Lab Lima")
    setup = export(lima.path, lima.cfg, tmp / "setup.zip", "setup")
    path = tmp / "programme.eulac"
    with config(tmp / "coordinator"):
        master.create_master(path, "EU-LAC 2027").close()
        import_bundle(path, setup, trust=True)
    return Programme(path, lima, setup, tmp / "coordinator")


def _dump(path: Path) -> list[str]:
    with Workspace.open(path, mode="read") as ws:
        return list(dump_lines(ws))


def _args(argv: tuple[str, ...], programme: Programme, tmp_path: Path) -> list[str]:
    lima = programme.lima
    (tmp_path / "sync").mkdir(parents=True)
    values = {"master": programme.path, "list": _write(tmp_path / "list.csv", LIST_CSV),
              "topics": _write(tmp_path / "topics.csv", TOPICS_CSV), "challenge": lima.challenge,
              "idea": lima.ideas[0], "cluster": lima.cluster, "poll": lima.poll, "option": lima.options[0],
              "code": "ABCD-EFGH-JKLM", "pdf": tmp_path / "ballots.pdf", "dir": tmp_path / "sync",
              "device": "0" * 32}
    return [a.format(**values) for a in argv]


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("argv", EVENT_WRITES, ids=lambda argv: " ".join(a for a in argv if "{" not in a)[:40])
def test_every_command_writing_an_events_data_refuses_a_master_and_leaves_it_as_it_was(
        capsys, tmp_path: Path, programme: Programme, argv: tuple[str, ...]) -> None:
    """`eulac challenges add programme.eulac --question …` wrote a challenge into the master, as other verbs did:
    each is refused before it starts, says the file is a master and what to run instead, and changes nothing."""
    path = programme.path
    before = _dump(path)
    with config(programme.coordinator):
        data = run_json(capsys, *_args(argv, programme, tmp_path), expect=1)
        code, _out, err = run(capsys, *_args(argv, programme, tmp_path / "text"))
    assert data["error"] == "master_file", data
    assert "master file" in data["message"] and "eulac bundle import" in data["hint"]
    assert code == 1 and "is a coordinator's master file" in err and "eulac master dashboard" in err
    assert _dump(programme.path) == before
    assert not (tmp_path / "ballots.pdf").exists()


def test_a_master_refusal_speaks_the_chosen_language(capsys, tmp_path: Path, programme: Programme) -> None:
    with config(programme.coordinator):
        code, _out, err = run(capsys, "--lang", "es", "challenges", "add", programme.path, "--question", "¿Cómo?")
    assert code == 1 and "archivo maestro" in err, err


def test_the_commands_meant_for_masters_keep_working(capsys, tmp_path: Path, programme: Programme) -> None:
    """Bundle import (again: nothing new), the dashboard, reports and data with --event, the roadmap's list and a
    plan's status, bundle verification: what a coordinator runs on a master."""
    path, lima, setup = programme.path, programme.lima, programme.setup
    with config(lima.cfg), Workspace.open(lima.path) as ws:
        plan = actions.add_plan(ws, "Shared labs").inserted["action_plans"][0]
    result = export(lima.path, lima.cfg, tmp_path / "result.zip", "result")
    with config(programme.coordinator):
        assert run_json(capsys, "bundle", "import", path, result)["tables"]["action_plans"]["added"] == 1
        assert run_json(capsys, "bundle", "import", path, setup)["changes"] is False  # again: nothing new
        event = run_json(capsys, "master", "dashboard", path)["events"][0]["id"]
        assert run_json(capsys, "report", "kpi", path, "--event", event)
        assert run(capsys, "report", "pdf", path, tmp_path / "r.pdf", "--event", event)[0] == 0
        assert run(capsys, "report", "data", path, tmp_path / "data", "--event", event)[0] == 0
        assert run_json(capsys, "actions", "status", path, plan[:12], "done")["status"] == "done"
        assert [p["status"] for p in run_json(capsys, "actions", "list", path)] == ["done"]
        assert run(capsys, "bundle", "verify", result)[0] == 0


def test_a_master_open_in_the_window_takes_no_events_operation(tmp_path: Path, programme: Programme) -> None:
    """The window opens any file, a master too (`master=True`), and shows a master in its own window: there, an
    event's operation is refused all the same."""
    before = _dump(programme.path)
    with (config(programme.coordinator), Workspace.open(programme.path, master=True) as ws,
          pytest.raises(errors.MasterNotEvent)):
        ideas.add_challenge(ws, "How might we share labs?")
    assert _dump(programme.path) == before
