"""Ideas: challenges, capture, the board (clusters, order, duplicates), undo of board operations, field stamps,
export, polls made from clusters, and the demo event."""

from __future__ import annotations

import csv
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eulac_desktop.core import errors, ideas, records, voting
from eulac_desktop.core.event import create_event_file
from eulac_desktop.core.ideas import COLOURS, MAX_IDEA_LENGTH
from eulac_desktop.core.registration import find_by_email
from eulac_desktop.core.workspace import Workspace

# -- helpers -------------------------------------------------------------------------------------------------


@pytest.fixture
def ws(event_file: Path):
    with Workspace.open(event_file) as ws:
        yield ws


@pytest.fixture
def challenge(ws: Workspace) -> str:
    return ideas.add_challenge(ws, "How might we open labs to SMEs?").inserted["challenges"][0]


def add(ws: Workspace, challenge_id: str, *texts: str, **kwargs) -> list[str]:
    return ideas.add_ideas(ws, challenge_id, list(texts), **kwargs).inserted["ideas"]


def cluster(ws: Workspace, challenge_id: str, name: str = "", idea_ids=(), **kwargs) -> str:
    return ideas.add_cluster(ws, challenge_id, name, idea_ids=list(idea_ids), **kwargs).inserted["clusters"][0]


def snapshot(ws: Workspace, challenge_id: str) -> list[tuple]:
    """The board, normalised: per column its id, name and colour, and its cards with their duplicates."""
    return [(c.id, c.name, c.colour, [(card.id, [d.id for d in card.duplicates]) for card in c.cards])
            for c in ideas.board(ws, challenge_id).columns]


def layout(ws: Workspace, challenge_id: str) -> list[list[str]]:
    """Card ids per column (unsorted first)."""
    return [[card.id for card in c.cards] for c in ideas.board(ws, challenge_id).columns]


def idea_row(ws: Workspace, idea_id: str) -> dict:
    return records.get(ws, "ideas", idea_id, include_deleted=True)


# -- challenges -----------------------------------------------------------------------------------------------


def test_add_challenge_collapses_whitespace_and_starts_open(ws: Workspace) -> None:
    cid = ideas.add_challenge(ws, "  How   might we\n\tconnect labs?  ", "  Think of costs.  ").inserted["challenges"][0]
    row = ideas.get_challenge(ws, cid)
    assert row["question"] == "How might we connect labs?"
    assert row["description"] == "Think of costs."
    assert row["state"] == "open" and row["time_box"] is None and row["timer_ends_at"] is None


@pytest.mark.parametrize("question", ["", "   ", "\n\t "])
def test_a_challenge_needs_a_question(ws: Workspace, question: str) -> None:
    with pytest.raises(errors.InvalidValue):
        ideas.add_challenge(ws, question)
    assert ideas.challenges(ws) == []


@pytest.mark.parametrize("minutes", [1, 15, 1440])
def test_time_box_in_range_is_kept(ws: Workspace, minutes: int) -> None:
    cid = ideas.add_challenge(ws, "Q?", time_box=minutes).inserted["challenges"][0]
    assert ideas.get_challenge(ws, cid)["time_box"] == minutes


@pytest.mark.parametrize("minutes", [-1, 1441, 10_000, 1.5, "15", True])
def test_time_box_out_of_range_is_refused(ws: Workspace, minutes) -> None:
    with pytest.raises(errors.InvalidValue):
        ideas.add_challenge(ws, "Q?", time_box=minutes)
    assert ideas.challenges(ws) == []


def test_session_must_exist(ws: Workspace) -> None:
    from eulac_desktop.core import checkin

    with pytest.raises(errors.InvalidValue):
        ideas.add_challenge(ws, "Q?", session_id="no-such-session")
    assert ideas.challenges(ws) == []
    session = checkin.add_session(ws, "Lab").inserted["sessions"][0]
    cid = ideas.add_challenge(ws, "Q?", session_id=session).inserted["challenges"][0]
    assert ideas.get_challenge(ws, cid)["session_id"] == session


def test_update_challenge(ws: Workspace, challenge: str) -> None:
    ideas.update_challenge(ws, challenge, question="  New   question? ", description=" more ", time_box=20, state="closed")
    row = ideas.get_challenge(ws, challenge)
    assert (row["question"], row["description"], row["time_box"], row["state"]) == ("New question?", "more", 20, "closed")
    with pytest.raises(errors.InvalidValue):
        ideas.update_challenge(ws, challenge, question="  ")
    with pytest.raises(errors.InvalidValue):
        ideas.update_challenge(ws, challenge, time_box=1441)
    with pytest.raises(errors.InvalidValue):
        ideas.update_challenge(ws, challenge, session_id="nope")
    with pytest.raises(ValueError):
        ideas.update_challenge(ws, challenge, state="paused")
    with pytest.raises(ValueError):
        ideas.update_challenge(ws, challenge, position=3)
    with pytest.raises(errors.InvalidValue):
        ideas.update_challenge(ws, "no-such-challenge", question="Q?")
    assert ideas.get_challenge(ws, challenge)["question"] == "New question?"  # nothing changed by the refusals


def test_timer_counts_down_from_now(ws: Workspace) -> None:
    cid = ideas.add_challenge(ws, "Q?", time_box=15).inserted["challenges"][0]
    assert ideas.seconds_left(ideas.get_challenge(ws, cid)) is None
    now = datetime(2026, 12, 3, 15, 0, tzinfo=UTC)
    ideas.start_timer(ws, cid, now=now)
    row = ideas.get_challenge(ws, cid)
    assert datetime.fromisoformat(row["timer_ends_at"]) == now + timedelta(minutes=15)
    assert ideas.seconds_left(row, now=now) == 900
    assert ideas.seconds_left(row, now=now + timedelta(seconds=1.5)) == 899  # rounded up: never shows 0 early
    assert ideas.seconds_left(row, now=now + timedelta(minutes=14, seconds=59)) == 1
    assert ideas.seconds_left(row, now=now + timedelta(minutes=15)) == 0
    assert ideas.seconds_left(row, now=now + timedelta(hours=2)) == 0
    ideas.stop_timer(ws, cid)
    assert ideas.seconds_left(ideas.get_challenge(ws, cid), now=now) is None


