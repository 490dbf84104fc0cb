"""Tables in a language few people speak, planned first: someone who speaks only Finnish, Polish or Dutch needs
an interpreter at any other table. For each such language, CP-SAT seats its monolingual speakers at tables of
people who all speak it, in as many rounds as the rule "nobody meets the same person twice" allows, using as
few of its bilingual speakers as it can (they are free for their seeks elsewhere). Deterministic: the solver
runs on one thread with a fixed seed and a deterministic time limit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .planner import Person

MINORITY_SHARE = 0.25  # a language spoken by fewer than this share of the room


def language_tables(people: Sequence[Person], rounds: int, min_size: int, max_size: int) -> list[list[list[str]]]:
    """Per round, the tables (member ids) of minority-language groups; empty lists when there is none."""
    out: list[list[list[str]]] = [[] for _ in range(rounds)]
    speakers: dict[str, list[Person]] = {}
    for person in sorted(people, key=lambda p: p.email):
        for lang in person.languages:
            speakers.setdefault(lang, []).append(person)
    used: set[tuple[str, int]] = set()  # (person, round) already at a language table
    languages = sorted((lang for lang, group in speakers.items()
                        if min_size <= len(group) < MINORITY_SHARE * len(people)
                        and any(p.languages == (lang,) for p in group)), key=lambda lang: (len(speakers[lang]), lang))
    for lang in languages:
        for r, tables in enumerate(_plan_language(speakers[lang], lang, rounds, min_size, max_size, used)):
            for members in tables:
                out[r].append(members)
                used.update((pid, r) for pid in members)
    return out


def _plan_language(group: list[Person], lang: str, rounds: int, min_size: int, max_size: int,
                   used: set[tuple[str, int]]) -> list[list[list[str]]]:
    from ortools.sat.python import cp_model

    monos = [p for p in group if p.languages == (lang,)]
    k = min(len(group) // min_size, len(monos))
    if not k:
        return [[] for _ in range(rounds)]
    model = cp_model.CpModel()
    seat = {(p.id, r, j): model.new_bool_var("") for p in group for r in range(rounds) for j in range(k)}
    opened = {(r, j): model.new_bool_var("") for r in range(rounds) for j in range(k)}
    for r in range(rounds):
        for j in range(k):
            members = [seat[p.id, r, j] for p in group]
            model.add(sum(members) >= min_size * opened[r, j])
            model.add(sum(members) <= max_size * opened[r, j])
            model.add(sum(seat[p.id, r, j] for p in monos) >= opened[r, j])  # a table for someone who needs it
            model.add(sum(seat[p.id, r, j] for p in group if p.offers) >= opened[r, j])  # a topic to talk about
            if j + 1 < k:
                model.add(opened[r, j] >= opened[r, j + 1])
        for p in group:
            if (p.id, r) in used:
                for j in range(k):
                    model.add(seat[p.id, r, j] == 0)
            else:
                model.add_at_most_one(seat[p.id, r, j] for j in range(k))
    for a, p in enumerate(group):  # nobody meets the same person twice
        for q in group[a + 1:]:
            together = [model.new_bool_var("") for _ in range(rounds)]
            for r in range(rounds):
                for j in range(k):
                    model.add_bool_or([together[r], seat[p.id, r, j].Not(), seat[q.id, r, j].Not()])
            model.add(sum(together) <= 1)
    mono_ids = {p.id for p in monos}
    model.maximize(sum((100 if pid in mono_ids else -1) * var for (pid, _r, _j), var in seat.items()))
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.random_seed = 0
    solver.parameters.max_deterministic_time = 0.1
    solver.parameters.max_time_in_seconds = 2.0
    if solver.solve(model) not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return [[] for _ in range(rounds)]
    return [[[p.id for p in group if solver.boolean_value(seat[p.id, r, j])] for j in range(k)
             if solver.boolean_value(opened[r, j])] for r in range(rounds)]
