#!/usr/bin/env bash
# Container smoke test (issue #6), for a fresh machine of the project's kind (Debian 12, root, no Docker engine,
# no registry): prepares podman (docker/setup-podman.sh), builds the scripts (JVM) and db images on local bases,
# serves the client's CSV files from a local HTTP server, runs docker-compose.yml with docker-compose 1.29 against
# podman's API socket, and checks through the db service that the stored total revenue is 5 268,78 €.
# Prints image sizes and start-to-result times, then "N passed, N failed"; exits non-zero on any failure.
#
#   bash docker/smoke-test.sh            # after ./mvnw package (run here if target/ventes.jar is missing)
#   SMOKE_TIMINGS=0 bash docker/smoke-test.sh   # skip the AOT / no-AOT timing runs (about 30 s)
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SMOKE_TIMINGS=${SMOKE_TIMINGS:-1}
started=$(date +%s.%N)
passed=0; failed=0
WORK=$(mktemp -d /tmp/ventes-smoke.XXXXXX)
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
pass() { passed=$((passed + 1)); printf 'ok      %s\n' "$1"; }
fail() { failed=$((failed + 1)); printf 'ÉCHEC   %s\n' "$1"; [ -n "${2:-}" ] && sed 's/^/        /' "$2" | tail -25; }
finish() {
  echo "Durée totale du test : $(since "$started") s"
  echo "$passed passed, $failed failed"
  [ "$failed" = 0 ]
  exit
}
die() { fail "$@"; finish; }

# --- Podman, compose, local base images.
t=$(now)
if bash docker/setup-podman.sh > "$WORK/setup.log" 2>&1; then
  pass "préparation de podman et des images de base ($(since "$t") s)"
else
  die "préparation de podman (docker/setup-podman.sh)" "$WORK/setup.log"
fi
export DOCKER_HOST=unix:///run/podman/podman.sock
export COMPOSE_PROJECT_NAME=ventes-smoke
export RUNTIME_IMAGE=localhost/jre-distroless:25 BASE_IMAGE=localhost/debian-base:bookworm
export SCRIPTS_IMAGE=localhost/ventes-pme/scripts:jvm DB_IMAGE=localhost/ventes-pme/db:latest
compose() { docker-compose --ansi never "$@"; }
# Podman 4.3 (Debian 12) has a race: when a container exits while the API reads /proc/PID/cgroup, the call fails
# with "read /proc/N/cgroup: no such process" although the container ran (containers/podman#16383, fixed in 4.4
# by #16504). A `compose run` failing with exactly that message is run once more, and the retry is printed.
compose_run() {   # compose_run STDOUT_FILE STDERR_FILE ARGS...
  local out=$1 err=$2 rc; shift 2
  compose run "$@" > "$out" 2> "$err"; rc=$?
  if [ "$rc" != 0 ] && grep -qE 'read /proc/[0-9]+/cgroup: no such process' "$err"; then
    echo "        podman 4.3 : course connue sur /proc/N/cgroup (containers/podman#16383), nouvel essai de « run $* »" >&2
    compose run "$@" > "$out" 2> "$err"; rc=$?
  fi
  return "$rc"
}

# --- The application (the images copy target/ventes.jar; they do not run Maven).
if [ ! -f target/ventes.jar ]; then
  t=$(now)
  ./mvnw -B -q package -DskipTests > "$WORK/maven.log" 2>&1 || die "construction de l'application (./mvnw package)" "$WORK/maven.log"
  echo "        application construite en $(since "$t") s"
fi

