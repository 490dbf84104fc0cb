"""The evaluation survey (#22 item 5): the standard template, one answer per person (kiosk by badge, typed from
paper, two laptops), the summary with its response rate, open answers exported, the report's section."""

from __future__ import annotations

import csv
import json
import shutil
import time
from pathlib import Path

import pytest
from helpers import config, run, run_json
from test_attendance_pdf import pdf_text
from test_bundles import export, make_event, new_laptop, ticking_wall, trust

from eulac_desktop.core import checkin, registration, survey
from eulac_desktop.core.bundles import import_bundle
from eulac_desktop.core.workspace import Workspace


@pytest.fixture
def lab(event_file: Path) -> Path:
    """The conftest event; José and Anna checked in."""
    with Workspace.open(event_file) as ws:
        for email in ("jose@example.org", "anna@example.fi"):
            checkin.check_in(ws, registration.find_by_email(ws, email))
    return event_file


def test_the_template_one_answer_per_person_and_the_summary(lab: Path) -> None:
    with Workspace.open(lab) as ws:
        assert [q["id"] for q in survey.questions(ws)] == ["overall", "relevance", "organisation", "improve", "recommend"]
        jose, anna, conceicao = (registration.find_by_email(ws, e) for e in
                                 ("jose@example.org", "anna@example.fi", "c@example.org"))
        survey.add_answer(ws, jose, {"overall": 5, "relevance": "4", "improve": "More time for P2P"})
        with pytest.raises(survey.AnswerRefused) as refused:
            survey.add_answer(ws, jose, {"overall": 1})
        assert refused.value.why == "already"
        with pytest.raises(Exception, match="1 to 5"):
            survey.add_answer(ws, anna, {"overall": 7})
        survey.add_answer(ws, anna, {"overall": 3, "recommend": 5})
        found = survey.summary(ws)
        assert (found["responses"], found["attended"], found["rate"]) == (2, 2, 1.0)
        overall = next(q for q in found["questions"] if q["id"] == "overall")
        assert (overall["mean"], overall["counts"]) == (4.0, [0, 0, 1, 0, 1])
        assert found["open"] == [{"question": "What should we improve?", "text": "More time for P2P"}]
        registration.merge_participants(ws, conceicao, jose)  # José's answer now counts for Conceição's record
        with pytest.raises(survey.AnswerRefused):
            survey.add_answer(ws, conceicao, {"overall": 2})
        registration.erase_participant(ws, anna)
        assert survey.summary(ws)["responses"] == 1  # erased people's answers no longer count


def test_edited_questions_keep_their_ids(lab: Path) -> None:
    with Workspace.open(lab) as ws:
        items = [*survey.questions(ws)[:2], {"kind": "text", "text": "Which session helped you most?"}]
        survey.set_questions(ws, items)
        edited = survey.questions(ws)
        assert [q["id"] for q in edited[:2]] == ["overall", "relevance"] and edited[2]["text"].startswith("Which")
        with pytest.raises(Exception, match="a question needs a text"):
            survey.set_questions(ws, [{"kind": "text", "text": " "}])


def test_cli_answer_from_paper_summary_and_export_of_open_answers(lab: Path, tmp_path: Path, capsys) -> None:
    made = run_json(capsys, "survey", "answer", lab, "--email", "anna@example.fi", "--answer", "overall=4",
                    "--answer", "improve=Interpretation in every room", "--json")
    assert set(made) == {"id"}
    code, _out, err = run(capsys, "survey", "answer", lab, "--email", "anna@example.fi", "--answer", "overall=5")
    assert code == 1 and "already answered" in err
    found = run_json(capsys, "survey", "summary", lab, "--json")
    assert found["responses"] == 1 and found["rate"] == 0.5
    run_json(capsys, "survey", "export", lab, tmp_path / "open.csv", "--json")
    with (tmp_path / "open.csv").open(encoding="utf-8-sig", newline="") as fh:
        assert [r["answer"] for r in csv.DictReader(fh)] == ["Interpretation in every room"]


def test_cli_summary_text_gives_each_mean_in_the_person_s_language_and_says_when_nobody_answered(lab: Path,
                                                                                                  capsys) -> None:
    for email, rating in (("anna@example.fi", "4"), ("jose@example.org", "5")):
        run_json(capsys, "survey", "answer", lab, "--email", email, "--answer", f"overall={rating}", "--json")
    code, out, _err = run(capsys, "--lang", "es", "survey", "summary", lab)
    assert code == 0
    assert "En general, ¿cómo valora el evento?: 4,5 (2)" in out.splitlines()
    assert "¿Qué tan pertinente fue para su trabajo?: sin respuestas aún" in out.splitlines()
    assert "None" not in out
    code, out, _err = run(capsys, "--lang", "en", "survey", "summary", lab)
    assert "Overall, how would you rate the event?: 4.5 (2)" in out.splitlines()


