"""Participants one by one (core/registration/people.py): validation, walk-ins, edits, delete and
restore, merging two records of one person, GDPR erasure, search and filters, and the event's topics.

Each change is one audited operation; erasure must leave the old values nowhere — not in the row,
not in the full-text index, not in the audit log, and not in the bytes of the closed file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eulac_desktop.core import errors, records
from eulac_desktop.core.registration import (
    add_participant,
    add_participants,
    delete_participants,
    erase_participant,
    event_topics,
    filter_values,
    find_by_email,
    merge_participants,
    participant_count,
    participant_ids,
    participant_rows,
    people,
    restore_participants,
    set_topics,
    update_participant,
    validate_person,
)
from eulac_desktop.core.registration.people import MAX_LENGTH, problem_text
from eulac_desktop.core.text import fold, safe_display
from eulac_desktop.core.workspace import Workspace

# A family name that occurs nowhere else, so its bytes can be looked for in the file.
ERASED = {"given_name": "Grzegorz", "family_name": "Zzyzxwąłek", "email": "grzegorz.q@example.pl",
          "organisation": "Politechnika Qwxyzowa", "country": "PL", "languages": "pl;en", "role": "speaker"}


@pytest.fixture
def ws(event_file: Path):
    """The fixture event (José Pérez, Conceição Araújo, Anna Virtanen), open for writing."""
    with Workspace.open(event_file) as workspace:
        yield workspace


def audit_count(ws: Workspace) -> int:
    return ws.conn.execute("SELECT count(*) FROM audit").fetchone()[0]


def row(ws: Workspace, pid: str) -> dict:
    return records.get(ws, "participants", pid, include_deleted=True)


def names(ws: Workspace, ids: list[str]) -> list[str]:
    rows = participant_rows(ws, ids)
    return [f"{rows[i]['given_name']} {rows[i]['family_name']}" for i in ids]


# -- validation ---------------------------------------------------------------------------------


def test_values_as_found_in_a_list_are_cleaned():
    clean, problems = validate_person({
        "given_name": "  María   José ", "family_name": "García  López", "email": " Maria@Example.ORG ",
        "organisation": " PUCP ", "country": "Perú", "role": "Ponente", "languages": "español; inglés, pt",
        "offers": "a1; b2", "seeks": "", "consent_photo": "sí", "unknown_column": "ignored",
    }, topics={"A1", "B2"})
    assert problems == []
    assert clean == {"given_name": "María José", "family_name": "García López", "email": "Maria@example.org",
                     "organisation": "PUCP", "country": "PE", "role": "speaker", "languages": "es;en;pt",
                     "offers": "A1;B2", "seeks": "", "consent_photo": 1}


@pytest.mark.parametrize("values, field, reason", [
    ({"given_name": "Ana", "email": "ana.example.org"}, "email", "is not a valid e-mail address"),
    ({"given_name": "Ana", "email": "ana@"}, "email", "is not a valid e-mail address"),
    ({"given_name": "Ana", "email": "ana souza@example.org"}, "email", "is not a valid e-mail address"),
    ({"given_name": "Ana", "email": "ana@localhost"}, "email", "is not a valid e-mail address"),
    ({"given_name": "", "family_name": "  ", "email": "x@example.org"}, "given_name", "needs a given or a family name"),
    ({"given_name": "Ana", "country": "Narnia"}, "country", "unknown country “Narnia”"),
    ({"given_name": "Ana", "role": "boss"}, "role", "unknown role “boss”"),
    ({"given_name": "Ana", "languages": "es; klingon"}, "languages", "unknown language “klingon”"),
    ({"given_name": "Ana", "offers": "A1; Z9"}, "offers", "not among the event's topics: Z9"),
    ({"given_name": "Ana", "consent_photo": "quizás"}, "consent_photo", "neither yes nor no"),
    ({"given_name": "x" * 101}, "given_name", "longer than 100 characters"),
    ({"given_name": "Ana", "family_name": "y" * 10_000}, "family_name", "longer than 100 characters"),
    ({"given_name": "Ana", "organisation": "o" * 201}, "organisation", "longer than 200 characters"),
    ({"given_name": "Ana", "email": "e" * 250 + "@x.org"}, "email", "longer than 254 characters"),
], ids=["no-at", "no-domain", "space", "no-tld", "no-name", "country", "role", "language", "topic", "consent",
        "given-101", "family-10000", "organisation-201", "email-256"])
def test_problems_name_the_field_and_the_reason(values: dict, field: str, reason: str):
    _clean, problems = validate_person(values, topics={"A1", "B2"})
    assert [p[0] for p in problems] == [field]
    assert reason in problem_text(problems[0])


@pytest.mark.parametrize("field", ["given_name", "family_name", "organisation", "email"])
def test_a_value_at_the_length_limit_is_accepted_and_one_more_character_is_not(field: str):
    limit = MAX_LENGTH[field]

    def value(length: int) -> str:
        if field != "email":
            return "a" * length
        domain = "b" * 63 + "." + "c" * 63 + "." + "d" * (length - 64 - 1 - 63 - 1 - 63 - 1 - 4) + ".org"
        return "a" * 64 + "@" + domain  # labels of at most 63 characters, as e-mail syntax wants

    assert validate_person({"given_name": "Ana", field: value(limit)})[1] == []
    assert [p[0] for p in validate_person({"given_name": "Ana", field: value(limit + 1)})[1]] == [field]


def test_without_topics_any_topic_code_is_accepted():
    clean, problems = validate_person({"given_name": "Ana", "offers": "zz9", "seeks": "q1;Q1"}, topics=None)
    assert problems == [] and clean["offers"] == "ZZ9" and clean["seeks"] == "Q1"


# -- adding -------------------------------------------------------------------------------------


def test_a_walk_in_is_added_with_its_region_and_audited(ws: Workspace):
    before, audits = participant_count(ws), audit_count(ws)
    changes = add_participant(ws, {"given_name": "Lucía", "family_name": "Fernández", "email": "lucia@example.pe",
                                   "country": "Perú", "languages": "es"})
    pid = changes.inserted["participants"][0]
    person = row(ws, pid)
    assert (person["country"], person["region"], person["role"], person["email_key"]) == ("PE", "LAC", "participant",
                                                                                          "lucia@example.pe")
    assert participant_count(ws) == before + 1
    assert audit_count(ws) == audits + 1
    assert find_by_email(ws, " LUCIA@example.PE ") == pid


def test_a_walk_in_with_a_registered_email_is_refused(ws: Workspace):
    before = participant_count(ws)
    with pytest.raises(errors.InvalidValue) as refused:
        add_participant(ws, {"given_name": "Otro", "email": "  JOSE@Example.org "})
    assert "already registered" in refused.value.text()
    assert participant_count(ws) == before


def test_an_invalid_walk_in_is_refused_with_the_field(ws: Workspace):
    with pytest.raises(errors.InvalidValue) as refused:
        add_participant(ws, {"given_name": "Ana", "email": "ana@"})
    assert refused.value.text().startswith("E-mail:")
    with pytest.raises(errors.InvalidValue):
        add_participant(ws, {"given_name": "", "family_name": ""})


def test_script_tags_and_bidi_overrides_are_stored_as_given_and_shown_escaped(ws: Workspace):
    given, family = "<script>alert('x')</script>", "Souza\u202egpj.exe"
    pid = add_participant(ws, {"given_name": given, "family_name": family}).inserted["participants"][0]
    person = row(ws, pid)
    assert (person["given_name"], person["family_name"]) == (given, family)
    assert safe_display(person["family_name"]) == "Souza<U+202E>gpj.exe"
    assert safe_display(person["given_name"]) == given  # markup is text: shown, never interpreted


def test_adding_many_is_one_transaction_and_cancel_leaves_nothing(ws: Workspace):
    before, audits = participant_count(ws), audit_count(ws)
    people = [{"given_name": f"Persona {i}", "email": f"p{i}@example.org"} for i in range(600)]
    calls: list[tuple[int, int]] = []

    def cancel_at_500(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 500

    with pytest.raises(errors.Cancelled):
        add_participants(ws, people, progress=cancel_at_500)
    assert calls == [(250, 600), (500, 600)]
    assert (participant_count(ws), audit_count(ws)) == (before, audits)
    add_participants(ws, people[:10])
    assert (participant_count(ws), audit_count(ws)) == (before + 10, audits + 1)


# -- editing, deleting ----------------------------------------------------------------------------


def test_an_edit_returns_the_previous_values_and_updates_the_region(ws: Workspace):
    pid = find_by_email(ws, "jose@example.org")
    changes = update_participant(ws, pid, {"organisation": "PUCP", "country": "España"})
    # every field the operation changed, each with its value from before the operation (the region too)
    assert changes.previous["participants"][pid] == {"organisation": "UNI", "country": "PE", "region": "LAC"}
    assert (row(ws, pid)["country"], row(ws, pid)["region"]) == ("ES", "EU")


def test_an_edit_cannot_take_someone_elses_email(ws: Workspace):
    pid = find_by_email(ws, "jose@example.org")
    with pytest.raises(errors.InvalidValue):
        update_participant(ws, pid, {"email": "C@EXAMPLE.ORG"})
    with pytest.raises(errors.InvalidValue):
        update_participant(ws, pid, {"email": "not an address"})
    update_participant(ws, pid, {"email": "Jose.Perez@example.org"})
    assert find_by_email(ws, "jose.perez@example.org") == pid and find_by_email(ws, "jose@example.org") is None


def test_an_edit_of_someone_gone_is_refused(ws: Workspace):
    with pytest.raises(errors.InvalidValue):
        update_participant(ws, "no-such-id", {"organisation": "X"})


def test_delete_and_restore(ws: Workspace):
    pid = find_by_email(ws, "anna@example.fi")
    delete_participants(ws, [pid])
    assert pid not in participant_ids(ws) and find_by_email(ws, "anna@example.fi") is None
    assert row(ws, pid)["deleted"] == 1  # a tombstone, not gone
    restore_participants(ws, [pid])
    assert pid in participant_ids(ws) and find_by_email(ws, "anna@example.fi") == pid


# -- merging ------------------------------------------------------------------------------------


def test_merge_completes_the_kept_record_and_leaves_a_tombstone(ws: Workspace):
    kept = add_participant(ws, {"given_name": "María", "family_name": "García", "languages": "es", "offers": "A1",
                                "consent_photo": 0}).inserted["participants"][0]
    merged = add_participant(ws, {"given_name": "Maria", "family_name": "Garcia", "email": "mg@example.pe",
                                  "organisation": "PUCP", "country": "PE", "languages": "en;es", "offers": "B2",
                                  "seeks": "C3", "role": "speaker", "consent_photo": 1}).inserted["participants"][0]
    before = participant_count(ws)
    merge_participants(ws, kept, merged)
    person = row(ws, kept)
    assert (person["given_name"], person["family_name"]) == ("María", "García")  # the kept one's own values stay
    assert (person["email"], person["organisation"], person["country"], person["region"]) == (
        "mg@example.pe", "PUCP", "PE", "LAC")  # missing fields taken from the other
    assert (person["languages"], person["offers"], person["seeks"]) == ("es;en", "A1;B2", "C3")  # united
    assert person["consent_photo"] == 0  # consent is never taken from another record
    assert person["role"] == "participant"
    gone = row(ws, merged)
    assert (gone["deleted"], gone["merged_into"], gone["email"]) == (1, kept, None)
    assert ws.conn.execute("SELECT kept_id, merged_id FROM participant_merges").fetchall() == [(kept, merged)]
    assert participant_count(ws) == before - 1
    assert find_by_email(ws, "mg@example.pe") == kept


def test_people_counts_whom_the_rule_counts_and_the_others_only_when_asked(ws: Workspace):
    """`people` is the one read of the participants: deleted, merged and erased records left out unless asked."""
    from eulac_desktop.core.p2p import plan_names

    add = lambda values: add_participant(ws, values).inserted["participants"][0]  # noqa: E731
    kept = add({"given_name": "María", "family_name": "García", "email": "maria@example.pe"})
    merged = add({"given_name": "Maria", "family_name": "Garcia", "email": "mg@example.pe"})
    gone = add({"given_name": "Ana", "family_name": "Souza", "email": "ana@example.br"})
    erased = add({"given_name": "Grzegorz", "family_name": "Zzyzx", "email": "gz@example.pl"})
    merge_participants(ws, kept, merged)
    delete_participants(ws, [gone])
    erase_participant(ws, erased)
    counted = {p["id"] for p in people(ws)}
    assert kept in counted and not counted & {merged, gone, erased}
    assert len(counted) == participant_count(ws)  # the same rule as the counts
    assert {merged, gone} <= {p["id"] for p in people(ws, deleted=True)} and erased not in counted
    assert erased in {p["id"] for p in people(ws, erased=True)}
    assert [p["id"] for p in people(ws)] == sorted(counted)
    assert set(people(ws, ("given_name", "merged_into", "no_such_column"))[0]) == {"id", "given_name", "merged_into"}
    names = plan_names(ws, erased="(erased)")  # how a saved plan's ids and e-mails are named
    assert (names[kept], names["maria@example.pe"], names[merged], names[gone]) == (
        "María García", "María García", "Maria Garcia", "Ana Souza")
    assert (names[erased], plan_names(ws)[erased]) == ("(erased)", erased)  # nameless: the id


def test_merge_needs_two_different_existing_people(ws: Workspace):
    pid = find_by_email(ws, "jose@example.org")
    with pytest.raises(errors.InvalidValue):
        merge_participants(ws, pid, pid)
    with pytest.raises(errors.InvalidValue):
        merge_participants(ws, pid, "no-such-id")


# -- erasing ------------------------------------------------------------------------------------


def _erase_someone(event_file: Path) -> str:
    with Workspace.open(event_file) as ws:
        pid = add_participant(ws, ERASED).inserted["participants"][0]
        update_participant(ws, pid, {"organisation": ERASED["organisation"] + " Wydział"})  # one more audited value
    with Workspace.open(event_file) as ws:
        assert participant_ids(ws, "zzyzxwąłek") == [pid]
        changes = erase_participant(ws, pid)
        assert "participants" not in changes.previous  # not even kept for undo
    return pid


def test_erase_removes_the_personal_data_from_the_row_and_the_search(event_file: Path):
    pid = _erase_someone(event_file)
    with Workspace.open(event_file) as ws:
        person = row(ws, pid)
        assert (person["given_name"], person["family_name"], person["email"], person["email_key"],
                person["organisation"], person["erased"]) == ("", "", None, None, "", 1)
        assert (person["country"], person["region"], person["languages"]) == ("PL", "EU", "pl;en")  # counts stay right
        for text in ("Zzyzxwąłek", "zzyzxwąłek", "Grzegorz", "Qwxyzowa", "grzegorz.q"):
            assert participant_ids(ws, text) == [], text
        assert find_by_email(ws, ERASED["email"]) is None
        assert ws.conn.execute("SELECT participant_id FROM erasures").fetchall() == [(pid,)]
        audit = " ".join(str(v) for r in ws.conn.execute("SELECT * FROM audit") for v in r)
        assert "participants.erase" in audit
        for old in ("Zzyzxw", "Grzegorz", "Qwxyzowa", "grzegorz.q"):
            assert old not in audit


def test_erased_names_are_not_in_the_closed_file(event_file: Path):
    _erase_someone(event_file)
    data = event_file.read_bytes()
    for old in (ERASED["family_name"], ERASED["given_name"], ERASED["email"], "Qwxyzowa"):
        assert old.encode() not in data, old
    wal = event_file.with_name(event_file.name + "-wal")
    assert not wal.exists() or ERASED["family_name"].encode() not in wal.read_bytes()


def test_erased_names_are_not_left_in_the_search_index(event_file: Path):
    """An erased person's words leave the search index's segments too, not only the table."""
    _erase_someone(event_file)
    data = event_file.read_bytes().lower()
    left = [word for word in ("zzyzxwąłek", fold("Zzyzxwąłek"), "zzyzxwałek", "grzegorz", "qwxyzowa")
            if word.encode() in data]
    assert left == []


def test_erasing_someone_unknown_is_refused(ws: Workspace):
    with pytest.raises(errors.InvalidValue):
        erase_participant(ws, "no-such-id")


# -- finding ------------------------------------------------------------------------------------


@pytest.fixture
def crowd(ws: Workspace) -> Workspace:
    """The fixture's three, plus people with roles and languages."""
    add_participants(ws, [
        {"given_name": "Hans", "family_name": "Müller", "email": "hm@fraunhofer.example.de", "organisation": "Fraunhofer IGD",
         "country": "DE", "languages": "de;en", "role": "speaker"},
        {"given_name": "Zoë", "family_name": "O'Brien-Smith", "email": "zoe@tcd.example.ie", "country": "IE",
         "languages": "en", "role": "facilitator"},
        {"given_name": "Tiago", "family_name": "Moreira", "email": "tiago@ufmg.example.br", "country": "BR",
         "languages": "pt;es", "organisation": "UFMG"},
        {"given_name": "Kenji", "family_name": "Tanaka", "email": "kenji@example.jp", "country": "JP", "languages": "ja"},
    ])
    return ws


