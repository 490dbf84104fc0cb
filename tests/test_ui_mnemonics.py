"""Mnemonics (Alt+letter) in every language: none shown as a literal "&", none shared by two controls of one
window or two entries of one menu."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QTabBar, QWidget

from eulac_desktop.ui.main_window import STAGES, MainWindow

LANGS = ("en", "es", "pt", "fr")
_MNEMONIC = re.compile(r"&(?!&)(\w)")


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" (lower case), or None."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def literal_ampersands(root: QWidget) -> list[str]:
    """Visible labels that would show their "&": a mnemonic with no buddy to give the focus to."""
    return [f"{type(label).__name__} {label.text()!r}" for label in root.findChildren(QLabel)
            if label.isVisibleTo(root) and label.textFormat() != _rich() and mnemonic(label.text())
            and label.buddy() is None]


def _rich():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.TextFormat.RichText


def window_mnemonics(root: QWidget) -> dict[str, list[str]]:
    """Each mnemonic letter of `root`'s visible controls (buttons, buddied labels, group boxes, tabs, and the
    menu bar's titles when `root` is a main window) with the texts that use it."""
    found: dict[str, list[str]] = defaultdict(list)

    def add(text: str) -> None:
        letter = mnemonic(text)
        if letter:
            found[letter].append(text)

    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or isinstance(widget.window(), QMenu):
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            add(widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget.title())
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(widget.tabText(i))
    menu_bar = getattr(root, "menuBar", None)
    if menu_bar is not None and root.findChildren(QMenu):
        for action in menu_bar().actions():
            if action.isVisible():
                add(action.text())
    return found


def clashes(found: dict[str, list[str]]) -> list[str]:
    return [f"Alt+{letter.upper()}: {texts}" for letter, texts in sorted(found.items()) if len(texts) > 1]


def menu_clashes(menu: QMenu) -> list[str]:
    """Two entries of one menu (or of its sub-menus, each on its own) with the same mnemonic."""
    found: dict[str, list[str]] = defaultdict(list)
    problems = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        letter = mnemonic(action.text())
        if letter:
            found[letter].append(action.text())
        if action.menu() is not None:
            problems += menu_clashes(action.menu())
    return [f"{menu.title()!r} {p}" for p in clashes(found)] + problems


@pytest.fixture
def window(open_window, event_file: Path):
    """The window in the language it was left in, and the language manager to switch it."""
    return open_window(event_file, language=None), open_window.language


@pytest.mark.parametrize("lang", LANGS)
def test_no_two_controls_of_a_page_share_a_mnemonic(window, qtbot, lang: str) -> None:
    win, language = window
    language.apply(lang)
    qtbot.wait(1)
    problems = []
    for i, stage in enumerate(STAGES):
        win.sidebar.setCurrentRow(i)
        problems += [f"{lang} {stage}: {p}" for p in clashes(window_mnemonics(win))]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGS)
def test_no_two_entries_of_a_menu_share_a_mnemonic(window, qtbot, lang: str) -> None:
    win, language = window
    language.apply(lang)
    qtbot.wait(1)
    problems = [f"{lang} menu bar: {p}" for p in clashes(_titles(win))]
    for action in win.menuBar().actions():
        problems += [f"{lang} {p}" for p in menu_clashes(action.menu())]
    assert not problems, "\n".join(problems)


def _titles(win: MainWindow) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for action in win.menuBar().actions():
        letter = mnemonic(action.text())
        if letter:
            found[letter].append(action.text())
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_no_label_shows_a_literal_ampersand(window, qtbot, lang: str) -> None:
    """A label with a mnemonic but no buddy shows "&Idiomas" and its Alt+key does nothing."""
    win, language = window
    language.apply(lang)
    qtbot.wait(1)
    problems = []
    for i, stage in enumerate(STAGES):
        win.sidebar.setCurrentRow(i)
        problems += [f"{lang} {stage}: {p}" for p in literal_ampersands(win.pages.currentWidget())]
    for dialog in _dialogs(win):
        dialog.show()
        problems += [f"{lang} {type(dialog).__name__}: {p}" for p in literal_ampersands(dialog)]
        problems += [f"{lang} {type(dialog).__name__}: {p}" for p in clashes(window_mnemonics(dialog))]
        dialog.close()
        dialog.deleteLater()
    assert not problems, "\n".join(problems)


