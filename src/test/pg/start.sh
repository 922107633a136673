#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the integration tests: a new cluster in DIR (anything there is wiped),
# listening on 127.0.0.1:PORT only, with the empty databases medhearing (the shared test context) and
# medhearing_cluster (the two-node test), owner `medhearing`, trusted on loopback. Usage: start.sh DIR PORT.
# Stop it with stop.sh DIR; it also stops by itself once the process that ran start.sh (the Maven build) has ended.
# Works as root (the cluster then belongs to the `postgres` OS user) and as any other user (see common.sh).
set -euo pipefail

dir=${1:?usage: start.sh DIR PORT}
port=${2:?usage: start.sh DIR PORT}
here=$(cd "$(dirname "$0")" && pwd)
. "$here/common.sh"

if [ ! -x "$bin/initdb" ]; then
  echo "PostgreSQL binaries not found in $bin (install Debian's postgresql, or set MEDHEARING_PG_BIN)" >&2
  exit 1
fi

# A cluster left running by an interrupted build is stopped first
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
if running "$dir"; then
  (cd "$dir" && as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1) || true
fi
rm -rf "$dir"
mkdir -p "$dir"
if [ "$(id -u)" = 0 ]; then
  chown "$os_user" "$dir"
fi
cd "$dir"
if ! as_owner test -w "$dir"; then
  echo "The OS user $(as_owner id -un) cannot write to $dir (as root: every folder above it must be open to $os_user)" >&2
  exit 1
fi

as_owner "$bin/initdb" -D "$dir/data" -U medhearing --auth=trust -E UTF8 --no-locale >"$dir/initdb.log"
# Throwaway data, so no fsync. Connections: the test context's pool plus two cluster nodes' pools.
if ! as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='$dir' -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null; then
  echo "PostgreSQL did not start on 127.0.0.1:$port; the end of $dir/postgres.log:" >&2
  tail -n 20 "$dir/postgres.log" >&2 || true
  "$here/stop.sh" "$dir" >/dev/null 2>&1 || true
  exit 1
fi

# From here on the server runs: it stops when this script fails, and when the build dies before
# post-integration-test (Ctrl-C, a crashed JVM) once Maven has exited
nohup "$here/watchdog.sh" "$PPID" "$dir" >"$dir/watchdog.log" 2>&1 </dev/null &
trap '"$here/stop.sh" "$dir" >/dev/null 2>&1 || true' ERR

for db in medhearing medhearing_cluster; do
  "$bin/createdb" -h 127.0.0.1 -p "$port" -U medhearing "$db"
done
trap - ERR

echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $dir/data, log $dir/postgres.log)"
