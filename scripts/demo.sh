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
# The build's progress (a first build takes a few minutes on two cores); compiler
# output only when something fails.
echo "demo: building calllock-postcall and the example agent (build/release)..."
if ! cmake --build --preset release -j "$(nproc)" --target calllock-postcall agent 2>&1 |
    awk '/^\[ *[0-9]+%\]/ { printf "\r  %-76.76s", $0; fflush() } !/^\[ *[0-9]+%\]/ { out = out $0 "\n" }
         END { printf "\r%80s\r", ""; if (out ~ /error/) printf "%s", out }'; then
  echo "demo: the build failed" >&2
  exit 1
fi
echo "demo: built."
python3 scripts/demo.py build/release/bin examples/calls/*
