"""Ideas and clusters as CSV or XLSX (formula-injection safe), in board order."""

from __future__ import annotations

import os

from ..i18n import _
from ..spreadsheet import write_tables
from ..workspace import Workspace
from .board import board
from .challenges import challenges

IDEA_COLUMNS = ("challenge", "cluster_number", "cluster", "idea", "author", "table", "language", "duplicate_of", "id")
CLUSTER_COLUMNS = ("challenge", "cluster_number", "cluster", "ideas")


def export_rows(ws: Workspace, challenge_id: str | None = None) -> tuple[list[list[object]], list[list[object]]]:
    """The ideas table and the clusters table (header first), of one challenge or all, in board order;
    a duplicate comes right after the idea it was marked with, and names it in `duplicate_of`."""
    idea_rows: list[list[object]] = [list(IDEA_COLUMNS)]
    cluster_rows: list[list[object]] = [list(CLUSTER_COLUMNS)]
    for challenge in challenges(ws):
        if challenge_id and challenge["id"] != challenge_id:
            continue
        question = challenge["question"]
        for column in board(ws, challenge["id"]).columns:
            number = column.number or None
            if column.id:
                cluster_rows.append([question, number, column.name,
                                     sum(1 + len(card.duplicates) for card in column.cards)])
            for card in column.cards:
                for idea, of in [(card, None)] + [(dup, card.id) for dup in card.duplicates]:
                    idea_rows.append([question, number, column.name, idea.text, idea.author, idea.table_label,
                                      idea.language, of, idea.id])
    return idea_rows, cluster_rows


def export_ideas(ws: Workspace, out: str | os.PathLike[str], challenge_id: str | None = None) -> int:
    """Write ideas (and, in XLSX, a second sheet of clusters) to OUT.csv or OUT.xlsx; returns how many ideas."""
    idea_rows, cluster_rows = export_rows(ws, challenge_id)
    write_tables(out, {_("Ideas"): idea_rows, _("Clusters"): cluster_rows})
    return len(idea_rows) - 1
