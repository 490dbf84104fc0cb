#!/usr/bin/env bash
# `make lock`: refreshes the lock from pyproject.toml's ranges. In a fresh temporary venv it installs the newest
# releases that the ranges of the app's dependencies and of its dev extra allow, then writes what got installed,
# transitive packages, pip and setuptools included, to requirements/constraints.txt, and the build backend that
# [build-system] would get to requirements/build-constraints.txt. .venv is not touched: `make test` afterwards
# reinstalls it on the new pins (the stamp depends on both files); commit them if the suite passes.
#   tools/lock.sh [DIR]    writes DIR/constraints.txt and DIR/build-constraints.txt (default DIR: requirements)
#   PYTHON=python3.11 tools/lock.sh    the Python to resolve for (default: python3)
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3}
out=${1:-requirements}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$python" -m venv "$tmp/venv"
py=$tmp/venv/bin/python
"$py" -m pip install --quiet --upgrade pip
# The project's own requirements are read from pyproject.toml: the project itself is neither built nor installed.
"$py" - > "$tmp/requirements.in" <<'PY'
import tomllib
with open("pyproject.toml", "rb") as f:
    project = tomllib.load(f)["project"]
print("\n".join(project["dependencies"] + project["optional-dependencies"]["dev"]))
PY
"$py" -m pip install --quiet -r "$tmp/requirements.in"
"$py" -m pip check

# The build backend: what pip's isolated build of the editable install would fetch today.
"$py" - > "$tmp/build-requirements.in" <<'PY'
import tomllib
with open("pyproject.toml", "rb") as f:
    print("\n".join(tomllib.load(f)["build-system"]["requires"]))
PY
"$py" -m pip install --quiet --dry-run --ignore-installed --report "$tmp/build.json" -r "$tmp/build-requirements.in"

impl=$("$py" -c 'import platform as p; print(p.python_implementation(), p.python_version())')
where="$(uname -s) $(uname -m), $impl"
mkdir -p "$out"
{
  cat <<TXT
# The lock: the exact version of every package that the app and its dev extra need, transitive ones included,
# with pip and setuptools. \`make setup\` installs with \`pip install -c\` this file, so \`make run\`, \`make test\`,
# \`make lint\`, CI (.ci/run) and the PyInstaller build (\`make dist\`) all run on these versions; a change here
# reinstalls .venv.
# Resolved on $where. No pin carries an environment marker; a package that only another
# platform pulls in (e.g. PyInstaller's pefile on Windows) is not listed, so it is not pinned there.
# Refresh: \`make lock\` (tools/lock.sh) resolves pyproject.toml's ranges afresh in a temporary venv and rewrites
# this file and build-constraints.txt; then \`make test\`, and commit both if it passes. Not edited by hand: to
# keep a bad release out, exclude it in pyproject.toml's range (as PySide6 6.12.0 is) and refresh.
TXT
  "$py" -m pip freeze --all
} > "$tmp/constraints.txt"
{
  cat <<TXT
# The build backend's pin ([build-system] in pyproject.toml): \`make setup\` builds the editable install with
# \`pip install --build-constraint\` this file. Apart from constraints.txt, which pins the setuptools that .venv
# itself holds (PyInstaller needs one). Written by \`make lock\` (tools/lock.sh) with constraints.txt.
TXT
  "$py" - "$tmp/build.json" <<'PY'
import json
import sys

with open(sys.argv[1]) as f:
    for item in json.load(f)["install"]:
        print(f"{item['metadata']['name']}=={item['metadata']['version']}")
PY
} > "$tmp/build-constraints.txt"
mv "$tmp/constraints.txt" "$tmp/build-constraints.txt" "$out/"
echo "Wrote $out/constraints.txt ($(grep -c '==' "$out/constraints.txt") pins) and $out/build-constraints.txt."
echo "Now run: make test"
