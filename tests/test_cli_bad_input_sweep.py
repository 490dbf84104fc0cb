"""Bad input found by the review10 sweep of every `eulac` verb: each is refused with a clear, translated message
(exit 1, a JSON error with `--json`), never an internal error, and nothing is stored."""

from __future__ import annotations

from pathlib import Path

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
