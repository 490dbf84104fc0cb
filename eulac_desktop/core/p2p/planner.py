"""The round planner: a fast greedy start, then improvement by swaps until the time limit.

Hard rules: table sizes within [min, max]; everyone present seated in every round; each table's topic is
offered by one of its members; nobody meets the same person twice (broken only when the room leaves no
other way, and then reported). Each table has a working language; a member who does not speak it sits
with someone who speaks it and shares another language with them (who interprets) — or, when the room
has nobody who could, is reported: real lists have monolingual people, and the planner never fails on them.

Goals, in this order (compared as a tuple): fewest members with no shared language, fewest interpreted
seats, most satisfied seeks (a person at a table on a topic they seek, each seek counted once across
rounds), tables mixed EU/LAC, spread of countries.
"""

from __future__ import annotations

import math
import random
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

from .. import errors
from ..i18n import N_


@dataclass(frozen=True)
class Person:
    id: str
    email: str
    region: str  # EU, LAC or other
    country: str
    languages: tuple[str, ...]  # the first is the main one
    offers: frozenset[str]
    seeks: frozenset[str]


@dataclass
class PlanTable:
    number: int
    topic: str
    language: str
    members: list[str]
    interpreters: list[tuple[str, str]] = field(default_factory=list)  # (who interprets, for whom)
    unbridged: list[str] = field(default_factory=list)  # members nobody at the table can interpret for


@dataclass
class Plan:
    rounds: list[list[PlanTable]]
    satisfied: dict[str, set[str]]  # person id → topics they sat on and sought
    problems: list[dict[str, object]]
    seeks_total: int
    interpreted: int
    kept: int = 0  # tables of a previous plan left exactly as they were (see `keep`)

    @property
    def score(self) -> int:
        """One number for scripts: satisfied seeks, less 10 for each interpreted seat and 100 for each member
        with no shared language (the goals' order)."""
        unbridged = sum(len(t.unbridged) for tables in self.rounds for t in tables)
        return sum(len(s) for s in self.satisfied.values()) - 10 * self.interpreted - 100 * unbridged


class _Round:
    """One round being built and improved."""

    def __init__(self, people: dict[str, Person], met: dict[str, set[str]], satisfied: dict[str, set[str]]):
        self.people, self.met, self.satisfied = people, met, satisfied
        self.tables: list[list[str]] = []
        self.topics: list[str] = []
        self.numbers: list[int] = []  # table numbers, when they come from a previous plan

    def speaks(self, pid: str, language: str) -> bool:
        return language in self.people[pid].languages

    def language_of(self, members: Sequence[str], host_language: str) -> tuple[str, int, int]:
        """The working language that leaves fewest members unbridged, then fewest interpreted; with the count of each."""
        best: tuple[int, int, int, str] | None = None
        candidates = Counter(lang for pid in members for lang in self.people[pid].languages)
        for language, _n in candidates.most_common(4):
            unbridged = interpreted = 0
            for pid in members:
                if self.speaks(pid, language):
                    continue
                mine = set(self.people[pid].languages)
                if any(self.speaks(q, language) and mine & set(self.people[q].languages) for q in members if q != pid):
                    interpreted += 1
                else:
                    unbridged += 1
            key = (unbridged, interpreted, 0 if language == host_language else 1, language)
            if best is None or key < best:
                best = key
        assert best is not None
        return best[3], best[0], best[1]

    def table_value(self, i: int) -> tuple[int, int, int, int, int]:
        members = self.tables[i]
        topic = self.topics[i]
        host = next((p for p in members if topic in self.people[p].offers), None)
        if host is None:
            return (-10_000, 0, 0, 0, 0)  # a hard rule broken: never accepted
        _lang, unbridged, interpreted = self.language_of(members, self.people[host].languages[0])
        seeks = sum(1 for p in members if topic in self.people[p].seeks and topic not in self.satisfied[p])
        regions = {self.people[p].region for p in members}
        mixed = 1 if {"EU", "LAC"} <= regions else 0
        countries = len({self.people[p].country for p in members})
        return (-unbridged, -interpreted, seeks, mixed, countries)

    def conflicts(self, pid: str, members: Iterable[str]) -> int:
        return sum(1 for q in members if q in self.met[pid])


