"""Importing an organisers' list (core/registration/importing.py): the plan, then one transaction.

The plan changes nothing and says what would be added, updated (which fields), left unchanged,
refused (row, column, reason) and skipped as a duplicate; likely duplicates are flagged, never merged.
Applying is one audited transaction that a progress callback can cancel without a trace; the
mapping used is remembered for lists with the same headers. Row numbers are the list's own lines.
"""

from __future__ import annotations

import codecs
import random
import string
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from eulac_desktop.core import demo, errors, records
from eulac_desktop.core.event import create_event_file
from eulac_desktop.core.registration import (
    add_participant,
    find_by_email,
    participant_count,
    participant_ids,
    participant_rows,
    set_topics,
)
from eulac_desktop.core.registration.importing import (
    KEPT_AS_TYPED,
    MAX_MATCHES,
    SUMMARY_ROWS,
    ImportPlan,
    NoNameColumn,
    apply_import,
    import_file,
    mapping_for,
    plan_import,
    row_values,
)
from eulac_desktop.core.registration.people import event_topics, problem_text, unknown_topics_only, validate_person
from eulac_desktop.core.registration.tables import Table, read_text_table
from eulac_desktop.core.workspace import Workspace

SUMMARY_COUNTS = ("rows", "added", "updated", "unchanged", "duplicates", "invalid")


@pytest.fixture
def ws(event_file: Path):
    """The fixture event (José Pérez, Conceição Araújo, Anna Virtanen), open for writing."""
    with Workspace.open(event_file) as workspace:
        yield workspace


@pytest.fixture
def empty_ws(tmp_path: Path, device):
    """A new event without participants."""
    with create_event_file(tmp_path / "empty.eulac", name="Lab", start_date="2026-12-03", languages=["es", "en"],
                           timezone="America/Lima", device=device) as workspace:
        yield workspace


def table(text: str) -> Table:
    return read_text_table(text.encode("utf-8"), "lista.csv")


def plan_of(ws: Workspace, text: str) -> ImportPlan:
    t = table(text)
    return plan_import(ws, t, mapping_for(t))


def counts(plan: ImportPlan) -> dict[str, int]:
    summary = plan.summary()
    return {k: summary[k] for k in SUMMARY_COUNTS}


def state(ws: Workspace) -> tuple[int, int, int]:
    """(participants, all participant rows, audit rows): what an import may change."""
    return (participant_count(ws), ws.conn.execute("SELECT count(*) FROM participants").fetchone()[0],
            ws.conn.execute("SELECT count(*) FROM audit").fetchone()[0])


def person(ws: Workspace, email: str) -> dict:
    return records.get(ws, "participants", find_by_email(ws, email))


# -- plan, then apply -----------------------------------------------------------------------------

SPANISH_LIST = """Nombre;Apellido(s);Correo electrónico;Institución;País;Rol;Idiomas;Consentimiento foto
Lucía;Fernández;lucia@example.pe;UNALM;Perú;Participante;español;sí
Tiago;Moreira;tiago@example.br;UFMG;Brasil;Ponente;pt, es;no
Élodie;Dubois;elodie@example.fr;IRD;Francia;Facilitadora;francés;sí
"""


def test_the_plan_changes_nothing_and_apply_writes_it_in_one_audited_transaction(ws: Workspace):
    before = state(ws)
    plan = plan_of(ws, SPANISH_LIST)
    assert counts(plan) == {"rows": 3, "added": 3, "updated": 0, "unchanged": 0, "duplicates": 0, "invalid": 0}
    assert state(ws) == before
    changes = apply_import(ws, plan)
    assert len(changes.inserted["participants"]) == 3
    assert participant_count(ws) == before[0] + 3
    assert ws.conn.execute("SELECT action FROM audit ORDER BY rowid DESC LIMIT 1").fetchone() == ("participants.import",)
    assert state(ws)[2] == before[2] + 1  # one audit entry: one operation
    lucia = person(ws, "lucia@example.pe")
    assert (lucia["country"], lucia["region"], lucia["role"], lucia["languages"], lucia["consent_photo"]) == (
        "PE", "LAC", "participant", "es", 1)
    tiago = person(ws, "TIAGO@example.br")
    assert (tiago["role"], tiago["languages"], tiago["consent_photo"]) == ("speaker", "pt;es", 0)
    assert (person(ws, "elodie@example.fr")["region"], person(ws, "elodie@example.fr")["role"]) == ("EU", "facilitator")


