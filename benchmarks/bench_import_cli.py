"""`eulac participants import` of 5,000 and 50,000 rows, whole process, with and without `--json`.

The 5,000 rows are the shared sample's `participants_5000.csv`; the 50,000 are the same rows ten times over,
each copy with its own e-mails (`person+2@…`), written once to a temporary file. The floor, in the same run,
interleaved: a process that reads the same file with `csv.DictReader` and writes its rows by sqlite-utils'
`insert_all` in one durable WAL transaction (`common.floor_insert`).
Goals (issue 19): 50,000 rows ≤ 10× the 5,000-row time, with and without `--json`; the `--json` report stays
bounded (its size is printed).
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, isolate, ratio, shared_data, summary

RUNS = int(os.environ.get("EULAC_BENCH_RUNS", "3"))
COPIES = 10
FLOOR = ("import csv, sys; sys.path.insert(0, sys.argv[3]); from common import floor_insert; "
         "from pathlib import Path; fh = open(sys.argv[1], encoding='utf-8', newline=''); "
         "floor_insert(Path(sys.argv[2]), csv.DictReader(fh))")


def scaled(source: Path, folder: Path, copies: int) -> Path:
    """`source` `copies` times over, each copy with its own e-mails."""
    out = folder / f"participants_{copies * 5000}.csv"
    with source.open(encoding="utf-8", newline="") as fh, out.open("w", encoding="utf-8", newline="") as dest:
        reader = csv.DictReader(fh)
        rows = list(reader)
        writer = csv.DictWriter(dest, fieldnames=list(reader.fieldnames or []))
        writer.writeheader()
        for copy in range(copies):
            for row in rows:
                local, _at, domain = row["email"].partition("@")
                writer.writerow({**row, "email": f"{local}+{copy}@{domain}" if copy else row["email"]})
    return out


def run_import(folder: Path, source: Path, as_json: bool, n: int) -> tuple[float, int]:
    """One whole `eulac participants import` into a fresh demo-topics event; (seconds, bytes on stdout)."""
    from eulac_desktop.core.demo import demo_topics
    from eulac_desktop.core.event import create_event_file
    from eulac_desktop.core.registration import set_topics

    event = folder / f"ev-{source.stem}-{int(as_json)}-{n}.eulac"
    with create_event_file(event, name="Bench") as ws:
        set_topics(ws, demo_topics())
    out = folder / "out.json"
    cmd = [sys.executable, "-m", "eulac_desktop.cli", "participants", "import", str(event), str(source)]
    with out.open("wb") as fh:
        start = time.perf_counter()
        subprocess.run(cmd + (["--json"] if as_json else []), check=True, stdout=fh, stderr=subprocess.DEVNULL)
        elapsed = time.perf_counter() - start
    return elapsed, out.stat().st_size


def run_floor(folder: Path, source: Path, n: int) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", FLOOR, str(source), str(folder / f"floor-{source.stem}-{n}.sqlite"),
                    str(Path(__file__).parent)], check=True)
    return time.perf_counter() - start


def main() -> dict:
    isolate()
    folder = Path(tempfile.mkdtemp(prefix="eulac-bench-import-cli-"))
    small = shared_data("participants_5000.csv")
    large = scaled(small, folder, COPIES)
    figures: dict = {"source": str(small), "large": f"{COPIES} copies of it, {COPIES * 5000} rows", "runs": RUNS}
    for label, source in (("5000", small), ("50000", large)):
        floors, plain, with_json, size = [], [], [], 0
        for n in range(RUNS):  # interleaved, so all see the same load of this shared machine
            floors.append(run_floor(folder, source, n))
            plain.append(run_import(folder, source, False, n)[0])
            elapsed, size = run_import(folder, source, True, n)
            with_json.append(elapsed)
        floor = summary(floors)
        figures[f"floor_{label}"] = floor
        figures[f"import_{label}"] = {**summary(plain), "ratio_to_floor": ratio(summary(plain), floor, 2.0)}
        figures[f"import_{label}_json"] = {**summary(with_json), "json_bytes": size,
                                           "ratio_to_floor": ratio(summary(with_json), floor, 2.0)}
    figures["linear_50000_over_5000"] = ratio(figures["import_50000"], figures["import_5000"], 10.0)
    figures["linear_50000_over_5000_json"] = ratio(figures["import_50000_json"], figures["import_5000_json"], 10.0)
    return figures


if __name__ == "__main__":
    os.chdir(ROOT)
    print(json.dumps(main(), indent=2))
