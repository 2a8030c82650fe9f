#!/usr/bin/env bash
# The main job end to end: build the release tree, start a local dashboard on a
# free port, send the sample calls in examples/calls/ through the post-call
# orchestrator, print what each call became and what each endpoint answered, stop
# the dashboard. No configuration needed; set DASHBOARD_WEBHOOK_URL,
# DASHBOARD_WEBHOOK_SECRET and DASHBOARD_USER_EMAIL to use a real dashboard.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake --preset release >/dev/null
# The build's progress (a first build takes a few minutes on two cores); the
# compiler's output only when the build fails.
echo "demo: building calllock-postcall and the example agent (build/release)..."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! cmake --build --preset release -j "$(nproc)" --target calllock-postcall agent 2>&1 | tee "$log" |
    awk '/^\[ *[0-9]+%\]/ { printf "\r  %-76.76s", $0; fflush() } END { printf "\r%80s\r", "" }'; then
  cat "$log" >&2
  echo "demo: the build failed" >&2
  exit 1
fi
echo "demo: built."
python3 scripts/demo.py build/release/bin examples/calls/*
