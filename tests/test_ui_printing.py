"""One print path: every printout is saved where the user chooses (the folder remembered per kind, at first the
event file's), written atomically off the GUI thread (cancel and failures leave no file), then a message says
where it is, with Print… (really printing, through Qt's print dialog), Open folder, Open and Close."""

from __future__ import annotations

import errno
import tempfile
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDesktopServices, QPageRanges
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QProgressDialog, QPushButton

from eulac_desktop.core import checkin, errors, ideas, p2p, registration, voting
from eulac_desktop.ui import badge_print, printing
from eulac_desktop.ui.language import LanguageManager
from eulac_desktop.ui.main_window import STAGES
from eulac_desktop.ui.settings import Settings

EVENT_FOLDER = "event-folder"


@pytest.fixture
def event_path(tmp_path: Path, device) -> Path:
    """An event in its own folder: 12 people checked in with P2P topics (and a kept plan), an open poll, a
    session with one attendance."""
    from eulac_desktop.core.event import create_event_file

    folder = tmp_path / EVENT_FOLDER
    folder.mkdir()
    path = folder / "lab.eulac"
    with create_event_file(path, name="Lab: Lima/Piura", start_date="2026-12-03", languages=["es", "en"],
                           timezone="America/Lima", device=device) as ws:
        registration.set_topics(ws, [{"code": "DATA", "labels": {"es": "Datos"}}, {"code": "S3", "labels": {}}])
        registration.add_participants(ws, [
            {"given_name": f"Persona{i}", "family_name": "Ejemplo", "email": f"p{i}@example.org",
             "country": ("ES", "PE", "DE", "BR")[i % 4], "languages": "es;en",
             "offers": ("DATA", "S3")[i % 2], "seeks": ("S3", "DATA")[i % 2]} for i in range(12)])
        for pid in registration.participant_ids(ws):
            checkin.check_in(ws, pid)
        data = p2p.plan_event(ws, 1, min_size=3, max_size=6, seconds=0.2)
        p2p.save_plan(ws, data, {"rounds": 1})
        poll = voting.create_poll(ws, "Prioridades", "dots", ["Datos", "Movilidad"], params={"dots": 3})
        voting.set_state(ws, poll.inserted["polls"][0], "open")
        session_id = checkin.add_session(ws, "Opening", "Room A", "2026-12-03T09:00", "2026-12-03T10:00").inserted[
            "sessions"][0]
        checkin.scan(ws, checkin.badge_code(ws, registration.participant_ids(ws)[0]), session_id=session_id)
        challenge = ideas.add_challenge(ws, "How might we open labs to small firms?").inserted["challenges"][0]
        ideas.add_ideas(ws, challenge, ["Open lab days", "Vouchers"])
    return path


@pytest.fixture
def window(open_window, event_path: Path):
    return open_window(event_path, size=(1024, 700))


@pytest.fixture(autouse=True)
def fresh_printer(monkeypatch: pytest.MonkeyPatch):
    """Each test starts with a printer of its own (the app keeps one per run)."""
    monkeypatch.setattr(printing, "_printer", None)


@pytest.fixture
def no_temp_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system's temporary folder, as this test sees it; mkdtemp must not be called at all."""
    folder = tmp_path / "system-temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    made: list = []
    original = tempfile.mkdtemp
    monkeypatch.setattr(tempfile, "mkdtemp", lambda *a, **k: made.append(a or k) or original(*a, **k))
    yield folder
    assert not made, "a print path made a temporary folder"
    assert not [p for p in Path(tempfile.gettempdir()).iterdir() if p.name.startswith("eulac-")]


@pytest.fixture
def errors_shown(monkeypatch: pytest.MonkeyPatch) -> list:
    shown: list = []
    monkeypatch.setattr(printing, "show_error", lambda parent, exc: shown.append(exc))
    return shown


class SaveDialog:
    """Stands in for QFileDialog.getSaveFileName: records the suggested path, answers `answer`."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: Path | str):
        self.answer, self.suggested = str(answer), []
        monkeypatch.setattr(printing.QFileDialog, "getSaveFileName", self)

    def __call__(self, parent, title, suggested, filters):  # type: ignore[no-untyped-def]
        self.suggested.append(Path(suggested))
        return self.answer, filters


def saved_dialog(qtbot) -> printing.SavedDialog:
    """The message saying where the PDF is, once it shows."""
    found: list = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, printing.SavedDialog) and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=20000)
    return found[0]


def close_saved(qtbot) -> None:
    dialog = saved_dialog(qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def print_to_pdf(target: Path) -> QPrinter:
    """The run's printer, set to print into `target` as PDF (a real QPrinter, a file instead of paper)."""
    printer = printing.shared_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setResolution(72)
    return printer


