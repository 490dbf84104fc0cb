"""Shared fixtures: every test gets its own config folder and never touches the user's settings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import settings as _hypothesis_settings

# No per-example deadline: timing is measured in benchmarks/, never asserted in tests (a shared CI machine
# would make a deadline flaky). Failing examples print a blob to reproduce them.
_hypothesis_settings.register_profile("eulac", deadline=None, print_blob=True)
_hypothesis_settings.load_profile("eulac")


@pytest.fixture(autouse=True)
def isolated_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh config folder (device identity, settings) and English messages for each test."""
    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("EULAC_CONFIG_DIR", str(folder))
    from eulac_desktop.core import i18n

    i18n.set_language("en")
    yield folder
    i18n.set_language("en")


@pytest.fixture
def device(isolated_config: Path):
    """This test's device identity."""
    from eulac_desktop.core.device import load_device

    return load_device()


@pytest.fixture
def event_file(tmp_path: Path, device) -> Path:
    """A closed event file with a few participants."""
    from eulac_desktop.core.event import create_event_file
    from eulac_desktop.core.registration import add_participants

    path = tmp_path / "lab.eulac"
    with create_event_file(path, name="Co-Innovation Lab", start_date="2026-12-03", languages=["es", "pt", "en"],
                           timezone="America/Lima", device=device) as ws:
        add_participants(ws, [
            {"given_name": "José", "family_name": "Pérez", "email": "jose@example.org", "organisation": "UNI", "country": "PE"},
            {"given_name": "Conceição", "family_name": "Araújo", "email": "c@example.org", "organisation": "Fiocruz", "country": "BR"},
            {"given_name": "Anna", "family_name": "Virtanen", "email": "anna@example.fi", "organisation": "VTT", "country": "FI"},
        ])
    return path


@pytest.fixture(scope="session")
def spanish_catalog() -> Path:
    """The compiled Spanish core catalog, i18n/build/core/es.mo (built here when `make translations` has not run)."""
    import subprocess
    import sys

    from eulac_desktop.core import paths

    po = Path(__file__).resolve().parents[1] / "i18n" / "core" / "es.po"
    mo = paths.translations_dir() / "core" / "es.mo"
    assert po.exists(), "i18n/core/es.po is missing"
    if not mo.exists():
        mo.parent.mkdir(parents=True, exist_ok=True)
        pybabel = Path(sys.executable).with_name("pybabel")
        subprocess.run([str(pybabel), "compile", "-i", str(po), "-o", str(mo)], check=True, capture_output=True)
    return mo


_exit_status = 0


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    global _exit_status
    _exit_status = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """Leave without Python's interpreter teardown once pytest has reported everything.

    PySide6 6.12 on Python 3.11 can abort while the interpreter tears down after a long Qt session
    ("Fatal Python error: bool_dealloc" in the final garbage collection, with hundreds of widgets made and
    deleted by the tests): the results are already written then, but the abort would replace pytest's exit
    status with 134. The app itself exits through `QApplication.exec()` and is checked by the smoke tests.
    """
    import sys

    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_exit_status)


@pytest.fixture(scope="session")
def qapp(qapp):
    """pytest-qt's application with the fonts the app ships made its font, as `eulac-desktop` does at start
    (ui/fonts.py): the tests measure text in the font people see, whatever fonts the machine has (a machine with
    only DejaVu Sans, which is wider, cut labels that fit in the app)."""
    from eulac_desktop.ui import fonts

    fonts.install(qapp)
    return qapp


@pytest.fixture
def app_style(qapp):
    """The app's focus ring and palette (ui/style.py) installed as `eulac-desktop` does; the test's QApplication
    gets its former palette back afterwards, and no ring."""
    from eulac_desktop.ui import style

    former_palette = qapp.palette()
    style.install(qapp)
    yield qapp
    qapp.focusChanged.disconnect(style.show_focus)
    qapp.setProperty("focusRing", False)
    qapp.setPalette(former_palette)


class WindowOpener:
    """Opens main windows on event files as the app does, and closes them all at the end of the test."""

    def __init__(self, qtbot, qapp) -> None:
        from eulac_desktop.ui.language import LanguageManager

        self.qtbot = qtbot
        self.language = LanguageManager(qapp)  # the one that switches these windows' language
        self.opened: list = []

    def __call__(self, path: Path, *, stage: str | None = None, size: tuple[int, int] | None = None,
                 language: str | None = "en"):
        """A shown MainWindow on `path`, in `language` (None: as it is), `size` (w, h) and on the page `stage`."""
        from eulac_desktop.core.workspace import Workspace
        from eulac_desktop.ui.main_window import STAGES, MainWindow
        from eulac_desktop.ui.session import EventSession
        from eulac_desktop.ui.settings import Settings

        if language:
            self.language.apply(language)
        win = MainWindow(EventSession(Workspace.open(path)), Settings())
        self.opened.append(win)
        if size:
            win.resize(*size)
        win.show()
        self.qtbot.waitExposed(win)
        self.qtbot.waitUntil(lambda: win.scan_rule.active)  # painted: its scanner rule and keys are on
        if stage:
            win.sidebar.setCurrentRow(STAGES.index(stage))
        return win

    def close_all(self) -> None:
        """English again; each window closed and deleted, then its event file closed."""
        from PySide6.QtCore import QCoreApplication, QEvent

        self.language.apply("en")
        for win in self.opened:
            session = win.session
            if win.projector is not None:
                win.projector.close()
            win.close()
            win.deleteLater()  # now, as the app does: the views go before their event file closes
            QCoreApplication.sendPostedEvents(win, QEvent.Type.DeferredDelete)
            session.close()
        self.opened.clear()  # a test may close them all, then open the file again


@pytest.fixture
def open_window(qtbot, qapp):
    """`open_window(path, stage=..., size=(w, h), language=...)`: the main window on an event file, shown, in
    English unless told; `open_window.language` is its LanguageManager. Closed after the test."""
    opener = WindowOpener(qtbot, qapp)
    yield opener
    opener.close_all()


@pytest.fixture
def controller(qtbot, qapp):
    """The app's Controller (welcome screen, opening events) in English, as `eulac-desktop` makes it; its event
    and welcome screen closed after the test, and English again."""
    from eulac_desktop.ui.app import Controller
    from eulac_desktop.ui.language import LanguageManager
    from eulac_desktop.ui.settings import Settings

    language = LanguageManager(qapp)
    language.apply("en")
    ctl = Controller(qapp, Settings(), language)
    yield ctl
    ctl.close_event(show_welcome=False)
    if ctl.welcome is not None:
        ctl.welcome.close()
    language.apply("en")


@pytest.fixture
def demo_file(tmp_path: Path, device) -> Path:
    """The demo event (eulac_desktop/core/demo.py), closed."""
    from eulac_desktop.core.demo import build_demo_event

    path = tmp_path / "demo.eulac"
    build_demo_event(path).close()
    return path


@pytest.fixture
def demo_window(open_window, demo_file: Path):
    """The main window on the demo event, in English, on its first page."""
    return open_window(demo_file)
