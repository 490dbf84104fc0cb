"""`eulac-desktop --self-check`: the parts of the app that only its window uses, tried in the running program, for
`make dist-check` (tools/dist_check.sh) to prove that the built folder still holds what they load: Qt Multimedia's
camera backend and its frames, zxing's decoding of a badge held up to the webcam, Qt PDF and printing, the image
formats of the icons, and ICU's data as Qt uses it (names with accents sorted, a time zone's name) in the app's
languages. The results are a JSON-ready dict."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCollator, QLocale, Qt, QTimeZone
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter

#: The text of the badge shown to the webcam.
CODE = "EULAC-SELF-CHECK-1"
#: Names with accents, in an order no collation keeps (Spanish sorts Ñ after N; the others, with N).
NAMES = ("Zoe", "Émile", "Ñandú", "Álvaro", "Nuno", "Çelik", "Ana")


def run() -> dict[str, Any]:
    """Try each part; the values say what worked (a failure is an exception, left to the caller)."""
    with tempfile.TemporaryDirectory(prefix="eulac-self-check-") as folder:
        pdf = _badge_pdf(Path(folder) / "badge.pdf")
        return {"camera_decoders": _camera_decoders(), "webcam_decoded": _webcam_decode(),
                "pdf_pages": _pdf_pages(pdf), "printed_pages": _print(pdf, Path(folder) / "printed.pdf"),
                "image_formats": sorted(bytes(name.data()).decode() for name in QImageReader.supportedImageFormats()),
                "sorted_names": {lang: _sorted(lang) for lang in ("es", "pt", "fr", "en")},
                "zone_names": {lang: _zone_name(lang) for lang in ("es", "pt", "fr", "en")}}


def _camera_decoders() -> int:
    """How many video codecs Qt Multimedia's backend decodes: none when its plugin (FFmpeg) does not load."""
    from PySide6.QtMultimedia import QMediaDevices, QMediaFormat

    QMediaDevices.videoInputs()  # loads the backend, as the webcam panel does
    return len(QMediaFormat().supportedVideoCodecs(QMediaFormat.ConversionMode.Decode))


def _webcam_decode() -> list[str]:
    """A badge's QR code as a camera frame (a QVideoFrame of a colour picture), read as the webcam panel reads it."""
    from PySide6.QtMultimedia import QVideoFrame

    from ..documents.badges import qr_matrix
    from .webcam import decode_frame

    modules, scale, margin = qr_matrix(CODE), 8, 32
    side = len(modules) * scale + 2 * margin
    picture = QImage(side, side, QImage.Format.Format_RGB32)
    picture.fill(QColor("white"))
    painter = QPainter(picture)
    for row, line in enumerate(modules):
        for column, dark in enumerate(line):
            if dark:
                painter.fillRect(margin + column * scale, margin + row * scale, scale, scale, Qt.GlobalColor.black)
    painter.end()
    return decode_frame(QVideoFrame(picture).toImage())


def _badge_pdf(path: Path) -> Path:
    """A one-page PDF with a badge's QR code, as the documents draw it (reportlab)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from ..documents.badges import draw_qr

    canvas = Canvas(str(path), pagesize=A4)
    canvas.drawString(72, 760, CODE)
    draw_qr(canvas, CODE, 72, 500, 200)
    canvas.save()
    return path


def _pdf_pages(pdf: Path) -> int:
    """The pages Qt PDF reads from `pdf` and renders with something on them."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    if doc.load(str(pdf)) != QPdfDocument.Error.None_:
        return 0
    return sum(1 for page in range(doc.pageCount()) if _drawn(doc.render(page, QSize(200, 283))))


def _drawn(image: QImage) -> bool:
    """Whether `image` is not all one colour."""
    corner = image.pixelColor(0, 0)
    return not image.isNull() and any(image.pixelColor(x, y) != corner
                                      for x in range(0, image.width(), 4) for y in range(0, image.height(), 4))


def _print(pdf: Path, out: Path) -> int:
    """The pages the app's print path sends to a printer (Qt Print Support's PDF printer, into `out`)."""
    from PySide6.QtPrintSupport import QPrinter

    from .printing import print_pdf

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    sent = print_pdf(pdf, printer, lambda done, total: True)
    return sent if out.is_file() and out.read_bytes().startswith(b"%PDF-") else 0


def _sorted(lang: str) -> list[str]:
    """NAMES as Qt's collation for `lang` sorts them."""
    collator = QCollator(QLocale(lang))
    return sorted(NAMES, key=collator.sortKey)


def _zone_name(lang: str) -> str:
    """Lima's standard time zone as Qt names it in `lang`."""
    zone = QTimeZone(b"America/Lima")
    return zone.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale(lang))
