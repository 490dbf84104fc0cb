"""The one vocabulary of participants' roles and regions: their codes (as stored, filtered and typed on the
command line) and their translatable labels (as the list, the filters, the desk, badges and reports name them)."""

from __future__ import annotations

from collections.abc import Callable

from .i18n import N_, Msg, _

ROLES = ("participant", "speaker", "facilitator", "organiser")
ROLE_LABELS: dict[str, Msg] = {"participant": N_("Participant"), "speaker": N_("Speaker"),
                               "facilitator": N_("Facilitator"), "organiser": N_("Organiser")}
REGIONS = ("EU", "LAC", "other")
REGION_LABELS: dict[str, Msg] = {"EU": N_("Europe (EU)"), "LAC": N_("Latin America and the Caribbean"),
                                 "other": N_("Other regions")}


def role_label(role: str | None, translate: Callable[[str], str] = _) -> str:
    """A role's name in the current language (or through `translate`, e.g. a PDF's language); no role is a
    participant, an unknown code is shown as it is."""
    role = role or "participant"
    return translate(ROLE_LABELS[role]) if role in ROLE_LABELS else role


def region_label(region: str | None, translate: Callable[[str], str] = _) -> str:
    """A region's name in the current language (or through `translate`); no or an unknown region is "other"."""
    return translate(REGION_LABELS.get(region or "other", REGION_LABELS["other"]))