@pytest.mark.parametrize("text, expected", [
    ("jose", ["José Pérez"]), ("JOSÉ", ["José Pérez"]), ("perez jose", ["José Pérez"]),
    ("conceicao", ["Conceição Araújo"]), ("CONCEIÇÃO araujo", ["Conceição Araújo"]),
    ("muller", ["Hans Müller"]), ("Mül", ["Hans Müller"]), ("fraunhofer", ["Hans Müller"]),
    ("fiocruz", ["Conceição Araújo"]), ("o'brien", ["Zoë O'Brien-Smith"]), ("smith", ["Zoë O'Brien-Smith"]),
    ("zoe", ["Zoë O'Brien-Smith"]), ("ufmg", ["Tiago Moreira"]), ("nobody", []),
])
def test_search_is_accent_and_case_insensitive(crowd: Workspace, text: str, expected: list[str]):
    assert names(crowd, participant_ids(crowd, text)) == expected


@pytest.mark.parametrize("text", ['"', "*", "AND", "OR NOT", "NEAR(", "a:b", "-", "'; DROP TABLE participants; --", "^"])
def test_search_operators_are_neutralised(crowd: Workspace, text: str):
    participant_ids(crowd, text)  # no FTS syntax error
    assert participant_count(crowd) == 7


def test_an_empty_search_lists_everyone_by_family_name(crowd: Workspace):
    assert names(crowd, participant_ids(crowd, "  ")) == [
        "Conceição Araújo", "Tiago Moreira", "Hans Müller", "Zoë O'Brien-Smith", "José Pérez", "Kenji Tanaka",
        "Anna Virtanen"]


