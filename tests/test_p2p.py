"""The P2P round planner (core/p2p) and `eulac p2p plan`: the hard rules, the goals, refusals and the CLI contract.

Every plan is checked by one rule checker, `check_plan`, that reads the plan as `eulac p2p plan --json` prints
it (participants by e-mail) next to the people it was made for: each person exactly once a round, table
sizes within [min, max], each table's topic offered by a member, every member who does not speak the table's
language interpreted by a tablemate (at the table, speaking it, sharing a language with them) or reported
as "no_shared_language", pairs meeting again only when reported as "meets_again", tables not mixed EU/LAC
reported as "not_mixed" (and, with `strict_mix`, every table of a round mixed as far as the room has people
of both regions), a "too_few_to_mix" warning with the numbers exactly when the room has too few of a region
for its tables, two records likely of one person never together, and the counts (seeks satisfied,
interpreted seats, mixed tables, score) recounted from the plan.

The planner stops improving at `seconds=`: tests use small values (0 when the exact plan matters).
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest
from helpers import run, run_json
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from eulac_desktop.core import errors
from eulac_desktop.core.p2p import Person, Plan, people_of, plan_event, plan_rounds

# -- the rule checker --------------------------------------------------------------------------------------

SEEK_REASONS = {"nobody_offers", "nobody_present_offers", "language", "other_topics_chosen"}
PROBLEM_KINDS = {"no_shared_language", "not_mixed", "meets_again", "seek_unmet", "same_person"}


def plan_as_data(plan: Plan, people: Sequence[Person]) -> dict[str, Any]:
    """A `Plan` in the shape of the command line's JSON (participants by e-mail), for `check_plan`."""
    email = {p.id: p.email for p in people}
    return {"score": plan.score, "seeks_total": plan.seeks_total,
            "seeks_satisfied": sum(len(s) for s in plan.satisfied.values()), "interpreted": plan.interpreted,
            "rounds": [{"round": r + 1, "tables": [
                {"table": t.number, "topic": t.topic, "language": t.language,
                 "participants": [email[p] for p in t.members],
                 "interpreters": [{"interpreter": email[a], "for": email[b]} for a, b in t.interpreters]}
                for t in tables]} for r, tables in enumerate(plan.rounds)],
            "problems": plan.problems, "warnings": plan.warnings, "tables": plan.tables, "mixed": plan.mixed}


def check_plan(data: dict[str, Any], people: Sequence[Person], *, rounds: int, min_size: int, max_size: int,
               tables: int | None = None, registered_offers: set[str] | None = None,
               apart: Iterable[tuple[str, str]] = (), strict_mix: bool = False) -> dict[str, Any]:
    """Assert every hard rule and every count of a plan (the CLI's JSON shape); returns figures for reports.
    `apart`: pairs of e-mails of records likely of one person, never to sit together. `strict_mix`: each round
    mixes as many tables as the room has people of its scarcer region (rounds with a second meeting aside:
    that rule comes first) — for rooms where sizes, hosts and the no-repeat rule leave room to mix."""
    by_email = {p.email: p for p in people}
    assert len(by_email) == len(people), "the test's people must have distinct e-mails"
    everyone = sorted(by_email)
    problems = data["problems"]
    for problem in problems:
        assert problem["kind"] in PROBLEM_KINDS, problem
    unbridged = {(p["round"], p["table"], p["participant"]): p for p in problems if p["kind"] == "no_shared_language"}
    assert len(unbridged) == sum(1 for p in problems if p["kind"] == "no_shared_language"), "reported twice"
    again_reported: dict[tuple[int, int], set[frozenset[str]]] = {}
    for p in problems:
        if p["kind"] == "meets_again":
            again_reported.setdefault((p["round"], p["table"]), set()).update(
                frozenset((p["participant"], other)) for other in p["with"])
    not_mixed = {(p["round"], p["table"]) for p in problems if p["kind"] == "not_mixed"}

    assert len(data["rounds"]) == rounds
    twins = {frozenset(pair) for pair in apart}
    by_region = {region: sum(1 for p in people if p.region == region) for region in ("EU", "LAC")}
    mixable = min(by_region.values())  # tables a round can mix at most
    most = max(len(round_["tables"]) for round_ in data["rounds"])
    if mixable >= most:
        assert not data["warnings"], data["warnings"]
    else:
        assert [{k: v for k, v in w.items() if k != "message"} for w in data["warnings"]] == [
            {"kind": "too_few_to_mix", "region": min(by_region, key=lambda k: (by_region[k], k != "LAC")),
             "people": mixable, "tables": most, "unmixed": most - mixable}], data["warnings"]
        assert str(mixable) in data["warnings"][0]["message"] and str(most) in data["warnings"][0]["message"]
    met: set[frozenset[str]] = set()
    satisfied: set[tuple[str, str]] = set()
    interpreted = unbridged_seats = mixed_tables = table_count = meets_again = 0
    for r, round_ in enumerate(data["rounds"], start=1):
        seated = [e for t in round_["tables"] for e in t["participants"]]
        assert sorted(seated) == everyone, f"round {r}: not everyone exactly once ({Counter(seated).most_common(3)})"
        if tables is not None:
            assert len(round_["tables"]) == tables, f"round {r}: {len(round_['tables'])} tables, {tables} asked"
        this_round: set[frozenset[str]] = set()
        mixed_here = 0
        for number, table in enumerate(round_["tables"], start=1):
            table_count += 1
            where = f"round {r} table {table['table']}"
            assert table["table"] == number, where
            members = [by_email[e] for e in table["participants"]]
            assert min_size <= len(members) <= max_size, f"{where}: {len(members)} people"
            assert any(table["topic"] in m.offers for m in members), f"{where}: nobody offers {table['topic']}"
            language = table["language"]
            assert any(language in m.languages for m in members), f"{where}: nobody speaks {language}"
            helped = {}
            for entry in table["interpreters"]:
                interpreter, person = by_email[entry["interpreter"]], by_email[entry["for"]]
                assert interpreter in members and person in members, f"{where}: {entry} not at the table"
                assert language in interpreter.languages, f"{where}: {entry}: the interpreter does not speak {language}"
                assert language not in person.languages, f"{where}: {entry}: interpreted in a language they speak"
                assert set(interpreter.languages) & set(person.languages), f"{where}: {entry}: no common language"
                assert person.email not in helped, f"{where}: {person.email} interpreted twice"
                helped[person.email] = interpreter.email
            for m in members:
                if language in m.languages:
                    assert (r, table["table"], m.email) not in unbridged, f"{where}: {m.email} speaks {language}"
                    continue
                reported = (r, table["table"], m.email) in unbridged
                assert (m.email in helped) != reported, f"{where}: {m.email} neither interpreted nor reported (or both)"
                if reported:
                    assert unbridged[(r, table["table"], m.email)]["language"] == language
                    assert not any(language in q.languages and set(q.languages) & set(m.languages)
                                   for q in members if q is not m), f"{where}: {m.email} reported, yet a tablemate could interpret"
                    unbridged_seats += 1
            interpreted += len(helped)
            mixed = {"EU", "LAC"} <= {m.region for m in members}
            mixed_tables += mixed
            mixed_here += mixed
            assert ((r, table["table"]) in not_mixed) == (not mixed), f"{where}: not_mixed report is wrong"
            pairs = {frozenset((a.email, b.email)) for a, b in combinations(members, 2)}
            again = pairs & met
            meets_again += len(again)
            assert again == again_reported.get((r, table["table"]), set()), f"{where}: meets_again {again} reported as " \
                                                                               f"{again_reported.get((r, table['table']))}"
            assert not pairs & twins, f"{where}: two records likely of one person sit together"
            this_round |= pairs
            satisfied |= {(m.email, table["topic"]) for m in members if table["topic"] in m.seeks}
        forced = any(p["kind"] == "meets_again" and p["round"] == r for p in problems)  # a rule above the mix
        assert not strict_mix or forced or mixed_here == min(len(round_["tables"]), mixable), \
            f"round {r}: {mixed_here} of {len(round_['tables'])} tables mixed, {mixable} could be"
        met |= this_round
    assert set(unbridged) <= {(r, t["table"], e) for r, rd in enumerate(data["rounds"], 1) for t in rd["tables"]
                              for e in t["participants"]}, "no_shared_language reported for a seat that does not exist"

    assert data["seeks_total"] == sum(len(p.seeks) for p in people)
    assert data["seeks_satisfied"] == len(satisfied), "seeks_satisfied is not the recount of (person, topic) pairs"
    assert data["interpreted"] == interpreted
    assert (data["tables"], data["mixed"]) == (table_count, mixed_tables)
    assert data["score"] == len(satisfied) - 10 * interpreted - 100 * unbridged_seats

    offered = set().union(*(p.offers for p in people))
    registered = offered if registered_offers is None else registered_offers
    unmet = Counter((p["participant"], p["topic"]) for p in problems if p["kind"] == "seek_unmet")
    expected_unmet = {(p.email, k) for p in people for k in p.seeks} - satisfied
    assert set(unmet) == expected_unmet and max(unmet.values(), default=1) == 1, "seek_unmet must list each unmet seek once"
    for p in problems:
        if p["kind"] != "seek_unmet":
            continue
        assert p["reason"] in SEEK_REASONS
        topic = p["topic"]
        expected = "nobody_offers" if topic not in registered else "nobody_present_offers" if topic not in offered else None
        if expected:
            assert p["reason"] == expected, p
        else:
            assert p["reason"] in ("language", "other_topics_chosen"), p
    return {"tables": table_count, "mixed": mixed_tables, "satisfied": len(satisfied), "seeks": data["seeks_total"],
            "interpreted": interpreted, "unbridged": unbridged_seats, "meets_again": meets_again}


def check(plan: Plan, people: Sequence[Person], **kw: Any) -> dict[str, Any]:
    """`check_plan` for a `Plan`, plus its `satisfied` sets against the recount."""
    data = plan_as_data(plan, people)
    figures = check_plan(data, people, **kw)
    by_id = {p.id: p for p in people}
    recount: dict[str, set[str]] = {p.id: set() for p in people}
    for tables in plan.rounds:
        for t in tables:
            for pid in t.members:
                if t.topic in by_id[pid].seeks:
                    recount[pid].add(t.topic)
    assert {k: v for k, v in plan.satisfied.items() if v} == {k: v for k, v in recount.items() if v}
    return figures


def sizes_fit(n: int, min_size: int, max_size: int, tables: int | None = None) -> bool:
    """Whether n people can sit at tables of min..max (at exactly `tables` tables when given)."""
    counts = [tables] if tables else range(1, n + 1)
    return any(k * min_size <= n <= k * max_size for k in counts)


def person(i: int, *, offers: Iterable[str] = (), seeks: Iterable[str] = (), languages: Sequence[str] = ("es", "en"),
           region: str | None = None, country: str | None = None) -> Person:
    region = region or ("EU" if i % 2 else "LAC")
    country = country or ("ES" if region == "EU" else "PE" if region == "LAC" else "US")
    return Person(f"id{i:04d}", f"p{i:04d}@example.org", region, country, tuple(languages), frozenset(offers),
                  frozenset(seeks))


# -- 1. random rooms -----------------------------------------------------------------------------------------

TOPICS = ["AI", "BIO", "CLIMATE", "ENERGY", "FUNDING", "HEALTH", "S3", "SKILLS"]
COUNTRIES = {"EU": ["ES", "PT", "FR", "DE", "IT", "FI"], "LAC": ["PE", "BR", "MX", "CO", "CL", "AR"], "other": ["US", "CN", "ZA"]}
COMMON = ["es", "en", "pt", "fr", "de"]
RARE = ["qu", "gn", "ay"]


