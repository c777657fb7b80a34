#!/usr/bin/env bash
# A throw-away PostgreSQL cluster on 127.0.0.1 for the store tests and the suite's run on PostgreSQL, from Debian's
# postgresql package: initdb in a temporary directory, owned by the postgres user when run as root (initdb refuses
# root), on a free port, with a role and a database "aicnet" whose password lives only in the cluster's directory.
#   start: prints the shell assignments of AICNET_TEST_POSTGRES_URL, AICNET_TEST_POSTGRES_USER and
#          AICNET_TEST_POSTGRES_PASSWORD_FILE (eval them); stop: stops the cluster and removes its directory.
set -euo pipefail

state=${AICNET_POSTGRES_STATE:-${TMPDIR:-/tmp}/aicnet-postgres}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

start() {
  [ -n "$bin" ] || { echo "postgres-cluster: no /usr/lib/postgresql/*/bin (apt-get install postgresql)" >&2; exit 1; }
  stop >/dev/null 2>&1 || true
  mkdir -p "$state"
  [ "$(id -u)" = 0 ] && chown postgres: "$state"
  local port password
  port=$(free_port)
  password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  printf '%s' "$password" >"$state/password"
  chmod 600 "$state/password"
  [ "$(id -u)" = 0 ] && chown postgres: "$state/password"
  as_owner "$bin/initdb" -D "$state/data" -U postgres -A scram-sha-256 --pwfile="$state/password" -E UTF8 \
    --locale=C.UTF-8 >"$state/initdb.log" 2>&1
  as_owner "$bin/pg_ctl" -D "$state/data" -l "$state/server.log" -w -o "-c listen_addresses=127.0.0.1 -p $port \
    -c unix_socket_directories=$state -c max_connections=200 -c fsync=on" start >/dev/null
  PGPASSWORD=$password "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE ROLE aicnet LOGIN PASSWORD '$password'" -c "CREATE DATABASE aicnet OWNER aicnet" >&2
  echo "$port" >"$state/port"
  echo "AICNET_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:$port/aicnet"
  echo "AICNET_TEST_POSTGRES_USER=aicnet"
  echo "AICNET_TEST_POSTGRES_PASSWORD_FILE=$state/password"
}

stop() {
  if [ -d "$state/data" ]; then
    as_owner "$bin/pg_ctl" -D "$state/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$state"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
