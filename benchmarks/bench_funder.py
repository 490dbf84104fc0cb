"""What the funder asks for (#22): the KPI section of a 5,000-person event (the counts beside their floor, the
`checkin.stats` pass over the same people, and the outcome report that holds the section); 400 attendance
certificates (one file each and the merged PDF; budget 5 s) beside their floor, the merged PDF alone; the outcome
report with a roadmap of 30 action plans beside the same report without it."""

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
    return {"certificates_400": _certificates(folder), "roadmap_30": _roadmap(folder), "kpi_5000": {**k, "floor_stats_median_ms": f["median_ms"],
                         "ratio_to_floor": round(k["median_ms"] / max(f["median_ms"], 1e-6), 2),
                         "cells": len(report["cells"]), "people": 5000},
            "outcome_report_5000": {"seconds": round(pdf, 2), "pages": pages, "runs": 1}}


def _roadmap(folder: Path) -> dict:
    """The outcome report of an event with 30 action plans (4 milestones each) beside the same report without them."""
    from eulac_desktop.core import actions
    from eulac_desktop.core.workspace import Workspace
    from eulac_desktop.documents.outcome import outcome_pdf

    (folder / "roadmap").mkdir()
    path = event_with_participants(folder / "roadmap", 240)
    with_plans, without = [], []
    rng = random.Random(30)
    with Workspace.open(path) as ws:
        people = [r[0] for r in ws.conn.execute("SELECT id FROM participants LIMIT 60")]
        for _ in range(3):
            start = time.perf_counter()
            outcome_pdf(ws, folder / "roadmap" / "without.pdf")
            without.append(time.perf_counter() - start)
        for n in range(30):
            actions.add_plan(ws, f"Action plan {n}: shared water and energy labs", problem="Access to equipment",
                             lead_id=people[n], partners=rng.sample(people, 3), funding="Horizon Europe",
                             status=("planned", "started", "done")[n % 3],
                             milestones=[f"2027-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}:Milestone {k}"
                                         for k in range(4)])
        for _ in range(3):
            start = time.perf_counter()
            pages = outcome_pdf(ws, folder / "roadmap" / "with.pdf")
            with_plans.append(time.perf_counter() - start)
    w, f = summary(with_plans), summary(without)
    return {**w, "plans": 30, "pages": pages, "floor_report_without_plans_median_ms": f["median_ms"],
            "roadmap_share_ms": round(w["median_ms"] - f["median_ms"], 2)}


def _certificates(folder: Path) -> dict:
    """400 people checked in, at one or two sessions, with a signature: every certificate, three runs."""
    import io

    from PIL import Image

    from eulac_desktop.core import certificates, checkin
    from eulac_desktop.core.workspace import Workspace
    from eulac_desktop.documents import certificates as pdfs

    (folder / "certs").mkdir()
    path = event_with_participants(folder / "certs", 400)
    buf = io.BytesIO()
    Image.new("RGB", (400, 120), "white").save(buf, "PNG")
    with Workspace.open(path) as ws:
        first = checkin.add_session(ws, "Opening", starts_at="2026-12-03T09:00", ends_at="2026-12-03T12:30")
        second = checkin.add_session(ws, "Workshop", starts_at="2026-12-03T14:00", ends_at="2026-12-03T16:00")
        s1, s2 = first.inserted["sessions"][0], second.inserted["sessions"][0]
        for n, (pid,) in enumerate(ws.conn.execute("SELECT id FROM participants").fetchall()):
            checkin.check_in(ws, pid)
            checkin.check_in(ws, pid, session_id=s1 if n % 2 else s2)
        certificates.set_signer(ws, organiser="Dra. Carmen Rodríguez", signature=buf.getvalue())
    every, merged_only = [], []
    with Workspace.open(path, mode="read") as ws:
        for run in range(3):
            start = time.perf_counter()
            made, _skipped = certificates.plan(ws)
            pdfs.certificates_pdfs(ws, folder / f"out-{run}", made)
            every.append(time.perf_counter() - start)
            _each, merged = pdfs._writers(ws, folder, made, None)
            start = time.perf_counter()
            merged(folder / f"merged-{run}.pdf")
            merged_only.append(time.perf_counter() - start)
    e, m = summary(every), summary(merged_only)
    return {**e, "certificates": len(made), "floor_merged_pdf_median_ms": m["median_ms"],
            "ratio_to_floor": round(e["median_ms"] / max(m["median_ms"], 1e-6), 2), "budget_ms": 5000,
            "within_budget": e["median_ms"] <= 5000}


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
