"""The demo event: a realistic, invented Co-Innovation Lab, built through the same operations as a user's.

Later features extend `build_demo_event` (check-ins, ideas, ballots, a P2P plan) so that every page
shows something real.
"""

from __future__ import annotations

import csv
import os
import tempfile
from datetime import date, timedelta
from pathlib import Path

from . import paths, registration
from .event import create_event_file
from .i18n import _
from .registration import Progress
from .workspace import Workspace

DEMO_PARTICIPANTS = "participants_240.csv"


def demo_people(source: Path | None = None, limit: int | None = None) -> list[dict[str, object]]:
    """The invented participants that ship in `resources/demo/`."""
    source = source or paths.resources_dir() / "demo" / DEMO_PARTICIPANTS
    with source.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    people = [{**row, "consent_photo": 1 if row.get("consent_photo") == "yes" else 0} for row in rows[:limit]]
    return people


def build_demo_event(path: str | os.PathLike[str], *, people: list[dict[str, object]] | None = None,
                     progress: Progress | None = None, **open_kwargs: object) -> Workspace:
    """Create the demo event at `path` (which must not exist) and return it open for writing."""
    start = date.today() + timedelta(days=1)
    ws = create_event_file(
        path,
        name=_("EU-LAC Co-Innovation Lab on research infrastructures (demo)"),
        start_date=start.isoformat(),
        end_date=(start + timedelta(days=1)).isoformat(),
        venue="Universidad de Piura, Piura (Perú)",
        languages=["es", "pt", "en"],
        timezone="America/Lima",
        welcome_text=_("Welcome! Scan your badge at the desk, then join your table."),
        **open_kwargs,  # type: ignore[arg-type]
    )
    try:
        registration.add_participants(ws, people if people is not None else demo_people(), "demo.participants", progress)
    except BaseException:
        ws.close()
        raise
    return ws


def fresh_demo_path() -> Path:
    """A new file name for a demo event, in a temporary folder of its own."""
    return Path(tempfile.mkdtemp(prefix="eulac-demo-")) / "demo.eulac"
