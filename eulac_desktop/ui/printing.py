"""One way out for every printout (badges, attendance sheets, agendas, table signs, paper ballots, reports).

1. Where: a save dialog with a sensible file name, in the folder last used for that kind of printout (at
   first, the folder of the event file); a walk-in's single badge is saved there without asking.
2. The PDF is written off the GUI thread, with progress and Cancel, into a hidden file in the target folder
   that is renamed at the end: a cancel, a failure or a full disk leaves no file, and a failure says why.
   Nothing goes to the system's temporary folder, so no list of names is left behind.
3. Then a message says where the file is, with "Print…" (Qt's print dialog; the PDF's pages are rendered
   onto the chosen printer), "Open folder", "Open" and "Close".
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRect, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QStyle,
    QWidget,
)

from ..core import files
from ..core.errors import Cancelled, EulacError, unexpected
from .message_dialog import MessageDialog
from .session import EventSession, show_error
from .settings import Settings
from .tasks import Task

log = logging.getLogger(__name__)  # the kind of printout, never its file's name (a walk-in's badge names them)

Progress = Callable[[int, int], bool]
#: Writes the PDF to the given path (on a worker thread); may report progress and raise `Cancelled`.
Writer = Callable[[Path, Progress], object]

_MAX_DPI = 600  # pages are rendered at the printer's resolution up to this (a 1200 dpi A4 page is 0.5 GB)
_BAND = 512  # rendered in bands of this many pixel rows, so memory stays small at any resolution
_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')


class PrintRefused(EulacError):
    """A refusal of the print flow itself (the text is already translated by Qt)."""

    def __init__(self, text: str, hint: str = ""):
        super().__init__()
        self._text, self._hint = text, hint

    def text(self) -> str:
        return self._text

    def hint_text(self) -> str:
        return self._hint


@dataclass
class Printout:
    """One document to save and print."""

    kind: str  #: which remembered folder: "badges", "attendance", "agendas", "signs", "ballots", "report"…
    name: str  #: the suggested file name (see `file_name`)
    title: str  #: the save dialog's title, e.g. "Save the badges"
    label: str  #: shown while the PDF is written, e.g. "Making badges…"
    write: Writer


def event_name(session: EventSession) -> str:
    """The event's name for file names (the file's name when the event record cannot be read)."""
    from ..core.event import get_event

    try:
        return get_event(session.ws).name or session.ws.path.stem
    except EulacError:
        return session.ws.path.stem


def file_name(*parts: str) -> str:
    """A file name any system accepts, from its parts: ("Lab Lima", "badges", "a4-8") → "Lab Lima - badges - a4-8.pdf"."""
    cleaned = [_UNSAFE.sub("-", part).strip(" .-") for part in parts]
    stem = " - ".join(part for part in cleaned if part)[:150].rstrip(" .-")
    return f"{stem or 'eulac'}.pdf"


def default_folder(session: EventSession, settings: Settings, kind: str) -> Path:
    """The folder last used for this kind of printout if it still exists, else the event file's folder."""
    remembered = settings.print_folder(kind)
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    return session.ws.path.resolve().parent


def write_atomically(write: Writer, out: Path, progress: Progress) -> object:
    """Run `write` into a hidden file beside `out`, then rename it to `out` (`core.files.writing`): a failure
    or a cancel (also one asked for while a writer without progress ran) leaves no file; a write error becomes
    an `EulacError` that names `out` (never the hidden file)."""
    with files.writing(out) as part:
        result = write(part, progress)
        if progress(1, 1) is False:
            raise Cancelled()
    return result


_printer: QPrinter | None = None


def shared_printer() -> QPrinter:
    """The printer of this run: the print dialog starts on the printer and options chosen last time."""
    global _printer
    if _printer is None:
        _printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    return _printer


def page_count(path: Path) -> int:
    """How many pages the PDF at `path` has (0 when it cannot be read)."""
    doc = QPdfDocument()
    if doc.load(str(path)) != QPdfDocument.Error.None_:
        return 0
    return doc.pageCount()


def _match_paper(printer: QPrinter, path: Path) -> None:
    """Start the print dialog on the document's paper size and orientation (A4 landscape for table signs)."""
    doc = QPdfDocument()
    if doc.load(str(path)) != QPdfDocument.Error.None_ or doc.pageCount() == 0:
        return
    size = doc.pagePointSize(0)
    portrait = QSizeF(min(size.width(), size.height()), max(size.width(), size.height()))
    printer.setPageSize(QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if size.width() > size.height()
                               else QPageLayout.Orientation.Portrait)


