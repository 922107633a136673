#!/usr/bin/env bash
# Provisions what the test suite needs beyond Java and Maven, so that `mvn -B verify` alone passes on a fresh
# Debian/Ubuntu machine: Debian's Chromium and chromedriver (browser tests) and PostgreSQL 15's binaries (the
# PostgreSQL run; the build starts and stops its own throwaway cluster). Run by Maven in the package phase (pom.xml,
# execution `provision-test-tools`); does nothing when all are there. Installs with apt-get as root, or through
# `sudo -n` as another user; otherwise it stops the build and names the command to run once.
# Usage: provision.sh CHROMIUM CHROMEDRIVER (PostgreSQL's binaries: MEDHEARING_PG_BIN, as in src/test/pg/common.sh)
set -euo pipefail

chromium=${1:?usage: provision.sh CHROMIUM CHROMEDRIVER}
chromedriver=${2:?usage: provision.sh CHROMIUM CHROMEDRIVER}
pg_bin=${MEDHEARING_PG_BIN:-/usr/lib/postgresql/15/bin}

need=()
[ -x "$chromium" ] || need+=(chromium)
[ -x "$chromedriver" ] || need+=(chromium-driver)
[ -x "$pg_bin/initdb" ] || need+=(postgresql-15)
[ ${#need[@]} -eq 0 ] && exit 0

as_root=()
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
  else
    echo "The tests need ${need[*]}; run once: sudo apt-get install ${need[*]}" >&2
    exit 1
  fi
fi
echo "Installing what the tests need: ${need[*]}"
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
for tool in "$chromium" "$chromedriver" "$pg_bin/initdb"; do
  if [ ! -x "$tool" ]; then
    echo "$tool is still missing after apt-get install ${need[*]}" >&2
    exit 1
  fi
done