def test_filters(crowd: Workspace):
    assert names(crowd, participant_ids(crowd, country="BR")) == ["Conceição Araújo", "Tiago Moreira"]
    assert names(crowd, participant_ids(crowd, region="LAC")) == ["Conceição Araújo", "Tiago Moreira", "José Pérez"]
    assert names(crowd, participant_ids(crowd, region="EU")) == ["Hans Müller", "Zoë O'Brien-Smith", "Anna Virtanen"]
    assert names(crowd, participant_ids(crowd, region="other")) == ["Kenji Tanaka"]
    assert names(crowd, participant_ids(crowd, role="speaker")) == ["Hans Müller"]
    assert names(crowd, participant_ids(crowd, language="es")) == ["Tiago Moreira"]
    assert names(crowd, participant_ids(crowd, language="en")) == ["Hans Müller", "Zoë O'Brien-Smith"]
    assert names(crowd, participant_ids(crowd, "moreira", country="BR", language="pt")) == ["Tiago Moreira"]
    assert participant_ids(crowd, "moreira", country="PE") == []


def test_filter_values_are_those_that_occur(crowd: Workspace):
    values = filter_values(crowd)
    assert values["country"] == ["BR", "DE", "FI", "IE", "JP", "PE"]
    assert values["role"] == ["facilitator", "participant", "speaker"]
    assert values["language"] == ["de", "en", "es", "ja", "pt"]


