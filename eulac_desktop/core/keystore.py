"""Keys kept on this device, outside the event file: the per-poll keys that secret ballots used before version 11.

Those ballots stored HMAC(poll key, participant id). Secret ballots now carry nothing derived from the voter
(ARCHITECTURE.md §4), so no key is made any more and setup bundles carry none; the upgrade to version 11 reads the keys
this device holds to find who cast each old ballot (for its vote record), then drops the pseudonyms.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from pathlib import Path

from . import paths


def _file(event_id: str) -> Path:
    return paths.config_dir() / "keys" / f"{event_id}.json"


def poll_key(event_id: str, poll_id: str, create: bool = False) -> bytes | None:
    """The key of a poll's pseudonyms on this device (made when `create`), or None if this device has none."""
    path = _file(event_id)
    try:
        keys = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        keys = {}
    if poll_id in keys:
        return base64.b64decode(keys[poll_id])
    if not create:
        return None
    key = secrets.token_bytes(32)
    store_poll_key(event_id, poll_id, key)
    return key


def store_poll_key(event_id: str, poll_id: str, key: bytes) -> None:
    """Keep a poll's key received in a setup bundle (so this laptop's ballots use the same pseudonyms)."""
    path = _file(event_id)
    try:
        keys = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        keys = {}
    keys[poll_id] = base64.b64encode(key).decode()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(keys, fh)
    os.replace(tmp, path)
