"""The log (core/logs.py) and the desktop's exception hook (ui/crash.py).

The log is a rotating file in the log folder (under the tests' EULAC_CONFIG_DIR), INFO by default for the
desktop and WARNING for `eulac`, `--log-level` for either; it names things by id only, never a person. An
unexpected exception in the window is logged and shown once in a "Something went wrong" dialog (with a
count when it repeats) and the app carries on; the CLI prints one line and the log's path, no traceback.
"""

from __future__ import annotations

import contextlib
import csv
import json
import logging
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import run
from PySide6.QtCore import QCoreApplication, QEvent, Qt, qCritical
from PySide6.QtWidgets import QApplication, QPushButton

from eulac_desktop.core import logfile, logs, paths
from eulac_desktop.ui import crash
from eulac_desktop.ui.crash import ExceptionHook
from eulac_desktop.ui.crash_dialog import CrashDialog
from eulac_desktop.ui.language import LanguageManager

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without --lang the CLI follows the system's language: make that English whatever the machine says."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANGUAGE", "en")


@pytest.fixture(autouse=True)
def no_log_left() -> Iterator[None]:
    """Each test sets up its own log; none is left writing into another test's folder."""
    yield
    logger = logging.getLogger(logs.ROOT)
    for handler in list(logger.handlers):
        if isinstance(handler, logfile.LogFile):
            logger.removeHandler(handler)
            handler.close()
    logger.setLevel(logging.NOTSET)


def log_text(folder: Path) -> str:
    """Everything written in the log folder under the config folder `folder`, rotated files included."""
    return "".join(p.read_text(encoding="utf-8") for p in sorted((folder / "logs").glob("*.log*")))


# -- the file ---------------------------------------------------------------------------------------


def test_the_log_is_in_the_config_folder_and_rotates(isolated_config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = logs.setup("eulac-desktop", "INFO")
    assert path == isolated_config / "logs" / "eulac-desktop.log" == logs.current_log_file()
    assert not path.exists()  # made when the first line is written
    log = logging.getLogger("eulac_desktop.core.workspace")
    log.info("first line")
    log.debug("not at INFO")
    assert path.read_text(encoding="utf-8").count("\n") == 1 and "INFO eulac_desktop.core.workspace" in path.read_text()

    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    logs.setup("eulac-desktop", "INFO")  # a second set-up replaces the first: one file, no line written twice
    for i in range(200):
        log.info("line %03d of a long day", i)
    files = sorted(p.name for p in path.parent.iterdir())
    assert files == ["eulac-desktop.log", *(f"eulac-desktop.log.{n}" for n in range(1, logs.BACKUPS + 1))]
    assert all(p.stat().st_size <= 2_000 for p in path.parent.iterdir())
    assert "line 199 of a long day" in path.read_text() and log_text(isolated_config).count("line 199") == 1


def test_without_the_tests_folder_the_log_goes_to_the_platforms_log_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    from platformdirs import user_log_dir

    monkeypatch.delenv("EULAC_CONFIG_DIR")
    assert paths.log_dir() == Path(user_log_dir("eulac-desktop", appauthor=False))
    assert logs.log_file("eulac") == paths.log_dir() / "eulac.log"


def test_cli_logs_warnings_by_default_and_more_with_log_level(capsys, isolated_config: Path, event_file: Path) -> None:
    assert run(capsys, "event", "info", event_file)[0] == 0
    assert log_text(isolated_config) == ""  # nothing at WARNING: no file at all
    assert run(capsys, "--log-level", "info", "event", "info", event_file)[0] == 0
    text = log_text(isolated_config)
    assert "INFO eulac_desktop.cli [MainThread] eulac event info (eulac-desktop " in text
    assert "Opened lab.eulac" in text and "DEBUG" not in text
    assert run(capsys, "--log-level", "DEBUG", "participants", "list", event_file, "--search", "jose")[0] == 0
    assert "DEBUG eulac_desktop.cli [MainThread] eulac participants list done" in log_text(isolated_config)
    code, _out, err = run(capsys, "--log-level", "LOUD", "event", "info", event_file)
    assert code == 2 and "--log-level" in err


def test_a_file_name_that_is_not_utf8_is_logged_without_a_logging_error(capsys, isolated_config: Path) -> None:
    # Linux hands such a name to Python as surrogates ("\udce9"), which a strict UTF-8 log file cannot write
    logs.setup("eulac", "WARNING")
    logging.getLogger("eulac_desktop.core.bundles.archive").warning("Bundle %s refused", os.fsdecode(b"b-\xe9.zip"))
    assert "Logging error" not in capsys.readouterr().err
    assert "Bundle b-\\udce9.zip refused" in log_text(isolated_config)


def test_an_upgrade_of_an_older_file_is_logged(tmp_path: Path, isolated_config: Path, device) -> None:
    import shutil

    from eulac_desktop.core import schema
    from eulac_desktop.core.workspace import Workspace

    path = tmp_path / "old.eulac"
    shutil.copy(REPO / "tests" / "fixtures" / "schema_v1.eulac", path)
    logs.setup("eulac-desktop", "INFO")
    Workspace.open(path).close()
    text = log_text(isolated_config)
    assert (f"INFO eulac_desktop.core.workspace [MainThread] Upgrading old.eulac from file format 1 to "
            f"{schema.SCHEMA_VERSION} (a copy is kept as old.backup-v1-") in text
    assert f"Opened old.eulac (file format {schema.SCHEMA_VERSION}, writable)" in text


def test_desktop_logs_info_by_default_and_more_with_log_level(isolated_config: Path, event_file: Path) -> None:
    from eulac_desktop.ui.app import parse_args

    assert parse_args([])[0].log_level == "INFO"
    assert parse_args(["--log-level", "debug"])[0].log_level == "DEBUG"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-m", "eulac_desktop", str(event_file), "--smoke-test", "--lang", "en",
                          "--log-level", "DEBUG"], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    text = (isolated_config / "logs" / "eulac-desktop.log").read_text(encoding="utf-8")
    assert "INFO eulac_desktop.ui.app [MainThread] Started: eulac-desktop " in text and "PySide6 " in text
    assert "Opened lab.eulac (file format" in text and "DEBUG eulac_desktop.core.workspace" in text
    assert "Quit (exit code 0)" in text


