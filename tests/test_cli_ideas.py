"""`eulac challenges add|list`, `eulac ideas add|list|export`, `eulac clusters add|assign|list` and
`eulac polls create --from-clusters` (ARCHITECTURE.md §6).

Exit 0 when done, 1 when refused (a message on stderr), 2 for usage errors; with `--json`, stdout holds one
JSON document and nothing else. The commands run in-process through `eulac_desktop.cli.main`, except the
broken-pipe check, which needs a real pipe.
"""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import run, run_json


@pytest.fixture(autouse=True)
def english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without --lang the CLI follows the system's language: make that English whatever the machine says."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANGUAGE", "en")


def refused(capsys, *argv: object) -> str:
    """Run a command that must be refused: exit 1, nothing on stdout, a message on stderr; with --json an error
    document on stdout. Returns the message."""
    code, out, err = run(capsys, *argv)
    assert code == 1, (code, out, err)
    assert out == "" and err.strip()
    data = run_json(capsys, *argv, expect=1)
    assert data["error"] == "invalid_value" and data["message"]
    return err


@pytest.fixture
def challenge(capsys, event_file: Path) -> str:
    return run_json(capsys, "challenges", "add", event_file, "--question", "How might we open labs?")["id"]


def idea_list(capsys, path: Path, *extra: object) -> list[dict]:
    return run_json(capsys, "ideas", "list", path, *extra)


# -- challenges ------------------------------------------------------------------------------------------------


def test_challenges_add_and_list(capsys, event_file: Path) -> None:
    created = run_json(capsys, "challenges", "add", event_file, "--question", "  How   might we\n share data? ",
                       "--description", "Costs and trust", "--time-box", "15")
    assert set(created) == {"id"}
    code, out, err = run(capsys, "challenges", "add", event_file, "--question", "Second?")
    assert code == 0 and out.strip() and err == ""
    second = out.strip()
    listed = run_json(capsys, "challenges", "list", event_file)
    assert [c["id"] for c in listed] == [created["id"], second]
    assert {"id", "question", "state", "time_box", "ideas", "clusters"} <= set(listed[0])
    assert (listed[0]["question"], listed[0]["time_box"], listed[0]["state"]) == ("How might we share data?", 15, "open")
    assert (listed[0]["ideas"], listed[0]["clusters"]) == (0, 0)
    code, out, _ = run(capsys, "challenges", "list", event_file)
    assert code == 0 and "How might we share data?" in out and second in out


@pytest.mark.parametrize("extra", [["--question", "   "], ["--question", "Q?", "--time-box", "1441"],
                                   ["--question", "Q?", "--time-box", "-3"], ["--question", "Q?", "--session", "nope"]])
def test_challenges_add_refused(capsys, event_file: Path, extra: list[str]) -> None:
    refused(capsys, "challenges", "add", event_file, *extra)
    assert run_json(capsys, "challenges", "list", event_file) == []


def test_challenges_usage_errors(capsys, event_file: Path) -> None:
    code, out, err = run(capsys, "challenges", "add", event_file)  # --question is required
    assert code == 2 and out == "" and "--question" in err
    code, out, err = run(capsys, "challenges", "add", event_file, "--question", "Q?", "--time-box", "ten")
    assert code == 2 and out == ""
    assert run_json(capsys, "challenges", "list", event_file) == []


# -- ideas -------------------------------------------------------------------------------------------------------


def test_a_challenge_keeps_no_control_character(capsys, event_file: Path) -> None:
    """A question and a description kept a terminal escape or a bell as typed (an idea's text drops them): the
    projector and every printout then carried an invisible character."""
    from eulac_desktop.core.ideas import get_challenge
    from eulac_desktop.core.workspace import Workspace

    created = run_json(capsys, "challenges", "add", event_file, "--question", "How\x1b[2J might\x07 we?",
                       "--description", "Line\x00 one\nline two\x7f")
    with Workspace.open(event_file, mode="read") as ws:
        challenge = get_challenge(ws, created["id"])
    assert (challenge["question"], challenge["description"]) == ("How[2J might we?", "Line one\nline two")
    refused(capsys, "challenges", "add", event_file, "--question", "\x1b\x07")