def _pages_to_print(printer: QPrinter, count: int) -> list[int]:
    """The 0-based pages the print dialog asked for, each repeated for the copies the driver will not make."""
    ranges = printer.pageRanges()
    pages = [n for n in range(count) if ranges.isEmpty() or ranges.contains(n + 1)]
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if printer.collateCopies():
        return pages * copies
    return [n for n in pages for _ in range(copies)]


def print_pdf(path: Path, printer: QPrinter, progress: Progress) -> int:
    """Render the PDF's pages onto `printer` at its resolution (up to 600 dpi), each page at its real size
    (scaled down only when the paper is smaller), centred; returns the pages sent. Runs on a worker thread."""
    translate = QCoreApplication.translate
    doc = QPdfDocument()
    if doc.load(str(path)) != QPdfDocument.Error.None_:
        raise PrintRefused(translate("Printing", "“%1” could not be read to be printed.").replace("%1", str(path)),
                           translate("Printing", "Open it in a PDF viewer and print it from there."))
    n = doc.pageCount()
    pages = _pages_to_print(printer, n)
    if not pages:
        raise PrintRefused(translate("Printing", "None of the pages chosen is in the PDF (pages 1 to %1).").replace(
            "%1", str(n)))
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintRefused(translate("Printing", "The printer “%1” could not be started.").replace(
            "%1", printer.printerName() or printer.outputFileName()),
            translate("Printing", "Check that it is on and connected, or choose another printer; the PDF is saved."))
    try:
        paper = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
        dpi = printer.resolution()
        for done, number in enumerate(pages):
            if done and not printer.newPage():
                raise PrintRefused(translate("Printing", "The printer stopped after page %1.").replace("%1", str(done)))
            _draw_page(painter, doc, number, paper, dpi)
            if progress(done + 1, len(pages)) is False:
                printer.abort()
                raise Cancelled()
    finally:
        painter.end()
    log.info("Printed %d of %d pages", len(pages), n)
    return len(pages)


def _draw_page(painter: QPainter, doc: QPdfDocument, number: int, paper: QRectF, dpi: int) -> None:
    points = doc.pagePointSize(number)
    scale = min(1.0, paper.width() / (points.width() * dpi / 72), paper.height() / (points.height() * dpi / 72))
    target = QRectF(0, 0, points.width() * dpi / 72 * scale, points.height() * dpi / 72 * scale)
    target.moveCenter(paper.center())
    render_dpi = min(dpi, _MAX_DPI) * scale
    full = QSize(max(1, round(points.width() * render_dpi / 72)), max(1, round(points.height() * render_dpi / 72)))
    ratio = target.height() / full.height()
    for top in range(0, full.height(), _BAND):
        rows = min(_BAND, full.height() - top)
        options = QPdfDocumentRenderOptions()
        options.setScaledSize(full)
        options.setScaledClipRect(QRect(0, top, full.width(), rows))
        band = QImage(full.width(), rows, QImage.Format.Format_RGB32)
        band.fill(Qt.GlobalColor.white)
        on_white = QPainter(band)  # the renderer leaves the paper transparent: lay it on white
        on_white.drawImage(0, 0, doc.render(number, QSize(full.width(), rows), options))
        on_white.end()
        painter.drawImage(QRectF(target.left(), target.top() + top * ratio, target.width(), rows * ratio), band)


