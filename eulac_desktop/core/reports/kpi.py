"""The funder's KPIs: who registered and who attended, by gender × region (EU/LAC/other) × stakeholder type and by
country, computed once here for the CLI, the outcome report, the data export and the master dashboard.

Who counts is `checkin.stats`' rule (`checkin.counted_people`): records merged into another count once, as the
person they were merged into; erased and deleted people are not counted. Every count from 1 to 4 is shown as
"<5" (`masked`), so that nobody in a small group can be singled out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

from ..vocabulary import GENDERS, NOT_GIVEN, REGIONS, STAKEHOLDERS
from ..workspace import Workspace

#: Counts smaller than this (and above 0) are shown as `FEWER`.
SMALL_GROUP = 5
FEWER = "<5"
Count = int | str


def masked(n: int) -> Count:
    """A count as it may be shown: 0 and 5 or more as they are, 1 to 4 as "<5"."""
    return FEWER if 0 < n < SMALL_GROUP else n


def _bounds(n: int) -> tuple[int, int]:
    """What a reader knows of a count shown by `masked`: exactly it, or 1 to 4 for "<5"."""
    return (1, SMALL_GROUP - 1) if 0 < n < SMALL_GROUP else (n, n)


def recoverable(counts: Sequence[int], total: int) -> bool:
    """Whether a count of 1 to 4 among `counts` (shown "<5") can be worked out from what is shown when they add up to
    `total`, shown too (both by `masked`): subtracting the others from the total leaves it one value (a single small
    group beside exact ones, or small groups that must all be 1, or all 4)."""
    known = [_bounds(n) for n in counts]
    low, high = _bounds(total)
    lows, highs = sum(b[0] for b in known), sum(b[1] for b in known)
    return any(max(lo, low - (highs - hi)) == min(hi, high - (lows - lo)) for lo, hi in known if lo != hi)


Label = TypeVar("Label")


def merged_small_groups(rows: Sequence[tuple[Sequence[Label], Sequence[int]]]) -> list[tuple[list[Label], list[int]]]:
    """The rows of a table (labels, a count per column) whose columns add up to totals shown elsewhere (a report's
    headline), with groups merged until no count of 1 to 4 can be worked out by subtracting the others from the
    total (`recoverable`): the row of the smallest such count is merged with the row of the next smallest count of
    that column (labels and counts together), as statistical disclosure control collapses categories. A table
    where nothing can be worked out is left as it is; rows keep their order."""
    out = [(list(labels), list(counts)) for labels, counts in rows]
    while len(out) > 1:
        columns = [[counts[c] for _labels, counts in out] for c in range(len(out[0][1]))]
        bad = next((c for c, column in enumerate(columns) if recoverable(column, sum(column))), None)
        if bad is None:
            break
        column = columns[bad]
        small = min((i for i, n in enumerate(column) if 0 < n < SMALL_GROUP), key=lambda i: (column[i], i))
        other = min((i for i in range(len(out)) if i != small), key=lambda i: (column[i] == 0, column[i], i))
        first, second = sorted((small, other))
        out[first] = (out[first][0] + out[second][0], [a + b for a, b in zip(out[first][1], out[second][1])])
        del out[second]
    return out


def _order(values: tuple[str, ...]) -> dict[str, int]:
    return {v: i for i, v in enumerate((*values, NOT_GIVEN))}


_GENDER, _REGION, _STAKEHOLDER = _order(GENDERS), _order(REGIONS), _order(STAKEHOLDERS)


def kpi_counts(ws: Workspace, event_id: str | None = None) -> dict[str, Any]:
    """The exact counts of the focused event (or `event_id`): `{"registered", "attended", "cells": [{"gender",
    "region", "stakeholder", "registered", "attended"}], "countries": [{"country", "registered", "attended"}]}`.
    Cells and countries with nobody registered are left out; a gender or stakeholder type nobody gave is
    `vocabulary.NOT_GIVEN`, a missing country "". For people; what is shown goes through `kpi_report`."""
    from ..checkin import counted_people

    return tally(counted_people(ws, ("gender", "region", "stakeholder", "country"), event_id))


def _code(value: Any, known: dict[str, int]) -> str:
    """A gender's or stakeholder type's code as counted: none given is `NOT_GIVEN`, a value nobody expects (a
    crafted bundle's, an older version's) "other", as the importer keeps it."""
    return value if value in known else "other" if isinstance(value, str) and value.strip() else NOT_GIVEN


def tally(people: Iterable[tuple[Any, ...]]) -> dict[str, Any]:
    """`kpi_counts` of the people given as (gender, region, stakeholder, country, attended) each."""
    cells: Counter[tuple[str, str, str, bool]] = Counter()
    countries: Counter[tuple[str, bool]] = Counter()
    for gender, region, stakeholder, country, attended in people:
        key = (_code(gender, _GENDER), region if region in _REGION else "other", _code(stakeholder, _STAKEHOLDER))
        cells[(*key, bool(attended))] += 1
        countries[(country or "", bool(attended))] += 1
    keys = sorted({k[:3] for k in cells}, key=lambda k: (_GENDER[k[0]], _REGION[k[1]], _STAKEHOLDER[k[2]]))
    out_cells = [{"gender": g, "region": r, "stakeholder": s, "registered": cells[(g, r, s, True)] + cells[(g, r, s, False)],
                  "attended": cells[(g, r, s, True)]} for g, r, s in keys]
    by_country = {c: countries[(c, True)] + countries[(c, False)] for c, _a in countries}
    out_countries = [{"country": c, "registered": n, "attended": countries[(c, True)]}
                     for c, n in sorted(by_country.items(), key=lambda kv: (-kv[1], kv[0]))]
    return {"registered": sum(cells.values()), "attended": sum(n for k, n in cells.items() if k[3]),
            "cells": out_cells, "countries": out_countries}


def mask_counts(counts: dict[str, Any]) -> dict[str, Any]:
    """`kpi_counts` as it may be shown or exported: every count from 1 to 4 as "<5"."""
    def row(r: dict[str, Any]) -> dict[str, Any]:
        return {**r, "registered": masked(r["registered"]), "attended": masked(r["attended"])}

    return {"registered": masked(counts["registered"]), "attended": masked(counts["attended"]),
            "cells": [row(c) for c in counts["cells"]], "countries": [row(c) for c in counts["countries"]]}


def kpi_report(ws: Workspace, event_id: str | None = None) -> dict[str, Any]:
    """The KPIs of the focused event (or `event_id`) as they may be shown: `kpi_counts`, small groups masked."""
    return mask_counts(kpi_counts(ws, event_id))


def kpi_across(ws: Workspace, event_ids: Iterable[str]) -> dict[str, Any]:
    """The KPIs of several events of a master file together (a person registered at two events counts at each),
    small groups masked."""
    from ..checkin import counted_people

    people: list[tuple[Any, ...]] = []
    for eid in event_ids:
        people += counted_people(ws, ("gender", "region", "stakeholder", "country"), eid)
    return mask_counts(tally(people))


def kpi_tables(ws: Workspace) -> dict[str, list[list[Any]]]:
    """The KPIs as two sheets for `report data` (codes, as the other sheets hold them): "kpi_cells" and
    "kpi_countries", small groups masked."""
    report = kpi_report(ws)
    cells = [["gender", "region", "stakeholder", "registered", "attended"]] + [
        [c["gender"], c["region"], c["stakeholder"], c["registered"], c["attended"]] for c in report["cells"]]
    countries = [["country", "registered", "attended"]] + [
        [c["country"], c["registered"], c["attended"]] for c in report["countries"]]
    return {"kpi_cells": cells, "kpi_countries": countries}


def totals(counts: dict[str, Any], field: str) -> list[dict[str, Any]]:
    """The exact counts of `kpi_counts` summed by one of "gender", "region", "stakeholder", in the vocabulary's order:
    `[{field, "registered", "attended"}]` (mask them before showing)."""
    order = {"gender": _GENDER, "region": _REGION, "stakeholder": _STAKEHOLDER}[field]
    summed: dict[str, list[int]] = {}
    for cell in counts["cells"]:
        pair = summed.setdefault(cell[field], [0, 0])
        pair[0] += cell["registered"]
        pair[1] += cell["attended"]
    return [{field: k, "registered": v[0], "attended": v[1]} for k, v in sorted(summed.items(), key=lambda kv: order[kv[0]])]