@pytest.fixture
def print_dialogs():  # type: ignore[no-untyped-def]
    """Presses OK in Qt's print dialog as soon as one shows; the list of those seen."""
    seen: list = []

    def check() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QPrintDialog) and widget.isVisible() and widget not in seen:
                seen.append(widget)
                widget.accept()

    timer = QTimer(interval=20)
    timer.timeout.connect(check)
    timer.start()
    yield seen
    timer.stop()


def pages(path: Path) -> int:
    doc = QPdfDocument()
    assert doc.load(str(path)) == QPdfDocument.Error.None_, path
    return doc.pageCount()


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def open_badge_dialog(monkeypatch: pytest.MonkeyPatch, layout: str = "a4-8") -> None:
    def accept(dialog) -> int:  # type: ignore[no-untyped-def]
        dialog.layout_box.setCurrentIndex(dialog.layout_box.findData(layout))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(badge_print.BadgeDialog, "exec", accept)


# -- where the file goes -------------------------------------------------------------------------------------


def test_badges_by_ctrl_p_go_where_chosen_and_the_folder_is_remembered_per_kind(window, qtbot, tmp_path: Path,
                                                                                 monkeypatch, no_temp_folders) -> None:
    window.sidebar.setCurrentRow(STAGES.index("participants"))
    open_badge_dialog(monkeypatch)
    chosen = tmp_path / "printouts"
    chosen.mkdir()
    dialog = SaveDialog(monkeypatch, chosen / "badges.pdf")
    page = window.participants_page
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    saved = saved_dialog(qtbot)
    # at first, the folder beside the event file, with a name that says what it is
    assert dialog.suggested == [tmp_path / EVENT_FOLDER / "Lab- Lima-Piura - badges - a4-8.pdf"]
    assert files_in(chosen) == ["badges.pdf"] and pages(chosen / "badges.pdf") == 2  # 12 badges, 8 a sheet
    assert str(chosen) in saved.message.text()
    qtbot.keyClick(saved, Qt.Key.Key_Escape)
    assert Settings().print_folder("badges") == str(chosen)
    # next time, the remembered folder; another kind of printout still starts beside the event file
    window.activateWindow()  # the window manager's part when a dialog closes (offscreen has none)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    close_saved(qtbot)
    assert dialog.suggested[1].parent == chosen
    window.sidebar.setCurrentRow(STAGES.index("results"))
    dialog.answer = str(chosen / "report.pdf")
    window.results_page.report_button.click()
    close_saved(qtbot)
    assert dialog.suggested[2] == tmp_path / EVENT_FOLDER / "Lab- Lima-Piura - outcome report.pdf"
    assert files_in(chosen) == ["badges.pdf", "report.pdf"]


def test_a_folder_that_is_gone_falls_back_to_the_event_s_folder(window, tmp_path: Path) -> None:
    settings = Settings()
    settings.set_print_folder("badges", tmp_path / "gone")
    assert printing.default_folder(window.session, settings, "badges") == tmp_path / EVENT_FOLDER


def test_a_cancelled_save_dialog_makes_nothing(window, qtbot, tmp_path: Path, monkeypatch) -> None:
    window.sidebar.setCurrentRow(STAGES.index("participants"))
    open_badge_dialog(monkeypatch)
    SaveDialog(monkeypatch, "")
    window.participants_page.act_badges.trigger()
    qtbot.wait(200)
    assert not [p for p in (tmp_path / EVENT_FOLDER).iterdir() if p.suffix in (".pdf", ".part")]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, printing.SavedDialog) and w.isVisible()]


# -- the write: atomic, cancellable, failures said ------------------------------------------------------------


def visible_progress(window) -> QProgressDialog | None:  # type: ignore[no-untyped-def]
    return next((w for w in window.findChildren(QProgressDialog) if w.isVisible()), None)


def slow_writer(release: threading.Event, with_progress: bool):  # type: ignore[no-untyped-def]
    """A writer that writes part of a PDF, then waits (reporting progress, or not) until released."""
    def write(path: Path, progress) -> int:  # type: ignore[no-untyped-def]
        path.write_bytes(b"%PDF-1.4\n% half a document")
        for n in range(2000):
            if release.wait(0.01):
                break
            if with_progress and progress(n, 2000) is False:
                raise errors.Cancelled()
        return 1

    return write


