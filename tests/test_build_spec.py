"""The build's analysis sees every module the app imports by name at run time (a module it misses is absent from
the built app, which then fails only there: the command line's nouns went missing once), and the libraries it
replaces by stubs (tools/dist_stubs.py) leave what other libraries need."""

from __future__ import annotations

import os
import platform
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from unittest.mock import MagicMock, patch

import pytest

from eulac_desktop import cli

ROOT = Path(__file__).resolve().parents[1]


def test_the_build_imports_every_noun_of_the_command_line() -> None:
    names = {"SPECPATH": str(ROOT), **{n: MagicMock() for n in ("Analysis", "EXE", "PYZ", "COLLECT")}}
    with patch("os.symlink"):  # the spec's side effects are mocked
        exec(compile((ROOT / "build.spec").read_text(encoding="utf-8"), "build.spec", "exec"), names)
    hidden = {name for call in names["Analysis"].call_args_list for name in call.kwargs["hiddenimports"]}
    nouns = {f"eulac_desktop.cli.{module}" for module in cli.NOUN_MODULES.values()}
    nouns |= {f"eulac_desktop.cli.{module}" for module, _function in cli.REGISTERS}
    assert nouns <= hidden, sorted(nouns - hidden)


STUB_CASE = {
    # a MIP solver the app never calls: a function, a data object, and a copy of a helper that a kept library also
    # gives (OR-Tools' wheels each carry some libstdc++ functions, which libortools.so.9 imports unversioned)
    "libscip.so.10.0": "int SCIPcreate(void) { return 1; }\nint scip_table[4] = {7, 7, 7, 7};\n"
                       "int shared_helper(void) { return 41; }\n",
    "libkept.so.1": "int shared_helper(void) { return 42; }\n",
}
STUB_USER = ("extern int SCIPcreate(void); extern int shared_helper(void); extern int scip_table[4];\n"
             "int use_solver(void) { return SCIPcreate(); }\nint use_helper(void) { return shared_helper(); }\n"
             "int use_table(void) { return scip_table[0]; }\n")


@pytest.mark.skipif(platform.system() != "Linux" or platform.machine() != "x86_64"
                    or (not shutil.which("gcc") and not os.environ.get("CI")),
                    reason="the stubs are made on Linux x86-64, with gcc (make installs it; never skipped in CI)")
def test_the_build_stubs_a_solver_but_not_what_a_kept_library_gives(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import dist_stubs
    finally:
        sys.path.remove(str(ROOT / "tools"))
    libs = tmp_path / "ortools" / ".libs"
    libs.mkdir(parents=True)
    for soname, source in STUB_CASE.items():
        (tmp_path / f"{soname}.c").write_text(source)
        subprocess.run(["gcc", "-shared", "-fPIC", f"-Wl,-soname,{soname}", "-o", str(libs / soname),
                        str(tmp_path / f"{soname}.c")], check=True)
    (tmp_path / "user.c").write_text(STUB_USER)
    user = tmp_path / "ortools" / "user.so"  # links the solver first, as libortools.so.9 does
    subprocess.run(["gcc", "-shared", "-fPIC", "-o", str(user), str(tmp_path / "user.c"), f"-L{libs}",
                    "-Wl,--no-as-needed", "-l:libscip.so.10.0", "-l:libkept.so.1", "-Wl,-rpath,$ORIGIN/.libs"], check=True)
    call = "import ctypes, sys; print(getattr(ctypes.CDLL(sys.argv[1]), sys.argv[2])())"

    def run(function: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-c", call, str(user), function], capture_output=True, text=True)

    assert run("use_helper").stdout.strip() == "41"  # before: the solver's copy, first in the link order
    dist_stubs.main(str(tmp_path))

    assert run("use_helper").stdout.strip() == "42"  # the kept library's: the stub does not hide it
    assert run("use_table").stdout.strip() == "0"  # data objects are there, zeroed
    called = run("use_solver")
    assert called.returncode == -signal.SIGABRT
    assert "SCIPcreate (libscip.so.10.0) was left out of this build" in called.stderr


PROBE = """
import importlib, pkgutil, runpy, sys
runpy.run_path("tools/pyinstaller/rthook_pandas_stub.py")  # as in the built app
import eulac_desktop
for module in pkgutil.walk_packages(eulac_desktop.__path__, "eulac_desktop."):
    if not module.name.endswith(".__main__"):
        importlib.import_module(module.name)
from ortools.sat.python import cp_model
model = cp_model.CpModel()
x = model.new_int_var(0, 3, "x")
model.add(x >= 2)
model.maximize(x)
assert cp_model.CpSolver().solve(model) == cp_model.OPTIMAL
from ortools.linear_solver import pywraplp  # the planner's outline (GLOP)
lp = pywraplp.Solver.CreateSolver("GLOP")
y = lp.NumVar(0, 3, "y")
lp.Objective().SetCoefficient(y, 1)
lp.Objective().SetMaximization()
assert lp.Solve() == lp.OPTIMAL and y.solution_value() == 3
print("\\n".join(sorted(name for name in sys.modules if name != "pandas")))  # pandas: the built app's stand-in
"""


def test_the_app_cp_sat_and_glop_import_nothing_the_build_leaves_out() -> None:
    names = {"SPECPATH": str(ROOT), **{n: MagicMock() for n in ("Analysis", "EXE", "PYZ", "COLLECT")}}
    with patch("os.symlink"):
        exec(compile((ROOT / "build.spec").read_text(encoding="utf-8"), "build.spec", "exec"), names)
    excluded = names["EXCLUDES"]
    probe = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, check=True,
                           env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    imported = probe.stdout.split()
    assert "ortools.sat.python.cp_model" in imported and "ortools.linear_solver.pywraplp" in imported
    left_out = [name for name in imported if any(name == e or name.startswith(f"{e}.") for e in excluded)]
    assert not left_out, left_out