@st.composite
def a_person(draw: st.DrawFn, i: int) -> Person:
    region = draw(st.sampled_from(["EU", "LAC", "LAC", "EU", "other"]))
    if draw(st.integers(0, 9)) == 0:
        languages = [draw(st.sampled_from(RARE))]  # a monolingual of a rare language
    else:
        languages = draw(st.lists(st.sampled_from(COMMON), min_size=1, max_size=3, unique=True))
    offers = draw(st.lists(st.sampled_from(TOPICS), max_size=2, unique=True))
    seeks = draw(st.lists(st.sampled_from(TOPICS), max_size=3, unique=True))
    return Person(f"id{i:04d}", f"p{i:04d}@example.org", region, draw(st.sampled_from(COUNTRIES[region])),
                  tuple(languages), frozenset(offers), frozenset(seeks))


@st.composite
def rooms(draw: st.DrawFn, fixed_tables: bool = True) -> dict[str, Any]:
    n = draw(st.integers(6, 60))
    people = [draw(a_person(i)) for i in range(n)]
    if not any(p.offers for p in people):  # at least one offer in the room
        k = draw(st.integers(0, n - 1))
        people[k] = Person(people[k].id, people[k].email, people[k].region, people[k].country, people[k].languages,
                           frozenset({draw(st.sampled_from(TOPICS))}), people[k].seeks)
    min_size = draw(st.integers(3, 5))
    max_size = draw(st.integers(min_size, min_size + 3))
    tables = draw(st.none() | st.integers(1, n // 3 + 1)) if fixed_tables else None
    return {"people": people, "rounds": draw(st.integers(1, 3)), "min_size": min_size, "max_size": max_size,
            "tables": tables, "seed": draw(st.integers(0, 2**16))}


def _needed_tables(room: dict[str, Any]) -> int:
    n = len(room["people"])
    return room["tables"] or -(-n // room["max_size"])


def _offerers(room: dict[str, Any]) -> int:
    return sum(1 for p in room["people"] if p.offers)


def _room_kwargs(room: dict[str, Any]) -> dict[str, Any]:
    return {"rounds": room["rounds"], "min_size": room["min_size"], "max_size": room["max_size"], "tables": room["tables"]}


def _feasible(room: dict[str, Any]) -> bool:
    """Sizes that fit, and one offerer for each table at least (hosts are distinct people)."""
    return (sizes_fit(len(room["people"]), room["min_size"], room["max_size"], room["tables"])
            and _offerers(room) >= _needed_tables(room))


def _room(people: list[Person], rounds: int, min_size: int, max_size: int, tables: int | None = None,
          seed: int = 1) -> dict[str, Any]:
    return {"people": people, "rounds": rounds, "min_size": min_size, "max_size": max_size, "tables": tables, "seed": seed}


def _only_offerer_room() -> dict[str, Any]:
    """Four people at tables of two for three rounds; only p0 offers T and only p2 offers U.

    Rounds 1 and 2 seat p0 and p2 with p1 and p3 in turn; in round 3 the only plan that keeps the topic rule
    seats p0 (or p2) with someone met before. The plan must then report meets_again, not drop the rule."""
    people = [person(0, offers={"T"}), person(1), person(2, offers={"U"}), person(3)]
    return _room(people, rounds=3, min_size=2, max_size=2)


def _seven_at_four_to_five() -> dict[str, Any]:
    """7 people cannot sit at tables of 4 to 5 (one table holds 5 at most, two need 8)."""
    return _room([person(i, offers={"AI"}) for i in range(7)], rounds=1, min_size=4, max_size=5)


def _guarani_speaker_seeks_what_nobody_offers() -> dict[str, Any]:
    """21 people at tables of 3 for 2 rounds, 7 offering AI: 3 speak only Guarani, the rest only Quechua, and one
    Guarani speaker seeks BIO, which nobody offers (found by hypothesis: a topic planned for them at another table
    used to be BIO, and a host with such a plan was passed over until too few tables opened)."""
    people = [person(i, offers={"AI"} if i >= 14 else set(), languages=("qu",)) for i in range(18)]
    people += [person(18, offers={"AI"}, languages=("gn",)), person(19, offers={"AI"}, languages=("gn",)),
               person(20, offers={"AI"}, seeks={"BIO"}, languages=("gn",))]
    return _room(people, rounds=2, min_size=3, max_size=3, seed=0)


@settings(max_examples=50, suppress_health_check=[HealthCheck.too_slow], database=None)
@given(room=rooms())
def test_random_rooms_greedy_plan_follows_every_rule(room: dict[str, Any]):
    """Feasible rooms, 1–3 rounds, no time to improve (seconds=0): every hard rule and every report is right."""
    assume(_feasible(room))
    plan = plan_rounds(room["people"], room["rounds"], tables=room["tables"], min_size=room["min_size"],
                       max_size=room["max_size"], seconds=0, seed=room["seed"])
    check(plan, room["people"], **_room_kwargs(room))


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow], database=None)
@given(room=rooms())
def test_random_rooms_single_round_improved_plan_follows_every_rule(room: dict[str, Any]):
    """One round with time to improve (nobody has met yet, so improving only trades goals): rules hold."""
    room = {**room, "rounds": 1}
    assume(_feasible(room))
    plan = plan_rounds(room["people"], 1, tables=room["tables"], min_size=room["min_size"],
                       max_size=room["max_size"], seconds=0.03, seed=room["seed"])
    check(plan, room["people"], **_room_kwargs(room))


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow], database=None)
@example(room=_only_offerer_room())
@given(room=rooms())
def test_random_rooms_improved_plan_follows_every_rule(room: dict[str, Any]):
    """Feasible rooms, 1–3 rounds, with time to improve: every hard rule and every report is right."""
    assume(_feasible(room))
    plan = plan_rounds(room["people"], room["rounds"], tables=room["tables"], min_size=room["min_size"],
                       max_size=room["max_size"], seconds=0.05, seed=room["seed"])
    check(plan, room["people"], **_room_kwargs(room))


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], database=None)
@example(room=_seven_at_four_to_five())
@example(room=_guarani_speaker_seeks_what_nobody_offers())
@given(room=rooms())
def test_random_rooms_are_planned_by_the_rules_or_refused(room: dict[str, Any]):
    """Any room: refused with InvalidValue exactly when no plan can keep the rules (sizes, one offerer a table);
    otherwise a plan that keeps them (seconds=0: the improvement step has its own test above)."""
    try:
        plan = plan_rounds(room["people"], room["rounds"], tables=room["tables"], min_size=room["min_size"],
                           max_size=room["max_size"], seconds=0, seed=room["seed"])
    except errors.InvalidValue:
        assert not _feasible(room), "refused a room that can be planned"
        return
    assert _feasible(room), "planned a room that cannot keep the rules without refusing"
    check(plan, room["people"], **_room_kwargs(room))


@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow], database=None)
@given(room=rooms(fixed_tables=False))
def test_seeks_are_counted_once_per_person_and_topic(room: dict[str, Any]):
    """Only AI is offered and everyone seeks it: every table of the 3 rounds is on AI, yet each person's AI seek
    counts once (seeks_satisfied is the number of people, not of seats)."""
    people = [Person(p.id, p.email, p.region, p.country, p.languages, frozenset({"AI"}) if p.offers else frozenset(),
                     p.seeks | {"AI"}) for p in room["people"]]
    room = {**room, "people": people, "rounds": 3}
    assume(_feasible(room))
    plan = plan_rounds(people, 3, min_size=room["min_size"], max_size=room["max_size"], seconds=0, seed=room["seed"])
    figures = check(plan, people, rounds=3, min_size=room["min_size"], max_size=room["max_size"])
    assert all(t.topic == "AI" for tables in plan.rounds for t in tables)
    assert plan.satisfied == {p.id: {"AI"} for p in people}
    assert figures["satisfied"] == len(people) <= figures["seeks"]


