"""The Qt binding must not lose references to None: PySide6 6.12.0 did, in every method returning nothing,
and Python 3.11 aborts the whole app once None's count reaches zero (a board of 500 cards got there in
minutes). pyproject.toml excludes that release; this test catches any other one that does it."""

from __future__ import annotations

import sys


def test_calls_that_return_nothing_keep_none_alive(qapp) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QLabel

    colour, point, label = QColor(1, 2, 3), QPoint(), QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        colour.setAlpha(5)
        point.setX(3)
        label.setText("x")
    assert before - sys.getrefcount(None) < 100  # a leak loses 6,000