# -- no personal data -------------------------------------------------------------------------------

PEOPLE = [("Wilhelmina", "Quispecahuana", "wilhelmina.q@andes-research.pe", "Instituto Altiplánico", "PE"),
          ("Joaquim", "Brandãozinho", "jbrandao@fiocruz-exemplo.br", "Fundação Exemplar", "BR"),
          ("Saoirse", "Ó Floinn-Vaara", "saoirse@tutkimus-example.fi", "Tutkimuskeskus Oy", "FI"),
          ("Xochiquetzal", "Huitzilihuitl", "xochi@unam-ejemplo.mx", "Colectivo Tlalli", "MX"),
          ("Benedykta", "Wiśniewska", "b.wisniewska@nauka-example.pl", "Akademia Przykładowa", "PL")]
WALK_IN = ("Eleutheria", "Papadimitriou", "eleutheria@walkin-example.gr", "Ergastirio Anoichto", "GR")


@contextlib.contextmanager
def laptop(folder: Path) -> Iterator[None]:
    """Be the laptop whose config folder (device, trusted devices, log) is `folder` while inside."""
    old = os.environ["EULAC_CONFIG_DIR"]
    os.environ["EULAC_CONFIG_DIR"] = str(folder)
    try:
        yield
    finally:
        os.environ["EULAC_CONFIG_DIR"] = old


