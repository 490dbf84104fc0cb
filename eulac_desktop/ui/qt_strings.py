"""Qt's own texts that the translations Qt ships (qtbase_LANG.qm) lack in the Qt version we use.

Qt 6 gave its file dialog's labels mnemonics ("Look in:" became "&Look in:", "Files of type:" became
"Files of &type:") and its shipped Spanish, Portuguese and French catalogs were never updated, so those
labels stayed in English. Listed here under Qt's own context, they land in our catalogs; our translator is
installed after Qt's (see language.py), so Qt finds them there.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

#: (context, source) of each Qt text our catalogs translate on Qt's behalf.
QT_TEXTS = (
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")),
)
