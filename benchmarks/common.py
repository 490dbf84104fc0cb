"""Helpers shared by the benchmarks: medians, percentiles, an event file of N participants."""

from __future__ import annotations

import os
import statistics
import tempfile
from pathlib import Path


def isolate() -> Path:
    """Use a throw-away config folder, so benchmarks never touch the user's settings."""
    folder = Path(tempfile.mkdtemp(prefix="eulac-bench-config-"))
    os.environ["EULAC_CONFIG_DIR"] = str(folder)
    return folder


def summary(samples: list[float], scale: float = 1000.0, digits: int = 2) -> dict[str, float | int]:
    """Median, p99, min and max of `samples` (seconds) in milliseconds."""
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return {"median_ms": round(statistics.median(ordered) * scale, digits), "p99_ms": round(p99 * scale, digits),
            "min_ms": round(ordered[0] * scale, digits), "max_ms": round(ordered[-1] * scale, digits), "runs": len(ordered)}


def event_with_participants(folder: Path, count: int) -> Path:
    """An event file with `count` participants (the demo's 240 people, repeated with distinct e-mails)."""
    from eulac_desktop.core.demo import build_demo_event, demo_people

    base = demo_people()
    people = []
    for i in range(count):
        person = dict(base[i % len(base)])
        local, _at, domain = str(person["email"]).partition("@")
        person["email"] = f"{local}+{i // len(base)}@{domain}" if i >= len(base) else person["email"]
        people.append(person)
    path = folder / f"event-{count}.eulac"
    build_demo_event(path, people=people).close()
    return path