def test_the_summary_says_how_the_list_was_read(ws: Workspace):
    summary = plan_of(ws, SPANISH_LIST).summary()
    assert (summary["encoding"], summary["separator"], summary["sheet"]) == ("utf-8", ";", "")
    assert summary["mapping"]["Correo electrónico"] == "email"
    assert summary["mapping"]["Consentimiento foto"] == "consent_photo"


def test_invalid_rows_are_reported_with_the_files_row_and_column_and_not_imported(ws: Workspace):
    set_topics(ws, [{"code": "RI", "labels": {}}, {"code": "OS", "labels": {}}])
    text = ("Nombre;Apellido;Correo;País;Ofrece;Notas\n"
            "Ana;Souza;ana@example.br;Brasil;RI;\n"
            "\n"                                                  # a blank line: row numbers stay the file's
            "Bea;Ruiz;bea@;España;;\n"                            # row 4: e-mail syntax
            ";;sin.nombre@example.org;Perú;;\n"                   # row 5: no name
            "Carl;Berg;carl@example.se;Narnia;;\n"                # row 6: unknown country
            "Dora;Lima;dora@example.br;BR;RI, XX9;\n"             # row 7: topic not among the event's (flagged only)
            f"{'E' * 10_000};Long;long@example.org;PE;;\n"        # row 8: a 10,000-character name
            f"Fay;Ok;fay@example.org;PE;OS;{'n' * 10_000}\n")     # row 9: a long ignored column is fine
    before = participant_count(ws)
    plan = plan_of(ws, text)
    problems = [(p.row, p.column, p.reason) for p in plan.problems]
    assert problems == [
        (4, "Correo", "“bea@” is not a valid e-mail address"),
        (5, "Nombre", "a participant needs a given or a family name"),
        (6, "País", "unknown country “Narnia”"),
        (7, "Ofrece", "topic code(s) not among the event's topics: XX9; imported as typed"),
        (8, "Nombre", "longer than 100 characters"),
    ]
    assert plan.invalid == [4, 5, 6, 8]  # issue 18: a topic nobody defined is flagged, the person imported
    assert counts(plan)["added"] == 3 and counts(plan)["invalid"] == 4
    assert plan.summary()["problems"][0] == {"row": 4, "column": "Correo", "reason": "“bea@” is not a valid e-mail address"}
    assert plan.summary()["problems"][3]["warning"] is True and "warning" not in plan.summary()["problems"][2]
    apply_import(ws, plan)
    assert participant_count(ws) == before + 3
    assert find_by_email(ws, "carl@example.se") is None and find_by_email(ws, "fay@example.org")


def test_a_list_without_a_name_column_is_refused(ws: Workspace):
    t = table("Correo;Institución\nana@example.org;USP\n")
    with pytest.raises(NoNameColumn) as refused:
        plan_import(ws, t, mapping_for(t))
    assert "Correo" in refused.value.text() and refused.value.hint_text()


def test_a_full_name_column_is_split(ws: Workspace):
    apply_import(ws, plan_of(ws, 'Nombre completo,Correo\n"García López, María José",mj@example.mx\n'
                                 "João da Silva,joao@example.br\nMaría José García López,mj2@example.mx\n"))
    assert (person(ws, "mj@example.mx")["given_name"], person(ws, "mj@example.mx")["family_name"]) == (
        "María José", "García López")
    assert (person(ws, "joao@example.br")["given_name"], person(ws, "joao@example.br")["family_name"]) == (
        "João", "da Silva")
    assert person(ws, "mj2@example.mx")["family_name"] == "García López"


def test_countries_in_four_languages_become_codes_and_regions(ws: Workspace):
    apply_import(ws, plan_of(ws, "Name,Email,Country\nA,a@example.org,Brésil\nB,b@example.org,México\n"
                                 "C,c@example.org,Alemanha\nD,d@example.org,jp\nE,e@example.org,Estados Unidos\n"))
    got = {e: (person(ws, e)["country"], person(ws, e)["region"]) for e in
           ("a@example.org", "b@example.org", "c@example.org", "d@example.org", "e@example.org")}
    assert got == {"a@example.org": ("BR", "LAC"), "b@example.org": ("MX", "LAC"), "c@example.org": ("DE", "EU"),
                   "d@example.org": ("JP", "other"), "e@example.org": ("US", "other")}


