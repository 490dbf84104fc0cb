"""The board: clusters (themes) of a challenge's ideas, their order, duplicates, and the layout as stored.

The layout is data, not pixels: each cluster has a position (the order of columns) and each idea a
cluster and a position in it, so the board looks the same after reopening and after a merge of
laptops (ARCHITECTURE.md §3: an idea's placement merges apart from its text). Positions are floats: a card put
between two others takes the middle, so one move writes one row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .. import errors, records
from ..i18n import N_
from ..text import display_name
from ..workspace import Changes, Operation, Workspace
from .capture import clean_text
from .challenges import get_challenge

#: Cluster colours: distinct, readable with dark text, and never the only signal (clusters are numbered).
#: SQL: the idea is a card of its own (not a duplicate shown with a live idea; its original may have been deleted).
IS_CARD = ("(duplicate_of IS NULL OR NOT EXISTS (SELECT 1 FROM ideas original WHERE original.id = ideas.duplicate_of "
           "AND original.deleted = 0))")
COLOURS = ("#ffd166", "#8ecae6", "#b5e48c", "#f4a3a8", "#cdb4db", "#ffb570", "#a0e7e5", "#e9edc9")


@dataclass
class Card:
    """An idea on the board; `duplicates` are the ideas marked as the same (they keep their own text and author)."""

    id: str
    text: str
    author: str
    table_label: str | None
    language: str | None
    cluster_id: str | None
    position: float
    duplicates: list[Card] = field(default_factory=list)


@dataclass
class Column:
    """A cluster (or, with `id` None and number 0, the column of unsorted ideas)."""

    id: str | None
    name: str
    colour: str | None
    number: int
    cards: list[Card] = field(default_factory=list)


@dataclass
class Board:
    challenge_id: str
    columns: list[Column]  # columns[0] holds the unsorted ideas, then the clusters in order

    @property
    def clusters(self) -> list[Column]:
        return self.columns[1:]

    def card_count(self) -> int:
        return sum(len(c.cards) for c in self.columns)


def board(ws: Workspace, challenge_id: str) -> Board:
    """The challenge's board as stored."""
    get_challenge(ws, challenge_id)
    columns = [Column(None, "", None, 0)]
    by_id: dict[str | None, Column] = {None: columns[0]}
    for number, (cid, name, colour) in enumerate(ws.conn.execute(
            "SELECT id, name, colour FROM clusters WHERE challenge_id = ? AND deleted = 0 ORDER BY position, id",
            (challenge_id,)), start=1):
        by_id[cid] = Column(cid, name or "", colour, number)
        columns.append(by_id[cid])
    cur = ws.conn.execute(
        "SELECT i.id, i.text, p.given_name, p.family_name, i.table_label, "
        "i.language, i.cluster_id, i.position, i.duplicate_of FROM ideas i LEFT JOIN participants p ON p.id = i.author_id "
        "WHERE i.challenge_id = ? AND i.deleted = 0 ORDER BY i.position, i.id", (challenge_id,))
    cards: dict[str, Card] = {}
    duplicate_of: dict[str, str] = {}
    for iid, text, given, family, table, language, cluster_id, position, dup in cur.fetchall():
        author = display_name({"given_name": given, "family_name": family}, safe=False)
        cards[iid] = Card(iid, text, author, table, language, cluster_id if cluster_id in by_id else None, position)
        if dup:
            duplicate_of[iid] = dup
    for iid, card in cards.items():
        root = _root(iid, duplicate_of, cards)
        if root != iid:
            cards[root].duplicates.append(card)
        else:
            by_id[card.cluster_id].cards.append(card)
    return Board(challenge_id, columns)


def _root(iid: str, duplicate_of: dict[str, str], live: dict[str, Any]) -> str:
    """The idea a duplicate is shown with (itself when not a duplicate, or when its original is gone)."""
    seen = {iid}
    while iid in duplicate_of and duplicate_of[iid] in live and duplicate_of[iid] not in seen:
        iid = duplicate_of[iid]
        seen.add(iid)
    return iid