def _total(values: Iterable[tuple[int, ...]]) -> tuple[int, ...]:
    return tuple(sum(v) for v in zip(*values))


def plan_rounds(people: Sequence[Person], rounds: int, *, tables: int | None = None, min_size: int = 4,
                max_size: int = 6, seconds: float = 3.0, seed: int = 1, registered_offers: set[str] | None = None,
                keep: Sequence[Sequence[tuple[int, str, Sequence[str]]]] | None = None,
                progress: Callable[[int, int], bool] | None = None) -> Plan:
    """Plan `rounds` rounds for `people` (see the module's rules and goals); stops improving at `seconds`.

    `keep` is a previous plan (per round, its tables as (number, topic, member ids)): after no-shows and late
    arrivals, a round starts from its tables with the people still present, seats the others where they fit
    best, and changes nothing else; a round where that cannot keep the rules is planned again whole."""
    n = len(people)
    if not 2 <= min_size <= max_size:
        raise errors.InvalidValue(field=N_("Table size"), reason=N_("the smallest table must have at least 2 people and "
                                                                      "not more than the largest"))
    if rounds < 1:
        raise errors.InvalidValue(field=N_("Rounds"), reason=N_("plan at least one round"))
    if n < min_size:
        raise errors.InvalidValue(field=N_("Participants"), reason=N_(
            "{n} people are fewer than one table's minimum ({min}): lower the minimum"), n=n, min=min_size)
    count = tables or math.ceil(n / max_size)
    if count * max_size < n:
        raise errors.InvalidValue(field=N_("Tables"), reason=N_(
            "{n} people do not fit at {tables} tables of at most {max}: add tables or raise the maximum"),
            n=n, tables=count, max=max_size)
    if count * min_size > n:
        if tables:
            raise errors.InvalidValue(field=N_("Tables"), reason=N_(
                "{n} people cannot fill {tables} tables of at least {min}: use fewer tables or lower the minimum"),
                n=n, tables=count, min=min_size)
        count = n // min_size
        if count * max_size < n:
            raise errors.InvalidValue(field=N_("Table size"), reason=N_(
                "{n} people cannot be split into tables of {min} to {max}: change the sizes"), n=n, min=min_size, max=max_size)
    offered = set().union(*(p.offers for p in people)) if people else set()
    if not offered:
        raise errors.InvalidValue(field=N_("Topics"), reason=N_("nobody present offers a topic: a table needs someone "
                                                                 "who offers its topic"))
    hosts = sum(1 for p in people if p.offers)
    if hosts < count:  # each table needs its own member who offers its topic
        if tables:
            raise errors.InvalidValue(field=N_("Tables"), reason=N_(
                "only {hosts} people offer a topic, and each of the {tables} tables needs one: use fewer tables"),
                hosts=hosts, tables=count)
        if hosts * max_size < n:
            raise errors.InvalidValue(field=N_("Tables"), reason=N_(
                "only {hosts} people offer a topic, and each table needs one: {n} people do not fit at {hosts} tables "
                "of at most {max}"), hosts=hosts, n=n, max=max_size)
        count = hosts
    by_id = {p.id: p for p in people}
    met: dict[str, set[str]] = {p.id: set() for p in people}
    satisfied: dict[str, set[str]] = {p.id: set() for p in people}
    rng = random.Random(seed)
    deadline = time.monotonic() + max(0.0, seconds)
    plan_tables: list[list[PlanTable]] = []
    problems: list[dict[str, object]] = []
    kept = 0
    for r in range(rounds):
        state = _Round(by_id, met, satisfied)
        if keep is not None and r < len(keep) and _start_from(state, keep[r], people, min_size, max_size):
            kept += sum(1 for number, members in zip(state.numbers, state.tables)
                        if set(members) == previous_members(keep[r], number))
        else:
            state = _Round(by_id, met, satisfied)
            _greedy(state, people, count, min_size, max_size)
            round_deadline = time.monotonic() + max(0.0, deadline - time.monotonic()) / (rounds - r)
            _improve(state, rng, round_deadline)
        built = _build_round(state, r, problems)
        plan_tables.append(built)
        if progress is not None and progress(r + 1, rounds) is False:
            raise errors.Cancelled()
    problems += _unmet_reasons(people, satisfied, offered, offered if registered_offers is None else registered_offers)
    interpreted = sum(len(t.interpreters) for tables_ in plan_tables for t in tables_)
    return Plan(plan_tables, satisfied, problems, sum(len(p.seeks) for p in people), interpreted, kept)