def test_people_without_a_country_are_in_the_region_other(ws: Workspace):
    """People imported or added without a country are in the region "other" (the filter finds them)."""
    apply_import(ws, plan_of(ws, "Name,Email\nSin País,sinpais@example.org\n"))
    walk_in = add_participant(ws, {"given_name": "Walk-in"}).inserted["participants"][0]
    assert person(ws, "sinpais@example.org")["region"] == "other"
    assert records.get(ws, "participants", walk_in)["region"] == "other"
    assert set(participant_ids(ws, region="other")) >= {find_by_email(ws, "sinpais@example.org"), walk_in}


def test_ragged_rows_are_padded_and_extra_cells_ignored(ws: Workspace):
    plan = plan_of(ws, "Name,Email,Organisation\nAna Souza\nBea Ruiz,bea@example.org,UNI,extra,cells,here\n")
    assert counts(plan)["added"] == 2 and plan.problems == []
    apply_import(ws, plan)
    assert person(ws, "bea@example.org")["organisation"] == "UNI"
    ana = [p for p in participant_rows(ws, participant_ids(ws, "souza")).values()]
    assert [(p["given_name"], p["family_name"], p["email"]) for p in ana] == [("Ana", "Souza", None)]


def test_multi_line_cells_and_hostile_names_are_kept(ws: Workspace):
    text = ('Nombre;Apellido;Correo;Institución\n'
            '"Ana\nMaría";Souza;ana@example.br;"Universidade\nde São Paulo"\n'
            '<script>alert(1)</script>;O\u202eNeil;x@example.org;<b>ACME</b>\n')
    apply_import(ws, plan_of(ws, text))
    ana = person(ws, "ana@example.br")
    assert (ana["given_name"], ana["organisation"]) == ("Ana María", "Universidade de São Paulo")  # spaces collapsed
    hostile = person(ws, "x@example.org")
    assert (hostile["given_name"], hostile["family_name"], hostile["organisation"]) == (
        "<script>alert(1)</script>", "O\u202eNeil", "<b>ACME</b>")


# -- duplicates ---------------------------------------------------------------------------------


def test_the_same_email_twice_in_a_list_is_one_person(ws: Workspace):
    nfc = "renée@exámple.org"
    text = (f"Name,Email\nRenée Dupont,{nfc}\nR. Dupont, {nfc.upper()} \n"
            f"Renée D.,{unicodedata.normalize('NFD', nfc)}\nOther Person,other@example.org\n")
    plan = plan_of(ws, text)
    assert counts(plan) == {"rows": 4, "added": 2, "updated": 0, "unchanged": 0, "duplicates": 2, "invalid": 0}
    assert [(d["row"], d["first_row"]) for d in plan.duplicates] == [(3, 2), (4, 2)]
    before = participant_count(ws)
    apply_import(ws, plan)
    assert participant_count(ws) == before + 2
    assert person(ws, nfc)["given_name"] == "Renée"  # the first row wins


def test_a_person_already_registered_is_updated_by_email(ws: Workspace):
    text = ("Nombre;Apellido;Correo;Institución;País\n"
            "José;Pérez; jose@example.org ;PUCP;Perú\n"         # organisation changed
            "Conceição;Araújo;c@example.org;Fiocruz;Brasil\n"    # as registered
            "Nuevo;Nombre;nuevo@example.org;UNI;Perú\n")
    plan = plan_of(ws, text)
    assert counts(plan) == {"rows": 3, "added": 1, "updated": 1, "unchanged": 1, "duplicates": 0, "invalid": 0}
    assert plan.summary()["updated_fields"] == {"2": ["organisation"]}
    row, pid, new, old = plan.updated[0]
    assert (row, pid, new, old) == (2, find_by_email(ws, "jose@example.org"), {"organisation": "PUCP"},
                                    {"organisation": "UNI"})
    before = participant_count(ws)
    apply_import(ws, plan)
    assert participant_count(ws) == before + 1
    assert person(ws, "jose@example.org")["organisation"] == "PUCP"


def test_an_email_differing_only_in_letter_case_is_not_a_change(ws: Workspace):
    """An e-mail that differs only in letter case is the same address: not an update, the stored one stays."""
    plan = plan_of(ws, "Nombre;Apellido;Correo;Institución;País\nJosé;Pérez;JOSE@Example.org;UNI;PE\n")
    assert counts(plan)["unchanged"] == 1, plan.summary()["updated_fields"]


