"""Writing and reading bundles: a zip of `manifest.json` (format, kind, event, device and its public key,
app and schema versions, time, and the SHA-256, size and rows of every member), `manifest.sig` (the
device's Ed25519 signature of the manifest), one JSON-lines file per table (`data/TABLE.jsonl`, rows sorted
by id, keys sorted), and for setup bundles `secrets.json` (the event's badge secret, the devices named
coordinators).

Reading verifies everything before anything is written: sizes and compression ratios (zip bombs), member
names (no `..`, absolute or backslash paths, no duplicates, no links or folders, nothing outside the manifest),
the signature, format and schema versions of the manifest (before any other member is unpacked: a forged one costs
no memory), then whether this installation trusts the signer (an importer that takes no untrusted bundle refuses or
quarantines one here, having read only its manifest: `read_bundle`'s `admit`), hashes, and the shape of every row and
secret (`shapes`).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import stat
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ... import __version__
from .. import errors, files, logs, schema
from ..i18n import N_, Msg
from ..workspace import Workspace
from .shapes import Malformed, parse_members

if TYPE_CHECKING:
    from . import trust

log = logs.logger(__name__)

BUNDLE_FORMAT = 1
KINDS = ("setup", "result", "anonymised")
LOCAL_TABLES = frozenset({"audit"})  # each laptop's own history; imports are audited where they land
MAX_MEMBERS = 200
MAX_MEMBER_BYTES = 512 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 200  # real JSON lines compress 5–20×; a bomb compresses thousands of times
SUPPRESS_BELOW = 5  # anonymised counts: smaller groups are not shown
_EPOCH = (1980, 1, 1, 0, 0, 0)


class BundleRefused(errors.EulacError):
    code = "bundle_refused"
    message = N_("The bundle “{path}” was refused: {reason}")
    hint = N_("Nothing was imported. Ask for the bundle again, and check where it came from.")


def travelling_tables() -> list[str]:
    """The tables that bundles carry, in a fixed order."""
    return [t for t in schema.TABLE_KINDS if t not in LOCAL_TABLES]


def canonical(row: dict[str, Any]) -> str:
    """One row as canonical JSON (sorted keys, no spaces, UTF-8 text)."""
    return json.dumps(row, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def table_rows(ws: Workspace, table: str, where: str = "", params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
    cur = ws.conn.execute(f'SELECT * FROM "{table}" {where} ORDER BY id', params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


# -- writing -------------------------------------------------------------------------------------


def export_bundle(ws: Workspace, out: str | os.PathLike[str], kind: str, *, now: datetime | None = None) -> dict[str, Any]:
    """Write a bundle of `kind` (setup: the whole event and its secrets; result: what this laptop wrote;
    anonymised: no personal data); returns its manifest. The same file gives the same bytes, apart from
    the manifest's time."""
    if kind not in KINDS:
        raise errors.InvalidValue(field=N_("Bundle"), reason=N_("choose setup, result or anonymised"))
    if kind == "anonymised":
        tables = _anonymised(ws)
    else:
        tables = {t: table_rows(ws, t, *written_here(ws, t)) if kind == "result" else table_rows(ws, t)
                  for t in travelling_tables()}
    return write_bundle(ws, out, kind, tables, now=now)


