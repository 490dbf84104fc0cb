"""A search keystroke over 50,000 people: the participants page's search (`participant_ids`), typed letter by letter.

On the shared sample's 5,000 people ten times over. The floor, in the same run, interleaved: the bare full-text query of the same text (SQLite's FTS5 MATCH,
its rowids fetched), without the join, the order by name or the ids.
Goal (issue 19): ≤ 5 ms p99.
"""

from __future__ import annotations

import json
import tempfile
import time
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


def main() -> dict:
    isolate()
    from eulac_desktop.core.registration import participant_ids
    from eulac_desktop.core.registration.search import fts_query
    from eulac_desktop.core.workspace import Workspace

    folder = Path(tempfile.mkdtemp(prefix="eulac-bench-search-"))
    path = event_of_50000(folder)
    texts = keystrokes()
    app, floor, found = [], [], {}
    with Workspace.open(path, mode="read") as ws:
        participant_ids(ws, "warm")
        for _round in range(3):
            for text in texts:
                start = time.perf_counter()
                found[text] = len(participant_ids(ws, text))
                app.append(time.perf_counter() - start)
                start = time.perf_counter()
                ws.conn.execute("SELECT rowid FROM participants_fts WHERE participants_fts MATCH ?",
                                (fts_query(text),)).fetchall()
                floor.append(time.perf_counter() - start)
    app_s, floor_s = summary(app, digits=3), summary(floor, digits=3)
    return {
        "search_keystroke_50000": {**app_s, "participants": PARTICIPANTS, "goal_p99_ms": 5,
                                   "within_goal": app_s["p99_ms"] <= 5, "most_found": max(found.values())},
        "floor_fts_match": floor_s,
        "ratio_to_floor": ratio(app_s, floor_s, 2.0, key="p99_ms"),
        "keystrokes": len(texts),
    }


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
