#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the integration tests: a new cluster in DIR (anything there is wiped),
# listening on 127.0.0.1:PORT only, with the empty databases medhearing (the shared test context) and
# medhearing_cluster (the two-node test), owner `medhearing`, trusted on loopback. Usage: start.sh DIR PORT.
# Stop it with stop.sh DIR. PostgreSQL refuses to run as root: as root the cluster belongs to the `postgres` OS user
# (MEDHEARING_PG_OS_USER). The binaries are Debian's PostgreSQL 15 (MEDHEARING_PG_BIN).
set -euo pipefail

dir=${1:?usage: start.sh DIR PORT}
port=${2:?usage: start.sh DIR PORT}
bin=${MEDHEARING_PG_BIN:-/usr/lib/postgresql/15/bin}
os_user=${MEDHEARING_PG_OS_USER:-postgres}
here=$(cd "$(dirname "$0")" && pwd)

if [ ! -x "$bin/initdb" ]; then
  echo "PostgreSQL binaries not found in $bin (install Debian's postgresql, or set MEDHEARING_PG_BIN)" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u "$os_user" -- "$@"
  else
    "$@"
  fi
}

# A cluster left running by an interrupted build is stopped first
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
if [ -f "$dir/data/postmaster.pid" ]; then
  (cd "$dir" && as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1) || true
fi
rm -rf "$dir"
mkdir -p "$dir"
if [ "$(id -u)" = 0 ]; then
  chown "$os_user" "$dir"
fi
cd "$dir"

as_owner "$bin/initdb" -D "$dir/data" -U medhearing --auth=trust -E UTF8 --no-locale >"$dir/initdb.log"
# Throwaway data, so no fsync. Connections: the test context's pool plus two cluster nodes' pools.
as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='$dir' -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null
for db in medhearing medhearing_cluster; do
  "$bin/createdb" -h 127.0.0.1 -p "$port" -U medhearing "$db"
done

# If the build dies before post-integration-test (Ctrl-C, a crashed JVM), the cluster stops when Maven exits
nohup "$here/watchdog.sh" "$PPID" "$dir" >"$dir/watchdog.log" 2>&1 </dev/null &

echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $dir/data, log $dir/postgres.log)"
