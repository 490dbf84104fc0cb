"""A coordinator's master file (issue 8, part 4): the result bundles of two events, from three laptops, merged
into one master; the dashboard says what arrived from whom and shows attendance and results across events;
reports and data are made per event; the command line keeps its contract; the window shows it all."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_bundles import config, export, make_event, new_laptop

from eulac_desktop.cli import main
from eulac_desktop.core import checkin, errors, i18n, master, voting
from eulac_desktop.core.bundles import BundleRefused, dump_lines, import_bundle
from eulac_desktop.core.workspace import Workspace


def _programme(tmp_path: Path) -> dict:
    """Two events (Lima, Lisbon); Lima's second laptop checks two people in and votes; bundles of both."""
    out: dict = {}
    for name in ("Lima", "Lisbon"):
        folder = tmp_path / name
        folder.mkdir()
        event = make_event(folder, folder / "cfg", name=f"Lab {name}")
        out[name] = event
        setup = export(event.path, event.cfg, folder / "setup.zip", "setup")
        laptop_cfg = folder / "laptop-cfg"
        device = new_laptop(laptop_cfg, folder / "laptop.eulac", setup)
        with config(laptop_cfg), Workspace.open(folder / "laptop.eulac", device=device) as ws:
            for pid in event.people[:2 if name == "Lima" else 1]:
                checkin.check_in(ws, pid)
            voting.cast_ballot(ws, event.poll, [event.options[1]], participant_id=event.people[0])
        out[f"{name} result"] = export(folder / "laptop.eulac", laptop_cfg, folder / "result.zip", "result", device)
        out[f"{name} setup"] = setup
    return out


def test_a_master_takes_the_bundles_of_several_events_and_the_dashboard_says_what_arrived(tmp_path: Path) -> None:
    p = _programme(tmp_path)
    coordinator = tmp_path / "coordinator-cfg"
    with config(coordinator):
        master.create_master(tmp_path / "master.eulac", "  EU-LAC   programme ").close()
        for name in ("Lima setup", "Lima result", "Lisbon setup", "Lisbon result"):
            import_bundle(tmp_path / "master.eulac", p[name], trust=True)
        plan, changes = import_bundle(tmp_path / "master.eulac", p["Lima result"])  # again: nothing changes
        assert changes is None and not plan.changes_anything()
        with Workspace.open(tmp_path / "master.eulac", mode="read") as ws:
            assert ws.is_master and ws.event_id == ""
            data = master.dashboard(ws)
    assert data["name"] == "EU-LAC programme" and data["master"] is True
    by_name = {e["name"]: e for e in data["events"]}
    assert set(by_name) == {"Lab Lima", "Lab Lisbon"}
    assert by_name["Lab Lima"]["checked_in"] == 2 and by_name["Lab Lisbon"]["checked_in"] == 1
    assert by_name["Lab Lima"]["participants"] == by_name["Lab Lisbon"]["participants"] == 6
    assert by_name["Lab Lima"]["ballots"] == 1 and by_name["Lab Lima"]["ideas"] == 2
    assert [b["kind"] for b in data["bundles"]].count("result") == 2 and len(data["bundles"]) == 4  # not the re-import
    assert all(b["rows_changed"] > 0 and b["fingerprint"] for b in data["bundles"])
    assert len(data["devices"]) == 4  # two coordinators' laptops (setup) and two event laptops (result)
    region_total = sum(c["registered"] for c in data["attendance"]["region"].values())
    assert region_total == 12 and sum(c["checked_in"] for c in data["attendance"]["region"].values()) == 3
    results = {(r["event"], r["poll"]): r for r in data["results"]}
    assert results["Lab Lima", "Priorities"]["ballots"] == 1 and results["Lab Lima", "Priorities"]["first"] == "Mobility"