def write_bundle(ws: Workspace, out: str | os.PathLike[str], kind: str, tables: dict[str, list[dict[str, Any]]], *,
                 now: datetime | None = None, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """Write `tables` as a signed bundle of `kind` (with the setup bundle's secrets, the anonymised bundle's counts),
    whole or not at all; `extra` adds signed fields to the manifest (a delta's range, `core.sync`). Returns the
    manifest."""
    members: dict[str, bytes] = {}
    rows_of: dict[str, int] = {}
    for table, rows in tables.items():
        name = f"data/{table}.jsonl"
        members[name] = "".join(canonical(r) + "\n" for r in rows).encode("utf-8")
        rows_of[name] = len(rows)
    if kind == "setup":
        members["secrets.json"] = json.dumps(_secrets(ws), sort_keys=True, indent=1).encode("utf-8")
    if kind == "anonymised":
        members["counts.json"] = json.dumps(_counts(ws), sort_keys=True, indent=1, ensure_ascii=False).encode("utf-8")
    event_name = ws.conn.execute("SELECT name FROM events WHERE id = ?", (ws.event_id,)).fetchone()
    device = ws.device
    manifest = {
        "format": BUNDLE_FORMAT, "kind": kind, "app_version": __version__, "schema_version": ws.schema_version,
        "created": (now or datetime.now(UTC)).isoformat(timespec="seconds"),
        "event": {"id": ws.event_id, "name": event_name[0] if event_name else ""},
        "device": {"id": device.id, "name": device.name, "fingerprint": device.fingerprint(),
                   "public_key": base64.b64encode(device.public_key_bytes()).decode()},
        "members": {name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data),
                           **({"rows": rows_of[name]} if name in rows_of else {})} for name, data in members.items()},
        **(extra or {}),
    }
    manifest_bytes = json.dumps(manifest, sort_keys=True, indent=1, ensure_ascii=False).encode("utf-8")
    signature = device.private_key().sign(manifest_bytes)
    with files.writing(out) as part, zipfile.ZipFile(part, "w") as zf:  # the bundle appears whole or not at all
        for name, data in [("manifest.json", manifest_bytes), ("manifest.sig", signature), *sorted(members.items())]:
            info = zipfile.ZipInfo(name, date_time=_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data, compresslevel=6)
    log.info("Exported bundle %s (%s): %d rows in %d tables", Path(out).name, kind, sum(rows_of.values()), len(rows_of))
    return manifest


def written_here(ws: Workspace, table: str, since: str | None = None) -> tuple[str, tuple[Any, ...]]:
    """The WHERE clause of the rows this device wrote any part of: the last writer, or the writer of a field group (a
    stamp ends with its device's id), so that a move made here survives a later import of another laptop's text edit.
    With `since` (a hybrid-clock stamp), only those with a stamp of this device after it (a delta, `core.sync`), found
    through the index of `updated_at` alone: a write here stamps `updated_at` with the tick it gives a field group, and
    a merge keeps the later `updated_at` of two versions, so a row with a stamp of this device after `since` has its
    `updated_at` after it too (an OR with the field groups' stamps read every row; `rows_since` keeps only the rows
    whose own stamps are later). The ids are looked up first so that the rows still come out in id order without
    reading the table in that order."""
    node = "%-" + ws.device.id.replace("-", "")
    stamps = ["updated_at", *schema.FIELD_STAMPS.get(table, {})]
    mine = "(origin = ? OR " + " OR ".join(f'"{s}" LIKE ?' for s in stamps) + ")"
    params: tuple[Any, ...] = (ws.device.id, *[node] * len(stamps))
    if since is None:
        return "WHERE " + mine, params
    return f'WHERE id IN (SELECT id FROM "{table}" WHERE updated_at > ?) AND {mine}', (since, *params)


def _secrets(ws: Workspace) -> dict[str, Any]:
    """The event's badge secret, its coordinators and the devices it trusts. No poll keys: secret ballots carry nothing a key could link to a voter
    (ARCHITECTURE.md §4), and the keys older versions made are never handed on."""
    secret = ws.conn.execute("SELECT value FROM meta WHERE key = 'badge_secret'").fetchone()
    from .authority import named_coordinators

    return {"badge_secret": secret[0] if secret else None, "coordinators": named_coordinators(ws, ws.event_id),
            "devices": event_devices(ws)}


def event_devices(ws: Workspace) -> list[dict[str, str]]:
    """The devices this installation trusts whose bundles or deltas this event file took in: a setup bundle names them,
    so that every laptop set up from it trusts the same devices (venue sync, `core.sync`)."""
    from .trust import trusted_devices

    seen = {r[0] for r in ws.conn.execute("SELECT device_id FROM bundle_receipts WHERE event_id = ?", (ws.event_id,))}
    seen |= {r[0] for r in ws.conn.execute("SELECT device_id FROM sync_receipts WHERE status = 'applied'")}
    trusted = trusted_devices()
    return [{"id": d.id, "name": d.name, "public_key": d.public_key, "fingerprint": d.fingerprint}
            for d in sorted((trusted[i] for i in seen if i in trusted), key=lambda d: d.id)]


