#!/usr/bin/env bash
# Prints, at the end of the build's output, every integration test that failed or needed a second run (a flake),
# from all executions' reports (H2, own contexts, SSO, PostgreSQL): the build log's tail then names them.
set -uo pipefail
target=${1:-target}
found=0
for report in "$target"/failsafe-reports/TEST-*.xml "$target"/failsafe-reports-postgresql/TEST-*.xml; do
  [ -f "$report" ] || continue
  grep -qE '<(failure|error|flakyFailure|flakyError|rerunFailure|rerunError)[ >]' "$report" || continue
  found=1
  awk -v suite="$(basename "$(dirname "$report")")" '
    /<testcase / { match($0, /name="[^"]*"/); name = substr($0, RSTART + 6, RLENGTH - 7)
                   match($0, /classname="[^"]*"/); cls = substr($0, RSTART + 11, RLENGTH - 12) }
    /<(failure|error|flakyFailure|flakyError|rerunFailure|rerunError)[ >]/ {
      match($0, /<[a-zA-Z]+/); kind = substr($0, RSTART + 1, RLENGTH - 1)
      message = $0; sub(/.*message="/, "", message); sub(/".*/, "", message)
      printf "[tests] %s %s: %s.%s: %.300s\n", suite, kind, cls, name, message }' "$report"
done
[ "$found" = 1 ] || echo "[tests] no integration test failed or needed a second run"
exit 0