def test_cli_edits_the_questions_and_answers_follow_them(lab: Path, capsys) -> None:
    listed = run_json(capsys, "survey", "questions", lab, "--json")
    assert [q["id"] for q in listed] == ["overall", "relevance", "organisation", "improve", "recommend"]
    edited = run_json(capsys, "survey", "questions", lab, "--remove", "relevance", "--add-open",
                      "Which session helped you most?", "--json")
    assert [q["id"] for q in edited][:4] == ["overall", "organisation", "improve", "recommend"]
    new = edited[-1]
    assert (new["kind"], new["text"]) == ("text", "Which session helped you most?")
    run_json(capsys, "survey", "answer", lab, "--email", "jose@example.org", "--answer", f"{new['id']}=The P2P rounds",
             "--json")
    code, _out, err = run(capsys, "survey", "answer", lab, "--email", "anna@example.fi", "--answer", "relevance=3")
    assert code == 1 and "no question relevance" in err
    assert run_json(capsys, "survey", "summary", lab, "--json")["open"] == [
        {"question": "Which session helped you most?", "text": "The P2P rounds"}]


def test_one_person_answering_on_two_laptops_counts_once_whatever_the_order(tmp_path: Path) -> None:
    event = make_event(tmp_path, tmp_path / "cfg-coordinator")
    setup = export(event.path, event.cfg, tmp_path / "setup.zip", "setup")
    laptops = []
    for name in "AB":
        cfg, path = tmp_path / f"cfg-{name}", tmp_path / f"laptop-{name}.eulac"
        laptops.append((cfg, path, new_laptop(cfg, path, setup)))
        trust(event.cfg, laptops[-1][2])
    base = time.time_ns() // 1_000_000 + 60_000
    for n, (cfg, path, dev) in enumerate(laptops):
        with config(cfg), Workspace.open(path, device=dev, wall=ticking_wall(base + n * 10_000)) as ws:
            survey.add_answer(ws, event.people[0], {"overall": 5 - n})
    bundles = [export(path, cfg, tmp_path / f"{path.stem}.zip", "result") for cfg, path, _dev in laptops]
    for order in (bundles, bundles[::-1]):
        master = tmp_path / f"master-{order is bundles}.eulac"
        shutil.copy(event.path, master)
        with config(event.cfg):
            for bundle in order:
                import_bundle(master, bundle)
            with Workspace.open(master, mode="read") as ws:
                found = survey.summary(ws)
        overall = next(q for q in found["questions"] if q["id"] == "overall")
        assert (found["responses"], overall["mean"]) == (1, 5.0)  # the earliest answer counts


def test_the_report_summarises_the_survey(lab: Path, tmp_path: Path) -> None:
    from eulac_desktop.documents.outcome import outcome_pdf

    with Workspace.open(lab) as ws:
        survey.add_answer(ws, registration.find_by_email(ws, "anna@example.fi"),
                          {"overall": 4, "improve": "Longer coffee breaks"})
        outcome_pdf(ws, tmp_path / "report.pdf")
    text = pdf_text(tmp_path / "report.pdf")
    assert "Evaluación" in text or "Evaluation" in text
    assert "50 %" in text and "Longer coffee breaks" in text


# -- the desktop ----------------------------------------------------------------------------------------------------


def test_the_kiosk_takes_a_badge_ratings_by_key_and_an_open_answer(lab: Path, open_window, qtbot) -> None:
    from PySide6.QtCore import Qt

    from eulac_desktop.ui.survey_kiosk import SurveyKiosk

    window = open_window(lab)
    ws = window.session.ws
    anna = registration.find_by_email(ws, "anna@example.fi")
    kiosk = SurveyKiosk(window.session, "1234")
    qtbot.addWidget(kiosk)
    kiosk.show()
    kiosk.handle_scan(checkin.badge_code(ws, anna))
    assert "Anna" in kiosk.prompt.text() and "1/5" in kiosk.prompt.text()
    for key in (Qt.Key.Key_5, Qt.Key.Key_4, Qt.Key.Key_3):
        qtbot.keyClick(kiosk, key)
    assert kiosk.text.isVisible() or kiosk.questions[kiosk.index]["kind"] == "text"
    qtbot.keyClicks(kiosk.text, "Shorter speeches")
    qtbot.keyClick(kiosk.text, Qt.Key.Key_Return)
    qtbot.keyClick(kiosk, Qt.Key.Key_5)
    answer = survey.summary(ws)
    assert answer["responses"] == 1 and answer["open"][0]["text"] == "Shorter speeches"
    kiosk.handle_scan(checkin.badge_code(ws, anna))
    assert kiosk.pages.currentWidget() is kiosk.refusal
    kiosk.try_leave("1234")