@pytest.mark.parametrize("with_progress", [True, False])
def test_cancel_leaves_no_file(window, qtbot, tmp_path: Path, monkeypatch, errors_shown, with_progress) -> None:
    out = tmp_path / "out"
    out.mkdir()
    SaveDialog(monkeypatch, out / "big.pdf")
    release = threading.Event()
    printout = printing.Printout("badges", "big.pdf", "Save", "Making…", slow_writer(release, with_progress))
    job = printing.save_and_print(window, window.session, printout)
    cancelled: list = []
    job.task.cancelled.connect(lambda: cancelled.append(True))
    qtbot.waitUntil(lambda: visible_progress(window) is not None, timeout=5000)
    assert list(out.iterdir())  # the hidden part is being written…
    cancel = next(b for b in visible_progress(window).findChildren(QPushButton) if b.text() == "Cancel")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: cancelled == [True], timeout=5000)
    assert files_in(out) == []  # …and gone: no PDF, no part
    assert errors_shown == []  # the user asked for it
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, printing.SavedDialog) and w.isVisible()]


def test_a_missing_folder_is_said_and_leaves_no_file(window, qtbot, tmp_path: Path, monkeypatch, errors_shown) -> None:
    window.sidebar.setCurrentRow(STAGES.index("participants"))
    open_badge_dialog(monkeypatch)
    SaveDialog(monkeypatch, tmp_path / "no-such-folder" / "badges.pdf")
    window.participants_page.act_badges.trigger()
    qtbot.waitUntil(lambda: bool(errors_shown), timeout=10000)
    assert isinstance(errors_shown[0], errors.WriteFailed)
    assert "no-such-folder" in errors_shown[0].text() and "Traceback" not in errors_shown[0].text()
    assert not (tmp_path / "no-such-folder").exists()
    assert Settings().print_folder("badges") == ""  # a folder that failed is not remembered


def unwritable_folder(tmp_path: Path) -> Path:
    """A folder this test cannot write into: a read-only one (root may write there anyway: then /sys, which
    refuses even root)."""
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    for folder in (locked, Path("/sys")):
        try:
            (folder / "probe").touch()
        except OSError:
            return folder
        (folder / "probe").unlink()
    pytest.skip("no folder refuses writing here")


def test_a_read_only_folder_is_said_and_leaves_no_file(window, qtbot, tmp_path: Path, monkeypatch, errors_shown) -> None:
    locked = unwritable_folder(tmp_path)
    before = files_in(locked)
    SaveDialog(monkeypatch, locked / "report.pdf")
    window.sidebar.setCurrentRow(STAGES.index("results"))
    window.results_page.report_button.click()
    qtbot.waitUntil(lambda: bool(errors_shown), timeout=10000)
    assert isinstance(errors_shown[0], errors.WriteFailed) and "report.pdf" in errors_shown[0].text()
    assert files_in(locked) == before


def test_a_full_disk_is_said_and_leaves_no_file(window, qtbot, tmp_path: Path, monkeypatch, errors_shown) -> None:
    out = tmp_path / "out"
    out.mkdir()
    SaveDialog(monkeypatch, out / "report.pdf")

    def full(path: Path, _progress) -> int:  # type: ignore[no-untyped-def]
        path.write_bytes(b"%PDF-1.4\n% the start of it")
        raise OSError(errno.ENOSPC, "No space left on device")

    printing.save_and_print(window, window.session, printing.Printout("report", "r.pdf", "Save", "Writing…", full))
    qtbot.waitUntil(lambda: bool(errors_shown), timeout=5000)
    assert isinstance(errors_shown[0], errors.DiskFull) and "disk is full" in errors_shown[0].text()
    assert files_in(out) == []


# -- the message and printing --------------------------------------------------------------------------------


def test_print_really_prints_every_page(window, qtbot, tmp_path: Path, monkeypatch, no_temp_folders,
                                        print_dialogs) -> None:
    window.sidebar.setCurrentRow(STAGES.index("participants"))
    open_badge_dialog(monkeypatch, "a6")
    SaveDialog(monkeypatch, tmp_path / "badges.pdf")
    printed = tmp_path / "printed.pdf"
    print_to_pdf(printed)
    window.participants_page.act_badges.trigger()
    saved = saved_dialog(qtbot)
    assert saved.print_button.isDefault()
    qtbot.keyClick(saved, Qt.Key.Key_Return)  # Enter = Print…
    qtbot.waitUntil(lambda: printed.exists() and visible_progress(window) is None, timeout=20000)
    qtbot.waitUntil(lambda: pages(printed) == 12, timeout=10000)  # one A6 badge a page, 12 people
    assert len(print_dialogs) == 1 and not saved.isVisible()


