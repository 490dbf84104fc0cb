"""What a voter reads, in the voter's own language: how to mark each method (kiosk and paper ballots), and
the kiosk's words. Kept in the core catalog so that any language can be used per ballot, whatever the
language of the app around it (`translator(lang)`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..i18n import N_, translator

INSTRUCTIONS = {
    "dots": N_("Fill in up to {dots} dots in all, at most {max_per_option} on one option."),
    "borda": N_("Write 1 next to your first choice, 2 next to the second, and so on. You may leave options empty."),
    "schulze": N_("Write 1 next to your first choice, 2 next to the second, and so on. You may leave options empty."),
    "budget": N_("Share exactly {total} points among the options (whole numbers)."),
    "impact-effort": N_("Rate each option from 1 (low) to 5 (high): its impact, and the effort it needs."),
    "approval": N_("Tick every option you approve of."),
    "yes-no": N_("Tick yes, no or abstain for each question."),
}

#: The kiosk's instructions differ where a screen is not paper (ranking by order rather than by numbers).
KIOSK_INSTRUCTIONS = {
    **INSTRUCTIONS,
    "dots": N_("Give up to {dots} dots in all, at most {max_per_option} to one option."),
    "borda": N_("Tick the options you want to rank, then put them in order, best first (drag, or Alt+↑ and Alt+↓)."),
    "schulze": N_("Tick the options you want to rank, then put them in order, best first (drag, or Alt+↑ and Alt+↓)."),
    "approval": N_("Tick every option you approve of (none is fine)."),
}

WORDS = {
    "ready": N_("Scan your badge to vote"),
    "next": N_("Next"),
    "confirm": N_("Confirm my vote"),
    "change": N_("Change my vote"),
    "cancel": N_("Cancel"),
    "review": N_("Please check your vote, then confirm it."),
    "thanks": N_("Thank you, {name}! Your vote was counted."),
    "left": N_("Left to give: {n}"),
    "points": N_("points"),
    "impact": N_("Impact"),
    "effort": N_("Effort"),
    "yes": N_("Yes"),
    "no": N_("No"),
    "abstain": N_("Abstain"),
    "ranked": N_("Your ranking:"),
    "nothing": N_("(nothing chosen)"),
}


def method_params(params: dict[str, Any]) -> dict[str, Any]:
    """A poll's parameters with the defaults the methods use, for filling in the instructions."""
    return {"dots": 3, "max_per_option": params.get("dots", 3), "total": 100, **params}


def texts_for(lang: str) -> Callable[[str], str]:
    """The voter's words: `t("ready")` gives the kiosk's word `ready` in `lang`."""
    t = translator(lang)
    return lambda key: t(WORDS[key])
