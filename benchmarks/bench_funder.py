"""What the funder asks for (#22): the KPI section of a 5,000-person event (the counts beside their floor, the
`checkin.stats` pass over the same people, and the outcome report that holds the section)."""

from __future__ import annotations

import json
import random
import tempfile
import time
from pathlib import Path

from common import event_with_participants, isolate, summary

RUNS = 9


def _profiled_event(folder: Path, count: int) -> Path:
    """An event of `count` people with answers to gender and stakeholder type, a third of them checked in."""
    from eulac_desktop.core import checkin
    from eulac_desktop.core.vocabulary import GENDERS, STAKEHOLDERS
    from eulac_desktop.core.workspace import Workspace

    path = event_with_participants(folder, count)
    rng = random.Random(22)
    with Workspace.open(path) as ws:
        ids = [r[0] for r in ws.conn.execute("SELECT id FROM participants")]
        with ws.operation("bench.profile"):
            ws.conn.executemany("UPDATE participants SET gender = ?, stakeholder = ? WHERE id = ?",
                                [(rng.choice([*GENDERS, None]), rng.choice([*STAKEHOLDERS, None]), pid) for pid in ids])
        for pid in ids[::3]:
            checkin.check_in(ws, pid)
    return path


def main() -> dict:
    isolate()
    from eulac_desktop.core import checkin
    from eulac_desktop.core.reports.kpi import kpi_report
    from eulac_desktop.core.workspace import Workspace
    from eulac_desktop.documents.outcome import outcome_pdf

    folder = Path(tempfile.mkdtemp(prefix="eulac-bench-funder-"))
    path = _profiled_event(folder, 5000)
    kpi, floor = [], []
    with Workspace.open(path, mode="read") as ws:
        for _ in range(RUNS):
            start = time.perf_counter()
            report = kpi_report(ws)
            kpi.append(time.perf_counter() - start)
            start = time.perf_counter()
            checkin.stats(ws)
            floor.append(time.perf_counter() - start)
        start = time.perf_counter()
        pages = outcome_pdf(ws, folder / "outcome.pdf")
        pdf = time.perf_counter() - start
    k, f = summary(kpi), summary(floor)
    return {"kpi_5000": {**k, "floor_stats_median_ms": f["median_ms"],
                         "ratio_to_floor": round(k["median_ms"] / max(f["median_ms"], 1e-6), 2),
                         "cells": len(report["cells"]), "people": 5000},
            "outcome_report_5000": {"seconds": round(pdf, 2), "pages": pages, "runs": 1}}


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
