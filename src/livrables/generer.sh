#!/usr/bin/env bash
# Regenerates every deliverable in deliverables/ from the bundled demo data (issue #10), in one command:
#   src/livrables/generer.sh            # writes deliverables/
#   src/livrables/generer.sh DOSSIER    # writes somewhere else (e.g. to compare)
# Steps: build the application, run it on the bundled data into a temporary
# database, write the text deliverables (ventes livrables, ventes report --format html), render the .dot files with
# Graphviz and, when Chromium is installed, screenshot the HTML note. Output is deterministic: no dates, no run ids.
set -euo pipefail
cd "$(dirname "$0")/../.."

OUT=${1:-deliverables}
JAR=target/ventes.jar
JAVA=${JAVA:-java}

command -v dot >/dev/null || { echo "Erreur : Graphviz (dot) est nécessaire : apt-get install graphviz" >&2; exit 1; }
# Always build (Maven recompiles only what changed): a jar newer than the sources can still hold stale classes.
# SANS_CONSTRUCTION=1 uses the existing jar as is.
if [ -z "${SANS_CONSTRUCTION:-}" ] || [ ! -f "$JAR" ]; then
  echo "Construction de l'application (./mvnw package)…" >&2
  ./mvnw -B -q package -DskipTests >&2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ventes() { "$JAVA" -jar "$JAR" "$@"; }

mkdir -p "$OUT"
ventes run --source demo --db "$tmp/ventes.db" >/dev/null
ventes livrables --db "$tmp/ventes.db" --sortie "$OUT" >/dev/null
ventes report --format html --db "$tmp/ventes.db" --sortie "$OUT" >/dev/null
for diagram in mcd architecture; do
  dot -Tsvg "$OUT/$diagram.dot" -o "$OUT/$diagram.svg"
  dot -Tpng -Gdpi=110 "$OUT/$diagram.dot" -o "$OUT/$diagram.png"
done

# A picture of the HTML note as a browser shows it (Debian's chromium; skipped when absent).
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
if [ -x "$CHROMIUM" ]; then
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$tmp/chromium" \
    --run-all-compositor-stages-before-draw --window-size=1000,4700 \
    --screenshot="$(realpath "$OUT")/note-de-synthese.png" "file://$(realpath "$OUT")/note-de-synthese.html" \
    >/dev/null 2>&1
else
  echo "Avertissement : $CHROMIUM absent, capture de note-de-synthese.html non refaite." >&2
fi
echo "Livrables écrits dans $OUT/" >&2
