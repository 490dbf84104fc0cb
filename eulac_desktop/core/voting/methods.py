"""Counting methods: each takes the options (in their declared order) and the valid ballots, and returns
the options in result order with their score, rank and whether they are tied.

Ties are broken by one declared, deterministic rule: tied options keep their declared order (the order
in which the poll lists them), share the same rank (1, 2, 2, 4) and are marked `tie`.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..i18n import N_, Msg


class BallotRefused(ValueError):
    """A ballot that does not follow the method's rules; `reason` is translatable, with `params`."""

    def __init__(self, reason: Msg, **params: Any):
        super().__init__(reason)
        self.reason, self.params = reason, params


@dataclass
class OptionResult:
    id: str
    text: str
    score: Any
    rank: int = 0
    tie: bool = False
    detail: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "score": self.score, "rank": self.rank, "tie": self.tie, **self.detail}


Options = Sequence[dict[str, str]]  # [{"id", "text"}] in declared order


def _ranked(options: Options, scores: dict[str, Any], key: Callable[[Any], Any], details: dict[str, dict[str, Any]] | None = None
            ) -> list[OptionResult]:
    """Options sorted by `key(score)` (higher first), declared order among equals; competition ranking."""
    position = {o["id"]: i for i, o in enumerate(options)}
    results = [OptionResult(o["id"], o["text"], scores[o["id"]], detail=(details or {}).get(o["id"], {})) for o in options]
    results.sort(key=lambda r: (tuple(-x for x in key(r.score)), position[r.id]))
    for i, result in enumerate(results):
        same_as_previous = i > 0 and key(result.score) == key(results[i - 1].score)
        result.rank = results[i - 1].rank if same_as_previous else i + 1
        if same_as_previous:
            result.tie = results[i - 1].tie = True
    return results


def _ids(options: Options) -> set[str]:
    return {o["id"] for o in options}


def _int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise BallotRefused(N_("{value} is not a whole number"), value=as_sent(value))
    return value


def as_sent(value: Any, limit: int = 60) -> str:
    """A ballot's value as the phone or the command line sent it, in JSON (`true`, `null`, `"3"`, `2.5`, `[1]`),
    not as Python writes it ("True", "None"); shortened to `limit` characters."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _known(options: Options, chosen: Sequence[Any]) -> None:
    ids = _ids(options)
    unknown = [c for c in chosen if not isinstance(c, str) or c not in ids]  # a list or an object is no option
    if unknown:
        raise BallotRefused(N_("this ballot names options the poll does not have: {options}"),
                            options=", ".join(c if isinstance(c, str) else as_sent(c) for c in unknown))


# -- dot voting ------------------------------------------------------------------------------


def check_dots(options: Options, ballot: Any, params: dict[str, Any]) -> dict[str, int]:
    """Dot voting: {option: dots}; at most `dots` in all (default 3), at most `max_per_option` on one
    (default: all of them); no negative dots. Fewer dots than allowed is a valid ballot."""
    if not isinstance(ballot, dict):
        raise BallotRefused(N_("a dot ballot gives each option a number of dots"))
    _known(options, list(ballot))
    dots = {k: n for k, v in ballot.items() if (n := _int(v))}  # false is no 0: refused, as true is
    limit, per_option = int(params.get("dots", 3)), int(params.get("max_per_option", params.get("dots", 3)))
    if any(v < 0 for v in dots.values()):
        raise BallotRefused(N_("dots cannot be negative"))
    if sum(dots.values()) > limit:
        raise BallotRefused(N_("{n} dots given, at most {limit} allowed"), n=sum(dots.values()), limit=limit)
    if any(v > per_option for v in dots.values()):
        raise BallotRefused(N_("dots on one option: at most {limit}"), limit=per_option)  # no "1 dots"
    return dots


def count_dots(options: Options, ballots: Sequence[dict[str, int]], params: dict[str, Any]) -> list[OptionResult]:
    """Dot voting: an option's score is the dots it received; the most dots first."""
    scores = {o["id"]: 0 for o in options}
    for ballot in ballots:
        for option, n in ballot.items():
            scores[option] += n
    return _ranked(options, scores, lambda s: (s,))


# -- rankings: Borda and Schulze --------------------------------------------------------------


def check_ranking(options: Options, ballot: Any, params: dict[str, Any]) -> list[str]:
    """A ranking: options best first, each at most once; a partial ranking lists only some."""
    if not isinstance(ballot, list) or not ballot:
        raise BallotRefused(N_("a ranking lists options, the best first"))
    _known(options, ballot)
    if len(set(ballot)) != len(ballot):
        raise BallotRefused(N_("an option appears twice in the ranking"))
    return list(ballot)


