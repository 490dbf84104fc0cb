"""People as a plan's readers know them: by name. A saved plan names people by e-mail (or by id when they have
none), so that any script can check its rules; what people read names them by name beside that."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..text import display_name
from ..workspace import Workspace


def people_names(ws: Workspace) -> dict[str, str]:
    """Each participant's name by id and by e-mail (how a plan names people); an erased person's is ""."""
    names: dict[str, str] = {}
    for pid, email, given, family in ws.conn.execute(
            "SELECT id, email, given_name, family_name FROM participants WHERE event_id = ? ORDER BY deleted DESC, id",
            (ws.event_id,)):
        names[pid] = display_name({"given_name": given, "family_name": family})
        if email:
            names[email] = names[pid]  # a live record's name wins over a deleted one with the same e-mail
    return names


def with_names(problems: Iterable[Mapping[str, Any]], names: Mapping[str, str]) -> list[dict[str, Any]]:
    """A plan's problems with people's names beside their e-mails: "name" beside "participant", "with_names"
    beside "with" (the existing keys kept as they are)."""
    out = []
    for problem in problems:
        named = dict(problem)
        if "participant" in problem:
            named["name"] = names.get(str(problem["participant"]), "")
        if "with" in problem:
            named["with_names"] = [names.get(str(who), "") for who in problem["with"]]
        out.append(named)
    return out
