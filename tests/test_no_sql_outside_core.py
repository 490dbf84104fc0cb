"""Contract: nothing outside eulac_desktop/core touches the event file's database (ARCHITECTURE.md §1).

The pages, the documents and the command line read and change data through the core's functions (people
through `registration.people`, attendance through `checkin.stats`, …): one place per concept, one rule for
who counts. Read from the source (AST), so that a query in a function no test calls is found too: an
attribute `.conn` or `.db` (a workspace's connection), a call of `execute`/`executemany`/`executescript`/
`query`, or an import of a SQLite module.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "eulac_desktop"
CONNECTION_ATTRIBUTES = {"conn", "db", "connection"}
SQL_CALLS = {"execute", "executemany", "executescript", "query"}
SQL_MODULES = {"sqlite3", "sqlite_utils", "apsw", "sqlalchemy"}


def database_uses(source: str) -> list[tuple[int, str]]:
    """Where `source` touches a database: (line, what) for each connection attribute, SQL call and SQLite import."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr in CONNECTION_ATTRIBUTES:
            found.append((node.lineno, f".{node.attr}"))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in SQL_CALLS:
            found.append((node.lineno, f".{node.func.attr}()"))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, f"import {a.name}") for a in node.names if a.name.split(".")[0] in SQL_MODULES]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").split(".")[0] in SQL_MODULES:
            found.append((node.lineno, f"from {node.module} import"))
    return sorted(set(found))


def outside_core() -> list[Path]:
    """Every module of the package but the core's."""
    return sorted(p for p in PACKAGE.rglob("*.py") if PACKAGE / "core" not in p.parents)


def test_the_contract_sees_each_way_of_touching_the_database() -> None:
    source = ("import sqlite3\nfrom sqlite_utils import Database\n"
              "rows = ws.conn.execute('SELECT id FROM participants')\n"
              "db = self.session.ws.db['participants']\ncur.executemany('x', [])\nws.query('x')\n")
    what = {w for _line, w in database_uses(source)}
    assert what == {"import sqlite3", "from sqlite_utils import", ".conn", ".execute()", ".db", ".executemany()",
                    ".query()"}
    assert database_uses("self.session.run(label, lambda: registration.people(ws), None, self)\ndialog.exec()\n") == []


def test_no_module_outside_the_core_touches_the_event_file() -> None:
    modules = outside_core()
    assert any(p.parts[-2:] == ("pages", "p2p.py") for p in modules)  # the walk sees the pages, documents and CLI
    offences = [f"{p.relative_to(PACKAGE.parent)}:{line}: {what}" for p in modules
                for line, what in database_uses(p.read_text(encoding="utf-8"))]
    assert offences == [], "SQL outside eulac_desktop/core (read through a core function instead):\n" + "\n".join(offences)
