"""The phones' page is translated (issue 20): each shipped language has a catalog with every string of the page
and of the API's messages, with the same placeholders; and every string the page and the API ask for exists."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from eulac_desktop.core.i18n import LANGUAGES
from eulac_desktop.web.texts import STATIC, page_text, pick_language

ROOT = Path(__file__).resolve().parents[1]
ENGLISH = json.loads((STATIC / "i18n" / "en.json").read_text(encoding="utf-8"))


def placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{(\w+)\}", text))


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_each_language_has_every_string_with_the_same_placeholders(lang: str) -> None:
    catalog = json.loads((STATIC / "i18n" / f"{lang}.json").read_text(encoding="utf-8"))
    assert set(catalog) == set(ENGLISH)
    for key, text in catalog.items():
        assert text.strip(), key
        assert placeholders(text) == placeholders(ENGLISH[key]), key
        if lang != "en" and key not in {"nav.ideas", "table.number", "vote.no", "vote.impact", "vote.effort", "nav.programme"}:
            assert text != ENGLISH[key], f"{lang}: {key} is not translated"


def test_every_string_the_page_and_the_api_ask_for_exists() -> None:
    script = (STATIC / "app.js").read_text(encoding="utf-8")
    asked = set(re.findall(r"""\bt\("([\w.]+)"\s*[,)]""", script))
    asked |= {f"nav.{tab}" for tab in ("vote", "ideas", "table", "programme")}
    asked |= {f"vote.{word}" for word in ("yes", "no", "abstain", "impact", "effort")}
    asked |= {f"out.{why}" for why in ("replaced", "revoked", "closed", "unknown", "other_event")}
    api = (ROOT / "eulac_desktop" / "web" / "api.py").read_text(encoding="utf-8")
    codes = set(re.findall(r"""ApiError\(\d+, "(\w+)"\)""", api)) | set(re.findall(r"""ApiError\(\d+, "(\w+)", limit""", api))
    codes |= {"too_large", "not_found", "not_allowed", "bad_request", "not_saved", "internal"}
    asked |= {f"api.{code}" for code in codes}
    assert asked - set(ENGLISH) == set()
    assert set(ENGLISH) - asked == set()  # and nothing unused


def test_the_language_follows_the_phone_s_wish() -> None:
    assert pick_language("pt-BR,pt;q=0.9,en;q=0.8") == "pt"
    assert pick_language("de-DE,fr;q=0.5") == "fr"
    assert pick_language(None, "xx") == "en"
    assert page_text("es", "api.idea_too_long", limit=2000) == "Una idea puede tener como máximo 2000 caracteres."
