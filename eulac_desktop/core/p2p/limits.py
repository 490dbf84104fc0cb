"""What the P2P rules allow before planning: more rounds than anyone has new people to meet is refused, and
people who share a language with fewer others than the rounds are named up front, with the rounds that keep
the rules (the planner's own checks of sizes, tables and hosts are in `planner.plan_rounds`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from .. import errors
from ..i18n import N_, _
from .planner import Person


def most_rounds(people: int, min_size: int) -> int:
    """The most rounds in which nobody meets the same person twice: each round everyone meets at least
    `min_size - 1` new people, of the `people - 1` others."""
    return (people - 1) // (min_size - 1)


def check_rounds(people: Sequence[Person], rounds: int, min_size: int) -> None:
    """Refuse more rounds than `most_rounds` allows (saying which rule to relax); sizes and counts the planner
    refuses itself are left to it."""
    n = len(people)
    if not 2 <= min_size <= n or rounds < 1:
        return
    most = most_rounds(n, min_size)
    if rounds > most:
        raise errors.InvalidValue(field=N_("Rounds"), reason=N_(
            "nobody may meet the same person twice, and at tables of at least {min} everyone meets {new} new people a "
            "round: {n} people allow at most {most} rounds; plan fewer rounds or lower the minimum"),
            min=min_size, new=min_size - 1, n=n, most=most)


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


def language_warning_text(warning: dict[str, object]) -> str:
    """A `few_share_a_language` warning in the current language."""
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
    return text.format(name=emails[0], shared=shared, most=most, count=len(emails))


def warning_text(warning: dict[str, object]) -> str:
    """Any up-front warning of a plan in the current language (its `message` is in the language it was made in)."""
    from .planner import mix_warning_text

    if warning.get("kind") == "few_share_a_language":
        return language_warning_text(warning)
    if warning.get("kind") == "too_few_to_mix":
        return mix_warning_text(warning)
    return str(warning.get("message", ""))
