"""The import's fast paths (issue 19: a 5,000-row list at about twice the cost of a bare insert) give what the plain
paths give: rows cleaned column by column and made at once, a chunk of new people added at once, likely duplicates
found column by column and described only when read, new people stored column by column, text lists read at once,
e-mail keys made in one pass."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from eulac_desktop.core import records
from eulac_desktop.core.event import create_event_file
from eulac_desktop.core.registration import add_participant, add_participants, importing, set_topics, tables
from eulac_desktop.core.registration.importing import MAX_MATCHES, SUMMARY_ROWS, apply_import, mapping_for, plan_import
from eulac_desktop.core.registration.people import CLOSE_NAME_SCORE, SET, PersonCleaner, validate_person
from eulac_desktop.core.registration.tables import read_text_table
from eulac_desktop.core.text import display_name, display_names, email_key, email_keys, fold
from eulac_desktop.core.workspace import Workspace

#: what a stored participant holds that the record contract or chance sets (ids, stamps, badge numbers)
CONTRACT = {"id", "event_id", "origin", "created_at", "updated_at", "profile_at", "badge_number"}


@pytest.fixture
def empty_ws(tmp_path: Path, device):
    """A new event without participants."""
    with create_event_file(tmp_path / "empty.eulac", name="Lab", start_date="2026-12-03", languages=["es", "en"],
                           device=device) as workspace:
        yield workspace


def plan_of(ws: Workspace, text: str) -> importing.ImportPlan:
    t = read_text_table(text.encode("utf-8"), "lista.csv")
    return plan_import(ws, t, mapping_for(t))


def stored(ws: Workspace) -> list[dict]:
    """The event's participants as stored, without what the contract or chance sets, in the order they were added."""
    cur = ws.conn.execute("SELECT * FROM participants ORDER BY rowid")
    names = [d[0] for d in cur.description]
    return [{k: v for k, v in zip(names, row) if k not in CONTRACT} for row in cur]


# -- likely duplicates ------------------------------------------------------------------------------


def test_likely_duplicates_are_described_only_as_they_are_read(empty_ws: Workspace, monkeypatch: pytest.MonkeyPatch):
    """A list of 60 namesakes flags 59 rows at once; the report describes its first `SUMMARY_ROWS` only, and each
    entry once however often it is read."""
    made: list[int] = []
    entry = importing.LikelyDuplicates._entry
    monkeypatch.setattr(importing.LikelyDuplicates, "_entry", lambda self, index: made.append(index) or entry(self, index))
    plan = plan_of(empty_ws, "Name,Email\n" + "".join(f"Ana Silva,ana{i}@example.org\n" for i in range(60)))
    assert len(plan.likely_duplicates) == 59 and made == []
    summary = plan.summary()
    assert summary["likely_duplicates_total"] == 59 and len(made) == SUMMARY_ROWS
    assert summary["likely_duplicates"][-1] == {"row": SUMMARY_ROWS + 2, "name": "Ana Silva", "more": SUMMARY_ROWS - MAX_MATCHES,
                                                "matches": [{"row": r, "name": "Ana Silva", "reason": "same_name_and_organisation"}
                                                            for r in range(2, 2 + MAX_MATCHES)]}
    assert plan.likely_duplicates[:3] == summary["likely_duplicates"][:3] and len(made) == SUMMARY_ROWS
    assert [e["row"] for e in plan.summary(limit=None)["likely_duplicates"]] == list(range(3, 62))


def _block(name: str) -> str:
    words = name.split()
    return f"{words[0][:2]} {words[-1][:2]}"


