"""Ideas and the board (offscreen):

- adding one idea, durable, into a challenge that already has 500 (budget ≤ 5 ms median);
- opening a board of 500 cards in 40 clusters, from the event file to the board painted (budget ≤ 300 ms), with the
  core part (`ideas.board`) and `set_board` alone;
- a full repaint of the board (budget ≤ 16 ms): fitted as `BoardView.fit()` leaves it, with the whole board in the
  window, and at zoom 1;
- dragging a card across the board, one mouse move and a repaint per step (budget ≥ 30 frames/s, ≤ 33.3 ms a step).

PySide6 6.12 on Python 3.11 takes one reference from `None` in (nearly) every call of a void C++ method
(`QTextLine.setLineWidth`, `QGraphicsItem.setPos`, `QPainter.setPen`, …) without having given it one; `None` is not
immortal before Python 3.12, so once its count reaches zero the process aborts ("Fatal Python error: none_dealloc").
Opening this board takes ~8,700 of the ~7,000–16,000 references a process holds, so the benchmark keeps a list of
`None`s alive (`_KEEP_NONE_ALIVE`) to get through its runs, and reports how many references each step loses
(`pyside_none_refcount_leak`). The app has no such ballast: it aborts there.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from common import isolate, summary

EXISTING, SINGLE_ADDS = 500, 300
CARDS, CLUSTERS, UNSORTED = 500, 40, 40
OPEN_RUNS, REPAINT_WARMUP, REPAINTS = 7, 2, 50
DRAGS, DRAG_STEPS = 3, 120
VIEW_W, VIEW_H = 1200, 780
NONE_BALLAST = 4_000_000
_KEEP_NONE_ALIVE: list[None] = []  # never freed: freeing it would let None's count fall to zero


def none_refs() -> int:
    return sys.getrefcount(None)

_WORDS = {
    "en": ("community garden shared bikes for students open data on air quality a map of safe routes to school "
           "repair café every month train young people as mentors solar panels on public buildings rainwater "
           "tanks in every neighbourhood free wifi in the square a festival of local food"),
    "es": ("huertos urbanos en las azoteas bicicletas compartidas para la población más joven educación ambiental "
           "en las escuelas públicas participación ciudadana en el presupuesto acceso a la información energía "
           "solar para las comunidades rurales mediación vecinal y también formación técnica"),
    "pt": ("hortas comunitárias nas escolas água potável para as regiões do interior formação de lideranças "
           "jovens transporte público gratuito aos domingos inclusão digital nas periferias gestão participativa "
           "do orçamento coleta seletiva e reciclagem alimentação saudável nas cantinas"),
}


def idea_texts(rng: random.Random, count: int) -> list[tuple[str, str]]:
    """`count` (language, text) pairs, 20–200 characters, about half of them in Spanish or Portuguese."""
    out = []
    for _ in range(count):
        language = rng.choices(("en", "es", "pt"), weights=(2, 1, 1))[0]
        target = rng.randint(20, 200)
        words: list[str] = []
        while len(" ".join(words)) < target:
            words.append(rng.choice(_WORDS[language].split()))
        text = " ".join(words)[:target].rstrip()
        out.append((language, text[0].upper() + text[1:]))
    return out


def _fresh_challenge(ws, question: str) -> str:  # type: ignore[no-untyped-def]
    from eulac_desktop.core import ideas

    return ideas.add_challenge(ws, question).inserted["challenges"][0]


def bench_add(ws, rng: random.Random) -> dict:  # type: ignore[no-untyped-def]
    """Single durable adds into a challenge already holding EXISTING ideas."""
    from eulac_desktop.core import ideas

    challenge = _fresh_challenge(ws, "How might we make our city greener?")
    texts = idea_texts(rng, EXISTING + SINGLE_ADDS)
    ideas.add_ideas(ws, challenge, [t for _l, t in texts[:EXISTING]], table_label="Table 1")
    samples = []
    for language, text in texts[EXISTING:]:
        start = time.perf_counter()
        ideas.add_ideas(ws, challenge, [text], table_label="Table 2", language=language)
        samples.append(time.perf_counter() - start)
    assert len(ideas.ideas(ws, challenge)) == EXISTING + SINGLE_ADDS
    result = summary(samples, digits=3)
    return {**result, "budget_ms": 5, "within_budget": result["median_ms"] <= 5, "existing_ideas": EXISTING}


def build_board(ws, rng: random.Random) -> str:  # type: ignore[no-untyped-def]
    """A challenge with CARDS ideas from ten tables, CLUSTERS clusters holding all but UNSORTED of them."""
    from eulac_desktop.core import ideas

    challenge = _fresh_challenge(ws, "¿Cómo podríamos mejorar la participación ciudadana?")
    texts = idea_texts(rng, CARDS)
    per_table = CARDS // 10
    ids: list[str] = []
    for table in range(10):
        chunk = texts[table * per_table:(table + 1) * per_table]
        for language in ("en", "es", "pt"):
            batch = [t for lang, t in chunk if lang == language]
            if batch:
                ids += ideas.add_ideas(ws, challenge, batch, table_label=f"Mesa {table + 1}",
                                       language=language).inserted["ideas"]
    rng.shuffle(ids)
    sorted_ids = ids[:CARDS - UNSORTED]
    # cluster sizes from 3 to ~25, summing to CARDS - UNSORTED
    cuts = sorted(rng.sample(range(1, len(sorted_ids)), CLUSTERS - 1))
    bounds = [0, *cuts, len(sorted_ids)]
    names = ["Movilidad", "Energía", "Educação", "Water", "Saúde", "Vivienda", "Open data", "Participación"]
    for k in range(CLUSTERS):
        members = sorted_ids[bounds[k]:bounds[k + 1]]
        name = "" if k % 9 == 8 else f"{names[k % len(names)]} {k // len(names) + 1}"
        ideas.add_cluster(ws, challenge, name, idea_ids=members)
    board = ideas.board(ws, challenge)
    assert board.card_count() == CARDS and len(board.clusters) == CLUSTERS and len(board.columns[0].cards) == UNSORTED
    return challenge


def titles(board) -> dict:  # type: ignore[no-untyped-def]
    """The column headers as the ideas page makes them (untranslated)."""
    out = {}
    for column in board.columns:
        n = sum(1 + len(c.duplicates) for c in column.cards)
        name = "Unsorted" if column.id is None else (column.name or f"Theme {column.number}")
        out[column.id] = f"{column.number} · {name} ({n})"
    return out


def visible_cards(view) -> int:  # type: ignore[no-untyped-def]
    """Cards wholly inside the viewport."""
    rect = view.visible_rect()
    return sum(1 for item in view.board_scene.cards.values() if rect.contains(item.sceneBoundingRect()))


def main() -> dict:
    isolate()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    refs_at_start = none_refs()
    _KEEP_NONE_ALIVE.extend([None] * NONE_BALLAST)
    leak: dict = {}
    from eulac_desktop.core import ideas
    from eulac_desktop.core.event import create_event_file
    from eulac_desktop.ui.board.scene import BoardScene
    from eulac_desktop.ui.board.view import MIN_ZOOM, BoardView

    rng = random.Random(11)
    folder = Path(tempfile.mkdtemp(prefix="eulac-bench-ideas-"))
    ws = create_event_file(folder / "ideas.eulac", name="Bench ideas")
    results: dict = {}
    try:
        results["idea_add_durable"] = bench_add(ws, rng)
        challenge = build_board(ws, rng)

        # -- opening the board: from the event file to the board painted --------------------------------------
        core, build, total, open_leak = [], [], [], []
        views: list = []
        for _ in range(OPEN_RUNS):
            scene = BoardScene(app.font())
            view = BoardView(scene)
            view.resize(VIEW_W, VIEW_H)
            view.show()
            app.processEvents()
            refs = none_refs()
            start = time.perf_counter()
            board = ideas.board(ws, challenge)
            got_board = time.perf_counter()
            scene.set_board(board, titles(board))
            built = time.perf_counter()
            view.fit()
            view.viewport().repaint()
            done = time.perf_counter()
            open_leak.append(refs - none_refs())
            core.append(got_board - start)
            build.append(built - got_board)
            total.append(done - start)
            views.append(view)
        for old in views[:-1]:
            old.close()
            old.deleteLater()
            old.board_scene.deleteLater()
        app.processEvents()
        view, scene = views[-1], views[-1].board_scene
        assert len(scene.cards) == CARDS
        leak["board_open"] = int(statistics.median(open_leak))
        refs = none_refs()
        scene.set_board(ideas.board(ws, challenge), titles(ideas.board(ws, challenge)))  # what each edit or drop does
        leak["board_reload_after_an_edit"] = refs - none_refs()
        open_total = summary(total)
        results["board_open_500_cards_40_clusters"] = {
            **open_total, "budget_ms": 300, "within_budget": open_total["median_ms"] <= 300,
            "core_board_ms": summary(core), "set_board_ms": summary(build),
            "cards": CARDS, "clusters": CLUSTERS, "unsorted": UNSORTED, "view": f"{VIEW_W}x{VIEW_H}"}

        # -- a full repaint ----------------------------------------------------------------------------------
        def repaints() -> dict:
            for _ in range(REPAINT_WARMUP):
                view.viewport().repaint()
            refs = none_refs()
            samples = []
            for _ in range(REPAINTS):
                start = time.perf_counter()
                view.viewport().repaint()
                samples.append(time.perf_counter() - start)
            result = summary(samples)
            return {**result, "budget_ms": 16, "within_budget": result["median_ms"] <= 16,
                    "none_refs_lost_per_repaint": round((refs - none_refs()) / REPAINTS), "zoom": round(view.zoom(), 4), "cards_visible": visible_cards(view)}

        repaint: dict = {}
        view.fit()
        repaint["fitted"] = repaints()  # as BoardView.fit() leaves it (never below MIN_ZOOM)
        rect = scene.itemsBoundingRect().adjusted(-12, -12, 12, 12)
        view.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)  # the whole board, below MIN_ZOOM if need be
        repaint["whole_board"] = repaints()
        view.resetTransform()
        repaint["zoom_1"] = repaints()
        repaint["min_zoom"] = MIN_ZOOM
        results["board_full_repaint"] = repaint

        # -- dragging a card ---------------------------------------------------------------------------------
        view.fit()
        for _ in range(REPAINT_WARMUP):
            view.viewport().repaint()
        viewport = view.viewport()
        shown = view.visible_rect()
        candidates = [item for item in scene.cards.values() if shown.contains(item.sceneBoundingRect())]
        steps, moved = [], []
        refs = none_refs()
        for d in range(DRAGS):
            item = candidates[(d * 37) % len(candidates)]
            before = item.pos()
            press = view.mapFromScene(item.sceneBoundingRect().center())
            QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, press)
            assert scene.mouseGrabberItem() is item, "the press did not grab the card"
            # across the viewport, from the card to the opposite corner
            end = QPoint(viewport.width() - 1 - press.x() // 2, viewport.height() - 1 - press.y() // 2)
            for k in range(1, DRAG_STEPS + 1):
                pos = QPointF(press.x() + (end.x() - press.x()) * k / DRAG_STEPS,
                              press.y() + (end.y() - press.y()) * k / DRAG_STEPS)
                event = QMouseEvent(QEvent.Type.MouseMove, pos, QPointF(viewport.mapToGlobal(pos.toPoint())),
                                    Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
                start = time.perf_counter()
                QApplication.sendEvent(viewport, event)
                viewport.repaint()
                steps.append(time.perf_counter() - start)
            travelled = item.pos() - before
            moved.append(round((travelled.x() ** 2 + travelled.y() ** 2) ** 0.5, 1))
            QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
            app.processEvents()
        assert all(m > 0 for m in moved), f"the card did not move: {moved}"
        leak["drag_step"] = round((refs - none_refs()) / (DRAGS * DRAG_STEPS))
        drag = summary(steps)
        fps = round(1000 / drag["median_ms"], 1) if drag["median_ms"] else None
        results["board_drag_card"] = {
            **drag, "fps_at_median": fps, "fps_at_p99": round(1000 / drag["p99_ms"], 1) if drag["p99_ms"] else None,
            "budget_fps": 30, "budget_ms": round(1000 / 30, 1), "within_budget": fps is not None and fps >= 30,
            "zoom": round(view.zoom(), 4), "drags": DRAGS, "steps_per_drag": DRAG_STEPS,
            "card_moved_scene_px_median": statistics.median(moved)}
        view.close()
    finally:
        ws.close()
    lost = refs_at_start + NONE_BALLAST - none_refs()
    results["pyside_none_refcount_leak"] = {
        "none_refs_held_at_start": refs_at_start, "lost_per": leak, "lost_in_this_benchmark": lost,
        "would_have_aborted": lost >= refs_at_start, "ballast_kept": NONE_BALLAST}
    return results


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
    sys.stdout.flush()
    os._exit(0)
