"""`make dist`: OR-Tools' MIP solvers, which the app never calls, replaced in the built folder by stubs (24 MB → 0.2 MB).

The app plans P2P rounds with CP-SAT (core/p2p.py, `ortools.sat`) and nothing else of OR-Tools. But libortools.so.9
and its Python modules link (NEEDED) the MIP and LP solvers that OR-Tools' linear_solver wraps: SCIP, HiGHS and
COIN-OR's Cbc, Clp, Cgl, Osi and CoinUtils. Each is replaced by a library of the same soname that defines only what
the folder's other libraries import from it: functions that print which one was called and abort, and data objects
of the same size, zeroed (a vtable: no object of it is made). Nothing of CP-SAT calls them: `make dist-check` plans
P2P rounds with the built app.

A stub must not hide what another library gives: OR-Tools' wheels are built the manylinux way, each library carrying
a copy of some libstdc++ functions (`std::basic_stringstream`'s constructor, `std::ios_base_library_init`…) that
libortools.so.9 imports unversioned and, today, gets from whichever solver comes first. A stub leaves out every
symbol that a kept library of the folder or the system's C and C++ libraries define, so those are found there.

Linux on x86-64 only (the stubs are written in its assembly); elsewhere the folder is left as it is.
Usage: tools/dist_stubs.py dist/eulac-desktop
"""

from __future__ import annotations

import platform
import subprocess
import sys
import tempfile
from pathlib import Path

#: OR-Tools' MIP and LP solvers (in ortools/.libs/), which CP-SAT never calls.
STUBBED = ("libscip.so.", "libhighs.so.", "libCbc.so.", "libCbcSolver.so.", "libCgl.so.", "libClp.so.",
           "libClpSolver.so.", "libCoinUtils.so.", "libOsi.so.", "libOsiCbc.so.", "libOsiClp.so.")
#: The system's libraries that the folder leaves to the user's system (build.spec's SYSTEM_HAS, glibc).
SYSTEM = ("libstdc++.so.6", "libgcc_s.so.1", "libc.so.6", "libm.so.6")
#: nm's kinds of a defined data object (the others that count are functions: T, W, i).
DATA_KINDS = set("BbDdRrVu")


def symbols(library: Path, *, defined: bool) -> dict[str, tuple[str, int]]:
    """The dynamic symbols `library` defines (or imports): name → (nm's kind, size)."""
    option = "--defined-only" if defined else "--undefined-only"
    listing = subprocess.run(["nm", "-D", "-S", option, str(library)], capture_output=True, text=True,
                             check=True).stdout
    found = {}
    for line in listing.splitlines():
        fields = line.split()
        name = fields[-1].split("@")[0]
        if defined and len(fields) == 4:
            found[name] = (fields[2], int(fields[1], 16))
        elif defined and len(fields) == 3:
            found[name] = (fields[1], 0)
        elif not defined:
            found[name] = (fields[0], 0)
    return found


def is_elf(path: Path) -> bool:
    """Whether `path` is a file in ELF format (a library or a program)."""
    with path.open("rb") as file:
        return file.read(4) == b"\x7fELF"


def system_symbols() -> set[str]:
    """The symbols the build machine's C and C++ libraries define."""
    found: set[str] = set()
    for name in SYSTEM:
        path = subprocess.run(["gcc", f"-print-file-name={name}"], capture_output=True, text=True,
                              check=True).stdout.strip()
        if Path(path).is_file():
            found |= symbols(Path(path), defined=True).keys()
    return found


def stub_source(soname: str, wanted: dict[str, tuple[str, int]]) -> str:
    """The assembly of a stub library: each function reports itself and aborts; each data object is zeroed."""
    lines = [".text", ".Lmissing:\n  leaq .Lsoname(%rip), %rsi\n  jmp eulac_stub_missing@PLT"]
    strings = [f'.Lsoname: .asciz "{soname}"']
    data = []
    for i, (name, (kind, size)) in enumerate(sorted(wanted.items())):
        if kind in DATA_KINDS:
            data.append(f".globl {name}\n.type {name}, @object\n.balign 16\n{name}:\n.zero {max(size, 8)}\n"
                        f".size {name}, {max(size, 8)}")
        else:
            lines.append(f".globl {name}\n.type {name}, @function\n{name}:\n  leaq .Ls{i}(%rip), %rdi\n  jmp .Lmissing")
            strings.append(f'.Ls{i}: .asciz "{name}"')
    return "\n".join([*lines, ".section .rodata", *strings, ".data", *data,
                      '.section .note.GNU-stack,"",@progbits', ""])


#: What a stub's function does: say which symbol of which library was called, then abort.
STUB_C = r"""
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
__attribute__((visibility("hidden"), noreturn)) void eulac_stub_missing(const char *symbol, const char *soname) {
    static const char *parts[] = {"eulac-desktop: ", 0, " (", 0, ") was left out of this build: OR-Tools' MIP "
                                  "solvers are replaced by stubs (tools/dist_stubs.py)\n"};
    parts[1] = symbol;
    parts[3] = soname;
    for (unsigned i = 0; i < sizeof parts / sizeof *parts; i++)
        if (write(2, parts[i], strlen(parts[i])) < 0)
            break;
    abort();
}
"""


def build_stub(soname: str, wanted: dict[str, tuple[str, int]], target: Path) -> None:
    """Compile a stub library named `soname` that defines `wanted` into `target`."""
    with tempfile.TemporaryDirectory() as folder:
        assembly, c_file = Path(folder) / "stub.S", Path(folder) / "missing.c"
        assembly.write_text(stub_source(soname, wanted))
        c_file.write_text(STUB_C)
        subprocess.run(["gcc", "-shared", "-fPIC", "-O2", f"-Wl,-soname,{soname}", "-o", str(target), str(assembly),
                        str(c_file)], check=True)


def main(folder: str) -> None:
    """Replace OR-Tools' MIP solvers of the built folder by stubs."""
    if platform.system() != "Linux" or platform.machine() != "x86_64":
        print(f"OR-Tools' MIP solvers kept: stubs are made on Linux x86-64 only, not {platform.machine()}")
        return
    files = [path for path in Path(folder).rglob("*") if path.is_file() and not path.is_symlink() and is_elf(path)]
    stubbed = [path for path in files if path.name.startswith(STUBBED) and path.parent.name == ".libs"]
    kept = [path for path in files if path not in stubbed]
    imported: set[str] = set()
    given = system_symbols()
    for path in kept:
        imported |= symbols(path, defined=False).keys()
        given |= symbols(path, defined=True).keys()
    before = after = 0
    for library in stubbed:
        defined = symbols(library, defined=True)
        wanted = {name: defined[name] for name in imported & defined.keys() - given}
        before += library.stat().st_size
        build_stub(library.name, wanted, library)
        after += library.stat().st_size
        print(f"{library.name}: a stub of {len(wanted)} symbols")
    print(f"OR-Tools' MIP solvers replaced by stubs: {before / 2**20:.1f} MB → {after / 2**20:.1f} MB")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "dist/eulac-desktop")
