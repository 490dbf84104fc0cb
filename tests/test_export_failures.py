"""A full disk (or a folder that refuses) in every export leaves nothing partial and says so once (issue 16,
"what must hold" 6): report data (a folder of CSV files: all or nothing; or a workbook), the participants' and
ideas' exports (CSV, XLSX), the outcome report, badges, agendas, table signs, attendance sheets, paper
ballots and every kind of bundle. The command line prints one clear message and exits 1, never a traceback.

The disk is simulated where the files are written: every file the export helper (`core.files`) writes
shares a small budget of bytes, and the write that goes past it fails midway with ENOSPC, as a real disk
does (what fitted stays written, so a partial file would be seen).
"""

from __future__ import annotations

import builtins
import errno
import io
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
from helpers import run

from eulac_desktop.core import checkin, errors, files, voting
from eulac_desktop.core.demo import build_demo_event, demo_people
from eulac_desktop.core.workspace import Workspace


class _Filling:
    """A file on a disk that fills up: writes go through until the disk's budget is spent, then fail."""

    def __init__(self, disk: Disk, raw: Any):
        self._disk, self._raw = disk, raw

    def write(self, data: Any) -> int:
        room = self._disk.room
        if len(data) > room:
            self._raw.write(data[:room])
            self._raw.flush()
            self._disk.room = 0
            raise OSError(self._disk.errno, "simulated: " + errno.errorcode[self._disk.errno])
        self._disk.room -= len(data)
        return self._raw.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)

    def __enter__(self) -> _Filling:
        return self

    def __exit__(self, *exc: object) -> None:
        self._raw.close()

    def __iter__(self) -> Any:
        return iter(self._raw)


class Disk:
    """Every file the export helper writes (its temporary files) lands on this disk of `room` bytes."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, room: int, code: int = errno.ENOSPC):
        self.room, self.errno = room, code
        parts: set[str] = set()
        real_part_path, real_open = files.part_path, io.open

        def part_path(out: Path) -> Path:
            part = real_part_path(out)
            parts.add(str(part))
            return part

        def on_disk(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
            raw = real_open(file, mode, *args, **kwargs)
            name = str(file) if isinstance(file, (str, Path)) else ""
            if ("w" in mode or "a" in mode) and (name in parts or name.endswith(".part")):
                return _Filling(self, raw)
            return raw

        monkeypatch.setattr(files, "part_path", part_path)
        monkeypatch.setattr(io, "open", on_disk)
        monkeypatch.setattr(builtins, "open", on_disk)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo event (people, check-ins, sessions, ideas, polls, a P2P plan), made once."""
    import os

    folder = tmp_path_factory.mktemp("demo")
    old = os.environ.get("EULAC_CONFIG_DIR")
    os.environ["EULAC_CONFIG_DIR"] = str(folder / "cfg")
    try:
        build_demo_event(folder / "demo.eulac", people=demo_people(limit=40)).close()
    finally:
        if old is not None:
            os.environ["EULAC_CONFIG_DIR"] = old
    return folder / "demo.eulac"


