"""Tables in a language few people speak, planned first: someone who speaks only Finnish, Polish or Dutch needs
an interpreter at any other table. For each such language, CP-SAT seats its monolingual speakers at tables of
people who all speak it, in as many rounds as the rule "nobody meets the same person twice" allows, and, in the
other rounds, names for each of them a bilingual speaker to sit with (who interprets): one they meet only then.

First as many monolingual seats as the rules allow, with as few other speakers as can be (they are needed as
interpreters and for their own seeks): in a short time a quick plan (`_construct`) is kept without a solve when it
already seats every monolingual speaker at a table of the language in every round; otherwise the solver starts from
it, and falls back on it when it finds nothing in its time (the planner gives the solves time from 4 s on). Then,
keeping those numbers, who sits there and on which topic (one a member offers), who interprets for whom, and the
topic each of the language's speakers is to find at the other tables (`wishes`: an interpreter shares the topic of
those they help), for the most seeks met, from the first step's plan. The greedy start seats people on those topics.

CP-SAT 9.15 aborts the whole process (a failed check, no exception) when its time runs out while it loads a complete
hint as a solution, or before two interleaved workers have set up their search: each solve gets a partial hint (the
first step's decisions, never every variable), never fixes variables to their hint, and has one worker.
Deterministic: a fixed seed, a deterministic time limit, one worker, and models built in sorted order (never in a
set's order, which changes from run to run).
"""

from __future__ import annotations

import functools
import os
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .solver import cp_model as load_cp_model

if TYPE_CHECKING:
    from .planner import Person

MINORITY_SHARE = 0.25  # a language spoken by fewer than this share of the room
QUICK_WALL = 1.0  # seconds: with less for each solve, a quick plan that seats every monolingual speaker is kept as is
QUICK_GROUP = 24  # speakers: in a larger group, the second step (topics and interpreters) needs more than such a time
EXACT_MONOS = 5  # monolingual speakers of a language: with no more, the quick plan groups them exactly (`_mono_groups`)
MIN_SOLVE = 0.05  # seconds: with less left of the languages' budget, a solve is not started
MAX_GROUP = 40  # speakers; a larger group forms tables in its language without help (and its model would be slow)


@dataclass
class LanguageRound:
    """One round's language tables (member ids, topic) and interpreters (monolingual id → bilingual id: one may
    interpret for two, who then sit together)."""

    tables: list[tuple[list[str], str]] = field(default_factory=list)
    bridges: dict[str, str] = field(default_factory=dict)
    wishes: dict[str, str] = field(default_factory=dict)  # person → the topic planned for them at another table


def language_tables(people: Sequence[Person], rounds: int, min_size: int, max_size: int,
                    effort: float = 0.5, mixed: bool = False, wall: float = 2.0,
                    budget: float | None = None) -> list[LanguageRound]:
    """Per round, the tables and interpreters of the room's minority languages (none when there are none).
    `effort` is the solver's deterministic time for each language (about seconds on this kind of machine), and
    `wall` the most seconds each of its two solves may take (in a large room, the deterministic time can take
    longer than the planner was given: the plan is then no longer the same in every run); `budget`, the most
    seconds all of them may take together (a list with many such languages: a solve past it is not made, and the
    language keeps its quick plan or its first step).
    `mixed`: each language table has someone from Europe and someone from Latin America and the Caribbean; when
    the language's speakers are all of one region, its tables keep a seat for a guest of the other (seated by the
    greedy start) and a bilingual speaker who can interpret for them."""
    out = [LanguageRound() for _ in range(rounds)]
    speakers: dict[str, list[Person]] = {}
    for person in sorted(people, key=lambda p: p.email):
        for lang in person.languages:
            speakers.setdefault(lang, []).append(person)
    used: set[tuple[str, int]] = set()  # (person, round) already at a language table or interpreting
    languages = sorted((lang for lang, group in speakers.items()
                        if min_size <= len(group) < MINORITY_SHARE * len(people) and len(group) <= MAX_GROUP
                        and any(p.languages == (lang,) for p in group)), key=lambda lang: (len(speakers[lang]), lang))
    members = [p.id for lang in languages for p in speakers[lang]]
    offered = frozenset(t for p in people for t in p.offers)  # a seek of another topic cannot be met
    until = None if budget is None else time.monotonic() + budget
    if len(members) == len(set(members)) and len(languages) > 1:
        # nobody speaks two of these languages: the groups are planned at once (the solver leaves Python's lock), all
        # together rather than a core's worth at a time: three languages on two cores took 1.0 s, not 1.8 s
        with ThreadPoolExecutor(max_workers=min(len(languages), 2 * (os.cpu_count() or 1))) as pool:
            plans = list(pool.map(lambda lang: _plan_language(speakers[lang], lang, rounds, min_size, max_size, set(),
                                                              effort, offered, mixed, wall, until), languages))
    else:
        plans = []
        for lang in languages:  # one after the other: who sits at one language's table is busy for the next
            plans.append(_plan_language(speakers[lang], lang, rounds, min_size, max_size, used, effort, offered, mixed,
                                        wall, until))
            for r, planned in enumerate(plans[-1]):
                used.update((pid, r) for members_, _topic in planned.tables for pid in members_)
                used.update((pid, r) for pair in planned.bridges.items() for pid in pair)
    for plan in plans:
        for r, planned in enumerate(plan):
            out[r].tables += planned.tables
            out[r].bridges.update(planned.bridges)
            out[r].wishes.update(planned.wishes)
    return out


