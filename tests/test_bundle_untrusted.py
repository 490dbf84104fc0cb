"""A bundle signed by a device this installation does not trust (an attacker's own key) is refused, or kept in
quarantine by the sync, having read only its manifest: trust is decided before any other member is unpacked."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_bundles import config, export, make_event, run, run_json

from eulac_desktop.core.bundles import archive, read_bundle


def _event(root: Path, name: str = "Co-Innovation Lab"):  # type: ignore[no-untyped-def]
    root.mkdir()
    return make_event(root, root / "cfg", name=name)


def _reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The members the bundle readers unpack, in order."""
    read: list[str] = []
    unpack = archive._member

    def member(zf, path, info):  # type: ignore[no-untyped-def]
        read.append(info.filename)
        return unpack(zf, path, info)

    monkeypatch.setattr(archive, "_member", member)
    return read


def test_an_untrusted_signer_s_bundle_is_refused_having_read_only_its_manifest(tmp_path: Path, capsys,
                                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    coordinator = _event(tmp_path / "c")
    stranger = _event(tmp_path / "x", name="Not ours")
    bundle = export(stranger.path, stranger.cfg, tmp_path / "stranger.zip", "result")
    read = _reads(monkeypatch)
    with config(coordinator.cfg):
        for flags in ((), ("--dry-run",)):
            refused = run_json(capsys, "bundle", "import", coordinator.path, bundle, *flags, expect=1)
            assert refused["error"] == "bundle_refused" and "is not trusted yet" in refused["message"]
            assert read == ["manifest.json", "manifest.sig"], read
            read.clear()
        run(capsys, "bundle", "import", coordinator.path, bundle, "--trust", "--dry-run")
    assert any(name.startswith("data/") for name in read)  # trusted on purpose: read and checked whole


def test_a_reader_that_admits_no_stranger_gets_the_bundle_unopened(tmp_path: Path, monkeypatch) -> None:
    """`read_bundle(admit=…)`: the signer's trust is known before unpacking; False keeps the bundle unopened."""
    stranger = _event(tmp_path / "x")
    bundle = export(stranger.path, stranger.cfg, tmp_path / "stranger.zip", "result")
    read = _reads(monkeypatch)
    seen = []
    with config(tmp_path / "cfg-other"):
        unopened = read_bundle(bundle, admit=lambda b: seen.append((b.trusted, b.key_changed, b.opened)) or b.trusted)
        assert seen == [(False, False, False)] and not unopened.opened and unopened.members == {}
        assert unopened.manifest["device"]["name"] and read == ["manifest.json", "manifest.sig"]
        opened = read_bundle(bundle, admit=lambda b: True)
    assert opened.opened and opened.rows("participants")


def test_a_bundle_put_in_the_place_of_the_one_judged_is_refused_before_its_rows_are_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window judges a bundle on its manifest (`read_manifest`), then reads it whole (`read_bundle_again`): another
    bundle copied over the file meanwhile is refused, its rows unread."""
    from eulac_desktop.core.bundles import BundleRefused, read_bundle_again, read_manifest

    ours = _event(tmp_path / "c")
    stranger = _event(tmp_path / "x", name="Not ours")
    path = export(ours.path, ours.cfg, tmp_path / "bundle.zip", "result")
    other = export(stranger.path, stranger.cfg, tmp_path / "other.zip", "result")
    with config(ours.cfg):
        seen = read_manifest(path)
        assert not seen.opened and seen.trusted
        assert read_bundle_again(path, seen).rows("participants")
        path.write_bytes(other.read_bytes())
        read = _reads(monkeypatch)
        with pytest.raises(BundleRefused, match="it changed while it was being checked"):
            read_bundle_again(path, seen)
    assert read == ["manifest.json", "manifest.sig"]


def test_an_untrusted_signer_s_refusal_says_how_to_trust_it_not_to_ask_for_the_bundle_again(tmp_path: Path,
                                                                                              capsys) -> None:
    """Nothing is wrong with the bundle: the way forward is to compare the fingerprint, then import with --trust."""
    coordinator = _event(tmp_path / "c")
    stranger = _event(tmp_path / "x", name="Not ours")
    bundle = export(stranger.path, stranger.cfg, tmp_path / "stranger.zip", "result")
    hint = ("Nothing was imported. Compare the fingerprint with the device's owner; if it matches, import the bundle "
            "again trusting its device (eulac bundle import --trust).")
    with config(coordinator.cfg):
        refused = run_json(capsys, "bundle", "import", coordinator.path, bundle, expect=1)
        assert refused["error"] == "bundle_refused" and refused["hint"] == hint
        code, _out, err = run(capsys, "bundle", "import", coordinator.path, bundle)
    assert code == 1 and err.splitlines()[-1] == hint and "Ask for the bundle again" not in err
