"""Priority voting: counting methods (properties and textbook examples), ballots, secrecy, the CLI contract."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from helpers import run, run_json
from hypothesis import given, settings
from hypothesis import strategies as st

from eulac_desktop.cli import main as eulac
from eulac_desktop.core import checkin, voting
from eulac_desktop.core.registration import participant_ids
from eulac_desktop.core.voting import methods
from eulac_desktop.core.workspace import Workspace

OPTIONS = [{"id": c, "text": f"Option {c}"} for c in "ABCDE"]
IDS = [o["id"] for o in OPTIONS]


def order(results) -> list[str]:
    return [r.id for r in results]


# -- textbook examples ------------------------------------------------------------------------------


def wikipedia_schulze_ballots() -> list[list[str]]:
    """The 45-voter example of the Schulze method (Wikipedia, "Schulze method"): the winner is E."""
    groups = [(5, "ACBED"), (5, "ADECB"), (8, "BEDAC"), (3, "CABED"), (7, "CAEBD"), (2, "CBADE"), (7, "DCEBA"), (8, "EBADC")]
    return [list(r) for n, r in groups for _ in range(n)]


def test_schulze_textbook_example() -> None:
    ballots = wikipedia_schulze_ballots()
    d = methods.pairwise_preferences(IDS, ballots)
    assert d[0][1:] == [20, 26, 30, 22] and d[4][:4] == [23, 27, 21, 31]  # the example's matrix d
    assert order(methods.count_schulze(OPTIONS, ballots, {})) == ["E", "A", "C", "B", "D"]


def test_borda_textbook_example() -> None:
    """Tennessee's capital (Wikipedia, "Borda count"): 42% Memphis, 26% Nashville, 15% Chattanooga, 17% Knoxville."""
    opts = [{"id": x, "text": x} for x in ("Memphis", "Nashville", "Chattanooga", "Knoxville")]
    groups = [(42, ["Memphis", "Nashville", "Chattanooga", "Knoxville"]),
              (26, ["Nashville", "Chattanooga", "Knoxville", "Memphis"]),
              (15, ["Chattanooga", "Knoxville", "Nashville", "Memphis"]),
              (17, ["Knoxville", "Chattanooga", "Nashville", "Memphis"])]
    ballots = [r for n, r in groups for _ in range(n)]
    results = {r.id: r.score for r in methods.count_borda(opts, ballots, {})}
    assert results == {"Nashville": 194, "Chattanooga": 173, "Memphis": 126, "Knoxville": 107}


def test_ties_share_a_rank_and_keep_the_declared_order() -> None:
    results = methods.count_approval(OPTIONS, [["B", "D"], ["D", "B"], ["A"]], {})
    assert [(r.id, r.rank, r.tie) for r in results[:3]] == [("B", 1, True), ("D", 1, True), ("A", 3, False)]


# -- properties ------------------------------------------------------------------------------------

rankings = st.lists(st.permutations(IDS).flatmap(lambda p: st.integers(1, len(p)).map(lambda k: list(p[:k]))),
                    min_size=1, max_size=40)


@settings(max_examples=150, deadline=None)
@given(ballots=rankings, seed=st.integers(0, 10_000))
def test_results_do_not_depend_on_the_order_of_ballots(ballots, seed) -> None:
    shuffled = ballots[:]
    random.Random(seed).shuffle(shuffled)
    for count in (methods.count_borda, methods.count_schulze, methods.count_approval):
        assert [r.as_dict() for r in count(OPTIONS, ballots, {})] == [r.as_dict() for r in count(OPTIONS, shuffled, {})]


@settings(max_examples=150, deadline=None)
@given(ballots=rankings)
def test_schulze_elects_the_condorcet_winner(ballots) -> None:
    d = methods.pairwise_preferences(IDS, ballots)
    winners = [a for a in range(5) if all(d[a][b] > d[b][a] for b in range(5) if b != a)]
    results = methods.count_schulze(OPTIONS, ballots, {})
    if winners:
        assert results[0].id == IDS[winners[0]] and not results[0].tie


