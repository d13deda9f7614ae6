#!/bin/sh
# Entry point of the db service (docker/Dockerfile.db).
#   no argument, no terminal  -> prints the summary stored by the last `ventes run` (sql/conteneurs/bilan.sql)
#   no argument, a terminal   -> the sqlite3 shell on the database
#   a program (sqlite3, sh…)  -> runs it as given
#   anything else             -> sqlite3 arguments (SQL, .commands, options) applied to the database
set -eu
db=${VENTES_DB:-/data/ventes.db}

if [ "$#" -gt 0 ] && command -v "$1" >/dev/null 2>&1; then
  exec "$@"
fi
if [ ! -f "$db" ]; then
  echo "Erreur : la base $db n'existe pas encore : lancez d'abord le service scripts (docker compose run --rm scripts)." >&2
  exit 1
fi
if [ "$#" -gt 0 ]; then
  exec sqlite3 "$db" "$@"
fi
if [ -t 0 ]; then
  exec sqlite3 "$db"
fi
exec sqlite3 -readonly -bail "$db" < /usr/local/share/ventes/bilan.sql