@st.composite
def mixing_rooms(draw: st.DrawFn, enough: bool) -> dict[str, Any]:
    """Rooms of 12–40 with tables of 3 or more: with `enough`, at least as many people from Europe and from Latin
    America and the Caribbean as the room could have tables (every table can be mixed); else fewer people from
    LAC than the fewest tables the room needs (some tables cannot be)."""
    n = draw(st.integers(12, 40))
    min_size = draw(st.integers(3, 4))
    max_size = draw(st.integers(min_size, min_size + 2))
    people = [draw(a_person(i)) for i in range(n)]
    if enough:
        least = n // min_size  # the most tables the room can have
        regions = ["EU"] * least + ["LAC"] * least + [draw(st.sampled_from(["EU", "LAC", "other"]))
                                                      for _ in range(n - 2 * least)]
    else:
        lac = draw(st.integers(0, -(-n // max_size) - 1))
        regions = ["LAC"] * lac + [draw(st.sampled_from(["EU", "other"])) for _ in range(n - lac)]
    regions = draw(st.permutations(regions))
    people = [Person(p.id, p.email, region, draw(st.sampled_from(COUNTRIES[region])), p.languages,
                     p.offers or frozenset({TOPICS[i % 3]}), p.seeks) for i, (p, region) in enumerate(zip(people, regions))]
    return _room(people, rounds=draw(st.integers(1, 2)), min_size=min_size, max_size=max_size,
                 seed=draw(st.integers(0, 2**16)))


@settings(max_examples=30, suppress_health_check=[HealthCheck.too_slow], database=None, deadline=None)
@given(room=mixing_rooms(enough=True), seconds=st.sampled_from([0, 0.05]))
def test_rooms_with_people_enough_of_both_regions_have_every_table_mixed(room: dict[str, Any], seconds: float):
    """Every table mixed, no warning, greedy start (seconds=0) and improved alike."""
    assume(sizes_fit(len(room["people"]), room["min_size"], room["max_size"]))
    plan = plan_rounds(room["people"], room["rounds"], min_size=room["min_size"], max_size=room["max_size"],
                       seconds=seconds, seed=room["seed"])
    figures = check(plan, room["people"], **_room_kwargs(room), strict_mix=True)
    assert not plan.warnings
    forced = {p["round"] for p in plan.problems if p["kind"] == "meets_again"}
    assert forced or figures["mixed"] == figures["tables"], figures


@settings(max_examples=30, suppress_health_check=[HealthCheck.too_slow], database=None, deadline=None)
@given(room=mixing_rooms(enough=False), seconds=st.sampled_from([0, 0.05]))
def test_rooms_with_too_few_of_a_region_say_so_and_mix_as_many_tables_as_they_can(room: dict[str, Any],
                                                                                   seconds: float):
    """Fewer people from LAC than tables: the plan warns with the numbers of the scarcer region (the room's others
    may be fewer people from Europe still), and mixes a table per person of it."""
    assume(sizes_fit(len(room["people"]), room["min_size"], room["max_size"]))
    plan = plan_rounds(room["people"], room["rounds"], min_size=room["min_size"], max_size=room["max_size"],
                       seconds=seconds, seed=room["seed"])
    check(plan, room["people"], **_room_kwargs(room), strict_mix=True)
    count = {region: sum(1 for p in room["people"] if p.region == region) for region in ("LAC", "EU")}
    scarcer = "EU" if count["EU"] < count["LAC"] else "LAC"
    [warning] = plan.warnings
    assert (warning["region"], warning["people"]) == (scarcer, count[scarcer])
    named = {"LAC": "Latin America and the Caribbean", "EU": "Europe"}[scarcer]
    people = f"{count[scarcer]} {'person' if count[scarcer] == 1 else 'people'}"  # each count with its plural
    tables = f"{warning['tables']} {'table' if warning['tables'] == 1 else 'tables'}"
    assert warning["message"].startswith(f"{people} from {named} for {tables}: {warning['unmixed']} ")


def test_language_tables_leave_the_others_enough_to_fill_every_table():
    """A room found by Hypothesis: 18 people at 6 tables of 3–4, with a table of the four Quechua speakers and a pair
    around the one who speaks only English planned first. Those left were exactly enough for the other tables'
    minimum, not also for the pair's missing seat, and a table of 2 was printed."""
    rows = [("EU", "qu", ""), ("EU", "qu", ""), ("EU", "gn", ""), ("LAC", "qu", ""), ("EU", "qu", "AI"),
            *[("EU", "es", "")] * 6, ("EU", "en", ""), *[("EU", "es", "AI")] * 4, ("EU", "es en", ""), ("EU", "es en", "AI")]
    people = [Person(f"id{i:04}", f"p{i:04}@example.org", region, "PE" if region == "LAC" else "ES",
                     tuple(languages.split()), frozenset(offers.split()), frozenset())
              for i, (region, languages, offers) in enumerate(rows)]
    plan = plan_rounds(people, 1, min_size=3, max_size=4, seconds=0, seed=0)
    check(plan, people, rounds=1, min_size=3, max_size=4)


def test_a_room_that_needs_every_host_opens_every_table():
    """A room found by Hypothesis: 48 people at tables of exactly 3, and exactly 16 people who offer a topic. The
    greedy start kept an interpreter's group to one host and opened 15 tables, and stopped on an internal error
    with 3 people left and no seat."""
    rows = [("qu", "")] * 32 + [("qu", "AI")] * 11 + [("es", "AI")] * 4 + [("es en", "AI")]
    people = [Person(f"id{i:04}", f"p{i:04}@example.org", "EU", "ES", tuple(languages.split()),
                     frozenset(offers.split()), frozenset()) for i, (languages, offers) in enumerate(rows)]
    plan = plan_rounds(people, 1, min_size=3, max_size=3, seconds=0, seed=0)
    check(plan, people, rounds=1, min_size=3, max_size=3)


def test_the_tables_asked_for_stay_open_while_the_plan_improves():
    """A room found by Hypothesis: 14 people at 4 tables asked for (`--tables 4`), sizes 3–5. With time to improve,
    the exact search closed a table and printed 3."""
    rows = [("EU FI", "en pt de", "AI", ""), ("EU IT", "fr es de", "BIO FUNDING", "CLIMATE"),
            ("EU FR", "gn", "", "FUNDING HEALTH"), ("LAC CO", "fr", "BIO CLIMATE", "BIO S3 SKILLS"),
            ("EU ES", "fr", "", "ENERGY S3"), ("EU FR", "en de", "AI S3", "FUNDING HEALTH S3"), ("other US", "es", "", ""),
            ("EU FI", "de", "CLIMATE FUNDING", ""), ("EU ES", "en de", "", "BIO ENERGY FUNDING"),
            ("LAC MX", "en es", "BIO HEALTH", "CLIMATE S3"), ("other CN", "fr de pt", "", "FUNDING SKILLS"),
            ("EU FR", "es fr", "ENERGY S3", ""), ("EU ES", "en", "", "BIO HEALTH S3"), ("EU FI", "en", "S3", "")]
    people = [Person(f"id{i:04}", f"p{i:04}@example.org", *where.split(), tuple(languages.split()),
                     frozenset(offers.split()), frozenset(seeks.split()))
              for i, (where, languages, offers, seeks) in enumerate(rows)]
    plan = plan_rounds(people, 1, tables=4, min_size=3, max_size=5, seconds=2, seed=830)
    check(plan, people, rounds=1, min_size=3, max_size=5, tables=4)


def test_the_last_of_a_region_is_taken_from_a_table_it_does_not_mix():
    """A room found by Hypothesis: one person from LAC, three from Europe each alone at a table with nobody from LAC.
    Round 2 of the greedy start sat the LAC person at a table of others only; mixing it means taking a European from a
    table that is not mixed anyway, which the mend did not try (it took only from tables with two of the region)."""
    rows = [("other", "ZA", "pt", "AI", "CLIMATE ENERGY SKILLS"), ("EU", "FR", "en es pt", "BIO", "FUNDING HEALTH S3"),
            ("other", "US", "es", "CLIMATE HEALTH", ""), ("other", "CN", "es de", "AI", ""), ("other", "CN", "es", "BIO", ""),
            ("EU", "FI", "de es", "CLIMATE", "BIO ENERGY FUNDING"), ("other", "US", "de", "ENERGY FUNDING", "S3 SKILLS"),
            ("other", "ZA", "fr pt es", "SKILLS", ""), ("LAC", "CL", "fr pt", "AI ENERGY", "BIO S3"),
            ("other", "ZA", "gn", "AI", "BIO CLIMATE SKILLS"), ("other", "US", "de", "S3 SKILLS", "CLIMATE HEALTH S3"),
            ("other", "US", "pt", "CLIMATE", "ENERGY FUNDING S3"), ("other", "US", "de pt es", "AI", ""),
            ("EU", "PT", "fr", "CLIMATE FUNDING", "FUNDING HEALTH S3")]
    people = [Person(f"id{i:04}", f"p{i:04}@example.org", region, country, tuple(languages.split()),
                     frozenset(offers.split()), frozenset(seeks.split()))
              for i, (region, country, languages, offers, seeks) in enumerate(rows)]
    room = _room(people, rounds=2, min_size=3, max_size=4, seed=29927)
    plan = plan_rounds(people, 2, min_size=3, max_size=4, seconds=0, seed=29927)
    check(plan, people, **_room_kwargs(room), strict_mix=True)


def test_the_only_offerer_stays_at_the_table_when_the_room_forces_a_second_meeting():
    """The forced room without improvement (seconds=0): the topic rule holds and both second meetings are reported
    (the same room with time to improve is tested below)."""
    room = _only_offerer_room()
    plan = plan_rounds(room["people"], 3, min_size=2, max_size=2, seconds=0)
    figures = check(plan, room["people"], rounds=3, min_size=2, max_size=2)
    assert figures["meets_again"] == 2  # round 3: p0 and p2 each meet someone again, and it is reported


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_improvement_keeps_the_only_offerer_at_the_table(seed: int):
    room = _only_offerer_room()
    plan = plan_rounds(room["people"], 3, min_size=2, max_size=2, seconds=0.1, seed=seed)
    check(plan, room["people"], rounds=3, min_size=2, max_size=2)


# -- 2. the demo event -----------------------------------------------------------------------------------------


def test_demo_event_plans_follow_the_rules_and_the_goals(tmp_path: Path, device):
    """240 invented people (2/3 checked in): 3 rounds of 4–6, everyone and present only; every table mixed
    EU/LAC (the room has people enough of both), and same-named records never at one table."""
    from eulac_desktop.core.demo import build_demo_event

    ws = build_demo_event(tmp_path / "demo.eulac")
    try:
        registered = set().union(*(p.offers for p in people_of(ws)))
        report = {}
        for present_only, seconds in ((False, 2.0), (True, 1.0)):
            people = people_of(ws, present_only)
            data = plan_event(ws, 3, min_size=4, max_size=6, seconds=seconds, present_only=present_only)
            figures = check_plan(data, people, rounds=3, min_size=4, max_size=6, registered_offers=registered,
                                 apart=[tuple(pair["emails"]) for pair in data["likely_duplicates"]], strict_mix=True)
            assert figures["meets_again"] == 0 and not [p for p in data["problems"] if p["kind"] == "meets_again"]
            assert figures["mixed"] == figures["tables"] == data["tables"] and not data["warnings"], figures
            report["present" if present_only else "everyone"] = {"people": len(people), **figures}
        assert report["present"]["people"] < report["everyone"]["people"]
        everyone = report["everyone"]
        assert everyone["satisfied"] >= 0.7 * everyone["seeks"], everyone
        print("\nP2P demo figures:", json.dumps(report))
    finally:
        ws.close()


# -- 3. bad input and edge cases ---------------------------------------------------------------------------------


def _mixed_room(n: int, offers_every: int = 3) -> list[Person]:
    return [person(i, offers={"AI", "BIO"} if i % offers_every == 0 else (), seeks={"AI"} if i % 2 else {"BIO"})
            for i in range(n)]


def test_more_people_than_seats_at_fixed_tables_is_refused():
    with pytest.raises(errors.InvalidValue) as refused:
        plan_rounds(_mixed_room(13), 1, tables=2, min_size=4, max_size=6, seconds=0)
    assert "13 people do not fit at 2 tables of at most 6" in refused.value.text()


def test_too_few_people_for_fixed_tables_is_refused():
    with pytest.raises(errors.InvalidValue) as refused:
        plan_rounds(_mixed_room(11), 1, tables=3, min_size=4, max_size=6, seconds=0)
    assert "11 people cannot fill 3 tables of at least 4" in refused.value.text()


@pytest.mark.parametrize("n", [0, 1, 3])
def test_fewer_people_than_one_tables_minimum_is_refused(n: int):
    with pytest.raises(errors.InvalidValue) as refused:
        plan_rounds(_mixed_room(n), 2, min_size=4, max_size=6, seconds=0)
    assert f"too few people for one table ({n}; a table has at least 4)" in refused.value.text()


@pytest.mark.parametrize("kwargs", [{"min_size": 1, "max_size": 4}, {"min_size": 5, "max_size": 4}, {"rounds": 0}])
def test_impossible_sizes_and_rounds_are_refused(kwargs: dict[str, int]):
    args = {"rounds": 1, "min_size": 4, "max_size": 6, **kwargs}
    with pytest.raises(errors.InvalidValue):
        plan_rounds(_mixed_room(12), args.pop("rounds"), seconds=0, **args)


def test_nobody_offering_anything_is_refused():
    people = [person(i, seeks={"AI"}) for i in range(10)]
    with pytest.raises(errors.InvalidValue) as refused:
        plan_rounds(people, 1, min_size=4, max_size=6, seconds=0)
    assert "nobody present offers a topic" in refused.value.text()


@pytest.mark.parametrize("n,low,high", [(7, 4, 5), (6, 4, 5), (11, 4, 5), (9, 5, 6)])
def test_sizes_that_cannot_fit_are_refused(n: int, low: int, high: int):
    assert not sizes_fit(n, low, high)
    with pytest.raises(errors.InvalidValue):
        plan_rounds(_mixed_room(n, offers_every=1), 1, min_size=low, max_size=high, seconds=0)


@pytest.mark.parametrize("offerers,tables", [(1, None), (2, 3)])
def test_fewer_offerers_than_tables_is_refused_or_planned_by_the_rules(offerers: int, tables: int | None):
    people = [person(i, offers={"AI"} if i < offerers else ()) for i in range(12)]
    try:
        plan = plan_rounds(people, 1, tables=tables, min_size=3, max_size=6, seconds=0)
    except errors.InvalidValue:
        return
    check(plan, people, rounds=1, min_size=3, max_size=6, tables=tables)


def test_a_topic_nobody_offers_is_reported_for_its_seekers():
    people = _mixed_room(12)
    people[1] = person(1, seeks={"XBORDER", "AI"})
    people[4] = person(4, seeks={"XBORDER"})
    plan = plan_rounds(people, 2, min_size=4, max_size=6, seconds=0.2)
    check(plan, people, rounds=2, min_size=4, max_size=6)
    unmet = {(p["participant"], p["topic"]): p["reason"] for p in plan.problems if p["kind"] == "seek_unmet"}
    assert unmet[(people[1].email, "XBORDER")] == "nobody_offers"
    assert unmet[(people[4].email, "XBORDER")] == "nobody_offers"
    assert "XBORDER" not in {t.topic for tables in plan.rounds for t in tables}


def test_people_who_share_no_language_are_planned_and_reported():
    people = [person(i, offers={"AI"} if i % 4 == 0 else (), languages=("es", "en")) for i in range(14)]
    people += [person(100, languages=("qu",)), person(101, languages=("gn",))]
    plan = plan_rounds(people, 2, min_size=4, max_size=6, seconds=0.2)
    check(plan, people, rounds=2, min_size=4, max_size=6)
    reported = Counter(p["participant"] for p in plan.problems if p["kind"] == "no_shared_language")
    assert reported == {people[-2].email: 2, people[-1].email: 2}  # once a round each, nobody else


def test_a_monolingual_sits_with_the_one_person_who_can_interpret():
    """One round: someone speaks only Quechua, one other person speaks Quechua and Spanish (the room's language)."""
    people = [person(i, offers={"AI"} if i % 4 == 0 else (), languages=("es", "en")) for i in range(16)]
    people += [person(100, languages=("qu",)), person(101, languages=("es", "qu"))]
    plan = plan_rounds(people, 1, min_size=4, max_size=6, seconds=0.3)
    figures = check(plan, people, rounds=1, min_size=4, max_size=6)
    assert figures["unbridged"] == 0 and figures["interpreted"] == 1
    table = next(t for t in plan.rounds[0] if "id0100" in t.members)
    assert table.interpreters == [("id0101", "id0100")]


@pytest.mark.parametrize("seconds", [0, 0.3])
def test_people_who_speak_only_a_language_few_speak_get_tables_in_it_or_an_interpreter(seconds: float):
    """40 Spanish/English speakers and 10 Dutch speakers (all European), three of them only Dutch: 3 rounds at
    tables of 4–6. Every table is mixed, so a table in Dutch has a guest from Latin America whom a Dutch speaker
    interprets for: the three share one such table in a round (one interpreted seat), and in the two others,
    having met, each sits at a mixed table with a Dutch speaker who interprets (three seats a round): 7 seats
    at the least, against 9 with no table in Dutch."""
    people = [person(i, offers={TOPICS[i % 8]}, seeks={TOPICS[(i + 2) % 8], TOPICS[(i + 5) % 8]}) for i in range(40)]
    people += [person(300 + i, offers={TOPICS[i % 8]}, seeks={TOPICS[(i + 3) % 8]},
                      languages=("nl",) if i < 3 else ("nl", "en"), region="EU") for i in range(10)]
    plan = plan_rounds(people, 3, min_size=4, max_size=6, seconds=seconds, seed=1)
    figures = check(plan, people, rounds=3, min_size=4, max_size=6)
    dutch_seats = sum(1 for tables in plan.rounds for t in tables if t.language == "nl"
                      for pid in t.members if pid in ("id0300", "id0301", "id0302"))
    assert dutch_seats >= 3 and figures["unbridged"] == 0
    assert figures["mixed"] == figures["tables"]
    assert figures["interpreted"] <= 7  # one guest at the table in Dutch, and the Dutch seats of the other rounds
    if seconds:
        assert figures["meets_again"] == 0


def _dutch_room() -> list[Person]:
    """40 Spanish/English speakers and 10 Dutch speakers, three of them only Dutch (as above)."""
    people = [person(i, offers={TOPICS[i % 8]}, seeks={TOPICS[(i + 2) % 8], TOPICS[(i + 5) % 8]}) for i in range(40)]
    return people + [person(300 + i, offers={TOPICS[i % 8]}, seeks={TOPICS[(i + 3) % 8], TOPICS[(i + 6) % 8]},
                            languages=("nl",) if i < 3 else ("nl", "en"), region="EU") for i in range(10)]


def test_the_language_plan_gives_an_interpreter_the_topic_of_those_they_help_and_the_start_follows_it(monkeypatch):
    """The plan of the Dutch tables also says which topic each Dutch speaker is to find elsewhere: one they seek,
    and for an interpreter the topic of the table of the person they help. Planning without time to improve
    (the greedy start alone) seats at least three in four of them on the topic planned for them, and more than when
    it ignores them (the rounds' outline, `outline`, then plans their topics with everyone else's)."""
    from eulac_desktop.core.p2p import planner
    from eulac_desktop.core.p2p.languages import LanguageRound, language_tables

    people = _dutch_room()
    by_id = {p.id: p for p in people}
    groups = language_tables(people, 3, 4, 6, effort=0.2)
    assert any(g.wishes for g in groups)
    for g in groups:
        for pid, topic in g.wishes.items():
            helped = [m for m, b in g.bridges.items() if b == pid]
            assert topic in by_id[pid].seeks or any(g.wishes.get(m) == topic for m in helped) or pid in g.bridges
        for mono, interpreter in g.bridges.items():
            if interpreter in g.wishes:
                assert g.wishes[interpreter] == g.wishes.get(mono)

    def realized(given: list[LanguageRound]) -> int:
        monkeypatch.setattr(planner, "language_tables", lambda *args, **kwargs: given)  # as planned with time
        plan = plan_rounds(people, 3, min_size=4, max_size=6, seconds=0, seed=1)
        check(plan, people, rounds=3, min_size=4, max_size=6)
        return sum(1 for r, g in enumerate(groups) for pid, topic in g.wishes.items()
                   if next(t.topic for t in plan.rounds[r] if pid in t.members) == topic)

    planned = sum(len(g.wishes) for g in groups)
    ignored = realized([dataclasses.replace(g, wishes={}) for g in groups])
    # 14 of 17 here, 8 when the start ignores them (11 and 5 before the outline)
    assert realized(groups) >= 3 * planned / 4 and realized(groups) > ignored


def test_the_language_tables_are_planned_even_when_the_solver_has_no_time():
    """With no time for the solver's first step (a plan of a large room given a few seconds), the quick plan it starts
    from is kept, so that each Dutch-only speaker still has a table in Dutch or an interpreter in every round, at tables
    that keep the rules (a host, a seat for a guest from Latin America and a Dutch speaker who can interpret for
    them), and nobody meets anyone twice."""
    from eulac_desktop.core.p2p.languages import language_tables

    people = _dutch_room()
    by_id = {p.id: p for p in people}
    monos = {"id0300", "id0301", "id0302"}
    groups = language_tables(people, 3, 4, 6, effort=0.2, mixed=True, wall=0.0001)
    met: set[frozenset[str]] = set()
    for g in groups:
        seated = {pid for members, _topic in g.tables for pid in members}
        assert monos <= seated | set(g.bridges)
        for members, topic in g.tables:
            assert len(members) == 3 and any(topic in by_id[p].offers for p in members)
            assert all("nl" in by_id[p].languages for p in members) and any(len(by_id[p].languages) > 1 for p in members)
            pairs = {frozenset((p, q)) for p in members for q in members if p < q}
            assert not pairs & met
            met |= pairs
        for mono, helper in g.bridges.items():
            assert frozenset((mono, helper)) not in met and "en" in by_id[helper].languages
            met.add(frozenset((mono, helper)))
    assert sum(len(g.tables) for g in groups) >= 3


def test_the_language_tables_start_no_solve_once_their_time_is_up(monkeypatch):
    """A list with many minority languages must not take the plan's whole time planning them: past the languages'
    budget no solve starts, and each language keeps its quick plan (which seats the Dutch-only speakers); with time
    left, the same room is solved."""
    from eulac_desktop.core.p2p import languages

    solves = []
    solver = languages._solver

    def counted(*args, **kwargs):
        solves.append(kwargs["wall"])
        return solver(*args, **kwargs)

    monkeypatch.setattr(languages, "_solver", counted)
    people = _dutch_room()
    groups = languages.language_tables(people, 3, 4, 6, effort=0.2, mixed=True, wall=2.0, budget=0)
    assert not solves
    monos = {"id0300", "id0301", "id0302"}
    for g in groups:
        assert monos <= {pid for members, _topic in g.tables for pid in members} | set(g.bridges)
    languages.language_tables(people, 3, 4, 6, effort=0.2, mixed=True, wall=2.0, budget=10)
    assert solves and all(0 < wall <= 2.0 for wall in solves)


def test_in_a_short_time_three_who_speak_only_dutch_sit_in_pairs_not_all_together_once():
    """Three people who speak only Dutch, three rounds, and every table needs a guest from Latin America whom
    someone interprets for: all three together in round 1 leaves each alone at a table of their own in rounds 2 and
    3 (7 interpreted seats); a pair and a single in each round, each pair once, needs 6. In a large room's short
    time the quick plan is kept as it is, so it groups them that way itself."""
    from eulac_desktop.core.p2p.languages import language_tables

    people = [person(i, offers={TOPICS[i % 8]}, seeks={TOPICS[(i + 2) % 8]}) for i in range(60)]
    people += [person(300 + i, offers={TOPICS[i % 8]}, seeks={TOPICS[(i + 3) % 8]},
                      languages=("nl",) if i < 3 else ("nl", "en"), region="EU") for i in range(16)]
    monos = {"id0300", "id0301", "id0302"}
    groups = language_tables(people, 3, 5, 7, effort=0.2, mixed=True, wall=0.0001)  # room for all three at a table
    for g in groups:
        assert monos <= {pid for members, _topic in g.tables for pid in members} and not g.bridges
    assert sum(1 for g in groups for members, _topic in g.tables if monos & set(members)) == 6


def test_the_language_plan_is_the_same_in_every_run():
    """Python orders a set's strings differently in each process: the model is built in sorted order, so that the
    same room gives the same plan whatever the order (a plan that changes from run to run cannot be explained)."""
    script = ("import sys; sys.path.insert(0, sys.argv[1]); from test_p2p import _dutch_room; "
              "from eulac_desktop.core.p2p.languages import language_tables; "
              "print(repr(language_tables(_dutch_room(), 3, 4, 6, effort=0.2)))")
    outputs = {subprocess.run([sys.executable, "-c", script, str(Path(__file__).parent)], capture_output=True,
                              text=True, check=True, env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout
               for seed in (1, 2, 3)}
    assert len(outputs) == 1 and "LanguageRound" in outputs.pop()


def test_the_last_pass_turns_another_table_to_a_sought_topic_and_seats_the_seeker_there():
    """One round, two tables of four. Person 3 seeks BIO, which only person 4 offers, at the other table (on AI,
    which nobody seeks). No single move meets the seek: joining that table gains nothing while it stays on AI,
    and turning it to BIO gains nothing without person 3. The last pass tries both at once."""
    import random

    from eulac_desktop.core.p2p.search import _polish

    ctx = _bio_room()
    layout = ctx.rounds[0]
    _polish(ctx, random.Random(1), sorted(ctx.people), time.monotonic() + 5, lambda: None)
    table = next(i for i, members in enumerate(layout.tables) if "id0003" in members)
    assert layout.topics[table] == "BIO" and "id0004" in layout.tables[table]
    assert sorted(map(len, layout.tables)) == [4, 4] and "S3" in layout.topics  # the other table keeps its host


def _bio_room() -> Any:
    """One round, two tables of four: person 3 seeks BIO, which only person 4 offers, at the other table (on AI,
    which nobody seeks); as the search sees it."""
    from eulac_desktop.core.p2p.search import Round, _Context

    people = [person(0, offers={"S3"}), person(1), person(2), person(3, seeks={"BIO"}),
              person(4, offers={"AI", "BIO"}), person(5), person(6), person(7)]
    layout = Round()
    layout.tables, layout.topics = [["id0000", "id0001", "id0002", "id0003"], ["id0004", "id0005", "id0006", "id0007"]], \
        ["S3", "AI"]
    seat = [{pid: i for i, members in enumerate(layout.tables) for pid in members}]
    return _Context({p.id: p for p in people}, [layout], seat, 4, 4,
                    offerers={"AI": ["id0004"], "BIO": ["id0004"], "S3": ["id0000"]})


def test_a_seek_move_turns_the_table_of_someone_who_offers_a_topic_no_table_of_the_round_is_on():
    """In the fast moves (a sample of the moves, not every one as in the last pass), a seek of a topic that no
    table of the round is on is tried at the table of someone who offers it, turned to that topic: in a large
    room, a topic few offer otherwise waits for the last pass."""
    import random

    from eulac_desktop.core.p2p.search import _seek_options

    options = _seek_options(_bio_room(), 0, "id0003", "BIO", random.Random(1))
    assert any(isinstance(option, dict) and option.get(1, ([], None))[1] == "BIO" and "id0003" in option[1][0]
               for option in options)


@pytest.mark.parametrize("seed", [1, 2])
def test_nobody_meets_twice_when_the_room_allows_it(seed: int):
    """40 people, everyone offering two topics, 3 rounds at 8 tables of 5: plenty of ways to meet only new people
    (a table of 5 needs 5 different tables of the round before, and there are 8)."""
    people = [person(i, offers={TOPICS[i % 8], TOPICS[(i + 3) % 8]}, seeks={TOPICS[(i + 1) % 8]}) for i in range(40)]
    plan = plan_rounds(people, 3, min_size=4, max_size=5, seconds=0.3, seed=seed)
    figures = check(plan, people, rounds=3, min_size=4, max_size=5)
    assert figures["meets_again"] == 0


def test_two_hundred_people_are_planned_within_the_time_limit():
    import random

    rng = random.Random(7)
    people = [Person(f"id{i:04d}", f"p{i:04d}@example.org", rng.choice(["EU", "LAC", "other"]),
                     rng.choice(["ES", "PE", "BR", "DE"]), tuple(rng.sample(COMMON, rng.randint(1, 3))),
                     frozenset(rng.sample(TOPICS, rng.randint(0, 2))), frozenset(rng.sample(TOPICS, rng.randint(0, 3))))
              for i in range(200)]
    started = time.monotonic()
    plan = plan_rounds(people, 3, min_size=4, max_size=6, seconds=0.5)
    took = time.monotonic() - started
    assert took < 0.5 + 1.0, took
    check(plan, people, rounds=3, min_size=4, max_size=6)


# -- 4. the command line -------------------------------------------------------------------------------------------

ROWS = [  # (given name, country, languages, offers, seeks)
    ("Ana", "PE", "es;en", "AI", "BIO"), ("Bruno", "BR", "pt;es", "BIO", "AI"), ("Clara", "ES", "es;en", "", "AI;BIO"),
    ("Dirk", "DE", "de;en", "CLIMATE", "AI"), ("Elena", "MX", "es", "", "CLIMATE"), ("Fabio", "IT", "it;en;es", "AI", ""),
    ("Gabi", "CL", "es;en", "BIO", "AI"), ("Hugo", "FR", "fr;es", "", "BIO"), ("Inés", "AR", "es;pt", "HEALTH", "AI"),
    ("Jan", "NL", "nl;en", "", "HEALTH"), ("Karla", "CO", "es;en", "AI", "CLIMATE"), ("Lena", "FI", "fi;en", "", "AI;BIO"),
]


def make_event(path: Path, device, rows=ROWS) -> Path:
    from eulac_desktop.core.event import create_event_file
    from eulac_desktop.core.registration import add_participants

    with create_event_file(path, name="P2P lab", start_date="2026-12-03", languages=["es", "pt", "en"],
                           timezone="America/Lima", device=device) as ws:
        add_participants(ws, [{"given_name": name, "family_name": "Test", "email": f"{name.lower()}@example.org",
                               "country": country, "languages": langs, "offers": offers, "seeks": seeks}
                              for name, country, langs, offers, seeks in rows])
    return path


def event_people(path: Path, present_only: bool = False) -> list[Person]:
    from eulac_desktop.core.workspace import Workspace

    with Workspace.open(path, mode="read") as ws:
        return people_of(ws, present_only)


def check_in(path: Path, emails: Iterable[str]) -> None:
    from eulac_desktop.core import checkin
    from eulac_desktop.core.registration import find_by_email
    from eulac_desktop.core.workspace import Workspace

    with Workspace.open(path, mode="write") as ws:
        for email in emails:
            result = checkin.check_in(ws, find_by_email(ws, email), desk="Desk 1")
            assert result.status == checkin.CHECKED_IN


@pytest.fixture(autouse=True)
def english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without --lang the CLI follows the system's language: make that English whatever the machine says."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANGUAGE", "en")


def plan_json(capsys, path: Path, *args: object) -> dict[str, Any]:
    code, out, err = run(capsys, "p2p", "plan", path, *args, "--json")
    assert code == 0, (out, err)
    return json.loads(out)


def test_cli_json_follows_the_contract(capsys, tmp_path: Path, device):
    path = make_event(tmp_path / "p2p.eulac", device)
    data = plan_json(capsys, path, "--rounds", 2, "--min", 3, "--max", 4, "--seconds", 0.2)
    for key, kind in (("score", int), ("seeks_total", int), ("seeks_satisfied", int), ("interpreted", int),
                      ("rounds", list), ("problems", list), ("tables", int), ("mixed", int), ("warnings", list),
                      ("likely_duplicates", list)):
        assert isinstance(data[key], kind) and not isinstance(data[key], bool), key
    assert data["tables"] == sum(len(r["tables"]) for r in data["rounds"]) and 0 <= data["mixed"] <= data["tables"]
    assert len(data["rounds"]) == 2
    for round_ in data["rounds"]:
        assert isinstance(round_["tables"], list) and round_["tables"]
        for table in round_["tables"]:
            assert isinstance(table["topic"], str) and isinstance(table["language"], str)
            assert all(isinstance(e, str) and "@" in e for e in table["participants"])
            assert all(isinstance(i["interpreter"], str) and isinstance(i["for"], str) for i in table["interpreters"])
    for problem in data["problems"]:
        assert isinstance(problem["kind"], str)
    people = event_people(path)
    assert data["seeks_total"] == 13
    check_plan(data, people, rounds=2, min_size=3, max_size=4)


def _room_file(path: Path, device, people: Sequence[tuple[str, str, str, str]]) -> Path:
    """An event of (given name, family name, e-mail, country) people who all speak Spanish and English, offer and
    seek DATA."""
    from eulac_desktop.core.event import create_event_file
    from eulac_desktop.core.registration import add_participants

    with create_event_file(path, name="P2P lab", languages=["es", "en"], timezone="America/Lima", device=device) as ws:
        add_participants(ws, [{"given_name": given, "family_name": family, "email": email, "country": country,
                               "languages": "es;en", "offers": "DATA", "seeks": "DATA"}
                              for given, family, email, country in people])
    return path


@pytest.mark.parametrize("lang, expected", [
    (None, "1 person from Latin America and the Caribbean for 4 tables: 3 tables cannot be mixed; invite more or "
           "plan fewer tables"),
    ("es", "1 persona de América Latina y el Caribe para 4 mesas: 3 mesas no pueden ser mixtas; invite a más "
           "personas o planifique menos mesas")])
def test_cli_plan_counts_the_mix_and_says_up_front_when_a_region_is_too_scarce(capsys, tmp_path: Path, device, lang,
                                                                             expected, spanish_catalog):
    """16 people, one from Peru: `eulac p2p plan --json` has the counts, a "too_few_to_mix" warning with the
    numbers (in the reader's language), and one table a round mixed; the text output says it first."""
    people = [(f"Persona{i}", "Test", f"p{i}@example.org", "PE" if i == 0 else ("ES", "DE")[i % 2]) for i in range(16)]
    path = _room_file(tmp_path / "scarce.eulac", device, people)
    language = ("--lang", lang) if lang else ()
    code, out, err = run(capsys, *language, "p2p", "plan", path, "--rounds", "2", "--min", "4", "--max", "4",
                         "--seconds", "0.2", "--no-save", "--json")
    assert code == 0, (out, err)
    data = json.loads(out)
    assert data["warnings"] == [{"kind": "too_few_to_mix", "region": "LAC", "people": 1, "tables": 4, "unmixed": 3,
                                 "message": expected}]
    assert (data["tables"], data["mixed"]) == (8, 2)
    check_plan(data, event_people(path), rounds=2, min_size=4, max_size=4, strict_mix=True)
    code, out, err = run(capsys, *language, "p2p", "plan", path, "--rounds", "2", "--min", "4", "--max", "4",
                         "--seconds", "0", "--no-save")
    assert code == 0 and out.splitlines()[2] == expected, out


def test_two_records_of_one_person_never_sit_together_and_are_listed_to_be_merged(capsys, tmp_path: Path, device):
    """Sixteen people at four tables of four for three rounds (each meets 9 of the 15 others): the two records of
    Ana Souza (same name, two e-mails, as the registration flags them) never share a table, and the plan lists
    them; Persona1 and Persona10 (close names, two people) are not kept apart."""
    people = [(f"Persona{i}", "Test", f"p{i}@example.org", ("ES", "PE")[i % 2]) for i in range(14)]
    people += [("Ana", "Souza", "ana@example.org", "BR"), ("Ana", "Souza", "ana.souza@example.org", "BR")]
    path = _room_file(tmp_path / "twins.eulac", device, people)
    data = plan_json(capsys, path, "--rounds", 3, "--min", 4, "--max", 4, "--seconds", 0.3, "--no-save")
    [pair] = data["likely_duplicates"]
    assert sorted(pair["emails"]) == ["ana.souza@example.org", "ana@example.org"] and len(pair["ids"]) == 2
    assert pair["names"] == ["Ana Souza", "Ana Souza"]  # by name beside the e-mails (#18 item 4)
    check_plan(data, event_people(path), rounds=3, min_size=4, max_size=4, apart=[tuple(pair["emails"])],
               strict_mix=True)
    assert not [p for p in data["problems"] if p["kind"] in ("same_person", "meets_again")]
    code, out, _err = run(capsys, "p2p", "plan", path, "--rounds", "3", "--min", "4", "--max", "4", "--seconds", "0",
                          "--no-save")
    assert code == 0 and "Likely the same person, never at one table (merge them): Ana Souza (ana" in out
    assert "p1@example.org" not in out and "Persona1 Test" in out  # the tables list people by name


def test_a_person_moved_by_hand_next_to_their_other_record_is_reported(tmp_path: Path, device):
    """The planner keeps the two records apart; a move by hand that seats them together is listed ("same_person")."""
    from eulac_desktop.core.p2p import latest_plan, move_person, save_plan
    from eulac_desktop.core.workspace import Workspace

    people = [(f"Persona{i}", "Test", f"p{i}@example.org", ("ES", "PE")[i % 2]) for i in range(10)]
    people += [("Ana", "Souza", "ana@example.org", "BR"), ("Ana", "Souza", "ana.souza@example.org", "BR")]
    path = _room_file(tmp_path / "twins.eulac", device, people)
    with Workspace.open(path, mode="write") as ws:
        data = plan_event(ws, 1, min_size=4, max_size=4, seconds=0)
        save_plan(ws, data, {"rounds": 1, "min": 4, "max": 4})
        [pair] = data["likely_duplicates"]
        other = next(t["table"] for t in data["rounds"][0]["tables"] if pair["ids"][1] in t["participant_ids"])
        move_person(ws, 1, pair["ids"][0], other)
        plan = latest_plan(ws)
    assert plan is not None and plan["likely_duplicates"] == data["likely_duplicates"]
    assert [(p["round"], p["table"]) for p in plan["problems"] if p["kind"] == "same_person"] == [(1, other)]


@settings(max_examples=20, suppress_health_check=[HealthCheck.too_slow], database=None, deadline=None)
@given(room=rooms(fixed_tables=False), data=st.data())
def test_random_rooms_keep_records_of_one_person_apart(room: dict[str, Any], data: st.DataObject):
    """Any feasible room with a few pairs of records of one person: never together, with and without improving
    (when the sizes leave a way: a round of a single table seats everyone together)."""
    assume(_feasible(room))
    people = room["people"]
    pairs = data.draw(st.lists(st.tuples(st.sampled_from(people), st.sampled_from(people)), max_size=3))
    pairs = [(a, b) for a, b in pairs if a.id != b.id]
    plan = plan_rounds(people, room["rounds"], min_size=room["min_size"], max_size=room["max_size"],
                       seconds=data.draw(st.sampled_from([0, 0.05])), seed=room["seed"],
                       apart=[(a.id, b.id) for a, b in pairs])
    if min(len(tables) for tables in plan.rounds) > 1 and not any(p["kind"] == "meets_again" for p in plan.problems):
        check(plan, people, rounds=room["rounds"], min_size=room["min_size"], max_size=room["max_size"],
              apart=[(a.email, b.email) for a, b in pairs])


def test_cli_text_output_lists_the_rounds(capsys, tmp_path: Path, device):
    path = make_event(tmp_path / "p2p.eulac", device)
    code, out, err = run(capsys, "p2p", "plan", path, "--rounds", 2, "--min", 3, "--max", 4, "--seconds", 0)
    assert code == 0, err
    assert "seeks met" in out and "Round 1" in out and "Round 2" in out
    assert "Ana Test" in out and "ana@example.org" not in out  # people by name (#18 item 4); the JSON has e-mails


def test_cli_fixed_tables_number_is_kept(capsys, tmp_path: Path, device):
    path = make_event(tmp_path / "p2p.eulac", device)
    data = plan_json(capsys, path, "--rounds", 1, "--tables", 4, "--min", 3, "--max", 3, "--seconds", 0.1)
    check_plan(data, event_people(path), rounds=1, min_size=3, max_size=3, tables=4)


@pytest.mark.parametrize("args,reason", [
    (("--tables", 2, "--min", 3, "--max", 5), "12 people do not fit at 2 tables of at most 5"),
    (("--tables", 4, "--min", 4, "--max", 6), "12 people cannot fill 4 tables of at least 4"),
    (("--min", 13, "--max", 14), "too few people for one table (12; a table has at least 13)"),
    (("--rounds", 0), "plan at least one round"),
    (("--min", 5, "--max", 4), "the smallest table must have at least 2 people"),
])
def test_cli_refusals_exit_1_with_the_reason(capsys, tmp_path: Path, device, args, reason):
    path = make_event(tmp_path / "p2p.eulac", device)
    argv = ["--rounds", 1, *args] if "--rounds" not in args else list(args)
    code, out, err = run(capsys, "p2p", "plan", path, *argv, "--seconds", 0)
    assert code == 1 and reason in err and out == "", (code, out, err)
    code, out, err = run(capsys, "p2p", "plan", path, *argv, "--seconds", 0, "--json")
    assert code == 1 and reason in err
    assert json.loads(out)["error"] == "invalid_value" and reason in json.loads(out)["message"]


@pytest.mark.parametrize("seconds", ["inf", "nan", "-1", "soon"])
def test_cli_a_planning_time_that_is_no_number_of_seconds_is_a_usage_error(capsys, tmp_path: Path, device,
                                                                           seconds: str):
    path = make_event(tmp_path / "p2p.eulac", device)  # "inf" planned until the process was killed
    code, out, err = run(capsys, "p2p", "plan", path, "--rounds", 1, "--seconds", seconds, "--json")
    assert code == 2 and out == "" and "give a number of seconds, 0 or more" in err, (code, out, err)


@pytest.mark.parametrize("minutes", [0, -30, 1441])
def test_cli_a_round_length_out_of_a_day_is_refused_and_nothing_saved(capsys, tmp_path: Path, device,
                                                                      minutes: int):
    path = make_event(tmp_path / "p2p.eulac", device)  # -30 saved rounds that each started before the last
    data = run_json(capsys, "p2p", "plan", path, "--rounds", 2, "--seconds", 0, "--start", "2026-12-08T14:00",
                    "--minutes", minutes, expect=1)
    assert data["error"] == "invalid_value" and "--minutes" in data["message"] and "1440" in data["message"]
    from eulac_desktop.core.p2p import latest_plan
    from eulac_desktop.core.workspace import Workspace

    with Workspace.open(path, mode="read") as ws:
        assert latest_plan(ws) is None


def test_cli_start_is_kept_as_the_events_wall_time_and_needs_a_time(capsys, tmp_path: Path, device):
    """`--start 2026-12-08T14:00Z` was saved as written: the agendas said 14:00 in Lima (09:00 there) and the
    page could not read it back; `--start 2026-12-08` put every round at midnight."""
    from eulac_desktop.core.p2p import latest_plan
    from eulac_desktop.core.workspace import Workspace

    path = make_event(tmp_path / "p2p.eulac", device)
    for start, kept in (("2026-12-08T14:00Z", "2026-12-08T09:00"), ("2026-12-08T14:00:59", "2026-12-08T14:00")):
        run_json(capsys, "p2p", "plan", path, "--rounds", 1, "--seconds", 0, "--start", start, "--minutes", 30)
        with Workspace.open(path, mode="read") as ws:
            assert latest_plan(ws)["params"]["start"] == kept
    data = run_json(capsys, "p2p", "plan", path, "--rounds", 1, "--seconds", 0, "--start", "2026-12-09", expect=1)
    assert data["error"] == "invalid_value" and "YYYY-MM-DDTHH:MM" in data["message"]
    with Workspace.open(path, mode="read") as ws:
        assert latest_plan(ws)["params"]["start"] == "2026-12-08T14:00"


def test_cli_refuses_a_room_where_nobody_offers_anything(capsys, tmp_path: Path, device):
    rows = [(name, country, langs, "", seeks) for name, country, langs, _offers, seeks in ROWS]
    path = make_event(tmp_path / "p2p.eulac", device, rows)
    code, out, err = run(capsys, "p2p", "plan", path, "--rounds", 1, "--min", 3, "--max", 4, "--seconds", 0)
    assert code == 1 and out == "" and "nobody present offers a topic" in err


def test_cli_refuses_sizes_that_cannot_fit(capsys, tmp_path: Path, device):
    path = make_event(tmp_path / "p2p.eulac", device, ROWS[:7])
    code, out, err = run(capsys, "p2p", "plan", path, "--rounds", 1, "--min", 4, "--max", 5, "--seconds", 0)
    assert code == 1 and out == "" and "Error:" in err


def test_cli_present_only_plans_the_checked_in_people(capsys, tmp_path: Path, device):
    path = make_event(tmp_path / "p2p.eulac", device)
    arrived = [f"{row[0].lower()}@example.org" for row in ROWS[:8] if row[0] != "Dirk"]  # Dirk (CLIMATE) is away
    check_in(path, arrived)
    data = plan_json(capsys, path, "--rounds", 2, "--min", 3, "--max", 4, "--seconds", 0.2, "--present-only")
    seated = {e for r in data["rounds"] for t in r["tables"] for e in t["participants"]}
    assert seated == set(arrived)
    present = event_people(path, present_only=True)
    registered = set().union(*(p.offers for p in event_people(path)))
    check_plan(data, present, rounds=2, min_size=3, max_size=4, registered_offers=registered)
    unmet = {(p["participant"], p["topic"]): p["reason"] for p in data["problems"] if p["kind"] == "seek_unmet"}
    assert unmet[("elena@example.org", "CLIMATE")] == "nobody_present_offers"  # only Dirk offers it, and he is away
    everyone = plan_json(capsys, path, "--rounds", 1, "--min", 3, "--max", 4, "--seconds", 0)
    assert {e for t in everyone["rounds"][0]["tables"] for e in t["participants"]} == {p.email for p in event_people(path)}


def test_cli_present_only_with_nobody_checked_in_is_refused(capsys, tmp_path: Path, device):
    path = make_event(tmp_path / "p2p.eulac", device)
    code, out, err = run(capsys, "p2p", "plan", path, "--rounds", 1, "--present-only", "--seconds", 0)
    assert code == 1 and out == "" and "only 0 of the" in err and "check people in first" in err


# -- 5. determinism --------------------------------------------------------------------------------------------------


@settings(max_examples=15, suppress_health_check=[HealthCheck.too_slow], database=None)
@given(room=rooms())
def test_same_seed_and_input_without_time_gives_the_same_plan(room: dict[str, Any]):
    assume(_feasible(room))
    args = (room["people"], room["rounds"])
    kwargs = {"tables": room["tables"], "min_size": room["min_size"], "max_size": room["max_size"], "seconds": 0,
              "seed": room["seed"]}
    first, second = plan_rounds(*args, **kwargs), plan_rounds(*args, **kwargs)
    assert plan_as_data(first, room["people"]) == plan_as_data(second, room["people"])
    reversed_input = plan_rounds(list(reversed(room["people"])), room["rounds"], **kwargs)
    assert plan_as_data(reversed_input, room["people"])["rounds"] == plan_as_data(first, room["people"])["rounds"]


def test_cli_plan_is_the_same_in_another_process(tmp_path: Path, device, isolated_config: Path):
    """String hashing differs between processes (PYTHONHASHSEED): the plan must not depend on it."""
    path = make_event(tmp_path / "p2p.eulac", device)
    outputs = []
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed, "EULAC_CONFIG_DIR": str(isolated_config), "LANGUAGE": "en"}
        done = subprocess.run([sys.executable, "-m", "eulac_desktop.cli", "p2p", "plan", str(path), "--rounds", "3",
                               "--min", "3", "--max", "4", "--seconds", "0", "--no-save", "--json"],
                              check=False, capture_output=True, text=True, env=env, timeout=60)
        assert done.returncode == 0, done.stderr
        outputs.append(json.loads(done.stdout))
    assert outputs[0] == outputs[1]


@pytest.mark.skipif(not __import__("shutil").which("pdftotext"), reason="poppler-utils is not installed; make test installs it")
def test_a_saved_plan_prints_everyones_agenda_in_their_language(event_file: Path, tmp_path: Path, capsys,
                                                                spanish_catalog) -> None:
    import subprocess

    from eulac_desktop.cli import main as eulac_main
    from eulac_desktop.core import registration
    from eulac_desktop.core.workspace import Workspace

    with Workspace.open(event_file) as ws:
        registration.set_topics(ws, [{"code": "DATA", "labels": {"en": "Open data", "es": "Datos abiertos"}}])
        for pid in registration.participant_ids(ws):
            registration.update_participant(ws, pid, {"offers": "DATA"})
        registration.update_participant(ws, registration.find_by_email(ws, "jose@example.org"), {"languages": "es;en"})
        registration.update_participant(ws, registration.find_by_email(ws, "anna@example.fi"), {"languages": "fi;en"})
    out = tmp_path / "agendas.pdf"
    assert eulac_main(["p2p", "agendas", str(event_file), str(out)]) == 1  # nothing planned yet
    assert eulac_main(["p2p", "plan", str(event_file), "--rounds", "1", "--min", "3", "--max", "3", "--seconds", "0",
                       "--start", "2026-12-03T14:00", "--minutes", "30", "--json"]) == 0
    assert eulac_main(["p2p", "agendas", str(event_file), str(out), "--json"]) == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "José Pérez" in text and "Datos abiertos" in text and "Open data" in text  # each in their language
    assert "Ronda 1 · 14:00" in text and "Round 1 · 14:00" in text


@pytest.mark.skipif(not __import__("shutil").which("pdftotext"), reason="poppler-utils is not installed; make test installs it")
def test_signs_show_each_table_and_round_in_every_event_language_and_the_sheet_names_people(
        event_file: Path, tmp_path: Path, capsys) -> None:
    import subprocess

    from eulac_desktop.cli import main as eulac_main
    from eulac_desktop.core import registration
    from eulac_desktop.core.workspace import Workspace

    with Workspace.open(event_file) as ws:
        registration.set_topics(ws, [{"code": "DATA", "labels": {"en": "Open data", "es": "Datos abiertos",
                                                                 "pt": "Dados abertos"}}])
        for pid in registration.participant_ids(ws):
            registration.update_participant(ws, pid, {"offers": "DATA"})
    out = tmp_path / "signs.pdf"
    assert eulac_main(["p2p", "signs", str(event_file), str(out)]) == 1  # nothing planned yet
    assert eulac_main(["p2p", "plan", str(event_file), "--rounds", "2", "--min", "3", "--max", "3", "--seconds", "0"]) == 0
    assert eulac_main(["p2p", "signs", str(event_file), str(out), "--json"]) == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert {"Datos abiertos", "Dados abertos", "Open data"} <= set(text.split("\n"))  # the event's languages
    assert "José Pérez" in text and "@" not in text  # the sheet names people, never e-mails


def test_feedback_is_one_rating_per_person_and_round_and_is_summarised(event_file: Path, capsys) -> None:
    from eulac_desktop.cli import main as eulac_main
    from eulac_desktop.core import checkin, p2p, registration
    from eulac_desktop.core import errors as core_errors
    from eulac_desktop.core.workspace import Workspace

    with Workspace.open(event_file) as ws:
        with pytest.raises(core_errors.InvalidValue):
            p2p.add_feedback(ws, 1, 4, participant_id=registration.participant_ids(ws)[0])  # nothing planned yet
        registration.set_topics(ws, [{"code": "DATA", "labels": {"en": "Open data"}}])
        for pid in registration.participant_ids(ws):
            registration.update_participant(ws, pid, {"offers": "DATA"})
    assert eulac_main(["p2p", "plan", str(event_file), "--rounds", "2", "--min", "3", "--max", "3", "--seconds", "0"]) == 0
    with Workspace.open(event_file) as ws:
        jose = registration.find_by_email(ws, "jose@example.org")
        code = checkin.badge_code(ws, jose)
        p2p.add_feedback(ws, 1, 5, badge=code)
        for bad in ({"round_number": 1, "rating": 4},  # twice in one round
                    {"round_number": 3, "rating": 4},  # no such round
                    {"round_number": 2, "rating": 0}, {"round_number": 2, "rating": 6}):
            with pytest.raises(core_errors.InvalidValue):
                p2p.add_feedback(ws, bad["round_number"], bad["rating"], badge=code)
        with pytest.raises(core_errors.InvalidValue):
            p2p.add_feedback(ws, 2, 4, badge=code[:-1] + ("B" if code[-1] != "B" else "C"))  # a forged badge
        p2p.add_feedback(ws, 1, 2, participant_id=registration.find_by_email(ws, "anna@example.fi"))
        with pytest.raises(p2p.RatingRefused) as refused:  # asked at the scan, before any rating (issue 15)
            p2p.may_rate(ws, 1, badge=code)
        assert refused.value.why == "already"
        assert p2p.may_rate(ws, 2, badge=code)["id"] == jose
    assert eulac_main(["p2p", "feedback", "add", str(event_file), "--round", "2", "--rating", "4",
                       "--email", "c@example.org", "--json"]) == 0
    assert eulac_main(["p2p", "feedback", "add", str(event_file), "--round", "2", "--rating", "4",
                       "--email", "c@example.org"]) == 1
    capsys.readouterr()
    assert eulac_main(["p2p", "feedback", "summary", str(event_file), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ratings"] == 3
    assert [(r["round"], r["ratings"], r["mean"]) for r in data["rounds"]] == [(1, 2, 3.5), (2, 1, 4.0)]
    assert data["topics"] == [{"topic": "DATA", "ratings": 3, "mean": 3.67}]


def test_feedback_summary_text_says_when_nobody_rated_and_writes_means_in_the_readers_language(
        capsys, tmp_path: Path, device) -> None:
    """The summary printed nothing at all when nobody had rated, and its means as 4.03 in Spanish and French."""
    from eulac_desktop.core import p2p, registration
    from eulac_desktop.core.workspace import Workspace

    path = make_event(tmp_path / "p2p.eulac", device)
    code, out, _err = run(capsys, "p2p", "feedback", "summary", path)
    assert (code, out) == (0, "No ratings yet.\n")
    code, out, _err = run(capsys, "--lang", "es", "p2p", "feedback", "summary", path)
    assert (code, out) == (0, "Aún no hay valoraciones.\n")
    run_json(capsys, "p2p", "plan", path, "--rounds", 1, "--seconds", 0)
    with Workspace.open(path) as ws:
        for pid, rating in zip(registration.participant_ids(ws)[:3], (4, 4, 5)):
            p2p.add_feedback(ws, 1, rating, participant_id=pid)
    assert run_json(capsys, "p2p", "feedback", "summary", path)["rounds"][0]["mean"] == 4.33
    code, out, _err = run(capsys, "--lang", "es", "p2p", "feedback", "summary", path)
    assert code == 0 and out.startswith("Ronda 1: 3 · 4,33\n") and "4.33" not in out


def test_many_ratings_are_checked_like_one_and_recorded_all_or_none(event_file: Path) -> None:
    from eulac_desktop.cli import main as eulac_main
    from eulac_desktop.core import errors as core_errors
    from eulac_desktop.core import p2p, registration
    from eulac_desktop.core.workspace import Workspace

    with Workspace.open(event_file) as ws:
        registration.set_topics(ws, [{"code": "DATA", "labels": {"en": "Open data"}}])
        for pid in registration.participant_ids(ws):
            registration.update_participant(ws, pid, {"offers": "DATA"})
    assert eulac_main(["p2p", "plan", str(event_file), "--rounds", "2", "--min", "3", "--max", "3", "--seconds", "0"]) == 0
    with Workspace.open(event_file) as ws:
        jose, anna = (registration.find_by_email(ws, e) for e in ("jose@example.org", "anna@example.fi"))
        for refused in ([(1, jose, 5), (1, jose, 4)],  # twice in one round, within the batch
                        [(1, jose, 5), (3, anna, 4)],  # no such round
                        [(1, jose, 5), (2, anna, 6)]):  # out of range
            with pytest.raises(core_errors.InvalidValue):
                p2p.add_feedbacks(ws, refused)
            assert p2p.feedback_summary(ws)["ratings"] == 0  # all or none
        changes = p2p.add_feedbacks(ws, [(1, jose, 5), (1, anna, 2), (2, jose, 4)])
        assert len(changes.inserted["p2p_feedback"]) == 3
        with pytest.raises(p2p.RatingRefused):
            p2p.add_feedbacks(ws, [(2, jose, 3)])  # already rated, as add_feedback says
        assert [(r["round"], r["ratings"]) for r in p2p.feedback_summary(ws)["rounds"]] == [(1, 2), (2, 1)]


def test_the_demo_has_a_planned_p2p_session_with_feedback_on_round_one(tmp_path: Path) -> None:
    from eulac_desktop.core import p2p
    from eulac_desktop.core.demo import build_demo_event

    ws = build_demo_event(tmp_path / "demo.eulac")
    try:
        plan = p2p.latest_plan(ws)
        summary = p2p.feedback_summary(ws)
    finally:
        ws.close()
    assert plan is not None and len(plan["rounds"]) == 3 and plan["params"]["minutes"] == 30
    assert summary["rounds"][0]["ratings"] > 50 and summary["rounds"][1]["ratings"] == 0


def test_replanning_after_late_arrivals_and_no_shows_keeps_tables_and_the_rules(tmp_path: Path) -> None:
    from eulac_desktop.core import checkin, p2p, registration
    from eulac_desktop.core.demo import build_demo_event

    ws = build_demo_event(tmp_path / "demo.eulac")
    try:
        arrived = sorted(checkin.checked_in_ids(ws))
        late = [p for p in registration.participant_ids(ws) if p not in set(arrived)][:9]
        for pid in late:
            checkin.check_in(ws, pid)
        data = p2p.plan_event(ws, 3, min_size=4, max_size=6, seconds=0.3, present_only=True, keep=True)
        people = p2p.people_of(ws, present_only=True)
        check_plan(data, people, rounds=3, min_size=4, max_size=6)  # everyone present seated, every rule
        assert data["kept_tables"] >= 20  # most of round 1's tables stay as they were printed
    finally:
        ws.close()


def test_the_search_opens_no_table_only_to_mix_it() -> None:
    """Two tables of six, each of one language and both mixed, keep every rule; the search must not open a third
    table (mixed, but where German and Polish speakers share no language) for being one more mixed table. A round
    of three tables is planned whole, exactly, until no plan is better: the search ends before its time limit,
    which only bounds a very busy machine's wait."""
    people = [person(i, offers=["AI"], languages=["de"] if i < 6 else ["pl"]) for i in range(12)]
    plan = plan_rounds(people, 1, min_size=4, max_size=6, seconds=60, seed=1)
    assert not [p for p in plan.problems if p["kind"] == "no_shared_language"]
    assert plan.interpreted == 0
    assert sorted(len(t.members) for t in plan.rounds[0]) == [6, 6]
    assert plan.mixed == 2


def test_replanning_mixes_a_table_from_tables_it_already_changed() -> None:
    """A table the no-shows left without Latin America takes someone from a table the re-plan already changed,
    not from one still as printed, when both could lend someone at the same cost."""
    from eulac_desktop.core.p2p.planner import _mix, _Round

    people = [person(i, offers=["AI"], region="EU" if i in (0, 1, 5, 6, 10, 11, 12, 13) else "LAC") for i in range(14)]
    by_id = {p.id: p for p in people}
    state = _Round(by_id, {p.id: set() for p in people}, {p.id: set() for p in people})
    ids = [p.id for p in people]
    state.tables = [ids[0:5], ids[5:10], ids[10:14]]  # tables 0 and 1: 2 EU and 3 LAC; table 2: EU only
    state.topics = ["AI", "AI", "AI"]
    printed = list(state.tables[0])
    changed = _mix(state, 4, 6, prefer={1, 2})
    assert changed == {1, 2}
    assert state.tables[0] == printed
    assert {by_id[p].region for p in state.tables[2]} == {"EU", "LAC"}


def test_moving_a_person_by_hand_rechecks_the_rules_and_undoes(tmp_path: Path) -> None:
    from eulac_desktop.core import p2p, records
    from eulac_desktop.core.demo import build_demo_event

    ws = build_demo_event(tmp_path / "demo.eulac")
    try:
        before = p2p.latest_plan(ws)
        first, second = before["rounds"][0]["tables"][:2]
        person = first["participant_ids"][0]
        changes = p2p.move_person(ws, 1, person, second["table"])
        after = p2p.latest_plan(ws)
        tables = {t["table"]: t for t in after["rounds"][0]["tables"]}
        assert person in tables[second["table"]]["participant_ids"] and person not in tables[first["table"]]["participant_ids"]
        sizes = {t["table"]: len(t["participant_ids"]) for t in after["rounds"][0]["tables"]}
        size_notes = {p["table"] for p in after["problems"] if p["kind"] == "size" and p["round"] == 1}
        assert size_notes == {n for n, size in sizes.items() if not 4 <= size <= 6}  # what the move broke is listed
        def seats(plan):
            return [[t["participant_ids"] for t in r["tables"]] for r in plan["rounds"][1:]]

        assert seats(after) == seats(before)  # the other rounds stay as they were
        with pytest.raises(errors.InvalidValue):
            p2p.move_person(ws, 1, person, second["table"])  # already there
        records.revert_changes(ws, changes)
        assert p2p.latest_plan(ws)["rounds"] == before["rounds"]
    finally:
        ws.close()


def test_a_plan_of_a_file_open_elsewhere_is_shown_not_saved(event_file: Path, capsys) -> None:
    from eulac_desktop.cli import main as eulac_main
    from eulac_desktop.core import p2p, registration
    from eulac_desktop.core.workspace import Workspace

    with Workspace.open(event_file) as ws:
        registration.set_topics(ws, [{"code": "DATA", "labels": {}}])
        for pid in registration.participant_ids(ws):
            registration.update_participant(ws, pid, {"offers": "DATA"})
    with Workspace.open(event_file):  # the app has it open: the command line may only read it
        assert eulac_main(["p2p", "plan", str(event_file), "--rounds", "1", "--min", "3", "--max", "3",
                           "--seconds", "0", "--json"]) == 0
        out = capsys.readouterr()
        assert len(json.loads(out.out)["rounds"][0]["tables"]) == 1 and "Not saved" in out.err
    with Workspace.open(event_file, mode="read") as ws:
        assert p2p.latest_plan(ws) is None


@pytest.mark.skipif(not __import__("shutil").which("pdftotext"), reason="poppler-utils is not installed; make test installs it")
def test_agendas_carry_the_day_and_signs_name_topics_never_by_code(event_file: Path, tmp_path: Path, capsys,
                                                                   spanish_catalog) -> None:
    import subprocess

    from eulac_desktop.cli import main as eulac_main
    from eulac_desktop.core import registration
    from eulac_desktop.core.workspace import Workspace

    with Workspace.open(event_file) as ws:
        registration.set_topics(ws, [{"code": "5GIOT", "labels": {"en": "5G and the Internet of Things",
                                                                  "es": "5G e Internet de las cosas"}}])
        for pid in registration.participant_ids(ws):
            registration.update_participant(ws, pid, {"offers": "5GIOT"})
        registration.update_participant(ws, registration.find_by_email(ws, "jose@example.org"), {"languages": "es"})
        registration.update_participant(ws, registration.find_by_email(ws, "anna@example.fi"), {"languages": "fi;en"})
    assert eulac_main(["p2p", "plan", str(event_file), "--rounds", "2", "--min", "3", "--max", "3", "--seconds", "0",
                       "--start", "2026-12-03T14:00", "--minutes", "45"]) == 0
    agendas, signs = tmp_path / "agendas.pdf", tmp_path / "signs.pdf"
    assert eulac_main(["p2p", "agendas", str(event_file), str(agendas)]) == 0
    assert eulac_main(["p2p", "signs", str(event_file), str(signs)]) == 0
    text = subprocess.run(["pdftotext", str(agendas), "-"], capture_output=True, text=True, check=True).stdout
    assert "jueves, 3 de diciembre de 2026" in text and "Thursday, 3 December 2026" in text  # each card's language
    assert "Ronda 2 · 14:45" in text and "Round 2 · 14:45" in text
    sheet = subprocess.run(["pdftotext", str(signs), "-"], capture_output=True, text=True, check=True).stdout
    assert "5G e Internet de las cosas" in sheet and "5GIOT" not in sheet  # the facilitator's sheet too


@pytest.mark.parametrize("lang, warning, expected", [
    (None, {"region": "EU", "people": 0, "tables": 1, "unmixed": 1},
     "0 people from Europe for 1 table: 1 table cannot be mixed; invite more or plan fewer tables"),
    (None, {"region": "LAC", "people": 12, "tables": 44, "unmixed": 32},
     "12 people from Latin America and the Caribbean for 44 tables: 32 tables cannot be mixed; invite more or plan "
     "fewer tables"),
    ("pt", {"region": "LAC", "people": 1, "tables": 2, "unmixed": 1},
     "1 pessoa da América Latina e do Caribe para 2 mesas: 1 mesa não pode ser mista; convide mais pessoas ou "
     "planeje menos mesas"),
    ("fr", {"region": "EU", "people": 1, "tables": 3, "unmixed": 2},
     "1 personne d'Europe pour 3 tables\u00a0: 2 tables ne peuvent pas être mixtes\u00a0; invitez davantage de "
     "personnes ou prévoyez moins de tables")])
def test_the_mix_warning_gives_each_count_its_own_plural(lang, warning, expected, spanish_catalog) -> None:
    """"1 people from Latin America…", "for 1 tables": the warning's three counts each take their own plural, and
    each region its article ("da América Latina e do Caribe", "d'Europe")."""
    from eulac_desktop.core.i18n import set_language
    from eulac_desktop.core.p2p import mix_warning_text

    set_language(lang or "en")
    try:
        assert mix_warning_text({"kind": "too_few_to_mix", **warning}) == expected
    finally:
        set_language("en")


def test_planning_only_the_checked_in_people_before_enough_arrived_says_so_not_lower_the_minimum(
        capsys, tmp_path: Path, device):
    """A new user's first plan, before the check-in: the way forward is to check people in or plan with everyone,
    not a smaller table (what the refusal said)."""
    path = make_event(tmp_path / "p2p.eulac", device)
    check_in(path, [f"{ROWS[0][0].lower()}@example.org"])
    code, out, err = run(capsys, "p2p", "plan", path, "--rounds", 1, "--min", 4, "--max", 6, "--seconds", 0,
                         "--present-only")
    assert code == 1 and out == ""
    assert (f"Error: Participants: only 1 of the {len(event_people(path))} people registered have checked in, too few "
            "for one table of 4: check people in first, or plan the rounds with everyone registered") in err
    assert "lower the minimum" not in err


def test_an_agendas_with_line_wraps_before_it_shrinks(demo_file: Path, tmp_path: Path, monkeypatch) -> None:
    """A card's "With: …" line that fitted one line at 5.5 pt was drawn so, beside others wrapped at 7.5 pt; now
    it wraps first (up to three lines) and shrinks only when three lines are not enough."""
    from eulac_desktop.core import p2p
    from eulac_desktop.core.workspace import Workspace
    from eulac_desktop.documents import p2p_agendas

    sizes: list[float] = []
    real_draw = p2p_agendas.draw_text

    def draw_text(canvas, x, y, text, font, size, align="left"):
        if text.startswith(("With:", "Con:", "Com:", "Avec")):  # its first line (the others have its size)
            sizes.append(size)
        return real_draw(canvas, x, y, text, font, size, align)

    monkeypatch.setattr(p2p_agendas, "draw_text", draw_text)
    with Workspace.open(demo_file, mode="write") as ws:
        p2p.save_plan(ws, p2p.plan_event(ws, 3, seconds=0), {"rounds": 3})
        assert p2p_agendas.agendas_pdf(ws, tmp_path / "agendas.pdf") == 240
    assert sizes and min(sizes) >= 7.5 * 0.93 ** 2, sorted(sizes)[:5]


def test_replanning_finds_a_new_interpreter_for_whom_a_no_show_interpreted() -> None:
    """A French-only speaker's interpreter does not come: the table is otherwise as printed (sizes, host, mix), yet
    the re-plan must seat someone who can interpret for her (the French and Spanish speaker of the other table,
    whose table stays mixed without him) rather than leave her with no shared language."""
    french = person(0, languages=["fr"], region="EU", country="BE")
    interpreter = person(1, languages=["fr", "es"], region="EU", country="FR")
    other = person(2, languages=["fr", "es"], region="EU", country="FR")
    spanish = person(3, languages=["es"], region="EU")
    lac = [person(i, offers=["AI"] if i in (4, 7) else [], languages=["es"], region="LAC") for i in range(4, 10)]
    people = [french, interpreter, other, spanish, *lac]
    keep = [[(1, "AI", [french.id, interpreter.id, *(p.id for p in lac[:3])]),
             (2, "AI", [other.id, spanish.id, *(p.id for p in lac[3:])])]]
    present = [p for p in people if p is not interpreter]
    plan = plan_rounds(present, 1, min_size=4, max_size=6, seconds=1, seed=1, keep=keep)
    check(plan, present, rounds=1, min_size=4, max_size=6, strict_mix=True)
    assert not [p for p in plan.problems if p["kind"] == "no_shared_language"], plan.problems
    assert plan.interpreted == 1


def test_a_replan_mends_a_table_that_breaks_a_rule_before_any_other():
    """A re-plan's exact neighbourhoods (`search._neighbourhood` with the tables it changed, `only`) take first a
    round, then the tables, that break a rule: here round 2's table of two (the no-shows left it below four) among
    eight changed tables of two rounds, with room for three tables a neighbourhood. Before, a random round and a
    random few of its changed tables were taken, and such a table could wait the whole second."""
    import random

    from eulac_desktop.core.p2p import search

    people = [person(i, offers=["AI"]) for i in range(34)]  # Spanish and English speakers, EU and LAC in turn
    ids = [p.id for p in people]
    tables = [ids[0:4], ids[4:8], ids[8:12], ids[12:16]]
    layouts = []
    for members in (tables, [ids[16:20], ids[20:24], ids[24:28], ids[28:32], ids[32:34]]):
        layout = search.Round()
        layout.tables, layout.topics = [list(m) for m in members], ["AI"] * len(members)
        layouts.append(layout)
    seat = [{pid: i for i, members in enumerate(layout.tables) for pid in members} for layout in layouts]
    ctx = search._Context({p.id: p for p in people}, layouts, seat, 4, 6)
    for r, layout in enumerate(layouts):
        for i, members in enumerate(layout.tables):
            ctx.language[r, i] = search.language_cost(ctx.people, members)
    only = [{0, 1, 2, 3}, {0, 1, 2, 4}]
    for seed in range(20):
        choice = search._neighbourhood(ctx, random.Random(seed), 3, sorted(ctx.people), {}, only, set(), 0)
        assert choice is not None
        r, chosen = choice
        assert r == 1 and 4 in chosen, (seed, choice)
