#!/usr/bin/env bash
# `make dist`: strip the debugging symbols the built folder's shared libraries still carry (the Python library, OR-Tools'…:
# 40 MB of the download). Libraries already stripped are left alone, as are those wheels patched (numpy.libs,
# pillow.libs): stripping a patched library can break it. Usage: tools/dist_strip.sh dist/eulac-desktop
set -euo pipefail
folder=${1:-dist/eulac-desktop}
find "$folder" -type f -name '*.so*' -not -path '*/numpy.libs/*' -not -path '*/pillow.libs/*' -print0 |
  while IFS= read -r -d '' lib; do
    if file "$lib" | grep -q 'not stripped'; then
      strip --strip-unneeded "$lib"
    fi
  done
