#!/usr/bin/env bash
# `make dist` reports what a facilitator downloads: the built folder's size and the .tar.xz that make dist packs beside
# it (goal, issue 19: ≤ 250 MB and ≤ 100 MB compressed), with what a .tar.gz of it would weigh (the former download).
# Usage: tools/dist_size.sh dist/eulac-desktop [dist/eulac-desktop.tar.xz]
set -euo pipefail
folder=${1:-dist/eulac-desktop}
archive=${2:-$folder.tar.xz}
size=$(du -sb "$folder" | cut -f1)
packed=$(stat -c %s "$archive")
gz=$(tar -czf - -C "$(dirname "$folder")" "$(basename "$folder")" | wc -c)
mb() { echo "$(( ($1 + 524288) / 1048576 ))"; }
against() { if [ "$1" -le "$2" ]; then echo "within the goal of ≤ $2 MB"; else echo "$(( $1 - $2 )) MB over the goal of ≤ $2 MB"; fi; }
echo "$folder: $(mb "$size") MB ($(against "$(mb "$size")" 250)), $(mb "$packed") MB as $archive ($(against "$(mb "$packed")" 100))"
echo "for comparison: $(mb "$gz") MB as a .tar.gz"
echo "largest parts:"
# the whole list is sorted, then cut by sed, not head: head closing the pipe early is a SIGPIPE (141) under pipefail
du -sm "$folder"/_internal/* 2>/dev/null | sort -rn | sed -n '1,12s/^/  /p'
