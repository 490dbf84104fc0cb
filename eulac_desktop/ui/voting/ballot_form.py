"""A ballot on screen, for each method, in the voter's language: by touch, mouse or keyboard alone.

`payload()` gives the ballot in the core's format (what `cast_ballot` checks and counts); `summary()`
reads it back in words for the confirmation step. A form for typing paper ballots (`typing=True`) has one
tab stop per mark (the −/+ buttons are for the mouse only) and, for rankings, a field per option where the
rank written on the paper is typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.i18n import translator
from ...core.text import safe_display
from ...core.voting.ballot_texts import INSTRUCTIONS, KIOSK_INSTRUCTIONS, WORDS, method_params

RING_ROOM = 4  # pixels around a row of controls, where the focus ring of the one with the focus is drawn
#: A chosen answer stands out (the style's own checked look is a faint grey); the focus ring still shows.
CHOSEN = "QPushButton:checked { background: #1a5fb4; color: white; border: 1px solid #0d3a70; border-radius: 4px; }"


class Stepper(QWidget):
    """− [value] +: big buttons for a finger, a field to type in, arrows for the keyboard."""

    changed = Signal()

    def __init__(self, maximum: int, step: int, height: int, name: str, typing: bool = False):
        super().__init__()
        self.minus, self.plus = QPushButton("−"), QPushButton("+")
        self.field = QSpinBox()
        self.field.setRange(0, maximum)
        self.field.setSingleStep(step)
        self.field.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.setAccessibleName(name)
        for widget in (self.minus, self.field, self.plus):
            widget.setMinimumHeight(height)
        self.minus.setFixedWidth(height)
        self.plus.setFixedWidth(height)
        self.field.setFixedWidth(int(height * 1.6))
        self.minus.setAccessibleName(f"− {name}")
        self.plus.setAccessibleName(f"+ {name}")
        for button in (self.minus, self.plus):
            button.setAutoDefault(False)  # Enter confirms the ballot (in a dialog), never steps
            if typing:
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field
        self.minus.clicked.connect(lambda: self.field.stepBy(-1))
        self.plus.clicked.connect(lambda: self.field.stepBy(1))
        self.field.valueChanged.connect(lambda _v: self.changed.emit())
        row = QHBoxLayout(self)
        row.setContentsMargins(*[RING_ROOM] * 4)
        row.addWidget(self.minus)
        row.addWidget(self.field)
        row.addWidget(self.plus)

    def value(self) -> int:
        return self.field.value()


class RankingList(QListWidget):
    """Tick the options to rank (Space), then order them: drag, or Alt+↑/Alt+↓ (or Ctrl+↑/Ctrl+↓) on the
    current one."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moving = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier
        if event.modifiers() & moving and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            row = self.currentRow()
            to = row + (-1 if event.key() == Qt.Key.Key_Up else 1)
            if 0 <= row < self.count() and 0 <= to < self.count():
                item = self.takeItem(row)
                self.insertItem(to, item)
                self.setCurrentRow(to)
                self.model().layoutChanged.emit()
            return
        super().keyPressEvent(event)


