"""The fast moves' scores (core/p2p/search.py, `_Values`): a move of one person or a swap of two is scored from
summaries of its two tables rather than by going over their members again. Each score must be exactly what the
tables' values (`_value`, the goals' weights) say, before and after moves are made, with records likely of one
person, people met before, free tables and tables out of size; a move scored only until it cannot beat the best
so far is said to be below it."""

from __future__ import annotations

import random
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_p2p import rooms

from eulac_desktop.core import errors
from eulac_desktop.core.p2p import plan_rounds, search


def _context(room: dict[str, Any], twins: list[tuple[int, int]]) -> search._Context | None:
    people = room["people"]
    try:
        plan = plan_rounds(people, room["rounds"], min_size=room["min_size"], max_size=room["max_size"],
                           tables=room["tables"], seconds=0, seed=room["seed"])
    except errors.EulacError:
        return None
    layouts = []
    for tables in plan.rounds:
        layout = search.Round()
        layout.tables = [list(t.members) for t in tables] + [[]]  # and a free table
        layout.topics = [t.topic for t in tables] + [None]
        layouts.append(layout)
    seat = [{pid: i for i, members in enumerate(layout.tables) for pid in members} for layout in layouts]
    apart: dict[str, set[str]] = {}
    for a, b in twins:
        if a != b and max(a, b) < len(people):
            apart.setdefault(people[a].id, set()).add(people[b].id)
            apart.setdefault(people[b].id, set()).add(people[a].id)
    ctx = search._Context({p.id: p for p in people}, layouts, seat, room["min_size"], room["max_size"], apart=apart)
    for p in people:
        for lang in p.languages:
            ctx.speakers.setdefault(lang, set()).add(p.id)
    for r, layout in enumerate(layouts):
        for i, members in enumerate(layout.tables):
            ctx.language[r, i] = search.language_cost(ctx.people, members)
    return ctx


def _expected(ctx: search._Context, r: int, option: Any) -> int:
    """What the move gains by the tables' values, each table counted afresh."""
    layout = ctx.rounds[r]
    others = {p: (set(ctx.people[p].seeks) - ctx.satisfied_other(p, r), ctx.met_other(p, r)) for p in ctx.people}
    return sum(search._value(ctx, members, topic, others) - search._value(ctx, layout.tables[i], layout.topics[i], others)
               for i, (members, topic) in search._changes(layout, option).items())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(room=rooms(fixed_tables=False), twins=st.lists(st.tuples(st.integers(0, 59), st.integers(0, 59)), max_size=8),
       seed=st.integers(0, 2**16))
def test_fast_scores_are_the_tables_values_before_and_after_moves(room: dict[str, Any], twins: list[tuple[int, int]],
                                                                  seed: int):
    ctx = _context(room, twins)
    if ctx is None:
        return
    rng = random.Random(seed)
    values = search._Values(ctx)
    for _ in range(60):
        r = rng.randrange(len(ctx.rounds))
        layout = ctx.rounds[r]
        a, b = rng.sample(range(len(layout.tables)), 2)
        options: list[Any] = []
        if layout.tables[a]:
            pid = rng.choice(layout.tables[a])
            options += search._exchanges(layout, a, b, pid, ctx.max_size, ctx.min_size)
            topic = rng.choice(sorted({k for p in ctx.people.values() for k in p.offers}))
            options += search._seek_options(ctx, r, pid, topic, rng, every=True)
            options += search._gather(ctx, r, a, rng.choice(ctx.people[pid].languages), rng)
            options.append({a: (layout.tables[a], topic)})
        for option in options:
            expected = _expected(ctx, r, option)
            assert values.gain(r, option) == expected
            # a move that cannot beat the best so far may be left half scored: what is said is below it, and no less
            # than the move's gain
            beat = expected + rng.choice([-1, 0, 1]) * rng.choice([1, search.W_SEEK, search.W_INTERPRETED])
            said = values.gain(r, option, beat)
            assert said == expected or expected <= said < beat
        if options:
            values.apply(r, rng.choice(options))
    for r, layout in enumerate(ctx.rounds):  # what the search knows of its tables is still how they are
        others = {p: (set(ctx.people[p].seeks) - ctx.satisfied_other(p, r), ctx.met_other(p, r)) for p in ctx.people}
        for i, members in enumerate(layout.tables):
            assert values.table(r, i) == search._value(ctx, members, layout.topics[i], others)
            assert ctx.language[r, i] == search.language_cost(ctx.people, members)
            assert all(ctx.seat[r][p] == i for p in members)
