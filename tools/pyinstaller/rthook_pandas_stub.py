"""PyInstaller runtime hook of the built app: OR-Tools' `cp_model` imports pandas for helpers taking pandas
objects, which the app never calls; the build leaves pandas (18 MB) out and gives cp_model this stand-in, whose
classes are all that is touched when modules are imported (cp_model's type hints, sqlite-utils' table of column
types). Nothing makes their objects: nothing in the app makes pandas objects."""

import sys
import types

if "pandas" not in sys.modules:
    _stub = types.ModuleType("pandas", "A stand-in for pandas: the built eulac-desktop does not ship it.")

    class Index:
        """Never made: nothing passes pandas objects to OR-Tools in the app."""

    class Series:
        """Never made: nothing passes pandas objects to OR-Tools in the app."""

    class Timestamp:
        """Never made: nothing gives sqlite-utils pandas objects in the app."""

    _stub.Index, _stub.Series, _stub.Timestamp = Index, Series, Timestamp  # type: ignore[attr-defined]
    sys.modules["pandas"] = _stub
