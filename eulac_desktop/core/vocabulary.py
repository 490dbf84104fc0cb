"""The one vocabulary of participants' roles and regions and of the polls' counting methods: their codes (as
stored, filtered and typed on the command line, whose choices come from here) and their translatable labels (as
the list, the filters, the desk, the voting page, badges and reports name them)."""

from __future__ import annotations

from collections.abc import Callable

from .i18n import N_, Msg, _

ROLES = ("participant", "speaker", "facilitator", "organiser")
ROLE_LABELS: dict[str, Msg] = {"participant": N_("Participant"), "speaker": N_("Speaker"),
                               "facilitator": N_("Facilitator"), "organiser": N_("Organiser")}
REGIONS = ("EU", "LAC", "other")
REGION_LABELS: dict[str, Msg] = {"EU": N_("Europe (EU)"), "LAC": N_("Latin America and the Caribbean"),
                                 "other": N_("Other regions")}
#: Regions where room is short (the projector's arrival count): "EU 12 · LAC 9".
REGION_SHORT_LABELS: dict[str, Msg] = {"EU": N_("EU"), "LAC": N_("LAC"), "other": N_("Other regions")}
#: The counting methods of a poll (`voting.methods.METHODS` holds how each is checked and counted).
METHODS = ("dots", "borda", "schulze", "budget", "impact-effort", "approval", "yes-no")
METHOD_LABELS: dict[str, Msg] = {"dots": N_("Dot voting"), "borda": N_("Ranking (Borda count)"),
                                 "schulze": N_("Ranking (Schulze method)"), "budget": N_("100-point budget"),
                                 "impact-effort": N_("Impact / effort"), "approval": N_("Approval"),
                                 "yes-no": N_("Yes / no / abstain")}


def role_label(role: str | None, translate: Callable[[str], str] = _) -> str:
    """A role's name in the current language (or through `translate`, e.g. a PDF's language); no role is a
    participant, an unknown code is shown as it is."""
    role = role or "participant"
    return translate(ROLE_LABELS[role]) if role in ROLE_LABELS else role


def region_label(region: str | None, translate: Callable[[str], str] = _, *, short: bool = False) -> str:
    """A region's name in the current language (or through `translate`), abbreviated when `short` ("EU",
    "LAC"); no or an unknown region is "other"."""
    labels = REGION_SHORT_LABELS if short else REGION_LABELS
    return translate(labels.get(region or "other", labels["other"]))


def method_label(method: str, translate: Callable[[str], str] = _) -> str:
    """A counting method's name in the current language (or through `translate`); an unknown code as it is."""
    return translate(METHOD_LABELS[method]) if method in METHOD_LABELS else method

#: Who people say they are (both optional): a gender and a stakeholder type (the quadruple helix). A value
#: nobody expects is kept as "other" beside the raw text it came as, and counted there.
GENDERS = ("woman", "man", "non_binary", "self_described", "prefer_not_to_say", "other")
GENDER_LABELS: dict[str, Msg] = {"woman": N_("Woman"), "man": N_("Man"), "non_binary": N_("Non-binary"),
                                 "self_described": N_("Self-described"), "prefer_not_to_say": N_("Prefer not to say"),
                                 "other": N_("Other (as written)")}
STAKEHOLDERS = ("research", "business", "government", "civil_society", "other")
STAKEHOLDER_LABELS: dict[str, Msg] = {"research": N_("Research / academia"), "business": N_("Business / industry"),
                                      "government": N_("Government / public administration"),
                                      "civil_society": N_("Civil society / NGO"), "other": N_("Other stakeholder")}
#: A person who gave no gender or stakeholder type is counted under this code.
NOT_GIVEN = "not_given"
NOT_GIVEN_LABEL = N_("Not given")


def gender_label(gender: str | None, translate: Callable[[str], str] = _) -> str:
    """A gender's name in the current language (or through `translate`); none is "Not given"."""
    if not gender or gender == NOT_GIVEN:
        return translate(NOT_GIVEN_LABEL)
    return translate(GENDER_LABELS[gender]) if gender in GENDER_LABELS else gender


def stakeholder_label(stakeholder: str | None, translate: Callable[[str], str] = _) -> str:
    """A stakeholder type's name in the current language (or through `translate`); none is "Not given"."""
    if not stakeholder or stakeholder == NOT_GIVEN:
        return translate(NOT_GIVEN_LABEL)
    return translate(STAKEHOLDER_LABELS[stakeholder]) if stakeholder in STAKEHOLDER_LABELS else stakeholder
