"""People as a plan's readers know them: by name. A saved plan names people by e-mail (or by id when they have
none), so that any script can check its rules; what people read names them by name beside that (names from
`event_plan.plan_names`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..i18n import N_, _

#: what each note of a plan says (and why a seek was not met), as the P2P page words them
_WORDS = {"no_shared_language": N_("shares no language with anyone at the table"),
          "not_mixed": N_("table not mixed EU/LAC"), "meets_again": N_("meets someone again"),
          "same_person": N_("sits with a record likely of the same person"),
          "size": N_("table size outside the limits"), "no_host": N_("nobody at the table offers its topic"),
          "nobody_offers": N_("nobody offers it"), "nobody_present_offers": N_("nobody present offers it"),
          "language": N_("no one who offers it shares a language"),
          "other_topics_chosen": N_("other topics were chosen")}


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


def problem_word(kind: str) -> str:
    """What a note of a plan says (its `kind`, or an unmet seek's `reason`) in the current language."""
    return _(_WORDS[kind]) if kind in _WORDS else kind


def problem_line(problem: Mapping[str, Any], labels: Mapping[str, str]) -> str:
    """One note of a plan (with `with_names`' names) as a line in the current language, as the P2P page shows it:
    where (round, table), who by name, what; an unmet seek with its topic's label (`labels`: `topic_labels`)."""
    from .topics import topic_label

    kind = str(problem.get("kind", ""))
    who = str(problem.get("name") or problem.get("participant") or "")
    if kind == "seek_unmet":
        reason = str(problem.get("reason", ""))
        return f"{who} · {topic_label(dict(labels), str(problem.get('topic', '')))}: {problem_word(reason)}"
    where = _("round {round}, table {table}").format(round=problem["round"], table=problem.get("table", "")) \
        if "round" in problem else ""
    text = " · ".join(x for x in (where, who, problem_word(kind)) if x)
    if problem.get("with"):  # whom they meet again, or sit with, by name
        names = list(problem.get("with_names") or [])
        text += " (" + ", ".join(str(names[i] if i < len(names) and names[i] else email)
                                 for i, email in enumerate(problem["with"])) + ")"
    return text
