# Sourced by start.sh and stop.sh: where the PostgreSQL 15 binaries are (MEDHEARING_PG_BIN, Debian's by default) and
# who owns the cluster. PostgreSQL refuses to run as root: as root every server command runs as the `postgres` OS
# user (MEDHEARING_PG_OS_USER); as anyone else, as that user.
bin=${MEDHEARING_PG_BIN:-/usr/lib/postgresql/15/bin}
os_user=${MEDHEARING_PG_OS_USER:-postgres}

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u "$os_user" -- "$@"
  else
    "$@"
  fi
}

# true when a server runs in DIR/data (a postmaster.pid left by a killed server does not count)
running() {
  [ -f "$1/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$1/data" status >/dev/null 2>&1
}