def test_reimporting_an_updated_list_shows_the_difference_then_nothing(empty_ws: Workspace):
    first = ("Name,Surname,Email,Organisation,Country,Languages\n"
             "Ana,Souza,ana@example.br,USP,BR,pt\nBea,Ruiz,bea@example.es,UCM,ES,es\nCarl,Berg,carl@example.se,KTH,SE,sv\n")
    apply_import(empty_ws, plan_of(empty_ws, first))
    updated = ("Name,Surname,Email,Organisation,Country,Languages\n"
               "Ana,Souza,ana@example.br,Unicamp,BR,pt;en\n"     # two fields changed
               "Bea,Ruiz,bea@example.es,UCM,ES,es\n"              # unchanged
               "Carl,Berg,carl@,KTH,SE,sv\n"                      # now invalid: kept as it was
               "Dan,Olsen,dan@example.dk,DTU,DK,da\n"             # new
               "Ana,Souza,ANA@example.br,Unicamp,BR,pt\n")        # twice
    plan = plan_of(empty_ws, updated)
    assert counts(plan) == {"rows": 5, "added": 1, "updated": 1, "unchanged": 1, "duplicates": 1, "invalid": 1}
    assert plan.summary()["updated_fields"] == {"2": ["languages", "organisation"]}
    apply_import(empty_ws, plan)
    ana = person(empty_ws, "ana@example.br")
    assert (ana["organisation"], ana["languages"]) == ("Unicamp", "pt;en")
    assert person(empty_ws, "carl@example.se")["email"] == "carl@example.se"
    again = plan_of(empty_ws, updated)
    assert counts(again) == {"rows": 5, "added": 0, "updated": 0, "unchanged": 3, "duplicates": 1, "invalid": 1}


def test_empty_cells_in_a_reimport_keep_the_stored_text(empty_ws: Workspace):
    header = "Name,Surname,Email,Organisation,Country,Languages,Offers,Seeks\n"
    apply_import(empty_ws, plan_of(empty_ws, header + "Ana,Souza,ana@example.br,USP,BR,pt;en,RI,OS\n"))
    plan = plan_of(empty_ws, header + ",,ana@example.br,,,,,\n")
    assert plan.invalid == [2]  # a row without any name is refused, not applied
    plan = plan_of(empty_ws, header + "Ana,,ana@example.br,,,,,\n")
    assert counts(plan)["unchanged"] == 1 and plan.updated == []
    ana = person(empty_ws, "ana@example.br")
    assert (ana["family_name"], ana["organisation"], ana["country"], ana["languages"], ana["offers"], ana["seeks"]) == (
        "Souza", "USP", "BR", "pt;en", "RI", "OS")


def test_empty_role_and_consent_cells_in_a_reimport_keep_the_stored_values(empty_ws: Workspace):
    """Empty Role and consent cells in a re-import keep the stored role and photo consent."""
    header = "Name,Email,Role,Photo consent\n"
    apply_import(empty_ws, plan_of(empty_ws, header + "Ana,ana@example.br,speaker,yes\n"))
    plan = plan_of(empty_ws, header + "Ana,ana@example.br,,\n")
    assert plan.summary()["updated_fields"] == {}
    apply_import(empty_ws, plan)
    ana = person(empty_ws, "ana@example.br")
    assert (ana["role"], ana["consent_photo"]) == ("speaker", 1)


def test_a_reimport_without_a_role_column_keeps_the_roles(empty_ws: Workspace):
    """A re-imported list without a Role column keeps every speaker's, facilitator's and organiser's role."""
    apply_import(empty_ws, plan_of(empty_ws, "Name,Email,Role\nAna,ana@example.br,Ponente\n"))
    plan = plan_of(empty_ws, "Name,Email\nAna,ana@example.br\n")
    assert counts(plan)["unchanged"] == 1, plan.summary()["updated_fields"]
    apply_import(empty_ws, plan)
    assert person(empty_ws, "ana@example.br")["role"] == "speaker"