def test_a_whole_event_logged_at_debug_names_nobody(capsys, tmp_path: Path, isolated_config: Path) -> None:
    """Import, walk-in, search, badges, check-in, ideas, a secret vote, bundles both ways, a merge, an erasure,
    a P2P plan and a refused scan, all at DEBUG on two laptops: no name, e-mail, organisation, badge code or
    ballot in any log line."""
    coordinator, door = tmp_path / "coordinator", tmp_path / "door"
    lab, laptop_file, roster = tmp_path / "lab.eulac", tmp_path / "door.eulac", tmp_path / "lista.csv"
    with roster.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["First name", "Last name", "E-mail", "Organisation", "Country", "Languages", "Offers"])
        writer.writerows([*((*p, "es;en", "data;mobility") for p in PEOPLE),
                          (*PEOPLE[0][:2], "wq@andes-research.pe", *PEOPLE[0][3:], "es", "")])  # a likely duplicate

    def ok(*argv: object) -> str:
        code, out, err = run(capsys, "--log-level", "DEBUG", *argv)
        assert code == 0, err
        return out

    with laptop(coordinator):
        ok("event", "create", lab, "--name", "Lab", "--start", "2026-12-03", "--languages", "es,en")
        ok("participants", "import", lab, roster)
        ok("participants", "add", lab, "--given", WALK_IN[0], "--family", WALK_IN[1], "--email", WALK_IN[2],
           "--organisation", WALK_IN[3], "--country", WALK_IN[4])
        ok("participants", "list", lab, "--search", PEOPLE[1][1])
        codes = [ok("badges", "code", lab, p[2]).strip() for p in (*PEOPLE, WALK_IN)]
        for code in codes[:4]:
            ok("checkin", "scan", lab, code, "--desk", "Door 1")
        forged = codes[0][:-2] + "BB"  # its signature is wrong
        assert run(capsys, "--log-level", "DEBUG", "checkin", "scan", lab, forged)[0] == 1
        challenge = json.loads(ok("challenges", "add", lab, "--question", "How might we share labs?", "--json"))["id"]
        ok("ideas", "add", lab, "--challenge", challenge, "Open lab days", "--json")
        poll = json.loads(ok("polls", "create", lab, "--title", "Priorities", "--method", "dots", "--option", "Data",
                             "--option", "Mobility", "--param", "dots=3", "--json"))
        options = [o["id"] for o in poll["options"]]
        ok("polls", "open", lab, poll["id"])
        ok("ballots", "add", lab, poll["id"], "--badge", codes[0], "--ballot", json.dumps({options[0]: 2, options[1]: 1}))
        ok("p2p", "plan", lab, "--rounds", "1", "--min", "2", "--max", "3", "--seconds", "0.5")
        ok("bundle", "export", lab, tmp_path / "setup.zip", "--kind", "setup")
    with laptop(door):
        ok("bundle", "import", laptop_file, tmp_path / "setup.zip", "--trust")
        ok("checkin", "scan", laptop_file, codes[4], "--desk", "Door 2")
        ok("ballots", "add", laptop_file, poll["id"], "--badge", codes[4], "--ballot", json.dumps({options[1]: 3}))
        ok("bundle", "export", laptop_file, tmp_path / "door.zip", "--kind", "result")
    with laptop(coordinator):
        ok("bundle", "import", lab, tmp_path / "door.zip", "--trust")
        ok("bundle", "export", lab, tmp_path / "anonymous.zip", "--kind", "anonymised")
        ok("participants", "erase", lab, PEOPLE[2][2])
        from eulac_desktop.core.registration import find_by_email, merge_participants
        from eulac_desktop.core.workspace import Workspace

        with Workspace.open(lab) as ws:  # the same logger set-up as the CLI's: still at DEBUG
            merge_participants(ws, find_by_email(ws, PEOPLE[0][2]), find_by_email(ws, "wq@andes-research.pe"))

    text = log_text(coordinator) + log_text(door)
    for phrase in ("Imported: 6 added", "Erased the personal data of participant", "Verified bundle door.zip",
                   "Imported door.zip (result bundle", "Poll ", "Scan refused: forged", "checkin.scan",
                   "ballots.cast", "Planned: score", "Merged participant"):
        assert phrase in text, phrase
    private = [value for person in (*PEOPLE, WALK_IN) for value in person[:4]] + ["wq@andes-research.pe"]
    private += [part for person in (*PEOPLE, WALK_IN) for part in person[1].replace("-", " ").split() if len(part) > 3]
    private += [*codes, forged, *options]
    found = [value for value in private if value.casefold() in text.casefold()]
    assert found == [], f"personal data in the log: {found}"


