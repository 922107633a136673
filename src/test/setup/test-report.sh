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
    function plain(s) { gsub(/&#10;/, " ", s); gsub(/&quot;/, "\"", s); gsub(/&lt;/, "<", s); gsub(/&gt;/, ">", s)
                        gsub(/&amp;/, "\\&", s); return s }
    /<testcase / { match($0, /name="[^"]*"/); name = substr($0, RSTART + 6, RLENGTH - 7)
                   match($0, /classname="[^"]*"/); cls = substr($0, RSTART + 11, RLENGTH - 12) }
    /<(failure|error|flakyFailure|flakyError|rerunFailure|rerunError)[ >]/ {
      match($0, /<[a-zA-Z]+/); kind = substr($0, RSTART + 1, RLENGTH - 1)
      type = ""; if (match($0, /type="[^"]*"/)) type = substr($0, RSTART + 6, RLENGTH - 7)
      message = ""; if (match($0, /message="[^"]*"/)) message = substr($0, RSTART + 9, RLENGTH - 10)
      # an error without a message (a timeout, an NPE...): its type and the stack trace'"'"'s first line instead
      if (message == "") { rest = $0; sub(/^[^>]*>(<!\[CDATA\[)?/, "", rest); pending = (rest == ""); message = rest }
      line = sprintf("[tests] %s %s: %s.%s: %s", suite, kind, cls, name, type)
      if (!pending) printf "%.400s\n", line " " plain(message)
      next }
    pending { message = $0; sub(/^[ \t]*(<stackTrace>)?/, "", message); pending = 0
              printf "%.400s\n", line " " plain(message) }' "$report"
done
[ "$found" = 1 ] || echo "[tests] no integration test failed or needed a second run"
exit 0