def _anonymised(ws: Workspace) -> dict[str, list[dict[str, Any]]]:
    """The event without personal data: no participants, check-ins or attendance rows (counts instead),
    ideas without authors, voters replaced by a keyed hash (not reversible without the event's secret)."""
    from ..checkin import badge_secret

    key = badge_secret(ws)
    out: dict[str, list[dict[str, Any]]] = {}
    for table in ("events", "topics", "sessions", "challenges", "clusters", "ideas", "polls", "ballots", "ballot_voids"):
        rows = table_rows(ws, table)
        for row in rows:
            if table == "ideas":
                row["author_id"] = None
            if table == "ballots":
                row["voter"] = hmac.new(key, b"anonymised:" + row["voter"].encode(), hashlib.sha256).hexdigest()[:32]
        out[table] = rows
    return out


def _counts(ws: Workspace) -> dict[str, Any]:
    """People by region, country and role, registered and checked in (as `checkin.stats` counts them); groups
    under 5 are suppressed (None), a missing value is "unknown"."""
    from ..checkin import stats

    data = stats(ws)
    out: dict[str, Any] = {"suppressed_below": SUPPRESS_BELOW}
    for label in ("registered", "checked_in"):
        block: dict[str, Any] = {"total": data[label]}
        for name in ("by_region", "by_country", "by_role"):
            counts: dict[str, int] = {}
            for value, cell in data[name].items():
                if cell[label]:
                    counts[value or "unknown"] = counts.get(value or "unknown", 0) + cell[label]
            block[name] = {g: (n if n >= SUPPRESS_BELOW else None) for g, n in sorted(counts.items())}
        out[label] = block
    return out


# -- reading ---------------------------------------------------------------------------------------


@dataclass
class Bundle:
    """A verified bundle: its manifest and members, and whether this installation trusts its device."""

    path: Path
    manifest: dict[str, Any]
    members: dict[str, bytes] = field(repr=False)
    trusted: bool = False
    key_changed: bool = False
    known_fingerprint: str = ""  # the fingerprint this installation trusts for the bundle's device, if any
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict, repr=False)  # checked rows, by table
    secret_values: dict[str, Any] = field(default_factory=dict, repr=False)  # checked `secrets.json`
    opened: bool = True  # False: only the manifest was read (its signer not admitted, see `read_bundle`)

    @property
    def kind(self) -> str:
        return str(self.manifest["kind"])

    @property
    def event_id(self) -> str:
        return str(self.manifest["event"]["id"])

    def rows(self, table: str) -> list[dict[str, Any]]:
        """The table's rows, as checked when the bundle was read (shared: do not change them)."""
        return self.tables.get(table, [])

    def secrets(self) -> dict[str, Any]:
        """The setup bundle's secrets (empty for other kinds)."""
        return self.secret_values


def _refuse(path: Path, reason: Msg, **params: Any) -> BundleRefused:
    log.warning("Bundle %s refused: %s", path.name, reason)  # the reason's text, without its details
    return BundleRefused(path=str(path), reason=reason, **params)


def _safe_name(name: str) -> bool:
    """A member name that stays inside the bundle: relative, forward slashes, no `.` or `..` parts."""
    return bool(name) and "\\" not in name and ":" not in name and not name.startswith("/") and all(
        part not in ("", ".", "..") for part in name.split("/"))


def _well_formed(manifest: Any) -> bool:
    """The manifest has every field this version reads, of the right type (it is signed with the key it
    carries, so anyone can sign nonsense: it is checked like any input)."""
    def texts(block: Any, keys: tuple[str, ...]) -> bool:
        return isinstance(block, dict) and all(isinstance(block.get(k), str) for k in keys)

    return (isinstance(manifest, dict) and type(manifest.get("format")) is int
            and type(manifest.get("schema_version")) is int and manifest.get("kind") in KINDS
            and isinstance(manifest.get("created"), str) and texts(manifest.get("event"), ("id", "name"))
            and texts(manifest.get("device"), ("id", "name", "fingerprint", "public_key"))
            and isinstance(manifest.get("members"), dict)
            and all(isinstance(e, dict) and type(e.get("size")) is int and isinstance(e.get("sha256"), str)
                    for e in manifest["members"].values()))


