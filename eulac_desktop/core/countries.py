"""Countries: names in every shipped language (CLDR via Babel), reading names or codes, EU/LAC regions."""

from __future__ import annotations

import re
from functools import lru_cache

from . import i18n
from .text import fold

#: Member states of the European Union (ISO 3166-1 alpha-2).
EU = frozenset("AT BE BG HR CY CZ DK EE FI FR DE GR IE IT LV LT LU MT NL PL PT RO SK SI ES SE HU".split())
#: The 33 states of Latin America and the Caribbean (CELAC), the EU's partners in EU-LAC cooperation.
LAC = frozenset("AG AR BS BB BZ BO BR CL CO CR CU DM DO EC SV GD GT GY HT HN JM MX NI PA PY PE KN LC VC SR TT UY VE".split())
# Names that people write but CLDR spells otherwise (folded).
_ALIASES = {"uk": "GB", "england": "GB", "usa": "US", "eeuu": "US", "ee uu": "US", "holland": "NL", "holanda": "NL",
            "the netherlands": "NL", "mejico": "MX"}


# CLDR names for groupings and placeholders that are not countries.
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"})


@lru_cache(maxsize=8)
def _territories(lang: str) -> dict[str, str]:
    from babel import Locale

    return {code: name for code, name in Locale.parse(lang).territories.items()
            if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES}


def country_names(lang: str | None = None) -> dict[str, str]:
    """Every country's name in `lang` (default: the current language), by ISO code."""
    return dict(_territories(lang or i18n.get_language()))


def country_name(code: str, lang: str | None = None) -> str:
    """The name of ISO 3166-1 alpha-2 `code` in `lang` (default: the current language); the code if unknown."""
    return _territories(lang or i18n.get_language()).get(code.upper(), code)


@lru_cache(maxsize=1)
def _names_to_codes() -> dict[str, str]:
    table: dict[str, str] = {}
    for lang in i18n.LANGUAGES:
        for code, name in _territories(lang).items():
            table.setdefault(fold(name), code)
    for code in _territories("en"):
        table.setdefault(code.casefold(), code)
    table.update(_ALIASES)
    return table


def parse_country(value: str) -> str | None:
    """An ISO code for a code or a name in en/es/pt/fr ("Brasil", "Brésil", "br", "México"); None if unknown."""
    key = " ".join(re.sub(r"[.\s]+", " ", fold(value)).split())
    return _names_to_codes().get(key) if key else None


def region_of(code: str | None) -> str:
    """EU, LAC or other."""
    if not code:
        return "other"
    code = code.upper()
    return "EU" if code in EU else "LAC" if code in LAC else "other"
