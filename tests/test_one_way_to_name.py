"""Contract: a person's name is built in one place, `text.display_name` (issue 17: it was built about fifteen
ways). Read from the source (AST): an f-string that puts a given name and a family name together anywhere else
fails this test."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "eulac_desktop"
THE_ONE_PLACE = PACKAGE / "core" / "text.py"
GIVEN = {"g", "given", "given_name", "author_given"}
FAMILY = {"f", "family", "family_name", "author_family"}


def _words(node: ast.AST) -> set[str]:
    """The variable names and string keys an expression reads (`given`, p["given_name"], p.get("given_name"))."""
    words = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Name):
            words.add(sub.id)
        elif isinstance(sub, ast.Constant) and isinstance(sub.value, str):
            words.add(sub.value)
    return words


def names_built(source: str) -> list[int]:
    """The lines of `source` where an f-string joins a given and a family name."""
    return sorted({node.lineno for node in ast.walk(ast.parse(source)) if isinstance(node, ast.JoinedStr)
                   and (words := set().union(*(_words(v.value) for v in node.values
                                                if isinstance(v, ast.FormattedValue))))
                   and words & GIVEN and words & FAMILY})


def test_the_contract_sees_a_name_built_by_hand() -> None:
    assert names_built('name = f"{g or \'\'} {f or \'\'}".strip()\n') == [1]
    assert names_built('x = f"{p[\'given_name\']} {p.get(\'family_name\')}"\n') == [1]
    assert names_built('x = f"{display_name(p)} — {p[\'organisation\']}"\n') == []


def test_a_name_is_built_only_by_display_name() -> None:
    offences = [f"{p.relative_to(PACKAGE.parent)}:{line}" for p in sorted(PACKAGE.rglob("*.py")) if p != THE_ONE_PLACE
                for line in names_built(p.read_text(encoding="utf-8"))]
    assert offences == [], "build a person's name with text.display_name:\n" + "\n".join(offences)