class BallotForm(QWidget):
    """The options of a poll and the controls its method needs."""

    changed = Signal()

    def __init__(self, poll: dict[str, Any], lang: str, scale: float = 1.0, parent: QWidget | None = None, *,
                 typing: bool = False):
        super().__init__(parent)
        self.poll, self.method, self.options = poll, poll["method"], poll["options"]
        self.typing = typing
        self.params = method_params(poll["params"])
        t = translator(lang)
        self.word: Callable[[str], str] = lambda key: t(WORDS[key])
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.4 * scale)
        self.setFont(font)
        height = int(44 * scale)
        texts = INSTRUCTIONS if typing else KIOSK_INSTRUCTIONS  # typing copies the paper, its ranks by number
        self.instructions = QLabel(t(texts[self.method]).format(**self.params))
        self.instructions.setWordWrap(True)
        self.left = QLabel()
        self.left.setFont(font)  # its style sheet (red when over) would otherwise drop the inherited size
        self.steppers: dict[str, Stepper] = {}
        self.groups: dict[str, list[QButtonGroup]] = {}
        self.boxes: dict[str, QCheckBox] = {}
        self.ranking: RankingList | None = None
        self.ranks: dict[str, QSpinBox] = {}
        body = QWidget()
        grid = QGridLayout(body)
        grid.setVerticalSpacing(int(10 * scale))
        if self.method in ("borda", "schulze") and not typing:
            self.ranking = RankingList()
            self.ranking.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
            self.ranking.setAccessibleName(self.word("ranked"))
            self.ranking.setFont(font)
            self.ranking.setStyleSheet(f"QListWidget::item {{ min-height: {height}px; }} QListWidget::indicator "
                                       f"{{ width: {height // 2}px; height: {height // 2}px; }}")
            for option in self.options:
                item = QListWidgetItem(safe_display(option["text"]))
                item.setData(Qt.ItemDataRole.UserRole, option["id"])
                item.setData(Qt.ItemDataRole.UserRole + 1, item.text())
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.ranking.addItem(item)
            self.ranking.itemChanged.connect(lambda _i: self.changed.emit())
            self.ranking.model().layoutChanged.connect(self.changed.emit)
            self.ranking.model().rowsMoved.connect(lambda *_a: self.changed.emit())
            self.ranking.setCurrentRow(0)
            grid.addWidget(self.ranking, 0, 0)
        for row, option in enumerate(self.options if self.ranking is None else []):
            label = QLabel(safe_display(option["text"]))
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            grid.addWidget(label, row, 0)
            grid.addWidget(self._controls(option, label.text(), height), row, 1)
        grid.setColumnStretch(0, 1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a tab stop: its fields are
        self.scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.instructions)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.left)
        self.changed.connect(self._update)
        self._update()

    def _controls(self, option: dict[str, Any], name: str, height: int) -> QWidget:
        oid = option["id"]
        if self.method in ("borda", "schulze"):  # typing a paper ballot: the rank written beside the option
            rank = QSpinBox()
            rank.setRange(0, len(self.options))
            rank.setSpecialValueText(" ")  # blank: not ranked
            rank.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
            rank.setAlignment(Qt.AlignmentFlag.AlignCenter)
            rank.setFixedWidth(int(height * 1.6))
            rank.setMinimumHeight(height)
            rank.setAccessibleName(name)
            rank.valueChanged.connect(lambda _v: self.changed.emit())
            self.ranks[oid] = rank
            return rank
        if self.method in ("dots", "budget"):
            top = int(self.params["max_per_option"]) if self.method == "dots" else int(self.params["total"])
            stepper = Stepper(top, 1 if self.method == "dots" else 5, height, name, self.typing)
            stepper.changed.connect(self.changed.emit)
            self.steppers[oid] = stepper
            return stepper
        if self.method == "approval":
            box = QCheckBox()
            box.setAccessibleName(name)
            box.setStyleSheet(f"QCheckBox::indicator {{ width: {height - 8}px; height: {height - 8}px; }}")
            box.toggled.connect(lambda _on: self.changed.emit())
            self.boxes[oid] = box
            return box
        holder = QWidget()
        holder.setStyleSheet(CHOSEN)
        grid = QGridLayout(holder)
        grid.setContentsMargins(*[RING_ROOM] * 4)
        rows = ([(self.word("impact"), [str(n) for n in range(1, 6)]), (self.word("effort"), [str(n) for n in range(1, 6)])]
                if self.method == "impact-effort" else [("", [self.word("yes"), self.word("no"), self.word("abstain")])])
        self.groups[oid] = []
        for r, (title, choices) in enumerate(rows):
            if title:
                label = QLabel(title)
                label.setFont(self.font())  # as the buttons' (see `CHOSEN`)
                grid.addWidget(label, r, 0)
            group = QButtonGroup(holder)
            group.setExclusive(True)
            for c, choice in enumerate(choices):
                button = QPushButton(choice)
                button.setCheckable(True)
                button.setFont(self.font())  # the row's style sheet would otherwise drop the ballot's larger type
                button.setAutoDefault(False)  # Enter confirms the ballot (in a dialog), never toggles
                button.setMinimumHeight(height)
                button.setMinimumWidth(height if self.method == "impact-effort" else int(height * 2.2))
                button.setAccessibleName(f"{name}: {title} {choice}".replace(":  ", ": "))
                group.addButton(button, c)
                grid.addWidget(button, r, c + 1)
            group.idToggled.connect(lambda _id, _on: self.changed.emit())
            self.groups[oid].append(group)
            if self.typing:  # a key marks the choice and moves on (see `eventFilter`)
                for button in group.buttons():
                    button.installEventFilter(self)
        return holder

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Typing a paper ballot: on a row of choices, its number (1–5) or the first letter of its answer (Yes,
        No, Abstain in the ballot's language) marks it, and focus goes to the next row."""
        if event.type() != QEvent.Type.KeyPress or not event.text() or event.modifiers() & ~(
                Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier):
            return False
        rows = [group for groups in self.groups.values() for group in groups]
        row = next((i for i, group in enumerate(rows) if watched in group.buttons()), None)
        if row is None:
            return False
        key = event.text().casefold()
        choice = next((button for button in rows[row].buttons() if button.text().casefold().startswith(key)), None)
        if choice is None:
            return False
        choice.setChecked(True)
        target = rows[row + 1].buttons()[0] if row + 1 < len(rows) else rows[row].buttons()[-1].nextInFocusChain()
        while not (target.focusPolicy() & Qt.FocusPolicy.TabFocus and target.isVisible() and target.isEnabled()):
            target = target.nextInFocusChain()  # after the last row: what Tab would reach (Record)
        target.setFocus(Qt.FocusReason.TabFocusReason)
        if self.scroll.widget().isAncestorOf(target):
            self.scroll.ensureWidgetVisible(target)
        return True

    def reset(self) -> None:
        """Blank again, for the next voter (a form is built once per poll and language, then reused)."""
        for stepper in self.steppers.values():
            stepper.field.setValue(0)
        for box in self.boxes.values():
            box.setChecked(False)
        for rank in self.ranks.values():
            rank.setValue(0)
        for groups in self.groups.values():
            for group in groups:
                group.setExclusive(False)
                for button in group.buttons():
                    button.setChecked(False)
                group.setExclusive(True)
        if self.ranking is not None:
            order = {o["id"]: i for i, o in enumerate(self.options)}
            items = [self.ranking.takeItem(0) for _ in range(self.ranking.count())]
            for item in sorted(items, key=lambda it: order[it.data(Qt.ItemDataRole.UserRole)]):
                item.setCheckState(Qt.CheckState.Unchecked)
                self.ranking.addItem(item)
            self.ranking.setCurrentRow(0)
        self.scroll.verticalScrollBar().setValue(0)
        self._update()

    def payload(self) -> Any:
        """The ballot as the core takes it."""
        if self.method in ("dots", "budget"):
            return {oid: s.value() for oid, s in self.steppers.items() if s.value()}
        if self.method == "approval":
            return [oid for oid, box in self.boxes.items() if box.isChecked()]
        if self.ranking is not None:
            return [self.ranking.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.ranking.count())
                    if self.ranking.item(i).checkState() == Qt.CheckState.Checked]
        if self.ranks:
            ranked = sorted((rank.value(), oid) for oid, rank in self.ranks.items() if rank.value())
            return [oid for _rank, oid in ranked]
        if self.method == "impact-effort":
            return {oid: [g[0].checkedId() + 1, g[1].checkedId() + 1] for oid, g in self.groups.items()
                    if g[0].checkedId() >= 0 and g[1].checkedId() >= 0}
        return {oid: ("yes", "no", "abstain")[g[0].checkedId()] for oid, g in self.groups.items() if g[0].checkedId() >= 0}

    def repeated_rank(self) -> int | None:
        """A rank typed for two options (a paper ballot that cannot be read as one order), or None."""
        typed = [rank.value() for rank in self.ranks.values() if rank.value()]
        return next((rank for rank in sorted(typed) if typed.count(rank) > 1), None)

    def first_field(self) -> QWidget | None:
        """The first control to mark, where typing a ballot starts."""
        for widget in self.scroll.widget().findChildren(QWidget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled():
                return widget
        return None

    def remaining(self) -> int | None:
        """Dots or points still to give (None for other methods)."""
        if self.method == "dots":
            return int(self.params["dots"]) - sum(s.value() for s in self.steppers.values())
        if self.method == "budget":
            return int(self.params["total"]) - sum(s.value() for s in self.steppers.values())
        return None

    def _update(self) -> None:
        if self.ranking is not None:  # the ranked options show their place
            self.ranking.blockSignals(True)
            place = 0
            for i in range(self.ranking.count()):
                item = self.ranking.item(i)
                text = item.data(Qt.ItemDataRole.UserRole + 1)
                if item.checkState() == Qt.CheckState.Checked:
                    place += 1
                    text = f"{place}. {text}"
                if item.text() != text:
                    item.setText(text)
            self.ranking.blockSignals(False)
        left = self.remaining()
        self.left.setVisible(left is not None)
        if left is not None:
            self.left.setText(self.word("left").format(n=left))
            self.left.setStyleSheet("color: #8e0000; font-weight: bold;" if left < 0 else "")
            if self.method == "dots":
                for stepper in self.steppers.values():
                    stepper.plus.setEnabled(left > 0 and stepper.value() < stepper.field.maximum())

    def summary(self) -> list[str]:
        """The ballot in words, one line per chosen option."""
        texts = {o["id"]: safe_display(o["text"]) for o in self.options}
        payload = self.payload()
        if self.method in ("dots", "budget"):
            lines = [f"{texts[o]}: {n}" for o, n in payload.items()]
        elif self.method in ("approval", "borda", "schulze"):
            lines = [f"{i}. {texts[o]}" if self.method != "approval" else f"✔ {texts[o]}" for i, o in enumerate(payload, 1)]
        elif self.method == "impact-effort":
            lines = [f"{texts[o]}: {self.word('impact')} {p[0]}, {self.word('effort')} {p[1]}" for o, p in payload.items()]
        else:
            lines = [f"{texts[o]}: {self.word(v)}" for o, v in payload.items()]
        return lines or [self.word("nothing")]