def plain_likely_duplicates(registered: list[tuple[str, str, str]], added: list[tuple[int, dict]]) -> list[dict]:
    """The likely duplicates as their rule says, one person at a time against everyone before them (the registered
    people first): the same folded name, or a very close one in the same block of initials; the `MAX_MATCHES`
    earliest of each kind of group, the registered first by name, then the rows in order; the others counted."""
    people = [(-1, pid, display_name({"given_name": g, "family_name": f}, safe=False), org) for pid, g, f, org in
              [(pid, *name.split("|"), org) for pid, name, org in registered]]
    people += [(row, row, display_name(person, safe=False), person.get("organisation") or "") for row, person in added]
    people = [(order, ref, shown, fold(shown), fold(org)) for order, ref, shown, org in people]
    flagged = []
    for i, (order, _ref, shown, name, org) in enumerate(people):
        if order < 0 or not name:
            continue
        same = [p for p in people[:i] if p[3] == name]
        close: dict[str, list] = {}
        for p in people[:i]:
            if p[3] and p[3] != name and _block(p[3]) == _block(name) and fuzz.ratio(p[3], name) >= CLOSE_NAME_SCORE:
                close.setdefault(p[3], []).append(p)
        count = len(same) + sum(len(group) for group in close.values())
        if not count:
            continue
        candidates = [(p, "same_name_and_organisation" if p[4] == org else "same_name") for p in same[:MAX_MATCHES]]
        for group in close.values():
            candidates += [(p, "close_name") for p in group[:MAX_MATCHES]]
        candidates.sort(key=lambda c: (max(c[0][0], 0), c[0][2]))
        entry = {"row": order, "name": shown, "matches": [
            {"participant_id" if p[0] < 0 else "row": p[1], "name": p[2], "reason": reason}
            for p, reason in candidates[:MAX_MATCHES]]}
        if count > MAX_MATCHES:
            entry["more"] = count - MAX_MATCHES
        flagged.append(entry)
    return flagged


