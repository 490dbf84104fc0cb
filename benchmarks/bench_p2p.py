"""The P2P planner (issue 9): the 240-person sample, 3 rounds of 4–6, against the best plan known (12
interpreted seats, 482 of 488 seeks: goal ≤ 12 and ≥ 99% of 482 in ≤ 5 s); re-planning after 10 no-shows
(≤ 2 s, ≥ 90% of tables unchanged: the same people but the no-shows; "as printed" also keeps the topic, which
changes where all the people offering it left); 5,000 people in one round (a valid plan in ≤ 30 s); and a one-minute run.
"""

from __future__ import annotations

import json
import statistics
import time

from common import isolate

BEST_KNOWN = {"interpreted": 12, "satisfied": 482, "seeks": 488}
LONG_RUN_S = 60  # the planner's own best, given time
SEEDS = range(1, 8)  # the search's path depends on its seed: seven runs give a steadier median than three


def people(count: int | None = None) -> list:
    """The demo's 240 invented people as the planner sees them (repeated with new ids up to `count`)."""
    from eulac_desktop.core.countries import region_of
    from eulac_desktop.core.demo import demo_people
    from eulac_desktop.core.p2p import Person

    base = demo_people()
    rows = [base[i % len(base)] for i in range(count or len(base))]

    def codes(text: object) -> list[str]:
        return [c.strip() for c in str(text or "").split(";") if c.strip()]

    return [Person(f"p{i}", f"p{i}-{row['email']}", region_of(str(row["country"])), str(row["country"]),
                   tuple(codes(row["languages"])) or ("en",), frozenset(c.upper() for c in codes(row["offers"])),
                   frozenset(c.upper() for c in codes(row["seeks"]))) for i, row in enumerate(rows)]


def main() -> dict:
    isolate()
    from eulac_desktop.core.p2p import plan_rounds

    sample = people()
    runs = []
    for seed in SEEDS:
        start = time.perf_counter()
        plan = plan_rounds(sample, 3, min_size=4, max_size=6, seconds=5, seed=seed)
        runs.append({"seconds": time.perf_counter() - start, "interpreted": plan.interpreted,
                     "satisfied": sum(len(s) for s in plan.satisfied.values()),
                     "meets_again": sum(1 for p in plan.problems if p["kind"] == "meets_again"),
                     "no_shared_language": sum(1 for p in plan.problems if p["kind"] == "no_shared_language")})
    sat = statistics.median(r["satisfied"] for r in runs)
    interp = statistics.median(r["interpreted"] for r in runs)
    sample_figures = {
        "people": len(sample), "rounds": 3, "sizes": "4-6", "time_limit_s": 5, "runs": runs,
        "median_satisfied": sat, "median_interpreted": interp, "best_known": BEST_KNOWN,
        "satisfied_range": [min(r["satisfied"] for r in runs), max(r["satisfied"] for r in runs)],
        "runs_within_goal": sum(1 for r in runs if r["interpreted"] <= BEST_KNOWN["interpreted"]
                                and r["satisfied"] >= 0.99 * BEST_KNOWN["satisfied"]),
        "satisfied_share_of_best": round(sat / BEST_KNOWN["satisfied"], 3),
        "within_goal": interp <= BEST_KNOWN["interpreted"] and sat >= 0.99 * BEST_KNOWN["satisfied"]}

    base = plan_rounds(sample, 3, min_size=4, max_size=6, seconds=2, seed=1)
    keep = [[(t.number, t.topic, list(t.members)) for t in tables] for tables in base.rounds]
    replans = []
    for skip in range(3):
        gone = {p.id for p in sample[skip * 10:(skip + 1) * 10]}  # 10 no-shows
        present = [p for p in sample if p.id not in gone]
        start = time.perf_counter()
        again = plan_rounds(present, 3, min_size=4, max_size=6, seconds=1, keep=keep)
        took = time.perf_counter() - start
        before = [{frozenset(t.members) - gone for t in tables} for tables in base.rounds]
        same = sum(1 for r, tables in enumerate(again.rounds) for t in tables if frozenset(t.members) in before[r])
        total = sum(len(tables) for tables in again.rounds)
        replans.append({"seconds": round(took, 3), "tables_unchanged": same, "tables": total,
                        "kept_as_printed": again.kept, "share_unchanged": round(same / total, 3),
                        "share_as_printed": round(again.kept / total, 3)})
    replan_figures = {"no_shows": 10, "runs": replans,
                      "median_seconds": statistics.median(r["seconds"] for r in replans),
                      "median_share_unchanged": statistics.median(r["share_unchanged"] for r in replans),
                      "budget_s": 2, "goal_share_unchanged": 0.9}

    big = people(5000)
    start = time.perf_counter()
    plan = plan_rounds(big, 1, min_size=4, max_size=6, seconds=5)
    big_figures = {"people": 5000, "rounds": 1, "seconds": round(time.perf_counter() - start, 2), "budget_s": 30,
                   "tables": len(plan.rounds[0]),
                   "all_seated": sum(len(t.members) for t in plan.rounds[0]) == 5000}
    long = plan_rounds(sample, 3, min_size=4, max_size=6, seconds=LONG_RUN_S, seed=1)
    long_figures = {"seconds": LONG_RUN_S, "interpreted": long.interpreted,
                    "satisfied": sum(len(s) for s in long.satisfied.values())}
    return {"sample_240": sample_figures, "replan_after_10_no_shows": replan_figures, "one_round_5000": big_figures,
            "sample_240_long_run": long_figures}


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
