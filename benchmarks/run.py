"""`make bench`: run every benchmark and print their figures as one JSON document."""

from __future__ import annotations

import importlib
import json
import os
import platform
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

BENCHMARKS = ["bench_event_file", "bench_startup", "bench_registration", "bench_import_cli", "bench_cli", "bench_checkin",
              "bench_checkin_ui", "bench_badges", "bench_voting", "bench_ballot_layout", "bench_voting_kiosk", "bench_ideas", "bench_bundles", "bench_p2p",
              "bench_p2p_moves", "bench_code_shape", "bench_phones", "bench_funder", "bench_sync", "bench_search",
              "bench_untrusted_bundle"]
#: the benchmarks that read the shared sample data (`common.shared_data`)
ON_SAMPLE_DATA = {"bench_registration", "bench_import_cli", "bench_search"}


def main() -> int:
    results = {"machine": {"python": platform.python_version(), "platform": platform.platform(),
                           "cpus": os.cpu_count()}}
    only = sys.argv[1:]
    if ON_SAMPLE_DATA & set(only or BENCHMARKS):  # refused before anything runs, not minutes later
        from common import shared_data

        shared_data("participants_5000.csv")
    os.chdir(Path(__file__).resolve().parents[1])  # `python -m eulac_desktop…` in the subprocesses: this checkout's code
    for name in BENCHMARKS:
        if only and name not in only:
            continue
        results[name] = importlib.import_module(name).main()
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # PySide6 6.12 on Python 3.11 can abort in the interpreter's final garbage collection after widgets were
    # made (see tests/conftest.py): the figures are printed by then, so leave without that teardown.
    __import__("os")._exit(code)
