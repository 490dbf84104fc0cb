"""The message of a refusal or an unexpected error is read in lines of a sentence, not a narrow column."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from eulac_desktop.core import logs


@pytest.mark.parametrize("lang", ["en", "es"])
def test_an_unexpected_errors_message_is_wide_enough_to_read(qtbot, qapp, isolated_config: Path,
                                                            monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    """Qt's own width made the Spanish message a 267-px column of seven short lines, its log's path cut in three."""
    from eulac_desktop.ui.language import LanguageManager
    from eulac_desktop.ui.session import show_error, unexpected

    language = LanguageManager(qapp)
    language.apply(lang)
    logs.setup("eulac-desktop", "INFO")
    seen: list[tuple[int, int, int]] = []

    def look(box: QMessageBox) -> None:
        box.show()
        qtbot.waitExposed(box)
        label = box.findChild(QLabel, "qt_msgbox_informativelabel")
        lines = label.heightForWidth(label.width()) // label.fontMetrics().lineSpacing()
        seen.append((label.width(), label.fontMetrics().averageCharWidth(), lines))
        box.close()

    monkeypatch.setattr(QMessageBox, "exec", look)
    try:
        show_error(None, unexpected(KeyError("chart")))
    finally:
        language.apply("en")
    [(width, char, lines)] = seen
    assert width >= 50 * char
    assert lines <= 3  # the sentence in two lines, the log file's path on its own
