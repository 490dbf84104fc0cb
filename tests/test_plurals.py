"""Counts read right in every language: Qt's %n plural forms in the UI, ngettext in the core.

Spanish and Portuguese put 0 in the plural ("0 participantes inscritos"), French in the singular ("0 participant
inscrit")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from eulac_desktop.core import i18n
from eulac_desktop.ui.language import LanguageManager

UI_CASES = {
    "es": (("EventPage", "%n participant(s) registered",
            ["0 participantes inscritos", "1 participante inscrito", "2 participantes inscritos"]),
           ("ImportDialog", "%n row(s) of data", ["0 filas de datos", "1 fila de datos", "2 filas de datos"]),
           ("ImportDialog", "%n column(s)", ["0 columnas", "1 columna", "2 columnas"])),
    "pt": (("EventPage", "%n participant(s) registered",
            ["0 participantes inscritos", "1 participante inscrito", "2 participantes inscritos"]),
           ("ImportDialog", "%n row(s) of data", ["0 linhas de dados", "1 linha de dados", "2 linhas de dados"])),
    "fr": (("EventPage", "%n participant(s) registered",
            ["0 participant inscrit", "1 participant inscrit", "2 participants inscrits"]),
           ("ImportDialog", "%n column(s)", ["0 colonne", "1 colonne", "2 colonnes"])),
    "en": (("ImportDialog", "%n row(s) of data", ["0 rows of data", "1 row of data", "2 rows of data"]),),
}


@pytest.mark.parametrize("lang", sorted(UI_CASES))
def test_ui_counts_take_the_language_plural_forms(qapp, lang: str) -> None:
    language = LanguageManager(qapp)
    language.apply(lang)
    try:
        for context, source, expected in UI_CASES[lang]:
            assert [QCoreApplication.translate(context, source, "", n) for n in (0, 1, 2)] == expected
    finally:
        language.apply("en")


def test_the_import_dialog_counts_rows_and_columns_in_spanish(qapp, qtbot, tmp_path, event_file) -> None:
    from eulac_desktop.core.workspace import Workspace
    from eulac_desktop.ui.import_dialog import ImportDialog
    from eulac_desktop.ui.session import EventSession

    source = tmp_path / "uno.csv"
    source.write_text("Nombre,Apellido,Correo\nAna,Ruiz,ana@example.org\n", encoding="utf-8")
    language = LanguageManager(qapp)
    language.apply("es")
    session = EventSession(Workspace.open(event_file))
    try:
        dialog = ImportDialog(session)
        qtbot.addWidget(dialog)
        dialog.path.setText(str(source))
        dialog.read()
        qtbot.waitUntil(lambda: dialog.file_info.text() != "", timeout=10000)
        assert dialog.file_info.text().startswith("1 fila de datos, 3 columnas")
    finally:
        language.apply("en")
        session.close()


@pytest.mark.parametrize("lang, expected", [
    ("en", "2 rows: 0 to add, 0 to update, 1 unchanged, 1 duplicate row, 0 invalid rows (not imported)."),
    ("es", "2 filas: 0 para añadir, 0 para actualizar, 1 sin cambios, 1 fila duplicada, 0 filas no válidas "
           "(no se importan)."),
])
def test_the_import_dialogs_summary_counts_in_plural_forms(qapp, qtbot, tmp_path, event_file, lang: str,
                                                            expected: str) -> None:
    from eulac_desktop.core.workspace import Workspace
    from eulac_desktop.ui.import_dialog import ImportDialog
    from eulac_desktop.ui.session import EventSession

    source = tmp_path / "dos.csv"
    source.write_text("Nombre,Apellido,Correo\nJosé,Pérez,jose@example.org\nJosé,Pérez,JOSE@example.org\n",
                      encoding="utf-8")
    language = LanguageManager(qapp)
    language.apply(lang)
    session = EventSession(Workspace.open(event_file))
    try:
        dialog = ImportDialog(session)
        qtbot.addWidget(dialog)
        dialog.path.setText(str(source))
        dialog._go_next()
        qtbot.waitUntil(lambda: dialog.table is not None, timeout=10000)
        dialog._go_next()
        qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
        assert dialog.summary.text() == expected
    finally:
        language.apply("en")
        session.close()


@pytest.mark.parametrize("lang, expected", [
    ("es", ["0 participantes guardados en x.csv", "1 participante guardado en x.csv", "2 participantes guardados en x.csv"]),
    ("pt", ["0 participantes salvos em x.csv", "1 participante salvo em x.csv", "2 participantes salvos em x.csv"]),
    ("fr", ["0 participant enregistré dans x.csv", "1 participant enregistré dans x.csv",
            "2 participants enregistrés dans x.csv"]),
])
def test_core_counts_take_the_language_plural_forms(lang: str, expected: list[str]) -> None:
    i18n.set_language(lang)
    assert [i18n.ngettext("Wrote {n} participant to {path}", "Wrote {n} participants to {path}", n).format(
        n=n, path="x.csv") for n in (0, 1, 2)] == expected
    ngettext = i18n.plural_translator(lang)  # the event's language, for printed documents
    attended = [ngettext("{n} person attended.", "{n} people attended.", n) for n in (0, 1, 2)]
    assert attended[1] != attended[2] and (attended[0] == attended[1]) == (lang == "fr")