def test_likely_duplicates_are_flagged_and_never_merged(ws: Workspace):
    text = ("Nombre;Apellido;Correo;Institución\n"
            "Jose;Perez;jose.perez@example.pe;uni\n"              # 2: José Pérez (UNI) is registered
            "Conceicao;Araujo;c2@example.br;USP\n"               # 3: same name, another organisation
            "Ana;Virtanen;ana.v@example.fi;VTT\n"                # 4: very close to Anna Virtanen
            "Kenji;Tanaka;kenji@example.jp;Tokyo\n"              # 5: nobody like him
            "Kenji;Tanaka;kenji.t@example.jp;Tokyo\n")           # 6: like row 5
    plan = plan_of(ws, text)
    flagged = {entry["row"]: [((m.get("participant_id") and "registered") or m.get("row"), m["reason"])
                              for m in entry["matches"]] for entry in plan.likely_duplicates}
    assert flagged == {2: [("registered", "same_name_and_organisation")], 3: [("registered", "same_name")],
                       4: [("registered", "close_name")], 6: [(5, "same_name_and_organisation")]}
    assert plan.likely_duplicates[0]["matches"][0]["participant_id"] == find_by_email(ws, "jose@example.org")
    before = participant_count(ws)
    apply_import(ws, plan)
    assert participant_count(ws) == before + 5  # flagged for review, all imported


def test_namesakes_list_their_earliest_matches_and_count_the_others(ws: Workspace):
    """Forty namesakes: each is flagged, with at most MAX_MATCHES matches (the registered person first, then the
    earliest rows) and the others counted in `more`, so the plan of a list of namesakes stays linear."""
    text = "Nombre;Apellido;Correo;Institución\n" + "".join(f"Jose;Perez;jose{i}@example.pe;uni\n" for i in range(40))
    plan = plan_of(ws, text)
    assert [entry["row"] for entry in plan.likely_duplicates] == list(range(2, 42))
    last = plan.likely_duplicates[-1]
    assert len(last["matches"]) == MAX_MATCHES and last["more"] == 40 - MAX_MATCHES  # the registered one + 39 rows
    assert last["matches"][0]["participant_id"] == find_by_email(ws, "jose@example.org")
    assert [m["row"] for m in last["matches"][1:]] == [2, 3, 4, 5]
    assert plan.likely_duplicates[0] == {"row": 2, "name": "Jose Perez", "matches": [
        {"participant_id": find_by_email(ws, "jose@example.org"), "name": "José Pérez",
         "reason": "same_name_and_organisation"}]}
    summary = plan.summary()  # the report lists the first rows and counts them all
    assert len(summary["likely_duplicates"]) == SUMMARY_ROWS and summary["likely_duplicates_total"] == 40
    assert summary["likely_duplicates"] == plan.likely_duplicates[:SUMMARY_ROWS]
    assert len(plan.summary(limit=None)["likely_duplicates"]) == 40


def test_a_big_import_is_searchable_and_the_search_index_keeps_following_the_people(empty_ws: Workspace):
    """The rows of a big import join the search index at once at its end (not through the trigger row by row):
    all are found, and the insert trigger is there again for the people added later."""
    schema = empty_ws.conn.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    apply_import(empty_ws, plan_of(empty_ws, "Nombre;Correo\n" + "".join(
        f"Conceição {i};c{i}@example.br\n" for i in range(600))))
    assert len(participant_ids(empty_ws, "conceicao")) == 600
    assert participant_ids(empty_ws, "conceicao 599") == [find_by_email(empty_ws, "c599@example.br")]
    assert empty_ws.conn.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall() == schema
    add_participant(empty_ws, {"given_name": "Zélia", "email": "z@example.br"})
    assert participant_ids(empty_ws, "zelia") == [find_by_email(empty_ws, "z@example.br")]
    assert empty_ws.integrity_check() == []


