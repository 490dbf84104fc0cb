from tests.test_ui_mnemonics import *
from tests.test_ui_mnemonics import _dialogs
from PySide6.QtGui import QFontMetrics, QFont
def test_titles(window, qtbot):
    win, language = window
    for lang in LANGS:
        language.apply(lang); qtbot.wait(1)
        for d in _dialogs(win):
            d.show(); qtbot.wait(1)
            f = QFont(QApplication.font()); f.setBold(True)
            need = QFontMetrics(f).horizontalAdvance(d.windowTitle()) + 120
            print(lang, type(d).__name__, repr(d.windowTitle()), d.width(), need, "CLIP" if d.width() < need else "")
            d.close(); d.deleteLater()
