"""A poll's results painted at any size: bars (dots, points, approvals, Borda, yes/no), the Schulze order,
the impact/effort matrix; with turnout. The Voting page and the projector paint the same.

Labels are fitted to their boxes (shortened with … rather than clipped), all the labels of one list at one
type size (the largest at which they all fit, never below a readable floor; a label still too long wraps
and is shortened); the matrix labels its points by number and lists the options beside it, so long option
texts never collide.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen

from ...core.text import safe_display
from ..projector_screens import Drawn, fit_text
from .texts import MethodTexts

BAR = QColor("#ffd166")
YES, NO, ABSTAIN = QColor("#7bd389"), QColor("#f28482"), QColor("#b8c0c8")
_WRAP = int(Qt.TextFlag.TextWordWrap)


class ResultsCanvas(QObject):
    """Paints `results` (core `voting.results()`) in `rect`, light on dark (projector) or dark on light."""

    def __init__(self, font: QFont, dark: bool = True):
        super().__init__()
        self.font = font
        self.ink = QColor("#ffffff") if dark else QColor("#14202b")
        self.muted = QColor("#c9d3de") if dark else QColor("#4a5562")
        self.grid = QColor("#3a5068") if dark else QColor("#c8d0d8")
        self.drawn: list[Drawn] = []

    def text(self, painter: QPainter, rect: QRect, text: str, max_px: int, *, bold: bool = False,
             colour: QColor | None = None, min_px: int = 10,
             align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter) -> None:
        base = QFont(self.font)
        base.setBold(bold)
        font, shown = fit_text(base, text, rect, max_px, min_px, align)
        painter.setFont(font)
        painter.setPen(colour or self.ink)
        painter.drawText(rect, _WRAP | int(align), shown)
        self.drawn.append(Drawn(QRect(rect), QFontMetrics(font).boundingRect(rect, _WRAP | int(align), shown), shown))

    def common_px(self, boxes: list[tuple[QRect, str]], max_px: int, min_px: int, *, bold: bool = False,
                  align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> int:
        """One type size for a list of labels: the largest at which all fit their boxes, but not below a
        readable floor (half of `max_px`); the labels that do not fit even then are shortened."""
        base = QFont(self.font)
        base.setBold(bold)
        floor = max(min_px, max_px // 2)
        fits = [fit_text(base, text, rect, max_px, floor, align)[0].pixelSize() for rect, text in boxes]
        return min([*fits, max_px])

    def paint(self, painter: QPainter, rect: QRect, results: dict[str, Any], live: bool) -> None:
        """The title, the method and turnout, then the results (or, while hidden, only the turnout)."""
        self.drawn = []
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        h = rect.height()
        m = max(8, int(min(rect.width(), h) * 0.03))
        head = QRect(rect.x() + m, rect.y() + m, rect.width() - 2 * m, int(h * 0.12))
        self.text(painter, head, results["title"], int(h * 0.07), bold=True)
        turnout = self.turnout(results)
        sub = QRect(head.x(), head.bottom() + 2, head.width(), int(h * 0.06))
        self.text(painter, sub, f"{MethodTexts().name(results['method'])} · {turnout}", int(h * 0.035),
                  colour=self.muted)
        area = QRect(head.x(), sub.bottom() + m // 2, head.width(), rect.bottom() - sub.bottom() - m - m // 2)
        if results["state"] != "closed" and not live:
            self.text(painter, area, self.tr("The results are shown when the poll closes."), int(h * 0.06),
                      colour=self.muted)
        elif not results["ballots"]:
            self.text(painter, area, self.tr("No ballots yet"), int(h * 0.06), colour=self.muted)
        elif results["method"] == "impact-effort":
            self.matrix(painter, area, results["options"])
        elif results["method"] == "schulze":
            self.order(painter, area, results["options"])
        else:
            self.bars(painter, area, results)

    def turnout(self, results: dict[str, Any]) -> str:
        ballots, eligible = results["ballots"], results["eligible"]
        share = f" ({round(100 * ballots / eligible)}%)" if eligible else ""
        doubles = results.get("double_votes", 0)
        twice = " · " + self.tr("%n double vote(s)", "", doubles) if doubles else ""
        return self.tr("%1 of %2 voted").replace("%1", str(ballots)).replace("%2", str(eligible)) + share + twice

    def _rank_label(self, option: dict[str, Any]) -> str:
        return f"{option['rank']}{'=' if option['tie'] else '.'}"

    def bars(self, painter: QPainter, area: QRect, results: dict[str, Any]) -> None:
        options = results["options"]
        yes_no = results["method"] == "yes-no"
        n = len(options)
        row = area.height() / max(n, 1)
        label_w = int(area.width() * 0.36)
        value_w = int(area.width() * (0.2 if yes_no or any(o["tie"] for o in options) else 0.1))  # "2 (tie)"
        bar_x = area.x() + label_w + 10
        bar_w = area.width() - label_w - value_w - 20
        scale = max([abs(o["score"]) for o in options if isinstance(o["score"], (int, float))] + [1])
        if yes_no:
            scale = max([o["yes"] + o["no"] + o["abstain"] for o in options] + [1])
        px = int(min(row * 0.42, area.height() * 0.06))
        left = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        labels = [(QRect(area.x(), area.y() + int(i * row), label_w, int(row)),
                   f"{self._rank_label(option)} {safe_display(option['text'])}") for i, option in enumerate(options)]
        values = [(QRect(area.right() - value_w, area.y() + int(i * row), value_w, int(row)), self._value(option, yes_no))
                  for i, option in enumerate(options)]
        right = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
        label_px = self.common_px(labels, px, 9, align=left)
        value_px = self.common_px(values, px, 9, align=right)
        for i, option in enumerate(options):
            y = area.y() + int(i * row)
            self.text(painter, *labels[i], label_px, min_px=label_px, align=left)
            top, height = y + row * 0.2, row * 0.6
            if yes_no:
                x = float(bar_x)
                for key, colour in (("yes", YES), ("no", NO), ("abstain", ABSTAIN)):
                    width = bar_w * option[key] / scale
                    painter.fillRect(QRectF(x, top, width, height), colour)
                    x += width
            else:
                painter.fillRect(QRectF(bar_x, top, bar_w * max(0, option["score"]) / scale, height), BAR)
            self.text(painter, *values[i], value_px, min_px=value_px, align=right)

    def _value(self, option: dict[str, Any], yes_no: bool) -> str:
        if yes_no:
            value = self.tr("yes %1 · no %2").replace("%1", str(option["yes"])).replace("%2", str(option["no"]))
            return value + (" ✔" if option["passes"] else " ✘")
        return str(option["score"]) + (" " + self.tr("(tie)") if option["tie"] else "")

    def order(self, painter: QPainter, area: QRect, options: list[dict[str, Any]]) -> None:
        """Schulze: the options in order, each with how many others it beats."""
        row = area.height() / max(len(options), 1)
        px = int(min(row * 0.45, area.height() * 0.07))
        left = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        lines = []
        for i, option in enumerate(options):
            beats = self.tr("beats %n other option(s)", "", option["score"])
            tie = " — " + self.tr("(tie)") if option["tie"] else ""
            lines.append((QRect(area.x(), area.y() + int(i * row), area.width(), int(row)),
                          f"{self._rank_label(option)} {safe_display(option['text'])} — {beats}{tie}"))
        line_px = self.common_px(lines, px, 9, bold=True, align=left)
        for (box, line), option in zip(lines, options):
            self.text(painter, box, line, line_px, min_px=line_px, align=left, bold=option["rank"] == 1)

    def matrix(self, painter: QPainter, area: QRect, options: list[dict[str, Any]]) -> None:
        """Impact (up) against effort (right), 1 to 5, split at 3 into four quadrants; points numbered."""
        side = min(area.height(), int(area.width() * 0.55))
        plot = QRect(area.x() + int(side * 0.12), area.y(), side - int(side * 0.12), side - int(side * 0.1))
        legend = QRect(area.x() + side + 16, area.y(), area.width() - side - 16, area.height())
        px = int(side * 0.04)
        painter.setPen(QPen(self.grid, 2))
        painter.drawRect(plot)
        mid_x, mid_y = plot.x() + plot.width() / 2, plot.y() + plot.height() / 2
        painter.drawLine(QPointF(mid_x, plot.top()), QPointF(mid_x, plot.bottom()))
        painter.drawLine(QPointF(plot.left(), mid_y), QPointF(plot.right(), mid_y))
        half_w, half_h = plot.width() // 2, plot.height() // 2
        for (qx, qy), name in (((0, 0), self.tr("Quick wins")), ((1, 0), self.tr("Big bets")),
                               ((0, 1), self.tr("Fill-ins")), ((1, 1), self.tr("Money pits"))):
            box = QRect(plot.x() + qx * half_w + 6, plot.y() + qy * half_h + 4, half_w - 12, int(half_h * 0.22))
            self.text(painter, box, name, px, colour=self.muted, min_px=8,
                      align=Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.text(painter, QRect(plot.x(), plot.bottom() + 2, plot.width(), area.bottom() - plot.bottom() - 2),
                  self.tr("Effort →"), px, colour=self.muted, min_px=8)
        painter.save()
        painter.translate(area.x(), plot.bottom())
        painter.rotate(-90)
        axis = QRect(0, 0, plot.height(), plot.x() - area.x())
        painter.setFont(fit_text(self.font, self.tr("Impact →"), axis, px, 8)[0])
        painter.setPen(self.muted)
        painter.drawText(axis, int(Qt.AlignmentFlag.AlignCenter), self.tr("Impact →"))
        painter.restore()
        rated = [o for o in options if o["score"] is not None]
        dot = max(10, int(side * 0.055))
        for number, option in enumerate(rated, start=1):
            impact, effort = option["score"]
            x = plot.x() + (effort - 1) / 4 * plot.width()
            y = plot.bottom() - (impact - 1) / 4 * plot.height()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BAR)
            painter.drawEllipse(QPointF(x, y), dot / 2, dot / 2)
            painter.setPen(QColor("#14202b"))
            font = QFont(self.font)
            font.setBold(True)
            font.setPixelSize(int(dot * 0.55))
            painter.setFont(font)
            painter.drawText(QRectF(x - dot / 2, y - dot / 2, dot, dot), int(Qt.AlignmentFlag.AlignCenter), str(number))
        row = legend.height() / max(len(rated), 1)
        lpx = int(min(row * 0.4, area.height() * 0.05))
        left = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        entries = []
        for number, option in enumerate(rated, start=1):
            impact, effort = option["score"]
            text = (f"{number}. {safe_display(option['text'])} — " +
                    self.tr("impact %1 ± %2, effort %3 ± %4").replace("%1", f"{impact:.1f}")
                    .replace("%2", f"{option['impact_spread']:.1f}").replace("%3", f"{effort:.1f}")
                    .replace("%4", f"{option['effort_spread']:.1f}"))
            entries.append((QRect(legend.x(), legend.y() + int((number - 1) * row), legend.width(), int(row)), text))
        entry_px = self.common_px(entries, lpx, 8, align=left)
        for box, text in entries:
            self.text(painter, box, text, entry_px, min_px=entry_px, align=left)
