"""Save screenshots of the welcome screen, every page of the main window and the projector, per language.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [OUT_DIR] [--langs en,es,pt,fr]
        [--sizes 1024x700,1920x1080]

Each size of the main window goes to a folder of its own (OUT_DIR/1024x700/…). Uses a temporary config folder
and a fresh demo event; never touches the user's settings.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", default="screenshots")
    parser.add_argument("--langs", default="en,es,pt,fr")
    parser.add_argument("--sizes", default="1024x700,1920x1080", help="sizes of the main window, WIDTHxHEIGHT,…")
    args = parser.parse_args()
    sizes = [tuple(int(n) for n in size.split("x")) for size in args.sizes.split(",")]
    os.environ["EULAC_CONFIG_DIR"] = tempfile.mkdtemp(prefix="eulac-shots-")
    from PySide6.QtWidgets import QApplication

    from eulac_desktop.core.demo import build_demo_event
    from eulac_desktop.ui import fonts, style
    from eulac_desktop.ui.app import Controller
    from eulac_desktop.ui.language import LanguageManager
    from eulac_desktop.ui.main_window import STAGES
    from eulac_desktop.ui.settings import Settings

    app = QApplication(sys.argv[:1])
    fonts.install(app)
    style.install(app)
    demo = Path(tempfile.mkdtemp(prefix="eulac-shots-demo-")) / "demo.eulac"
    build_demo_event(demo).close()
    settings = Settings()
    settings.add_recent(demo)
    settings.add_recent("/nowhere/old-event.eulac")
    language = LanguageManager(app)
    controller = Controller(app, settings, language)
    for (width, height), lang in ((size, lang) for size in sizes for lang in args.langs.split(",")):
        out = Path(args.out) / f"{width}x{height}"
        out.mkdir(parents=True, exist_ok=True)
        language.apply(lang)
        welcome = controller.show_welcome()
        app.processEvents()
        welcome.grab().save(str(out / f"welcome-{lang}.png"))
        window = controller.show_event(__import__("eulac_desktop.core.workspace", fromlist=["Workspace"]).Workspace.open(demo))
        window.resize(width, height)
        window.activateWindow()
        window.sidebar.setFocus()  # the focus ring shows where the keyboard is
        for i, stage in enumerate(STAGES):
            window.sidebar.setCurrentRow(i)
            app.processEvents()
            window.grab().save(str(out / f"main-{stage}-{lang}.png"))
        window.toggle_projector()
        window.projector.resize(1280, 720)
        app.processEvents()
        window.projector.grab().save(str(out / f"projector-{lang}.png"))
        palette = window.show_palette()
        app.processEvents()
        palette.grab().save(str(out / f"palette-{lang}.png"))
        palette.close()
        _registration_dialogs(app, window, demo, out, lang)
        _checkin_states(app, window, out, lang)
        _ideas_states(app, window, out, lang)
        _voting_states(app, window, out, lang)
        _p2p_states(app, window, out, lang)
        controller.close_event(show_welcome=False)
    print(f"screenshots in {args.out}/")
    return 0


def _ideas_states(app, window, out: Path, lang: str) -> None:
    """The Ideas page with its board, and each projector screen of the first challenge."""
    from eulac_desktop.ui.main_window import STAGES

    page = window.ideas_page
    window.sidebar.setCurrentRow(STAGES.index("ideas"))
    app.processEvents()
    window.grab().save(str(out / f"ideas-board-{lang}.png"))
    window.projector.show()
    window.projector.resize(1280, 720)
    for screen, index in (("challenge", 0), ("board", 0), ("cluster", 1)):
        window.projector_state.show(screen, page.challenge_id, index)
        app.processEvents()
        window.projector.grab().save(str(out / f"projector-{screen}-{lang}.png"))
    window.projector_state.show("welcome")


def _voting_states(app, window, out: Path, lang: str) -> None:
    """The Voting page, each poll's results on the projector, and the kiosk's ballot for a few methods."""
    from eulac_desktop.core import checkin, voting
    from eulac_desktop.ui.main_window import STAGES
    from eulac_desktop.ui.voting.kiosk import VotingKiosk

    ws = window.session.ws
    window.sidebar.setCurrentRow(STAGES.index("voting"))
    app.processEvents()
    window.grab().save(str(out / f"voting-page-{lang}.png"))
    window.projector.show()
    window.projector.resize(1280, 720)
    for poll in voting.polls(ws):
        window.projector_state.show("poll", poll_id=poll["id"])
        app.processEvents()
        window.projector.grab().save(str(out / f"projector-poll-{poll['method']}-{lang}.png"))
    window.projector_state.show("welcome")
    voter = sorted(checkin.checked_in_ids(ws))[-1]
    for poll in voting.polls(ws):
        if poll["state"] != "open":
            continue
        kiosk = VotingKiosk(window.session, poll["id"], "1234")
        kiosk.resize(1280, 800)
        kiosk.show()
        kiosk.handle_scan(checkin.badge_code(ws, voter))
        app.processEvents()
        kiosk.grab().save(str(out / f"kiosk-ballot-{poll['method']}-{lang}.png"))
        kiosk.try_leave("1234")


def _p2p_states(app, window, out: Path, lang: str) -> None:
    """The P2P page with the demo's plan, and "find your table" on the projector."""
    from eulac_desktop.ui.main_window import STAGES

    window.sidebar.setCurrentRow(STAGES.index("p2p"))
    app.processEvents()
    window.grab().save(str(out / f"p2p-page-{lang}.png"))
    window.projector.show()
    window.projector.resize(1280, 720)
    window.projector_state.show("p2p", cluster_index=0)
    app.processEvents()
    window.projector.grab().save(str(out / f"projector-p2p-{lang}.png"))
    window.projector_state.show("welcome")