def test_answers_typed_from_paper_are_undoable(lab: Path, open_window) -> None:
    from eulac_desktop.ui.survey_kiosk import PaperAnswersDialog

    window = open_window(lab, stage="voting")
    dialog = window.voting_page.survey_paper()
    assert isinstance(dialog, PaperAnswersDialog)
    dialog.person.setCurrentIndex(dialog.person.findText("José Pérez <jose@example.org>"))
    dialog.fields["overall"].setCurrentIndex(4)  # 4
    dialog.fields["improve"].setText("Name tags in bigger type")
    dialog.save()
    assert survey.summary(window.session.ws)["responses"] == 1
    window.act_undo.trigger()
    assert survey.summary(window.session.ws)["responses"] == 0
    again = window.voting_page.survey_paper()
    again.save()
    assert "Choose the person" in again.error.text()
    again.close()


def test_the_questions_are_edited_in_the_window_and_undone(lab: Path, open_window, qtbot) -> None:
    from PySide6.QtCore import Qt

    window = open_window(lab, stage="voting")
    dialog = window.voting_page.survey_questions()
    assert dialog.list.count() == 5
    qtbot.keyClicks(dialog.new_text, "Which session helped you most?")
    qtbot.mouseClick(dialog.add_open, Qt.MouseButton.LeftButton)
    dialog.list.setCurrentRow(1)  # relevance
    qtbot.mouseClick(dialog.remove, Qt.MouseButton.LeftButton)
    ids = [q["id"] for q in survey.questions(window.session.ws)]
    assert len(ids) == 5 and "relevance" not in ids and dialog.list.count() == 5
    window.act_undo.trigger()
    window.act_undo.trigger()
    assert [q["id"] for q in survey.questions(window.session.ws)] == [q["id"] for q in survey.TEMPLATE]
    dialog.close()


def test_control_characters_in_open_answers_and_questions_are_dropped(lab: Path) -> None:
    """Open answers and questions are printed in the report and exported: a bell, an escape sequence or a NUL
    typed (or pasted) is dropped, the words and line breaks stay."""
    with Workspace.open(lab) as ws:
        survey.set_questions(ws, [*survey.questions(ws), {"kind": "text", "text": "Which\x07 session?"}])
        jose = registration.find_by_email(ws, "jose@example.org")
        survey.add_answer(ws, jose, {"improve": "More\x00 coffee\x1b[31m\nand tea"})
        found = survey.summary(ws)
    assert found["questions"][-1]["text"] == "Which session?"
    assert found["open"] == [{"question": "What should we improve?", "text": "More coffee[31m\nand tea"}]


def test_crafted_questions_and_answers_are_left_out_not_a_failure(lab: Path, tmp_path: Path) -> None:
    """A bundle's shapes are checked (a JSON list of questions, an object of answers), not what they hold: questions
    that are not questions and answers that are not answers are left out of the summary, its export and the report."""
    from eulac_desktop.documents.outcome import outcome_pdf

    with Workspace.open(lab) as ws:
        survey.set_questions(ws, [*survey.questions(ws)[:1], {"kind": "text", "text": "Why?"}])
        why = survey.questions(ws)[1]["id"]
        jose = registration.find_by_email(ws, "jose@example.org")
        survey.add_answer(ws, jose, {"overall": 4})
        ws.conn.execute("UPDATE surveys SET questions = json_insert(questions, '$[#]', 5, '$[#]', json('{\"id\": 3}'))")
        ws.conn.execute("UPDATE survey_answers SET answers = ?", (json.dumps({"overall": "abc", why: [1, 2]}),))
        anna = registration.find_by_email(ws, "anna@example.fi")
        survey.add_answer(ws, anna, {"overall": 2, why: "Shorter talks"})
        found = survey.summary(ws)
        assert survey.export_open_answers(ws, tmp_path / "open.csv") == 1
        outcome_pdf(ws, tmp_path / "report.pdf")
    assert [q["id"] for q in found["questions"]] == ["overall", why] and found["responses"] == 2
    assert (found["questions"][0]["counts"], found["open"]) == ([0, 1, 0, 0, 0], [{"question": "Why?", "text": "Shorter talks"}])


def test_the_response_rate_never_exceeds_one_when_people_answer_without_a_check_in(lab: Path, tmp_path: Path) -> None:
    """Paper forms typed in for people nobody checked in (their badge was never scanned) used to give 3 answers
    over 2 checked in: a rate of 150 %. They took part, so they count beside the people who checked in."""
    with Workspace.open(lab) as ws:
        for email in ("jose@example.org", "anna@example.fi", "c@example.org"):  # Conceição never checked in
            survey.add_answer(ws, registration.find_by_email(ws, email), {"overall": 4})
        found = survey.summary(ws)
        from eulac_desktop.documents.outcome import outcome_pdf

        outcome_pdf(ws, tmp_path / "report.pdf")
    assert (found["responses"], found["attended"], found["took_part"], found["rate"]) == (3, 2, 3, 1.0)
    text = " ".join(pdf_text(tmp_path / "report.pdf").split())
    assert "3 de 3 personas que participaron (2 acreditadas" in text and "del 100 %" in text  # not "3 of 2"
