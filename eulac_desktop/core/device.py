"""This installation's identity: a device id and an Ed25519 key pair, made on first run.

They live in the user's configuration folder (`paths.config_dir()`): `device.json` and
`device_key.pem` (readable by the user only). Bundles are signed with the key (ARCHITECTURE.md §4).

Each laptop also has a name that people give it on first use ("Desk 2"; `rename_device`), shown wherever its
bundles arrive. Until then it has a suggested name made from its id ("Laptop 3F2A"), never the host's name,
which is often the same on every laptop of a batch.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import paths
from .ids import uuid7

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

_IDENTITY = "device.json"
_KEY = "device_key.pem"


class Device:
    """The device that writes: its id goes into every row's `origin`. Read-only; equal to another of the same id
    and name. (A plain class: `dataclasses`, with `inspect`, is a tenth of a scan's start.)"""

    __slots__ = ("folder", "id", "name", "named")
    id: str
    name: str
    folder: Path
    named: bool  # a person chose the name (else it is a suggestion)

    def __init__(self, id: str, name: str, folder: Path, named: bool = True):
        for attribute, value in (("id", id), ("name", name), ("folder", folder), ("named", named)):
            object.__setattr__(self, attribute, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.id, self.name) == (other.id, other.name)

    def __hash__(self) -> int:
        return hash((self.id, self.name))

    def __repr__(self) -> str:
        return f"Device(id={self.id!r}, name={self.name!r}, folder={self.folder!r}, named={self.named!r})"

    def private_key(self) -> Ed25519PrivateKey:
        """The device's signing key (loaded when first needed)."""
        from cryptography.hazmat.primitives.serialization import load_pem_private_key

        from . import errors

        key = self.folder / _KEY
        try:
            return load_pem_private_key(key.read_bytes(), password=None)  # type: ignore[return-value]
        except OSError as exc:
            raise errors.from_os_error(exc, key) from exc
        except (ValueError, TypeError):  # not a key, or one with a password: eulac writes neither
            raise errors.DeviceDamaged(path=str(key)) from None

    def public_key_bytes(self) -> bytes:
        """The raw 32-byte Ed25519 public key."""
        from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

        return self.private_key().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    def fingerprint(self) -> str:
        """A short, readable fingerprint of the public key (SHA-256, 16 hex digits in groups)."""
        import hashlib

        digest = hashlib.sha256(self.public_key_bytes()).hexdigest()[:16].upper()
        return " ".join(digest[i : i + 4] for i in range(0, 16, 4))


def load_device(folder: Path | None = None) -> Device:
    """This installation's device, created (id and key pair) the first time. Refused with `errors.DeviceDamaged`
    when its identity file cannot be read, and with `errors.WriteFailed` (or `DiskFull`) when it cannot be made."""
    from . import errors

    folder = folder or paths.config_dir()
    try:
        return _load_device(folder)
    except OSError as exc:
        raise errors.from_os_error(exc, exc.filename or folder) from exc


def _load_device(folder: Path) -> Device:
    identity = folder / _IDENTITY
    if identity.exists():
        data = _identity(identity)
        if not (folder / _KEY).exists():  # the key was lost: a new one (other devices will be told it changed)
            _new_key(folder)
        named = bool(data.get("named"))
        name = data["name"] if named or data["name"] != _host_name() else suggested_name(data["id"])
        return Device(data["id"], name, folder, named)
    return _create_device(folder)


def _identity(path: Path) -> dict[str, Any]:
    """The contents of `device.json`: an id and a name, both text."""
    from . import errors

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError:  # not UTF-8, not JSON
        raise errors.DeviceDamaged(path=str(path)) from None
    if not isinstance(data, dict) or not all(isinstance(data.get(key), str) for key in ("id", "name")):
        raise errors.DeviceDamaged(path=str(path))
    return data


def existing_device(folder: Path | None = None) -> Device | None:
    """This installation's device when it has one (with its key), never creating it: the signer of a bundle may be this
    installation itself."""
    folder = folder or paths.config_dir()
    if not (folder / _IDENTITY).exists() or not (folder / _KEY).exists():
        return None
    return load_device(folder)


def _host_name() -> str:
    """The computer's network name, as `platform.node()` gives it (`os.uname()` where there is one: `platform` is
    slow to import, and a device is loaded by every command)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import platform

    return platform.node()


def suggested_name(device_id: str) -> str:
    """The name a laptop has until a person names it: "Laptop" and four characters of its id (not the host name)."""
    return f"Laptop {device_id.replace('-', '')[-4:].upper()}"


#: The longest name a device may have (it is shown in lists and on the import preview).
MAX_NAME = 40


def shown_name(name: str) -> str:
    """A device name as it may be shown: one line, no control or bidirectional characters. What `rename_device`
    keeps of a name typed here, and how a name from a bundle's manifest (another laptop's, or forged) is shown;
    the manifest keeps it as signed."""
    from .text import printable

    return " ".join(printable(name).split())


def rename_device(name: str, folder: Path | None = None) -> Device:
    """Give this installation's device the name people call it by ("Desk 2"); it travels in its bundles."""
    from . import errors
    from .i18n import N_

    name = shown_name(name)  # one line, no control or bidi characters: it names the laptop to others
    if not name:
        raise errors.InvalidValue(field=N_("Device name"), reason=N_("give the laptop a name, such as “Desk 2”"))
    if len(name) > MAX_NAME:
        raise errors.InvalidValue(field=N_("Device name"), reason=N_("at most {n} characters"), n=MAX_NAME)
    device = load_device(folder)
    try:
        _write_identity(device.folder, device.id, name)
    except OSError as exc:
        raise errors.from_os_error(exc, device.folder / _IDENTITY) from exc
    return Device(device.id, name, device.folder, True)


def _write_identity(folder: Path, device_id: str, name: str, named: bool = True) -> None:
    tmp = folder / (_IDENTITY + ".tmp")
    tmp.write_text(json.dumps({"id": device_id, "name": name, "named": named}, indent=2), encoding="utf-8")
    os.replace(tmp, folder / _IDENTITY)  # the identity appears only once its key exists


def _new_key(folder: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

    folder.mkdir(parents=True, exist_ok=True)
    pem = Ed25519PrivateKey.generate().private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    fd = os.open(folder / _KEY, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)


def _create_device(folder: Path) -> Device:
    _new_key(folder)
    device_id = uuid7()
    device = Device(device_id, suggested_name(device_id), folder, named=False)
    _write_identity(folder, device.id, device.name, named=False)
    return device
