"""The participants' search kept in memory (registration.search): the same ids in the same order as the full-text
query, on random rooms and random searches, and after every kind of change, whoever makes it; a keystroke reads
nothing of the participants from the file."""

from __future__ import annotations

import contextlib
import sqlite3
import string
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eulac_desktop.core import records
from eulac_desktop.core.event import create_event_file
from eulac_desktop.core.registration import (
    add_participant,
    add_participants,
    delete_participants,
    erase_participant,
    merge_participants,
    participant_ids,
    restore_participants,
    unmerge_participants,
    update_participant,
)
from eulac_desktop.core.registration.importing import import_file
from eulac_desktop.core.registration.search import (
    FtsWords,
    ids_by_query,
    keep_search_index,
    people_index,
    prepare_search_index,
)
from eulac_desktop.core.workspace import Workspace

#: letters with and without accents, a ligature, dotted and dotless i, sharp s, digits, a combining accent (a mark
#: that folds to nothing), an underscore and punctuation (separators to FTS5, word characters or not to Python),
#: an emoji and a zero-width space
ALPHABET = "aeiouAEIOUéÉèçÇãõñÑüÜøØßİ\u0131ǅﬁ²0123456789\u0301_'-. @😀\u200b"
WORDS = ["Ana", "Ána", "María", "Maria", "Mar", "José", "Jose", "Conceição", "Müller", "Muller", "Ñandú", "O'Brien",
         "van", "de", "Silva", "Straße", "İstanbul", "ﬁne"]


def text_of(draw: st.DrawFn) -> str:
    """Some words of `WORDS` and random characters of `ALPHABET`."""
    parts = draw(st.lists(st.one_of(st.sampled_from(WORDS), st.text(ALPHABET, min_size=1, max_size=6)), max_size=3))
    return " ".join(parts)


@st.composite
def rooms(draw: st.DrawFn) -> list[dict[str, object]]:
    """Up to 12 people with random names, organisations, e-mails and filter fields; some deleted or erased."""
    people = []
    for _ in range(draw(st.integers(0, 12))):
        people.append({
            "given_name": text_of(draw) or None, "family_name": text_of(draw) or None,
            "organisation": draw(st.sampled_from([None, "", "UNI", "Fiocruz", "Universidad de São Paulo", "ﬁrst_lab"])),
            "email": draw(st.sampled_from([None, "ana.maria@uni.example", "jose_perez@fiocruz.br", "x@y.z"])),
            "country": draw(st.sampled_from([None, "BR", "PE", "FI"])),
            "region": draw(st.sampled_from([None, "EU", "LAC"])),
            "role": draw(st.sampled_from([None, "speaker", "participant"])),
            "languages": draw(st.sampled_from([None, "", "es", "pt;ES", "en;es", "es_x"])),
            "gender": draw(st.sampled_from([None, "woman", "man"])),
            "stakeholder": draw(st.sampled_from([None, "academia"])),
            "erased": draw(st.sampled_from([0, 0, 0, 1])),
            "deleted": draw(st.sampled_from([0, 0, 0, 1])),
        })
    return people


@st.composite
def searches(draw: st.DrawFn) -> dict[str, object]:
    """A search as the page makes it: a prefix of a word or random characters, and some filters."""
    word = draw(st.sampled_from(WORDS))
    text = draw(st.one_of(st.just(""), st.just(word[:draw(st.integers(1, len(word)))]),
                          st.text(ALPHABET, max_size=5), st.builds(" ".join, st.lists(st.sampled_from(WORDS), max_size=2)),
                          st.sampled_from(["a b", "ma jo", "uni", "_", "é", "\u0301a", "a\u0301", "ss", "i", "fi", "2"])))
    filters = {"search": text}
    for column, values in (("country", ["BR", "PE"]), ("region", ["EU", "LAC", "not_given"]),
                           ("role", ["speaker"]), ("language", ["es", "ES", "pt", "es_x", "e%"]),
                           ("gender", ["woman", "not_given"])):
        if draw(st.booleans()) and draw(st.booleans()):
            filters[column] = draw(st.sampled_from(values))
    return filters


def put_room(ws: Workspace, people: list[dict[str, object]]) -> None:
    """Write the room as it is (no validation: any text a file may hold), through the search index's trigger."""
    with ws.operation("test.room") as op:
        for person in people:
            pid = records.insert_entity(op, "participants", {k: v for k, v in person.items() if k != "deleted"})
            if person["deleted"]:
                records.soft_delete(op, "participants", pid)


@pytest.fixture(scope="module")
def room_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rooms") / "room.eulac"
    create_event_file(path, name="Rooms").close()
    return path


