"""The build's analysis sees every module the app imports by name at run time (a module it misses is absent from
the built app, which then fails only there: the command line's nouns went missing once)."""

from __future__ import annotations

from pathlib import Path
from unittest.mock import MagicMock, patch

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