def test_a_cluster_name_keeps_no_control_character(capsys, event_file: Path, challenge: str) -> None:
    """`clusters add --name` kept a terminal escape as typed, on the board, the projector and the poll's options."""
    run_json(capsys, "clusters", "add", event_file, "--challenge", challenge, "--name", "Open\x1b[0m labs\x07")
    (cluster,) = run_json(capsys, "clusters", "list", event_file, "--challenge", challenge)
    assert cluster["name"] == "Open[0m labs"


def test_ideas_add_one_per_text_and_list(capsys, event_file: Path, challenge: str) -> None:
    added = run_json(capsys, "ideas", "add", event_file, "--challenge", challenge, "Open lab days", "Vouchers 💶",
                     "مختبرات مفتوحة")
    assert set(added) == {"ids"} and len(added["ids"]) == 3
    listed = idea_list(capsys, event_file)
    assert [i["id"] for i in listed] == added["ids"]
    assert [i["text"] for i in listed] == ["Open lab days", "Vouchers 💶", "مختبرات مفتوحة"]
    assert all({"id", "text", "cluster"} <= set(i) and i["cluster"] is None for i in listed)
    code, out, err = run(capsys, "ideas", "add", event_file, "--challenge", challenge, "One more")
    assert code == 0 and "1" in out and err == ""
    assert len(idea_list(capsys, event_file, "--challenge", challenge)) == 4


def test_ideas_add_reads_stdin_one_per_line(capsys, monkeypatch, event_file: Path, challenge: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("- Pay per use\n\n* Night shifts for SMEs\n2) A broker per cluster\n   \n"))
    added = run_json(capsys, "ideas", "add", event_file, "--challenge", challenge, "First", "-", "Last")
    assert len(added["ids"]) == 5
    assert [i["text"] for i in idea_list(capsys, event_file)] == [
        "First", "Pay per use", "Night shifts for SMEs", "A broker per cluster", "Last"]


