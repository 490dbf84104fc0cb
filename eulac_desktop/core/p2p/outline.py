"""The rounds' outline, for the greedy start: how many tables each round has on each topic in each working language,
and the topic and language planned for each person in each round, for the most satisfied seeks.

Planning round by round, the greedy alone gives the first rounds the popular seeks and leaves the last what is left,
in whatever language its tables end up: in the 400-person room of `benchmarks/bench_p2p.py` its start met 575 seeks
with 101 interpreted seats, and the search spent most of its 5 s on the interpreted seats. Over all rounds at once,
a linear programme (GLOP) that leaves out who sits at which table of a topic plans: each person at one table a round,
in a language they speak; each topic's tables in a language with a host who offers it and speaks it, and seats for
everyone planned there, only as far as a table is open; each language's tables with someone from Europe and someone
from Latin America and the Caribbean for each, and between the smallest and the largest size; every seek counted
once. Its tables are made whole round by round, by the largest shares, and the programme solved again after each
round, so that the later rounds make up for what rounding took from the earlier (one rounding of all rounds at once
lost twice as many seeks); each person's largest share is their wish.

"Only as far as a table is open" (a person's share of a topic's tables in a language at most the tables' own) is
what makes the shares worth rounding. Without it the programme opens a seventh of a table for each lone seeker of a
rare topic: it promised 667 seeks in that room (with the language tables' 25), whole tables kept 625 and the start
met 602. With it, it promises 664 (whole tables cannot do better: the rows hold for them), whole tables keep about
661, and the start that follows them meets about 631 seeks with 15 interpreted seats (see `planner._greedy`: the
rest is lost to people who met in an earlier round). The rows make the programme three times slower to solve, so
they are added to the solved programme without them (about 0.15 s) and solved from its basis (0.4–0.6 s), when the
time left allows (`STRONG_SOLVES`); every solve is the dual simplex from the last basis, without presolve, which
would throw the basis away (each solve then took 0.5–1 s). In all 0.8 s at 400 people after the language tables'
solves (their wishes leave it fewer variables), 1.0–1.5 s after their quick plan; the planner gives the outline at
most `planner.OUTLINE_SHARE` of its time. Where the time runs out, the outline is the last solution: the
tables not yet whole rounded at once, and each person's wish their largest share at a table the outline opens (1,000
people in 3 rounds: one solve of about 1 s, without the rows); without a first solution the greedy start plans alone.

Whole tables are found by rounding, not by a MIP solver: with whole tables as integers, SCIP and CBC found in 20 s
tables worth 659–663 (their bound 664), in 1–4 s nothing as good as the rounding, and CP-SAT nothing useful in 3 s.
"""

from __future__ import annotations

import logging
import math
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .planner import Person

SEAT_COST = 2.0  # in seeks: a seat the tables of a language lack (their size, or someone of a region) in the programme
TABLE_COST = 50.0  # in seeks: a table without a host, or one the round lacks (whole tables can leave no other way)
STRONG_SOLVES = 5  # times the first solve: the time left that the stronger programme and its whole tables need
MOST_VARIABLES = 200_000  # of the programme (each person's share of each of their topics in each of their languages,
# a round): about 8,000 for 400 people in 3 rounds, 46,000 for 5,000 in one (half a second to build); a crafted list
# of people with hundreds of topics and languages would take minutes and gigabytes
_Key = tuple[int, str, str]  # (round, topic, language)
log = logging.getLogger(__name__)


@dataclass
class RoundOutline:
    """One round: the tables to open, per (topic, language), and per person the (topic, language) planned for them
    (topic None: a seat at any table in that language)."""

    tables: dict[tuple[str, str], int] = field(default_factory=dict)
    wishes: dict[str, tuple[str | None, str]] = field(default_factory=dict)


