"""The planner's search on both cores: a second process searches beside this one, and the better plan is kept.

A portfolio of two around `search.improve` (used as it is): both processes improve the same start, each on its
own random path (the helper's seed follows from this one's), until the same deadline; the better of the two plans
by the goals' order (`worth`) is kept. Where the machine has a core free, the plan is never worse than this
process's own; the helper runs at a lower priority (`NICE`), so that on a busy machine it takes little time from
this process (without it, two processes lost to one on every seed at a load of 3 on two cores). Tried on the
400-person room, seed by seed: epochs that share the better plan every 0.7–2.5 s did no better and left more
interpreted seats (each restart of `improve` cools again from hot, and its polish leaves the exact neighbourhoods,
which remove interpreted seats, little time); so did a helper that only ran exact neighbourhoods.

The helper is a 'spawn' process (never a fork of a process with Qt's threads); it starts in a few tenths of a
second, which count in the time given: a search shorter than `MIN_SECONDS`, a re-plan (which changes as little as
it can) or a small room (planned whole, exactly) stays on one core. So does a machine with one core, one whose
other processes keep its cores busy (where the helper gained nothing), or one where the process does not
start: the search then runs here alone, silently. Cancelling (the progress callback returning False), Ctrl+C or
any error stops the helper before returning; the helper also stops when this process ends (its pipe closes) and
ignores Ctrl+C itself (this process stops it).
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import multiprocessing
import os
import random
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import combinations
from typing import Any

from .. import errors
from .search import WHOLE_ROUND, Round, improve, language_cost

log = logging.getLogger(__name__)

MIN_SECONDS = 2.0  # a shorter search stays on one core: the helper's start would not pay
SPARE = 0.3  # of a core others may use of the one left for the helper: the helper still pays
SAMPLE_S = 0.25  # seconds over which others' use of the cores is measured, at the least
NICE = 10  # the helper's lower priority: it takes what the cores have to spare, never the planner's share
GRACE = 0.3  # seconds to wait for the helper's plan after the deadline (it stops at the same one)
Layout = list[tuple[list[list[str]], list[str | None]]]  # per round: its tables' members and topics


def workers(asked: int | None = None, since: Sample | None = None) -> int:
    """How many processes the search uses: `asked`, or the environment's EULAC_PLAN_PROCESSES (a number), or else
    two where the machine has two cores or more and, by what it did since `since` (Linux), others leave one of them
    free for the helper."""
    if asked is None and os.environ.get("EULAC_PLAN_PROCESSES", "").strip().isdigit():
        asked = int(os.environ["EULAC_PLAN_PROCESSES"])
    if asked is not None:
        return max(1, asked)
    cores = os.cpu_count() or 1
    if cores < 2:
        return 1
    return 2 if since is None or since.others_busy() <= cores - 2 + SPARE else 1


class Sample:
    """The machine's busy time and this process's CPU time now: `others_busy` later says how many cores other
    processes kept busy in between (0 where the system does not tell: not on Linux)."""

    def __init__(self) -> None:
        self.at, self.mine, self.busy = time.monotonic(), time.process_time(), _busy_seconds()

    def others_busy(self) -> float:
        """Cores kept busy by other processes since the sample (over at least `SAMPLE_S`: it waits for the rest)."""
        if self.busy is None:
            return 0.0
        time.sleep(max(0.0, self.at + SAMPLE_S - time.monotonic()))
        busy = _busy_seconds()
        if busy is None:
            return 0.0
        return max(0.0, (busy - self.busy) - (time.process_time() - self.mine)) / (time.monotonic() - self.at)


def _busy_seconds() -> float | None:
    """Seconds all cores spent busy since the machine started (Linux's /proc/stat), or None elsewhere."""
    try:
        with open("/proc/stat") as stat:
            ticks = [int(x) for x in stat.readline().split()[1:]]
        return (sum(ticks[:8]) - ticks[3] - ticks[4]) / os.sysconf("SC_CLK_TCK")  # all but idle and I/O wait
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def improve_parallel(rounds: Sequence[Round], people: dict[str, Any], *, processes: int | None, min_size: int,
                     max_size: int, fixed_count: bool, deadline: float, rng: random.Random,
                     only: list[set[int]] | None = None, progress: Callable[[int, int], bool] | None = None,
                     apart: dict[str, set[str]] | None = None, asked: bool = False,
                     since: Sample | None = None) -> int:
    """`search.improve` (same arguments and contract) with a helper process beside this one where the search pays
    for its start (see the module) and `workers(processes, since)` is 2 or more; otherwise `improve` alone. Returns
    how many processes searched (2 only when the helper's plan came back)."""
    options: dict[str, Any] = {"min_size": min_size, "max_size": max_size, "fixed_count": fixed_count, "apart": apart, "asked": asked}
    small = all(sum(1 for members in layout.tables if members) <= WHOLE_ROUND for layout in rounds)
    helper = None
    if only is None and not small and deadline - time.monotonic() >= MIN_SECONDS and workers(processes, since) >= 2:
        # the helper's seed follows from this search's without drawing from it: this process searches as it would alone
        helper = _Helper.start(options, hash(rng.getstate()[1]) & 0x7FFFFFFF)
    if helper is None:
        improve(rounds, people, deadline=deadline, rng=rng, only=only, progress=progress, **options)
        return 1
    try:
        helper.send(people, _layout(rounds), deadline)
        improve(rounds, people, deadline=deadline, rng=rng, progress=progress, **options)
        theirs = helper.answer(max(0.0, deadline - time.monotonic()) + GRACE)
    finally:
        helper.close()
    if theirs is None:  # late or gone: this process's plan
        return 1
    if worth(_rounds(theirs), people, apart or {}, min_size, max_size) > worth(rounds, people, apart or {}, min_size,
                                                                               max_size):
        _adopt(rounds, theirs)
    return 2


def worth(rounds: Sequence[Round], people: dict[str, Any], apart: dict[str, set[str]], min_size: int,
          max_size: int) -> tuple[int, ...]:
    """A plan's worth in the goals' order (greater is better): tables that break a rule (size, no host, two records
    of one person), second meetings, unmixed tables, members with no shared language, interpreted seats,
    satisfied seeks (each once across rounds), countries at tables less tables at their minimum size, and people
    with a first satisfied seek."""
    broken = unmixed = unbridged = interpreted = countries = 0
    pairs: Counter[tuple[str, str]] = Counter()
    sat: dict[str, set[str]] = {}
    mixing = {"EU", "LAC"} <= {p.region for p in people.values()}
    for layout in rounds:
        for members, topic in zip(layout.tables, layout.topics):
            if not members:
                continue
            ordered = sorted(members)
            pairs.update(combinations(ordered, 2))
            hosted = topic is not None and any(topic in people[p].offers for p in members)
            twins = any(q in apart.get(p, ()) for p, q in combinations(ordered, 2))
            broken += (not min_size <= len(members) <= max_size) + (not hosted) + twins
            unmixed += mixing and not {"EU", "LAC"} <= {people[p].region for p in members}
            lost, helped, _lang = language_cost(people, members)
            unbridged, interpreted = unbridged + lost, interpreted + helped
            countries += len({people[p].country for p in members}) - (len(members) == min_size < max_size)
            for p in members:
                if topic is not None and topic in people[p].seeks:
                    sat.setdefault(p, set()).add(topic)
    again = sum(n - 1 for n in pairs.values())
    return (-broken, -again, -unmixed, -unbridged, -interpreted, sum(len(s) for s in sat.values()), countries,
            len(sat))


def _layout(rounds: Sequence[Round]) -> Layout:
    return [([list(m) for m in layout.tables], list(layout.topics)) for layout in rounds]


def _rounds(layout: Layout) -> list[Round]:
    out = []
    for tables, topics in layout:
        r = Round()
        r.tables, r.topics = [list(m) for m in tables], list(topics)
        out.append(r)
    return out


def _adopt(rounds: Sequence[Round], layout: Layout) -> None:
    """The helper's plan, in place of this process's rounds."""
    for r, (tables, topics) in zip(rounds, layout):
        r.tables[:], r.topics[:] = [list(m) for m in tables], list(topics)


class _Helper:
    """The second process: improves each plan it is sent until the deadline sent with it, and sends it back."""

    def __init__(self, process: Any, conn: Any):
        self.process, self.conn = process, conn
        self.sender: threading.Thread | None = None

    @classmethod
    def start(cls, options: dict[str, Any], seed: int) -> _Helper | None:
        """The helper, started; None when it cannot start (the search then runs on one core)."""
        # started with Ctrl+C ignored (which it inherits), so that a Ctrl+C while it starts reaches only this process
        main = threading.current_thread() is threading.main_thread()
        interrupt = signal.signal(signal.SIGINT, signal.SIG_IGN) if main else None
        try:
            context = multiprocessing.get_context("spawn")
            mine, theirs = context.Pipe()
            process = context.Process(target=_serve, args=(theirs, options, seed), daemon=True,
                                      name="eulac-planner")
            process.start()
            theirs.close()
        except Exception as exc:  # any failure to start means one core, never a failed plan
            log.info("planning on one core: the second process did not start (%s)", exc)
            return None
        finally:
            if main:
                signal.signal(signal.SIGINT, interrupt)
        return cls(process, mine)

    def send(self, people: dict[str, Any], layout: Layout, deadline: float) -> None:
        """A plan of `people` to improve until `deadline` (time.monotonic(), the same clock in both processes). Sent
        from a thread of its own: a large room fills the pipe before the helper, still starting, reads it."""
        job = (people, layout, deadline, deadline - time.monotonic())

        def send() -> None:
            with contextlib.suppress(OSError, ValueError):  # the helper gone: `answer` says so
                self.conn.send(job)

        self.sender = threading.Thread(target=send, name="eulac-planner-send", daemon=True)
        self.sender.start()

    def answer(self, timeout: float) -> Layout | None:
        """The helper's improved plan, or None when it does not come within `timeout` or the helper is gone."""
        try:
            if not self.conn.poll(timeout):
                return None
            layout: Layout = self.conn.recv()
        except (EOFError, OSError):
            return None
        return layout

    def close(self) -> None:
        """Stop the helper and wait for it: a stop asked for (unless a plan is still being written to it, which a stop
        beside it would garble), then terminated, then killed."""
        if self.sender is not None:
            self.sender.join(0.5)
        if self.sender is None or not self.sender.is_alive():
            with contextlib.suppress(OSError, ValueError):
                self.conn.send(None)
            self.process.join(0.5)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(1.0)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(1.0)
        self.conn.close()


def _serve(conn: Any, options: dict[str, Any], seed: int) -> None:
    """The helper process: `_loop`, then out at once (nothing to write or clean up; the planner waits for it)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C reaches the parent, which stops the helper
    with contextlib.suppress(AttributeError, OSError):  # (no `nice` on Windows)
        os.nice(NICE)  # a core others need goes to them, and to the planner, before the helper
    importlib.import_module("ortools.sat.python.cp_model")  # what the search imports first, imported while it waits
    _loop(conn, options, seed)
    os._exit(0)


def _loop(conn: Any, options: dict[str, Any], seed: int) -> None:
    """The helper's loop: each plan received is improved until its deadline and sent back; a stop (None), this
    process's parent gone (its pipe closed) or a message while it searches ends it."""
    rng = random.Random(seed)

    def go_on(_done: int, _total: int) -> bool:
        return not conn.poll()  # a stop, or the pipe closed

    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        people, layout, deadline, remaining = job
        rounds = _rounds(layout)
        try:
            improve(rounds, people, deadline=min(deadline, time.monotonic() + remaining), rng=rng, progress=go_on,
                    **options)
        except errors.Cancelled:
            continue
        try:
            conn.send(_layout(rounds))
        except (OSError, ValueError):
            return