def _build_round(state: _Round, r: int, problems: list[dict[str, object]]) -> list[PlanTable]:
    """The round's tables as planned: working language, who interprets for whom, and what breaks a goal or a
    rule (reported in `problems`); updates who met whom and the seeks satisfied."""
    by_id, met, satisfied = state.people, state.met, state.satisfied
    built = []
    for i, members in enumerate(state.tables):
        host = next((p for p in members if state.topics[i] in by_id[p].offers), members[0])
        language, _u, _n = state.language_of(members, by_id[host].languages[0])
        number = state.numbers[i] if state.numbers else i + 1
        table = PlanTable(number, state.topics[i], language, sorted(members, key=lambda p: by_id[p].email))
        for pid in members:
            if state.speaks(pid, language):
                continue
            mine = set(by_id[pid].languages)
            helper = next((q for q in table.members if q != pid and state.speaks(q, language)
                           and mine & set(by_id[q].languages)), None)
            if helper:
                table.interpreters.append((helper, pid))
            else:
                table.unbridged.append(pid)
                problems.append({"kind": "no_shared_language", "round": r + 1, "table": number,
                                 "participant": by_id[pid].email, "language": language})
        regions = {by_id[p].region for p in members}
        if not {"EU", "LAC"} <= regions:
            problems.append({"kind": "not_mixed", "round": r + 1, "table": number})
        for pid in members:
            again = [by_id[q].email for q in members if q in met[pid] and q > pid]
            if again:
                problems.append({"kind": "meets_again", "round": r + 1, "table": number,
                                 "participant": by_id[pid].email, "with": again})
            if table.topic in by_id[pid].seeks:
                satisfied[pid].add(table.topic)
        for pid in members:
            met[pid].update(q for q in members if q != pid)
        built.append(table)
    return built


def review(people: Sequence[Person], seats: Sequence[Sequence[tuple[int, str, Sequence[str]]]], *, min_size: int,
           max_size: int, registered_offers: set[str] | None = None) -> Plan:
    """A plan as it stands after a person was moved by hand (per round, (number, topic, member ids) per table):
    everything worked out again, and what the move broke reported too ("size", "no_host")."""
    by_id = {p.id: p for p in people}
    met: dict[str, set[str]] = {p.id: set() for p in people}
    satisfied: dict[str, set[str]] = {p.id: set() for p in people}
    problems: list[dict[str, object]] = []
    rounds = []
    for r, tables in enumerate(seats):
        state = _Round(by_id, met, satisfied)
        for number, topic, members in tables:
            members = [m for m in members if m in by_id]
            if not members:
                continue
            state.tables.append(list(members))
            state.topics.append(topic)
            state.numbers.append(number)
            if not min_size <= len(members) <= max_size:
                problems.append({"kind": "size", "round": r + 1, "table": number, "size": len(members)})
            if not any(topic in by_id[m].offers for m in members):
                problems.append({"kind": "no_host", "round": r + 1, "table": number})
        rounds.append(_build_round(state, r, problems))
    offered = set().union(*(p.offers for p in people)) if people else set()
    problems += _unmet_reasons(people, satisfied, offered, offered if registered_offers is None else registered_offers)
    interpreted = sum(len(t.interpreters) for tables_ in rounds for t in tables_)
    return Plan(rounds, satisfied, problems, sum(len(p.seeks) for p in people), interpreted)


