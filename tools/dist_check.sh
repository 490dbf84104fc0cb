#!/usr/bin/env bash
# `make dist-check`: the built folder is a working app. The app starts offscreen on a demo event and shows its main
# window; the built `eulac` imports a list, plans P2P rounds (OR-Tools loads), prints badges (reportlab) and scans one.
# Usage: tools/dist_check.sh dist/eulac-desktop PYTHON   (PYTHON reads the JSON the built programs print)
set -euo pipefail
folder=${1:-dist/eulac-desktop}
python=${2:-python3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export EULAC_CONFIG_DIR=$tmp/config
eulac="$folder/eulac"
field() { "$python" -c "import json, sys; d = json.load(open(sys.argv[1])); print(eval(sys.argv[2], {}, {'d': d}))" "$@"; }

QT_QPA_PLATFORM=offscreen "$folder/eulac-desktop" --demo --smoke-test
echo "the built app started and showed its main window"

"$eulac" event demo "$tmp/demo.eulac" > /dev/null
printf 'Nombre;Apellido;Correo;País\nLucía;Fernández;lucia@example.pe;Perú\nJoão;Araújo;joao@example.br;Brasil\n' \
  > "$tmp/lista.csv"
"$eulac" participants import "$tmp/demo.eulac" "$tmp/lista.csv" --json > "$tmp/import.json"
[ "$(field "$tmp/import.json" 'd["added"]')" = 2 ] || { echo "the list was not imported"; exit 1; }
echo "the built eulac imported a list: $(field "$tmp/import.json" 'd["added"]') added"

"$eulac" p2p plan "$tmp/demo.eulac" --rounds 2 --seconds 1 --no-save --json > "$tmp/plan.json"
[ "$(field "$tmp/plan.json" 'len(d["rounds"])')" = 2 ] || { echo "no P2P plan"; exit 1; }
echo "P2P plan from the built eulac: $(field "$tmp/plan.json" 'd["seeks_satisfied"]') of $(field "$tmp/plan.json" 'd["seeks_total"]') seeks"

"$eulac" badges pdf "$tmp/demo.eulac" "$tmp/badges.pdf" --json > "$tmp/badges.json"
head -c 5 "$tmp/badges.pdf" | grep -q '%PDF-' || { echo "no badges PDF"; exit 1; }
echo "the built eulac printed $(field "$tmp/badges.json" 'd["badges"]') badges"

code=$("$eulac" badges code "$tmp/demo.eulac" joao@example.br)
"$eulac" checkin scan "$tmp/demo.eulac" "$code" --desk door --json > "$tmp/scan.json"
[ "$(field "$tmp/scan.json" 'd["status"]')" = checked_in ] || { echo "the scan did not check in"; exit 1; }
echo "the built eulac scanned a badge: $(field "$tmp/scan.json" 'd["status"]')"