def outline(people: Sequence[Person], rounds: int, free: Sequence[int], seated: Sequence[set[str]],
            satisfied: dict[str, set[str]], min_size: int, max_size: int,
            speaks: dict[str, tuple[str, ...]] | None = None, wishes: Sequence[dict[str, str]] = (),
            wall: float = 2.0) -> list[RoundOutline] | None:
    """Per round r, the outline of its `free[r]` tables for the people not `seated[r]` (at a language table of that
    round, see `languages`); `satisfied` are the seeks those tables meet, `speaks` the languages a person counts as
    speaking (a monolingual speaker sits with whoever interprets for them), `wishes[r]` the topic the language
    tables planned for someone in round r (at a table on it, or else at a cost of one seek). None when the programme
    finds nothing, or not within `wall` seconds (then the greedy start plans alone)."""
    from ortools.linear_solver import pywraplp

    deadline = time.monotonic() + wall
    offered = {k for p in people for k in p.offers}
    speaks = speaks or {}
    R = range(rounds)
    variables = sum(len(speaks.get(p.id, p.languages)) * (len((p.seeks & offered) | p.offers) + 1)
                 * sum(1 for r in R if p.id not in seated[r]) for p in people)
    if variables > MOST_VARIABLES:  # a list that gives people hundreds of languages or topics: the greedy start alone
        return None
    solver = pywraplp.Solver.CreateSolver("GLOP")
    if solver is None:
        return None
    # the dual simplex from the last basis: presolve would throw the basis away, and each later solve (rows added,
    # tables made whole) would start over, three to five times slower
    solver.SetSolverSpecificParametersAsString("use_dual_simplex: true use_preprocessing: false")
    infinity = solver.infinity()
    objective = solver.Objective()
    objective.SetMaximization()

    def slack(row: Any, cost: float, sign: int = 1) -> None:
        """What `row` may lack, at `cost` each."""
        short = solver.NumVar(0, infinity, "")
        objective.SetCoefficient(short, -cost)
        row.SetCoefficient(short, sign)

    seat: dict[tuple[str, int], list[tuple[Any, str | None, str]]] = {}  # (person, round) → (share, topic, language)
    at: defaultdict[_Key, list[Any]] = defaultdict(list)
    hosts: defaultdict[_Key, list[Any]] = defaultdict(list)
    spoken: defaultdict[tuple[int, str], list[Any]] = defaultdict(list)  # (round, language): everyone there
    regions: defaultdict[tuple[int, str, str], list[Any]] = defaultdict(list)  # (round, language, region)
    gains: defaultdict[tuple[str, str], list[Any]] = defaultdict(list)  # (person, topic) → where they meet it
    hostable = {(r, k, lang) for p in people for r in R if p.id not in seated[r] for k in p.offers
                for lang in speaks.get(p.id, p.languages)}  # someone who offers the topic and speaks the language
    for p in sorted(people, key=lambda p: p.id):
        languages = speaks.get(p.id, p.languages)
        topics = sorted(((p.seeks & offered) - satisfied.get(p.id, set())) | p.offers)
        for r in R:
            if p.id in seated[r] or not languages:
                continue
            one = solver.Constraint(1, 1)  # one seat a round
            row = seat[p.id, r] = []
            wish = wishes[r].get(p.id) if r < len(wishes) else None
            for lang in languages:
                for k in [wish, None] if wish in offered else [*topics, None]:
                    if k is not None and (r, k, lang) not in hostable:
                        continue
                    v = solver.NumVar(0, 1, "")
                    if wish in offered and k is None:
                        objective.SetCoefficient(v, -1)
                    one.SetCoefficient(v, 1)
                    row.append((v, k, lang))
                    spoken[r, lang].append(v)
                    regions[r, lang, p.region].append(v)
                    if k is not None:
                        at[r, k, lang].append(v)
                        if k in p.offers:
                            hosts[r, k, lang].append(v)
                        if k in p.seeks:
                            gains[p.id, k].append(v)
    tables = {key: solver.NumVar(0, len(hosts[key]), "") for key in sorted(hosts)}
    by_language: defaultdict[tuple[int, str], list[Any]] = defaultdict(list)
    for key, z in tables.items():
        by_language[key[0], key[2]].append(z)
        hosted = solver.Constraint(0, infinity)  # a host for each table
        hosted.SetCoefficient(z, -1)
        for v in hosts[key]:
            hosted.SetCoefficient(v, 1)
        slack(hosted, TABLE_COST)  # whole tables can ask one host for two
        room = solver.Constraint(-infinity, 0)  # seats for everyone planned there
        room.SetCoefficient(z, -max_size)
        for v in at[key]:
            room.SetCoefficient(v, 1)
    for r in R:
        count = solver.Constraint(free[r], free[r])
        for key, z in tables.items():
            if key[0] == r:
                count.SetCoefficient(z, 1)
        slack(count, TABLE_COST)
    for (r, lang), vs in spoken.items():
        zs = by_language.get((r, lang))
        if not zs:
            for v in vs:
                v.SetUb(0)
            continue
        # between the smallest and largest size at each of the language's tables, and someone of each region
        for row_, per_table, sign, members in (
                (solver.Constraint(0, infinity), -min_size, 1, vs), (solver.Constraint(-infinity, 0), -max_size, -1, vs),
                (solver.Constraint(0, infinity), -1, 1, regions[r, lang, "EU"]),
                (solver.Constraint(0, infinity), -1, 1, regions[r, lang, "LAC"])):
            slack(row_, SEAT_COST, sign)
            for z in zs:
                row_.SetCoefficient(z, per_table)
            for v in members:
                row_.SetCoefficient(v, 1)
    for seek in sorted(gains):
        g = solver.NumVar(0, 1, "")  # a seek met: once, wherever
        objective.SetCoefficient(g, 1)
        met = solver.Constraint(-infinity, 0)
        met.SetCoefficient(g, 1)
        for v in gains[seek]:
            met.SetCoefficient(v, -1)

    def solved() -> bool:
        left = deadline - time.monotonic()
        solver.SetTimeLimit(max(1, int(left * 1000)))
        ok = left > 0 and solver.Solve() == pywraplp.Solver.OPTIMAL
        log.debug("outline: %s after %.3f s, worth %.1f", "solved" if ok else "not solved", wall - left,
                  objective.Value() if ok else math.nan)
        return ok

    began = time.monotonic()
    if not solved():
        return None
    took = time.monotonic() - began  # a solve from the last basis (whole tables, below) takes about as long
    last = _Solution.read(tables, seat)
    if deadline - time.monotonic() > STRONG_SOLVES * took:
        # a seat at a topic's tables only where one is open: without these rows the programme opens a seventh of a
        # table for each lone seeker of a rare topic, and no rounding of that keeps their seeks
        for key, vs in at.items():
            if key in tables:
                for v in vs:
                    cut = solver.Constraint(-infinity, 0)
                    cut.SetCoefficient(v, 1)
                    cut.SetCoefficient(tables[key], -1)
        began = time.monotonic()
        if not solved():
            return last.outline(rounds, {}, free)
        took = (time.monotonic() - began) / 3  # each solve below takes about a third as long
        last = _Solution.read(tables, seat)
    fixed: dict[_Key, int] = {}
    for r in R:  # whole tables, round by round; the rounds left at once when the time left would not do them one by one
        left = deadline - time.monotonic()
        if left < took * min(2, rounds - r):  # not even one more solve (of all rounds left, twice as long): the
            break  # search gets the time
        rest = range(r, rounds) if left < took * (rounds - r) else range(r, r + 1)
        for later in rest:
            whole = _largest_remainders({k: v for k, v in last.tables.items() if k[0] == later}, free[later])
            for key, n in whole.items():
                tables[key].SetBounds(n, n)
            fixed |= whole
        began = time.monotonic()
        if not solved():
            return last.outline(rounds, fixed, free)
        took = time.monotonic() - began
        last = _Solution.read(tables, seat)
        if len(rest) > 1:
            break
    return last.outline(rounds, fixed, free)