def _member(zf: zipfile.ZipFile, path: Path, info: zipfile.ZipInfo) -> bytes:
    """A member's bytes, read no further than the size its header says (refused when they differ)."""
    try:
        with zf.open(info) as fh:
            content = fh.read(min(info.file_size, MAX_MEMBER_BYTES) + 1)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError, zlib.error):
        raise _refuse(path, N_("it is damaged or incomplete")) from None
    if len(content) != info.file_size:
        raise _refuse(path, N_("a file is not the size its header says"))
    return content


def _signed_manifest(path: Path, raw: bytes, signature: bytes) -> tuple[dict[str, Any], dict[str, Any]]:
    """The manifest and its device, once its signature, its shape and its versions are checked."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        manifest = json.loads(raw)
        device = manifest["device"]
        key = base64.b64decode(device["public_key"], validate=True)
        Ed25519PublicKey.from_public_bytes(key).verify(signature, raw)
    except InvalidSignature:
        raise _refuse(path, N_("its signature does not match its content (altered?)")) from None
    except (ValueError, KeyError, TypeError):
        raise _refuse(path, N_("its manifest cannot be read")) from None
    if not _well_formed(manifest):
        raise _refuse(path, N_("its manifest cannot be read"))
    if manifest["format"] > BUNDLE_FORMAT or manifest["schema_version"] > schema.SCHEMA_VERSION:
        raise _refuse(path, N_("it was made by a newer version of this application"))
    return manifest, device


def _known_signer(signer: dict[str, str]) -> trust.TrustedDevice | None:
    """The trusted device that signed, as this installation knows it; this installation itself, with its own key, is
    known without trusting (a coordinator merging a session run on their own laptop). A bundle that names this
    installation with another key is not: it is forged (`merge.check_destination` says so)."""
    from ..device import existing_device
    from .trust import TrustedDevice, trusted_devices

    known = trusted_devices().get(signer["id"])
    if known is None:
        me = existing_device()
        key = base64.b64encode(me.public_key_bytes()).decode() if me is not None and me.id == signer["id"] else None
        if me is not None and key == signer["public_key"]:
            known = TrustedDevice(me.id, me.name, key, me.fingerprint(), "")
    return known


def read_manifest(path: str | os.PathLike[str]) -> Bundle:
    """The bundle at `path` unopened (`opened` False): its manifest and signature checked, and whether this installation
    trusts its device, with no other member unpacked. Trust is decided on it; `read_bundle_again` then reads the rows."""
    return read_bundle(path, admit=lambda _unopened: False)


def read_bundle_again(path: str | os.PathLike[str], seen: Bundle) -> Bundle:
    """Read whole and verify the bundle whose manifest `seen` holds (`read_manifest`), once its signer was judged;
    refused if the file changed since (another bundle put in its place), before anything else is unpacked."""
    def same(unopened: Bundle) -> bool:
        if unopened.manifest != seen.manifest or unopened.key_changed != seen.key_changed:
            raise _refuse(Path(path), N_("it changed while it was being checked: choose it again"))
        return True

    return read_bundle(path, admit=same)


def read_bundle(path: str | os.PathLike[str], *, admit: Callable[[Bundle], bool] | None = None) -> Bundle:
    """Open and verify a bundle completely (see the module's docstring); refused with the reason otherwise.

    `admit`, when given, sees the bundle as soon as its manifest and signature are checked, with whether this
    installation trusts its device (`trusted`, `key_changed`), before any other member is unpacked: it refuses by
    raising, or returns False to get the bundle unopened (`opened` False, no members or rows): an untrusted signer's
    gigabyte costs no more than its manifest."""
    path = Path(path)
    if path.exists() and not path.is_file() and not path.is_dir():  # a device or a pipe: reading it may never end
        raise _refuse(path, N_("it is not a bundle, or it is damaged or incomplete"))
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise errors.InvalidValue(field=str(path), reason=N_("this file does not exist")) from None
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError, EOFError):
        raise _refuse(path, N_("it is not a bundle, or it is damaged or incomplete")) from None
    with zf:
        infos = zf.infolist()
        names = [i.filename for i in infos]
        if len(infos) > MAX_MEMBERS:
            raise _refuse(path, N_("it holds too many files"))
        if len(set(names)) != len(names):
            raise _refuse(path, N_("two of its files have the same name"))
        if any(i.is_dir() or stat.S_ISLNK(i.external_attr >> 16) for i in infos):
            raise _refuse(path, N_("it holds a link or a folder, not only files"))
        if not all(_safe_name(n) for n in names):
            raise _refuse(path, N_("it holds a file with a dangerous name"))
        if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES or any(i.file_size > MAX_MEMBER_BYTES for i in infos) or any(
                i.compress_size and i.file_size / i.compress_size > MAX_RATIO for i in infos):
            raise _refuse(path, N_("it unpacks to far more data than a bundle holds (a zip bomb?)"))
        if "manifest.json" not in names or "manifest.sig" not in names:
            raise _refuse(path, N_("it has no signed manifest"))
        by_name = {i.filename: i for i in infos}
        raw, signature = _member(zf, path, by_name["manifest.json"]), _member(zf, path, by_name["manifest.sig"])
        manifest, device = _signed_manifest(path, raw, signature)
        if set(manifest["members"]) != set(names) - {"manifest.json", "manifest.sig"}:
            raise _refuse(path, N_("its files are not the ones its manifest lists"))
        if any(by_name[name].file_size != entry["size"] for name, entry in manifest["members"].items()):
            raise _refuse(path, N_("a file was altered after the bundle was signed"))  # found before it is unpacked
        known = _known_signer(device)
        unopened = Bundle(path, manifest, {}, trusted=known is not None and known.public_key == device["public_key"],
                          key_changed=known is not None and known.public_key != device["public_key"],
                          known_fingerprint=known.fingerprint if known else "", opened=False)
        if admit is not None and not admit(unopened):
            log.info("Bundle %s not opened: device %s not admitted", path.name, device["id"])
            return unopened
        data = {name: _member(zf, path, by_name[name]) for name in manifest["members"]}
    for name, content in data.items():
        entry = manifest["members"][name]
        if entry.get("size") != len(content) or entry.get("sha256") != hashlib.sha256(content).hexdigest():
            raise _refuse(path, N_("a file was altered after the bundle was signed"))
    members = {f"data/{t}.jsonl" for t in schema.TABLE_KINDS}
    if any(n.startswith("data/") and n not in members for n in data):
        raise _refuse(path, N_("its files are not the ones its manifest lists"))
    try:
        tables, secrets = parse_members(manifest["kind"], manifest["event"]["id"], data)
    except Malformed as exc:
        raise _refuse(path, exc.reason, **exc.params) from None
    miscounted = sorted(name for name, entry in manifest["members"].items() if name.startswith("data/") and "rows" in entry
                        and (type(entry["rows"]) is not int or entry["rows"] != len(tables.get(name[5:-6], []))))
    if miscounted:  # a manifest that lies about what it carries: its rows cannot be taken on its word either
        raise _refuse(path, N_("its manifest counts other rows than {member} holds"), member=miscounted[0])
    log.info("Verified bundle %s: %s, event %s, device %s (%s)", path.name, manifest.get("kind"),
             manifest.get("event", {}).get("id"), device.get("id"),
             "trusted" if unopened.trusted else "KEY CHANGED" if unopened.key_changed else "not trusted yet")
    return Bundle(path, manifest, data, trusted=unopened.trusted, key_changed=unopened.key_changed,
                  known_fingerprint=unopened.known_fingerprint, tables=tables, secret_values=secrets)