def test_a_big_import_returns_before_its_pages_are_copied_into_the_file_and_close_waits_for_the_copy(
        empty_ws: Workspace, monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """The import's commit is durable (its log synced) without SQLite's automatic checkpoint inside it: the
    copy of its pages into the .eulac file is left to a thread of its own, and `close` waits for it, so the
    file alone then holds every person (nothing is lost if the app stops before: the log holds them)."""
    from eulac_desktop.core import workspace

    started: list[object] = []

    class Later:  # the checkpoint's thread, held back until the test runs it
        def __init__(self, path: Path):
            self.run = lambda: workspace._checkpoint(path)
            started.append(self)

        def is_alive(self) -> bool:
            return False

        def join(self) -> None:
            pass

    monkeypatch.setattr(workspace, "_CheckpointThread", Later)
    path = empty_ws.path
    before = path.stat().st_size
    apply_import(empty_ws, plan_of(empty_ws, _many(3000)))
    assert path.stat().st_size == before, "the commit copied its pages into the file itself"
    assert empty_ws.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000  # for the next operations
    with Workspace.open(path, mode="read") as reader:  # committed and durable: in the log
        assert participant_count(reader) == 3000
    (later,) = started
    later.run()
    assert path.stat().st_size > before + 1_000_000
    empty_ws.close()
    assert not Path(f"{path}-wal").exists()
    copy = tmp_path / "copy.eulac"
    copy.write_bytes(path.read_bytes())
    with Workspace.open(copy) as alone:
        assert participant_count(alone) == 3000


def test_an_import_checkpoint_running_on_its_thread_is_waited_for_by_close(empty_ws: Workspace, tmp_path: Path):
    """The real thread: `close` joins it, then empties the log; the file alone holds everyone."""
    path = empty_ws.path
    apply_import(empty_ws, plan_of(empty_ws, _many(1500)))
    empty_ws.close()
    assert not Path(f"{path}-wal").exists()
    copy = tmp_path / "copy.eulac"
    copy.write_bytes(path.read_bytes())
    with Workspace.open(copy) as alone:
        assert participant_count(alone) == 1500


# -- cancelling ---------------------------------------------------------------------------------


def _many(n: int, start: int = 0) -> str:
    return "Name,Email\n" + "".join(f"Persona {i},p{i}@example.org\n" for i in range(start, start + n))


def test_cancelling_the_apply_leaves_nothing(ws: Workspace, isolated_config: Path):
    plan = plan_of(ws, _many(600))
    before = state(ws)
    calls: list[tuple[int, int]] = []

    def cancel_at_500(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 500

    with pytest.raises(errors.Cancelled) as cancelled:
        apply_import(ws, plan, cancel_at_500)
    assert cancelled.value.text().strip()
    assert calls == [(250, 600), (500, 600)]
    assert state(ws) == before
    assert not (isolated_config / "import_mappings.json").exists()  # not remembered either
    apply_import(ws, plan)  # and the same plan can still be applied
    assert state(ws)[0] == before[0] + 600


def test_cancelling_the_plan(ws: Workspace):
    t = table(_many(600))
    with pytest.raises(errors.Cancelled):
        plan_import(ws, t, mapping_for(t), lambda done, total: done < 250)


def test_cancelling_a_small_import_leaves_nothing(ws: Workspace):
    """Cancel is honoured before the commit, however small the import."""
    plan = plan_of(ws, _many(20))
    before = state(ws)
    with pytest.raises(errors.Cancelled):
        apply_import(ws, plan, lambda done, total: False)
    assert state(ws) == before


#: Initials from several scripts: the likely-duplicate check compares names within blocks of the same
#: initials, and this test is about size, progress and cancelling, not about a crowd of namesakes.
INITIALS = string.ascii_uppercase + "ŁØÆÐÞĦŊΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩБГДЖЗИЙЛПФЦЧШЩЭЮЯ"


@pytest.mark.slow
def test_a_100000_row_list_reports_progress_and_its_cancel_leaves_nothing(tmp_path: Path, empty_ws: Workspace):
    rnd = random.Random(100_000)

    def word() -> str:
        return rnd.choice(INITIALS) + "".join(rnd.choices(string.ascii_lowercase + "áéíóúñç", k=7))

    countries = ["Perú", "Brasil", "España", "FR", "Finlandia", "México"]
    lines = ["Nombre;Apellido;Correo;País"] + [f"{word()};{word()};p{i}@example.org;{rnd.choice(countries)}"
                                               for i in range(100_000)]
    path = tmp_path / "grande.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    started = time.monotonic()
    from eulac_desktop.core.registration.tables import read_table

    big = read_table(path)
    assert len(big.rows) == 100_000
    planned: list[tuple[int, int]] = []
    plan = plan_import(empty_ws, big, mapping_for(big), lambda done, total: planned.append((done, total)) or True)
    assert counts(plan)["added"] == 100_000
    assert len(planned) > 10 and planned[-1] == (100_000, 100_000)
    assert [d for d, _ in planned] == sorted(d for d, _ in planned)
    before = state(empty_ws)
    applied: list[tuple[int, int]] = []

    def cancel_halfway(done: int, total: int) -> bool:
        applied.append((done, total))
        return done < 50_000

    with pytest.raises(errors.Cancelled):
        apply_import(empty_ws, plan, cancel_halfway)
    assert len(applied) > 10 and applied[-1] == (50_000, 100_000)
    assert state(empty_ws) == before
    assert time.monotonic() - started < 60


# -- remembered mappings ------------------------------------------------------------------------


def test_the_mapping_used_is_remembered_for_lists_with_the_same_headers(ws: Workspace, tmp_path: Path):
    first = tmp_path / "a.csv"
    first.write_text("Contacto;Quién;Entidad\nana@example.br;Ana Souza;USP\n", encoding="utf-8")
    overrides = {"Contacto": "email", "Quién": "full_name", "Entidad": "organisation"}
    assert mapping_for(read_text_table(first.read_bytes())) == ["", "", "organisation"]
    plan, _changes = import_file(ws, first, dry_run=True, overrides=overrides)
    assert mapping_for(read_text_table(first.read_bytes())) == ["", "", "organisation"]  # a dry run remembers nothing
    plan, changes = import_file(ws, first, overrides=overrides)
    assert changes is not None and counts(plan)["added"] == 1
    second = read_text_table("CONTACTO;quién;Entidad\nbea@example.es;Bea Ruiz;UCM\n".encode("cp1252"))
    assert mapping_for(second) == ["email", "full_name", "organisation"]


def test_mapping_overrides_by_header_number_and_ignore(ws: Workspace, tmp_path: Path):
    path = tmp_path / "b.csv"
    path.write_text("Col1,Col2,Correo,Institución\nAna,Souza,ana@example.br,USP\n", encoding="utf-8")
    plan, _ = import_file(ws, path, dry_run=True, overrides={"1": "given_name", "col2": "family_name",
                                                             "Institución": "ignore"})
    assert plan.mapping == ["given_name", "family_name", "email", ""]
    assert plan.added[0][1] == {"given_name": "Ana", "family_name": "Souza", "email": "ana@example.br"}
    _plan, changes = import_file(ws, path, overrides={"1": "given_name", "col2": "family_name", "Institución": "ignore"})
    added = changes.inserted["participants"][0]
    stored = ws.conn.execute("SELECT role, consent_photo, region FROM participants WHERE id = ?", (added,)).fetchone()
    assert stored == ("participant", 0, "other")  # a new person's defaults; no country: region "other"
    with pytest.raises(errors.InvalidValue):
        import_file(ws, path, dry_run=True, overrides={"Correo": "emial"})
    with pytest.raises(errors.InvalidValue):
        import_file(ws, path, dry_run=True, overrides={"Teléfono": "email"})


# -- other formats ------------------------------------------------------------------------------


def test_importing_a_chosen_xlsx_sheet(ws: Workspace, tmp_path: Path):
    book = Workbook()
    book.active.title = "Notas"
    book.active.append(["nothing", "here"])
    sheet = book.create_sheet("Inscritos")
    for r in (["Prénom", "Nom", "Courriel", "Pays"], ["Élodie", "Martin", "elodie@example.fr", "France"],
              [None, None, None, None], ["Zoé", "Lefèvre", "zoe@", "Belgique"]):
        sheet.append(r)
    book.save(tmp_path / "inscritos.xlsx")
    plan, _ = import_file(ws, tmp_path / "inscritos.xlsx", sheet="Inscritos")
    assert counts(plan) == {"rows": 2, "added": 1, "updated": 0, "unchanged": 0, "duplicates": 0, "invalid": 1}
    assert [(p.row, p.column) for p in plan.problems] == [(4, "Courriel")]
    assert plan.summary()["sheet"] == "Inscritos"
    assert person(ws, "elodie@example.fr")["country"] == "FR"


def test_importing_excel_unicode_text(ws: Workspace, tmp_path: Path):
    path = tmp_path / "unicode.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "Nome\tSobrenome\tE-mail\tPaís\r\nJoão\tda Silva\tjoao@example.br\tBrasil\r\n"
                     .encode("utf-16-le"))
    plan, _ = import_file(ws, path)
    assert counts(plan)["added"] == 1 and plan.summary()["encoding"] == "utf-16"
    assert person(ws, "joao@example.br")["family_name"] == "da Silva"


def test_a_header_only_list_imports_nothing(ws: Workspace, tmp_path: Path):
    path = tmp_path / "vacia.csv"
    path.write_text("Nombre;Apellido;Correo\n", encoding="utf-8")
    before = state(ws)
    plan, _ = import_file(ws, path)
    assert counts(plan) == {"rows": 0, "added": 0, "updated": 0, "unchanged": 0, "duplicates": 0, "invalid": 0}
    assert state(ws)[:2] == before[:2]


# -- the demo's messy list ----------------------------------------------------------------------


def test_the_demo_messy_list_imports_240_people(empty_ws: Workspace):
    set_topics(empty_ws, demo.demo_topics())
    data = demo.messy_list(demo.demo_people())
    t = read_text_table(data, "demo.csv")
    assert (t.encoding, t.separator) == ("utf-8-sig", ";")
    plan = plan_import(empty_ws, t, mapping_for(t))
    summary = plan.summary()
    assert summary["added"] == 240
    assert summary["duplicates"] == 5 and summary["invalid"] == 3
    assert all(d["first_row"] < d["row"] for d in plan.duplicates)
    reasons = [p["reason"] for p in summary["problems"]]
    assert any("lucia.fernandez@" in r for r in reasons)
    assert any("tiago moreira@" in r for r in reasons)
    assert any("needs a given or a family name" in r for r in reasons)
    rows = {p["row"] for p in summary["problems"]}
    assert all(t.line_numbers[0] <= r <= t.line_numbers[-1] for r in rows)
    apply_import(empty_ws, plan)
    assert participant_count(empty_ws) == 240


# -- each row as validate_person checks one person -------------------------------------------------

#: cells as messy lists hold them, in any column: blanks, runs of spaces, full names, values too long,
#: unknown countries, roles, languages, topics and answers, e-mails in several cases
MESSY_CELLS = ["Ana", "  José   Pérez ", "", "   ", "Souza, Ana", "Maria dos Santos Silva", "x" * 201, "Zoë",
               "ana@example.org", "ANA@Example.org", "bad@", "jörg@example.de", " p@example.org ", "a@localhost",
               "Perú", "BR", "Atlantis", "ponente", "dragon", "es; en", "klingon", "AI", "zzz", "ai;HEALTH",
               "sí", "maybe", "Mujer", "self described", "dragonkin", "ONG", "space pirates", " Fiocruz  lab "]
TARGETS = ["given_name", "family_name", "full_name", "email", "organisation", "country", "role", "languages",
           "offers", "seeks", "consent_photo", "gender", "stakeholder", ""]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mapping=st.lists(st.sampled_from(TARGETS), min_size=1, max_size=8).filter(
           lambda m: any(t in ("given_name", "family_name", "full_name") for t in m)),
       rows=st.lists(st.lists(st.sampled_from(MESSY_CELLS), max_size=9), min_size=1, max_size=30))