def test_timer_needs_a_time_box(ws: Workspace, challenge: str) -> None:
    with pytest.raises(errors.InvalidValue):
        ideas.start_timer(ws, challenge)
    assert ideas.get_challenge(ws, challenge)["timer_ends_at"] is None


def test_challenges_in_order_with_counts(ws: Workspace) -> None:
    first, second, third = (ideas.add_challenge(ws, q).inserted["challenges"][0] for q in ("One?", "Two?", "Three?"))
    a, _b, c = add(ws, second, "a", "b", "c")
    cluster(ws, second, "Theme", [a])
    cluster(ws, second, "Empty")
    add(ws, third, "x")
    ideas.delete_ideas(ws, [c])
    listed = ideas.challenges(ws)
    assert [ch["id"] for ch in listed] == [first, second, third]
    assert [ch["question"] for ch in listed] == ["One?", "Two?", "Three?"]
    assert [(ch["ideas"], ch["clusters"]) for ch in listed] == [(0, 0), (2, 2), (1, 0)]


# -- capture ------------------------------------------------------------------------------------------------------


def test_add_ideas_are_unsorted_in_order(ws: Workspace, challenge: str) -> None:
    ids = add(ws, challenge, "first", "second", "third")
    assert layout(ws, challenge) == [ids]
    assert [i["text"] for i in ideas.ideas(ws, challenge)] == ["first", "second", "third"]
    more = add(ws, challenge, "fourth")
    assert layout(ws, challenge) == [ids + more]


def test_a_batch_with_one_empty_idea_adds_nothing(ws: Workspace, challenge: str) -> None:
    with pytest.raises(errors.InvalidValue):
        ideas.add_ideas(ws, challenge, ["a good idea", "   ", "another"])
    assert ideas.ideas(ws, challenge) == []
    with pytest.raises(errors.InvalidValue):
        ideas.add_ideas(ws, challenge, [])
    with pytest.raises(errors.InvalidValue):
        ideas.add_ideas(ws, challenge, ["\n\t\x00 \n"])
    assert ideas.ideas(ws, challenge) == []


def test_add_ideas_to_an_unknown_challenge_is_refused(ws: Workspace) -> None:
    with pytest.raises(errors.InvalidValue):
        ideas.add_ideas(ws, "no-such-challenge", ["x"])


def test_long_ideas(ws: Workspace, challenge: str) -> None:
    long = ("Una idea larga sobre laboratorios abiertos. " * 200)[:5000]
    (iid,) = add(ws, challenge, long)
    assert len(long) == 5000 and idea_row(ws, iid)["text"] == long
    (iid,) = add(ws, challenge, "x" * MAX_IDEA_LENGTH)
    assert len(idea_row(ws, iid)["text"]) == MAX_IDEA_LENGTH
    with pytest.raises(errors.InvalidValue):
        add(ws, challenge, "x" * (MAX_IDEA_LENGTH + 1))
    assert len(ideas.ideas(ws, challenge)) == 2


@pytest.mark.parametrize("text", [
    "مختبرات مفتوحة للشركات الصغيرة 🔬",  # Arabic
    "מעבדות פתוחות לחברות קטנות",  # Hebrew
    "Open labs 👩🏽‍🔬🇵🇪 for SMEs ❤️",  # emoji with skin tone, ZWJ, flag, variation selector
    "Formação técnica – Piura / São Paulo",
    "mixed עברית and English ١٢٣",
])
def test_unicode_text_is_stored_unchanged(ws: Workspace, challenge: str, text: str) -> None:
    assert unicodedata.is_normalized("NFC", text)
    (iid,) = add(ws, challenge, text)
    assert idea_row(ws, iid)["text"] == text
    assert ideas.board(ws, challenge).columns[0].cards[0].text == text


def test_text_is_stored_nfc(ws: Workspace, challenge: str) -> None:
    decomposed = unicodedata.normalize("NFD", "Formação em São Paulo")
    assert decomposed != "Formação em São Paulo"
    (iid,) = add(ws, challenge, decomposed)
    assert idea_row(ws, iid)["text"] == "Formação em São Paulo"


def test_control_characters_are_removed_but_newlines_kept(ws: Workspace, challenge: str) -> None:
    (iid,) = add(ws, challenge, "  line\x00 one\x07  \r\nline\x1b two\rthree\x7f\n\n")
    assert idea_row(ws, iid)["text"] == "line one\nline two\nthree"


def test_split_lines_removes_bullets_numbers_and_blank_lines() -> None:
    pasted = "- first\n* second\n\n• third\n  1. fourth\r\n2) fifth\n   \n– sixth\n3.5 million people\n-5 degrees\n"
    assert ideas.split_lines(pasted) == ["first", "second", "third", "fourth", "fifth", "sixth",
                                         "3.5 million people", "-5 degrees"]
    assert ideas.split_lines("\n \n\t\n") == []


def test_edit_idea(ws: Workspace, challenge: str) -> None:
    (iid,) = add(ws, challenge, "first draft")
    anna = find_by_email(ws, "anna@example.fi")
    ideas.edit_idea(ws, iid, text="  better\x00 text ", author_id=anna, table_label="  Table 3 ", language="en")
    row = idea_row(ws, iid)
    assert (row["text"], row["author_id"], row["table_label"], row["language"]) == ("better text", anna, "Table 3", "en")
    assert ideas.board(ws, challenge).columns[0].cards[0].author == "Anna Virtanen"
    with pytest.raises(errors.InvalidValue):
        ideas.edit_idea(ws, iid, text=" ")
    with pytest.raises(errors.InvalidValue):
        ideas.edit_idea(ws, iid, author_id="nobody")
    with pytest.raises(errors.InvalidValue):
        ideas.edit_idea(ws, "no-such-idea", text="x")
    with pytest.raises(ValueError):
        ideas.edit_idea(ws, iid, cluster_id=None)
    assert idea_row(ws, iid)["text"] == "better text"