def _registration_dialogs(app, window, demo: Path, out: Path, lang: str) -> None:
    """The walk-in form (with a duplicate warning) and the three steps of the import dialog."""
    from eulac_desktop.core.demo import demo_people, messy_list
    from eulac_desktop.ui.import_dialog import ImportDialog
    from eulac_desktop.ui.walk_in import WalkInDialog

    walk_in = WalkInDialog(window.session, window)
    walk_in.given.setText("Renzo")
    walk_in.family.setText("Huaman")
    walk_in.check_duplicates()
    walk_in.show()
    app.processEvents()
    walk_in.grab().save(str(out / f"walk-in-{lang}.png"))
    walk_in.close()
    messy = demo.parent / "lista-organizadores.csv"
    data = messy_list(demo_people()[:60]).decode("utf-8-sig").replace("@", "@", 1)
    messy.write_bytes(data.encode("cp1252", errors="replace"))
    dialog = ImportDialog(window.session, window)
    dialog.show()
    dialog.path.setText(str(messy))
    dialog.read()
    _wait(app, lambda: dialog.table is not None)
    dialog._show_step(0)
    app.processEvents()
    dialog.grab().save(str(out / f"import-1-file-{lang}.png"))
    dialog._show_step(1)
    app.processEvents()
    dialog.grab().save(str(out / f"import-2-columns-{lang}.png"))
    dialog.check()
    _wait(app, lambda: dialog.plan is not None)
    app.processEvents()
    dialog.grab().save(str(out / f"import-3-check-{lang}.png"))
    dialog.close()


def _checkin_states(app, window, out: Path, lang: str) -> None:
    """The check-in page after a scan in each state, and the kiosk."""
    from eulac_desktop.core import checkin
    from eulac_desktop.core.registration import participant_ids
    from eulac_desktop.ui.kiosk import KioskWindow
    from eulac_desktop.ui.main_window import STAGES

    ws = window.session.ws
    page = window.checkin_page
    window.activateWindow()  # back from the dialogs: the focus ring shows in the scan field
    window.sidebar.setCurrentRow(STAGES.index("checkin"))
    arrived = checkin.checked_in_ids(ws)
    new = next(pid for pid in participant_ids(ws) if pid not in arrived)
    old = next(iter(arrived))
    page.filter.seconds = 0
    for name, text in (("green", checkin.badge_code(ws, new)), ("amber", checkin.badge_code(ws, old)),
                       ("red", checkin.badge_code(ws, new)[:-1] + "X")):
        page.handle_scan(text)
        app.processEvents()
        window.grab().save(str(out / f"checkin-{name}-{lang}.png"))
    kiosk = KioskWindow(page, "2468")
    kiosk.resize(1280, 800)
    kiosk.show()
    kiosk.handle_scan(checkin.badge_code(ws, next(pid for pid in participant_ids(ws) if pid not in checkin.checked_in_ids(ws))))
    app.processEvents()
    kiosk.grab().save(str(out / f"kiosk-{lang}.png"))
    kiosk.try_leave("2468")


def _wait(app, condition, timeout: float = 20.0) -> None:
    import time

    end = time.monotonic() + timeout
    while not condition() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


if __name__ == "__main__":
    sys.exit(main())