def _greedy(state: _Round, people: Sequence[Person], count: int, min_size: int, max_size: int) -> None:
    """Topics where the unmet demand is, one host each; then the hardest people first, where they fit best."""
    by_id = state.people
    unmet = {p.id: set(p.seeks) - state.satisfied[p.id] for p in people}
    demand = Counter(k for p in people for k in unmet[p.id])
    hosts: list[str] = []
    for _ in range(count):
        options = [(demand[k], k, h) for h in (p.id for p in people) if h not in hosts for k in by_id[h].offers]
        if not options:
            break
        options.sort(key=lambda o: (-o[0], len(unmet[o[2]]), o[1], by_id[o[2]].email))
        want, topic, host = options[0]
        demand[topic] = max(0, want - (max_size - 1))
        hosts.append(host)
        state.tables.append([host])
        state.topics.append(topic)
    rest = [p for p in people if p.id not in hosts]
    rest.sort(key=lambda p: (len(p.languages), -len(unmet[p.id]), p.email))
    for i, person in enumerate(rest):
        left = len(rest) - i
        deficit = sum(max(0, min_size - len(t)) for t in state.tables)
        candidates = [j for j, t in enumerate(state.tables) if len(t) < max_size]
        if left <= deficit:
            candidates = [j for j in candidates if len(state.tables[j]) < min_size]
        best = max(candidates, key=lambda j: _fit(state, person, j))
        state.tables[best].append(person.id)


def previous_members(tables: Sequence[tuple[int, str, Sequence[str]]], number: int) -> set[str]:
    return next((set(members) for n, _topic, members in tables if n == number), set())


def _start_from(state: _Round, previous: Sequence[tuple[int, str, Sequence[str]]], people: Sequence[Person],
                min_size: int, max_size: int) -> bool:
    """Start a round from a previous plan's tables: the people still present stay; a table whose hosts all left
    is dissolved; the others are seated where they fit best (late arrivals too many for the free seats open
    tables of their own). False when the result would break a rule (sizes, meeting someone again): the round is
    then planned again whole."""
    present = {p.id for p in people}
    seated: set[str] = set()
    for number, topic, members in previous:
        staying = [m for m in members if m in present]
        if any(topic in state.people[m].offers for m in staying):
            state.tables.append(staying)
            state.topics.append(topic)
            state.numbers.append(number)
            seated.update(staying)
    waiting = sorted((p for p in people if p.id not in seated), key=lambda p: (len(p.languages), p.email))
    leftover: list[Person] = []
    for person in waiting:
        room = [j for j, t in enumerate(state.tables) if len(t) < max_size]
        if room:
            state.tables[max(room, key=lambda j: _fit(state, person, j))].append(person.id)
        else:
            leftover.append(person)
    if leftover and not _open_tables(state, leftover, people, min_size, max_size):
        return False
    meets_again = any(state.conflicts(p, [q for q in t if q != p]) for t in state.tables for p in t)
    return bool(state.tables) and not meets_again and all(min_size <= len(t) <= max_size for t in state.tables)