def test_delete_ideas_makes_tombstones(ws: Workspace, challenge: str) -> None:
    a, b, c = add(ws, challenge, "a", "b", "c")
    k = cluster(ws, challenge, "K", [b])
    ideas.delete_ideas(ws, [a, b])
    assert idea_row(ws, a)["deleted"] == 1 and idea_row(ws, b)["deleted"] == 1
    assert records.get(ws, "ideas", a) is None
    assert [i["id"] for i in ideas.ideas(ws, challenge)] == [c]
    assert layout(ws, challenge) == [[c], []]
    assert ideas.board(ws, challenge).clusters[0].id == k
    with pytest.raises(errors.InvalidValue):
        ideas.delete_ideas(ws, [c, "no-such-idea"])
    assert [i["id"] for i in ideas.ideas(ws, challenge)] == [c]  # the refused batch changed nothing


def test_unknown_author_is_refused(ws: Workspace, challenge: str) -> None:
    with pytest.raises(errors.InvalidValue):
        ideas.add_ideas(ws, challenge, ["x"], author_id="not-a-participant")
    assert ideas.ideas(ws, challenge) == []
    jose = find_by_email(ws, "jose@example.org")
    (iid,) = add(ws, challenge, "x", author_id=jose, table_label=" 2 ", language="es")
    assert ideas.ideas(ws, challenge)[0]["author"] == "José Pérez"
    assert (idea_row(ws, iid)["table_label"], idea_row(ws, iid)["language"]) == ("2", "es")


def test_ideas_lists_one_challenge_or_all(ws: Workspace, challenge: str) -> None:
    other = ideas.add_challenge(ws, "Other?").inserted["challenges"][0]
    a = add(ws, challenge, "a")
    b = add(ws, other, "b")
    k = cluster(ws, other, "Named", b)
    assert [i["id"] for i in ideas.ideas(ws, challenge)] == a
    assert [i["id"] for i in ideas.ideas(ws)] == a + b
    assert ideas.ideas(ws, other)[0]["cluster_id"] == k and ideas.ideas(ws, other)[0]["cluster_name"] == "Named"


# -- the board -------------------------------------------------------------------------------------------------------


def test_add_cluster_takes_ideas_from_wherever_they_are(ws: Workspace, challenge: str) -> None:
    a, b, c, d = add(ws, challenge, "a", "b", "c", "d")
    k1 = cluster(ws, challenge, "  Access   and booking ", [a, b, c])
    k2 = cluster(ws, challenge, "", [c, d])  # a split: c leaves k1
    board = ideas.board(ws, challenge)
    assert [(col.id, col.number, col.name) for col in board.columns] == [(None, 0, ""), (k1, 1, "Access and booking"), (k2, 2, "")]
    assert [col.colour for col in board.clusters] == [COLOURS[0], COLOURS[1]]
    assert layout(ws, challenge) == [[], [a, b], [c, d]]
    assert board.card_count() == 4
    k3 = cluster(ws, challenge, "Own colour", colour="#123abc")
    assert ideas.board(ws, challenge).clusters[-1].colour == "#123abc"
    assert layout(ws, challenge)[-1] == []
    with pytest.raises(errors.InvalidValue):
        cluster(ws, challenge, "bad", colour="red")
    assert [c.id for c in ideas.board(ws, challenge).clusters] == [k1, k2, k3]


def test_update_cluster(ws: Workspace, challenge: str) -> None:
    k = cluster(ws, challenge, "Old")
    ideas.update_cluster(ws, k, name="  New  name ", colour="#000000")
    column = ideas.board(ws, challenge).clusters[0]
    assert (column.name, column.colour) == ("New name", "#000000")
    with pytest.raises(errors.InvalidValue):
        ideas.update_cluster(ws, k, colour="#00000")
    with pytest.raises(errors.InvalidValue):
        ideas.update_cluster(ws, "no-such-cluster", name="x")


def test_move_ideas_to_the_end_before_a_card_and_back(ws: Workspace, challenge: str) -> None:
    a, b, c, d, e = add(ws, challenge, "a", "b", "c", "d", "e")
    k = cluster(ws, challenge, "K", [a, b, c])
    ideas.move_ideas(ws, [d], k)
    assert layout(ws, challenge) == [[e], [a, b, c, d]]
    ideas.move_ideas(ws, [e], k, before_id=b)
    assert layout(ws, challenge) == [[], [a, e, b, c, d]]
    ideas.move_ideas(ws, [d, c], k, before_id=a)  # several cards keep the order given, before the first card
    assert layout(ws, challenge) == [[], [d, c, a, e, b]]
    ideas.move_ideas(ws, [b], k, before_id=d)  # within the same column
    assert layout(ws, challenge) == [[], [b, d, c, a, e]]
    ideas.move_ideas(ws, [c, a], None)
    assert layout(ws, challenge) == [[c, a], [b, d, e]]
    ideas.move_ideas(ws, [e], None, before_id=c)
    assert layout(ws, challenge) == [[e, c, a], [b, d]]
    with pytest.raises(errors.InvalidValue):
        ideas.move_ideas(ws, [], k)
    with pytest.raises(errors.InvalidValue):
        ideas.move_ideas(ws, [a], "no-such-cluster")
    with pytest.raises(errors.InvalidValue):
        ideas.move_ideas(ws, ["no-such-idea"], k)


def test_many_moves_between_the_same_cards_keep_the_order(ws: Workspace, challenge: str) -> None:
    ids = add(ws, challenge, *[f"idea {n}" for n in range(14)])
    k = cluster(ws, challenge, "K", ids[:2])
    expected = ids[:2]
    for iid in ids[2:8]:  # each one just before the last card: the gap above the last card shrinks
        ideas.move_ideas(ws, [iid], k, before_id=ids[1])
        expected.insert(len(expected) - 1, iid)
    assert layout(ws, challenge) == [ids[8:], expected]
    previous = ids[2]  # the card right after the first one
    for iid in ids[8:]:  # each one just before the one moved last: the gap below the first card shrinks
        ideas.move_ideas(ws, [iid], k, before_id=previous)
        expected.insert(1, iid)
        previous = iid
    assert layout(ws, challenge) == [[], expected]