@st.composite
def edits(draw: st.DrawFn) -> list[tuple[int, dict[str, object] | None]]:
    """Changes to people of a room by their place in it: new names (or an erasure), or a delete (None)."""
    return draw(st.lists(st.tuples(st.integers(0, 11), st.one_of(st.none(), st.fixed_dictionaries({
        "given_name": st.none() | st.sampled_from(WORDS), "family_name": st.sampled_from(WORDS),
        "erased": st.sampled_from([0, 1])}))), max_size=4))


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(room=rooms(), asked=st.lists(searches(), min_size=1, max_size=4), changed=edits())
def test_the_index_finds_what_the_full_text_query_finds_in_the_same_order(room_file: Path, room, asked, changed):
    def same_answers() -> None:
        for search in asked:
            text = str(search["search"])
            filters = {k: v for k, v in search.items() if k != "search"}
            assert participant_ids(ws, text, **filters) == ids_by_query(ws, text, **filters), search  # type: ignore[arg-type]

    with Workspace.open(room_file) as ws:
        keep_search_index(ws)
        with ws.operation("test.empty") as op:  # each example starts from an empty room
            for (pid,) in ws.conn.execute("SELECT id FROM participants WHERE deleted = 0").fetchall():
                records.soft_delete(op, "participants", pid)
        put_room(ws, room)
        same_answers()
        ids = [pid for (pid,) in ws.conn.execute("SELECT id FROM participants WHERE deleted = 0 ORDER BY rowid")]
        for at, values in changed:  # then the index takes in each change alone
            if at < len(ids):
                with ws.operation("test.edit") as op:
                    if values is None:
                        records.soft_delete(op, "participants", ids[at])
                    else:
                        records.update_entity(op, "participants", ids[at], values)
                same_answers()


@settings(max_examples=200)
@given(st.lists(st.text(ALPHABET + string.ascii_letters + "ÆŒĲǈǋ\u0300\u0327\u05b0\u0e31\u093f\x1f", max_size=20),
                min_size=1, max_size=3))
def test_words_are_cut_and_folded_as_fts5_does(texts: list[str]):
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'unicode61 remove_diacritics 2')")
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, instance)")
    conn.executemany("INSERT INTO t (rowid, x) VALUES (?, ?)", enumerate(texts))
    expected = [{term for (term,) in conn.execute("SELECT term FROM v WHERE doc = ?", (n,)) if term}
                for n in range(len(texts))]
    words = FtsWords("unicode61 remove_diacritics 2")
    assert [words.words(text) for text in texts] == expected
    assert words.words_of_each(texts) == expected


# -- following the changes ---------------------------------------------------------------------------------------


@contextlib.contextmanager
def statements(ws: Workspace) -> Iterator[list[str]]:
    """The SQL statements run on the workspace's connection within the block."""
    run: list[str] = []
    ws.conn.set_trace_callback(run.append)
    try:
        yield run
    finally:
        ws.conn.set_trace_callback(None)


def typed(ws: Workspace, text: str, **filters: str) -> list[str]:
    """The ids a search finds, checked against the full-text query, and found without reading a participant from
    the file (the index took in the changes before, `people_index`, and read everyone's words at a first search)."""
    people_index(ws)
    participant_ids(ws, "first")
    with statements(ws) as run:
        found = participant_ids(ws, text, **filters)  # type: ignore[arg-type]
    assert [sql for sql in run if "FROM participants" in sql or "MATCH" in sql] == []
    assert found == ids_by_query(ws, text, **filters)  # type: ignore[arg-type]
    return found


def refreshed_by_rereading(ws: Workspace, change: Callable[[], object]) -> list[str]:
    """Make a change, then let the index take it in; the statements it ran for that."""
    change()
    with statements(ws) as run:
        people_index(ws)
    return run


@pytest.fixture
def ws(event_file: Path) -> Iterator[Workspace]:
    with Workspace.open(event_file) as opened:
        keep_search_index(opened)
        yield opened


def test_a_keystroke_reads_nothing_of_the_people_from_the_file(ws: Workspace):
    assert len(typed(ws, "")) == 3
    assert len(typed(ws, "a")) == 2  # Araújo, Anna (and jose's "example.org" is no word starting with a)
    assert typed(ws, "jos", country="PE") == typed(ws, "pérez")
    assert typed(ws, "zz") == []