def count_borda(options: Options, ballots: Sequence[list[str]], params: dict[str, Any]) -> list[OptionResult]:
    """Borda count: with k options, the first gets k − 1 points, the next k − 2, … the last 0.

    Partial rankings: the listed options score as they would in a full ranking (first k − 1, second
    k − 2…) and every unlisted option scores 0, so listing fewer options never helps one's favourite
    against an unlisted one. Highest total first.
    """
    k = len(options)
    scores = {o["id"]: 0 for o in options}
    for ranking in ballots:
        for position, option in enumerate(ranking):
            scores[option] += k - 1 - position
    return _ranked(options, scores, lambda s: (s,))


def pairwise_preferences(ids: Sequence[str], ballots: Sequence[list[str]]) -> list[list[int]]:
    """d[a][b]: how many ballots rank option a above option b (unlisted options are below the listed ones
    and tied among themselves).

    Counted with bit sets over the ballots rather than ballot by ballot: at[a][r] holds the ballots that
    put a at position r, below[b][r] those that put b below position r, and d[a][b] adds up the
    popcounts of their intersections, so 5,000 ballots over 30 options take milliseconds.
    """
    n = len(ids)
    index = {o: i for i, o in enumerate(ids)}
    at = [[0] * (n + 1) for _ in range(n)]  # position n: unlisted
    for bit, ranking in enumerate(ballots):
        mask = 1 << bit
        listed = set()
        for position, option in enumerate(ranking):
            at[index[option]][position] |= mask
            listed.add(index[option])
        for o in range(n):
            if o not in listed:
                at[o][n] |= mask
    below = []
    for o in range(n):
        suffix, acc = [0] * (n + 1), 0
        for position in range(n, -1, -1):
            suffix[position] = acc  # ballots with this option strictly below `position`
            acc |= at[o][position]
        below.append(suffix)
    return [[0 if a == b else sum((at[a][r] & below[b][r]).bit_count() for r in range(n) if at[a][r])
             for b in range(n)] for a in range(n)]


def count_schulze(options: Options, ballots: Sequence[list[str]], params: dict[str, Any]) -> list[OptionResult]:
    """Schulze method: d[a][b] is how many ballots rank a above b (a listed option is above every
    unlisted one; unlisted options are tied). p[a][b] is the strength of the strongest path from a to
    b (widest path). a beats b when p[a][b] > p[b][a]. The score is how many options an option beats;
    the Condorcet winner, when there is one, beats all others and comes first.
    """
    ids = [o["id"] for o in options]
    n = len(ids)
    d = pairwise_preferences(ids, ballots)
    p = [[d[i][j] if d[i][j] > d[j][i] else 0 for j in range(n)] for i in range(n)]
    for i in range(n):
        for j in range(n):
            if i == j:
                continue
            for k in range(n):
                if i != k and j != k:
                    p[j][k] = max(p[j][k], min(p[j][i], p[i][k]))
    wins = {ids[i]: sum(1 for j in range(n) if i != j and p[i][j] > p[j][i]) for i in range(n)}
    details = {ids[i]: {"beats": [ids[j] for j in range(n) if i != j and p[i][j] > p[j][i]]} for i in range(n)}
    return _ranked(options, wins, lambda s: (s,), details)


# -- 100-point budget -----------------------------------------------------------------------------


def check_budget(options: Options, ballot: Any, params: dict[str, Any]) -> dict[str, int]:
    """A budget: {option: points}, whole numbers ≥ 0 adding up to exactly `total` (default 100)."""
    if not isinstance(ballot, dict):
        raise BallotRefused(N_("a budget ballot gives each option a number of points"))
    _known(options, list(ballot))
    points = {k: n for k, v in ballot.items() if (n := _int(v))}
    total = int(params.get("total", 100))
    if any(v < 0 for v in points.values()):
        raise BallotRefused(N_("points cannot be negative"))
    if sum(points.values()) != total:
        raise BallotRefused(N_("the points add up to {n}; they must add up to exactly {total}"),
                            n=sum(points.values()), total=total)
    return points


count_budget = count_dots  # the same sum: points instead of dots


# -- impact / effort ------------------------------------------------------------------------------

QUADRANTS = {"quick_win": N_("Quick wins"), "big_bet": N_("Big bets"), "fill_in": N_("Fill-ins"),
             "money_pit": N_("Money pits")}


def check_impact_effort(options: Options, ballot: Any, params: dict[str, Any]) -> dict[str, list[int]]:
    """Impact/effort: {option: [impact, effort]}, each a whole number from 1 to 5; options may be left out."""
    if not isinstance(ballot, dict) or not ballot:
        raise BallotRefused(N_("an impact/effort ballot rates options as [impact, effort]"))
    _known(options, list(ballot))
    out = {}
    for option, pair in ballot.items():
        if not isinstance(pair, (list, tuple)) or len(pair) != 2:
            raise BallotRefused(N_("rate each option as [impact, effort]"))
        impact, effort = _int(pair[0]), _int(pair[1])
        if not (1 <= impact <= 5 and 1 <= effort <= 5):
            raise BallotRefused(N_("impact and effort go from 1 to 5"))
        out[option] = [impact, effort]
    return out


