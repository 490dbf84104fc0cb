"""The shape of the code (issue 17's figures): the largest modules, the places that query `participants` (the
target: the core only) and the static checkers' error counts, for the working tree and for a base commit.

`python benchmarks/bench_code_shape.py [BASE]` prints JSON; BASE defaults to 1af9b2a (before issue 17's item 1
was finished). Counts, not timings: they do not vary from run to run.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "eulac_desktop"
BASE = "1af9b2a"
BIN = Path(sys.executable).parent
#: SQL that reads or writes the participants table (FROM, JOIN, UPDATE, INSERT INTO, DELETE FROM)
PARTICIPANTS_SQL = re.compile(r"\b(from|join|update|into)\s+participants\b", re.IGNORECASE)


def _sources(commit: str | None) -> dict[str, str]:
    """Every module of the package: path → source, in the working tree or at `commit`."""
    if commit is None:
        return {str(p.relative_to(ROOT)): p.read_text(encoding="utf-8") for p in sorted((ROOT / PACKAGE).rglob("*.py"))}
    names = subprocess.run(["git", "ls-tree", "-r", "--name-only", commit, PACKAGE], cwd=ROOT, capture_output=True,
                           text=True, check=True).stdout.split()
    return {name: subprocess.run(["git", "show", f"{commit}:{name}"], cwd=ROOT, capture_output=True, text=True,
                                 check=True).stdout for name in names if name.endswith(".py")}


def participants_queries(source: str) -> int:
    """How many string literals of `source` are SQL on the participants table."""
    return sum(1 for node in ast.walk(ast.parse(source))
               if isinstance(node, ast.Constant) and isinstance(node.value, str) and PARTICIPANTS_SQL.search(node.value))


def shape(commit: str | None) -> dict[str, object]:
    """The largest modules (lines) and where `participants` is queried, at `commit` (None: the working tree)."""
    sources = _sources(commit)
    lines = sorted(((len(s.splitlines()), p) for p, s in sources.items()), reverse=True)[:10]
    queries = {p: n for p, s in sources.items() if (n := participants_queries(s))}
    outside = {p: n for p, n in queries.items() if not p.startswith(f"{PACKAGE}/core/")}
    return {"largest_modules": {p: n for n, p in lines},
            "participants_queries": {"modules": len(queries), "places": sum(queries.values()),
                                     "modules_outside_core": len(outside), "places_outside_core": sum(outside.values()),
                                     "outside_core": outside}}


def checker_errors() -> dict[str, int]:
    """`ruff check .` and `mypy` error counts on the working tree (the target: 0)."""
    ruff = subprocess.run([str(BIN / "ruff"), "check", ".", "--output-format", "json"], cwd=ROOT, capture_output=True,
                          text=True)
    mypy = subprocess.run([str(BIN / "mypy")], cwd=ROOT, capture_output=True, text=True)
    return {"ruff": len(json.loads(ruff.stdout or "[]")),
            "mypy": sum(1 for line in mypy.stdout.splitlines() if ": error:" in line)}


def main(base: str = BASE) -> dict[str, object]:
    """The figures, for `base` and for the working tree."""
    return {"base": base, "before": shape(base), "after": shape(None), "checkers_after": checker_errors()}


if __name__ == "__main__":
    print(json.dumps(main(*sys.argv[1:2]), indent=2))