# -- topics -------------------------------------------------------------------------------------


def test_topics_are_set_once_and_checked_on_walk_ins(ws: Workspace):
    assert event_topics(ws) is None
    set_topics(ws, [{"code": "ri1", "labels": {"en": "Research infrastructures"}}, {"code": "OS", "labels": {}}])
    set_topics(ws, [{"code": "RI1", "labels": {"es": "Infraestructuras"}}])  # an update, not a second topic
    assert event_topics(ws) == {"RI1", "OS"}
    with pytest.raises(errors.InvalidValue) as refused:
        add_participant(ws, {"given_name": "Ana", "offers": "ri1; XX"})
    assert "XX" in refused.value.text()
    pid = add_participant(ws, {"given_name": "Ana", "offers": "ri1; os"}).inserted["participants"][0]
    assert row(ws, pid)["offers"] == "RI1;OS"


def test_a_topic_has_one_label_on_the_walk_in_form_and_in_the_p2p_plan(ws: Workspace):
    """Topic labels in one place (issue 17): the walk-in form's choices name each topic as the P2P plan, its
    signs and agendas do (`p2p.topic_labels`), a label in another language rather than the bare code."""
    from eulac_desktop.core.i18n import get_language
    from eulac_desktop.core.p2p import topic_labels
    from eulac_desktop.core.registration import topic_choices

    set_topics(ws, [{"code": "RI", "labels": {"fr": "Infrastructures de recherche"}},
                    {"code": "OS", "labels": {"en": "Open science", "es": "Ciencia abierta"}}, {"code": "ZZ"}])
    assert dict(topic_choices(ws)) == topic_labels(ws, get_language()) == {
        "RI": "Infrastructures de recherche", "OS": "Open science", "ZZ": "ZZ"}
    assert [code for code, _label in topic_choices(ws)] == ["RI", "OS", "ZZ"]  # by label


