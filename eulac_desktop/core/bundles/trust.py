"""Devices whose bundles this installation accepts: trust on first use, a loud refusal when a known device's
key changes. Kept in the user's config folder (`trusted_devices.json`)."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from .. import paths

log = logging.getLogger(__name__)


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
    path = _file()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({k: asdict(v) for k, v in devices.items()}, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)
    log.info("Trusted device %s (fingerprint %s)", device_id, fingerprint)
    return devices[device_id]
