"""Badge PDFs: 240 badges (budget ≤ 1 s) and 5,000 badges (≤ 10 s, ≤ 6 MB), A4 8-up.

The QR matrix comes from zxing-cpp (≈ 0.06 ms a code here, against ≈ 3 ms for pure-Python `qrcode`) and is
drawn as one path of merged horizontal runs per code; pages are compressed, fonts subset and embedded once.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path

from common import event_with_participants, isolate, summary

RUNS_240 = 5


def main() -> dict:
    isolate()
    from eulac_desktop.core.registration import participant_ids
    from eulac_desktop.core.workspace import Workspace
    from eulac_desktop.documents.badges import badges_pdf

    folder = Path(tempfile.mkdtemp(prefix="eulac-bench-badges-"))
    path = event_with_participants(folder, 5000)
    with Workspace.open(path, mode="read") as ws:
        ids = participant_ids(ws)
        badges_pdf(ws, folder / "warm.pdf", ids[:8])
        small = []
        for n in range(RUNS_240):
            start = time.perf_counter()
            badges_pdf(ws, folder / f"b240-{n}.pdf", ids[:240])
            small.append(time.perf_counter() - start)
        start = time.perf_counter()
        badges_pdf(ws, folder / "b5000.pdf", ids)
        big = time.perf_counter() - start
    s240 = summary(small)
    size = os.path.getsize(folder / "b5000.pdf")
    return {
        "badges_pdf_240": {**s240, "budget_ms": 1000, "within_budget": s240["median_ms"] <= 1000,
                           "bytes": os.path.getsize(folder / "b240-0.pdf")},
        "badges_pdf_5000": {"seconds": round(big, 2), "bytes": size, "budget_seconds": 10, "budget_bytes": 6_000_000,
                            "within_budget": big <= 10 and size <= 6_000_000, "runs": 1},
    }


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
