"""Import of a 5,000-person list end to end, as CSV and as XLSX, and one search keystroke over 5,000 people.

End to end = read (detect encoding and separator), map, validate, find duplicates, insert and index, in
a fresh event with the demo's topics, in one durable transaction. The floors, measured in the same run,
interleaved: the same file read by `csv.DictReader` (CSV) or python-calamine (XLSX), its rows written by
sqlite-utils' `insert_all` into a plain table in ONE durable WAL transaction (`common.floor_insert_into`) of a file
opened beforehand (the app's event file is open before its import is timed, too).
Goals (issue 19): each import ≤ 2× its floor. Budgets (issue 4): CSV ≤ 600 ms, XLSX ≤ 700 ms, keystroke ≤ 20 ms.
Reads `participants_5000.csv` from the shared sample data (`common.shared_data`); refuses to run without it.

Measured (issue 19, third pass: the tree before and after alternated in one run, 8 processes of 4 imports each,
beside the floor in the same processes; load 3-6 from the other engineers). CSV, CPU time of the importing thread:
126.2 -> 114.0 ms against the floor's 36.8-37.1 ms, 3.43x -> 3.07x; wall 156.2 -> 146.3 ms, 3.63x -> 3.12x. Kept:
migration 15 (the full-text index without column sizes, the index of merged records partial: SQLite's CPU for the
rows -8%), the e-mail fast path for Latin letters (the list's 184 addresses like "jörg.groß@…" cost 27 us each in
email-validator; its e-mail column 12.7 -> 6.7 ms), badge numbers read at once (3.9 -> 1.8 ms), the mapping store
rewritten only when it changes. Tried and dropped: the full-text index filled after the commit (about 3% of the
import, not worth a window where another process could search without the new people), the index of (event_id,
deleted) dropped (-5% of SQLite's time, but a coordinator's master holds several events), the two indexes filled in
random order built after the insert (-2%), the unused index of participants.updated_at dropped (-3% of SQLite's
time: the delta's query ORs it with profile_at, so scans; tests damage it on purpose), a larger page cache (the
import's 1,120 pages never spill), the likely duplicates made in list order without the final sort (-0.6 ms). Where
the rest goes (CPU): reading 10 ms (DictReader's too), cleaning 17, the plan's loop 14, likely duplicates 16 (3,585
of the 5,000 rows are flagged), the rows as stored 6, SQLite 40 (26 columns, 5 indexes and the full-text index
against the floor's 10 columns), the commit 4.

Fourth pass (issue 19, session 9; main and this tree alternated, 6 processes of 4 imports each, beside the floor in
the same processes, load 4.5-4.9 from the other engineers; CPU time of the importing thread, medians): CSV 105.1 ->
72.2 ms against the floor's 35.8-36.2 ms, 2.90x -> 2.02x (the fastest run of each 2.65x -> 1.95x); wall 182.6 ->
130.8 ms, 2.53x -> 1.98x. XLSX 147.5 -> 115.2 ms against 64.8-68.0 ms, 2.17x -> 1.78x; wall 2.10x -> 1.60x. `eulac
participants import` of 50,000 rows (bench_import_cli) 3.46 -> 2.47 s, 4.1x the 5,000-row process (with --json 3.69
-> 2.56 s, 4.7x; the report 4,887 bytes). The work is the same (every check, every likely duplicate, the full-text
index, every column), done otherwise: a column's distinct values cleaned once and its cells looked up at once
(`PersonCleaner.column`), the e-mail column in one map; a row whose fields all take a value as they are made at once
from the columns of values (`PersonCleaner.assemble` for the others); a chunk of new people with addresses seen
nowhere else added at once; likely duplicates found column by column (`_Members`) and each one's entry made when
first read (`LikelyDuplicates`: the report reads 20, a preview what it shows); new people stored column by column
(`stored_people`, `records.insert_columns`: one prepared statement fed by the columns, no mapping or tuple made per
row); a text list read at once when its records are one line each; the encoding's check and the decoding one pass;
UUIDv7s joined from precomputed parts; migration 16 (import) drops the participants' index of (event_id, deleted),
which SQLite chose even for e-mail lookups (`find_by_email` read the whole event; the badge and e-mail indexes lead
with event_id, so a master still finds an event's people by index): SQLite's CPU for the rows 34 -> about 31 ms.
The index of updated_at was dropped too in this pass, then kept when merged: the room's sync now finds a delta's
rows through it (no OR with profile_at any more), and issue 21's apply reads no participant it need not; it costs
about 2.6 ms of a 75-ms import (77.6 against 75.0 ms of CPU, 24 alternated imports, load 4, 2.20x against 2.13x).
Where it goes now (CPU, fastest of 16 runs): reading 8 ms (csv 6),
cleaning 10 (e-mails 4: email-validator's rule, the regex half of it), making the rows 4, likely duplicates 5,
storing 3, SQLite 30 (the rows 22, the full-text index 4.6, the commit 3). Tried and dropped: pages of 8 or 16 KB
(SQLite -9% / -12%, but only for new files, and every check-in's commit would write larger frames), event id, origin
and stamps bound once per statement (-0.9 ms of 27, for SQL text made from values), an e-mail index without event_id
(no gain). Not done: the collector paused over the whole import (it would only move its walk of the new objects to
after the clock stops).

Fifth pass (issue 19, session 9b; load 1.7-3): the e-mail column checked at once when every address is plain
(`people._plain_emails`: one regular expression over the column joined, each distinct domain once), 4.0 -> 2.8 ms of
the column (best of 20, the 5,000 addresses). Measured and dropped: the full-text index without positions
(`detail=none` or `column`: 30 alternated imports in one process, 83.7 / 83.5 / 83.1 ms against the floor's 36.6, no
gain; `detail=none` makes each MATCH 25-100% slower and the keystroke's p99 here 2.9 -> 3.6-3.9 ms), the FTS5
options pgsz, hashsize and automerge (within noise), badge numbers drawn in sorted order (-1 ms of 79, but the
numbers would follow the list's order), secure_delete off or FAST (no change). What each index costs (5,000 rows
inserted alone, no index 20.5 ms): the e-mail index +4.5, the badge index +3.5, updated_at +2.1, the id's +2.
The run-to-run spread under the other engineers' load (+-4 ms) is larger than what is left to win piece by piece.

Sixth pass (issue 19, session 10; main and this tree alternated, 16 processes of 5 imports each, beside the floor in
the same processes, load 0.8-1.0; medians): CSV, CPU time of the importing thread 63.1 -> 55.2 ms against the floor's
33.4-33.2 ms, 1.89x -> 1.66x; wall 66.0 -> 57.8 ms, 1.94x -> 1.71x. XLSX CPU 101.3 -> 93.0 ms, 1.70x -> 1.56x; wall
1.73x -> 1.59x. After the last change, load 1.7-1.9 (16 processes): CSV wall 2.03x -> 1.78x, CPU 1.96x -> 1.71x;
XLSX wall 1.75x -> 1.60x, CPU 1.71x -> 1.57x. Under a load of 2.2-2.6 (12 processes, before the likely duplicates'
names): CSV CPU 1.99x -> 1.78x, wall 2.08x -> 1.82x. This script
(EULAC_BENCH_RUNS=11), main and this tree alternated twice, load 0.95: CSV wall 1.95x/2.01x -> 1.84x/1.69x, CPU
1.91x/1.99x -> 1.79x/1.66x; XLSX 1.71x/1.64x -> 1.59x/1.64x; keystroke p99 2.5 -> 2.6-3.0 ms (no query changed).
Kept, each measured alone against the code before it: the plan's new people kept as the columns of values that
cleaning makes (`importing.AddedPeople`: a chunk of plain rows as its columns, rows made one by one as before; a
row's mapping made only when it is read), stored from those columns (`people.stored_runs`, `AddedPeople.runs`) and
read a field at a time by the likely duplicates, where 5,000 mappings were made (2.0 ms), then split back into columns
(0.5 ms); a column whose cells all take a value found without an outcome per cell (`PersonCleaner.values`: the ten
columns 7.76 -> 7.37 ms); each row's stamp bound once for created_at, updated_at and profile_at, deleted written as 0
(`records._columns_statement`: SQLite's rows 30.4 -> 29.0 ms, 15 alternated inserts); the e-mail keys the plan makes
to find duplicates stored as they are (0.4 ms); the e-mail column's one regular expression finds each line's domain
too, each distinct domain checked once and remembered (0.50 -> 0.36 ms a 1,000-row chunk); a text list with no blank
record told from its first cells (0.67 -> 0.29 ms); HLC stamps in bulk joined from the digits of each counter's
thousand and unit (`hlc._stamps`: 5,000 stamps 0.80 -> 0.29 ms); the likely duplicates' names made for the columns at
once (`text.display_names`: 3.46 -> 3.07 ms); the checkpoint's thread started without waiting for it to run
(`workspace._CheckpointThread`: wall only; 37 imports under a load of 2.5, median 83.6 -> 79.3 ms; about 0.2 ms when
quiet). Measured and dropped: plain offers and seeks found by two regular expressions over their distinct cells (1.5 ->
3.1 ms: the one that finds a code named twice backtracks); the distinct cells of few-valued fields cleaned by maps
instead of a loop, the values' dictionary filled by maps (no change); badge numbers drawn through C iterators (0.82 ->
1.35 ms: they look at every draw); a column's e-mail keys made on the column joined (0.38 -> 1.10 ms: casefold of a
text that is not ASCII works a character at a time); INSERT OR FAIL / OR ROLLBACK, so no statement journal (no
change); a larger page cache or no cache spill (the rows 30.0 -> 27.4 ms, the commit 2.7 -> 5.3: the writing moves);
the rows through a temporary table then one INSERT ... SELECT (29.8-31.3 against 30.3: filling it costs the same
binds); 250 rows a statement (multi-row VALUES: 29.3 -> 27.8 ms with its compile, before the parameters are
flattened; with numbered parameters 71 ms); one JSON parameter per 250 rows (json_each and ->>: 74 ms); the e-mail and
badge indexes dropped and made again after the rows (-1.6 to -2.5 ms of 53 under load; schema changes inside an
import, and a loss once the event holds more people than the list); the collector paused over reading the list too
(30 alternated imports: 59.7 against 58.7 ms at best, no gain). Why the rows cost what they cost: the same rows
by one INSERT ... SELECT take 12.8 ms against the executemany's 30.3, and into a table without indexes 1.9 against
16.6: binding (about 110 ns a value) and running the statement for each row (four indexes sought each time) are
most of SQLite's time, and sqlite3 offers no other way to hand it rows. Not done: the reading and cleaning of the next
rows on the second core while SQLite writes (idea 4): executemany releases the GIL only while it steps one row
(about 5 us), so a thread cleaning rows would hold the GIL for up to the switch interval (5 ms) at each of them; only
the full-text statement and the commit (about 7 ms) run long without it. Where the time goes now (CPU, quiet, medians
of 15-40): reading 7 ms (csv 4.2), cleaning 8 (e-mails 1.8, offers and seeks 2.3), likely duplicates 3.1, making the
stored columns, ids and stamps 3 (badge numbers 0.8, ids 0.8), SQLite: the rows 22.7, the full-text index 4.4, the
commit 3.0 (wall 5.6 with its fsync), the audit 0.5. The full-text index filled in one statement (an earlier pass)
is now checked against the table after every kind of write (tests/test_search_index_follows_writes.py).
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
import time
from pathlib import Path

from common import durable_connection, floor_insert_into, isolate, ratio, shared_data, summary

RUNS = int(os.environ.get("EULAC_BENCH_RUNS", "5"))  # p99 means something from about 20 runs
SEARCHES = ["j", "jo", "jos", "jose", "conceicao", "muller", "garcia lo", "univ", "fiocruz", "ana maria"]


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


def import_once(folder: Path, source: Path, n: int) -> tuple[float, float]:
    from eulac_desktop.core.demo import demo_topics
    from eulac_desktop.core.event import create_event_file
    from eulac_desktop.core.registration import set_topics
    from eulac_desktop.core.registration.importing import import_file

    with create_event_file(folder / f"import-{n}.eulac", name="Bench") as ws:
        set_topics(ws, demo_topics())
        start, cpu = time.perf_counter(), time.thread_time()
        plan, _changes = import_file(ws, source)
        elapsed, cpu = time.perf_counter() - start, time.thread_time() - cpu
    assert len(plan.added) >= 4900, plan.summary()["invalid"]
    return elapsed, cpu


def floor_csv(folder: Path, source: Path, n: int) -> tuple[float, float]:
    """DictReader + `insert_all` in one durable WAL transaction (of a file opened beforehand, as the app's event is)."""
    conn = durable_connection(folder / f"floor-csv-{n}.sqlite")
    start, cpu = time.perf_counter(), time.thread_time()
    with source.open(encoding="utf-8", newline="") as fh:
        floor_insert_into(conn, csv.DictReader(fh))
    elapsed, cpu = time.perf_counter() - start, time.thread_time() - cpu
    conn.close()
    return elapsed, cpu


def floor_xlsx(folder: Path, source: Path, n: int) -> tuple[float, float]:
    """python-calamine's read of the first sheet + `insert_all` in one durable WAL transaction (of a file opened
    beforehand)."""
    from python_calamine import CalamineWorkbook

    conn = durable_connection(folder / f"floor-xlsx-{n}.sqlite")
    start, cpu = time.perf_counter(), time.thread_time()
    rows = CalamineWorkbook.from_path(str(source)).get_sheet_by_index(0).to_python()
    header = [str(h) for h in rows[0]]
    floor_insert_into(conn, (dict(zip(header, row)) for row in rows[1:]))
    elapsed, cpu = time.perf_counter() - start, time.thread_time() - cpu
    conn.close()
    return elapsed, cpu


def main() -> dict:
    isolate()
    folder = Path(tempfile.mkdtemp(prefix="eulac-bench-reg-"))
    source = shared_data("participants_5000.csv")
    xlsx = as_xlsx(source, folder)
    import_once(folder, source, -1)  # warm the imports
    floor_csv(folder, source, -1)
    floor_xlsx(folder, xlsx, -1)
    csv_runs, xlsx_runs, floor_csv_runs, floor_xlsx_runs = [], [], [], []
    for n in range(RUNS):  # interleaved, so the app and its floors see the same load of this shared machine
        floor_csv_runs.append(floor_csv(folder, source, n))
        csv_runs.append(import_once(folder, source, n))
        floor_xlsx_runs.append(floor_xlsx(folder, xlsx, n))
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
    csv_s, xlsx_s = summary([w for w, _c in csv_runs]), summary([w for w, _c in xlsx_runs])
    floor_csv_s, floor_xlsx_s = summary([w for w, _c in floor_csv_runs]), summary([w for w, _c in floor_xlsx_runs])
    cpu = {name: summary([c for _w, c in runs]) for name, runs in (
        ("csv", csv_runs), ("floor_csv", floor_csv_runs), ("xlsx", xlsx_runs), ("floor_xlsx", floor_xlsx_runs))}
    keys = summary(keystrokes)
    return {
        "source": str(source),
        "import_csv_5000": {**csv_s, "budget_ms": 600, "within_budget": csv_s["median_ms"] <= 600},
        "floor_csv_dictreader_insert_all_one_wal_transaction": floor_csv_s,
        "import_csv_ratio_to_floor": ratio(csv_s, floor_csv_s, 2.0),
        "import_xlsx_5000": {**xlsx_s, "budget_ms": 700, "within_budget": xlsx_s["median_ms"] <= 700},
        "floor_xlsx_calamine_insert_all_one_wal_transaction": floor_xlsx_s,
        "import_xlsx_ratio_to_floor": ratio(xlsx_s, floor_xlsx_s, 2.0),
        "cpu_time_of_the_importing_thread": {**cpu, "csv_ratio_to_floor": ratio(cpu["csv"], cpu["floor_csv"], 2.0),
                                             "xlsx_ratio_to_floor": ratio(cpu["xlsx"], cpu["floor_xlsx"], 2.0)},
        "search_keystroke_5000": {**keys, "budget_ms": 20, "within_budget": keys["median_ms"] <= 20,
                                  "queries": SEARCHES},
    }


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
