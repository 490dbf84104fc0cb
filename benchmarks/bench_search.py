"""A search keystroke over 50,000 people: the participants page's search (`participant_ids`), typed letter by letter.

On the shared sample's 5,000 people ten times over. `participant_ids` answers from the workspace's index in memory
(`registration.search.PeopleIndex`). Interleaved in the same run: the floor, the bare full-text query of the same
text (SQLite's FTS5 MATCH, its rowids fetched, without the join, the order by name or the ids), and the search as it
was before the index, the full-text query joined and sorted by name (`ids_by_query`, still the reference). Also the
index's first build, its memory (tracemalloc), and how long it takes to follow one edit.
Goal (issue 19): ≤ 5 ms p99.

The first key typed after the list is shown (`first_key`): before, it waited for everyone's words to be read (about
half a second at 50,000 people); now the participants page reads them a step at a time while the window idles
(`prepare_search_index`, as the page calls it), and the first key costs what any key costs (its floor: the same key
again). Interleaved, on a fresh workspace each round; the idle steps' longest is what a key typed during them waits.
Measured (issue 19, `python benchmarks/bench_search.py`, shared 2-core machine, load ~3, medians of 3 rounds):
first key at 50,000 people before 640 ms (604–750), after 2.4 ms (2.2–3.0; p99 within the 5 ms goal), 267× less,
beside the same key again 0.64 ms; the idle build: ~31 steps of 14 ms (p99 23 ms), 471 ms in all. Its longest steps
(up to ~95 ms) fall where the cycle collector makes a full pass (34 ms of a 46 ms step, seen with gc.callbacks).
"""

from __future__ import annotations

import json
import os
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path

from common import isolate, ratio, shared_data, summary

PARTICIPANTS = 50_000
WORDS = ["jose", "maria", "silva", "conceicao", "muller", "univ", "fiocruz", "ana maria", "garcia lo", "x"]


def keystrokes() -> list[str]:
    """What the search field holds after each key: every word typed letter by letter."""
    return [word[:n] for word in WORDS for n in range(1, len(word) + 1)]


