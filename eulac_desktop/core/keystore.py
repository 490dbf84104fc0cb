"""Keys kept on this device, outside the event file: today the per-poll keys of secret ballots.

A secret ballot stores HMAC(poll key, participant id), so one badge votes once, yet the event file alone
(and the result bundles made from it) cannot link a ballot to a person. The keys live in the user's
config folder, one file per event; setup bundles will carry them to the other laptops of the event.
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
