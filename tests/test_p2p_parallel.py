"""The planner on both cores (core/p2p/parallel.py): a helper process searches beside the planner and the better
plan is kept; the plan keeps every rule; one core when the machine has one or the process cannot start;
cancelling, Ctrl+C and errors leave no process behind."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from helpers import run
from test_p2p import TOPICS, check, person

from eulac_desktop.core import errors
from eulac_desktop.core.p2p import parallel, plan_rounds

SECONDS = 1.2  # a search long enough for a helper (its start, its search) in a test that allows it


def _room(n: int = 60) -> list[Any]:
    """`n` people (half from Europe), each offering a topic and seeking two others: rounds of 10 tables and more."""
    return [person(i, offers={TOPICS[i % 8]}, seeks={TOPICS[(i + 2) % 8], TOPICS[(i + 5) % 8]},
                   languages=("es", "en") if i % 3 else ("pt", "en")) for i in range(n)]


@pytest.fixture
def helpers(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The helpers started while the test runs (None for one that could not start); searches short enough for a
    test may start one, and their answers are awaited."""
    started: list[Any] = []
    start = parallel._Helper.start.__func__  # type: ignore[attr-defined]

    def spy(cls: type, *args: Any) -> Any:
        helper = start(cls, *args)
        started.append(helper)
        return helper

    monkeypatch.setattr(parallel._Helper, "start", classmethod(spy))
    monkeypatch.setattr(parallel, "MIN_SECONDS", 0.5)
    monkeypatch.setattr(parallel, "GRACE", 20.0)  # its answer waited for, however busy the machine (it runs niced)
    return started


