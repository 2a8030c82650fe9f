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
cmake --build --preset release -j "$(nproc)" --target calllock-postcall agent >/dev/null
python3 scripts/demo.py build/release/bin examples/calls/*
