#!/usr/bin/env bash
# Stops the cluster in DIR once process PID (the Maven build that started it) has ended. Usage: watchdog.sh PID DIR
pid=${1:?} dir=${2:?}
while kill -0 "$pid" 2>/dev/null; do
  sleep 5
done
if [ -f "$dir/data/postmaster.pid" ]; then
  exec "$(dirname "$0")/stop.sh" "$dir"
fi
