"""CP-SAT's first model is made in a fresh thread of its own (core/p2p/solver.py): made first in a thread that Qt's
pool reuses, its binding's one-time set-up could take back the GIL with a freed thread state, and the window died
(SIGSEGV) in about one plan in six."""

import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_the_first_model_is_made_in_a_fresh_thread_not_in_the_planning_one() -> None:
    script = textwrap.dedent("""
        import threading
        from ortools.sat.python import cp_model

        made = []
        original = cp_model.CpModel.__init__

        def record(self, *args, **kwargs):
            made.append(threading.current_thread().name)
            original(self, *args, **kwargs)

        cp_model.CpModel.__init__ = record
        from eulac_desktop.core.p2p import Person, plan_rounds

        people = [Person(f"p{i}", f"p{i}@example.org", "EU" if i % 2 else "LAC", "ES" if i % 2 else "MX", ("es",),
                         frozenset({"A"}), frozenset({"A"})) for i in range(12)]
        planner = threading.Thread(target=lambda: plan_rounds(people, 2, seconds=0.3), name="planner")
        planner.start()
        planner.join()
        print(made[0] if made else "none", len(set(made)))
    """)
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    first, _names = out.stdout.split()
    assert first == "eulac-cp-sat-load", out.stdout


@pytest.mark.parametrize("wall", [0.2, 2.0])
def test_no_solve_is_given_a_complete_hint_a_fixed_hint_or_interleaved_workers(monkeypatch, wall: float) -> None:
    """OR-Tools 9.15 kills the process (a failed check: SIGABRT, no exception) when a solve's time runs out while it
    loads a complete hint as a solution (`solution->size() == postsolve_mapping.size()`), or before interleaved
    workers have set up their search (`heuristics.fixed_search != nullptr`): with short limits on a busy machine,
    4 of 10 loops of 20 s of language-table solves died. Every solve the planner makes, in a short time (the quick
    plan kept) and a longer one, gets at most a partial hint, never fixed, and one worker."""
    from ortools.sat.python import cp_model
    from test_p2p import _dutch_room

    from eulac_desktop.core.p2p import plan_rounds
    from eulac_desktop.core.p2p.languages import language_tables

    solves: list[tuple[int, int, bool, int]] = []
    original = cp_model.CpSolver.solve

    def record(self: Any, model: Any, *args: Any, **kwargs: Any) -> Any:
        solves.append((len(model.proto.solution_hint.vars), len(model.proto.variables),
                       self.parameters.fix_variables_to_their_hinted_value,
                       self.parameters.num_workers if self.parameters.interleave_search else 1))
        return original(self, model, *args, **kwargs)

    monkeypatch.setattr(cp_model.CpSolver, "solve", record)
    language_tables(_dutch_room(), 3, 4, 6, effort=0.2, mixed=True, wall=wall)
    plan_rounds(_dutch_room(), 2, min_size=4, max_size=6, seconds=wall, seed=1)
    assert solves
    for hinted, variables, fixed, workers in solves:
        assert hinted < variables and not fixed and workers == 1
