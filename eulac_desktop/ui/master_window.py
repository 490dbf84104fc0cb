"""The window of a coordinator's master file: the Results page in master mode (import the events' bundles,
reports and data per event) over the dashboard of every event, device and bundle received."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow

from ..core.master import master_name
from .pages.results import ResultsPage
from .session import EventSession
from .settings import Settings


class MasterWindow(QMainWindow):
    """A master file open: File (open, close, quit) and the Results page."""

    open_requested = Signal()
    new_master_requested = Signal()
    close_requested = Signal()

    def __init__(self, session: EventSession, settings: Settings):
        super().__init__()
        self.session = session
        self.settings = settings
        self.setMinimumSize(QSize(800, 520))
        self.results_page = ResultsPage(session)
        self.setCentralWidget(self.results_page)
        self.menu_file = self.menuBar().addMenu("")
        # the signals are emitted without `triggered`'s checked flag: they take no argument
        self.act_open = QAction(self, shortcut=QKeySequence.StandardKey.Open, triggered=lambda: self.open_requested.emit())
        self.act_new_master = QAction(self, triggered=lambda: self.new_master_requested.emit())
        self.act_import = QAction(self, shortcut=QKeySequence("Ctrl+I"), triggered=lambda: self.results_page.import_bundle())
        self.act_close = QAction(self, shortcut=QKeySequence("Ctrl+W"), triggered=lambda: self.close_requested.emit())
        self.act_quit = QAction(self, shortcut=QKeySequence("Ctrl+Q"), triggered=lambda: self.close())
        for action in (self.act_open, self.act_new_master, self.act_import, self.act_close, self.act_quit):
            self.menu_file.addAction(action)
        geometry = settings.geometry("master")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        ws = self.session.ws
        self.menu_file.setTitle(self.tr("&File"))
        self.act_open.setText(self.tr("&Open event…"))
        self.act_new_master.setText(self.tr("New &master file…"))
        self.act_import.setText(self.tr("&Import a bundle…"))
        self.act_close.setText(self.tr("&Close the master file"))
        self.act_quit.setText(self.tr("&Quit"))
        suffix = self.tr(" (read-only)") if ws.read_only else ""
        self.setWindowTitle(self.tr("%1 (master) — %2").replace("%1", master_name(ws)).replace("%2", ws.path.name) + suffix)
        self.setWindowFilePath(str(ws.path))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_geometry("master", self.saveGeometry())
        super().closeEvent(event)
