#!/usr/bin/env bash
# `make dist-check`: the built folder is a working app. Every library in it finds the libraries it links (and what
# make dist leaves out, numpy's OpenBLAS and OR-Tools' MIP solvers, is not there); the app
# starts offscreen on a demo event and shows its main window; its self-check (ui/selfcheck.py) loads the webcam's
# backend (Qt Multimedia's FFmpeg plugin), reads a badge from a camera frame, renders and prints a PDF (Qt PDF, Qt
# Print Support), reads SVG icons, sorts names with accents and names a time zone in es/pt/fr/en (ICU's data, cut by
# tools/dist_icu.py); the built `eulac` imports CSV, XLSX and ODS lists, plans P2P rounds (OR-Tools), prints badges
# (reportlab), scans one, writes a signed sync delta (cryptography) and serves the phones' page with its static files
# (aiohttp).
# Usage: tools/dist_check.sh dist/eulac-desktop PYTHON   (PYTHON reads the JSON the built programs print, and writes
# the XLSX and ODS lists)
set -euo pipefail
folder=${1:-dist/eulac-desktop}
python=${2:-python3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export EULAC_CONFIG_DIR=$tmp/config
eulac="$folder/eulac"
field() { "$python" -c "import json, sys; d = json.load(open(sys.argv[1])); print(eval(sys.argv[2], {}, {'d': d}))" "$@"; }

if command -v ldd > /dev/null; then  # (Linux) a plugin whose library is missing would only fail when first used
  dirs=$(find "$folder" -name '*.so*' -printf '%h\n' | sort -u | tr '\n' ':')
  missing=$(find "$folder" -name '*.so*' -type f -exec env LD_LIBRARY_PATH="$dirs" ldd {} + 2>/dev/null |
            awk '/:$/ {lib = $1} /not found/ {print lib, $1}' | sort -u)
  [ -z "$missing" ] || { echo "libraries of the folder that do not find theirs:"; echo "$missing"; exit 1; }
  echo "every library in the folder finds the libraries it links"
  # what make dist leaves out stays out (README, "The download"): numpy's OpenBLAS (numpy built without BLAS in
  # .venv-dist) and OR-Tools' MIP solvers (stubs, made on x86-64)
  [ -z "$(find "$folder" -name 'libscipy_openblas*')" ] || { echo "numpy's OpenBLAS is in the folder"; exit 1; }
  [ "$(uname -m)" != x86_64 ] || for lib in "$folder"/_internal/ortools/.libs/libscip.so.*; do
    grep -q 'tools/dist_stubs.py' "$lib" || { echo "OR-Tools' MIP solvers are in the folder, not their stubs"; exit 1; }
  done
fi

# (a time limit: an app that fails to start may wait on an error dialog nobody sees offscreen)
QT_QPA_PLATFORM=offscreen timeout 300 "$folder/eulac-desktop" --demo --smoke-test
echo "the built app started and showed its main window"

QT_QPA_PLATFORM=offscreen timeout 300 "$folder/eulac-desktop" --self-check 2> /dev/null | tail -n 1 > "$tmp/self.json"
[ "$(field "$tmp/self.json" 'd["camera_decoders"] > 0')" = True ] || { echo "no camera backend (Qt Multimedia's FFmpeg plugin)"; exit 1; }
[ "$(field "$tmp/self.json" 'd["webcam_decoded"]')" = "['EULAC-SELF-CHECK-1']" ] || { echo "no badge read from a camera frame"; exit 1; }
[ "$(field "$tmp/self.json" 'd["pdf_pages"], d["printed_pages"]')" = "(1, 1)" ] || { echo "no PDF rendered or printed"; exit 1; }
[ "$(field "$tmp/self.json" '{"svg", "jpeg", "png"} <= set(d["image_formats"])')" = True ] || { echo "image formats missing"; exit 1; }
n_after_n="['Álvaro', 'Ana', 'Çelik', 'Émile', 'Ñandú', 'Nuno', 'Zoe']"
n_then_enye="['Álvaro', 'Ana', 'Çelik', 'Émile', 'Nuno', 'Ñandú', 'Zoe']"
for lang in pt fr en; do
  [ "$(field "$tmp/self.json" "d['sorted_names']['$lang']")" = "$n_after_n" ] || { echo "names sorted wrongly in $lang"; exit 1; }
done
[ "$(field "$tmp/self.json" "d['sorted_names']['es']")" = "$n_then_enye" ] || { echo "names sorted wrongly in es"; exit 1; }
[ "$(field "$tmp/self.json" 'sorted(d["zone_names"].values())')" = "['Horário Padrão do Peru', 'Peru Standard Time', 'heure normale du Pérou', 'hora estándar de Perú']" ] ||
  { echo "time zones named wrongly: $(field "$tmp/self.json" 'd["zone_names"]')"; exit 1; }
echo "the built app's webcam backend loads ($(field "$tmp/self.json" 'd["camera_decoders"]') video decoders), a camera frame's badge reads, a PDF renders and prints, names sort and a time zone is named in es/pt/fr/en"

"$eulac" event demo "$tmp/demo.eulac" > /dev/null
printf 'Nombre;Apellido;Correo;País\nLucía;Fernández;lucia@example.pe;Perú\nJoão;Araújo;joao@example.br;Brasil\n' \
  > "$tmp/lista.csv"
"$eulac" participants import "$tmp/demo.eulac" "$tmp/lista.csv" --json > "$tmp/import.json"
[ "$(field "$tmp/import.json" 'd["added"]')" = 2 ] || { echo "the list was not imported"; exit 1; }
echo "the built eulac imported a list: $(field "$tmp/import.json" 'd["added"]') added"

"$python" - "$tmp" <<'PY'  # the same list as an XLSX and an ODS (tests/test_tables.py's minimal ODS)
import sys
from pathlib import Path
from openpyxl import Workbook
sys.path.insert(0, ".")
from tests.test_tables import write_ods
rows = [["Nombre", "Apellido", "Correo", "País"], ["Inês", "Lopes", "ines@example.pt", "Portugal"],
        ["Chloé", "Martin", "chloe@example.fr", "France"]]
book = Workbook()
for row in rows:
    book.active.append(row)
book.save(Path(sys.argv[1]) / "lista.xlsx")
write_ods(Path(sys.argv[1]) / "lista.ods", {"Hoja": rows})
PY
for kind in xlsx ods; do
  "$eulac" event demo "$tmp/$kind.eulac" > /dev/null
  "$eulac" participants import "$tmp/$kind.eulac" "$tmp/lista.$kind" --json > "$tmp/import-$kind.json"
  [ "$(field "$tmp/import-$kind.json" 'd["added"]')" = 2 ] || { echo "the $kind list was not imported"; exit 1; }
done
echo "the built eulac imported the list as XLSX and as ODS"

"$eulac" p2p plan "$tmp/demo.eulac" --rounds 2 --seconds 1 --no-save --json > "$tmp/plan.json"
[ "$(field "$tmp/plan.json" 'len(d["rounds"])')" = 2 ] || { echo "no P2P plan"; exit 1; }
echo "P2P plan from the built eulac: $(field "$tmp/plan.json" 'd["seeks_satisfied"]') of $(field "$tmp/plan.json" 'd["seeks_total"]') seeks"
# on two cores: the helper process is the built executable started again (tools/launch.py's freeze_support); one
# that ran the command line instead would complain on stderr, and the plan would quietly use one core
EULAC_PLAN_PROCESSES=2 timeout 120 "$eulac" p2p plan "$tmp/demo.eulac" --rounds 3 --seconds 3 --no-save --json \
  > "$tmp/plan2.json" 2> "$tmp/plan2.err"
[ "$(field "$tmp/plan2.json" 'len(d["rounds"])')" = 3 ] && [ ! -s "$tmp/plan2.err" ] ||
  { echo "no P2P plan on two cores:"; cat "$tmp/plan2.err"; exit 1; }
echo "P2P plan from the built eulac on two cores: $(field "$tmp/plan2.json" 'd["seeks_satisfied"]') seeks"

"$eulac" badges pdf "$tmp/demo.eulac" "$tmp/badges.pdf" --json > "$tmp/badges.json"
head -c 5 "$tmp/badges.pdf" | grep -q '%PDF-' || { echo "no badges PDF"; exit 1; }
echo "the built eulac printed $(field "$tmp/badges.json" 'd["badges"]') badges"

code=$("$eulac" badges code "$tmp/demo.eulac" joao@example.br)
"$eulac" checkin scan "$tmp/demo.eulac" "$code" --desk door --json > "$tmp/scan.json"
[ "$(field "$tmp/scan.json" 'd["status"]')" = checked_in ] || { echo "the scan did not check in"; exit 1; }
echo "the built eulac scanned a badge: $(field "$tmp/scan.json" 'd["status"]')"

"$eulac" sync folder "$tmp/demo.eulac" "$tmp/share" > /dev/null
"$eulac" sync once "$tmp/demo.eulac" --json > "$tmp/sync.json"
[ "$(field "$tmp/sync.json" 'd["written"]')" = 1 ] || { echo "no sync delta written"; exit 1; }
echo "the built eulac wrote its signed sync delta"

"$eulac" serve "$tmp/demo.eulac" --host 127.0.0.1 --port 0 --json > "$tmp/serve.json" &
server=$!
trap 'kill "$server" 2> /dev/null; rm -rf "$tmp"' EXIT
for _ in $(seq 100); do [ -s "$tmp/serve.json" ] && break; sleep 0.1; done
url=$(field "$tmp/serve.json" 'd["url"]')
"$python" - "$url" <<'PY'
import sys
import urllib.parse
import urllib.request
page = urllib.request.urlopen(sys.argv[1], timeout=10).read().decode()
for path in ("/static/app.js", "/static/style.css", "/static/i18n/es.json"):
    assert path in page or path.endswith(".json"), f"the phones' page does not load {path}"
    assert urllib.request.urlopen(urllib.parse.urljoin(sys.argv[1], path), timeout=10).status == 200, path
PY
kill "$server"
echo "the built eulac served the phones' page and its static files at $url"
