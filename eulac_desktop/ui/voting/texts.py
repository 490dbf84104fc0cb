"""The methods' names and rules as people read them (the core's docstrings say the same for developers)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from ...core.vocabulary import method_label


class MethodTexts(QObject):
    """Translated names and rules of the counting methods."""

    def name(self, method: str) -> str:
        """The method's name (the core's vocabulary)."""
        return method_label(method)

    def rules(self, method: str, params: dict[str, Any]) -> str:
        """How the method is voted and counted, with the poll's parameters."""
        dots = int(params.get("dots", 3))
        texts = {
            "dots": self.tr("Each person has %1 dots and may put up to %2 on one option. An option's score is its "
                            "number of dots; the most dots first.").replace("%1", str(dots)).replace(
                "%2", str(params.get("max_per_option", dots))),
            "borda": self.tr("Each person ranks the options, best first (a partial ranking is fine). With k options "
                             "the first gets k−1 points, the next k−2, … the last 0; options left out of a ranking "
                             "get 0. Most points first."),
            "schulze": self.tr("Each person ranks the options, best first (a partial ranking is fine: listed options "
                               "come before the others). The Schulze method compares every pair of options; the "
                               "option that beats every other one (the Condorcet winner) wins. The score is how many "
                               "options it beats."),
            "budget": self.tr("Each person shares exactly %1 points among the options. An option's score is its "
                              "points; the most points first.").replace("%1", str(params.get("total", 100))),
            "impact-effort": self.tr("Each person rates each option from 1 to 5 for impact and for effort. Results are "
                                     "the averages with their spread, split at 3: quick wins (high impact, low effort), "
                                     "big bets (high impact, high effort), fill-ins (low, low) and money pits (low "
                                     "impact, high effort)."),
            "approval": self.tr("Each person ticks every option they approve of. An option's score is its number of "
                                "approvals."),
            "yes-no": self.tr("Each person says yes, no or abstain to each question. The score is yes minus no; a "
                              "question passes with more yes than no."),
        }
        ties = self.tr("Ties share a rank and are shown as ties; among tied options the poll's order is kept.")
        return f"{texts.get(method, '')} {ties}"