def test_about_says_where_the_log_is(qapp: QApplication, isolated_config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from eulac_desktop.ui.dialogs import show_about

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    show_about(None, "Door 1")
    assert f"<p>The log, to send with a problem report: <br>{isolated_config / 'logs'}</p>" in shown[0]


def test_e_mail_addresses_in_an_exceptions_message_are_masked(isolated_config: Path) -> None:
    logs.setup("eulac", "ERROR")
    try:
        raise ValueError("no participant with e-mail ana.muller@example.org")
    except ValueError:
        logging.getLogger("eulac_desktop.cli").exception("failed")
    text = log_text(isolated_config)
    assert "ana.muller" not in text and "no participant with e-mail <e-mail>" in text


# -- the command line's unexpected errors -----------------------------------------------------------


def test_an_unexpected_cli_error_prints_one_line_and_the_log_not_a_traceback(
        capsys, isolated_config: Path, event_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from eulac_desktop.cli import event as cli_event

    def broken(args: object) -> None:
        raise KeyError("a bug")

    monkeypatch.setattr(cli_event, "_info", broken)
    code, out, err = run(capsys, "event", "info", event_file)
    log_path = isolated_config / "logs" / "eulac.log"
    assert code == 1 and out == ""
    assert "Traceback" not in err and err.count("\n") == 2
    assert err.splitlines() == ["Error: eulac stopped on an internal error (KeyError).",
                                f"The details are in the log, {log_path}: please send it with your report."]
    text = log_path.read_text(encoding="utf-8")
    assert "ERROR eulac_desktop.cli [MainThread] eulac event info failed unexpectedly" in text
    assert "Traceback (most recent call last)" in text and "KeyError: 'a bug'" in text

    code, out, err = run(capsys, "event", "info", event_file, "--json")
    assert code == 1 and "Traceback" not in err
    assert json.loads(out) == {"error": "unexpected", "message": "Something went wrong: KeyError: 'a bug'",
                               "hint": "Nothing was changed. Please report this problem.", "log": str(log_path)}


# -- the desktop's exception hook -------------------------------------------------------------------


@pytest.fixture
def language(qapp: QApplication) -> Iterator[LanguageManager]:
    """English (its catalog holds the plural forms), and English again afterwards."""
    manager = LanguageManager(qapp)
    manager.apply("en")
    yield manager
    manager.apply("en")


@pytest.fixture
def captured(qtbot) -> Iterator[list]:
    """The exceptions pytest-qt receives from the hook (collected here instead of failing the test)."""
    with qtbot.capture_exceptions() as exceptions:
        yield exceptions


@pytest.fixture
def hook(captured: list, language: LanguageManager, qapp: QApplication,
         isolated_config: Path) -> Iterator[ExceptionHook]:
    """The app's hook as `main()` installs it, inside pytest-qt's capture (which it hands each exception on to)."""
    logs.setup("eulac-desktop", "INFO")
    with ExceptionHook(qapp) as installed:
        yield installed
    if installed.dialog is not None:
        installed.dialog.close()


def crash_dialogs() -> list[CrashDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()]


def crash_on_click(hook: ExceptionHook, qtbot) -> CrashDialog | None:
    """Click a button whose slot raises KeyError('missing'): the crash dialog the hook shows for it."""
    button = QPushButton()
    qtbot.addWidget(button)
    button.clicked.connect(lambda: {}["missing"])
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return hook.dialog


def test_a_slot_that_raises_is_logged_and_shown_once_with_a_count_and_the_app_carries_on(
        hook: ExceptionHook, captured: list, qtbot, isolated_config: Path) -> None:
    calls: list[str] = []

    def broken() -> None:
        calls.append("broken")
        raise RuntimeError("the board could not be drawn")

    button, working = QPushButton("Broken"), QPushButton("Working")
    for widget in (button, working):
        qtbot.addWidget(widget)
    button.clicked.connect(broken)
    working.clicked.connect(lambda: calls.append("working"))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    [dialog] = crash_dialogs()
    assert dialog is hook.dialog and dialog.windowTitle() == "Something went wrong"
    assert "Your data is safe: every change is saved as it is made." in dialog.message.text()
    log_path = isolated_config / "logs" / "eulac-desktop.log"
    assert dialog.log_label.text() == f"The details are in the log file: \n{log_path}"
    assert not dialog.count_label.isVisible()
    text = log_path.read_text(encoding="utf-8")
    assert "ERROR eulac_desktop.ui.crash [MainThread] Unexpected error" in text
    assert "RuntimeError: the board could not be drawn" in text

    for _ in range(4):  # the same error again: counted in the same dialog, no new one
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert crash_dialogs() == [dialog] and dialog.count_label.text() == "This has happened 5 times."
    assert log_path.read_text(encoding="utf-8").count("Traceback") == crash.FULL_TRACES
    qtbot.mouseClick(working, Qt.MouseButton.LeftButton)  # the app still runs
    assert calls == ["broken"] * 5 + ["working"]
    assert len(captured) == 5  # each handed on to pytest-qt: a test would still fail


def test_copy_details_and_open_the_log_folder(hook: ExceptionHook, qtbot, isolated_config: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QDesktopServices

    dialog = crash_on_click(hook, qtbot)
    assert dialog is not None
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert copied.startswith("eulac-desktop ") and "PySide6 " in copied and ", Qt " in copied
    assert "Traceback (most recent call last)" in copied and "KeyError: 'missing'" in copied
    assert f"Log: {isolated_config / 'logs' / 'eulac-desktop.log'}" in copied

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert opened == [str(isolated_config / "logs")]
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert crash_dialogs() == []


def test_once_closed_the_same_error_shows_again_but_not_in_a_storm(hook: ExceptionHook, qtbot,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    now = [1000.0]
    monkeypatch.setattr(crash.time, "monotonic", lambda: now[0])
    button = QPushButton()
    qtbot.addWidget(button)
    button.clicked.connect(lambda: 1 / 0)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    first = hook.dialog
    assert first is not None
    first.close()
    now[0] += 0.5  # again at once (a timer, a repaint): counted, not shown
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert crash_dialogs() == []
    now[0] += crash.QUIET_SECONDS + 1  # the person tries again later: shown again, with its count
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    [again] = crash_dialogs()
    assert again is not first and again.count_label.text() == "This has happened 3 times."


def test_the_dialog_says_what_was_being_done(hook: ExceptionHook, qtbot, event_file: Path) -> None:
    from eulac_desktop.core.workspace import Workspace
    from eulac_desktop.ui.session import EventSession

    session = EventSession(Workspace.open(event_file))
    button = QPushButton()
    qtbot.addWidget(button)
    button.clicked.connect(lambda: session.run("Add a session", lambda: [][1], None))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert hook.dialog is not None
    assert hook.dialog.message.text().startswith("It happened during “Add a session”. Your data is safe")
    assert "Unexpected error during “Add a session”" in (logs.current_log_file() or Path()).read_text()
    session.close()


def test_a_background_operation_that_fails_unexpectedly_says_what_was_being_done(
        hook: ExceptionHook, captured: list, qtbot, event_file: Path) -> None:
    """`EventSession.run(..., progress=...)`: a bug in the worker reaches the same dialog, named by the operation."""
    from eulac_desktop.core.workspace import Workspace
    from eulac_desktop.ui.session import EventSession

    session = EventSession(Workspace.open(event_file))
    heard: list = []
    session.changed.connect(heard.append)
    session.run("Plan the rounds", lambda worker, progress: {}["a bug"], progress="Planning the rounds…")
    qtbot.waitUntil(lambda: hook.dialog is not None, timeout=10000)
    assert hook.dialog.message.text().startswith("It happened during “Plan the rounds”. Your data is safe")
    assert [type(exc) for _t, exc, _tb in captured] == [KeyError] and heard == []
    session.close()


def test_the_dialog_names_the_page_shown(hook: ExceptionHook, qtbot, event_file: Path) -> None:
    from eulac_desktop.core.workspace import Workspace
    from eulac_desktop.ui.main_window import STAGES, MainWindow
    from eulac_desktop.ui.session import EventSession
    from eulac_desktop.ui.settings import Settings

    window = MainWindow(EventSession(Workspace.open(event_file)), Settings())
    window.sidebar.setCurrentRow(STAGES.index("voting"))
    window.show()
    QApplication.setActiveWindow(window)  # offscreen: nothing activates a window by itself
    button = QPushButton(window)
    button.clicked.connect(lambda: None + 1)  # type: ignore[operator]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert hook.dialog is not None and hook.dialog.message.text().startswith("It happened on the Voting page. ")
    hook.dialog.close()
    session = window.session
    window.close()
    window.deleteLater()  # as the app does: the window goes before its event file closes
    QCoreApplication.sendPostedEvents(window, QEvent.Type.DeferredDelete)
    session.close()


def test_the_dialog_speaks_the_apps_language(hook: ExceptionHook, language: LanguageManager, qtbot) -> None:
    language.apply("es")
    button = QPushButton()
    qtbot.addWidget(button)
    button.clicked.connect(lambda: 1 / 0)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = hook.dialog
    assert dialog is not None and dialog.windowTitle() == "Algo salió mal"
    assert dialog.message.text().startswith("Sus datos están a salvo")
    assert dialog.count_label.text() == "Esto ha ocurrido 2 veces."
    assert sorted(b.text() for b in dialog.buttons.buttons()) == ["&Abrir la carpeta del registro",
                                                                  "&Copiar los detalles", "Cerrar"]


def test_worker_threads_and_qt_criticals_reach_the_log(hook: ExceptionHook, qtbot, isolated_config: Path) -> None:
    from PySide6.QtCore import QRunnable, QThreadPool

    class Broken(QRunnable):
        def run(self) -> None:
            raise ValueError("a worker's bug")

    QThreadPool.globalInstance().start(Broken())
    QThreadPool.globalInstance().waitForDone()
    qtbot.waitUntil(lambda: hook.dialog is not None, timeout=2000)  # shown on the GUI thread
    qCritical("the printer driver crashed")
    text = (isolated_config / "logs" / "eulac-desktop.log").read_text(encoding="utf-8")
    assert "ValueError: a worker's bug" in text
    assert "ERROR eulac_desktop.qt [MainThread] the printer driver crashed" in text


def test_background_work_that_fails_is_logged_and_its_message_names_the_log(
        qtbot, isolated_config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from eulac_desktop.ui.session import show_error, unexpected
    from eulac_desktop.ui.tasks import Task

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.informativeText())))
    logs.setup("eulac-desktop", "INFO")
    task = Task(None, "Writing the report…", lambda progress: {}["chart"])
    task.failed.connect(lambda exc: show_error(None, unexpected(exc)))
    with qtbot.waitSignal(task.failed, timeout=5000):
        task.start()
    log_path = isolated_config / "logs" / "eulac-desktop.log"
    text = log_path.read_text(encoding="utf-8")
    assert "ERROR eulac_desktop.ui.tasks [MainThread] Background work “Writing the report…” failed" in text
    assert "Traceback (most recent call last)" in text and "KeyError: 'chart'" in text
    assert "INFO eulac_desktop.ui.session [MainThread] Refused: unexpected" in text
    assert shown == [("Something went wrong: KeyError: 'chart'",
                      f"Nothing was changed. Please report this problem. The details are in the log file: \n{log_path}")]


def test_a_python_thread_is_hooked_and_everything_is_given_back(qapp: QApplication, isolated_config: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import PySide6.QtCore as QtCore

    handed: list[object] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: handed.append(args.exc_value))
    before = sys.excepthook, threading.excepthook
    logs.setup("eulac-desktop", "INFO")
    hook = ExceptionHook(qapp).install()
    assert sys.excepthook != before[0] and threading.excepthook != before[1]
    thread = threading.Thread(target=lambda: int("x"), name="sync")
    thread.start()
    thread.join()
    hook.uninstall()
    assert (sys.excepthook, threading.excepthook) == before
    assert len(handed) == 1 and "ValueError: invalid literal" in log_text(isolated_config)
    assert "[sync] Unexpected error" in log_text(isolated_config)
    QtCore.qCritical("after uninstall")
    assert "after uninstall" not in log_text(isolated_config)
    if hook.dialog is not None:
        hook.dialog.close()


def test_with_the_hook_installed_a_slot_exception_still_fails_its_test(tmp_path: Path) -> None:
    """pytest-qt fails a test on an exception in a slot; the app's hook (installed as `main()` does) keeps that."""
    (tmp_path / "test_inner.py").write_text(
        "from PySide6.QtCore import Qt\n"
        "from PySide6.QtWidgets import QPushButton\n"
        "from eulac_desktop.ui.crash import ExceptionHook\n\n"
        "def test_slot_raises(qtbot, qapp):\n"
        "    hook = ExceptionHook(qapp).install()\n"
        "    button = QPushButton()\n"
        "    qtbot.addWidget(button)\n"
        "    button.clicked.connect(lambda: 1 / 0)\n"
        "    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)\n"
        "    hook.dialog.close()\n", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", str(tmp_path),
                          "-o", "qt_api=pyside6", str(tmp_path / "test_inner.py")],
                         cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert "1 failed" in out.stdout and "ZeroDivisionError" in out.stdout, out.stdout + out.stderr


# -- a log that cannot be written -------------------------------------------------------------------


def full_log_disk(config: Path, program: str) -> Path:
    """`program`'s log file on a full disk: a link to /dev/full, which takes no byte."""
    folder = config / "logs"
    folder.mkdir(exist_ok=True)
    (folder / f"{program}.log").symlink_to("/dev/full")
    return folder / f"{program}.log"


def no_log_folder(config: Path) -> None:
    """A log folder that cannot be made: a file has its name."""
    folder = config / "logs"
    if folder.is_dir():
        folder.rmdir()
    folder.write_text("not a folder", encoding="utf-8")


def test_with_the_log_on_a_full_disk_the_dialog_shows_the_details_instead_of_naming_the_log(
        hook: ExceptionHook, qtbot, isolated_config: Path) -> None:
    logs.setup("eulac-desktop", "INFO")
    log_path = full_log_disk(isolated_config, "eulac-desktop")
    dialog = crash_on_click(hook, qtbot)
    assert dialog is not None and logs.written_log_file() is None
    assert dialog.log_label.text() == (f"The details could not be written to the log file ({log_path}). Copy them "
                                       "with “Copy details” to send with your report: they are below.")
    assert dialog.details_view.isVisible() and "KeyError: 'missing'" in dialog.details_view.toPlainText()
    assert not dialog.folder_button.isVisible()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert f"Log: could not be written ({log_path})" in copied and "KeyError: 'missing'" in copied


def test_without_a_log_folder_the_dialog_shows_the_details(hook: ExceptionHook, qtbot, isolated_config: Path) -> None:
    no_log_folder(isolated_config)
    logs.setup("eulac-desktop", "INFO")
    dialog = crash_on_click(hook, qtbot)
    assert dialog is not None
    assert dialog.log_label.text().startswith(
        f"The details could not be written to the log file ({isolated_config / 'logs' / 'eulac-desktop.log'}).")
    assert dialog.details_view.isVisible() and "KeyError: 'missing'" in dialog.details_view.toPlainText()
    assert not dialog.folder_button.isVisible()


def test_background_work_that_fails_with_the_log_on_a_full_disk_shows_its_details(
        qtbot, isolated_config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from eulac_desktop.ui.session import show_error, unexpected
    from eulac_desktop.ui.tasks import Task

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.informativeText(), box.detailedText())))
    logs.setup("eulac-desktop", "INFO")
    log_path = full_log_disk(isolated_config, "eulac-desktop")
    task = Task(None, "Writing the report…", lambda progress: {}["chart"])
    task.failed.connect(lambda exc: show_error(None, unexpected(exc)))
    with qtbot.waitSignal(task.failed, timeout=5000):
        task.start()
    [(hint, details)] = shown
    assert hint == (f"Nothing was changed. Please report this problem. The details could not be written to the log "
                    f"file ({log_path}): the details button shows them, to copy into your report.")
    assert "Traceback (most recent call last)" in details and "KeyError: 'chart'" in details


def test_an_unexpected_cli_error_with_the_log_on_a_full_disk_names_where_the_details_are(
        capsys, isolated_config: Path, event_file: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import tempfile

    from eulac_desktop.cli import event as cli_event

    def broken(args: object) -> None:
        raise KeyError("a bug")

    monkeypatch.setattr(cli_event, "_info", broken)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    log_path = full_log_disk(isolated_config, "eulac")
    code, out, err = run(capsys, "event", "info", event_file)
    [details] = tmp_path.glob("eulac-error-*.txt")
    assert code == 1 and out == "" and "Traceback" not in err
    assert err.splitlines() == ["Error: eulac stopped on an internal error (KeyError).",
                                f"The log, {log_path}, could not be written: the details are in {details}; please send "
                                "it with your report."]
    text = details.read_text(encoding="utf-8")
    assert text.startswith("eulac-desktop ") and "Traceback (most recent call last)" in text and "KeyError: 'a bug'" in text

    code, out, err = run(capsys, "event", "info", event_file, "--json")
    assert code == 1 and json.loads(out)["log"].startswith(str(tmp_path / "eulac-error-"))