def test_pages_and_copies_chosen_are_printed(qapp, tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    source = tmp_path / "five.pdf"
    canvas = Canvas(str(source))
    for n in range(5):
        canvas.drawString(100, 700, f"Page {n + 1}")
        canvas.showPage()
    canvas.save()
    printed = tmp_path / "printed.pdf"
    printer = print_to_pdf(printed)
    ranges = QPageRanges()
    ranges.addRange(2, 3)
    printer.setPageRanges(ranges)
    printer.setCopyCount(2)
    printer.setCollateCopies(True)
    steps: list = []
    assert printing.print_pdf(source, printer, lambda done, total: steps.append((done, total)) or True) == 4
    assert pages(printed) == 4 and steps[-1] == (4, 4)
    import subprocess

    text = subprocess.run(["pdftotext", str(printed), "-"], capture_output=True, text=True).stdout
    # pages are pictures of the PDF's pages, so there is no text, but there are 4 of them at A4
    assert text.strip() == ""
    doc = QPdfDocument()
    doc.load(str(printed))
    assert round(doc.pagePointSize(0).width()) == 595


def test_open_and_open_folder_say_when_the_system_cannot(window, qtbot, tmp_path: Path, monkeypatch) -> None:
    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    opened: list = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or False)
    dialog = printing.SavedDialog(pdf, window)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [str(pdf)] and dialog.problem.isVisible() and "could not open" in dialog.problem.text()
    qtbot.keyClick(dialog, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # Alt+F: Open folder (an animated click)
    qtbot.waitUntil(lambda: opened[-1] == str(tmp_path))
    assert "folder" in dialog.problem.text()
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    qtbot.keyClick(dialog, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # Alt+O: Open
    qtbot.waitUntil(lambda: len(opened) == 3)
    assert opened[-1] == str(pdf) and not dialog.problem.isVisible() and dialog.isVisible()
    assert [b.text() for b in dialog.buttons.buttons()].count("&Close") == 1
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


# -- every printout goes through the flow -------------------------------------------------------------------------


def test_walk_in_add_and_print_saves_without_asking_and_opens_the_print_dialog(window, qtbot, tmp_path: Path,
                                                                               monkeypatch, no_temp_folders,
                                                                               print_dialogs) -> None:
    from eulac_desktop.ui.walk_in import WalkInDialog

    monkeypatch.setattr(printing.QFileDialog, "getSaveFileName", lambda *a: pytest.fail("asked where"))
    window.sidebar.setCurrentRow(STAGES.index("participants"))
    printed = tmp_path / "printed.pdf"
    print_to_pdf(printed)
    dialog = WalkInDialog(window.session, window.participants_page, window.settings)
    dialog.show()
    qtbot.keyClicks(dialog.given, "Zoe")
    qtbot.keyClicks(dialog.family, "Bruckner")
    qtbot.mouseClick(dialog.add_print, Qt.MouseButton.LeftButton)
    badge = tmp_path / EVENT_FOLDER / "Lab- Lima-Piura - badge - Zoe Bruckner - a6.pdf"
    qtbot.waitUntil(lambda: badge.exists() and printed.exists(), timeout=20000)
    qtbot.waitUntil(lambda: pages(printed) == 1, timeout=10000)
    assert pages(badge) == 1 and len(print_dialogs) == 1
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, printing.SavedDialog) and w.isVisible()]


def test_walk_in_badge_not_printed_says_where_it_is(window, qtbot, tmp_path: Path, monkeypatch) -> None:
    from eulac_desktop.ui.walk_in import WalkInDialog

    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    dialog = WalkInDialog(window.session, window.participants_page, window.settings)
    dialog.show()
    qtbot.keyClicks(dialog.given, "Ana")
    qtbot.mouseClick(dialog.add_print, Qt.MouseButton.LeftButton)
    saved = saved_dialog(qtbot)
    assert saved.path.parent == tmp_path / EVENT_FOLDER and saved.path.exists()
    qtbot.keyClick(saved, Qt.Key.Key_Escape)


def test_attendance_sheet_goes_through_the_flow(window, qtbot, tmp_path: Path, monkeypatch, no_temp_folders) -> None:
    from eulac_desktop.ui.sessions_dialog import SessionsDialog

    save = SaveDialog(monkeypatch, tmp_path / "sheet.pdf")
    dialog = SessionsDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.sheet, Qt.MouseButton.LeftButton)
    close_saved(qtbot)
    assert save.suggested == [tmp_path / EVENT_FOLDER / "Lab- Lima-Piura - attendance - Opening.pdf"]
    assert pages(tmp_path / "sheet.pdf") == 1 and Settings().print_folder("attendance") == str(tmp_path)


