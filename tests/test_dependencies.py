"""The lock and the declared dependencies (issue 17).

- requirements/constraints.txt, which `make setup` installs with, pins every package that pyproject.toml's
  dependencies and dev extra pull in (transitive ones, pip and setuptools included) and nothing else; each pin is
  inside pyproject.toml's range, and the venv that runs this suite holds exactly the pinned versions.
- No declared dependency is left unused: the app imports each of its dependencies (but the ones kept on purpose,
  with the reason in pyproject.toml), and each tool of the dev extra is imported by the tests, is a pytest plugin,
  is a command that the Makefile runs, or holds the type stubs of a dependency.

The requirement graph is read from the installed packages' metadata (importlib.metadata), on this platform.
"""

from __future__ import annotations

import ast
import re
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import NormalizedName, canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "requirements" / "constraints.txt"
BUILD_LOCK = ROOT / "requirements" / "build-constraints.txt"
# Declared but not imported by the app, on purpose (the reason is beside each one in pyproject.toml).
KEPT_UNIMPORTED = {"tzdata"}  # qrcode is imported since the phones' room (issue 20) draws its QR code


def project() -> dict:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)


def declared() -> tuple[list[Requirement], list[Requirement]]:
    """The app's requirements and its dev extra's, as pyproject.toml declares them."""
    table = project()["project"]
    return ([Requirement(r) for r in table["dependencies"]],
            [Requirement(r) for r in table["optional-dependencies"]["dev"]])


def pins(path: Path) -> dict[NormalizedName, str]:
    """The `name==version` lines of a constraints file."""
    found: dict[NormalizedName, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, sep, version = line.partition("==")
            assert sep and re.fullmatch(r"[\w.!+-]+", version), f"not an exact pin: {line!r}"
            found[canonicalize_name(name)] = version
    return found


def closure(roots: list[Requirement]) -> set[NormalizedName]:
    """Every installed distribution that the requirements pull in on this platform, themselves included."""
    seen: dict[NormalizedName, set[str]] = {}
    todo = [(r.name, set(r.extras)) for r in roots]
    while todo:
        name, extras = todo.pop()
        key = canonicalize_name(name)
        if key in seen and extras <= seen[key]:
            continue
        seen[key] = seen.get(key, set()) | extras
        for text in metadata.distribution(name).requires or []:
            req = Requirement(text)
            if req.marker is None or any(req.marker.evaluate({"extra": e}) for e in seen[key] | {""}):
                todo.append((req.name, set(req.extras)))
    return set(seen)


def modules_of(name: str) -> set[str]:
    """The dotted names of the modules that a distribution installs (`PySide6.QtPdf`, `reportlab.lib.units`…)."""
    found = set()
    for file in metadata.distribution(name).files or []:
        parts = file.parts
        if parts[0].startswith("..") or not file.name.endswith((".py", ".so", ".pyd")):
            continue
        stem = file.name.split(".", 1)[0]
        dotted = [*parts[:-1], stem] if stem != "__init__" else list(parts[:-1])
        if dotted and all(p.isidentifier() for p in dotted):
            found.add(".".join(dotted))
    return found


def stubs_of(name: str) -> set[str]:
    """The top-level packages whose type stubs a distribution holds (`reportlab-stubs/` → `reportlab`)."""
    files = metadata.distribution(name).files or []
    return {f.parts[0].removesuffix("-stubs") for f in files if f.parts[0].endswith("-stubs")}


def imports_in(*folders: str) -> set[str]:
    """Every module name (and each of its parent packages) imported by the Python files in the folders."""
    found = set()
    for folder in folders:
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
                for name in names:
                    parts = name.split(".")
                    found.update(".".join(parts[:i]) for i in range(1, len(parts) + 1))
    return found


def test_the_lock_pins_exactly_what_the_app_and_its_dev_extra_pull_in():
    app, dev = declared()
    needed = closure(app + dev)
    locked = pins(LOCK)
    assert sorted(needed - set(locked)) == [], "not in the lock: run `make lock`"
    assert sorted(set(locked) - needed) == [], "pinned but needed by nothing: run `make lock`"


def test_each_pin_is_inside_the_declared_range_and_is_what_runs_the_suite():
    app, dev = declared()
    locked = pins(LOCK)
    for req in app + dev:
        version = locked.get(canonicalize_name(req.name))
        assert version is not None and req.specifier.contains(version, prereleases=True), f"{req} pinned at {version}"
    installed = {name: metadata.version(name) for name in locked}
    assert {n: v for n, v in installed.items() if v != locked[n]} == {}, "this venv is not on the lock"


def test_the_build_backend_is_pinned_inside_its_range():
    locked = pins(BUILD_LOCK)
    for text in project()["build-system"]["requires"]:
        req = Requirement(text)
        version = locked.get(canonicalize_name(req.name))
        assert version is not None and req.specifier.contains(version), f"{text} pinned at {version}"


def test_the_app_imports_each_of_its_dependencies():
    app, _ = declared()
    imported = imports_in("eulac_desktop")
    modules = {r.name: modules_of(r.name) for r in app}
    # A module that two distributions install (PySide6/__init__.py is in both of PySide6's) proves neither used.
    shared = {m for a in modules for b in modules if a != b for m in modules[a] & modules[b]}
    unused = {canonicalize_name(name) for name, own in modules.items() if not (own - shared) & imported}
    assert unused == KEPT_UNIMPORTED


def test_each_dev_tool_is_used():
    app, dev = declared()
    imported = imports_in("tests", "benchmarks", "tools")
    app_modules = set().union(*(modules_of(r.name) for r in app))
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    unused = []
    for req in dev:
        dist = metadata.distribution(req.name)
        commands = {e.name for e in dist.entry_points if e.group == "console_scripts"}
        commands |= {f.name for f in dist.files or [] if f.parts[0].startswith("..") and "bin" in f.parts}
        if not (modules_of(req.name) & imported
                or any(e.group == "pytest11" for e in dist.entry_points)
                or any(f"{venv}/{c}" in makefile for c in commands for venv in ("$(BIN)", "$(DIST_VENV)/bin"))
                or stubs_of(req.name) & app_modules):
            unused.append(req.name)
    assert unused == []
