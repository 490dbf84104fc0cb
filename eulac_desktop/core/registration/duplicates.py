"""Likely duplicates among the registered people, for review: pairs with the same or a very close name.

A pair the facilitator marked "not the same person" is not flagged again. These decisions are kept in
this event file only (the `meta` table): no table of the record contract carries them in bundles yet.
"""

from __future__ import annotations

import json
from typing import Any

from ..text import display_name, fold
from ..workspace import Changes, Workspace
from .people import name_similarity, people

_DISTINCT_KEY = "distinct_people"


def _distinct(ws: Workspace) -> set[tuple[str, str]]:
    row = ws.conn.execute("SELECT value FROM meta WHERE key = ?", (_DISTINCT_KEY,)).fetchone()
    try:
        return {(a, b) for a, b in json.loads(row[0])} if row else set()
    except (ValueError, TypeError):
        return set()


def likely_duplicate_pairs(ws: Workspace) -> list[dict[str, Any]]:
    """Pairs of registered people who may be one person: {"ids": (a, b), "reason"}, the surest first.

    Reasons as `people.name_similarity` gives them; pairs marked `not_the_same` are left out. Names are
    compared within blocks of the same first two letters of the first and last words, so thousands stay fast.
    """
    from .importing import _close_pairs

    blocks: dict[str, list[tuple[str, str, str]]] = {}
    for person in people(ws, ("given_name", "family_name", "organisation")):
        name = fold(display_name(person, safe=False))
        words = name.split()
        if words:
            blocks.setdefault(f"{words[0][:2]} {words[-1][:2]}", []).append((person["id"], name,
                                                                               fold(person["organisation"] or "")))
    distinct = _distinct(ws)
    order = ["same_name_and_organisation", "same_name", "close_name"]
    pairs: list[dict[str, Any]] = []
    for members in blocks.values():
        for i, j in _close_pairs([m[1] for m in members]):
            a, b = members[i], members[j]
            reason = name_similarity(a[1], a[2], b[1], b[2])
            if reason and tuple(sorted((a[0], b[0]))) not in distinct:
                pairs.append({"ids": (a[0], b[0]), "reason": reason, "name": a[1]})
    pairs.sort(key=lambda p: (order.index(p["reason"]), p["name"], p["ids"]))
    return [{"ids": p["ids"], "reason": p["reason"]} for p in pairs]


def likely_duplicate_count(ws: Workspace) -> int:
    """How many pairs `likely_duplicate_pairs` gives, without making them: people are grouped by name, the distinct
    names compared as there, and the pairs counted group by group (namesakes by the thousand cost nothing), less
    the pairs marked `not_the_same`. What the participants page shows on its review action."""
    from .importing import _close_pairs

    name_of: dict[str, str] = {}
    sizes: dict[str, int] = {}
    for person in people(ws, ("given_name", "family_name")):
        name = fold(display_name(person, safe=False))
        if name.split():
            name_of[person["id"]] = name
            sizes[name] = sizes.get(name, 0) + 1
    blocks: dict[str, list[str]] = {}
    for name in sizes:
        words = name.split()
        blocks.setdefault(f"{words[0][:2]} {words[-1][:2]}", []).append(name)
    close: set[tuple[str, str]] = set()
    count = sum(n * (n - 1) // 2 for n in sizes.values())
    for names in blocks.values():
        for i, j in _close_pairs(names):
            close.add((names[i], names[j]) if names[i] < names[j] else (names[j], names[i]))
            count += sizes[names[i]] * sizes[names[j]]
    for first, second in _distinct(ws):
        a, b = name_of.get(first), name_of.get(second)
        if a is not None and b is not None and (a == b or (min(a, b), max(a, b)) in close):
            count -= 1
    return count


def not_the_same(ws: Workspace, first: str, second: str) -> Changes:
    """Record that two people are not one, so the pair is not flagged again (in this event file only; audited)."""
    return _mark(ws, first, second, distinct=True)


def maybe_the_same(ws: Workspace, first: str, second: str) -> Changes:
    """Undo of `not_the_same`: the pair may be flagged again (audited)."""
    return _mark(ws, first, second, distinct=False)


def _mark(ws: Workspace, first: str, second: str, *, distinct: bool) -> Changes:
    pair = tuple(sorted((first, second)))
    with ws.operation("participants.not_the_same" if distinct else "participants.maybe_the_same") as op:
        pairs = _distinct(ws) | {pair} if distinct else _distinct(ws) - {pair}
        ws.conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                        (_DISTINCT_KEY, json.dumps(sorted(pairs))))
        op.record("updated", "meta", f"{_DISTINCT_KEY}:{pair[0]}:{pair[1]}")
    return op.changes
