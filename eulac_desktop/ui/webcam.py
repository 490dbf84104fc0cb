"""Webcam scanning: Qt Multimedia's camera frames, decoded by zxing-cpp in a worker thread.

At most one frame is decoded at a time (frames that arrive meanwhile are skipped), so the GUI thread
only shows the preview; a decoded code arrives as `scanned(text)`, like a USB scanner's.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

PREVIEW_WIDTH = 320


#: Where the green byte of a pixel is in the frame formats a camera gives (4 bytes a pixel): green is what zxing
#: reads as the grey of a black-on-white badge, with no conversion of the frame (which took 4 times the decoding).
_GREEN_BYTE = {
    QImage.Format.Format_RGB32: 1 if sys.byteorder == "little" else 2,  # 0xAARRGGBB in the machine's order
    QImage.Format.Format_ARGB32: 1 if sys.byteorder == "little" else 2,
    QImage.Format.Format_ARGB32_Premultiplied: 1 if sys.byteorder == "little" else 2,
    QImage.Format.Format_RGBX8888: 1,  # R, G, B, A bytes
    QImage.Format.Format_RGBA8888: 1,
    QImage.Format.Format_RGBA8888_Premultiplied: 1,
}


def decode_frame(image: QImage) -> list[str]:
    """The QR codes in a frame (restricted to the QR format: about ten times faster than all formats).

    zxing reads the frame's own bytes: a grey frame as it is, a colour one through its green bytes (every fourth
    byte); other formats are converted to grey first."""
    import zxingcpp

    green = _GREEN_BYTE.get(image.format())
    if green is None and image.format() != QImage.Format.Format_Grayscale8:
        image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    bits = image.constBits()
    if green is None:
        view = zxingcpp.ImageView(bits, image.width(), image.height(), zxingcpp.ImageFormat.Lum, image.bytesPerLine())
    else:  # (zxing wants the whole last row within the bytes after the offset: the frame's last row is left out)
        view = zxingcpp.ImageView(bits[green:], image.width(), image.height() - 1, zxingcpp.ImageFormat.Lum,
                                  image.bytesPerLine(), 4)
    return [result.text for result in zxingcpp.read_barcodes(view, formats=zxingcpp.BarcodeFormat.QRCode)]


class _Decode(QRunnable):
    def __init__(self, image: QImage, done: Signal):
        super().__init__()
        self.image, self.done = image, done

    def run(self) -> None:
        try:
            codes = decode_frame(self.image)
        except Exception:  # a frame zxing cannot read is just a frame without a code
            codes = []
        self.done.emit(codes)


class WebcamPanel(QWidget):
    """Choose a camera, see its preview, and scan the badges held up to it."""

    scanned = Signal(str)
    _decoded = Signal(list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.camera_box = QComboBox()
        self.camera_box.setAccessibleName(self.tr("Camera"))
        self.start_button = QPushButton()
        self.start_button.setCheckable(True)
        self.start_button.toggled.connect(self._toggle)
        self.preview = QLabel()
        self.preview.setFixedSize(PREVIEW_WIDTH, PREVIEW_WIDTH * 3 // 4)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: #222; color: #ddd;")
        self.preview.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.camera_box, 1)
        row.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.preview)
        self._busy = False
        self._camera = None
        self._session = None
        self._sink = None
        self._decoded.connect(self._on_decoded)
        self.retranslate()
        self.fill_cameras()

    def fill_cameras(self) -> None:
        """The cameras plugged in now."""
        from PySide6.QtMultimedia import QMediaDevices

        self.camera_box.clear()
        for device in QMediaDevices.videoInputs():
            self.camera_box.addItem(device.description(), device)
        has_camera = self.camera_box.count() > 0
        self.camera_box.setEnabled(has_camera)
        self.start_button.setEnabled(has_camera)
        if not has_camera:
            self.preview.setText(self.tr("No camera found. Plug one in, or use the USB scanner."))

    def _toggle(self, on: bool) -> None:
        self.start() if on else self.stop()
        self.retranslate()

    def start(self) -> None:
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QVideoSink

        device = self.camera_box.currentData()
        if device is None:
            return
        self._camera = QCamera(device)
        self._camera.errorOccurred.connect(self._on_error)
        self._sink = QVideoSink(self)
        self._sink.videoFrameChanged.connect(self._on_frame)
        self._session = QMediaCaptureSession(self)
        self._session.setCamera(self._camera)
        self._session.setVideoSink(self._sink)
        self._camera.start()

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()
            self._camera.deleteLater()
        self._camera = None
        self.preview.clear()

    def _on_error(self, _error: object, text: str) -> None:
        self.preview.setText(self.tr("The camera stopped: %1. Check that it is plugged in and not used by "
                                     "another program.").replace("%1", text))
        self.start_button.setChecked(False)

    def _on_frame(self, frame: object) -> None:
        image = frame.toImage()
        if image.isNull():
            return
        self.preview.setPixmap(image_to_preview(image))
        if not self._busy:
            self._busy = True
            QThreadPool.globalInstance().start(_Decode(image.copy(), self._decoded))

    def _on_decoded(self, codes: list) -> None:
        self._busy = False
        for code in codes:
            self.scanned.emit(code)

    def retranslate(self) -> None:
        self.start_button.setText(self.tr("Stop the camera") if self.start_button.isChecked() else self.tr("Start the camera"))


def image_to_preview(image: QImage):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPixmap

    return QPixmap.fromImage(image.scaledToWidth(PREVIEW_WIDTH, Qt.TransformationMode.FastTransformation))