def test_the_dashboards_top_counts_and_its_breakdown_agree_with_a_merged_record_and_an_erased_person(
        tmp_path: Path) -> None:
    """Issue 17: with one merged record and one erased person, the dashboard said 3 registered / 1 checked in at
    the top and {'PE': {'registered': 2, 'checked_in': 0}} in its breakdown; both now come from `checkin.stats`."""
    from eulac_desktop.core.registration import erase_participant, merge_participants

    event = make_event(tmp_path, tmp_path / "cfg", name="Lab Lima")
    jose, mateo, jonas = event.people[0], event.people[3], event.people[5]  # José and Mateo are from Peru
    setup = export(event.path, event.cfg, tmp_path / "setup.zip", "setup")
    device = new_laptop(tmp_path / "laptop-cfg", tmp_path / "laptop.eulac", setup)
    with config(tmp_path / "laptop-cfg"), Workspace.open(tmp_path / "laptop.eulac", device=device) as ws:
        checkin.check_in(ws, jose)  # under the record then merged into Mateo's
        merge_participants(ws, mateo, jose)
        erase_participant(ws, jonas)
    result = export(tmp_path / "laptop.eulac", tmp_path / "laptop-cfg", tmp_path / "result.zip", "result", device)
    with config(tmp_path / "coordinator-cfg"):
        master.create_master(tmp_path / "master.eulac", "Programme").close()
        for bundle in (setup, result):
            import_bundle(tmp_path / "master.eulac", bundle, trust=True)
        with Workspace.open(tmp_path / "master.eulac", mode="read") as ws:
            data = master.dashboard(ws)
    (lima,) = data["events"]
    assert (lima["participants"], lima["checked_in"]) == (4, 1)  # six, less the merged record and the erased person
    for key in ("region", "country", "role"):
        cells = data["attendance"][key].values()
        assert (sum(c["registered"] for c in cells), sum(c["checked_in"] for c in cells)) == (4, 1), key
    assert data["attendance"]["country"]["PE"] == {"registered": 1, "checked_in": 1}
    assert "DE" not in data["attendance"]["country"]


def test_a_person_checked_in_under_two_records_later_merged_is_a_double_check_in(tmp_path: Path) -> None:
    """Merges followed (issue 17): check-ins under two records of one person, merged afterwards, are one person
    checked in twice; the earliest counts, under the kept person's name."""
    from eulac_desktop.core.registration import merge_participants

    event = make_event(tmp_path, tmp_path / "cfg")
    jose, mateo = event.people[0], event.people[3]
    with config(tmp_path / "cfg"), Workspace.open(event.path) as ws:
        checkin.check_in(ws, mateo)
        checkin.check_in(ws, jose)
        assert master.double_checkins(ws) == []
        merge_participants(ws, jose, mateo)
        (double,) = master.double_checkins(ws)
        assert checkin.stats(ws)["checked_in"] == 1
    assert (double["participant_id"], double["name"], double["event"]) == (jose, "José Pérez", "Co-Innovation Lab")
    assert len(double["others"]) == 1 and double["counted"]["at"] <= double["others"][0]["at"]


def test_the_masters_merge_does_not_depend_on_the_order_of_bundles(tmp_path: Path) -> None:
    p = _programme(tmp_path)
    names = ["Lima setup", "Lima result", "Lisbon setup", "Lisbon result"]
    dumps = []
    for i, order in enumerate((names, list(reversed(names)))):
        with config(tmp_path / f"coordinator{i}"):
            master.create_master(tmp_path / f"master{i}.eulac", "Programme").close()
            for name in order:
                import_bundle(tmp_path / f"master{i}.eulac", p[name], trust=True)
            with Workspace.open(tmp_path / f"master{i}.eulac", mode="read") as ws:
                dumps.append(list(dump_lines(ws)))
    assert dumps[0] == dumps[1] and len(dumps[0]) > 20


def test_an_event_file_still_refuses_another_events_bundle(tmp_path: Path) -> None:
    p = _programme(tmp_path)
    with config(p["Lima"].cfg), pytest.raises(BundleRefused, match="another event"):
        import_bundle(p["Lima"].path, p["Lisbon result"], trust=True)


def test_a_master_takes_no_badge_secret(tmp_path: Path) -> None:
    p = _programme(tmp_path)
    with config(tmp_path / "c"):
        master.create_master(tmp_path / "m.eulac", "Programme").close()
        import_bundle(tmp_path / "m.eulac", p["Lima setup"], trust=True)
        secret = "SELECT value FROM meta WHERE key = 'badge_secret'"
        with Workspace.open(tmp_path / "m.eulac", mode="read") as ws, \
                Workspace.open(p["Lima"].path, mode="read") as lima:
            assert lima.conn.execute(secret).fetchone() is not None
            assert ws.conn.execute(secret).fetchone() != lima.conn.execute(secret).fetchone()


