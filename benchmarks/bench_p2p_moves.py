"""How fast the P2P search scores its candidate moves (issue 18): the moves the fast moves try on the generated
400-person room (`bench_p2p.generated_room`, 3 rounds of 5–7), scored from the summaries of their tables
(`search._Values.gain`, as the search does), beside the floor it replaced in the same run: each table of the move
counted afresh (`search._value`, the goals' weights, with each member's unmet seeks and people met looked up).
Also scored as the search does within a try, where a move that cannot beat the best so far is left half scored.
The scores are the same (checked here on every move, and by tests/test_p2p_search_scores.py).

Measured (session 9, shared 2-core machine): 207,695 moves scored a second afresh, 274,582 from summaries (1.32×),
278,638 half scored where they cannot win (1.34×), at load 0.6. The whole search's tries a second in 5 s (main and
this code run one after the other per seed, 7 seeds, load 2.4–3.4) went from a median of 3,401 to 5,272 on this
room, and from 4,749 to 6,994 on the 240-person sample: more than the scoring alone, as an exchange's tables are
made only for the move kept.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import time
from typing import Any

from common import isolate

TRIES = 3000  # tries of the fast moves, each with its candidate moves
REPEATS = 5


def moves() -> tuple[Any, list[tuple[int, list[Any]]]]:
    """The room's start plan as the search sees it, and candidate moves, grouped by try, as the fast moves make
    them: a person moved or swapped to another table, or their table's topic changed."""
    from bench_p2p import generated_room

    from eulac_desktop.core.p2p import plan_rounds, search

    room = generated_room(400)
    plan = plan_rounds(room, 3, min_size=5, max_size=7, seconds=0, seed=1)
    layouts = []
    for tables in plan.rounds:
        layout = search.Round()
        layout.tables, layout.topics = [list(t.members) for t in tables], [t.topic for t in tables]
        layouts.append(layout)
    seat = [{pid: i for i, members in enumerate(layout.tables) for pid in members} for layout in layouts]
    ctx = search._Context({p.id: p for p in room}, layouts, seat, 5, 7)
    rng = random.Random(1)
    tries = []
    for _ in range(TRIES):
        r = rng.randrange(len(layouts))
        layout = layouts[r]
        a, b = rng.sample(range(len(layout.tables)), 2)
        pid = rng.choice(layout.tables[a])
        options: list[Any] = search._exchanges(layout, a, b, pid, 7, 5)
        options += [{a: (layout.tables[a], k)} for k in sorted({k for q in layout.tables[a]
                                                                 for k in ctx.people[q].offers})]
        tries.append((r, options))
    return ctx, tries


def main() -> dict[str, Any]:
    isolate()
    from eulac_desktop.core.p2p import search

    ctx, tries = moves()
    count = sum(len(options) for _r, options in tries)
    afresh_s, summaries_s, bounded_s = [], [], []
    for _ in range(REPEATS):  # interleaved: the floor and the search's way in the same conditions
        start = time.perf_counter()
        others = [{p: (set(ctx.people[p].seeks) - ctx.satisfied_other(p, r), ctx.met_other(p, r)) for p in ctx.people}
                  for r in range(len(ctx.rounds))]
        expected, known = [], {}  # the tables' values as they are, kept (as the search kept them)
        for r, options in tries:
            layout = ctx.rounds[r]
            for option in options:
                gain = 0
                for i, (members, topic) in search._changes(layout, option).items():
                    if (r, i) not in known:
                        known[r, i] = search._value(ctx, layout.tables[i], layout.topics[i], others[r])
                    gain += search._value(ctx, members, topic, others[r]) - known[r, i]
                expected.append(gain)
        afresh_s.append(time.perf_counter() - start)
        start = time.perf_counter()
        values = search._Values(ctx)
        scored = [values.gain(r, option) for r, options in tries for option in options]
        summaries_s.append(time.perf_counter() - start)
        assert scored == expected
        start = time.perf_counter()
        values = search._Values(ctx)
        for r, options in tries:
            best: int | None = None
            for option in options:
                gain = values.gain(r, option, best)
                if best is None or gain > best:
                    best = gain
        bounded_s.append(time.perf_counter() - start)
    afresh, summaries, bounded = (statistics.median(s) for s in (afresh_s, summaries_s, bounded_s))
    return {"load_average": [round(x, 2) for x in os.getloadavg()], "moves": count, "tries": TRIES,
            "afresh_moves_per_s": round(count / afresh), "summaries_moves_per_s": round(count / summaries),
            "bounded_moves_per_s": round(count / bounded), "ratio_summaries": round(afresh / summaries, 2),
            "ratio_bounded": round(afresh / bounded, 2), "same_scores": True}


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
