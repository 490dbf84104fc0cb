"""Helpers shared by the tests (import them as `from helpers import run, run_json`; fixtures live in conftest.py)."""

from __future__ import annotations

import contextlib
import datetime
import gc
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eulac_desktop.cli import main
from eulac_desktop.core.device import Device, load_device


def run(capsys: pytest.CaptureFixture[str], *argv: object, collect: bool = False) -> tuple[int, str, str]:
    """Run `eulac ARGV` in-process: (exit code, stdout, stderr). Argparse's exits (usage errors, --version)
    give their code. With `collect`, garbage is collected before the output is read, so that whatever was
    left half-written complains now, if at all."""
    capsys.readouterr()
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exit:
        code = exit.code if isinstance(exit.code, int) else 1
    if collect:
        gc.collect()
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: object, expect: int = 0) -> Any:
    """Run `eulac ARGV --json`: the exit code must be `expect` and stdout exactly one JSON document, returned."""
    code, out, err = run(capsys, *argv, "--json")
    assert code == expect, (code, out, err)
    return json.loads(out)  # fails if anything else was printed to stdout


def type_text(widget: Any, text: str) -> None:
    """Type `text` into `widget` key by key, accents and other non-ASCII letters too (QTest.keyClicks aborts on
    those): a press and a release for each character, as a keyboard layout that has the letter sends them."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        try:
            key = Qt.Key(ord(char.upper()))
        except ValueError:
            key = Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


@contextlib.contextmanager
def config(folder: Path) -> Iterator[Device]:
    """Be the laptop whose config folder is `folder` (its device is made on first use) while inside."""
    old = os.environ.get("EULAC_CONFIG_DIR")
    os.environ["EULAC_CONFIG_DIR"] = str(folder)
    try:
        yield load_device(folder)
    finally:
        if old is None:
            os.environ.pop("EULAC_CONFIG_DIR", None)
        else:
            os.environ["EULAC_CONFIG_DIR"] = old


def during_demo_round_1() -> datetime.datetime:
    """A moment inside the demo event's first P2P round (tomorrow at 14:10 in Lima, as `core.demo` plans it from
    today's date), in UTC: for tests that fix `event.utc_now` there."""
    from zoneinfo import ZoneInfo

    day = datetime.date.today() + datetime.timedelta(days=1)
    return datetime.datetime.combine(day, datetime.time(14, 10), ZoneInfo("America/Lima")).astimezone(datetime.UTC)


def text_sizes(monkeypatch: pytest.MonkeyPatch, module: Any) -> dict[str, float]:
    """The size each text is drawn at by `module`'s `draw_text` (text → points), filled as it draws (still drawn)."""
    sizes: dict[str, float] = {}
    real_draw = module.draw_text

    def draw_text(canvas: Any, x: float, y: float, text: str, font: str, size: float, align: str = "left") -> Any:
        sizes[text] = size
        return real_draw(canvas, x, y, text, font, size, align)

    monkeypatch.setattr(module, "draw_text", draw_text)
    return sizes
