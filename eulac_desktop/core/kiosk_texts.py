"""What the voting and feedback kiosks say to the person at the desk, in that person's language: why a badge
is refused ("already voted", "not checked in"…) and the feedback kiosk's questions. Kept in the core catalog
so that each person reads their own language whatever the language of the app around it (`translator`).

A refusal is a word (large, beside a colour and an icon) and what to do; for a badge that names nobody it
is given in every language of the event.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .i18n import N_, Msg, normalize_language, translator

#: (word, what to do) per rule that refused a voter at the voting kiosk (`VoteRefused.why`).
VOTE_REFUSALS: dict[str, tuple[Msg, Msg]] = {
    "already": (N_("Already voted"), N_("You have already voted in this poll: each person votes once.")),
    "not_checked_in": (N_("Not checked in"), N_("Please check in at the desk first, then scan your badge again.")),
    "role": (N_("Cannot vote"), N_("This poll is not open to your role. Please ask at the desk.")),
    "closed": (N_("Voting is closed"), N_("This poll is not open now. Please ask at the desk.")),
    "badge": (N_("Badge not valid"), N_("This badge cannot be used here. Please ask at the desk.")),
    "removed": (N_("Badge not valid"), N_("This badge cannot be used here. Please ask at the desk.")),
    "": (N_("Not counted"), N_("Your vote was not counted. Please ask at the desk.")),
}

#: (word, what to do) per rule that refused a rating at the feedback kiosk (`RatingRefused.why`).
RATING_REFUSALS: dict[str, tuple[Msg, Msg]] = {
    "already": (N_("Already rated"), N_("You have already rated round {n}. Thank you!")),
    "no_seat": (N_("No seat in this round"), N_("You had no seat in round {n}. Please ask at the desk.")),
    "badge": (N_("Badge not valid"), N_("This badge cannot be used here. Please ask at the desk.")),
    "plan": (N_("Not ready"), N_("The rounds are not planned yet. Please ask at the desk.")),
    "round": (N_("Not ready"), N_("The rounds are not planned yet. Please ask at the desk.")),
}

#: The feedback kiosk's questions and thanks.
FEEDBACK_READY = N_("Round {n}: how was it? Scan your badge, then press 1 (poor) to 5 (excellent).")
FEEDBACK_ASK = N_("{name}, how was round {n}? Press 1 (poor) to 5 (excellent).")
FEEDBACK_THANKS = N_("Thank you!")


def person_language(person: dict[str, Any] | None, event_languages: Iterable[str]) -> str:
    """The language to address `person` in: the first they speak among the event's languages, else the first
    they speak that the app has, else the event's first language."""
    languages = [code for code in (normalize_language(c) for c in event_languages) if code] or ["en"]
    spoken = [code for code in (normalize_language(c) for c in ((person or {}).get("languages") or "").split(";"))
              if code]
    return next((code for code in spoken if code in languages), spoken[0] if spoken else languages[0])


def in_languages(message: str, languages: Iterable[str], **params: Any) -> str:
    """`message` in each of `languages` (one line each, the same text once), for a person not known yet."""
    lines = [translator(lang)(message).format(**params) for lang in languages]
    return "\n".join(dict.fromkeys(lines))