def _open_tables(state: _Round, leftover: list[Person], people: Sequence[Person], min_size: int, max_size: int) -> bool:
    """New tables for the people who found no room (late arrivals), each around a topic one of them offers;
    when they are too few for a table, people of the fullest tables join them."""
    by_id = state.people
    count = math.ceil(len(leftover) / max_size)
    hosts = [p for p in leftover if p.offers][:count]
    if len(hosts) < count:
        return False
    demand = Counter(k for p in people for k in p.seeks - state.satisfied[p.id])
    new = []
    for host in hosts:
        state.tables.append([host.id])
        state.topics.append(max(sorted(host.offers), key=lambda k: demand[k]))
        state.numbers.append(max(state.numbers, default=0) + 1)
        new.append(len(state.tables) - 1)
    for person in (p for p in leftover if p not in hosts):
        state.tables[max((j for j in new if len(state.tables[j]) < max_size),
                         key=lambda j: _fit(state, person, j))].append(person.id)
    for j in new:  # too few: the fullest old tables lend someone who is not their only host
        while len(state.tables[j]) < min_size:
            donors = [i for i in range(len(state.tables)) if i not in new and len(state.tables[i]) > min_size]
            if not donors:
                return False
            i = max(donors, key=lambda i: len(state.tables[i]))
            movable = [p for p in state.tables[i] if sum(state.topics[i] in by_id[q].offers
                                                         for q in state.tables[i] if q != p) >= 1]
            if not movable:
                return False
            person = max(movable, key=lambda p: _fit(state, by_id[p], j))
            state.tables[i].remove(person)
            state.tables[j].append(person)
    return True


def _fit(state: _Round, person: Person, j: int) -> tuple[int, ...]:
    members = state.tables[j]
    topic = state.topics[j]
    host_language = state.people[members[0]].languages[0]
    speaks = 2 if host_language in person.languages else 1 if any(
        host_language in state.people[q].languages and set(person.languages) & set(state.people[q].languages)
        for q in members) else 0
    seek = 1 if topic in person.seeks and topic not in state.satisfied[person.id] else 0
    regions = {state.people[q].region for q in members}
    mix = 1 if person.region in ("EU", "LAC") and person.region not in regions else 0
    country = 1 if person.country not in {state.people[q].country for q in members} else 0
    return (-state.conflicts(person.id, members), speaks, seek, mix, country, -len(members))


def _improve(state: _Round, rng: random.Random, deadline: float) -> None:
    """Swap two people of different tables when the round gets better and no rule breaks; until the deadline."""
    values = [state.table_value(i) for i in range(len(state.tables))]
    if len(state.tables) < 2:
        return
    tries = 0
    while time.monotonic() < deadline and tries < 200_000:
        tries += 1
        a, b = rng.sample(range(len(state.tables)), 2)
        ia, ib = rng.randrange(len(state.tables[a])), rng.randrange(len(state.tables[b]))
        pa, pb = state.tables[a][ia], state.tables[b][ib]
        others_a = [q for q in state.tables[a] if q != pa]
        others_b = [q for q in state.tables[b] if q != pb]
        before_conflicts = state.conflicts(pa, others_a) + state.conflicts(pb, others_b)
        after_conflicts = state.conflicts(pa, others_b) + state.conflicts(pb, others_a)
        if after_conflicts > before_conflicts:
            continue
        state.tables[a][ia], state.tables[b][ib] = pb, pa
        new_a, new_b = state.table_value(a), state.table_value(b)
        old = _total([values[a], values[b]])
        new = _total([new_a, new_b])
        topics_kept = new_a[0] > -10_000 and new_b[0] > -10_000  # each table keeps a member who offers its topic
        if topics_kept and (after_conflicts < before_conflicts or new > old):
            values[a], values[b] = new_a, new_b
        else:
            state.tables[a][ia], state.tables[b][ib] = pa, pb


def _unmet_reasons(people: Sequence[Person], satisfied: dict[str, set[str]], offered: set[str],
                   registered: set[str]) -> list[dict[str, object]]:
    """Why each seek was not met: nobody offers it, nobody present offers it, nobody who offers it shares a
    language, or the tables went to other topics."""
    out: list[dict[str, object]] = []
    speakers = {p.id: set(p.languages) for p in people}
    for person in people:
        for topic in sorted(person.seeks - satisfied[person.id]):
            if topic not in registered:
                reason = "nobody_offers"
            elif topic not in offered:
                reason = "nobody_present_offers"
            elif not any(topic in q.offers and speakers[q.id] & speakers[person.id] for q in people if q.id != person.id):
                reason = "language"
            else:
                reason = "other_topics_chosen"
            out.append({"kind": "seek_unmet", "participant": person.email, "topic": topic, "reason": reason})
    return out