def _dialogs(win: MainWindow) -> list[QWidget]:
    """The app's dialogs that can be made without a user's choice first, and the welcome screen."""
    from eulac_desktop.core import event as core_event
    from eulac_desktop.ui.badge_print import BadgeDialog
    from eulac_desktop.ui.dialogs import NewEventDialog, PreferencesDialog
    from eulac_desktop.ui.ideas_dialogs import ChallengeDialog
    from eulac_desktop.ui.import_dialog import ImportDialog
    from eulac_desktop.ui.kiosk import PinDialog
    from eulac_desktop.ui.pages.p2p import PlanDialog
    from eulac_desktop.ui.sessions_dialog import SessionsDialog
    from eulac_desktop.ui.voting.dialogs import PollDialog
    from eulac_desktop.ui.walk_in import WalkInDialog
    from eulac_desktop.ui.welcome import WelcomeWindow

    session, settings = win.session, win.settings
    return [NewEventDialog(settings, win), PreferencesDialog(settings, lambda _code: None, win),
            ChallengeDialog(session.ws, None, win), ImportDialog(session, win), PinDialog(win),
            PlanDialog(core_event.get_event(session.ws), win),
            SessionsDialog(session, win), PollDialog(session.ws, win), WalkInDialog(session, win, settings),
            BadgeDialog(3, settings, False, win), WelcomeWindow(settings)]


@pytest.mark.parametrize("lang", LANGS)
def test_every_button_of_the_voting_page_has_a_mnemonic_of_its_own(window, qtbot, lang: str) -> None:
    """The buttons show their action's icon text: without one of their own it is the menu text stripped of its "&"."""
    from PySide6.QtWidgets import QToolButton

    win, language = window
    language.apply(lang)
    win.sidebar.setCurrentRow(STAGES.index("voting"))
    qtbot.wait(1)
    buttons = [b for b in win.voting_page.findChildren(QToolButton) if b.defaultAction() is not None]
    assert len(buttons) == 8
    letters = {b.text(): mnemonic(b.text()) for b in buttons}
    assert None not in letters.values(), letters
    assert not clashes(window_mnemonics(win))


def _in_menus(menu: QMenu) -> set[object]:
    """The actions of `menu` (opened by its title's Alt+letter) and its sub-menus: the arrows reach each."""
    found: set[object] = set()
    for action in menu.actions():
        found |= _in_menus(action.menu()) if action.menu() is not None else {action}
    return found


def _unreachable(root: QWidget, menu_bar_actions: set[object] = frozenset()) -> list[str]:  # type: ignore[assignment]
    """Visible buttons of `root` with text but neither a mnemonic nor a shortcut (their own or their action's),
    nor an action (or, for a menu button, every action of its menu) in `menu_bar_actions`; a dialog's
    Cancel/Close is left out (Esc is its key)."""
    from PySide6.QtWidgets import QDialogButtonBox, QToolButton

    problems = []
    for button in root.findChildren(QAbstractButton):
        if not button.isVisibleTo(root) or not button.text() or mnemonic(button.text()):
            continue
        action = button.defaultAction() if isinstance(button, QToolButton) else None
        if not button.shortcut().isEmpty() or (action is not None and not action.shortcut().isEmpty()):
            continue
        if action in menu_bar_actions:
            continue
        popup = button.menu() if isinstance(button, QToolButton) else None
        if popup is not None and all(a in menu_bar_actions for a in popup.actions() if not a.isSeparator()):
            continue
        box = button.parent()
        if isinstance(box, QDialogButtonBox) and box.buttonRole(button) == QDialogButtonBox.ButtonRole.RejectRole:
            continue
        problems.append(button.text())
    return problems


@pytest.mark.parametrize("lang", LANGS)
def test_every_button_of_the_day_pages_and_the_walk_in_is_reached_by_a_key(open_window, demo_file: Path, qtbot,
                                                                            lang: str) -> None:
    """The Participants, Check-in, Ideas, Voting and P2P pages and the walk-in dialog (with the demo's P2P topics,
    so Offers and Seeks show): each button has a mnemonic or a shortcut (or is an entry of the window's menus,
    as the Ideas page's Edit challenge, Close challenge and More are), and no letter is used twice."""
    from eulac_desktop.ui.walk_in import WalkInDialog

    win = open_window(demo_file, language=None)
    open_window.language.apply(lang)
    qtbot.wait(1)
    problems = []
    for stage in ("participants", "checkin", "ideas", "voting", "p2p"):
        win.sidebar.setCurrentRow(STAGES.index(stage))
        qtbot.wait(1)
        in_menus: set[object] = set()
        for title in win.menuBar().actions():
            if title.menu() is not None and mnemonic(title.text()):
                in_menus |= _in_menus(title.menu())
        page = win.pages.currentWidget()
        problems += [f"{lang} {stage}: no key for {text!r}" for text in _unreachable(page, in_menus)]
        problems += [f"{lang} {stage}: {p}" for p in clashes(window_mnemonics(win))]
    dialog = WalkInDialog(win.session, win, win.settings)
    dialog.show()
    problems += [f"{lang} walk-in: no key for {text!r}" for text in _unreachable(dialog)]
    problems += [f"{lang} walk-in: {p}" for p in clashes(window_mnemonics(dialog))]
    dialog.close()
    assert not problems, "\n".join(problems)