def test_erasing_a_person_erases_the_records_merged_into_them_and_forbids_later_edits(tmp_path) -> None:
    from eulac_desktop.core import errors, registration
    from eulac_desktop.core.event import create_event_file

    with create_event_file(tmp_path / "e.eulac", name="E") as ws:
        registration.add_participants(ws, [{"given_name": "Zofia", "family_name": "Qwertowska", "email": "z1@example.org"},
                                           {"given_name": "Zofia", "family_name": "Qwertowska", "email": "z2@example.org"}])
        kept, merged = registration.participant_ids(ws)
        registration.merge_participants(ws, kept, merged)
        registration.erase_participant(ws, kept)
        rows = ws.conn.execute("SELECT given_name, family_name, email, erased FROM participants").fetchall()
        assert rows == [("", "", None, 1), ("", "", None, 1)]
        assert registration.participant_ids(ws, "qwertowska") == []
        with pytest.raises(errors.InvalidValue):
            registration.update_participant(ws, kept, {"family_name": "Qwertowska"})


def test_one_display_name_for_a_participant() -> None:
    """`display_name`: "given family" or "family, given", no stray space or comma, safe for display unless asked."""
    from eulac_desktop.core.text import display_name

    assert display_name({"given_name": "José", "family_name": "Pérez"}) == "José Pérez"
    assert display_name({"given_name": "José", "family_name": "Pérez"}, family_first=True) == "Pérez, José"
    assert display_name({"given_name": None, "family_name": "Pérez"}, family_first=True) == "Pérez"
    assert display_name({"given_name": " Ana ", "family_name": ""}) == "Ana"
    assert display_name(None) == display_name({"given_name": "", "family_name": ""}) == ""  # unknown or erased
    assert display_name({"given_name": "Eve\u202e", "family_name": "Ortiz"}) == "Eve<U+202E> Ortiz"
    assert display_name({"given_name": "Eve\u202e", "family_name": "Ortiz"}, safe=False) == "Eve\u202e Ortiz"


