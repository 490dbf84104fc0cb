"""`eulac-desktop [EVENT_FILE] [--demo]`: the application and its controller (which window shows what)."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

# isort: off
from . import before_qt  # noqa: F401  (the Qt-free modules of the start, before PySide6's import hook)

# isort: on
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from .. import APP_NAME, __version__
from ..core import logs
from ..core.errors import CorruptEventFile, EulacError
from ..core.workspace import Workspace
from . import fonts, style
from .crash import ExceptionHook, versions
from .file_check import FileCheck
from .icons import stage_icon
from .language import LanguageManager
from .main_window import MainWindow
from .session import EventSession, show_error
from .settings import Settings
from .tasks import Task
from .trust_dialogs import name_this_laptop
from .welcome import WelcomeWindow

if TYPE_CHECKING:
    from .master_window import MasterWindow
from .widgets import fit_dialog_titles, when_painted

log = logging.getLogger(__name__)


class Controller(QObject):
    """Opens, creates and closes events, and decides which window is shown."""

    def __init__(self, app: QApplication, settings: Settings, language: LanguageManager, smoke_test: bool = False):
        super().__init__(app)
        self.app, self.settings, self.language = app, settings, language
        fit_dialog_titles(app)
        self.smoke_test = smoke_test
        self.welcome: WelcomeWindow | None = None
        self.window: MainWindow | MasterWindow | None = None
        self._task: Task | None = None
        self._setup: QObject | None = None

    # -- windows -------------------------------------------------------------------------------

    def show_welcome(self) -> WelcomeWindow:
        if self.welcome is None:
            self.welcome = WelcomeWindow(self.settings)
            self.welcome.new_requested.connect(self.new_event)
            self.welcome.new_master_requested.connect(self.new_master)
            self.welcome.open_requested.connect(self.open_dialog)
            self.welcome.setup_requested.connect(lambda: self.setup_laptop())
            self.welcome.demo_requested.connect(self.open_demo)
            self.welcome.recent_requested.connect(self.open_recent)
            self.welcome.preferences_requested.connect(self.preferences)
        self.welcome.fill_recent()
        self.welcome.show()
        self.welcome.raise_()
        return self.welcome

    def _parent(self) -> QWidget | None:
        return self.window or self.welcome

    def show_event(self, ws: Workspace) -> MainWindow | MasterWindow:
        """Show `ws` in the main window (closing the event shown before)."""
        self.close_event(show_welcome=False)
        self.settings.add_recent(ws.path)
        if ws.is_master:  # a coordinator's master file: its dashboard, bundles in, reports per event
            from .master_window import MasterWindow

            master = MasterWindow(EventSession(ws), self.settings)
            master.open_requested.connect(self.open_dialog)
            master.new_master_requested.connect(self.new_master)
            master.close_requested.connect(self.close_event)
            window: MainWindow | MasterWindow = master
        else:
            window = MainWindow(EventSession(ws), self.settings)
            window.new_requested.connect(self.new_event)
            window.new_master_requested.connect(self.new_master)
            window.open_requested.connect(self.open_dialog)
            window.setup_requested.connect(lambda: self.setup_laptop())
            window.demo_requested.connect(self.open_demo)
            window.recent_requested.connect(self.open_recent)
            window.close_requested.connect(self.close_event)
            window.preferences_requested.connect(self.preferences)
        self.window = window
        window.show()
        if self.welcome is not None:
            self.welcome.hide()
        first_page = window.event_page if isinstance(window, MainWindow) else window
        if self.smoke_test:  # "shown" once the page is painted, as a person would first see it
            when_painted(first_page, self._report_shown)
        when_painted(first_page, lambda: self._finish_check(window))
        return window

    def _finish_check(self, window: MainWindow | MasterWindow) -> None:
        """Check every page of the file shown in `window` on a worker thread (its open left that for after the first
        paint, `Workspace.open(check_later=True)`); a damaged file is refused as the open would have refused it:
        the corrupted-file message, and the event closes (nothing was written to it meanwhile)."""
        if self.window is not window:  # closed before it was painted
            return
        task = FileCheck(window.session.ws, self)
        task.damaged.connect(lambda exc: self._refuse_damaged(window, exc))
        task.start()

    def _refuse_damaged(self, window: MainWindow | MasterWindow, exc: EulacError) -> None:
        if self.window is not window:
            return
        forgotten = self._forget_if_damaged(window.session.ws.path, exc)
        self.close_event()
        self._show_refusal(exc, forgotten)

    def _forget_if_damaged(self, path: str | Path, exc: EulacError) -> bool:
        """Take a file refused as damaged off the recent events (so it is not opened from there again by mistake);
        True if it was listed."""
        if not isinstance(exc, CorruptEventFile):
            return False
        listed = self.settings.recent_files()
        self.settings.remove_recent(path)
        if self.settings.recent_files() == listed:
            return False
        if self.welcome is not None:
            self.welcome.fill_recent()
        return True

    def _show_refusal(self, exc: EulacError, forgotten: bool) -> None:
        """Show why a file was refused, saying so if it was taken off the recent events."""
        if forgotten:
            show_error(self._parent(), exc, self.tr("This file has been removed from the recent events."))
        else:
            show_error(self._parent(), exc)

    def _report_shown(self) -> None:
        print(json.dumps({"shown_at": time.time(), "title": self.window.windowTitle() if self.window else "",
                          "peak_memory_mb": peak_memory_mb()}), flush=True)
        self.app.quit()

    def close_event(self, show_welcome: bool = True) -> None:
        """Close the open event (everything is already saved) and go back to the welcome screen."""
        window, self.window = self.window, None
        if window is not None:
            session = window.session
            window.close()
            window.deleteLater()
            # delete the window and its pages now, before their event file closes under them
            QCoreApplication.sendPostedEvents(window, QEvent.Type.DeferredDelete)
            QThreadPool.globalInstance().waitForDone()  # no worker still reading or writing the file
            session.close()
        if show_welcome:
            self.show_welcome()

    # -- opening -------------------------------------------------------------------------------

    def open_path(self, path: str | Path) -> bool:
        """Open an event file; a zip is taken for a setup bundle and offered to set up this laptop."""
        if _is_zip(path):
            if self.window is None:
                self.show_welcome()  # where the user lands if the setup is cancelled or refused
            self.setup_laptop(str(path))
            return True
        try:
            # every page is checked once the window is painted; a master opens in its own window (`show_event`)
            ws = Workspace.open(path, check_later=True, master=True)
        except EulacError as exc:
            self._show_refusal(exc, self._forget_if_damaged(path, exc))
            return False
        try:
            with ws.typed_errors():  # a damaged page the first page reads is refused as the check would
                self.show_event(ws)
        except EulacError as exc:
            forgotten = self._forget_if_damaged(path, exc)
            if self.window is not None and self.window.session.ws is ws:
                self.close_event()
            else:
                _discard_widgets_of(ws)
                ws.close()
                self.show_welcome()
            self._show_refusal(exc, forgotten)
            return False
        return True

    def open_dialog(self) -> None:
        folder = self.settings.last_folder() or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self._parent(), self.tr("Open an event"), folder,
            self.tr("Event files (*.eulac);;Setup bundles (*.zip);;All files (*)"))
        if path:
            self.settings.set_last_folder(Path(path).parent)
            self.open_path(path)

    def open_recent(self, path: str) -> None:
        if not Path(path).exists():
            answer = QMessageBox.question(
                self._parent(), self.tr("Event file not found"),
                self.tr("“%1” is no longer there: it may have been moved, renamed or deleted.\n\n"
                        "Remove it from the recent events?").replace("%1", path))
            if answer == QMessageBox.StandardButton.Yes:
                self.settings.remove_recent(path)
                if self.welcome is not None:
                    self.welcome.fill_recent()
            return
        self.open_path(path)

    def setup_laptop(self, path: str | None = None) -> None:
        """Set up this laptop from a setup bundle (`path`, or chosen), then open the laptop's event file."""
        from .setup_laptop import LaptopSetup

        self._setup = LaptopSetup(self._parent(), self.settings)
        # opened once the flow's own slots have returned: opening closes the window they belong to
        self._setup.ready.connect(lambda target: QTimer.singleShot(0, lambda: self.open_path(target)))
        self._setup.update.connect(lambda target, bundle: QTimer.singleShot(0, lambda: self._open_and_import(target,
                                                                                                            bundle)))
        self._setup.start(path)

    def _open_and_import(self, path: str, bundle: str) -> None:
        """Open the event file `path` and import `bundle` into it, from the Results page (what changes shown first)."""
        from .main_window import STAGES

        if self.open_path(path) and isinstance(self.window, MainWindow):
            self.window.sidebar.setCurrentRow(STAGES.index("results"))
            self.window.results_page.import_bundle(bundle)

    def new_event(self) -> None:
        from .dialogs import NewEventDialog

        dialog = NewEventDialog(self.settings, self._parent())
        if dialog.exec() and dialog.created is not None:
            self.show_event(dialog.created)

    def new_master(self) -> None:
        """A new master file for a coordinator: its name (the programme's), where to keep it; then it opens."""
        from PySide6.QtWidgets import QFileDialog, QInputDialog

        from ..core.master import create_master

        parent = self._parent()
        name, ok = QInputDialog.getText(parent, self.tr("New master file"), self.tr("Programme name:"))
        if not ok or not name.strip():
            return
        suggested = Path(self.settings.last_folder()) / "master.eulac"
        path, _f = QFileDialog.getSaveFileName(parent, self.tr("Save the master file"), str(suggested),
                                               self.tr("Event files (*.eulac)"))
        if not path:
            return
        path = path if path.endswith(".eulac") else path + ".eulac"
        self.settings.set_last_folder(Path(path).parent)
        try:
            ws = create_master(path, name)
        except EulacError as exc:
            show_error(parent, exc)
            return
        self.show_event(ws)

    def open_demo(self) -> None:
        """Build a fresh demo event in a temporary folder (off the GUI thread) and open it."""
        from ..core.demo import build_demo_event, fresh_demo_path

        path = fresh_demo_path()

        def work(progress):  # type: ignore[no-untyped-def]
            build_demo_event(path, progress=progress).close()
            return path

        self._task = Task(self._parent(), self.tr("Preparing the demo event…"), work)
        # opened once the task's signal has returned: opening closes the window that owns the task
        self._task.finished.connect(lambda p: QTimer.singleShot(0, lambda: self.open_path(p)))
        self._task.failed.connect(self._task_failed)
        self._task.start()

    def _task_failed(self, exc: object) -> None:
        from ..core.errors import unexpected

        show_error(self._parent(), exc if isinstance(exc, EulacError) else unexpected(exc))

    def preferences(self) -> None:
        from .dialogs import PreferencesDialog

        PreferencesDialog(self.settings, self.language.apply, self._parent()).exec()


