"""PyInstaller runtime hook of the built app: OR-Tools' `cp_model` imports pandas for helpers taking pandas
objects, which the app never calls; the build leaves pandas (18 MB) out and gives cp_model this stand-in,
whose two classes are all it touches when it is imported (in its type hints)."""

import sys
import types

if "pandas" not in sys.modules:
    _stub = types.ModuleType("pandas", "A stand-in for pandas: the built eulac-desktop does not ship it.")

    class Index:
        """Never made: nothing passes pandas objects to OR-Tools in the app."""

    class Series:
        """Never made: nothing passes pandas objects to OR-Tools in the app."""

    _stub.Index, _stub.Series = Index, Series  # type: ignore[attr-defined]
    sys.modules["pandas"] = _stub