def test_one_vocabulary_of_roles_and_regions(event_file, capsys) -> None:
    """Roles and regions have one list of codes and one of labels (issue 17): the registration, the regions of
    countries and the command line's choices take them from `core.vocabulary`, labels in every language."""
    from eulac_desktop.cli import main
    from eulac_desktop.core import registration, vocabulary
    from eulac_desktop.core.countries import region_of
    from eulac_desktop.core.i18n import translator

    assert registration.ROLES is vocabulary.ROLES and registration.role_label is vocabulary.role_label
    assert {region_of(c) for c in ("PE", "FI", "US", None)} == set(vocabulary.REGIONS)
    assert vocabulary.role_label(None) == "Participant" and vocabulary.role_label("juror") == "juror"
    assert vocabulary.region_label("LAC", translator("es")) == "América Latina y el Caribe"
    assert vocabulary.region_label(None) == vocabulary.region_label("Mars") == "Other regions"
    for role in vocabulary.ROLES:
        assert main(["participants", "list", str(event_file), "--role", role, "--json"]) == 0
    for region in vocabulary.REGIONS:
        assert main(["participants", "list", str(event_file), "--region", region, "--json"]) == 0
    capsys.readouterr()
    with pytest.raises(SystemExit):
        main(["participants", "list", str(event_file), "--role", "juror"])


