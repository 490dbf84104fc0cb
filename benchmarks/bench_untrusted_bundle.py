"""Refusing an untrusted signer's bundle (a new user's and an attacker's pass): peak memory of `eulac bundle import`
refusing a 40 MB result bundle signed with a key this installation does not trust (the attacker's own), beside the
same refusal of the same signer's small bundle (the floor: the process and its imports). Trust is decided from the
signed manifest before any other member is unpacked, so the large bundle should cost about what the small one does.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import uuid
import zipfile
from pathlib import Path

from common import isolate

TARGET_BYTES = 40 * 1024 * 1024
RUNS = 3


def _bundle_with_people(small: Path, out: Path, cfg: Path) -> Path:
    """`small` (a result bundle) with its participants repeated to about 40 MB (distinct ids and e-mails), its
    manifest's hashes made to match and signed again by the same device (from `cfg`)."""
    os.environ["EULAC_CONFIG_DIR"] = str(cfg)
    from eulac_desktop.core.device import load_device

    device = load_device(cfg)
    with zipfile.ZipFile(small) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    manifest = json.loads(members.pop("manifest.json"))
    members.pop("manifest.sig")
    rows = [json.loads(line) for line in members["data/participants.jsonl"].decode().splitlines()]
    lines, size, i = [], 0, 0
    while size < TARGET_BYTES:
        row = dict(rows[i % len(rows)], id=str(uuid.UUID(int=i + 1, version=4)), email=f"p{i}@example.org")
        line = (json.dumps(row, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
        lines.append(line)
        size += len(line)
        i += 1
    members["data/participants.jsonl"] = b"".join(lines)
    for name, data in members.items():
        manifest["members"][name].update(sha256=hashlib.sha256(data).hexdigest(), size=len(data))
    manifest["members"]["data/participants.jsonl"]["rows"] = len(lines)
    manifest_bytes = json.dumps(manifest, sort_keys=True, indent=1, ensure_ascii=False).encode()
    assert manifest["device"]["public_key"] == base64.b64encode(device.public_key_bytes()).decode()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", manifest_bytes)
        zf.writestr("manifest.sig", device.private_key().sign(manifest_bytes))
        for name, data in sorted(members.items()):
            zf.writestr(name, data)
    return out


def _peak_mb(event: Path, bundle: Path, cfg: Path) -> tuple[float, int, str]:
    """Peak resident memory (MB) of `eulac bundle import EVENT BUNDLE --json`, its exit code and error code."""
    code = "import sys; from eulac_desktop.cli import main; sys.exit(main(sys.argv[1:]))"
    env = {**os.environ, "EULAC_CONFIG_DIR": str(cfg), "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    proc = subprocess.Popen([sys.executable, "-c", code, "bundle", "import", str(event), str(bundle), "--json"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    out = proc.stdout.read() if proc.stdout else b""
    _pid, status, usage = os.wait4(proc.pid, 0)
    error = json.loads(out).get("error", "") if out.strip() else ""
    return usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status), error


def main() -> dict:
    isolate()
    root = Path(tempfile.mkdtemp(prefix="eulac-bench-untrusted-"))
    from eulac_desktop.core.bundles import export_bundle
    from eulac_desktop.core.demo import build_demo_event
    from eulac_desktop.core.workspace import Workspace

    ours, theirs = root / "cfg-ours", root / "cfg-theirs"
    for cfg in (ours, theirs):
        cfg.mkdir()
    os.environ["EULAC_CONFIG_DIR"] = str(ours)
    event = root / "ours.eulac"
    build_demo_event(event).close()
    os.environ["EULAC_CONFIG_DIR"] = str(theirs)
    small = root / "small.zip"
    with Workspace.open(build_demo_event(root / "theirs.eulac").path, mode="read") as ws:
        export_bundle(ws, small, "result")
    large = _bundle_with_people(small, root / "large.zip", theirs)
    figures: dict = {"large_bundle_mb": round(large.stat().st_size / 2**20, 1),
                     "large_unpacked_mb": round(sum(i.file_size for i in zipfile.ZipFile(large).infolist()) / 2**20, 1)}
    for name, bundle in (("floor_small_untrusted", small), ("large_untrusted", large)):
        runs = [_peak_mb(event, bundle, ours) for _ in range(RUNS)]
        figures[name] = {"peak_rss_mb_median": round(statistics.median(r[0] for r in runs), 1),
                         "exit": sorted({r[1] for r in runs}), "error": sorted({r[2] for r in runs})}
    figures["extra_mb_over_floor"] = round(figures["large_untrusted"]["peak_rss_mb_median"]
                                           - figures["floor_small_untrusted"]["peak_rss_mb_median"], 1)
    return figures


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