@pytest.fixture
def event(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "event" / "demo.eulac"
    path.parent.mkdir()
    shutil.copy(demo_file, path)
    return path


@pytest.fixture
def unraisable(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Errors Python could only print ("Exception ignored in…", a traceback on the terminal), e.g. from objects
    left half-written and collected later."""
    seen: list[Any] = []
    monkeypatch.setattr(sys, "unraisablehook", seen.append)
    return seen


def exports(path: Path, out: Path) -> dict[str, list[str]]:
    """Every export of the command line, as its arguments."""
    with Workspace.open(path, mode="read") as ws:
        session = checkin.sessions(ws)[0]["id"]
        poll = next(p["id"] for p in voting.polls(ws) if p["state"] == "open")
    return {
        "report data (CSV files)": ["report", "data", str(path), str(out / "data")],
        "report data (XLSX)": ["report", "data", str(path), str(out), "--xlsx"],
        "participants CSV": ["participants", "export", str(path), str(out / "people.csv")],
        "participants XLSX": ["participants", "export", str(path), str(out / "people.xlsx")],
        "ideas CSV": ["ideas", "export", str(path), str(out / "ideas.csv")],
        "ideas XLSX": ["ideas", "export", str(path), str(out / "ideas.xlsx")],
        "outcome report": ["report", "pdf", str(path), str(out / "outcome.pdf")],
        "badges": ["badges", "pdf", str(path), str(out / "badges.pdf")],
        "agendas": ["p2p", "agendas", str(path), str(out / "agendas.pdf")],
        "table signs": ["p2p", "signs", str(path), str(out / "signs.pdf")],
        "attendance sheet": ["sessions", "attendance", str(path), session, "--pdf", str(out / "attendance.pdf")],
        "paper ballots": ["ballots", "paper", str(path), poll, str(out / "ballots.pdf"), "--count", "20"],
        "setup bundle": ["bundle", "export", str(path), str(out / "setup.zip"), "--kind", "setup"],
        "result bundle": ["bundle", "export", str(path), str(out / "result.zip"), "--kind", "result"],
        "anonymised bundle": ["bundle", "export", str(path), str(out / "anonymised.zip"), "--kind", "anonymised"],
    }


EXPORTS = ["report data (CSV files)", "report data (XLSX)", "participants CSV", "participants XLSX", "ideas CSV",
           "ideas XLSX", "outcome report", "badges", "agendas", "table signs", "attendance sheet", "paper ballots",
           "setup bundle", "result bundle", "anonymised bundle"]


def everything_in(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.mark.parametrize("kind", EXPORTS)
def test_a_full_disk_leaves_nothing_and_says_so_once(kind: str, event: Path, tmp_path: Path, monkeypatch, capsys,
                                                     unraisable) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "kept.txt").write_text("an earlier file stays as it was\n")
    argv = exports(event, out)[kind]
    Disk(monkeypatch, room=1500)  # the small tables of `report data` fit, the others do not
    code, printed, err = run(capsys, *argv, collect=True)
    assert code == 1, (printed, err)
    assert everything_in(out) == ["kept.txt"]  # no partial file, no temporary file, no half a folder
    assert not [name for name in everything_in(event.parent) if "part" in name]  # nor beside the event
    assert unraisable == [] and "Traceback" not in err + printed, err
    assert err.count("The disk is full") == 1 and "could not be written" in err, err
    assert "No file was left behind" in err, err


def test_the_message_names_the_file_and_the_reason(event: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    Disk(monkeypatch, room=100, code=errno.EROFS)
    code, printed, err = run(capsys, "participants", "export", event, tmp_path / "people.xlsx", "--json", collect=True)
    assert code == 1 and "Traceback" not in err
    assert f"“{tmp_path / 'people.xlsx'}” could not be written: the disk is read-only." in err
    assert '"error": "write_failed"' in printed
    assert list(tmp_path.glob("*people*")) == []


def test_data_into_a_file_s_name_says_so_in_the_person_s_words(event: Path, tmp_path: Path, capsys) -> None:
    taken = tmp_path / "data"  # the folder's name is a file's: the system's English "File exists" reached the message
    taken.write_text("mine", encoding="utf-8")
    code, _out, err = run(capsys, "report", "data", event, taken, collect=True)
    assert code == 1 and "a file has this name, where a folder should be" in err and "File exists" not in err, err
    assert taken.read_text(encoding="utf-8") == "mine"


def test_a_folder_of_csv_files_appears_whole_or_not_at_all(event: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    code, _out, err = run(capsys, "report", "data", event, tmp_path / "whole", collect=True)
    assert code == 0, err
    written = everything_in(tmp_path / "whole")
    assert len(written) > 10 and all(name.endswith(".csv") for name in written)
    sizes = sorted((tmp_path / "whole" / name).stat().st_size for name in written)
    Disk(monkeypatch, room=sum(sizes) - sizes[-1] // 2)  # every file but the largest one fits
    code, _out, err = run(capsys, "report", "data", event, tmp_path / "new", collect=True)
    assert code == 1 and "The disk is full" in err
    assert not (tmp_path / "new").exists()  # the folder it made goes too


def test_the_helper_names_the_file_and_leaves_no_part(tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    with pytest.raises(errors.DiskFull) as refused, files.writing(out) as part:
        part.write_bytes(b"%PDF-1.4 half")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert str(out) in refused.value.text() and ".part" not in refused.value.text()
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(errors.Cancelled), files.writing(out) as part:
        part.write_bytes(b"%PDF-1.4 half")
        raise errors.Cancelled()
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(errors.WriteFailed) as refused:
        files.write_bytes(tmp_path / "no-such-folder" / "x.zip", b"PK")
    assert "the folder does not exist" in refused.value.text()
