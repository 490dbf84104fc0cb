"""`eulac participants import --sheet NAME` names a sheet of a spreadsheet; asked of a text list (CSV, TSV), which
has none, it is refused with a clear message (exit 1, as a spreadsheet without that sheet), never silently ignored."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import run, run_json

from eulac_desktop.core.event import create_event_file


@pytest.mark.parametrize(("name", "text"), [("list.csv", "given_name,family_name,email\nAna,Silva,ana@example.org\n"),
                                            ("list.tsv", "given_name\tfamily_name\temail\nAna\tSilva\tana@example.org\n")])
def test_a_sheet_asked_of_a_text_list_is_refused(tmp_path: Path, capsys, name: str, text: str) -> None:
    event = tmp_path / "event.eulac"
    create_event_file(event, name="Lab").close()
    listed = tmp_path / name
    listed.write_text(text, encoding="utf-8")
    refused = run_json(capsys, "participants", "import", event, listed, "--sheet", "People", expect=1)
    assert refused["error"] == "unreadable_list" and "has no sheets" in refused["message"], refused
    assert "Leave out the sheet" in refused["hint"]
    code, _out, err = run(capsys, "--lang", "es", "participants", "import", event, listed, "--sheet", "People")
    assert code == 1 and "no tiene hojas" in err, err
    assert run_json(capsys, "participants", "list", event) == []  # nothing imported
    assert run_json(capsys, "participants", "import", event, listed)["added"] == 1  # without --sheet, as before