def _idea(ws: Workspace, idea_id: str) -> dict[str, Any]:
    row = records.get(ws, "ideas", idea_id)
    if row is None:
        raise errors.InvalidValue(field=N_("Idea"), reason=N_("this idea does not exist"))
    return row


def _cluster(ws: Workspace, cluster_id: str) -> dict[str, Any]:
    row = records.get(ws, "clusters", cluster_id)
    if row is None:
        raise errors.InvalidValue(field=N_("Cluster"), reason=N_("this cluster does not exist"))
    return row


def _same_challenge(rows: Iterable[dict[str, Any]], challenge_id: str) -> None:
    if any(r["challenge_id"] != challenge_id for r in rows):
        raise errors.InvalidValue(field=N_("Cluster"), reason=N_("ideas and clusters of different challenges cannot be mixed"))


def _place(op: Operation, ideas: Sequence[dict[str, Any]], cluster_id: str | None, before_id: str | None = None) -> None:
    """Put `ideas` into `cluster_id` (None: unsorted), in order, before the card `before_id` or at the end."""
    ws = op.ws
    challenge_id = ideas[0]["challenge_id"]
    moving = {i["id"] for i in ideas}
    before = _idea(ws, before_id) if before_id is not None and before_id not in moving else None
    if before is not None and before["cluster_id"] == cluster_id and _is_card(ws, before):
        lower, upper = _gap_before(ws, challenge_id, cluster_id, before, moving)
        if (upper - lower) / (len(ideas) + 1) < 1e-6:  # after many drops at one spot: number the column again
            _renumber(op, challenge_id, cluster_id, moving)
            lower, upper = _gap_before(ws, challenge_id, cluster_id, _idea(ws, before["id"]), moving)
        step = (upper - lower) / (len(ideas) + 1)
        positions = [lower + step * (k + 1) for k in range(len(ideas))]
    else:
        last = ws.conn.execute(
            f"SELECT max(position) FROM ideas WHERE challenge_id = ? AND deleted = 0 AND cluster_id IS ? AND {IS_CARD} "
            "AND id NOT IN (%s)" % ",".join("?" * len(moving)), (challenge_id, cluster_id, *moving)).fetchone()[0] or 0
        positions = [float(last) + k + 1 for k in range(len(ideas))]
    for idea, position in zip(ideas, positions):
        records.update_entity(op, "ideas", idea["id"], {"cluster_id": cluster_id, "position": position,
                                                        "duplicate_of": None})
        for (dup_id,) in ws.conn.execute("SELECT id FROM ideas WHERE duplicate_of = ? AND deleted = 0", (idea["id"],)):
            records.update_entity(op, "ideas", dup_id, {"cluster_id": cluster_id})


def _is_card(ws: Workspace, idea: dict[str, Any]) -> bool:
    return not idea["duplicate_of"] or records.get(ws, "ideas", idea["duplicate_of"]) is None


def _gap_before(ws: Workspace, challenge_id: str, cluster_id: str | None, before: dict[str, Any],
                moving: set[str]) -> tuple[float, float]:
    """The positions of the card before `before` (or one less when it is first) and of `before`."""
    upper = before["position"]
    row = ws.conn.execute(
        f"SELECT max(position) FROM ideas WHERE challenge_id = ? AND deleted = 0 AND cluster_id IS ? AND {IS_CARD} AND "
        "(position < ? OR (position = ? AND id < ?)) AND id NOT IN (%s)" % ",".join("?" * len(moving)),
        (challenge_id, cluster_id, upper, upper, before["id"], *moving)).fetchone()
    return (row[0] if row[0] is not None else upper - 1), upper


def _renumber(op: Operation, challenge_id: str, cluster_id: str | None, moving: set[str]) -> None:
    rows = op.ws.conn.execute(
        f"SELECT id FROM ideas WHERE challenge_id = ? AND deleted = 0 AND cluster_id IS ? AND {IS_CARD} "
        "ORDER BY position, id", (challenge_id, cluster_id)).fetchall()
    for number, (iid,) in enumerate((r for r in rows if r[0] not in moving), start=1):
        records.update_entity(op, "ideas", iid, {"position": float(number)})