def _choices(parser, path: tuple[str, ...], option: str) -> list[str]:
    """The `choices` of `option` of the command `path` (e.g. ("polls", "create"), "--method") of the parser."""
    import argparse

    for name in path:
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        parser = sub.choices[name]
    return list(next(a for a in parser._actions if option in a.option_strings).choices)


def test_the_command_lines_choices_and_the_methods_names_come_from_the_vocabulary() -> None:
    """Roles, regions and counting methods: the command line offers the vocabulary's codes, the voting page, the
    dashboard and the report name a method by the vocabulary's one label, the projector a region by its short
    label (issue 17)."""
    from eulac_desktop.cli import build_parser
    from eulac_desktop.core import vocabulary
    from eulac_desktop.core.i18n import translator
    from eulac_desktop.core.voting import METHODS

    parser = build_parser()
    assert _choices(parser, ("polls", "create"), "--method") == list(vocabulary.METHODS) == list(METHODS)
    for path in (("participants", "list"), ("badges", "pdf")):
        assert _choices(parser, path, "--role") == list(vocabulary.ROLES)
        assert _choices(parser, path, "--region") == list(vocabulary.REGIONS)
    assert set(vocabulary.METHOD_LABELS) == set(vocabulary.METHODS)
    assert vocabulary.method_label("borda") == "Ranking (Borda count)" and vocabulary.method_label("lottery") == "lottery"
    assert vocabulary.method_label("yes-no", translator("es")) == "Sí / no / abstención"
    assert [vocabulary.region_label(r, translator("pt"), short=True) for r in ("EU", "LAC")] == ["UE", "ALC"]