def _gone(pid: int | None) -> bool:
    """Whether process `pid` no longer runs (nor waits to be reaped)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True


def test_two_processes_plan_by_every_rule_and_leave_no_process(helpers: list[Any]) -> None:
    people = _room()
    plan = plan_rounds(people, 3, min_size=4, max_size=6, seconds=SECONDS, seed=1, processes=2)
    figures = check(plan, people, rounds=3, min_size=4, max_size=6)
    assert figures["mixed"] == figures["tables"] and figures["meets_again"] == 0
    assert len(helpers) == 1 and helpers[0] is not None and plan.processes == 2  # the helper searched beside it
    assert not helpers[0].process.is_alive() and not multiprocessing.active_children()


def test_the_helper_plan_is_taken_when_it_is_better(helpers: list[Any], monkeypatch: pytest.MonkeyPatch) -> None:
    """With the planner's own search standing still, the plan returned is the helper's, which improved it."""
    from eulac_desktop.core.p2p.search import Round

    monkeypatch.setattr(parallel, "improve", lambda *args, **kw: time.sleep(max(0.0, kw["deadline"] - time.monotonic())))
    people = _room()
    by_id = {p.id: p for p in people}

    def worth(plan: Any) -> tuple[int, ...]:
        rounds = []
        for tables in plan.rounds:
            r = Round()
            r.tables, r.topics = [list(t.members) for t in tables], [t.topic for t in tables]
            rounds.append(r)
        return parallel.worth(rounds, by_id, {}, 4, 6)

    alone = plan_rounds(people, 3, min_size=4, max_size=6, seconds=SECONDS, seed=1, processes=1)
    plan = plan_rounds(people, 3, min_size=4, max_size=6, seconds=SECONDS, seed=1, processes=2)
    check(plan, people, rounds=3, min_size=4, max_size=6)
    assert helpers and helpers[0] is not None
    assert worth(plan) > worth(alone)


def test_one_core_plans_alone(helpers: list[Any], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    people = _room()
    plan = plan_rounds(people, 3, min_size=4, max_size=6, seconds=SECONDS, seed=1)
    check(plan, people, rounds=3, min_size=4, max_size=6)
    assert parallel.workers() == 1 and not helpers and plan.processes == 1


def test_a_process_that_cannot_start_leaves_the_plan_to_one_core(helpers: list[Any],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    real = multiprocessing.get_context

    class Refusing:
        def __init__(self, method: str):
            self.context = real(method)

        def Pipe(self) -> Any:  # noqa: N802 - multiprocessing's name
            return self.context.Pipe()

        def Process(self, *args: Any, **kw: Any) -> Any:  # noqa: N802 - multiprocessing's name
            raise OSError("Resource temporarily unavailable")

    monkeypatch.setattr(multiprocessing, "get_context", Refusing)
    people = _room()
    start = time.monotonic()
    plan = plan_rounds(people, 3, min_size=4, max_size=6, seconds=SECONDS, seed=1, processes=2)
    assert time.monotonic() - start < SECONDS + 2
    check(plan, people, rounds=3, min_size=4, max_size=6)
    assert helpers == [None] and plan.processes == 1 and not multiprocessing.active_children()


def test_a_helper_that_dies_leaves_the_plan_to_this_process(helpers: list[Any]) -> None:
    def kill_the_helper(done: int, total: int) -> bool:
        for helper in helpers:
            if helper is not None and helper.process.is_alive():
                helper.process.kill()
        return True

    people = _room()
    plan = plan_rounds(people, 3, min_size=4, max_size=6, seconds=SECONDS, seed=1, processes=2,
                       progress=kill_the_helper)
    check(plan, people, rounds=3, min_size=4, max_size=6)
    assert helpers and not multiprocessing.active_children()


def test_cancelling_stops_the_helper(helpers: list[Any]) -> None:
    start = time.monotonic()

    def cancel_soon(done: int, total: int) -> bool:
        return time.monotonic() - start < 1.0

    with pytest.raises(errors.Cancelled):
        plan_rounds(_room(), 3, min_size=4, max_size=6, seconds=30, seed=1, processes=2, progress=cancel_soon)
    assert time.monotonic() - start < 5
    assert helpers and helpers[0] is not None and _gone(helpers[0].process.pid)
    assert not multiprocessing.active_children()


def test_short_searches_and_replans_stay_on_one_core(helpers: list[Any]) -> None:
    """A search too short to pay for a helper's start, and a re-plan (which changes as little as it can), run on one
    core: a seed with no time to improve gives one plan, as before."""
    people = _room()
    one = plan_rounds(people, 2, min_size=4, max_size=6, seconds=0.2, seed=7, processes=2)
    keep = [[(t.number, t.topic, list(t.members)) for t in tables] for tables in one.rounds]
    again = plan_rounds(people[5:], 2, min_size=4, max_size=6, seconds=1, seed=7, processes=2, keep=keep)
    assert not helpers and one.processes == again.processes == 1
    first, second = (plan_rounds(people, 2, min_size=4, max_size=6, seconds=0, seed=7, processes=2) for _ in range(2))
    assert [[t.members for t in tables] for tables in first.rounds] == [[t.members for t in tables] for tables in second.rounds]


def _descendants(pid: int) -> set[int]:
    """The processes whose parent is `pid`, and theirs."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    out, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            out.add(child)
            todo.append(child)
    return out


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the processes from /proc")
@pytest.mark.parametrize("processes", ["1", "2"])
def test_ctrl_c_while_planning_leaves_no_process(capsys: pytest.CaptureFixture[str], tmp_path: Path, device: Any,
                                                 processes: str) -> None:
    """`eulac p2p plan` of the demo event (240 people), interrupted as a terminal does (SIGINT to its process
    group) while it searches (after exact neighbourhoods, whose solver must leave Ctrl+C to Python): it says so,
    exits 130, and neither the helper nor anything else it started runs."""
    path = tmp_path / "demo.eulac"
    code, _out, err = run(capsys, "event", "demo", path)
    assert code == 0, err
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1]), "LANGUAGE": "en",
           "EULAC_PLAN_PROCESSES": processes}  # however busy the machine is
    proc = subprocess.Popen([sys.executable, "-m", "eulac_desktop.cli", "p2p", "plan", str(path), "--rounds", "3",
                             "--seconds", "30", "--no-save"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)
    started: set[int] = set()
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and _cpu_seconds(proc.pid) < 4:  # well into the search
            time.sleep(0.1)
            started |= _descendants(proc.pid)
        assert any("spawn_main" in _cmdline(pid) for pid in started) == (processes == "2")
        os.killpg(proc.pid, signal.SIGINT)
        _out, err = proc.communicate(timeout=15)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "Interrupted" in err
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and not all(_gone(pid) for pid in started):
        time.sleep(0.1)
    assert all(_gone(pid) for pid in started), [_cmdline(pid) for pid in started if not _gone(pid)]


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the processes from /proc")
def test_a_planner_killed_outright_leaves_no_helper_behind(tmp_path: Path) -> None:
    """The planning process killed (SIGKILL: no clean-up of its own) while its helper searches: the helper sees its
    pipe close and stops within moments, as does everything else it started."""
    script = tmp_path / "plan.py"
    script.write_text(
        "import sys\n"
        f"sys.path[:0] = [{str(Path(__file__).parents[1])!r}, {str(Path(__file__).parent)!r}]\n"
        "from test_p2p_parallel import _room\n"
        "from eulac_desktop.core.p2p import plan_rounds\n"
        "if __name__ == '__main__':\n"
        "    plan_rounds(_room(), 3, min_size=4, max_size=6, seconds=60, seed=1, processes=2)\n", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    started: set[int] = set()
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not any("spawn_main" in _cmdline(pid) for pid in started):
            time.sleep(0.1)
            started |= _descendants(proc.pid)
        assert any("spawn_main" in _cmdline(pid) for pid in started), "the helper never started"
        time.sleep(1)  # searching
        proc.kill()
        proc.communicate(timeout=10)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not all(_gone(pid) for pid in started):
            time.sleep(0.1)
        assert all(_gone(pid) for pid in started), [_cmdline(pid) for pid in started if not _gone(pid)]
    finally:
        for pid in started:
            if not _gone(pid):
                os.kill(pid, signal.SIGKILL)
        if proc.poll() is None:
            proc.kill()
            proc.communicate()


def _cpu_seconds(pid: int) -> float:
    """The CPU time process `pid` has used (0 once it ended)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_text().replace("\0", " ")
    except OSError:
        return ""


def test_a_machine_others_keep_busy_plans_on_one_core(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two cores, and other processes keep both busy while the plan starts: the helper would only slow the planner
    down, so the search stays on one core; with a core free, it takes two. Asked for, two are taken regardless."""
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(parallel, "SAMPLE_S", 0.05)
    busy = [1000.0]
    monkeypatch.setattr(parallel, "_busy_seconds", lambda: busy[0])
    sample = parallel.Sample()
    time.sleep(0.05)
    busy[0] += 0.1  # both cores, for 0.05 s
    assert parallel.workers(None, sample) == 1 and parallel.workers(2, sample) == 2
    sample = parallel.Sample()
    time.sleep(0.05)
    busy[0] += 0.01  # a fifth of a core
    assert parallel.workers(None, sample) == 2
    monkeypatch.setattr(parallel, "_busy_seconds", lambda: None)  # not on Linux: no way to tell, two cores
    assert parallel.workers(None, parallel.Sample()) == 2
    monkeypatch.setenv("EULAC_PLAN_PROCESSES", "1")  # or as many as the environment says
    assert parallel.workers(None, parallel.Sample()) == 1
