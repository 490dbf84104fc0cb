"""A file name that is not UTF-8 (Linux passes its bytes as surrogates, "\\udce9") is shown by the command line as
the byte it is ("caf\\xe9"), as other text that is not UTF-8 is shown: in the "does not exist" refusals too."""

from __future__ import annotations

import json
import os
from pathlib import Path

from helpers import run


def test_a_missing_file_whose_name_is_not_utf8_is_shown_with_its_byte(capsys, event_file: Path) -> None:
    missing = event_file.parent / os.fsdecode(b"caf\xe9.csv")
    code, out, err = run(capsys, "participants", "import", event_file, missing)
    assert code == 1 and f"“{event_file.parent}/caf\\xe9.csv” does not exist" in err, err
    assert "\udce9" not in err and "\\udce9" not in err
    code, out, err = run(capsys, "event", "dump", event_file.parent / os.fsdecode(b"caf\xe9.eulac"))
    assert code == 1 and "caf\\xe9.eulac" in err and "\udce9" not in err, err
    code, out, _err = run(capsys, "participants", "import", event_file, missing, "--json")
    assert code == 1 and json.loads(out)["error"] == "list_missing"  # the JSON keeps the name as it is


def test_a_written_file_whose_name_is_not_utf8_is_shown_with_its_byte(capsys, event_file: Path) -> None:
    written = event_file.parent / os.fsdecode(b"lista-\xe9.csv")
    code, out, err = run(capsys, "participants", "export", event_file, written)
    assert code == 0 and written.exists() and "lista-\\xe9.csv" in out and "\udce9" not in out, (out, err)