# --- A local HTTP server with the client's files, reachable from the containers (host.containers.internal is the
# gateway of the compose network: the server listens on every interface, on a free port).
mkdir -p "$WORK/http"
cp src/main/resources/demo/*.csv "$WORK/http/"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("0.0.0.0", 0)); print(s.getsockname()[1])')
python3 -m http.server "$PORT" --bind 0.0.0.0 --directory "$WORK/http" > "$WORK/http.log" 2>&1 &
SERVER=$!
cleanup() {
  kill "$SERVER" 2>/dev/null
  compose down -v --remove-orphans > "$WORK/down.log" 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
BASE_URL=http://host.containers.internal:$PORT
export VENTES_PRODUITS_URL=$BASE_URL/produits.csv VENTES_MAGASINS_URL=$BASE_URL/magasins.csv VENTES_VENTES_URL=$BASE_URL/ventes.csv

# --- Images.
t=$(now)
if compose build > "$WORK/build.log" 2>&1; then
  pass "construction des images scripts et db ($(since "$t") s)"
else
  die "construction des images (docker-compose build)" "$WORK/build.log"
fi
podman image prune -f > /dev/null 2>&1                # earlier builds' images: each scripts image holds 146 MB
compose down -v --remove-orphans > /dev/null 2>&1     # start from an empty volume

# --- The two services: scripts (ventes run), then db only if scripts succeeded; rc is db's.
t=$(now)
compose_run "$WORK/run.out" "$WORK/run.err" --rm -T db
rc=$?
first_run=$(since "$t")
if [ "$rc" = 0 ] && grep -qx "Chiffre d'affaires total : 5 268,78 € (30 ventes, 122 articles)" "$WORK/run.out"; then
  pass "docker-compose run db : scripts puis db, bilan lu dans la base ($first_run s)"
else
  cat "$WORK/run.err" >> "$WORK/run.out"; fail "docker-compose run db (code $rc)" "$WORK/run.out"
fi

query() {
  compose_run "$WORK/query.out" "$WORK/query.last" --rm -T --no-deps db "$@"
  cat "$WORK/query.last" >> "$WORK/query.err"; cat "$WORK/query.out"
}
total=$(query "$(sed '/^--/d' sql/analyses/ca_total.sql)")     # sqlite3 would take a leading "--" for an option
if [ "$total" = "30|122|526878" ]; then
  pass "sql/analyses/ca_total.sql exécutée par le service db : 5 268,78 € (30 ventes, 122 articles)"
else
  fail "chiffre d'affaires recalculé par le service db : « $total » au lieu de « 30|122|526878 »" "$WORK/query.err"
fi
url=$(query "SELECT url FROM imports_fichiers WHERE fichier = 'ventes' ORDER BY import_id LIMIT 1")
if [ "$url" = "$VENTES_VENTES_URL" ] && grep -q '"GET /ventes.csv HTTP/1.1" 200' "$WORK/http.log"; then
  pass "ventes.csv téléchargé depuis le serveur HTTP local ($url)"
else
  fail "source des ventes : « $url », attendu « $VENTES_VENTES_URL »" "$WORK/http.log"
fi

# --- Second run on the same volume: nothing imported twice (every sale inserted by the first import; a retried
# run imports once more, inserting nothing).
compose_run "$WORK/run2.out" "$WORK/run2.err" --rm -T db
rc=$?
IFS='|' read -r sales inserted runs <<< "$(query "SELECT (SELECT count(*) FROM ventes),
  (SELECT sum(inserees) FROM imports_fichiers WHERE fichier = 'ventes'), (SELECT count(*) FROM imports)")"
count="$sales ventes, $inserted insérées, $runs imports"
if [ "$rc" = 0 ] && [ "$sales" = 30 ] && [ "$inserted" = 30 ] && [ "${runs:-0}" -ge 2 ] && grep -q "5 268,78 €" "$WORK/run2.out"; then
  pass "deuxième exécution sur le même volume : $count, rien de compté deux fois"
else
  cat "$WORK/run2.err" >> "$WORK/run2.out"; fail "deuxième exécution (code $rc, « $count »)" "$WORK/run2.out"
fi

# --- A failing scripts service: db must not start and the failure must reach the caller. docker-compose 1.29's
# `run` restarts an existing dependency container as it is, so remove it to apply the new address.
compose rm -fsv scripts > /dev/null 2>&1
VENTES_VENTES_URL=$BASE_URL/absent.csv compose_run "$WORK/run3.out" "$WORK/run3.err" --rm -T db
rc=$?
cat "$WORK/run3.err" >> "$WORK/run3.out"
if [ "$rc" != 0 ] && ! grep -q "Chiffre d'affaires total" "$WORK/run3.out"; then
  pass "source absente (HTTP 404) : scripts échoue, db ne démarre pas, code $rc"
else
  fail "source absente : code $rc, le service db a démarré quand même" "$WORK/run3.out"
fi

# --- Hardening of the scripts image.
user=$(podman image inspect --format '{{.Config.User}}' "$SCRIPTS_IMAGE")
ro=$(podman run --rm --read-only --tmpfs /tmp -v ventes-smoke_donnees:/data "$SCRIPTS_IMAGE" status --json > /dev/null 2> "$WORK/ro.err"; echo $?)
if [ "$user" = "65532:65532" ] && [ "$ro" = 0 ]; then
  pass "image scripts : utilisateur non root ($user), système de fichiers en lecture seule sauf /data et /tmp"
else
  fail "image scripts : utilisateur « $user », lecture seule : code $ro" "$WORK/ro.err"
fi

# --- Figures: image sizes, start-to-result times.
echo "Tailles des images :"
for image in "$SCRIPTS_IMAGE" "$DB_IMAGE" "$RUNTIME_IMAGE" "$BASE_IMAGE"; do
  printf '  %-40s %6.1f Mo\n' "$image" "$(podman image inspect --format '{{.Size}}' "$image" | awk '{ print $1 / 1e6 }')"
done
echo "Du lancement au résultat :"
echo "  docker-compose run db (scripts puis db, volume vide)   $first_run s"
if [ "$SMOKE_TIMINGS" = 1 ]; then
  # One container of the scripts image, `ventes run` on the bundled data: with the image's AOT cache, then without.
  one() { local t; t=$(now); podman run --rm --read-only --tmpfs /tmp --network none "$@" "$SCRIPTS_IMAGE" run --json --source demo --db /tmp/v.db > /dev/null 2>&1 || echo "échec"; since "$t"; }
  aot=(); noaot=()
  for _ in 1 2 3; do
    aot+=("$(one)"); noaot+=("$(one -e JDK_JAVA_OPTIONS=-XX:AOTMode=off)")
  done
  median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
  echo "  podman run scripts, ventes run, avec cache AOT (médiane de 3)   $(median "${aot[@]}") s   (${aot[*]})"
  echo "  podman run scripts, ventes run, sans cache AOT (médiane de 3)   $(median "${noaot[@]}") s   (${noaot[*]})"
fi
finish
