"""One way for the window to change data (issue 17, item 2): every core call that changes the event is a step
handed to `EventSession.run`, which alone emits `changed`; and each such core function returns `Changes`
(or a result carrying them, `WithChanges`).

Read from the source (AST), so that a new page written the old way fails here before it reaches a user.
"""

from __future__ import annotations

import ast
import importlib
import typing
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "eulac_desktop"

#: Core calls the window may make outside `run`, each for a reason.
ALLOWED = {
    # Sets up a new event file from a setup bundle, before any event is open: no session, no view to tell.
    ("setup_laptop.py", "set_up_laptop"),
    # Venue sync applies other laptops' deltas in a worker thread, on a connection of its own (as the phones' server
    # does): nobody here did it, so nothing to undo; what it applied reaches the views through EventSession.arrived.
    ("room_sync.py", "sync_once"),
}


def _called_name(call: ast.Call) -> str | None:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None


def _core_functions() -> dict[str, list[tuple[str, ast.FunctionDef]]]:
    """The core's module-level functions by name: [(module, definition)]."""
    found: dict[str, list[tuple[str, ast.FunctionDef]]] = {}
    for path in sorted((ROOT / "core").rglob("*.py")):
        module = ".".join(path.relative_to(ROOT.parent).with_suffix("").parts).removesuffix(".__init__")
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef):
                found.setdefault(node.name, []).append((module, node))
    return found


def data_changing() -> dict[str, list[str]]:
    """The core functions that change an open event: those that open an operation (`ws.operation(...)`), and those
    that call them, by name, with their modules. Those that make a new file (returning its `Workspace`) are not."""
    functions = _core_functions()

    def calls(node: ast.AST) -> set[str]:
        return {name for n in ast.walk(node) if isinstance(n, ast.Call) and (name := _called_name(n))}

    changing = {name for name, defs in functions.items() for _m, d in defs if "operation" in calls(d)}
    while more := {name for name, defs in functions.items() for _m, d in defs if calls(d) & changing} - changing:
        changing |= more
    return {name: [m for m, d in functions[name] if not (d.returns and ast.unparse(d.returns) == "Workspace")]
            for name in changing if any(not (d.returns and ast.unparse(d.returns) == "Workspace") for _m, d in functions[name])}


def _core_aliases(tree: ast.Module) -> tuple[set[str], set[str]]:
    """Names a UI module binds to core modules (`from ..core import checkin`) and to core functions
    (`from ..core.registration.duplicates import not_the_same`)."""
    modules: set[str] = set()
    functions: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module is not None and (
                node.module == "core" or node.module.startswith("core.")):
            for alias in node.names:
                name = alias.asname or alias.name
                target = f"eulac_desktop.{node.module}.{alias.name}"
                try:
                    importlib.import_module(target)
                except ImportError:
                    functions.add(name)
                else:
                    modules.add(name)
    return modules, functions


def _core_calls(tree: ast.Module) -> list[ast.Call]:
    """The calls of core functions in a UI module: `checkin.scan(...)`, `not_the_same(...)`."""
    modules, functions = _core_aliases(tree)
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call) and (
        (isinstance(n.func, ast.Name) and n.func.id in functions)
        or (isinstance(n.func, ast.Attribute) and isinstance(n.func.value, ast.Name) and n.func.value.id in modules))]


def _ui_modules() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8"))) for path in sorted((ROOT / "ui").rglob("*.py"))]


def _runners(modules: list[tuple[Path, ast.Module]]) -> set[str]:
    """`run`, and the thin variants that hand one of their parameters to it (the Ideas page's `_do`)."""
    names = {"run"}
    for _path, tree in modules:
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                params = {a.arg for a in node.args.args + node.args.kwonlyargs}
                for call in ast.walk(node):
                    if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "run"
                            and {a.id for a in call.args if isinstance(a, ast.Name)} & params):
                        names.add(node.name)
    return names


