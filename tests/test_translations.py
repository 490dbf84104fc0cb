"""Translations: every catalog keeps the source's placeholders and mnemonics, and the build is current."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
UI_LANGS = ("es", "pt", "fr")
QT_PLACEHOLDER = re.compile(r"%(?:\d|n)")
PY_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _ts_messages(lang: str):
    root = ET.parse(ROOT / "i18n" / f"eulac_{lang}.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            yield context.findtext("name"), message.findtext("source"), translation.get("type"), forms


@pytest.mark.parametrize("lang", UI_LANGS)
def test_ui_catalog_is_complete_and_keeps_placeholders(lang: str) -> None:
    problems = []
    for context, source, state, forms in _ts_messages(lang):
        if state in ("unfinished", "vanished", "obsolete") or not all(forms):
            problems.append(f"{context}: untranslated {source!r}")
            continue
        for form in forms:
            if sorted(set(QT_PLACEHOLDER.findall(source))) != sorted(set(QT_PLACEHOLDER.findall(form))):
                problems.append(f"{context}: placeholders differ in {form!r} for {source!r}")
            if source.count("&") - source.count("&&") == 1 and form.count("&") - form.count("&&") != 1:
                problems.append(f"{context}: mnemonic lost in {form!r} for {source!r}")
    assert not problems, "\n".join(problems)


def _mnemonics(text: str) -> int:
    """How many mnemonic ampersands a text has ("&&" is a literal ampersand)."""
    return text.replace("&&", "").count("&")


@pytest.mark.parametrize("lang", ("en", *UI_LANGS))
def test_every_translation_has_as_many_mnemonics_as_its_source(lang: str) -> None:
    """A translation that adds an "&" shows it literally where no mnemonic is expected; one that drops it loses Alt+key."""
    problems = [f"{context}: {form!r} for {source!r}" for context, source, state, forms in _ts_messages(lang)
                if state != "unfinished" for form in forms if form and _mnemonics(form) != _mnemonics(source)]
    assert not problems, "\n".join(problems)


def test_english_catalog_gives_plural_forms() -> None:
    plurals = [(source, forms) for _c, source, _s, forms in _ts_messages("en") if "%n" in source]
    assert plurals
    for source, forms in plurals:
        assert len(forms) == 2 and all("%n" in f for f in forms) and "(s)" not in "".join(forms), source


@pytest.mark.parametrize("lang", UI_LANGS)
def test_core_catalog_is_complete_and_keeps_placeholders(lang: str) -> None:
    from babel.messages.pofile import read_po

    with (ROOT / "i18n" / "core" / f"{lang}.po").open("rb") as fh:
        catalog = read_po(fh)
    problems = []
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            problems.append(f"untranslated: {ids[0]!r}")
            continue
        for text in strings:
            if set(PY_PLACEHOLDER.findall(ids[0])) != set(PY_PLACEHOLDER.findall(text)):
                problems.append(f"placeholders differ in {text!r} for {ids[0]!r}")
    assert not problems, "\n".join(problems)


def test_compiled_translations_are_built_and_current() -> None:
    build = ROOT / "i18n" / "build"
    for ts in (ROOT / "i18n").glob("eulac_*.ts"):
        qm = build / f"{ts.stem}.qm"
        assert qm.exists(), f"{qm} is missing: run make translations"
        assert qm.stat().st_mtime >= ts.stat().st_mtime, f"{qm} is older than {ts.name}: run make translations"
    for po in (ROOT / "i18n" / "core").glob("*.po"):
        mo = build / "core" / f"{po.stem}.mo"
        assert mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime, f"{mo} missing or stale"


def _ui_source_strings() -> set[str]:
    """Every literal passed to tr() or QCoreApplication.translate() in the UI code."""
    import ast

    found = set()
    for py in (ROOT / "eulac_desktop" / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(py.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, (ast.Attribute, ast.Name)):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
            index = {"tr": 0, "translate": 1}.get(name)
            if index is not None and len(node.args) > index and isinstance(node.args[index], ast.Constant):
                found.add(node.args[index].value)
    return found


def test_every_ui_string_is_in_the_catalogs() -> None:
    """A string added to the UI without running `make i18n` would stay English in every language."""
    sources = {source for _c, source, _s, _f in _ts_messages("es")}
    used = _ui_source_strings()
    assert len(used) > 50
    missing = sorted(used - sources)
    assert not missing, "run make i18n, then translate:\n" + "\n".join(missing)


def test_every_core_message_is_in_the_catalogs() -> None:
    """A message added to the core or the CLI without running `make i18n` would stay English everywhere."""
    from babel.messages.extract import extract_from_file
    from babel.messages.pofile import read_po

    keywords = {"N_": None, "_": None, "t": None, "ngettext": (1, 2)}  # t: a translator for the event's language
    used = set()
    for py in (ROOT / "eulac_desktop").rglob("*.py"):
        if "ui" in py.relative_to(ROOT / "eulac_desktop").parts:
            continue
        for _line, message, _comments, _context in extract_from_file("python", str(py), keywords=keywords):
            used.add(message[0] if isinstance(message, tuple) else message)
    assert len(used) > 50
    with (ROOT / "i18n" / "core" / "es.po").open("rb") as fh:
        known = {m.id[0] if isinstance(m.id, tuple) else m.id for m in read_po(fh)}
    missing = sorted(used - known)
    assert not missing, "run make i18n, then translate:\n" + "\n".join(missing)


def test_no_ui_string_lands_in_a_context_it_is_never_looked_up_in() -> None:
    """lupdate files a `tr()` it cannot tie to a class under an empty context, where Qt never finds it."""
    root = ET.parse(ROOT / "i18n" / "eulac_es.ts").getroot()
    assert all(context.findtext("name") for context in root.iter("context"))


#: what is not prose in a French text: placeholders ({name}, {n:,}, %1, %n), URLs, times (10:30, HH:mm), a keyboard
#: shortcut (Ctrl+?), a file dialog's filters (*.zip);;(*), and a sign between two letters or digits (roles:speaker)
_NOT_PROSE = re.compile(r"\{[^{}]*\}|%\d|%n|[a-z]+://\S*|\b[0-9Hh]{1,2}:[0-9m]{2}\b|\bCtrl\+\S+|;;|(?<=\w)[:;](?=[\w\\/])")
_NO_BREAK = "\u00a0\u202f"


def _french_texts():
    from babel.messages.pofile import read_po

    for context, source, state, forms in _ts_messages("fr"):
        if state not in ("vanished", "obsolete"):
            yield from ((f"ui {context}: {source!r}", form) for form in forms)
    with (ROOT / "i18n" / "core" / "fr.po").open("rb") as fh:
        for message in read_po(fh):
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            yield from ((f"core {message.id!r}", text) for text in strings if message.id and text)


def test_french_puts_a_no_break_space_before_colons_semicolons_and_question_and_exclamation_marks() -> None:
    """French typography: "Arrivées : 160", "Voter ?", with a (narrow) no-break space, so the sign never starts a
    line; placeholders, URLs, times and shortcuts aside."""
    problems = []
    for where, text in _french_texts():
        prose = _NOT_PROSE.sub(lambda m: "x" * len(m.group()), text)
        for at, char in enumerate(prose):
            if char in ":;?!" and at > 0 and prose[at - 1] not in _NO_BREAK:
                problems.append(f"{where}: {text!r} at {at}")
                break
    assert not problems, f"{len(problems)} French texts:\n" + "\n".join(problems)
