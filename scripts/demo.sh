#!/usr/bin/env bash
# The main job end to end on the sample calls in examples/calls/: build the
# release tree, classify each call, print a readable result per call.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)" --target calllock-postcall >/dev/null
bin=build/release/bin/calllock-postcall
python3 scripts/render_results.py "$bin" examples/calls/*