def test_sixty_cards_dropped_in_second_place_keep_the_order(ws: Workspace, challenge: str) -> None:
    ids = add(ws, challenge, *[f"idea {n}" for n in range(62)])
    k = cluster(ws, challenge, "K", ids[:2])
    expected, previous = ids[:2], ids[1]
    for iid in ids[2:]:  # a facilitator drops each card right after the column's first card
        ideas.move_ideas(ws, [iid], k, before_id=previous)
        expected.insert(1, iid)
        previous = iid
    assert layout(ws, challenge) == [[], expected]


def test_merge_clusters(ws: Workspace, challenge: str) -> None:
    a, b, c, d, e, f = add(ws, challenge, "a", "b", "c", "d", "e", "f")
    keep = cluster(ws, challenge, "", [a, b])
    second = cluster(ws, challenge, "Funding", [c, d])
    third = cluster(ws, challenge, "Skills", [e])
    ideas.mark_duplicates(ws, c, [f])
    ideas.merge_clusters(ws, keep, [third, second])  # merged in board order, not in the order given
    board = ideas.board(ws, challenge)
    assert [(col.id, col.name) for col in board.clusters] == [(keep, "Funding")]
    assert layout(ws, challenge) == [[], [a, b, c, d, e]]
    assert [d_.id for d_ in board.clusters[0].cards[2].duplicates] == [f]
    assert idea_row(ws, f)["cluster_id"] == keep  # the duplicate travels with its card
    assert records.get(ws, "clusters", second) is None and records.get(ws, "clusters", third) is None
    assert records.get(ws, "clusters", second, include_deleted=True)["deleted"] == 1
    assert board.card_count() + sum(len(card.duplicates) for col in board.columns for card in col.cards) == 6


def test_merge_keeps_the_kept_clusters_name(ws: Workspace, challenge: str) -> None:
    a, b = add(ws, challenge, "a", "b")
    keep = cluster(ws, challenge, "Mine", [b])
    other = cluster(ws, challenge, "Theirs", [a])
    ideas.merge_clusters(ws, keep, [other])
    assert [(c.name, [card.id for card in c.cards]) for c in ideas.board(ws, challenge).clusters] == [("Mine", [b, a])]
    with pytest.raises(errors.InvalidValue):
        ideas.merge_clusters(ws, keep, [keep])
    with pytest.raises(errors.InvalidValue):
        ideas.merge_clusters(ws, keep, [other])  # deleted by the merge


def test_delete_cluster_puts_its_ideas_back_unsorted(ws: Workspace, challenge: str) -> None:
    a, b, c, d = add(ws, challenge, "a", "b", "c", "d")
    k = cluster(ws, challenge, "K", [c, a])
    other = cluster(ws, challenge, "Other", [d])
    ideas.mark_duplicates(ws, a, [b])
    ideas.delete_cluster(ws, k)
    board = ideas.board(ws, challenge)
    assert [col.id for col in board.clusters] == [other]
    assert layout(ws, challenge) == [[c, a], [d]]
    assert [dup.id for dup in board.columns[0].cards[1].duplicates] == [b]
    assert {i["id"] for i in ideas.ideas(ws, challenge)} == {a, b, c, d}  # nothing lost
    assert idea_row(ws, b)["cluster_id"] is None
    assert records.get(ws, "clusters", k) is None


def test_reorder_clusters(ws: Workspace, challenge: str) -> None:
    k1, k2, k3 = (cluster(ws, challenge, n) for n in ("one", "two", "three"))
    ideas.reorder_clusters(ws, [k3, k1, k2])
    board = ideas.board(ws, challenge)
    assert [(c.id, c.number) for c in board.clusters] == [(k3, 1), (k1, 2), (k2, 3)]
    for wrong in ([k3, k1], [k3, k1, k2, k1], [k1, k2, k3, "no-such-cluster"], [k1, k1, k2]):
        with pytest.raises(errors.InvalidValue):
            ideas.reorder_clusters(ws, wrong)
    ideas.delete_cluster(ws, k1)
    with pytest.raises(errors.InvalidValue):
        ideas.reorder_clusters(ws, [k1, k2, k3])  # a deleted cluster
    ideas.reorder_clusters(ws, [k2, k3])
    assert [c.id for c in ideas.board(ws, challenge).clusters] == [k2, k3]


def test_mark_duplicates(ws: Workspace, challenge: str) -> None:
    jose, anna = find_by_email(ws, "jose@example.org"), find_by_email(ws, "anna@example.fi")
    (a,) = add(ws, challenge, "Open lab days", author_id=jose)
    (b,) = add(ws, challenge, "Días de laboratorio abierto", author_id=anna, language="es")
    c, d = add(ws, challenge, "Lab open days for SMEs", "other")
    k = cluster(ws, challenge, "K", [a])
    ideas.mark_duplicates(ws, a, [b])
    board = ideas.board(ws, challenge)
    assert layout(ws, challenge) == [[c, d], [a]]
    card = board.clusters[0].cards[0]
    assert [(x.id, x.text, x.author, x.language) for x in card.duplicates] == [(b, "Días de laboratorio abierto", "Anna Virtanen", "es")]
    assert (card.text, card.author) == ("Open lab days", "José Pérez")
    assert idea_row(ws, b)["duplicate_of"] == a and idea_row(ws, b)["cluster_id"] == k
    # a duplicate of a duplicate is attached to the card everybody sees
    ideas.mark_duplicates(ws, b, [c])
    assert idea_row(ws, c)["duplicate_of"] == a
    assert [x.id for x in ideas.board(ws, challenge).clusters[0].cards[0].duplicates] == [b, c]
    # marking a card that has duplicates as a duplicate brings them along
    ideas.mark_duplicates(ws, d, [a])
    assert layout(ws, challenge) == [[d], []]
    assert [x.id for x in ideas.board(ws, challenge).columns[0].cards[0].duplicates] == [a, b, c]
    assert {idea_row(ws, x)["duplicate_of"] for x in (a, b, c)} == {d}
    with pytest.raises(errors.InvalidValue):
        ideas.mark_duplicates(ws, d, [d])