@pytest.mark.parametrize("kind", ["agendas", "signs"])
def test_p2p_agendas_and_signs_go_through_the_flow(window, qtbot, tmp_path: Path, monkeypatch, kind) -> None:
    window.sidebar.setCurrentRow(STAGES.index("p2p"))
    page = window.p2p_page
    save = SaveDialog(monkeypatch, tmp_path / f"{kind}.pdf")
    button = page.agendas_button if kind == "agendas" else page.signs_button
    qtbot.waitUntil(button.isEnabled)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    close_saved(qtbot)
    what = "agendas" if kind == "agendas" else "table signs"
    assert save.suggested == [tmp_path / EVENT_FOLDER / f"Lab- Lima-Piura - {what}.pdf"]
    assert pages(tmp_path / f"{kind}.pdf") >= 1


def test_paper_ballots_go_through_the_flow(window, qtbot, tmp_path: Path, monkeypatch) -> None:
    window.sidebar.setCurrentRow(STAGES.index("voting"))
    answers = iter([(4, True), (11, True)])
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: next(answers))
    save = SaveDialog(monkeypatch, tmp_path / "ballots.pdf")
    page = window.voting_page
    qtbot.waitUntil(lambda: page.poll_id is not None)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    close_saved(qtbot)
    assert save.suggested == [tmp_path / EVENT_FOLDER / "Lab- Lima-Piura - ballots - Prioridades - 11-14.pdf"]
    assert pages(tmp_path / "ballots.pdf") == 2  # two ballots a page


def test_the_outcome_report_goes_through_the_flow(window, qtbot, tmp_path: Path, monkeypatch, no_temp_folders) -> None:
    window.sidebar.setCurrentRow(STAGES.index("results"))
    SaveDialog(monkeypatch, tmp_path / "report")  # no extension typed: .pdf is added
    window.results_page.report_button.click()
    saved = saved_dialog(qtbot)
    assert saved.path == tmp_path / "report.pdf" and pages(saved.path) >= 1
    assert str(saved.path) in window.results_page.status.text()
    qtbot.keyClick(saved, Qt.Key.Key_Escape)


def test_the_ideas_board_as_a_pdf_offers_to_print(window, qtbot, tmp_path: Path, monkeypatch) -> None:
    window.sidebar.setCurrentRow(STAGES.index("ideas"))
    page = window.ideas_page
    qtbot.waitUntil(lambda: page.challenge_id is not None)
    save = SaveDialog(monkeypatch, tmp_path / "board.pdf")
    page.act_export.trigger()
    saved = saved_dialog(qtbot)
    assert save.suggested == [tmp_path / EVENT_FOLDER / "Lab- Lima-Piura - ideas.xlsx"]
    assert saved.path == tmp_path / "board.pdf" and pages(saved.path) == 1
    qtbot.keyClick(saved, Qt.Key.Key_Escape)
    page.act_export.trigger()  # the folder is remembered
    close_saved(qtbot)
    assert save.suggested[1].parent == tmp_path


def test_no_print_path_uses_a_temporary_folder() -> None:
    ui = Path(printing.__file__).parent
    paths = ["printing.py", "badge_print.py", "walk_in.py", "sessions_dialog.py", "pages/p2p.py", "pages/voting.py",
             "pages/results.py", "pages/ideas.py", "pages/participants.py"]
    assert not [p for p in paths if "tempfile" in (ui / p).read_text(encoding="utf-8")]


# -- how it looks --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_message_and_print_dialog_fit_at_1024x700(qapp, qtbot, tmp_path: Path, lang) -> None:
    language = LanguageManager(qapp)
    language.apply(lang)
    try:
        pdf = tmp_path / "Lab- Lima-Piura - credenciales - a4-8.pdf"
        pdf.write_bytes(b"%PDF-1.4\n")
        dialog = printing.SavedDialog(pdf)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.width() <= 1024 and dialog.height() <= 700
        for button in dialog.buttons.buttons():
            assert button.width() >= button.sizeHint().width(), button.text()
            assert "&" in button.text()  # a mnemonic each
        if lang == "es":
            assert dialog.print_button.text() != "&Print…"
        shots = Path(__file__).resolve().parents[1] / "screenshots"
        if shots.is_dir():
            dialog.grab().save(str(shots / f"print-saved-{lang}.png"))
    finally:
        language.apply("en")
