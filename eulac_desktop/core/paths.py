"""Where the application's shipped files and the user's files live, on every platform."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "eulac-desktop"


def install_root() -> Path:
    """The folder holding `resources/` and `i18n/`: the source tree, or PyInstaller's bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


def resources_dir() -> Path:
    """Shipped fonts, icons, style sheets and demo data."""
    return install_root() / "resources"


def translations_dir() -> Path:
    """Compiled translations (.qm for the UI, .mo for the core), built by `make i18n`."""
    return install_root() / "i18n" / "build"


def config_dir() -> Path:
    """The user's configuration folder (device identity, settings, recent files).

    `EULAC_CONFIG_DIR` overrides it, so tests and portable installs never touch the user's own.
    """
    override = os.environ.get("EULAC_CONFIG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_DIR_NAME, appauthor=False, roaming=True))


def log_dir() -> Path:
    """The folder of the application's log files (`core.logs`): the platform's log folder for the user.

    When `EULAC_CONFIG_DIR` is set (tests, portable installs), its `logs` subfolder instead.
    """
    override = os.environ.get("EULAC_CONFIG_DIR")
    if override:
        return Path(override) / "logs"
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_DIR_NAME, appauthor=False))
