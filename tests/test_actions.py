"""Joint action plans and the roadmap (#22 item 4): made from a poll's option, an idea or a cluster; flagged, never
lost, on bad input; merged field group by field group; `eulac actions add|list|export`; the report's roadmap."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from helpers import config, run, run_json
from test_attendance_pdf import pdf_text
from test_bundles import export, make_event, new_laptop, ticking_wall, trust

from eulac_desktop.core import actions, registration, voting
from eulac_desktop.core.bundles import import_bundle
from eulac_desktop.core.workspace import Workspace


@pytest.fixture
def lab(event_file: Path) -> Path:
    """The conftest event (José PE, Conceição BR, Anna FI) with a poll that has a ballot."""
    with Workspace.open(event_file) as ws:
        poll = voting.create_poll(ws, "Priorities", "approval", ["Shared labs", "Vouchers"], eligibility="all"
                                  ).inserted["polls"][0]
        voting.set_state(ws, poll, "open")
        options = [o["id"] for o in voting.get_poll(ws, poll)["options"]]
        anna = registration.find_by_email(ws, "anna@example.fi")
        voting.cast_ballot(ws, poll, [options[1]], participant_id=anna)
    return event_file


def test_cli_add_from_the_top_option_list_and_export(lab: Path, tmp_path: Path, capsys) -> None:
    from openpyxl import load_workbook

    with Workspace.open(lab, mode="read") as ws:
        poll = voting.polls(ws)[0]["id"]
        top = actions.top_option(ws, poll)
    made = run_json(capsys, "actions", "add", lab, "--from-option", top, "--lead", "anna@example.fi", "--partner",
                    "jose@example.org", "--partner", "c@example.org", "--milestone", "2027-03-01:Pilot in Piura",
                    "--milestone", "2027-01-15:Call for partners", "--json")
    assert set(made) == {"id"}
    listed = run_json(capsys, "actions", "list", lab, "--json")
    with Workspace.open(lab, mode="read") as ws:
        event_id = ws.event_id
    assert listed == [{"id": made["id"], "title": "Vouchers", "lead": "anna@example.fi",
                       "partners": ["jose@example.org", "c@example.org"], "status": "planned", "event": event_id,
                       "milestones": [{"date": "2027-01-15", "text": "Call for partners"},
                                      {"date": "2027-03-01", "text": "Pilot in Piura"}]}]
    with Workspace.open(lab, mode="read") as ws:
        assert actions.plans(ws)[0]["pairing"] == "EU-LAC"  # Anna (FI) with José (PE) and Conceição (BR)
    run_json(capsys, "actions", "export", lab, tmp_path / "roadmap.xlsx", "--json")
    book = load_workbook(tmp_path / "roadmap.xlsx")
    assert [r[1] for r in book.worksheets[0].iter_rows(values_only=True)] == ["title", "Vouchers"]
    assert book.worksheets[1].max_row == 3
    code, _out, err = run(capsys, "actions", "add", lab, "--from-option", "no-such-option")
    assert code == 1 and "no poll" in err


def test_a_milestone_before_the_start_and_an_erased_partner_are_flagged_and_the_plan_stays(lab: Path, capsys) -> None:
    code, _out, err = run(capsys, "actions", "add", lab, "--title", "Water lab", "--partner", "jose@example.org",
                         "--milestone", "2026-11-01:Too early", "--json")
    assert code == 0 and "before the plan starts" in err
    with Workspace.open(lab) as ws:
        registration.erase_participant(ws, registration.find_by_email(ws, "jose@example.org"))
        plan = actions.plans(ws)[0]
    assert plan["title"] == "Water lab" and set(plan["problems"]) == {"milestone_before_start", "erased_partner"}
    listed = run_json(capsys, "actions", "list", lab, "--json")
    assert len(listed) == 1 and listed[0]["partners"] == [plan["partners"][0]["id"]]  # no e-mail left: the id


def test_plans_from_an_idea_or_a_cluster_and_edits_with_undo_values(lab: Path) -> None:
    from eulac_desktop.core import ideas

    with Workspace.open(lab) as ws:
        challenge = ideas.add_challenge(ws, "How might we share labs?").inserted["challenges"][0]
        idea = ideas.add_ideas(ws, challenge, ["Open lab days"]).inserted["ideas"][0]
        cluster = ideas.add_cluster(ws, challenge, "Access").inserted["clusters"][0]
        a = actions.add_plan(ws, **actions.from_idea(ws, idea)).inserted["action_plans"][0]
        b = actions.add_plan(ws, **actions.from_cluster(ws, cluster)).inserted["action_plans"][0]
        changes = actions.update_plan(ws, a, status="started", milestones=[{"date": "2027-02-01", "text": "Kick-off"}])
        previous = changes.previous["action_plans"][a]
        actions.update_plan(ws, a, **previous)  # what undo does
        found = {p["id"]: p for p in actions.plans(ws)}
    assert (found[a]["title"], found[a]["status"], found[a]["milestones"]) == ("Open lab days", "planned", [])
    assert found[b]["title"] == "Access" and found[b]["source"] == f"cluster:{cluster}"


def test_two_laptops_editing_different_parts_of_a_plan_both_survive_in_any_order(tmp_path: Path) -> None:
    event = make_event(tmp_path, tmp_path / "cfg-coordinator")
    with config(event.cfg), Workspace.open(event.path) as ws:
        plan = actions.add_plan(ws, "Shared labs", partners=event.people[:2]).inserted["action_plans"][0]
    setup = export(event.path, event.cfg, tmp_path / "setup.zip", "setup")
    laptops = []
    for name in "AB":
        cfg, path = tmp_path / f"cfg-{name}", tmp_path / f"laptop-{name}.eulac"
        laptops.append((cfg, path, new_laptop(cfg, path, setup)))
        trust(event.cfg, laptops[-1][2])
    base = time.time_ns() // 1_000_000 + 60_000
    (cfg_a, path_a, dev_a), (cfg_b, path_b, dev_b) = laptops
    with config(cfg_a), Workspace.open(path_a, device=dev_a, wall=ticking_wall(base)) as ws:
        actions.update_plan(ws, plan, status="started")
    with config(cfg_b), Workspace.open(path_b, device=dev_b, wall=ticking_wall(base + 10_000)) as ws:
        actions.update_plan(ws, plan, milestones=["2027-05-01:Exchange visit"], funding="Horizon Europe")
    bundles = [export(path, cfg, tmp_path / f"{path.stem}.zip", "result") for cfg, path, _dev in laptops]
    for order in (bundles, bundles[::-1]):
        master = tmp_path / f"master-{order is bundles}.eulac"
        shutil.copy(event.path, master)
        with config(event.cfg):
            for bundle in order:
                import_bundle(master, bundle)
            with Workspace.open(master, mode="read") as ws:
                found = actions.plans(ws)[0]
        assert (found["status"], found["funding"], found["milestones"]) == (
            "started", "Horizon Europe", [{"date": "2027-05-01", "text": "Exchange visit"}])


def test_the_report_has_a_roadmap_with_a_table_per_plan(lab: Path, tmp_path: Path) -> None:
    from eulac_desktop.documents.outcome import outcome_pdf

    with Workspace.open(lab) as ws:
        anna = registration.find_by_email(ws, "anna@example.fi")
        actions.add_plan(ws, "Shared labs", lead_id=anna, funding="EU-LAC Digital Alliance",
                         milestones=["2027-01-15:Call", "2027-06-30:Pilot"])
        actions.add_plan(ws, "Vouchers for SMEs", status="done", milestones=["2027-03-01:First vouchers"])
        outcome_pdf(ws, tmp_path / "report.pdf")
    text = pdf_text(tmp_path / "report.pdf")
    assert "Hoja de ruta" in text or "Roadmap" in text
    assert "Shared labs" in text and "EU-LAC Digital Alliance" in text and "Vouchers for SMEs" in text


# -- the desktop ----------------------------------------------------------------------------------------------------


def test_voting_page_makes_a_plan_from_the_top_option_and_undo_takes_it_back(lab: Path, open_window, qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from eulac_desktop.ui.actions_dialog import PlanDialog

    window = open_window(lab, stage="voting")
    page = window.voting_page
    page.table.selectRow(0)
    page.act_plan.trigger()
    form = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PlanDialog) and w.isVisible())
    assert form.title.text() == "Vouchers"
    form.lead.setCurrentIndex(form.lead.findText("Anna Virtanen <anna@example.fi>"))
    qtbot.keyClicks(form.partner_search, "jose")
    shown = [form.partners.item(r) for r in range(form.partners.count()) if not form.partners.item(r).isHidden()]
    assert len(shown) == 1
    shown[0].setCheckState(Qt.CheckState.Checked)
    form.milestones.setFocus()
    qtbot.keyClicks(form.milestones, "2027-01-15 Call for partners")
    qtbot.keyClicks(form.funding, "EU-LAC Digital Alliance")
    save = form.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not form.isVisible() and form.saved_id
    found = actions.plans(window.session.ws)
    assert [(p["title"], p["lead"]["email"], p["pairing"], p["funding"]) for p in found] == [
        ("Vouchers", "anna@example.fi", "EU-LAC", "EU-LAC Digital Alliance")]
    assert found[0]["milestones"] == [{"date": "2027-01-15", "text": "Call for partners"}]
    plans_dialog = page.plans_dialog
    assert plans_dialog.table.rowCount() == 1 and plans_dialog.table.item(0, 0).text() == "Vouchers"
    window.act_undo.trigger()
    assert actions.plans(window.session.ws) == [] and plans_dialog.table.rowCount() == 0
    plans_dialog.close()


def test_a_refused_plan_says_why_in_the_form_and_stays_open(lab: Path, open_window, qtbot) -> None:
    window = open_window(lab, stage="voting")
    dialog = window.voting_page.show_plans()
    form = dialog.new()
    qtbot.keyClicks(form.title, "Water")
    qtbot.keyClicks(form.milestones, "next spring: pilot")
    form.save()
    assert form.isVisible() and "not a date" in form.error.text()
    assert actions.plans(window.session.ws) == []
    form.close()
    dialog.close()


def test_ideas_page_makes_a_plan_from_the_selected_idea(lab: Path, open_window) -> None:
    from eulac_desktop.core import ideas

    with Workspace.open(lab) as ws:
        challenge = ideas.add_challenge(ws, "How might we share labs?").inserted["challenges"][0]
        idea = ideas.add_ideas(ws, challenge, ["Open lab days", "Brokers"]).inserted["ideas"][0]
    window = open_window(lab, stage="ideas", size=(1300, 800))
    page = window.ideas_page
    assert not page.act_plan.isEnabled()
    page.view.select_card(idea)
    page._update_actions()
    assert page.act_plan.isEnabled()
    form = page.plan_from_selection()
    assert form.title.text() == "Open lab days" and form.source == f"idea:{idea}"
    form.save()
    assert [p["source"] for p in actions.plans(window.session.ws)] == [f"idea:{idea}"]
    page.plans_dialog.close()


@pytest.mark.parametrize("count", [2, 30])
def test_the_projector_shows_the_roadmap_in_its_boxes(qapp, lab: Path, count: int) -> None:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImage, QPainter

    from eulac_desktop.ui.projector_screens import Canvas, ProjectorState

    with Workspace.open(lab) as ws:
        for n in range(count):
            actions.add_plan(ws, f"Plan {n}: " + "shared water and energy laboratories " * (3 if n == 0 else 1),
                             milestones=[f"2027-0{1 + n % 9}-15:Pilot"], status=actions.STATUSES[n % 3])
        state = ProjectorState()
        state.show("roadmap")
        canvas = Canvas(ws, qapp.font())
        size = QSize(1280, 720)
        image = QImage(size, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        canvas.paint(painter, size, state)
        painter.end()
    texts = [d.text for d in canvas.drawn]
    assert "Roadmap: our action plans" in texts and any(t.startswith("Plan 1") for t in texts)
    assert all(d.box.contains(d.bounds) or d.bounds.isEmpty() for d in canvas.drawn)
    if count == 30:
        assert any(t.startswith("and ") and t.endswith("more plans") for t in texts)


def test_the_dashboard_lists_the_roadmap_of_each_event(lab: Path) -> None:
    from eulac_desktop.core import master

    with Workspace.open(lab) as ws:
        actions.add_plan(ws, "Shared labs", milestones=["2027-01-15:Call"])
        data = master.dashboard(ws)
    assert [(p["event"], p["title"]) for p in data["roadmap"]] == [("Co-Innovation Lab", "Shared labs")]


def test_a_master_updates_the_status_of_an_earlier_events_plan_and_the_newer_status_wins(tmp_path: Path,
                                                                                      capsys) -> None:
    """"Later events of a master can update a plan's status": the coordinator moves an earlier event's plan in the
    master (`eulac actions status`), the dashboard's roadmap across events follows, and the plan's older versions
    arriving again in bundles do not take the status back (other field groups still merge)."""
    from eulac_desktop.core import master

    for name in ("Lima", "Lisbon"):
        (tmp_path / name).mkdir()
    lima, lisbon = (make_event(tmp_path / n, tmp_path / n / "cfg", name=f"Lab {n}") for n in ("Lima", "Lisbon"))
    with config(lima.cfg), Workspace.open(lima.path) as ws:
        plan = actions.add_plan(ws, "Shared labs", partners=lima.people[:2]).inserted["action_plans"][0]
    bundles = [export(e.path, e.cfg, tmp_path / f"{e.path.parent.name}.zip", "result") for e in (lima, lisbon)]
    path = tmp_path / "master.eulac"
    master.create_master(path, "Programme").close()
    for bundle in bundles:
        import_bundle(path, bundle, trust=True)
    assert run_json(capsys, "actions", "status", path, plan[:8], "started", "--json") == {"id": plan, "status": "started"}
    with config(lima.cfg), Workspace.open(lima.path) as ws:  # Lima's laptop, later: the funding, not the status
        actions.update_plan(ws, plan, funding="Horizon Europe")
    import_bundle(path, bundles[0])  # the plan as it was first: nothing changes
    import_bundle(path, export(lima.path, lima.cfg, tmp_path / "lima-later.zip", "result"))
    with Workspace.open(path, mode="read") as ws:
        (shown,) = master.dashboard(ws)["roadmap"]
    assert (shown["event"], shown["status"], shown["funding"]) == ("Lab Lima", "started", "Horizon Europe")
    code, _out, err = run(capsys, "actions", "status", path, "no-such-plan", "done")
    assert code == 1 and "no action plan" in err
    code, _out, err = run(capsys, "actions", "status", lisbon.path, plan, "done")  # another event's plan
    assert code == 1 and "no action plan" in err


def test_markup_in_a_plans_title_is_printed_as_typed_in_the_reports_contents_too(lab: Path, tmp_path: Path) -> None:
    """A title is text, never reportlab markup: not in its heading, not in the table of contents (which read it as
    markup and printed "HUGE" in 60 points over the other entries)."""
    from eulac_desktop.documents.outcome import outcome_pdf

    with Workspace.open(lab) as ws:
        actions.add_plan(ws, "<font size=60>HUGE</font> & <b>bold</b>")
        outcome_pdf(ws, tmp_path / "report.pdf")
    contents = pdf_text(tmp_path / "report.pdf").split("\f")[1]  # the table of contents' page
    assert "<font size=60>HUGE</font> & <b>bold</b>" in contents


def test_control_characters_in_a_plan_are_dropped_and_its_text_is_kept(lab: Path) -> None:
    """Titles, problems, funding and milestones come from keyboards, pasted text and bundles: a bell, an escape
    sequence or a NUL would reach the projector, the PDF and the terminal of `actions list`."""
    with Workspace.open(lab) as ws:
        plan = actions.add_plan(ws, "Bell\x07 and \x1b[2J clear", problem="Nul\x00 here\nnext line",
                                funding="EU\x0c fund", milestones=["2027-01-15:Call\x1b[31m red"]
                                ).inserted["action_plans"][0]
        (found,) = [p for p in actions.plans(ws) if p["id"] == plan]
    assert found["title"] == "Bell and [2J clear" and found["problem"] == "Nul here\nnext line"
    assert found["funding"] == "EU fund" and found["milestones"] == [{"date": "2027-01-15", "text": "Call[31m red"}]


def test_a_crafted_plan_with_odd_partners_milestones_and_status_is_read_without_failing(lab: Path, tmp_path: Path,
                                                                                         capsys) -> None:
    """A bundle's shapes are checked (JSON lists), not what the lists hold: a plan whose partners are not ids, whose
    milestones are not milestones and whose status is none of the three still lists, exports and prints."""
    from eulac_desktop.documents.outcome import outcome_pdf

    with Workspace.open(lab) as ws:
        plan = actions.add_plan(ws, "Crafted", milestones=["2027-01-15:Call"]).inserted["action_plans"][0]
        ws.conn.execute("UPDATE action_plans SET partners = ?, milestones = ?, status = ? WHERE id = ?",
                        ('[5, null, {"a": 1}]', '["x", 5, {"date": 5}, {"text": "no date"}, {"date": "2027-02-30"}, '
                         '{"date": "2027-03-01", "text": "Pilot"}]', "hacked", plan))
        (found,) = actions.plans(ws)
        outcome_pdf(ws, tmp_path / "report.pdf")
    assert (found["partners"], found["status"]) == ([], "planned")
    assert found["milestones"] == [{"date": "2027-03-01", "text": "Pilot"}]
    assert "Crafted" in run_json(capsys, "actions", "list", lab, "--json")[0]["title"]
    assert run_json(capsys, "actions", "export", lab, tmp_path / "plans.xlsx", "--json")["plans"] == 1


def test_the_timeline_shortens_a_wide_title_to_its_label_column() -> None:
    """Forty capital Ws are far wider than forty letters "i": the timeline's labels are measured, not counted, so a
    title never runs off the page's left edge."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from eulac_desktop.documents.fonts import register
    from eulac_desktop.documents.outcome import fit_label

    regular, _bold = register()
    wide = fit_label("W" * 200, 150, regular, 7.5)
    assert wide.endswith("…") and stringWidth(wide, regular, 7.5) <= 150
    assert fit_label("Shared labs", 150, regular, 7.5) == "Shared labs"