def test_reports_need_an_event_in_a_master_and_are_made_per_event(tmp_path: Path, capsys) -> None:
    p = _programme(tmp_path)
    path = tmp_path / "master.eulac"
    with config(tmp_path / "c"):
        assert main(["master", "create", str(path), "--name", "Programme", "--json"]) == 0
        assert json.loads(capsys.readouterr().out) == {"file": str(path), "name": "Programme"}
        for name in ("Lima setup", "Lima result", "Lisbon setup"):
            assert main(["bundle", "import", str(path), str(p[name]), "--trust", "--json"]) == 0
        capsys.readouterr()
        assert main(["report", "pdf", str(path), str(tmp_path / "r.pdf")]) == 1
        assert "choose one with --event" in capsys.readouterr().err
        assert main(["report", "pdf", str(path), str(tmp_path / "r.pdf"), "--event", "nope"]) == 1
        assert "holds no event nope" in capsys.readouterr().err
        with Workspace.open(path, mode="read") as ws:
            lima = next(e["id"] for e in master.events(ws) if e["name"] == "Lab Lima")
        assert main(["report", "data", str(path), str(tmp_path / "data"), "--event", lima[:12], "--json"]) == 0
        files = json.loads(capsys.readouterr().out)["files"]
        checkins = next(f for f in files if Path(f).name.startswith("checkins"))
        assert len(Path(checkins).read_text(encoding="utf-8").splitlines()) == 3  # Lima's two check-ins, not Lisbon's
        assert main(["report", "pdf", str(path), str(tmp_path / "r.pdf"), "--event", lima]) == 0
        assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
        capsys.readouterr()
        assert main(["master", "dashboard", str(path), "--json"]) == 0
        data = json.loads(capsys.readouterr().out)
        assert {"name", "master", "events", "devices", "bundles", "attendance", "results"} <= set(data)
        assert main(["master", "dashboard", str(path)]) == 0
        text = capsys.readouterr().out
        assert "Lab Lima" in text and "Lab Lisbon" in text and "Bundles received (3)" in text


@pytest.mark.parametrize("lang, line", [
    ("en", "  2026-12-07T10:00:00+00:00  result bundle of “Lab Lima” from Desk 2: 1 row changed"),
    ("es", "  2026-12-07T10:00:00+00:00  paquete de resultados de “Lab Lima” procedente de Desk 2: 1 fila modificada"),
])
def test_the_dashboard_names_a_bundles_kind_and_counts_its_rows_in_the_users_language(
        tmp_path: Path, capsys, monkeypatch, spanish_catalog: Path, lang: str, line: str) -> None:
    path = tmp_path / "master.eulac"
    with config(tmp_path / "c"):
        assert main(["master", "create", str(path), "--name", "Programme"]) == 0
        board = {"name": "Programme", "events": [], "devices": [], "results": [], "bundles": [
            {"received_at": "2026-12-07T10:00:00+00:00", "kind": "result", "event": "Lab Lima", "device": "Desk 2",
             "rows_changed": 1}]}
        monkeypatch.setattr(master, "dashboard", lambda ws: board)
        capsys.readouterr()
        try:
            assert main(["--lang", lang, "master", "dashboard", str(path)]) == 0
        finally:
            i18n.set_language("en")
        assert line in capsys.readouterr().out.splitlines()


@pytest.mark.parametrize("lang, lines", [
    ("en", ["  0123456789abc  2026-12-07  Lab Lima: 3 of 5 checked in, 1 idea, 1 ballot",
            "  0123456789abc  2026-12-08  Lab Lisbon: 0 of 2 checked in, 2 ideas, 0 ballots"]),
    ("es", ["  0123456789abc  2026-12-07  Lab Lima: 3 de 5 acreditados, 1 idea, 1 voto",
            "  0123456789abc  2026-12-08  Lab Lisbon: 0 de 2 acreditados, 2 ideas, 0 votos"]),
    ("pt", ["  0123456789abc  2026-12-07  Lab Lima: 3 de 5 credenciados, 1 ideia, 1 voto",
            "  0123456789abc  2026-12-08  Lab Lisbon: 0 de 2 credenciados, 2 ideias, 0 votos"]),
    ("fr", ["  0123456789abc  2026-12-07  Lab Lima\u00a0: 3 arrivés sur 5, 1 idée, 1 bulletin",
            "  0123456789abc  2026-12-08  Lab Lisbon\u00a0: 0 arrivés sur 2, 2 idées, 0 bulletin"]),
])
def test_the_dashboards_event_lines_count_ideas_and_ballots_with_plural_forms(
        tmp_path: Path, capsys, monkeypatch, spanish_catalog: Path, lang: str, lines: list[str]) -> None:
    path = tmp_path / "master.eulac"
    with config(tmp_path / "c"):
        assert main(["master", "create", str(path), "--name", "Programme"]) == 0
        event = {"id": "0123456789abcdef", "start_date": "2026-12-07", "name": "Lab Lima", "checked_in": 3,
                 "participants": 5, "ideas": 1, "ballots": 1}
        board = {"name": "Programme", "devices": [], "results": [], "bundles": [], "events": [
            event, {**event, "start_date": "2026-12-08", "name": "Lab Lisbon", "checked_in": 0, "participants": 2,
                    "ideas": 2, "ballots": 0}]}
        monkeypatch.setattr(master, "dashboard", lambda ws: board)
        capsys.readouterr()
        try:
            assert main(["--lang", lang, "master", "dashboard", str(path)]) == 0
        finally:
            i18n.set_language("en")
        shown = capsys.readouterr().out.splitlines()
        assert [line for line in shown if "Lab L" in line] == lines