def test_the_plan_checks_each_row_as_validate_person_checks_one_person(empty_ws: Workspace, mapping: list[str],
                                                                       rows: list[list[str]]):
    """The plan cleans a list column by column (each distinct value once): each row comes out as
    `validate_person` makes it alone, fields in the same order, the same problems, e-mails counted once."""
    set_topics(empty_ws, [{"code": "AI", "labels": {"en": "Artificial intelligence"}},
                          {"code": "HEALTH", "labels": {"en": "Health"}}])
    header = [f"Column {i}" for i in range(len(mapping))]
    rows = [[*row, "x"] for row in rows]  # (a row of blanks is no row of a list)
    t = Table(header, rows, list(range(2, len(rows) + 2)))
    plan = plan_import(empty_ws, t, mapping)
    topics = frozenset(event_topics(empty_ws) or ())
    added, problems, first_row_of = [], [], {}
    for cells, row in zip(t.rows, t.line_numbers):
        raw = {k: v for k, v in row_values(t, mapping, cells).items() if v.strip() or k in ("given_name", "family_name")}
        clean, wrong = validate_person(raw, topics)
        typed = unknown_topics_only(wrong)  # issue 18: only topics nobody defined: flagged, imported as typed
        if wrong and typed is None:
            problems += [(row, problem_text(p)) for p in wrong]
            continue
        key = clean.get("email", "").casefold()
        if not (key and key in first_row_of):
            if typed is not None:
                clean.update(typed)
                problems += [(row, KEPT_AS_TYPED.format(problem=problem_text(p))) for p in wrong]
            added.append((row, list(clean.items())))
        if key:
            first_row_of.setdefault(key, row)
    assert [(p.row, p.reason) for p in plan.problems] == problems
    assert [(row, list(person.items())) for row, person in plan.added] == added
