"""What the projector shows, painted at any size: the welcome screen, a challenge with its countdown, the
board of clusters, one cluster at a time. The projector window and the laptop's preview paint the same.

Text is fitted to its box: the largest size that fits, down to a floor; below the floor it is shortened
with "…" (a 5,000-character idea), never drawn outside its box.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter

from ..core import checkin, ideas
from ..core import event as core_event
from ..core.errors import EulacError
from ..core.phones import Focus
from ..core.text import display_name, safe_display
from ..core.vocabulary import region_label
from ..core.workspace import Workspace

BACKGROUND = QColor("#0b1f33")
FOREGROUND = QColor("#ffffff")
ACCENT = QColor("#ffd166")
CARD_INK = QColor("#0b1f33")
SCREENS = ("welcome", "challenge", "board", "cluster", "poll", "p2p", "p2p_topics", "phones", "roadmap")
FIND_TABLE_PX = 34 / 1080  # "find your table": a name's type size, as a share of the screen's height
PAGE_SECONDS = 8  # how long a page of "find your table" stays before the next one
_WRAP = int(Qt.TextFlag.TextWordWrap)


def fit_text(base: QFont, text: str, rect: QRect, max_px: int, min_px: int = 14,
             align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter) -> tuple[QFont, str]:
    """The largest font (max_px down to min_px) at which word-wrapped `text` fits in `rect`; if even min_px
    does not fit, the text shortened (with …) so that it does."""
    font = QFont(base)
    flags = _WRAP | int(align)
    size = max(min_px, max_px)
    while True:
        font.setPixelSize(size)
        bounds = QFontMetrics(font).boundingRect(rect, flags, text)
        if bounds.width() <= rect.width() and bounds.height() <= rect.height():
            return font, text
        if size == min_px:
            break
        size = max(min_px, int(size * 0.9))
    metrics = QFontMetrics(font)
    low, high = 0, len(text)  # the longest prefix that fits with its ellipsis
    while low < high:
        mid = (low + high + 1) // 2
        bounds = metrics.boundingRect(rect, flags, text[:mid].rstrip() + "…")
        if bounds.width() <= rect.width() and bounds.height() <= rect.height():
            low = mid
        else:
            high = mid - 1
    return font, (text[:low].rstrip() + "…") if low else ""


def theme_name(number: int) -> str:
    """The name shown for an unnamed cluster."""
    return QCoreApplication.translate("Canvas", "Theme %1").replace("%1", str(number))


@dataclass
class Drawn:
    """A text drawn on the projector and the box it had to stay in (tests check it did)."""

    box: QRect
    bounds: QRect
    text: str


class Canvas(QObject):
    """Paints one screen of the projector for an event; `drawn` lists the texts of the last paint."""

    def __init__(self, ws: Workspace, font: QFont):
        super().__init__()
        self.ws, self.font = ws, font
        self.drawn: list[Drawn] = []
        self._topic_layouts: dict[tuple[int, int, tuple[str, ...]], tuple[int, int, int, int, int]] = {}

    def text(self, painter: QPainter, rect: QRect, text: str, max_px: int, *, bold: bool = False,
             colour: QColor = FOREGROUND, min_px: int = 14,
             align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter) -> None:
        base = QFont(self.font)
        base.setBold(bold)
        font, shown = fit_text(base, text, rect, max_px, min_px, align)
        painter.setFont(font)
        painter.setPen(colour)
        flags = _WRAP | int(align)
        painter.drawText(rect, flags, shown)
        self.drawn.append(Drawn(QRect(rect), QFontMetrics(font).boundingRect(rect, flags, shown), shown))

    def paint(self, painter: QPainter, size: QSize, state: ProjectorState) -> None:
        """Paint the state's screen at `size` (blank: nothing but the background)."""
        self.drawn = []
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(QRect(0, 0, size.width(), size.height()), BACKGROUND)
        if state.blank:
            return
        if state.screen == "poll" and state.poll_id and self.poll(painter, size, state.poll_id):
            return
        if state.screen == "p2p" and self.p2p_round(painter, size, state.cluster_index, state):
            return
        if state.screen == "p2p_topics" and self.p2p_topics(painter, size, state.cluster_index):
            return
        if state.screen == "phones" and state.room_url:
            self.phones(painter, size, state.room_url, state.room_focus)
            return
        if state.screen == "roadmap":
            self.roadmap(painter, size)
            return
        challenge = None
        if state.screen not in ("welcome", "poll", "p2p", "p2p_topics", "phones") and state.challenge_id:
            try:
                challenge = ideas.get_challenge(self.ws, state.challenge_id)
            except EulacError:
                challenge = None
        if challenge is None:
            self.welcome(painter, size)
        elif state.screen == "challenge":
            self.challenge(painter, size, challenge)
        elif state.screen == "board":
            self.board(painter, size, challenge)
        else:
            self.cluster(painter, size, challenge, state.cluster_index)

    def poll(self, painter: QPainter, size: QSize, poll_id: str) -> bool:
        """A poll's results (live or once closed) with turnout; False when the poll is gone."""
        from ..core import voting
        from .voting.results_canvas import ResultsCanvas

        try:
            poll = voting.get_poll(self.ws, poll_id)
        except EulacError:
            return False
        canvas = ResultsCanvas(self.font)
        canvas.paint(painter, QRect(0, 0, size.width(), size.height()), voting.results(self.ws, poll_id),
                     live=bool(poll["live"]))
        self.drawn += canvas.drawn
        return True

    def p2p_round(self, painter: QPainter, size: QSize, index: int, state: ProjectorState) -> bool:
        """"Round N: find your table": everyone's name (in the language's alphabetical order) → their table, in as
        many columns as fit at a size readable from the back of the room, a page at a time ("page 2 of 4"), the
        pages turning by themselves; False without a saved plan."""
        from functools import cmp_to_key

        from PySide6.QtCore import QCollator, QLocale

        from ..core import p2p, registration

        plan = p2p.latest_plan(self.ws)
        if plan is None or not plan["rounds"]:
            return False
        index = min(index, len(plan["rounds"]) - 1)
        names = {p["id"]: display_name(p) for p in registration.people(self.ws, ("given_name", "family_name"),
                                                                         deleted=True, erased=True)}
        collator = QCollator(QLocale())
        seated = sorted(((names.get(pid) or "?", table["table"]) for table in plan["rounds"][index]["tables"]
                         for pid in table["participant_ids"]), key=cmp_to_key(lambda a, b: collator.compare(a[0], b[0])))
        w, h = size.width(), size.height()
        m = int(min(w, h) * 0.03)
        px = max(14, round(h * FIND_TABLE_PX))  # 34 px at 1080p
        line = int(px * 1.4)
        head = QRect(m, m, w - 2 * m, int(h * 0.1))
        foot = QRect(m, h - m - line, w - 2 * m, line)
        area = QRect(m, head.bottom() + m // 2, w - 2 * m, foot.top() - head.bottom() - m)
        font = QFont(self.font)
        font.setPixelSize(px)
        metrics = QFontMetrics(font)
        number_w = metrics.horizontalAdvance("→ 888")
        gap = px
        widths = sorted(metrics.horizontalAdvance(name) for name, _table in seated)
        widest = widths[int(len(widths) * 0.95)] if widths else 0  # a rare very long name is shortened instead
        column_w = min(area.width(), widest + px // 2 + number_w)
        cols = max(1, (area.width() + gap) // (column_w + gap))
        rows = max(1, area.height() // line)
        per_page = cols * rows
        pages = max(1, math.ceil(len(seated) / per_page))
        page = state.p2p_page(pages)
        self.text(painter, head, self.tr("Round %1: find your table").replace("%1", str(index + 1)), int(h * 0.07),
                  bold=True, colour=ACCENT)
        if pages > 1:
            self.text(painter, foot, self.tr("Page %1 of %2").replace("%1", str(page + 1)).replace("%2", str(pages)),
                      px, colour=ACCENT, min_px=px, align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        column_w = (area.width() - gap * (cols - 1)) // cols  # the columns share the width
        for i, (name, table) in enumerate(seated[page * per_page:(page + 1) * per_page]):
            x, y = area.x() + (i // rows) * (column_w + gap), area.y() + (i % rows) * line
            left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            self.text(painter, QRect(x, y, column_w - number_w, line), name, px, min_px=px, align=left)
            self.text(painter, QRect(x + column_w - number_w, y, number_w, line), f"→ {table}", px, bold=True,
                      colour=ACCENT, min_px=px, align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return True

    def p2p_topics(self, painter: QPainter, size: QSize, index: int) -> bool:
        """"Round N: tables and topics": each table's number and its topic in the app's language (else the event's
        first, else the code), in as many columns as keep the labels readable; False without a saved plan."""
        from ..core import p2p
        from ..core.i18n import get_language

        plan = p2p.latest_plan(self.ws)
        if plan is None or not plan["rounds"]:
            return False
        index = min(index, len(plan["rounds"]) - 1)
        labels = p2p.topic_labels(self.ws, get_language())
        tables = sorted(plan["rounds"][index]["tables"], key=lambda t: t["table"])
        w, h = size.width(), size.height()
        m = int(min(w, h) * 0.03)
        head = QRect(m, m, w - 2 * m, int(h * 0.1))
        area = QRect(m, head.bottom() + m // 2, w - 2 * m, h - head.bottom() - m - m // 2)
        self.text(painter, head, self.tr("Round %1: tables and topics").replace("%1", str(index + 1)), int(h * 0.07),
                  bold=True, colour=ACCENT)
        texts = [safe_display(p2p.topic_label(labels, table["topic"])) for table in tables]
        key = (w, h, tuple(texts))
        gap = max(6, m // 2)
        if key not in self._topic_layouts:
            self._topic_layouts = {key: self._topics_layout(area, texts, int(h * 0.05), gap)}
        rows, cell_w, cell_h, number_w, px = self._topic_layouts[key]
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for i, (table, text) in enumerate(zip(tables, texts)):
            x, y = area.x() + (i // rows) * (cell_w + gap), area.y() + (i % rows) * (cell_h + gap)
            self.text(painter, QRect(x, y, number_w, cell_h), str(table["table"]), px, bold=True, colour=ACCENT,
                      min_px=px, align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.text(painter, QRect(x + number_w + px // 2, y, cell_w - number_w - px // 2, cell_h), text, px,
                      min_px=px, align=left)
        return True

    def _topics_layout(self, area: QRect, texts: list[str], max_px: int, gap: int) -> tuple[int, int, int, int, int]:
        """The rows (so the columns), cell width and height, number width and type size that give the tables' topics
        the largest type, one size for all (none looks louder), a label on up to two or three lines."""
        count = max(1, len(texts))
        best: tuple[int, int, int, int, int] | None = None
        for cols in range(1, min(count, 8) + 1):
            rows = math.ceil(count / cols)
            cell_w, cell_h = (area.width() - gap * (cols - 1)) // cols, (area.height() - gap * (rows - 1)) // rows
            px = max(14, min(max_px, int(cell_h * 0.4)))
            cell_h = min(cell_h, px * 3)  # a few tables: lines of two-line labels, not spread over the screen
            bold = QFont(self.font)
            bold.setBold(True)
            bold.setPixelSize(px)
            number_w = min(QFontMetrics(bold).horizontalAdvance("888"), cell_w // 3)
            box = QRect(0, 0, cell_w - number_w - px // 2, cell_h)
            size = min((fit_text(self.font, text, box, px, 14, Qt.AlignmentFlag.AlignLeft)[0].pixelSize()
                        for text in texts), default=px)
            if best is None or size > best[4]:
                best = (rows, cell_w, cell_h, number_w, size)
        assert best is not None
        return best

    def phones(self, painter: QPainter, size: QSize, url: str, focus: Focus | None = None) -> None:
        """"Join from your phone": the room's QR code and short address, how to join, and the turnout of the poll
        open to phones (`focus`: what the facilitator opened) as a bar (issue 20)."""
        from ..core.phones import room_summary
        from .phones import paint_qr

        w, h = size.width(), size.height()
        m = int(min(w, h) * 0.05)
        side = min(int(h * 0.62), int(w * 0.42))
        paint_qr(painter, QRect(m, m, side, side), url)
        right = QRect(2 * m + side, m, w - 3 * m - side, side)
        self.text(painter, QRect(right.x(), right.y(), right.width(), int(side * 0.3)),
                  self.tr("Join from your phone"), int(h * 0.08), bold=True, align=Qt.AlignmentFlag.AlignLeft)
        self.text(painter, QRect(right.x(), right.y() + int(side * 0.32), right.width(), int(side * 0.25)),
                  url.removeprefix("http://").rstrip("/"), int(h * 0.09), bold=True, colour=ACCENT,
                  align=Qt.AlignmentFlag.AlignLeft)
        self.text(painter, QRect(right.x(), right.y() + int(side * 0.6), right.width(), int(side * 0.4)),
                  self.tr("Scan the code or type the address, then enter the phone code printed on your badge."),
                  int(h * 0.045), align=Qt.AlignmentFlag.AlignLeft)
        turnout = room_summary(self.ws, focus)["turnout"]
        if turnout is None:
            return
        bar = QRect(m, 2 * m + side + int(h * 0.08), w - 2 * m, int(h * 0.06))
        label = self.tr("%1 of %2 have voted").replace("%1", str(turnout["ballots"])).replace(
            "%2", str(turnout["eligible"]))
        self.text(painter, QRect(m, 2 * m + side, w - 2 * m, int(h * 0.07)), label, int(h * 0.055), bold=True,
                  align=Qt.AlignmentFlag.AlignLeft)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#2b4159"))
        painter.drawRoundedRect(bar, bar.height() / 2, bar.height() / 2)
        share = turnout["ballots"] / max(1, turnout["eligible"])
        if share:
            painter.setBrush(ACCENT)
            painter.drawRoundedRect(QRect(bar.x(), bar.y(), max(bar.height(), int(bar.width() * min(1.0, share))),
                                          bar.height()), bar.height() / 2, bar.height() / 2)

    def roadmap(self, painter: QPainter, size: QSize) -> None:
        """The action plans as a roadmap: each plan's title, status and EU–LAC pairing, and its milestones; as many
        plans as fit in large type, the rest counted."""
        from ..core import actions
        from ..core.i18n import _

        plans = actions.plans(self.ws)
        w, h = size.width(), size.height()
        m = int(min(w, h) * 0.05)
        self.text(painter, QRect(m, m // 2, w - 2 * m, int(h * 0.12)), self.tr("Roadmap: our action plans"), int(h * 0.07),
                  bold=True, colour=ACCENT)
        if not plans:
            self.text(painter, QRect(m, int(h * 0.3), w - 2 * m, int(h * 0.3)), self.tr("No action plans yet."), int(h * 0.06))
            return
        row_h = int(h * 0.16)
        top = m // 2 + int(h * 0.14)
        fits = max(1, (h - top - m) // row_h)
        shown = plans if len(plans) <= fits else plans[:fits - 1]
        for n, plan in enumerate(shown):
            y = top + n * row_h
            status = _(actions.STATUS_LABELS[plan["status"]])
            pairing = _(actions.PAIRING_LABELS[plan["pairing"]])
            self.text(painter, QRect(m, y, int(w * 0.55), row_h - m // 4), safe_display(plan["title"]), int(h * 0.05),
                      bold=True, align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            steps = " · ".join(f"{x['date']} {x['text']}" for x in plan["milestones"][:3])
            detail = f"{status} — {pairing}" + (f"\n{steps}" if steps else "")
            self.text(painter, QRect(m + int(w * 0.57), y, w - 2 * m - int(w * 0.57), row_h - m // 4), safe_display(detail),
                      int(h * 0.035), align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if len(shown) < len(plans):
            more = self.tr("and %n more plan(s)", "", len(plans) - len(shown))
            self.text(painter, QRect(m, top + len(shown) * row_h, w - 2 * m, row_h - m // 4), more, int(h * 0.04),
                      colour=ACCENT)

    def welcome(self, painter: QPainter, size: QSize) -> None:
        info = core_event.get_event(self.ws)
        counts = checkin.stats(self.ws)
        w, h = size.width(), size.height()
        m = int(min(w, h) * 0.06)
        name = QRect(m, m, w - 2 * m, int(h * 0.38))
        welcome = QRect(m, name.bottom() + m // 2, w - 2 * m, int(h * 0.30))
        count = QRect(m, welcome.bottom() + m // 2, w - 2 * m, h - welcome.bottom() - m - m // 2)
        self.text(painter, name, info.name, int(h * 0.12), bold=True)
        welcome_text = info.welcome_text or self.tr("Welcome!")
        self.text(painter, welcome, welcome_text, int(h * 0.07))
        text = self.tr("%n participant(s) registered", "", counts["registered"])
        if counts["checked_in"]:
            text = self.tr("%1 of %2 participants have arrived").replace(
                "%1", str(counts["checked_in"])).replace(
                "%2", str(counts["registered"]))
            regions = counts["by_region"]
            parts = [f"{region_label(key, short=True)} {regions[key]['checked_in']}" for key in ("EU", "LAC")
                     if key in regions]
            if parts:
                text += " — " + " · ".join(parts)
        self.text(painter, count, text, int(h * 0.06), bold=True, colour=ACCENT)

    def challenge(self, painter: QPainter, size: QSize, challenge: dict) -> None:
        w, h = size.width(), size.height()
        m = int(min(w, h) * 0.06)
        left = ideas.seconds_left(challenge)
        top = QRect(m, m, w - 2 * m, int(h * 0.5))
        self.text(painter, top, challenge["question"], int(h * 0.11), bold=True)
        desc = QRect(m, top.bottom() + m // 3, w - 2 * m, int(h * 0.18))
        if challenge["description"]:
            self.text(painter, desc, challenge["description"], int(h * 0.05))
        bottom = QRect(m, desc.bottom() + m // 3, w - 2 * m, h - desc.bottom() - m - m // 3)
        if left is not None:
            clock = f"{left // 60}:{left % 60:02d}" if left else self.tr("Time is up")
            self.text(painter, bottom, clock, int(h * 0.16), bold=True, colour=ACCENT)
        else:
            count = ideas.challenges(self.ws)
            n = next((c["ideas"] for c in count if c["id"] == challenge["id"]), 0)
            so_far = self.tr("%n idea(s) so far", "", n)
            self.text(painter, bottom, so_far, int(h * 0.07), colour=ACCENT)

    def board(self, painter: QPainter, size: QSize, challenge: dict) -> None:
        """Every cluster as a tile: its number, name and how many ideas it holds."""
        w, h = size.width(), size.height()
        m = int(min(w, h) * 0.04)
        head = QRect(m, m, w - 2 * m, int(h * 0.14))
        self.text(painter, head, challenge["question"], int(h * 0.06), bold=True)
        b = ideas.board(self.ws, challenge["id"])
        clusters = [c for c in b.clusters if c.cards]
        area = QRect(m, head.bottom() + m // 2, w - 2 * m, h - head.bottom() - m - m // 2 - int(h * 0.07))
        unsorted = len(b.columns[0].cards)
        if unsorted:
            foot = QRect(m, area.bottom() + m // 4, w - 2 * m, h - area.bottom() - m // 2 - m // 4)
            waiting = self.tr("%n idea(s) not yet in a cluster", "", unsorted)
            self.text(painter, foot, waiting, int(h * 0.04), colour=ACCENT)
        if not clusters:
            self.text(painter, area, self.tr("No clusters yet"), int(h * 0.08),
                      colour=ACCENT)
            return
        cols = max(1, round(math.sqrt(len(clusters) * area.width() / area.height() / 1.6)))
        rows = math.ceil(len(clusters) / cols)
        gap = max(6, m // 3)
        tw, th = (area.width() - gap * (cols - 1)) // cols, (area.height() - gap * (rows - 1)) // rows
        for i, column in enumerate(clusters):
            x, y = area.x() + (i % cols) * (tw + gap), area.y() + (i // cols) * (th + gap)
            tile = QRect(x, y, tw, th)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(column.colour or "#ffffff"))
            painter.drawRoundedRect(tile, 12, 12)
            pad = max(6, min(tw, th) // 12)
            inner = tile.adjusted(pad, pad, -pad, -pad)
            name = QRect(inner.x(), inner.y(), inner.width(), int(inner.height() * 0.68))
            count = QRect(inner.x(), name.bottom() + 1, inner.width(), inner.bottom() - name.bottom())
            ideas_n = sum(1 + len(c.duplicates) for c in column.cards)
            self.text(painter, name, f"{column.number}. {column.name or theme_name(column.number)}",
                      int(th * 0.3), bold=True, colour=CARD_INK, min_px=12)
            count_text = self.tr("%n idea(s)", "", ideas_n)
            self.text(painter, count, count_text, int(th * 0.16), colour=CARD_INK, min_px=10)

    def cluster(self, painter: QPainter, size: QSize, challenge: dict, index: int) -> None:
        """One cluster: its name, then its ideas as cards, each text as large as the room allows."""
        w, h = size.width(), size.height()
        m = int(min(w, h) * 0.04)
        clusters = [c for c in ideas.board(self.ws, challenge["id"]).clusters if c.cards]
        if not clusters:
            none_yet = self.tr("No clusters yet")
            self.text(painter, QRect(m, m, w - 2 * m, h - 2 * m), none_yet, int(h * 0.08), colour=ACCENT)
            return
        column = clusters[index % len(clusters)]
        head = QRect(m, m, w - 2 * m, int(h * 0.14))
        heading = self.tr("%1 (%2 of %3)").replace(
            "%1", column.name or theme_name(column.number)).replace("%2", str(index % len(clusters) + 1)).replace(
            "%3", str(len(clusters)))
        self.text(painter, head, heading, int(h * 0.07), bold=True, colour=ACCENT)
        area = QRect(m, head.bottom() + m // 2, w - 2 * m, h - head.bottom() - m - m // 2)
        cards = column.cards
        cols = max(1, round(math.sqrt(len(cards) * area.width() / area.height() / 2.2)))
        rows = math.ceil(len(cards) / cols)
        gap = max(6, m // 3)
        tw, th = (area.width() - gap * (cols - 1)) // cols, (area.height() - gap * (rows - 1)) // rows
        pad = max(8, min(tw, th) // 14)
        tiles = [QRect(area.x() + (i % cols) * (tw + gap), area.y() + (i // cols) * (th + gap), tw, th) for i in range(len(cards))]
        texts = [safe_display(c.text) + (f"  (×{len(c.duplicates) + 1})" if c.duplicates else "") for c in cards]
        size = min((fit_text(self.font, t, r.adjusted(pad + 10, pad, -pad, -pad), int(min(th * 0.22, h * 0.06)), 12)[0]
                    .pixelSize() for t, r in zip(texts, tiles)), default=12)  # one size for all: none looks louder
        for tile, text in zip(tiles, texts):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#ffffff"))
            painter.drawRoundedRect(tile, 10, 10)
            painter.setBrush(QColor(column.colour or "#dddddd"))
            painter.drawRect(QRect(tile.x(), tile.y() + 8, 10, tile.height() - 16))
            self.text(painter, tile.adjusted(pad + 10, pad, -pad, -pad), text, size, colour=CARD_INK, min_px=12)


class ProjectorState(QObject):
    """What the facilitator chose to show: a screen, its challenge and cluster, blank, frozen."""

    changed = Signal()
    wanted = Signal()  # the facilitator asked to show something: the projector window opens or comes to the front

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.screen = "welcome"
        self.challenge_id: str | None = None
        self.cluster_index = 0
        self.poll_id: str | None = None
        self.room_url = ""  # the address of the room open to phones ("" when it is closed)
        self.room_focus: Focus | None = None  # what is open to phones (core.phones.Focus; None: the default)
        self.blank = False
        self.frozen: QImage | None = None
        self.page, self._page_since = 0, 0.0  # "find your table": the page shown since then
        self.clock = time.monotonic

    def moves(self, ws: Workspace) -> bool:
        """Whether what is shown changes by itself with time, so the projector must be repainted each second: a
        countdown still running, the pages of "find your table" turning. Nothing else ticks: an idle laptop
        stays idle all day."""
        if self.blank or self.frozen is not None:
            return False
        if self.screen == "p2p":
            return True
        if self.screen != "challenge" or not self.challenge_id:
            return False
        try:
            left = ideas.seconds_left(ideas.get_challenge(ws, self.challenge_id))
        except EulacError:
            return False
        return bool(left)

    def p2p_page(self, pages: int) -> int:
        """The page of "find your table" shown now: the next one every PAGE_SECONDS, round and round."""
        return (self.page + int((self.clock() - self._page_since) // PAGE_SECONDS)) % max(1, pages)

    def turn_page(self, delta: int) -> None:
        """Next (1) or previous (-1) page by hand; it stays its full time before the pages turn again."""
        now = self.clock()
        self.page += int((now - self._page_since) // PAGE_SECONDS) + delta
        self._page_since = now
        self.changed.emit()

    def show(self, screen: str, challenge_id: str | None = None, cluster_index: int = 0, poll_id: str | None = None) -> None:
        if screen not in SCREENS:
            raise ValueError(screen)
        self.screen, self.cluster_index = screen, cluster_index
        self.page, self._page_since = 0, self.clock()
        if challenge_id is not None:
            self.challenge_id = challenge_id
        if poll_id is not None:
            self.poll_id = poll_id
        self.blank = False
        self.changed.emit()

    def present(self, screen: str, challenge_id: str | None = None, cluster_index: int = 0,
                poll_id: str | None = None) -> None:
        """Show a screen and bring the projector window up (opened if closed, raised if behind)."""
        self.show(screen, challenge_id, cluster_index, poll_id)
        self.wanted.emit()

    def step(self, ws: Workspace, delta: int) -> None:
        """Next (1) or previous (-1) in: welcome, the challenge, its board, each of its clusters; on "find your
        table", its next or previous page."""
        if self.screen == "p2p":
            self.turn_page(delta)
            return
        sequence: list[tuple[str, int]] = [("welcome", 0)]
        if self.challenge_id:
            try:
                n = len([c for c in ideas.board(ws, self.challenge_id).clusters if c.cards])
            except EulacError:
                n = 0
            sequence += [("challenge", 0), ("board", 0)] + [("cluster", i) for i in range(n)]
        here = (self.screen, self.cluster_index if self.screen == "cluster" else 0)
        i = sequence.index(here) if here in sequence else 0
        screen, index = sequence[max(0, min(len(sequence) - 1, i + delta))]
        self.show(screen, cluster_index=index)

    def set_blank(self, blank: bool) -> None:
        self.blank = blank
        self.changed.emit()

    def set_frozen(self, image: QImage | None) -> None:
        """Keep showing `image` whatever changes (None: live again)."""
        self.frozen = image
        self.changed.emit()
