"""Syncthing, driven by the app through its REST API: the transport of venue sync (ARCHITECTURE.md §5).

Syncthing (syncthing.net; Debian's `syncthing` package) finds the other laptops on the venue network and copies
files between them, encrypted, without internet or a server. The app never syncs the event file: it shares the
event's sync folder (`engine.get_folder`), in which each laptop writes its outbox.

`Syncthing.find_running` talks to a Syncthing the person already runs (its GUI address and API key are in its
`config.xml`); `Syncthing.start` starts the installed binary with a home folder of its own (`syncthing serve --home
DIR --no-browser --gui-address 127.0.0.1:PORT`, the API key read from the config it generated). Then `device_id`,
`add_peer`, `share` (the folder, by the id `eulac-<event id>`, with the peers), `scan` (right after a delta is
written, rather than at the next look), `pause`/`resume` a peer, and `peers` with whether each is connected.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import errors, logs, paths
from ..i18n import N_

log = logs.logger(__name__)

#: How to get Syncthing, as the app says it when the binary is missing.
INSTALL_HINT = N_("Install Syncthing (on Debian or Ubuntu: sudo apt install syncthing; on Windows and macOS: "
                  "https://syncthing.net/downloads/), then try again. Until then, any shared folder (a network share, "
                  "a USB stick) works as the sync folder.")


class SyncthingMissing(errors.EulacError):
    code = "syncthing_missing"
    message = N_("Syncthing is not installed on this laptop.")
    hint = INSTALL_HINT


class SyncthingFailed(errors.EulacError):
    code = "syncthing_failed"
    message = N_("Syncthing did not answer ({detail}).")
    hint = N_("Close and reopen the window to start it again; meanwhile any shared folder works as the sync folder.")


class NotADeviceId(errors.EulacError):
    code = "not_a_device_id"
    message = N_("“{value}” is not a Syncthing device id.")
    hint = N_("Copy the id the other laptop shows under Connect laptops… (eight groups of seven letters and digits), "
              "or scan its QR code.")


class NoSyncFolder(errors.EulacError):
    code = "no_sync_folder"
    message = N_("This event has no sync folder yet.")
    hint = N_("Choose one under Connect laptops… (or with “eulac sync folder”), then share it.")


def binary() -> str | None:
    """The installed `syncthing` program, if any."""
    return shutil.which("syncthing")


def free_port() -> int:
    """A TCP port free on loopback now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def folder_id(event_id: str) -> str:
    """The Syncthing folder id of an event's sync folder: the same on every laptop of the event."""
    return f"eulac-{event_id}"


def _api_key(config_xml: Path) -> tuple[str, str] | None:
    """The GUI address and API key in a Syncthing `config.xml`, if it has them."""
    try:
        gui = ET.parse(config_xml).getroot().find("gui")
    except (OSError, ET.ParseError):
        return None
    if gui is None or not gui.findtext("apikey"):
        return None
    tls = gui.get("tls") == "true"
    return f"{'https' if tls else 'http'}://{gui.findtext('address') or '127.0.0.1:8384'}", gui.findtext("apikey") or ""