def test_the_master_window_moves_an_earlier_events_plan_and_undo_takes_it_back(tmp_path: Path, qtbot, qapp,
                                                                               monkeypatch) -> None:
    """The master's roadmap across events: choose a plan, choose "Done" by keyboard, set it; the roadmap follows;
    undo gives the plan its status back."""
    from PySide6.QtCore import QCoreApplication, QEvent, Qt

    from eulac_desktop.core import master
    from eulac_desktop.ui.language import LanguageManager
    from eulac_desktop.ui.master_window import MasterWindow
    from eulac_desktop.ui.session import EventSession
    from eulac_desktop.ui.settings import Settings

    (tmp_path / "Lima").mkdir()
    lima = make_event(tmp_path / "Lima", tmp_path / "Lima" / "cfg", name="Lab Lima")
    with config(lima.cfg), Workspace.open(lima.path) as ws:
        plan = actions.add_plan(ws, "Shared labs").inserted["action_plans"][0]
    bundle = export(lima.path, lima.cfg, tmp_path / "lima.zip", "result")
    path = tmp_path / "master.eulac"
    monkeypatch.setenv("EULAC_CONFIG_DIR", str(tmp_path / "coordinator"))
    master.create_master(path, "Programme").close()
    import_bundle(path, bundle, trust=True)
    LanguageManager(qapp).apply("en")
    session = EventSession(Workspace.open(path, master=True))
    win = MasterWindow(session, Settings())
    try:
        win.show()
        qtbot.waitExposed(win)
        board = win.results_page.dashboard
        assert not board.status_row.isVisible()  # under the roadmap's tab only
        board.tabs.setCurrentIndex(board.tabs.indexOf(board.roadmap))
        assert board.status_row.isVisible() and not board.status_button.isEnabled()  # no plan chosen yet
        board.roadmap.selectRow(0)
        assert board.status_choice.currentData() == "planned" and board.status_button.isEnabled()
        board.status_choice.setFocus()
        qtbot.keyClick(board.status_choice, Qt.Key.Key_Down)
        qtbot.keyClick(board.status_choice, Qt.Key.Key_Down)
        qtbot.mouseClick(board.status_button, Qt.MouseButton.LeftButton)
        assert actions.find_plan(session.ws, plan[:8])[0] == plan
        assert board.roadmap.item(0, 2).text() == "Done"
        assert master.dashboard(session.ws)["roadmap"][0]["status"] == "done"
        session.undo_stack.undo()
        assert master.dashboard(session.ws)["roadmap"][0]["status"] == "planned"
        assert board.roadmap.item(0, 2).text() == "Planned"
    finally:
        win.close()
        win.deleteLater()
        QCoreApplication.sendPostedEvents(win, QEvent.Type.DeferredDelete)
        session.close()


