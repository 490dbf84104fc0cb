"""The event's P2P topics (core/p2p/topics.py, topic_import.py) and `eulac p2p topics FILE LIST`: a facilitator's
list imported (CSV or XLSX, headers in any of the app's languages), refused whole with clear problems when it is
wrong, added to, renamed and translated one label at a time, flagged where people name no known topic (with the
closest codes), carried in bundles; and the plan's problems naming people beside their e-mails."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from helpers import config, run, run_json

from eulac_desktop.core import errors, p2p, records, registration
from eulac_desktop.core.p2p import topic_import
from eulac_desktop.core.records import revert_changes
from eulac_desktop.core.workspace import Workspace

SAMPLE = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "topics.csv"
TOPICS_CSV = """code,en,es,pt
CLIMATE,Climate change and biodiversity data,Datos de cambio climático y biodiversidad,Dados de mudança climática e biodiversidade
5GIOT,5G and Internet of Things,5G e Internet de las cosas,5G e Internet das coisas
ENERGY,Renewable energy,Energías renovables,Energias renováveis
"""


@pytest.fixture(autouse=True)
def english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without --lang the CLI follows the system's language: make that English whatever the machine says."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANGUAGE", "en")


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def dump(path: Path) -> list[str]:
    from eulac_desktop.core.bundles import dump_lines

    with Workspace.open(path, mode="read") as ws:
        return list(dump_lines(ws))


def stored(path: Path) -> dict[str, dict[str, str]]:
    with Workspace.open(path, mode="read") as ws:
        return {code: topic.labels for code, topic in p2p.event_topics(ws).items()}


# -- the command line ------------------------------------------------------------------------------------


def test_cli_imports_a_list_then_says_unchanged_and_updated(capsys, event_file: Path, tmp_path: Path) -> None:
    data = run_json(capsys, "p2p", "topics", event_file, write(tmp_path / "topics.csv", TOPICS_CSV))
    assert data == {"added": 3, "updated": 0, "unchanged": 0, "problems": []}
    assert stored(event_file)["5GIOT"] == {"en": "5G and Internet of Things", "es": "5G e Internet de las cosas",
                                           "pt": "5G e Internet das coisas"}
    before = dump(event_file)
    again = run_json(capsys, "p2p", "topics", event_file, tmp_path / "topics.csv")
    assert again == {"added": 0, "updated": 0, "unchanged": 3, "problems": []}  # idempotent
    assert dump(event_file) == before  # not a row changed
    changed = TOPICS_CSV.replace("Energías renovables", "Energía renovable").replace("code,en,es,pt", "code,en,es,pt")
    data = run_json(capsys, "p2p", "topics", event_file, write(tmp_path / "fixed.csv", changed + "AI,,IA,\n"))
    assert data == {"added": 1, "updated": 1, "unchanged": 2, "problems": []}
    assert stored(event_file)["ENERGY"]["es"] == "Energía renovable" and stored(event_file)["AI"] == {"es": "IA"}
    code, out, err = run(capsys, "p2p", "topics", event_file, tmp_path / "fixed.csv")
    assert code == 0 and "0 added, 0 updated, 4 unchanged" in out and not err


def test_cli_imports_the_shared_sample_and_an_xlsx_with_spanish_headers(capsys, event_file: Path, tmp_path: Path) -> None:
    from openpyxl import Workbook

    if SAMPLE.exists():
        assert run_json(capsys, "p2p", "topics", event_file, SAMPLE)["added"] == 20
    book = Workbook()
    sheet = book.active
    sheet.append(["Código", "Etiqueta en español", "Rótulo (pt)", None])
    sheet.append(["heritage", "Patrimonio cultural", "Patrimônio cultural", None])
    sheet.append(["TOURISM2", "Turismo", "Turismo", None])
    book.save(tmp_path / "temas.xlsx")
    data = run_json(capsys, "p2p", "topics", event_file, tmp_path / "temas.xlsx")
    assert data["problems"] == [] and data["added"] + data["updated"] == 2
    assert stored(event_file)["HERITAGE"]["es"] == "Patrimonio cultural"
    assert stored(event_file)["TOURISM2"] == {"es": "Turismo", "pt": "Turismo"}


@pytest.mark.parametrize("text,kinds", [
    ("name,es\nClimate,Clima\n", {"no_code_column"}),
    ("code,es\nAI,IA\nai,Inteligencia\n", {"duplicate_code"}),
    ("code,es,pt\nAI,,\n", {"no_label"}),
    ("code,es,de\nAI,IA,KI\n", {"foreign_language"}),
    ("code,es,Notes\nAI,IA,ask Ana\n", {"unknown_column"}),
    ("code,es\nA I,IA\n,Sin código\n", {"bad_code", "no_code"}),
])
def test_cli_refuses_a_wrong_list_whole_with_its_problems(capsys, event_file: Path, tmp_path: Path, text: str,
                                                         kinds: set[str]) -> None:
    before = stored(event_file)
    good = "code,es\nGOOD,Bueno\n"
    data = run_json(capsys, "p2p", "topics", event_file, write(tmp_path / "bad.csv", text + good.split("\n", 1)[1]),
                    expect=1)
    assert data["error"] == "topics_refused" and (data["added"], data["updated"], data["unchanged"]) == (0, 0, 0)
    assert {p["kind"] for p in data["problems"]} == kinds
    assert all(p["reason"] and "{" not in p["reason"] for p in data["problems"])
    assert stored(event_file) == before  # nothing half-written: not even the good row
    code, out, err = run(capsys, "p2p", "topics", event_file, tmp_path / "bad.csv")
    assert code == 1 and not out and "nothing was changed" in err


def test_cli_refusals_are_translated(capsys, event_file: Path, tmp_path: Path, spanish_catalog) -> None:
    code, _out, err = run(capsys, "--lang", "es", "p2p", "topics", event_file, write(tmp_path / "bad.csv", "code,es,de\nAI,IA,KI\n"))
    assert code == 1 and "de" in err and "The topics list" not in err and "Error" in err


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02binary\xff", b'code,es\n"AI,IA\n'])
def test_cli_refuses_a_malformed_file(capsys, event_file: Path, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.csv"
    path.write_bytes(content)
    data = run_json(capsys, "p2p", "topics", event_file, path, expect=1)
    assert data["error"] == "unreadable_list" and "list of topics" in data["message"]
    assert run_json(capsys, "p2p", "topics", event_file, tmp_path / "missing.csv", expect=1)["error"] == "list_missing"
    assert run(capsys, "p2p", "topics", event_file)[0] == 2  # usage


def test_topics_import_flags_offers_and_seeks_that_name_no_topic_with_suggestions(capsys, event_file: Path,
                                                                                   tmp_path: Path) -> None:
    with Workspace.open(event_file) as ws:
        registration.update_participant(ws, registration.find_by_email(ws, "jose@example.org"),
                                        {"offers": "CLIMAT;ENERGY", "seeks": "ENERGIA"})
    data = run_json(capsys, "p2p", "topics", event_file, write(tmp_path / "topics.csv", TOPICS_CSV))
    assert data["added"] == 3  # imported: the flags are for the people's records
    flags = {(p["code"], p["field"]): p for p in data["problems"]}
    assert set(flags) == {("CLIMAT", "offers"), ("ENERGIA", "seeks")}
    assert flags["CLIMAT", "offers"]["suggestions"] == ["CLIMATE"] and flags["ENERGIA", "seeks"]["suggestions"] == ["ENERGY"]
    assert flags["CLIMAT", "offers"]["people"] == [{"name": "José Pérez", "email": "jose@example.org"}]
    assert "did you mean CLIMATE?" in flags["CLIMAT", "offers"]["reason"]


def test_participants_import_flags_unknown_topics_with_the_closest_codes(capsys, event_file: Path, tmp_path: Path) -> None:
    run_json(capsys, "p2p", "topics", event_file, write(tmp_path / "topics.csv", TOPICS_CSV))
    people = write(tmp_path / "people.csv", "Nombre,Apellido,Correo,Ofrece,Busca\n"
                                            "Lucía,Rojas,lucia@example.cl,CLIMAT,5GIOT\nMateo,Quispe,mateo@example.pe,ENERGY,\n")
    data = run_json(capsys, "participants", "import", event_file, people)
    assert data["added"] == 2 and data["invalid"] == 0  # flagged, not refused: Lucía is registered
    (problem,) = data["problems"]
    assert problem["row"] == 2 and problem["column"] == "Ofrece" and problem["suggestions"] == {"CLIMAT": ["CLIMATE"]}
    assert "did you mean CLIMATE?" in problem["reason"] and problem["warning"] is True


def test_a_person_naming_an_unknown_topic_is_registered_flagged_and_counted_once_the_topic_exists(
        capsys, event_file: Path, tmp_path: Path) -> None:
    """Issue 18: offers and seeks naming no known topic are flagged at import with the closest codes, not refused (a
    typo in a topic left the person unregistered). The codes are kept as typed: the topics window lists them as
    unknown, the planner leaves them out, and a topics list that defines one later makes it count."""
    run_json(capsys, "p2p", "topics", event_file, write(tmp_path / "topics.csv", TOPICS_CSV))
    people = write(tmp_path / "people.csv", "Nombre,Apellido,Correo,Ofrece,Busca\n"
                                            "Lucía,Rojas,lucia@example.cl,CLIMAT;ENERGY,5GIOT\n")
    code, out, _err = run(capsys, "participants", "import", event_file, people)
    assert code == 0 and "1 added" in out and "0 invalid" in out
    assert "row 2, Ofrece: topic code(s) not among the event's topics: CLIMAT (did you mean CLIMATE?); imported" in out
    with Workspace.open(event_file, mode="read") as ws:
        lucia = registration.find_by_email(ws, "lucia@example.cl")
        assert lucia is not None and records.get(ws, "participants", lucia)["offers"] == "CLIMAT;ENERGY"
        (unknown,) = p2p.unknown_topics(ws)
        assert (unknown["code"], unknown["field"], unknown["suggestions"]) == ("CLIMAT", "offers", ["CLIMATE"])
        planned = {p.email: p for p in p2p.people_of(ws)}["lucia@example.cl"]
        assert planned.offers == {"ENERGY"} and planned.seeks == {"5GIOT"}  # no table on a code no topic defines
    run_json(capsys, "p2p", "topics", event_file, write(tmp_path / "more.csv", "code,en\nCLIMAT,Climate\n"))
    with Workspace.open(event_file, mode="read") as ws:
        assert p2p.unknown_topics(ws) == []
        assert {p.email: p for p in p2p.people_of(ws)}["lucia@example.cl"].offers == {"CLIMAT", "ENERGY"}


def test_the_planner_leaves_out_codes_no_topic_defines_once_the_event_has_topics(capsys, event_file: Path,
                                                                                  tmp_path: Path) -> None:
    """Codes typed before the event had topics stay in the person's record (flagged in the topics window); the
    planner seats nobody on them: a table on "CLIMAT" would name a topic nobody defined."""
    with Workspace.open(event_file) as ws:
        jose = registration.find_by_email(ws, "jose@example.org")
        registration.update_participant(ws, jose, {"offers": "CLIMAT;ENERGY", "seeks": "ENERGIA;5GIOT"})
        assert {p.email: p for p in p2p.people_of(ws)}["jose@example.org"].offers == {"CLIMAT", "ENERGY"}  # no topics
    run_json(capsys, "p2p", "topics", event_file, write(tmp_path / "topics.csv", TOPICS_CSV))
    with Workspace.open(event_file, mode="read") as ws:
        planned = {p.email: p for p in p2p.people_of(ws)}["jose@example.org"]
    assert (planned.offers, planned.seeks) == ({"ENERGY"}, {"5GIOT"})


def test_a_row_wrong_beside_an_unknown_topic_is_still_refused_and_a_walk_in_still_asked(
        capsys, event_file: Path, tmp_path: Path) -> None:
    """Only a row whose one fault is an unknown topic is imported; a walk-in typed by hand is asked to correct it."""
    run_json(capsys, "p2p", "topics", event_file, write(tmp_path / "topics.csv", TOPICS_CSV))
    people = write(tmp_path / "people.csv", "Nombre,Apellido,Correo,Ofrece\nLucía,Rojas,lucia@,CLIMAT\n")
    data = run_json(capsys, "participants", "import", event_file, people)
    assert data["added"] == 0 and data["invalid"] == 1
    assert not any(p.get("warning") for p in data["problems"]) and len(data["problems"]) == 2
    refused = run_json(capsys, "participants", "add", event_file, "--given", "Ana", "--offers", "CLIMAT", expect=1)
    assert "did you mean CLIMATE?" in refused["message"]


# -- adding, renaming, translating -----------------------------------------------------------------------


def test_topics_are_added_renamed_and_translated_and_each_step_undoes(event_file: Path) -> None:
    with Workspace.open(event_file) as ws:
        added = p2p.add_topic(ws, " ai ", {"es": "Inteligencia artificial"})
        assert p2p.event_topics(ws)["AI"].labels == {"es": "Inteligencia artificial"}
        renamed = p2p.set_topic_label(ws, "AI", "es", "IA")
        translated = p2p.set_topic_label(ws, "ai", "pt", "Inteligência artificial")
        assert p2p.topic_labels(ws, "pt")["AI"] == "Inteligência artificial"
        assert p2p.topic_labels(ws, "fr")["AI"] == "IA"  # no French: the event's first language
        revert_changes(ws, translated)
        assert p2p.topic_labels(ws, "pt")["AI"] == "IA"
        revert_changes(ws, renamed)
        assert p2p.event_topics(ws)["AI"].labels == {"es": "Inteligencia artificial"}
        revert_changes(ws, added)
        assert "AI" not in p2p.event_topics(ws)
        p2p.add_topic(ws, "AI", {"es": "IA"})  # the code is free again
        for call, field in ((lambda: p2p.add_topic(ws, "AI", {"es": "Otra"}), "Code"),
                            (lambda: p2p.add_topic(ws, "X Y", {"es": "x"}), "Code"),
                            (lambda: p2p.add_topic(ws, "NEW", {"es": "  "}), "Label"),
                            (lambda: p2p.add_topic(ws, "NEW", {"de": "Neu"}), "Language"),
                            (lambda: p2p.set_topic_label(ws, "AI", "es", ""), "Label"),
                            (lambda: p2p.set_topic_label(ws, "NOPE", "es", "x"), "Code")):
            with pytest.raises(errors.InvalidValue) as refused:
                call()
            assert refused.value.params["field"] == field


def test_a_reader_reads_their_language_then_the_events_first_then_the_code(event_file: Path) -> None:
    with Workspace.open(event_file) as ws:  # the event's languages: es, pt, en
        registration.set_topics(ws, [{"code": "DATA", "labels": {"pt": "Dados", "es": "Datos"}},
                                     {"code": "ONLYEN", "labels": {"en": "Only English"}}])
        assert p2p.topic_labels(ws, "pt") == {"DATA": "Dados", "ONLYEN": "Only English"}
        assert p2p.topic_labels(ws, "fr")["DATA"] == "Datos"
        assert p2p.topic_label(p2p.topic_labels(ws, "es"), "UNKNOWN") == "UNKNOWN"


# -- bundles -----------------------------------------------------------------------------------------------


def test_topics_travel_in_bundles_and_a_laptops_translation_merges_back(tmp_path: Path) -> None:
    from eulac_desktop.core.bundles import dump_lines, export_bundle, import_bundle, trust_device
    from eulac_desktop.core.event import create_event_file

    coordinator, laptop = tmp_path / "coordinator.eulac", tmp_path / "laptop.eulac"
    with config(tmp_path / "cfg-c") as device, create_event_file(coordinator, name="Lab", languages=["es", "pt"],
                                                                timezone="America/Lima", device=device) as ws:
        topic_import.import_topics(ws, write(tmp_path / "t.csv", "code,es\nDATA,Datos\nAI,IA\n"))
        export_bundle(ws, tmp_path / "setup.zip", "setup")
    with config(tmp_path / "cfg-l") as laptop_device:
        import_bundle(laptop, tmp_path / "setup.zip", trust=True)
        with Workspace.open(laptop) as ws:
            assert p2p.topic_labels(ws, "es") == {"AI": "IA", "DATA": "Datos"}
            p2p.set_topic_label(ws, "DATA", "pt", "Dados")
            export_bundle(ws, tmp_path / "result.zip", "result")
    with config(tmp_path / "cfg-c"):
        import base64

        trust_device(laptop_device.id, laptop_device.name, base64.b64encode(laptop_device.public_key_bytes()).decode(),
                     laptop_device.fingerprint())
        _plan, changes = import_bundle(coordinator, tmp_path / "result.zip")
        assert changes and "topics" in changes.tables()
        with Workspace.open(coordinator) as ws:
            assert p2p.topic_labels(ws, "pt") == {"AI": "IA", "DATA": "Dados"}
            dumped = list(dump_lines(ws))
        shutil.copy(coordinator, tmp_path / "again.eulac")
        _plan, again = import_bundle(coordinator, tmp_path / "result.zip")
        assert not again  # importing it twice changes nothing
        with Workspace.open(coordinator, mode="read") as ws:
            assert list(dump_lines(ws)) == dumped


# -- people by name in the plan's problems ---------------------------------------------------------------


def test_cli_plan_and_move_problems_name_people_beside_their_emails(capsys, event_file: Path) -> None:
    with Workspace.open(event_file) as ws:
        registration.set_topics(ws, [{"code": "DATA", "labels": {"es": "Datos"}}, {"code": "AI", "labels": {"es": "IA"}}])
        for pid in registration.participant_ids(ws):
            registration.update_participant(ws, pid, {"offers": "DATA", "seeks": "AI"})
    data = run_json(capsys, "p2p", "plan", event_file, "--rounds", 1, "--min", 3, "--max", 3, "--seconds", 0)
    unmet = [p for p in data["problems"] if p["kind"] == "seek_unmet"]
    assert len(unmet) == 3
    names = {p["participant"]: p["name"] for p in unmet}
    assert names == {"jose@example.org": "José Pérez", "c@example.org": "Conceição Araújo",
                     "anna@example.fi": "Anna Virtanen"}
    assert all(p["topic"] == "AI" and p["reason"] == "nobody_offers" for p in unmet)  # the existing keys kept
    code, out, _err = run(capsys, "p2p", "plan", event_file, "--rounds", 1, "--min", 3, "--max", 3, "--seconds", 0,
                          "--no-save")
    assert code == 0 and "Datos" in out and " DATA " not in out  # the table's topic by its label


def test_with_names_adds_names_and_keeps_every_key() -> None:
    from eulac_desktop.core.p2p.names import with_names

    problems = [{"kind": "meets_again", "round": 1, "table": 2, "participant": "a@x.org", "with": ["b@x.org", "c@x.org"]},
                {"kind": "not_mixed", "round": 1, "table": 3}]
    named = with_names(problems, {"a@x.org": "Ana", "b@x.org": "Bea"})
    assert named[0] == {**problems[0], "name": "Ana", "with_names": ["Bea", ""]} and named[1] == problems[1]
    assert json.dumps(named)


# -- agendas and signs in the reader's language -------------------------------------------------------


def _plan_three(capsys, event_file: Path, tmp_path: Path, anna: str) -> None:
    """The topics list imported; José (es), C (pt, es) and Anna (`anna`) offering ENERGY and seeking CLIMATE; one
    round of one table planned and saved."""
    run_json(capsys, "p2p", "topics", event_file, write(tmp_path / "topics.csv", TOPICS_CSV))
    with Workspace.open(event_file) as ws:
        for email, langs in (("jose@example.org", "es"), ("c@example.org", "pt;es"), ("anna@example.fi", anna)):
            registration.update_participant(ws, registration.find_by_email(ws, email),
                                            {"languages": langs, "offers": "ENERGY", "seeks": "CLIMATE"})
    run_json(capsys, "p2p", "plan", event_file, "--rounds", 1, "--min", 3, "--max", 3, "--seconds", 0)


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is not installed; make test installs it")
def test_agendas_and_signs_name_topics_and_languages_in_es_and_pt(capsys, event_file: Path, tmp_path: Path,
                                                                 spanish_catalog) -> None:
    import subprocess

    _plan_three(capsys, event_file, tmp_path, anna="fi;en")
    agendas, signs = tmp_path / "agendas.pdf", tmp_path / "signs.pdf"
    run_json(capsys, "p2p", "agendas", event_file, agendas)
    run_json(capsys, "p2p", "signs", event_file, signs)

    def text(pdf: Path) -> str:
        return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout

    cards = text(agendas)
    assert {"Energías renovables", "Energias renováveis", "Renewable energy"} <= set(cards.split("\n"))  # each reader's
    assert "ENERGY" not in cards and "· es\n" not in cards and "· español" in cards  # the language named, in theirs
    sheet = text(signs)
    assert {"Energías renovables", "Energias renováveis"} <= set(sheet.split("\n")) and "ENERGY" not in sheet
    assert "(español)" in sheet or "(inglés)" in sheet or "(portugués)" in sheet


def test_two_laptops_topics_of_one_code_are_read_as_one(event_file: Path) -> None:
    from eulac_desktop.core import records

    with Workspace.open(event_file) as ws:  # as two laptops' bundles leave them: two records of one code
        for labels in ('{"es": "Datos", "pt": "Dados"}', '{"es": "Datos abiertos"}'):
            with ws.operation("topics.add") as op:
                records.insert_entity(op, "topics", {"code": "DATA", "labels": labels})
        assert p2p.event_topics(ws)["DATA"].labels == {"es": "Datos abiertos", "pt": "Dados"}  # the later one wins
        assert len(p2p.event_topics(ws)) == 1
        p2p.set_topic_label(ws, "DATA", "es", "Datos abiertos y ciencia abierta")
        assert p2p.topic_labels(ws, "es") == {"DATA": "Datos abiertos y ciencia abierta"}
        with pytest.raises(errors.InvalidValue):
            p2p.add_topic(ws, "data", {"es": "Otra"})


def test_a_list_with_900_wrong_columns_is_refused_in_a_message_that_fits_a_screen(capsys, event_file: Path,
                                                                                  tmp_path: Path) -> None:
    header = ",".join(f"c{i}" for i in range(900))
    path = write(tmp_path / "wide.csv", f"code,es,{header}\nAI,IA,{',' * 899}\n")
    code, out, err = run(capsys, "p2p", "topics", event_file, path)
    assert code == 1 and not out and "nothing was changed" in err
    assert len(err.splitlines()) < 20 and "of 900 problems" in err  # the first ones, and how many
    data = run_json(capsys, "p2p", "topics", event_file, path, expect=1)
    assert len(data["problems"]) == 900 and len(data["message"].splitlines()) < 20  # the JSON lists every one


def test_cli_refuses_a_list_whose_encoding_is_a_guess_and_reads_it_with_encoding(capsys, event_file: Path,
                                                                                 tmp_path: Path) -> None:
    """A Mac Roman list was read as some other encoding and its labels stored garbled ("CafÅçù"), where the
    participants' import asks: it is refused (exit 1, nothing stored) with each likely reading, and `--encoding`
    reads it right. A Windows-1252 list (Excel's CSV) is read without a question."""
    mac = write(tmp_path / "mac.csv", "code,es,pt\nSALUD,Señal de salud pública,Saúde pública\n", "mac_roman")
    data = run_json(capsys, "p2p", "topics", event_file, mac, expect=1)
    assert data["error"] == "encoding_uncertain" and "labels" in data["message"] and "--encoding" in data["hint"]
    readings = {e["encoding"]: e["sample"] for e in data["encodings"]}
    assert "Señal de salud pública · Saúde pública" in readings["mac_roman"]
    assert stored(event_file) == {}
    assert run_json(capsys, "p2p", "topics", event_file, mac, "--encoding", "mac_roman")["added"] == 1
    assert stored(event_file)["SALUD"] == {"es": "Señal de salud pública", "pt": "Saúde pública"}
    excel = write(tmp_path / "excel.csv", "code;es;pt\nAGUA;Gestión del agua;Gestão da água\n"
                  "ENERGIA;Energías renovables;Energias renováveis\nSALUD;Señal de salud pública;Saúde pública\n", "cp1252")
    assert run_json(capsys, "p2p", "topics", event_file, excel) == {"added": 2, "updated": 0, "unchanged": 1,
                                                                    "problems": []}
    assert stored(event_file)["AGUA"] == {"es": "Gestión del agua", "pt": "Gestão da água"}


def test_cli_plan_and_move_text_list_what_the_plan_could_not_do_by_name_in_the_readers_language(
        capsys, event_file: Path, spanish_catalog) -> None:
    """The text of `p2p plan` counted its notes ("3 notes") without listing them, and `p2p move` printed raw codes
    ("seek_unmet: ", "not_mixed: 1"): both now list them as the P2P page does, people by name, topics by label,
    in the reader's language."""
    with Workspace.open(event_file) as ws:
        registration.set_topics(ws, [{"code": "DATA", "labels": {"es": "Datos"}}, {"code": "AI", "labels": {"es": "IA"}}])
        for pid in registration.participant_ids(ws):
            registration.update_participant(ws, pid, {"offers": "DATA", "seeks": "AI"})
    code, out, _err = run(capsys, "--lang", "es", "p2p", "plan", event_file, "--rounds", 1, "--min", 3, "--max", 3,
                          "--seconds", 0)
    assert code == 0
    notes = out.split("Lo que el plan no pudo lograr:\n", 1)[1].splitlines()
    assert "  José Pérez · IA: nadie lo ofrece" in notes and "  Anna Virtanen · IA: nadie lo ofrece" in notes
    assert len(notes) == 3 and "seek_unmet" not in out and "jose@example.org" not in out
    with Workspace.open(event_file) as ws:  # six people at two tables of three: a move breaks the sizes
        registration.add_participants(ws, [{"given_name": f"Persona{i}", "family_name": "Test", "country": "ES",
                                            "email": f"p{i}@example.org", "offers": "DATA"} for i in range(3)])
    tables = {email: t["table"] for t in run_json(capsys, "p2p", "plan", event_file, "--rounds", 1, "--min", 3, "--max",
                                                  3, "--seconds", 0)["rounds"][0]["tables"] for email in t["participants"]}
    other = next(number for number in set(tables.values()) if number != tables["anna@example.fi"])
    code, out, _err = run(capsys, "--lang", "es", "p2p", "move", event_file, "--round", 1, "--email",
                          "anna@example.fi", "--table", other)
    assert code == 0 and out.startswith("Movido.\n")
    assert f"  ronda 1, mesa {other} · tamaño de mesa fuera de los límites" in out.splitlines(), out
    assert "size" not in out and ": " not in out.splitlines()[1]


def test_an_agenda_names_topics_in_a_language_its_reader_speaks_before_the_events_first(capsys, event_file: Path,
                                                                                      tmp_path: Path) -> None:
    """Anna speaks French and English in an event held in es, pt and en: her card is in French, and a topic with no
    French label is named in English, which she reads, not in Spanish (the event's first language), which she may
    not."""
    import subprocess

    _plan_three(capsys, event_file, tmp_path, anna="fr;en")
    run_json(capsys, "p2p", "agendas", event_file, tmp_path / "agendas.pdf")
    cards = subprocess.run(["pdftotext", str(tmp_path / "agendas.pdf"), "-"], capture_output=True, text=True,
                           check=True).stdout
    assert "Vos tours d’apprentissage entre pairs" in cards  # her card in French
    assert "Anna Virtanen\nRenewable energy" in cards  # the topic in English: it has no French label
    assert "José Pérez" in cards and "Energías renovables" in cards and "Energias renováveis" in cards


def test_a_phone_names_topics_in_a_language_its_person_reads(capsys, event_file: Path, tmp_path: Path) -> None:
    """The phones' agenda, as the printed card: Anna's phone is in French, the topic has no French label, so it is
    named in English, which she reads (it was named in Spanish, the event's first language)."""
    from eulac_desktop.core import phones

    _plan_three(capsys, event_file, tmp_path, anna="fr;en")
    with Workspace.open(event_file, mode="read") as ws:
        topic = {email: phones.agenda(ws, registration.find_by_email(ws, email), lang)["rounds"][0]["topic"]
                 for email, lang in (("anna@example.fi", "fr"), ("jose@example.org", "es"), ("c@example.org", "fr"))}
    assert topic == {"anna@example.fi": "Renewable energy", "jose@example.org": "Energías renovables",
                     "c@example.org": "Energias renováveis"}


@pytest.mark.parametrize("argv", [("p2p", "topics", "{master}", "{topics}"), ("event", "info", "{master}"),
                                  ("sessions", "add", "{master}", "--name", "Lab", "--room", "A", "--start",
                                   "2026-12-03T10:00", "--end", "2026-12-03T11:00")])
def test_an_events_command_on_a_master_file_says_it_is_a_master_file_not_a_damaged_one(capsys, tmp_path: Path,
                                                                                       argv: tuple[str, ...]) -> None:
    """`eulac p2p topics programme.eulac topics.csv` (or any command of one event) on a coordinator's master file said
    "The event file … is damaged (the event record is missing)": it says what the file is and what to run instead."""
    master = tmp_path / "programme.eulac"
    assert run(capsys, "master", "create", master, "--name", "EU-LAC 2027")[0] == 0
    paths = {"master": master, "topics": write(tmp_path / "topics.csv", TOPICS_CSV)}
    data = run_json(capsys, *(a.format(**paths) for a in argv), expect=1)
    assert data["error"] == "master_file" and "damaged" not in data["message"] and "master file" in data["message"]
    assert "eulac master dashboard" in data["hint"]
