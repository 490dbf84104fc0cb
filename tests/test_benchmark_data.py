"""The benchmark suite reads the shared sample data wherever the checkout is, or refuses to run without it (issue
19): from a copy of the repository whose `../shared/data` is missing, `benchmarks/run.py` stops at once with a message
saying where it looked, before any benchmark runs (it used to run the first ones for minutes, then stop)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_suite_refuses_at_once_without_the_shared_sample_data(tmp_path: Path) -> None:
    copy = tmp_path / "checkout"
    shutil.copytree(ROOT / "benchmarks", copy / "benchmarks", ignore=shutil.ignore_patterns("__pycache__"))
    env = {k: v for k, v in os.environ.items() if k != "EULAC_SHARED_DATA"}
    env["PYTHONPATH"] = str(ROOT)  # the code under test; the copy has no repository, nor ../shared beside it
    done = subprocess.run([sys.executable, str(copy / "benchmarks" / "run.py")], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=30)  # the first benchmarks take minutes
    assert done.returncode == 1 and done.stdout == ""
    assert "participants_5000.csv is not in" in done.stderr and str(tmp_path / "shared" / "data") in done.stderr
    assert done.stderr.count(str(tmp_path / "shared" / "data")) == 1 and "EULAC_SHARED_DATA" in done.stderr
