"""CP-SAT's first model is made in a fresh thread of its own (core/p2p/solver.py): made first in a thread that Qt's
pool reuses, its binding's one-time set-up could take back the GIL with a freed thread state, and the window died
(SIGSEGV) in about one plan in six."""

import subprocess
import sys
import textwrap
from pathlib import Path

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
