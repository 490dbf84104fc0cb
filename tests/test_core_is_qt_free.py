"""The core, the command line and the documents import no Qt (ARCHITECTURE.md §1: the arrow points one way).

Each check runs in a fresh interpreter, since this test process may already have loaded PySide6 for
the UI tests.
"""

from __future__ import annotations

import json
import subprocess
import sys

QT_FREE_PACKAGES = ["eulac_desktop.core", "eulac_desktop.cli", "eulac_desktop.documents"]

# Imports every module of the packages given as arguments (those that exist), then prints what it
# imported and which Qt modules came along.
_PROBE = r"""
import importlib, importlib.util, json, pkgutil, sys

imported = []
for name in sys.argv[1:]:
    try:
        if importlib.util.find_spec(name) is None:
            continue
    except ModuleNotFoundError:
        continue
    package = importlib.import_module(name)
    imported.append(name)
    for info in pkgutil.walk_packages(getattr(package, "__path__", []), name + "."):
        if info.name.rsplit(".", 1)[-1] == "__main__":  # running it would start the program
            continue
        importlib.import_module(info.name)
        imported.append(info.name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(json.dumps({"imported": imported, "qt": qt}))
"""


def probe(*packages: str) -> dict[str, list[str]]:
    done = subprocess.run([sys.executable, "-c", _PROBE, *packages], capture_output=True, text=True,
                          check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_core_cli_and_documents_import_no_qt():
    result = probe(*QT_FREE_PACKAGES)
    assert "eulac_desktop.core.workspace" in result["imported"]  # the walk really imported the modules
    assert "eulac_desktop.core.registration" in result["imported"]
    assert "eulac_desktop.cli.event" in result["imported"]
    assert result["qt"] == [], f"Qt was imported by the Qt-free layers: {result['qt'][:5]}"


def test_the_probe_notices_qt():
    """A control: the same probe over a module that does import Qt reports it."""
    result = probe("PySide6.QtCore")
    assert "PySide6.QtCore" in result["qt"]
    assert any(m.startswith("shiboken6") for m in result["qt"])
