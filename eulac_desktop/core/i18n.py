"""The core's message catalog: gettext-style, following the application's language.

Messages are marked with `N_()` where they are defined (so `make i18n` extracts them) and translated
with `_()` when they reach a person, so a language switch at run time applies to every later message.
Catalogs are `i18n/core/LANG.po`, compiled to `i18n/build/core/LANG.mo` by `make i18n`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from . import paths

# gettext (and locale with it) is imported when a catalog is loaded, zoneinfo and Babel when a date is formatted:
# a command in English, such as `eulac checkin scan`, needs none of them.
if TYPE_CHECKING:
    from datetime import datetime

#: Languages the application ships, with their own names (never translated).
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español", "pt": "Português", "fr": "Français"}
DEFAULT_LANGUAGE = "en"



class Catalog(Protocol):
    """What the core asks of a message catalog (gettext's translations)."""

    def gettext(self, message: str) -> str: ...

    def ngettext(self, singular: str, plural: str, n: int) -> str: ...


class _English:
    """The catalog of the source language, as gettext's `NullTranslations` translates: each message as it is."""

    def gettext(self, message: str) -> str:
        return message

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return singular if n == 1 else plural


_language = DEFAULT_LANGUAGE
_catalog: Catalog = _English()


class Msg(str):
    """A message marked for translation, translated only when shown (see `N_`)."""


def N_(message: str) -> Msg:
    """Mark a message for translation without translating it yet.

    The result is still the English text; where it is passed on (e.g. as an error's detail) it is
    translated when shown, in the language in force then.
    """
    return Msg(message)


def _(message: str) -> str:
    """Translate a message into the current language."""
    return _catalog.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """Translate a message whose form depends on a count."""
    return _catalog.ngettext(singular, plural, n)


def normalize_language(code: str | None) -> str | None:
    """Map `pt_BR`, `es-419`, `fr_FR.UTF-8`… to a shipped language code, or None."""
    if not code:
        return None
    base = code.replace("-", "_").split(".")[0].split("_")[0].lower()
    return base if base in LANGUAGES else None


def system_language() -> str:
    """The language of the user's system, if shipped, else English."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for part in os.environ.get(var, "").split(":"):
            found = normalize_language(part)
            if found:
                return found
    import locale

    try:
        found = normalize_language(locale.getlocale()[0])
    except ValueError:
        found = None
    return found or DEFAULT_LANGUAGE


def set_language(code: str | None) -> str:
    """Switch the core's messages to `code` (None: the system's language); return the language set."""
    global _language, _catalog
    lang = normalize_language(code) or system_language()
    _catalog = _load(lang)
    _language = lang
    return lang


def _load(lang: str) -> Catalog:
    """The compiled catalog of `lang`; English's (messages as they are) for English or a catalog not built."""
    mo = paths.translations_dir() / "core" / f"{lang}.mo"
    if lang == DEFAULT_LANGUAGE or not mo.exists():
        return _English()
    import gettext

    with mo.open("rb") as fh:
        return gettext.GNUTranslations(fh)


@lru_cache(maxsize=8)
def _catalog_of(lang: str) -> Catalog:
    return _load(normalize_language(lang) or DEFAULT_LANGUAGE)


def translator(lang: str) -> Callable[[str], str]:
    """A `_()` for another language than the interface's (e.g. the event's, for printed documents)."""
    return _catalog_of(lang).gettext


def plural_translator(lang: str) -> Callable[[str, str, int], str]:
    """An `ngettext()` for another language than the interface's; call it `ngettext` so `make i18n` finds it."""
    return _catalog_of(lang).ngettext


def language_name(code: str, reader: str) -> str:
    """A language (an ISO 639-1 code) named in the reader's language ("español", "inglés" for a Spanish reader),
    from Babel's CLDR data; the code itself when CLDR does not know it."""
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(reader).languages.get(code) or code)
    except (UnknownLocaleError, ValueError):
        return code


def get_language() -> str:
    """The current language code."""
    return _language


def format_datetime(moment: datetime, timezone: str, fmt: str = "medium") -> str:
    """A UTC moment shown in the event's time zone, formatted for the current language."""
    from zoneinfo import ZoneInfo

    from babel.dates import format_datetime as babel_format

    return babel_format(moment.astimezone(ZoneInfo(timezone)), fmt, locale=_language)