def test_a_masters_list_without_event_lists_every_events_plans_with_their_event(tmp_path: Path, capsys) -> None:
    """A coordinator lists the roadmap across the programme: every event's plans, each naming its event (`--event`
    narrows it to one, by a start of its id); an event file lists its own, with its event too."""
    from eulac_desktop.core import master

    for name in ("Lima", "Lisbon"):
        (tmp_path / name).mkdir()
    lima, lisbon = (make_event(tmp_path / n, tmp_path / n / "cfg", name=f"Lab {n}") for n in ("Lima", "Lisbon"))
    made = {}
    for event, title in ((lima, "Shared labs"), (lisbon, "Water lab")):
        with config(event.cfg), Workspace.open(event.path) as ws:
            made[title] = (actions.add_plan(ws, title).inserted["action_plans"][0], ws.event_id)
    path = tmp_path / "master.eulac"
    master.create_master(path, "Programme").close()
    for event in (lima, lisbon):
        import_bundle(path, export(event.path, event.cfg, tmp_path / f"{event.path.parent.name}.zip", "result"),
                      trust=True)
    listed = run_json(capsys, "actions", "list", path, "--json")
    assert sorted((p["title"], p["id"], p["event"]) for p in listed) == sorted((t, *made[t]) for t in made)
    assert all(set(p) == {"id", "title", "lead", "partners", "milestones", "status", "event"} for p in listed)
    code, out, _err = run(capsys, "actions", "list", path)
    assert code == 0 and "Lab Lima: Shared labs" in out and "Lab Lisbon: Water lab" in out
    lisbon_id = made["Water lab"][1]
    only = run_json(capsys, "actions", "list", path, "--event", lisbon_id[:13], "--json")
    assert [(p["title"], p["event"]) for p in only] == [("Water lab", lisbon_id)]
    code, _out, err = run(capsys, "actions", "list", path, "--event", "no-such-event")
    assert code == 1 and "no event" in err
    assert [p["event"] for p in run_json(capsys, "actions", "list", lima.path, "--json")] == [made["Shared labs"][1]]
