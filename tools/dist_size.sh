#!/usr/bin/env bash
# `make dist` reports what a facilitator downloads: the built folder's size, and as a .tar.gz (goal, issue 19:
# ≤ 250 MB and ≤ 100 MB compressed). Usage: tools/dist_size.sh dist/eulac-desktop
set -euo pipefail
folder=${1:-dist/eulac-desktop}
size=$(du -sb "$folder" | cut -f1)
packed=$(tar -czf - -C "$(dirname "$folder")" "$(basename "$folder")" | wc -c)
mb() { echo "$(( ($1 + 524288) / 1048576 ))"; }
echo "$folder: $(mb "$size") MB, $(mb "$packed") MB as a .tar.gz (goals: ≤ 250 MB, ≤ 100 MB)"
echo "largest parts:"
du -sm "$folder"/_internal/* 2>/dev/null | sort -rn | head -12 | sed 's/^/  /'
