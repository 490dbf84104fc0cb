"""The projector goes full screen on the second display; the app runs in a real X window (Xvfb).

Both run the app in a subprocess, since a Qt platform is chosen once per process.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

SCRIPT = r"""
import json, sys
from PySide6.QtWidgets import QApplication
from eulac_desktop.core.workspace import Workspace
from eulac_desktop.ui.main_window import MainWindow
from eulac_desktop.ui.session import EventSession
from eulac_desktop.ui.settings import Settings
app = QApplication(sys.argv[:1])
window = MainWindow(EventSession(Workspace.open(sys.argv[1])), Settings())
window.show()
window.toggle_projector()
app.processEvents()
p = window.projector
print(json.dumps({"screen": p.screen().name(), "full_screen": p.isFullScreen(),
                  "geometry": [p.geometry().x(), p.geometry().y(), p.geometry().width(), p.geometry().height()],
                  "main_screen": window.screen().name()}))
"""

SCREENS = {
    "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 800, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
        {"name": "projector", "x": 1280, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96,
         "dpr": 1},
    ]
}


def _run(event_file: Path, env: dict[str, str]) -> dict:
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(event_file)], env=env, capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_projector_goes_full_screen_on_the_second_display(event_file: Path, tmp_path: Path) -> None:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    result = _run(event_file, env)
    assert result["main_screen"] == "laptop"
    assert result["screen"] == "projector"
    assert result["full_screen"] is True
    assert result["geometry"] == [1280, 0, 1920, 1080]


def test_with_one_display_the_projector_is_a_window(event_file: Path) -> None:
    result = _run(event_file, {**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result["full_screen"] is False


@pytest.fixture
def xvfb_display():
    """A real X display (Xvfb) for the duration of a test."""
    if not shutil.which("Xvfb"):
        pytest.skip("Xvfb is not installed (make test installs it on Debian/Ubuntu)")
    display = f":{90 + os.getpid() % 100}"
    proc = subprocess.Popen(["Xvfb", display, "-screen", "0", "1600x900x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    socket = Path(f"/tmp/.X11-unix/X{display[1:]}")
    while not socket.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield display
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.xvfb
def test_the_app_opens_a_real_window_on_x11(xvfb_display: str, event_file: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": xvfb_display}
    out = subprocess.run([sys.executable, "-m", "eulac_desktop", str(event_file), "--smoke-test"], env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1])["title"].startswith("Co-Innovation Lab")
    result = _run(event_file, env)
    assert result["full_screen"] is False and result["screen"]
