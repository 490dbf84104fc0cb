"""Fill untranslated entries of the catalogs from a JSON table (after `make i18n` added new strings).

    .venv/bin/python tools/fill_translations.py TABLE.json
    TABLE.json: {"ui": {"es": {"Source": "Traducción", "%n thing(s)": ["%n cosa", "%n cosas"]}, ...},
                 "core": {"es": {"msgid": "msgstr"}, ...}}

Only entries still marked unfinished (.ts) or empty (.po) are filled; the rest is left as it is.
Then run `make translations`; tests/test_translations.py checks completeness and placeholders.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape, unescape

ROOT = Path(__file__).resolve().parents[1]
_MESSAGE = re.compile(r'(<message( numerus="yes")?>)(.*?)(</message>)', re.S)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
_UNFINISHED = re.compile(r'( *)<translation type="unfinished">(.*?)</translation>', re.S)
_ENTITIES = {"&apos;": "'", "&quot;": '"'}


def fill_ts(lang: str, table: dict[str, str | list[str]]) -> int:
    """Fill unfinished messages of i18n/eulac_LANG.ts; returns how many were filled."""
    path = ROOT / "i18n" / f"eulac_{lang}.ts"
    filled = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal filled
        head, numerus, body, tail = match.groups()
        source = unescape(_SOURCE.search(body).group(1), _ENTITIES)  # type: ignore[union-attr]
        unfinished = _UNFINISHED.search(body)
        if source not in table or not unfinished:
            return match.group(0)
        indent, value = unfinished.group(1), table[source]
        quote = {"'": "&apos;", '"': "&quot;"}
        if numerus:
            forms = "".join(f"\n{indent}    <numerusform>{escape(f, quote)}</numerusform>" for f in value)
            new = f"{indent}<translation>{forms}\n{indent}</translation>"
        else:
            new = f"{indent}<translation>{escape(str(value), quote)}</translation>"
        filled += 1
        return head + body[: unfinished.start()] + new + body[unfinished.end():] + tail

    path.write_text(_MESSAGE.sub(replace, path.read_text(encoding="utf-8")), encoding="utf-8")
    return filled


def fill_po(lang: str, table: dict[str, str]) -> int:
    """Fill empty entries of i18n/core/LANG.po; returns how many were filled."""
    from babel.messages.pofile import read_po, write_po

    path = ROOT / "i18n" / "core" / f"{lang}.po"
    with path.open("rb") as fh:
        catalog = read_po(fh, locale=lang)
    filled = 0
    for message in catalog:
        if message.id and isinstance(message.id, str) and message.id in table and (not message.string or message.fuzzy):
            message.string = table[message.id]
            message.flags.discard("fuzzy")
            filled += 1
    with path.open("wb") as fh:
        write_po(fh, catalog, width=76)
    return filled


def main(argv: list[str]) -> int:
    table = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    for lang, entries in table.get("ui", {}).items():
        print(f"{lang}: {fill_ts(lang, entries)} UI message(s) filled")
    for lang, entries in table.get("core", {}).items():
        print(f"{lang}: {fill_po(lang, entries)} core message(s) filled")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