@settings(max_examples=100, deadline=None)
@given(ranking=st.permutations(IDS), voters=st.integers(1, 20))
def test_borda_of_unanimous_rankings_is_their_order(ranking, voters) -> None:
    assert order(methods.count_borda(OPTIONS, [list(ranking)] * voters, {})) == list(ranking)
    assert order(methods.count_schulze(OPTIONS, [list(ranking)] * voters, {})) == list(ranking)


budgets = st.lists(st.integers(0, 100), min_size=5, max_size=5).filter(lambda xs: sum(xs) > 0).map(
    lambda xs: [x * 100 // sum(xs) for x in xs]).map(lambda xs: [*xs[:-1], 100 - sum(xs[:-1])])


@settings(max_examples=150, deadline=None)
@given(ballots=st.lists(budgets, min_size=1, max_size=30))
def test_budgets_sum_to_their_total_and_totals_are_conserved(ballots) -> None:
    clean = [methods.check_budget(OPTIONS, dict(zip(IDS, b)), {"total": 100}) for b in ballots]
    assert all(sum(c.values()) == 100 for c in clean)
    assert sum(r.score for r in methods.count_budget(OPTIONS, clean, {})) == 100 * len(ballots)


@settings(max_examples=150, deadline=None)
@given(ballots=st.lists(st.dictionaries(st.sampled_from(IDS), st.integers(1, 2), min_size=1, max_size=2)
                        .filter(lambda b: sum(b.values()) <= 3), min_size=1, max_size=30))
def test_dots_are_conserved(ballots) -> None:
    clean = [methods.check_dots(OPTIONS, b, {"dots": 3, "max_per_option": 2}) for b in ballots]
    assert sum(r.score for r in methods.count_dots(OPTIONS, clean, {})) == sum(sum(b.values()) for b in ballots)


@pytest.mark.parametrize("method, ballot, params", [
    ("dots", {"A": 4}, {"dots": 3}), ("dots", {"A": 2, "B": 2}, {"dots": 3}), ("dots", {"A": 3}, {"dots": 3, "max_per_option": 2}),
    ("dots", {"A": -1}, {}), ("dots", {"Z": 1}, {}), ("borda", ["A", "A"], {}), ("schulze", [], {}),
    ("budget", {"A": 60, "B": 50}, {}), ("budget", {"A": 99}, {}), ("budget", {"A": 100.0}, {}),
    ("impact-effort", {"A": [6, 1]}, {}), ("impact-effort", {"A": [3]}, {}), ("approval", ["A", "A"], {}),
    ("yes-no", {"A": "maybe"}, {}),
])
def test_bad_ballots_are_refused_with_a_reason(method, ballot, params) -> None:
    check, _count = methods.METHODS[method]
    with pytest.raises(methods.BallotRefused) as refused:
        check(OPTIONS, ballot, params)
    assert refused.value.reason


@pytest.mark.parametrize("method", ["borda", "schulze", "approval"])
@pytest.mark.parametrize("item", [["A"], {"A": 1}, 1, None])
def test_a_list_ballot_naming_something_else_than_an_option_is_refused(method, item) -> None:
    """A ranking or an approval that holds a list or an object (JSON typed at the command line) is refused with a
    reason; it raised TypeError (unhashable), a traceback for the person typing it."""
    check, _count = methods.METHODS[method]
    with pytest.raises(methods.BallotRefused) as refused:
        check(OPTIONS, ["B", item], {})
    assert refused.value.reason and "A" not in refused.value.params.get("options", "").split(", ")


def test_impact_effort_quadrants() -> None:
    ballots = [{"A": [5, 1], "B": [5, 5], "C": [1, 1], "D": [1, 5]}, {"A": [4, 2], "B": [4, 4], "C": [2, 2], "D": [2, 4]}]
    results = {r.id: r for r in methods.count_impact_effort(OPTIONS, ballots, {})}
    assert results["A"].score == [4.5, 1.5] and results["A"].detail["quadrant"] == "quick_win"
    assert [results[x].detail["quadrant"] for x in "BCD"] == ["big_bet", "fill_in", "money_pit"]
    assert results["E"].score is None and order(methods.count_impact_effort(OPTIONS, ballots, {}))[-1] == "E"


# -- polls in an event file --------------------------------------------------------------------------


@pytest.fixture
def ws(event_file: Path):
    with Workspace.open(event_file) as ws:
        for pid in participant_ids(ws):
            checkin.check_in(ws, pid)
        yield ws


def test_one_ballot_per_badge_and_secrecy(ws: Workspace) -> None:
    poll_id = voting.create_poll(ws, "Priorities", "dots", ["Data", "Mobility", "Skills"], params={"dots": 3}).inserted["polls"][0]
    poll = voting.get_poll(ws, poll_id)
    with pytest.raises(voting.VoteRefused, match="not open"):
        voting.cast_ballot(ws, poll_id, {poll["options"][0]["id"]: 1}, participant_id=participant_ids(ws)[0])
    voting.set_state(ws, poll_id, "open")
    first = participant_ids(ws)[0]
    code = checkin.badge_code(ws, first)
    voting.cast_ballot(ws, poll_id, {poll["options"][0]["id"]: 3}, badge=code)
    with pytest.raises(voting.VoteRefused, match="already voted"):
        voting.cast_ballot(ws, poll_id, {poll["options"][1]["id"]: 1}, badge=code.lower())
    with pytest.raises(voting.VoteRefused, match="not valid"):
        voting.cast_ballot(ws, poll_id, {poll["options"][1]["id"]: 1}, badge=code[:-1] + ("B" if code[-1] != "B" else "C"))
    with pytest.raises(voting.VoteRefused, match="at most 3"):
        voting.cast_ballot(ws, poll_id, {poll["options"][1]["id"]: 4}, participant_id=participant_ids(ws)[1])
    stored = ws.conn.execute("SELECT voter, payload FROM ballots").fetchall()
    assert len(stored) == 1
    assert all(pid not in stored[0][0] for pid in participant_ids(ws))  # a pseudonym, never the participant id
    results = voting.results(ws, poll_id)
    assert (results["ballots"], results["eligible"]) == (1, 3)
    assert results["options"][0]["score"] == 3


def test_only_checked_in_people_vote_by_default(event_file: Path) -> None:
    with Workspace.open(event_file) as ws:
        poll_id = voting.create_poll(ws, "Q", "yes-no", ["Adopt the roadmap?"]).inserted["polls"][0]
        voting.set_state(ws, poll_id, "open")
        option = voting.get_poll(ws, poll_id)["options"][0]["id"]
        with pytest.raises(voting.VoteRefused, match="checked in"):
            voting.cast_ballot(ws, poll_id, {option: "yes"}, participant_id=participant_ids(ws)[0])


def test_a_refusal_says_which_rule_refused_for_the_kiosk(event_file: Path) -> None:
    """`VoteRefused.why` lets a kiosk word each refusal in the voter's language (issue 15)."""
    with Workspace.open(event_file) as ws:
        poll_id = voting.create_poll(ws, "Q", "approval", ["Data", "Mobility"]).inserted["polls"][0]
        first, second = participant_ids(ws)[:2]
        code = checkin.badge_code(ws, first)

        def why(**who) -> str:  # type: ignore[no-untyped-def]
            with pytest.raises(voting.VoteRefused) as refused:
                voting.may_vote(ws, poll_id, **who)
            return refused.value.why

        assert why(badge=code) == "closed"
        voting.set_state(ws, poll_id, "open")
        assert why(badge=code) == "not_checked_in"
        assert why(badge=code[:-1] + ("B" if code[-1] != "B" else "C")) == "badge"
        checkin.check_in(ws, first)
        voting.cast_ballot(ws, poll_id, [], badge=code)
        assert why(badge=code) == "already"
        assert why(participant_id=second) == "not_checked_in"


def test_earliest_ballot_counts_whatever_the_order_they_arrive(ws: Workspace) -> None:
    """Two offline laptops took a ballot from the same badge: the earliest by the clock counts."""
    from eulac_desktop.core import records

    poll_id = voting.create_poll(ws, "P", "approval", ["X", "Y"], secret=False).inserted["polls"][0]
    voting.set_state(ws, poll_id, "open")
    x, y = (o["id"] for o in voting.get_poll(ws, poll_id)["options"])
    voter = participant_ids(ws)[0]
    voting.cast_ballot(ws, poll_id, [x], participant_id=voter)
    with ws.operation("test.merged") as op:  # what a merged bundle brings: a later ballot of the same voter
        records.insert_fact(op, "ballots", {"poll_id": poll_id, "voter": voter, "payload": json.dumps([y]), "channel": "kiosk"})
    results = voting.results(ws, poll_id)
    assert (results["ballots"], results["superseded"]) == (1, 1)
    assert results["options"][0]["id"] == x


def test_cli_contract(event_file: Path, capsys) -> None:
    with Workspace.open(event_file) as ws:
        for pid in participant_ids(ws):
            checkin.check_in(ws, pid)
        codes = [checkin.badge_code(ws, pid) for pid in participant_ids(ws)]
    assert eulac(["polls", "create", str(event_file), "--title", "Roadmap", "--method", "budget", "--option", "Data",
                  "--option", "Mobility", "--param", "total=10", "--json"]) == 0
    created = json.loads(capsys.readouterr().out)
    assert set(created) == {"id", "options"} and [o["text"] for o in created["options"]] == ["Data", "Mobility"]
    poll, (data, mobility) = created["id"], (o["id"] for o in created["options"])
    assert eulac(["polls", "open", str(event_file), poll]) == 0
    assert eulac(["ballots", "add", str(event_file), poll, "--badge", codes[0], "--ballot", json.dumps({data: 7, mobility: 3})]) == 0
    assert eulac(["ballots", "add", str(event_file), poll, "--badge", codes[1], "--ballot", json.dumps({data: 9})]) == 1
    capsys.readouterr()
    assert eulac(["polls", "results", str(event_file), poll, "--json"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert {"method", "ballots", "eligible", "options"} <= set(results)
    assert results["method"] == "budget" and results["ballots"] == 1 and results["eligible"] == 3
    assert [(o["text"], o["score"], o["rank"], o["tie"]) for o in results["options"]] == [("Data", 7, 1, False), ("Mobility", 3, 2, False)]
    assert eulac(["polls", "close", str(event_file), poll]) == 0
    assert eulac(["ballots", "add", str(event_file), poll, "--badge", codes[1], "--ballot", json.dumps({data: 10})]) == 1


def test_cli_one_dot_per_option_is_said_without_a_plural_after_one(event_file: Path, capsys) -> None:
    with Workspace.open(event_file) as ws:
        pid = participant_ids(ws)[0]
        checkin.check_in(ws, pid)
        code = checkin.badge_code(ws, pid)
    created = run_json(capsys, "polls", "create", event_file, "--title", "Roadmap", "--method", "dots", "--option", "Data",
                       "--option", "Mobility", "--param", "dots=3", "--param", "max_per_option=1")
    assert run(capsys, "polls", "open", event_file, created["id"])[0] == 0
    exit_code, out, err = run(capsys, "ballots", "add", event_file, created["id"], "--badge", code, "--ballot",
                              json.dumps({created["options"][0]["id"]: 2}))
    assert exit_code == 1 and not out and "at most 1" in err and "1 dots" not in err


def test_demo_has_a_closed_poll_with_results_and_an_open_one(tmp_path: Path) -> None:
    from eulac_desktop.core.demo import build_demo_event

    with build_demo_event(tmp_path / "demo.eulac") as ws:
        polls = voting.polls(ws)
        assert [p["state"] for p in polls] == ["closed", "open"]
        results = voting.results(ws, polls[0]["id"])
        assert results["ballots"] == 120 and results["options"][0]["rank"] == 1 and not results["options"][0]["tie"]


def test_a_voided_named_ballot_lets_its_voter_vote_again_a_secret_one_does_not(ws: Workspace) -> None:
    """A named ballot names its voter, so voiding it frees them; a secret ballot names nobody: its voter's vote
    record stays (nobody can tell whose ballot was voided)."""
    voter = participant_ids(ws)[0]
    for secret in (False, True):
        poll_id = voting.create_poll(ws, f"Secret {secret}", "approval", ["X", "Y"], secret=secret).inserted["polls"][0]
        voting.set_state(ws, poll_id, "open")
        x, y = (o["id"] for o in voting.get_poll(ws, poll_id)["options"])
        cast = voting.cast_ballot(ws, poll_id, [x], participant_id=voter)
        voting.void_ballot(ws, cast.ballot_id, "pressed the wrong option")
        if secret:
            with pytest.raises(voting.VoteRefused, match="already voted"):
                voting.cast_ballot(ws, poll_id, [y], participant_id=voter)
            assert voting.results(ws, poll_id)["ballots"] == 0
        else:
            voting.cast_ballot(ws, poll_id, [y], participant_id=voter)
            results = voting.results(ws, poll_id)
            assert (results["ballots"], results["double_votes"]) == (1, 0)
            assert results["options"][0]["id"] == y


def test_a_void_taken_back_counts_the_ballot_again_and_the_take_back_wins_at_merge(ws: Workspace) -> None:
    """Undo of a void (the window's Ctrl+Z): the void is a fact, so it is not deleted but gets a tombstone, a later
    version of the same record, which a laptop that has the void takes at merge; redo brings the same void back."""
    from eulac_desktop.core import records
    from eulac_desktop.core.bundles.merge import merge_fact

    poll_id = voting.create_poll(ws, "Priorities", "approval", ["X", "Y"]).inserted["polls"][0]
    voting.set_state(ws, poll_id, "open")
    x = voting.get_poll(ws, poll_id)["options"][0]["id"]
    cast = voting.cast_ballot(ws, poll_id, [x], participant_id=participant_ids(ws)[0])
    void = voting.void_ballot(ws, cast.ballot_id, "two in one envelope")
    (void_id,) = void.inserted["ballot_voids"]
    voided = records.get(ws, "ballot_voids", void_id)
    assert voting.results(ws, poll_id)["ballots"] == 0
    taken_back_changes = records.revert_changes(ws, void)  # the window's undo
    assert taken_back_changes.deleted == {"ballot_voids": [void_id]}
    assert voting.results(ws, poll_id)["ballots"] == 1 and voting.voidable_ballots(ws, poll_id)[0]["id"] == cast.ballot_id
    taken_back = records.get(ws, "ballot_voids", void_id, include_deleted=True)
    assert taken_back is not None and voided is not None and taken_back["reason"] == "two in one envelope"
    assert merge_fact("ballot_voids", voided, taken_back)["deleted"] == 1
    assert merge_fact("ballot_voids", taken_back, voided)["deleted"] == 1
    records.revert_changes(ws, taken_back_changes)  # and its redo
    assert voting.results(ws, poll_id)["ballots"] == 0 and not voting.voidable_ballots(ws, poll_id)


@pytest.mark.parametrize("method, ballot, sent", [
    ("dots", {"A": True}, "true"), ("dots", {"A": False}, "false"), ("dots", {"A": None}, "null"),
    ("dots", {"A": "2"}, '"2"'), ("budget", {"A": 99.5, "B": 0.5}, "99.5"), ("impact-effort", {"A": [True, 2]}, "true"),
])
def test_a_value_that_is_no_whole_number_is_named_as_json_sent_it(method, ballot, sent) -> None:
    """A phone or `--ballot` sends JSON: `true` was reported as Python's "True"; false slipped through as 0 dots."""
    check, _count = methods.METHODS[method]
    with pytest.raises(methods.BallotRefused) as refused:
        check(OPTIONS, ballot, {})
    assert refused.value.params == {"value": sent}
    assert refused.value.reason.format(**refused.value.params) == f"{sent} is not a whole number"


def test_an_option_that_is_no_text_is_named_as_json_sent_it() -> None:
    with pytest.raises(methods.BallotRefused) as refused:
        methods.METHODS["approval"][0](OPTIONS, ["A", True, None], {})
    assert refused.value.params == {"options": "true, null"}
