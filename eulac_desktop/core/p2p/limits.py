"""What the P2P rules allow, said up front with the rounds that keep them: more rounds than anyone has new people
to meet, and people who share a language with fewer others than the rounds (a plan is still made, its breaks
reported; the planner's own refusals of sizes, tables and hosts are in `planner.plan_rounds`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import cast

from ..i18n import _
from .planner import Person


def most_rounds(people: int, min_size: int) -> int:
    """The most rounds in which nobody meets the same person twice: each round everyone meets at least
    `min_size - 1` new people, of the `people - 1` others."""
    return (people - 1) // (min_size - 1)


def rounds_warnings(people: Sequence[Person], rounds: int, min_size: int) -> list[dict[str, object]]:
    """Said up front when the rounds outnumber `most_rounds` (the plan is made, and its later rounds seat people who
    met before): {"kind": "too_many_rounds", "people", "min", "most_rounds", "message"}. Sizes and counts the
    planner refuses are left to it."""
    n = len(people)
    if not 2 <= min_size <= n or rounds <= most_rounds(n, min_size):
        return []
    warning: dict[str, object] = {"kind": "too_many_rounds", "people": n, "min": min_size,
                                  "most_rounds": most_rounds(n, min_size)}
    return [{**warning, "message": rounds_warning_text(warning)}]


def rounds_warning_text(warning: dict[str, object]) -> str:
    """A `too_many_rounds` warning in the current language."""
    return _("{people} people, tables of at least {min}: after round {most}, people meet someone again (nobody may "
             "meet anyone twice). Plan fewer rounds or lower the minimum. Rounds that keep the rules: {most}").format(
        people=warning["people"], min=warning["min"], most=warning["most_rounds"])


def language_warnings(people: Sequence[Person], rounds: int) -> list[dict[str, object]]:
    """Said up front when someone shares a language with fewer others than the rounds (each round they need a
    tablemate who speaks with them, never the same one): {"kind": "few_share_a_language", "participants":
    [e-mail…], "shared" (the fewest others), "most_rounds", "message"}. Nobody sharing a language with anyone
    is reported by the plan itself: no number of rounds helps them."""
    speakers: dict[str, set[str]] = {}
    for p in people:
        for language in p.languages:
            speakers.setdefault(language, set()).add(p.id)
    short = []
    for p in people:
        shared = len(set().union(*(speakers[language] for language in p.languages)) - {p.id})
        if 0 < shared < rounds:
            short.append((shared, p.email))
    if not short:
        return []
    short.sort()
    warning: dict[str, object] = {"kind": "few_share_a_language", "participants": [email for _n, email in short],
                                  "shared": short[0][0], "most_rounds": short[0][0]}
    return [{**warning, "message": language_warning_text(warning)}]


def language_warning_text(warning: dict[str, object], names: Mapping[str, str] | None = None) -> str:
    """A `few_share_a_language` warning in the current language, naming the person by name (from `names`, by e-mail,
    as `event_plan.plan_names` gives them), else by e-mail."""
    emails = cast(list[str], warning["participants"])
    shared, most = int(str(warning["shared"])), int(str(warning["most_rounds"]))
    if len(emails) == 1:
        text = _("{name} shares a language with too few others for the rounds (people to speak with: {shared}): "
                 "after round {most}, they sit with nobody who speaks with them or meet someone again. Rounds that "
                 "keep the rules: {most}")
    else:
        text = _("{count} people share a language with too few others for the rounds (fewest people to speak with: "
                 "{shared}, for {name}): after round {most}, some sit with nobody who speaks with them or meet someone "
                 "again. Rounds that keep the rules: {most}")
    return text.format(name=(names or {}).get(emails[0]) or emails[0], shared=shared, most=most, count=len(emails))


def warning_text(warning: dict[str, object], names: Mapping[str, str] | None = None) -> str:
    """Any up-front warning of a plan in the current language (its `message` is in the language it was made in),
    people by name where `names` (by e-mail) has them."""
    from .planner import mix_warning_text

    if warning.get("kind") == "too_many_rounds":
        return rounds_warning_text(warning)
    if warning.get("kind") == "few_share_a_language":
        return language_warning_text(warning, names)
    if warning.get("kind") == "too_few_to_mix":
        return mix_warning_text(warning)
    return str(warning.get("message", ""))
