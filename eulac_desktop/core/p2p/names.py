"""People as a plan's readers know them: by name. A saved plan names people by e-mail (or by id when they have
none), so that any script can check its rules; what people read names them by name beside that (names from
`event_plan.plan_names`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any


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
