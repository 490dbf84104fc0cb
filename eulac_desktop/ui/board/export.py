"""The board as a picture (PNG) or a document (PDF, fonts embedded), as it looks on screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from ...core import errors, files
from .scene import BoardScene

_MAX_PIXELS = 12000  # a PNG side; larger boards are scaled down to stay openable


def export_board(scene: BoardScene, out: Path, title: str) -> None:
    """Write the board to OUT.png or OUT.pdf (the file appears whole or not at all)."""
    source = scene.itemsBoundingRect().adjusted(-16, -16, 16, 16)
    selected = scene.selectedItems()
    for item in selected:  # a selection is not part of the board
        item.setSelected(False)
    try:
        with files.writing(out) as tmp:  # the file appears whole or not at all
            _write(scene, source, tmp, out, title)
    finally:
        for item in selected:
            item.setSelected(True)


def _write(scene: BoardScene, source: QRectF, tmp: Path, out: Path, title: str) -> None:
    """Paint the board into `tmp`, as `out` asks (PNG or PDF)."""
    if out.suffix.lower() == ".png":
        scale = min(2.0, _MAX_PIXELS / max(source.width(), source.height()))
        image = QImage(int(source.width() * scale), int(source.height() * scale), QImage.Format.Format_ARGB32)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        scene.render(painter, QRectF(image.rect()), source)
        painter.end()
        if not image.save(str(tmp), "PNG"):
            raise errors.ExportFailed(path=str(out), detail=files.NOT_DRAWN)
    else:
        writer = QPdfWriter(str(tmp))
        writer.setTitle(title)
        writer.setCreator("eulac-desktop")
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A3), QPageLayout.Orientation.Landscape,
                                         QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
        writer.setResolution(150)
        painter = QPainter(writer)
        if not painter.isActive():
            raise errors.ExportFailed(path=str(out), detail=files.NOT_DRAWN)
        page = QRectF(painter.viewport())
        font = QFont(scene.card_font)
        font.setPixelSize(int(page.height() * 0.025))
        font.setBold(True)
        painter.setFont(font)
        head = QRectF(page.x(), page.y(), page.width(), page.height() * 0.06)
        painter.drawText(head, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap),
                         title)
        body = QRectF(page.x(), head.bottom(), page.width(), page.height() - head.height())
        scene.render(painter, body, source, Qt.AspectRatioMode.KeepAspectRatio)
        painter.end()
