"""The user's remembered settings, typed, in an INI file in the user's config folder.

Keys and their types live here only; `VERSION` and `_UPGRADES` move old settings files forward
(as MusicBrainz Picard does), so a renamed key never silently loses what the user chose.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from ..core import paths

MAX_RECENT = 10
VERSION = 1
#: _UPGRADES[n] takes a settings file from version n to n + 1.
_UPGRADES: dict[int, Callable[[QSettings], None]] = {}


class Settings:
    """What the app remembers between runs: language, recent events, window geometry."""

    def __init__(self, folder: Path | None = None):
        folder = folder or paths.config_dir()
        folder.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        self._upgrade()

    def _upgrade(self) -> None:
        version = int(self._qs.value("settings_version", VERSION if not self._qs.allKeys() else 0))
        while version < VERSION:
            upgrade = _UPGRADES.get(version)
            if upgrade:
                upgrade(self._qs)
            version += 1
        self._qs.setValue("settings_version", VERSION)

    # language: "" follows the system
    @property
    def language(self) -> str:
        return str(self._qs.value("ui/language", "") or "")

    @language.setter
    def language(self, code: str) -> None:
        self._qs.setValue("ui/language", code)

    def recent_files(self) -> list[str]:
        """Recently opened event files, newest first."""
        value = self._qs.value("files/recent", [])
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in value or []]

    def add_recent(self, path: Path | str) -> None:
        """Put `path` first in the recent list."""
        text = str(Path(path).resolve())
        items = [text] + [p for p in self.recent_files() if p != text]
        self._qs.setValue("files/recent", items[:MAX_RECENT])

    def remove_recent(self, path: Path | str) -> None:
        """Take `path` (as listed, or any path to the same file) off the recent list."""
        gone = {str(path), str(Path(path).resolve())}
        self._qs.setValue("files/recent", [p for p in self.recent_files() if p not in gone])

    def geometry(self, window: str) -> QByteArray | None:
        value = self._qs.value(f"windows/{window}/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, window: str, data: QByteArray) -> None:
        self._qs.setValue(f"windows/{window}/geometry", data)

    def last_folder(self) -> str:
        return str(self._qs.value("files/last_folder", "") or "")

    def set_last_folder(self, folder: Path | str) -> None:
        self._qs.setValue("files/last_folder", str(folder))

    def badge_layout(self, single: bool = False) -> str:
        """The badge layout last used for sheets (or for one badge: a walk-in's)."""
        key = "badges/layout_single" if single else "badges/layout"
        return str(self._qs.value(key, "a6" if single else "a4-8"))

    def set_badge_layout(self, layout: str, single: bool = False) -> None:
        self._qs.setValue("badges/layout_single" if single else "badges/layout", layout)

    def print_folder(self, kind: str) -> str:
        """The folder where printouts of `kind` ("badges", "attendance", "ballots"…) were last saved; "" at first."""
        return str(self._qs.value(f"print/{kind}/folder", "") or "")

    def set_print_folder(self, kind: str, folder: Path | str) -> None:
        self._qs.setValue(f"print/{kind}/folder", str(folder))

    def desk(self) -> str:
        """The check-in desk's name last given on this laptop ("" at first)."""
        return str(self._qs.value("checkin/desk", "") or "")

    def set_desk(self, name: str) -> None:
        self._qs.setValue("checkin/desk", name)

    def sync(self) -> None:
        self._qs.sync()
