#!/usr/bin/env bash
# Stops the cluster in DIR once process PID (the Maven build that started it) has ended. Usage: watchdog.sh PID DIR
pid=${1:?} dir=${2:?}
# (/proc: kill -0 is refused for a process of another user, which is alive all the same)
while kill -0 "$pid" 2>/dev/null || [ -e "/proc/$pid" ]; do
  sleep 5
done
exec "$(dirname "$0")/stop.sh" "$dir"