@dataclass
class Syncthing:
    """A Syncthing instance the app talks to (and the process, when the app started it)."""

    url: str
    api_key: str
    process: subprocess.Popen[bytes] | None = None
    home: Path | None = None

    # -- finding or starting one ----------------------------------------------------------------------------------

    @classmethod
    def find_running(cls, config_xml: Path | None = None) -> Syncthing | None:
        """The Syncthing this person already runs (its default config, or `config_xml`), if it answers."""
        candidates = [config_xml] if config_xml else [
            Path(os.environ.get("XDG_STATE_HOME", Path.home() / ".local" / "state")) / "syncthing" / "config.xml",
            Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "syncthing" / "config.xml",
            Path.home() / "Library" / "Application Support" / "Syncthing" / "config.xml",
            Path(os.environ.get("LOCALAPPDATA", Path.home())) / "Syncthing" / "config.xml"]
        for candidate in candidates:
            found = _api_key(candidate) if candidate else None
            if found and found[0].startswith("http://"):
                instance = cls(*found)
                if instance.alive():
                    return instance
        return None

    @classmethod
    def start(cls, home: Path, *, port: int | None = None, program: str | None = None, timeout: float = 30.0,
              env: dict[str, str] | None = None) -> Syncthing:
        """Start `syncthing serve` with its own home folder (made, with keys and a config, the first time) and its GUI
        on 127.0.0.1:`port` (a free one by default); wait until its REST API answers."""
        program = program or binary()
        if program is None:
            raise SyncthingMissing()
        home.mkdir(parents=True, exist_ok=True)
        run_env = {**os.environ, "STNODEFAULTFOLDER": "1", "STNOUPGRADE": "1", **(env or {})}
        if _api_key(home / "config.xml") is None:
            subprocess.run([program, "generate", f"--home={home}", "--no-default-folder"], env=run_env,
                           capture_output=True, timeout=timeout, check=False)
        found = _api_key(home / "config.xml")
        if found is None:
            raise SyncthingFailed(detail="generate")
        address = f"127.0.0.1:{port or free_port()}"
        log_file = open(home / "syncthing.log", "ab")  # noqa: SIM115 -- the process keeps writing it
        try:
            process = subprocess.Popen(
                [program, "serve", f"--home={home}", "--no-browser", "--no-restart", "--no-upgrade",
                 f"--gui-address={address}", f"--gui-apikey={found[1]}", f"--logfile={home / 'syncthing.log'}"],
                env=run_env, stdout=log_file, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        finally:
            log_file.close()
        instance = cls(f"http://{address}", found[1], process, home)
        deadline = time.monotonic() + timeout
        while not instance.alive():
            if process.poll() is not None or time.monotonic() > deadline:
                instance.stop()
                raise SyncthingFailed(detail="start")
            time.sleep(0.1)
        log.info("Started Syncthing at %s (home %s)", address, home)
        return instance

    @classmethod
    def for_app(cls) -> Syncthing:
        """The Syncthing this laptop already runs, or the installed one started with the app's own home folder."""
        return cls.find_running() or cls.start(paths.config_dir() / "syncthing")

    def stop(self) -> None:
        """Stop the instance the app started (one found running is left alone)."""
        if self.process is None:
            return
        if self.process.poll() is None:
            try:
                self.request("POST", "/rest/system/shutdown", timeout=2)
                self.process.wait(timeout=10)
            except (SyncthingFailed, subprocess.TimeoutExpired):
                self.process.terminate()
                try:
                    self.process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait()
        self.process = None

    # -- the REST API -----------------------------------------------------------------------------------------------

    def request(self, method: str, path: str, body: Any = None, *, timeout: float = 10.0,
                query: dict[str, str] | None = None) -> Any:
        """One call of the REST API; its JSON answer (None when empty). SyncthingFailed when it does not answer."""
        url = self.url + path + (("?" + urllib.parse.urlencode(query)) if query else "")
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(url, data=data, method=method, headers={
            "X-API-Key": self.api_key, **({"Content-Type": "application/json"} if data is not None else {})})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as response:
                raw = response.read()
        except urllib.error.HTTPError as exc:
            raise SyncthingFailed(detail=f"{exc.code} {exc.read()[:200].decode(errors='replace').strip()}") from None
        except (urllib.error.URLError, OSError) as exc:
            raise SyncthingFailed(detail=str(getattr(exc, "reason", exc))) from None
        return json.loads(raw) if raw.strip() else None

    def alive(self) -> bool:
        try:
            return bool(self.request("GET", "/rest/system/ping", timeout=2))
        except SyncthingFailed:
            return False

    def device_id(self) -> str:
        """This laptop's Syncthing device id (what the others add)."""
        return str(self.request("GET", "/rest/system/status")["myID"])

    def normalise(self, device_id: str) -> str:
        """A device id as typed or pasted, checked and written the canonical way; NotADeviceId otherwise."""
        answer = self.request("GET", "/rest/svc/deviceid", query={"id": "".join(device_id.split())})
        if not isinstance(answer, dict) or "id" not in answer:
            raise NotADeviceId(value=device_id.strip())
        return str(answer["id"])

    def set_options(self, **options: Any) -> None:
        """Change Syncthing's options (e.g. `listenAddresses`, `localAnnounceEnabled`)."""
        self.request("PATCH", "/rest/config/options", options)

    def add_peer(self, device_id: str, name: str = "", addresses: list[str] | None = None) -> str:
        """Add (or update) a peer by its device id, checked first; returns the id as Syncthing writes it."""
        device_id = self.normalise(device_id)
        known = {d["deviceID"]: d for d in self.request("GET", "/rest/config/devices")}
        entry = {**known.get(device_id, {}), "deviceID": device_id, "addresses": addresses or ["dynamic"]}
        if name or "name" not in entry:
            entry["name"] = name
        self.request("PUT", f"/rest/config/devices/{device_id}", entry)
        return device_id

    def share(self, folder: str, path: Path, label: str, peers: list[str]) -> None:
        """Share the folder `path` under the id `folder` with `peers` (with those it had), watched for changes."""
        me = self.device_id()
        try:
            current = self.request("GET", f"/rest/config/folders/{urllib.parse.quote(folder)}")
        except SyncthingFailed:
            current = {}
        devices = {d["deviceID"] for d in (current or {}).get("devices", [])} | set(peers) | {me}
        self.request("PUT", f"/rest/config/folders/{urllib.parse.quote(folder)}", {
            **(current or {}), "id": folder, "label": label, "path": str(path), "type": "sendreceive",
            "devices": [{"deviceID": d} for d in sorted(devices)], "fsWatcherEnabled": True, "fsWatcherDelayS": 1,
            "rescanIntervalS": 60, "paused": False})

    def scan(self, folder: str, sub: str | None = None) -> None:
        """Look at the folder (or its subfolder `sub`) now, rather than when the watcher next reports."""
        self.request("POST", "/rest/db/scan", query={"folder": folder, **({"sub": sub} if sub else {})})

    def pause(self, device_id: str) -> None:
        """Stop exchanging with a peer (it stays configured)."""
        self.request("POST", "/rest/system/pause", query={"device": device_id})

    def resume(self, device_id: str) -> None:
        self.request("POST", "/rest/system/resume", query={"device": device_id})

    def peers(self) -> list[dict[str, Any]]:
        """The configured peers: `{"device_id", "name", "connected", "paused"}`, this laptop left out."""
        me = self.device_id()
        connections = self.request("GET", "/rest/system/connections").get("connections", {})
        return [{"device_id": d["deviceID"], "name": d.get("name", ""), "paused": bool(d.get("paused")),
                 "connected": bool(connections.get(d["deviceID"], {}).get("connected"))}
                for d in self.request("GET", "/rest/config/devices") if d["deviceID"] != me]


def default_folder(event_file: Path) -> Path:
    """Where an event's sync folder goes when nobody chose one: beside the event file."""
    return event_file.with_name(f"{event_file.stem} sync")


def share_event(ws: Any, syncthing: Syncthing, peers: list[str] | None = None) -> Path:
    """Share the event's sync folder through `syncthing` with its configured peers and `peers` (device ids, added
    first); returns the folder. Refused when the event has no sync folder (`engine.set_folder` chooses one, e.g.
    `default_folder`): sharing changes nothing in the event file."""
    from .engine import get_folder

    folder = get_folder(ws)
    if folder is None:
        raise NoSyncFolder()
    added = [syncthing.add_peer(p) for p in peers or []]
    known = [p["device_id"] for p in syncthing.peers()]
    name = ws.conn.execute("SELECT name FROM events WHERE id = ?", (ws.event_id,)).fetchone()
    syncthing.share(folder_id(ws.event_id), folder, f"eulac · {name[0] if name else ws.event_id}",
                    sorted(set(known) | set(added)))
    return folder
