"""The participants' page in their language: its catalogs (`static/i18n/LANG.json`, one per shipped language,
served to the page and read here for the API's messages) and the core's messages in a chosen language."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from ..core import errors
from ..core.i18n import LANGUAGES, Msg, normalize_language, translator

STATIC = Path(__file__).parent / "static"
PAGE_LANGUAGES = tuple(LANGUAGES)  # en, es, pt, fr


@cache
def catalog(lang: str) -> dict[str, str]:
    """The page's strings in `lang` (a shipped language)."""
    data: dict[str, str] = json.loads((STATIC / "i18n" / f"{lang}.json").read_text(encoding="utf-8"))
    return data


def pick_language(*wishes: str | None) -> str:
    """The first shipped language among `wishes` (codes such as `pt-BR`, or an Accept-Language header)."""
    for wish in wishes:
        for part in (wish or "").split(","):
            code = normalize_language(part.split(";")[0].strip())
            if code:
                return code
    return "en"


def page_text(lang: str, key: str, **params: Any) -> str:
    """One of the page's strings (`api.…` for the API's messages), filled in."""
    text = catalog(lang).get(key) or catalog("en")[key]
    return text.format(**params) if params else text


def core_text(exc: errors.EulacError, lang: str) -> str:
    """A core refusal's message in `lang` (its translatable parameters translated too), without the hint."""
    t = translator(lang)
    plain = {k: v for k, v in exc.params.items() if not isinstance(v, Msg)}
    params = {**plain, **{k: t(v).format(**plain) for k, v in exc.params.items() if isinstance(v, Msg)}}
    return t(exc.message).format(**params)