def test_ideas_add_from_empty_stdin_is_refused(capsys, monkeypatch, event_file: Path, challenge: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n  \n"))
    code, out, err = run(capsys, "ideas", "add", event_file, "--challenge", challenge, "-")
    assert code == 1 and out == "" and err.strip()
    assert idea_list(capsys, event_file) == []


def test_ideas_add_with_author_table_and_language(capsys, event_file: Path, challenge: str) -> None:
    run_json(capsys, "ideas", "add", event_file, "--challenge", challenge, "Formação curta", "--author", " C@Example.org ",
             "--table", "Table 2", "--language", "pt")
    (idea,) = idea_list(capsys, event_file)
    assert idea["author"] == "Conceição Araújo"
    from eulac_desktop.core import records
    from eulac_desktop.core.workspace import Workspace

    with Workspace.open(event_file, mode="read") as ws:
        row = records.get(ws, "ideas", idea["id"])
    assert (row["table_label"], row["language"]) == ("Table 2", "pt")


def test_ideas_add_refused(capsys, event_file: Path, challenge: str) -> None:
    err = refused(capsys, "ideas", "add", event_file, "--challenge", challenge, "x", "--author", "nobody@example.org")
    assert "nobody@example.org" in err
    refused(capsys, "ideas", "add", event_file, "--challenge", challenge, "good", "  ")  # one empty: none added
    refused(capsys, "ideas", "add", event_file, "--challenge", "no-such-challenge", "x")
    refused(capsys, "ideas", "add", event_file, "--challenge", challenge, "x" * 10_001)
    assert idea_list(capsys, event_file) == []


def test_an_idea_in_an_unknown_language_is_refused_and_a_language_name_is_its_code(
        capsys, event_file: Path, challenge: str) -> None:
    """`--language CODE` took any word ("klingon", "xx"), stored and exported it as the idea's language."""
    for language in ("klingon", "xx"):
        err = refused(capsys, "ideas", "add", event_file, "--challenge", challenge, "x", "--language", language)
        assert f"unknown language “{language}”" in err
    code, _out, err = run(capsys, "--lang", "es", "ideas", "add", event_file, "--challenge", challenge, "x",
                          "--language", "klingon")
    assert code == 1 and "idioma desconocido" in err
    assert idea_list(capsys, event_file) == []
    run_json(capsys, "ideas", "add", event_file, "--challenge", challenge, "y", "--language", "ES")
    run_json(capsys, "ideas", "add", event_file, "--challenge", challenge, "z", "--language", "português")
    from eulac_desktop.core import records
    from eulac_desktop.core.workspace import Workspace

    with Workspace.open(event_file, mode="read") as ws:
        assert [records.get(ws, "ideas", i["id"])["language"] for i in idea_list(capsys, event_file)] == ["es", "pt"]


def test_text_in_another_encoding_is_refused_not_an_internal_error(
        capsys, monkeypatch, event_file: Path, challenge: str) -> None:
    """A Latin-1 "café" typed in a non-UTF-8 terminal (Linux passes its byte as a surrogate), as an argument or
    on stdin, ended as "eulac stopped on an internal error (UnicodeEncodeError)": now refused, showing the byte."""
    latin1 = b"caf\xe9".decode("utf-8", "surrogateescape")
    err = refused(capsys, "ideas", "add", event_file, "--challenge", challenge, "fine", latin1)
    assert "“caf\\xe9” is not UTF-8 text" in err and "internal" not in err
    refused(capsys, "challenges", "add", event_file, "--question", latin1)
    for stream in (io.TextIOWrapper(io.BytesIO(b"fine\ncaf\xe9\n"), "utf-8", "surrogateescape"),
                   io.TextIOWrapper(io.BytesIO(b"fine\ncaf\xe9\n"), "utf-8", "strict")):
        monkeypatch.setattr(sys, "stdin", stream)
        code, out, err = run(capsys, "ideas", "add", event_file, "--challenge", challenge, "-")
        assert (code, out) == (1, "") and "“caf\\xe9” is not UTF-8 text" in err
    code, _out, err = run(capsys, "--lang", "es", "ideas", "add", event_file, "--challenge", challenge, latin1)
    assert code == 1 and "no es texto UTF-8" in err
    assert idea_list(capsys, event_file) == []
    assert [c["question"] for c in run_json(capsys, "challenges", "list", event_file)] == ["How might we open labs?"]


def test_ideas_usage_errors(capsys, event_file: Path, challenge: str) -> None:
    for argv in (["ideas", "add", event_file, "x"], ["ideas", "add", event_file, "--challenge", challenge],
                 ["ideas", "frobnicate", event_file], ["clusters", "assign", event_file, "none"]):
        code, out, _err = run(capsys, *argv)
        assert code == 2 and out == "", argv
    assert idea_list(capsys, event_file) == []


def test_ideas_list_filters_by_challenge(capsys, event_file: Path, challenge: str) -> None:
    other = run_json(capsys, "challenges", "add", event_file, "--question", "Other?")["id"]
    mine = run_json(capsys, "ideas", "add", event_file, "--challenge", challenge, "mine")["ids"]
    theirs = run_json(capsys, "ideas", "add", event_file, "--challenge", other, "theirs")["ids"]
    assert [i["id"] for i in idea_list(capsys, event_file, "--challenge", challenge)] == mine
    assert [i["id"] for i in idea_list(capsys, event_file, "--challenge", other)] == theirs
    assert [i["id"] for i in idea_list(capsys, event_file)] == mine + theirs
    refused(capsys, "ideas", "list", event_file, "--challenge", "no-such-challenge")
    code, out, _ = run(capsys, "ideas", "list", event_file)
    assert code == 0 and "mine" in out and "theirs" in out


# -- clusters ------------------------------------------------------------------------------------------------------


def test_clusters_add_assign_list(capsys, event_file: Path, challenge: str) -> None:
    a, b, c, d = run_json(capsys, "ideas", "add", event_file, "--challenge", challenge, "a", "b", "c", "d")["ids"]
    k1 = run_json(capsys, "clusters", "add", event_file, "--challenge", challenge, "--name", "Access", "--idea", a, "--idea", b)
    assert set(k1) == {"id"}
    k1 = k1["id"]
    k2 = run_json(capsys, "clusters", "add", event_file, "--challenge", challenge)["id"]
    moved = run_json(capsys, "clusters", "assign", event_file, k2, c, b)
    assert moved == {"cluster": k2, "ideas": [c, b]}
    listed = run_json(capsys, "clusters", "list", event_file, "--challenge", challenge)
    assert [(k["id"], k["number"], k["name"], k["ideas"]) for k in listed] == [(k1, 1, "Access", [a]), (k2, 2, "", [c, b])]
    assert all(k["colour"].startswith("#") for k in listed)
    by_id = {i["id"]: i for i in idea_list(capsys, event_file)}
    assert (by_id[a]["cluster"], by_id[b]["cluster"], by_id[c]["cluster"], by_id[d]["cluster"]) == (k1, k2, k2, None)
    assert by_id[a]["cluster_name"] == "Access"
    # `none` sends ideas back to the unsorted ones
    assert run_json(capsys, "clusters", "assign", event_file, "none", a, c) == {"cluster": None, "ideas": [a, c]}
    by_id = {i["id"]: i for i in idea_list(capsys, event_file)}
    assert by_id[a]["cluster"] is None and by_id[c]["cluster"] is None and by_id[b]["cluster"] == k2
    listed = run_json(capsys, "clusters", "list", event_file, "--challenge", challenge)
    assert [k["ideas"] for k in listed] == [[], [b]]
    code, out, _ = run(capsys, "clusters", "list", event_file, "--challenge", challenge)
    assert code == 0 and k1 in out and "Access" in out
    code, out, _ = run(capsys, "clusters", "assign", event_file, "NONE", b)
    assert code == 0 and out.strip()
    assert all(i["cluster"] is None for i in idea_list(capsys, event_file))


def test_clusters_refused(capsys, event_file: Path, challenge: str) -> None:
    other = run_json(capsys, "challenges", "add", event_file, "--question", "Other?")["id"]
    (mine,) = run_json(capsys, "ideas", "add", event_file, "--challenge", challenge, "mine")["ids"]
    (theirs,) = run_json(capsys, "ideas", "add", event_file, "--challenge", other, "theirs")["ids"]
    k = run_json(capsys, "clusters", "add", event_file, "--challenge", challenge)["id"]
    refused(capsys, "clusters", "add", event_file, "--challenge", challenge, "--idea", theirs)
    refused(capsys, "clusters", "add", event_file, "--challenge", challenge, "--idea", "no-such-idea")
    refused(capsys, "clusters", "add", event_file, "--challenge", "no-such-challenge")
    refused(capsys, "clusters", "assign", event_file, k, theirs)
    refused(capsys, "clusters", "assign", event_file, "no-such-cluster", mine)
    refused(capsys, "clusters", "list", event_file, "--challenge", "no-such-challenge")
    assert [c["ideas"] for c in run_json(capsys, "clusters", "list", event_file, "--challenge", challenge)] == [[]]
    code, _out, _err = run(capsys, "clusters", "list", event_file)  # --challenge is required
    assert code == 2


# -- export ------------------------------------------------------------------------------------------------------


def test_ideas_export(capsys, event_file: Path, challenge: str, tmp_path: Path) -> None:
    a, b = run_json(capsys, "ideas", "add", event_file, "--challenge", challenge, "=HYPERLINK(\"x\")", "plain")["ids"]
    run_json(capsys, "clusters", "add", event_file, "--challenge", challenge, "--name", "K", "--idea", b)
    out = tmp_path / "ideas.csv"
    assert run_json(capsys, "ideas", "export", event_file, out) == {"file": str(out), "ideas": 2}
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["id"], r["idea"], r["cluster"]) for r in rows] == [(a, "'=HYPERLINK(\"x\")", ""), (b, "plain", "K")]
    refused(capsys, "ideas", "export", event_file, tmp_path / "ideas.txt")
    refused(capsys, "ideas", "export", event_file, tmp_path / "x.csv", "--challenge", "no-such-challenge")