def peak_memory_mb() -> float | None:
    """This process's largest resident set so far, in MB (Linux's VmHWM), for the smoke test; None elsewhere."""
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:
        return None
    kilobytes = next((line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")), None)
    return round(int(kilobytes) / 1024, 1) if kilobytes else None


def _discard_widgets_of(ws: Workspace) -> None:
    """Delete what a window whose building failed (its first page read a damaged page) left of itself, before its event
    file closes under it."""
    for widget in QApplication.topLevelWidgets():
        session = getattr(widget, "session", None)
        if session is not None and getattr(session, "ws", None) is ws:
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _is_zip(path: str | Path) -> bool:
    """Whether `path` is a zip (a bundle), by its name or its content (an event file's name is enough)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".zip", ".eulac"):
        return suffix == ".zip"
    import zipfile

    return path.is_file() and zipfile.is_zipfile(path)


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog=APP_NAME, description="eulac-desktop")
    parser.add_argument("file", nargs="?", help="an event file (NAME.eulac) to open, or a setup bundle (.zip) to set up "
                                                "this laptop from")
    parser.add_argument("--demo", action="store_true", help="open a fresh demo event")
    parser.add_argument("--lang", help="language of the interface (en, es, pt, fr); default: remembered or the system's")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--log-level", type=logs.level_name, choices=logs.LEVELS, default="INFO", metavar="LEVEL",
                        help="what the log file records: DEBUG, INFO (default), WARNING or ERROR")
    parser.add_argument("--smoke-test", action="store_true",
                        help="print when the main window is shown and painted, then quit (for checks and benchmarks)")
    parser.add_argument("--self-check", action="store_true",
                        help="try the camera backend, webcam decoding, PDF, printing and collation, print the results "
                             "as JSON, then quit (for checks of the built app)")
    return parser.parse_known_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `eulac-desktop`."""
    args, qt_args = parse_args(list(sys.argv[1:] if argv is None else argv))
    logs.setup(APP_NAME, args.log_level)
    log.info("Started: %s", versions())
    QCoreApplication.setOrganizationName("EU-LAC")
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *qt_args])
    if args.self_check:
        from .selfcheck import run

        print(json.dumps(run()), flush=True)
        return 0
    hook = ExceptionHook(app).install()  # an unexpected error is logged and shown, and the app carries on
    app.setWindowIcon(stage_icon("app"))
    fonts.install(app)
    style.install(app)
    settings = Settings()
    language = LanguageManager(app)
    language.apply(args.lang or settings.language)
    if not args.smoke_test:
        name_this_laptop()  # on first start: "Desk 2", not the host's name
    controller = Controller(app, settings, language, smoke_test=args.smoke_test)
    if args.demo:
        controller.open_demo()
    elif args.file:
        if not controller.open_path(args.file):
            controller.show_welcome()
    else:
        controller.show_welcome()
    code = app.exec()
    controller.close_event(show_welcome=False)
    settings.sync()
    hook.uninstall()
    log.info("Quit (exit code %d)", code)
    return code


if __name__ == "__main__":
    sys.exit(main())