def test_a_master_that_cannot_be_written_whole_leaves_no_file(tmp_path: Path, monkeypatch) -> None:
    create = Workspace.create

    def failing_create(path, **kwargs):  # the file is made, then the master's own write fails (a full disk, say)
        ws = create(path, **kwargs)
        ws.conn.execute("CREATE TEMP TRIGGER full BEFORE INSERT ON main.meta WHEN NEW.key = 'kind' "
                        "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
        return ws

    monkeypatch.setattr(Workspace, "create", staticmethod(failing_create))
    with pytest.raises(errors.EulacError):
        master.create_master(tmp_path / "m.eulac", "Programme")
    assert not (tmp_path / "m.eulac").exists()


def test_a_master_needs_a_name_and_a_new_path(tmp_path: Path) -> None:
    with pytest.raises(errors.InvalidValue):
        master.create_master(tmp_path / "m.eulac", "   ")
    master.create_master(tmp_path / "m.eulac", "P").close()
    with pytest.raises(errors.EventFileExists):
        master.create_master(tmp_path / "m.eulac", "P")


def test_the_master_window_shows_the_dashboard_and_asks_which_event_a_report_is_about(
        tmp_path: Path, qtbot, qapp, monkeypatch) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    from eulac_desktop.ui.language import LanguageManager
    from eulac_desktop.ui.master_window import MasterWindow
    from eulac_desktop.ui.session import EventSession
    from eulac_desktop.ui.settings import Settings

    p = _programme(tmp_path)
    path = tmp_path / "master.eulac"
    monkeypatch.setenv("EULAC_CONFIG_DIR", str(tmp_path / "coordinator"))
    master.create_master(path, "EU-LAC programme").close()
    for name in ("Lima setup", "Lima result", "Lisbon setup", "Lisbon result"):
        import_bundle(path, p[name], trust=True)
    LanguageManager(qapp).apply("en")
    session = EventSession(Workspace.open(path, master=True))
    win = MasterWindow(session, Settings())
    try:
        win.show()
        qtbot.waitExposed(win)
        page = win.results_page
        assert "EU-LAC programme (master)" in win.windowTitle()
        assert not any(b.isVisible() for b in page.export_buttons.values()) and page.import_button.isVisible()
        board = page.dashboard
        assert board.events.rowCount() == 2 and board.bundles.rowCount() == 4 and board.devices.rowCount() == 4
        assert board.tabs.tabText(0) == "Events (2)" and board.results.rowCount() == 2
        shown = {board.attendance.item(r, 1).text() for r in range(board.attendance.rowCount())}
        assert {"Latin America and the Caribbean", "Participant", "Peru"} <= shown  # words, not codes
        assert board.results.item(0, 2).text() == "Approval"
        if shot := __import__("os").environ.get("EULAC_SCREENSHOTS"):
            win.resize(1100, 640)
            for tab in range(board.tabs.count()):
                board.tabs.setCurrentIndex(tab)
                win.grab().save(str(Path(shot) / f"master-window-{tab}.png"))
            board.tabs.setCurrentIndex(0)
        asked = []
        monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: asked.append(a[3]) or (a[3][1], True))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "out"))
        (tmp_path / "out").mkdir()
        page.data()
        qtbot.waitUntil(lambda: "Wrote" in page.status.text(), timeout=10000)
        assert [label.split(" (")[0] for label in asked[0]] == ["Lab Lima", "Lab Lisbon"]
        assert any(f.suffix == ".xlsx" for f in (tmp_path / "out").iterdir())
    finally:
        win.close()
        win.deleteLater()
        QCoreApplication.sendPostedEvents(win, QEvent.Type.DeferredDelete)
        session.close()


