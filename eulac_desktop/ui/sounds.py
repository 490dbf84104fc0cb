"""The check-in sounds: one for each result (checked in, already, refused), muteable."""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl

from ..core import paths


class ResultSounds(QObject):
    """Plays the sound of a scan result unless muted."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.muted = False
        self._effects: dict[str, object] = {}

    def play(self, status: str) -> None:
        if self.muted:
            return
        effect = self._effects.get(status)
        if effect is None:
            from PySide6.QtMultimedia import QSoundEffect  # loaded when first heard, not at start-up

            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(paths.resources_dir() / "sounds" / f"{status}.wav")))
            effect.setVolume(0.8)
            self._effects[status] = effect
        effect.play()  # type: ignore[attr-defined]