#: names that are equal, differ by accents or case, are very close, share initials or are far apart
NAMES = ["Ana|Silva", "ana|silva", "Ána|Sílva", "Anna|Silva", "Ana|Silv\u0430", "Ana|Silvas", "Ana Maria|Silva", "Ana|",
         "|Silva", "Bruno|Souza", "Bruna|Souza", "Bruno|Sousa", "Zoë|Ng", "Zoe|Ng", "|", "Anabel|Silveira"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(registered=st.lists(st.tuples(st.sampled_from(NAMES), st.sampled_from(["UNI", "uni", "USP", ""])), max_size=4),
       rows=st.lists(st.tuples(st.sampled_from(NAMES), st.sampled_from(["UNI", "uni", "USP", ""])), min_size=1,
                     max_size=25))
def test_likely_duplicates_found_column_by_column_are_those_of_the_rule(empty_ws: Workspace, registered, rows):
    """The likely duplicates of a list, found column by column and described when read, are those that comparing each
    new person with everyone before them gives (`plain_likely_duplicates`), in the same order, with the same words."""
    ws = empty_ws
    ws.conn.execute("DELETE FROM participants")
    people = []
    for n, (name, org) in enumerate(registered):
        given, family = name.split("|")
        add_participant(ws, {"given_name": given or "", "family_name": family or "x", "organisation": org,
                             "email": f"r{n}@example.org"})
        people.append((ws.conn.execute("SELECT id FROM participants ORDER BY rowid DESC").fetchone()[0],
                       f"{given}|{family or 'x'}", org))
    text = "Given name,Family name,Email,Organisation\n" + "".join(
        f"{name.split('|')[0]},{name.split('|')[1]},p{n}@example.org,{org}\n" for n, (name, org) in enumerate(rows))
    plan = plan_of(ws, text)
    assert list(plan.likely_duplicates) == plain_likely_duplicates(people, plan.added)


# -- cleaning column by column --------------------------------------------------------------------------------------


def test_the_same_text_in_two_columns_is_cleaned_as_each_field_says(empty_ws: Workspace):
    """Each column's distinct values are cleaned once, remembered by field: a text in two columns of two fields
    ("es" a language and a country, "Ponente" an organisation and a role) is what each field makes of it."""
    set_topics(empty_ws, [{"code": "AI", "labels": {"en": "Artificial intelligence"}}])
    plan = plan_of(empty_ws, "Name,Languages,Country,Organisation,Role,Offers,Seeks\n"
                             "Ana,es,es,Ponente,Ponente,ai,AI\nBea,ES,ES,ponente,ponente,AI,ai\n")
    assert [person for _row, person in plan.added] == [
        {"given_name": "Ana", "family_name": "", "languages": "es", "country": "ES", "organisation": "Ponente",
         "role": "speaker", "offers": "AI", "seeks": "AI"},
        {"given_name": "Bea", "family_name": "", "languages": "es", "country": "ES", "organisation": "ponente",
         "role": "speaker", "offers": "AI", "seeks": "AI"}]


def _rows(count: int, start: int = 0) -> str:
    return "".join(f"Persona{i},Apellido{i % 7},p{i}@example.org,PE\n" for i in range(start, start + count))


def test_chunks_of_new_people_and_chunks_with_duplicates_or_known_people(empty_ws: Workspace):
    """A chunk whose rows are all new is added at once; a later chunk repeating an address of an earlier one (in
    another case), or naming a registered person, is planned row by row: the duplicate and the update are found."""
    add_participant(empty_ws, {"given_name": "Known", "family_name": "Person", "email": "known@example.org",
                               "country": "PE"})
    text = ("Nombre,Apellido,Correo,País\n" + _rows(1500) + "Otra,Vez,P10@Example.org,PE\n" + _rows(600, 1500)
            + "Known,Person,known@example.org,BR\n")
    plan = plan_of(empty_ws, text)
    assert len(plan.added) == 2100 and [d["first_row"] for d in plan.duplicates] == [12]
    assert [d["row"] for d in plan.duplicates] == [1502] and plan.duplicates[0]["email"] == "P10@example.org"
    assert [(row, new) for row, _id, new, _old in plan.updated] == [(2103, {"country": "BR"})]
    assert [row for row, _person in plan.added] == [*range(2, 1502), *range(1503, 2103)]


def test_the_plan_tells_its_progress_as_it_did_row_by_row(empty_ws: Workspace):
    """The plan tells its progress every 250 rows and at its end, whether its chunks are added at once or not."""
    told: list[tuple[int, int]] = []
    t = read_text_table(("Nombre,Correo\n" + "".join(f"P{i},p{i}@example.org\n" for i in range(1100))
                         + "P0,p0@example.org\n").encode(), "x.csv")
    plan_import(empty_ws, t, mapping_for(t), lambda done, total: told.append((done, total)) or True)
    assert told == [(250, 1101), (500, 1101), (750, 1101), (1000, 1101), (1101, 1101)]


# -- the new people kept as columns ----------------------------------------------------------------------------------


#: cells of a list's columns: plain values (a chunk of them is kept as columns), and blanks, choices, a role as a
#: word, an unknown country (rows made one by one, or refused)
ADDED_CELLS = {"name": ["Ana Silva", "Bea", "Souza, Caio", "Zoë Ng", ""],
               "organisation": ["USP", " Fiocruz  lab ", ""], "country": ["BR", "Perú", "", "Atlantis"],
               "role": ["ponente", "participant", ""], "gender": ["", "Mujer", "dragonkin"]}


def _added_rows(chosen: list[tuple[str, ...]], gender: bool) -> str:
    header = "Name,Email,Organisation,Country,Role" + (",Gender" if gender else "")
    return header + "\n" + "".join(",".join([name, f"p{n}@example.org", *rest][:6 if gender else 5]) + "\n"
                                    for n, (name, *rest) in enumerate(chosen))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(chosen=st.lists(st.tuples(*map(st.sampled_from, ADDED_CELLS.values())), min_size=1, max_size=12),
       gender=st.booleans(), chunk=st.integers(1, 5))
def test_the_new_people_read_every_way_are_those_made_one_by_one(empty_ws: Workspace, monkeypatch: pytest.MonkeyPatch,
                                                                 chosen, gender, chunk):
    """A plan keeps a chunk of plain rows as its columns of values and the other rows one by one (`AddedPeople`); read
    in order, by place, by slices, a field at a time, by row numbers or as runs to store, its new people are those
    `validate_person` makes of each valid row alone, fields in the same order."""
    text = _added_rows(chosen, gender)
    table = read_text_table(text.encode("utf-8"), "lista.csv")
    mapping = mapping_for(table)
    expected = []
    for cells, row in zip(table.rows, table.line_numbers):
        raw = {k: v for k, v in importing.row_values(table, mapping, cells).items()
               if v.strip() or k in ("given_name", "family_name")}
        clean, problems = validate_person(raw, None)
        if not problems:
            expected.append((row, list(clean.items())))
    monkeypatch.setattr(importing, "_CHUNK", chunk)
    added = plan_import(empty_ws, table, mapping).added
    assert [(row, list(person.items())) for row, person in added] == expected
    assert [(added[i][0], list(added[i][1].items())) for i in range(-len(added), len(added))] == expected * 2
    assert added[1:4] == added[1:4:1] == [(row, dict(items)) for row, items in expected[1:4]]
    assert added.rows() == [row for row, _items in expected]
    for key in ("given_name", "organisation", "country", "role", "gender_text"):
        assert added.column(key) == [dict(items).get(key) for _row, items in expected]
    for start, stop in ((0, len(added)), (1, len(added) - 1), (chunk - 1, chunk + 2)):
        people = [dict(zip(fields, values)) for count, fields in added.runs(start, stop)
                  for values in zip(*fields.values())]
        for person in people:  # (with the matching key of the e-mail when the plan made it)
            assert person.pop("email_key", email_key(person["email"])) == email_key(person["email"])
        assert people == [dict(items) for _row, items in expected[start:stop]]
        assert sum(count for count, _fields in added.runs(start, stop)) == len(expected[start:stop])
    with pytest.raises(IndexError):
        added[len(added)]


def test_people_kept_as_columns_are_stored_as_one_by_one(tmp_path: Path, device, monkeypatch: pytest.MonkeyPatch):
    """Chunks kept as columns of values and rows made one by one, stored together, are stored as adding each person
    would store them (`add_participants`), in the list's order."""
    monkeypatch.setattr(importing, "_CHUNK", 2)
    text = _added_rows([("Ana Silva", "USP", "BR", "ponente"), ("Bea", "", "BR", "participant"),
                        ("Caio Lu", "USP", "Perú", "participant"), ("Dan Oz", "CNRS", "BR", "ponente"),
                        ("Eva Ng", "USP", "", ""), ("Fé Ruiz", "UNAM", "MX", "participant")], gender=False)
    with create_event_file(tmp_path / "a.eulac", name="A", device=device) as imported, \
            create_event_file(tmp_path / "b.eulac", name="B", device=device) as added:
        plan = plan_of(imported, text)
        assert [block.people is None for block in plan.added._blocks] == [False, True, False]
        apply_import(imported, plan)
        add_participants(added, [person for _row, person in plan.added])
        assert stored(imported) == stored(added)


MESSY = ["Ana", "  José   Pérez ", "", "   ", "x" * 201, "ana@example.org", "ANA@Example.org", "bad@", "Perú", "BR",
         "Atlantis", "ponente", "dragon", "es; en", "klingon", "AI", "zzz", "sí", "maybe", "Mujer", "dragonkin", None]


@settings(max_examples=80, deadline=None)
@given(key=st.sampled_from(["given_name", "email", "organisation", "country", "role", "languages", "offers",
                            "consent_photo", "gender", "gender_text", "shoe_size"]),
       columns=st.lists(st.lists(st.sampled_from(MESSY).filter(lambda c: c is not None), max_size=6), min_size=1,
                        max_size=3),
       blank_left_out=st.booleans())
def test_a_columns_values_are_its_outcomes_values_when_each_cell_takes_one(key, columns, blank_left_out):
    """`PersonCleaner.values` of a column (the same cleaner for several columns, as a list's chunks share one) gives
    the values of its outcomes (`column`) when each of them simply takes a value (an e-mail column: when each cell
    holds a valid address), else None."""
    cleaner, plain = PersonCleaner(frozenset({"AI"})), PersonCleaner(frozenset({"AI"}))
    for cells in columns:
        outcomes = plain.column(key, cells, blank_left_out)
        found = cleaner.values(key, cells, blank_left_out)
        if all(kind == SET for kind, _value, _text in outcomes) and (key != "email" or all(map(str.strip, cells))):
            assert found == [value for _kind, value, _text in outcomes]
        else:
            assert found is None
        assert cleaner.column(key, cells, blank_left_out) == outcomes


# -- storing column by column ---------------------------------------------------------------------------------------


def test_people_stored_column_by_column_are_stored_as_one_by_one(tmp_path: Path, device):
    """An import stores each new person as adding them one by one would (`add_participants`): the same columns, the
    defaults of a role and a photo consent, the matching key and the region; lists of people with other fields
    (an empty cell leaves its field out) are stored in runs."""
    text = ("Name,Email,Country,Role,Photo consent,Organisation\n"
            "Ana Silva,ana@example.org,Brasil,ponente,sí,USP\n"
            "Bea Ng,BEA@Example.org,,,,\n"
            "Cai Lu,cai@example.org,Francia,,no,CNRS\n"
            "Dan Oz,,Perú,organizador,yes,\n")
    with create_event_file(tmp_path / "a.eulac", name="A", device=device) as imported, \
            create_event_file(tmp_path / "b.eulac", name="B", device=device) as added:
        plan = plan_of(imported, text)
        apply_import(imported, plan)
        add_participants(added, [person for _row, person in plan.added])
        assert stored(imported) == stored(added)
        numbers = [r[0] for r in imported.conn.execute("SELECT badge_number FROM participants")]
        assert len(set(numbers)) == 4 and None not in numbers


def test_insert_columns_wants_a_value_of_each_column_for_each_row(empty_ws: Workspace):
    with empty_ws.operation("test") as op:
        with pytest.raises(ValueError, match="each row"):
            records.insert_columns(op, "participants", {"given_name": ["A", "B"], "family_name": ["C"]})
        with pytest.raises(ValueError, match="no column"):
            records.insert_columns(op, "participants", {"shoe_size": [42]})
        ids = records.insert_columns(op, "participants", {"given_name": ["A", "B"], "badge_number": [7, 8]})
    assert [r["given_name"] for r in map(lambda i: records.get(empty_ws, "participants", i), ids)] == ["A", "B"]


def test_insert_columns_stores_the_record_contract_as_insert_many(empty_ws: Workspace):
    """Rows inserted column by column, each row's stamp bound once for its times and its field stamps, hold what
    `insert_many` stores row by row: the event, the origin, not deleted, one stamp of their own in created_at,
    updated_at and profile_at (later than the rows before), erased 0."""
    contract = ("event_id", "origin", "deleted", "erased", "created_at", "updated_at", "profile_at", "given_name",
                "badge_number")
    query = f"SELECT {', '.join(contract)} FROM participants WHERE id = ?"
    with empty_ws.operation("test") as op:
        plain = records.insert_many(op, "participants", [{"given_name": "A", "badge_number": 7},
                                                         {"given_name": "B", "badge_number": 8}])
        columns = records.insert_columns(op, "participants", {"given_name": ["C", "D"], "badge_number": [9, 10]})
    rows = [dict(zip(contract, empty_ws.conn.execute(query, (i,)).fetchone())) for i in plain + columns]
    assert [r["given_name"] for r in rows] == ["A", "B", "C", "D"]
    for row in rows:
        assert (row["event_id"], row["origin"], row["deleted"], row["erased"]) == (
            empty_ws.event_id, empty_ws.device.id, 0, 0)
        assert row["created_at"] == row["updated_at"] == row["profile_at"]
    stamps = [r["created_at"] for r in rows]
    assert stamps == sorted(stamps) and len(set(stamps)) == 4


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(*[st.one_of(st.none(), st.sampled_from(["", "Ana", "José Pérez", "Zoë", "Ng"]))] * 2),
                max_size=12))
