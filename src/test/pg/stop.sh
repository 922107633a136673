#!/usr/bin/env bash
# Stops the cluster started by start.sh DIR; nothing to do when none runs there. Usage: stop.sh DIR
set -euo pipefail

dir=${1:?usage: stop.sh DIR}
. "$(cd "$(dirname "$0")" && pwd)/common.sh"

if [ ! -d "$dir" ] || ! running "$(cd "$dir" && pwd)"; then
  echo "No PostgreSQL running in $dir"
  exit 0
fi
dir=$(cd "$dir" && pwd)
cd "$dir"
as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop
