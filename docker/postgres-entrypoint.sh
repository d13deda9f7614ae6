#!/bin/sh
# Entry point of docker/Dockerfile.postgres: initialises an empty data directory once, then runs PostgreSQL in the
# foreground (signals reach it directly: exec). Local socket connections (inside this container only) are trusted;
# network ones need the password.
set -eu
: "${POSTGRES_PASSWORD:?Erreur : définissez POSTGRES_PASSWORD (mot de passe de $POSTGRES_USER).}"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  pwfile=$(mktemp)
  printf '%s\n' "$POSTGRES_PASSWORD" > "$pwfile"
  initdb -D "$PGDATA" -U "$POSTGRES_USER" --pwfile="$pwfile" --auth-local=trust --auth-host=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 > /dev/null
  rm -f "$pwfile"
  echo "host all all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
  pg_ctl -D "$PGDATA" -o "-c listen_addresses=''" -w start > /dev/null
  if [ "$POSTGRES_DB" != postgres ]; then
    PGUSER=$POSTGRES_USER PGHOST=/run/postgresql createdb "$POSTGRES_DB"
  fi
  pg_ctl -D "$PGDATA" -m fast -w stop > /dev/null
  echo "Base PostgreSQL $POSTGRES_DB créée pour l'utilisateur $POSTGRES_USER."
fi
exec postgres -D "$PGDATA" -c listen_addresses='*'