def test_display_names_of_two_columns_are_each_persons_display_name(people: list[tuple[str | None, str | None]]):
    """The names a likely duplicate is shown and compared by, made for columns at once (`display_names`), are each
    person's `display_name`."""
    givens, families = [given for given, _family in people], [family for _given, family in people]
    assert display_names(givens, families) == [display_name({"given_name": g, "family_name": f}, safe=False)
                                               for g, f in people]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.none(), st.just(""), st.text(max_size=12)), max_size=12))
def test_email_keys_are_each_addresses_email_key(emails: list[str | None]):
    assert email_keys(emails) == [email_key(e) if e else None for e in emails]


# -- reading text lists at once ----------------------------------------------------------------------------------


CELLS = ["Ana", "", " ", "José Pérez", 'say "hi"', "a,b", "a;b", "two\nlines", "cr\rline", "x" * 3, "Zoë"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(st.sampled_from(CELLS), max_size=4), max_size=8),
       ending=st.sampled_from(["\n", "\r\n", "\r"]), separator=st.sampled_from([",", ";"]),
       damage=st.sampled_from(["", '"', 'x"y', '\n"']))
def test_a_text_read_at_once_reads_as_record_by_record(monkeypatch: pytest.MonkeyPatch, rows, ending, separator,
                                                       damage):
    """`_parse` reads a text whose records are each one line at once; it gives what reading it record by record gives
    (header, rows, the line each starts on), quoted line breaks, blank lines and broken quotes included."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=separator, lineterminator=ending).writerows([["h1", "h2"], *rows])
    text = buffer.getvalue() + damage

    def parsed() -> object:
        try:
            return tables._parse(text, separator, "x.csv")
        except tables.UnreadableList as exc:
            return str(exc)

    quick = parsed()
    monkeypatch.setattr(tables, "_parse_lines", lambda text, separator: None)  # record by record
    assert quick == parsed()