def _cards_of(ws: Workspace, cluster_id: str) -> list[dict[str, Any]]:
    rows = ws.conn.execute(f"SELECT id FROM ideas WHERE cluster_id = ? AND deleted = 0 AND {IS_CARD} "
                           "ORDER BY position, id", (cluster_id,)).fetchall()
    return [_idea(ws, r[0]) for r in rows]


def move_ideas(ws: Workspace, idea_ids: Sequence[str], cluster_id: str | None, before_id: str | None = None) -> Changes:
    """Move cards into a cluster (None: back to the unsorted ideas), before the card `before_id` or at the
    end. A duplicate that is moved on its own is no longer marked as a duplicate."""
    if not idea_ids:
        raise errors.InvalidValue(field=N_("Idea"), reason=N_("select at least one idea"))
    ideas = [_idea(ws, i) for i in dict.fromkeys(idea_ids)]
    challenge_id = ideas[0]["challenge_id"]
    _same_challenge(ideas + ([_cluster(ws, cluster_id)] if cluster_id else []), challenge_id)
    with ws.operation("clusters.move") as op:
        _place(op, ideas, cluster_id, before_id)
    return op.changes


def add_cluster(ws: Workspace, challenge_id: str, name: str = "", *, colour: str | None = None,
                idea_ids: Sequence[str] = ()) -> Changes:
    """A new cluster after the others, holding `idea_ids` (taken from wherever they were: this is also how a
    cluster is split)."""
    get_challenge(ws, challenge_id)
    ideas = [_idea(ws, i) for i in dict.fromkeys(idea_ids)]
    _same_challenge(ideas, challenge_id)
    _check_colour(colour)
    with ws.operation("clusters.add") as op:
        last, count = ws.conn.execute("SELECT max(position), count(*) FROM clusters WHERE challenge_id = ? AND deleted = 0",
                                      (challenge_id,)).fetchone()
        cluster_id = records.insert_entity(op, "clusters", {
            "challenge_id": challenge_id, "name": _cluster_name(name), "position": (last or 0) + 1,
            "colour": colour or COLOURS[count % len(COLOURS)]})
        if ideas:
            _place(op, ideas, cluster_id)
    return op.changes


def _cluster_name(name: str) -> str:
    """A cluster's name as stored: one line, NFC, no control character (as a challenge's question)."""
    return " ".join(clean_text(name).split())


def _check_colour(colour: str | None) -> None:
    import re

    if colour is not None and not re.fullmatch(r"#[0-9a-fA-F]{6}", colour):
        raise errors.InvalidValue(field=N_("Colour"), reason=N_("write a colour as #rrggbb"))


def update_cluster(ws: Workspace, cluster_id: str, *, name: str | None = None, colour: str | None = None) -> Changes:
    """Rename a cluster or change its colour."""
    _cluster(ws, cluster_id)
    _check_colour(colour)
    values: dict[str, Any] = {}
    if name is not None:
        values["name"] = _cluster_name(name)
    if colour is not None:
        values["colour"] = colour
    with ws.operation("clusters.update") as op:
        records.update_entity(op, "clusters", cluster_id, values)
    return op.changes


def merge_clusters(ws: Workspace, keep_id: str, other_ids: Sequence[str]) -> Changes:
    """Merge clusters into `keep_id`: their ideas go after its own, in their order; the others are deleted.
    The kept cluster keeps its name (or takes the first other one's, when it had none)."""
    keep = _cluster(ws, keep_id)
    others = [_cluster(ws, o) for o in dict.fromkeys(other_ids) if o != keep_id]
    if not others:
        raise errors.InvalidValue(field=N_("Cluster"), reason=N_("select at least two clusters to merge"))
    _same_challenge(others, keep["challenge_id"])
    with ws.operation("clusters.merge") as op:
        for other in sorted(others, key=lambda c: (c["position"], c["id"])):
            cards = _cards_of(ws, other["id"])
            if cards:
                _place(op, cards, keep_id)
            records.soft_delete(op, "clusters", other["id"])
        if not keep["name"]:
            name = next((o["name"] for o in sorted(others, key=lambda c: (c["position"], c["id"])) if o["name"]), "")
            if name:
                records.update_entity(op, "clusters", keep_id, {"name": name})
    return op.changes


