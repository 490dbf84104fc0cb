"""Import of a 5,000-person list end to end, as CSV and as XLSX, and one search keystroke over 5,000 people.

End to end = read (detect encoding and separator), map, validate, find duplicates, insert and index, in
a fresh event with the demo's topics. The floor, measured in the same run: csv parse + one sqlite-utils
`insert_all` into a plain table. Budgets (issue 4): CSV ≤ 600 ms, XLSX ≤ 700 ms, keystroke ≤ 20 ms.
Uses `participants_5000.csv` from the shared sample data when it is there, else the same columns made
from the demo's 240 people.
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
import time
from pathlib import Path

from common import isolate, summary

RUNS = 5
SEARCHES = ["j", "jo", "jos", "jose", "conceicao", "muller", "garcia lo", "univ", "fiocruz", "ana maria"]
SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "participants_5000.csv"


def sample_csv(folder: Path) -> Path:
    if SHARED.exists():
        return SHARED
    from eulac_desktop.core.demo import demo_people

    base = demo_people()
    path = folder / "participants_5000.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(base[0]))
        writer.writeheader()
        for i in range(5000):
            person = dict(base[i % len(base)])
            local, _at, domain = str(person["email"]).partition("@")
            person["email"] = f"{local}.{i}@{domain}"
            person["consent_photo"] = "yes" if person["consent_photo"] else "no"
            writer.writerow(person)
    return path


def as_xlsx(source: Path, folder: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Participants")
    with source.open(encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh):
            sheet.append(row)
    out = folder / "participants_5000.xlsx"
    book.save(out)
    return out


def import_once(folder: Path, source: Path, n: int) -> float:
    from eulac_desktop.core.demo import demo_topics
    from eulac_desktop.core.event import create_event_file
    from eulac_desktop.core.registration import set_topics
    from eulac_desktop.core.registration.importing import import_file

    with create_event_file(folder / f"import-{n}.eulac", name="Bench") as ws:
        set_topics(ws, demo_topics())
        start = time.perf_counter()
        plan, _changes = import_file(ws, source)
        elapsed = time.perf_counter() - start
    assert len(plan.added) >= 4900, plan.summary()["invalid"]
    return elapsed


def floor_once(folder: Path, source: Path, n: int) -> float:
    import sqlite_utils

    start = time.perf_counter()
    with source.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(io.StringIO(fh.read())))
    db = sqlite_utils.Database(folder / f"floor-{n}.sqlite")
    db["people"].insert_all(rows)
    db.close()
    return time.perf_counter() - start


def main() -> dict:
    isolate()
    folder = Path(tempfile.mkdtemp(prefix="eulac-bench-reg-"))
    source = sample_csv(folder)
    xlsx = as_xlsx(source, folder)
    import_once(folder, source, -1)  # warm the imports
    csv_runs, xlsx_runs, floor_runs = [], [], []
    for n in range(RUNS):
        floor_runs.append(floor_once(folder, source, n))
        csv_runs.append(import_once(folder, source, n))
        xlsx_runs.append(import_once(folder, xlsx, 100 + n))
    from eulac_desktop.core.registration import participant_ids
    from eulac_desktop.core.workspace import Workspace

    keystrokes = []
    with Workspace.open(folder / "import-0.eulac") as ws:
        for _ in range(5):
            for text in SEARCHES:
                start = time.perf_counter()
                participant_ids(ws, text)
                keystrokes.append(time.perf_counter() - start)
    csv_s, xlsx_s, floor_s = summary(csv_runs), summary(xlsx_runs), summary(floor_runs)
    keys = summary(keystrokes)
    return {
        "source": "shared participants_5000.csv" if source == SHARED else "generated 5,000 rows",
        "import_csv_5000": {**csv_s, "budget_ms": 600, "within_budget": csv_s["median_ms"] <= 600},
        "import_xlsx_5000": {**xlsx_s, "budget_ms": 700, "within_budget": xlsx_s["median_ms"] <= 700},
        "floor_csv_parse_insert_all": floor_s,
        "import_csv_ratio_to_floor": round(csv_s["median_ms"] / floor_s["median_ms"], 2),
        "search_keystroke_5000": {**keys, "budget_ms": 20, "within_budget": keys["median_ms"] <= 20,
                                  "queries": SEARCHES},
    }


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
