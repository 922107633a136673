#!/usr/bin/env bash
# Stops the cluster started by start.sh DIR. Usage: stop.sh DIR
set -euo pipefail

dir=${1:?usage: stop.sh DIR}
bin=${MEDHEARING_PG_BIN:-/usr/lib/postgresql/15/bin}
os_user=${MEDHEARING_PG_OS_USER:-postgres}

if [ ! -f "$dir/data/postmaster.pid" ]; then
  echo "No PostgreSQL running in $dir"
  exit 0
fi
dir=$(cd "$dir" && pwd)
cd "$dir"
if [ "$(id -u)" = 0 ]; then
  runuser -u "$os_user" -- "$bin/pg_ctl" -D "$dir/data" -m fast -w stop
else
  "$bin/pg_ctl" -D "$dir/data" -m fast -w stop
fi