# -- polls from clusters ---------------------------------------------------------------------------------------------


def test_polls_create_from_clusters(capsys, event_file: Path, challenge: str) -> None:
    a, b, c = run_json(capsys, "ideas", "add", event_file, "--challenge", challenge, "a", "b", "c")["ids"]
    refused(capsys, "polls", "create", event_file, "--title", "T", "--method", "dots", "--from-clusters", challenge)
    k1 = run_json(capsys, "clusters", "add", event_file, "--challenge", challenge, "--name", "Funding", "--idea", a)["id"]
    run_json(capsys, "clusters", "add", event_file, "--challenge", challenge, "--name", "Empty")
    refused(capsys, "polls", "create", event_file, "--title", "T", "--method", "dots", "--from-clusters", challenge)
    k3 = run_json(capsys, "clusters", "add", event_file, "--challenge", challenge, "--idea", b, "--idea", c)["id"]
    created = run_json(capsys, "polls", "create", event_file, "--title", "Themes", "--method", "dots",
                       "--from-clusters", challenge, "--param", "dots=2")
    assert set(created) == {"id", "options"}
    assert [(o["text"], o["cluster"]) for o in created["options"]] == [("Funding", k1), ("Theme 3", k3)]
    assert all({"id", "text"} <= set(o) for o in created["options"])
    from eulac_desktop.core import voting
    from eulac_desktop.core.workspace import Workspace

    with Workspace.open(event_file, mode="read") as ws:
        poll = voting.get_poll(ws, created["id"])
    assert (poll["title"], poll["method"], poll["params"]) == ("Themes", "dots", {"dots": 2})
    refused(capsys, "polls", "create", event_file, "--title", "T", "--method", "dots", "--from-clusters", "no-such-challenge")