def _plan_language(group: list[Person], lang: str, rounds: int, min_size: int, max_size: int,
                   used: set[tuple[str, int]], effort: float, offered: frozenset[str], mixed: bool = False,
                   wall: float = 2.0, until: float | None = None) -> list[LanguageRound]:
    cp_model = load_cp_model()

    def limit() -> float:
        """Seconds for the next solve: its `wall`, or what is left before `until`."""
        return wall if until is None else min(wall, until - time.monotonic())

    monos = [p for p in group if p.languages == (lang,)]
    bilinguals = [p for p in group if len(p.languages) > 1]
    k = min(len(group) // min_size, len(monos))
    empty = [LanguageRound() for _ in range(rounds)]
    if not k:
        return empty
    R, J = range(rounds), range(k)
    regions = {p.region for p in group}
    guest = mixed and not {"EU", "LAC"} <= regions  # a seat kept for someone of the region the speakers lack
    model = cp_model.CpModel()
    seat = {(p.id, r, j): model.new_bool_var("") for p in group for r in R for j in J}
    opened = {(r, j): model.new_bool_var("") for r in R for j in J}
    bridge = {(m.id, b.id, r): model.new_bool_var("") for m in monos for b in bilinguals for r in R}
    alone = {(m.id, r): model.new_bool_var("") for m in monos for r in R}  # neither at a table nor with a bridge
    for r in R:
        for j in J:
            members = [seat[p.id, r, j] for p in group]
            model.add(sum(members) >= (min_size - guest) * opened[r, j])
            model.add(sum(members) <= (max_size - guest) * opened[r, j])
            model.add(sum(seat[p.id, r, j] for p in monos) >= opened[r, j])  # a table for someone who needs it
            model.add(sum(seat[p.id, r, j] for p in group if p.offers) >= opened[r, j])  # a topic to talk about
            if guest:  # someone who can interpret for the guest
                model.add(sum(seat[p.id, r, j] for p in bilinguals) >= opened[r, j])
            elif mixed:
                for region in ("EU", "LAC"):
                    model.add(sum(seat[p.id, r, j] for p in group if p.region == region) >= opened[r, j])
            if j + 1 < k:
                model.add(opened[r, j] >= opened[r, j + 1])
        for m in monos:  # at a language table, or helped by an interpreter, or neither
            model.add(sum(seat[m.id, r, j] for j in J) + sum(bridge[m.id, b.id, r] for b in bilinguals)
                      <= (0 if (m.id, r) in used else 1))
        for b in bilinguals:  # at a language table, or interpreting (for one or two at the same table)
            for m in monos:
                model.add(sum(seat[b.id, r, j] for j in J) + bridge[m.id, b.id, r] <= (0 if (b.id, r) in used else 1))
            model.add(sum(bridge[m.id, b.id, r] for m in monos) <= min(2, max_size - 1))
        for m in monos:
            model.add(sum(seat[m.id, r, j] for j in J) + sum(bridge[m.id, b.id, r] for b in bilinguals)
                      + alone[m.id, r] >= 1)
    for a, p in enumerate(group):  # nobody meets the same person twice (an interpreter meets the one they help)
        for q in group[a + 1:]:
            together = [model.new_bool_var("") for _ in R]
            for r in R:
                for j in J:
                    model.add_bool_or([together[r], seat[p.id, r, j].Not(), seat[q.id, r, j].Not()])
            helping = [bridge[m, b, r] for m, b in ((p.id, q.id), (q.id, p.id)) for r in R if (m, b, r) in bridge]
            if p in monos and q in monos:  # two helped by the same interpreter sit together
                for r in R:
                    for b in bilinguals:
                        model.add(together[r] >= bridge[p.id, b.id, r] + bridge[q.id, b.id, r] - 1)
            model.add(sum(together) + sum(helping) <= 1)
    mono_ids = {p.id for p in monos}
    mono_seats = sum(var for (pid, _r, _j), var in seat.items() if pid in mono_ids)
    others = sum(var for (pid, _r, _j), var in seat.items() if pid not in mono_ids)
    model.maximize(100 * mono_seats - others - 1000 * sum(alone.values()))
    start = _construct(group, lang, rounds, min_size, used, guest, mixed)
    # a short time (a large room's share of a few seconds): when the quick plan already seats every monolingual
    # speaker at a table of the language in every round, it is kept as the first step's plan without a solve; with
    # more time, the solver searches from it and may find tables that leave more to the other goals
    short = wall < QUICK_WALL
    complete = short and all(m.id in ids or (m.id, r) in used for r, quick in enumerate(start) for m in monos
                             for ids in [{pid for members, _topic in quick.tables for pid in members}])
    if complete:
        if len(group) > QUICK_GROUP:  # the second step would find fewer seeks in so short a time
            return start
        order = {p.id: i for i, p in enumerate(group)}  # members listed as a solve reads them
        first = [LanguageRound([(sorted(ids, key=order.__getitem__), topic) for ids, topic in quick.tables],
                               dict(quick.bridges)) for quick in start]
    else:
        if limit() < MIN_SOLVE:  # the languages' time is up: the quick plan
            return start
        if short:  # the quick plan as the solver's first solution
            _hint(model, start, monos, bilinguals, seat, opened, bridge, alone)
        solver = _solver(cp_model, effort, wall=limit())
        # done when no monolingual seat is left to gain (one is worth 100): proving the fewest other speakers can
        # take the whole time in a language many speak
        solver.parameters.absolute_gap_limit = 10
        if solver.solve(model) not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            return start
        first = _read(solver, group, monos, bilinguals, seat, bridge, R, J)
        model.proto.clear_solution_hint()
    counted = _counts(first, monos)
    model.add(mono_seats >= counted[0])
    model.add(others <= counted[1])
    model.add(sum(alone.values()) <= counted[2])
    # the first step's plan as the next step's start: its decisions only, never every variable (CP-SAT 9.15 aborts
    # the process when its time runs out while it loads a complete hint as a solution)
    _hint(model, first, monos, bilinguals, seat, opened, bridge, alone)
    topics = sorted({t for p in group for t in p.offers})
    topic = {(r, j, t): model.new_bool_var("") for r in R for j in J for t in topics}
    for r in R:
        for j in J:
            model.add(sum(topic[r, j, t] for t in topics) == opened[r, j])
            for t in topics:
                model.add(topic[r, j, t] <= sum(seat[p.id, r, j] for p in group if t in p.offers))
    # at an ordinary table, a monolingual's topic (one they seek, or none of theirs), shared by their interpreter
    sought = sorted({t for p in group for t in p.seeks} & offered)
    outside = {(m.id, r, t): model.new_bool_var("") for m in monos for r in R for t in sought}
    for m in monos:
        for r in R:
            model.add(sum(outside[m.id, r, t] for t in sought) + sum(seat[m.id, r, j] for j in J) <= 1)
    for a, m in enumerate(monos):  # two helped by one interpreter share their table, and its topic
        for n in monos[a + 1:]:
            for r in R:
                shared = model.new_bool_var("")
                bridge_of_m = first[r].bridges.get(m.id)
                model.add_hint(shared, bridge_of_m is not None and bridge_of_m == first[r].bridges.get(n.id))
                for b in bilinguals:
                    model.add(shared >= bridge[m.id, b.id, r] + bridge[n.id, b.id, r] - 1)
                for t in sought:
                    model.add(outside[m.id, r, t] == outside[n.id, r, t]).only_enforce_if(shared)
    own = {(b.id, r, t): model.new_bool_var("") for b in bilinguals for r in R for t in sorted(b.seeks & offered)}
    for b in bilinguals:  # elsewhere, on one topic, that of those they interpret for
        for r in R:
            model.add(sum(own[b.id, r, t] for t in sorted(b.seeks & offered)) + sum(seat[b.id, r, j] for j in J) <= 1)
            for t in sorted(b.seeks & offered):
                for m in monos:
                    model.add(own[b.id, r, t] <= outside[m.id, r, t] + 1 - bridge[m.id, b.id, r])
    gains = []
    for p in group:
        for t in sorted(p.seeks & offered):
            there = []
            for r in R:
                for j in J:
                    if t in topics:
                        z = model.new_bool_var("")
                        model.add_implication(z, seat[p.id, r, j])
                        model.add_implication(z, topic[r, j, t])
                        there.append(z)
                there.append(outside[p.id, r, t] if p in monos else own[p.id, r, t])
            gain = model.new_bool_var("")
            model.add(gain <= sum(there))
            gains.append(gain)
    model.maximize(sum(gains))
    for r in R:  # the first step's tables on their first topics
        for j, (_members, chosen) in enumerate(first[r].tables):
            model.add_hint(topic[r, j, chosen], True)
    # one worker: two interleaved ones found the best choice (of interpreters and topics) sooner, but CP-SAT 9.15
    # aborts the process when its time runs out before their search is set up (a short wall, a busy machine)
    if limit() < MIN_SOLVE:
        return first
    solver = _solver(cp_model, 1.2 * effort, wall=limit())
    # in a short time, kept when it meets more seeks than the first step's tables on their own topics (in a large
    # group, it may find less in its time)
    if solver.solve(model) in (cp_model.OPTIMAL, cp_model.FEASIBLE) and (
            not short or solver.objective_value > _seeks_met(group, first)):
        planned = _read(solver, group, monos, bilinguals, seat, bridge, R, J)
        for r in R:
            for j, (ids, _topic) in enumerate(planned[r].tables):
                planned[r].tables[j] = (ids, next(t for t in topics if solver.boolean_value(topic[r, j, t])))
            planned[r].wishes = {pid: t for (pid, r_, t), var in [*outside.items(), *own.items()]
                                 if r_ == r and solver.boolean_value(var)}
        return planned
    return first


def _hint(model: Any, plan: list[LanguageRound], monos: list[Person], bilinguals: list[Person],
          seat: dict[Any, Any], opened: dict[Any, Any], bridge: dict[Any, Any], alone: dict[Any, Any]) -> None:
    """Hint the first step's decisions as they are in `plan` (who sits at which table, which tables are open, who
    interprets for whom, who is left alone): a partial hint, the auxiliary variables left to the solver."""
    for r, planned in enumerate(plan):
        at = {pid: j for j, (ids, _topic) in enumerate(planned.tables) for pid in ids}
        for (pid, r_, j), var in seat.items():
            if r_ == r:
                model.add_hint(var, at.get(pid) == j)
        for (r_, j), var in opened.items():
            if r_ == r:
                model.add_hint(var, j < len(planned.tables))
        for m in monos:
            for b in bilinguals:
                model.add_hint(bridge[m.id, b.id, r], planned.bridges.get(m.id) == b.id)
            model.add_hint(alone[m.id, r], m.id not in at and m.id not in planned.bridges)


def _counts(plan: list[LanguageRound], monos: list[Person]) -> tuple[int, int, int]:
    """The first step's figures of `plan`: monolingual seats at the language's tables, other seats there, and
    monolingual speakers left without a table or an interpreter (one per round)."""
    mono_ids = {m.id for m in monos}
    seated = [{pid for ids, _topic in planned.tables for pid in ids} for planned in plan]
    mono_seats = sum(len(ids & mono_ids) for ids in seated)
    others = sum(len(ids - mono_ids) for ids in seated)
    alone = sum(1 for planned, ids in zip(plan, seated, strict=True) for m in monos
                if m.id not in ids and m.id not in planned.bridges)
    return mono_seats, others, alone


def _seeks_met(group: list[Person], plan: list[LanguageRound]) -> int:
    """The group's seeks met at the language tables of `plan`, each counted once."""
    by_id = {p.id: p for p in group}
    return len({(pid, topic) for planned in plan for members, topic in planned.tables for pid in members
                if topic in by_id[pid].seeks})


def _construct(group: list[Person], lang: str, rounds: int, min_size: int, used: set[tuple[str, int]], guest: bool, mixed: bool) -> list[LanguageRound]:
    """A quick plan of one language's tables, as the solver's first step counts them (see `_plan_language`): in
    each round, each monolingual speaker not yet seated starts a table, joined by the others who met nobody there
    (monolingual first; when they are few, those of its group in `_mono_groups`), then by bilingual speakers:
    first whoever the table still needs (someone who offers a topic, the region it lacks, or someone to interpret
    for its guest), then whoever offers what its people seek or seeks what they offer; at most `min_size` less its
    guest seat. A monolingual speaker left without a table is given a bilingual speaker they have not met as
    interpreter. The solver starts from it and, when it finds nothing in its time, the plan keeps it."""
    monos = [p for p in group if p.languages == (lang,)]
    k = min(len(group) // min_size, len(monos))
    seats = min_size - guest
    met: dict[str, set[str]] = {p.id: set() for p in group}
    planned_groups = _mono_groups([m.id for m in monos], rounds, seats - 1, k) \
        if len(monos) <= EXACT_MONOS and not any((m.id, r) in used for m in monos for r in range(rounds)) else None
    out = []
    for r in range(rounds):
        planned = LanguageRound()
        busy = {p.id for p in group if (p.id, r) in used}
        for m in monos:
            if m.id in busy or len(planned.tables) >= k:
                continue
            table = [m]
            partners = monos if planned_groups is None else [p for p in monos if p.id in planned_groups[r][m.id]]
            for p in partners:  # others who need the language, while seats are left for what the table needs
                if p.id not in busy and p is not m and not any(q.id in met[p.id] for q in table) \
                        and len(table) + 1 + _needs([*table, p], guest, mixed) <= seats:
                    table.append(p)
            while len(table) < seats:
                free = [p for p in group if p.id not in busy and p not in table and p.languages != (lang,)
                        and not any(q.id in met[p.id] for q in table)]
                if not free:
                    break
                table.append(max(free, key=lambda p: (_helps(table, p, guest, mixed), _matches(table, p), p.email)))
            if len(table) < seats or _needs(table, guest, mixed):
                continue
            for p in table:
                busy.add(p.id)
                met[p.id].update(q.id for q in table if q is not p)
            offered = sorted({t for p in table for t in p.offers})
            planned.tables.append(([p.id for p in table], max(offered, key=lambda t: (
                sum(t in p.seeks for p in table), -offered.index(t)))))
        for m in monos:
            if m.id in busy:
                continue
            helper = next((b for b in group if b.id not in busy and len(b.languages) > 1 and b.id not in met[m.id]),
                          None)
            if helper is not None:
                planned.bridges[m.id] = helper.id
                busy |= {m.id, helper.id}
                met[m.id].add(helper.id)
                met[helper.id].add(m.id)
        out.append(planned)
    return out


def _mono_groups(ids: list[str], rounds: int, cap: int, most: int) -> list[dict[str, tuple[str, ...]]] | None:
    """Per round, each monolingual speaker → the monolingual speakers at their table (themselves included): the
    groups of at most `cap`, at most `most` a round, no two people together twice, with the fewest tables over all
    rounds (each a seat to interpret when the table has a guest). Three people in three rounds sit as three pairs
    and a single each round (6 tables), not all three together once and then apart (7). Found exhaustively: for at
    most `EXACT_MONOS` people. None when no grouping seats them all."""
    options = [[tuple(block) for block in part] for part in _partitions(ids)
               if len(part) <= most and all(len(block) <= cap for block in part)]
    pairs = [frozenset(frozenset((a, b)) for block in part for i, a in enumerate(block) for b in block[i + 1:])
             for part in options]

    @functools.cache
    def best(r: int, met: frozenset[frozenset[str]]) -> tuple[int, tuple[int, ...]] | None:
        """(tables, partition chosen in each round from r on), the fewest tables first, given who met."""
        if r == rounds:
            return 0, ()
        found: tuple[int, tuple[int, ...]] | None = None
        for index, (part, together) in enumerate(zip(options, pairs, strict=True)):
            if together & met:
                continue
            rest = best(r + 1, met | together)
            if rest is not None and (found is None or len(part) + rest[0] < found[0]):
                found = (len(part) + rest[0], (index, *rest[1]))
        return found

    chosen = best(0, frozenset())
    if chosen is None:
        return None
    return [{pid: block for block in options[index] for pid in block} for index in chosen[1]]


def _partitions(items: list[str]) -> Iterator[list[list[str]]]:
    """Every way to split `items` into groups (in the items' order)."""
    if not items:
        yield []
        return
    first, rest = items[0], items[1:]
    for part in _partitions(rest):
        for i in range(len(part)):
            yield [*part[:i], [first, *part[i]], *part[i + 1:]]
        yield [[first], *part]


def _needs(table: list[Person], guest: bool, mixed: bool) -> int:
    """How many people the table still needs for its rules: someone who offers a topic, someone of each region
    (mixed, without a guest seat), someone to interpret for its guest (each may be one person)."""
    regions = {p.region for p in table}
    need = 0 if any(p.offers for p in table) else 1
    if guest:
        need = max(need, 0 if any(len(p.languages) > 1 for p in table) else 1)
    elif mixed:
        need = max(need, sum(1 for region in ("EU", "LAC") if region not in regions))
    return need


def _helps(table: list[Person], p: Person, guest: bool, mixed: bool) -> int:
    """How much `p` lowers what the table still needs (see `_needs`)."""
    return _needs(table, guest, mixed) - _needs([*table, p], guest, mixed)


def _matches(table: list[Person], p: Person) -> int:
    """Seeks met between `p` and the table's people, either way."""
    return sum(len(p.offers & q.seeks) + len(p.seeks & q.offers) for q in table)


def _read(solver: Any, group: list[Person], monos: list[Person], bilinguals: list[Person], seat: dict[Any, Any], bridge: dict[Any, Any],
          R: range, J: range) -> list[LanguageRound]:
    """The solution: tables (each on the topic its members seek most, until the topics are planned) and bridges."""
    out = []
    for r in R:
        planned = LanguageRound()
        for j in J:
            members = [p for p in group if solver.boolean_value(seat[p.id, r, j])]
            if members:
                offered = sorted({t for p in members for t in p.offers})
                planned.tables.append(([p.id for p in members], max(offered, key=lambda t: (
                    sum(t in p.seeks for p in members), -offered.index(t)))))
        planned.bridges = {m.id: b.id for m in monos for b in bilinguals if solver.boolean_value(bridge[m.id, b.id, r])}
        out.append(planned)
    return out


def _solver(cp_model: Any, effort: float, wall: float = 2.0) -> Any:
    """A deterministic solver: a fixed seed, a deterministic time limit, one worker."""
    solver = cp_model.CpSolver()
    solver.parameters.catch_sigint_signal = False  # Ctrl+C stays Python's (after a solve it killed the process)
    solver.parameters.num_workers = 1
    solver.parameters.random_seed = 0
    solver.parameters.max_deterministic_time = effort
    solver.parameters.max_time_in_seconds = wall
    return solver
