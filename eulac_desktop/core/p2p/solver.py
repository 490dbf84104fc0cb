"""OR-Tools' CP-SAT module, loaded once per process in a thread of its own.

Its binding (pybind11) sets up numpy's C API the first time a model is made, giving up and taking back the GIL
through the thread state it remembers for the calling thread. In a thread that a pool reuses (Qt's QThreadPool, where
the window plans) that state can be one Python has already freed, and the process dies (SIGSEGV in `take_gil` or
`tstate_delete_common`: about one window plan in six in tests/test_ui_p2p.py). Made first in a fresh thread, which
has no such state, the set-up is done once for the process and never runs in a pooled thread again."""

from __future__ import annotations

import threading
from types import ModuleType

_lock = threading.Lock()
_loaded: list[ModuleType] = []


def cp_model() -> ModuleType:
    """`ortools.sat.python.cp_model`, imported (half a second, only planning needs it) and its first model made in a
    fresh thread."""
    with _lock:
        if not _loaded:
            failure: list[BaseException] = []

            def load() -> None:
                try:
                    from ortools.sat.python import cp_model as module

                    module.CpModel()
                    _loaded.append(module)
                except BaseException as exc:  # handed to the caller's thread, raised there
                    failure.append(exc)

            thread = threading.Thread(target=load, name="eulac-cp-sat-load", daemon=True)
            thread.start()
            thread.join()
            if failure:
                raise failure[0]
    return _loaded[0]