@dataclass
class _Solution:
    """The programme's values, read before any change to it (which makes them unreadable)."""

    tables: dict[_Key, float]
    shares: dict[tuple[str, int], list[tuple[float, str | None, str]]]  # (person, round) → (share, topic, language)

    @classmethod
    def read(cls, tables: dict[_Key, Any], seat: dict[tuple[str, int], list[tuple[Any, str | None, str]]]) -> _Solution:
        """The solution the solver holds."""
        return cls({key: z.solution_value() for key, z in tables.items()},
                   {key: [(v.solution_value(), k, lang) for v, k, lang in row] for key, row in seat.items()})

    def outline(self, rounds: int, fixed: dict[_Key, int], free: Sequence[int]) -> list[RoundOutline]:
        """The outline, with the tables `fixed` whole and the others rounded from their shares; each person's wish
        their largest share where the outline has a table (when the time ran out before the programme could seat
        them at whole tables)."""
        out = [RoundOutline() for _ in range(rounds)]
        whole = dict(fixed)
        for r in range(rounds):
            if not any(key[0] == r for key in fixed):
                whole |= _largest_remainders({k: v for k, v in self.tables.items() if k[0] == r}, free[r])
        for (r, k, lang), n in sorted(whole.items()):
            if n:
                out[r].tables[k, lang] = n
        for (pid, r), row in self.shares.items():
            languages = {lang for _k, lang in out[r].tables}
            open_ = [item for item in row if (item[1], item[2]) in out[r].tables
                     or (item[1] is None and item[2] in languages)]
            _v, topic, language = max(open_ or row, key=lambda item: item[0])
            out[r].wishes[pid] = (topic, language)
        return out


def _largest_remainders(shares: dict[_Key, float], total: int) -> dict[_Key, int]:
    """Whole numbers for `shares` that add up to `total` (when they can): each rounded down, then one more for the
    largest remainders."""
    whole = {key: math.floor(v + 1e-6) for key, v in shares.items()}
    left = total - sum(whole.values())
    for key in sorted(shares, key=lambda key: (whole[key] - shares[key], key))[:max(0, left)]:
        whole[key] += 1
    return whole
