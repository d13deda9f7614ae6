#!/usr/bin/env bash
# Benchmark of issue #9: the same `ventes run` (file:// sources: read, import, analyses) of N generated sales (default 1 000 000) into a new SQLite file and
# into an empty PostgreSQL database (COPY into the staging table), whole process, wall time and peak RSS, plus the
# phases the tool logs (parse + staging, merge). Needs VENTES_TEST_PG_URL, VENTES_DB_USER and VENTES_DB_PASSWORD
# (the PostgreSQL database is emptied first). Usage: bash src/bench/postgresql.sh [ROWS] [REPEATS]
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-1000000}
REPEATS=${2:-3}
: "${VENTES_TEST_PG_URL:?VENTES_TEST_PG_URL manquante (ex. jdbc:postgresql://localhost:5432/ventes_bench)}"
WORK=${BENCH_DIR:-$(mktemp -d /tmp/ventes-pg-bench.XXXXXX)}
JAVA_OPTS=${JAVA_OPTS:--Xmx160m -XX:+UseSerialGC}
[ -f target/ventes.jar ] || ./mvnw -B -q package -DskipTests
read -r -a JAVA_FLAGS <<< "$JAVA_OPTS"
VENTES=(java "${JAVA_FLAGS[@]}" -Dquarkus.log.category.\"fr.pme.ventes\".level=DEBUG -jar "$PWD/target/ventes.jar")
pg_host_port_db=${VENTES_TEST_PG_URL#jdbc:postgresql://}
PSQL=(psql "postgresql://$VENTES_DB_USER@${pg_host_port_db%%\?*}" -q -v ON_ERROR_STOP=1)
export PGPASSWORD=$VENTES_DB_PASSWORD PGOPTIONS="-c client_min_messages=warning"

[ -f "$WORK/g$N/ventes.csv" ] || "${VENTES[@]}" generer --lignes "$N" --dossier "$WORK/g$N" 2>/dev/null
files=(--produits "file://$WORK/g$N/produits.csv" --magasins "file://$WORK/g$N/magasins.csv" --ventes "file://$WORK/g$N/ventes.csv" --fichiers-locaux)

# one LABEL DB: a fresh database, then one timed import; prints "label wall_s rss_mb staged_ms merged_ms"
one() {
  local label=$1 db=$2
  /usr/bin/time -f "%e %M" -o "$WORK/t" "${VENTES[@]}" run --db "$db" --landing "$WORK/landing-$label" "${files[@]}" > /dev/null 2> "$WORK/err" \
    || { cat "$WORK/err" >&2; exit 1; }
  read -r secs kb < "$WORK/t"
  staged=$(grep -o 'ventes: [0-9]* rows parsed and staged in [0-9]* ms' "$WORK/err" | grep -o '[0-9]* ms' | tr -d ' ms')
  merged=$(grep -o 'ventes: [0-9]* rows merged in [0-9]* ms' "$WORK/err" | grep -o '[0-9]* ms' | tr -d ' ms')
  echo "$label $secs $((kb / 1024)) $staged $merged"
}

echo "Banc d'essai PostgreSQL dans $WORK : $N ventes, $REPEATS essais (JAVA_OPTS=$JAVA_OPTS)"
for i in $(seq "$REPEATS"); do
  rm -f "$WORK/base.db"
  one sqlite "$WORK/base.db"
  "${PSQL[@]}" -c "DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;"
  one postgresql "$VENTES_TEST_PG_URL"
done | tee "$WORK/results"
"${PSQL[@]}" -tAc "SELECT count(*) FROM ventes" | grep -qx "$N" || { echo "PostgreSQL : nombre de ventes inattendu" >&2; exit 1; }
awk '{ s[$1] = s[$1] " " $2; r[$1] = $3; st[$1] = st[$1] " " $4; m[$1] = m[$1] " " $5 }
     END { for (k in s) printf "%-10s  total (s):%s | parse+staging (ms):%s | fusion (ms):%s | RSS %s Mo\n", k, s[k], st[k], m[k], r[k] }' "$WORK/results"