def test_unmark_duplicates(ws: Workspace, challenge: str) -> None:
    a, b, c = add(ws, challenge, "a", "b", "c")
    k = cluster(ws, challenge, "K", [a, b])
    ideas.mark_duplicates(ws, a, [c])
    ideas.unmark_duplicates(ws, [c])
    assert idea_row(ws, c)["duplicate_of"] is None
    assert layout(ws, challenge) == [[], [a, c, b]]  # right after the idea it was with
    assert all(not card.duplicates for card in ideas.board(ws, challenge).clusters[0].cards)
    with pytest.raises(errors.InvalidValue):
        ideas.unmark_duplicates(ws, [a, b])
    assert idea_row(ws, c)["cluster_id"] == k


def test_moving_a_duplicate_alone_unmarks_it(ws: Workspace, challenge: str) -> None:
    a, b = add(ws, challenge, "a", "b")
    k = cluster(ws, challenge, "K")
    ideas.mark_duplicates(ws, a, [b])
    ideas.move_ideas(ws, [b], k)
    assert idea_row(ws, b)["duplicate_of"] is None
    assert layout(ws, challenge) == [[a], [b]]
    ideas.mark_duplicates(ws, a, [b])
    ideas.move_ideas(ws, [a], k)  # moving the kept card moves its duplicates along
    assert layout(ws, challenge) == [[], [a]]
    assert idea_row(ws, b)["cluster_id"] == k and idea_row(ws, b)["duplicate_of"] == a


def test_ideas_of_another_challenge_are_refused(ws: Workspace, challenge: str) -> None:
    other = ideas.add_challenge(ws, "Other?").inserted["challenges"][0]
    (mine,) = add(ws, challenge, "mine")
    (theirs,) = add(ws, other, "theirs")
    k_mine = cluster(ws, challenge, "Mine", [mine])
    k_theirs = cluster(ws, other, "Theirs")
    before = (snapshot(ws, challenge), snapshot(ws, other))
    with pytest.raises(errors.InvalidValue):
        ideas.add_cluster(ws, challenge, "x", idea_ids=[theirs])
    with pytest.raises(errors.InvalidValue):
        ideas.move_ideas(ws, [theirs], k_mine)
    with pytest.raises(errors.InvalidValue):
        ideas.move_ideas(ws, [mine, theirs], None)
    with pytest.raises(errors.InvalidValue):
        ideas.merge_clusters(ws, k_mine, [k_theirs])
    with pytest.raises(errors.InvalidValue):
        ideas.mark_duplicates(ws, mine, [theirs])
    with pytest.raises(errors.InvalidValue):
        ideas.reorder_clusters(ws, [k_mine, k_theirs])
    assert (snapshot(ws, challenge), snapshot(ws, other)) == before


def test_board_of_an_unknown_challenge_is_refused(ws: Workspace) -> None:
    with pytest.raises(errors.InvalidValue):
        ideas.board(ws, "no-such-challenge")


def test_mark_duplicate_of_an_idea_whose_original_was_deleted(ws: Workspace, challenge: str) -> None:
    a, b, c = add(ws, challenge, "a", "b", "c")
    ideas.mark_duplicates(ws, a, [b])
    ideas.delete_ideas(ws, [a])
    assert layout(ws, challenge) == [[b, c]]  # b is a card of its own again
    ideas.mark_duplicates(ws, b, [c])
    board = ideas.board(ws, challenge)
    assert [card.id for card in board.columns[0].cards] == [b]
    assert [x.id for x in board.columns[0].cards[0].duplicates] == [c]


def test_merge_takes_along_a_card_whose_original_was_deleted(ws: Workspace, challenge: str) -> None:
    a, b, c = add(ws, challenge, "a", "b", "c")
    keep = cluster(ws, challenge, "Keep", [c])
    other = cluster(ws, challenge, "Other", [a])
    ideas.mark_duplicates(ws, a, [b])
    ideas.delete_ideas(ws, [a])
    assert layout(ws, challenge) == [[], [c], [b]]
    ideas.merge_clusters(ws, keep, [other])
    assert layout(ws, challenge) == [[], [c, b]]


def test_unmarked_duplicate_comes_right_after_its_card(ws: Workspace, challenge: str) -> None:
    a, b, c, d = add(ws, challenge, "a", "b", "c", "d")
    cluster(ws, challenge, "K", [a, b, c])
    ideas.mark_duplicates(ws, a, [d])
    ideas.unmark_duplicates(ws, [d])
    assert layout(ws, challenge) == [[], [a, d, b, c]]


# -- undo (generic revert of an operation) --------------------------------------------------------------------------


@pytest.fixture
def busy_board(ws: Workspace, challenge: str) -> dict[str, str]:
    """A board with unsorted ideas, three clusters (one unnamed) and a duplicate."""
    names = "abcdefgh"
    ids = dict(zip(names, add(ws, challenge, *names)))
    ids["K1"] = cluster(ws, challenge, "", [ids["a"], ids["b"]])
    ids["K2"] = cluster(ws, challenge, "Funding", [ids["c"], ids["d"], ids["e"]])
    ids["K3"] = cluster(ws, challenge, "Skills", [ids["f"]])
    ideas.mark_duplicates(ws, ids["c"], [ids["g"]])
    return ids