def delete_cluster(ws: Workspace, cluster_id: str) -> Changes:
    """Delete a cluster; its ideas go back to the unsorted ones (nothing is lost)."""
    _cluster(ws, cluster_id)
    with ws.operation("clusters.delete") as op:
        cards = _cards_of(ws, cluster_id)
        if cards:
            _place(op, cards, None)
        records.soft_delete(op, "clusters", cluster_id)
    return op.changes


def reorder_clusters(ws: Workspace, ordered_ids: Sequence[str]) -> Changes:
    """Put a challenge's clusters in this order (every live cluster of the challenge, once)."""
    clusters = [_cluster(ws, c) for c in ordered_ids]
    if not clusters:
        return Changes("clusters.reorder")
    challenge_id = clusters[0]["challenge_id"]
    _same_challenge(clusters, challenge_id)
    live = {r[0] for r in ws.conn.execute("SELECT id FROM clusters WHERE challenge_id = ? AND deleted = 0", (challenge_id,))}
    if live != set(ordered_ids) or len(ordered_ids) != len(live):
        raise errors.InvalidValue(field=N_("Cluster"), reason=N_("name every cluster of the challenge once"))
    with ws.operation("clusters.reorder") as op:
        for position, cluster in enumerate(clusters, start=1):
            records.update_entity(op, "clusters", cluster["id"], {"position": float(position)})
    return op.changes


def mark_duplicates(ws: Workspace, keep_id: str, duplicate_ids: Sequence[str]) -> Changes:
    """Mark ideas as duplicates of `keep_id`: one card shows them together; each keeps its text and author."""
    keep = _idea(ws, keep_id)
    dups = [_idea(ws, d) for d in dict.fromkeys(duplicate_ids) if d != keep_id]
    if not dups:
        raise errors.InvalidValue(field=N_("Idea"), reason=N_("select at least two ideas"))
    _same_challenge(dups, keep["challenge_id"])
    root = keep["duplicate_of"] if not _is_card(ws, keep) else keep_id
    with ws.operation("ideas.duplicates") as op:
        for dup in dups:
            for (iid,) in ws.conn.execute("SELECT id FROM ideas WHERE (id = ? OR duplicate_of = ?) AND deleted = 0 AND id != ?",
                                          (dup["id"], dup["id"], root)).fetchall():
                records.update_entity(op, "ideas", iid, {"duplicate_of": root, "cluster_id": keep["cluster_id"]})
    return op.changes


def unmark_duplicates(ws: Workspace, idea_ids: Sequence[str]) -> Changes:
    """Show duplicates as cards of their own again, after the idea they were with."""
    ideas = [_idea(ws, i) for i in dict.fromkeys(idea_ids)]
    ideas = [i for i in ideas if i["duplicate_of"]]
    if not ideas:
        raise errors.InvalidValue(field=N_("Idea"), reason=N_("none of these ideas is marked as a duplicate"))
    with ws.operation("ideas.duplicates") as op:
        for idea in ideas:
            root = records.get(ws, "ideas", idea["duplicate_of"]) or idea
            row = ws.conn.execute(
                f"SELECT id FROM ideas WHERE challenge_id = ? AND deleted = 0 AND cluster_id IS ? AND {IS_CARD} AND "
                "id != ? AND (position > ? OR (position = ? AND id > ?)) ORDER BY position, id LIMIT 1",
                (root["challenge_id"], root["cluster_id"], idea["id"], root["position"], root["position"], root["id"])
            ).fetchone()
            _place(op, [_idea(ws, idea["id"])], root["cluster_id"], before_id=row[0] if row else None)
    return op.changes