# -- the first setup bundle of an event is taken only when someone says so ---------------------------------------


def _trust_signer(setup: Path) -> dict:
    """Trust the device that signed `setup` (as if its result bundles had been imported before): the question left
    is whether it is the coordinator of this new event."""
    from eulac_desktop.core.bundles import read_bundle, trust_device

    device = read_bundle(setup).manifest["device"]
    trust_device(device["id"], device["name"], device["public_key"], device["fingerprint"])
    return device


def test_a_master_asks_before_taking_the_first_setup_bundle_of_an_event(tmp_path: Path, capsys) -> None:
    p = _programme(tmp_path)
    path = tmp_path / "master.eulac"
    with config(tmp_path / "coordinator-cfg"):
        master.create_master(path, "EU-LAC programme").close()
        device = _trust_signer(p["Lima setup"])
        code = main(["bundle", "import", str(path), str(p["Lima setup"]), "--json"])
        refused = json.loads(capsys.readouterr().out)
        assert code == 1 and refused["error"] == "bundle_refused"
        assert "first setup bundle of the event “Lab Lima”" in refused["message"] and device["name"] in refused["message"]
        assert device["fingerprint"] in refused["hint"] and "--trust" in refused["hint"]
        assert main(["bundle", "import", str(path), str(p["Lima setup"]), "--dry-run"]) == 1  # a dry run says so too
        assert "first setup bundle" in capsys.readouterr().err
        with Workspace.open(path, mode="read") as ws:
            assert master.events(ws) == [] and not list(dump_lines(ws))  # nothing was taken
        assert main(["bundle", "import", str(path), str(p["Lima setup"]), "--trust", "--json"]) == 0
        capsys.readouterr()
        assert main(["bundle", "import", str(path), str(p["Lima setup"])]) == 0  # a known event: no question again
        with Workspace.open(path, mode="read") as ws:
            assert [e["name"] for e in master.events(ws)] == ["Lab Lima"]


def test_the_master_window_asks_before_taking_the_first_setup_bundle_of_an_event(
        tmp_path: Path, qtbot, qapp, monkeypatch) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QDialog

    from eulac_desktop.ui.language import LanguageManager
    from eulac_desktop.ui.master_window import MasterWindow
    from eulac_desktop.ui.pages import results as results_page
    from eulac_desktop.ui.session import EventSession
    from eulac_desktop.ui.settings import Settings

    p = _programme(tmp_path)
    path = tmp_path / "master.eulac"
    monkeypatch.setenv("EULAC_CONFIG_DIR", str(tmp_path / "coordinator"))
    master.create_master(path, "EU-LAC programme").close()
    _trust_signer(p["Lima setup"])
    LanguageManager(qapp).apply("en")
    asked: list[str] = []
    answer = [False]

    def ask(self, bundle) -> bool:  # the real dialog's text, answered as `answer` says
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QMessageBox

        def reply() -> None:
            box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
            asked.append(box.text())
            button = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole) \
                if answer[0] else box.button(QMessageBox.StandardButton.Cancel)
            button.click()

        QTimer.singleShot(50, reply)
        return real_ask(self, bundle)

    real_ask = results_page.ResultsPage.ask_trust
    monkeypatch.setattr(results_page.ResultsPage, "ask_trust", ask)
    monkeypatch.setattr(results_page.ImportPreview, "exec", lambda self: QDialog.DialogCode.Accepted)
    win = MasterWindow(EventSession(Workspace.open(path, master=True)), Settings())
    try:
        win.show()
        qtbot.waitExposed(win)
        page = win.results_page
        page.import_bundle(str(p["Lima setup"]))
        qtbot.waitUntil(lambda: "Not imported" in page.status.text(), timeout=10000)
        assert len(asked) == 1 and "first setup bundle of the event “Lab Lima”" in asked[0]
        assert master.events(win.session.ws) == []
        answer[0] = True
        page.import_bundle(str(p["Lima setup"]))
        qtbot.waitUntil(lambda: "Imported" in page.status.text(), timeout=10000)
        assert len(asked) == 2 and [e["name"] for e in master.events(win.session.ws)] == ["Lab Lima"]
    finally:
        win.close()
        win.deleteLater()  # gone before the next test changes the language (its title reads the closed file)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        win.session.ws.close()