BOARD_OPERATIONS = {
    "add cluster": lambda ws, ch, i: ideas.add_cluster(ws, ch, "New", idea_ids=[i["a"], i["h"], i["c"]]),
    "add empty cluster": lambda ws, ch, i: ideas.add_cluster(ws, ch, "Empty"),
    "move": lambda ws, ch, i: ideas.move_ideas(ws, [i["e"], i["a"]], i["K3"], before_id=i["f"]),
    "move to unsorted": lambda ws, ch, i: ideas.move_ideas(ws, [i["c"], i["b"]], None),
    "move a duplicate": lambda ws, ch, i: ideas.move_ideas(ws, [i["g"]], i["K1"]),
    "merge": lambda ws, ch, i: ideas.merge_clusters(ws, i["K1"], [i["K3"], i["K2"]]),
    "delete cluster": lambda ws, ch, i: ideas.delete_cluster(ws, i["K2"]),
    "reorder": lambda ws, ch, i: ideas.reorder_clusters(ws, [i["K3"], i["K1"], i["K2"]]),
    "rename": lambda ws, ch, i: ideas.update_cluster(ws, i["K1"], name="Named", colour="#000000"),
    "mark duplicates": lambda ws, ch, i: ideas.mark_duplicates(ws, i["h"], [i["c"], i["a"]]),
    "unmark duplicates": lambda ws, ch, i: ideas.unmark_duplicates(ws, [i["g"]]),
    "add ideas": lambda ws, ch, i: ideas.add_ideas(ws, ch, ["new one", "new two"]),
    "delete ideas": lambda ws, ch, i: ideas.delete_ideas(ws, [i["c"], i["h"]]),
    "edit idea": lambda ws, ch, i: ideas.edit_idea(ws, i["a"], text="changed"),
}


@pytest.mark.parametrize("name", list(BOARD_OPERATIONS))
def test_revert_undoes_and_reverting_the_revert_redoes(ws: Workspace, challenge: str, busy_board, name: str) -> None:
    before = snapshot(ws, challenge)
    texts_before = {i["id"]: i["text"] for i in ideas.ideas(ws, challenge)}
    changes = BOARD_OPERATIONS[name](ws, challenge, busy_board)
    after = snapshot(ws, challenge)
    texts_after = {i["id"]: i["text"] for i in ideas.ideas(ws, challenge)}
    assert after != before or texts_after != texts_before  # the operation did something
    undo = records.revert_changes(ws, changes)
    assert snapshot(ws, challenge) == before
    assert {i["id"]: i["text"] for i in ideas.ideas(ws, challenge)} == texts_before
    redo = records.revert_changes(ws, undo)
    assert snapshot(ws, challenge) == after
    assert {i["id"]: i["text"] for i in ideas.ideas(ws, challenge)} == texts_after
    records.revert_changes(ws, redo)  # and undo again
    assert snapshot(ws, challenge) == before


def test_undo_names_its_action(ws: Workspace, challenge: str, busy_board) -> None:
    changes = ideas.merge_clusters(ws, busy_board["K1"], [busy_board["K2"]])
    undo = records.revert_changes(ws, changes)
    assert undo.action == "clusters.merge.undo"
    assert records.revert_changes(ws, undo).action == "clusters.merge"


def test_undo_across_a_merge_after_later_moves(ws: Workspace, challenge: str, busy_board) -> None:
    i = busy_board
    states = [snapshot(ws, challenge)]
    done = [ideas.merge_clusters(ws, i["K2"], [i["K1"], i["K3"]])]
    states.append(snapshot(ws, challenge))
    done.append(ideas.move_ideas(ws, [i["a"]], None))
    states.append(snapshot(ws, challenge))
    done.append(ideas.add_cluster(ws, challenge, "Split", idea_ids=[i["b"], i["f"]]))
    states.append(snapshot(ws, challenge))
    undone = []
    for changes, state in zip(reversed(done), reversed(states[:-1])):
        undone.append(records.revert_changes(ws, changes))
        assert snapshot(ws, challenge) == state
    for redo, state in zip(reversed(undone), states[1:]):
        records.revert_changes(ws, redo)
        assert snapshot(ws, challenge) == state


def test_revert_refuses_facts_that_are_never_taken_back(ws: Workspace) -> None:
    """A ballot, a vote record, an erasure are never withdrawn by an undo (a check-in is: by its tombstone)."""
    from eulac_desktop.core.workspace import Changes

    for table in ("ballots", "votes", "erasures"):
        with pytest.raises(ValueError):
            records.revert_changes(ws, Changes("test.kept", inserted={table: ["some-id"]}))
    assert records.revertible(Changes("checkin.scan", inserted={"checkins": ["some-id"]}))


def test_a_row_changed_twice_keeps_its_value_from_before_the_operation(ws: Workspace, challenge: str) -> None:
    (iid,) = add(ws, challenge, "original")
    k = cluster(ws, challenge, "K")
    with ws.operation("test.twice") as op:
        records.update_entity(op, "ideas", iid, {"text": "second", "cluster_id": k})
        records.update_entity(op, "ideas", iid, {"text": "third", "position": 42.0})
    changes = op.changes
    assert changes.updated["ideas"] == [iid]
    assert changes.previous["ideas"][iid] == {"text": "original", "cluster_id": None, "position": 1.0}
    records.revert_changes(ws, changes)
    row = idea_row(ws, iid)
    assert (row["text"], row["cluster_id"], row["position"]) == ("original", None, 1.0)


_OPS = st.sampled_from(["add_cluster", "move", "merge", "delete_cluster", "mark", "unmark", "reorder"])