def _steps(modules: list[tuple[Path, ast.Module]]) -> tuple[set[int], set[str]]:
    """What `run(...)` (or a thin variant) is given, over the whole UI: the nodes inside its arguments, and the
    names of functions they hand over (a nested function by name, a dialog's method called from a lambda)."""
    runners = _runners(modules)
    inside: set[int] = set()
    names: set[str] = set()
    for _path, tree in modules:
        core_modules, _functions = _core_aliases(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _called_name(node) in runners:
                for argument in [*node.args, *(k.value for k in node.keywords)]:
                    for n in ast.walk(argument):
                        inside.add(id(n))
                        if isinstance(n, ast.Name):
                            names.add(n.id)
                        elif isinstance(n, ast.Attribute) and not (
                                isinstance(n.value, ast.Name) and n.value.id in core_modules):
                            names.add(n.attr)
    return inside, names


def _outside_run(tree: ast.Module, inside: set[int], step_names: set[str]) -> list[ast.Call]:
    """The calls of `tree` not made within a step: neither inside `run`'s arguments, nor in a function whose name
    is handed to `run`."""
    found: list[ast.Call] = []

    def visit(node: ast.AST, in_step: bool) -> None:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name in step_names:
            in_step = True
        if isinstance(node, ast.Call) and not in_step and id(node) not in inside:
            found.append(node)
        for child in ast.iter_child_nodes(node):
            visit(child, in_step or id(child) in inside)

    visit(tree, False)
    return found


def test_only_the_session_emits_changed() -> None:
    """No page, dialog or kiosk emits the session's `changed` itself: `run` does, once per operation."""
    offenders = []
    for path, tree in _ui_modules():
        if path == ROOT / "ui" / "session.py":
            continue
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "emit"
                    and isinstance(node.func.value, ast.Attribute) and node.func.value.attr == "changed"
                    and "session" in ast.unparse(node.func.value.value)):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)}")
    assert offenders == []


def test_the_window_changes_data_only_through_run() -> None:
    """Every call of a data-changing core function in ui/ is a step given to `EventSession.run`."""
    changing = data_changing()
    modules = _ui_modules()
    inside, step_names = _steps(modules)
    offenders = []
    for path, tree in modules:
        if path == ROOT / "ui" / "session.py":  # the helper itself: its undo reverts through the core
            continue
        outside = {id(call) for call in _outside_run(tree, inside, step_names)}
        for call in _core_calls(tree):
            name = _called_name(call)
            if id(call) in outside and name in changing and (path.name, name) not in ALLOWED:
                offenders.append(f"{path.relative_to(ROOT)}:{call.lineno}: {ast.unparse(call)}")
    assert offenders == []


def test_the_checks_see_what_they_look_for() -> None:
    """The two checks above catch the old ways (a direct core call, `session.changed.emit`) in code like the pages'."""
    source = '''
from ..core import checkin
from ..core.registration.duplicates import not_the_same

class Page:
    def handle_scan(self, text):
        result = checkin.scan(self.session.ws, text)
        self.session.changed.emit(result.changes)

    def fine(self, text):
        self.session.run("Check in", lambda: checkin.scan(self.session.ws, text), None, self)

    def fine_too(self, a, b):
        def step():
            return not_the_same(self.session.ws, a, b)
        self.session.run("Not the same person", step, None, self)

    def wrong(self, a, b):
        not_the_same(self.session.ws, a, b)
'''
    tree = ast.parse(source)
    inside, names = _steps([(Path("page.py"), tree)])
    assert _core_aliases(tree) == ({"checkin"}, {"not_the_same"})
    outside = {id(call) for call in _outside_run(tree, inside, names)}
    flagged = [ast.unparse(c) for c in _core_calls(tree) if id(c) in outside and _called_name(c) in data_changing()]
    assert flagged == ["checkin.scan(self.session.ws, text)", "not_the_same(self.session.ws, a, b)"]


def test_each_data_changing_function_the_window_calls_returns_changes() -> None:
    """What `run` is given returns `Changes`, or a result carrying them as `changes` (a scan, a ballot, a check)."""
    from eulac_desktop.core.workspace import Changes

    used = {_called_name(call) for _path, tree in _ui_modules() for call in _core_calls(tree)}
    wrong = []
    for name, modules in sorted(data_changing().items()):
        if name not in used or any(name == allowed for _module, allowed in ALLOWED):
            continue
        for module in modules:
            function = getattr(importlib.import_module(module), name)
            returned = typing.get_type_hints(function)["return"]
            carried = typing.get_type_hints(returned).get("changes") if isinstance(returned, type) else None
            if returned is not Changes and carried not in (Changes, Changes | None):
                wrong.append(f"{module}.{name} -> {returned}")
    assert wrong == []
