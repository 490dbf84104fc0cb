"""Country names in the current language, from CLDR (Babel)."""

from __future__ import annotations

from functools import lru_cache

from . import i18n


@lru_cache(maxsize=8)
def _territories(lang: str) -> dict[str, str]:
    from babel import Locale

    return dict(Locale.parse(lang).territories)


def country_name(code: str, lang: str | None = None) -> str:
    """The name of ISO 3166-1 alpha-2 `code` in `lang` (default: the current language); the code if unknown."""
    return _territories(lang or i18n.get_language()).get(code.upper(), code)
