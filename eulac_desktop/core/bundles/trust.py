"""Devices whose bundles this installation accepts: trust on first use, a loud refusal when a known device's
key changes. Kept in the user's config folder (`trusted_devices.json`); devices whose trust was withdrawn in
`revoked_devices.json` (venue sync never trusts them again on its own, `core.sync`)."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from .. import logs, paths

log = logs.logger(__name__)


@dataclass(frozen=True)
class TrustedDevice:
    id: str
    name: str
    public_key: str  # base64 of the raw Ed25519 key
    fingerprint: str
    since: str


def _file() -> Path:
    return paths.config_dir() / "trusted_devices.json"


def trusted_devices() -> dict[str, TrustedDevice]:
    """The devices trusted on this installation, by device id."""
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: TrustedDevice(**v) for k, v in data.items()}


def trust_device(device_id: str, name: str, public_key: str, fingerprint: str) -> TrustedDevice:
    """Trust (or trust again, with a new key) a device."""
    devices = trusted_devices()
    devices[device_id] = TrustedDevice(device_id, name, public_key, fingerprint,
                                       datetime.now(UTC).isoformat(timespec="seconds"))
    _write(_file(), {k: asdict(v) for k, v in devices.items()})
    revoked = revoked_devices()
    if revoked.pop(device_id, None):
        _write(_revoked_file(), revoked)
    log.info("Trusted device %s (fingerprint %s)", device_id, fingerprint)
    return devices[device_id]


def _revoked_file() -> Path:
    return paths.config_dir() / "revoked_devices.json"


def revoked_devices() -> dict[str, str]:
    """The devices whose trust was withdrawn on this installation: their id and when."""
    try:
        data = json.loads(_revoked_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def revoke_device(device_id: str) -> None:
    """Stop trusting a device (a lost or stolen laptop): its bundles are refused again, and venue sync keeps its
    deltas in quarantine until a person trusts it again."""
    devices = trusted_devices()
    devices.pop(device_id, None)
    _write(_file(), {k: asdict(v) for k, v in devices.items()})
    _write(_revoked_file(), {**revoked_devices(), device_id: datetime.now(UTC).isoformat(timespec="seconds")})
    log.info("Revoked device %s", device_id)


def _write(path: Path, data: Mapping[str, object]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


def trust_named_devices(devices: object, here: str) -> list[str]:
    """Trust the devices a coordinator's setup bundle names for its event (`secrets.json` "devices", checked by
    `shapes`), so that a laptop set up from it takes their bundles and deltas without asking again. A device known
    already (with whatever key: a changed key stays its own question), revoked here, or this laptop itself is left as
    it is. Returns the ids newly trusted."""
    if not isinstance(devices, list):
        return []
    known, revoked = trusted_devices(), revoked_devices()
    added = []
    for entry in devices:
        device_id = entry["id"]
        if device_id == here or device_id in known or device_id in revoked:
            continue
        trust_device(device_id, entry["name"], entry["public_key"], entry["fingerprint"])
        added.append(device_id)
    return added