def event_of_50000(folder: Path) -> Path:
    """An event with the shared sample's 5,000 people ten times over (each copy with its own e-mails), imported."""
    from bench_import_cli import scaled

    from eulac_desktop.core.event import create_event_file
    from eulac_desktop.core.registration.importing import import_file

    path = folder / "search-50000.eulac"
    with create_event_file(path, name="Bench") as ws:
        import_file(ws, scaled(shared_data("participants_5000.csv"), folder, PARTICIPANTS // 5000))
    return path


def slowest(samples: dict[str, list[float]], count: int = 5) -> dict[str, float]:
    """The keystrokes whose slowest run was slowest: {text: ms}."""
    worst = sorted(samples.items(), key=lambda item: -max(item[1]))[:count]
    return {text: round(max(runs) * 1000, 3) for text, runs in worst}


def index_figures(path: Path) -> dict:
    """The index's first build (median of 3, on a fresh workspace each), its memory, and one edit taken in."""
    from eulac_desktop.core.registration import keep_search_index, participant_ids, update_participant
    from eulac_desktop.core.workspace import Workspace

    builds = []
    for _ in range(3):
        with Workspace.open(path, mode="read") as ws:
            keep_search_index(ws)
            start = time.perf_counter()
            participant_ids(ws, "")  # the list shown first: its order
            shown = time.perf_counter()
            participant_ids(ws, "m")  # the first key: everyone's words
            builds.append((shown - start, time.perf_counter() - shown))
    with Workspace.open(path, mode="read") as ws:
        keep_search_index(ws)
        tracemalloc.start()
        participant_ids(ws, "m")
        memory, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    edits = []
    with Workspace.open(path, mode="write") as ws:
        keep_search_index(ws)
        pid = participant_ids(ws, "silva")[0]
        for n in range(5):
            update_participant(ws, pid, {"family_name": f"Zúñiga {n}"})
            start = time.perf_counter()
            participant_ids(ws, "zun")
            edits.append(time.perf_counter() - start)
    return {"build_order_ms": round(statistics.median(b[0] for b in builds) * 1000, 1),
            "build_words_ms": round(statistics.median(b[1] for b in builds) * 1000, 1),
            "memory_mb": round(memory / 1e6, 1), "peak_memory_mb": round(peak / 1e6, 1),
            "one_edit_then_a_key_ms": round(statistics.median(edits) * 1000, 2)}


def first_key_figures(path: Path, rounds: int = 3) -> dict:
    """The first key ("m") after the list is shown, its words read at the key (before) or while idle (after)."""
    from eulac_desktop.core.registration import keep_search_index, participant_ids, prepare_search_index
    from eulac_desktop.core.workspace import Workspace
    from eulac_desktop.ui.pages import participants as page

    before, after, again, steps = [], [], [], []
    for _round in range(rounds):
        with Workspace.open(path, mode="read") as ws:
            keep_search_index(ws)
            participant_ids(ws, "")  # the list shown
            start = time.perf_counter()
            participant_ids(ws, "m")
            before.append(time.perf_counter() - start)
        with Workspace.open(path, mode="read") as ws:
            keep_search_index(ws)
            participant_ids(ws, "")
            done = False
            while not done:  # the page's idle steps
                start = time.perf_counter()
                done = prepare_search_index(ws, page._WORDS_STEP_S)
                steps.append(time.perf_counter() - start)
            start = time.perf_counter()
            participant_ids(ws, "m")
            after.append(time.perf_counter() - start)
            start = time.perf_counter()
            participant_ids(ws, "m")
            again.append(time.perf_counter() - start)
    before_s, after_s, again_s = summary(before), summary(after), summary(again)
    return {"before_words_read_at_the_key": before_s, "after_words_read_while_idle": after_s,
            "floor_the_same_key_again": again_s,
            "before_over_after": round(before_s["median_ms"] / after_s["median_ms"], 1),
            "after_over_floor": round(after_s["median_ms"] / again_s["median_ms"], 2),
            "goal_p99_ms": 5, "within_goal": after_s["p99_ms"] <= 5,  # a keystroke's (issue 19)
            "idle_steps": {**summary(steps), "per_build": len(steps) // rounds,
                           "total_ms": round(sum(steps) / rounds * 1000, 1)}}


def main() -> dict:
    isolate()
    from eulac_desktop.core.registration import keep_search_index, participant_ids
    from eulac_desktop.core.registration.search import fts_query, ids_by_query
    from eulac_desktop.core.workspace import Workspace

    folder = Path(tempfile.mkdtemp(prefix="eulac-bench-search-"))
    path = event_of_50000(folder)
    texts = keystrokes()
    app, floor, before, found = [], [], [], {}
    app_cpu, floor_cpu = [], []  # the thread's CPU time: what the keystroke costs whatever else the machine runs
    by_text: dict[str, list[float]] = {text: [] for text in texts}
    floor_by_text: dict[str, list[float]] = {text: [] for text in texts}
    with Workspace.open(path, mode="read") as ws:
        keep_search_index(ws)  # as the participants page does
        participant_ids(ws, "warm")  # builds the index (measured apart, below)
        ids_by_query(ws, "warm")
        for _round in range(3):
            for text in texts:
                cpu, start = time.thread_time(), time.perf_counter()
                found[text] = len(participant_ids(ws, text))
                app.append(elapsed := time.perf_counter() - start)
                app_cpu.append(time.thread_time() - cpu)
                by_text[text].append(elapsed)
                cpu, start = time.thread_time(), time.perf_counter()
                ws.conn.execute("SELECT rowid FROM participants_fts WHERE participants_fts MATCH ?",
                                (fts_query(text),)).fetchall()
                floor.append(elapsed := time.perf_counter() - start)
                floor_cpu.append(time.thread_time() - cpu)
                floor_by_text[text].append(elapsed)
                start = time.perf_counter()
                ids_by_query(ws, text)
                before.append(time.perf_counter() - start)
    app_s, floor_s = summary(app, digits=3), summary(floor, digits=3)
    return {
        "search_keystroke_50000": {**app_s, "participants": PARTICIPANTS, "goal_p99_ms": 5,
                                   "within_goal": app_s["p99_ms"] <= 5, "most_found": max(found.values()),
                                   "slowest_keystrokes_ms": slowest(by_text)},
        "floor_fts_match": {**floor_s, "slowest_keystrokes_ms": slowest(floor_by_text)},
        "before_fts_join_and_sort": summary(before, digits=3),
        "ratio_to_floor": ratio(app_s, floor_s, 2.0, key="p99_ms"),
        "cpu_search_keystroke_50000": summary(app_cpu, digits=3),
        "cpu_floor_fts_match": summary(floor_cpu, digits=3),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "index": index_figures(path),
        "first_key_50000": first_key_figures(path),
        "keystrokes": len(texts),
    }


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