def test_polls_create_options_and_clusters_are_exclusive(capsys, event_file: Path, challenge: str) -> None:
    code, out, err = run(capsys, "polls", "create", event_file, "--title", "T", "--method", "dots", "--option", "A",
                         "--option", "B", "--from-clusters", challenge)
    assert code == 2 and out == "" and "--from-clusters" in err


# -- a reader that stops early ---------------------------------------------------------------------------------------


def test_broken_pipe_while_printing_exits_cleanly(tmp_path: Path, isolated_config: Path, event_file: Path) -> None:
    from eulac_desktop.core import ideas
    from eulac_desktop.core.workspace import Workspace

    with Workspace.open(event_file) as ws:
        challenge = ideas.add_challenge(ws, "Q?").inserted["challenges"][0]
        ideas.add_ideas(ws, challenge, [f"{n} " + "an idea long enough to fill the pipe " * 100 for n in range(300)])
    env = {**os.environ, "EULAC_CONFIG_DIR": str(isolated_config), "LANGUAGE": "en"}
    writer = subprocess.Popen([sys.executable, "-m", "eulac_desktop.cli", "ideas", "list", str(event_file), "--json"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    reader = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read(1)"], stdin=writer.stdout, env=env)
    writer.stdout.close()  # only the reader holds the pipe's reading end now
    assert reader.wait(timeout=60) == 0
    stderr = writer.stderr.read().decode()
    writer.stderr.close()
    assert writer.wait(timeout=60) == 0, stderr
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr, stderr