class SavedDialog(MessageDialog):
    """Where the PDF is, and what to do with it: Print… (default, Enter), Open folder, Open, Close (Esc)."""

    print_requested = Signal()

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(QStyle.StandardPixmap.SP_MessageBoxInformation, parent)
        self.path = path
        self.setWindowTitle(self.tr("PDF saved"))
        self.message = QLabel(self.tr("Saved as “%1” in the folder:").replace("%1", path.name) + "\n" + str(path.parent))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_text(self.message)
        self.print_button = self.add_button(self.tr("&Print…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.folder_button = self.add_button(self.tr("Open &folder"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button = self.add_button(self.tr("&Open"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.add_button(self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_requested)
        self.folder_button.clicked.connect(lambda: self.open_folder(path.parent))
        self.open_button.clicked.connect(lambda: self.open_in_system(path, self.tr(
            "This computer could not open “%1”: no program for PDF files is set up. Use “Print…” or copy the file to "
            "a computer with a PDF viewer.")))
        self.close_button.clicked.connect(self.reject)
        self.print_button.setFocus()


class PrintJob(QObject):
    """One printout's way: write the PDF (progress, cancel), say where it is, print it when asked."""

    saved = Signal(object)  # Path: the PDF is written
    printed = Signal(object)  # int: the pages sent to the printer

    def __init__(self, parent: QWidget, printout: Printout | None, out: Path):
        super().__init__(parent)
        self.widget, self.printout, self.path = parent, printout, out
        self.task: Task | None = None
        self.print_task: Task | None = None
        self.dialog: SavedDialog | None = None
        self.print_dialog: QPrintDialog | None = None

    def start(self, then_print: bool = False) -> None:
        """Write the PDF; then show where it is (or, with `then_print`, go straight to the print dialog)."""
        assert self.printout is not None
        write, out = self.printout.write, self.path

        self.task = Task(self.widget, self.printout.label, lambda progress: write_atomically(write, out, progress))
        self.task.finished.connect(lambda _r: self._written(then_print))
        self.task.failed.connect(self._failed)
        self.task.start()

    def _failed(self, exc: object) -> None:
        show_error(self.widget, exc if isinstance(exc, EulacError) else unexpected(exc))

    def _written(self, then_print: bool) -> None:
        log.info("PDF written: %s", self.printout.kind if self.printout else "?")
        self.saved.emit(self.path)
        if not then_print or not self.ask_printer(self.widget):
            self.show_saved()

    def show_saved(self) -> SavedDialog:
        """The message saying where the file is (window-modal, not blocking)."""
        self.dialog = SavedDialog(self.path, self.widget)
        self.dialog.print_requested.connect(self._print_from_dialog)
        self.dialog.open()
        return self.dialog

    def _print_from_dialog(self) -> None:
        assert self.dialog is not None
        if self.ask_printer(self.dialog):
            self.dialog.accept()

    def ask_printer(self, over: QWidget) -> bool:
        """Qt's print dialog (printer, pages, copies); when accepted, print in the background. False: not printed."""
        printer = shared_printer()
        pages = page_count(self.path)
        _match_paper(printer, self.path)
        printer.setDocName(self.path.stem)
        self.print_dialog = QPrintDialog(printer, over)
        self.print_dialog.setWindowTitle(self.tr("Print “%1”").replace("%1", self.path.name))
        self.print_dialog.setOptions(QAbstractPrintDialog.PrintDialogOption.PrintPageRange
                                     | QAbstractPrintDialog.PrintDialogOption.PrintCollateCopies
                                     | QAbstractPrintDialog.PrintDialogOption.PrintShowPageSize
                                     | QAbstractPrintDialog.PrintDialogOption.PrintToFile)
        self.print_dialog.setMinMax(1, max(1, pages))
        accepted = self.print_dialog.exec() == QDialog.DialogCode.Accepted
        self.print_dialog.deleteLater()
        self.print_dialog = None
        if not accepted:
            return False
        log.info("Printing on %s", printer.printerName() or "a file")
        path = self.path
        self.print_task = Task(self.widget, self.tr("Printing…"), lambda progress: print_pdf(path, printer, progress))
        self.print_task.finished.connect(self.printed)
        self.print_task.failed.connect(self._failed)
        self.print_task.start()
        return True


def save_and_print(parent: QWidget, session: EventSession, printout: Printout, settings: Settings | None = None,
                   ask: bool = True) -> PrintJob | None:
    """Ask where to save `printout` (or, with `ask=False`, save it in its kind's folder and go straight to the
    print dialog), write it in the background, then offer to print it; None when the user cancelled."""
    settings = settings or Settings()
    folder = default_folder(session, settings, printout.kind)
    if ask:
        chosen, _filter = QFileDialog.getSaveFileName(parent, printout.title, str(folder / printout.name),
                                                      QCoreApplication.translate("Printing", "PDF (*.pdf)"))
        if not chosen:
            return None
        out = Path(chosen)
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
    else:
        out = folder / printout.name
    job = PrintJob(parent, printout, out)
    job.saved.connect(lambda path: settings.set_print_folder(printout.kind, path.parent))
    job.start(then_print=not ask)
    return job


def offer_to_print(parent: QWidget, path: Path) -> PrintJob:
    """For a PDF written another way (the ideas board, drawn on the GUI thread): the message saying where it
    is, with Print…, Open folder, Open and Close."""
    job = PrintJob(parent, None, path)
    job.show_saved()
    return job


def run_writer(ws: Any, write: Callable[[Any, Path, Progress], object]) -> Writer:
    """A `Writer` that runs `write(worker_ws, path, progress)` on its own connection to the event."""
    def writer(path: Path, progress: Progress) -> object:
        with ws.for_worker() as worker:
            return write(worker, path, progress)

    return writer
