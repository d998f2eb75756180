#!/usr/bin/env bash
# Run the browser tests N times in a row (default 20) and stop at the first failure.
# Run it before any change to the report's page lands: a test that fails by chance blocks everyone.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
for i in $(seq 1 "$runs"); do
  .venv/bin/python -m pytest -q -m browser tests/ >/tmp/unionmine-browser-run.log 2>&1 || {
    echo "run $i of $runs failed:"; tail -n 30 /tmp/unionmine-browser-run.log; exit 1; }
  echo "run $i of $runs: $(tail -n 1 /tmp/unionmine-browser-run.log)"
done
echo "all $runs runs passed"