@settings(max_examples=30, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_reverting_random_board_operations_in_reverse_order_restores_the_board(tmp_path_factory, data) -> None:
    path = tmp_path_factory.mktemp("undo") / "board.eulac"
    with create_event_file(path, name="Undo") as ws:
        ch = ideas.add_challenge(ws, "Q?").inserted["challenges"][0]
        idea_ids = add(ws, ch, *[f"idea {n}" for n in range(7)])

        def live_clusters() -> list[str]:
            return [c.id for c in ideas.board(ws, ch).clusters]

        states = [snapshot(ws, ch)]
        done = []
        for _step in range(data.draw(st.integers(1, 8), label="steps")):
            kind = data.draw(_OPS, label="operation")
            clusters = live_clusters()
            some_ideas = data.draw(st.lists(st.sampled_from(idea_ids), min_size=1, max_size=4, unique=True), label="ideas")
            try:
                if kind == "add_cluster":
                    name = data.draw(st.sampled_from(["", "Theme", "Other"]), label="name")
                    changes = ideas.add_cluster(ws, ch, name, idea_ids=data.draw(
                        st.lists(st.sampled_from(idea_ids), max_size=4, unique=True), label="members"))
                elif kind == "move":
                    target = data.draw(st.sampled_from([None, *clusters]), label="target")
                    before = data.draw(st.sampled_from([None, *idea_ids]), label="before")
                    changes = ideas.move_ideas(ws, some_ideas, target, before_id=before)
                elif kind == "merge" and len(clusters) >= 2:
                    chosen = data.draw(st.lists(st.sampled_from(clusters), min_size=2, max_size=3, unique=True), label="merge")
                    changes = ideas.merge_clusters(ws, chosen[0], chosen[1:])
                elif kind == "delete_cluster" and clusters:
                    changes = ideas.delete_cluster(ws, data.draw(st.sampled_from(clusters), label="delete"))
                elif kind == "mark":
                    keep = data.draw(st.sampled_from(idea_ids), label="keep")
                    changes = ideas.mark_duplicates(ws, keep, some_ideas)
                elif kind == "unmark":
                    changes = ideas.unmark_duplicates(ws, some_ideas)
                elif kind == "reorder" and clusters:
                    changes = ideas.reorder_clusters(ws, data.draw(st.permutations(clusters), label="order"))
                else:
                    continue
            except errors.InvalidValue:
                assert snapshot(ws, ch) == states[-1]  # a refused operation changes nothing
                continue
            if not changes:
                continue
            done.append(changes)
            states.append(snapshot(ws, ch))
            assert ideas.board(ws, ch).card_count() + sum(
                len(card.duplicates) for col in ideas.board(ws, ch).columns for card in col.cards) == len(idea_ids)
        undone = []
        for changes, state in zip(reversed(done), reversed(states[:-1])):
            undone.append(records.revert_changes(ws, changes))
            assert snapshot(ws, ch) == state
        assert snapshot(ws, ch) == states[0]
        for redo, state in zip(reversed(undone), states[1:]):
            records.revert_changes(ws, redo)
            assert snapshot(ws, ch) == state


# -- field stamps ------------------------------------------------------------------------------------------------------


def test_placement_and_text_have_their_own_stamps(ws: Workspace, challenge: str) -> None:
    a, b = add(ws, challenge, "a", "b")
    row = idea_row(ws, a)
    assert row["placed_at"] == row["edited_at"] == row["created_at"]
    k = cluster(ws, challenge, "K", [a])
    moved = idea_row(ws, a)
    assert moved["placed_at"] > row["placed_at"]
    assert moved["edited_at"] == row["edited_at"]
    assert moved["updated_at"] == moved["placed_at"]
    ideas.edit_idea(ws, a, text="better")
    edited = idea_row(ws, a)
    assert edited["edited_at"] > moved["edited_at"]
    assert edited["placed_at"] == moved["placed_at"]
    ideas.mark_duplicates(ws, b, [a])  # duplicate_of is part of the placement
    marked = idea_row(ws, a)
    assert marked["placed_at"] > edited["placed_at"] and marked["edited_at"] == edited["edited_at"]
    ideas.delete_ideas(ws, [a])  # deleted is part of the text's group
    deleted = idea_row(ws, a)
    assert deleted["edited_at"] > marked["edited_at"] and deleted["placed_at"] == marked["placed_at"]
    ideas.update_cluster(ws, k, name="renamed")  # other tables have no field stamps
    assert "placed_at" not in records.get(ws, "clusters", k)


def test_callers_cannot_set_stamp_columns(ws: Workspace, challenge: str) -> None:
    (a,) = add(ws, challenge, "a")
    for stamp in ("placed_at", "edited_at"):
        with pytest.raises(ValueError), ws.operation("test.stamp") as op:
            records.update_entity(op, "ideas", a, {stamp: "9999"})
        with pytest.raises(ValueError), ws.operation("test.stamp") as op:
            records.insert_entity(op, "ideas", {"challenge_id": challenge, "text": "x", stamp: "9999"})
    assert idea_row(ws, a)["placed_at"] != "9999" and len(ideas.ideas(ws, challenge)) == 1


# -- export ------------------------------------------------------------------------------------------------------------


@pytest.fixture
def export_board(ws: Workspace, challenge: str) -> dict[str, str]:
    anna = find_by_email(ws, "anna@example.fi")
    texts = ["=1+1", "+plus", "-minus", "@at", "plain", "unsorted one", "dup of plain"]
    ids = dict(zip("abcdefg", add(ws, challenge, *texts, author_id=anna, table_label="T1", language="en")))
    ids["K1"] = cluster(ws, challenge, "Formulas", [ids["b"], ids["a"]])
    ids["K2"] = cluster(ws, challenge, "", [ids["e"], ids["c"], ids["d"]])
    ideas.mark_duplicates(ws, ids["e"], [ids["g"]])
    return ids


def test_export_csv_in_board_order(ws: Workspace, challenge: str, export_board, tmp_path: Path) -> None:
    from eulac_desktop.core.ideas.export import IDEA_COLUMNS

    i = export_board
    out = tmp_path / "ideas.csv"
    assert ideas.export_ideas(ws, out) == 7
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == list(IDEA_COLUMNS)
    body = [dict(zip(IDEA_COLUMNS, r)) for r in rows[1:]]
    assert [r["id"] for r in body] == [i[k] for k in "f" "ba" "egcd"]
    assert [r["idea"] for r in body] == ["unsorted one", "'+plus", "'=1+1", "plain", "dup of plain", "'-minus", "'@at"]
    assert [r["cluster_number"] for r in body] == ["", "1", "1", "2", "2", "2", "2"]
    assert [r["cluster"] for r in body] == ["", "Formulas", "Formulas", "", "", "", ""]
    assert [r["duplicate_of"] for r in body] == ["", "", "", "", i["e"], "", ""]
    assert {r["challenge"] for r in body} == {"How might we open labs to SMEs?"}
    assert {(r["author"], r["table"], r["language"]) for r in body} == {("Anna Virtanen", "T1", "en")}
    assert not list(tmp_path.glob("*.part"))


def test_export_xlsx_has_ideas_and_clusters(ws: Workspace, challenge: str, export_board, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    i = export_board
    cluster(ws, challenge, "Empty")
    other = ideas.add_challenge(ws, "Second?").inserted["challenges"][0]
    (x,) = add(ws, other, "@second")
    out = tmp_path / "ideas.xlsx"
    assert ideas.export_ideas(ws, out) == 8
    book = load_workbook(out, read_only=True)
    assert book.sheetnames == ["Ideas", "Clusters"]
    idea_rows = [list(r) for r in book["Ideas"].iter_rows(values_only=True)]
    cluster_rows = [list(r) for r in book["Clusters"].iter_rows(values_only=True)]
    book.close()
    header = idea_rows[0]
    body = [dict(zip(header, r)) for r in idea_rows[1:]]
    assert [r["id"] for r in body] == [i[k] for k in "f" "ba" "egcd"] + [x]
    assert body[0]["cluster_number"] in (None, "")
    assert body[1]["cluster_number"] == 1  # numbers stay numbers
    assert body[1]["idea"] == "'+plus" and body[2]["idea"] == "'=1+1" and body[-1]["idea"] == "'@second"
    assert body[4]["duplicate_of"] == i["e"] and body[3]["duplicate_of"] in (None, "")
    assert body[-1]["challenge"] == "Second?"
    assert cluster_rows[0] == ["challenge", "cluster_number", "cluster", "ideas"]
    assert cluster_rows[1:] == [["How might we open labs to SMEs?", 1, "Formulas", 2],
                                ["How might we open labs to SMEs?", 2, None, 4],
                                ["How might we open labs to SMEs?", 3, "Empty", 0]]
    # one challenge only
    only = tmp_path / "only.xlsx"
    assert ideas.export_ideas(ws, only, other) == 1


@pytest.mark.parametrize("name", ["ideas.txt", "ideas.xls", "ideas"])
def test_export_refuses_an_unsupported_suffix(ws: Workspace, export_board, tmp_path: Path, name: str) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(errors.InvalidValue):
        ideas.export_ideas(ws, folder / name)
    assert list(folder.iterdir()) == []


# -- polls from clusters --------------------------------------------------------------------------------------------------


def test_poll_from_clusters(ws: Workspace, challenge: str) -> None:
    a, b, c, d, e = add(ws, challenge, "a", "b", "c", "d", "e")
    k1 = cluster(ws, challenge, "Data", [a])
    k2 = cluster(ws, challenge, "", [b])
    cluster(ws, challenge, "Skills")  # empty: no option
    k4 = cluster(ws, challenge, "DATA", [c, d])
    k5 = cluster(ws, challenge, "Mobility", [e])
    ideas.reorder_clusters(ws, [k5] + [k.id for k in ideas.board(ws, challenge).clusters if k.id != k5])
    poll_id = voting.create_poll_from_clusters(ws, challenge, params={"dots": 3}).inserted["polls"][0]
    poll = voting.get_poll(ws, poll_id)
    assert poll["title"] == "How might we open labs to SMEs?" and poll["method"] == "dots"
    assert poll["params"] == {"dots": 3} and poll["state"] == "draft"
    assert [(o["text"], o["cluster"]) for o in poll["options"]] == [
        ("Mobility", k5), ("Data (2)", k1), ("Theme 3", k2), ("DATA (5)", k4)]
    assert len({o["id"] for o in poll["options"]}) == 4
    titled = voting.create_poll_from_clusters(ws, challenge, "  Pick   themes ", "approval").inserted["polls"][0]
    assert voting.get_poll(ws, titled)["title"] == "Pick themes"
    assert voting.get_poll(ws, titled)["method"] == "approval"


def test_poll_from_clusters_needs_two_clusters_with_ideas(ws: Workspace, challenge: str) -> None:
    a, b = add(ws, challenge, "a", "b")
    with pytest.raises(errors.InvalidValue):
        voting.create_poll_from_clusters(ws, challenge)
    cluster(ws, challenge, "One", [a, b])
    cluster(ws, challenge, "Empty")
    with pytest.raises(errors.InvalidValue):
        voting.create_poll_from_clusters(ws, challenge)
    with pytest.raises(errors.InvalidValue):
        voting.create_poll_from_clusters(ws, "no-such-challenge")
    assert voting.polls(ws) == []


def test_poll_from_clusters_whose_numbered_name_collides(ws: Workspace, challenge: str) -> None:
    a, b, c = add(ws, challenge, "a", "b", "c")
    cluster(ws, challenge, "Data", [a])
    cluster(ws, challenge, "Data", [b])
    cluster(ws, challenge, "Data (2)", [c])
    poll_id = voting.create_poll_from_clusters(ws, challenge).inserted["polls"][0]
    texts = [o["text"].casefold() for o in voting.get_poll(ws, poll_id)["options"]]
    assert len(texts) == 3 and len(set(texts)) == 3


# -- the demo event ---------------------------------------------------------------------------------------------------------


def test_demo_event_has_two_challenges_with_ideas(tmp_path: Path) -> None:
    from eulac_desktop.core.demo import build_demo_event

    ws = build_demo_event(tmp_path / "demo.eulac")
    try:
        listed = ideas.challenges(ws)
        assert len(listed) == 2
        assert all(c["ideas"] > 0 and c["time_box"] and c["session_id"] for c in listed)
        everything = ideas.ideas(ws)
        assert {"es", "pt", "en"} <= {i["language"] for i in everything}
        assert all(i["author_id"] for i in everything)
        duplicates = 0
        for challenge in listed:
            board = ideas.board(ws, challenge["id"])
            assert board.columns[0].cards, "some ideas are unsorted"
            assert board.clusters and all(col.cards and col.name for col in board.clusters), "some ideas are clustered"
            duplicates += sum(len(card.duplicates) for col in board.columns for card in col.cards)
        assert duplicates == 1
        assert sum(1 for i in everything if i["duplicate_of"]) == 1
    finally:
        ws.close()