def test_the_index_follows_walk_ins_edits_undo_deletes_merges_and_erasures(ws: Workspace):
    assert typed(ws, "joa") == []
    walk_in = add_participant(ws, {"given_name": "Joana", "family_name": "Abreu", "email": "joana@walk.example",
                                   "country": "PT"})
    joana = walk_in.inserted["participants"][0]
    assert typed(ws, "joa") == [joana] and typed(ws, "")[0] == joana  # Abreu comes first

    edit = update_participant(ws, joana, {"family_name": "Zúñiga"})
    assert typed(ws, "zuniga") == [joana] and typed(ws, "abreu") == [] and typed(ws, "")[-1] == joana
    run = refreshed_by_rereading(ws, lambda: records.revert_changes(ws, edit))  # the app's undo of an edit
    assert not any("deleted = 0" in sql for sql in run), "one edit re-reads one record, not everyone"
    assert typed(ws, "abreu") == [joana] and typed(ws, "zuniga") == []

    delete_participants(ws, [joana])
    assert typed(ws, "joana") == []
    restore_participants(ws, [joana])
    assert typed(ws, "joana") == [joana]

    jose = typed(ws, "jose")[0]
    merge = merge_participants(ws, jose, joana)
    assert typed(ws, "joana") == [] and typed(ws, "jo") == [jose]  # the merged record left the list
    unmerge_participants(ws, merge)
    assert sorted(typed(ws, "jo")) == sorted([jose, joana])

    records.revert_changes(ws, walk_in)  # the undo of the walk-in
    assert typed(ws, "joana") == []

    erase_participant(ws, jose)
    assert typed(ws, "jose") == [] and typed(ws, "")[-1] == jose  # erased: unnamed, last


def test_the_index_follows_an_import_and_what_other_connections_write(ws: Workspace, tmp_path: Path):
    assert typed(ws, "ru") == []
    listing = tmp_path / "lista.csv"
    listing.write_text("Nombre;Apellido;Correo\nAna;Ruiz;ana@example.org\nLuis;Rubio;luis@example.org\n", encoding="utf-8")
    import_file(ws, listing)
    assert len(typed(ws, "ru")) == 2
    with ws.for_worker() as other:  # the phones' server and venue sync write on connections of their own (no index)
        luis = participant_ids(other, "luis")[0]
        update_participant(other, luis, {"given_name": "Lúcio"})
        add_participants(other, [{"given_name": "Rui", "family_name": "Costa", "email": "rui@example.org"}])
    assert len(typed(ws, "ru")) == 3 and typed(ws, "lucio rubio") == [luis]


def test_inside_a_transaction_the_query_answers_and_a_rollback_leaves_the_index_right(ws: Workspace):
    assert typed(ws, "nadia") == []

    class Cancelled(Exception):
        pass

    with pytest.raises(Cancelled), ws.operation("test.cancelled") as op:
        records.insert_entity(op, "participants", {"given_name": "Nadia", "family_name": "Zuri"})
        assert len(participant_ids(ws, "nadia")) == 1  # its own uncommitted row, as the query sees it
        raise Cancelled
    assert typed(ws, "nadia") == []
    add_participant(ws, {"given_name": "Nadia", "family_name": "Zuri"})  # the audit row takes the same number
    assert len(typed(ws, "nadia")) == 1


def test_changes_made_while_the_words_are_read_a_step_at_a_time_are_in_the_index(ws: Workspace,
                                                                                  monkeypatch: pytest.MonkeyPatch):
    """The page reads the index's words a step at a time while the window idles (`prepare_search_index`): whatever
    changes between two steps, by this connection or another, is in the index once they are all read, and the
    first key then reads nothing of the people from the file."""
    monkeypatch.setattr("eulac_desktop.core.registration.search._BUILD_CHUNK", 1)  # a person per step: a change falls between any two
    participant_ids(ws, "")  # the list shown: its order alone
    jose, anna = ids_by_query(ws, "jose")[0], ids_by_query(ws, "anna")[0]
    added: list[str] = []

    def walk_in() -> None:
        added.extend(add_participant(ws, {"given_name": "Joana", "family_name": "Abreu"}).inserted["participants"])

    def by_another_connection() -> None:
        with ws.for_worker() as other:
            update_participant(other, anna, {"given_name": "Annika"})
            add_participants(other, [{"given_name": "Rui", "family_name": "Costa", "email": "rui@example.org"}])

    conceicao = ids_by_query(ws, "conceicao")[0]
    changes: list[Callable[[], object] | None] = [
        lambda: update_participant(ws, jose, {"family_name": "Zúñiga"}), walk_in, by_another_connection,
        *[None] * 6,  # (steps reading the texts, then the first words)
        lambda: update_participant(ws, conceicao, {"given_name": "Concha"}),  # words read: dropped, read again
        lambda: delete_participants(ws, [added[0]]), lambda: restore_participants(ws, [added[0]]),
        lambda: update_participant(ws, added[0], {"given_name": "Joanna"}), lambda: erase_participant(ws, jose)]
    steps = 0
    while not prepare_search_index(ws, 0):
        steps += 1
        if changes and (change := changes.pop(0)) is not None:
            change()
    assert not changes, "every change fell between two steps"
    with statements(ws) as run:
        participant_ids(ws, "j")
    assert [sql for sql in run if "FROM participants" in sql or "MATCH" in sql] == []
    for text in ("", "j", "joanna", "joana", "zuniga", "perez", "annika", "anna", "rui", "costa", "a", "concha", "co"):
        assert typed(ws, text) == ids_by_query(ws, text), text
    assert typed(ws, "joanna abreu") == added and typed(ws, "zuniga") == []