def count_impact_effort(options: Options, ballots: Sequence[dict[str, list[int]]], params: dict[str, Any]
                        ) -> list[OptionResult]:
    """Impact/effort: mean and spread (population standard deviation) of each, per option. Quadrants at
    the scale's middle (3): impact ≥ 3 with effort < 3 is a quick win, with effort ≥ 3 a big bet;
    impact < 3 with effort < 3 a fill-in, with effort ≥ 3 a money pit. Order: highest impact, then
    lowest effort. Options nobody rated have no score and come last."""
    ratings: dict[str, list[list[int]]] = {o["id"]: [] for o in options}
    for ballot in ballots:
        for option, pair in ballot.items():
            ratings[option].append(pair)
    scores: dict[str, list[float] | None] = {}
    details: dict[str, dict[str, Any]] = {}
    for option, pairs in ratings.items():
        if not pairs:
            scores[option] = None
            details[option] = {"ratings": 0}
            continue
        impacts, efforts = [p[0] for p in pairs], [p[1] for p in pairs]
        mean_i, mean_e = round(statistics.fmean(impacts), 3), round(statistics.fmean(efforts), 3)
        scores[option] = [mean_i, mean_e]
        quadrant = ("quick_win" if mean_e < 3 else "big_bet") if mean_i >= 3 else ("fill_in" if mean_e < 3 else "money_pit")
        details[option] = {"ratings": len(pairs), "impact_spread": round(statistics.pstdev(impacts), 3),
                           "effort_spread": round(statistics.pstdev(efforts), 3), "quadrant": quadrant}
    return _ranked(options, scores, lambda s: (-1e9, 0) if s is None else (s[0], -s[1]), details)


# -- approval and yes/no/abstain ----------------------------------------------------------------------


def check_approval(options: Options, ballot: Any, params: dict[str, Any]) -> list[str]:
    """Approval: the options one approves, each at most once (an empty list approves none)."""
    if not isinstance(ballot, list):
        raise BallotRefused(N_("an approval ballot lists the options one approves"))
    _known(options, ballot)
    if len(set(ballot)) != len(ballot):
        raise BallotRefused(N_("an option appears twice in the ballot"))
    return list(ballot)


def count_approval(options: Options, ballots: Sequence[list[str]], params: dict[str, Any]) -> list[OptionResult]:
    """Approval voting: an option's score is how many approved it; most approvals first."""
    scores = {o["id"]: 0 for o in options}
    for ballot in ballots:
        for option in ballot:
            scores[option] += 1
    return _ranked(options, scores, lambda s: (s,))


def check_yes_no(options: Options, ballot: Any, params: dict[str, Any]) -> dict[str, str]:
    """Yes/no/abstain: {option: "yes" | "no" | "abstain"}; options left out count as abstentions."""
    if not isinstance(ballot, dict) or not ballot:
        raise BallotRefused(N_("a yes/no ballot answers yes, no or abstain for each question"))
    _known(options, list(ballot))
    if any(v not in ("yes", "no", "abstain") for v in ballot.values()):
        raise BallotRefused(N_("answer yes, no or abstain"))
    return dict(ballot)


def count_yes_no(options: Options, ballots: Sequence[dict[str, str]], params: dict[str, Any]) -> list[OptionResult]:
    """Yes/no/abstain: the score is yes − no (abstentions do not count); a question passes when yes > no.
    Most net support first; the counts of yes, no and abstain are in the details."""
    counts = {o["id"]: {"yes": 0, "no": 0, "abstain": 0} for o in options}
    for ballot in ballots:
        for option in counts:
            counts[option][ballot.get(option, "abstain")] += 1
    scores = {o: c["yes"] - c["no"] for o, c in counts.items()}
    details = {o: {**c, "passes": c["yes"] > c["no"]} for o, c in counts.items()}
    return _ranked(options, scores, lambda s: (s,), details)


METHODS: dict[str, tuple[Callable[..., Any], Callable[..., list[OptionResult]]]] = {
    "dots": (check_dots, count_dots),
    "borda": (check_ranking, count_borda),
    "schulze": (check_ranking, count_schulze),
    "budget": (check_budget, count_budget),
    "impact-effort": (check_impact_effort, count_impact_effort),
    "approval": (check_approval, count_approval),
    "yes-no": (check_yes_no, count_yes_no),
}
