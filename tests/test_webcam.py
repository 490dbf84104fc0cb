"""Webcam scanning: frames decoded off the GUI thread; no camera says so; sounds can be muted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from eulac_desktop.core import badges
from eulac_desktop.ui.webcam import WebcamPanel, decode_frame

CODE = badges.make_code(b"k" * 32, "event", 123456)


def frame_with_badge(code: str = CODE, size: tuple[int, int] = (640, 480)) -> QImage:
    """A camera frame: a grey scene with a badge's QR code held up in it."""
    import zxingcpp

    qr = zxingcpp.create_barcode(code, zxingcpp.BarcodeFormat.QRCode, ec_level="M").to_image(scale=6)
    height, width = qr.shape
    symbol = QImage(bytes(memoryview(qr)), width, height, width, QImage.Format.Format_Grayscale8)
    frame = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    frame.fill(QColor("#7a7a70"))
    painter = QPainter(frame)
    painter.drawImage(QRect(180, 90, width, height), symbol)
    painter.end()
    return frame


def test_a_frame_with_a_badge_decodes_to_its_code(qapp) -> None:
    assert decode_frame(frame_with_badge()) == [CODE]


def test_a_frame_without_a_badge_gives_nothing(qapp) -> None:
    empty = QImage(640, 480, QImage.Format.Format_RGB32)
    empty.fill(Qt.GlobalColor.white)
    assert decode_frame(empty) == []


class FakeFrame:
    def __init__(self, image: QImage):
        self.image = image

    def toImage(self) -> QImage:
        return self.image


def test_frames_are_decoded_in_a_worker_and_the_code_arrives_as_a_scan(qtbot) -> None:
    panel = WebcamPanel()
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.scanned, timeout=5000) as scanned:
        panel._on_frame(FakeFrame(frame_with_badge()))
        assert panel._busy  # decoding off the GUI thread
        panel._on_frame(FakeFrame(frame_with_badge()))  # a frame arriving meanwhile is only shown
    assert scanned.args == [CODE]
    qtbot.waitUntil(lambda: not panel._busy)
    assert not panel.preview.pixmap().isNull()


def test_without_a_camera_the_panel_says_so(qtbot) -> None:
    panel = WebcamPanel()
    qtbot.addWidget(panel)
    if panel.camera_box.count():
        pytest.skip("this machine has a camera")
    assert not panel.start_button.isEnabled()
    assert "No camera found" in panel.preview.text()


def test_a_camera_error_is_shown_and_stops_scanning(qtbot) -> None:
    panel = WebcamPanel()
    qtbot.addWidget(panel)
    panel._on_error(None, "device busy")
    assert "device busy" in panel.preview.text() and not panel.start_button.isChecked()


def test_sounds_can_be_muted(qapp) -> None:
    from eulac_desktop.ui.sounds import ResultSounds

    sounds = ResultSounds()
    sounds.muted = True
    sounds.play("checked_in")
    assert sounds._effects == {}
    sounds.muted = False
    for status in ("checked_in", "already", "refused"):
        sounds.play(status)
    assert set(sounds._effects) == {"checked_in", "already", "refused"}
    assert all(effect.source().isLocalFile() for effect in sounds._effects.values())


@pytest.mark.parametrize("fmt", [QImage.Format.Format_RGB32, QImage.Format.Format_ARGB32,
                                 QImage.Format.Format_ARGB32_Premultiplied, QImage.Format.Format_RGBA8888,
                                 QImage.Format.Format_RGBX8888, QImage.Format.Format_Grayscale8])
def test_a_camera_frame_is_decoded_in_its_own_format_without_a_conversion(qapp, monkeypatch, fmt) -> None:
    """zxing reads a colour frame through its green bytes, a grey one as it is: no conversion of the whole frame
    (which cost four times the decoding) happens on the way."""
    frame = frame_with_badge().convertToFormat(fmt)

    def no_conversion(*_args: object) -> QImage:
        raise AssertionError("the frame was converted")

    monkeypatch.setattr(QImage, "convertToFormat", no_conversion)
    assert decode_frame(frame) == [CODE]


def test_a_frame_in_another_format_is_converted_and_decoded(qapp) -> None:
    assert decode_frame(frame_with_badge().convertToFormat(QImage.Format.Format_RGB888)) == [CODE]
